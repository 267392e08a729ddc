import SterkStore

/// Several multi-row INSERTs sent as one statement (all but the last as CTEs), so a visit's
/// visitors, wijken, programme and history cost one round trip to the server, not one per row.
/// A batch past the protocol's 65,535 parameters is split into several statements.
struct PostgresBatchInsert {
    private struct Insert {
        var table: String
        var columns: [String]
        var rows: [[PostgresValue]]
    }

    private var inserts: [Insert] = []
    /// Parameters per statement; the wire protocol counts them in 16 bits.
    static let parameterLimit = 65_535

    /// Adds `rows` (each with one value per column) for `table`; nothing when there are none.
    mutating func add(_ table: String, columns: [String], rows: [[PostgresValue]]) {
        guard !rows.isEmpty, !columns.isEmpty else { return }
        let perStatement = max(1, Self.parameterLimit / columns.count)
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            let chunk = Array(rows[start..<min(start + perStatement, rows.count)])
            inserts.append(Insert(table: table, columns: columns, rows: chunk))
        }
    }

    /// The statements to send with their parameters: as few as the parameter limit allows.
    var statements: [(sql: String, values: [PostgresValue])] {
        var result: [(sql: String, values: [PostgresValue])] = []
        var parts: [String] = []
        var values: [PostgresValue] = []
        for insert in inserts {
            if values.count + insert.rows.count * insert.columns.count > Self.parameterLimit {
                result.append((Self.combine(parts), values))
                (parts, values) = ([], [])
            }
            let tuples = insert.rows.map { row in
                "("
                    + row.map { value in
                        values.append(value)
                        return "$\(values.count)"
                    }.joined(separator: ", ") + ")"
            }
            parts.append(
                "INSERT INTO \(insert.table) (\(insert.columns.joined(separator: ", "))) VALUES "
                    + tuples.joined(separator: ", "))
        }
        if !parts.isEmpty { result.append((Self.combine(parts), values)) }
        return result
    }

    /// Sends the inserts: one round trip unless the batch is very large.
    func run(on session: PostgresSession) throws(StoreError) {
        for statement in statements { try session.query(statement.sql, statement.values) }
    }

    private static func combine(_ parts: [String]) -> String {
        guard let last = parts.last else { return "" }
        let ctes = parts.dropLast().enumerated().map { "p\($0.offset) AS (\($0.element))" }
        return ctes.isEmpty ? last : "WITH " + ctes.joined(separator: ", ") + " " + last
    }
}
