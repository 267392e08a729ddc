import Foundation
import SterkStore
import Testing

/// Issue 11 item 8: names are stored without invisible format characters, unless needed.
@Suite("Namen zonder onzichtbare tekens")
struct FormatCharacterNameTests {
    @Test(
        "opslaan haalt onzichtbare tekens uit namen, ZWJ in emoji blijft",
        arguments: [
            ("Jan\u{200B} Jansen\u{200E}", "Jan Jansen"),
            ("\u{FEFF}\u{061C}Fatima\u{200F} el Amraní\u{2060}", "Fatima el Amraní"),
            ("An\u{00AD}na\u{2066} de Vries\u{2069}", "Anna de Vries"),
            ("Familie 👨\u{200D}👩\u{200D}👧", "Familie 👨\u{200D}👩\u{200D}👧"),
            ("\u{200D}Piet \u{200C}", "Piet"),
            ("می\u{200C}خواهم", "می\u{200C}خواهم"),
            // A subdivision flag keeps its tags; stray tags go, also when the one before was dropped.
            (
                "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} Schotland",
                "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} Schotland"
            ),
            ("Piet\u{E0067}\u{E0062}\u{E007F}", "Piet"),
        ])
    func namesAreStripped(_ typed: String, _ stored: String) throws {
        let directory = try TemporaryDirectory()
        let store = try SQLiteWerkbezoekStore(path: directory.file("werkbezoeken.sqlite"))
        var details = Samples.details(visitor: typed)
        details.hostContact = HostContact(name: typed)
        details.visitors[0].role = typed
        let created = try store.create(details, actor: "tester", at: Date())
        let read = try #require(try store.visit(created.reference))
        #expect(read.details.visitors[0].name == stored)
        #expect(read.details.visitors[0].role == stored)
        #expect(read.details.hostContact?.name == stored)
    }
}
