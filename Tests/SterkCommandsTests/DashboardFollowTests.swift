import Foundation
import SterkStore
import SterkUI
import Testing

@testable import SterkCommands

/// An open dashboard shows a change made by another process by reading that visit alone,
/// and ends up with exactly what a full read would give.
@Suite struct DashboardFollowTests {
    @Test func changeElsewhereIsReadWithoutAFullReload() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sterk-follow-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("werkbezoeken.sqlite").path
        let writer = try SQLiteWerkbezoekStore(path: path)
        let created = try (0..<40).map { index in try writer.create(details(index), actor: "anna", at: Date()) }

        let dashboard = DashboardVisitStore(location: .file(path: path), readOnly: true, actor: "lobby")
        #expect(dashboard.initialState().snapshot?.visits.count == 40)
        #expect(dashboard.visitsReadLastTime == 40)
        #expect(!dashboard.changedElsewhere())

        let target = created[17].reference
        _ = try writer.changeStatus(
            .init(reference: target, target: .geannuleerd, note: "gaat niet door", actor: "bert"))
        #expect(dashboard.changedElsewhere())
        guard case .done(.reload, _, .loaded(let followed)) = dashboard.followChanges() else {
            Issue.record("following the change failed")
            return
        }
        #expect(dashboard.visitsReadLastTime == 1, "only the changed visit is read")
        #expect(followed.visits.first { $0.reference == target }?.status == .geannuleerd)
        #expect(followed.histories[target]?.last?.note == "gaat niet door")
        #expect(!dashboard.changedElsewhere())

        let full = VisitSnapshot(archive: try writer.archive(), now: followed.now)
        #expect(followed == full, "the followed snapshot equals a full read")
    }

    private func details(_ index: Int) -> VisitDetails {
        VisitDetails(
            visitors: [Visitor(name: "Bezoeker \(index)", role: "Kamerlid", organisation: "Tweede Kamer")],
            municipalityCode: "GM0355", wijkIDs: ["vollenhove"],
            proposed: TimeSlot(start: Date(timeIntervalSince1970: 1_773_482_400)),
            hostContact: HostContact(name: "Jan de Vries", email: "j.devries@zeist.nl"), notes: "")
    }
}
