import Foundation
import SterkStore
import Testing

@Suite("Bestand, schema en migraties")
struct SchemaTests {
    @Test("eerste gebruik maakt map (0700) en bestand (0600) aan, in WAL-modus, op de laatste schemaversie")
    func createsOnFirstUse() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("nieuw/dieper/werkbezoeken.sqlite")
        let store = try SQLiteWerkbezoekStore(path: path)
        _ = try store.create(Samples.details(), actor: "a", at: Date())
        #expect(try mode(of: path) == 0o600)
        #expect(try mode(of: directory.file("nieuw")) == 0o700)
        #expect(try mode(of: directory.file("nieuw/dieper")) == 0o700)
        #expect(try mode(of: path + "-wal") == 0o600, "SQLite copies the database's mode to the WAL file")
        #expect(try RawSQLite.column("PRAGMA journal_mode", on: path) == ["wal"])
        #expect(try RawSQLite.column("PRAGMA user_version", on: path) == [String(SQLiteWerkbezoekStore.schemaVersion)])
        #expect(try store.integrityCheck() == "ok")
    }

    @Test("een leeg bestand wordt gemigreerd; opnieuw openen migreert niets dubbel")
    func migratesEmptyFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("leeg.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let visit = try SQLiteWerkbezoekStore(path: path).create(Samples.details(), actor: "a", at: Date())
        let reopened = try SQLiteWerkbezoekStore(path: path)
        #expect(try reopened.visit(visit.reference) == visit)
        let tables = try RawSQLite.column("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", on: path)
        #expect(tables == ["history", "programme_item", "sqlite_sequence", "visit", "visit_wijk", "visitor"])
    }

    @Test(
        "een bestand dat geen database is wordt geweigerd en niet aangeraakt",
        arguments: [
            Data("dit is geen database\n".utf8),
            Data("SQLite format 3".utf8),  // one byte short of the real header
            Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }),
            Data("SQLite format 3\0".utf8) + Data(repeating: 0xFF, count: 4080),
        ])
    func corruptFileUntouched(content: Data) throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("kapot.sqlite")
        try content.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try SQLiteWerkbezoekStore(path: path) }
        #expect(
            error == .notADatabase(path: path) || error.map(Self.isCorruption) == true,
            "got \(String(describing: error))")
        #expect(error?.message.contains("niet aangeraakt") == true || error.map(Self.isCorruption) == true)
        #expect(try bytes(of: path) == content)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("een SQLite-database van een ander programma wordt geweigerd en niet aangeraakt")
    func foreignDatabaseUntouched() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("ander.sqlite")
        try RawSQLite.execute("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');", on: path)
        let before = try bytes(of: path)
        #expect(throws: StoreError.foreignDatabase(path: path)) { try SQLiteWerkbezoekStore(path: path) }
        #expect(try bytes(of: path) == before)
    }

    @Test("een nieuwer schema geeft een duidelijke fout en wordt niet aangeraakt")
    func newerSchemaRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("nieuwer.sqlite")
        _ = try Samples.storeWithVisit(in: directory)
        try FileManager.default.moveItem(atPath: directory.file("werkbezoeken.sqlite"), toPath: path)
        let newer = SQLiteWerkbezoekStore.schemaVersion + 7
        try RawSQLite.execute("PRAGMA journal_mode = DELETE; PRAGMA user_version = \(newer);", on: path)
        let before = try bytes(of: path)
        for readOnly in [false, true] {
            let error = #expect(throws: StoreError.self) { try SQLiteWerkbezoekStore(path: path, readOnly: readOnly) }
            #expect(error == .newerSchema(path: path, found: newer, known: SQLiteWerkbezoekStore.schemaVersion))
            #expect(error?.message.contains("nieuwere versie van sterk") == true)
        }
        #expect(try bytes(of: path) == before)
    }

    @Test("alleen lezen: een ontbrekend bestand wordt niet aangemaakt")
    func readOnlyDoesNotCreate() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("nog-niet.sqlite")
        #expect(throws: StoreError.storeMissing(path: path)) { try SQLiteWerkbezoekStore(path: path, readOnly: true) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("alleen lezen: schrijven wordt geweigerd en na sluiten blijven geen -wal/-shm-bestanden achter")
    func readOnlyRefusesWrites() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("werkbezoeken.sqlite")
        _ = try Samples.storeWithVisit(in: directory)
        do {
            let reader = try SQLiteWerkbezoekStore(path: path, readOnly: true)
            #expect(try reader.count() == 1)
            #expect(throws: StoreError.readOnly(path: path)) {
                try reader.create(Samples.details(), actor: "a", at: Date())
            }
        }
        #expect(try SQLiteWerkbezoekStore(path: path, readOnly: true).count() == 1)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
    }

    @Test("standaardlocatie volgt XDG_DATA_HOME, anders ~/.local/share")
    func defaultLocation() {
        #expect(
            StorePaths.defaultStorePath(environment: ["XDG_DATA_HOME": "/data/", "HOME": "/home/a"])
                == "/data/sterk/werkbezoeken.sqlite")
        #expect(
            StorePaths.defaultStorePath(environment: ["XDG_DATA_HOME": "relatief", "HOME": "/home/a"])
                == "/home/a/.local/share/sterk/werkbezoeken.sqlite")
        #expect(
            StorePaths.defaultStorePath(environment: ["HOME": "/home/a"])
                == "/home/a/.local/share/sterk/werkbezoeken.sqlite")
    }

    private static func isCorruption(_ error: StoreError) -> Bool {
        if case .corrupt = error { return true }
        return false
    }
}
