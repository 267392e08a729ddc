/// The shape of an e-mail address and a phone number: enough to catch "els@" or a
/// half-typed number, without claiming the address or number exists.
public enum ContactShape {
    /// True for "name@domain.tld": one "@", something before it, a dotted domain after it
    /// with a top-level part of at least two letters, and no spaces.
    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let top = labels.last else { return false }
        return top.count >= 2 && top.allSatisfy(\.isLetter)
    }

    /// True for 9 to 15 digits with optional spaces, dashes, dots, brackets and one leading "+".
    public static func isPhone(_ text: String) -> Bool {
        var digits = 0
        for (offset, character) in text.enumerated() {
            if character.isASCII, character.isNumber {
                digits += 1
            } else if character == "+" {
                guard offset == 0 else { return false }
            } else if !" -.()".contains(character) {
                return false
            }
        }
        return (9...15).contains(digits)
    }
}
