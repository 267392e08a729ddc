#!/usr/bin/env python3
"""Generates Sources/SterkKernel/UnicodeWidthTable.swift from the Unicode Character Database.

    scripts/gen-width-table.py [UCD_DIRECTORY]      (default /usr/share/unicode)

The files come with Debian's `unicode-data` package (apt-get install unicode-data):
UnicodeData.txt, EastAsianWidth.txt, PropList.txt, DerivedAge.txt and emoji/emoji-data.txt. The rules follow the C library's wcwidth (glibc's localedata generator), which
is what ncurses and tmux measure with, so the dashboard's buffer and the terminal agree:

  zero      nonspacing and enclosing marks (Mn, Me), Hangul medial vowels and final
            consonants (U+1160-U+11FF, U+D7B0-U+D7FF): no cell of their own, they join the
            character before them
  wide      East Asian Width W or F, and U+3248-U+324F and U+4DC0-U+4DFF, which glibc's
            generator adds to its wide list: two cells
  format    format characters (Cf) other than the visible prepended concatenation marks:
            invisible, and stripped before drawing (zero width space, joiners, direction
            marks, BOM, tags, soft hyphen)
  modifier  emoji modifiers (skin tones): dropped after an emoji, a square of colour alone
  invalid   unassigned code points and noncharacters (Cn), and code points assigned after
            Unicode ASSIGNED_UP_TO (below): drawn as U+FFFD
  separator line and paragraph separators (Zl, Zp): drawn as a space
  narrow    everything else (not listed): one cell

ASSIGNED_UP_TO is the Unicode version of the C library the product runs on (glibc 2.36 in
Debian 12 and this project's CI knows Unicode 14.0): wcwidth gives -1 for anything newer, so
ncurses and the terminal cannot agree on its width, and U+FFFD is the honest stand-in.

With `--check` it also compares every code point with this machine's wcwidth (C.UTF-8) and
prints the differences, which should be only code points newer than the C library's Unicode.
"""
import ctypes
import os
import re
import sys

ASSIGNED_UP_TO = (14, 0)

CLASSES = {"zero": 0, "wide": 2, "format": 3, "modifier": 4, "invalid": 5, "separator": 6}


def ranges_of(path, wanted):
    """Yields (first, last, value) from a UCD file of `X..Y ; value` lines."""
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        cps, value = [part.strip() for part in line.split(";")[:2]]
        if wanted(value):
            first, _, last = cps.partition("..")
            yield int(first, 16), int(last or first, 16), value


def categories(path):
    """General category of every assigned code point (ranges given as First/Last pairs)."""
    result, start = {}, None
    for line in open(path, encoding="utf-8"):
        fields = line.split(";")
        cp, name, category = int(fields[0], 16), fields[1], fields[2]
        if name.endswith(", First>"):
            start = cp
        elif name.endswith(", Last>"):
            for value in range(start, cp + 1):
                result[value] = category
        else:
            result[cp] = category
    return result


def classify(ucd):
    category = categories(os.path.join(ucd, "UnicodeData.txt"))
    wide = set()
    for first, last, _ in ranges_of(os.path.join(ucd, "EastAsianWidth.txt"), lambda v: v in ("W", "F")):
        wide.update(range(first, last + 1))
    prepended = set()
    for first, last, _ in ranges_of(os.path.join(ucd, "PropList.txt"), lambda v: v == "Prepended_Concatenation_Mark"):
        prepended.update(range(first, last + 1))
    newer = set()
    for first, last, age in ranges_of(os.path.join(ucd, "DerivedAge.txt"), lambda v: True):
        if tuple(int(part) for part in age.split(".")) > ASSIGNED_UP_TO:
            newer.update(range(first, last + 1))
    wide.update(range(0x3248, 0x3250))
    wide.update(range(0x4DC0, 0x4E00))
    modifiers = set()
    for first, last, _ in ranges_of(os.path.join(ucd, "emoji", "emoji-data.txt"), lambda v: v == "Emoji_Modifier"):
        modifiers.update(range(first, last + 1))
    table = {}
    for cp in range(0x110000):
        kind = category.get(cp, "Cn")
        if 0xD800 <= cp <= 0xDFFF or kind in ("Cc",):
            continue   # surrogates never reach a Swift string; controls are ControlCharacters' job
        if kind == "Cn" or cp in newer:
            table[cp] = "invalid"
        elif kind == "Cf" and cp not in prepended:
            table[cp] = "format"
        elif cp in modifiers:
            table[cp] = "modifier"
        elif kind in ("Mn", "Me") or 0x1160 <= cp <= 0x11FF or 0xD7B0 <= cp <= 0xD7FF:
            table[cp] = "zero"
        elif kind in ("Zl", "Zp"):
            table[cp] = "separator"
        elif cp in wide:
            table[cp] = "wide"
    return table


