import SterkModel

/// Every Dutch word of the presentation mode, beside `Dutch` so the wording can be reviewed at once.
///
/// Data texts come from the dataset; these are only the frames around them.
public enum DutchPresentation {
    // MARK: Kickers and titles
    static let kickerPaper = "M50 · positionpaper"
    static let kickerProblem = "Het probleem"
    static let titleProblem = "Het NPLV"
    static let titleMoney = "Het geld"
    static func kickerFocusAreas(_ count: Int) -> String { "Het probleem · de \(count) focusgebieden" }
    static let titleInhabitants = "Inwoners per focusgebied (CBS, afgerond)"
    static let kickerWelfare = "Het probleem · lage financiële welvaart (12+)"
    static let titleWelfare = "Lage welvaart"
    static let kickerClaim = "De kern: hoeveel focusgebieden liggen in een M50-gemeente?"
    static let titleClaim = "3 tellingen"
    static let kickerMap = "Waar het om gaat"
    static let titleMap = "De kaart: focusgebieden, M50-pilots en vergelijkingsgebieden"
    static func kickerPilot(_ town: String, _ province: String) -> String { "M50-pilot · \(town) (\(province))" }
    static let kickerComparison = "Ter vergelijking: de grote-stadsaanpak"
    static let titleComparison = "Vergelijking"
    static let kickerCall = "De uitnodiging"
    static let titleCall = "Kom kijken"
    static let kickerClosing = "Verantwoording"
    static let titleClosing = "Waar de cijfers vandaan komen"

    // MARK: Slide texts
    static func paperBy(_ publisher: String, date: String) -> String { "Positionpaper van de \(publisher), \(date)" }
    static let focusAreasCaption = "focusgebieden"
    static let municipalitiesCaption = "gemeenten"
    static let inhabitantsCaption = "inwoners"
    static func budgetAtStart(_ date: String) -> String { "Bij de start (\(date))" }
    static let budgetLater = "Later gemelde bedragen"
    static let budgetOverlap =
        "Let op: deze bedragen overlappen deels (een totaal, een later lopend totaal, aparte tranches) – niet bij elkaar optellen."
    static func inhabitantsSum(_ sum: String) -> String { "Som: ca. \(sum) (berekend uit afgeronde CBS-cijfers)." }
    static func memberMarkLegend(_ date: String) -> String { "= in een M50-gemeente volgens de ledenlijst van \(date)" }
    static let averageLabel = "Gemiddelde van de focusgebieden"
    static func nationalLabel(_ value: String) -> String { "Nederland: \(value)" }
    static func welfareMore(_ count: Int) -> String {
        "en nog \(DutchFormat.integer(count)) \(count == 1 ? "focusgebied" : "focusgebieden") met een bekend aandeel"
    }
    static func welfareUnknown(_ unknown: Int, of total: Int) -> String {
        "Voor \(DutchFormat.integer(unknown)) van de \(DutchFormat.integer(total)) focusgebieden is het aandeel onbekend (niet in de gelezen bronnen)."
    }
    static func ratio(_ count: Int?, _ total: Int) -> String { "\(count.map(String.init) ?? "?")/\(total)" }
    static let claimCaption = "claim van de paper"
    static func claimDate(_ date: String) -> String { " (positionpaper, \(date))" }
    static func byListCaption(_ date: String) -> String { "volgens de M50-ledenlijst van \(date)" }
    static func sizeClassCaption(_ band: M50.SizeBand) -> String {
        "in een gemeente van M50-formaat (\(DutchFormat.integer(band.min))–\(DutchFormat.integer(band.max)) inwoners)"
    }
    static func byListNames(_ names: String) -> String { "Volgens de ledenlijst: \(names)." }
    static let moneyHeading = "Geld"
    static let figuresHeading = "Cijfers"
    static let goalsHeading = "Doelen"
    static func more(_ count: Int) -> String { "+ \(count) meer in het dashboard" }
    static func moreBlocks(_ count: Int) -> String {
        "+\(count) meer op deze dia – past niet op dit scherm (groter venster nodig)"
    }
    static let blockCut = "… de rest van deze dia past niet op dit scherm (groter venster nodig)"
    static func timelineLabel(_ first: Int, _ last: Int) -> String { "Tijdlijn \(first)–\(last)" }
    static func timelineCaption(_ count: Int) -> String { "(\(count) gedateerde gebeurtenissen, per jaar geteld)" }
    static let notFocusArea = "geen NPLV-focusgebied"
    static let isFocusArea = "● NPLV-focusgebied"
    static func campaignLine(_ name: String, _ date: String) -> String { "Campagne: \(name) (\(date))" }
    static func datasetLine(_ title: String, _ version: String) -> String { "\(title) – stand van \(version)." }
    static let certaintyHeading = "Zekerheid bij elk cijfer"
    static let creditsHeading = "Bronnen en rechten"
    static func certaintyMeaning(_ certainty: Certainty) -> String {
        switch certainty {
        case .proven: return "staat zo in de genoemde bron"
        case .inference: return "redenering van de feitenbasis uit geciteerde feiten"
        case .conflict: return "bronnen spreken elkaar tegen; de toelichting geeft beide"
        case .paper: return "alleen de positionpaper zegt dit"
        case .gap: return "gezocht en niet gevonden"
        case .standpoint: return "het standpunt van de M50, zoals de positionpaper het verwoordt"
        }
    }
    static let sourcesLead = "Bronnen: "
    static let noMap = "kaart niet beschikbaar"
    static let hidden = "[verborgen]"

