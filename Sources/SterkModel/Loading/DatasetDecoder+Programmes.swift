/// Decoding of the paper, the NPLV, the M50 and the contact.
extension DatasetDecoder {
    func paper(_ field: Field) -> Paper? {
        guard
            let object = field.object(allowing: [
                "title", "date", "publisher", "statements", "claimedFocusAreasInM50", "sizeClassReading",
            ])
        else { return nil }
        let title = object.required("title")?.nonEmptyString
        let date = object.required("date")?.date
        let publisher = object.required("publisher")?.nonEmptyString
        let statements = self.statements(object.required("statements"))
        let claim = object.required("claimedFocusAreasInM50").flatMap(figure)
        let reading = object.required("sizeClassReading").flatMap(sizeClassReading)
        guard let title, let date, let publisher, let statements, let claim, let reading else { return nil }
        return Paper(
            title: title, date: date, publisher: publisher, statements: statements,
            claimedFocusAreasInM50: claim, sizeClassReading: reading)
    }

    private func sizeClassReading(_ field: Field) -> Paper.SizeClassReading? {
        guard let object = field.object(allowing: ["statement", "focusAreas"]) else { return nil }
        let statement = object.required("statement").flatMap(statement)
        let areas = object.required("focusAreas")?.array { reference(.focusArea, $0) }
        guard let statement, let areas else { return nil }
        return Paper.SizeClassReading(statement: statement, focusAreaIDs: areas)
    }

    func nplv(_ field: Field) -> Nplv? {
        guard
            let object = field.object(allowing: [
                "name", "abbreviation", "launched", "statements", "ministries", "budgetLines",
                "actionLines", "horizon", "figures", "progress",
            ])
        else { return nil }
        let name = object.required("name")?.nonEmptyString
        let abbreviation = object.required("abbreviation")?.nonEmptyString
        let launched = object.required("launched")?.date
        let statements = self.statements(object.required("statements"))
        let ministries = self.statements(object.required("ministries"))
        let budget = self.figures(object.required("budgetLines"))
        let actions = self.statements(object.required("actionLines"))
        let horizon = object.required("horizon").flatMap(statement)
        let figures = self.figures(object.optional("figures"))
        let progress = self.statements(object.optional("progress"))
        guard let name, let abbreviation, let launched, let statements, let ministries, let budget,
            let actions, let horizon, let figures, let progress
        else { return nil }
        return Nplv(
            name: name, abbreviation: abbreviation, launched: launched, statements: statements,
            ministries: ministries, budgetLines: budget, actionLines: actions, horizon: horizon,
            figures: figures, progress: progress)
    }

    func contact(_ field: Field) -> Contact? {
        guard let object = field.object(allowing: ["name", "role", "email", "phone", "sources", "certainty"]) else {
            return nil
        }
        let name = object.required("name")?.nonEmptyString
        let role = object.optional("role")?.string
        let email = object.required("email")?.nonEmptyString
        let phone = object.required("phone")?.nonEmptyString
        let sources = object.required("sources").flatMap(sourceIDs)
        let certainty = certainty(object.optional("certainty"))
        if let email, !email.contains("@") { object.required("email")?.report(DutchDatasetProblem.invalidEmail(email)) }
        guard let name, let email, let phone, let sources, let certainty else { return nil }
        return Contact(name: name, role: role, email: email, phone: phone, sources: sources, certainty: certainty)
    }
}
