import Foundation
import SterkStore
import Testing

/// The export is written by the one JSON writer (`JSONOut`) since session 4: the `--json`
/// layout (`"key": value`, `[]`) instead of JSONEncoder's (`"key" : value`, `[\n\n  ]`).
/// Same keys, same order, same values, same escaping; files in the old layout still import.
@Suite("Exportvorm")
struct ExportLayoutTests {
    /// An export written by JSONEncoder before the change (C1 and bidi characters escaped).
    static let oldLayout = #"""
        {
          "exportedAt" : "2026-03-01T12:00:00Z",
          "format" : "sterk-werkbezoeken",
          "formatVersion" : 1,
          "visits" : [
            {
              "createdAt" : "2026-03-01T12:00:00Z",
              "history" : [
                {
                  "actor" : "anna",
                  "at" : "2026-03-01T12:00:00Z",
                  "kind" : "aangemaakt",
                  "note" : "",
                  "to" : "aangevraagd"
                }
              ],
              "hostContact" : {
                "email" : "j.devries@zeist.nl",
                "name" : "Jan de Vries"
              },
              "municipality" : "GM0355",
              "notes" : "a\u0085b\u202ec \"q\" \\ /",
              "programme" : [
                {
                  "place" : "Wijkcentrum De Boog",
                  "time" : "10:00",
                  "what" : "Ontvangst",
                  "who" : "wethouder"
                }
              ],
              "proposed" : {
                "end" : "2027-03-12T13:00:00Z",
                "start" : "2027-03-12T09:00:00Z"
              },
              "reference" : "WB-2026-001",
              "status" : "aangevraagd",
              "updatedAt" : "2026-03-01T12:00:00Z",
              "visitors" : [
                {
                  "email" : "f.elamrani@tk.nl",
                  "name" : "Fatima el Amraní",
                  "organisation" : "CDA",
                  "role" : "Tweede Kamerlid"
                }
              ],
              "wijken" : [

              ]
            }
          ]
        }
        """#

    /// The same export as the writer prints it now, byte for byte.
    static let newLayout = #"""
        {
          "exportedAt": "2026-03-01T12:00:00Z",
          "format": "sterk-werkbezoeken",
          "formatVersion": 1,
          "visits": [
            {
              "createdAt": "2026-03-01T12:00:00Z",
              "history": [
                {
                  "actor": "anna",
                  "at": "2026-03-01T12:00:00Z",
                  "kind": "aangemaakt",
                  "note": "",
                  "to": "aangevraagd"
                }
              ],
              "hostContact": {
                "email": "j.devries@zeist.nl",
                "name": "Jan de Vries"
              },
              "municipality": "GM0355",
              "notes": "a\u0085b\u202ec \"q\" \\ /",
              "programme": [
                {
                  "place": "Wijkcentrum De Boog",
                  "time": "10:00",
                  "what": "Ontvangst",
                  "who": "wethouder"
                }
              ],
              "proposed": {
                "end": "2027-03-12T13:00:00Z",
                "start": "2027-03-12T09:00:00Z"
              },
              "reference": "WB-2026-001",
              "status": "aangevraagd",
              "updatedAt": "2026-03-01T12:00:00Z",
              "visitors": [
                {
                  "email": "f.elamrani@tk.nl",
                  "name": "Fatima el Amraní",
                  "organisation": "CDA",
                  "role": "Tweede Kamerlid"
                }
              ],
              "wijken": []
            }
          ]
        }
        """#

    @Test("een export in de oude opmaak wordt gelezen en in de --json-opmaak teruggeschreven")
    func oldLayoutReadsAndWritesNewLayout() throws {
        let archive = try VisitExport.decode(Data(Self.oldLayout.utf8))
        #expect(archive.count == 1)
        #expect(archive.first?.visit.details.notes == "a\u{85}b\u{202E}c \"q\" \\ /")
        let exportedAt = try #require(ISO8601DateFormatter().date(from: "2026-03-01T12:00:00Z"))
        let written = try VisitExport.encode(archive, exportedAt: exportedAt)
        #expect(String(decoding: written, as: UTF8.self) == Self.newLayout)
    }

    @Test("lijst --json schrijft dezelfde bezoekvorm, zonder geschiedenis")
    func listShape() throws {
        let archive = try VisitExport.decode(Data(Self.oldLayout.utf8))
        let list = String(decoding: try VisitExport.encodeList(archive.map(\.visit)), as: UTF8.self)
        #expect(list.hasPrefix("[\n  {\n    \"createdAt\": \"2026-03-01T12:00:00Z\",\n    \"hostContact\": {"))
        #expect(!list.contains("history"))
        #expect(list.contains(#""notes": "a\u0085b\u202ec \"q\" \\ /""#))
    }
}
