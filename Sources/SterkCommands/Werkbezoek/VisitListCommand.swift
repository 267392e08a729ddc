import ArgumentParser
import Foundation
import SterkStore
import SterkUI

/// `sterk werkbezoek lijst`: every visit, as an aligned table, JSON or CSV.
struct VisitListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lijst",
        abstract: DutchHelp.VisitList.abstract, discussion: DutchHelp.VisitList.discussion)

    @Option(name: .customLong("status"), help: DutchHelp.VisitList.status)
    var statuses: [String] = []

    @OptionGroup var output: OutputOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var data: DataOptions

    func run() throws {
        let wanted = try CommandFailure.reporting { () throws(StoreError) in try parsedStatuses() }
        let visits = try loadVisits(wanted)
        if output.json {
            let data = try CommandFailure.reporting { () throws(StoreError) in try VisitExport.encodeList(visits) }
            Console.out(data + Data("\n".utf8))
            return
        }
        let places = try VisitPlaces(data)
        if output.csv {
            Console.out(VisitTable.csv(visits, places: places))
        } else if visits.isEmpty {
            CommandFailure.printError(DutchWerkbezoekOutcome.noVisits(filtered: !wanted.isEmpty))
        } else {
            Console.out(VisitTable.plain(visits, places: places, width: Console.terminalWidth))
        }
    }

    private func parsedStatuses() throws(StoreError) -> Set<VisitStatus> {
        var result: Set<VisitStatus> = []
        for text in statuses.flatMap({ $0.split(separator: ",") }) {
            result.insert(try VisitStatus(userText: String(text)))
        }
        return result
    }

    /// A store that does not exist yet simply has no visits.
    private func loadVisits(_ wanted: Set<VisitStatus>) throws -> [Werkbezoek] {
        do {
            let opened = try StoreOpener.open(store.location, readOnly: true)
            return try opened.visits(statuses: wanted)
        } catch .storeMissing, .serverStoreMissing {
            return []
        } catch {
            throw CommandFailure.failure(error.message)
        }
    }
}
