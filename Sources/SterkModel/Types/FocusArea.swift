/// One of the NPLV's 20 urban focus areas.
public struct FocusArea: Sendable, Hashable, Identifiable {
    /// Whether the area was among the first 16 or added on 4 July 2022.
    public enum Cohort: String, Sendable, CaseIterable {
        case original
        case added2022 = "added-2022"

        /// Dutch label.
        public var label: String {
            self == .original ? DutchFocusArea.original : DutchFocusArea.added2022
        }
    }

    public var id: String
    public var name: String
    public var name2022: String?
    public var municipalityCode: String
    public var cohort: Cohort
    public var inhabitants: Figure
    public var lowWelfareShare: Figure
    public var location: Location
    public var statements: [Statement]

    /// Creates a focus area.
    public init(
        id: String, name: String, name2022: String?, municipalityCode: String,
        cohort: Cohort, inhabitants: Figure, lowWelfareShare: Figure,
        location: Location, statements: [Statement] = []
    ) {
        self.id = id
        self.name = name
        self.name2022 = name2022
        self.municipalityCode = municipalityCode
        self.cohort = cohort
        self.inhabitants = inhabitants
        self.lowWelfareShare = lowWelfareShare
        self.location = location
        self.statements = statements
    }
}
