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
#endif
