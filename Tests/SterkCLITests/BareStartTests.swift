import Foundation
import Testing

/// A bare `sterk` starts the dashboard without the argument parser; it must behave exactly
/// like `sterk dashboard`, which goes through it.
@Suite struct BareStartTests {
    /// Runs `sterk` and `sterk dashboard` alike and expects the same status, output and errors.
    func expectSameAsDashboard(environment: [String: String] = [:]) throws -> SterkBinary.Result {
        let bare = try SterkBinary.run([], environment: environment)
        let named = try SterkBinary.run(["dashboard"], environment: environment)
        #expect(bare.status == named.status)
        #expect(bare.stdout == named.stdout)
        #expect(bare.stderr == named.stderr)
        return bare
    }

    @Test func withoutATerminalBothRefuseAlike() throws {
        let result = try expectSameAsDashboard(environment: ["TERM": "xterm-256color"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("sterk: "))
    }

    @Test func aBrokenUserDatasetFailsAlike() throws {
        let home = try UserDataHome(copying: "broken/wrong-type.json")
        defer { home.remove() }
        let result = try expectSameAsDashboard(environment: [
            "XDG_DATA_HOME": home.folder.path,
            "XDG_CACHE_HOME": home.folder.appendingPathComponent("cache").path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("ongeldige dataset"))
    }
}
