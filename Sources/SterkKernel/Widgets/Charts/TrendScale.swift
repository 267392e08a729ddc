/// Maps years to columns and values to rows of a trend chart's plot area.
///
/// Years are spaced by time, not by measurement: 2002 → 2008 takes three times the room of
/// 2012 → 2014, so an uneven series does not look even.
public struct TrendScale: Sendable {
    let firstYear: Int
    let lastYear: Int
    let low: Double
    let high: Double
    let columns: Int
    let rows: Int

    /// A scale over every year and value given (the reference included); nil without data.
    init?(years: [Int], values: [Double], columns: Int, rows: Int) {
        let finite = values.filter(\.isFinite)
        guard let first = years.min(), let last = years.max(), var low = finite.min(), var high = finite.max(),
            columns > 0, rows > 0
        else { return nil }
        if high - low < 1e-9 {
            let pad = max(abs(high) * 0.05, 0.01)
            low -= pad
            high += pad
        }
        firstYear = first
        lastYear = last
        self.low = low
        self.high = high
        self.columns = columns
        self.rows = rows
    }

    /// The plot column (0..<columns) of a year.
    func column(_ year: Int) -> Int {
        let span = lastYear - firstYear
        guard span > 0, columns > 1 else { return 0 }
        let offset = min(max(year - firstYear, 0), span)
        return (offset * (columns - 1) + span / 2) / span
    }

    /// The plot row (0 at the top) of a value; values outside the scale are clamped.
    func row(_ value: Double) -> Int {
        guard rows > 1, value.isFinite else { return rows - 1 }
        let fraction = min(1, max(0, (high - value) / (high - low)))
        return Int((fraction * Double(rows - 1)).rounded())
    }

    /// A value with exactly `decimals` digits after the decimal mark: with ",", 4.1 → "4,10",
    /// -0.2214 → "-0,22".
    public static func label(_ value: Double, decimals: Int, mark: Character) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "?" }
        let digits = max(0, min(decimals, 6))
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int64((abs(value) * Double(scale)).rounded())
        let negative = value < 0 && scaled != 0
        let whole = String(scaled / scale)
        guard digits > 0 else { return (negative ? "-" : "") + whole }
        var fraction = String(scaled % scale)
        while fraction.count < digits { fraction = "0" + fraction }
        return (negative ? "-" : "") + whole + String(mark) + fraction
    }
}
