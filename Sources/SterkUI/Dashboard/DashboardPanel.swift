import SterkModel

/// One tab of the dashboard as a component: its own state, key contexts, commands, drawing
/// into a rectangle, mouse hits and search, behind one protocol.
///
/// The dashboard owns only the frame (tabs, help, search prompt, status, back stack) and
/// routes: a command it does not handle itself goes to the panel on screen, a jump goes to
/// the panel whose entry shows the target. Every requirement but `pane`, `perform` and
/// `draw` has a default, so a simple panel is a small file. See docs/architecture.md.
protocol DashboardPanel: Sendable {
    /// Selection, scroll position, open detail and overlay; the back stack keeps this part.
    var pane: PanelState { get set }

    /// The panel's own key contexts now, given the registry's (a read-only run may drop some).
    func contexts(_ registered: [CommandContext], readOnly: Bool) -> [CommandContext]
    /// Contexts that replace the whole stack while the panel holds the keys (an open form).
    var modalContexts: [CommandContext]? { get }

    /// Runs a command; nil when the panel does not know it (the dashboard then may).
    mutating func perform(_ id: CommandID, _ context: inout PanelContext) -> [Effect]?
    /// A key no command took (text typed into a form, a refused key).
    mutating func unboundKey(_ key: Key, _ context: inout PanelContext)
    /// An app message for this panel (a store answer); the dashboard passes every one on.
    mutating func receive(_ event: InputEvent, _ context: inout PanelContext) -> [Effect]

    /// Draws the panel into `context.layout.body` (overlays it owns on top); returns where the cursor goes.
    func draw(into buffer: inout ScreenBuffer, _ context: PanelContext) -> (x: Int, y: Int)?
    /// The pane keys act on (the view and update agree through it).
    func focus(_ context: PanelContext) -> FocusedPane
    /// "3/20" for the status line; nil when the panel has no rows.
    func positionText(_ context: PanelContext) -> String?

    /// A click inside the body.
    mutating func click(x: Int, y: Int, _ context: inout PanelContext)
    /// The wheel over column `x` of the body.
    mutating func wheel(up: Bool, x: Int, _ context: inout PanelContext)
    /// Keeps the selection on screen after a resize, a filter or a jump.
    mutating func keepSelectionVisible(_ context: PanelContext)

    /// Items whose folded search key contains `needle`, among `candidates` (all when nil).
    func searchMatches(_ needle: String, among candidates: [Int]?, _ context: PanelContext) -> [Int]
    /// For each selectable position, the search item it shows.
    func searchPositions(_ context: PanelContext) -> [Int]
    /// Selects a position found by the search.
    mutating func selectSearchPosition(_ position: Int, _ context: PanelContext)

    /// Shows `target` with its detail open; false when the panel has no row for it.
    mutating func reveal(_ target: Target, _ context: inout PanelContext) -> Bool
    /// The document a link to `target` opens in the overlay.
    func document(for target: Target, _ context: PanelContext) -> Document?

    /// Fills the memos the panel's first view will need (its table, wrapped documents, the
    /// map raster) while the screen is idle; draws nothing on screen (see `WarmUp`).
    func prepare(_ context: PanelContext)
}

extension DashboardPanel {
    func contexts(_ registered: [CommandContext], readOnly: Bool) -> [CommandContext] { registered }
    var modalContexts: [CommandContext]? { nil }
    mutating func unboundKey(_ key: Key, _ context: inout PanelContext) {}
    mutating func receive(_ event: InputEvent, _ context: inout PanelContext) -> [Effect] { [] }
    func focus(_ context: PanelContext) -> FocusedPane { .table }
    func positionText(_ context: PanelContext) -> String? { nil }
    mutating func click(x: Int, y: Int, _ context: inout PanelContext) {}
    mutating func wheel(up: Bool, x: Int, _ context: inout PanelContext) {}
    mutating func keepSelectionVisible(_ context: PanelContext) {}
    func searchMatches(_ needle: String, among candidates: [Int]?, _ context: PanelContext) -> [Int] { [] }
    func searchPositions(_ context: PanelContext) -> [Int] { [] }
    mutating func selectSearchPosition(_ position: Int, _ context: PanelContext) {}
    mutating func reveal(_ target: Target, _ context: inout PanelContext) -> Bool { false }
    func document(for target: Target, _ context: PanelContext) -> Document? { context.detailDocument(target) }

