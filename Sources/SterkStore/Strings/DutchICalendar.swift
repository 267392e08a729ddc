// The Dutch texts of an agenda item (ICalendarEvent): summary, location and description. The
// iCalendar property names around them are the format's, not wording.

/// The Dutch wording of the event's summary, location and description.
enum DutchICalendar {
    /// Put before the summary when the file withdraws the agenda item.
    static func cancelledPrefix(_ status: VisitStatus) -> String { "Vervallen (\(status)): " }

    static func summary(_ visit: Werkbezoek, municipalityName: String) -> String {
        let names = visit.details.visitors.map(\.name).joined(separator: ", ")
        return "Werkbezoek \(names) aan \(municipalityName) (\(visit.reference))"
    }

    static func location(_ visit: Werkbezoek, municipalityName: String, wijkNames: [String]) -> String {
        if let place = visit.details.programme.first?.place, !place.isEmpty {
            return "\(place), \(municipalityName)"
        }
        return wijkNames.isEmpty ? municipalityName : wijkNames.joined(separator: ", ") + ", \(municipalityName)"
    }

    static func description(_ visit: Werkbezoek) -> String {
        var lines = ["Referentie: \(visit.reference)"]
        if let reason = visit.statusReason { lines += ["Status: \(visit.status) (reden: \(reason))"] }
        lines += ["", "Bezoekers:"]
        lines += visit.details.visitors.map { "- \($0.name) (\($0.role), \($0.organisation))" }
        if !visit.details.programme.isEmpty {
            lines += ["", "Programma:"]
            lines += visit.details.programme.map {
                "- \($0.time) \($0.place): \($0.what)" + ($0.who.isEmpty ? "" : " (\($0.who))")
            }
        }
        if let host = visit.details.hostContact {
            lines += [
                "", "Contact M50: " + ([host.name, host.email, host.phone].compactMap { $0 }.joined(separator: ", ")),
            ]
        }
        if !visit.details.notes.isEmpty { lines += ["", "Notities: \(visit.details.notes)"] }
        return lines.joined(separator: "\n")
    }
}
