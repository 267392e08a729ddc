import ArgumentParser

/// `--auto 20s`, `1m`, `1m30s`: how long each slide stays up.
struct DurationArgument: ExpressibleByArgument, Equatable {
    /// The duration in whole seconds.
    let seconds: Int

    /// The longest interval accepted: an hour per slide is surely a typing error beyond that.
    static let maximumSeconds = 3_600

    init(seconds: Int) {
        self.seconds = seconds
    }

    /// Parses `<m>m<s>s`, `<m>m` or `<s>s`; nil for anything else or for zero.
    init?(argument: String) {
        guard let seconds = DurationArgument.parse(argument.lowercased()),
            (1...DurationArgument.maximumSeconds).contains(seconds)
        else { return nil }
        self.seconds = seconds
    }

    static func parse(_ text: String) -> Int? {
        var total = 0, number = "", units = Set<Character>()
        for character in text {
            if character.isASCII, character.isNumber { number.append(character); continue }
            guard character == "m" || character == "s", !number.isEmpty, number.count <= 5,
                let value = Int(number), units.insert(character).inserted,
                !(character == "m" && units.contains("s"))
            else { return nil }
            total += character == "m" ? value * 60 : value
            number = ""
        }
        return number.isEmpty && !units.isEmpty ? total : nil
    }

    var duration: Duration { .seconds(seconds) }
    var defaultValueDescription: String { "\(seconds)s" }
}
