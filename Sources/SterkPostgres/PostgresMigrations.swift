/// The schema on PostgreSQL, as numbered steps of statements; table `sterk_schema` holds the
/// last step applied. The same tables and columns as the SQLite store (times as whole seconds
/// since 1970), so export and import move visits between the two exactly.
///
/// Never edit a step that has shipped: add a new one. Each runs in the same transaction as the
/// version bump, under an advisory lock, so two clients starting at once migrate only once.
enum PostgresMigrations {
    /// The schema version this build writes; databases with a higher one are refused.
    static var currentVersion: Int { steps.count }

    /// Written into `sterk_schema.application`, so we tell our database from another's.
    static let application = "sterk-werkbezoeken"

    /// The NOTIFY channel that the triggers signal on every committed change.
    static let channel = "sterk_werkbezoeken"

    /// Step n (from 1) brings the schema from version n-1 to n.
    static let steps: [[String]] = [version1, version2]

    private static let version1 = [
        """
        CREATE TABLE sterk_schema (
            singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
            application text NOT NULL,
            version integer NOT NULL)
        """,
        """
        CREATE TABLE visit (
            id bigserial PRIMARY KEY,
            reference text NOT NULL UNIQUE,
            ref_year bigint NOT NULL,
            ref_number bigint NOT NULL,
            municipality text NOT NULL,
            proposed_start bigint, proposed_end bigint,
            confirmed_start bigint, confirmed_end bigint,
            host_name text, host_email text, host_phone text,
            notes text NOT NULL DEFAULT '',
            status text NOT NULL,
            status_reason text,
            created_at bigint NOT NULL,
            updated_at bigint NOT NULL,
            UNIQUE (ref_year, ref_number))
        """,
        """
        CREATE TABLE visitor (
            visit_id bigint NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
            position bigint NOT NULL,
            name text NOT NULL,
            name_key text NOT NULL,
            role text NOT NULL,
            organisation text NOT NULL,
            email text, phone text,
            PRIMARY KEY (visit_id, position))
        """,
        """
        CREATE TABLE visit_wijk (
            visit_id bigint NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
            position bigint NOT NULL,
            wijk text NOT NULL,
            PRIMARY KEY (visit_id, position))
        """,
        """
        CREATE TABLE programme_item (
            visit_id bigint NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
            position bigint NOT NULL,
            time text NOT NULL, place text NOT NULL, what text NOT NULL, who text NOT NULL,
            PRIMARY KEY (visit_id, position))
        """,
        """
        CREATE TABLE history (
            id bigserial PRIMARY KEY,
            visit_id bigint NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
            at bigint NOT NULL,
            actor text NOT NULL,
            kind text NOT NULL,
            from_status text,
            to_status text NOT NULL,
            note text NOT NULL DEFAULT '')
        """,
        "CREATE INDEX history_by_visit ON history (visit_id, id)",
        "CREATE INDEX visit_by_status ON visit (status)",
        // One notification per committing transaction (PostgreSQL folds equal ones), also for
        // changes made outside sterk (psql), so every open dashboard reloads.
        """
        CREATE FUNCTION sterk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('\(channel)', '');
            RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER visit_changed AFTER INSERT OR UPDATE OR DELETE ON visit
            FOR EACH STATEMENT EXECUTE FUNCTION sterk_notify_change()
        """,
        """
        CREATE TRIGGER history_changed AFTER INSERT OR UPDATE OR DELETE ON history
            FOR EACH STATEMENT EXECUTE FUNCTION sterk_notify_change()
        """,
    ]

    /// The transaction that wrote each history entry, so a reader can ask for "everything
    /// written since my last look": ids come from a sequence and may commit out of order
    /// (a transaction that took id 7 can commit after one that took id 8), transaction ids
    /// measured against a snapshot cannot be missed (see `changes(since:)` in `+Watch`).
    private static let version2 = [
        "ALTER TABLE history ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id()",
        "CREATE INDEX history_by_xid ON history (xid)",
    ]
}
