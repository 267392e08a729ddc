import Foundation

/// An iCalendar (RFC 5545) file with one VEVENT for a confirmed werkbezoek.
///
/// Times are written in UTC (…Z), which every calendar converts to local time and which
/// needs no VTIMEZONE block. The UID is derived from the reference, so importing a newer
/// file updates the same agenda item instead of adding a second one.
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

    /// An event for `visit`; throws unless it is confirmed (or completed) with a confirmed date.
    public init(visit: Werkbezoek, municipalityName: String, wijkNames: [String] = [], stamp: Date = Date()) throws(StoreError) {
        guard [.bevestigd, .afgerond].contains(visit.status), visit.details.confirmed != nil else {
            throw StoreError.notConfirmed(reference: visit.reference.description, status: visit.status)
        }
        self.visit = visit
        self.municipalityName = municipalityName
        self.wijkNames = wijkNames
        self.stamp = stamp
    }

    /// The whole file: CRLF line endings, folded lines, ending in CRLF.
    public var document: String {
        contentLines.map(ICalendarText.fold).joined(separator: "\r\n") + "\r\n"
    }

    private var contentLines: [String] {
        let slot = visit.details.confirmed ?? TimeSlot(start: stamp)
        let end = slot.end ?? slot.start.addingTimeInterval(Self.defaultDuration)
        return [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//M50//sterk werkbezoeken//NL",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT",
            "UID:\(visit.reference.description.lowercased())@werkbezoek.sterk.m50",
            "DTSTAMP:" + ICalendarText.utcDateTime(stamp),
            "DTSTART:" + ICalendarText.utcDateTime(slot.start),
            "DTEND:" + ICalendarText.utcDateTime(end),
            "LAST-MODIFIED:" + ICalendarText.utcDateTime(visit.updatedAt),
            "SUMMARY:" + ICalendarText.escape(EventWording.summary(visit, municipalityName: municipalityName)),
            "LOCATION:" + ICalendarText.escape(EventWording.location(visit, municipalityName: municipalityName, wijkNames: wijkNames)),
            "DESCRIPTION:" + ICalendarText.escape(EventWording.description(visit)),
            "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR",
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
        var lines = ["Referentie: \(visit.reference)", "", "Bezoekers:"]
        lines += visit.details.visitors.map { "- \($0.name) (\($0.role), \($0.organisation))" }
        if !visit.details.programme.isEmpty {
            lines += ["", "Programma:"]
            lines += visit.details.programme.map { "- \($0.time) \($0.place): \($0.what)" + ($0.who.isEmpty ? "" : " (\($0.who))") }
        }
        if let host = visit.details.hostContact {
            lines += ["", "Contact M50: " + ([host.name, host.email, host.phone].compactMap { $0 }.joined(separator: ", "))]
        }
        if !visit.details.notes.isEmpty { lines += ["", "Notities: \(visit.details.notes)"] }
        return lines.joined(separator: "\n")
    }
}
