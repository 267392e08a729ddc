import Testing
@testable import SterkModel

@Suite struct MinimalDatasetTests {
    let dataset: Dataset

    init() throws {
        dataset = try DatasetLoader.load(path: FixtureFiles.minimal)
    }

    @Test func loadsEveryPart() {
        #expect(dataset.focusAreas.map(\.id) == ["zeist-noord", "utrecht-overvecht"])
        #expect(dataset.municipalities.count == 3)
        #expect(dataset.wijken.first?.programme?.name == "Vollenhove Vooruit")
        #expect(dataset.nplv.budgetLines[1].isGap)
        #expect(dataset.focusAreas[0].lowWelfareShare.certainty == .gap)
        #expect(dataset.wijken[0].location.precision == .placeholder)
        #expect(dataset.wijken[0].timeline[0].date == PartialDate(year: 2020, month: 7, day: 14))
    }

    @Test func lookUpsUseTheIndex() {
        #expect(dataset.municipality("GM0355")?.name == "Zeist")
        #expect(dataset.municipality("GM9999") == nil)
        #expect(dataset.provinceName(ofMunicipality: "GM1900") == "Fryslân")
        #expect(dataset.isM50Member("GM0355"))
        #expect(!dataset.isM50Member("GM0344"))
        #expect(dataset.source("bron-a")?.publisher == "CBS")
    }

    @Test func headlineFiguresAreComputedFromTheMemberList() {
        let figures = HeadlineFigures(dataset: dataset)
        #expect(figures.focusAreaCount == 2)
        #expect(figures.focusMunicipalityCount == 2)
        #expect(figures.focusAreasInM50ByList.map(\.id) == ["zeist-noord"])
        #expect(figures.paperClaim.value == 3)
        #expect(figures.paperClaim.certainty == .paper)
        #expect(figures.focusAreaInhabitants == 59000)
        #expect(figures.sizeClassFocusAreas.map(\.name) == ["Zeist Noord"])
    }

    @Test func namesMatchIgnoringCaseAndDiacritics() {
        let matcher = NameMatcher(entities: dataset.allEntities)
        #expect(matcher.find("súdwest") == .found(.municipality(dataset.municipalities[1])))
        #expect(matcher.find("SUDWEST-FRYSLAN") == .found(.municipality(dataset.municipalities[1])))
        #expect(matcher.find("stad utrecht") == .found(.municipality(dataset.municipalities[2])))
        #expect(matcher.find("vollenhove") == .found(.wijk(dataset.wijken[0])))
        #expect(matcher.find("GM0355") == .found(.municipality(dataset.municipalities[0])))
    }

    @Test func aQueryMatchingSeveralIsAmbiguous() {
        let matcher = NameMatcher(entities: dataset.allEntities)
        guard case let .ambiguous(matches) = matcher.find("zei") else {
            Issue.record("expected ambiguous")
            return
        }
        #expect(Set(matches.map(\.name)) == ["Zeist", "Zeist Noord"])
    }

    @Test func aNearMissSuggestsTheClosestNames() {
        let matcher = NameMatcher(entities: dataset.allEntities)
        #expect(matcher.find("Volenhove") == .notFound(suggestions: ["Vollenhove"]))
        #expect(matcher.find("xyzzy") == .notFound(suggestions: []))
    }
}
