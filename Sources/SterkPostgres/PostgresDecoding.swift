import Foundation
import PostgresNIO
import SterkStore

/// Reads columns by position; a value of the wrong type means a damaged or foreign database.
struct PostgresColumns {
    let row: PostgresRandomAccessRow
    let location: String

    init(_ row: PostgresRow, location: String) {
        self.row = row.makeRandomAccess()
        self.location = location
    }

    func value<T: PostgresDecodable>(_ index: Int, _ type: T.Type = T.self) throws(StoreError) -> T {
        guard index < row.count else {
            throw StoreError.corrupt(path: location, detail: "kolom \(index + 1) ontbreekt")
        }
        do {
            return try row[index].decode(T.self)
        } catch {
            throw StoreError.corrupt(
                path: location, detail: "kolom ‘\(row[index].columnName)’ heeft een onverwacht type")
        }
    }

    func text(_ index: Int) throws(StoreError) -> String { try value(index) }
    func optionalText(_ index: Int) throws(StoreError) -> String? { try value(index) }
    func integer(_ index: Int) throws(StoreError) -> Int64 { try value(index) }
    func optionalInteger(_ index: Int) throws(StoreError) -> Int64? { try value(index) }

    func reference(_ index: Int) throws(StoreError) -> VisitReference {
        let text = try text(index)
        guard let reference = VisitReference(text) else {
            throw StoreError.corrupt(path: location, detail: "ongeldige referentie ‘\(text)’")
        }
        return reference
    }

    func status(_ index: Int) throws(StoreError) -> VisitStatus {
        let text = try text(index)
        guard let status = VisitStatus(rawValue: text) else {
            throw StoreError.corrupt(path: location, detail: "onbekende status ‘\(text)’")
        }
        return status
    }

    func optionalStatus(_ index: Int) throws(StoreError) -> VisitStatus? {
        guard try optionalText(index) != nil else { return nil }
        return try status(index)
    }

    func date(_ index: Int) throws(StoreError) -> Date { Seconds.date(try integer(index)) }

    func slot(_ start: Int, _ end: Int) throws(StoreError) -> TimeSlot? {
        guard let first = try optionalInteger(start) else { return nil }
        return TimeSlot(start: Seconds.date(first), end: try optionalInteger(end).map(Seconds.date))
    }
}

/// Small helpers shared by the readers.
enum PostgresDecoding {
    /// The first two columns of `row` (which must exist).
    static func pair<A: PostgresDecodable, B: PostgresDecodable>(
        _ row: PostgresRow?, _ a: A.Type, _ b: B.Type,
        location: String
    ) throws(StoreError) -> (A, B) {
        guard let row else { throw StoreError.corrupt(path: location, detail: "geen antwoord op een schemavraag") }
        let columns = PostgresColumns(row, location: location)
        return (try columns.value(0), try columns.value(1))
    }
}

/// Times are stored as whole seconds since 1970, as in the SQLite store.
enum Seconds {
    static func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
    static func of(_ date: Date) -> Int64 {
        let value = date.timeIntervalSince1970.rounded(.down)
        // Dates far outside any visit's lifetime would not fit; clamp instead of trapping.
        return Int64(exactly: value) ?? (value < 0 ? Int64.min / 2 : Int64.max / 2)
    }
}
