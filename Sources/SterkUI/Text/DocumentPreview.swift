/// The short form of a detail document that a side pane shows while its list has focus.
///
/// Why a short form: the side pane follows the selection, so every row move redraws it. With
/// the whole document there (every figure with its note and source lines, every statement) a
/// one-row move sent ~1.2 KB to the terminal and the lines below a figure shifted from row to
/// row. The preview keeps the block that says what the row is — the unindented paragraphs
/// before the first blank line, one screen row each — and says how to open the rest; Enter shows the
/// whole document in the same pane.
enum DocumentPreview {
    /// At most this many lines of the document's opening block.
    static let maximumLines = 8

    /// One row per opening paragraph (cut with "…" when it does not fit), a blank, the hint.
    static func rows(_ document: Document, width: Int, hint: String) -> [WrappedRow<ThemeRole>] {
        var rows: [WrappedRow<ThemeRole>] = []
        for (index, paragraph) in document.paragraphs.enumerated() {
            if paragraph.kind == .blank || rows.count == maximumLines { break }
            if paragraph.indent > 0 { continue }  // a note or source line under the line above
            rows.append(
                WrappedRow(
                    spans: cut(paragraph.spans, to: width - paragraph.indent),
                    indent: paragraph.indent, paragraph: index, kind: paragraph.kind))
        }
        rows.append(WrappedRow(spans: [], indent: 0, paragraph: -1, kind: .blank))
        rows.append(WrappedRow(spans: cut([Span(hint, .textDim)], to: width), indent: 0, paragraph: -1, kind: .text))
        return rows
    }

    /// Spans cut to `width` cells, the last visible one ending in "…" when text was dropped.
    static func cut(_ spans: [Span], to width: Int) -> [Span] {
        var result: [Span] = []
        var left = width
        for span in spans {
            if DisplayWidth.fits(span.text, in: left) {  // measures no further than the pane is wide
                result.append(span)
                left -= DisplayWidth.of(span.text)
                continue
            }
            if left > 0 {
                result.append(Span(DisplayWidth.truncate(span.text, to: left), span.role))
            } else if let last = result.popLast() {  // the previous span filled the width exactly
                result.append(Span(String(last.text.dropLast()) + "…", last.role))
            }
            break
        }
        return result
    }
}
