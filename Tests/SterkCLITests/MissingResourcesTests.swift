import Foundation
import Testing

/// `sterk` copied somewhere without its `*.resources` folders: SwiftPM's `Bundle.module` would
/// stop it with "Fatal error: could not load resource bundle" and a stack trace.
@Suite("Zonder de resources-mappen naast het programma")
struct MissingResourcesTests {
    @Test(
        "elke opdracht die de meegeleverde gegevens nodig heeft: één Nederlandse regel die zegt wat mist",
        arguments: [
            ["lijst", "focusgebieden"], ["toon", "Zeist"], ["scherm", "kaart"],
            ["presenteer", "--controleer", "80x24"], [],
        ])
    func oneDutchLine(arguments: [String]) throws {
        let (status, error) = try LoneBinary.run { _ in arguments }
        #expect(status == 1, "\(arguments): \(error)")
        #expect(error.contains("geen map sterk_SterkModel.resources naast het programma"), "\(arguments): \(error)")
        #expect(!error.contains("Fatal error") && error.split(separator: "\n").count == 1, "\(arguments): \(error)")
    }

    @Test("met de mappen ernaast werkt dezelfde kopie gewoon")
    func worksWithTheFolders() throws {
        let (status, error) = try LoneBinary.run(prepare: LoneBinary.copyResources) { _ in
            ["scherm", "kaart", "--theme", "licht"]
        }
        #expect(status == 0, "\(error)")
        #expect(error.isEmpty, "\(error)")
    }
}
