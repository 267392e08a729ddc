import SterkModel

/// Where the map, the side pane (or info strip), the legend and the credit line go.
///
/// Wide panels put facts and legend beside the map; narrow ones stack them below. The map
/// always gets every row left over, so it grows with the panel while keeping proportions.
struct MapLayout {
    /// Below this the panel shows "kaart te klein".
    static let minimumWidth = 40
    static let minimumHeight = 20
    /// The narrowest side pane worth having.
    static let minimumPaneWidth = 28

    enum Arrangement: Equatable { case tooSmall, side, stacked }

    let arrangement: Arrangement
    let map: Rect
    /// Side pane (beside the map) or info strip (below it).
    let info: Rect
    let legend: Rect
    let legendLines: [String]
    let footer: Rect
    let footerLines: [String]

    /// Lays out `rect`; `countryAspect` is the country's width over height in physical units.
    init(rect: Rect, mode: MapMode, countryAspect: Double, attribution: String) {
        let empty = Rect(x: rect.x, y: rect.y, width: 0, height: 0)
        guard rect.width >= MapLayout.minimumWidth, rect.height >= MapLayout.minimumHeight else {
            self.init(
                arrangement: .tooSmall, map: empty, info: empty, legend: empty, legendLines: [],
                footer: empty, footerLines: [])
            return
        }
        let footerLines = MapTextWrap.lines(attribution, width: rect.width)
        let (body, footer) = rect.splitBottom(footerLines.count)
        let natural = Int((Double(body.height) * 2 * countryAspect).rounded(.up))
        if body.width - natural - 1 >= MapLayout.minimumPaneWidth {
            self = MapLayout.side(body: body, mapWidth: natural, mode: mode, footer: footer, footerLines: footerLines)
        } else {
            self = MapLayout.stacked(body: body, mode: mode, footer: footer, footerLines: footerLines)
        }
    }

    private init(
        arrangement: Arrangement, map: Rect, info: Rect, legend: Rect, legendLines: [String],
        footer: Rect, footerLines: [String]
    ) {
        self.arrangement = arrangement
        self.map = map
        self.info = info
        self.legend = legend
        self.legendLines = legendLines
        self.footer = footer
        self.footerLines = footerLines
    }

    /// Map on the left at its natural width, a one-column gap, then facts over the legend.
    private static func side(body: Rect, mapWidth: Int, mode: MapMode, footer: Rect, footerLines: [String]) -> MapLayout
    {
        let (map, rest) = body.splitLeft(mapWidth)
        let pane = rest.splitLeft(1).rest
        let legendLines = MapLegend.lines(mode, width: pane.width, compact: false)
        let (info, legend) = pane.splitBottom(min(legendLines.count, pane.height / 2))
        return MapLayout(
            arrangement: .side, map: map, info: info, legend: legend,
            legendLines: Array(legendLines.prefix(legend.height)), footer: footer, footerLines: footerLines)
    }

    /// Map on top over two info lines and a flowed legend; the location note only if it fits.
    private static func stacked(body: Rect, mode: MapMode, footer: Rect, footerLines: [String]) -> MapLayout {
        let full = MapLegend.lines(mode, width: body.width, compact: true)
        let short = MapLegend.lines(mode, width: body.width, compact: true, withNote: false)
        let legendLines = body.height - 2 - full.count >= 12 ? full : short
        let (top, legend) = body.splitBottom(legendLines.count)
        let (map, info) = top.splitBottom(2)
        return MapLayout(
            arrangement: .stacked, map: map, info: info, legend: legend,
            legendLines: legendLines, footer: footer, footerLines: footerLines)
    }
}
