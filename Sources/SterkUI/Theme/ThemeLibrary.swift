import Foundation
import SterkModel

/// Every theme the program knows: the bundled `Themes/*.theme` files plus the user's own.
public struct ThemeLibrary: Sendable {
    /// One theme file and what reading it gave.
    public struct Entry: Sendable {
        /// The file name without `.theme`.
        public var name: String
        /// Where it was read from.
        public var file: String
        /// The theme, or the first problem in the file (parsed when first asked for).
        public var result: Result<Theme, ThemeError> {
            get {
                parsed.value(0) { source.flatMap { ThemeLibrary.parse($0, name: name, file: file) } }
            }
            set {
                source = .failure(ThemeError(file: file, line: 0, problem: .unreadable))
                parsed = Memo()
                _ = parsed.value(0) { newValue }
            }
        }
        /// The file's text, read when the library is made (at start-up), never in update or view.
        private var source: Result<String, ThemeError>
        /// The parse of `source`: a pure function of the text, so parsing waits for first use
        /// (start-up parses only the chosen theme).
        private var parsed = Memo<Int, Result<Theme, ThemeError>>()

        /// An entry whose theme is already known.
        public init(name: String, file: String, result: Result<Theme, ThemeError>) {
            self.name = name
            self.file = file
            source = .failure(ThemeError(file: file, line: 0, problem: .unreadable))
            _ = parsed.value(0) { result }
        }

        /// An entry whose file is read now.
        init(name: String, file: String) {
            self.name = name
            self.file = file
            source = ThemeLibrary.readText(file)
        }
    }

    /// Themes in cycling order: `standaard` first, then by name.
    public let entries: [Entry]

    /// Creates a library from entries (tests); the built-in default is added when missing.
    public init(entries: [Entry]) {
        var list = entries.sorted {
            ($0.name == "standaard" ? 0 : 1, $0.name) < ($1.name == "standaard" ? 0 : 1, $1.name)
        }
        if !list.contains(where: { $0.name == "standaard" }) {
            list.insert(Entry(name: "standaard", file: "ingebouwd", result: .success(.builtInDefault)), at: 0)
        }
        self.entries = list
    }

    /// Reads the bundled themes and, when given, the user directory (user themes win on name
    /// clashes).
    public static func load(userDirectory: String?) -> ThemeLibrary {
        var byName: [String: Entry] = [:]
        // Without its resource folder only the built-in default is left (ModuleResources).
        if let bundled = ModuleResources.bundle(module: "SterkUI")?.url(forResource: "Themes", withExtension: nil) {
            for entry in readDirectory(bundled.path) { byName[entry.name] = entry }
        }
        if let userDirectory {
            for entry in readDirectory(userDirectory) { byName[entry.name] = entry }
        }
        return ThemeLibrary(entries: Array(byName.values))
    }

    /// `$XDG_CONFIG_HOME/sterk/themes`, or `~/.config/sterk/themes`.
    public static func defaultUserDirectory(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/sterk/themes" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/sterk/themes" }
        return nil
    }

    /// The names in cycling order.
    public var names: [String] { entries.map(\.name) }

    /// The theme with this name, or the default and a Dutch message saying why.
    public func theme(named name: String) -> (theme: Theme, message: String?) {
        guard let entry = entries.first(where: { $0.name == name }) else {
            return (.builtInDefault, Dutch.themeUnknown(name, available: names))
        }
        switch entry.result {
        case let .success(theme): return (theme, nil)
        case let .failure(error): return (.builtInDefault, error.message)
        }
    }

    static func readDirectory(_ path: String) -> [Entry] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return files.filter { $0.hasSuffix(".theme") }.sorted().map { file in
            Entry(name: String(file.dropLast(".theme".count)), file: path + "/" + file)
        }
    }

    static func readText(_ path: String) -> Result<String, ThemeError> {
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(data: data, encoding: .utf8)
        else {
            return .failure(ThemeError(file: path, line: 0, problem: .unreadable))
        }
        return .success(text)
    }

    static func parse(_ text: String, name: String, file: String) -> Result<Theme, ThemeError> {
        do {
            return .success(try ThemeParser.parse(text, name: name, file: file))
        } catch {
            return .failure(error)
        }
    }
}
