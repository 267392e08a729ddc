#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
/* SwiftPM drops the -D flags from `pkg-config --cflags ncursesw`, so without this the
   wide-character API (cchar_t, setcchar, wget_wch, mvwaddnwstr ...) is not declared. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* C globals as functions: Swift 6 rejects direct use of shared mutable C state. */
static inline WINDOW *ncw_stdscr(void)      { return stdscr; }
static inline int     ncw_lines(void)       { return LINES; }
static inline int     ncw_cols(void)        { return COLS; }
static inline int     ncw_colors(void)      { return COLORS; }
static inline int     ncw_color_pairs(void) { return COLOR_PAIRS; }
static inline void    ncw_getmaxyx(const WINDOW *w, int *y, int *x) { *y = getmaxy(w); *x = getmaxx(w); }
/* newterm() with C's stdout/stdin (Glibc's stdout/stdin are global vars too). */
static inline SCREEN *ncw_newterm(const char *term) { return newterm(term, stdout, stdin); }
/* TERM=dumb passes newterm() but has no cursor addressing. */
static inline int ncw_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (const char *)-1;
}
static inline const char *ncw_codeset(void) { return nl_langinfo(CODESET); }
/* Attribute and mouse macros are NCURSES_BITS expressions, which Swift does not import. */
static const attr_t NCW_A_NORMAL    = A_NORMAL;
static const attr_t NCW_A_BOLD      = A_BOLD;
static const attr_t NCW_A_DIM       = A_DIM;
static const attr_t NCW_A_UNDERLINE = A_UNDERLINE;
static const attr_t NCW_A_REVERSE   = A_REVERSE;
static const attr_t NCW_A_ITALIC    = A_ITALIC;
static const mmask_t NCW_BUTTON1_PRESSED  = BUTTON1_PRESSED;
static const mmask_t NCW_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t NCW_BUTTON1_CLICKED  = BUTTON1_CLICKED;
static const mmask_t NCW_BUTTON4_PRESSED  = BUTTON4_PRESSED;   /* wheel up   */
static const mmask_t NCW_BUTTON5_PRESSED  = BUTTON5_PRESSED;   /* wheel down */
static const mmask_t NCW_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS;
static const mmask_t NCW_REPORT_MOUSE_POSITION = REPORT_MOUSE_POSITION;
static inline int ncw_key_f(int n) { return KEY_F(n); }
/* ---- Signals and crash guard -------------------------------------------------------------
   The state below is `static`, so every Swift file that calls these functions gets its own
   copy in a debug build. ONLY Sources/SterkTerminal/Signals/SignalTrap.swift may call them. */
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/* SIGINT/SIGTERM/SIGHUP only record the signal; the main loop notices it and restores the tty. */
static volatile sig_atomic_t ncw_stop_signal = 0;
static void ncw_note_stop_signal(int sig) { ncw_stop_signal = sig; }
static inline int ncw_catch_stop_signal(int sig, struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = ncw_note_stop_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;              /* no SA_RESTART: a blocking read returns early */
    return sigaction(sig, &action, previous);
}
static inline int ncw_pending_stop_signal(void) { return ncw_stop_signal; }

/* On a crash (trap, segfault, abort) put the tty back before the previous handler (the Swift
   backtracer, or the default action) runs: only async-signal-safe calls here. */
#define NCW_MAX_SIGNAL 65
/* Aggregates live in function-local statics: Swift's importer does not emit file-scope
   static structs or arrays from a header (link error), but does emit these. */
struct ncw_crash_state {
    struct termios shell_termios;
    int have_shell_termios;
    char leave_bytes[256];
    size_t leave_length;
    struct sigaction previous[NCW_MAX_SIGNAL];
};
static inline struct ncw_crash_state *ncw_crash_state(void) {
    static struct ncw_crash_state state;
    return &state;
}
static void ncw_on_crash(int sig) {
    struct ncw_crash_state *state = ncw_crash_state();
    if (state->leave_length > 0) {
        ssize_t written = write(STDOUT_FILENO, state->leave_bytes, state->leave_length);
        (void)written;
    }
    if (state->have_shell_termios) tcsetattr(STDIN_FILENO, TCSANOW, &state->shell_termios);
    if (sig > 0 && sig < NCW_MAX_SIGNAL) sigaction(sig, &state->previous[sig], NULL);
    raise(sig);                       /* delivered after return, to the previous handler */
}
/* Saves the shell's tty modes; call before newterm. */
static inline void ncw_save_shell_termios(void) {
    struct ncw_crash_state *state = ncw_crash_state();
    state->have_shell_termios = tcgetattr(STDIN_FILENO, &state->shell_termios) == 0;
}
/* `leave`: bytes that leave the alternate screen and show the cursor (from terminfo). */
static inline void ncw_arm_crash_guard(const char *leave, size_t length, int sig) {
    struct ncw_crash_state *state = ncw_crash_state();
    if (length >= sizeof state->leave_bytes) length = 0;
    memcpy(state->leave_bytes, leave, length);
    state->leave_length = length;
    if (sig <= 0 || sig >= NCW_MAX_SIGNAL) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = ncw_on_crash;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, &state->previous[sig]);
}
static inline void ncw_disarm_crash_guard(int sig) {
    if (sig > 0 && sig < NCW_MAX_SIGNAL) sigaction(sig, &ncw_crash_state()->previous[sig], NULL);
}
/* Un-blocks the signals the UI depends on (a parent may have spawned us with them blocked). */
static inline void ncw_unblock_ui_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGWINCH); sigaddset(&set, SIGINT); sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP); sigaddset(&set, SIGCONT); sigaddset(&set, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

#endif
