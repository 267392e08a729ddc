import ArgumentParser
import SterkModel

/// `sterk lijst SOORT`: focus areas, municipalities, wijken or sources as a table, CSV or JSON.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lijst", abstract: DutchHelp.List.abstract, discussion: DutchHelp.List.discussion,
        aliases: ["list"])

    /// What to list; Dutch names with English aliases.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case focusgebieden, gemeenten, wijken, bronnen

        init?(argument: String) {
            let aliases: [String: Kind] = [
                "focus-areas": .focusgebieden, "focusareas": .focusgebieden,
                "municipalities": .gemeenten, "neighbourhoods": .wijken,
                "neighborhoods": .wijken, "sources": .bronnen,
            ]
            guard let kind = Kind(rawValue: argument.lowercased()) ?? aliases[argument.lowercased()] else { return nil }
            self = kind
        }
    }

    @Argument(help: DutchHelp.List.kind)
    var kind: Kind

    @Flag(name: .long, help: DutchHelp.List.all)
    var alle = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var data: DataOptions

    func validate() throws {
        if alle && kind != .gemeenten && kind != .wijken {
            throw ValidationError(DutchListing.allNeedsKind)
        }
    }

    func run() throws {
        let dataset = try data.load()
        let listing: Listing
        switch kind {
        case .focusgebieden: listing = FocusAreaListing.make(dataset)
        case .gemeenten: listing = MunicipalityListing.make(dataset, all: alle)
        case .wijken: listing = WijkListing.make(dataset, all: alle)
        case .bronnen: listing = SourceListing.make(dataset)
        }
        Console.out(listing.render(as: output, dataset: dataset, width: Console.terminalWidth))
    }
}
