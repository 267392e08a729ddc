extension Wrap {
    /// Plain text wrapped to `width` cells, each line without its outer spaces: for views that
    /// place lines themselves (help rows, form notes, the too-small message).
    static func plainLines(_ text: String, width: Int) -> [String] {
        lines([Span(text)], width: width).map { Span.text(of: $0).trimmed(of: " ") }
    }
}
