/// Names, in Dutch, the fields that differ between two versions of a visit's details.
package enum ChangedFields {
    package static func between(_ old: VisitDetails, _ new: VisitDetails) -> [String] {
        var names: [String] = []
        if old.visitors != new.visitors { names.append("bezoekers") }
        if old.municipalityCode != new.municipalityCode { names.append("gemeente") }
        if old.wijkIDs != new.wijkIDs { names.append("wijken") }
        if old.proposed != new.proposed { names.append("voorgestelde datum") }
        if old.confirmed != new.confirmed { names.append("bevestigde datum") }
        if old.programme != new.programme { names.append("programma") }
        if old.hostContact != new.hostContact { names.append("contactpersoon") }
        if old.notes != new.notes { names.append("notities") }
        return names
    }
}
