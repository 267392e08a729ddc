import Testing
@testable import SterkUI

@Suite("Ctrl-Z")
struct SuspendKeyTests {
    @Test("Ctrl-Z vraagt de terminal om te pauzeren, overal: in een paneel, tijdens het zoeken en in de presentatie")
    func suspendEverywhere() {
        var dashboard = Fixtures.dashboard(width: 120, height: 40)
        #expect(dashboard.press(.suspend) == [.suspend])
        dashboard.press(.startSearch)
        #expect(dashboard.update(.key(.control("z"))) == [.suspend])
        #expect(dashboard.statusText?.contains("z") != true, "Ctrl-Z must not be typed into the search")
        dashboard.press(.cancelSearch)
        dashboard.press(.startPresentation)
        #expect(dashboard.update(.key(.control("z"))) == [.suspend])
        #expect(dashboard.isPresenting)
    }
}
