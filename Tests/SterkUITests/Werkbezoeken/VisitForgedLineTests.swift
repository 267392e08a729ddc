import Foundation
import SterkStore
import Testing
@testable import SterkUI

/// Line breaks and controls in visit text neither start rows of their own nor eat characters.
@Suite struct VisitForgedLineTests {
    /// Lines without spaces: joined by bare newlines they were one long word, wrapped across
    /// rows, each newline counted as no cell but drawn as one — a character lost per newline.
    static let lines = (0..<12).map { "r\($0)-" + String(repeating: "x", count: 9) + "\($0)" }

    @Test("notities met regeleinden: elke regel heel, ingesprongen; een naam met regeleinde blijft op één regel")
    func notesKeepEveryCharacter() throws {
        let fixture = try VisitStoreFixture(empty: true)
        var details = VisitStoreFixture.details(
            "Anna\nStatus: bevestigd", role: "Kamerlid", organisation: "CDA",
            municipality: "GM0355", proposed: "2027-03-14 10:00",
            notes: Self.lines.joined(separator: "\n"))
        details.programme = [
            ProgrammeItem(time: "10:00", place: "Plein\nStatus: geannuleerd", what: "Ontvangst", who: "")
        ]
        _ = try fixture.store.create(details, actor: "anna", at: VisitStoreFixture.clock)
        var dashboard = try Dashboard.visits(fixture, width: 120, height: 40)
        dashboard.press(.openDetail)
        let screen = dashboard.screen(120, 40)
        for line in Self.lines {
            #expect(screen.contains(line), "\(line)\n\(screen)")
        }
        #expect(screen.contains("Anna Status: bevestigd"))
        #expect(screen.contains("Plein Status: geannuleerd: Ontvangst"))
        let rows = screen.split(separator: "\n")
        #expect(!rows.contains { $0.drop { $0 == " " || $0 == "│" }.hasPrefix("Status: bevestigd") })
    }
}
