import Foundation

/// A theme entry's result: given, or read from its file on first use and then kept.
///
/// A class with a lock because `ThemeLibrary` is a `Sendable` value that copies share, and
/// reading is a pure function of the file, like `MapSceneBox`'s scene of the dataset.
final class ThemeReading: @unchecked Sendable {
    private let lock = NSLock()
    private let path: String
    private let name: String
    private var known: Result<Theme, ThemeError>?

    init(result: Result<Theme, ThemeError>) {
        path = ""
        name = ""
        known = result
    }

    init(path: String, name: String) {
        self.path = path
        self.name = name
    }

    var result: Result<Theme, ThemeError> {
        lock.lock()
        defer { lock.unlock() }
        if let known { return known }
        let read = ThemeLibrary.readFile(path, name: name)
        known = read
        return read
    }
}
