import SterkKernel

/// The roles of the kernel widget tests' own app: each role its own colour, so a test can
/// tell from a cell which role drew it.
enum WidgetTestRole: String, TableRoles, DocumentRoles {
    case base, header, border, title, chosen, dim, empty, label, bar, reference, mark, axis
    static var ground: Self { .base }
    static var tableHeader: Self { .header }
    static var panelBorder: Self { .border }
    static var panelTitle: Self { .title }
    static var selection: Self { .chosen }
    static var textDim: Self { .dim }
    static var gap: Self { .empty }
    static var chartLabel: Self { .label }
    static var chartBar: Self { .bar }
    static var chartReference: Self { .reference }
    static var chartMark: Self { .mark }
    static var chartAxis: Self { .axis }

    var defaultSpec: StyleSpec {
        let index = Self.allCases.firstIndex(of: self) ?? 0
        return StyleSpec(foreground: .indexed(UInt8(16 + index)), background: .indexed(0))
    }

    var monochromeAttributes: TextAttributes { [] }

    static let theme = ResolvedRoles(RoleTheme<Self>(name: "test"), colors: 256)
}
