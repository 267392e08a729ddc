import Testing
@testable import SterkModel

/// The loader reads dates, CBS codes and "not empty" over bytes where that is exact; these
/// compare each with the Character rule it shortcuts, on the text where the two could part.
@Suite("Snelle paden over bytes = de regel over tekens")
struct ByteFastPathTests {
    static let dates = [
        "2023", "2023-09", "2023-09-20", "2024-02-29", "2023-02-29", "1799", "2023-13", "2023-9-20",
        "2023-+1", "+202", "２０２３", "2023–09", "2023-09-2x", "2023-09-20-01", "", "-", "2023-", "0000",
        "2023\u{301}", "2023-\u{301}09", "2023-09-20\r\n", " 2023",
    ]

    /// The Character rule as it was before the byte path.
    static func reference(_ text: String) -> PartialDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, let year = numbers.first else { return nil }
        return PartialDate(
            year: year, month: numbers.count > 1 ? numbers[1] : nil, day: numbers.count > 2 ? numbers[2] : nil)
    }

    @Test("datums", arguments: dates)
    func date(text: String) {
        #expect(PartialDate(iso: text) == Self.reference(text))
    }

    @Test(
        "CBS-codes: wat de bytes goedkeuren, keuren de tekens ook goed",
        arguments: [
            "GM0355", "GM035", "GM03555", "WK082606", "GM03a5", "gm0355", "GM٠٣٥٥", "GM0355\u{301}", "G\u{301}M0355",
            "GM", "", "GM 0355", "GM０３５５", "GM0355\r\n",
        ])
    func cbsCode(text: String) {
        let digits = text.dropFirst(2)
        let byCharacter =
            text.hasPrefix("GM") && digits.count >= 4 && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
        if DatasetDecoder.isPlainCBSCode(text, prefix: "GM") { #expect(byCharacter) }
        #expect(DatasetDecoder.isPlainCBSCode(text, prefix: "GM") == byCharacter || !text.utf8.allSatisfy { $0 < 0x80 })
    }

    @Test("niet leeg", arguments: ["a", " a", "\t", " ", "", "\u{301}a", "\u{A0}", "é", "!", "~x", "\r\n"])
    func nonEmpty(text: String) throws {
        let issues = IssueCollector(bytes: [])
        let field = Field(node: JSONNode(value: .string(text), offset: 0), path: "x", issues: issues)
        #expect((field.nonEmptyString != nil) == !text.allSatisfy(\.isWhitespace))
    }
}
