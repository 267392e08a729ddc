/// Memory of detail documents and their wrapped rows, so a frame does not rebuild them.
///
/// A reference type inside the value-type program on purpose: `view` is non-mutating, and
/// the cache only ever holds what pure functions of (target, width) would give again.
final class RenderCache {
    private var documents: [Target: Document] = [:]
    private var wrapped: [WrapKey: [WrappedRow]] = [:]
    private static let limit = 64

    struct WrapKey: Hashable {
        var document: DocumentKey
        var width: Int
    }

    func document(_ target: Target, make: () -> Document?) -> Document? {
        if let known = documents[target] { return known }
        guard let made = make() else { return nil }
        if documents.count >= RenderCache.limit { documents.removeAll() }
        documents[target] = made
        return made
    }

    func rows(_ key: WrapKey, make: () -> [WrappedRow]) -> [WrappedRow] {
        if let known = wrapped[key] { return known }
        let made = make()
        if wrapped.count >= RenderCache.limit { wrapped.removeAll() }
        wrapped[key] = made
        return made
    }
}
