import Foundation

/// One line of a visit's history: when, who, from → to, and the note given.
public struct HistoryEntry: Equatable, Sendable {
    /// What kind of change this was.
    public enum Kind: String, Sendable, CaseIterable {
        /// The visit was recorded (from is nil, to is `aangevraagd`).
        case created = "aangemaakt"
        /// The status changed.
        case status = "status"
        /// Details were edited; the status stayed the same.
        case edited = "gewijzigd"
    }

    /// The row id in this store; increases with every change, across all visits.
    public var id: Int64
    /// The visit it belongs to.
    public var reference: VisitReference
    /// When it happened.
    public var at: Date
    /// Who did it (the OS user or `--door`).
    public var actor: String
    /// What kind of change.
    public var kind: Kind
    /// The status before; nil when the visit was created.
    public var from: VisitStatus?
    /// The status after.
    public var to: VisitStatus
    /// The note or reason given; may be empty.
    public var note: String

    /// A history entry from its parts.
    public init(
        id: Int64, reference: VisitReference, at: Date, actor: String, kind: Kind,
        from: VisitStatus?, to: VisitStatus, note: String
    ) {
        self.id = id
        self.reference = reference
        self.at = at
        self.actor = actor
        self.kind = kind
        self.from = from
        self.to = to
        self.note = note
    }
}
