/// Folds text for matching: lower case, no diacritics, typographic quotes made plain.
///
/// Done with a table instead of ICU so that folding is cheap enough to precompute for
/// millions of rows and gives the same answer in every locale.
public enum SearchFold {
    /// "Súdwest-Fryslân" → "sudwest-fryslan"; "’s-Gravenhage" → "'s-gravenhage".
    public static func fold(_ text: String) -> String {
        if let ascii = foldASCII(text) { return ascii }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            append(scalar, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Most names are plain ASCII: lower-case their bytes without any table look-ups.
    private static func foldASCII(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F else { return nil }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if ControlCharacters.isControl(scalar) { return }
        if value < 0x80 {
            bytes.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
            return
        }
        if (0x300...0x36F).contains(value) { return } // combining accents (decomposed text)
        if value < 0x180, let folded = latinTable[Int(value - 0x80)] {
            bytes.append(contentsOf: folded)
            return
        }
        if let quote = quoteFolds[value] {
            bytes.append(contentsOf: String(quote).utf8)
            return
        }
        bytes.append(contentsOf: String(scalar.properties.lowercaseMapping).utf8)
    }

    /// `latinFolds` as a flat array over U+0080–U+017F, so the common case needs no hashing.
    private static let latinTable: [[UInt8]?] = (0x80..<0x180).map { value in
        latinFolds[UInt32(value)].map { Array($0.utf8) }
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
        let ligatures: [(Character, String)] = [("Æ", "ae"), ("æ", "ae"), ("Œ", "oe"), ("œ", "oe"),
                                                ("ß", "ss"), ("Ĳ", "ij"), ("ĳ", "ij"), ("Þ", "th"), ("þ", "th")]
        for (letter, text) in ligatures {
            for scalar in letter.unicodeScalars { table[scalar.value] = text }
        }
        return table
    }()
}
