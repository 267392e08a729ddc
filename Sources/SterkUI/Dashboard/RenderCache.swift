/// Memory of detail documents and their wrapped rows, so a frame does not rebuild them.
///
/// Two `Memo`s (see its rule): each holds only what pure functions of (target, width)
/// would give again, so `view` may fill them and stays a function of the state.
struct RenderCache: Sendable {
    private static let limit = 64
    let documents = Memo<Target, Document>(limit: RenderCache.limit)
    let wrapped = Memo<WrapKey, [WrappedRow<ThemeRole>]>(limit: RenderCache.limit)

    struct WrapKey: Hashable {
        var document: DocumentKey
        var width: Int
    }

    func document(_ target: Target, make: () -> Document?) -> Document? {
        documents.valueIfAny(target, make: make)
    }

    func rows(_ key: WrapKey, make: () -> [WrappedRow<ThemeRole>]) -> [WrappedRow<ThemeRole>] {
        wrapped.value(key, make: make)
    }
}

/// What the dashboard's documents are, as their render-cache keys.
enum DashboardDocument: Hashable, Sendable {
    case detail(Target)
    case panel(Panel, WerkbezoekSummary?)

    var key: DocumentKey { DocumentKey(self) }
}
