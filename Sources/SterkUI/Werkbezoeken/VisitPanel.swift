import SterkModel
import SterkStore

extension Panel {
    /// The werkbezoeken from the store: list, detail, forms that change them.
    public static let werkbezoeken = Panel(id: "werkbezoeken")
}

/// The Werkbezoeken panel: the generic table over the store's visits, a status filter, and
/// the forms that ask the store for changes (through `Effect.store`).
struct VisitPanel: DashboardPanel {
    var visits = VisitPanelState()
    var table = TablePanel(source: VisitRows(), rowCount: nil)

    var pane: PanelState {
        get { table.pane }
        set { table.pane = newValue }
    }

    static let entry = PanelEntry(
        .werkbezoeken, title: Dutch.panelTitleWerkbezoeken, contexts: [.tabel, .werkbezoeken, .werkbezoekWijzigen],
        show: .showWerkbezoeken, shows: { if case .visit = $0 { true } else { false } }
    ) { context, options in
        var panel = VisitPanel()
        panel.visits.readOnly = options.readOnly
        panel.load(options.werkbezoeken, select: nil, &context)
        return panel
    }

    func contexts(_ registered: [CommandContext], readOnly: Bool) -> [CommandContext] {
        readOnly ? registered.filter { $0 != .werkbezoekWijzigen } : registered
    }

    /// While a form is open: only Ctrl-C and the form's own keys (every character is typed).
    var modalContexts: [CommandContext]? {
        visits.dialog.map { VisitPanel.formContexts(newVisit: $0.purpose == .newVisit) }
    }

    /// The form's context stack; adding visitors and programme rows only in the new-visit form.
    static func formContexts(newVisit: Bool) -> [CommandContext] {
        [.altijd, .formulier] + (newVisit ? [.nieuwBezoek] : [])
    }

    mutating func perform(_ id: CommandID, _ context: inout PanelContext) -> [Effect]? {
        switch id {
        case .cycleVisitStatusFilter: cycleStatusFilter(&context)
        case .reloadVisits: return visits.store == .notLoaded ? [] : [.store(.reload)]
        case .newVisit, .changeVisitStatus, .editVisitNotes: openDialog(id, &context)
        case .formNextField, .formPreviousField, .formEnter, .formSave, .formCancel, .formAddVisitor,
            .formAddProgrammeItem, .formCursorLeft, .formCursorRight, .formCursorHome, .formCursorEnd,
            .formDeleteBackward, .formDeleteForward:
            return performFormCommand(id, &context)
        default: return table.perform(id, &context)
        }
        return []
    }

    /// Keys no command took: text for the open form, or a refusal of a changing key when read-only.
    mutating func unboundKey(_ key: Key, _ context: inout PanelContext) {
        if visits.dialog != nil, case let .character(character) = key {
            typeInForm(character, &context)
        } else if visits.readOnly, Keymap.command(for: key, in: [.werkbezoekWijzigen]) != nil {
            context.status = StatusMessage(text: Dutch.visitReadOnlyRefused, isError: true)
        }
    }

    mutating func receive(_ event: InputEvent, _ context: inout PanelContext) -> [Effect] {
        guard case let .app(result) = event else { return [] }
        applyStoreResult(result, &context)
        return []
    }

    func draw(into buffer: inout ScreenBuffer, _ context: PanelContext) -> (x: Int, y: Int)? {
        var cursor: (x: Int, y: Int)?
        if let lines = message {
            drawMessage(lines, into: &buffer, context)
            if let document = overlayDocument(context) {
                cursor = context.drawOverlay(document, cursor: pane.detailCursor, into: &buffer)
            }
        } else {
            cursor = table.draw(into: &buffer, context)
        }
        if let dialog = visits.dialog {
            buffer.clearOverlay(context.layout, style: context.theme[.text])
            cursor = FormView(form: dialog.form, theme: context.theme, glyphs: context.glyphs)
                .draw(into: &buffer, box: context.layout.overlay)
        }
        return cursor
    }

    func focus(_ context: PanelContext) -> FocusedPane { table.focus(context) }
    func positionText(_ context: PanelContext) -> String? { table.positionText(context) }
    func document(for target: Target, _ context: PanelContext) -> Document? { table.document(for: target, context) }

    mutating func click(x: Int, y: Int, _ context: inout PanelContext) { table.click(x: x, y: y, &context) }
    mutating func wheel(up: Bool, x: Int, _ context: inout PanelContext) { table.wheel(up: up, x: x, &context) }
    mutating func keepSelectionVisible(_ context: PanelContext) { table.keepSelectionVisible(context) }

    func searchMatches(_ needle: String, among candidates: [Int]?, _ context: PanelContext) -> [Int] {
        table.searchMatches(needle, among: candidates, context)
    }
    func searchPositions(_ context: PanelContext) -> [Int] { table.searchPositions(context) }
    mutating func selectSearchPosition(_ position: Int, _ context: PanelContext) {
        table.selectSearchPosition(position, context)
    }
    mutating func reveal(_ target: Target, _ context: inout PanelContext) -> Bool { table.reveal(target, &context) }

    /// The visit selected in the table.
    var selectedVisit: Werkbezoek? {
        table.selectedRow.flatMap { visits.shown[safe: $0] }
    }
}
