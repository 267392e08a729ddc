/// A missing or invalid field of a werkbezoek; all problems are reported together. Its Dutch
/// sentence (`description`) is in Strings/DutchVisitProblem.swift.
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
        [
            (DutchVisitProblem.visitorName, name), (DutchVisitProblem.visitorRole, role),
            (DutchVisitProblem.visitorOrganisation, organisation),
        ]
        .filter { $0.1.trimmingSpaces.isEmpty }
        .map(\.0)
    }
}

extension ProgrammeItem {
    var isEmpty: Bool { [time, place, what, who].allSatisfy { $0.trimmingSpaces.isEmpty } }
}
