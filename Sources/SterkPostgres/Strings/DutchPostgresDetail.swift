// What is wrong with the server's answer, in Dutch: the detail inside `StoreError.corrupt` and
// `.serverError` when the database or the protocol does not behave as the store expects.

enum DutchPostgresDetail {
    /// `position` counts from 1.
    static func missingColumn(_ position: Int) -> String { "kolom \(position) ontbreekt" }
    static func unexpectedType(column: String) -> String { "kolom ‘\(column)’ heeft een onverwacht type" }
    static let noSchemaAnswer = "geen antwoord op een schemavraag"
    static let rolledBack = "de transactie is teruggedraaid"
    static let noReturnedID = "INSERT gaf geen id terug"
    static let lockedVisitUnchanged = "vergrendeld werkbezoek niet gewijzigd"
}
