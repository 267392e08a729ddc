/// Names, in Dutch, the fields that differ between two versions of a visit's details.
package enum ChangedFields {
    package static func between(_ old: VisitDetails, _ new: VisitDetails) -> [String] {
        var names: [String] = []
        if old.visitors != new.visitors { names.append(DutchHistory.visitors) }
        if old.municipalityCode != new.municipalityCode { names.append(DutchHistory.municipality) }
        if old.wijkIDs != new.wijkIDs { names.append(DutchHistory.wijken) }
        if old.proposed != new.proposed { names.append(DutchHistory.proposedDate) }
        if old.confirmed != new.confirmed { names.append(DutchHistory.confirmedDate) }
        if old.programme != new.programme { names.append(DutchHistory.programme) }
        if old.hostContact != new.hostContact { names.append(DutchHistory.hostContact) }
        if old.notes != new.notes { names.append(DutchHistory.notes) }
        return names
    }
}
