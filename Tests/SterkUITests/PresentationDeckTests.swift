import Testing
@testable import SterkModel
@testable import SterkUI

@Suite("Presentatie: navigatie, tijd, contact verbergen")
struct PresentationDeckTests {
    @Test("volgende, vorige, eerste, laatste; niet voorbij de randen")
    func navigation() {
        var deck = PresentationFixtures.deck()
        #expect(deck.index == 0)
        deck.press(.previousSlide)
        #expect(deck.index == 0)
        deck.press(.nextSlide)
        _ = deck.update(.key(.character(" ")))
        _ = deck.update(.key(.character("l")))
        _ = deck.update(.key(.character("j")))
        #expect(deck.index == 4)
        _ = deck.update(.key(.left))
        _ = deck.update(.key(.character("h")))
        _ = deck.update(.key(.character("k")))
        #expect(deck.index == 1)
        deck.press(.lastSlide)
        #expect(deck.index == deck.count - 1)
        deck.press(.nextSlide)
        #expect(deck.index == deck.count - 1, "without --lus the last slide stays")
        deck.press(.firstSlide)
        #expect(deck.index == 0)
    }

    @Test("nummer + Enter springt; Enter alleen gaat door; een onzinnummer meldt het")
    func numberJump() {
        var deck = PresentationFixtures.deck()
        deck.type("12")
        #expect(deck.view(width: 100, height: 30).line(29).contains("naar dia 12…"))
        deck.press(.jumpToSlide)
        #expect(deck.index == 11)
        deck.press(.jumpToSlide)
        #expect(deck.index == 12)
        deck.type("99")
        deck.press(.jumpToSlide)
        #expect(deck.index == 12)
        #expect(deck.view(width: 100, height: 30).line(29).contains("die dia bestaat niet"))
    }

    @Test("q en Esc beëindigen; Esc na cijfers wist alleen de cijfers")
    func ending() {
        var deck = PresentationFixtures.deck()
        deck.type("3")
        #expect(deck.update(.key(.escape)).isEmpty)
        #expect(deck.press(.endPresentation) == [.quit])
    }

    @Test("--auto: ticks gaan door na de ingestelde tijd; zonder --lus stopt het op de laatste")
    func autoAdvanceStops() {
        let time = ManualClock()
        var deck = PresentationFixtures.deck(PresentationOptions(autoAdvance: .seconds(20), clock: time.clock))
        #expect(deck.tickIntervalMilliseconds == 1_000)
        for _ in 0..<19 { time.advance(.seconds(1)); _ = deck.update(.tick) }
        #expect(deck.index == 0)
        time.advance(.seconds(1)); _ = deck.update(.tick)
        #expect(deck.index == 1)
        for _ in 0..<(deck.count * 25) { time.advance(.seconds(1)); _ = deck.update(.tick) }
        #expect(deck.index == deck.count - 1)
        #expect(deck.view(width: 100, height: 30).line(29).contains("auto 20 s"))
    }

    @Test("--lus: na de laatste weer de eerste; p pauzeert")
    func loopAndPause() {
        let time = ManualClock()
        var deck = PresentationFixtures.deck(
            PresentationOptions(autoAdvance: .seconds(5), loop: true, clock: time.clock))
        deck.press(.lastSlide)
        time.advance(.seconds(5)); _ = deck.update(.tick)
        #expect(deck.index == 0)
        deck.press(.pauseAuto)
        for _ in 0..<30 { time.advance(.seconds(1)); _ = deck.update(.tick) }
        #expect(deck.index == 0)
        #expect(deck.view(width: 100, height: 30).line(29).contains("pauze"))
    }

    @Test("de klok loopt op ticks; tijd per dia met t")
    func clock() {
        let time = ManualClock()
        var deck = PresentationFixtures.deck(PresentationOptions(clock: time.clock))
        time.advance(.seconds(65)); _ = deck.update(.tick)
        #expect(deck.view(width: 100, height: 30).line(29).hasSuffix("01:05"))
        deck.press(.nextSlide)
        deck.press(.toggleSlideTimer)
        time.advance(.seconds(7)); _ = deck.update(.tick)
        #expect(deck.view(width: 100, height: 30).line(29).hasSuffix("dia 00:07  01:12"))
    }

    @Test("--verberg-contact: geen @ en geen telefoonnummer op welke dia dan ook")
    func hiddenContact() {
        let phoneDigits = Fixtures.bundled.contact.phone.filter(\.isNumber)
        let visible = PresentationFixtures.deck()
        let shown = (0..<visible.count).map { visible.screen(slide: $0, width: 160, height: 45).text }.joined()
        #expect(shown.contains("@") && shown.contains(Fixtures.bundled.contact.phone), "the plain deck does show them")
        let deck = PresentationFixtures.deck(PresentationOptions(hideContact: true))
        for index in 0..<deck.count {
            for (width, height) in [(100, 30), (160, 45)] {
                let text = deck.screen(slide: index, width: width, height: height).text
                #expect(!text.contains("@"), "slide \(index + 1) shows an e-mail address")
                #expect(!text.filter(\.isNumber).contains(phoneDigits), "slide \(index + 1) shows the phone number")
                #expect(!text.contains(String(phoneDigits.suffix(8))))
            }
        }
        #expect(deck.screen(slide: deck.count - 2, width: 100, height: 30).text.contains(Fixtures.bundled.contact.name))
    }

    @Test("een e-mailadres of telefoonnummer in lopende tekst wordt ook verborgen")
    func redactionInText() {
        #expect(
            ContactRedaction.redact("Mail a.b@c.nl of bel 06-12345678, of +31 (0)6 1234 5678.")
                == "Mail [verborgen] of bel [verborgen], of [verborgen].")
        #expect(
            ContactRedaction.redact("20-09-2023, € 130 mln, 2018–2022, 1.192.000")
                == "20-09-2023, € 130 mln, 2018–2022, 1.192.000")
    }

    @Test("muis: klik vooruit, wiel beide kanten op")
    func mouse() {
        var deck = PresentationFixtures.deck()
        _ = deck.update(.mouse(MouseEvent(kind: .click, x: 10, y: 10)))
        _ = deck.update(.mouse(MouseEvent(kind: .wheelDown, x: 10, y: 10)))
        _ = deck.update(.mouse(MouseEvent(kind: .wheelUp, x: 10, y: 10)))
        #expect(deck.index == 1)
    }

    @Test("een te lange naam wordt gemeld, met de dia erbij")
    func overlongNameDoesNotFit() {
        var dataset = Fixtures.bundled
        let long = "Vollenhove " + String(repeating: "Buitengewoonlangewijknaam ", count: 8)
        dataset.wijken[0].name = long
        let deck = PresentationFixtures.deck(dataset: dataset)
        let index = deck.slides.firstIndex { $0.id == "pilot-vollenhove" } ?? 0
        #expect(!deck.problems(slide: index, width: 100, height: 30).isEmpty)
    }
}
