/// The facts the M50's size band (30,000–80,000 inhabitants) lets us compute from the
/// CBS inhabitants of every municipality, each with how it was computed.
public struct SizeBandFacts: Sendable {
    /// A municipality with its inhabitants.
    public struct Place: Sendable, Hashable {
        public var code: String
        public var name: String
        public var inhabitants: Double
    }

    public let band: M50.SizeBand
    /// The date and sources of the inhabitants used (the municipalities' own figures).
    public let asOf: PartialDate?
    public let inhabitantsSources: [String]
    /// NPLV municipalities (those with a focus area) inside the band, smallest first.
    public let nplvInBand: [Place]
    /// The NPLV municipalities just above the band (the two nearest), smallest first.
    public let nplvJustAbove: [Place]
    /// M50 members (dated list) inside the band, and outside it (smallest first).
    public let membersInBand: [Place]
    public let membersBelow: [Place]
    public let membersAbove: [Place]
    /// Members without a known inhabitants figure (none in the bundled data).
    public let membersUnknown: [String]
    /// Sum of the members' inhabitants.
    public let memberInhabitants: Double
    /// Every municipality in the band, and their inhabitants together.
    public let municipalitiesInBand: Int
    public let inhabitantsInBand: Double
    /// Municipalities counted (all with a known figure).
    public let municipalitiesCounted: Int

    /// Computes the facts from the dataset (342 municipalities: microseconds).
    public init(dataset: Dataset) {
        band = dataset.m50.sizeBand
        let places = dataset.municipalities.compactMap { municipality -> Place? in
            municipality.inhabitants?.value.map {
                Place(code: municipality.code, name: municipality.name, inhabitants: $0)
            }
        }
        municipalitiesCounted = places.count
        let first = dataset.municipalities.first { $0.inhabitants?.value != nil }?.inhabitants
        asOf = first?.asOf
        inhabitantsSources = Array(Set(dataset.municipalities.flatMap { $0.inhabitants?.sources ?? [] })).sorted()
        let byCode = Dictionary(places.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let nplvCodes = Set(
            dataset.focusAreas.indices.map {
                dataset.focusAreas.store.context.municipalityCodes[dataset.focusAreas.store.municipalityPosition($0)]
            })
        let nplv = nplvCodes.compactMap { byCode[$0] }.sorted { $0.inhabitants < $1.inhabitants }
        let band = self.band
        nplvInBand = nplv.filter { band.contains($0.inhabitants) }
        nplvJustAbove = Array(nplv.filter { $0.inhabitants > Double(band.max) }.prefix(2))
        let memberCodes = dataset.m50.memberList.members.map(\.municipalityCode)
        let members = memberCodes.compactMap { byCode[$0] }.sorted { $0.inhabitants < $1.inhabitants }
        membersUnknown = memberCodes.filter { byCode[$0] == nil }
        membersInBand = members.filter { band.contains($0.inhabitants) }
        membersBelow = members.filter { $0.inhabitants < Double(band.min) }
        membersAbove = members.filter { $0.inhabitants > Double(band.max) }
        memberInhabitants = members.reduce(0) { $0 + $1.inhabitants }
        let inBand = places.filter { band.contains($0.inhabitants) }
        municipalitiesInBand = inBand.count
        inhabitantsInBand = inBand.reduce(0) { $0 + $1.inhabitants }
    }

    /// "30.000–80.000".
    public var bandText: String { "\(DutchFormat.integer(band.min))–\(DutchFormat.integer(band.max))" }
    /// "1-1-2024"-style date of the inhabitants, or "onbekend".
    public var dateText: String { asOf?.dutch ?? DutchFormat.unknown }

    /// "Nieuwegein (65.971), Vlaardingen (76.409)".
    public static func list(_ places: [Place]) -> String {
        places.map { "\($0.name) (\(DutchFormat.integer($0.inhabitants)))" }.joined(separator: ", ")
    }
}