def merged(table):
    """Runs of consecutive code points in one class: (first, last, class)."""
    runs = []
    for cp in sorted(table):
        kind = table[cp]
        if runs and runs[-1][1] == cp - 1 and runs[-1][2] == kind:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp, kind])
    return runs


def version(ucd):
    """The UCD version, from the first line of EastAsianWidth.txt ("# EastAsianWidth-15.0.0.txt")."""
    first = open(os.path.join(ucd, "EastAsianWidth.txt"), encoding="utf-8").readline()
    found = re.search(r"(\d+\.\d+\.\d+)", first)
    return found.group(1) if found else "unknown"


def swift(runs, unicode_version):
    def column(values, per_line=8):
        items = [f"0x{v:X}" if isinstance(v, int) and v > 9 else str(v) for v in values]
        lines = [", ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]
        return ",\n        ".join(lines)
    assigned = ".".join(str(part) for part in ASSIGNED_UP_TO)
    return f"""// Generated by scripts/gen-width-table.py from the Unicode Character Database, version {unicode_version}
// (UnicodeData.txt, EastAsianWidth.txt, PropList.txt, DerivedAge.txt, emoji-data.txt), with code
// points assigned up to Unicode {assigned} (the C library's). Do not edit; run the script.

/// Cell classes of Unicode {unicode_version} code points, as sorted runs; code points in no run are narrow.
enum UnicodeWidthTable {{
    /// The Unicode version the table was generated from.
    static let unicodeVersion = "{unicode_version}"
    /// Code points assigned after this version count as unassigned (see the script).
    static let assignedUpTo = "{assigned}"

    /// How a code point is drawn.
    enum Kind: UInt8 {{
        /// One cell (not stored: every code point outside the runs).
        case narrow = 1
        /// Nonspacing or enclosing mark, Hangul medial or final jamo: joins the character before it.
        case zero = 0
        /// East Asian Wide or Fullwidth: two cells.
        case wide = 2
        /// Invisible format character (Cf): stripped before drawing.
        case format = 3
        /// Emoji modifier (skin tone): dropped after an emoji.
        case modifier = 4
        /// Unassigned code point or noncharacter: drawn as U+FFFD.
        case invalid = 5
        /// Line or paragraph separator: drawn as a space.
        case separator = 6
    }}

    /// First code point of each run.
    static let starts: [UInt32] = [
        {column([r[0] for r in runs])},
    ]

    /// Last code point of each run.
    static let ends: [UInt32] = [
        {column([r[1] for r in runs])},
    ]

    /// The `Kind` raw value of each run.
    static let kinds: [UInt8] = [
        {column([CLASSES[r[2]] for r in runs], per_line=24)},
    ]
}}
"""


def check(table):
    libc = ctypes.CDLL("libc.so.6")
    libc.setlocale(6, b"C.UTF-8")
    libc.wcwidth.argtypes = [ctypes.c_wchar]
    expected = {"zero": 0, "wide": 2, "format": 0, "modifier": 2, "invalid": -1, "separator": -1}
    differences = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF or cp < 0x20 or 0x7F <= cp < 0xA0:
            continue
        kind = table.get(cp, "narrow")
        ours = expected.get(kind, 1)
        theirs = libc.wcwidth(chr(cp))
        if ours != theirs:
            differences.append((cp, kind, theirs))
    print(f"{len(differences)} code points differ from this C library's wcwidth", file=sys.stderr)
    for cp, kind, theirs in differences[:40]:
        print(f"  U+{cp:04X} {kind} wcwidth={theirs}", file=sys.stderr)


def main():
    arguments = [a for a in sys.argv[1:] if a != "--check"]
    ucd = arguments[0] if arguments else "/usr/share/unicode"
    if not os.path.exists(os.path.join(ucd, "EastAsianWidth.txt")):
        sys.exit(f"{ucd}/EastAsianWidth.txt not found: apt-get install unicode-data, or name the UCD directory")
    table = classify(ucd)
    runs = merged(table)
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    out = os.path.join(root, "Sources", "SterkKernel", "UnicodeWidthTable.swift")
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(swift(runs, version(ucd)))
    print(f"{out}: {len(runs)} runs, Unicode {version(ucd)}", file=sys.stderr)
    if "--check" in sys.argv:
        check(table)


if __name__ == "__main__":
    main()
