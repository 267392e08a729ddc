import Testing

/// The map tests' snapshot call, kept so their call sites stay short; the dashboard's
/// `Snapshot` does the comparing and recording, so both share one golden-file format.
enum MapSnapshot {
    static func assert(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        Snapshot.check(actual, named: name, sourceLocation: sourceLocation)
    }
}
