extension Array {
    /// The element at an index, or nil outside the array: indices that come from data or
    /// from a cursor are checked, never trusted.
    @inlinable public subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
