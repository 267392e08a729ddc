import Foundation

/// A recorded werkbezoek: its reference, what was agreed, and where it stands.
public struct Werkbezoek: Equatable, Sendable {
    /// The unique reference, e.g. WB-2026-014.
    public var reference: VisitReference
    /// Everything that can be edited: visitors, place, dates, programme, contact, notes.
    public var details: VisitDetails
    /// The current status.
    public var status: VisitStatus
    /// The reason given for the current status, when it is `uitgesteld` or `geannuleerd`.
    public var statusReason: String?
    /// When the visit was first recorded.
    public var createdAt: Date
    /// When anything about it last changed.
    public var updatedAt: Date

    /// A visit from its parts (the store creates these; tests and imports may too).
    public init(
        reference: VisitReference, details: VisitDetails, status: VisitStatus,
        statusReason: String? = nil, createdAt: Date, updatedAt: Date
    ) {
        self.reference = reference
        self.details = details
        self.status = status
        self.statusReason = statusReason
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The confirmed slot when there is one, else the proposed one: the date to show.
    public var displaySlot: TimeSlot? { details.confirmed ?? details.proposed }
}

/// The editable part of a werkbezoek; also what `nieuw` records.
public struct VisitDetails: Equatable, Sendable {
    /// Who comes; at least one.
    public var visitors: [Visitor]
    /// The host municipality's code from the dataset (e.g. GM0355).
    public var municipalityCode: String
    /// Ids of the wijken visited, from the dataset; may be empty.
    public var wijkIDs: [String]
    /// The date and time first proposed.
    public var proposed: TimeSlot?
    /// The agreed date and time; required to confirm.
    public var confirmed: TimeSlot?
    /// The programme, in order.
    public var programme: [ProgrammeItem]
    /// The M50 contact who hosts the visit.
    public var hostContact: HostContact?
    /// Free notes.
    public var notes: String

    /// Details from their parts; everything but visitors and municipality may be left out.
    public init(
        visitors: [Visitor], municipalityCode: String, wijkIDs: [String] = [],
        proposed: TimeSlot? = nil, confirmed: TimeSlot? = nil,
        programme: [ProgrammeItem] = [], hostContact: HostContact? = nil, notes: String = ""
    ) {
        self.visitors = visitors
        self.municipalityCode = municipalityCode
        self.wijkIDs = wijkIDs
        self.proposed = proposed
        self.confirmed = confirmed
        self.programme = programme
        self.hostContact = hostContact
        self.notes = notes
    }
}
