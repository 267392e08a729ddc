import SterkStore

/// The parts of `postgres://[USER@]HOST[:PORT][/DB][?KEY=VALUE&…]`, percent-decoded.
///
/// A password in the URL is refused: a command line is visible to every user of the machine
/// (`ps`) and lands in shell history. PGPASSWORD, ~/.pgpass or a service file carry it instead.
struct ConnectionURL: Equatable {
    var user: String?
    var host: String?
    var port: String?
    var database: String?
    /// The query parameters in the order given.
    var parameters: [(key: String, value: String)] = []

    static func == (lhs: ConnectionURL, rhs: ConnectionURL) -> Bool {
        lhs.user == rhs.user && lhs.host == rhs.host && lhs.port == rhs.port && lhs.database == rhs.database
            && lhs.parameters.map(\.key) == rhs.parameters.map(\.key)
            && lhs.parameters.map(\.value) == rhs.parameters.map(\.value)
    }

    /// Parses `text`; `fail` builds the error for a reason.
    init(_ text: String) throws(StoreError) {
        let fail = { (reason: String) in StoreError.invalidStoreURL(url: text, reason: reason) }
        guard let schemeEnd = text.range(of: "://") else { throw fail(DutchPostgresURL.missingScheme) }
        var rest = Substring(text[schemeEnd.upperBound...])
        if let question = rest.firstIndex(of: "?") {
            parameters = try Self.parsedParameters(rest[rest.index(after: question)...], fail: fail)
            rest = rest[..<question]
        }
        if let slash = rest.firstIndex(of: "/") {
            database = try Self.decoded(rest[rest.index(after: slash)...], fail: fail).nonEmpty
            rest = rest[..<slash]
        }
        if let at = rest.lastIndex(of: "@") {
            let userInfo = rest[..<at]
            if userInfo.contains(":") {
                throw fail(DutchPostgresURL.passwordInUserInfo)
            }
            user = try Self.decoded(userInfo, fail: fail).nonEmpty
            rest = rest[rest.index(after: at)...]
        }
        try splitHostPort(rest, fail: fail)
    }

    private mutating func splitHostPort(_ text: Substring, fail: (String) -> StoreError) throws(StoreError) {
        var hostPart = text
        if text.hasPrefix("[") {  // [::1]:5432
            guard let close = text.firstIndex(of: "]") else { throw fail(DutchPostgresURL.unclosedIPv6) }
            host = String(text[text.index(after: text.startIndex)..<close])
            hostPart = text[text.index(after: close)...]
            if hostPart.hasPrefix(":") {
                port = String(hostPart.dropFirst())
            } else if !hostPart.isEmpty {
                throw fail(DutchPostgresURL.unexpectedAfterAddress(hostPart))
            }
            return
        }
        if let colon = hostPart.lastIndex(of: ":") {
            port = String(hostPart[hostPart.index(after: colon)...])
            hostPart = hostPart[..<colon]
        }
        host = try Self.decoded(hostPart, fail: fail).nonEmpty
    }

    private static func parsedParameters(_ query: Substring, fail: (String) -> StoreError) throws(StoreError) -> [(
        key: String, value: String
    )] {
        var result: [(key: String, value: String)] = []
        for pair in query.split(separator: "&") {
            guard let equals = pair.firstIndex(of: "=") else {
                throw fail(DutchPostgresURL.parameterWithoutValue(pair))
            }
            result.append(
                (try decoded(pair[..<equals], fail: fail), try decoded(pair[pair.index(after: equals)...], fail: fail)))
        }
        return result
    }

    /// Percent-decoding (%20 → space); a broken escape is an error, not silently kept.
    static func decoded(_ text: Substring, fail: (String) -> StoreError) throws(StoreError) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                throw fail(DutchPostgresURL.invalidPercentCode(text))
            }
            bytes.append(high << 4 | low)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw fail(DutchPostgresURL.invalidUTF8(text))
        }
        return decoded
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension String {
    /// nil for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
