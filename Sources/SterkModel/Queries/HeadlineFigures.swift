/// The position paper's headline figures, computed from the dataset where the data allows.
public struct HeadlineFigures: Sendable {
    public let focusAreaCount: Int
    public let focusMunicipalityCount: Int
    /// Focus areas whose municipality is on the dataset's dated M50 member list (computed).
    public let focusAreasInM50ByList: [FocusArea]
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

    /// Computes the figures; cheap (one pass over the focus areas).
    public init(dataset: Dataset) {
        focusAreaCount = dataset.focusAreas.count
        focusMunicipalityCount = Set(dataset.focusAreas.map(\.municipalityCode)).count
        focusAreasInM50ByList = dataset.focusAreas.filter { dataset.isM50Member($0.municipalityCode) }
        memberListDate = dataset.m50.memberList.date
        paperClaim = dataset.paper.claimedFocusAreasInM50
        sizeClassReading = dataset.paper.sizeClassReading
        sizeClassFocusAreas = dataset.paper.sizeClassReading.focusAreaIDs.compactMap(dataset.focusArea)
        focusAreaInhabitants = dataset.focusAreas.compactMap(\.inhabitants.value).reduce(0, +)
        m50MemberCount = dataset.m50.memberList.members.count
        m50InhabitantsRepresented = dataset.m50.inhabitantsRepresented
        budgetLines = dataset.nplv.budgetLines
    }
}
