import SterkModel
import SterkUI
import Testing
@testable import SterkCommands

/// Terminal tables show what a person needs at every width, and say what they left out.
@Suite struct TextTableTests {
    static let dataset: Dataset? = try? DatasetLoader.loadBundled()

    @Test(arguments: [60, 80, 100, 160, 240])
    func sourcesShowTitlePublisherAndDateAtEveryWidth(width: Int) throws {
        let dataset = try #require(Self.dataset)
        let text = SourceListing.make(dataset).render(as: try OutputOptions.parse([]), dataset: dataset, width: width)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let header = try #require(lines.first)
        #expect(header.hasPrefix("Titel"))
        #expect(header.contains("Uitgever") && header.contains("Datum"))
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= width }, "a line is wider than \(width)")
        #expect(text.contains("20-09-2023"))
        if !header.contains("URL") { #expect(lines.last?.hasPrefix("(niet getoond:") == true) }
    }

    @Test func aPipeGetsEveryColumnUncut() throws {
        let dataset = try #require(Self.dataset)
        let text = SourceListing.make(dataset).render(as: try OutputOptions.parse([]), dataset: dataset, width: nil)
        #expect(text.split(separator: "\n").first?.contains("URL") == true)
        #expect(!text.contains("…"))
        #expect(!text.contains("niet getoond"))
    }

    @Test func theWidestCuttableColumnGivesWayFirst() {
        let table = TextTable(
            columns: [TextColumn(title: "A", minWidth: 4), TextColumn(title: "B", minWidth: 4)],
            rows: [[String(repeating: "a", count: 30), String(repeating: "b", count: 10)]])
        let lines = table.render(width: 30).split(separator: "\n")
        #expect(lines[2] == Substring(String(repeating: "a", count: 17) + "…  " + String(repeating: "b", count: 10)))
    }

    /// The drop order reads as on screen: the highest number goes first, 0 never goes.
    @Test func theHighestDropNumberGoesFirstAndZeroStays() {
        let columns = [
            TextColumn(title: "Naam", priority: 0), TextColumn(title: "Twee", priority: 2),
            TextColumn(title: "Een", priority: 1), TextColumn(title: "Drie", priority: 3),
        ]
        let table = TextTable(columns: columns, rows: [["naam", "twee", "een", "drie"]])
        let header = { (width: Int) in String(table.render(width: width).split(separator: "\n")[0]) }
        #expect(header(80) == "Naam  Twee  Een  Drie")
        #expect(header(16) == "Naam  Twee  Een")
        #expect(header(12) == "Naam  Een")
        #expect(header(6) == "Naam")
        #expect(header(3) == "Na…")
    }
}
