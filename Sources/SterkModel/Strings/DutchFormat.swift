/// Dutch number formatting for figures: "37.000", "18,2 %", "€ 600 mln", "onbekend".
public enum DutchFormat {
    /// The word shown for every gap.
    public static let unknown = "onbekend"

    /// An integer with dots between thousands: 1192000 → "1.192.000".
    public static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// A whole number from data, rounded: 37000.0 → "37.000". Never traps: a number no Int
    /// holds (a validated dataset has none) is shown as Swift writes it ("1e+19").
    public static func integer(_ value: Double) -> String {
        guard let whole = WholeNumber.sum(value) else { return value.isFinite ? String(value) : unknown }
        return integer(whole)
    }

    /// A decimal with a comma and at most `digits` fraction digits: 16.5 → "16,5".
    public static func decimal(_ value: Double, digits: Int = 1) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value * scale).rounded()
        guard let whole = Int(exactly: (scaled / scale).rounded(.towardZero)),
            let fractionPart = Int(exactly: abs(scaled).truncatingRemainder(dividingBy: scale).rounded())
        else { return value.isFinite ? String(value) : unknown }
        var fraction = fractionPart
        guard fraction != 0 else { return integer(whole) }
        var fractionText = String(fraction)
        while fractionText.count < digits { fractionText = "0" + fractionText }
        while fractionText.hasSuffix("0") { fractionText.removeLast(); fraction /= 10 }
        let sign = value < 0 && whole == 0 ? "-" : ""
        return sign + integer(whole) + "," + fractionText
    }

    /// Euros, in millions from a million up: 600_000_000 → "€ 600 mln", 2_600_000 → "€ 2,6 mln".
    public static func euro(_ value: Double) -> String {
        if value >= 1_000_000_000 { return "€ " + decimal(value / 1_000_000_000) + " mld" }
        if value >= 1_000_000 { return "€ " + decimal(value / 1_000_000) + " mln" }
        return "€ " + integer(value)
    }

    /// The value of a figure in its unit, or "onbekend"; "ca. " marks approximate values.
    public static func value(of figure: Figure) -> String {
        guard let value = figure.value else { return unknown }
        let text = number(value, unit: figure.unit)
        return figure.approx ? "ca. " + text : text
    }

    /// A number in a unit, without provenance.
    public static func number(_ value: Double, unit: FigureUnit) -> String {
        switch unit {
        case .percent: return decimal(value) + " %"
        case .euro: return euro(value)
        case .kwh: return integer(value) + " kWh"
        case .years: return decimal(value) + " jaar"
        case .hectare: return decimal(value) + " ha"
        case .storeys: return integer(value) + " verdiepingen"
        case .score: return decimal(value, digits: 3)
        case .persons, .homes, .count:
            return value == value.rounded() ? integer(value) : decimal(value)
        }
    }

    /// Value plus date and certainty label when not proven: "18,2 % (2024)", "3 (claim van de paper)".
    public static func describe(_ figure: Figure) -> String {
        var parts: [String] = []
        if let date = figure.asOf { parts.append(date.dutch) }
        if figure.certainty != .proven, figure.certainty != .gap { parts.append(figure.certainty.label) }
        let suffix = parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
        return value(of: figure) + suffix
    }
}
