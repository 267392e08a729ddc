/// A missing or invalid field of a werkbezoek; all problems are reported together.
public enum VisitProblem: Equatable, Sendable, CustomStringConvertible {
    /// No visitor given.
    case missingVisitor
    /// Visitor number `index` (from 1) lacks the named fields.
    case incompleteVisitor(index: Int, missing: [String])
    /// No host municipality.
    case missingMunicipality
    /// No proposed date and time.
    case missingProposedDate
    /// No M50 host contact.
    case missingHostContact
    /// A programme item without any description.
    case emptyProgrammeItem(index: Int)

    /// The Dutch sentence for this problem.
    public var description: String {
        switch self {
        case .missingVisitor: "er is geen bezoeker opgegeven"
        case .incompleteVisitor(let index, let missing):
            "bij bezoeker \(index) ontbreekt: " + missing.joined(separator: ", ")
        case .missingMunicipality: "de gastgemeente ontbreekt"
        case .missingProposedDate: "de voorgestelde datum en tijd ontbreken"
        case .missingHostContact: "de M50-contactpersoon (gastheer of gastvrouw) ontbreekt"
        case .emptyProgrammeItem(let index): "programmaonderdeel \(index) is leeg"
        }
    }
}

extension VisitDetails {
    /// Every problem with these details; empty when they can be stored.
    public var problems: [VisitProblem] {
        var problems: [VisitProblem] = []
        if visitors.isEmpty { problems.append(.missingVisitor) }
        for (offset, visitor) in visitors.enumerated() {
            let missing = visitor.missingFields
            if !missing.isEmpty { problems.append(.incompleteVisitor(index: offset + 1, missing: missing)) }
        }
        if municipalityCode.trimmingSpaces.isEmpty { problems.append(.missingMunicipality) }
        if proposed == nil { problems.append(.missingProposedDate) }
        if hostContact.map({ $0.name.trimmingSpaces.isEmpty }) ?? true { problems.append(.missingHostContact) }
        for (offset, item) in programme.enumerated() where item.isEmpty {
            problems.append(.emptyProgrammeItem(index: offset + 1))
        }
        return problems
    }

    /// Throws `.invalidVisit` listing every problem at once.
    public func validate() throws(StoreError) {
        let problems = problems
        guard problems.isEmpty else { throw StoreError.invalidVisit(problems.map(\.description)) }
    }
}

extension Visitor {
    var missingFields: [String] {
        [("naam", name), ("rol", role), ("partij/organisatie", organisation)]
            .filter { $0.1.trimmingSpaces.isEmpty }
            .map(\.0)
    }
}

extension ProgrammeItem {
    var isEmpty: Bool { [time, place, what, who].allSatisfy { $0.trimmingSpaces.isEmpty } }
}
