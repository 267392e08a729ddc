/// Near-miss matching for "bedoelt u …?" suggestions: one rule for names, references and
/// subcommands everywhere.
///
/// A candidate is as near as its closest part: the whole text, or any run of as many words
/// as the query has (so "famita" finds "Fatima el Amraní", and "fatma el amrani" the full
/// name). Keys are compared as given; callers fold them (`SearchFold.fold`) first.
public enum NearMiss {
    /// The largest edit distance still worth suggesting for `key`.
    public static func limit(for key: String) -> Int { max(2, key.count / 3) }

    /// The edit distance from `key` to the nearest part of `candidate`.
    public static func distance(_ key: String, _ candidate: String) -> Int {
        var best = EditDistance.between(key, candidate)
        let words = candidate.split(separator: " ")
        let size = max(1, key.split(separator: " ").count)
        guard words.count > size else { return best }
        for start in 0...(words.count - size) {
            best = min(best, EditDistance.between(key, words[start..<start + size].joined(separator: " ")))
        }
        return best
    }

    /// The labels of the candidates within `limit(for:)` of `key`, nearest first, each once.
    public static func suggestions(
        for key: String, among candidates: [(keys: [String], label: String)],
        count: Int = 5
    ) -> [String] {
        let limit = limit(for: key)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let score = candidate.keys.map { distance(key, $0) }.min() ?? Int.max
            return score <= limit ? (candidate.label, score) : nil
        }
        var seen = Set<String>()
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
            .filter { seen.insert($0).inserted }.prefix(count).map { $0 }
    }
}
