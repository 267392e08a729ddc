import Testing
@testable import SterkModel

/// The facts the product's case rests on, checked against the bundled dataset.
@Suite struct BundledDatasetTests {
    let dataset: Dataset

    init() throws {
        dataset = try DatasetLoader.loadBundled()
    }

    @Test func twentyFocusAreasInNineteenMunicipalities() {
        #expect(dataset.focusAreas.count == 20)
        #expect(Set(dataset.focusAreas.map(\.municipalityCode)).count == 19)
    }

    @Test func everyFocusAreaLiesInAKnownMunicipalityAndProvince() {
        for area in dataset.focusAreas {
            let municipality = dataset.municipality(area.municipalityCode)
            #expect(municipality != nil, "\(area.name)")
            #expect(municipality.flatMap { dataset.province($0.provinceCode) } != nil, "\(area.name)")
        }
    }

    @Test func allMunicipalitiesOf2023AndTwelveProvinces() {
        #expect(dataset.municipalities.count == 342)
        #expect(dataset.provinces.count == 12)
        #expect(dataset.municipality("GM0355")?.name == "Zeist")
    }

    @Test func m50MemberListOfApril2023() {
        #expect(dataset.m50.memberList.members.count == 61)
        #expect(dataset.m50.memberList.date == PartialDate(year: 2023, month: 4))
        #expect(dataset.m50.sizeBand.min == 30_000 && dataset.m50.sizeBand.max == 80_000)
    }

    @Test func onlyNieuwegeinIsOnTheMemberListWhileThePaperClaimsThree() {
        let figures = HeadlineFigures(dataset: dataset)
        #expect(figures.focusAreasInM50ByList.map(\.municipalityCode) == ["GM0356"])
        #expect(figures.paperClaim.value == 3)
        #expect(figures.paperClaim.certainty == .paper)
        #expect(figures.sizeClassReading.statement.certainty == .inference)
        #expect(Set(figures.sizeClassFocusAreas.map(\.municipalityCode)) == ["GM0356", "GM0622", "GM1674"])
    }

    @Test func focusAreaInhabitantsAddUpToTheCBSTotal() {
        #expect(HeadlineFigures(dataset: dataset).focusAreaInhabitants == 1_192_000)
    }

    @Test func threePilotsAndThreeComparisonAreas() {
        let pilots = dataset.wijken.filter { $0.kind == .pilot }.map(\.name)
        let comparisons = dataset.wijken.filter { $0.kind == .comparison }
        #expect(Set(pilots) == ["Vollenhove", "Wilgensingel", "Dommelbergen"])
        #expect(comparisons.count == 3)
        for pilot in dataset.wijken where pilot.kind == .pilot {
            #expect(dataset.isM50Member(pilot.municipalityCode), "\(pilot.name)")
        }
    }

    @Test func everyKnownFigureHasASourceAndEveryGapIsMarked() {
        for figure in allFigures {
            if figure.value == nil {
                #expect(figure.certainty == .gap, "\(figure.label)")
            } else {
                #expect(!figure.sources.isEmpty, "\(figure.label)")
            }
            for id in figure.sources { #expect(dataset.source(id) != nil, "\(figure.label): \(id)") }
        }
    }

    /// The paper names its own contact person: the M50's word, not a claim to prove.
    @Test func theContactIsTheM50sOwn() {
        #expect(dataset.contact.name == "Martijn van Helvert")
        #expect(dataset.contact.certainty == .standpoint)
        #expect(dataset.contact.role == nil)
    }

    var allFigures: [Figure] {
        dataset.focusAreas.flatMap { [$0.inhabitants, $0.lowWelfareShare] }
            + dataset.wijken.flatMap { $0.figures + $0.money }
            + dataset.nplv.budgetLines + dataset.nplv.figures
            + dataset.municipalities.compactMap(\.inhabitants)
            + [dataset.paper.claimedFocusAreasInM50, dataset.m50.inhabitantsRepresented]
    }
}
