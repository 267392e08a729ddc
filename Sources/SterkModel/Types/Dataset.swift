/// The whole validated, immutable dataset the product runs on.
public struct Dataset: Sendable {
    /// The schema version this build reads; a newer file is refused.
    public static let supportedSchemaVersion = 1

    public var schemaVersion: Int
    public var datasetVersion: PartialDate
    public var title: String
    public var credits: [String]
    public var sources: [Source]
    public var paper: Paper
    public var nplv: Nplv
    public var provinces: [Province]
    public var municipalities: [Municipality]
    public var m50: M50
    /// Compact rows; see `FocusAreaList`.
    public var focusAreas: FocusAreaList
    public var wijken: [Wijk]
    public var contact: Contact
    public var invitation: Statement
    /// Imported CBS figures per area (gemeenten, wijken), newest table first; see `AreaTable`.
    public var areaTables: [AreaTable]
    /// Leefbaarometer 3.0 scores per wijk.
    public var leefbaarometer: Leefbaarometer

    /// Look-up tables built once at load time.
    public let index: DatasetIndex

    /// Creates a dataset and builds its look-up index.
    public init(
        schemaVersion: Int, datasetVersion: PartialDate, title: String, credits: [String],
        sources: [Source], paper: Paper, nplv: Nplv, provinces: [Province],
        municipalities: [Municipality], m50: M50, focusAreas: [FocusArea], wijken: [Wijk],
        contact: Contact, invitation: Statement, areaTables: [AreaTable] = [],
        leefbaarometer: Leefbaarometer = .empty
    ) {
        let context = FocusAreaContext(
            municipalities: municipalities, provinces: provinces,
            m50Members: Set(m50.memberList.members.map(\.municipalityCode)))
        self.init(
            schemaVersion: schemaVersion, datasetVersion: datasetVersion, title: title, credits: credits,
            sources: sources, paper: paper, nplv: nplv, provinces: provinces, municipalities: municipalities,
            m50: m50, focusAreaList: FocusAreaList(focusAreas, context: context), wijken: wijken,
            contact: contact, invitation: invitation, areaTables: areaTables, leefbaarometer: leefbaarometer)
    }

    /// Creates a dataset around focus areas that are already compact (the loader, the cache).
    init(
        schemaVersion: Int, datasetVersion: PartialDate, title: String, credits: [String],
        sources: [Source], paper: Paper, nplv: Nplv, provinces: [Province],
        municipalities: [Municipality], m50: M50, focusAreaList: FocusAreaList, wijken: [Wijk],
        contact: Contact, invitation: Statement, areaTables: [AreaTable] = [],
        leefbaarometer: Leefbaarometer = .empty
    ) {
        self.schemaVersion = schemaVersion
        self.datasetVersion = datasetVersion
        self.title = title
        self.credits = credits
        self.sources = sources
        self.paper = paper
        self.nplv = nplv
        self.provinces = provinces
        self.municipalities = municipalities
        self.m50 = m50
        self.focusAreas = focusAreaList
        self.wijken = wijken
        self.contact = contact
        self.invitation = invitation
        self.areaTables = areaTables
        self.leefbaarometer = leefbaarometer
        self.index = DatasetIndex(
            sources: sources, provinces: provinces,
            municipalities: municipalities, m50: m50)
    }
}

/// Dictionaries from ids to positions, so look-ups never scan the lists.
public struct DatasetIndex: Sendable {
    let sourceByID: [String: Int]
    let provinceByCode: [String: Int]
    let municipalityByCode: [String: Int]
    let m50Codes: Set<String>

    init(sources: [Source], provinces: [Province], municipalities: [Municipality], m50: M50) {
        sourceByID = DatasetIndex.firstPositions(sources.map(\.id))
        provinceByCode = DatasetIndex.firstPositions(provinces.map(\.code))
        municipalityByCode = DatasetIndex.firstPositions(municipalities.map(\.code))
        m50Codes = Set(m50.memberList.members.map(\.municipalityCode))
    }

    static func firstPositions(_ keys: [String]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(keys.count)
        for (offset, key) in keys.enumerated() where positions[key] == nil { positions[key] = offset }
        return positions
    }
}

extension Dataset {
    /// The source with this id, if any.
    public func source(_ id: String) -> Source? {
        index.sourceByID[id].map { sources[$0] }
    }

    /// The province with this code, if any.
    public func province(_ code: String) -> Province? {
        index.provinceByCode[code].map { provinces[$0] }
    }

    /// The municipality with this CBS code, if any.
    public func municipality(_ code: String) -> Municipality? {
        index.municipalityByCode[code].map { municipalities[$0] }
    }

    /// The province name of a municipality, or "onbekend".
    public func provinceName(ofMunicipality code: String) -> String {
        municipality(code).flatMap { province($0.provinceCode) }?.name ?? DutchFormat.unknown
    }

    /// True when the municipality is on the dataset's M50 member list.
    public func isM50Member(_ code: String) -> Bool {
        index.m50Codes.contains(code)
    }

    /// The focus area with this id, if any.
    public func focusArea(_ id: String) -> FocusArea? {
        focusAreas.position(ofID: id).map { focusAreas[$0] }
    }

    /// The wijk with this id, if any.
    public func wijk(_ id: String) -> Wijk? {
        wijken.first { $0.id == id }
    }
}
