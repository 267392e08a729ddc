import SterkStore

/// The name of a dashboard panel; `PanelRegistry` says which panels exist and in what tab order.
///
/// A struct, not an enum, so a new panel names itself in its own folder
/// (`extension Panel { static let vergelijk = Panel(id: "vergelijk") }`) and no code
/// switches over every panel.
public struct Panel: Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The Dutch name the CLI accepts (`sterk scherm wijken`).
    public let rawValue: String

    /// Declares a panel name; register it in `PanelRegistry.entries` to make it a tab.
    init(id: String) { rawValue = id }

    /// A registered panel by its name; nil when no panel has that name.
    public init?(rawValue: String) {
        guard PanelRegistry.entry(Panel(id: rawValue)) != nil else { return nil }
        self.init(id: rawValue)
    }

    /// Looks a panel up by its Dutch name, ignoring case ("Wijken", "bronnen").
    public init?(dutchName: String) {
        self.init(rawValue: dutchName.lowercased())
    }

    /// Every registered panel in tab order.
    public static var allCases: [Panel] { PanelRegistry.panels }

    /// The Dutch tab title.
    public var title: String { PanelRegistry.entry(self)?.title ?? rawValue }

    /// The panel's name, as the CLI accepts it.
    public var description: String { rawValue }

    /// The panel's own key contexts as registered.
    var contexts: [CommandContext] { PanelRegistry.entry(self)?.contexts ?? [] }

    /// The panel after this one, wrapping round.
    var next: Panel { Panel.allCases[(index + 1) % Panel.allCases.count] }
    /// The panel before this one, wrapping round.
    var previous: Panel { Panel.allCases[(index + Panel.allCases.count - 1) % Panel.allCases.count] }
    var index: Int { PanelRegistry.position[self] ?? 0 }
}

/// What the werkbezoek store reports for the Overzicht; nil when no store was opened.
public struct WerkbezoekSummary: Sendable, Hashable {
    /// Visits not yet in a final status (not afgerond or geannuleerd).
    public var open: Int
    /// All recorded visits.
    public var total: Int
    /// Visits per status.
    public var counts: [VisitStatus: Int] = [:]
    /// The next confirmed visit in words ("WB-2026-003, za 14-03-2026, 10:00 – … in Zeist"); nil when none.
    public var nextConfirmed: String?
    /// Confirmed visits whose date has passed (not yet set to afgerond), by reference: the
    /// Overzicht names them, so its "bevestigd" count agrees with what it lists.
    public var pastConfirmed: [String] = []
    /// The store could not be read (its counts are then zero).
    public var unavailable = false

    /// Creates a summary.
    public init(open: Int, total: Int) {
        self.open = open
        self.total = total
    }
}
