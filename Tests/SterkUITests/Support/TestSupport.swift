import Foundation
import Testing
@testable import SterkModel
@testable import SterkUI

/// The bundled dataset, loaded once for all tests.
enum Fixtures {
    static let bundled: Dataset = {
        do { return try DatasetLoader.loadBundled() } catch { fatalError("bundled dataset: \(error)") }
    }()

    static func dashboard(_ options: DashboardOptions = DashboardOptions(), width: Int = 80, height: Int = 24,
                          dataset: Dataset = bundled) -> Dashboard {
        var dashboard = Dashboard(dataset: dataset, options: options)
        _ = dashboard.update(.resize(width: width, height: height))
        return dashboard
    }
}

extension Dashboard {
    /// Presses a command through its first key, checking the keymap really routes that key to it.
    @discardableResult
    mutating func press(_ id: CommandID, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        guard let key = Keymap.info(id)?.keys.first else {
            Issue.record("command \(id) has no key", sourceLocation: sourceLocation)
            return []
        }
        #expect(Keymap.command(for: key, in: activeContexts) == id,
                "key for \(id) does not reach it here (contexts \(activeContexts))", sourceLocation: sourceLocation)
        return update(.key(key))
    }

    /// Types text into the search prompt.
    mutating func type(_ text: String) {
        for character in text { _ = update(.key(.character(character))) }
    }

    /// The screen as plain text.
    func screen(_ width: Int = 80, _ height: Int = 24) -> String { view(width: width, height: height).text }

    /// The model row index selected in the current table panel.
    var selectedRowTarget: Target? {
        guard let row = selectedRow(state.panel) else { return nil }
        return catalog.tables[state.panel]?.rows[row].target
    }
}
