/// The werkbezoek panel's and the form's rows of the keymap (appended to `Keymap.commands`).
extension Keymap {
    static let visitCommands: [Command] = [
        Command(.cycleVisitStatusFilter, [.character("f")], .werkbezoeken),
        Command(.reloadVisits, [.character("r")], .werkbezoeken),
        Command(.newVisit, [.character("a")], .werkbezoekWijzigen, changesData: true),
        Command(.changeVisitStatus, [.character("z")], .werkbezoekWijzigen, changesData: true),
        Command(.editVisitNotes, [.character("e")], .werkbezoekWijzigen, changesData: true),
        // Only keys that cannot be typed text: every character goes into the field.
        Command(.formSave, [.function(2), .control("s")], .formulier, changesData: true),
        Command(.formNextField, [.tab, .down], .formulier),
        Command(.formPreviousField, [.backTab, .up], .formulier),
        Command(.formEnter, [.enter], .formulier),
        Command(.formCancel, [.escape], .formulier),
        Command(.formAddVisitor, [.function(4)], .nieuwBezoek),
        Command(.formAddProgrammeItem, [.function(3)], .nieuwBezoek),
        Command(.formCursorLeft, [.left], .formulier),
        Command(.formCursorRight, [.right], .formulier),
        Command(.formCursorHome, [.home, .control("a")], .formulier),
        Command(.formCursorEnd, [.end, .control("e")], .formulier),
        Command(.formDeleteBackward, [.backspace], .formulier),
        Command(.formDeleteForward, [.delete], .formulier),
    ]

    /// Contexts that only matter to someone who may change data; hidden with `--alleen-lezen`.
    static let changingContexts: Set<CommandContext> = [.werkbezoekWijzigen, .formulier, .nieuwBezoek]
}

extension Panel {
    /// The digit that shows this panel: its place in the tab bar (so a merge that inserts a
    /// panel renumbers the key and the tab label together).
    var digitKey: Key { .character(Character(String((index + 1) % 10))) }
}
