import Foundation
import SterkStore
@testable import SterkUI

/// A small werkbezoek store in a temporary directory: known visits, a fixed clock.
final class VisitStoreFixture {
    /// 2026-02-20 12:00 UTC: "now" for every snapshot, and the base of every history time.
    static let clock = Date(timeIntervalSince1970: 1_771_588_800)

    let directory: String
    let store: SQLiteWerkbezoekStore

    init(empty: Bool = false) throws {
        directory = NSTemporaryDirectory() + "sterk-ui-visits-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        store = try SQLiteWerkbezoekStore(path: directory + "/werkbezoeken.sqlite")
        if !empty { try fill() }
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    static func at(minutes: Int) -> Date { clock.addingTimeInterval(Double(minutes) * 60) }

    static func slot(_ text: String) -> TimeSlot {
        (try? TimeSlot(parsing: text)) ?? TimeSlot(start: clock)
    }

    /// What the dashboard would read now.
    var snapshot: VisitSnapshot {
        get throws { VisitSnapshot(archive: try store.archive(), now: Self.clock) }
    }

    /// Dashboard options with this store loaded.
    func options(readOnly: Bool = false) throws -> DashboardOptions {
        var options = DashboardOptions()
        options.werkbezoeken = .loaded(try snapshot)
        options.readOnly = readOnly
        return options
    }

    static func details(
        _ name: String, role: String, organisation: String, municipality: String, wijken: [String] = [],
        proposed: String, programme: [ProgrammeItem] = [], notes: String = ""
    ) -> VisitDetails {
        VisitDetails(
            visitors: [Visitor(name: name, role: role, organisation: organisation)], municipalityCode: municipality,
            wijkIDs: wijken, proposed: slot(proposed), programme: programme,
            hostContact: HostContact(name: "Jan de Vries", email: "j.devries@zeist.nl"), notes: notes)
    }

    /// Four visits: bevestigd (Zeist), uitgesteld (Raalte), in voorbereiding (Oosterhout), aangevraagd ('s-Hertogenbosch).
    private func fill() throws {
        let zeist = Self.details(
            "Fatima el Amraní", role: "Tweede Kamerlid", organisation: "CDA", municipality: "GM0355",
            wijken: ["vollenhove"], proposed: "2026-03-14 10:00-14:00",
            programme: [
                ProgrammeItem(time: "10:00", place: "Wijkcentrum De Boog", what: "Ontvangst", who: "wethouder"),
                ProgrammeItem(
                    time: "11:00-12:30", place: "Vollenhove", what: "Wandeling door de wijk", who: "bewoners"),
            ],
            notes: "Parkeren bij het gemeentehuis.")
        let raalte = Self.details(
            "Joost van den Berg", role: "Gedeputeerde", organisation: "Provincie Overijssel",
            municipality: "GM0177", wijken: ["wilgensingel"], proposed: "2026-04-02 13:30-16:00")
        let oosterhout = Self.details(
            "Ilse Çelik", role: "Wethouder", organisation: "GroenLinks", municipality: "GM0826",
            wijken: ["dommelbergen"], proposed: "2026-05-20 09:00")
        let bosch = Self.details(
            "Piet Bos", role: "beleidsmedewerker BZK", organisation: "ministerie van BZK",
            municipality: "GM0796", proposed: "2026-06-10 10:00")
        let first = try store.create(zeist, actor: "anna", at: Self.at(minutes: 0))
        let second = try store.create(raalte, actor: "anna", at: Self.at(minutes: 10))
        let third = try store.create(oosterhout, actor: "bram", at: Self.at(minutes: 20))
        _ = try store.create(bosch, actor: "bram", at: Self.at(minutes: 30))
        try change(first.reference, to: .inVoorbereiding, note: "programma in de maak", at: 60)
        try change(first.reference, to: .bevestigd, confirmed: Self.slot("2026-03-14 10:00-14:00"), at: 120)
        try change(second.reference, to: .uitgesteld, note: "Kamerdebat", at: 90)
        try change(third.reference, to: .inVoorbereiding, at: 100)
    }

    private func change(
        _ reference: VisitReference, to status: VisitStatus, note: String = "", confirmed: TimeSlot? = nil,
        at minutes: Int
    ) throws {
        _ = try store.changeStatus(
            StatusChangeRequest(
                reference: reference, target: status, note: note, actor: "anna",
                at: Self.at(minutes: minutes), confirmed: confirmed))
    }
}

extension Dashboard {
    /// A dashboard at 80×24 (or another size) showing the Werkbezoeken panel of a fixture store.
    static func visits(_ fixture: VisitStoreFixture, readOnly: Bool = false, width: Int = 80, height: Int = 24) throws
        -> Dashboard
    {
        var dashboard = Fixtures.dashboard(try fixture.options(readOnly: readOnly), width: width, height: height)
        dashboard.show(.werkbezoeken)
        return dashboard
    }

    /// Presses a key directly (form keys, typed characters).
    mutating func key(_ key: Key) { _ = update(.key(key)) }

    /// The open form, for checks.
    var form: FormState? { visits.dialog?.form }
}
