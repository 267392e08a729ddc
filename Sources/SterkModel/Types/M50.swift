/// The M50 network: its size band, member list, campaign and board.
public struct M50: Sendable, Hashable {
    /// The inhabitants range that makes a municipality "middle-sized".
    public struct SizeBand: Sendable, Hashable {
        public var min: Int
        public var max: Int
        public var sources: [String]

        /// Creates a size band.
        public init(min: Int, max: Int, sources: [String]) {
            self.min = min
            self.max = max
            self.sources = sources
        }

        /// True when the number lies within the band.
        public func contains(_ inhabitants: Double) -> Bool {
            Double(min) <= inhabitants && inhabitants <= Double(max)
        }
    }

    /// One entry of a dated member list.
    public struct Member: Sendable, Hashable {
        public var municipalityCode: String
        public var listedName: String

        /// Creates a member entry.
        public init(municipalityCode: String, listedName: String) {
            self.municipalityCode = municipalityCode
            self.listedName = listedName
        }
    }

    /// The member list as published on one date.
    public struct MemberList: Sendable, Hashable {
        public var date: PartialDate
        public var sources: [String]
        public var members: [Member]

        /// Creates a member list.
        public init(date: PartialDate, sources: [String], members: [Member]) {
            self.date = date
            self.sources = sources
            self.members = members
        }
    }

    /// The 20-09-2023 lobby day.
    public struct Campaign: Sendable, Hashable {
        public var name: String
        public var date: PartialDate
        public var statements: [Statement]

        /// Creates a campaign.
        public init(name: String, date: PartialDate, statements: [Statement]) {
            self.name = name
            self.date = date
            self.statements = statements
        }
    }

    public var name: String
    public var fullName: String
    public var statements: [Statement]
    public var sizeBand: SizeBand
    public var memberList: MemberList
    public var inhabitantsRepresented: Figure
    public var campaign: Campaign
    public var board: [Statement]

    /// Creates the network description.
    public init(
        name: String, fullName: String, statements: [Statement], sizeBand: SizeBand,
        memberList: MemberList, inhabitantsRepresented: Figure, campaign: Campaign,
        board: [Statement]
    ) {
        self.name = name
        self.fullName = fullName
        self.statements = statements
        self.sizeBand = sizeBand
        self.memberList = memberList
        self.inhabitantsRepresented = inhabitantsRepresented
        self.campaign = campaign
        self.board = board
    }
}
