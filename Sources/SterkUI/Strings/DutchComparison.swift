import SterkModel

/// The Dutch words of the Vergelijk panel, the trend chart and the pilot, comparison,
/// "3 van de 20" and "Onze vraag" slides. Figures and data texts come from the model.
enum DutchComparison {
    static let tableCut = "tabel: een kolom weggelaten of een waarde afgekapt"

    // MARK: Table
    static let areaHeader = "Gebied"

    /// How an area is named in a row: "wijk Zeist-Noord", "gemeente Zeist", "Feijenoord (Rotterdam-Zuid)".
    static func areaName(_ column: PilotComparison.Column) -> String {
        switch column.kind {
        case .pilotArea: return "wijk " + column.title
        case .municipality: return "gemeente " + column.title
        case .netherlands: return column.title
        case .comparisonArea:
            let prefix = "deel van "
            guard column.description.hasPrefix(prefix) else { return column.title }
            return column.title + " · " + column.description.dropFirst(prefix.count)
        }
    }

    /// A column header short enough for 80 columns; the model's label otherwise.
    static func shortIndicator(_ row: PilotComparison.Row) -> String {
        let year = row.values.compactMap { $0.asOf?.year }.first.map { " \($0)" } ?? ""
        switch row.key {
        case "inwoners": return "Inwoners"
        case "woningvoorraad": return "Woningen"
        case "bevolkingsdichtheid_per_km2": return "Inw./km²"
        case "lbm": return "Leefbaarometer" + year
        case "afw": return "Afwijking"
        default: return row.label
        }
    }

    /// Which columns stay longest when the table is narrow (lower stays longer).
    static func indicatorPriority(_ key: String, _ index: Int) -> Int {
        ["inwoners": 1, "lbm": 2, "afw": 3, "woningvoorraad": 4, "bevolkingsdichtheid_per_km2": 5][key] ?? 6 + index
    }

    // MARK: Trend
    static func trendTitle(_ first: Int, _ last: Int) -> String { "Leefbaarometer-score \(first)–\(last)" }
    static let trendTitleNoYears = "Leefbaarometer-score"
    static func referenceLegend(_ value: String) -> String { "landelijk referentieniveau \(value)" }
    static func startLegend(_ pilot: Wijk, year: Int) -> String {
        "start \(pilot.programme?.name ?? pilot.name) \(year)"
    }
    static let startLine = "Start van de pilot: "
    static let startUnknownWhy = " (geen bron noemt een startjaar; daarom niet gemarkeerd)"
    static let notMarked = "Daarom geen startjaar in de grafiek."
    static let noTrend = "Geen Leefbaarometer-reeks voor dit gebied."
    static let deviationNote = "Afwijking: score min het landelijke referentieniveau (Leefbaarometer 3.0)."
}

extension DutchPresentation {
    static var tableCut: String { DutchComparison.tableCut }
}

extension DutchComparison {
    static func figuresOf(_ label: String) -> String { " · cijfers van \(label)" }
    static func pilotPosition(_ index: Int, _ count: Int, keys: String) -> String {
        "pilot \(index)/\(count) (\(keys) andere pilot)"
    }
}

extension DutchComparison {
    // MARK: Slides
    static func slideFiguresOf(_ label: String) -> String { "Cijfers van \(label), naast gemeente en land:" }
    static func pilotAreaName(_ column: PilotComparison.Column, pilot: Wijk) -> String {
        column.title == pilot.name ? column.title : "\(column.title) (\(pilot.name))"
    }
    static func deviationNote(_ reference: String) -> String {
        "Leefbaarometer 3.0: afwijking = score min het landelijke referentieniveau (\(reference)); onder 0 is minder leefbaar."
    }
    static let titleApproach = "De aanpak daar"
    static let kickerAsk = "Het standpunt van de M50"
    static let titleAsk = "Onze vraag"
    static let reasonsHeading = "Waarom middelgrote gemeenten"
    static let bullet = "– "
    static let kickerClaim = "Hoeveel focusgebieden liggen in een middelgrote gemeente?"
    static let titleClaim = "3 van de 20"
    static func sizeClassCaption(_ band: String, _ date: String) -> String {
        "in een gemeente van M50-formaat (\(band) inwoners, CBS \(date))"
    }
    static func paperCaption(_ date: String) -> String { "de positionpaper (\(date))" }
    static func bandPlaces(_ band: String, _ date: String, _ list: String) -> String {
        "Focusgemeenten met \(band) inwoners op \(date) (CBS): \(list)."
    }
    static func justAbove(_ list: String, limit: String) -> String { "Net boven \(limit): \(list)." }
    static func memberNames(_ names: String, _ date: String) -> String {
        "Op de M50-ledenlijst van \(date) staat daarvan: \(names)."
    }
}

extension DutchComparison {
    // MARK: Panel
    static let panelTitle = "Vergelijk"
    static let noPilots = "Geen pilotwijken in de dataset."
    static func pilotChosen(_ name: String) -> String { "Pilot: \(name)" }
    static let figuresHeading = "Cijfers, elk met bron en datum"
    static func scoreLine(_ score: String, _ deviation: String) -> String { "score \(score) · afwijking \(deviation)" }
}

extension DutchComparison {
    // MARK: Keymap
    static func describe(_ id: CommandID) -> String {
        switch id {
        case .showVergelijk: return "Naar Vergelijk"
        case .nextPilot: return "Vergelijk: volgende pilot"
        case .previousPilot: return "Vergelijk: vorige pilot"
        default: return ""
        }
    }

    static let footerWord = "pilot"
}
