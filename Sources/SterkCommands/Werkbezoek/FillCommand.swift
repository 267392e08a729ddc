import ArgumentParser
import Foundation
import SterkStore

/// Hidden developer command: fills a store with N made-up visits (one transaction) for measurements.
struct FillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_vul", abstract: DutchHelp.Fill.abstract,
        shouldDisplay: false)

    @Argument(help: DutchHelp.Fill.count)
    var count: Int

    @Option(help: DutchHelp.Fill.year)
    var year: Int = 2031

    @OptionGroup var store: StoreOptions

    private static let municipalities = ["GM0355", "GM0177", "GM0826"]

    func run() throws {
        let opened = try store.openForWriting()
        let start = try CommandFailure.reporting { () throws(StoreError) in
            (try opened.visits(statuses: []).filter { $0.reference.year == year }.map(\.reference.number).max() ?? 0)
                + 1
        }
        let visits = (start..<start + count).map(archived)
        let report = try CommandFailure.reporting { () throws(StoreError) in try opened.importVisits(visits) }
        printLine(DutchDeveloperTools.filled(report.imported.count))
    }

    private func archived(_ number: Int) -> ArchivedVisit {
        let reference = VisitReference(year: year, number: number)
        let name =
            "\(DutchDeveloperTools.fillFirstNames[number % 10]) \(DutchDeveloperTools.fillLastNames[(number / 10) % 10]) \(number)"
        let start = Date(timeIntervalSince1970: 1_900_000_000 + TimeInterval(number) * 86_400)
        let status = VisitStatus.allCases[number % VisitStatus.allCases.count]
        let details = VisitDetails(
            visitors: [Visitor(name: name, role: "Tweede Kamerlid", organisation: "Fractie \(number % 7)")],
            municipalityCode: Self.municipalities[number % 3], proposed: TimeSlot(start: start),
            confirmed: [.bevestigd, .afgerond].contains(status) ? TimeSlot(start: start) : nil,
            programme: [ProgrammeItem(time: "10:00", place: "Wijkcentrum", what: "Ontvangst", who: "")],
            hostContact: HostContact(name: "Contact \(number % 5)"))
        let created = HistoryEntry(
            id: 0, reference: reference, at: start, actor: "vul", kind: .created,
            from: nil, to: .aangevraagd, note: "")
        let visit = Werkbezoek(
            reference: reference, details: details, status: status,
            statusReason: status.needsReason ? "verzonnen" : nil, createdAt: start, updatedAt: start)
        return ArchivedVisit(visit: visit, history: [created])
    }
}
