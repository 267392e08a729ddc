import SterkStore

// What the werkbezoek commands report when they have done their work, in one file for review.

/// The one-line results of `werkbezoek nieuw`, `zet`, `export`, `import`, `kopieer`, `schema`,
/// `ics`, `geschiedenis`, `status` and `lijst`, and the notes added when such a line is lost.
enum DutchWerkbezoekOutcome {
    /// "1 werkbezoek", "2 werkbezoeken".
    static func visits(_ count: Int) -> String {
        "\(count) werkbezoek\(count == 1 ? "" : "en")"
    }

    /// "WB-2026-001 vastgelegd: Fatima el Amraní (Tweede Kamerlid, CDA) in Zeist (Vollenhove), status aangevraagd."
    static func recorded(_ reference: VisitReference, visitors: String, place: String, status: VisitStatus) -> String {
        "\(reference) vastgelegd: \(visitors) in \(place), status \(status)."
    }

    /// Added to the output failure when the "vastgelegd" line could not be written.
    static func recordedAnyway(_ reference: VisitReference) -> String {
        "\(reference) is wel vastgelegd"
    }

    static func notM50Member(_ municipality: String) -> String {
        "Let op: \(municipality) staat niet op de M50-ledenlijst."
    }

    /// Added to the output failure when the new status's line could not be written.
    static let statusChangedAnyway = "de status is wel gewijzigd"

    static func exported(_ count: Int, to path: String) -> String {
        "\(visits(count)) met geschiedenis geschreven naar \(path)."
    }

    static func imported(_ count: Int) -> String {
        "\(visits(count)) geïmporteerd."
    }

    /// Added to the output failure when the import's line could not be written.
    static let importedAnyway = "de import is wel opgeslagen"

    static func skippedExisting(_ references: String) -> String {
        "Overgeslagen, bestaat al (niet overschreven): \(references)"
    }

    static func copied(_ count: Int, to target: String) -> String {
        "\(visits(count)) gekopieerd naar \(target)."
    }

    static func skippedInTarget(_ references: String) -> String {
        "Overgeslagen, bestaat al in het doel (niet overschreven): \(references)"
    }

    static func sameStore(_ location: String) -> String {
        "Bron en doel zijn dezelfde store (\(location)); er is niets gekopieerd."
    }

    static func schemaReady(_ location: String) -> String {
        "De store \(location) is bijgewerkt en klaar voor gebruik."
    }
}

/// What the commands that show visits say besides the visits.
extension DutchWerkbezoekOutcome {
    /// "Agenda-afspraak voor WB-2026-001 geschreven naar bezoek.ics."
    static func icsWritten(_ reference: VisitReference, to path: String, cancellation: Bool) -> String {
        let what = cancellation ? "Annulering van de agenda-afspraak" : "Agenda-afspraak"
        return "\(what) voor \(reference) geschreven naar \(path)."
    }

    /// "WB-2026-001: 2 wijzigingen", above the history.
    static func changes(_ reference: VisitReference, _ count: Int) -> String {
        "\(reference): \(count) wijziging\(count == 1 ? "" : "en")"
    }

    /// Above the one-line summaries when `status` finds more visits than it shows in full.
    static func manyFound(_ count: Int, _ query: String) -> String {
        "\(count) werkbezoeken gevonden voor ‘\(query)’; geef de referentie voor details:"
    }

    /// `lijst` with nothing to show.
    static func noVisits(filtered: Bool) -> String {
        "Geen werkbezoeken" + (filtered ? " met deze status." : ".")
    }
}
