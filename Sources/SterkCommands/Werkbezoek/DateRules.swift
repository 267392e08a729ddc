import Foundation
import SterkStore

/// The date checks a person expects: no new or confirmed date in the past, and no
/// `afgerond` for a visit that has not happened yet. `--toch` records it anyway (for
/// writing down a visit afterwards), and says so.
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
        var warning: String { "Let op (\(DateRules.override)): \(text)." }
    }

    /// A problem when `slot` starts before `now`.
    static func past(_ slot: TimeSlot?, flag: String, now: Date) -> Problem? {
        guard let slot, slot.start < now else { return nil }
        return Problem(
            text: "\(flag): \(slot.dutchText) ligt in het verleden",
            hint: "kies een datum in de toekomst, of voeg \(override) toe om een bezoek achteraf vast te leggen")
    }

    /// A problem when a status change does not fit the visit's date.
    static func statusChange(_ visit: Werkbezoek, to target: VisitStatus, newDate: TimeSlot?, now: Date) -> Problem? {
        switch target {
        case .bevestigd:
            return past(
                newDate ?? visit.details.confirmed, flag: newDate == nil ? "de bevestigde datum" : "--datum", now: now)
        case .afgerond:
            guard let slot = visit.displaySlot, slot.start > now else { return nil }
            return Problem(
                text: "\(visit.reference) staat op \(slot.dutchText) en is dus nog niet geweest",
                hint: "zet het pas na het bezoek op afgerond, of voeg \(override) toe")
        default:
            return nil
        }
    }
}
