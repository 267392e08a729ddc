#include "terminal_signals.h"

#include <string.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t stop_signal = 0;

static void note_stop_signal(int sig) { stop_signal = sig; }

int ncw_catch_stop_signal(int sig, struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = note_stop_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;              /* no SA_RESTART: a blocking read returns early */
    return sigaction(sig, &action, previous);
}

int ncw_pending_stop_signal(void) { return stop_signal; }

#define NCW_MAX_SIGNAL 65

static struct {
    struct termios shell_termios;
    int have_shell_termios;
    char leave_bytes[256];
    size_t leave_length;
    struct sigaction previous[NCW_MAX_SIGNAL];
} crash;

/* Only async-signal-safe calls here. */
static void on_crash(int sig) {
    if (crash.leave_length > 0) {
        ssize_t written = write(STDOUT_FILENO, crash.leave_bytes, crash.leave_length);
        (void)written;
    }
    if (crash.have_shell_termios) tcsetattr(STDIN_FILENO, TCSANOW, &crash.shell_termios);
    if (sig > 0 && sig < NCW_MAX_SIGNAL) sigaction(sig, &crash.previous[sig], NULL);
    raise(sig);                       /* delivered after return, to the previous handler */
}

void ncw_save_shell_termios(void) {
    crash.have_shell_termios = tcgetattr(STDIN_FILENO, &crash.shell_termios) == 0;
}

void ncw_arm_crash_guard(const char *leave, size_t length, int sig) {
    if (length >= sizeof crash.leave_bytes) length = 0;
    memcpy(crash.leave_bytes, leave, length);
    crash.leave_length = length;
    if (sig <= 0 || sig >= NCW_MAX_SIGNAL) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_crash;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, &crash.previous[sig]);
}

void ncw_disarm_crash_guard(int sig) {
    if (sig > 0 && sig < NCW_MAX_SIGNAL) sigaction(sig, &crash.previous[sig], NULL);
}

void ncw_unblock_ui_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGWINCH); sigaddset(&set, SIGINT); sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP); sigaddset(&set, SIGCONT); sigaddset(&set, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}
