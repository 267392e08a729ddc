/// Hides e-mail addresses and phone numbers (`--verberg-contact`), for screens in public.
///
/// Works on any text, so an address inside a quoted statement is caught as well as the
/// contact lines themselves (which the deck leaves out altogether).
enum ContactRedaction {
    /// A run with at least this many digits (with spaces, dashes, dots, brackets or +) is a phone number.
    static let phoneDigits = 9

    /// The text with addresses and phone numbers replaced by "[verborgen]".
    static func redact(_ text: String) -> String {
        hidePhones(hideEmails(text))
    }

    /// Words containing "@" lose everything from their first letter to their last.
    static func hideEmails(_ text: String) -> String {
        guard text.contains("@") else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            guard word.contains("@") else { return String(word) }
            let lead = word.prefix { !$0.isLetter && !$0.isNumber }
            let trail = word.reversed().prefix { !$0.isLetter && !$0.isNumber }
            return lead + DutchPresentation.hidden + String(trail.reversed())
        }.joined(separator: " ")
    }

    /// Digit runs that look like phone numbers become "[verborgen]".
    static func hidePhones(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            guard characters[index].isNumber || characters[index] == "+" else {
                result.append(characters[index]); index += 1; continue
            }
            var end = index
            while end < characters.count, isPhoneCharacter(characters[end]) { end += 1 }
            while end > index, !characters[end - 1].isNumber { end -= 1 }
            let run = characters[index..<max(end, index + 1)]
            if run.filter(\.isNumber).count >= phoneDigits {
                result += DutchPresentation.hidden
            } else {
                result += String(run)
            }
            index = max(end, index + 1)
        }
        return result
    }

    private static func isPhoneCharacter(_ character: Character) -> Bool {
        character.isNumber || " -+()/".contains(character)
    }
}
