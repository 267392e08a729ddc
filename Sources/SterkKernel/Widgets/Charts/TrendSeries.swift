/// One measurement of a trend: a year and its value (nil: not measured that year).
public struct TrendPoint: Sendable, Hashable {
    public var year: Int
    public var value: Double?

    public init(year: Int, value: Double?) {
        self.year = year
        self.value = value
    }
}

/// The mark a series is drawn with; distinct marks keep series apart without colour.
public struct TrendGlyph: Sendable, Hashable {
    public var unicode: Character
    public var ascii: Character

    public init(unicode: Character, ascii: Character) {
        self.unicode = unicode
        self.ascii = ascii
    }

    public func character(unicode wantsUnicode: Bool) -> Character { wantsUnicode ? unicode : ascii }

    /// Marks for up to five series, most important first.
    public static let sequence: [TrendGlyph] = [
        TrendGlyph(unicode: "●", ascii: "*"), TrendGlyph(unicode: "○", ascii: "o"),
        TrendGlyph(unicode: "◆", ascii: "+"), TrendGlyph(unicode: "■", ascii: "#"),
        TrendGlyph(unicode: "▲", ascii: "^"),
    ]

    /// The mark for the series at `index` (letters after the five shapes run out).
    public static func at(_ index: Int) -> TrendGlyph {
        if sequence.indices.contains(index) { return sequence[index] }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let letter = letters[max(0, index - sequence.count) % letters.count]
        return TrendGlyph(unicode: letter, ascii: letter)
    }
}

/// A named series of measurements; later series in a chart are drawn on top of earlier ones.
public struct TrendSeries<Role: ChartRoles>: Sendable, Hashable {
    public var label: String
    public var points: [TrendPoint]
    public var glyph: TrendGlyph
    public var role: Role

    public init(label: String, points: [TrendPoint], glyph: TrendGlyph, role: Role) {
        self.label = label
        self.points = points
        self.glyph = glyph
        self.role = role
    }

    /// The measured points only, with finite values, in year order.
    public var measured: [(year: Int, value: Double)] {
        points.compactMap { point in point.value.flatMap { $0.isFinite ? (point.year, $0) : nil } }
            .sorted { $0.year < $1.year }
    }
}

/// A horizontal line across the chart, e.g. "het landelijke referentieniveau".
public struct TrendReference: Sendable, Hashable {
    public var value: Double
    /// The legend text ("landelijk referentieniveau 4,10").
    public var label: String

    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}

/// A marked year, e.g. the start of a pilot; only drawn when its year is sourced.
public struct TrendMark: Sendable, Hashable {
    public var year: Int
    /// The legend text ("start Vollenhove Vooruit 2020").
    public var label: String

    public init(year: Int, label: String) {
        self.year = year
        self.label = label
    }
}
