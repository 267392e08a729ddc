import Testing
@testable import SterkModel

@Suite struct JSONParserTests {
    func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        try JSONParser.parse(Array(text.utf8))
    }

    @Test func parsesNestedValuesWithOffsets() throws {
        let node = try parse(#"{"a": [1, -2.5e1, true, null], "b": "x\u00EBy\n"}"#)
        guard case let .object(members) = node.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "b"])
        guard case let .array(items) = members[0].node.value else { Issue.record("not an array"); return }
        #expect(items.count == 4)
        if case let .number(value) = items[1].value { #expect(value == -25) } else { Issue.record("not a number") }
        if case let .string(text) = members[1].node.value {
            #expect(text == "xëy\n")
        } else {
            Issue.record("not a string")
        }
        #expect(members[1].node.offset == 36)
    }

    @Test func surrogatePairsDecode() throws {
        let node = try parse(#""\ud83d\ude00""#)
        if case let .string(text) = node.value { #expect(text == "😀") } else { Issue.record("not a string") }
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "\"abc", "tru", "[1] x", "\"\\x\"", "\"\\ud800\""])
    func rejectsInvalidJSON(text: String) {
        #expect(throws: JSONSyntaxError.self) { try parse(text) }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try parse(text) }
    }

    @Test func positionsCountLinesAndCharacters() {
        let bytes = Array("ab\nëc\nx".utf8)
        #expect(TextPosition.of(offset: 0, in: bytes) == TextPosition(line: 1, column: 1))
        #expect(TextPosition.of(offset: 6, in: bytes) == TextPosition(line: 2, column: 3))
        #expect(TextPosition.of(offset: 7, in: bytes) == TextPosition(line: 3, column: 1))
    }
}
