import SterkStore

/// The dashboard's panels, in tab order; the raw value is the Dutch name the CLI accepts.
public enum Panel: String, CaseIterable, Sendable {
    case overzicht, focusgebieden, wijken, gemeenten, contact, bronnen
    case kaart
    case werkbezoeken

    /// The Dutch tab title.
    public var title: String { Dutch.panelTitle(self) }

    /// Looks a panel up by its Dutch name, ignoring case ("Wijken", "bronnen").
    public init?(dutchName: String) {
        self.init(rawValue: dutchName.lowercased())
    }

    /// True for panels that are a table with a detail pane.
    var isTable: Bool {
        switch self {
        case .focusgebieden, .wijken, .gemeenten, .bronnen, .werkbezoeken: return true
        case .overzicht, .contact: return false
        case .kaart: return false
        }
    }

    /// The panel's own key context, if it has one.
    var contexts: [CommandContext] {
        switch self {
        case .focusgebieden: return [.tabel, .focusgebieden]
        case .gemeenten, .wijken, .bronnen: return [.tabel]
        case .contact: return [.contact]
        case .overzicht: return []
        case .kaart: return [.kaart]
        case .werkbezoeken: return [.tabel, .werkbezoeken, .werkbezoekWijzigen]
        }
    }

    /// The panel after this one, wrapping round.
    var next: Panel { Panel.allCases[(index + 1) % Panel.allCases.count] }
    /// The panel before this one, wrapping round.
    var previous: Panel { Panel.allCases[(index + Panel.allCases.count - 1) % Panel.allCases.count] }
    var index: Int { Panel.allCases.firstIndex(of: self) ?? 0 }
}

/// What the werkbezoek store reports for the Overzicht; nil when no store was opened.
public struct WerkbezoekSummary: Sendable, Hashable {
    /// Visits not yet in a final status (not afgerond or geannuleerd).
    public var open: Int
    /// All recorded visits.
    public var total: Int
    /// Visits per status.
    public var counts: [VisitStatus: Int] = [:]
    /// The next confirmed visit in words ("WB-2026-003, za 14 mrt 2026, 10:00 – … in Zeist"); nil when none.
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
