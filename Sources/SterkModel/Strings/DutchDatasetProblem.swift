/// What the dataset decoder says about a value that is well-formed JSON but wrong content.
enum DutchDatasetProblem {
    static let urlScheme = "URL moet met http:// of https:// beginnen"
    static let figureWithoutSource = "een cijfer met een waarde moet minstens één bron hebben (sources)"
    static let nullWithoutGap =
        "value is null maar certainty is niet \"gap\": een onbekend cijfer moet als gat gemarkeerd zijn"
    static let statementWithoutSource =
        "een bewering moet minstens één bron hebben (sources), tenzij certainty \"gap\" is"
    static let tableWithoutSource = "een tabel met cijfers moet minstens één bron hebben"

    static func unsupportedSchema(_ version: Int, supported: Int) -> String {
        "schemaversie \(version) wordt niet ondersteund (deze versie van sterk leest versie \(supported))"
    }

    static func invalidID(_ id: String) -> String { "id '\(id)' mag alleen a-z, 0-9 en '-' bevatten" }

    static func invalidCBSCode(_ code: String, prefix: String) -> String {
        "ongeldige CBS-code '\(code)' (verwacht \(prefix) gevolgd door cijfers)"
    }

    static func unknownCohort(_ text: String) -> String {
        "onbekend cohort '\(text)' (toegestaan: original, added-2022)"
    }

    static func unknownKind(_ text: String) -> String { "onbekend soort '\(text)' (toegestaan: pilot, comparison)" }

    static func unknownPrecision(_ text: String) -> String {
        "onbekende precisie '\(text)' (toegestaan: approximate, placeholder)"
    }

    /// `allowed` is the list of raw values, already joined.
    static func unknownCertainty(_ text: String, allowed: String) -> String {
        "onbekende zekerheid '\(text)' (toegestaan: \(allowed))"
    }

    /// `allowed` is the list of raw values, already joined.
    static func unknownUnit(_ text: String, allowed: String) -> String {
        "onbekende eenheid '\(text)' (toegestaan: \(allowed))"
    }

    static func invalidEmail(_ email: String) -> String { "geen geldig e-mailadres '\(email)'" }

    static func bandOrder(min: Int, max: Int) -> String { "min (\(min)) moet kleiner zijn dan max (\(max))" }

    /// Numbers are already written plainly ("-5", not "-5.0").
    static func percentageOutOfRange(_ number: String) -> String { "percentage \(number) ligt niet tussen 0 en 100" }

    static func negative(_ number: String) -> String { "waarde \(number) mag niet negatief zijn" }

    static func outsideNetherlands(lat: Double, lon: Double) -> String {
        "coördinaten buiten Nederland (lat \(lat), lon \(lon); verwacht lat 50.7–53.6, lon 3.3–7.3)"
    }

    /// A broken table row: the 1-based field and what is wrong with it.
    static func rowField(_ field: Int, _ message: String) -> String { "veld \(field): \(message)" }
}
