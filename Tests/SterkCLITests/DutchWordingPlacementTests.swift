import Foundation
import Testing

/// Dutch wording lives in each module's `Strings/` folder (docs/architecture.md, §One place
/// per concern), so a reviewer of the Dutch reads those files and nothing else.
@Suite("Nederlandse teksten op één plek")
struct DutchWordingPlacementTests {
    /// Dutch words that English text, SQL and identifiers do not use: a literal with one of
    /// them between spaces is a Dutch sentence or phrase.
    static let dutchWords: Set<String> = [
        "de", "het", "een", "van", "niet", "geen", "voor", "naar", "bij", "wordt", "zijn", "uit", "ook", "nog",
        "maar", "dan", "wel", "door", "tot", "kan", "moet", "mag", "zal", "heeft", "waar", "staat", "dit", "dat",
        "en", "op", "te", "met", "om", "aan", "als", "er",
    ]

    /// True when the literal reads as Dutch wording: two words or more, one of them Dutch.
    static func isDutchPhrase(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace }).map {
            $0.filter { $0.isLetter }
        }
        return words.count >= 2 && words.contains { dutchWords.contains($0) }
    }

    /// `file:line: "text"` for every Dutch phrase in a source file outside a `Strings/` folder.
    static func misplacedWording() throws -> [String] {
        let sources = ModuleGraphTests.root.appendingPathComponent("Sources")
        guard let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else {
            return ["cannot list \(sources.path)"]
        }
        var found: [String] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            guard !url.pathComponents.contains("Strings") else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            let relative = url.path.replacingOccurrences(of: ModuleGraphTests.root.path + "/", with: "")
            for literal in SwiftStringLiterals(text).literals where isDutchPhrase(literal.text) {
                found.append("\(relative):\(literal.line): \"\(literal.text.prefix(70))\"")
            }
        }
        return found.sorted()
    }

    @Test("geen Nederlandse zinnen buiten de Strings/-mappen")
    func wordingIsInStringsFolders() throws {
        let found = try Self.misplacedWording()
        #expect(
            found.isEmpty,
            "Dutch wording belongs in the module's Strings/ folder:\n\(found.joined(separator: "\n"))")
    }

    @Test("de scanner vindt zinnen in gewone, meerregelige, ruwe en geïnterpoleerde teksten")
    func scannerFindsEveryKindOfLiteral() {
        let source = #"""
            // "een zin in commentaar" telt niet
            /* "ook /* genest */ niet" */
            let a = "de store \(name) is niet gevonden"
            let b = #"ruw: "geen" probleem"#
            let c = """
                meerregelig en met "aanhalingstekens"
                """
            let d = "\(flag ? "aan" : "uit") en \(count(of: "x")) keer"
            let sql = "SELECT id FROM visits WHERE status IN ('open')"
            """#
        let texts = SwiftStringLiterals(source).literals.map(\.text)
        #expect(
            texts == [
                "de store   is niet gevonden", #"ruw: "geen" probleem"#,
                "\n    meerregelig en met \"aanhalingstekens\"\n    ", "aan", "uit", "x", "  en   keer",
                "SELECT id FROM visits WHERE status IN ('open')",
            ])
        #expect(texts.filter(Self.isDutchPhrase).count == 4)
        #expect(SwiftStringLiterals(source).literals.map(\.line) == [3, 4, 5, 8, 8, 8, 8, 9])
    }
}
