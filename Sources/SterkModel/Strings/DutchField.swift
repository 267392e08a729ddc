/// What the dataset's field reader says about a single JSON value or object key.
enum DutchField {
    static let empty = "mag niet leeg zijn"
    static let duplicateKey = "sleutel komt twee keer voor"
    static let requiredMissing = "verplicht veld ontbreekt"

    /// "verwacht tekst, gevonden getal"; both are `DutchJSON` type names.
    static func typeMismatch(expected: String, found: String) -> String { "verwacht \(expected), gevonden \(found)" }

    /// `number` is already written plainly ("-5", not "-5.0").
    static func tooLarge(_ number: String) -> String {
        "getal \(number) is te groot: het moet tussen -10^15 en 10^15 liggen"
    }

    static func notWhole(_ number: String) -> String { "verwacht een geheel getal, gevonden \(number)" }

    static func invalidDate(_ text: String) -> String {
        "onmogelijke of ongeldige datum '\(text)' (verwacht JJJJ, JJJJ-MM of JJJJ-MM-DD)"
    }

    /// `allowed` is the list of keys, already sorted and joined.
    static func unknownKey(allowed: String) -> String { "onbekende sleutel (toegestaan: \(allowed))" }
}
