/// The string literals of Swift source text, for checks on the code itself.
///
/// A small scanner, not a parser: it knows comments (`//`, nested `/* */`), plain, multi-line
/// (`"""`) and raw (`#"…"#`) literals, escapes, and interpolations `\(…)` with literals
/// nested inside them. A literal's text is its fixed parts; interpolated code is left out
/// (its own literals are reported on their own). Linear in the text.
struct SwiftStringLiterals {
    struct Literal: Equatable {
        /// 1-based line of the opening quote.
        var line: Int
        var text: String
    }

    private let characters: [Character]
    private var index = 0
    private var line = 1
    private(set) var literals: [Literal] = []

    init(_ source: String) {
        characters = Array(source)
        scanCode(untilClosingParenthesis: false)
    }

    private func peek(_ offset: Int = 0) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    private mutating func advance() {
        if characters[index] == "\n" { line += 1 }
        index += 1
    }

    /// Code: skips comments, reads literals; inside an interpolation it stops at its `)`.
    private mutating func scanCode(untilClosingParenthesis: Bool) {
        var depth = 0
        while let character = peek() {
            if character == "/", peek(1) == "/" {
                while let next = peek(), next != "\n" { _ = next; advance() }
            } else if character == "/", peek(1) == "*" {
                skipBlockComment()
            } else if character == "\"" || (character == "#" && isRawLiteralStart()) {
                readLiteral()
            } else if character == "(" {
                depth += 1
                advance()
            } else if character == ")" {
                if untilClosingParenthesis, depth == 0 {
                    advance()
                    return
                }
                depth -= 1
                advance()
            } else {
                advance()
            }
        }
    }

    private mutating func skipBlockComment() {
        var depth = 0
        repeat {
            if peek() == "/", peek(1) == "*" {
                depth += 1
                advance()
            } else if peek() == "*", peek(1) == "/" {
                depth -= 1
                advance()
            }
            if peek() != nil { advance() }
        } while depth > 0 && peek() != nil
    }

    private func isRawLiteralStart() -> Bool {
        var offset = 0
        while peek(offset) == "#" { offset += 1 }
        return peek(offset) == "\""
    }

    /// Reads one literal from its opening delimiter to its closing one.
    private mutating func readLiteral() {
        var hashes = 0
        while peek() == "#" {
            hashes += 1
            advance()
        }
        let start = line
        let multiLine = peek() == "\"" && peek(1) == "\"" && peek(2) == "\""
        for _ in 0..<(multiLine ? 3 : 1) { advance() }
        let closing = String(repeating: "\"", count: multiLine ? 3 : 1) + String(repeating: "#", count: hashes)
        let escape = "\\" + String(repeating: "#", count: hashes)
        var text = ""
        while peek() != nil {
            if matches(closing) {
                for _ in closing { advance() }
                break
            }
            if matches(escape) {
                for _ in escape { advance() }
                if peek() == "(" {
                    advance()
                    scanCode(untilClosingParenthesis: true)
                    text.append(" ")
                } else if peek() != nil {
                    advance()
                }
                continue
            }
            if let character = peek() { text.append(character) }
            advance()
        }
        literals.append(Literal(line: start, text: text))
    }

    private func matches(_ delimiter: String) -> Bool {
        for (offset, character) in delimiter.enumerated() where peek(offset) != character { return false }
        return true
    }
}
