/// Why a row of CBS figures per area is refused: in a stored table row ("code|niveau|…")
/// or in a CBS source file being imported.
enum DutchAreaRow {
    /// The name shown for a stored row that could not be split (see `ParsedRows`).
    static let unreadableName = "onleesbaar"
    static let nameWithSeparator = "naam bevat '|' of een stuurteken"

    static func fieldCount(_ found: Int, expected: Int, values: Int) -> String {
        "\(found) velden, verwacht \(expected) (code, niveau, gemeente, naam en \(values) waarden)"
    }

    static func invalidCode(_ code: String) -> String {
        "ongeldige CBS-code '\(code)' (verwacht GM, WK of BU gevolgd door cijfers of hoofdletters)"
    }

    static func unknownLevel(_ text: String) -> String {
        "onbekend niveau '\(text)' (toegestaan: gemeente, wijk, buurt)"
    }

    static func invalidMunicipalityCode(_ code: String) -> String { "ongeldige gemeentecode '\(code)'" }

    static func notANumber(_ text: String) -> String { "'\(text)' is geen getal" }

    // The import's own wording: it names the source file's terms.

    static func unknownImportLevel(_ text: String) -> String {
        "onbekend niveau '\(text)' (verwacht gemeente of wijk)"
    }

    static func unknownAreaKind(_ text: String) -> String {
        "onbekend soort gebied '\(text)' (verwacht Gemeente, Wijk of Buurt)"
    }

    /// Gemeente codes are digits only; wijk codes may carry capitals.
    static func invalidCode(_ code: String, level: String, prefix: String) -> String {
        let capitals = prefix == "GM" ? "" : " of hoofdletters"
        return "ongeldige CBS-code '\(code)' voor een \(level) (verwacht \(prefix) gevolgd door cijfers\(capitals))"
    }

    static func duplicateCode(_ code: String) -> String { "CBS-code \(code) komt twee keer voor" }

    /// `missing` is the source's mark for "not published" ("" when it has none).
    static func notANumber(_ text: String, missing: String) -> String {
        let mark = missing.isEmpty ? "" : ", of '\(missing)' voor niet gepubliceerd"
        return "'\(text)' is geen getal (verwacht bijvoorbeeld 1234 of 1.9\(mark))"
    }

    static func percentageAbove100(_ text: String) -> String { "percentage \(text) ligt boven 100" }
}
