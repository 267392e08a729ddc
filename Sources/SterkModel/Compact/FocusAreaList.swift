/// The dataset's focus areas: a collection over the compact store, so a million rows cost
/// a few hundred bytes each and become `FocusArea` values only when read.
public struct FocusAreaList: RandomAccessCollection, MutableCollection, Sendable {
    /// The rows, columns and search keys.
    public private(set) var store: FocusAreaStore

    /// Wraps a finished store.
    public init(store: FocusAreaStore) { self.store = store }

    /// Builds the store from values (tests, small datasets).
    public init(_ areas: [FocusArea], context: FocusAreaContext) {
        var builder = FocusAreaStoreBuilder(context: context)
        for area in areas { builder.append(area) }
        store = builder.finish()
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { store.count }

    /// A row decoded on demand. Setting one rebuilds the store (tests only: O(n)).
    public subscript(position: Int) -> FocusArea {
        get {
            precondition(position >= 0 && position < store.count, DutchFocusArea.noSuchPosition(position))
            return store.area(position)
        }
        set {
            var all = Array(self)
            all[position] = newValue
            self = FocusAreaList(all, context: store.context)
        }
    }

    /// The position of the area with this id (O(1)).
    public func position(ofID id: String) -> Int? { store.row(ofID: id) }

    /// Positions of the areas in one municipality, in dataset order (one pass over a column).
    public func positions(inMunicipality code: String) -> [Int] {
        guard let wanted = store.context.positionByCode[code] else { return [] }
        return indices.filter { store.municipalityPosition($0) == wanted }
    }
}

extension FocusAreaList: Equatable {
    public static func == (lhs: FocusAreaList, rhs: FocusAreaList) -> Bool {
        lhs.store === rhs.store || lhs.elementsEqual(rhs)
    }
}
