import Foundation
import Testing

/// Invalid UTF-8 in names and files, a FIFO as store, user themes in `scherm`, private cache, narrow tables.
@Suite struct SmallHardeningTests {
    private func mode(_ path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o777 : nil
    }

    @Test("een bestandsnaam die geen UTF-8 is opent toch het bestand dat ze noemt")
    func nonUTF8FileNameOpensItsFile() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        let contents = try Data(contentsOf: CLITests.fixtures.appendingPathComponent("minimal.json"))
        let raw = Array(fixture.folder.path.utf8) + Array("/data-".utf8) + [0xFF] + Array(".json".utf8)
        let descriptor = open(raw.map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT | O_EXCL, 0o644)
        try #require(descriptor >= 0)
        _ = contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        for arguments in [
            "valideer \"$1/$(printf 'data-\\377.json')\"",
            "lijst gemeenten --data=\"$1/$(printf 'data-\\377.json')\"",
            "lijst gemeenten --data \"$1/$(printf 'data-\\377.json')\"",
        ] {
            let status = SterkBinary.spawn(
                ["/bin/sh", "-c", "exec \"$0\" " + arguments, SterkBinary.path, fixture.folder.path],
                stdout: fixture.path("out"), stderr: fixture.path("err"),
                environment: ["XDG_CACHE_HOME": fixture.path("cache"), "PATH": "/usr/bin:/bin"])
            let out = try String(contentsOfFile: fixture.path("out"), encoding: .utf8)
            let error = try String(contentsOfFile: fixture.path("err"), encoding: .utf8)
            #expect(status == 0, "\(arguments): \(error)")
            #expect(out.contains("geldig") || out.contains("Zeist"), "\(arguments)")
        }
    }

    /// A Swift string holds no invalid bytes, so a new file named `uit-\377.json` would be
    /// created as `uit-\u{FFFD}.json`, somewhere the user did not name: refused instead.
    @Test("een nieuw -o-bestand met een naam die geen UTF-8 is wordt geweigerd, niet onder een andere naam gemaakt")
    func nonUTF8NewOutputFileIsRefused() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        let reference = try fixture.confirmedVisit()
        for command in ["export", "ics \(reference)"] {
            try expectRefusedNewName(
                "werkbezoek \(command) --store \"$1/werkbezoeken.sqlite\" -o \"$1/$(printf 'uit-\\377')\"",
                prefix: "uit-", in: fixture)
        }
    }

    @Test("een nieuwe store met een naam die geen UTF-8 is wordt geweigerd (nieuw, kopieer --naar, dashboard)")
    func nonUTF8NewStoreIsRefused() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        _ = try fixture.confirmedVisit()
        let newVisit = VisitStoreFixture.newVisit().map { "'\($0)'" }.joined(separator: " ")
        for command in [
            "werkbezoek \(newVisit) --store \"$1/$(printf 'st-\\377.sqlite')\"",
            "werkbezoek kopieer --store \"$1/werkbezoeken.sqlite\" --naar \"$1/$(printf 'st-\\377.sqlite')\"",
            // Refused before the screen changes: the visit form would create it under the repaired name.
            "dashboard --store \"$1/$(printf 'st-\\377.sqlite')\"",
            "--store \"$1/$(printf 'st-\\377.sqlite')\"",
        ] {
            try expectRefusedNewName(command, prefix: "st-", in: fixture)
        }
    }

    /// Runs `sterk COMMAND` through sh (`$1` is the fixture's folder, so `printf` can put raw
    /// bytes in a name) and expects a refusal naming UTF-8, with no file starting with `prefix`.
    private func expectRefusedNewName(_ command: String, prefix: String, in fixture: VisitStoreFixture) throws {
        let status = SterkBinary.spawn(
            ["/bin/sh", "-c", "exec \"$0\" " + command, SterkBinary.path, fixture.folder.path],
            stdout: fixture.path("out"), stderr: fixture.path("err"),
            environment: ["XDG_CACHE_HOME": fixture.path("cache"), "PATH": "/usr/bin:/bin"])
        let error = try String(contentsOfFile: fixture.path("err"), encoding: .utf8)
        #expect(status == 1, "\(command): \(error)")
        #expect(error.contains("geen UTF-8"), "\(command): \(error)")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path)
        #expect(!names.contains { $0.hasPrefix(prefix) }, "\(command): \(names)")
    }

    @Test("een dataset met ongeldige UTF-8 wordt geweigerd met regel en kolom")
    func invalidUTF8DatasetIsRefused() throws {
        let path = CLITests.fixtures.appendingPathComponent("broken/invalid-utf8.json").path
        let result = try SterkBinary.run(["valideer", path])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                ":63:56: geen geldige JSON: ongeldige UTF-8 (byte 0xE9); sla het bestand op als UTF-8"),
            "\(result.stdout)")
    }

    @Test("een FIFO als --store wordt geweigerd in plaats van stil te wachten")
    func fifoStoreIsRefused() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        let fifo = fixture.path("pijp.sqlite")
        try #require(mkfifo(fifo, 0o600) == 0)
        for command in ["lijst", "status WB-2026-001"] {
            // `timeout` turns a hang into exit 124 instead of a test run that never ends.
            let status = SterkBinary.spawn(
                [
                    "/bin/sh", "-c", "exec timeout 20 \"$0\" werkbezoek \(command) --store \"$1\"",
                    SterkBinary.path, fifo,
                ],
                stdout: fixture.path("out"), stderr: fixture.path("err"), environment: ["PATH": "/usr/bin:/bin"])
            #expect(status == 1, "\(command)")
            let error = try String(contentsOfFile: fixture.path("err"), encoding: .utf8)
            #expect(error.contains("het is geen gewoon bestand"), "\(command): \(error)")
        }
    }

    @Test("scherm --theme vindt eigen thema's in $XDG_CONFIG_HOME/sterk/themes")
    func screenUsesUserThemes() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        let themes = fixture.path("config/sterk/themes")
        try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
        try "heading = fg:201 bold\n".write(toFile: themes + "/roze.theme", atomically: true, encoding: .utf8)
        let result = try SterkBinary.run(
            ["scherm", "overzicht", "--grootte", "100x30", "--kleur", "--theme", "roze"],
            environment: ["XDG_CONFIG_HOME": fixture.path("config")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("38;5;201"), "\(result.stderr)")
    }

    @Test("de cache: map 0700 en bestand 0600, ook met umask 022")
    func cacheIsPrivate() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        let data = fixture.path("data.json")
        try FileManager.default.copyItem(
            atPath: CLITests.fixtures.appendingPathComponent("minimal.json").path, toPath: data)
        let status = SterkBinary.spawn(
            ["/bin/sh", "-c", "umask 022; exec \"$0\" lijst gemeenten --data \"$1\"", SterkBinary.path, data],
            stdout: fixture.path("out"), stderr: fixture.path("err"),
            environment: ["XDG_CACHE_HOME": fixture.path("cache"), "PATH": "/usr/bin:/bin"])
        #expect(status == 0)
        let folder = fixture.path("cache/sterk")
        #expect(mode(fixture.path("cache")) == 0o700)
        #expect(mode(folder) == 0o700)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.count == 1)
        for file in files { #expect(mode(folder + "/" + file) == 0o600, "\(file)") }
    }

    @Test("een naam van 300 tekens op een terminal: geen regel breder dan de terminal")
    func longNameKeepsTableWidth() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        let name = String(repeating: "Lang", count: 75)
        #expect(try fixture.run(VisitStoreFixture.newVisit(visitor: "\(name)|Kamerlid|CDA")).status == 0)
        for columns in [60, 30] {
            let script = "stty cols \(columns) rows 40; \"$0\" werkbezoek lijst --store \"$1\""
            let status = SterkBinary.spawn(
                [
                    "/usr/bin/script", "-qec", "sh -c '\(script)' \"\(SterkBinary.path)\" \"\(fixture.store)\"",
                    "/dev/null",
                ],
                stdout: fixture.path("tty"), stderr: fixture.path("err"),
                environment: ["PATH": "/usr/bin:/bin", "TERM": "xterm"])
            #expect(status == 0)
            let lines = try String(contentsOfFile: fixture.path("tty"), encoding: .utf8)
                .replacingOccurrences(of: "\r", with: "").split(separator: "\n")
            #expect(lines.count >= 3, "\(lines)")
            for line in lines { #expect(line.count <= columns, "\(columns): \(line)") }
        }
    }
}
