import SterkModel

/// Everything derived from the dataset once, at start-up: tables with folded keys, documents.
struct Catalog: Sendable {
    let dataset: Dataset
    let parts: DocumentParts
    var tables: [Panel: TableModel]   // var: the Werkbezoeken table follows the store
    let overview: Document
    let contact: Document
    /// Province codes that occur in the Focusgebieden table, in name order (for the filter).
    let focusProvinces: [String]

    init(dataset: Dataset, unicode: Bool) {
        self.dataset = dataset
        parts = DocumentParts(dataset: dataset, unicode: unicode)
        tables = [
            .focusgebieden: FocusAreaTable.model(dataset, unicode: unicode),
            .wijken: WijkTable.model(dataset, unicode: unicode),
            .gemeenten: MunicipalityTable.model(dataset),
            .bronnen: SourceTable.model(dataset),
        ]
        var overview = Document(OverviewDocument(parts: parts).paragraphs(), searchable: true)
        overview.key = .panel(.overzicht, nil)
        self.overview = overview
        var contact = Document(ContactDocument(parts: parts).paragraphs(), searchable: true)
        contact.key = .panel(.contact, nil)
        self.contact = contact
        let codes = FocusAreaTable.provinceCodes(dataset.focusAreas)
        focusProvinces = codes.sorted { (dataset.province($0)?.name ?? $0) < (dataset.province($1)?.name ?? $1) }
    }

    /// The document a non-table panel shows.
    func document(_ panel: Panel) -> Document? {
        switch panel {
        case .overzicht: return overview
        case .contact: return contact
        default: return nil
        }
    }
}
