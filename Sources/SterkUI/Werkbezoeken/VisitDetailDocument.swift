import SterkModel
import SterkStore

/// The detail pane of a werkbezoek: who, where, when, programme and history.
///
/// Text from the store is flattened to one line (`flat`) before layout: a line break in a
/// name or programme item must not start a row of its own, and a control character must not
/// take a cell that layout did not count. Notes keep their lines, each as its own indented row.
struct VisitDetailDocument {
    let parts: DocumentParts

    func document(_ visit: Werkbezoek, history: [HistoryEntry]) -> Document {
        let details = visit.details
        // Where and when belong to the opening block: it is what the side pane previews.
        var result: [Paragraph] =
            [.heading(visit.reference.description), status(visit)] + place(details) + dates(details)
        result += [.blank, .heading(Dutch.visitVisitorsHeading)] + details.visitors.map(visitor)
        result.append(.blank)
        if let host = details.hostContact {
            result.append(parts.line(Dutch.visitHostLine, flat(joined([host.name, host.email, host.phone]))))
        }
        result += notes(details.notes)
        result += [.blank, .heading(Dutch.visitProgrammeHeading)] + programme(details.programme)
        result += [.blank, .heading(Dutch.visitHistoryHeading)] + history.map(historyLine)
        return Document(result)
    }

    private func status(_ visit: Werkbezoek) -> Paragraph {
        var spans = [Span(Dutch.visitStatusLine, .textDim), Span(visit.status.rawValue, visit.status.role)]
        if let reason = visit.statusReason, !reason.isEmpty { spans.append(Span(Dutch.visitReason(flat(reason)))) }
        return Paragraph(.text, spans)
    }

    private func visitor(_ visitor: Visitor) -> Paragraph {
        let rest = joined([visitor.role, visitor.organisation, visitor.email, visitor.phone])
        return Paragraph(
            .text, [Span(flat(visitor.name)), Span(rest.isEmpty ? "" : " – " + flat(rest), .textDim)], indent: 2)
    }

    private func place(_ details: VisitDetails) -> [Paragraph] {
        let dataset = parts.dataset
        let code = details.municipalityCode
        let name = dataset.municipality(code)?.name ?? code
        var spans = [Span(Dutch.visitMunicipalityLine, .textDim), Span(name, .link)]
        if dataset.isM50Member(code) { spans.append(Span(Dutch.visitM50Member, .m50Marker)) }
        var result = [Paragraph(.text, spans, target: dataset.municipality(code) == nil ? nil : .municipality(code))]
        for id in details.wijkIDs {
            let wijk = dataset.wijk(id)
            result.append(
                parts.line(
                    Dutch.visitWijkLine, wijk?.name ?? id, role: wijk == nil ? .text : .link,
                    target: wijk == nil ? nil : .wijk(id)))
        }
        return result
    }

    private func dates(_ details: VisitDetails) -> [Paragraph] {
        [
            parts.line(
                Dutch.visitProposedLine, details.proposed?.dutchText ?? Dutch.visitNoDate,
                role: details.proposed == nil ? .gap : .text),
            parts.line(
                Dutch.visitConfirmedLine, details.confirmed?.dutchText ?? Dutch.visitNotConfirmed,
                role: details.confirmed == nil ? .gap : .statusBevestigd),
        ]
    }

    private func programme(_ items: [ProgrammeItem]) -> [Paragraph] {
        guard !items.isEmpty else { return [Paragraph(.text, [Span(Dutch.visitNoProgramme, .gap)], indent: 2)] }
        return items.map { item in
            let place = item.place.isEmpty ? "" : item.place + ": "
            let who = item.who.isEmpty ? "" : " (\(item.who))"
            return Paragraph(
                .text, [Span(flat(item.time) + "  ", .textDim), Span(flat(place + item.what + who))], indent: 2)
        }
    }

    private func historyLine(_ entry: HistoryEntry) -> Paragraph {
        var spans = [
            Span(TimeSlot.localMinuteText(entry.at) + "  ", .textDim), Span(flat(entry.actor) + "  ", .textDim),
            Span(Dutch.visitHistoryStep(entry), entry.kind == .status ? entry.to.role : .text),
        ]
        if !entry.note.isEmpty { spans.append(Span("  “\(flat(entry.note))”")) }
        return Paragraph(.text, spans, indent: 2)
    }

    /// "Notities: first line", then every further line indented below it.
    private func notes(_ notes: String) -> [Paragraph] {
        guard !notes.isEmpty else { return [parts.line(Dutch.visitNotesLine, Dutch.visitNoNotes, role: .gap)] }
        let lines = notes.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { flat(String($0)) }
        return [parts.line(Dutch.visitNotesLine, lines[0])]
            + lines.dropFirst().map { Paragraph(.text, [Span($0)], indent: 2) }
    }

    private func flat(_ text: String) -> String { ControlCharacters.strip(text) }

    private func joined(_ values: [String?]) -> String {
        values.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
