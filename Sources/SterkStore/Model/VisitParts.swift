/// A person who comes on the visit.
public struct Visitor: Equatable, Sendable {
    /// Full name, e.g. "Fatima el Amrani".
    public var name: String
    /// Role, e.g. "Tweede Kamerlid" or "beleidsmedewerker BZK".
    public var role: String
    /// Party or organisation, e.g. "CDA" or "ministerie van BZK".
    public var organisation: String
    /// E-mail address, when known.
    public var email: String?
    /// Phone number, when known.
    public var phone: String?

    /// A visitor from its parts.
    public init(name: String, role: String, organisation: String, email: String? = nil, phone: String? = nil) {
        self.name = name
        self.role = role
        self.organisation = organisation
        self.email = email
        self.phone = phone
    }
}

/// One item of the visit's programme.
public struct ProgrammeItem: Equatable, Sendable {
    /// When, as agreed text: "09:30" or "09:30-10:15".
    public var time: String
    /// Where, e.g. "Wijkcentrum De Boog".
    public var place: String
    /// What happens.
    public var what: String
    /// Who takes part or leads it.
    public var who: String

    /// A programme item from its parts.
    public init(time: String, place: String, what: String, who: String) {
        self.time = time
        self.place = place
        self.what = what
        self.who = who
    }
}

/// The M50 contact who hosts the visit.
public struct HostContact: Equatable, Sendable {
    /// Name of the contact.
    public var name: String
    /// E-mail address, when known.
    public var email: String?
    /// Phone number, when known.
    public var phone: String?

    /// A host contact from its parts.
    public init(name: String, email: String? = nil, phone: String? = nil) {
        self.name = name
        self.email = email
        self.phone = phone
    }
}
