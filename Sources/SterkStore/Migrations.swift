/// The schema, as numbered steps. `PRAGMA user_version` holds the last step applied.
///
/// Never edit a step that has shipped: add a new one. Each runs inside the same write
/// transaction as the version bump, so a crash leaves either the old or the new schema.
enum Migrations {
    /// Written to `PRAGMA application_id` so we can tell our files from other SQLite files ("STRK").
    static let applicationID: Int64 = 0x5354_524B

    /// The schema version this build writes; files with a higher one are refused.
    static var currentVersion: Int { steps.count }

    /// Step n (from 1) brings the schema from version n-1 to n.
    static let steps: [String] = [version1]

    private static let version1 = """
        CREATE TABLE visit (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            ref_year INTEGER NOT NULL,
            ref_number INTEGER NOT NULL,
            municipality TEXT NOT NULL,
            proposed_start INTEGER, proposed_end INTEGER,
            confirmed_start INTEGER, confirmed_end INTEGER,
            host_name TEXT, host_email TEXT, host_phone TEXT,
            notes TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            status_reason TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            UNIQUE (ref_year, ref_number)
        );
        CREATE TABLE visitor (
            visit_id INTEGER NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            role TEXT NOT NULL,
            organisation TEXT NOT NULL,
            email TEXT, phone TEXT,
            PRIMARY KEY (visit_id, position)
        );
        CREATE TABLE visit_wijk (
            visit_id INTEGER NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            wijk TEXT NOT NULL,
            PRIMARY KEY (visit_id, position)
        );
        CREATE TABLE programme_item (
            visit_id INTEGER NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            time TEXT NOT NULL, place TEXT NOT NULL, what TEXT NOT NULL, who TEXT NOT NULL,
            PRIMARY KEY (visit_id, position)
        );
        CREATE TABLE history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            visit_id INTEGER NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            kind TEXT NOT NULL,
            from_status TEXT,
            to_status TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX history_by_visit ON history (visit_id, id);
        CREATE INDEX visit_by_status ON visit (status);
        """
}
