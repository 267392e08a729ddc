/// Checks, after decoding, that ids are unique and every reference names something that exists.
struct ReferenceCheck {
    let pending: PendingReferences
    let issues: IssueCollector
    /// Kinds whose defining list could not be read; references to them would only repeat that error.
    let unreadableKinds: Set<PendingReferences.Kind>

    func run() {
        let defined = reportDuplicates()
        for reference in pending.references
        where !unreadableKinds.contains(reference.kind)
            && !(defined[reference.kind]?.contains(reference.id) ?? false)
        {
            let message = DutchReference.unknown(reference.kind, id: reference.id)
            issues.report(message, path: reference.path, offset: reference.offset)
        }
    }

    /// Reports each repeated id at its second place, naming the first; returns the ids per kind.
    private func reportDuplicates() -> [PendingReferences.Kind: Set<String>] {
        var firstPath: [PendingReferences.Kind: [String: FieldPath]] = [:]
        for definition in pending.definitions {
            if let earlier = firstPath[definition.kind]?[definition.id] {
                issues.report(
                    DutchReference.duplicate(definition.kind, id: definition.id, firstAt: earlier.text),
                    path: definition.path, offset: definition.offset)
            } else {
                firstPath[definition.kind, default: [:]][definition.id] = definition.location
            }
        }
        return firstPath.mapValues { Set($0.keys) }
    }
}
