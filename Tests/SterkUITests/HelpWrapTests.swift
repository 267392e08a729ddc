import Testing
@testable import SterkUI

/// The `?` overlay shows every description whole: long ones wrap, none is cut at 80 columns.
@Suite("Help: geen afgesneden regels")
struct HelpWrapTests {
    @Test("op 80 en 100 kolommen staat elke beschrijving heel in de help", arguments: [(80, 24), (100, 30)])
    func everyDescriptionWhole(size: (Int, Int)) {
        var dashboard = Fixtures.dashboard(width: size.0, height: size.1)
        dashboard.press(.toggleHelp)
        var seen = ""
        var previous = ""
        for _ in 0..<40 {
            let screen = dashboard.screen(size.0, size.1)
            seen += screen + "\n"
            if screen == previous { break }
            previous = screen
            dashboard.press(.pageDown)
        }
        // Rows of the overlay without borders and key column, joined: wrapped parts read as one text.
        let words = seen.split(separator: "\n").map { line -> String in
            let cells = line.split(separator: "│", omittingEmptySubsequences: false)
            return cells.count > 2 ? String(cells[2]) : ""
        }.joined(separator: " ").split(separator: " ").joined(separator: " ")
        for command in Keymap.commands {
            #expect(words.contains(command.description), "cut at \(size.0) columns: \(command.description)")
        }
    }

    @Test("een lange beschrijving loopt door op de volgende regel, onder de beschrijvingskolom")
    func wrapsUnderItsColumn() {
        let rows = HelpOverlay.rows(area: 74, unicode: true, readOnly: false)
        let width = 74 - 3 - HelpOverlay.keyWidth(area: 74)
        #expect(rows.allSatisfy { $0.isHeading || DisplayWidth.of($0.text) <= width })
        let start = rows.firstIndex { $0.text.hasPrefix("Formulier sluiten zonder opslaan") }
        #expect(start.map { rows[$0 + 1].keys.isEmpty && !rows[$0 + 1].text.isEmpty } == true)
        let described = rows.filter { !$0.isHeading && !$0.keys.isEmpty }.count
        #expect(described == Keymap.commands.count, "every command keeps one row with its keys")
    }
}

@Suite("Help: snapshot van het einde op 80×24")
struct HelpEndSnapshotTests {
    @Test("het einde van de help (formulieren) op 80×24")
    func end() {
        var dashboard = Fixtures.dashboard(width: 80, height: 24)
        dashboard.press(.toggleHelp)
        dashboard.press(.moveLast)
        Snapshot.check(dashboard.screen(), named: "help-80x24-einde")
    }
}
