import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Command-line arguments as Swift strings, including file names that are not valid UTF-8.
///
/// `CommandLine.arguments` repairs invalid bytes into U+FFFD, after which the name no longer
/// opens its file. Such an argument (or the value after `--optie=`) that names an existing
/// file is replaced by a symbolic link with a UTF-8 name, in a private temporary directory
/// (0700, removed at exit), that points at the raw bytes; everything that opens the argument
/// then opens the file it named. A new file cannot be named that way (a Swift string holds
/// no invalid bytes), so such a name is remembered and refused as an output target.
/// Valid arguments are passed through untouched.
enum RawArguments {
    /// The arguments after the program name.
    static func current() -> [String] {
        let count = Int(CommandLine.argc)
        var result: [String] = []
        for index in 1..<max(1, count) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(
                UnsafeBufferPointer(
                    start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self),
                    count: strlen(pointer)))
            result.append(argument(bytes))
        }
        return result
    }

    private static func argument(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        // "--data=<bytes>": only the value is a file name.
        if bytes.starts(with: Array("--".utf8)), let equals = bytes.firstIndex(of: UInt8(ascii: "=")),
            let option = String(validating: bytes[..<equals], as: UTF8.self)
        {
            return option + "=" + path(Array(bytes[(equals + 1)...]))
        }
        return path(bytes)
    }

    /// A UTF-8 path that opens the same file as `bytes`, or the repaired text when there is no such file.
    private static func path(_ bytes: [UInt8]) -> String {
        let repaired = String(decoding: bytes, as: UTF8.self)
        // The link lives elsewhere, so a relative name must become absolute first.
        let absolute = bytes.first == UInt8(ascii: "/") ? bytes : workingDirectory() + [UInt8(ascii: "/")] + bytes
        let target = absolute.map { CChar(bitPattern: $0) } + [0]
        var info = stat()
        guard stat(target, &info) == 0, let folder = linkFolder else {
            repairedNames.insert(repaired)
            return repaired
        }
        let link = folder + "/\(UInt32.random(in: 0...UInt32.max))-" + (repaired as NSString).lastPathComponent
        return symlink(target, link) == 0 ? link : repaired
    }

    /// The working directory's raw bytes (it may itself not be valid UTF-8).
    private static func workingDirectory() -> [UInt8] {
        guard let pointer = getcwd(nil, 0) else { return Array(".".utf8) }
        defer { free(pointer) }
        return Array(
            UnsafeBufferPointer(
                start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
    }

    /// Made on first use; removed with its links when the program exits.
    private static let linkFolder: String? = {
        var template = Array((NSTemporaryDirectory() + "/sterk-argumenten-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else { return nil }
        let folder = String(cString: made)
        RawArguments.folderToRemove = folder
        atexit { RawArguments.removeFolder() }
        return folder
    }()

    nonisolated(unsafe) private static var folderToRemove: String?

    /// Arguments whose invalid bytes had to be repaired because they name no existing file;
    /// filled once, by `current()`, before any command runs.
    nonisolated(unsafe) private static var repairedNames: Set<String> = []

    /// Whether `name` is such a repaired argument: as a new file's name it would create a
    /// file under another name than the one typed, so `TargetFile` refuses it.
    static func isRepaired(_ name: String) -> Bool { repairedNames.contains(name) }

    private static func removeFolder() {
        guard let folder = folderToRemove else { return }
        try? FileManager.default.removeItem(atPath: folder)
    }
}
