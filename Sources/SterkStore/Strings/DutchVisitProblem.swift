// Every Dutch sentence about a visit that may not be stored, so the wording is reviewed in one
// place: what `nieuw` and the forms check (`VisitProblem`) and what only an import can get wrong.

extension VisitProblem {
    /// The Dutch sentence for this problem.
    public var description: String {
        switch self {
        case .missingVisitor: "er is geen bezoeker opgegeven"
        case .incompleteVisitor(let index, let missing):
            "bij bezoeker \(index) ontbreekt: " + missing.joined(separator: ", ")
        case .missingMunicipality: "de gastgemeente ontbreekt"
        case .missingProposedDate: "de voorgestelde datum en tijd ontbreken"
        case .missingHostContact: "de M50-contactpersoon (gastheer of gastvrouw) ontbreekt"
        case .emptyProgrammeItem(let index): "programmaonderdeel \(index) is leeg"
        case .invalidEmail(let visitor, let value):
            "het e-mailadres van \(DutchVisitProblem.owner(visitor)) (‘\(value)’) is geen e-mailadres (zoals naam@gemeente.nl)"
        case .invalidPhone(let visitor, let value):
            "het telefoonnummer van \(DutchVisitProblem.owner(visitor)) (‘\(value)’) is geen telefoonnummer (9 tot 15 cijfers, zoals 030 123 45 67 of +31 30 123 45 67)"
        }
    }
}

/// The words of the problems: the visitor's fields, whose contact detail is wrong, and the
/// sentences of `ArchivedVisit.problems`.
enum DutchVisitProblem {
    // MARK: A visitor's required fields, as listed after "ontbreekt:"
    static let visitorName = "naam"
    static let visitorRole = "rol"
    static let visitorOrganisation = "partij/organisatie"

    /// "bezoeker 2", or "de contactpersoon" when `visitor` is nil (the host contact).
    static func owner(_ visitor: Int?) -> String {
        visitor.map { "bezoeker \($0)" } ?? "de contactpersoon"
    }

    // MARK: Only an import
    static var referenceYearOutOfRange: String {
        "het jaar van de referentie ligt niet tussen \(VisitLimits.years.lowerBound) en \(VisitLimits.years.upperBound)"
    }
    static var referenceNumberOutOfRange: String {
        "het volgnummer van de referentie ligt niet tussen 1 en \(VisitLimits.maximumImportedNumber)"
    }

    /// The adjectives that name a slot in the two sentences below.
    static let proposedSlot = "voorgestelde"
    static let confirmedSlot = "bevestigde"
    static func slotOutOfRange(_ slotName: String) -> String {
        "de \(slotName) datum ligt niet tussen \(VisitLimits.years.lowerBound) en \(VisitLimits.years.upperBound)"
    }
    static func slotEndNotAfterStart(_ slotName: String) -> String {
        "de eindtijd van de \(slotName) datum ligt niet na het begin"
    }
    static let impossibleStamps = "aangemaakt of gewijzigd op een onmogelijke datum"

    static func statusWithoutReason(_ status: VisitStatus) -> String { "status ‘\(status)’ zonder reden" }
    static func statusWithoutConfirmedDate(_ status: VisitStatus) -> String {
        "status ‘\(status)’ zonder bevestigde datum"
    }

    static let emptyHistory = "de geschiedenis is leeg"
    static let historyNotStartingWithCreation = "de geschiedenis begint niet met het aanmaken"
    static let impossibleHistoryDate = "de geschiedenis heeft een onmogelijke datum"
}