    /// "1,2" and "miljoen " for a big figure (the number big, the word in the caption).
    static func compactNumber(_ figure: Figure) -> (value: String, unit: String) {
        guard let value = figure.value else { return (DutchFormat.unknown, "") }
        if value >= 1_000_000 { return (DutchFormat.decimal(value / 1_000_000), "miljoen ") }
        return (DutchFormat.number(value, unit: figure.unit), "")
    }

    /// "20 september 2023", "september 2023" or "2023".
    static func longDate(_ date: PartialDate) -> String {
        let months = [
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december",
        ]
        guard let month = date.month else { return String(date.year) }
        let name = months[month - 1] + " \(date.year)"
        return date.day.map { "\($0) " + name } ?? name
    }

    // MARK: Fit problems (`--controleer`)
    static let whatHeading = "kop"
    static let whatFigure = "groot cijfer"
    static let whatKicker = "bovenregel"
    static func cut(_ what: String, _ text: String) -> String {
        "\(what) afgekapt: ‘\(DisplayWidth.truncate(text, to: 40))’"
    }
    static let chartCut = "grafiek: een label of waarde afgekapt, of te weinig regels"
    static let screenTooSmall = "scherm te klein voor een dia"
    static func titleTooLong(_ title: String) -> String { "titel te lang: ‘\(DisplayWidth.truncate(title, to: 40))’" }
    static func tooTall(needed: Int, available: Int) -> String {
        "inhoud te hoog: \(needed) regels nodig, \(available) beschikbaar"
    }

    // MARK: Footer
    static func position(_ index: Int, _ count: Int) -> String { "\(index)/\(count)" }
    static func typed(_ digits: String) -> String { "naar dia \(digits)…" }
    static func auto(_ seconds: Int) -> String { "auto \(seconds) s" }
    static let paused = "pauze"
    static func slideTime(_ text: String) -> String { "dia \(text)" }
    static let noSuchSlide = "die dia bestaat niet"
}

extension DutchPresentation {
    // MARK: Keymap (map and presentation commands)
    static func describe(_ id: CommandID) -> String {
        switch id {
        case .showKaart: return "Naar Kaart"
        case .startPresentation: return "Presentatie starten (q keert terug naar het dashboard)"
        case .mapUp: return "Kaart: naar de marker erboven (lijst: vorige)"
        case .mapDown: return "Kaart: naar de marker eronder (lijst: volgende)"
        case .mapLeft: return "Kaart: naar de marker links"
        case .mapRight: return "Kaart: naar de marker rechts"
        case .mapFirst: return "Kaart: eerste marker (noord)"
        case .mapLast: return "Kaart: laatste marker (zuid)"
        case .openMapMarker: return "Kaart: detail van de marker openen in zijn paneel"
        case .toggleMapList: return "Kaart of lijst (de lijst is de toegankelijke weergave)"
        case .nextSlide: return "Volgende dia"
        case .previousSlide: return "Vorige dia"
        case .firstSlide: return "Eerste dia"
        case .lastSlide: return "Laatste dia"
        case .jumpToSlide: return "Na een nummer: naar die dia (anders: volgende)"
        case .toggleSlideTimer: return "Tijd op deze dia tonen of verbergen"
        case .pauseAuto: return "Automatisch doorgaan pauzeren of hervatten"
        case .endPresentation: return "Presentatie beëindigen"
        default: return ""
        }
    }

    static func footerWord(_ id: CommandID) -> String? {
        switch id {
        case .startPresentation: return "presentatie"
        case .toggleMapList: return "lijst"
        case .nextSlide: return "volgende"
        case .previousSlide: return "vorige"
        case .endPresentation: return "stop"
        default: return nil
        }
    }
}

extension DutchPresentation {
    /// The Kaart panel's title while the accessible list is shown.
    static let mapListSuffix = " · lijst (v: kaart)"
    /// The Overzicht's heading over the low-welfare chart.
    static let welfareHeading = "Lage financiële welvaart (12+)"
}
