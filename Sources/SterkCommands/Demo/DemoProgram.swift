import SterkUI

/// A small full-screen program for testing the terminal backend without the dashboard:
/// a scrolling list with diacritics in a box, the terminal size, the last key and a tick count.
struct DemoProgram: TerminalProgram {
    let capabilities: TerminalCapabilities
    let ascii: Bool
    let note: String
    let tickIntervalMilliseconds: Int?
    let crashKeyEnabled: Bool
    var selected = 0
    var scroll = 0
    var width = 0
    var height = 0
    var lastKey = "—"
    var ticks = 0

    /// Creates the demo for a terminal's capabilities.
    init(
        capabilities: TerminalCapabilities, ascii: Bool, note: String = "", tickMilliseconds: Int? = nil,
        crashKeyEnabled: Bool = false
    ) {
        self.capabilities = capabilities
        self.ascii = ascii || !capabilities.unicode
        self.note = note
        self.tickIntervalMilliseconds = tickMilliseconds
        self.crashKeyEnabled = crashKeyEnabled
    }

    static let rows = DemoPlaces.rows
    /// The list box starts below the title bar; the last two rows are status and keys.
    static let listTop = 1
    static let minimumWidth = 30, minimumHeight = 8

    /// Rows of the list that fit inside the box.
    var visibleRows: Int { max(1, height - 5) }
}
