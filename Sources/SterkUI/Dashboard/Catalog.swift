import SterkModel

/// Everything derived from the dataset once: documents at start-up, tables on first use.
struct Catalog: Sendable {
    let dataset: Dataset
    let parts: DocumentParts
    let tables: CatalogTables
    let overview: Document
    let contact: Document
    /// Province codes that occur in the Focusgebieden table, in name order (for the filter).
    let focusProvinces: [String]
    /// The map scene, made on first use; its geometry is `GeoBundle.bundled`, which the
    /// interactive start-up reads on a thread of its own while the first frame is drawn.
    let mapScenes = MapSceneBox()

    /// The map of the dataset's markers (made now if it is not yet).
    var mapScene: MapScene { mapScenes.scene(for: dataset) }

    init(dataset: Dataset, unicode: Bool) {
        self.dataset = dataset
        parts = DocumentParts(dataset: dataset, unicode: unicode)
        tables = CatalogTables(dataset: dataset, unicode: unicode)
        var overview = Document(OverviewDocument(parts: parts).paragraphs(), searchable: true)
        overview.key = DashboardDocument.panel(.overzicht, nil).key
        self.overview = overview
        var contact = Document(ContactDocument(parts: parts).paragraphs(), searchable: true)
        contact.key = DashboardDocument.panel(.contact, nil).key
        self.contact = contact
        let codes = FocusAreaTable.provinceCodes(dataset.focusAreas)
        focusProvinces = codes.sorted { (dataset.province($0)?.name ?? $0) < (dataset.province($1)?.name ?? $1) }
    }
}
