import SterkModel
import SterkStore

/// The Werkbezoeken lines on the Overzicht: open visits, counts per status, the next confirmed one.
enum VisitOverview {
    static func paragraphs(_ summary: WerkbezoekSummary) -> [Paragraph] {
        guard !summary.unavailable else {
            return [Paragraph(.text, [Span(Dutch.visitOverviewUnavailable, .gap)], indent: 2)]
        }
        guard summary.total > 0 else { return [Paragraph(.text, [Span(Dutch.visitsEmpty, .gap)], indent: 2)] }
        var counts: [Span] = []
        for status in VisitStatus.allCases {
            if !counts.isEmpty { counts.append(Span(" · ", .textDim)) }
            counts.append(Span(Dutch.visitCount(status, summary.counts[status] ?? 0), status.role))
        }
        let next = summary.nextConfirmed.map { Span($0, .statusBevestigd) } ?? Span(Dutch.visitNoNext, .gap)
        var paragraphs = [
            Paragraph(.text, [Span(Dutch.werkbezoekOpen(summary.open, total: summary.total), .statusOpen)], indent: 2),
            Paragraph(.text, counts, indent: 2), Paragraph(.text, [next], indent: 2),
        ]
        if !summary.pastConfirmed.isEmpty {
            paragraphs.append(
                Paragraph(.text, [Span(Dutch.visitPastConfirmed(summary.pastConfirmed), .certaintyConflict)], indent: 2)
            )
        }
        return paragraphs
    }
}

extension WerkbezoekSummary {
    /// The summary of what the store holds; nil when no store was opened.
    init?(_ store: VisitStoreState, dataset: Dataset) {
        switch store {
        case .notLoaded: return nil
        case .missing: self.init(open: 0, total: 0)
        case .unavailable: self.init(open: 0, total: 0); unavailable = true
        case let .loaded(snapshot):
            self.init(open: snapshot.visits.filter { !$0.status.isFinal }.count, total: snapshot.visits.count)
            counts = snapshot.counts
            nextConfirmed = snapshot.nextConfirmed.map { Self.describe($0, dataset: dataset) }
            pastConfirmed = snapshot.pastConfirmed.map(\.reference.description)
        }
    }

    private static func describe(_ visit: Werkbezoek, dataset: Dataset) -> String {
        Dutch.visitNext(
            visit.reference.description, date: visit.displaySlot?.dutchText ?? Dutch.visitNoDate,
            who: visit.details.visitors.map(\.name).joined(separator: ", "),
            place: VisitListTable.placeText(visit.details, dataset))
    }
}
