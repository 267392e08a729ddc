// The Dutch of `sterk cijfers` (the paper's headline figures), in one file for review.

/// Headings, labels and sentences of the text form of `sterk cijfers`; the figures and
/// names come from the dataset.
enum DutchFigures {
    /// "Kerncijfers — Sterk voor onze wijken … (M50, 20-09-2023)"
    static func title(paper: String, publisher: String, date: String) -> String {
        "Kerncijfers — \(paper) (\(publisher), \(date))"
    }

    static let launched = "Gestart"
    static let focusAreas = "Focusgebieden"
    /// "20 in 18 gemeenten (berekend)"
    static func focusAreaCount(_ areas: Int, municipalities: Int) -> String {
        "\(areas) in \(municipalities) gemeenten (berekend)"
    }
    static let focusAreaInhabitants = "Inwoners in focusgebieden"
    static func focusAreaInhabitantsValue(_ inhabitants: String) -> String {
        "ca. \(inhabitants) (berekend: som van de afgeronde cijfers per gebied)"
    }
    static let budgetLines = "Budgetlijnen (deels overlappend: niet optellen)"
}

/// The section on focus areas in an M50 municipality.
extension DutchFigures {
    static let inM50Heading = "Focusgebieden in een M50-gemeente"
    static func byMemberList(_ date: String) -> String {
        "Volgens de ledenlijst van \(date) (berekend)"
    }
    /// "3 van de 20"
    static func countOf(_ count: Int, _ total: Int) -> String { "\(count) van de \(total)" }
    static let byPaper = "Volgens de paper"
    static let bySizeClass = "Naar grootteklasse (berekend)"
    static func sizeClassValue(count: Int, band: String, date: String, inBand: String, justAbove: String) -> String {
        "\(count) NPLV-gemeenten met \(band) inwoners op \(date): \(inBand); net erboven: \(justAbove)"
    }
    static let howComputed = "Hoe berekend"
    static func howComputedValue(date: String, band: String) -> String {
        "de gemeenten met een NPLV-focusgebied, met hun CBS-inwonertal van \(date), getoetst aan de M50-bandbreedte \(band)"
    }
    /// "Lezing naar gemeentegrootte (aannemelijk)"
    static func sizeReading(_ certainty: String) -> String { "Lezing naar gemeentegrootte (\(certainty))" }
}

/// The section on the M50 itself.
extension DutchFigures {
    static let members = "Leden"
    static func membersValue(_ count: Int, listDate: String) -> String { "\(count) (lijst \(listDate))" }
    static let sizePerMunicipality = "Omvang per gemeente"
    static func inhabitantsRange(_ min: String, _ max: String) -> String { "\(min)–\(max) inwoners" }
    static let membersInBand = "Leden binnen de bandbreedte (berekend)"
    static func membersInBandValue(_ count: Int, of total: Int, date: String, below: String, above: String) -> String {
        "\(count) van de \(total) op \(date); eronder: \(below); erboven: \(above)"
    }
    static func memberInhabitants(_ count: Int) -> String { "Inwoners van de \(count) leden samen (berekend)" }
    static func memberInhabitantsValue(_ total: String, date: String, listDate: String) -> String {
        "\(total) op \(date) — som van de CBS-inwonertallen van de leden van \(listDate)"
    }
    static let inhabitantsInBand = "Inwoners van alle gemeenten van M50-formaat (berekend)"
    static func inhabitantsInBandValue(_ total: String, municipalities: Int, band: String, date: String) -> String {
        "\(total) in \(municipalities) gemeenten met \(band) inwoners op \(date)"
    }
    static let campaign = "Campagne"
}
