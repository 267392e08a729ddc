import Testing
@testable import SterkModel

/// The facts issue #10 asks to compute from CBS rather than assemble from loose sources.
@Suite struct ComputedFactsTests {
    let dataset: Dataset
    let facts: SizeBandFacts

    init() throws {
        dataset = try DatasetLoader.loadBundled()
        facts = SizeBandFacts(dataset: dataset)
    }

    @Test func exactlyThreeNPLVMunicipalitiesLieInTheBand() {
        #expect(facts.nplvInBand.map(\.name) == ["Nieuwegein", "Vlaardingen", "Roosendaal"])
        #expect(facts.nplvInBand.map(\.inhabitants) == [65_971, 76_409, 77_559])
        #expect(facts.nplvJustAbove.map(\.name) == ["Schiedam", "Lelystad"])
        #expect(facts.nplvJustAbove.map(\.inhabitants) == [81_838, 84_080])
        #expect(facts.asOf == PartialDate(iso: "2024-01-01") && facts.inhabitantsSources == ["cbs-kwb-2024"])
        // Beside the membership count and the paper's own number.
        let headline = HeadlineFigures(dataset: dataset)
        #expect(headline.focusAreasInM50Count == 1 && headline.paperClaim.value == 3)
    }

    @Test func fiftySixOfTheSixtyOneMembersLieInTheBand() {
        #expect(facts.membersInBand.count == 56)
        #expect(facts.membersBelow.map(\.name) == ["Wassenaar", "Winterswijk", "Oost Gelre"])
        #expect(facts.membersAbove.map(\.name) == ["Meierijstad", "Dijk en Waard"])
        #expect(facts.membersUnknown.isEmpty)
    }

    @Test func membersHoldThreeMillionWhileTheSizeClassHoldsTheSevenMillion() {
        #expect(facts.memberInhabitants == 3_058_626)
        #expect(facts.municipalitiesInBand == 142)
        #expect(facts.inhabitantsInBand == 6_619_636)
        #expect(dataset.m50.inhabitantsRepresented.text == "ruim 7 miljoen")
    }

    @Test func noWeakSourceIsLeft() {
        let ids = Set(dataset.sources.map(\.id))
        for weak in [
            "niedziela-nieuwegein-2022", "linkfang-vlaardingen", "wikipedia-roosendaal", "lelystad-100000-2024",
            "schiedam24-2021-01-07", "hierinsalland-2022",
        ] {
            #expect(!ids.contains(weak), "\(weak)")
        }
    }
}
