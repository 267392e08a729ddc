import Foundation

/// One result row, whichever back end read it. Both stores keep the same tables and columns,
/// so one set of decoders turns rows into visits; a value of the wrong kind means a damaged store.
/// `SendableMetatype`: the generic decoders pass a row type's functions around as values.
package protocol StoredRow: SendableMetatype {
    /// Where the row came from, for messages (a file path or a server URL).
    var location: String { get }
    func text(_ column: Int) throws(StoreError) -> String
    func optionalText(_ column: Int) throws(StoreError) -> String?
    func integer(_ column: Int) throws(StoreError) -> Int64
    func optionalInteger(_ column: Int) throws(StoreError) -> Int64?
}

extension StoredRow {
    package func reference(_ column: Int) throws(StoreError) -> VisitReference {
        let text = try text(column)
        guard let reference = VisitReference(text) else {
            throw StoreError.corrupt(path: location, detail: DutchStoreDetail.invalidReference(text))
        }
        return reference
    }

    package func status(_ column: Int) throws(StoreError) -> VisitStatus {
        let text = try text(column)
        guard let status = VisitStatus(rawValue: text) else {
            throw StoreError.corrupt(path: location, detail: DutchStoreDetail.unknownStatus(text))
        }
        return status
    }

    package func optionalStatus(_ column: Int) throws(StoreError) -> VisitStatus? {
        guard try optionalText(column) != nil else { return nil }
        return try status(column)
    }

    package func date(_ column: Int) throws(StoreError) -> Date { StoredTime.date(try integer(column)) }

    package func slot(_ start: Int, _ end: Int) throws(StoreError) -> TimeSlot? {
        guard let first = try optionalInteger(start) else { return nil }
        return TimeSlot(start: StoredTime.date(first), end: try optionalInteger(end).map(StoredTime.date))
    }
}

/// Times are stored as whole seconds since 1970 in both back ends.
package enum StoredTime {
    package static func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }

    package static func seconds(_ date: Date) -> Int64 {
        let value = date.timeIntervalSince1970.rounded(.down)
        // Dates far outside any visit's lifetime would not fit; clamp instead of trapping.
        return Int64(exactly: value) ?? (value < 0 ? Int64.min / 2 : Int64.max / 2)
    }

    package static func start(_ slot: TimeSlot?) -> Int64? { slot.map { seconds($0.start) } }
    package static func end(_ slot: TimeSlot?) -> Int64? { slot?.end.map(seconds) }
}
