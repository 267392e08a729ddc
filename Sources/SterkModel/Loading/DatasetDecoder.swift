/// Turns a parsed JSON tree into a `Dataset`, collecting every problem on the way.
struct DatasetDecoder {
    let issues: IssueCollector
    let references = PendingReferences()
    /// Filled by `decode`: kinds whose whole list was unreadable (wrong type or missing).
    final class Unreadable { var kinds: Set<PendingReferences.Kind> = [] }
    let unreadable = Unreadable()

    /// Decodes the top-level object; nil when anything required is missing or malformed.
    func decode(_ root: JSONNode) -> Dataset? {
        let field = Field(node: root, path: "", issues: issues)
        guard let object = field.object(allowing: [
            "schemaVersion", "datasetVersion", "title", "credits", "sources", "paper", "nplv",
            "provinces", "municipalities", "m50", "focusAreas", "wijken", "contact", "invitation",
        ]) else { return nil }
        guard let version = object.required("schemaVersion")?.int else { return nil }
        guard version == Dataset.supportedSchemaVersion else {
            object.required("schemaVersion")?.report(
                "schemaversie \(version) wordt niet ondersteund (deze versie van sterk leest versie \(Dataset.supportedSchemaVersion))")
            return nil
        }
        let parts = DecodedParts(
            datasetVersion: object.required("datasetVersion")?.date,
            title: object.required("title")?.nonEmptyString,
            credits: object.required("credits")?.array { $0.nonEmptyString },
            sources: object.required("sources")?.array(source),
            paper: object.required("paper").flatMap(paper),
            nplv: object.required("nplv").flatMap(nplv),
            provinces: object.required("provinces")?.array(province),
            municipalities: object.required("municipalities")?.array(municipality),
            m50: object.required("m50").flatMap(m50),
            focusAreas: object.required("focusAreas")?.array(focusArea),
            wijken: object.required("wijken")?.array(wijk),
            contact: object.required("contact").flatMap(contact),
            invitation: object.required("invitation").flatMap(statement))
        noteUnreadableLists(parts)
        return parts.assemble(schemaVersion: version)
    }
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
    let focusAreas: [FocusArea]?
    let wijken: [Wijk]?
    let contact: Contact?
    let invitation: Statement?

    func assemble(schemaVersion: Int) -> Dataset? {
        guard let datasetVersion, let title, let credits, let sources, let paper, let nplv,
              let provinces, let municipalities, let m50, let focusAreas, let wijken, let contact,
              let invitation else { return nil }
        return Dataset(schemaVersion: schemaVersion, datasetVersion: datasetVersion, title: title,
                       credits: credits, sources: sources, paper: paper, nplv: nplv,
                       provinces: provinces, municipalities: municipalities, m50: m50,
                       focusAreas: focusAreas, wijken: wijken, contact: contact, invitation: invitation)
    }
}
