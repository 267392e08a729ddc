/// The unit a figure is counted in; decides how it is formatted.
public enum FigureUnit: String, Sendable, CaseIterable {
    case persons, percent, euro, homes, count, kwh, years, hectare, storeys
    /// A Leefbaarometer score or deviation: three decimals ("4,089", "-0,013").
    case score
}

/// A number with its provenance. A nil value is a visible gap ("onbekend").
public struct Figure: Sendable, Hashable {
    public var label: String
    public var value: Double?
    public var unit: FigureUnit
    public var approx: Bool
    public var asOf: PartialDate?
    public var sources: [String]
    public var certainty: Certainty
    public var text: String?
    public var note: String?

    /// Creates a figure; all provenance fields have neutral defaults.
    public init(
        label: String, value: Double?, unit: FigureUnit, approx: Bool = false,
        asOf: PartialDate? = nil, sources: [String] = [], certainty: Certainty = .proven,
        text: String? = nil, note: String? = nil
    ) {
        self.label = label
        self.value = value
        self.unit = unit
        self.approx = approx
        self.asOf = asOf
        self.sources = sources
        self.certainty = certainty
        self.text = text
        self.note = note
    }

    /// True when the figure records something unknown.
    public var isGap: Bool { value == nil }
}

/// A sentence with its provenance (a claim, a goal, an event on a timeline).
public struct Statement: Sendable, Hashable {
    public var text: String
    public var date: PartialDate?
    public var sources: [String]
    public var certainty: Certainty
    public var note: String?

    /// Creates a statement.
    public init(
        text: String, date: PartialDate? = nil, sources: [String] = [],
        certainty: Certainty = .proven, note: String? = nil
    ) {
        self.text = text
        self.date = date
        self.sources = sources
        self.certainty = certainty
        self.note = note
    }
}
