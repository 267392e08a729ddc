/// The dashboard's panels, in tab order; the raw value is the Dutch name the CLI accepts.
public enum Panel: String, CaseIterable, Sendable {
    case overzicht, focusgebieden, wijken, gemeenten, contact, bronnen
    case kaart

    /// The Dutch tab title.
    public var title: String { Dutch.panelTitle(self) }

    /// Looks a panel up by its Dutch name, ignoring case ("Wijken", "bronnen").
    public init?(dutchName: String) {
        self.init(rawValue: dutchName.lowercased())
    }

    /// True for panels that are a table with a detail pane.
    var isTable: Bool {
        switch self {
        case .focusgebieden, .wijken, .gemeenten, .bronnen: return true
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
        }
    }

    /// The panel after this one, wrapping round.
    var next: Panel { Panel.allCases[(index + 1) % Panel.allCases.count] }
    /// The panel before this one, wrapping round.
    var previous: Panel { Panel.allCases[(index + Panel.allCases.count - 1) % Panel.allCases.count] }
    var index: Int { Panel.allCases.firstIndex(of: self) ?? 0 }
}

/// What the werkbezoek store will report for the Overzicht; nil until that store exists.
public struct WerkbezoekSummary: Sendable, Hashable {
    /// Visits not yet done (invited, planned).
    public var open: Int
    /// All recorded visits.
    public var total: Int

    /// Creates a summary.
    public init(open: Int, total: Int) {
        self.open = open
        self.total = total
    }
}
