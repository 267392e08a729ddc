import SterkModel

/// The Contact panel: the campaign contact, the werkbezoek invitation and the campaign day.
struct ContactDocument {
    let parts: DocumentParts
    var dataset: Dataset { parts.dataset }

    func paragraphs() -> [Paragraph] {
        let contact = dataset.contact
        var nameSpans = [Span(Dutch.nameLine, .textDim), Span(contact.name, .heading)]
        if let tag = FigureFormat.tag(contact.certainty) { nameSpans.append(tag) }
        var result: [Paragraph] = [
            .heading(Dutch.contactHeading), Paragraph(.text, nameSpans, sources: contact.sources),
        ]
        result.append(
            parts.line(Dutch.roleLine, contact.role ?? Dutch.unknown, role: contact.role == nil ? .gap : .text))
        result.append(copyLine(Dutch.emailLine, contact.email, command: .copyEmail))
        result.append(copyLine(Dutch.phoneLine, contact.phone, command: .copyPhone))
        result += parts.sourceLines(contact.sources, indent: 2)
        result += [.blank, .heading(Dutch.invitationHeading)] + parts.statement(dataset.invitation)
        let campaign = dataset.m50.campaign
        result += [.blank, .heading(Dutch.campaignHeading + ": " + campaign.name + " (" + campaign.date.dutch + ")")]
        result += campaign.statements.flatMap { parts.statement($0) }
        return result
    }

    private func copyLine(_ label: String, _ value: String, command: CommandID) -> Paragraph {
        let key = Keymap.info(command)?.keys.first.map { KeyName.label($0) } ?? ""
        let hint = Keymap.info(command)?.footerLabel ?? ""
        return Paragraph(.text, [Span(label, .textDim), Span(value, .link), Span("   [\(key)] \(hint)", .footerText)])
    }
}
