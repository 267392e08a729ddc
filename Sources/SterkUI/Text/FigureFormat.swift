import SterkModel

/// Dutch formatting of figures, numbers and certainty tags.
enum FigureFormat {
    /// The value as shown: the dataset's own text when it has one, "onbekend" for a gap.
    static func value(_ figure: Figure) -> String {
        guard let number = figure.value else { return Dutch.unknown }
        if let text = figure.text, !text.isEmpty { return text }
        let base = unitText(number, figure.unit)
        return figure.approx ? Dutch.approxPrefix + base : base
    }

    /// A number in a unit, without the dataset's text.
    static func unitText(_ number: Double, _ unit: FigureUnit) -> String {
        switch unit {
        case .persons, .homes, .count: return grouped(number)
        case .percent: return decimal(number) + " %"
        case .euro: return "€ " + grouped(number)
        case .kwh: return grouped(number) + " kWh"
        case .years: return decimal(number) + Dutch.unitYears
        case .hectare: return decimal(number) + Dutch.unitHectare
        case .storeys: return grouped(number) + Dutch.unitStoreys
        case .score: return DutchNumber.fixed(number, decimals: 3)  // fixed decimals, so columns line up
        }
    }

    /// "1.232.000": whole number with Dutch thousands dots.
    static func grouped(_ number: Double) -> String {
        guard let whole = WholeNumber.of(number) else { return Dutch.unknown }
        var digits = String(abs(whole))
        var parts: [String] = []
        while digits.count > 3 {
            parts.insert(String(digits.suffix(3)), at: 0)
            digits = String(digits.dropLast(3))
        }
        parts.insert(digits, at: 0)
        return (whole < 0 ? "-" : "") + parts.joined(separator: ".")
    }

    /// "15,5": one decimal when needed, Dutch comma.
    static func decimal(_ number: Double) -> String {
        guard let tenths = WholeNumber.of(number * 10) else { return Dutch.unknown }
        if tenths % 10 == 0 { return grouped(Double(tenths / 10)) }
        return grouped(Double(tenths / 10)) + "," + String(abs(tenths % 10))
    }

    /// The role a certainty is drawn in.
    static func role(_ certainty: Certainty) -> ThemeRole {
        switch certainty {
        case .proven: return .text
        case .inference: return .certaintyInference
        case .conflict: return .certaintyConflict
        case .paper: return .certaintyPaper
        case .gap: return .gap
        case .standpoint: return .certaintyPaper
        }
    }

    /// " (afleiding)" etc.; nothing for proven facts, so the labels that matter stand out.
    static func tag(_ certainty: Certainty) -> Span? {
        certainty == .proven || certainty == .gap ? nil : Span(" (\(certainty.label))", role(certainty))
    }

    /// Value spans for a figure: value in its role, then the certainty tag.
    static func valueSpans(_ figure: Figure) -> [Span] {
        let valueRole: ThemeRole = figure.isGap ? .gap : FigureFormat.role(figure.certainty)
        var spans = [
            Span(value(figure), valueRole == .certaintyPaper || valueRole == .certaintyInference ? .text : valueRole)
        ]
        if let tag = tag(figure.certainty) { spans.append(tag) }
        if let asOf = figure.asOf { spans.append(Span(" – \(Dutch.asOfLine)\(asOf.dutch)", .textDim)) }
        return spans
    }
}
