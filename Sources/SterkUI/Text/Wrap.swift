/// One drawn row of a wrapped paragraph: spans that fit the width, and where they came from.
struct WrappedRow: Sendable {
    var spans: [Span]
    var indent: Int
    var paragraph: Int
    var kind: ParagraphKind
}

/// Word wrapping by display width, keeping each span's role.
enum Wrap {
    /// Rows for one paragraph at a width (bars and headings take one row).
    static func rows(_ paragraph: Paragraph, index: Int, width: Int) -> [WrappedRow] {
        switch paragraph.kind {
        case .blank, .bar, .heading:
            return [WrappedRow(spans: paragraph.spans, indent: paragraph.indent, paragraph: index, kind: paragraph.kind)]
        case .text:
            let available = max(1, width - paragraph.indent)
            return lines(paragraph.spans, width: available).map {
                WrappedRow(spans: $0, indent: paragraph.indent, paragraph: index, kind: .text)
            }
        }
    }

    /// Rows for a whole document.
    static func rows(_ document: Document, width: Int) -> [WrappedRow] {
        document.paragraphs.enumerated().flatMap { rows($1, index: $0, width: width) }
    }

    /// Splits spans into lines of at most `width` cells, breaking at spaces where it can.
    static func lines(_ spans: [Span], width: Int) -> [[Span]] {
        var lines: [[Span]] = [[]]
        var used = 0
        for span in spans {
            for word in words(span.text) {
                let wordWidth = DisplayWidth.of(word)
                if used + wordWidth > width, used > 0 {
                    lines.append([])
                    used = 0
                    if word == " " { continue }
                }
                var piece = word
                var pieceWidth = wordWidth
                while pieceWidth > width {
                    let head = prefix(piece, width: width)
                    lines[lines.count - 1].append(Span(head, span.role))
                    lines.append([])
                    piece = String(piece.dropFirst(head.count))
                    pieceWidth = DisplayWidth.of(piece)
                }
                lines[lines.count - 1].append(Span(piece, span.role))
                used += pieceWidth
            }
        }
        return lines.map(merge)
    }

    /// Words and single spaces, in order.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            if character == " " {
                if !current.isEmpty { result.append(current) }
                result.append(" ")
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private static func prefix(_ text: String, width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            result.append(character)
            used += w
        }
        return result.isEmpty ? String(text.prefix(1)) : result
    }

    /// Joins neighbouring spans of the same role so drawing stays cheap.
    private static func merge(_ spans: [Span]) -> [Span] {
        var result: [Span] = []
        for span in spans {
            if let last = result.last, last.role == span.role {
                result[result.count - 1].text += span.text
            } else {
                result.append(span)
            }
        }
        return result
    }
}
