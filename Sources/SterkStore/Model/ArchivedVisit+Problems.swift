import Foundation

extension ArchivedVisit {
    /// Every reason this visit may not enter a store, as Dutch sentences: what `nieuw` checks
    /// about the details (`VisitDetails.problems`), plus what only an import can get wrong —
    /// the reference's range, dates the formats cannot hold, a status without its reason or
    /// confirmed date, a missing history. Places are checked against the dataset by the caller.
    public var problems: [String] {
        var problems = visit.details.problems.map(\.description)
        problems += referenceProblems + slotProblems + statusProblems + historyProblems
        return problems
    }

    private var referenceProblems: [String] {
        let reference = visit.reference
        var problems: [String] = []
        if !VisitLimits.years.contains(reference.year) {
            problems.append(DutchVisitProblem.referenceYearOutOfRange)
        }
        if !(1...VisitLimits.maximumImportedNumber).contains(reference.number) {
            problems.append(DutchVisitProblem.referenceNumberOutOfRange)
        }
        return problems
    }

    private var slotProblems: [String] {
        var problems: [String] = []
        for (name, slot) in [
            (DutchVisitProblem.proposedSlot, visit.details.proposed),
            (DutchVisitProblem.confirmedSlot, visit.details.confirmed),
        ] {
            guard let slot else { continue }
            if !VisitLimits.holds(slot.start) || !(slot.end.map(VisitLimits.holds) ?? true) {
                problems.append(DutchVisitProblem.slotOutOfRange(name))
            } else if let end = slot.end, end <= slot.start {
                problems.append(DutchVisitProblem.slotEndNotAfterStart(name))
            }
        }
        if !VisitLimits.holds(visit.createdAt) || !VisitLimits.holds(visit.updatedAt) {
            problems.append(DutchVisitProblem.impossibleStamps)
        }
        return problems
    }

    private var statusProblems: [String] {
        var problems: [String] = []
        if visit.status.needsReason, (visit.statusReason ?? "").trimmingSpaces.isEmpty {
            problems.append(DutchVisitProblem.statusWithoutReason(visit.status))
        }
        if visit.status == .bevestigd || visit.status == .afgerond, visit.details.confirmed == nil {
            problems.append(DutchVisitProblem.statusWithoutConfirmedDate(visit.status))
        }
        return problems
    }

    private var historyProblems: [String] {
        guard let first = history.first else { return [DutchVisitProblem.emptyHistory] }
        var problems: [String] = []
        if first.kind != .created { problems.append(DutchVisitProblem.historyNotStartingWithCreation) }
        if !history.allSatisfy({ VisitLimits.holds($0.at) }) {
            problems.append(DutchVisitProblem.impossibleHistoryDate)
        }
        return problems
    }
}
