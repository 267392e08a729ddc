/// Wording for long lists that are cut short (big datasets); kept beside `Dutch` in its own
/// file so that this change does not collide with edits to the main string table.
extension Dutch {
    /// "… en 12.345 focusgebieden meer" under a list that shows only the first ones.
    static func moreFocusAreas(_ count: Int) -> String {
        "… en \(FigureFormat.grouped(Double(count))) focusgebieden meer"
    }
}
