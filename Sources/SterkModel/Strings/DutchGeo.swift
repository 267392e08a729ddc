/// Why the bundled map geometry (`geo.json`) cannot be used.
enum DutchGeo {
    /// The file name used in messages.
    static let fileName = "geo.json (kaartgrenzen, meegeleverd)"
    static let scaleNotPositive = "\"scale\" moet groter dan 0 zijn"
    static let noProvinces = "geen provincies"

    static func unreadable(_ reason: String) -> String { "\(fileName): " + DutchFile.cannotRead(reason) }

    static func invalid(_ reason: String) -> String { "\(fileName): ongeldige kaartgegevens: \(reason)" }

    /// The parser's reason with the byte it stopped at.
    static func notJSON(_ reason: String, offset: Int) -> String { DutchJSON.notJSON(reason) + " (byte \(offset))" }

    static func unknownFormat(expected tag: String) -> String { "onbekend formaat, verwacht \"\(tag)\"" }

    static func missingText(_ key: String) -> String { "tekstveld \"\(key)\" ontbreekt" }

    static func missingNumber(_ key: String) -> String { "getal \"\(key)\" ontbreekt" }

    static func missingList(_ key: String) -> String { "lijst \"\(key)\" ontbreekt" }

    // `place` names the shape ("provinces[3]") or ring ("provinces[3] (PV23) ring 0").

    static func incompleteShape(_ place: String) -> String { "\(place): code, name of rings ontbreekt" }

    static func ring(_ place: String, code: String, position: Int) -> String { "\(place) (\(code)) ring \(position)" }

    static func noRings(_ place: String, code: String) -> String { "\(place) (\(code)): geen ringen" }

    static func oddCount(_ place: String) -> String { "\(place): verwacht een lijst met een even aantal getallen" }

    static func onlyNumbers(_ place: String) -> String { "\(place): alleen getallen toegestaan" }

    static func tooFewPoints(_ place: String) -> String { "\(place): minder dan 3 punten" }
}
