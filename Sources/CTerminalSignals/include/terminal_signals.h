#ifndef CTERMINALSIGNALS_H
#define CTERMINALSIGNALS_H
/* Stop-signal flag and crash guard for the terminal. Their state lives in one C file
   (terminal_signals.c): state in a header is copied into every object file that uses it, and
   a release build that inlined the reader elsewhere never saw the flag the handler set
   (SIGHUP and SIGTERM were ignored). Only SterkTerminal's SignalTrap calls these. */
#include <signal.h>
#include <stddef.h>

/* SIGINT/SIGTERM/SIGHUP only record the signal; the main loop notices it and restores the tty. */
int ncw_catch_stop_signal(int sig, struct sigaction *previous);
/* The stop signal recorded so far, 0 for none. */
int ncw_pending_stop_signal(void);

/* Saves the shell's tty modes; call before newterm. */
void ncw_save_shell_termios(void);
/* On a crash (trap, segfault, abort) write `leave` (leave the alternate screen, show the
   cursor) and put the tty back before the previous handler runs. */
void ncw_arm_crash_guard(const char *leave, size_t length, int sig);
void ncw_disarm_crash_guard(int sig);
/* Un-blocks the signals the UI depends on (a parent may have spawned us with them blocked). */
void ncw_unblock_ui_signals(void);

#endif
