import Foundation
import SterkStore
import SterkUI

/// The dashboard's side of the werkbezoek store: reads snapshots and carries out the
/// `Effect.store` commands that `Dashboard.update` returns (the runner calls `handle`).
///
/// Never creates the store file just by looking: a missing file stays missing until the
/// first visit is saved (and with `--alleen-lezen`, for good). The store may also be a
/// PostgreSQL server (`postgres://`); `changedElsewhere` tells when someone else changed it.
final class DashboardVisitStore {
    let location: StoreLocation
    let readOnly: Bool
    /// Written into the history of every change.
    let actor: String
    private let now: () -> Date
    private var store: (any WerkbezoekStore)?
    /// The store's change token when we last read it (see `StoreChangeWatch`).
    private var seenToken: Int64?
    /// What we read last and where in the store's history that was: the next read asks only
    /// for what changed since (`StoreChangeWatch.changes(since:)`).
    private var last: (snapshot: VisitSnapshot, mark: ChangeMark)?
    /// How many visits the last read fetched from the store (all of them, or only the changed).
    private(set) var visitsReadLastTime = 0

    init(location: StoreLocation, readOnly: Bool, actor: String, now: @escaping () -> Date = { Date() }) {
        self.location = location
        self.readOnly = readOnly
        self.actor = actor
        self.now = now
    }

    /// Opens the store if its file exists and reads everything; any failure becomes the
    /// store's message, shown in the panel while the rest of the dashboard works.
    func initialState() -> VisitStoreState {
        do throws(StoreError) {
            try openExisting()
            return try read()
        } catch {
            return .unavailable(message: error.message)
        }
    }

    /// The runner's effect handler: `.store` commands become `.storeResult` events.
    func handle(_ effect: Effect) -> [InputEvent] {
        guard case let .app(command) = effect else { return [] }
        return [.storeResult(execute(command))]
    }

    /// Carries out one command and reads the store again, so the dashboard shows what is stored.
    func execute(_ command: StoreCommand) -> StoreResult {
        guard !readOnly || command == .reload else {
            return .failed(command, message: Self.readOnlyMessage, store: nil)
        }
        do throws(StoreError) {
            let reference = try perform(command)
            // `r` reads everything again; after our own change, what changed is enough.
            return .done(command, reference: reference, store: command == .reload ? try read() : try readChanges())
        } catch {
            return .failed(command, message: error.message, store: try? readChanges())
        }
    }

    /// A change made elsewhere, as a finished reload that read only the visits that changed.
    func followChanges() -> StoreResult {
        do throws(StoreError) {
            if store == nil { try openExisting() }
            return .done(.reload, reference: nil, store: try readChanges())
        } catch {
            return .failed(.reload, message: error.message, store: nil)
        }
    }

    private func perform(_ command: StoreCommand) throws(StoreError) -> VisitReference? {
        switch command {
        case .reload:
            if store == nil { try openExisting() }
            return nil
        case let .createVisit(details):
            return try writable().create(details, actor: actor, at: now()).reference
        case let .changeStatus(reference, target, note, expecting, confirmed):
            _ = try writable().changeStatus(
                StatusChangeRequest(
                    reference: reference, target: target, note: note, actor: actor,
                    at: now(), expecting: expecting, confirmed: confirmed))
            return reference
        case let .updateNotes(reference, notes):
            let opened = try writable()
            // Re-read: only the notes change, whatever else someone changed meanwhile stays.
            guard var details = try opened.visit(reference)?.details else {
                throw StoreError.visitNotFound(reference.description)
            }
            details.notes = notes
            _ = try opened.update(reference, details: details, actor: actor, note: "", at: now())
            return reference
        }
    }

    /// Everything in the store now; `.missing` while there is no file.
    private func read() throws(StoreError) -> VisitStoreState {
        guard let store else { return .missing(path: location.display, now: now()) }
        // The token before the read: a change committed during the read triggers one more reload, never none.
        seenToken = try? (store as? StoreChangeWatch)?.changeToken()
        guard let watch = store as? StoreChangeWatch else {
            last = nil
            return .loaded(counted(VisitSnapshot(archive: try store.archive(), now: now()), read: nil))
        }
        let everything = try watch.markedArchive()
        let snapshot = VisitSnapshot(archive: everything.visits, now: now())
        last = (snapshot, everything.mark)
        return .loaded(counted(snapshot, read: everything.visits.count))
    }

    /// The last snapshot with the visits changed since it was read; everything when there is none.
    private func readChanges() throws(StoreError) -> VisitStoreState {
        guard let store, let watch = store as? StoreChangeWatch, let last else { return try read() }
        seenToken = try? watch.changeToken()
        let changes = try watch.changes(since: last.mark)
        let snapshot = last.snapshot.updating(with: changes.visits, now: now())
        self.last = (snapshot, changes.mark)
        return .loaded(counted(snapshot, read: changes.visits.count))
    }

    private func counted(_ snapshot: VisitSnapshot, read: Int?) -> VisitSnapshot {
        visitsReadLastTime = read ?? snapshot.visits.count
        return snapshot
    }

    /// True when another process or client changed the store since we last read it (or the
    /// missing file has appeared). Cheap: a flag or a shared-memory counter, no query.
    func changedElsewhere() -> Bool {
        guard let store else {
            if case .file(let path) = location { return FileManager.default.fileExists(atPath: path) }
            return false
        }
        guard let watch = store as? StoreChangeWatch, let token = try? watch.changeToken() else { return false }
        return token != seenToken
    }

    /// Opens the file when it exists. Writable unless read-only; a file we may only read is
    /// still shown (saving then reports why it cannot).
    private func openExisting() throws(StoreError) {
        if case .file(let path) = location, !FileManager.default.fileExists(atPath: path) { return }
        if readOnly {
            store = try StoreOpener.open(location, readOnly: true)
            return
        }
        do {
            store = try StoreOpener.open(location, readOnly: false)
        } catch {
            guard let reader = try? StoreOpener.open(location, readOnly: true) else { throw error }
            store = reader
        }
    }

    /// The open store, or one created now for the first visit ever saved.
    private func writable() throws(StoreError) -> any WerkbezoekStore {
        if let store { return store }
        let created = try StoreOpener.open(location, readOnly: false)
        store = created
        return created
    }

    static let readOnlyMessage = DutchReadOnly.dashboard
}
