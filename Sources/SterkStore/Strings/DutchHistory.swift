// The Dutch words the store writes into a visit's history: who acted when no name is known,
// and the note of an edit ("gewijzigd: bezoekers, notities"). Stored once, shown as written.

enum DutchHistory {
    /// The actor when neither the system nor the environment names the user.
    static let unknownActor = "onbekend"

    // MARK: The fields an edit names
    static let visitors = "bezoekers"
    static let municipality = "gemeente"
    static let wijken = "wijken"
    static let proposedDate = "voorgestelde datum"
    static let confirmedDate = "bevestigde datum"
    static let programme = "programma"
    static let hostContact = "contactpersoon"
    static let notes = "notities"

    /// "gewijzigd: bezoekers, notities".
    static func editSummary(_ fields: [String]) -> String { "gewijzigd: " + fields.joined(separator: ", ") }
}
