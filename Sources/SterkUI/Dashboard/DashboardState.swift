/// A selected line and the first visible line of a scrolling pane.
struct PaneCursor: Equatable, Sendable {
    var selected = 0
    /// First visible row (table rows, or wrapped document rows).
    var top = 0
}

/// Which rows a table shows: filters, sort, and the resulting order (computed on change only).
struct TableState: Sendable {
    enum M50Filter: Sendable, CaseIterable { case all, only, without }

    var sortColumn: Int?
    var ascending = true
    var m50Filter = M50Filter.all
    var province: String?
    /// Visible row indices in display order.
    var order: [Int]
    /// Sorted orders already computed, keyed by column and direction.
    var sortCache: [Int: [Int]] = [:]
}

/// The state of one panel; kept when switching away, so coming back finds the same place.
struct PanelState: Sendable {
    var cursor = PaneCursor()
    var table: TableState?
    /// Table panels: focus is in the detail pane. Document panels: the overlay is shown.
    var detailOpen = false
    /// Document panels: what the overlay shows.
    var overlayTarget: Target?
    var detailCursor = PaneCursor()
}

/// An incremental search: each typed character narrows the previous result.
struct SearchState: Sendable {
    var panel: Panel
    var query = ""
    var editing = true
    /// Matches for every prefix of the query typed so far (last = current).
    var steps: [[Int]] = []
    /// The current matches as a bit field, for the highlight and for jumping.
    var matchSet = RowSet()

    var matches: [Int] { steps.last ?? [] }
}

/// A one-line message under the panel.
struct StatusMessage: Equatable, Sendable {
    var text: String
    var isError: Bool
}

/// Where Esc returns to after a jump (to a source, a wijk), and what the jump showed.
struct BackLocation: Sendable {
    var panel: Panel
    var state: PanelState
    /// The panel the jump went to and its panes just after it; while they are unchanged,
    /// one Esc goes back (the detail the jump opened is part of the jump, not a step of its own).
    var arrival: Panel? = nil
    var arrivalPanes: PaneSnapshot? = nil
}

/// The selection and open panes of a panel, to tell whether the user moved since a jump.
struct PaneSnapshot: Equatable, Sendable {
    var cursor: PaneCursor
    var detailOpen: Bool
    var overlayTarget: Target?
    var detailCursor: PaneCursor

    init(_ state: PanelState) {
        cursor = state.cursor
        detailOpen = state.detailOpen
        overlayTarget = state.overlayTarget
        detailCursor = state.detailCursor
    }
}

/// Everything that changes while the dashboard runs: the frame's state and the panels.
struct DashboardState: Sendable {
    var panel: Panel = .overzicht
    /// Every registered panel's component, made at start-up (see `PanelRegistry`).
    var panels: [Panel: any DashboardPanel] = [:]
    var search: SearchState?
    var helpShown = false
    var helpTop = 0
    var status: StatusMessage?
    var width = 80
    var height = 24
    var backStack: [BackLocation] = []

    /// A panel's selection and open panes.
    subscript(_ panel: Panel) -> PanelState {
        get { panels[panel]?.pane ?? PanelState() }
        set { panels[panel]?.pane = newValue }
    }

    /// The current panel's state.
    var current: PanelState {
        get { self[panel] }
        set { self[panel] = newValue }
    }
}
