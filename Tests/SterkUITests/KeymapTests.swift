import Testing
@testable import SterkUI

@Suite("Toetsenkaart")
struct KeymapTests {
    static var situations: [[CommandContext]] {
        Panel.allCases.flatMap { panel in
            [
                Dashboard.contexts(panel: panel, searching: false, help: false),
                Dashboard.contexts(panel: panel, searching: true, help: false),
                Dashboard.contexts(panel: panel, searching: false, help: true),
            ]
        } + [Dashboard.formContexts(newVisit: true), Dashboard.formContexts(newVisit: false)] + [
            PresentationDeck.contexts
        ]
    }

    @Test("elk commando heeft een omschrijving en minstens één toets")
    func descriptions() {
        for command in Keymap.commands {
            #expect(
                !command.description.trimmingCharacters(in: .whitespaces).isEmpty, "\(command.id) zonder omschrijving")
            #expect(!command.keys.isEmpty, "\(command.id) zonder toets")
        }
        #expect(Set(Keymap.commands.map(\.id)) == Set(CommandID.allCases), "every command is in the table, once")
        #expect(Keymap.commands.count == CommandID.allCases.count)
    }

    @Test("geen twee commando's delen een toets in één situatie")
    func noClashes() {
        for contexts in Self.situations {
            for clash in Keymap.bindings.clashes(in: contexts, overrides: Keymap.overrides) {
                Issue.record("\(clash.key) voor \(clash.hidden) en \(clash.winner) in \(contexts)")
            }
        }
    }

    @Test("elk commando is in een situatie bereikbaar")
    func reachable() {
        let reachable = Set(
            Self.situations.flatMap { contexts in
                Keymap.commands.filter { contexts.contains($0.context) }.map(\.id)
            })
        #expect(reachable == Set(CommandID.allCases))
    }

    @Test("de README-tabel komt uit de toetsenkaart")
    func markdown() {
        let table = KeymapDocs.markdownTable()
        #expect(table.hasPrefix("| Toetsen | Wat het doet | Waar | Verandert gegevens |\n|---|---|---|---|\n"))
        for command in Keymap.commands { #expect(table.contains(command.description)) }
        #expect(table.split(separator: "\n").count == Keymap.commands.count + 2)
        #expect(table.contains("| `Ctrl-C` | Altijd direct afsluiten | Altijd | nee |"))
    }

    @Test("voettekst en help komen uit de toetsenkaart")
    func generatedHints() {
        let hints = KeymapDocs.footerHints(for: [.altijd, .contact, .algemeen], unicode: true)
        #expect(hints.first?.key == "e")
        #expect(hints.contains { $0.key == "q" && $0.label == "stop" })
        let help = KeymapDocs.helpLines(unicode: true)
        #expect(help.filter { !$0.isHeading }.count == Keymap.commands.count)
    }
}
