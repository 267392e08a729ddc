import Testing
@testable import SterkModel

@Suite struct TextTests {
    @Test(arguments: [
        ("Súdwest-Fryslân", "sudwest-fryslan"), ("’s-Gravenhage", "'s-gravenhage"),
        ("Ideeën", "ideeen"), ("IJSSELSTEIN", "ijsselstein"), ("Æbeltoft", "aebeltoft"),
        ("Ide\u{65}\u{308}en", "ideeen"), ("Straße", "strasse"), ("Nieuw–West", "nieuw-west"),
    ])
    func foldRemovesCaseAndDiacritics(input: String, folded: String) {
        #expect(SearchFold.fold(input) == folded)
    }

    @Test func controlCharactersAreStripped() {
        #expect(ControlCharacters.strip("a\u{1B}[31mb\u{07}c\nd\te") == "a[31mbc d e")
        #expect(ControlCharacters.strip("\u{9B}2J\u{202E}gevaar") == "2Jgevaar")
        #expect(ControlCharacters.strip("gewoon") == "gewoon")
    }

    @Test func editDistance() {
        #expect(EditDistance.between("volenhove", "vollenhove") == 1)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("kitten", "sitting") == 3)
    }

    @Test func dutchNumbers() {
        #expect(DutchFormat.integer(1_192_000) == "1.192.000")
        #expect(DutchFormat.integer(999) == "999")
        #expect(DutchFormat.integer(-1000) == "-1.000")
        #expect(DutchFormat.decimal(16.5) == "16,5")
        #expect(DutchFormat.decimal(17) == "17")
        #expect(DutchFormat.decimal(12.64, digits: 2) == "12,64")
        #expect(DutchFormat.euro(600_000_000) == "€ 600 mln")
        #expect(DutchFormat.euro(2_600_000) == "€ 2,6 mln")
        #expect(DutchFormat.euro(1_200_000_000) == "€ 1,2 mld")
        #expect(DutchFormat.euro(950) == "€ 950")
    }

    @Test func figuresShowGapsAndCertainty() {
        let gap = Figure(label: "x", value: nil, unit: .percent, certainty: .gap)
        #expect(DutchFormat.describe(gap) == "onbekend")
        let claim = Figure(label: "x", value: 3, unit: .count, sources: ["p"], certainty: .paper)
        #expect(DutchFormat.describe(claim) == "3 (claim van de paper)")
        let share = Figure(label: "x", value: 18.2, unit: .percent, asOf: PartialDate(year: 2024), sources: ["c"])
        #expect(DutchFormat.describe(share) == "18,2 % (2024)")
        let people = Figure(label: "x", value: 37000, unit: .persons, approx: true, sources: ["c"])
        #expect(DutchFormat.value(of: people) == "ca. 37.000")
    }

    @Test func partialDates() {
        #expect(PartialDate(iso: "2023-09-20")?.dutch == "20-09-2023")
        #expect(PartialDate(iso: "2023-04")?.dutch == "april 2023")
        #expect(PartialDate(iso: "2024")?.dutch == "2024")
        #expect(PartialDate(iso: "2024-02-29") != nil)
        #expect(PartialDate(iso: "2023-02-29") == nil)
        #expect(PartialDate(iso: "2023-13") == nil)
        #expect(PartialDate(iso: "23-09-20") == nil)
        #expect(PartialDate(iso: "2023-9-20") == nil)
        #expect(PartialDate(iso: "2023-09-20")! > PartialDate(iso: "2023-09")!)
    }
}
