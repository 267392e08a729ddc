/// Doubles from data turned into whole numbers without ever trapping.
///
/// `Int(someDouble)` traps beyond ±9.2 × 10^18; figures come from files that people edit, so
/// every conversion of a figure goes through here. The loader refuses numbers at or beyond
/// `limit` (FieldReader), so for a validated dataset `of` never returns nil.
public enum WholeNumber {
    /// The magnitude every number in a dataset stays below (10^15): exact as a Double,
    /// and far below what an Int holds, so sums of a million such numbers cannot overflow either.
    public static let limit = 1e15

    /// `value` rounded to the nearest whole number; nil when it is not finite or not below `limit`.
    public static func of(_ value: Double) -> Int? {
        guard value.isFinite, abs(value) < limit else { return nil }
        return Int(value.rounded())
    }

    /// `value` rounded, for sums of many figures: nil only when no Int can hold it.
    public static func sum(_ value: Double) -> Int? {
        Int(exactly: value.rounded())
    }
}
