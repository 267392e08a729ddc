/// The Leefbaarometer's Dutch: its dimensions, the labels and notes of its figures, and why
/// a row of its file is refused.
enum DutchLeefbaarometer {
    static let physical = "Fysieke omgeving"
    static let nuisance = "Overlast en onveiligheid"
    static let social = "Sociale samenhang"
    static let amenities = "Voorzieningen"
    static let housing = "Woningvoorraad"

    static func scoreLabel(year: Int) -> String { "Leefbaarometer-score \(year)" }
    static func deviationLabel(year: Int) -> String { "Afwijking van het landelijke referentieniveau \(year)" }

    static let onlyWijken = "De Leefbaarometer-gegevens in de dataset gaan alleen over wijken."
    static let referenceNote = "Het landelijke referentieniveau: score min afwijking, in elke rij en elk jaar gelijk."
    static let zeroByDefinition = "Per definitie 0."

    // Row problems.
    static let scoreRequired = "score (lbm) en afwijking (afw) zijn verplicht"
    static let dimensionsAllOrNone = "de vijf dimensies staan er allemaal of geen van alle"
    static let nameWithSeparator = "naam bevat '|'"

    static func fieldCount(_ found: Int, expected: Int) -> String {
        "\(found) velden, verwacht \(expected) (code, naam, jaar, lbm, afw, fys, onv, soc, vrz, won)"
    }

    static func invalidWijkCode(_ code: String) -> String {
        "ongeldige wijkcode '\(code)' (verwacht WK gevolgd door cijfers)"
    }

    static func invalidYear(_ text: String) -> String { "ongeldig jaar '\(text)'" }

    static func duplicateYear(code: String, year: Int) -> String { "\(code) heeft het jaar \(year) twee keer" }

    static func referenceMismatch(_ level: Double, reference: Double) -> String {
        "lbm − afw = \(level), maar eerdere rijen geven het landelijke referentieniveau \(reference)"
    }

    static func dimensionSumMismatch(_ sum: Double, deviation: Double) -> String {
        "fys + onv + soc + vrz + won = \(sum), maar afw = \(deviation)"
    }
}
