import Foundation
import SterkModel

// The JSON shape of `sterk werkbezoek export` (and, without "history", of `lijst --json`).
// Stable: keys are English camelCase like the dataset; values stay Dutch. A key whose value
// is unknown is left out; readers must accept it being absent or null. Times are UTC ISO 8601.
//
// {
//   "format": "sterk-werkbezoeken",        // always this text
//   "formatVersion": 1,                    // a reader refuses a higher version
//   "exportedAt": "2026-03-01T12:00:00Z",
//   "visits": [
//     {
//       "reference": "WB-2026-014",
//       "status": "bevestigd",             // aangevraagd | in voorbereiding | bevestigd |
//                                          // afgerond | uitgesteld | geannuleerd
//       "statusReason": "…",               // for uitgesteld / geannuleerd
//       "municipality": "GM0355",          // dataset municipality code
//       "wijken": ["vollenhove"],          // dataset wijk ids
//       "visitors": [{ "name": "…", "role": "Tweede Kamerlid", "organisation": "CDA",
//                      "email": "…", "phone": "…" }],
//       "proposed":  { "start": "2026-03-14T09:00:00Z", "end": "2026-03-14T13:00:00Z" },
//       "confirmed": { "start": "…", "end": "…" },
//       "programme": [{ "time": "09:30", "place": "…", "what": "…", "who": "…" }],
//       "hostContact": { "name": "…", "email": "…", "phone": "…" },
//       "notes": "…",
//       "createdAt": "…", "updatedAt": "…",
//       "history": [{ "at": "…", "actor": "jan", "kind": "status",   // aangemaakt | status | gewijzigd
//                     "from": "aangevraagd", "to": "in voorbereiding", "note": "…" }]
//     }
//   ]
// }

/// Reads and writes the export format above.
public enum VisitExport {
    /// The value of "format".
    public static let formatName = "sterk-werkbezoeken"
    /// The newest "formatVersion" this build reads and the one it writes.
    public static let formatVersion = 1

    /// The export file for `visits`, pretty-printed with sorted keys (diff-friendly). Throws
    /// nothing today; the signature stays so a writer that can fail needs no caller change.
    public static func encode(_ visits: [ArchivedVisit], exportedAt: Date = Date()) throws(StoreError) -> Data {
        let file = ExportFile(
            format: formatName, formatVersion: formatVersion, exportedAt: exportedAt.wholeSeconds,
            visits: visits.map { ExportedVisit($0.visit, history: $0.history) })
        return encodeJSON(file.json)
    }

    /// A JSON array of visits in the same shape, without history (for `lijst --json`).
    public static func encodeList(_ visits: [Werkbezoek]) throws(StoreError) -> Data {
        encodeJSON(.array(visits.map { ExportedVisit($0, history: nil).json }))
    }

    /// Reads an export file back; refuses other formats and newer versions.
    public static func decode(_ data: Data) throws(StoreError) -> [ArchivedVisit] {
        let decoder = JSONDecoder()
        // Not `.iso8601`: its error loses the key (".visits[0]" instead of ".visits[0].createdAt").
        // Whole seconds, as `.iso8601` read them (the format style would also take fractions).
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard !text.contains("."), let date = try? Date.ISO8601FormatStyle().parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: invalidTime)
            }
            return date
        }
        let header: ExportHeader
        do {
            header = try decoder.decode(ExportHeader.self, from: data)
        } catch {
            throw StoreError.invalidArchive(DutchExport.notAnExport(describe(error)))
        }
        guard header.format == formatName else {
            throw StoreError.invalidArchive(DutchExport.unknownFormat(header.format))
        }
        guard header.formatVersion <= formatVersion else {
            throw StoreError.newerArchive(found: header.formatVersion, known: formatVersion)
        }
        do {
            return try decoder.decode(ExportFile.self, from: data).visits.map { try $0.archived() }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.invalidArchive(describe(error))
        }
    }

    /// The one `--json` layout (`JSONOut.rendered`), as UTF-8 without a final newline.
    private static func encodeJSON(_ value: JSONOut) -> Data { Data(value.rendered().utf8) }

    /// A short Dutch description of a decoding error: which key, at which path. Never
    /// Foundation's own (English) description.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return DutchExport.unreadable }
        switch error {
        case .keyNotFound(let key, let context): return DutchExport.missingKey(key.stringValue, at: path(context))
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return DutchExport.wrongType(at: path(context))
        case .dataCorrupted(let context) where context.codingPath.isEmpty: return DutchExport.invalidJSON
        case .dataCorrupted(let context) where context.debugDescription == invalidTime:
            return DutchExport.invalidTime(at: path(context))
        case .dataCorrupted(let context): return DutchExport.invalidValue(at: path(context))
        @unknown default: return DutchExport.unreadable
        }
    }

    /// Marks the decoding error of a time that is not ISO 8601.
    private static let invalidTime = "ongeldige tijd"

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? DutchExport.topLevel : path
    }
}
