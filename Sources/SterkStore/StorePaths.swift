import Foundation

/// Where the werkbezoek database lives when no `--store` is given.
///
/// `$XDG_DATA_HOME/sterk/werkbezoeken.sqlite`, and when XDG_DATA_HOME is unset, empty or
/// relative (the XDG spec says to ignore relative values): `~/.local/share/sterk/werkbezoeken.sqlite`.
public enum StorePaths {
    /// The file name inside the data directory.
    public static let fileName = "werkbezoeken.sqlite"

    /// The default store path for this environment.
    public static func defaultStorePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        dataHome(environment: environment) + "/sterk/" + fileName
    }

    /// `$XDG_DATA_HOME`, or `$HOME/.local/share`.
    public static func dataHome(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return trimmingTrailingSlash(xdg)
        }
        return trimmingTrailingSlash(home(environment: environment)) + "/.local/share"
    }

    /// A path as given on the command line, with `~` expanded and made absolute.
    public static func resolve(_ path: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        var expanded = path
        if path == "~" || path.hasPrefix("~/") {
            expanded = home(environment: environment) + path.dropFirst()
        }
        if expanded.hasPrefix("/") { return expanded }
        return FileManager.default.currentDirectoryPath + "/" + expanded
    }

    private static func home(environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }

    private static func trimmingTrailingSlash(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
