/// The Nationaal Programma Leefbaarheid en Veiligheid.
public struct Nplv: Sendable, Hashable {
    public var name: String
    public var abbreviation: String
    public var launched: PartialDate
    public var statements: [Statement]
    public var ministries: [Statement]
    public var budgetLines: [Figure]
    public var actionLines: [Statement]
    public var horizon: Statement
    public var figures: [Figure]
    public var progress: [Statement]

    /// Creates the programme description.
    public init(
        name: String, abbreviation: String, launched: PartialDate, statements: [Statement],
        ministries: [Statement], budgetLines: [Figure], actionLines: [Statement],
        horizon: Statement, figures: [Figure], progress: [Statement]
    ) {
        self.name = name
        self.abbreviation = abbreviation
        self.launched = launched
        self.statements = statements
        self.ministries = ministries
        self.budgetLines = budgetLines
        self.actionLines = actionLines
        self.horizon = horizon
        self.figures = figures
        self.progress = progress
    }
}

/// The position paper "Sterk voor onze wijken" and its headline claim.
public struct Paper: Sendable, Hashable {
    /// The fact base's reading of the paper's "3 van de 20": areas in M50-*sized* municipalities.
    public struct SizeClassReading: Sendable, Hashable {
        public var statement: Statement
        public var focusAreaIDs: [String]

        /// Creates the reading.
        public init(statement: Statement, focusAreaIDs: [String]) {
            self.statement = statement
            self.focusAreaIDs = focusAreaIDs
        }
    }

    public var title: String
    public var date: PartialDate
    public var publisher: String
    public var statements: [Statement]
    public var claimedFocusAreasInM50: Figure
    public var sizeClassReading: SizeClassReading

    /// Creates the paper description.
    public init(
        title: String, date: PartialDate, publisher: String, statements: [Statement],
        claimedFocusAreasInM50: Figure, sizeClassReading: SizeClassReading
    ) {
        self.title = title
        self.date = date
        self.publisher = publisher
        self.statements = statements
        self.claimedFocusAreasInM50 = claimedFocusAreasInM50
        self.sizeClassReading = sizeClassReading
    }
}

/// The campaign contact person named in the paper.
public struct Contact: Sendable, Hashable {
    public var name: String
    public var role: String?
    public var email: String
    public var phone: String
    public var sources: [String]
    public var certainty: Certainty

    /// Creates a contact.
    public init(
        name: String, role: String?, email: String, phone: String, sources: [String],
        certainty: Certainty
    ) {
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
        self.sources = sources
        self.certainty = certainty
    }
}
