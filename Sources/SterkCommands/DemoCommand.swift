import ArgumentParser
import SterkUI

/// `sterk _demo` (hidden): a small program that exercises the terminal backend on its own,
/// for the end-to-end tests and for measuring; it stays when the real dashboard lands.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_demo",
        abstract: DutchHelp.Demo.abstract,
        shouldDisplay: false
    )

    @Flag(name: .customLong("no-mouse"), help: DutchHelp.noMouse)
    var noMouse = false

    @Flag(name: .long, help: DutchHelp.ascii)
    var ascii = false

    @Option(name: .customLong("tik"), help: DutchHelp.Demo.tick)
    var tickMilliseconds: Int?

    @Flag(name: .customLong("test-crash"), help: DutchHelp.Demo.crash)
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
