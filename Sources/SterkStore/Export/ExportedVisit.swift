import Foundation

// The Decodable mirror of the export shape documented in VisitExport.swift. Kept apart from the
// domain types so the file format changes only on purpose.

struct ExportHeader: Decodable {
    var format: String
    var formatVersion: Int
}

struct ExportFile: Decodable {
    var format: String
    var formatVersion: Int
    var exportedAt: Date
    var visits: [ExportedVisit]
}

struct ExportedVisit: Decodable {
    struct Person: Decodable {
        var name: String
        var role: String?
        var organisation: String?
        var email: String?
        var phone: String?
    }

    struct Slot: Decodable {
        var start: Date
        var end: Date?
    }

    struct Item: Decodable {
        var time: String
        var place: String
        var what: String
        var who: String
    }

    struct Change: Decodable {
        var at: Date
        var actor: String
        var kind: String
        var from: String?
        var to: String
        var note: String
    }

    var reference: String
    var status: String
    var statusReason: String?
    var municipality: String
    var wijken: [String]
    var visitors: [Person]
    var proposed: Slot?
    var confirmed: Slot?
    var programme: [Item]
    var hostContact: Person?
    var notes: String
    var createdAt: Date
    var updatedAt: Date
    var history: [Change]?
}

extension ExportedVisit {
    init(_ visit: Werkbezoek, history: [HistoryEntry]?) {
        let details = visit.details
        reference = visit.reference.description
        status = visit.status.rawValue
        statusReason = visit.statusReason
        municipality = details.municipalityCode
        wijken = details.wijkIDs
        visitors = details.visitors.map {
            Person(name: $0.name, role: $0.role, organisation: $0.organisation, email: $0.email, phone: $0.phone)
        }
        proposed = details.proposed.map { Slot(start: $0.start, end: $0.end) }
        confirmed = details.confirmed.map { Slot(start: $0.start, end: $0.end) }
        programme = details.programme.map { Item(time: $0.time, place: $0.place, what: $0.what, who: $0.who) }
        hostContact = details.hostContact.map { Person(name: $0.name, email: $0.email, phone: $0.phone) }
        notes = details.notes
        createdAt = visit.createdAt
        updatedAt = visit.updatedAt
        self.history = history?.map {
            Change(
                at: $0.at, actor: $0.actor, kind: $0.kind.rawValue, from: $0.from?.rawValue, to: $0.to.rawValue,
                note: $0.note)
        }
    }

    /// The domain value; throws `.invalidArchive` naming the reference for bad values.
    func archived() throws(StoreError) -> ArchivedVisit {
        guard let parsed = VisitReference(reference) else {
            throw StoreError.invalidArchive(DutchStoreDetail.invalidReference(reference))
        }
        let details = VisitDetails(
            visitors: visitors.map {
                Visitor(
                    name: $0.name, role: $0.role ?? "", organisation: $0.organisation ?? "", email: $0.email,
                    phone: $0.phone)
            },
            municipalityCode: municipality, wijkIDs: wijken,
            proposed: proposed.map { TimeSlot(start: $0.start, end: $0.end) },
            confirmed: confirmed.map { TimeSlot(start: $0.start, end: $0.end) },
            programme: programme.map { ProgrammeItem(time: $0.time, place: $0.place, what: $0.what, who: $0.who) },
            hostContact: hostContact.map { HostContact(name: $0.name, email: $0.email, phone: $0.phone) },
            notes: notes)
        let visit = Werkbezoek(
            reference: parsed, details: details, status: try status(status),
            statusReason: statusReason, createdAt: createdAt, updatedAt: updatedAt)
        return ArchivedVisit(
            visit: visit,
            history: try (history ?? []).map { change throws(StoreError) in
                try entry(change, reference: parsed)
            })
    }

    private func entry(_ change: Change, reference: VisitReference) throws(StoreError) -> HistoryEntry {
        guard let kind = HistoryEntry.Kind(rawValue: change.kind) else {
            throw StoreError.invalidArchive(DutchExport.unknownChangeKind(reference, change.kind))
        }
        return HistoryEntry(
            id: 0, reference: reference, at: change.at, actor: change.actor, kind: kind,
            from: try change.from.map { text throws(StoreError) in try status(text) },
            to: try status(change.to), note: change.note)
    }

    private func status(_ text: String) throws(StoreError) -> VisitStatus {
        guard let status = VisitStatus(rawValue: text) else {
            throw StoreError.invalidArchive(DutchExport.unknownStatus(reference, text))
        }
        return status
    }
}
