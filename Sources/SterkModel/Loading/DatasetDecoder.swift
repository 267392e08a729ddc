/// Turns a parsed JSON tree into a `Dataset`, collecting every problem on the way.
struct DatasetDecoder {
    let issues: IssueCollector
    let references = PendingReferences()
    /// Filled by `decode`: kinds whose whole list was unreadable (wrong type or missing).
    final class Unreadable { var kinds: Set<PendingReferences.Kind> = [] }
    let unreadable = Unreadable()
    /// Split every table row while decoding, so a broken row is reported (off for the bundled file).
    var checkTableRows = true

    /// Decodes the top-level object; nil when anything required is missing or malformed.
    /// `streamed` holds the focus-area array that the parser skipped (see `JSONParser.parse(_:deferring:)`).
    func decode(
        _ root: JSONNode, streamed: StreamedArray? = nil,
        cached: ((FocusAreaContext) -> FocusAreaList?)? = nil
    ) -> Dataset? {
        let field = Field(node: root, path: "", issues: issues)
        guard
            let object = field.object(allowing: [
                "schemaVersion", "datasetVersion", "title", "credits", "sources", "paper", "nplv",
                "provinces", "municipalities", "m50", "focusAreas", "wijken", "contact", "invitation",
                "areaTables", "leefbaarometer",
            ])
        else { return nil }
        guard let version = object.required("schemaVersion")?.int else { return nil }
        guard version == Dataset.supportedSchemaVersion else {
            object.required("schemaVersion")?.report(
                DutchDatasetProblem.unsupportedSchema(version, supported: Dataset.supportedSchemaVersion))
            return nil
        }
        let datasetVersion = object.required("datasetVersion")?.date
        let title = object.required("title")?.nonEmptyString
        let credits = object.required("credits")?.array { $0.nonEmptyString }
        let sources = object.required("sources")?.array(source)
        let paper = object.required("paper").flatMap(paper)
        let nplv = object.required("nplv").flatMap(nplv)
        let provinces = object.required("provinces")?.array(province)
        let municipalities = object.required("municipalities")?.array(municipality)
        let m50 = object.required("m50").flatMap(m50)
        let context = FocusAreaContext(
            municipalities: municipalities ?? [], provinces: provinces ?? [],
            m50Members: Set(m50?.memberList.members.map(\.municipalityCode) ?? []))
        let focusAreas =
            cached.map { $0(context) }
            ?? object.required("focusAreas").flatMap { focusAreaList($0, context: context, streamed: streamed) }
        let parts = DecodedParts(
            datasetVersion: datasetVersion, title: title, credits: credits, sources: sources, paper: paper, nplv: nplv,
            provinces: provinces, municipalities: municipalities, m50: m50, focusAreas: focusAreas,
            wijken: object.required("wijken")?.array(wijk),
            contact: object.required("contact").flatMap(contact),
            invitation: object.required("invitation").flatMap(statement),
            areaTables: object.optional("areaTables").map { $0.array(areaTable) } ?? [],
            leefbaarometer: object.optional("leefbaarometer").map { leefbaarometer($0) } ?? .some(.empty))
        noteUnreadableLists(parts)
        return parts.assemble(schemaVersion: version)
    }

    /// Decodes focus areas straight into the compact store, from the tree or streamed.
    private func focusAreaList(_ field: Field, context: FocusAreaContext, streamed: StreamedArray?) -> FocusAreaList? {
        var builder = FocusAreaStoreBuilder(context: context)
        if let streamed, field.node.offset == streamed.start, case .array = field.node.value {
            references.resolveKnown([.source, .municipality])
            streamed.forEach { position, node in
                let element = Field(node: node, location: FieldPath(field.location, position: position), issues: issues)
                if let area = focusArea(element) { builder.append(area) }
            }
        } else {
            guard let areas = field.array(focusArea) else { return nil }
            for area in areas { builder.append(area) }
        }
        return FocusAreaList(store: builder.finish())
    }
}

/// The focus-area array the parser skipped: where it starts, and how to stream it.
struct StreamedArray {
    let start: Int
    let forEach: ((Int, JSONNode) -> Void) -> Void
}

extension DatasetDecoder {
    fileprivate func noteUnreadableLists(_ parts: DecodedParts) {
        if parts.sources == nil { unreadable.kinds.insert(.source) }
        if parts.provinces == nil { unreadable.kinds.insert(.province) }
        if parts.municipalities == nil { unreadable.kinds.insert(.municipality) }
        if parts.focusAreas == nil { unreadable.kinds.insert(.focusArea) }
    }
}

/// The decoded top-level parts; a dataset exists only when all of them do.
private struct DecodedParts {
    let datasetVersion: PartialDate?
    let title: String?
    let credits: [String]?
    let sources: [Source]?
    let paper: Paper?
    let nplv: Nplv?
    let provinces: [Province]?
    let municipalities: [Municipality]?
    let m50: M50?
    let focusAreas: FocusAreaList?
    let wijken: [Wijk]?
    let contact: Contact?
    let invitation: Statement?
    let areaTables: [AreaTable]?
    let leefbaarometer: Leefbaarometer?

    func assemble(schemaVersion: Int) -> Dataset? {
        guard let datasetVersion, let title, let credits, let sources, let paper, let nplv,
            let provinces, let municipalities, let m50, let focusAreas, let wijken, let contact,
            let invitation, let areaTables, let leefbaarometer
        else { return nil }
        return Dataset(
            schemaVersion: schemaVersion, datasetVersion: datasetVersion, title: title,
            credits: credits, sources: sources, paper: paper, nplv: nplv,
            provinces: provinces, municipalities: municipalities, m50: m50,
            focusAreaList: focusAreas, wijken: wijken, contact: contact, invitation: invitation,
            areaTables: areaTables, leefbaarometer: leefbaarometer)
    }
}
