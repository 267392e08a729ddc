/// The position paper's headline figures, computed from the dataset where the data allows.
public struct HeadlineFigures: Sendable {
    public let focusAreaCount: Int
    public let focusMunicipalityCount: Int
    /// Focus areas whose municipality is on the dataset's dated M50 member list (computed).
    public var focusAreasInM50ByList: [FocusArea] { m50Rows.map { areas[$0] } }
    /// The first `limit` of them (a long list is not decoded whole).
    public func focusAreasInM50(first limit: Int) -> [FocusArea] { m50Rows.prefix(limit).map { areas[$0] } }
    /// Their number, without decoding them.
    public var focusAreasInM50Count: Int { m50Rows.count }
    private let m50Rows: [Int]
    private let areas: FocusAreaList
    public let memberListDate: PartialDate
    /// The paper's own count ("3 van de 20"), kept as the paper's claim.
    public let paperClaim: Figure
    /// The fact base's reading of the paper's count: focus areas in M50-sized municipalities.
    public let sizeClassReading: Paper.SizeClassReading
    public let sizeClassFocusAreas: [FocusArea]
    /// Sum of the (rounded) inhabitants of all focus areas.
    public let focusAreaInhabitants: Double
    public let m50MemberCount: Int
    public let m50InhabitantsRepresented: Figure
    public let budgetLines: [Figure]

    /// Computes the figures; cheap (one pass over the store's columns, no rows decoded).
    public init(dataset: Dataset) {
        let store = dataset.focusAreas.store
        areas = dataset.focusAreas
        focusAreaCount = store.count
        var municipalities = [Bool](repeating: false, count: store.context.municipalityNames.count)
        var m50Rows: [Int] = []
        var inhabitants = 0.0
        for row in 0..<store.count {
            let position = store.municipalityPosition(row)
            municipalities[position] = true
            if store.context.isM50[position] { m50Rows.append(row) }
            inhabitants += store.value(row, column: 0) ?? 0
        }
        focusMunicipalityCount = municipalities.filter { $0 }.count
        self.m50Rows = m50Rows
        memberListDate = dataset.m50.memberList.date
        paperClaim = dataset.paper.claimedFocusAreasInM50
        sizeClassReading = dataset.paper.sizeClassReading
        sizeClassFocusAreas = dataset.paper.sizeClassReading.focusAreaIDs.compactMap(dataset.focusArea)
        focusAreaInhabitants = inhabitants
        m50MemberCount = dataset.m50.memberList.members.count
        m50InhabitantsRepresented = dataset.m50.inhabitantsRepresented
        budgetLines = dataset.nplv.budgetLines
    }
}
