/// Every Dutch word the dashboard shows, in one place so the wording can be reviewed at once.
///
/// Data texts come from the dataset; certainty labels come from `Certainty.label` (model).
public enum Dutch {
    // MARK: Frame
    static let appTitle = "Sterk voor onze wijken"
    static func tooSmall(width: Int, height: Int, neededWidth: Int, neededHeight: Int) -> String {
        "terminal te klein: \(width)×\(height), nodig \(neededWidth)×\(neededHeight)"
    }
    static let unknown = "onbekend"
    static let none = "–"
    static let yes = "ja"
    static let no = "nee"

    // MARK: Panels
    static let panelTitleOverzicht = "Overzicht"
    static let panelTitleFocusgebieden = "Focusgebieden"
    static let panelTitleWijken = "Wijken"
    static let panelTitleGemeenten = "Gemeenten"
    static let panelTitleContact = "Contact"
    static let panelTitleBronnen = "Bronnen"
    static let panelTitleKaart = "Kaart"
    static let panelTitleWerkbezoeken = "Werkbezoeken"

    // MARK: Overzicht
    static let overviewCase = "De zaak in één oogopslag"
    static func focusBlocksTitle(_ count: Int) -> String { "De \(count) focusgebieden van het NPLV" }
    static func legendByList(count: Int, total: Int, date: String, names: String) -> String {
        "in een M50-gemeente volgens de ledenlijst van \(date): \(count) van de \(total) (berekend)"
            + (names.isEmpty ? "" : " – \(names)")
    }
    static func legendSizeClass(names: String) -> String {
        "in een gemeente van M50-formaat, lidmaatschap onbevestigd: \(names)"
    }
    static let legendOther = "overige focusgebieden"
    static let paperSays = "De paper zegt: "
    static let inhabitantsTitle = "Inwoners"
    static let focusInhabitantsLabel = "Inwoners in de focusgebieden (som)"
    static func cbsKind(_ level: String) -> String { "CBS-\(level)" }
    static let cbsKindColumn = "CBS-wijk"
    static let cbsAreaLine = "CBS-gebied: "
    static let startHeading = "Start"
    static let standsForLine = "Staat voor: "
    static let cbsFiguresHeading = "Cijfers van CBS"
    static let leefbaarometerHeading = "Leefbaarometer 3.0 (score en afwijking van het landelijke referentieniveau)"
    static let referenceLine = "Landelijk referentieniveau: "
    static func scoreText(_ score: String, _ deviation: String) -> String { "score \(score), afwijking \(deviation)" }
    static func dimensionsLine(_ year: Int) -> String { "Dimensies in \(year) (afwijking per dimensie):" }
    static func cbsWijkenHeading(_ count: Int) -> String { "Wijken volgens CBS (\(count))" }
    static let inhabitantsWord = "inwoners"
    static func memberInhabitantsLabel(_ count: Int) -> String { "Inwoners van de \(count) M50-leden" }
    static func memberInhabitantsNote(_ listDate: String, _ asOf: String) -> String {
        "Berekend: som van de CBS-inwonertallen op \(asOf) van de leden volgens de ledenlijst van \(listDate)."
    }
    static func sizeClassInhabitantsLabel(_ count: Int) -> String { "Alle \(count) gemeenten van M50-formaat" }
    static func sizeClassInhabitantsNote(_ band: String, _ asOf: String) -> String {
        "Berekend: alle gemeenten met \(band) inwoners op \(asOf) (CBS), lid of niet. Hierbij past het getal van de M50 zelf."
    }
    static let focusInhabitantsNote =
        "Som van de afgeronde CBS-inwonertallen per focusgebied; berekend door dit programma."
    static let budgetTitle = "NPLV-budget"
    static let pilotsTitle = "M50-pilotwijken"
    static let werkbezoekTitle = "Werkbezoeken"
    static func werkbezoekOpen(_ open: Int, total: Int) -> String { "open: \(open) van \(total)" }
    static let computed = "berekend"

