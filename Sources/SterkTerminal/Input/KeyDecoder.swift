import CNcurses
import SterkKernel

/// Turns what `wget_wch` returned into a key, independent of the live terminal (testable).
enum KeyDecoder {
    /// The meaning of one `wget_wch` result.
    enum Decoded: Equatable {
        case key(Key)
        /// KEY_RESIZE: ask the terminal for its new size.
        case resize
        /// KEY_MOUSE: fetch the event with `getmouse`.
        case mouse
        /// The timeout passed without input.
        case timeout
        /// A code we do not use (ignored, the loop keeps waiting).
        case ignored
    }

    /// Decodes a `wget_wch` status (OK, KEY_CODE_YES, ERR) and its value.
    static func decode(status: Int32, value: UInt32) -> Decoded {
        switch status {
        case OK: return character(value).map(Decoded.key) ?? .ignored
        case KEY_CODE_YES: return keyCode(Int32(bitPattern: value))
        default: return .timeout
        }
    }

    /// A plain character code: controls, Enter, Tab, Esc, Backspace, or a printable character.
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 13, 10: return .enter  // \r (nonl) and \n
        case 9: return .tab
        case 27: return .escape
        case 127, 8: return .backspace  // DEL and ^H both mean backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0, 28...31: return nil  // ^@ ^\ ^] ^^ ^_: nothing uses them
        case 0x80..<0xA0: return nil  // C1 controls
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A KEY_* code from keypad mode.
    static func keyCode(_ code: Int32) -> Decoded {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_PPAGE, KEY_A3: return .key(.pageUp)
        case KEY_NPAGE, KEY_C3: return .key(.pageDown)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return .mouse
        default: return functionKey(code).map(Decoded.key) ?? .ignored
        }
    }

    /// F1…F24 (terminfo has up to F63, but nothing beyond F24 exists on real keyboards).
    private static func functionKey(_ code: Int32) -> Key? {
        let first = ncw_key_f(1)
        guard code >= first, code < first + 24 else { return nil }
        return .function(Int(code - first) + 1)
    }
}
