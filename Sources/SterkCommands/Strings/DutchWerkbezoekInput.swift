// What is wrong with what a person typed for a werkbezoek, in one file for review: the
// `|`-separated fields, the places checked against the dataset, the dates, the clock.

/// Problems with the input of `werkbezoek nieuw`, `zet` and `import`, one sentence each.
enum DutchWerkbezoekInput {
    /// The shape of one `--bezoeker`: "Naam|Rol|Partij[|e-mail[|telefoon]]".
    static let visitorFormat = "NAAM|ROL|PARTIJ/ORGANISATIE[|E-MAIL[|TELEFOON]]"
    /// The shape of one `--programma`: "Tijd|Plaats|Wat[|Wie]".
    static let programmeFormat = "TIJD|PLAATS|WAT[|WIE]"

    /// The first line above the list of problems when `nieuw` records nothing.
    static let notRecorded = "Het werkbezoek is niet vastgelegd:"

    static func badVisitor(_ index: Int, _ text: String) -> String {
        "bezoeker \(index) (‘\(text)’) heeft niet de vorm \(visitorFormat)"
    }

    static func badProgrammeItem(_ index: Int, _ text: String) -> String {
        "programmaonderdeel \(index) (‘\(text)’) heeft niet de vorm \(programmeFormat)"
    }

    /// `STERK_NU` set to something that is not an instant.
    static func clockIgnored(_ variable: String, _ text: String) -> String {
        "Let op: \(variable)=‘\(text)’ is geen ISO-8601-tijdstip; de klok van het systeem geldt."
    }
}

/// Host municipality and wijken checked against the dataset.
extension DutchWerkbezoekInput {
    static func ambiguousMunicipality(_ text: String, _ names: [String]) -> String {
        "gemeente ‘\(text)’ is niet eenduidig: \(names.joined(separator: ", "))"
    }

    static func unknownMunicipality(_ text: String, suggestions: [String]) -> String {
        "onbekende gemeente ‘\(text)’; bedoelt u: \(suggestions.joined(separator: ", "))?"
    }

    static func unknownMunicipality(_ text: String) -> String {
        "onbekende gemeente ‘\(text)’ (niet in de dataset)"
    }

    /// An imported visit's municipality code the dataset does not know.
    static func unknownMunicipalityCode(_ code: String) -> String {
        "onbekende gemeentecode ‘\(code)’ (niet in de dataset)"
    }

    static func unknownWijk(_ text: String, suggestions: [String] = []) -> String {
        suggestions.isEmpty
            ? "onbekende wijk ‘\(text)’ (niet in de dataset)"
            : "onbekende wijk ‘\(text)’; bedoelt u: \(suggestions.joined(separator: ", "))?"
    }

    static func wijkElsewhere(_ wijk: String, _ municipality: String) -> String {
        "wijk ‘\(wijk)’ ligt niet in \(municipality)"
    }
}

/// The shared date rule (`VisitDateRule`) in the CLI's words: the flag that holds the date,
/// and `--toch` to record it anyway.
extension DutchWerkbezoekInput {
    /// What `zet` calls the date when `--datum` was not given.
    static let confirmedDate = "de bevestigde datum"
    /// What a date problem calls a visit without a reference yet.
    static let theVisit = "het bezoek"

    static func pastDateHint(_ override: String) -> String {
        "kies een datum in de toekomst, of voeg \(override) toe om een bezoek achteraf vast te leggen"
    }

    static func notYetHappened(_ visit: String, _ date: String) -> String {
        "\(visit) staat op \(date) en is dus nog niet geweest"
    }

    static func notYetHappenedHint(_ override: String) -> String {
        "zet het pas na het bezoek op afgerond, of voeg \(override) toe"
    }

    /// Printed when the override let a problem pass.
    static func overridden(_ override: String, _ text: String) -> String {
        "Let op (\(override)): \(text)."
    }
}