    // MARK: Tables
    static let columnName = "Naam"
    static let columnMunicipality = "Gemeente"
    static let columnProvince = "Provincie"
    static let columnInhabitants = "Inwoners"
    static let columnLowWelfare = "Lage welv."
    static let columnM50 = "M50"
    static let columnKind = "Soort"
    static let columnProgramme = "Programma"
    static let columnCode = "CBS-code"
    static let columnPilot = "Pilot"
    static let columnFocus = "Focusgebied"
    static let columnTitle = "Titel"
    static let columnPublisher = "Uitgever"
    static let columnDate = "Datum"
    static let columnPeriod = "Periode"
    static let columnID = "Id"
    static let columnURL = "URL"
    static let m50Marker = "● M50"
    static let m50MarkerASCII = "* M50"
    static func filterAll(_ count: Int) -> String { "\(count)" }
    static func filtered(_ shown: Int, of total: Int) -> String { "\(shown) van \(total)" }
    static let filterM50 = "alleen M50"
    static let filterNotM50 = "zonder M50"
    static func filterProvince(_ name: String) -> String { "provincie \(name)" }
    static func sortedBy(_ column: String, ascending: Bool) -> String {
        "gesorteerd op \(column) (\(ascending ? "oplopend" : "aflopend"))"
    }
    static let emptyList = "(niets te tonen met deze filters)"

    // MARK: Details
    static let detailTitle = "Detail"
    static let previewHint = "Enter: de hele fiche"
    static let sourceLine = "bron: "
    static let sourcesHeading = "Bronnen"
    static let missingSource = "(bron ontbreekt in de bronnenlijst)"
    static let formerName = "Naam in 2022: "
    static let municipalityLine = "Gemeente: "
    static let provinceLine = "Provincie: "
    static let cohortLine = "Cohort: "
    static let m50Member = "● M50-lid"
    static let m50MemberASCII = "* M50-lid"
    static func memberByList(_ date: String) -> String { "volgens de ledenlijst van \(date)" }
    static let notMember = "geen M50-lid volgens de ledenlijst"
    static let locationLine = "Ligging: "
    static let placeholderLocation = "plaatsaanduiding (geen echte ligging)"
    static let approximateLocation = "bij benadering"
    static let statementsHeading = "Uitspraken"
    static let kindLine = "Soort: "
    static let cbsCodeLine = "CBS-code: "
    static let focusAreaLine = "Valt samen met focusgebied: "
    static let programmeLine = "Programma: "
    static let periodLine = "Looptijd: "
    static let noProgramme = "geen programma bekend"
    static let summaryHeading = "Samenvatting"
    static let figuresHeading = "Cijfers (o.a. wonen)"
    static let moneyHeading = "Geld"
    static let partnersHeading = "Partners"
    static let goalsHeading = "Doelen"
    static let timelineHeading = "Tijdlijn"
    static let paperSaysHeading = "Wat de paper zegt"
    static let resemblanceHeading = "Lijkt het meest op (focusgebieden)"
    static let nothingRecorded = "niets vastgelegd"
    static let aliasesLine = "Ook bekend als: "
    static let listedNameLine = "Op de ledenlijst als: "
    static let pilotsLine = "Pilotwijken: "
    static let focusAreasLine = "Focusgebieden: "
    static let urlLine = "Adres: "
    static let noURL = "geen webadres (niet online gevonden)"
    static let publisherLine = "Uitgever: "
    static let dateLine = "Datum: "
    static let idLine = "Kenmerk: "
    static let noteLine = "Toelichting: "
    static let usedByHeading = "Gebruikt bij"
    static let asOfLine = "peildatum "
    static let approxPrefix = "ca. "
    static let figureDetailTitle = "Cijfer"
    static let statementDetailTitle = "Uitspraak"

    // MARK: Resemblance
    static func resemblanceCompared(_ dimensions: String) -> String {
        "Vergeleken op: \(dimensions) (de enige cijfers die ook voor focusgebieden in de dataset staan)."
    }
    static let resemblanceWeak = "Maar één cijfer vergeleken: een zwakke vergelijking."
    static let resemblanceTooFew =
        "Te weinig cijfers om te vergelijken: voor deze wijk staat geen inwonertal "
        + "en geen aandeel lage financiële welvaart in de dataset – de enige cijfers die ook voor de focusgebieden bekend zijn."
    static let resemblanceNotPilot = "Alleen voor pilotwijken berekend."
    static let dimensionInhabitants = "inwoners"
    static let dimensionLowWelfare = "aandeel lage financiële welvaart"
    static func resemblanceLine(name: String, details: String) -> String { "\(name): \(details)" }
    static func versus(_ wijk: String, _ area: String) -> String { "wijk \(wijk), gebied \(area)" }

    // MARK: Contact
    static let contactHeading = "Contact voor de campagne"
    static let nameLine = "Naam: "
    static let roleLine = "Rol: "
    static let emailLine = "E-mail: "
    static let phoneLine = "Telefoon: "
    static let invitationHeading = "Uitnodiging voor een werkbezoek"
    static let campaignHeading = "Campagne"
    static let urlWord = "URL"
    static let mapWord = "kaart"
    static func sourceWithoutURL(_ title: String) -> String { "\(title): geen URL vastgelegd" }

