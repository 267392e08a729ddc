import SterkStore

// Every Dutch word of the Werkbezoeken panel, its form and the Overzicht lines, for review in one place.
extension Dutch {
    // MARK: Keymap
    static func describeVisitCommand(_ id: CommandID) -> String {
        switch id {
        case .showWerkbezoeken: return "Naar Werkbezoeken"
        case .cycleVisitStatusFilter: return "Filter op status (volgende status, daarna weer alle)"
        case .reloadVisits: return "Werkbezoeken opnieuw inlezen (wijzigingen van anderen zien)"
        case .newVisit: return "Nieuw werkbezoek vastleggen (formulier)"
        case .changeVisitStatus: return "Status van het gekozen werkbezoek wijzigen"
        case .editVisitNotes: return "Notities van het gekozen werkbezoek bewerken"
        case .formSave: return "Formulier controleren en opslaan"
        case .formNextField: return "Volgend veld"
        case .formPreviousField: return "Vorig veld"
        case .formEnter: return "Volgend veld; op het laatste veld: opslaan"
        case .formCancel:
            return "Formulier sluiten zonder opslaan (vraagt eerst of het zeker is als er iets is ingevuld)"
        case .formAddVisitor: return "Nog een bezoeker toevoegen"
        case .formAddProgrammeItem: return "Nog een programmaonderdeel toevoegen"
        case .formCursorLeft: return "Cursor naar links (bij een keuze: vorige keuze)"
        case .formCursorRight: return "Cursor naar rechts (bij een keuze: volgende keuze)"
        case .formCursorHome: return "Naar het begin van het veld"
        case .formCursorEnd: return "Naar het eind van het veld"
        case .formDeleteBackward: return "Teken links van de cursor wissen"
        case .formDeleteForward: return "Teken onder de cursor wissen"
        default: return ""
        }
    }

    static func visitFooterWord(_ id: CommandID) -> String? {
        switch id {
        case .cycleVisitStatusFilter: return "filter"
        case .newVisit: return "nieuw"
        case .changeVisitStatus: return "status"
        case .editVisitNotes: return "notities"
        case .formSave: return "opslaan"
        case .formNextField: return "volgend veld"
        case .formCancel: return "annuleren"
        case .formAddVisitor: return "+bezoeker"
        case .formAddProgrammeItem: return "+programma"
        default: return nil
        }
    }

    static func visitContextTitle(_ context: CommandContext) -> String {
        switch context {
        case .werkbezoeken: return "Werkbezoeken"
        case .werkbezoekWijzigen: return "Werkbezoeken wijzigen (niet met --alleen-lezen)"
        case .nieuwBezoek: return "Formulier nieuw werkbezoek"
        default: return "Formulier (nieuw werkbezoek, status, notities)"
        }
    }

    // MARK: Panel
    static let visitColumnReference = "Referentie"
    static let visitColumnVisitors = "Bezoekers"
    static let visitColumnPlace = "Gemeente / wijk"
    static let visitColumnDate = "Datum"
    static let visitColumnStatus = "Status"
    static let visitNoDate = "geen datum"
    static func visitFilterStatus(_ status: VisitStatus) -> String { "status \(status)" }
    static let visitReadOnlyMark = "alleen-lezen"
    static let visitsNotLoaded = "Er is geen werkbezoekenbestand geopend."
    static func visitsMissing(_ path: String) -> String { "Nog geen werkbezoeken: er is nog geen bestand op \(path)." }
    static let visitsEmpty = "Nog geen werkbezoeken vastgelegd."
    static let visitsHowToAdd = "Druk a om het eerste werkbezoek vast te leggen."
    static let visitsHowToAddReadOnly =
        "Dit scherm is alleen-lezen; leg een werkbezoek vast met ‘sterk werkbezoek nieuw’."
    static let visitsUnavailableTitle = "Werkbezoeken niet beschikbaar"
    static let visitsRestWorks = "De andere panelen werken gewoon."

