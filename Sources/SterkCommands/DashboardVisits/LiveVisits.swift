import SterkUI

/// The dashboard with live werkbezoeken: on a tick every `watchMilliseconds` it asks the store
/// whether someone else changed it, and if so reads the visits that changed and feeds the
/// updated snapshot in as a finished reload, so a lobby screen follows changes made on other
/// machines without `r` and without reading every visit again.
///
/// A wrapper rather than a change to `Dashboard`: the dashboard stays pure (no store, no
/// clock), and the check is a flag or counter read, no query (see `StoreChangeWatch`).
struct LiveVisits<Inner: TerminalProgram>: TerminalProgram
where Inner.Message == StoreResult, Inner.Request == StoreCommand {
    var inner: Inner
    let store: DashboardVisitStore
    /// How often to look; a change shows within this plus one reload.
    static var watchMilliseconds: Int { 500 }

    mutating func update(_ event: InputEvent) -> [Effect] {
        guard event == .tick else { return inner.update(event) }
        var effects = inner.tickIntervalMilliseconds == nil ? [] : inner.update(.tick)
        if store.changedElsewhere() {
            effects += inner.update(.storeResult(store.followChanges()))
        }
        return effects
    }

    func view(width: Int, height: Int) -> ScreenBuffer {
        inner.view(width: width, height: height)
    }

    var tickIntervalMilliseconds: Int? {
        min(inner.tickIntervalMilliseconds ?? Self.watchMilliseconds, Self.watchMilliseconds)
    }
}
