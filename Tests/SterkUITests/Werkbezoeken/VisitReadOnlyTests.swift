import Testing
@testable import SterkUI

@Suite("Werkbezoeken: --alleen-lezen")
struct VisitReadOnlyTests {
    @Test("voettekst en help tonen geen commando's die gegevens veranderen")
    func hidden() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture(), readOnly: true)
        let screen = dashboard.screen()
        #expect(!screen.contains("a nieuw") && !screen.contains("z status"))
        #expect(screen.contains("f filter"))
        #expect(screen.contains("alleen-lezen"))
        #expect(!dashboard.activeContexts.contains(.werkbezoekWijzigen))
        dashboard.press(.toggleHelp)
        let help = KeymapDocs.helpLines(unicode: true, readOnly: true)
        let changing = Keymap.commands.filter(\.changesData).map(\.description)
        #expect(!changing.isEmpty)
        #expect(help.allSatisfy { !changing.contains($0.description) })
        #expect(!help.contains { $0.keys == CommandContext.formulier.title })
        #expect(KeymapDocs.helpLines(unicode: true).contains { changing.contains($0.description) })
    }

    @Test("de toetsen en de commando's zelf worden geweigerd, met uitleg")
    func refused() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture(), readOnly: true)
        for key in ["a", "z", "e"] {
            #expect(dashboard.update(.key(.character(Character(key)))).isEmpty)
            #expect(dashboard.form == nil)
            #expect(dashboard.statusText?.hasPrefix("Alleen lezen:") == true)
        }
        for id in [CommandID.newVisit, .changeVisitStatus, .editVisitNotes] {
            #expect(dashboard.perform(id).isEmpty)
            #expect(dashboard.form == nil)
        }
    }

    @Test("de veranderende commando's staan in de toetsenkaart als ‘verandert gegevens: ja’")
    func markedInKeymap() {
        let changing = Set(Keymap.commands.filter(\.changesData).map(\.id))
        #expect(changing == [.newVisit, .changeVisitStatus, .editVisitNotes, .formSave])
        #expect(
            KeymapDocs.markdownTable().contains(
                "| `a` | Nieuw werkbezoek vastleggen (formulier) | Werkbezoeken wijzigen (niet met --alleen-lezen) | ja |"
            ))
    }
}
