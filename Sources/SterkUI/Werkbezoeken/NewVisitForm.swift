import Foundation
import SterkModel
import SterkStore

/// The "nieuw werkbezoek" form: its fields, and turning them into `VisitDetails` with a
/// message beside every field that is missing or wrong.
enum NewVisitForm {
    static func make() -> FormState {
        FormState(
            title: Dutch.formNewTitle,
            fields: visitorFields(0) + placeFields + programmeFields(0) + hostFields + [
                FormField(.notes, Dutch.formNotes, section: Dutch.formNotesSection, hint: Dutch.formOptional)
            ])
    }

    static func visitorFields(_ index: Int) -> [FormField] {
        [
            FormField(
                .visitorName(index), Dutch.formName, section: Dutch.formVisitorSection(index + 1),
                hint: index == 0 ? Dutch.formVisitorHint : nil),
            FormField(.visitorRole(index), Dutch.formRole),
            FormField(.visitorOrganisation(index), Dutch.formOrganisation),
            FormField(.visitorEmail(index), Dutch.formEmail, hint: Dutch.formOptional),
            FormField(.visitorPhone(index), Dutch.formPhone, hint: Dutch.formOptional),
        ]
    }

    static let placeFields = [
        FormField(.municipality, Dutch.formMunicipality, section: Dutch.formPlaceSection),
        FormField(.wijken, Dutch.formWijken, hint: Dutch.formWijkExample),
        FormField(.proposed, Dutch.formProposed, hint: Dutch.formDateExample),
    ]

    static func programmeFields(_ index: Int) -> [FormField] {
        [
            FormField(
                .programmeTime(index), Dutch.formTime, section: Dutch.formProgrammeSection(index + 1),
                hint: index == 0 ? Dutch.formTimeExample + "; " + Dutch.formProgrammeHint : Dutch.formTimeExample),
            FormField(.programmePlace(index), Dutch.formPlace),
            FormField(.programmeWhat(index), Dutch.formWhat),
            FormField(.programmeWho(index), Dutch.formWho, hint: Dutch.formOptional),
        ]
    }

    static let hostFields = [
        FormField(.hostName, Dutch.formName, section: Dutch.formHostSection),
        FormField(.hostEmail, Dutch.formEmail, hint: Dutch.formOptional),
        FormField(.hostPhone, Dutch.formPhone, hint: Dutch.formOptional),
    ]

    static func addVisitor(to form: inout FormState) {
        let count = form.fields.filter { if case .visitorName = $0.id { return true } else { return false } }.count
        form.insert(visitorFields(count)) { if case .visitorPhone = $0 { return true } else { return false } }
    }

    static func addProgrammeItem(to form: inout FormState) {
        let count = form.fields.filter { if case .programmeTime = $0.id { return true } else { return false } }.count
        form.insert(programmeFields(count)) { if case .programmeWho = $0 { return true } else { return false } }
    }

    /// The details the form describes, and a message for every field that is missing or wrong.
    /// A proposed date before `now` is refused (`VisitDateRule`, as in the CLI) unless it is
    /// `pastAccepted`, the date the user saved a second time.
    static func check(
        _ form: FormState, places: VisitPlaceMatcher, now: Date? = nil, pastAccepted: TimeSlot? = nil
    ) -> (details: VisitDetails, messages: [FieldID: String]) {
        var messages: [FieldID: String] = [:]
        let (visitors, formIndex) = visitors(form)
        var municipality: Municipality?
        switch places.municipality(form.value(.municipality)) {
        case let .found(found): municipality = found
        case let .problem(text): messages[.municipality] = text
        case .empty: break
        }
        var wijkIDs: [String] = []
        switch places.wijkIDs(form.value(.wijken), in: municipality) {
        case let .success(ids): wijkIDs = ids
        case let .failure(problem): messages[.wijken] = problem.text
        }
        var proposed: TimeSlot?
        let dateText = form.value(.proposed)
        if !isBlank(dateText) {
            do { proposed = try TimeSlot(parsing: dateText) } catch { messages[.proposed] = error.message }
        }
        if let now, let conflict = pastConflict(proposed, now: now), proposed != pastAccepted {
            messages[.proposed] = Dutch.formPastDate(conflict.text)
        }
        let details = VisitDetails(
            visitors: visitors, municipalityCode: municipality?.code ?? "", wijkIDs: wijkIDs,
            proposed: proposed, programme: programme(form), hostContact: host(form),
            notes: form.value(.notes))
        for problem in details.problems {
            for (id, text) in place(problem, formIndex: formIndex) where messages[id] == nil { messages[id] = text }
        }
        return (details, messages)
    }

