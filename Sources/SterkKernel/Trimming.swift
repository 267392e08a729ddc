extension String {
    /// Drops the given characters from both ends (no Foundation needed).
    public func trimmed(of set: String) -> String {
        var view = Substring(self)
        while let first = view.first, set.contains(first) { view.removeFirst() }
        while let last = view.last, set.contains(last) { view.removeLast() }
        return String(view)
    }
}

extension Substring {
    public func trimmed(of set: String) -> String { String(self).trimmed(of: set) }
}
