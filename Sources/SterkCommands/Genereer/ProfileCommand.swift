import ArgumentParser
import Foundation
import SterkModel
import SterkUI

/// `sterk _profiel`: drives the dashboard in process without a terminal (row moves, a
/// search), for `valgrind --tool=callgrind`, which counts instructions repeatably on a
/// busy machine. A developer tool, hidden from the help.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_profiel",
        abstract: DutchHelp.Profile.abstract,
        shouldDisplay: false
    )

    @OptionGroup var dataOptions: DataOptions

    @Option(name: .long, help: DutchHelp.Profile.steps)
    var stappen: Int = 100

    @Option(name: .long, help: DutchHelp.Profile.search)
    var zoek: String = ""

    func run() throws {
        let dataset = try dataOptions.load()
        let start = ContinuousClock.now
        var dashboard = Dashboard(dataset: dataset, options: DashboardOptions(initialPanel: .focusgebieden))
        _ = dashboard.update(.resize(width: 120, height: 40))
        var checksum = dashboard.view(width: 120, height: 40).cells.count
        let firstFrame = ContinuousClock.now
        for _ in 0..<max(0, stappen) {
            _ = dashboard.update(.key(.down))
            checksum &+= dashboard.view(width: 120, height: 40).cells.count
        }
        let moved = ContinuousClock.now
        if !zoek.isEmpty {
            _ = dashboard.update(.key(.character("/")))
            for character in zoek {
                _ = dashboard.update(.key(.character(character)))
                checksum &+= dashboard.view(width: 120, height: 40).cells.count
            }
        }
        let searched = ContinuousClock.now
        print(
            DutchDeveloperTools.profile(
                firstFrame: firstFrame - start, steps: stappen, moves: moved - firstFrame, search: searched - moved,
                checksum: checksum))
    }
}