    /// By default: a draw into a buffer nobody sees, which fills exactly the memos a real draw
    /// reads (no second list of what to build that could drift from `draw`).
    func prepare(_ context: PanelContext) {
        var unseen = ScreenBuffer(width: context.layout.width, height: context.layout.height)
        _ = draw(into: &unseen, context)
    }
}

/// Which pane has focus, and what it holds; the view and the update agree through this.
enum FocusedPane {
    case table
    case document(Document)
    case detail(Document)
    case overlay(Document)
    case help
}

/// Something only the dashboard can do for a panel, because it crosses panels.
enum PanelRequest: Equatable {
    /// Follow a link: to its table row (wherever that is), or else into the panel's overlay.
    case follow(Target)
    /// Show a target's row with its detail open, if some table lists it (nothing otherwise).
    case jump(Target)
    /// Show a source in the Bronnen panel and say so.
    case jumpToSource(String)
}

/// What a panel may see and ask of the dashboard while it handles an event or draws.
///
/// Made fresh for every call; what a panel writes (`status`, `follow`, `summary`) the
/// dashboard takes back afterwards.
struct PanelContext {
    /// The panel this context is for.
    let panel: Panel
    /// Everything derived from the dataset.
    let catalog: Catalog
    let cache: RenderCache
    let theme: ResolvedTheme
    let glyphs: Glyphs
    /// The screen's layout: the last known size while updating, the frame's size while drawing.
    var layout: ScreenLayout
    /// The search, when one is active (panels highlight its matches).
    let search: SearchState?
    /// `--alleen-lezen`.
    let readOnly: Bool
    /// The status line; a panel sets it to say what happened.
    var status: StatusMessage?
    /// What the panel asks the dashboard to do after the event (follow a link, jump to a source).
    var request: PanelRequest?
    /// The panel's order changed (sort, filter): the search count is recounted.
    var orderChanged = false
    /// The panel's rows were replaced, or it took the keys (a form): a search on it ends.
    var endSearch = false
    /// What the werkbezoek store reports, for the Overzicht (the Werkbezoeken panel sets it).
    var summary: WerkbezoekSummary?

    var unicode: Bool { glyphs.unicode }

    /// The same context at another screen size (a frame drawn at a size not yet known to the state).
    func sized(_ layout: ScreenLayout) -> PanelContext {
        var copy = self
        copy.layout = layout
        return copy
    }

    /// The folded query and match set to highlight on this panel, if the search is here.
    var searchHighlight: (query: String?, matches: RowSet) {
        guard let search, search.panel == panel, !search.query.isEmpty else { return (nil, []) }
        return (SearchFold.fold(search.query), search.matchSet)
    }

    /// How a matched cell or line is split so the match stands out (nil: no search here).
    var searchSplitter: ((Span) -> [Span])? {
        searchHighlight.query.map { query in { Highlight.split($0, foldedQuery: query) } }
    }

    /// A dataset target's detail document, built once and remembered.
    func detailDocument(_ target: Target) -> Document? {
        cache.document(target) {
            guard var document = catalog.parts.detail(target) else { return nil }
            document.key = DashboardDocument.detail(target).key
            return document
        }
    }

    /// A document's rows wrapped to a width, remembered for documents with a key.
    func wrappedRows(_ document: Document, width: Int) -> [WrappedRow<ThemeRole>] {
        guard let key = document.key else { return Wrap.rows(document, width: width) }
        return cache.rows(RenderCache.WrapKey(document: key, width: width)) { Wrap.rows(document, width: width) }
    }
}
