import Foundation
import Testing

/// `-o` and `--export` write regular files atomically and never rename over anything else.
@Suite struct OutputTargetTests {
    private func fileType(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    @Test("een FIFO als -o wordt beschreven, niet vervangen (export en ics)")
    func fifoIsWrittenInPlace() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        let reference = try fixture.confirmedVisit()
        for command in [["export"], ["ics", reference]] {
            let fifo = fixture.path("pijp-\(command[0])")
            try #require(mkfifo(fifo, 0o600) == 0)
            // A reader first, so the writer's open does not wait; the output fits the pipe buffer.
            let reader = open(fifo, O_RDONLY | O_NONBLOCK)
            try #require(reader >= 0)
            defer { close(reader) }
            let result = try fixture.run(command + ["-o", fifo])
            #expect(result.status == 0, "\(result.stderr)")
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = read(reader, &buffer, buffer.count)
            let text = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
            #expect(text.contains(command[0] == "ics" ? "BEGIN:VCALENDAR" : "\"format\": \"sterk-werkbezoeken\""))
            #expect(fileType(fifo) == S_IFIFO)
        }
    }

    @Test("een symbolische koppeling wordt gevolgd: de koppeling blijft, het doel krijgt de inhoud")
    func symlinkIsFollowed() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        let reference = try fixture.confirmedVisit()
        let target = fixture.path("echt.ics"), link = fixture.path("koppeling.ics")
        try "oud".write(toFile: target, atomically: false, encoding: .utf8)
        try #require(chmod(target, 0o640) == 0)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "echt.ics")
        let result = try fixture.run(["ics", reference, "-o", link])
        #expect(result.status == 0)
        #expect(fileType(link) == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("BEGIN:VCALENDAR"))
        var info = stat()
        #expect(stat(target, &info) == 0 && info.st_mode & 0o777 == 0o640)
    }

    @Test("een koppeling naar niets, een map: geweigerd in het Nederlands, niets veranderd")
    func refusedTargets() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        _ = try fixture.confirmedVisit()
        let dangling = fixture.path("los"), folder = fixture.path("map")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "bestaat-niet")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let linked = try fixture.run(["export", "-o", dangling])
        #expect(linked.status == 1)
        #expect(
            linked.stderr == "Kan \(dangling) niet schrijven: een symbolische koppeling naar iets dat niet bestaat\n")
        #expect(fileType(dangling) == S_IFLNK)
        #expect(!FileManager.default.fileExists(atPath: fixture.path("bestaat-niet")))
        let directory = try fixture.run(["export", "-o", folder])
        #expect(directory.status == 1)
        #expect(directory.stderr == "Kan \(folder) niet schrijven: is een map\n")
        #expect(fileType(folder) == S_IFDIR)
    }

    @Test("een mislukte schrijfactie (bestand te groot) laat het oude bestand heel en geen tijdelijk bestand achter")
    func failedWriteKeepsTheOldFile() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        let note = String(repeating: "notitie ", count: 15_000)
        for _ in 0..<4 { #expect(try fixture.run(VisitStoreFixture.newVisit(["--notitie", note])).status == 0) }
        let target = fixture.path("export.json")
        try "oude inhoud\n".write(toFile: target, atomically: false, encoding: .utf8)
        // A file-size limit of 200 KB (dash counts 512-byte blocks, bash 1 KiB: 400 KB): the
        // ~480 KB export fails with EFBIG (SIGXFSZ ignored); SQLite's 32 KB index file still fits.
        let script = "ulimit -f 400; trap '' XFSZ; exec \"$0\" werkbezoek export --store \"$1\" -o \"$2\""
        let status = SterkBinary.spawn(
            ["/bin/sh", "-c", script, SterkBinary.path, fixture.store, target],
            stdout: fixture.path("out"), stderr: fixture.path("err"), environment: [:])
        #expect(status == 1)
        #expect(
            try String(contentsOfFile: fixture.path("err"), encoding: .utf8)
                == "Kan \(target) niet schrijven: bestand te groot\n")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "oude inhoud\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty)
    }

    @Test("presenteer --export: een bestand als map of een map als dia wordt geweigerd")
    func presentExportTargets() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        let file = fixture.path("geen-map")
        try "x".write(toFile: file, atomically: false, encoding: .utf8)
        let notFolder = try SterkBinary.run(["presenteer", "--export", file])
        #expect(notFolder.status == 1)
        #expect(notFolder.stderr == "Kan de dia's niet schrijven: \(file) is geen map\n")
        let folder = fixture.path("dias")
        let first = try SterkBinary.run(["presenteer", "--export", folder])
        try #require(first.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let slide = folder + "/" + names[0]
        try FileManager.default.removeItem(atPath: slide)
        try FileManager.default.createDirectory(atPath: slide, withIntermediateDirectories: false)
        let blocked = try SterkBinary.run(["presenteer", "--export", folder])
        #expect(blocked.status == 1)
        #expect(blocked.stderr == "Kan de dia's niet schrijven: \(slide): is een map\n")
        #expect(fileType(slide) == S_IFDIR)
    }
}
