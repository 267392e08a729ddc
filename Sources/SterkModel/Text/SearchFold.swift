/// Folds text for matching: lower case, no diacritics, typographic quotes made plain.
///
/// Done with a table instead of ICU so that folding is cheap enough to precompute for
/// millions of rows and gives the same answer in every locale.
public enum SearchFold {
    /// "Súdwest-Fryslân" → "sudwest-fryslan"; "’s-Gravenhage" → "'s-gravenhage".
    public static func fold(_ text: String) -> String {
        // Most text is printable ASCII: lower-case the bytes, no scalar-by-scalar string building.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            append(scalar, to: &result)
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func append(_ scalar: Unicode.Scalar, to result: inout [UInt8]) {
        let value = scalar.value
        if ControlCharacters.isControl(scalar) { return }
        if value < 0x80 {
            let lowered = (0x41...0x5A).contains(value) ? value + 0x20 : value
            result.append(UInt8(lowered))
            return
        }
        if (0x300...0x36F).contains(value) { return }  // combining accents (decomposed text)
        if let folded = latinFolds[value] {
            result.append(contentsOf: folded.utf8)
            return
        }
        if let quote = quoteFolds[value] {
            result.append(contentsOf: String(quote).utf8)
            return
        }
        for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
            result.append(contentsOf: String(lowered).utf8)
        }
    }

    private static let quoteFolds: [UInt32: Unicode.Scalar] = [
        0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'",
        0x201C: "\"", 0x201D: "\"", 0x201E: "\"",
        0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x00A0: " ",
    ]

    /// Latin-1 Supplement and Latin Extended-A letters mapped to their plain lower-case base.
    private static let latinFolds: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđÐð", "d"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
            ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
            ("ÑñŃńŅņŇňŉ", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠš", "s"), ("ŢţŤťŦŧ", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"),
            ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"),
        ]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = base }
        }
        let ligatures: [(Character, String)] = [
            ("Æ", "ae"), ("æ", "ae"), ("Œ", "oe"), ("œ", "oe"),
            ("ß", "ss"), ("Ĳ", "ij"), ("ĳ", "ij"), ("Þ", "th"), ("þ", "th"),
        ]
        for (letter, text) in ligatures {
            for scalar in letter.unicodeScalars { table[scalar.value] = text }
        }
        return table
    }()
}
