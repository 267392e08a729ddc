import SterkStore

// The words `WerkbezoekText` and `VisitTable` put around a visit's data, in one file for review.

/// Labels and phrases of the plain-text renderings of visits (`status`, `geschiedenis`, `lijst`).
enum DutchWerkbezoekText {
    /// The labels of the block `status` prints, in that order.
    enum Label {
        static let status = "Status"
        static let visitors = "Bezoek van"
        static let place = "Waar"
        static let date = "Datum"
        static let hostContact = "Contact M50"
        static let notes = "Notities"
        static let lastChange = "Laatste wijziging"
        static let programme = "Programma"
    }

    /// Where the programme would stand when there is none yet.
    static let programmeUnknown = "nog niet bekend"
    /// A visit without any date.
    static let noDate = "nog geen datum"

    /// "uitgesteld (reden: Kamerdebat)"
    static func statusWithReason(_ status: VisitStatus, _ reason: String) -> String {
        "\(status) (reden: \(reason))"
    }

    /// The date of a postponed or cancelled visit: void, not "bevestigd".
    static func voidDate(_ date: String, _ status: VisitStatus) -> String {
        "\(date) (vervallen, \(status))"
    }

    static func confirmedDate(_ date: String) -> String { "\(date) (bevestigd)" }
    static func proposedDate(_ date: String) -> String { "\(date) (voorgesteld)" }

    /// A history line's step for the visit's creation: "aangemaakt (aangevraagd)".
    static func created(_ status: VisitStatus) -> String { "aangemaakt (\(status))" }
    /// A history line's step for a change of the details.
    static let edited = "gegevens gewijzigd"

    /// The column titles of `werkbezoek lijst` (the table; the CSV header is English).
    enum Column {
        static let reference = "REFERENTIE"
        static let status = "STATUS"
        static let date = "DATUM"
        static let municipality = "GEMEENTE"
        static let visitors = "BEZOEKERS"
    }
}
