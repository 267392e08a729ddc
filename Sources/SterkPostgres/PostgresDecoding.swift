import Foundation
import PostgresNIO
import SterkStore

/// Reads columns by position; a value of the wrong type means a damaged or foreign database.
struct PostgresColumns: StoredRow {
    let row: PostgresRandomAccessRow
    let location: String

    init(_ row: PostgresRow, location: String) {
        self.row = row.makeRandomAccess()
        self.location = location
    }

    func value<T: PostgresDecodable>(_ index: Int, _ type: T.Type = T.self) throws(StoreError) -> T {
        guard index < row.count else {
            throw StoreError.corrupt(path: location, detail: DutchPostgresDetail.missingColumn(index + 1))
        }
        do {
            return try row[index].decode(T.self)
        } catch {
            throw StoreError.corrupt(
                path: location, detail: DutchPostgresDetail.unexpectedType(column: row[index].columnName))
        }
    }

    func text(_ index: Int) throws(StoreError) -> String { try value(index) }
    func optionalText(_ index: Int) throws(StoreError) -> String? { try value(index) }
    func integer(_ index: Int) throws(StoreError) -> Int64 { try value(index) }
    func optionalInteger(_ index: Int) throws(StoreError) -> Int64? { try value(index) }
}

/// Small helpers shared by the readers.
enum PostgresDecoding {
    /// The first two columns of `row` (which must exist).
    static func pair<A: PostgresDecodable, B: PostgresDecodable>(
        _ row: PostgresRow?, _ a: A.Type, _ b: B.Type,
        location: String
    ) throws(StoreError) -> (A, B) {
        guard let row else { throw StoreError.corrupt(path: location, detail: DutchPostgresDetail.noSchemaAnswer) }
        let columns = PostgresColumns(row, location: location)
        return (try columns.value(0), try columns.value(1))
    }
}
