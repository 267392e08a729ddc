/// The panels still to prepare while the screen is idle, in Tab order.
///
/// Why: a panel's first visit builds its table, wraps its documents and, for the Kaart,
/// rasterises the map — 2–3 ms for most panels and more for the Kaart, where a later visit
/// takes 1–2 ms. (The map geometry itself is read after the first frame on a thread of its
/// own, see `GeometryPreload` in SterkCommands; in a test without it, the first use reads it.)
/// The first frame does not wait for this; after it, one panel is prepared per idle tick
/// (`DashboardPanel.prepare`). The memos that work fills (tables, wrapped documents, the map
/// scene) are shared by every copy of the dashboard, so the work is kept; nothing on screen
/// changes.
struct WarmUp: Sendable {
    /// How long the input must be quiet before the next panel is prepared.
    static let idleMilliseconds = 5
    /// Above this many focus areas nothing is prepared ahead: a step would take long enough
    /// (the map places a marker per area) to hold up a key pressed meanwhile.
    static let maximumFocusAreas = 1_000

    var pending: [Panel]

    /// Every panel but `current`, starting with the one Tab goes to; none for a big dataset.
    init(after current: Panel, focusAreas: Int = 0) {
        let all = Panel.allCases
        let start = all.firstIndex(of: current) ?? 0
        pending = focusAreas > Self.maximumFocusAreas ? [] : (1..<all.count).map { all[(start + $0) % all.count] }
    }
}

extension Dashboard {
    /// Asks for ticks while panels are left to prepare (and always while presenting).
    var warmUpTickMilliseconds: Int? { warmUp.pending.isEmpty ? nil : WarmUp.idleMilliseconds }

    /// Prepares the next panel, if the screen has a size to draw it at.
    mutating func warmUpNextPanel() {
        guard !layout.isTooSmall, !warmUp.pending.isEmpty else { return }
        let panel = warmUp.pending.removeFirst()
        state.panels[panel]?.prepare(context(for: panel).sized(layout))
    }
}
