import ArgumentParser
import SterkUI

/// `sterk _demo` (hidden): a small program that exercises the terminal backend on its own,
/// for the end-to-end tests and for measuring; it stays when the real dashboard lands.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_demo",
        abstract: "Testprogramma voor de terminal-laag (lijst, toetsen, muis, formaat).",
        shouldDisplay: false
    )

    @Flag(name: .customLong("no-mouse"), help: "Geen muis.")
    var noMouse = false

    @Flag(name: .long, help: "Alleen ASCII-tekens.")
    var ascii = false

    @Option(name: .customLong("tik"), help: ArgumentHelp("Stuur elke MS milliseconden een tik.", valueName: "MS"))
    var tickMilliseconds: Int?

    @Flag(
        name: .customLong("test-crash"),
        help: ArgumentHelp("'!' laat het programma crashen (test van het terminalherstel).", visibility: .hidden))
    var crashKey = false

    func run() throws {
        let mouse = !noMouse, ascii = ascii, tick = tickMilliseconds, crashKey = crashKey
        try MainActor.assumeIsolated {  // true at run time: the entry point is synchronous
            try InteractiveSession.run(mouse: mouse, ascii: ascii) { capabilities in
                DemoProgram(
                    capabilities: capabilities, ascii: ascii, tickMilliseconds: tick,
                    crashKeyEnabled: crashKey)
            }
        }
    }
}
