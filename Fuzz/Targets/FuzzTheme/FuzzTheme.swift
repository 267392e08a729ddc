import SterkUI

/// Theme parser: any text gives a theme or one Dutch error with file and line, never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let theme = try ThemeParser.parse(text, name: "fuzz", file: "fuzz.theme")
        for colors in [0, 8, 16, 256, 1 << 24] {   // every degradation path of every role
            let resolved = ResolvedTheme(theme, colors: colors)
            for role in ThemeRole.allCases { _ = resolved[role] }
        }
    } catch {
        _ = error.message
    }
    return 0
}
