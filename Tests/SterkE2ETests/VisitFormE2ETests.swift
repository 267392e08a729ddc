import Foundation
import Testing

/// The dashboard's Werkbezoeken form in a real terminal, checked afterwards with the CLI.
@Suite("Werkbezoeken form in tmux", .enabled(if: E2E.canRunTmux, E2E.skipReason), .timeLimit(.minutes(1)))
struct VisitFormE2ETests {
    @Test func aVisitAddedThroughTheFormIsFoundByTheCLI() throws {
        let session = TmuxSession()
        defer { session.close() }
        let store = session.directory + "/werkbezoeken.sqlite"
        let environment = "LANG=C.UTF-8 TERM=tmux-256color XDG_DATA_HOME='\(session.directory)/xdg'"
        session.startSterk("dashboard --store '\(store)'", environment: environment)
        #expect(session.waitFor("q stop").ok)
        session.send("8")  // Werkbezoeken (Vergelijk is now the last tab)
        #expect(session.waitFor("Nog geen werkbezoeken").ok)
        session.send("a")
        #expect(session.waitFor("Nieuw werkbezoek").ok)
        for value in [
            "Fatima el Amraní", "Tweede Kamerlid", "CDA", "", "", "Súdwest-Fryslân", "",
            "14-03-2030 10:00-14:00", "10:00", "Gemeentehuis Sneek", "Ontvangst", "", "Jan de Vries",
        ] {
            if !value.isEmpty { session.sendLiteral(value) }
            session.send("Tab")
        }
        session.send("F2")
        let (saved, ok) = session.waitFor("vastgelegd: status aangevraagd")
        #expect(ok, "not saved:\n\(saved)")
        #expect(saved.contains("Fatima el Amraní") && saved.contains("aangevraagd"))
        session.send("q")
        #expect(session.waitForExitStatus() == 0)

        var cli = Spawn.inheritedEnvironment()
        cli["XDG_DATA_HOME"] = session.directory + "/xdg"
        let binary = try #require(BuiltBinary.path)
        let status = Spawn.run(
            [binary, "werkbezoek", "status", "Fatima el Amrani", "--store", store], environment: cli)
        #expect(status.status == 0)
        #expect(status.output.contains("Status") && status.output.contains("aangevraagd"), "\(status.output)")
        #expect(status.output.contains("Fatima el Amraní (Tweede Kamerlid, CDA)"))
        #expect(status.output.contains("Súdwest-Fryslân"))
        #expect(status.output.contains("Gemeentehuis Sneek: Ontvangst"))
    }

    @Test func readOnlyShowsVisitsAndNeverCreatesTheStore() {
        let session = TmuxSession()
        defer { session.close() }
        let store = session.directory + "/nog-niet.sqlite"
        session.startSterk(
            "dashboard --alleen-lezen --store '\(store)'",
            environment: "LANG=C.UTF-8 TERM=tmux-256color XDG_DATA_HOME='\(session.directory)/xdg'")
        #expect(session.waitFor("q stop").ok)
        session.send("8")  // Werkbezoeken
        let (screen, shown) = session.waitFor("sterk werkbezoek nieuw")
        #expect(shown, "\(screen)")
        #expect(!screen.contains("a nieuw"))
        session.send("a")
        #expect(session.waitFor("Alleen lezen:").ok)
        session.send("q")
        #expect(session.waitForExitStatus() == 0)
        #expect(!FileManager.default.fileExists(atPath: store))
    }
}
