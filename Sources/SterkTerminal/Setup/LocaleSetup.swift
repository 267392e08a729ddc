import CNcurses

/// Makes sure ncursesw runs in a UTF-8 locale.
enum LocaleSetup {
    /// Adopts the user's character locale, falling back to C.UTF-8; returns whether UTF-8 is active.
    ///
    /// Without a UTF-8 `LC_CTYPE` (no `LANG` in CI, `env -i`) ncursesw silently drops every
    /// non-ASCII character. Only `LC_CTYPE` is touched so number formatting stays untouched.
    static func enableUTF8() -> Bool {
        _ = setlocale(LC_CTYPE, "")
        if isUTF8() { return true }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        return isUTF8()
    }

    private static func isUTF8() -> Bool {
        guard let codeset = ncw_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
