import ArgumentParser
import Foundation
import SterkModel
import SterkUI

/// `sterk presenteer`: the case as full-screen slides, for a projector or a lobby screen.
struct PresentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "presenteer",
        abstract: DutchHelp.Present.abstract, discussion: DutchHelp.Present.discussion)

    @Option(name: .long, help: DutchHelp.Present.auto)
    var auto: String?

    @Flag(name: .customLong("lus"), help: DutchHelp.Present.loop)
    var loop = false

    @Flag(name: .customLong("verberg-contact"), help: DutchHelp.Present.hideContact)
    var hideContact = false

    @Option(name: .customLong("controleer"), help: DutchHelp.Present.check)
    var check: ScreenSize?

    @Option(name: .customLong("export"), help: DutchHelp.Present.export)
    var exportFolder: String?

    @Option(name: .long, help: DutchHelp.Present.size)
    var grootte: ScreenSize = ScreenSize(width: 100, height: 30)

    @Option(name: .long, help: DutchHelp.Present.start)
    var start: Int = 1

    @Option(name: .long, help: DutchHelp.Present.theme)
    var theme: String?

    @Flag(name: .long, help: DutchHelp.ascii)
    var ascii = false

    @Flag(name: .customLong("no-mouse"), help: DutchHelp.noMouse)
    var noMouse = false

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        guard start >= 1 else { throw ValidationError(DutchSlides.startTooLow) }
        if let auto, DurationArgument(argument: auto) == nil { throw ValidationError(DutchSlides.badDuration(auto)) }
    }

    func run() throws {
        let dataset = try dataOptions.load()
        var options = PresentationOptions(
            themeName: theme ?? GlobalOptions.current.theme,
            autoAdvance: auto.flatMap(DurationArgument.init(argument:))?.duration, loop: loop,
            hideContact: hideContact, startIndex: start - 1)
        if check != nil || exportFolder != nil {
            return try runHeadless(PresentationDeck(dataset: dataset, options: options))
        }
        let count = SlideDeck(dataset: dataset).count
        guard start <= count else { throw ValidationError(DutchSlides.startTooHigh(start, count: count)) }
        options.clock = .system
        options.userThemeDirectory = ThemeLibrary.defaultUserDirectory(environment: ProcessInfo.processInfo.environment)
        options.noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let mouse = !noMouse, ascii = ascii, prepared = options  // plain values: `self` may not cross to the main actor
        try MainActor.assumeIsolated {  // true at run time: the entry point is synchronous
            try InteractiveSession.run(mouse: mouse, ascii: ascii) { capabilities in
                var options = prepared
                options.capabilities = capabilities
                return PresentationDeck(dataset: dataset, options: options)
            }
        }
    }

    /// `--export` and `--controleer`: no terminal needed.
    private func runHeadless(_ deck: PresentationDeck) throws {
        if let exportFolder {
            let written: [String]
            do {
                written = try SlideCheck.export(deck, size: grootte, folder: exportFolder)
            } catch {
                throw CommandFailure.failure(DutchSlides.exportFailed(error.reason))
            }
            Console.out(
                DutchSlides.exported(written.count, to: exportFolder, width: grootte.width, height: grootte.height)
                    + "\n")
        }
        guard let check else { return }
        let problems = SlideCheck.problems(deck, size: check)
        guard problems.isEmpty else {
            Console.error(DutchSlides.someDoNotFit(width: check.width, height: check.height))
            problems.forEach { Console.error("  " + $0) }
            throw ExitCode(1)
        }
        Console.out(DutchSlides.allFit(deck.count, width: check.width, height: check.height) + "\n")
    }
}
