import Foundation

/// A memory of values made by pure functions of their key: the one cache type of the UI.
///
/// One rule for every cache, so none hides state: a memo holds only what `make` would give
/// again for the same key, so emptying it changes nothing but time. It is a class so that a
/// non-mutating `view` can fill it, and every access takes its lock, so copies of a program
/// that share it stay correct on any thread. A memo with a limit empties itself when full.
public final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let limit: Int?
    private var made = 0

    /// A memo that keeps everything (`limit` nil) or at most `limit` values.
    public init(limit: Int? = nil) {
        self.limit = limit
    }

    /// The value for `key`, made now (under the lock, so once) if it is not known.
    public func value(_ key: Key, make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let known = values[key] { return known }
        let value = make()
        made += 1
        if let limit, values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = value
        return value
    }

    /// Like `value(_:make:)`, for a `make` that may find nothing (nothing is kept then).
    public func valueIfAny(_ key: Key, make: () -> Value?) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        if let known = values[key] { return known }
        guard let value = make() else { return nil }
        made += 1
        if let limit, values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = value
        return value
    }

    /// The keys whose values are known now.
    public var keys: Set<Key> {
        lock.lock()
        defer { lock.unlock() }
        return Set(values.keys)
    }

    /// How many values were made so far (tests check that work is not repeated).
    public var builds: Int {
        lock.lock()
        defer { lock.unlock() }
        return made
    }
}
