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
    /// An e-mail address that is not shaped like one; `visitor` is the visitor's number (from 1), nil for the host contact.
    case invalidEmail(visitor: Int?, value: String)
    /// A phone number that is not shaped like one; `visitor` as for `invalidEmail`.
    case invalidPhone(visitor: Int?, value: String)

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
        case .invalidEmail(let visitor, let value):
            "het e-mailadres van \(Self.owner(visitor)) (‘\(value)’) is geen e-mailadres (zoals naam@gemeente.nl)"
        case .invalidPhone(let visitor, let value):
            "het telefoonnummer van \(Self.owner(visitor)) (‘\(value)’) is geen telefoonnummer (9 tot 15 cijfers, zoals 030 123 45 67 of +31 30 123 45 67)"
        }
    }

    private static func owner(_ visitor: Int?) -> String {
        visitor.map { "bezoeker \($0)" } ?? "de contactpersoon"
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
        for (offset, visitor) in visitors.enumerated() {
            problems += Self.shapeProblems(email: visitor.email, phone: visitor.phone, visitor: offset + 1)
        }
        if let host = hostContact { problems += Self.shapeProblems(email: host.email, phone: host.phone, visitor: nil) }
        return problems
    }

    /// A given (non-blank) e-mail address or phone number that does not have the right shape.
    private static func shapeProblems(email: String?, phone: String?, visitor: Int?) -> [VisitProblem] {
        var problems: [VisitProblem] = []
        if let email, !email.trimmingSpaces.isEmpty, !ContactShape.isEmail(email.trimmingSpaces) {
            problems.append(.invalidEmail(visitor: visitor, value: email))
        }
        if let phone, !phone.trimmingSpaces.isEmpty, !ContactShape.isPhone(phone.trimmingSpaces) {
            problems.append(.invalidPhone(visitor: visitor, value: phone))
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
