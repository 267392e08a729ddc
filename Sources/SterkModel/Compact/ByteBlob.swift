#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Read-only bytes that live as long as this object: a private copy, or a mapped file.
public final class ByteBlob: @unchecked Sendable {
    /// Never written after `init`, so sharing across threads is safe.
    let base: UnsafeRawPointer
    public let count: Int
    private let release: Release

    private enum Release { case deallocate, unmap(Int) }

    /// Copies bytes into 8-byte-aligned memory of its own.
    public init(copying bytes: [UInt8]) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 8), alignment: 8)
        bytes.withUnsafeBytes {
            memory.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(memory), byteCount: bytes.count)
        }
        base = UnsafeRawPointer(memory)
        count = bytes.count
        release = .deallocate
    }

    /// Maps a whole file read-only; nil when it cannot be opened or mapped.
    public init?(mapping path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else {
            return nil
        }
        base = UnsafeRawPointer(mapped)
        count = size
        release = .unmap(size)
    }

    deinit {
        switch release {
        case .deallocate: UnsafeMutableRawPointer(mutating: base).deallocate()
        case let .unmap(size): munmap(UnsafeMutableRawPointer(mutating: base), size)
        }
    }

    /// A little-endian UInt64 at a byte offset (caller checks the bound).
    @inline(__always) func uint64(at offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// A little-endian UInt32 at a byte offset (caller checks the bound).
    @inline(__always) func uint32(at offset: Int) -> UInt32 {
        UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    /// A 64-bit checksum of a byte range, four lanes wide so it runs at memory speed.
    func checksum(_ range: Range<Int>) -> UInt64 {
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (
            0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x27D4_EB2F_1656_67C5
        )
        let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
        var offset = range.lowerBound
        while offset + 32 <= range.upperBound {
            lanes.0 = (lanes.0 ^ uint64(at: offset)) &* prime
            lanes.1 = (lanes.1 ^ uint64(at: offset + 8)) &* prime
            lanes.2 = (lanes.2 ^ uint64(at: offset + 16)) &* prime
            lanes.3 = (lanes.3 ^ uint64(at: offset + 24)) &* prime
            offset += 32
        }
        var hash =
            lanes.0 ^ (lanes.1 >> 7 | lanes.1 << 57) ^ (lanes.2 >> 19 | lanes.2 << 45) ^ (lanes.3 >> 31 | lanes.3 << 33)
        while offset < range.upperBound {
            hash = (hash ^ UInt64(base.load(fromByteOffset: offset, as: UInt8.self))) &* prime
            offset += 1
        }
        hash ^= UInt64(range.count)
        return (hash ^ hash >> 29) &* prime
    }
}
