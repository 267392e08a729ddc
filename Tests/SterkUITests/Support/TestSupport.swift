import Foundation
import Testing
@testable import SterkModel
import SterkStore
@testable import SterkUI

/// The bundled dataset, loaded once for all tests.
enum Fixtures {
    static let bundled: Dataset = {
        do { return try DatasetLoader.loadBundled() } catch { fatalError("bundled dataset: \(error)") }
    }()

    static func dashboard(
        _ options: DashboardOptions = DashboardOptions(), width: Int = 80, height: Int = 24,
        dataset: Dataset = bundled
    ) -> Dashboard {
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
        #expect(
            Keymap.command(for: key, in: activeContexts) == id,
            "key for \(id) does not reach it here (contexts \(activeContexts))", sourceLocation: sourceLocation)
        return update(.key(key))
    }

    /// Types text into the search prompt.
    mutating func type(_ text: String) {
        for character in text { _ = update(.key(.character(character))) }
    }

    /// The screen as plain text.
    func screen(_ width: Int = 80, _ height: Int = 24) -> String { view(width: width, height: height).text }

    /// The target of the row selected in the current table panel.
    var selectedRowTarget: Target? {
        let context = context(for: state.panel)
        if let table = state.panels[state.panel] as? TablePanel<DatasetTable> { return table.selectedTarget(context) }
        return (state.panels[state.panel] as? VisitPanel)?.table.selectedTarget(context)
    }

    /// The detail document of a dataset table's selected row.
    func tableDetail(_ panel: Panel) -> Document? {
        (state.panels[panel] as? TablePanel<DatasetTable>)?.selectedDetail(context(for: panel))
    }

    /// The Werkbezoeken panel's own state.
    var visits: VisitPanelState { (state.panels[.werkbezoeken] as? VisitPanel)?.visits ?? VisitPanelState() }

    /// The visit selected in the Werkbezoeken table.
    var selectedVisit: Werkbezoek? { (state.panels[.werkbezoeken] as? VisitPanel)?.selectedVisit }

    /// The Kaart panel (tests set its selection directly).
    var kaart: KaartPanel {
        get { state.panels[.kaart] as? KaartPanel ?? KaartPanel() }
        set { state.panels[.kaart] = newValue }
    }

    var mapScene: MapScene { catalog.mapScene }
    var mapSelection: MapSelection { kaart.selection(catalog) }

    /// The context stack of an open form.
    static func formContexts(newVisit: Bool) -> [CommandContext] { VisitPanel.formContexts(newVisit: newVisit) }
}
