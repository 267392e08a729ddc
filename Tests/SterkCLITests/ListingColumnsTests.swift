import Foundation
import Testing

/// `sterk lijst …` and the dashboard's tables take their columns from one definition per
/// column: the titles they share are the same words, in the same order.
@Suite struct ListingColumnsTests {
    /// The columns both show, by their one title; `lijst` adds some (Periode, Id, URL, M50),
    /// the dashboard others (Inwoners of a wijk, Pilot, Focusgebied).
    static let shared: [(panel: String, titles: [String])] = [
        ("focusgebieden", ["Naam", "Gemeente", "Provincie", "Inwoners", "Lage welv.", "M50"]),
        ("wijken", ["Naam", "Soort", "Gemeente", "Programma"]),
        ("gemeenten", ["Gemeente", "Provincie", "CBS-code", "Inwoners"]),
        ("bronnen", ["Titel", "Uitgever", "Datum"]),
    ]

    @Test("lijst en het dashboard noemen dezelfde kolommen hetzelfde", arguments: shared.map(\.panel))
    func sameTitles(panel: String) throws {
        let titles = try #require(Self.shared.first { $0.panel == panel }?.titles)
        let listing = try SterkBinary.run(["lijst", panel])
        #expect(listing.status == 0)
        let header = try #require(listing.stdout.split(separator: "\n").first.map(String.init))
        let listed = header.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        #expect(listed.filter(titles.contains) == titles, "lijst \(panel): \(listed)")
        let screen = try SterkBinary.run(["scherm", panel, "--grootte", "200x20"])
        let line = try #require(screen.stdout.split(separator: "\n").dropFirst(2).first.map(String.init))
        var rest = Substring(line)
        for title in titles {
            let found = try #require(
                rest.range(of: " \(title) ") ?? rest.range(of: " \(title)│"), "\(title) in \(line)")
            rest = rest[rest.index(before: found.upperBound)...]  // the space after is the next one's before
        }
    }
}
