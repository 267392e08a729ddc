import Foundation

/// An iCalendar (RFC 5545) file with one VEVENT for a confirmed werkbezoek, or the
/// cancellation of one that was postponed or cancelled.
///
/// Times are written in UTC (…Z), which every calendar converts to local time and which
/// needs no VTIMEZONE block. The UID is derived from the reference and SEQUENCE from the
/// number of changes, so importing a newer file — a new date, or the cancellation
/// (`METHOD:CANCEL`, `STATUS:CANCELLED`) — updates the same agenda item instead of adding a
/// second one.
public struct ICalendarEvent: Sendable {
    /// How long the event lasts when no end time was agreed.
    public static let defaultDuration: TimeInterval = 2 * 60 * 60

    /// The visit.
    public var visit: Werkbezoek
    /// The municipality's name (the store keeps only its code).
    public var municipalityName: String
    /// Names of the wijken visited, in the visit's order.
    public var wijkNames: [String]
    /// DTSTAMP: when this file is made.
    public var stamp: Date
    /// SEQUENCE: grows with every change of the visit, so calendars take the newest file.
    public var sequence: Int

    /// True when this file withdraws the agenda item (postponed or cancelled visit).
    public var isCancellation: Bool { [.uitgesteld, .geannuleerd].contains(visit.status) }

    /// An event for `visit`: confirmed or completed with a confirmed date, or the cancellation
    /// of a postponed or cancelled visit that had a date; throws otherwise. `sequence`: pass
    /// the number of history entries (it only has to grow with each change).
    public init(
        visit: Werkbezoek, municipalityName: String, wijkNames: [String] = [], stamp: Date = Date(),
        sequence: Int = 0
    ) throws(StoreError) {
        let live = [.bevestigd, .afgerond].contains(visit.status) && visit.details.confirmed != nil
        let withdrawn = [.uitgesteld, .geannuleerd].contains(visit.status) && visit.displaySlot != nil
        guard live || withdrawn else {
            throw StoreError.notConfirmed(reference: visit.reference.description, status: visit.status)
        }
        self.visit = visit
        self.municipalityName = municipalityName
        self.wijkNames = wijkNames
        self.stamp = stamp
        self.sequence = max(0, sequence)
    }

    /// The whole file: CRLF line endings, folded lines, ending in CRLF.
    public var document: String {
        contentLines.map(ICalendarText.fold).joined(separator: "\r\n") + "\r\n"
    }

    private var contentLines: [String] {
        let slot = visit.displaySlot ?? TimeSlot(start: stamp)
        let end = slot.end ?? slot.start.addingTimeInterval(Self.defaultDuration)
        let summary =
            (isCancellation ? "Vervallen (\(visit.status)): " : "")
            + EventWording.summary(visit, municipalityName: municipalityName)
        return [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//M50//sterk werkbezoeken//NL",
            "CALSCALE:GREGORIAN", isCancellation ? "METHOD:CANCEL" : "METHOD:PUBLISH", "BEGIN:VEVENT",
            "UID:\(visit.reference.description.lowercased())@werkbezoek.sterk.m50",
            "SEQUENCE:\(sequence)",
            "DTSTAMP:" + ICalendarText.utcDateTime(stamp),
            "DTSTART:" + ICalendarText.utcDateTime(slot.start),
            "DTEND:" + ICalendarText.utcDateTime(end),
            "LAST-MODIFIED:" + ICalendarText.utcDateTime(visit.updatedAt),
            "SUMMARY:" + ICalendarText.escape(summary),
            "LOCATION:"
                + ICalendarText.escape(
                    EventWording.location(visit, municipalityName: municipalityName, wijkNames: wijkNames)),
            "DESCRIPTION:" + ICalendarText.escape(EventWording.description(visit)),
            isCancellation ? "STATUS:CANCELLED" : "STATUS:CONFIRMED",
            isCancellation ? "TRANSP:TRANSPARENT" : "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR",
        ]
    }
}

/// The Dutch wording of the event's summary, location and description.
enum EventWording {
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
