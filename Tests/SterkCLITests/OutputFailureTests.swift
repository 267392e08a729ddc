import Foundation
import Testing

/// Standard output that cannot be written (a full disk, a closed pipe) is an answer, not a trap.
@Suite struct OutputFailureTests {
    static let fullDiskLine = "sterk: kan de uitvoer niet schrijven: geen ruimte meer op het apparaat\n"

    @Test(
        "elke opdracht naar /dev/full: één Nederlandse regel en exit 1, geen stacktrace",
        arguments: [
            ["lijst", "focusgebieden"], ["lijst", "gemeenten", "--alle", "--json"], ["lijst", "bronnen", "--csv"],
            ["lijst", "wijken"], ["toon", "Zeist"], ["cijfers"], ["cijfers", "--json"],
            ["scherm", "overzicht", "--grootte", "100x30"], ["presenteer", "--controleer", "200x60"],
            ["--help"], ["--version"], ["lijst", "--help"],
        ])
    func datasetCommandsToFullDisk(arguments: [String]) throws {
        let result = try SterkBinary.run(arguments, stdoutPath: "/dev/full")
        #expect(result.status == 1)
        #expect(result.stderr == Self.fullDiskLine)
    }

    @Test("werkbezoekopdrachten naar /dev/full")
    func visitCommandsToFullDisk() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        let reference = try fixture.confirmedVisit()
        for arguments in [
            ["lijst"], ["lijst", "--json"], ["lijst", "--csv"], ["status", reference], ["status", "fatima"],
            ["geschiedenis", reference], ["export"], ["ics", reference],
        ] {
            let result = try fixture.run(arguments, stdoutPath: "/dev/full")
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr == Self.fullDiskLine, "\(arguments)")
        }
    }

    @Test("nieuw naar /dev/full: vastgelegd, en de melding zegt dat")
    func newVisitToFullDiskIsStillRecorded() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        let result = try fixture.run(VisitStoreFixture.newVisit(), stdoutPath: "/dev/full")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("sterk: kan de uitvoer niet schrijven: geen ruimte meer op het apparaat; WB-"))
        #expect(result.stderr.hasSuffix(" is wel vastgelegd\n"))
        #expect(try fixture.run(["lijst"]).stdout.contains("Fatima el Amraní"))
    }

    @Test("een gesloten pijp blijft stil, ook als SIGPIPE genegeerd wordt", arguments: [false, true])
    func closedPipeIsQuiet(ignoreSigpipe: Bool) throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        let dataset = fixture.path("groot.json")
        #expect(try SterkBinary.run(["_genereer", "--aantal", "3000", "--uit", dataset]).status == 0)
        // More than a pipe buffer (64 KiB) of output, of which `head` reads one byte.
        let script =
            (ignoreSigpipe ? "trap '' PIPE; " : "")
            + "{ \"$0\" lijst focusgebieden --data \"$1\" 2>\"$2\"; echo $? >\"$3\"; } | head -c 1 >/dev/null"
        let status = SterkBinary.spawn(
            ["/bin/sh", "-c", script, SterkBinary.path, dataset, fixture.path("err"), fixture.path("rc")],
            stdout: "/dev/null", stderr: fixture.path("sh-err"),
            environment: ["XDG_CACHE_HOME": fixture.path("cache"), "PATH": "/usr/bin:/bin"])
        #expect(status == 0)
        #expect(try String(contentsOfFile: fixture.path("err"), encoding: .utf8) == "")
        #expect(try String(contentsOfFile: fixture.path("rc"), encoding: .utf8) == "141\n")
    }
}
