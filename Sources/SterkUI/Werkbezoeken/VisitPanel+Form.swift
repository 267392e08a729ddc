import SterkStore

/// Keys in an open form: moving between fields, editing text, saving and cancelling.
extension VisitPanel {
    mutating func performFormCommand(_ id: CommandID, _ context: inout PanelContext) -> [Effect] {
        guard var dialog = visits.dialog, !dialog.saving else { return [] }
        if id == .formCancel { cancelForm(&context); return [] }
        dialog.form.confirmingCancel = false
        switch id {
        case .formSave: visits.dialog = dialog; return saveForm(&context)
        case .formEnter where dialog.form.focus == dialog.form.fields.count - 1:
            visits.dialog = dialog; return saveForm(&context)
        case .formEnter, .formNextField: dialog.form.moveFocus(by: 1)
        case .formPreviousField: dialog.form.moveFocus(by: -1)
        case .formAddVisitor, .formAddProgrammeItem:
            guard dialog.purpose == .newVisit else { break }  // its keys are not bound in other forms
            if id == .formAddVisitor {
                NewVisitForm.addVisitor(to: &dialog.form)
            } else {
                NewVisitForm.addProgrammeItem(to: &dialog.form)
            }
        default: editForm(id, &dialog.form)
        }
        visits.dialog = dialog
        refreshLiveHints(context)
        return []
    }

    private func editForm(_ id: CommandID, _ form: inout FormState) {
        switch id {
        case .formCursorLeft: form.edit({ $0.moveLeft() }, choiceStep: -1)
        case .formCursorRight: form.edit({ $0.moveRight() }, choiceStep: 1)
        case .formCursorHome: form.edit { $0.moveHome() }
        case .formCursorEnd: form.edit { $0.moveEnd() }
        case .formDeleteBackward: form.edit { $0.deleteBackward() }
        case .formDeleteForward: form.edit { $0.deleteForward() }
        default: break
        }
    }

    mutating func typeInForm(_ character: Character, _ context: inout PanelContext) {
        guard var dialog = visits.dialog, !dialog.saving else { return }
        dialog.form.confirmingCancel = false
        dialog.form.type(character)
        visits.dialog = dialog
        refreshLiveHints(context)
    }

    /// Esc: closes at once when nothing was typed, else asks first (a second Esc confirms).
    mutating func cancelForm(_ context: inout PanelContext) {
        guard var dialog = visits.dialog else { return }
        if dialog.form.isDirty && !dialog.form.confirmingCancel {
            dialog.form.confirmingCancel = true
            visits.dialog = dialog
            return
        }
        visits.dialog = nil
        context.status = dialog.form.isDirty ? StatusMessage(text: Dutch.formCancelled, isError: false) : nil
    }

    /// Checks every field at once; sends the change to the store only when nothing is wrong.
    mutating func saveForm(_ context: inout PanelContext) -> [Effect] {
        guard var dialog = visits.dialog else { return [] }
        dialog.form.validated = true
        switch outcome(of: dialog, context, acceptingPast: true) {
        case let .problems(messages):
            dialog.form.messages = messages
            offerPastDate(&dialog)
            dialog.form.focusFirstMessage()
            context.status = StatusMessage(text: Dutch.formProblems(messages.count), isError: true)
            visits.dialog = dialog
            return []
        case let .send(command):
            dialog.form.messages = [:]
            dialog.saving = true
            context.status = StatusMessage(text: Dutch.formSaving, isError: false)
            visits.dialog = dialog
            return [.store(command)]
        case let .unchanged(text):
            visits.dialog = nil
            context.status = StatusMessage(text: text, isError: false)
            return []
        }
    }

    /// After a refused save: remembers a past proposed date, so saving it again records it anyway.
    private func offerPastDate(_ dialog: inout VisitDialog) {
        guard dialog.purpose == .newVisit, let now = visits.store.now else { return }
        let proposed = NewVisitForm.proposed(dialog.form)
        dialog.pastDateOffered = NewVisitForm.pastConflict(proposed, now: now) == nil ? nil : proposed
    }

    /// What saving the dialog would do, from its fields alone (no store access). Only a save
    /// (`acceptingPast`) lets through the past date offered by the save before it.
    func outcome(of dialog: VisitDialog, _ context: PanelContext, acceptingPast: Bool = false) -> FormOutcome {
        switch dialog.purpose {
        case .newVisit:
            let places = visits.places ?? VisitPlaceMatcher(dataset: context.catalog.dataset)
            let checked = NewVisitForm.check(
                dialog.form, places: places, now: visits.store.now,
                pastAccepted: acceptingPast ? dialog.pastDateOffered : nil)
            return checked.messages.isEmpty ? .send(.createVisit(checked.details)) : .problems(checked.messages)
        case let .changeStatus(reference, from, confirmed):
            return StatusChangeForm.check(dialog.form, reference: reference, from: from, confirmed: confirmed)
        case let .editNotes(reference, current):
            return NotesForm.check(dialog.form, reference: reference, current: current)
        }
    }

    /// Updates the hints that follow the typing, and after a first save the messages too.
    mutating func refreshLiveHints(_ context: PanelContext) {
        guard var dialog = visits.dialog else { return }
        switch dialog.purpose {
        case .newVisit:
            let places = visits.places ?? VisitPlaceMatcher(dataset: context.catalog.dataset)
            let typed = dialog.form.value(.municipality)
            dialog.form.liveHints[.municipality] = places.municipalityHint(typed)
            dialog.form.liveHints[.wijken] = places.wijkHint(typed)
        case let .changeStatus(_, _, confirmed):
            let target = VisitStatus(rawValue: dialog.form.value(.newStatus))
            dialog.form.liveHints[.reason] = Dutch.formReasonHint(required: target?.needsReason == true)
            dialog.form.liveHints[.confirmed] = Dutch.formConfirmedHint(
                needed: target == .bevestigd && confirmed == nil)
        case .editNotes: break
        }
        if dialog.form.validated, case let .problems(messages) = outcome(of: dialog, context) {
            dialog.form.messages = messages
        } else if dialog.form.validated {
            dialog.form.messages = [:]
        }
        visits.dialog = dialog
    }
}

/// What a save attempt comes to.
enum FormOutcome: Equatable {
    /// Messages per field; nothing is sent.
    case problems([FieldID: String])
    /// The change to ask of the store.
    case send(StoreCommand)
    /// Nothing changed: close with this message.
    case unchanged(String)
}
