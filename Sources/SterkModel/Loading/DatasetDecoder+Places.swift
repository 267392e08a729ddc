/// Decoding of provinces, municipalities and focus areas.
extension DatasetDecoder {
    func province(_ field: Field) -> Province? {
        guard let object = field.object(allowing: ["code", "name"]) else { return nil }
        let code = object.required("code").flatMap { definition(.province, $0, read: { $0.nonEmptyString }) }
        let name = object.required("name")?.nonEmptyString
        guard let code, let name else { return nil }
        return Province(code: code, name: name)
    }

    func municipality(_ field: Field) -> Municipality? {
        guard let object = field.object(allowing: ["code", "name", "province", "aliases", "inhabitants", "location"])
        else { return nil }
        let code = object.required("code").flatMap { definition(.municipality, $0, read: cbsCode(prefix: "GM")) }
        let name = object.required("name")?.nonEmptyString
        let province = object.required("province").flatMap { reference(.province, $0) }
        let aliases = object.optional("aliases")?.array { $0.nonEmptyString } ?? []
        let inhabitants = object.optional("inhabitants").flatMap(figure)
        let location = object.optional("location").flatMap(location)
        guard let code, let name, let province else { return nil }
        return Municipality(
            code: code, name: name, provinceCode: province, aliases: aliases,
            inhabitants: inhabitants, location: location)
    }

    func focusArea(_ field: Field) -> FocusArea? {
        guard let object = field.object(allowing: DatasetDecoder.focusAreaKeys) else { return nil }
        let id = object.required("id").flatMap { definition(.focusArea, $0, read: identifier) }
        let name = object.required("name")?.nonEmptyString
        let name2022 = object.optional("name2022")?.string
        let municipality = object.required("municipality").flatMap { reference(.municipality, $0) }
        let cohort = object.required("cohort").flatMap(cohortValue)
        let inhabitants = object.required("inhabitants").flatMap(figure)
        let lowWelfare = object.required("lowWelfareShare").flatMap(figure)
        let location = object.required("location").flatMap(location)
        let statements = self.statements(object.optional("statements"))
        guard let id, let name, let municipality, let cohort, let inhabitants, let lowWelfare,
            let location, let statements
        else { return nil }
        return FocusArea(
            id: id, name: name, name2022: name2022, municipalityCode: municipality,
            cohort: cohort, inhabitants: inhabitants, lowWelfareShare: lowWelfare,
            location: location, statements: statements)
    }

    private func cohortValue(_ field: Field) -> FocusArea.Cohort? {
        guard let text = field.string else { return nil }
        guard let cohort = FocusArea.Cohort(rawValue: text) else {
            field.report(DutchDatasetProblem.unknownCohort(text))
            return nil
        }
        return cohort
    }

    /// An id that defines an entity; noted for the duplicate check.
    func definition(_ kind: PendingReferences.Kind, _ field: Field, read: (Field) -> String?) -> String? {
        guard let id = read(field) else { return nil }
        references.define(kind, id, at: field)
        return id
    }

    /// A string that names another entity; noted for the reference check.
    func reference(_ kind: PendingReferences.Kind, _ field: Field) -> String? {
        guard let id = field.nonEmptyString else { return nil }
        references.note(kind, id, at: field)
        return id
    }

    /// Ids are lower-case kebab-case so they can be typed on a command line.
    func identifier(_ field: Field) -> String? {
        guard let id = field.nonEmptyString else { return nil }
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard allowed else { field.report(DutchDatasetProblem.invalidID(id)); return nil }
        return id
    }

    /// A CBS code such as GM0355 or WK082606.
    func cbsCode(prefix: String) -> (Field) -> String? {
        { field in
            guard let code = field.nonEmptyString else { return nil }
            if Self.isPlainCBSCode(code, prefix: prefix) { return code }
            let digits = code.dropFirst(prefix.count)
            guard code.hasPrefix(prefix), digits.count >= 4, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber)
            else {
                field.report(DutchDatasetProblem.invalidCBSCode(code, prefix: prefix))
                return nil
            }
            return code
        }
    }

    /// The prefix and four or more ASCII digits, checked over the bytes. Every code that
    /// passes also passes the Character checks in `cbsCode`, which decide all other text;
    /// those cost a grapheme walk per letter, for 342 municipalities at every start.
    static func isPlainCBSCode(_ code: String, prefix: String) -> Bool {
        let bytes = code.utf8, head = prefix.utf8
        guard bytes.count >= head.count + 4, bytes.starts(with: head) else { return false }
        return bytes.dropFirst(head.count).allSatisfy { (0x30...0x39).contains($0) }
    }
}
