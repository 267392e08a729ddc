#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif
import CNcurses

extension NcursesTerminal {
    /// Ctrl-C-style job control for Ctrl-Z, which raw mode turns into a key: leaves the
    /// alternate screen and gives the shell its tty modes, stops the process, and on `fg`
    /// sets the screen up again and repaints it whole.
    ///
    /// SIGSTOP rather than SIGTSTP: ncurses installs its own SIGTSTP handler, and this path
    /// must not depend on what that handler does in raw mode. A stop or hang-up signal that
    /// arrives while stopped (a shell that exits sends SIGHUP) is noticed after the repaint
    /// and ends the loop as usual.
    public func suspend() {
        endwin()
        raise(SIGSTOP)
        doupdate()  // after endwin: raw mode, alternate screen and mouse come back
        cursorVisible = nil  // endwin showed the cursor; the next frame decides again
    }
}
