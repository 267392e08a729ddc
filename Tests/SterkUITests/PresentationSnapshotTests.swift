import Testing
@testable import SterkModel
@testable import SterkUI

@Suite("Dia-snapshots")
struct PresentationSnapshotTests {
    static let deck = PresentationFixtures.deck()

    @Test("elke dia op 100×30 en 160×45", arguments: Array(0..<PresentationSnapshotTests.deck.count))
    func slide(_ index: Int) {
        let deck = Self.deck
        let number = index + 1 < 10 ? "0\(index + 1)" : "\(index + 1)"
        for (width, height) in [(100, 30), (160, 45)] {
            let screen = deck.screen(slide: index, width: width, height: height)
            Snapshot.check(screen.text, named: "dia-\(number)-\(deck.slides[index].id)-\(width)x\(height)")
            #expect(deck.problems(slide: index, width: width, height: height).isEmpty)
        }
    }

    @Test("ASCII-terugval: geen blok- of lijntekens")
    func ascii() {
        let options = PresentationOptions(capabilities: TerminalCapabilities(colors: 8, unicode: false, mouse: false))
        let deck = PresentationFixtures.deck(options)
        let text = deck.screen(slide: 5, width: 100, height: 30).text
        Snapshot.check(text, named: "dia-06-ascii-100x30")
        #expect(!text.contains("█") && !text.contains("▕") && text.contains("#"))
    }

    @Test("elke dia noemt zijn bronnen onderaan")
    func sourcesOnEverySlideWithFigures() {
        let deck = Self.deck
        for (index, slide) in deck.slides.enumerated() where slide.id != "verantwoording" {
            #expect(!slide.sources.isEmpty, "\(slide.id) zonder bronnen")
            let text = deck.screen(slide: index, width: 100, height: 30).text
            #expect(text.contains("Bronnen: "), "\(slide.id) toont geen bronregel")
        }
    }

    @Test("de geldregels worden nooit opgeteld, en dat staat erbij")
    func moneyIsNotAddedUp() {
        let deck = Self.deck
        let index = deck.slides.firstIndex { $0.id == "geld" } ?? 0
        let text = deck.screen(slide: index, width: 100, height: 30).text
        #expect(text.contains("niet bij elkaar optellen"))
        #expect(text.contains("Bij de start") && text.contains("Later gemelde bedragen"))
        #expect(!text.contains("1.802") && !text.contains("1,8 mld"))
    }

    @Test("3 van de 20: eerst de telling naar grootteklasse (uit CBS), dan de paper, dan de ledenlijst")
    func claimSlide() {
        let deck = Self.deck
        let index = deck.slides.firstIndex { $0.id == "3-van-de-20" } ?? 0
        let text = deck.screen(slide: index, width: 100, height: 30).text
        let facts = SizeBandFacts(dataset: Fixtures.bundled)
        #expect(facts.nplvInBand.count == 3)
        let flat = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        for place in facts.nplvInBand + facts.nplvJustAbove {
            #expect(flat.contains("\(place.name) (\(DutchFormat.integer(Int(place.inhabitants))))"), "\(place.name)")
        }
        #expect(text.contains("claim van de paper"))
        #expect(text.contains("volgens de M50-ledenlijst van") && text.contains("(berekend)"))
        #expect(text.contains("Nieuwegein Centrale As"))
        #expect(!text.contains("afleiding"), "the computed count needs no inference label")
    }
}
