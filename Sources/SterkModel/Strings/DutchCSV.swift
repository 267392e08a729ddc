/// Why a CSV source file cannot be read.
enum DutchCSV {
    static let notUTF8 = "geen geldige UTF-8-tekst"
    static let empty = "het bestand is leeg (geen kopregel)"
    static let duplicateColumn = "kolomnaam komt twee keer voor"
    static let columnMissing = "kolom ontbreekt in de kopregel"
    static let unclosedQuote = "aanhalingsteken wordt niet gesloten"

    static func fieldCount(_ found: Int, expected: Int) -> String {
        "\(found) velden, verwacht \(expected) (zoals de kopregel)"
    }

    /// `field` is 1-based.
    static func quoteInField(_ field: Int) -> String { "aanhalingsteken midden in een veld (veld \(field))" }

    /// `field` is 1-based.
    static func textAfterQuote(_ field: Int) -> String { "tekst na het sluitende aanhalingsteken (veld \(field))" }
}
