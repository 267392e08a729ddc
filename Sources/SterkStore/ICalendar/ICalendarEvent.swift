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
            (isCancellation ? DutchICalendar.cancelledPrefix(visit.status) : "")
            + DutchICalendar.summary(visit, municipalityName: municipalityName)
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
                    DutchICalendar.location(visit, municipalityName: municipalityName, wijkNames: wijkNames)),
            "DESCRIPTION:" + ICalendarText.escape(DutchICalendar.description(visit)),
            isCancellation ? "STATUS:CANCELLED" : "STATUS:CONFIRMED",
            isCancellation ? "TRANSP:TRANSPARENT" : "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR",
        ]
    }
}
