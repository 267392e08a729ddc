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
            problems.append(
                "het jaar van de referentie ligt niet tussen \(VisitLimits.years.lowerBound) en \(VisitLimits.years.upperBound)"
            )
        }
        if !(1...VisitLimits.maximumImportedNumber).contains(reference.number) {
            problems.append(
                "het volgnummer van de referentie ligt niet tussen 1 en \(VisitLimits.maximumImportedNumber)")
        }
        return problems
    }

    private var slotProblems: [String] {
        var problems: [String] = []
        for (name, slot) in [("voorgestelde", visit.details.proposed), ("bevestigde", visit.details.confirmed)] {
            guard let slot else { continue }
            if !VisitLimits.holds(slot.start) || !(slot.end.map(VisitLimits.holds) ?? true) {
                problems.append(
                    "de \(name) datum ligt niet tussen \(VisitLimits.years.lowerBound) en \(VisitLimits.years.upperBound)"
                )
            } else if let end = slot.end, end <= slot.start {
                problems.append("de eindtijd van de \(name) datum ligt niet na het begin")
            }
        }
        if !VisitLimits.holds(visit.createdAt) || !VisitLimits.holds(visit.updatedAt) {
            problems.append("aangemaakt of gewijzigd op een onmogelijke datum")
        }
        return problems
    }

    private var statusProblems: [String] {
        var problems: [String] = []
        if visit.status.needsReason, (visit.statusReason ?? "").trimmingSpaces.isEmpty {
            problems.append("status ‘\(visit.status)’ zonder reden")
        }
        if visit.status == .bevestigd || visit.status == .afgerond, visit.details.confirmed == nil {
            problems.append("status ‘\(visit.status)’ zonder bevestigde datum")
        }
        return problems
    }

    private var historyProblems: [String] {
        guard let first = history.first else { return ["de geschiedenis is leeg"] }
        var problems: [String] = []
        if first.kind != .created { problems.append("de geschiedenis begint niet met het aanmaken") }
        if !history.allSatisfy({ VisitLimits.holds($0.at) }) {
            problems.append("de geschiedenis heeft een onmogelijke datum")
        }
        return problems
    }
}