    // MARK: Detail
    static let visitStatusLine = "Status: "
    static func visitReason(_ reason: String) -> String { " – reden: \(reason)" }
    static let visitVisitorsHeading = "Bezoekers"
    static let visitMunicipalityLine = "Gemeente: "
    static let visitM50Member = " (M50-lid)"
    static let visitWijkLine = "Wijk: "
    static let visitProposedLine = "Voorgestelde datum: "
    static let visitConfirmedLine = "Bevestigde datum: "
    static let visitNotConfirmed = "nog niet bevestigd"
    static let visitHostLine = "Contact M50: "
    static let visitNotesLine = "Notities: "
    static let visitNoNotes = "geen"
    static let visitProgrammeHeading = "Programma"
    static let visitNoProgramme = "nog niet bekend"
    static let visitHistoryHeading = "Geschiedenis"
    static func visitHistoryStep(_ entry: HistoryEntry) -> String {
        switch entry.kind {
        case .created: return "aangemaakt (\(entry.to))"
        case .edited: return "gegevens gewijzigd"
        case .status: return "\(entry.from?.rawValue ?? "–") → \(entry.to)"
        }
    }

    // MARK: Overzicht
    static func visitCount(_ status: VisitStatus, _ count: Int) -> String { "\(status) \(count)" }
    static func visitNext(_ reference: String, date: String, who: String, place: String) -> String {
        "Eerstvolgend bevestigd bezoek: \(reference), \(date) – \(who) in \(place)"
    }
    static let visitNoNext = "Geen bevestigd werkbezoek gepland."
    static func visitPastConfirmed(_ references: [String]) -> String {
        let list = references.prefix(5).joined(separator: ", ") + (references.count > 5 ? " …" : "")
        return references.count == 1
            ? "1 bevestigd werkbezoek ligt in het verleden (\(list)): zet het op afgerond, uitgesteld of geannuleerd."
            : "\(references.count) bevestigde werkbezoeken liggen in het verleden (\(list)): zet ze op afgerond, uitgesteld of geannuleerd."
    }
    static let visitOverviewUnavailable = "Werkbezoeken niet te lezen – zie het paneel Werkbezoeken."

    // MARK: Form
    static let formNewTitle = "Nieuw werkbezoek"
    static func formStatusTitle(_ reference: String) -> String { "Status wijzigen – \(reference)" }
    static func formNotesTitle(_ reference: String) -> String { "Notities – \(reference)" }
    static func formVisitorSection(_ number: Int) -> String { "Bezoeker \(number)" }
    static let formPlaceSection = "Gastgemeente en datum"
    static func formProgrammeSection(_ number: Int) -> String { "Programmaonderdeel \(number)" }
    static let formHostSection = "Contactpersoon M50 (gastheer of gastvrouw)"
    static let formNotesSection = "Notities"
    static let formName = "Naam"
    static let formRole = "Rol"
    static let formOrganisation = "Partij/organisatie"
    static let formEmail = "E-mail"
    static let formPhone = "Telefoon"
    static let formMunicipality = "Gemeente"
    static let formWijken = "Wijk(en)"
    static let formProposed = "Voorgestelde datum"
    static let formTime = "Tijd"
    static let formPlace = "Plaats"
    static let formWhat = "Wat"
    static let formWho = "Wie"
    static let formNotes = "Notities"
    static let formNewStatus = "Nieuwe status"
    static let formReason = "Reden of toelichting"
    static let formConfirmed = "Bevestigde datum"
    static func formCurrentStatus(_ status: VisitStatus) -> String { "Huidige status: \(status)" }
    static let formOptional = "optioneel"
    static let formDateExample = "bv. 12-03-2027 10:00-14:00"
    /// The past-date refusal beside the date field, with the override: saving once more.
    static func formPastDate(_ conflict: String) -> String {
        conflict
            + "; kies een datum in de toekomst, of sla nogmaals op (F2/Ctrl-S) om het bezoek achteraf vast te leggen"
    }
    static let formTimeExample = "bv. 10:00 of 10:00-11:30"
    static let formWijkExample = "optioneel; meerdere met komma's"
    static let formChoiceHint = "←/→ kiezen"
    static let formProgrammeHint = "F3: nog een onderdeel"
    static let formVisitorHint = "F4: nog een bezoeker"
    static func formReasonHint(required: Bool) -> String { required ? "verplicht bij deze status" : "optioneel" }
    static func formConfirmedHint(needed: Bool) -> String {
        needed ? "nodig om te bevestigen; " + formDateExample : "alleen bij bevestigd"
    }
    static let formConfirmCancel =
        "Ingevulde gegevens weggooien? Esc: ja, weggooien · een andere toets: nee, verder invullen"

