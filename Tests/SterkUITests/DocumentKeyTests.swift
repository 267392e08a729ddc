import Testing

@testable import SterkUI

/// The render cache tells documents apart by a key their maker gives; the text layer only
/// compares keys.
@Suite("Documentsleutels")
struct DocumentKeyTests {
    @Test("dezelfde waarde geeft dezelfde sleutel; een ander document of een ander soort waarde niet")
    func keysCompareByValueAndKind() {
        let overview = DashboardDocument.panel(.overzicht, nil).key
        #expect(overview == DashboardDocument.panel(.overzicht, nil).key)
        #expect(overview.hashValue == DashboardDocument.panel(.overzicht, nil).key.hashValue)
        #expect(overview != DashboardDocument.panel(.contact, nil).key)
        #expect(overview != DashboardDocument.detail(.source("paper")).key)
        #expect(DashboardDocument.detail(.source("paper")).key != DashboardDocument.detail(.source("cbs")).key)
        #expect(DocumentKey(1) != DocumentKey(Int64(1)), "values of other types never meet")
    }
}
