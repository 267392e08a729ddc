/// The block font's pixels: five rows per glyph, `#` is a filled cell.
///
/// Capitals, digits and the signs a slide needs (%, €, punctuation). Widths vary
/// (I is narrow, M and W are wide) so words stay compact at 100 columns.
public enum BlockFontGlyphs {
    public static let table: [Character: [String]] = [
        "0": [" ## ", "#  #", "#  #", "#  #", " ## "],
        "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["### ", "   #", " ## ", "#   ", "####"],
        "3": ["### ", "   #", " ## ", "   #", "### "],
        "4": ["#  #", "#  #", "####", "   #", "   #"],
        "5": ["####", "#   ", "### ", "   #", "### "],
        "6": [" ## ", "#   ", "### ", "#  #", " ## "],
        "7": ["####", "   #", "  # ", " #  ", " #  "],
        "8": [" ## ", "#  #", " ## ", "#  #", " ## "],
        "9": [" ## ", "#  #", " ###", "   #", " ## "],
        "A": [" ## ", "#  #", "####", "#  #", "#  #"],
        "B": ["### ", "#  #", "### ", "#  #", "### "],
        "C": [" ###", "#   ", "#   ", "#   ", " ###"],
        "D": ["### ", "#  #", "#  #", "#  #", "### "],
        "E": ["####", "#   ", "### ", "#   ", "####"],
        "F": ["####", "#   ", "### ", "#   ", "#   "],
        "G": [" ###", "#   ", "# ##", "#  #", " ###"],
        "H": ["#  #", "#  #", "####", "#  #", "#  #"],
        "I": ["###", " # ", " # ", " # ", "###"],
        "J": ["  ##", "   #", "   #", "#  #", " ## "],
        "K": ["#  #", "# # ", "##  ", "# # ", "#  #"],
        "L": ["#   ", "#   ", "#   ", "#   ", "####"],
        "M": ["#   #", "## ##", "# # #", "#   #", "#   #"],
        "N": ["#   #", "##  #", "# # #", "#  ##", "#   #"],
        "O": [" ## ", "#  #", "#  #", "#  #", " ## "],
        "P": ["### ", "#  #", "### ", "#   ", "#   "],
        "Q": [" ## ", "#  #", "#  #", "# # ", " # #"],
        "R": ["### ", "#  #", "### ", "# # ", "#  #"],
        "S": [" ###", "#   ", " ## ", "   #", "### "],
        "T": ["#####", "  #  ", "  #  ", "  #  ", "  #  "],
        "U": ["#  #", "#  #", "#  #", "#  #", " ## "],
        "V": ["#   #", "#   #", "#   #", " # # ", "  #  "],
        "W": ["#   #", "#   #", "# # #", "## ##", "#   #"],
        "X": ["#   #", " # # ", "  #  ", " # # ", "#   #"],
        "Y": ["#   #", " # # ", "  #  ", "  #  ", "  #  "],
        "Z": ["####", "  # ", " #  ", "#   ", "####"],
        "%": ["#   #", "   # ", "  #  ", " #   ", "#   #"],
        "€": [" ###", "#   ", "### ", "#   ", " ###"],
        ".": [" ", " ", " ", " ", "#"],
        ",": ["  ", "  ", "  ", " #", "# "],
        "-": ["   ", "   ", "###", "   ", "   "],
        "–": ["    ", "    ", "####", "    ", "    "],
        "/": ["  #", "  #", " # ", "#  ", "#  "],
        ":": [" ", "#", " ", "#", " "],
        "(": [" #", "# ", "# ", "# ", " #"],
        ")": ["# ", " #", " #", " #", "# "],
        "!": ["#", "#", "#", " ", "#"],
        "?": ["### ", "   #", " ## ", "    ", " #  "],
        "'": ["#", "#", " ", " ", " "],
        "’": ["#", "#", " ", " ", " "],
        "+": ["   ", " # ", "###", " # ", "   "],
        "&": [" #  ", "# # ", " # #", "# # ", " # #"],
        " ": ["  ", "  ", "  ", "  ", "  "],
    ]

    /// Accented capitals: the plain letter and the mark drawn in the row above it.
    public static let accented: [Character: (base: Character, mark: Mark)] = [
        "Á": ("A", .acute), "À": ("A", .grave), "Â": ("A", .circumflex), "Ä": ("A", .diaeresis),
        "É": ("E", .acute), "È": ("E", .grave), "Ê": ("E", .circumflex), "Ë": ("E", .diaeresis),
        "Í": ("I", .acute), "Ì": ("I", .grave), "Î": ("I", .circumflex), "Ï": ("I", .diaeresis),
        "Ó": ("O", .acute), "Ò": ("O", .grave), "Ô": ("O", .circumflex), "Ö": ("O", .diaeresis),
        "Ú": ("U", .acute), "Ù": ("U", .grave), "Û": ("U", .circumflex), "Ü": ("U", .diaeresis),
        "Ý": ("Y", .acute), "Ÿ": ("Y", .diaeresis), "Ñ": ("N", .tilde), "Ç": ("C", .none),
    ]

    /// A diacritic, drawn in a half-height row above the letter.
    public enum Mark: Sendable {
        case acute, grave, circumflex, diaeresis, tilde, none

        /// The mark row for a glyph `width` cells wide.
        public func row(width: Int, unicode: Bool) -> String {
            var cells = Array(repeating: Character(" "), count: width)
            let last = max(0, width - 1)
            switch self {
            case .diaeresis:
                cells[0] = unicode ? "▄" : "."
                cells[last] = unicode ? "▄" : "."
            case .acute:
                cells[last] = unicode ? "▀" : "/"
                if width > 1 { cells[last - 1] = unicode ? "▄" : " " }
            case .grave:
                cells[0] = unicode ? "▀" : "\\"
                if width > 1 { cells[1] = unicode ? "▄" : " " }
            case .circumflex:
                cells[width / 2] = unicode ? "▀" : "^"
                if width > 2 { cells[width / 2 - 1] = unicode ? "▄" : " "; cells[width / 2 + 1] = unicode ? "▄" : " " }
            case .tilde:
                for index in cells.indices { cells[index] = unicode ? (index % 2 == 0 ? "▄" : "▀") : "~" }
            case .none: break
            }
            return String(cells)
        }
    }
}
