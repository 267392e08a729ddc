import Foundation
import SterkModel

/// RFC 5545 text rules: escaping of TEXT values, line folding at 75 octets, CRLF endings.
public enum ICalendarText {
    /// The longest content line in octets, without its CRLF (RFC 5545 §3.1).
    public static let maxLineOctets = 75

    /// Escapes a TEXT value: backslash, semicolon, comma and newlines (§3.3.11).
    public static func escape(_ text: String) -> String {
        var escaped = ""
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for scalar in unified.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n": escaped += "\\n"
            // CONTROL is not allowed in TEXT; C1 controls and bidi overrides would reorder or
            // hide what a calendar shows.
            case _ where ControlCharacters.isControl(scalar): continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Folds one content line into physical lines of at most 75 octets, each continuation
    /// starting with a space, never splitting a UTF-8 sequence; joined with CRLF.
    public static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > maxLineOctets {
                lines.append(current)
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// A UTC DATE-TIME value: 20260314T090000Z.
    public static func utcDateTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
            parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}