    // MARK: Form messages
    static func formFieldMissing(_ field: String) -> String { "\(field) ontbreekt" }
    static func formMunicipalityFound(_ name: String, member: Bool) -> String {
        "✓ \(name)" + (member ? " (M50-lid)" : " (geen M50-lid)")
    }
    static func formMunicipalityAmbiguous(_ names: [String]) -> String {
        "niet eenduidig: " + names.prefix(5).joined(separator: ", ")
    }
    static func formMunicipalitySuggestions(_ typed: String, _ names: [String]) -> String {
        "onbekende gemeente ‘\(typed)’; bedoelt u: " + names.joined(separator: ", ") + "?"
    }
    static func formMunicipalityUnknown(_ typed: String) -> String {
        "onbekende gemeente ‘\(typed)’ (niet in de dataset)"
    }
    static func formWijkUnknown(_ typed: String, known: [String]) -> String {
        "onbekende wijk ‘\(typed)’"
            + (known.isEmpty ? " (niet in de dataset)" : "; bekend: " + known.joined(separator: ", "))
    }
    static func formWijkElsewhere(_ wijk: String, _ municipality: String) -> String {
        "wijk ‘\(wijk)’ ligt niet in \(municipality)"
    }
    static func formWijkHint(_ municipality: String, _ known: [String]) -> String {
        known.isEmpty
            ? "geen wijken van \(municipality) in de dataset"
            : "bekend in \(municipality): " + known.joined(separator: ", ")
    }
    static func formReasonRequired(_ status: VisitStatus) -> String { "verplicht bij ‘\(status)’: zeg waarom" }
    static let formConfirmedRequired = "een bevestigd werkbezoek heeft een bevestigde datum en tijd nodig"
    static func formProblems(_ count: Int) -> String {
        count == 1
            ? "Niet opgeslagen: 1 veld klopt niet (zie de melding)."
            : "Niet opgeslagen: \(count) velden kloppen niet (zie de meldingen)."
    }
    static let formSaving = "Opslaan…"
    static let formNotHere = "Dat kan in dit formulier niet."
    static let formCancelled = "Formulier gesloten; er is niets opgeslagen."

    // MARK: Status line
    static func visitCreated(_ reference: String) -> String { "\(reference) vastgelegd: status aangevraagd." }
    static func visitStatusChanged(_ reference: String, _ status: VisitStatus) -> String {
        "\(reference): status is nu ‘\(status)’."
    }
    static func visitNotesSaved(_ reference: String) -> String { "Notities van \(reference) opgeslagen." }
    static let visitNotesUnchanged = "Notities niet gewijzigd; er is niets opgeslagen."
    static func visitsReloaded(_ count: Int) -> String { "Werkbezoeken opnieuw ingelezen: \(count)." }
    static func visitSaveFailed(_ message: String) -> String { "Niet opgeslagen: " + message }
    static let visitReadOnlyRefused =
        "Alleen lezen: dit dashboard is gestart met --alleen-lezen; werkbezoeken wijzigen kan hier niet."
    static func visitFinalStatus(_ reference: String, _ status: VisitStatus) -> String {
        "\(reference) heeft eindstatus ‘\(status)’; de status kan niet meer veranderen."
    }
    static let visitNoneSelected = "Kies eerst een werkbezoek."
    static let visitFilterAll = "filter: alle statussen"
    static func visitFilterChosen(_ status: VisitStatus, _ count: Int) -> String {
        "filter: status ‘\(status)’ (\(count))"
    }
}
