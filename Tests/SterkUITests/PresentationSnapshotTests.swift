import Testing
@testable import SterkModel
@testable import SterkUI

@Suite("Dia-snapshots")
struct PresentationSnapshotTests {
    static let deck = PresentationFixtures.deck()

    @Test("elke dia op 80×24, 100×30, 120×40 en 160×45", arguments: Array(0..<PresentationSnapshotTests.deck.count))
    func slide(_ index: Int) {
        let deck = Self.deck
        let number = index + 1 < 10 ? "0\(index + 1)" : "\(index + 1)"
        for (width, height) in [(80, 24), (100, 30), (120, 40), (160, 45)] {
            let screen = deck.screen(slide: index, width: width, height: height)
            Snapshot.check(screen.text, named: "dia-\(number)-\(deck.slides[index].id)-\(width)x\(height)")
            if width >= 100 { #expect(deck.problems(slide: index, width: width, height: height).isEmpty) }
        }
    }

    @Test("op 160×45 vult de dia het scherm: titel dubbel zo groot, kolom gecentreerd, inhoud in het midden")
    func scalesToABigScreen() throws {
        let deck = Self.deck
        let lines = deck.screen(slide: 0, width: 160, height: 45).text.split(
            separator: "\n", omittingEmptySubsequences: false)
        let filled = lines.indices.filter { !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty }
        let first = try #require(filled.first)
        let last = try #require(filled.dropLast(2).last)  // before the source line and the footer
        #expect(first >= 3, "content starts lower than the top row (centred), first row \(first)")
        #expect(last - first >= 30, "the slide spans most of the 45 rows, not a third: rows \(first)...\(last)")
        #expect(lines.contains { $0.contains("██████  ██████████") }, "the title is drawn at double size")
        let indents = filled.dropLast().map { lines[$0].prefix { $0 == " " }.count }
        #expect(indents.allSatisfy { $0 >= 14 }, "a centred column of at most 132 cells: \(indents)")
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
