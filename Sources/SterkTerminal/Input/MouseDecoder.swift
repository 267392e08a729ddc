import CNcurses
import SterkKernel

/// Turns an ncurses mouse event into a click or wheel step.
enum MouseDecoder {
    /// The buttons we ask ncurses to report (press, not click: no 166 ms click wait).
    static let mask: mmask_t =
        NCW_BUTTON1_PRESSED | NCW_BUTTON4_PRESSED | NCW_BUTTON5_PRESSED
        | NCW_BUTTON1_CLICKED

    /// The event for a button state at a cell, or nil for states we ignore (releases, motion).
    static func decode(buttons: mmask_t, x: Int, y: Int) -> MouseEvent? {
        if buttons & NCW_BUTTON4_PRESSED != 0 { return MouseEvent(kind: .wheelUp, x: x, y: y) }
        if buttons & NCW_BUTTON5_PRESSED != 0 { return MouseEvent(kind: .wheelDown, x: x, y: y) }
        if buttons & (NCW_BUTTON1_PRESSED | NCW_BUTTON1_CLICKED) != 0 {
            return MouseEvent(kind: .click, x: x, y: y)
        }
        return nil
    }
}
