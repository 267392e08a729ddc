/// The rows a form takes at a width: pinned lines (error, confirmation) and scrolling lines.
struct FormLayout {
    /// One row of the form.
    enum Line: Equatable {
        case text(String, ThemeRole)
        case heading(String)
        /// A field's own row; the note beside it when it fits.
        case field(index: Int, note: String?, noteRole: ThemeRole)
        /// A field's note on its own row(s), under the input, when it does not fit beside it.
        case note(index: Int, text: String, role: ThemeRole)
        case blank
    }

    let labelWidth: Int
    let inputWidth: Int
    let pinned: [Line]
    let lines: [Line]

    init(form: FormState, width: Int) {
        labelWidth = min(22, (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2)
        inputWidth = max(8, min(40, width - labelWidth - 4 - 16))
        var pinned: [Line] = []
        if let error = form.error { pinned += FormLayout.wrapped(error, role: .formError, width: width) }
        if form.confirmingCancel {
            pinned += FormLayout.wrapped(Dutch.formConfirmCancel, role: .formError, width: width)
        }
        self.pinned = pinned
        lines = FormLayout.body(form, width: width, labelWidth: labelWidth, inputWidth: inputWidth)
    }

    /// Where the focused field's row is among `lines`.
    func row(ofField index: Int) -> Int {
        lines.firstIndex { if case let .field(i, _, _) = $0 { return i == index } else { return false } } ?? 0
    }

    private static func body(_ form: FormState, width: Int, labelWidth: Int, inputWidth: Int) -> [Line] {
        var lines = form.intro.map { Line.text($0, .text) }
        for (index, field) in form.fields.enumerated() {
            let noteX = 2 + labelWidth + FormLayout.valueWidth(field, inputWidth: inputWidth) + 2
            if let section = field.section {
                if !lines.isEmpty { lines.append(.blank) }
                lines.append(.heading(section))
            }
            let (note, role) = FormLayout.note(for: field, in: form)
            guard let note, !note.isEmpty else {
                lines.append(.field(index: index, note: nil, noteRole: role))
                continue
            }
            if noteX + DisplayWidth.of(note) <= width {
                lines.append(.field(index: index, note: note, noteRole: role))
            } else {
                lines.append(.field(index: index, note: nil, noteRole: role))
                let indent = 2 + labelWidth
                lines += Wrap.plainLines(note, width: max(10, width - indent)).map {
                    .note(index: index, text: $0, role: role)
                }
            }
        }
        return lines
    }

    /// Cells the field's value takes: the input box, or every option of a choice.
    static func valueWidth(_ field: FormField, inputWidth: Int) -> Int {
        guard case let .choice(options, _, _) = field.kind else { return inputWidth }
        return options.reduce(0) { $0 + DisplayWidth.of($1) + 3 }
    }

    /// The message (an error), else the live hint, else the fixed hint.
    static func note(for field: FormField, in form: FormState) -> (String?, ThemeRole) {
        if let message = form.messages[field.id] { return (message, .formError) }
        if let live = form.liveHints[field.id] { return (live, .textDim) }
        return (field.hint, .textDim)
    }

    private static func wrapped(_ text: String, role: ThemeRole, width: Int) -> [Line] {
        text.split(separator: "\n").flatMap { paragraph in
            Wrap.plainLines(String(paragraph), width: max(10, width)).map { Line.text($0, role) }
        }
    }
}