    /// What a copy key did: the text went to the terminal (OSC 52), which may or may not pass
    /// it on to the clipboard (tmux without `set-clipboard on` does not), so show it as well.
    static func copied(_ what: String, _ value: String) -> String {
        "\(value) – \(what) via de terminal naar het klembord verstuurd (werkt niet in elke terminal; selecteer anders met de muis)"
    }
    static let emailWord = "E-mailadres"
    static let phoneWord = "Telefoonnummer"

    // MARK: Status and search
    static func position(_ index: Int, _ count: Int) -> String { "\(index)/\(count)" }
    static func searchPrompt(_ query: String) -> String { "/" + query }
    static func searchCount(_ position: Int?, _ total: Int) -> String {
        guard total > 0 else { return "geen treffers" }
        return position.map { "treffer \($0) van \(total)" } ?? "\(total) treffers"
    }
    static let noSearch = "geen zoekopdracht: druk / om te zoeken"
    static func noMatchAmongMembers(_ query: String) -> String {
        "‘\(query)’ is geen M50-lid (dit paneel toont alleen de leden); alle gemeenten: sterk lijst gemeenten --alle"
    }
    static let noSource = "deze regel heeft geen bron"
    static func jumpedToSource(_ id: String) -> String { "bron \(id) – Esc gaat terug" }
    static func themeChosen(_ name: String) -> String { "thema: \(name)" }
    static let nothingToOpen = "hier valt niets te openen"
    static let helpTitle = "Toetsen (Esc of ? sluit)"

    // MARK: Theme errors
    /// The file's own name first, its folder last, so a narrow status line still names file and line.
    static func themeError(file: String, line: Int, reason: String) -> String {
        let parts = file.split(separator: "/", omittingEmptySubsequences: false)
        let name = parts.last.map(String.init) ?? file
        let folder = parts.count > 1 ? " (map \(parts.dropLast().joined(separator: "/")))" : ""
        let place = line > 0 ? "\(name), regel \(line)" : name
        return "themabestand \(place): \(reason) – standaardthema gebruikt\(folder)"
    }
    static func themeProblem(_ problem: ThemeProblem) -> String {
        switch problem {
        case .unreadable: themeUnreadable
        case .noEquals: themeNoEquals
        case .badIndex(let text): themeBadIndex(text)
        case .unknownRole(let text): themeUnknownRole(text)
        case .unknownWord(let text): themeUnknownWord(text)
        case .unknownColor(let text): themeUnknownColor(text)
        }
    }
    static let themeNoEquals = "verwacht ‘rol = opmaak’ of ‘palet naam = getal’"
    static func themeBadIndex(_ text: String) -> String { "‘\(text)’ is geen kleurnummer 0–255" }
    static func themeUnknownRole(_ text: String) -> String { "onbekende rol ‘\(text)’" }
    static func themeUnknownWord(_ text: String) -> String {
        "onbekend woord ‘\(text)’ (verwacht fg:, bg: of bold/dim/underline/reverse/italic)"
    }
    static func themeUnknownColor(_ text: String) -> String { "onbekende kleur ‘\(text)’" }
    static let themeUnreadable = "niet te lezen (geen UTF-8-tekst of geen leesrechten)"
    static func themeUnknown(_ name: String, available: [String]) -> String {
        "thema ‘\(name)’ bestaat niet (wel: \(available.joined(separator: ", "))) – standaardthema gebruikt"
    }

