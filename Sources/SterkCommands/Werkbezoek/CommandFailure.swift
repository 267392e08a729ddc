import ArgumentParser
import Foundation
import SterkStore

/// Turns a failure into a Dutch line on stderr and exit status 1: never a stack trace.
enum CommandFailure {
    /// Runs `body`; a `StoreError` is printed and becomes `ExitCode(1)`.
    static func reporting<T>(_ body: () throws(StoreError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw failure(error.message)
        }
    }

    /// Prints `message` to stderr and returns the error to throw: exit status 1, nothing more printed.
    static func failure(_ message: String) -> ExitCode {
        printError(message)
        return ExitCode(1)
    }

    /// Writes one line to stderr, without control characters from the data.
    static func printError(_ message: String) {
        Console.error(ControlFree.lines(message))
    }
}

/// Writes one line of command output; text from the store can smuggle neither escape
/// sequences nor line breaks through (a newline in a name must not print a line of its own).
/// `note` is added to the message if the line cannot be written (see `Console.out`).
func printLine(_ text: String, note: String? = nil) {
    Console.out(ControlFree.text(text) + "\n", note: note)
}

/// Writes lines of command output, each made safe as `printLine` does.
func printLines(_ lines: [String]) {
    Console.out(lines.map { ControlFree.text($0) + "\n" }.joined())
}
