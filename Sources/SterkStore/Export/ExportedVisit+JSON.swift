import Foundation
import SterkModel

// The export shape written through the one JSON writer (`JSONOut`): keys sorted (diff-
// friendly), a key whose value is absent left out, times as ISO 8601 in UTC.

extension ExportFile {
    var json: JSONOut {
        .sortedObject([
            ("format", .string(format)), ("formatVersion", .number(Double(formatVersion))),
            ("exportedAt", .date(exportedAt)), ("visits", .array(visits.map(\.json))),
        ])
    }
}

extension ExportedVisit {
    var json: JSONOut {
        .sortedObject([
            ("reference", .string(reference)), ("status", .string(status)),
            ("statusReason", statusReason.map(JSONOut.string)), ("municipality", .string(municipality)),
            ("wijken", .array(wijken.map(JSONOut.string))), ("visitors", .array(visitors.map(\.json))),
            ("proposed", proposed?.json), ("confirmed", confirmed?.json),
            ("programme", .array(programme.map(\.json))), ("hostContact", hostContact?.json),
            ("notes", .string(notes)), ("createdAt", .date(createdAt)), ("updatedAt", .date(updatedAt)),
            ("history", history.map { .array($0.map(\.json)) }),
        ])
    }
}

extension ExportedVisit.Person {
    var json: JSONOut {
        .sortedObject([
            ("name", .string(name)), ("role", role.map(JSONOut.string)),
            ("organisation", organisation.map(JSONOut.string)), ("email", email.map(JSONOut.string)),
            ("phone", phone.map(JSONOut.string)),
        ])
    }
}

extension ExportedVisit.Slot {
    var json: JSONOut { .sortedObject([("start", .date(start)), ("end", end.map(JSONOut.date))]) }
}

extension ExportedVisit.Item {
    var json: JSONOut {
        .sortedObject([
            ("time", .string(time)), ("place", .string(place)), ("what", .string(what)), ("who", .string(who)),
        ])
    }
}

extension ExportedVisit.Change {
    var json: JSONOut {
        .sortedObject([
            ("at", .date(at)), ("actor", .string(actor)), ("kind", .string(kind)),
            ("from", from.map(JSONOut.string)), ("to", .string(to)), ("note", .string(note)),
        ])
    }
}

extension JSONOut {
    /// An object with its keys in code-point order and absent values left out.
    static func sortedObject(_ members: [(String, JSONOut?)]) -> JSONOut {
        .object(members.compactMap { key, value in value.map { (key, $0) } }.sorted { $0.0 < $1.0 })
    }

    /// A time as ISO 8601 in UTC, whole seconds: `2026-03-01T12:00:00Z`.
    static func date(_ date: Date) -> JSONOut { .string(ISO8601DateFormatter().string(from: date)) }
}