    /// Visitors that have anything filled in, and for each the number of its block in the form.
    private static func visitors(_ form: FormState) -> ([Visitor], [Int]) {
        var result: [Visitor] = []
        var formIndex: [Int] = []
        for case let .visitorName(index) in form.fields.map(\.id) {
            let values = [
                form.value(.visitorName(index)), form.value(.visitorRole(index)),
                form.value(.visitorOrganisation(index)), form.value(.visitorEmail(index)),
                form.value(.visitorPhone(index)),
            ]
            guard !values.allSatisfy(isBlank) else { continue }
            result.append(
                Visitor(
                    name: values[0], role: values[1], organisation: values[2],
                    email: orNil(values[3]), phone: orNil(values[4])))
            formIndex.append(index)
        }
        return (result, formIndex)
    }

    private static func programme(_ form: FormState) -> [ProgrammeItem] {
        form.fields.compactMap { field -> ProgrammeItem? in
            guard case let .programmeTime(index) = field.id else { return nil }
            let item = ProgrammeItem(
                time: form.value(.programmeTime(index)), place: form.value(.programmePlace(index)),
                what: form.value(.programmeWhat(index)), who: form.value(.programmeWho(index)))
            return [item.time, item.place, item.what, item.who].allSatisfy(isBlank) ? nil : item
        }
    }

    private static func host(_ form: FormState) -> HostContact? {
        let values = [form.value(.hostName), form.value(.hostEmail), form.value(.hostPhone)]
        guard !values.allSatisfy(isBlank) else { return nil }
        return HostContact(name: values[0], email: orNil(values[1]), phone: orNil(values[2]))
    }

    /// The store's problem, put beside the field that fixes it.
    private static func place(_ problem: VisitProblem, formIndex: [Int]) -> [(FieldID, String)] {
        switch problem {
        case .missingVisitor: return [(.visitorName(0), problem.description)]
        case let .incompleteVisitor(index, missing):
            let block = formIndex[safe: index - 1] ?? 0
            return missing.map { name in (visitorField(name, block), Dutch.formFieldMissing(name)) }
        case .missingMunicipality: return [(.municipality, problem.description)]
        case .missingProposedDate: return [(.proposed, problem.description)]
        case .missingHostContact: return [(.hostName, problem.description)]
        case let .emptyProgrammeItem(index): return [(.programmeWhat(index - 1), problem.description)]
        case let .invalidEmail(visitor, _):
            return [(visitor.map { .visitorEmail(formIndex[safe: $0 - 1] ?? 0) } ?? .hostEmail, problem.description)]
        case let .invalidPhone(visitor, _):
            return [(visitor.map { .visitorPhone(formIndex[safe: $0 - 1] ?? 0) } ?? .hostPhone, problem.description)]
        }
    }

    /// The field for a name in `VisitProblem.incompleteVisitor` ("naam", "rol", "partij/organisatie").
    private static func visitorField(_ name: String, _ block: Int) -> FieldID {
        switch name {
        case "rol": return .visitorRole(block)
        case "partij/organisatie": return .visitorOrganisation(block)
        default: return .visitorName(block)
        }
    }

    /// The shared rule on the proposed date.
    static func pastConflict(_ proposed: TimeSlot?, now: Date) -> VisitDateRule.Conflict? {
        VisitDateRule.check(proposed, now: now)
    }

    /// The proposed date as typed, when it parses.
    static func proposed(_ form: FormState) -> TimeSlot? {
        try? TimeSlot(parsing: form.value(.proposed))
    }

    static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    private static func orNil(_ text: String) -> String? { isBlank(text) ? nil : text }
}
