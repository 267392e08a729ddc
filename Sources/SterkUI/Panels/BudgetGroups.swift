import SterkModel

/// The NPLV budget lines split by moment: what was announced at the launch, and later amounts.
///
/// The lines overlap (a total, a later running total, separate tranches), so no screen may
/// add them up; grouping them by date shows why.
struct BudgetGroups {
    let atStart: [Figure]
    let later: [Figure]

    init(lines: [Figure], launched: PartialDate) {
        atStart = lines.filter { BudgetGroups.isAtStart($0.asOf, launched: launched) }
        later = lines.filter { !BudgetGroups.isAtStart($0.asOf, launched: launched) }
    }

    /// Same year and (when both are known) same month as the launch; undated lines count as "at the start".
    static func isAtStart(_ asOf: PartialDate?, launched: PartialDate) -> Bool {
        guard let asOf else { return true }
        guard asOf.year == launched.year else { return false }
        guard let month = asOf.month, let launchMonth = launched.month else { return true }
        return month == launchMonth
    }

    /// The largest amount of both groups: one scale, so the bars can be compared.
    var maximum: Double { (atStart + later).compactMap(\.value).max() ?? 0 }
}

extension BarItem where Role == ThemeRole {
    /// A bar for a figure: its label, its value text with the certainty tag, "onbekend" for a gap.
    init(figure: Figure, label: String? = nil) {
        var text = FigureFormat.value(figure)
        if let tag = FigureFormat.tag(figure.certainty) { text += tag.text }
        self.init(
            label: label ?? figure.label, value: figure.value, valueText: text,
            valueRole: figure.isGap ? .gap : .text)
    }
}
