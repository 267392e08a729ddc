import SterkStore

/// The "status wijzigen" form: only the statuses the lifecycle allows next, a reason (required
/// for uitgesteld and geannuleerd) and, to confirm without an agreed date, that date.
enum StatusChangeForm {
    static func make(_ visit: Werkbezoek) -> VisitDialog {
        let options = visit.status.allowedNext
        var fields = [
            FormField(
                .newStatus, Dutch.formNewStatus, options: options.map(\.rawValue), roles: options.map(\.role),
                hint: Dutch.formChoiceHint),
            FormField(.reason, Dutch.formReason),
        ]
        if options.contains(.bevestigd), visit.details.confirmed == nil {
            fields.append(
                FormField(.confirmed, Dutch.formConfirmed, text: visit.details.proposed?.dutchInputText ?? ""))
        }
        var form = FormState(title: Dutch.formStatusTitle(visit.reference.description), fields: fields)
        form.intro = [Dutch.formCurrentStatus(visit.status)]
        return VisitDialog(
            purpose: .changeStatus(visit.reference, from: visit.status, confirmed: visit.details.confirmed),
            form: form)
    }

    /// The change to send, or a message beside each field that stops it (the store's own rules).
    static func check(_ form: FormState, reference: VisitReference, from: VisitStatus, confirmed: TimeSlot?)
        -> FormOutcome
    {
        guard let target = VisitStatus(rawValue: form.value(.newStatus)) else {
            return .problems([.newStatus: Dutch.formNotHere])
        }
        let note = form.value(.reason).trimmed(of: " \t")
        var messages: [FieldID: String] = [:]
        var newDate: TimeSlot?
        if target == .bevestigd, confirmed == nil, !NewVisitForm.isBlank(form.value(.confirmed)) {
            do { newDate = try TimeSlot(parsing: form.value(.confirmed)) } catch {
                messages[.confirmed] = error.message
            }
        }
        do {
            try StatusTransition.check(from: from, to: target, note: note, confirmed: confirmed ?? newDate)
        } catch .reasonRequired {
            messages[.reason] = Dutch.formReasonRequired(target)
        } catch .confirmedDateRequired {
            messages[.confirmed] = messages[.confirmed] ?? Dutch.formConfirmedRequired
        } catch {
            messages[.newStatus] = error.message
        }
        guard messages.isEmpty else { return .problems(messages) }
        return .send(
            .changeStatus(
                reference: reference, to: target, note: note, expecting: from,
                confirmed: target == .bevestigd ? newDate : nil))
    }
}

/// The "notities bewerken" form: one field, saved only when it changed.
enum NotesForm {
    static func make(_ visit: Werkbezoek) -> VisitDialog {
        let form = FormState(
            title: Dutch.formNotesTitle(visit.reference.description),
            fields: [FormField(.notes, Dutch.formNotes, text: visit.details.notes)])
        return VisitDialog(purpose: .editNotes(visit.reference, current: visit.details.notes), form: form)
    }

    static func check(_ form: FormState, reference: VisitReference, current: String) -> FormOutcome {
        let notes = form.value(.notes)
        guard notes.trimmed(of: " \t") != current.trimmed(of: " \t") else {
            return .unchanged(Dutch.visitNotesUnchanged)
        }
        return .send(.updateNotes(reference: reference, notes: notes))
    }
}
