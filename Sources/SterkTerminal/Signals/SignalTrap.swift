#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif
import CTerminalSignals

/// Catches the signals that must end the program cleanly, and guards the tty against crashes.
///
/// The handlers and their state are C (`CTerminalSignals`): a signal handler may only touch
/// async-signal-safe state, and that state must exist once.
@MainActor
final class SignalTrap {
    /// Ctrl-C arrives as a key in raw mode; these come from outside (`kill`, a closed window).
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// Traps, faults and aborts: the tty is restored, then the previous handler runs.
    static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]

    private var previous: [Int32: sigaction] = [:]
    private var crashGuardArmed = false

    /// Installs the stop handlers. Call before `newterm`: ncurses then leaves SIGINT/SIGTERM
    /// alone (it only catches signals whose handler is still the default, and would exit(1)).
    init() {
        // A parent (test runner, Foundation.Process) may have blocked SIGWINCH for us.
        ncw_unblock_ui_signals()
        ncw_save_shell_termios()
        for signal in Self.stopSignals {
            var old = sigaction()
            if ncw_catch_stop_signal(signal, &old) == 0 { previous[signal] = old }
        }
    }

    /// The stop signal received so far, if any.
    var pending: Int32? {
        let signal = ncw_pending_stop_signal()
        return signal == 0 ? nil : signal
    }

    /// From now on a crash writes `leaveSequence` (leave the alternate screen, show the cursor)
    /// and puts back the shell's tty modes before the process dies.
    func armCrashGuard(leaveSequence: [UInt8]) {
        let bytes = leaveSequence.map { CChar(bitPattern: $0) }
        for signal in Self.crashSignals {
            ncw_arm_crash_guard(bytes, bytes.count, signal)
        }
        crashGuardArmed = true
    }

    /// Puts every handler back as it was before `init`.
    func restore() {
        if crashGuardArmed {
            for signal in Self.crashSignals { ncw_disarm_crash_guard(signal) }
            crashGuardArmed = false
        }
        for (signal, var old) in previous { _ = sigaction(signal, &old, nil) }
        previous.removeAll()
    }
}
