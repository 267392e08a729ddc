/// The JSON parser's Dutch: why a file is not JSON, and the names of the JSON types.
enum DutchJSON {
    static let trailingText = "onverwachte tekst na het einde van de JSON"
    static let unexpectedEndOfFile = "onverwacht einde van het bestand"
    static let unexpectedEndInObject = "onverwacht einde in een object"
    static let unexpectedEndInArray = "onverwacht einde in een lijst"
    static let expectedKey = "verwacht een sleutel tussen aanhalingstekens"
    static let expectedObjectSeparator = "verwacht ',' of '}' in een object"
    static let expectedArraySeparator = "verwacht ',' of ']' in een lijst"
    static let invalidNumber = "ongeldig getal"
    static let digitExpectedAfterPoint = "ongeldig getal: cijfer verwacht na '.'"
    static let exponentExpected = "ongeldig getal: exponent verwacht"
    static let controlCharacter = "stuurteken in tekst (gebruik \\n of \\t)"
    static let unterminatedString = "tekst niet afgesloten met '\"'"
    static let unpairedSurrogate = "ongepaarde UTF-16-surrogaat in \\u-escape"
    static let invalidSurrogate = "ongeldige UTF-16-surrogaat in \\u-escape"
    static let invalidScalar = "ongeldig Unicode-teken in \\u-escape"
    static let incompleteEscape = "onvolledige \\u-escape"
    static let invalidUnicodeEscape = "ongeldige \\u-escape"

    /// `hex` is the offending byte in upper-case hexadecimal ("FF").
    static func invalidUTF8(hex: String) -> String { "ongeldige UTF-8 (byte 0x\(hex)); sla het bestand op als UTF-8" }

    static func unexpectedCharacter(_ shown: String) -> String { "onverwacht teken '\(shown)'" }

    static func invalidLiteral(expected word: StaticString) -> String { "ongeldig woord; verwacht \(word)" }

    static func tooDeep(maxDepth: Int) -> String { "te diep genest (meer dan \(maxDepth) niveaus)" }

    static func expectedColon(afterKey key: String) -> String { "verwacht ':' na de sleutel \"\(key)\"" }

    static func invalidNumber(_ text: String) -> String { "ongeldig getal '\(text)'" }

    static func invalidEscape(_ shown: String) -> String { "ongeldige escape '\\\(shown)'" }

    /// Why a file that should be JSON is not: "geen geldige JSON: onverwacht einde in een lijst".
    static func notJSON(_ reason: String) -> String { "geen geldige JSON: \(reason)" }

    // The JSON types as messages name them: "verwacht tekst, gevonden getal".
    static let typeNull = "null"
    static let typeBool = "waar/onwaar"
    static let typeNumber = "getal"
    static let typeString = "tekst"
    static let typeArray = "lijst"
    static let typeObject = "object"
}
