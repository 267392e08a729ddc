/// One measurement of a trend: a year and its value (nil: not measured that year).
struct TrendPoint: Sendable, Hashable {
    var year: Int
    var value: Double?
}

/// The mark a series is drawn with; distinct marks keep series apart without colour.
struct TrendGlyph: Sendable, Hashable {
    var unicode: Character
    var ascii: Character

    func character(unicode wantsUnicode: Bool) -> Character { wantsUnicode ? unicode : ascii }

    /// Marks for up to five series, most important first.
    static let sequence: [TrendGlyph] = [
        TrendGlyph(unicode: "●", ascii: "*"), TrendGlyph(unicode: "○", ascii: "o"),
        TrendGlyph(unicode: "◆", ascii: "+"), TrendGlyph(unicode: "■", ascii: "#"),
        TrendGlyph(unicode: "▲", ascii: "^"),
    ]

    /// The mark for the series at `index` (letters after the five shapes run out).
    static func at(_ index: Int) -> TrendGlyph {
        if sequence.indices.contains(index) { return sequence[index] }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let letter = letters[max(0, index - sequence.count) % letters.count]
        return TrendGlyph(unicode: letter, ascii: letter)
    }
}

/// A named series of measurements; later series in a chart are drawn on top of earlier ones.
struct TrendSeries: Sendable, Hashable {
    var label: String
    var points: [TrendPoint]
    var glyph: TrendGlyph
    var role: ThemeRole

    /// The measured points only, with finite values, in year order.
    var measured: [(year: Int, value: Double)] {
        points.compactMap { point in point.value.flatMap { $0.isFinite ? (point.year, $0) : nil } }
            .sorted { $0.year < $1.year }
    }
}

/// A horizontal line across the chart, e.g. "het landelijke referentieniveau".
struct TrendReference: Sendable, Hashable {
    var value: Double
    /// The legend text ("landelijk referentieniveau 4,10").
    var label: String
}

/// A marked year, e.g. the start of a pilot; only drawn when its year is sourced.
struct TrendMark: Sendable, Hashable {
    var year: Int
    /// The legend text ("start Vollenhove Vooruit 2020").
    var label: String
}
