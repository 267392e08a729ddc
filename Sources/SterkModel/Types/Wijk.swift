/// An M50 pilot wijk or a comparison area, with everything the fact base holds on it.
public struct Wijk: Sendable, Hashable, Identifiable {
    /// Pilot in an M50 municipality, or a big-city area the paper compares with.
    public enum Kind: String, Sendable, CaseIterable {
        case pilot
        case comparison

        /// Dutch label.
        public var label: String { self == .pilot ? DutchEntityKind.m50Pilot : DutchEntityKind.comparisonArea }
    }

    /// The local programme that runs the approach.
    public struct Programme: Sendable, Hashable {
        public var name: String
        public var period: String?
        public var sources: [String]
        public var certainty: Certainty

        /// Creates a programme.
        public init(name: String, period: String?, sources: [String], certainty: Certainty = .proven) {
            self.name = name
            self.period = period
            self.sources = sources
            self.certainty = certainty
        }
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var municipalityCode: String
    public var cbsCode: String?
    /// The CBS wijken whose figures stand for this area (one for a pilot; three for
    /// Rotterdam-Zuid). Empty when none is named.
    public var cbsAreas: [String]
    /// How to name the CBS area on screen ("wijk Zeist-Noord, waarin Vollenhove ligt").
    public var cbsLabel: String?
    public var focusAreaID: String?
    public var programme: Programme?
    public var location: Location
    public var summary: Statement
    public var figures: [Figure]
    public var money: [Figure]
    public var partners: [Statement]
    public var goals: [Statement]
    public var timeline: [Statement]
    public var paperSays: [Statement]
    /// When the pilot started, dated and sourced; a gap statement when no source gives it.
    public var start: Statement?

    /// Creates a wijk.
    public init(
        id: String, name: String, kind: Kind, municipalityCode: String, cbsCode: String? = nil,
        cbsAreas: [String]? = nil, cbsLabel: String? = nil, focusAreaID: String? = nil, programme: Programme? = nil,
        location: Location,
        summary: Statement, figures: [Figure] = [], money: [Figure] = [],
        partners: [Statement] = [], goals: [Statement] = [], timeline: [Statement] = [],
        paperSays: [Statement] = [], start: Statement? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.municipalityCode = municipalityCode
        self.cbsCode = cbsCode
        self.cbsAreas = cbsAreas ?? (cbsCode.map { [$0] } ?? [])
        self.cbsLabel = cbsLabel
        self.focusAreaID = focusAreaID
        self.programme = programme
        self.location = location
        self.summary = summary
        self.figures = figures
        self.money = money
        self.partners = partners
        self.goals = goals
        self.timeline = timeline
        self.paperSays = paperSays
        self.start = start
    }
}
