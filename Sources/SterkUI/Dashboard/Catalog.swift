import SterkModel

/// Everything derived from the dataset once: documents at start-up, tables on first use.
struct Catalog: Sendable {
    let dataset: Dataset
    let parts: DocumentParts
    var tables: CatalogTables   // var: the Werkbezoeken table follows the store
    let overview: Document
    let contact: Document
    /// Province codes that occur in the Focusgebieden table, in name order (for the filter).
    let focusProvinces: [String]

    init(dataset: Dataset, unicode: Bool) {
        self.dataset = dataset
        parts = DocumentParts(dataset: dataset, unicode: unicode)
        tables = CatalogTables(dataset: dataset, unicode: unicode)
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
