import Foundation

/// The rules for moving a werkbezoek from one status to another.
public enum StatusTransition {
    /// Throws the Dutch reason when `from` → `to` is not allowed with this note and confirmed slot.
    public static func check(from: VisitStatus, to: VisitStatus, note: String, confirmed: TimeSlot?) throws(StoreError)
    {
        guard from != to else { throw StoreError.sameStatus(from) }
        guard from.allowedNext.contains(to) else { throw StoreError.invalidTransition(from: from, to: to) }
        if to.needsReason && note.trimmingSpaces.isEmpty { throw StoreError.reasonRequired(to) }
        if to == .bevestigd && confirmed == nil { throw StoreError.confirmedDateRequired }
    }
}

/// A request to change a visit's status, as the CLI or the dashboard makes it.
public struct StatusChangeRequest: Sendable {
    /// The visit.
    public var reference: VisitReference
    /// The status to move to.
    public var target: VisitStatus
    /// The note or reason; required for `uitgesteld` and `geannuleerd`.
    public var note: String
    /// Who makes the change.
    public var actor: String
    /// When; normally now.
    public var at: Date
    /// When set, refuse if the status is no longer this (someone else changed it meanwhile).
    public var expecting: VisitStatus?
    /// A confirmed date and time to store with the change (needed to confirm, if none yet).
    public var confirmed: TimeSlot?

    /// A request from its parts.
    public init(
        reference: VisitReference, target: VisitStatus, note: String = "", actor: String,
        at: Date = Date(), expecting: VisitStatus? = nil, confirmed: TimeSlot? = nil
    ) {
        self.reference = reference
        self.target = target
        self.note = note
        self.actor = actor
        self.at = at
        self.expecting = expecting
        self.confirmed = confirmed
    }
}
