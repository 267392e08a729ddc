import SterkModel
import SterkStore

/// Finds the visit a person means — by reference or visitor name — and when nothing
/// matches, says what is near (`NearMiss`, the rule the dataset look-ups use too).
struct VisitFinder {
    let store: any WerkbezoekStore

    /// The visits whose reference is `text` or whose visitor names contain it; never empty.
    func visits(matching text: String) throws -> [Werkbezoek] {
        let found = try CommandFailure.reporting { () throws(StoreError) in try store.search(text) }
        guard found.isEmpty else { return found }
        throw CommandFailure.failure(try notFound(text))
    }

    /// One visit by reference or by a name that matches exactly one visit.
    func single(matching text: String) throws -> Werkbezoek {
        let found = try visits(matching: text)
        guard found.count == 1 else {
            let list = found.prefix(5).map(label).joined(separator: "; ")
            throw CommandFailure.failure(DutchWerkbezoekSearch.ambiguous(text, count: found.count, list: list))
        }
        return found[0]
    }

    /// The visit with exactly this reference; a name or a near miss gets a suggestion, not a match.
    func visitByReference(_ text: String) throws -> Werkbezoek {
        guard let reference = VisitReference(text) else {
            let byName = (try? store.search(text)) ?? []
            let hint =
                byName.isEmpty
                ? (try suggestionSentence(text) ?? "")
                : DutchWerkbezoekSearch.didYouMean(byName.prefix(3).map(label))
            throw CommandFailure.failure(DutchWerkbezoekSearch.notAReference(text, hint: hint))
        }
        let found = try CommandFailure.reporting { () throws(StoreError) in try store.visit(reference) }
        guard let visit = found else { throw CommandFailure.failure(try notFound(text)) }
        return visit
    }

    /// "Geen werkbezoek gevonden voor ‘Famita’. Bedoelt u Fatima el Amraní (WB-2026-001)?"
    private func notFound(_ text: String) throws -> String {
        let all = try CommandFailure.reporting { () throws(StoreError) in try store.visits(statuses: []) }
        guard !all.isEmpty else {
            return DutchWerkbezoekSearch.nothingRecorded(text)
        }
        let suggestion = try suggestionSentence(text, among: all) ?? DutchWerkbezoekSearch.searchHint
        return DutchWerkbezoekSearch.notFound(text, suggestion: suggestion)
    }

    private func suggestionSentence(_ text: String, among given: [Werkbezoek]? = nil) throws -> String? {
        let all = try given ?? CommandFailure.reporting { () throws(StoreError) in try store.visits(statuses: []) }
        let key = SearchFold.fold(text)
        let candidates = all.map { visit in
            (
                [SearchFold.fold(visit.reference.description)]
                    + visit.details.visitors.map { SearchFold.fold($0.name) }, label(visit)
            )
        }
        let near = NearMiss.suggestions(for: key, among: candidates, count: 3)
        return near.isEmpty ? nil : DutchWerkbezoekSearch.didYouMean(near)
    }

    /// "Fatima el Amraní (WB-2026-001)"
    private func label(_ visit: Werkbezoek) -> String {
        let names = visit.details.visitors.map(\.name).joined(separator: ", ")
        return names.isEmpty ? visit.reference.description : "\(names) (\(visit.reference))"
    }
}
