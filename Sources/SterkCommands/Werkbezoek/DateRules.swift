import Foundation
import SterkStore

/// The CLI's side of the shared date rule (`VisitDateRule`): the flag that holds the date,
/// and `--toch` to record it anyway (for writing down a visit afterwards), which it says.
/// The sentences are `DutchWerkbezoekInput`'s.
enum DateRules {
    /// The flag that overrides these checks.
    static let override = "--toch"

    /// One failed check: what is wrong, and what to do instead.
    struct Problem: Equatable {
        let text: String
        let hint: String

        /// The refusal: what is wrong, what to do, and the override.
        var refusal: String { "\(text); \(hint)" }
        /// The warning printed when `--toch` let it pass.
        var warning: String { DutchWerkbezoekInput.overridden(DateRules.override, text) }
    }

    /// A problem when `slot` starts before `now`.
    static func past(_ slot: TimeSlot?, flag: String, now: Date) -> Problem? {
        VisitDateRule.check(slot, now: now).map { problem($0, flag: flag, reference: nil) }
    }

    /// A problem when a status change does not fit the visit's date.
    static func statusChange(_ visit: Werkbezoek, to target: VisitStatus, newDate: TimeSlot?, now: Date) -> Problem? {
        let flag = newDate == nil ? DutchWerkbezoekInput.confirmedDate : "--datum"
        return VisitDateRule.statusChange(visit, to: target, newDate: newDate, now: now).map {
            problem($0, flag: flag, reference: visit.reference)
        }
    }

    private static func problem(_ conflict: VisitDateRule.Conflict, flag: String, reference: VisitReference?)
        -> Problem
    {
        switch conflict {
        case .past:
            return Problem(text: "\(flag): \(conflict.text)", hint: DutchWerkbezoekInput.pastDateHint(override))
        case let .notYetHappened(slot):
            let visit = reference.map { "\($0)" } ?? DutchWerkbezoekInput.theVisit
            return Problem(
                text: DutchWerkbezoekInput.notYetHappened(visit, slot.dutchText),
                hint: DutchWerkbezoekInput.notYetHappenedHint(override))
        }
    }
}
