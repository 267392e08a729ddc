/// Decoding of the M50 network description.
extension DatasetDecoder {
    func m50(_ field: Field) -> M50? {
        guard
            let object = field.object(allowing: [
                "name", "fullName", "statements", "sizeBand", "memberList", "inhabitantsRepresented",
                "campaign", "board",
            ])
        else { return nil }
        let name = object.required("name")?.nonEmptyString
        let fullName = object.required("fullName")?.nonEmptyString
        let statements = self.statements(object.required("statements"))
        let band = object.required("sizeBand").flatMap(sizeBand)
        let list = object.required("memberList").flatMap(memberList)
        let represented = object.required("inhabitantsRepresented").flatMap(figure)
        let campaign = object.required("campaign").flatMap(campaign)
        let board = self.statements(object.optional("board"))
        guard let name, let fullName, let statements, let band, let list, let represented,
            let campaign, let board
        else { return nil }
        return M50(
            name: name, fullName: fullName, statements: statements, sizeBand: band, memberList: list,
            inhabitantsRepresented: represented, campaign: campaign, board: board)
    }

    private func sizeBand(_ field: Field) -> M50.SizeBand? {
        guard let object = field.object(allowing: ["min", "max", "sources"]) else { return nil }
        let min = object.required("min")?.int
        let max = object.required("max")?.int
        let sources = object.required("sources").flatMap(sourceIDs)
        guard let min, let max, let sources else { return nil }
        guard min < max else { field.report(DutchDatasetProblem.bandOrder(min: min, max: max)); return nil }
        return M50.SizeBand(min: min, max: max, sources: sources)
    }

    private func memberList(_ field: Field) -> M50.MemberList? {
        guard let object = field.object(allowing: ["date", "sources", "members"]) else { return nil }
        let date = object.required("date")?.date
        let sources = object.required("sources").flatMap(sourceIDs)
        let members = object.required("members")?.array(member)
        guard let date, let sources, let members else { return nil }
        return M50.MemberList(date: date, sources: sources, members: members)
    }

    private func member(_ field: Field) -> M50.Member? {
        guard let object = field.object(allowing: ["municipality", "listedName"]) else { return nil }
        let code = object.required("municipality").flatMap { reference(.municipality, $0) }
        if let code, let field = object.required("municipality") { references.define(.m50Member, code, at: field) }
        let listed = object.required("listedName")?.nonEmptyString
        guard let code, let listed else { return nil }
        return M50.Member(municipalityCode: code, listedName: listed)
    }

    private func campaign(_ field: Field) -> M50.Campaign? {
        guard let object = field.object(allowing: ["name", "date", "statements"]) else { return nil }
        let name = object.required("name")?.nonEmptyString
        let date = object.required("date")?.date
        let statements = self.statements(object.required("statements"))
        guard let name, let date, let statements else { return nil }
        return M50.Campaign(name: name, date: date, statements: statements)
    }
}
