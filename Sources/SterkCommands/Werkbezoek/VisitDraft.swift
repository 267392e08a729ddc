import SterkModel
import SterkStore

/// The visit `nieuw` would record, plus every problem with its flags, collected together.
struct VisitDraft {
    private(set) var details = VisitDetails(visitors: [], municipalityCode: "")
    private(set) var problems: [String] = []
    private var flagsWithProblems: Set<String> = []

    init(command: NewVisitCommand, places: VisitPlaces) {
        for (offset, text) in command.visitors.enumerated() {
            if let visitor = take(FieldParsing.visitor(text, index: offset + 1)) { details.visitors.append(visitor) }
        }
        var municipality: Municipality?
        if let text = command.municipality { municipality = take(places.municipality(text)) }
        details.municipalityCode = municipality?.code ?? ""
        details.wijkIDs = take(places.wijkIDs(command.wijken, in: municipality)) ?? []
        details.proposed = take(FieldParsing.slot(command.proposed, flag: "--voorgesteld")) ?? nil
        details.confirmed = take(FieldParsing.slot(command.confirmed, flag: "--bevestigd")) ?? nil
        for (offset, text) in command.programme.enumerated() {
            if let item = take(FieldParsing.programmeItem(text, index: offset + 1)) { details.programme.append(item) }
        }
        if let name = command.contactName {
            details.hostContact = HostContact(name: name, email: command.contactEmail, phone: command.contactPhone)
        }
        details.notes = command.notes
        addMissingFields()
    }

    /// The value, or nil after noting the problem.
    private mutating func take<T>(_ result: Result<T, FieldProblem>) -> T? {
        switch result {
        case .success(let value):
            return value
        case .failure(let problem):
            problems.append(problem.text)
            flagsWithProblems.insert(problem.flag)
            return nil
        }
    }

    /// The store's own completeness rules, with the flag that fixes each; a flag that
    /// already has a problem above is not reported twice.
    private mutating func addMissingFields() {
        for problem in details.problems {
            let flag = Self.flag(for: problem)
            guard !flagsWithProblems.contains(flag) else { continue }
            problems.append("\(problem) (\(flag))")
        }
    }

    private static func flag(for problem: VisitProblem) -> String {
        switch problem {
        case .missingVisitor, .incompleteVisitor: "--bezoeker"
        case .missingMunicipality: "--gemeente"
        case .missingProposedDate: "--voorgesteld"
        case .missingHostContact: "--contact"
        case .emptyProgrammeItem: "--programma"
        case .invalidEmail(let visitor, _), .invalidPhone(let visitor, _):
            visitor == nil ? (problem.isEmail ? "--contact-email" : "--contact-telefoon") : "--bezoeker"
        }
    }
}

extension VisitProblem {
    /// True for an e-mail shape problem (it names another flag than a phone problem).
    fileprivate var isEmail: Bool {
        if case .invalidEmail = self { return true }
        return false
    }
}
