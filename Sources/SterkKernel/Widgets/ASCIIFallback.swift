/// Replaces the program's own typographic glyphs by ASCII when the terminal has no UTF-8.
///
/// Views already pick ASCII boxes, bars and markers; this pass catches the rest (the "…" of
/// truncation, dashes and quotes in labels). Letters with accents in the data are left to the
/// terminal backend.
public enum ASCIIFallback {
    public static let replacements: [Character: Character] = [
        "…": "~", "–": "-", "—": "-", "‘": "'", "’": "'", "“": "\"", "”": "\"", "●": "*", "×": "x",
        "▶": ">", "▲": "^", "▼": "v", "↓": "v", "█": "#", "▒": "+", "░": ".", "·": "-", "²": "2",
    ]

    public static func apply(to buffer: inout ScreenBuffer) {
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if let replacement = replacements[cell.character] {
                    buffer[x, y] = Cell(character: replacement, style: cell.style, isContinuation: cell.isContinuation)
                }
            }
        }
    }
}
