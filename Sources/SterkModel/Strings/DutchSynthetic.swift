/// The Dutch text of a synthetic dataset (see `SyntheticParts`). Every constant is spliced
/// into the JSON unescaped, so none may hold a quote or a backslash. Place names are data,
/// made in `SyntheticNames`.
enum DutchSynthetic {
    static func title(focusAreas count: Int) -> String { "Synthetische dataset met \(count) focusgebieden" }

    static let credits = "Synthetische gegevens, gemaakt door sterk _genereer; geen echte cijfers"
    static let cbsSourceTitle = "Kerncijfers wijken en buurten (synthetisch)"
    static let paperTitle = "Sterk voor onze wijken"
    static let syntheticSourceTitle = "Gegenereerde testgegevens"
    static let syntheticSourceNote = "Alleen voor tests en metingen."
    static let paperStatement = "Slechts 3 van de 20 focusgebieden liggen in een M50-gemeente."
    static let claimLabel = "Focusgebieden in een M50-gemeente (volgens de paper)"
    static let sizeClassReading = "Telt vermoedelijk gebieden in gemeenten van M50-omvang."
    static let nplvName = "Nationaal Programma Leefbaarheid en Veiligheid"
    static let nplvStarted = "Gestart op 4 juli 2022."
    static let budgetHousing = "Wonen"
    static let budgetEducation = "Onderwijs"
    static let actionLine = "Wonen verbeteren"
    static let horizon = "15 tot 20 jaar"
    static let m50FullName = "Netwerk middelgrote gemeenten"
    static let m50Statement = "Netwerk van middelgrote gemeenten."
    static let representedLabel = "Inwoners vertegenwoordigd"
    static let representedText = "ruim 7 miljoen"
    static let campaign = "Laat ons niet in de St(r)eek"
    static let wijkSummary = "Synthetische wijk."
    /// The five wijken's names.
    static let wijkNames = ["Vollenhove", "Kruiskamp", "Hoëvelaken-Oost", "Ëlsterveld", "De Reünie"]
    static let inhabitants = "Inwoners"
    static let lowWelfare = "Huishoudens met lage financiële welvaart"
    static let contactName = "Test Persoon"
    static let invitation = "De paper nodigt uit voor een werkbezoek."
}
