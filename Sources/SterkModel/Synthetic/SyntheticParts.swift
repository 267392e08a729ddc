/// The fixed parts of a synthetic dataset: sources, paper, NPLV, M50, wijken, contact.
enum SyntheticParts {
    static func head(count: Int, firstArea: String?) -> String {
        let reading = firstArea.map { "\"\($0)\"" } ?? ""
        return """
            {
              "schemaVersion": 1,
              "datasetVersion": "2026-11-30",
              "title": "\(DutchSynthetic.title(focusAreas: count))",
              "credits": ["\(DutchSynthetic.credits)"],
              "sources": [
                { "id": "cbs-kerncijfers", "title": "\(DutchSynthetic.cbsSourceTitle)", "url": "https://example.org/kwb", "date": "2025-01-01", "publisher": "CBS" },
                { "id": "paper", "title": "\(DutchSynthetic.paperTitle)", "url": "", "date": "2023-09-20", "publisher": "M50" },
                { "id": "synthetisch", "title": "\(DutchSynthetic.syntheticSourceTitle)", "url": "https://example.org/synthetisch", "date": null, "publisher": null, "note": "\(DutchSynthetic.syntheticSourceNote)" }
              ],
              "paper": {
                "title": "\(DutchSynthetic.paperTitle)",
                "date": "2023-09-20",
                "publisher": "M50",
                "statements": [{ "text": "\(DutchSynthetic.paperStatement)", "sources": ["paper"], "certainty": "paper" }],
                "claimedFocusAreasInM50": { "label": "\(DutchSynthetic.claimLabel)", "value": 3, "unit": "count", "sources": ["paper"], "certainty": "paper" },
                "sizeClassReading": {
                  "statement": { "text": "\(DutchSynthetic.sizeClassReading)", "sources": ["synthetisch"], "certainty": "inference" },
                  "focusAreas": [\(reading)]
                }
              },
              "nplv": {
                "name": "\(DutchSynthetic.nplvName)",
                "abbreviation": "NPLV",
                "launched": "2022-07-04",
                "statements": [{ "text": "\(DutchSynthetic.nplvStarted)", "sources": ["synthetisch"] }],
                "ministries": [{ "text": "BZK", "sources": ["synthetisch"] }],
                "budgetLines": [
                  { "label": "\(DutchSynthetic.budgetHousing)", "value": 600000000, "unit": "euro", "sources": ["synthetisch"] },
                  { "label": "\(DutchSynthetic.budgetEducation)", "value": null, "unit": "euro", "certainty": "gap" }
                ],
                "actionLines": [{ "text": "\(DutchSynthetic.actionLine)", "sources": ["synthetisch"] }],
                "horizon": { "text": "\(DutchSynthetic.horizon)", "sources": ["synthetisch"] },
                "figures": [],
                "progress": []
              }
            """
    }

    static func m50(members: [(code: String, name: String, province: String)]) -> String {
        let list = members.map { "        { \"municipality\": \"\($0.code)\", \"listedName\": \"\($0.name)\" }" }
            .joined(separator: ",\n")
        return """
              "m50": {
                "name": "M50",
                "fullName": "\(DutchSynthetic.m50FullName)",
                "statements": [{ "text": "\(DutchSynthetic.m50Statement)", "sources": ["synthetisch"] }],
                "sizeBand": { "min": 30000, "max": 80000, "sources": ["synthetisch"] },
                "memberList": { "date": "2023-04", "sources": ["synthetisch"], "members": [
            \(list)
                ] },
                "inhabitantsRepresented": { "label": "\(DutchSynthetic.representedLabel)", "value": 7000000, "unit": "persons", "approx": true, "text": "\(DutchSynthetic.representedText)", "sources": ["synthetisch"] },
                "campaign": { "name": "\(DutchSynthetic.campaign)", "date": "2023-09-20", "statements": [] },
                "board": []
              }
            """
    }

    static func tail(municipalities: [String]) -> String {
        let wijken = (0..<5).map { index -> String in
            let municipality = municipalities[index % municipalities.count]
            let kind = index < 3 ? "pilot" : "comparison"
            return """
                    { "id": "wijk-\(index + 1)", "name": "\(DutchSynthetic.wijkNames[index])", "kind": "\(kind)", "municipality": "\(municipality)", "focusArea": null,
                      "programme": null, "location": { "lat": 52.1, "lon": 5.2, "precision": "placeholder" },
                      "summary": { "text": "\(DutchSynthetic.wijkSummary)", "sources": ["synthetisch"] },
                      "figures": [{ "label": "\(DutchSynthetic.inhabitants)", "value": \(8000 + index * 1500), "unit": "persons", "sources": ["synthetisch"] },
                                  { "label": "\(DutchSynthetic.lowWelfare)", "value": \(10 + index), "unit": "percent", "sources": ["synthetisch"] }],
                      "money": [], "partners": [], "goals": [], "timeline": [], "paperSays": [] }
                """
        }.joined(separator: ",\n")
        return """
              "wijken": [
            \(wijken)
              ],
              "contact": { "name": "\(DutchSynthetic.contactName)", "role": null, "email": "test@example.org", "phone": "06-00000000", "sources": ["paper"], "certainty": "paper" },
              "invitation": { "text": "\(DutchSynthetic.invitation)", "sources": ["paper"], "certainty": "paper" }
            }

            """
    }
}
