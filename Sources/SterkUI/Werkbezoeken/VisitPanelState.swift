import SterkStore

/// What a form on the Werkbezoeken panel is for.
enum VisitDialogPurpose: Sendable, Equatable {
    case newVisit
    case changeStatus(VisitReference, from: VisitStatus, confirmed: TimeSlot?)
    case editNotes(VisitReference, current: String)
}

/// An open form and what it is for.
struct VisitDialog: Sendable {
    var purpose: VisitDialogPurpose
    var form: FormState
    /// A save was sent to the store and its answer has not come back yet.
    var saving = false
    /// A past date the form refused once; saving again with this same date records it anyway
    /// (the CLI's `--toch`), for writing down a visit afterwards.
    var pastDateOffered: TimeSlot?
}

/// The Werkbezoeken panel's own state, beside the table state the other panels share.
struct VisitPanelState: Sendable {
    var store: VisitStoreState = .notLoaded
    /// `--alleen-lezen`: changing commands are hidden and refused.
    var readOnly = false
    /// Show only visits with this status (nil: all).
    var statusFilter: VisitStatus?
    /// The visits in the table, in model row order (after the filter).
    var shown: [Werkbezoek] = []
    var dialog: VisitDialog?
    /// Built when the first form opens (folding every municipality name once).
    var places: VisitPlaceMatcher?

    /// Every visit in the store (before the filter).
    var all: [Werkbezoek] { store.snapshot?.visits ?? [] }
}
