/// Decoding of pilot wijken and comparison areas.
extension DatasetDecoder {
    func wijk(_ field: Field) -> Wijk? {
        guard
            let object = field.object(allowing: [
                "id", "name", "kind", "municipality", "cbsCode", "cbsAreas", "cbsLabel", "focusArea", "programme",
                "location",
                "summary", "figures", "money", "partners", "goals", "timeline", "paperSays", "start",
            ])
        else { return nil }
        let id = object.required("id").flatMap { definition(.wijk, $0, read: identifier) }
        let name = object.required("name")?.nonEmptyString
        let kind = object.required("kind").flatMap(kindValue)
        let municipality = object.required("municipality").flatMap { reference(.municipality, $0) }
        let cbsCode = object.optional("cbsCode").flatMap(cbsCode(prefix: "WK"))
        let cbsAreas = object.optional("cbsAreas")?.array(self.cbsCode(prefix: "WK"))
        let cbsLabel = object.optional("cbsLabel")?.nonEmptyString
        let focusArea = object.optional("focusArea").flatMap { reference(.focusArea, $0) }
        let programme = object.optional("programme").flatMap(programme)
        let location = object.required("location").flatMap(location)
        let summary = object.required("summary").flatMap(statement)
        let start = object.optional("start").flatMap(statement)
        let lists = WijkLists(
            figures: figures(object.optional("figures")), money: figures(object.optional("money")),
            partners: statements(object.optional("partners")), goals: statements(object.optional("goals")),
            timeline: statements(object.optional("timeline")), paperSays: statements(object.optional("paperSays")))
        guard let id, let name, let kind, let municipality, let location, let summary,
            let figures = lists.figures, let money = lists.money, let partners = lists.partners,
            let goals = lists.goals, let timeline = lists.timeline, let paperSays = lists.paperSays
        else { return nil }
        return Wijk(
            id: id, name: name, kind: kind, municipalityCode: municipality, cbsCode: cbsCode,
            cbsAreas: cbsAreas, cbsLabel: cbsLabel, focusAreaID: focusArea, programme: programme, location: location,
            summary: summary,
            figures: figures, money: money, partners: partners, goals: goals, timeline: timeline,
            paperSays: paperSays, start: start)
    }

    private struct WijkLists {
        let figures: [Figure]?
        let money: [Figure]?
        let partners: [Statement]?
        let goals: [Statement]?
        let timeline: [Statement]?
        let paperSays: [Statement]?
    }

    private func kindValue(_ field: Field) -> Wijk.Kind? {
        guard let text = field.string else { return nil }
        guard let kind = Wijk.Kind(rawValue: text) else {
            field.report(DutchDatasetProblem.unknownKind(text))
            return nil
        }
        return kind
    }

    private func programme(_ field: Field) -> Wijk.Programme? {
        guard let object = field.object(allowing: ["name", "period", "sources", "certainty"]) else { return nil }
        let name = object.required("name")?.nonEmptyString
        let period = object.optional("period")?.string
        let sources = object.required("sources").flatMap(sourceIDs)
        let certainty = certainty(object.optional("certainty"))
        guard let name, let sources, let certainty else { return nil }
        return Wijk.Programme(name: name, period: period, sources: sources, certainty: certainty)
    }
}
