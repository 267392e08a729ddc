import Foundation

/// Reading and writing the cache file. Layout (little-endian UInt64s after the magic):
/// magic, format version, the source's identity (7 numbers), path hash, small-JSON length,
/// store offset, store length, checksum of everything after the header; then the small
/// JSON (the source without its focus-area array), padding, and the focus-area store.
extension DatasetCache {
    /// The dataset from a valid, current cache; nil for anything else.
    static func read(cache: String, source: String, identity: FileIdentity) -> Dataset? {
        guard let blob = ByteBlob(mapping: cache), blob.count >= headerSize else { return nil }
        let magicMatches = magic.indices.allSatisfy { blob.base.load(fromByteOffset: $0, as: UInt8.self) == magic[$0] }
        guard magicMatches, blob.uint64(at: 8) == formatVersion else { return nil }
        let stored = (0..<7).map { blob.uint64(at: 16 + $0 * 8) }
        guard stored == identity.fields, blob.uint64(at: 72) == pathHash(absolute(source)) else { return nil }
        let smallLength = blob.uint64(at: 80), storeOffset = blob.uint64(at: 88), storeLength = blob.uint64(at: 96)
        guard smallLength <= UInt64(blob.count), storeOffset <= UInt64(blob.count), storeLength <= UInt64(blob.count),
            UInt64(headerSize) + smallLength <= storeOffset, storeOffset + storeLength == UInt64(blob.count),
            blob.checksum(headerSize..<blob.count) == blob.uint64(at: 104)
        else { return nil }
        let small = Array(UnsafeRawBufferPointer(start: blob.base + headerSize, count: Int(smallLength)))
        return decode(small: small, blob: blob, storeOffset: Int(storeOffset), storeLength: Int(storeLength))
    }

    /// Decodes the small JSON around the mapped store; any issue means the cache is not trusted.
    private static func decode(small: [UInt8], blob: ByteBlob, storeOffset: Int, storeLength: Int) -> Dataset? {
        guard let root = try? JSONParser.parse(small) else { return nil }
        let issues = IssueCollector(bytes: small)
        var decoder = DatasetDecoder(issues: issues)
        decoder.checkTableRows = false  // checked when the cache was written
        let dataset = decoder.decode(
            root,
            cached: { context in
                (try? FocusAreaStore(blob: blob, origin: storeOffset, length: storeLength, context: context)).map(
                    FocusAreaList.init(store:))
            })
        guard let dataset, issues.isEmpty else { return nil }
        return dataset
    }

    /// Writes the cache through a temporary file and a rename, so a reader never sees half a file.
    static func write(
        cache: String, directory: String, source: String, identity: FileIdentity, bytes: [UInt8],
        focusAreaRange: Range<Int>, store: FocusAreaStore
    ) -> Bool {
        var writer = ByteWriter()
        writer.bytes.append(contentsOf: magic)
        writer.uint64(formatVersion)
        for field in identity.fields { writer.uint64(field) }
        writer.uint64(pathHash(absolute(source)))
        var small = Array(bytes[..<focusAreaRange.lowerBound])
        small.append(contentsOf: "[]".utf8)
        small.append(contentsOf: bytes[focusAreaRange.upperBound...])
        let storeBytes = UnsafeRawBufferPointer(
            start: store.blob.base + store.origin, count: store.blob.count - store.origin)
        let storeOffset = (headerSize + small.count + 7) & ~7
        writer.uint64(UInt64(small.count))
        writer.uint64(UInt64(storeOffset))
        writer.uint64(UInt64(storeBytes.count))
        writer.uint64(0)  // checksum, filled in below
        writer.bytes.append(contentsOf: small)
        writer.align(8)
        writer.bytes.append(contentsOf: storeBytes)
        let checksum = ByteBlob(copying: writer.bytes).checksum(headerSize..<writer.bytes.count)
        withUnsafeBytes(of: checksum.littleEndian) { raw in
            for (offset, byte) in raw.enumerated() { writer.bytes[104 + offset] = byte }
        }
        return atomicWrite(writer.bytes, to: cache, directory: directory)
    }

    /// The cache holds the whole dataset (names, contacts): like the store, its directory is
    /// 0700 and its file 0600 whatever the umask says.
    private static func atomicWrite(_ bytes: [UInt8], to path: String, directory: String) -> Bool {
        guard makePrivateDirectories(directory) else { return false }
        let temporary = directory + "/.dataset-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        var written = 0
        let complete = bytes.withUnsafeBytes { raw -> Bool in
            while written < raw.count {
                let count = Glibc.write(descriptor, raw.baseAddress.map { $0 + written }, raw.count - written)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                written += count
            }
            return true
        }
        let closed = close(descriptor) == 0
        guard complete, closed, fchmodat(AT_FDCWD, temporary, 0o600, 0) == 0, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// Creates `directory` and any missing parents with mode 0700 (existing ones are left as they are).
    private static func makePrivateDirectories(_ directory: String) -> Bool {
        var current = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST { return false }
        }
        var info = stat()
        return stat(directory, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
