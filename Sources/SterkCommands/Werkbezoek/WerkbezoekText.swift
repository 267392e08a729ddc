import Foundation
import SterkStore
import SterkUI

/// Plain-text renderings of visits and their history; no colour, so they fit any pipe. The
/// words around the data are `DutchWerkbezoekText`'s.
enum WerkbezoekText {
    /// "Fatima el Amraní (Tweede Kamerlid, CDA), Piet Bos (…)"
    static func visitorsLine(_ details: VisitDetails) -> String {
        details.visitors.map { "\($0.name) (\($0.role), \($0.organisation))" }.joined(separator: ", ")
    }

    /// The block `status` prints for one visit: what a contact needs at a glance. One screen
    /// line per element: values are flattened to one line (a newline in a name cannot forge a
    /// "Status" line), and the lines of the notes are indented under the first.
    static func statusBlock(_ visit: Werkbezoek, last: HistoryEntry?, places: VisitPlaces) -> [String] {
        let details = visit.details
        typealias Label = DutchWerkbezoekText.Label
        var rows: [(String, [String])] = [
            (Label.status, [statusText(visit)]),
            (Label.visitors, [visitorsLine(details)]),
            (Label.place, [places.placeText(details)]),
            (Label.date, [dateText(visit)]),
        ]
        if let host = details.hostContact {
            rows.append(
                (Label.hostContact, [[host.name, host.email, host.phone].compactMap { $0 }.joined(separator: ", ")]))
        }
        if !details.notes.isEmpty {
            rows.append(
                (Label.notes, details.notes.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
        }
        if let last { rows.append((Label.lastChange, [historyLine(last)])) }
        if details.programme.isEmpty { rows.append((Label.programme, [DutchWerkbezoekText.programmeUnknown])) }
        return ["\(visit.reference)"] + aligned(rows) + programmeLines(details.programme)
    }

    /// "uitgesteld (reden: Kamerdebat)"
    static func statusText(_ visit: Werkbezoek) -> String {
        visit.statusReason.map { DutchWerkbezoekText.statusWithReason(visit.status, $0) } ?? visit.status.rawValue
    }

    /// The confirmed date, else the proposed one marked as such; a postponed or cancelled
    /// visit's date is marked void, not "bevestigd".
    static func dateText(_ visit: Werkbezoek) -> String {
        let details = visit.details
        if [.uitgesteld, .geannuleerd].contains(visit.status), let slot = visit.displaySlot {
            return DutchWerkbezoekText.voidDate(slot.dutchText, visit.status)
        }
        if let confirmed = details.confirmed { return DutchWerkbezoekText.confirmedDate(confirmed.dutchText) }
        if let proposed = details.proposed { return DutchWerkbezoekText.proposedDate(proposed.dutchText) }
        return DutchWerkbezoekText.noDate
    }

    /// "13-02-2026 17:26  anna  in voorbereiding → bevestigd  “note”"
    static func historyLine(_ entry: HistoryEntry) -> String {
        let step: String
        switch entry.kind {
        case .created: step = DutchWerkbezoekText.created(entry.to)
        case .edited: step = DutchWerkbezoekText.edited
        case .status: step = "\(entry.from?.rawValue ?? "—") → \(entry.to)"
        }
        let note = entry.note.isEmpty ? "" : "  “\(entry.note)”"
        return "\(localTime(entry.at))  \(entry.actor)  \(step)\(note)"
    }

    /// "13-02-2026 17:26", Dutch local time.
    static func localTime(_ date: Date) -> String {
        TimeSlot.localMinuteText(date)
    }

    /// A one-line summary per visit, used when a search finds several.
    static func shortLine(_ visit: Werkbezoek, places: VisitPlaces) -> String {
        let date = visit.displaySlot.map(\.dutchText) ?? DutchWerkbezoekText.noDate
        return
            "\(visit.reference)  \(visit.status)  \(date)  \(visit.details.visitors.map(\.name).joined(separator: ", "))  \(places.municipalityName(visit.details.municipalityCode))"
    }

    private static func programmeLines(_ programme: [ProgrammeItem]) -> [String] {
        guard !programme.isEmpty else { return [] }
        let times = programme.map { ControlFree.text($0.time) }
        let width = times.map(DisplayWidth.of).max() ?? 0
        return [DutchWerkbezoekText.Label.programme]
            + zip(programme, times).map { item, time in
                let who = item.who.isEmpty ? "" : " (\(item.who))"
                return "  " + DisplayWidth.pad(time, to: width)
                    + ControlFree.text("  \(item.place): \(item.what)\(who)")
            }
    }

    /// "Label  value", every value line flattened; further lines of a value indented under the first.
    private static func aligned(_ rows: [(String, [String])]) -> [String] {
        let width = (rows.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2
        return rows.flatMap { label, lines in
            lines.enumerated().map { offset, line in
                DisplayWidth.pad(offset == 0 ? label : "", to: width) + ControlFree.text(line)
            }
        }
    }
}
