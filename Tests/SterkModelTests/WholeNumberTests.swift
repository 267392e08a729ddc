import Testing
@testable import SterkModel

/// Formatting a figure never traps, whatever Double it is handed (the loader keeps them below 10^15).
@Suite struct WholeNumberTests {
    @Test func limitsAndRounding() {
        #expect(WholeNumber.of(999_999_999_999_999) == 999_999_999_999_999)
        #expect(WholeNumber.of(2.5) == 3)
        #expect(WholeNumber.of(1e15) == nil)
        #expect(WholeNumber.of(-1e19) == nil)
        #expect(WholeNumber.of(.nan) == nil)
        #expect(WholeNumber.of(.infinity) == nil)
        #expect(WholeNumber.sum(2e15) == 2_000_000_000_000_000)
        #expect(WholeNumber.sum(1e19) == nil)
    }

    @Test(arguments: [1e19, -1e19, 9.223372036854776e18, 1e300, -1e300, Double.infinity, Double.nan, 1e-300])
    func dutchFormatNeverTraps(value: Double) {
        for unit in FigureUnit.allCases {
            #expect(!DutchFormat.number(value, unit: unit).isEmpty)
        }
        #expect(!DutchFormat.integer(value).isEmpty)
        #expect(!DutchFormat.decimal(value).isEmpty)
    }

    @Test func largeButHeldValuesKeepTheirDigits() {
        #expect(DutchFormat.integer(2e18) == "2.000.000.000.000.000.000")
        #expect(DutchFormat.integer(1e19) == "1e+19")
        #expect(DutchFormat.number(999_999_999_999_999, unit: .persons) == "999.999.999.999.999")
        #expect(NumberText.plain(1e15) == "1000000000000000")
        #expect(NumberText.plain(-1e19) == "-1e+19")
    }
}
