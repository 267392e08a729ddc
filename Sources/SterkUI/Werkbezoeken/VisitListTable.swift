import Foundation
import SterkModel
import SterkStore

/// The Werkbezoeken table: reference, visitors, place, date and status (as text and colour).
enum VisitListTable {
    static let columns = [
        TableColumn(title: Dutch.visitColumnReference, preferred: 11, minimum: 11, priority: 0),
        TableColumn(title: Dutch.visitColumnVisitors, preferred: 18, minimum: 10, priority: 2),
        TableColumn(title: Dutch.visitColumnPlace, preferred: 24, minimum: 12, priority: 4),
        TableColumn(title: Dutch.visitColumnDate, preferred: 16, minimum: 16, priority: 3),
        // Wide enough for "in voorbereiding": a status is never cut short.
        TableColumn(title: Dutch.visitColumnStatus, preferred: 16, minimum: 16, priority: 1),
    ]

    static func model(_ visits: [Werkbezoek], dataset: Dataset) -> TableModel {
        TableModel(columns: columns, rows: visits.map { row($0, dataset) }, sortable: true)
    }

    static func row(_ visit: Werkbezoek, _ dataset: Dataset) -> TableRow {
        let visitors = ControlCharacters.strip(visit.details.visitors.map(\.name).joined(separator: ", "))
        let place = placeText(visit.details, dataset)
        let date = visit.displaySlot.map(shortDate) ?? Dutch.visitNoDate
        let cells = [
            TableCell(visit.reference.description), TableCell(visitors), TableCell(place),
            TableCell(date, visit.displaySlot == nil ? .gap : .text),
            TableCell(visit.status.rawValue, visit.status.role),
        ]
        let wijken = visit.details.wijkIDs.map { dataset.wijk($0)?.name ?? $0 }
        let key = ([visit.reference.description, visitors, municipalityName(visit.details, dataset)] + wijken)
            .joined(separator: " ")
        let sortKeys: [SortKey] = [
            .number(Double(visit.reference.year * 1_000_000_000 + visit.reference.number)),
            .text(SearchFold.fold(visitors)),
            .text(SearchFold.fold(place)), .number(visit.displaySlot?.start.timeIntervalSince1970),
            .number(Double(VisitStatus.allCases.firstIndex(of: visit.status) ?? 0)),
        ]
        return TableRow(
            cells: cells, searchKey: SearchFold.fold(key), sortKeys: sortKeys,
            target: .visit(visit.reference.description), isM50: dataset.isM50Member(visit.details.municipalityCode),
            provinceCode: dataset.municipality(visit.details.municipalityCode)?.provinceCode)
    }

    /// "Zeist · Vollenhove": the municipality, then the wijken.
    static func placeText(_ details: VisitDetails, _ dataset: Dataset) -> String {
        let wijken = details.wijkIDs.map { dataset.wijk($0)?.name ?? $0 }
        return ([municipalityName(details, dataset)] + wijken).joined(separator: " · ")
    }

    static func municipalityName(_ details: VisitDetails, _ dataset: Dataset) -> String {
        dataset.municipality(details.municipalityCode)?.name ?? details.municipalityCode
    }

    /// "14-03-2026 10:00": the Dutch date form used everywhere, short enough for 80 columns.
    static func shortDate(_ slot: TimeSlot) -> String {
        slot.dutchShortText
    }
}
