import SterkStore

/// The Werkbezoeken commands: filter, reload, and opening the forms that change visits.
extension Dashboard {
    mutating func performVisitCommand(_ id: CommandID) -> [Effect] {
        switch id {
        case .cycleVisitStatusFilter: cycleVisitStatusFilter()
        case .reloadVisits: return visits.store == .notLoaded ? [] : [.store(.reload)]
        case .newVisit, .changeVisitStatus, .editVisitNotes: openVisitDialog(id)
        default: return performFormCommand(id)
        }
        return []
    }

    /// Keys no command took: text for the open form, or a refusal of a changing key when read-only.
    mutating func handleUnboundVisitKey(_ key: Key) -> [Effect] {
        if visits.dialog != nil, case let .character(character) = key {
            typeInForm(character)
        } else if visits.readOnly, state.panel == .werkbezoeken, state.search?.editing != true,
                  Keymap.command(for: key, in: [.werkbezoekWijzigen]) != nil {
            state.status = StatusMessage(text: Dutch.visitReadOnlyRefused, isError: true)
        }
        return []
    }

    mutating func openVisitDialog(_ id: CommandID) {
        guard !visits.readOnly else { state.status = StatusMessage(text: Dutch.visitReadOnlyRefused, isError: true); return }
        guard visits.store != .notLoaded else { state.status = StatusMessage(text: Dutch.visitsNotLoaded, isError: true); return }
        if id == .newVisit {
            visits.places = visits.places ?? VisitPlaceMatcher(dataset: catalog.dataset)
            visits.dialog = VisitDialog(purpose: .newVisit, form: NewVisitForm.make())
        } else {
            guard let visit = selectedVisit else { state.status = StatusMessage(text: Dutch.visitNoneSelected, isError: true); return }
            if id == .editVisitNotes {
                visits.dialog = NotesForm.make(visit)
            } else if visit.status.isFinal {
                state.status = StatusMessage(text: Dutch.visitFinalStatus(visit.reference.description, visit.status), isError: true)
                return
            } else {
                visits.dialog = StatusChangeForm.make(visit)
            }
        }
        state.search = nil
        state.status = nil
        refreshLiveHints()
    }

    /// Takes in what the store did: reloads, closes the form on success, keeps it (with the
    /// message) on failure.
    mutating func applyStoreResult(_ result: StoreResult) -> [Effect] {
        switch result {
        case let .done(command, reference, store):
            if case .createVisit = command { visits.statusFilter = nil }   // the new visit must be visible
            load(store, select: reference)
            if command != .reload { visits.dialog = nil }
            state.status = StatusMessage(text: successText(command, reference: reference), isError: false)
        case let .failed(command, message, store):
            if let store { load(store, select: nil) }
            if command != .reload, var dialog = visits.dialog {
                dialog.saving = false
                dialog.form.error = message
                visits.dialog = dialog
            }
            let firstLine = message.split(separator: "\n").first.map(String.init) ?? message
            state.status = StatusMessage(text: Dutch.visitSaveFailed(firstLine), isError: true)
        }
        return []
    }

    private func successText(_ command: StoreCommand, reference: VisitReference?) -> String {
        let name = reference?.description ?? ""
        switch command {
        case .createVisit: return Dutch.visitCreated(name)
        case let .changeStatus(_, status, _, _, _): return Dutch.visitStatusChanged(name, status)
        case .updateNotes: return Dutch.visitNotesSaved(name)
        case .reload: return Dutch.visitsReloaded(visits.all.count)
        }
    }
}
