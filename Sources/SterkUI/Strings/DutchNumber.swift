/// Numbers with a fixed count of decimals, written the Dutch way (decimal comma).
enum DutchNumber {
    /// Between whole and fraction.
    static let decimalMark: Character = ","

    /// 4.1 with 2 decimals → "4,10"; -0.2214 → "-0,22".
    static func fixed(_ value: Double, decimals: Int) -> String {
        TrendScale.label(value, decimals: decimals, mark: decimalMark)
    }
}
