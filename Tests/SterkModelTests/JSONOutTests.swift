import SterkModel
import Testing

/// The one JSON writer: both layouts, one escaping rule, numbers JSON can hold.
@Suite struct JSONOutTests {
    static let hostile = "a\"b\\c\n\t\u{1}\u{7F}\u{85}\u{202E}\u{2066}\u{2028}\u{2029}é😀"
    static let escaped = #""a\"b\\c\n\t\u0001\u007f\u0085\u202e\u2066\u2028\u2029é😀""#

    @Test("controles, C1, bidi en U+2028/2029 worden in beide opmaken ge-escaped")
    func escapingInBothLayouts() {
        #expect(JSONOut.quoted(Self.hostile) == Self.escaped)
        #expect(JSONOut.string(Self.hostile).rendered() == Self.escaped)
        #expect(String(decoding: JSONOut.string(Self.hostile).canonical(), as: UTF8.self) == Self.escaped + "\n")
        #expect(JSONOut.quoted("gewoon ASCII") == "\"gewoon ASCII\"")
    }

    @Test("getallen: heel zonder .0, anders kortst; NaN en oneindig als null")
    func numbers() {
        #expect(JSONOut.numberText(3) == "3")
        #expect(JSONOut.numberText(-0.25) == "-0.25")
        #expect(JSONOut.numberText(1e15) == "1000000000000000.0")
        #expect(JSONOut.numberText(.nan) == "null")
        #expect(JSONOut.numberText(-.infinity) == "null")
        #expect(JSONOut.array([.number(.infinity)]).rendered() == "[\n  null\n]")
    }

    @Test("de --json-opmaak: twee spaties, \"sleutel\": waarde, [] en {} als leeg, volgorde zoals gegeven")
    func prettyLayout() {
        let value = JSONOut.object([
            ("z", .array([])), ("a", .object([])), ("n", .optional(nil as String?)),
            ("l", .array([.bool(true), .literal("1.50")])),
        ])
        #expect(
            value.rendered() == "{\n  \"z\": [],\n  \"a\": {},\n  \"n\": null,\n  \"l\": [\n    true,\n    1.50\n  ]\n}"
        )
    }

    @Test("de canonieke opmaak: op één regel tot 100 bytes, anders uitgevouwen")
    func canonicalLayout() {
        let short = JSONOut.object([("a", .array([.number(1), .number(2)])), ("b", .string("x"))])
        #expect(String(decoding: short.canonical(), as: UTF8.self) == "{\"a\": [1, 2], \"b\": \"x\"}\n")
        let long = JSONOut.array((0..<30).map { .number(Double($0 * 1000)) })
        let text = String(decoding: long.canonical(), as: UTF8.self)
        #expect(text.hasPrefix("[\n  0,\n  1000,\n"))
        #expect(text.hasSuffix("\n  29000\n]\n"))
    }
}
