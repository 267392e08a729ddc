import Testing
@testable import SterkModel
@testable import SterkUI

@Suite("Pilot lijkt op focusgebied")
struct ResemblanceTests {
    @Test("vergelijkt op inwoners en zegt dat")
    func comparesInhabitants() {
        let wijk = Wijk(
            id: "test", name: "Testwijk", kind: .pilot, municipalityCode: "GM0355",
            location: Location(lat: 52.1, lon: 5.2), summary: Statement(text: "x"),
            figures: [
                Figure(label: "Inwoners van de wijk", value: 36_000, unit: .persons),
                Figure(label: "Inwoners van de gemeente Zeist", value: 65_000, unit: .persons),
            ])
        let result = PilotResemblance(wijk: wijk, focusAreas: Fixtures.bundled.focusAreas)
        #expect(result.dimensions == ["inwoners"])
        #expect(result.matches.first?.area.id == "utrecht-overvecht")
        #expect(result.matches.count == 3)
        #expect(result.matches.first?.details == ["inwoners: wijk 36.000, gebied 36.000"])
    }

    @Test("zonder vergelijkbare cijfers: eerlijk 'te weinig cijfers'")
    func tooFew() throws {
        let pilots = Fixtures.bundled.wijken.filter { $0.kind == .pilot }
        #expect(!pilots.isEmpty)
        var dashboard = Fixtures.dashboard(width: 120, height: 40)
        dashboard.show(.wijken)
        for pilot in pilots where PilotResemblance(wijk: pilot, focusAreas: Fixtures.bundled.focusAreas).matches.isEmpty
        {
            let document = try #require(dashboard.catalog.parts.detail(.wijk(pilot.id)))
            #expect(document.paragraphs.contains { $0.plainText.hasPrefix("Te weinig cijfers om te vergelijken") })
        }
    }
}
