import SterkModel

/// Finds where a folded query sits in unfolded text, character by character.
enum Highlight {
    /// Character ranges (offsets into `text`) whose folded form contains `foldedQuery`.
    static func ranges(in text: String, foldedQuery: String) -> [Range<Int>] {
        guard !foldedQuery.isEmpty else { return [] }
        var folded: [Character] = []
        var owner: [Int] = []
        for (offset, character) in text.enumerated() {
            for piece in SearchFold.fold(String(character)) {
                folded.append(piece)
                owner.append(offset)
            }
        }
        let needle = Array(foldedQuery)
        guard needle.count <= folded.count else { return [] }
        var result: [Range<Int>] = []
        var start = 0
        while start + needle.count <= folded.count {
            if Array(folded[start..<start + needle.count]) == needle {
                result.append(owner[start]..<owner[start + needle.count - 1] + 1)
                start += needle.count
            } else {
                start += 1
            }
        }
        return result
    }

    /// Splits a span so that the matched parts get the search role.
    static func split(_ span: Span, foldedQuery: String) -> [Span] {
        let matches = ranges(in: span.text, foldedQuery: foldedQuery)
        guard !matches.isEmpty else { return [span] }
        let characters = Array(span.text)
        var result: [Span] = []
        var position = 0
        for match in matches where match.lowerBound >= position {
            if match.lowerBound > position {
                result.append(Span(String(characters[position..<match.lowerBound]), span.role))
            }
            result.append(Span(String(characters[match]), .searchMatch))
            position = match.upperBound
        }
        if position < characters.count { result.append(Span(String(characters[position...]), span.role)) }
        return result
    }
}
