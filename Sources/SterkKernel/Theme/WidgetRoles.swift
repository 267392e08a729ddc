/// The roles the kernel's charts draw with. An app's role enum meets these with cases of the
/// same name, or names one of its own roles for each.
public protocol ChartRoles: ThemeRoles {
    /// Bar and axis labels, legend text.
    static var chartLabel: Self { get }
    /// The bars.
    static var chartBar: Self { get }
    /// A reference value's mark and line (a national average).
    static var chartReference: Self { get }
    /// A marked year (the start of a programme).
    static var chartMark: Self { get }
    /// Axis lines.
    static var chartAxis: Self { get }
    /// A value nobody knows.
    static var gap: Self { get }
}

/// The roles of a view with a selection inside a box: tables and documents.
public protocol SelectionRoles: ThemeRoles {
    /// The box around the view, and its "more below" arrow.
    static var panelBorder: Self { get }
    /// The selected row's look, laid over what is drawn there.
    static var selection: Self { get }
    /// The selection marker while the view does not have the focus.
    static var textDim: Self { get }
}

/// The roles the kernel's tables draw with.
public protocol TableRoles: SelectionRoles {
    /// Column titles.
    static var tableHeader: Self { get }
    /// A table's title on its box.
    static var panelTitle: Self { get }
    /// A table with no rows says so in this role.
    static var gap: Self { get }
}

/// The roles the kernel's document view draws with (its bars are charts).
public protocol DocumentRoles: ChartRoles, SelectionRoles {}
