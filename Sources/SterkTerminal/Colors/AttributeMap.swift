import CNcurses
import SterkKernel

/// Translates the UI's colour-free text attributes into ncurses attribute bits.
enum AttributeMap {
    /// The ncurses attributes for a set of text attributes.
    static func attributes(_ attributes: TextAttributes) -> attr_t {
        var result = NCW_A_NORMAL
        if attributes.contains(.bold) { result |= NCW_A_BOLD }
        if attributes.contains(.dim) { result |= NCW_A_DIM }
        if attributes.contains(.underline) { result |= NCW_A_UNDERLINE }
        if attributes.contains(.reverse) { result |= NCW_A_REVERSE }
        if attributes.contains(.italic) { result |= NCW_A_ITALIC }
        return result
    }
}
