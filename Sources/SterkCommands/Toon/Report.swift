import SterkModel
import SterkUI

/// A plain-text report where every figure and statement names its sources, listed at the end.
struct Report {
    private(set) var lines: [String] = []
    private var cited: [String] = []
    let width: Int?

    init(width: Int?) { self.width = width }

    mutating func title(_ text: String) {
        lines.append(text)
        lines.append(String(repeating: "═", count: min(DisplayWidth.of(text), width ?? 80)))
    }

    mutating func heading(_ text: String) {
        lines.append("")
        lines.append(text)
    }

    mutating func field(_ label: String, _ value: String) {
        add("  \(label): \(value)", hang: 4)
    }

    mutating func figure(_ figure: Figure, label: String? = nil) {
        add(
            "  \(label ?? figure.label): \(DutchFormat.describe(figure))\(cite(figure.sources))\(noteText(figure.note))",
            hang: 4)
    }

    mutating func statement(_ statement: Statement) {
        let date = statement.date.map { "\($0.dutch): " } ?? ""
        let label =
            statement.certainty == .proven || statement.text.contains(statement.certainty.label)
            ? "" : " (\(statement.certainty.label))"
        add("  • \(date)\(statement.text)\(label)\(cite(statement.sources))\(noteText(statement.note))", hang: 4)
    }

    mutating func statements(_ heading: String, _ list: [Statement]) {
        guard !list.isEmpty else { return }
        self.heading(heading)
        list.forEach { statement($0) }
    }

    mutating func figures(_ heading: String, _ list: [Figure]) {
        guard !list.isEmpty else { return }
        self.heading(heading)
        list.forEach { figure($0) }
    }

    /// " [a, b]" and remembers the ids for the source list.
    mutating func cite(_ sources: [String]) -> String {
        for id in sources where !cited.contains(id) { cited.append(id) }
        return sources.isEmpty ? "" : " [" + sources.joined(separator: ", ") + "]"
    }

    private func noteText(_ note: String?) -> String {
        note.map { " — \($0)" } ?? ""
    }

    /// The finished text with the list of cited sources.
    func rendered(dataset: Dataset) -> String {
        var all = lines
        if !cited.isEmpty {
            all.append("")
            all.append(DutchReport.sources)
            for id in cited {
                guard let source = dataset.source(id) else { continue }
                let date = source.date.map { " (\($0.dutch))" } ?? ""
                all.append(
                    contentsOf: wrap("  [\(id)] \(source.title)\(date) \(SourceListing.urlText(source))", hang: 4))
            }
        }
        return all.map(ControlFree.text).joined(separator: "\n") + "\n"
    }

    private mutating func add(_ text: String, hang: Int) {
        lines.append(contentsOf: wrap(text, hang: hang))
    }

    /// Word-wraps to the terminal width (only when there is one), indenting follow-on lines.
    private func wrap(_ text: String, hang: Int) -> [String] {
        guard let width, width > hang + 20, DisplayWidth.of(text) > width else { return [text] }
        var result: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if DisplayWidth.of(candidate) > width, !current.trimmingCharacters(in: .whitespaces).isEmpty {
                result.append(current)
                current = String(repeating: " ", count: hang) + word
            } else {
                current = candidate
            }
        }
        result.append(current)
        return result
    }
}
