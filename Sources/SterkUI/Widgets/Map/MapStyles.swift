/// The theme roles the map draws with; the caller resolves them from its theme.
///
/// Role names: `map.outline`, `map.m50`, `map.marker.focus`, `map.marker.pilot`,
/// `map.marker.comparison`, `map.selected`, `map.legend`.
public struct MapStyles: Sendable, Hashable {
    /// `map.outline`: province borders and coast.
    public var outline: Style
    /// `map.m50`: shading of M50 member municipalities.
    public var m50: Style
    /// `map.marker.focus`: ● focus areas.
    public var focusMarker: Style
    /// `map.marker.pilot`: ◆ M50 pilot wijken.
    public var pilotMarker: Style
    /// `map.marker.comparison`: ◇ comparison areas.
    public var comparisonMarker: Style
    /// `map.selected`: the selected marker and its name in the side pane.
    public var selected: Style
    /// `map.legend`: legend, side pane labels and attribution.
    public var legend: Style

    /// Creates a style set.
    public init(
        outline: Style, m50: Style, focusMarker: Style, pilotMarker: Style,
        comparisonMarker: Style, selected: Style, legend: Style
    ) {
        self.outline = outline
        self.m50 = m50
        self.focusMarker = focusMarker
        self.pilotMarker = pilotMarker
        self.comparisonMarker = comparisonMarker
        self.selected = selected
        self.legend = legend
    }

    /// Monochrome fallback: meaning is carried by glyphs, the selection by reverse video.
    public static let monochrome = MapStyles(
        outline: .plain, m50: .plain, focusMarker: Style(attributes: .bold), pilotMarker: Style(attributes: .bold),
        comparisonMarker: .plain, selected: Style(attributes: [.reverse, .bold]), legend: .plain)

    /// The theme role names, in field order, for theme files and documentation.
    public static let roleNames = [
        "map.outline", "map.m50", "map.marker.focus", "map.marker.pilot",
        "map.marker.comparison", "map.selected", "map.legend",
    ]

    /// The style of a marker kind.
    func marker(_ kind: MapMarker.Kind) -> Style {
        switch kind {
        case .focusArea: return focusMarker
        case .pilot: return pilotMarker
        case .comparison: return comparisonMarker
        }
    }
}
