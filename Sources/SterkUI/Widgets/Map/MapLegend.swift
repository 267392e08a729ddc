/// The legend's entries for a mode: marker glyphs, the shading, and the location caveat.
enum MapLegend {
    /// One entry per symbol, glyph first.
    static func entries(_ mode: MapMode) -> [String] {
        MapMarker.Kind.legendOrder.map { "\($0.glyph(mode)) \($0.label)" }
            + ["\(shadingGlyph(mode)) \(DutchMap.m50Member)"]
    }

    /// The character that stands for shaded land in the legend.
    static func shadingGlyph(_ mode: MapMode) -> Character {
        switch mode {
        case .braille: return "⣿"
        case .halfBlock: return MapCellGlyphs.halfBlockShade
        case .ascii: return "#"
        }
    }

    /// The legend as lines: one entry each, or flowed together when `compact`.
    static func lines(_ mode: MapMode, width: Int, compact: Bool, withNote: Bool = true) -> [String] {
        let symbols =
            compact
            ? MapTextWrap.flow(entries(mode), width: width)
            : entries(mode).flatMap { MapTextWrap.lines($0, width: width) }
        return symbols + (withNote ? MapTextWrap.lines(DutchMap.townNote, width: width) : [])
    }
}

extension MapMarker.Kind {
    /// The legend lists focus areas first, as the brief's key does.
    static let legendOrder: [MapMarker.Kind] = [.focusArea, .pilot, .comparison]
}
