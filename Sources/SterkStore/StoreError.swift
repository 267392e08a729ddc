/// Everything that can go wrong in the werkbezoek store; `message` is the Dutch text for the user.
public enum StoreError: Error, Equatable, Sendable {
    /// The file exists but is not an SQLite database; it was left untouched.
    case notADatabase(path: String)
    /// A valid SQLite database, but not one of ours (other tables, other application id).
    case foreignDatabase(path: String)
    /// The file was written by a newer `sterk` (its schema version is higher than we know).
    case newerSchema(path: String, found: Int, known: Int)
    /// Opened read-only but the file still needs a schema migration.
    case migrationNeedsWriteAccess(path: String)
    /// There is no store file yet and we were asked only to read.
    case storeMissing(path: String)
    /// The file or its directory could not be created.
    case cannotCreate(path: String, reason: String)
    /// The directory is not writable; SQLite's WAL mode needs to put files next to the database.
    case directoryNotWritable(path: String)
    /// The file could not be opened or read.
    case cannotOpen(path: String, reason: String)
    /// The file (or its directory) does not allow writing.
    case readOnly(path: String)
    /// The database stayed locked by another process for longer than we wait.
    case busy(path: String)
    /// The database is damaged (SQLite reported corruption).
    case corrupt(path: String, detail: String)
    /// Any other SQLite failure.
    case sqlite(path: String, code: Int32, detail: String)

    /// No visit has this reference (or matches this name).
    case visitNotFound(String)
    /// Text that is not a reference of the form WB-2026-014.
    case invalidReference(String)
    /// Text that is not one of the statuses.
    case unknownStatus(String)
    /// The lifecycle does not allow this step.
    case invalidTransition(from: VisitStatus, to: VisitStatus)
    /// The visit already has this status.
    case sameStatus(VisitStatus)
    /// Postponing or cancelling needs a reason.
    case reasonRequired(VisitStatus)
    /// Confirming needs a confirmed date and time.
    case confirmedDateRequired
    /// Someone else changed the status in the meantime.
    case concurrentChange(reference: String, expected: VisitStatus, actual: VisitStatus)
    /// Required fields are missing or invalid; each entry is one Dutch sentence.
    case invalidVisit([String])
    /// Text that is not a date and time of the form `2026-03-14 10:00-14:00`.
    case invalidTimeSlot(String)
    /// An iCalendar event exists only for a confirmed visit.
    case notConfirmed(reference: String, status: VisitStatus)
    /// An export file that we cannot read.
    case invalidArchive(String)
    /// An export file from a newer `sterk`.
    case newerArchive(found: Int, known: Int)
    /// Visits in an export that may not enter the store; each entry is "REF: reason".
    case refusedImport([String])
    /// Every running number of the year has been handed out.
    case referencesExhausted(year: Int)

    // A store on a PostgreSQL server (`location` is the URL without its query).

    /// A `postgres://` URL that cannot be used: bad form, a password in it, an unknown option.
    case invalidStoreURL(url: String, reason: String)
    /// The server could not be reached in time (down, wrong host or port, no network).
    case serverUnreachable(location: String, reason: String)
    /// The server refused the login (password missing or wrong, unknown role, pg_hba.conf).
    case loginRefused(location: String, user: String, reason: String)
    /// TLS could not be set up as `sslmode` asks (no TLS offered, certificate not trusted).
    case tlsFailed(location: String, reason: String)
    /// The server refused a change: this role may only read.
    case permissionDenied(location: String, user: String)
    /// The server did not answer within the time limit; the connection was closed.
    case serverTimeout(location: String, seconds: Int)
    /// The connection broke off during a command.
    case connectionLost(location: String)
    /// The database was set up by a newer `sterk` (its schema version is higher than we know).
    case newerServerSchema(location: String, found: Int, known: Int)
    /// The database holds tables that are not ours.
    case foreignServerDatabase(location: String)
    /// The database has no werkbezoek tables yet and we were asked only to read.
    case serverStoreMissing(location: String)
    /// Any other server error, with the server's SQLSTATE and text.
    case serverError(location: String, code: String, detail: String)
}

extension StoreError: CustomStringConvertible {
    /// Same as `message`, so `"\(error)"` never shows enum syntax to a user.
    public var description: String { message }
}
