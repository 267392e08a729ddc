/// Builds the OSC 52 escape sequence that asks the terminal to put text on the clipboard.
///
/// The terminal does the copying, so this works over ssh and without X11/Wayland tools.
enum ClipboardSequence {
    /// `ESC ] 52 ; c ; <base64> ESC \` — the plain form.
    static func osc52(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + Base64.encode(Array(text.utf8)) + Array("\u{1B}\\".utf8)
    }

    /// The same wrapped in tmux's DCS passthrough (`ESC P tmux; … ESC \`, inner ESCs doubled),
    /// for tmux sessions with `allow-passthrough on`.
    static func tmuxPassthrough(_ sequence: [UInt8]) -> [UInt8] {
        var wrapped = Array("\u{1B}Ptmux;".utf8)
        for byte in sequence {
            if byte == 0x1B { wrapped.append(0x1B) }
            wrapped.append(byte)
        }
        return wrapped + Array("\u{1B}\\".utf8)
    }

    /// What to write for `text`: inside tmux both forms, because tmux only forwards the plain
    /// one with `set-clipboard on` and only the wrapped one with `allow-passthrough on`.
    static func bytes(for text: String, insideTmux: Bool) -> [UInt8] {
        let plain = osc52(text)
        return insideTmux ? plain + tmuxPassthrough(plain) : plain
    }
}

/// Standard base64 (RFC 4648, with padding), small enough not to need Foundation.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The base64 encoding of `bytes` as ASCII bytes.
    static func encode(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let value = chunk.enumerated().reduce(0) { $0 | Int($1.element) << (16 - 8 * $1.offset) }
            for position in 0..<4 {
                let include = position <= chunk.count
                output.append(include ? alphabet[(value >> (18 - 6 * position)) & 0x3F] : UInt8(ascii: "="))
            }
            index += 3
        }
        return output
    }
}