    // MARK: Keymap (descriptions and footer words; the keys live in Keymap.swift)
    static func describe(_ id: CommandID) -> String {
        switch id {
        case .forceQuit: return "Altijd direct afsluiten"
        case .suspend: return "Pauzeren naar de shell (verder met fg)"
        case .quit: return "Afsluiten"
        case .nextPanel: return "Volgend paneel"
        case .previousPanel: return "Vorig paneel"
        case .showOverzicht: return "Naar Overzicht"
        case .showFocusgebieden: return "Naar Focusgebieden"
        case .showWijken: return "Naar Wijken"
        case .showGemeenten: return "Naar Gemeenten"
        case .showContact: return "Naar Contact"
        case .showBronnen: return "Naar Bronnen"
        case .toggleHelp: return "Help tonen of verbergen"
        case .startSearch: return "Zoeken in dit paneel (hoofdletters en accenten tellen niet)"
        case .searchNext: return "Volgende zoektreffer"
        case .searchPrevious: return "Vorige zoektreffer"
        case .cycleTheme: return "Volgend kleurthema"
        case .openDetail: return "Detail openen (of de regel volgen)"
        case .goBack: return "Terug (detail sluiten, zoeken wissen, terug na sprong)"
        case .jumpToSource: return "Naar de bron van de gekozen regel"
        case .copySourceURL: return "URL van de bron (van de gekozen regel) naar het klembord"
        case .moveUp: return "Eén regel omhoog"
        case .moveDown: return "Eén regel omlaag"
        case .pageUp: return "Eén scherm omhoog"
        case .pageDown: return "Eén scherm omlaag"
        case .moveFirst: return "Naar de eerste regel"
        case .moveLast: return "Naar de laatste regel"
        case .sortNextColumn: return "Sorteren op de volgende kolom (of klik op een kolomkop)"
        case .reverseSort: return "Sorteervolgorde omdraaien"
        case .cycleM50Filter: return "Filter: alle / alleen M50 / zonder M50"
        case .cycleProvinceFilter: return "Filter op provincie (volgende provincie)"
        case .clearFilters: return "Filters wissen"
        case .copyEmail: return "E-mailadres naar het klembord"
        case .copyPhone: return "Telefoonnummer naar het klembord"
        case .confirmSearch: return "Zoekopdracht vasthouden (daarna n / N)"
        case .cancelSearch: return "Zoeken afbreken"
        case .eraseSearchCharacter: return "Laatste teken wissen"
        case .closeHelp: return "Help sluiten"
        case .showKaart, .startPresentation, .mapUp, .mapDown, .mapLeft, .mapRight, .mapFirst, .mapLast, .openMapMarker,
            .toggleMapList, .nextSlide, .previousSlide, .firstSlide, .lastSlide, .jumpToSlide, .toggleSlideTimer,
            .pauseAuto, .endPresentation:
            return DutchPresentation.describe(id)
        case .showVergelijk, .nextPilot, .previousPilot: return DutchComparison.describe(id)
        default: return describeVisitCommand(id)
        }
    }

    static func footerWord(_ id: CommandID) -> String? {
        switch id {
        case .quit: return "stop"
        case .nextPanel: return "paneel"
        case .toggleHelp: return "help"
        case .startSearch: return "zoek"
        case .openDetail: return "open"
        case .goBack: return "terug"
        case .jumpToSource: return "bron"
        case .copySourceURL: return "kopieer URL"
        case .sortNextColumn: return "sorteer"
        case .cycleM50Filter: return "M50"
        case .cycleProvinceFilter: return "provincie"
        case .copyEmail: return "kopieer e-mail"
        case .copyPhone: return "kopieer tel."
        case .confirmSearch: return "klaar"
        case .cancelSearch: return "afbreken"
        case .closeHelp: return "sluit"
        case .startPresentation, .toggleMapList, .nextSlide, .previousSlide, .endPresentation:
            return DutchPresentation.footerWord(id)
        case .nextPilot: return DutchComparison.footerWord
        default: return visitFooterWord(id)
        }
    }

    static func contextTitle(_ context: CommandContext) -> String {
        switch context {
        case .altijd: return "Altijd"
        case .algemeen: return "Algemeen"
        case .beweging: return "Bewegen"
        case .tabel: return "Tabellen (Focusgebieden, Wijken, Gemeenten, Bronnen, Werkbezoeken)"
        case .focusgebieden: return "Focusgebieden"
        case .contact: return "Contact"
        case .zoeken: return "Tijdens het zoeken"
        case .help: return "Help"
        case .kaart: return "Kaart"
        case .presentatie: return "Presentatie"
        case .werkbezoeken, .werkbezoekWijzigen, .formulier, .nieuwBezoek: return visitContextTitle(context)
        case .vergelijk: return DutchComparison.panelTitle
        }
    }

    static let keyTableHeader = "| Toetsen | Wat het doet | Waar | Verandert gegevens |"
    static let spaceKey = "Spatie"

    // MARK: Units and source usage
    static let unitYears = " jaar"
    static let unitHectare = " ha"
    static let unitStoreys = " verdiepingen"
    static let usagePaper = "Paper"
    static let usageMemberList = "ledenlijst"
    static let usageInhabitants = "inwoners"
    static let usageStatement = "uitspraak"
    static let usageContact = "Contact"
}
