/// What a focus-area row needs to know about its municipality, by municipality position.
///
/// Small (one entry per municipality, plus one for "unknown"), so the store keeps a
/// municipality position per row instead of names and codes.
public struct FocusAreaContext: Sendable {
    /// Municipality names; the last entry stands for an unknown code.
    public let municipalityNames: [String]
    public let municipalityCodes: [String]
    public let provinceCodes: [String?]
    public let provinceNames: [String]
    public let isM50: [Bool]
    let positionByCode: [String: Int]
    /// " gemeente provincie m50" folded, the part of a search key that the municipality decides.
    let foldedSuffixes: [[UInt8]]

    /// The position used for a code that names no municipality.
    public var unknownPosition: Int { municipalityNames.count - 1 }

    init(municipalities: [Municipality], provinces: [Province], m50Members members: Set<String>) {
        let provinceNameByCode = Dictionary(
            provinces.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        var positions: [String: Int] = [:]
        for (position, municipality) in municipalities.enumerated() where positions[municipality.code] == nil {
            positions[municipality.code] = position
        }
        positionByCode = positions
        municipalityNames = municipalities.map(\.name) + [DutchFormat.unknown]
        municipalityCodes = municipalities.map(\.code) + [""]
        provinceCodes = municipalities.map { Optional($0.provinceCode) } + [nil]
        provinceNames =
            municipalities.map { provinceNameByCode[$0.provinceCode] ?? DutchFormat.unknown } + [DutchFormat.unknown]
        isM50 = municipalities.map { members.contains($0.code) } + [false]
        foldedSuffixes = zip(zip(municipalityNames, provinceNames), isM50).map { names, member in
            Array(SearchFold.fold(" \(names.0) \(names.1) \(member ? "m50" : "")").utf8)
        }
    }

    /// The position of a municipality code (the unknown position when absent).
    public func position(of code: String) -> Int { positionByCode[code] ?? unknownPosition }
}

extension SearchFold {
    /// Appends the folded UTF-8 of `text` to `bytes`; ASCII takes a fast path.
    static func appendFolded(_ text: String, to bytes: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x20, value < 0x7F {
                bytes.append((0x41...0x5A).contains(value) ? UInt8(value + 0x20) : UInt8(value))
            } else {
                bytes.append(contentsOf: fold(String(Character(scalar))).utf8)
            }
        }
    }
}
