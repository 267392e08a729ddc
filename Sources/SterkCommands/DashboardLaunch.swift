import ArgumentParser
import Foundation
import SterkModel
import SterkStore
import SterkUI

/// The dashboard's options as plain values, so that a bare `sterk` can start it without the
/// argument parser (see `SterkCommand.runFromCommandLine`). The defaults are the options'.
struct DashboardLaunch {
    /// `--theme`.
    var theme: String?
    /// `--data`.
    var data: String?
    /// Not `--no-mouse`.
    var mouse = true
    /// `--ascii`.
    var ascii = false
    /// `--alleen-lezen`.
    var readOnly = false
    /// `--store`.
    var store: String?

    func run() throws {
        // The visit form would create a missing store under the repaired name (see RawArguments).
        if !readOnly { try StoreOptions.refuseRepairedNewFile(store ?? GlobalOptions.current.store) }
        // Load before the screen changes, so a broken dataset prints a readable error.
        let dataset = try DataOptions.load(data: data)
        let environment = ProcessInfo.processInfo.environment
        let storeLocation = StoreOptions.location(store)
        let (theme, mouse, ascii, readOnly) = (theme, mouse, ascii, readOnly)  // `self` may not cross to the main actor
        try MainActor.assumeIsolated {  // true at run time: the entry point is synchronous
            // Read the visits before the screen changes; a broken store only shows in its panel.
            let visits = DashboardVisitStore(location: storeLocation, readOnly: readOnly, actor: CurrentUser.name())
            let initial = visits.initialState()
            // The map geometry is read after the first frame, so that frame does not share the
            // CPU with it (first frame 22.0 -> 18.4 ms, tuiprobe); the Kaart waits for it if it comes first.
            try InteractiveSession.run(
                mouse: mouse, ascii: ascii, handleEffect: visits.handle, afterFirstFrame: GeometryPreload.start
            ) { capabilities in
                var options = DashboardOptions(
                    themeName: theme, capabilities: capabilities,
                    userThemeDirectory: ThemeLibrary.defaultUserDirectory(environment: environment))
                options.readOnly = readOnly
                options.werkbezoeken = initial
                // Changes made elsewhere (another client, a lobby screen's colleagues) appear by themselves.
                return LiveVisits(inner: Dashboard(dataset: dataset, options: options), store: visits)
            }
        }
    }
}
