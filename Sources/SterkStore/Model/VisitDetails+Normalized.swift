import Foundation
import SterkModel

extension VisitDetails {
    /// The details as they will read back from storage: trimmed text, empty optionals as nil,
    /// times in whole seconds. Storing this form keeps "did anything change?" exact.
    package var normalized: VisitDetails {
        VisitDetails(
            visitors: visitors.map(\.normalized),
            municipalityCode: municipalityCode.trimmingSpaces,
            wijkIDs: wijkIDs.map(\.trimmingSpaces).filter { !$0.isEmpty },
            proposed: proposed?.normalized, confirmed: confirmed?.normalized,
            programme: programme.map(\.normalized),
            hostContact: hostContact.map {
                HostContact(name: $0.name.nameForm, email: $0.email.nonEmpty, phone: $0.phone.nonEmpty)
            },
            notes: notes.trimmingSpaces)
    }
}

extension Visitor {
    var normalized: Visitor {
        Visitor(
            name: name.nameForm, role: role.nameForm, organisation: organisation.nameForm,
            email: email.nonEmpty, phone: phone.nonEmpty)
    }
}

extension ProgrammeItem {
    var normalized: ProgrammeItem {
        ProgrammeItem(
            time: time.trimmingSpaces, place: place.trimmingSpaces, what: what.trimmingSpaces, who: who.trimmingSpaces)
    }
}

extension TimeSlot {
    package var normalized: TimeSlot {
        TimeSlot(start: start.wholeSeconds, end: end?.wholeSeconds)
    }
}

extension Date {
    /// This instant rounded down to a whole second, the precision the store keeps.
    var wholeSeconds: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }
}

extension String {
    /// A name as stored: trimmed, without invisible format characters (see `FormatCharacters`).
    var nameForm: String { FormatCharacters.strip(self).trimmingSpaces }
}

extension Optional where Wrapped == String {
    /// nil for nil, empty or blank text; trimmed text otherwise.
    var nonEmpty: String? {
        guard let text = self?.trimmingSpaces, !text.isEmpty else { return nil }
        return text
    }
}
