/// The fixed parts of a synthetic dataset: sources, paper, NPLV, M50, wijken, contact.
enum SyntheticParts {
    static func head(count: Int, firstArea: String?) -> String {
        let reading = firstArea.map { "\"\($0)\"" } ?? ""
        return """
            {
              "schemaVersion": 1,
              "datasetVersion": "2026-11-30",
              "title": "Synthetische dataset met \(count) focusgebieden",
              "credits": ["Synthetische gegevens, gemaakt door sterk _genereer; geen echte cijfers"],
              "sources": [
                { "id": "cbs-kerncijfers", "title": "Kerncijfers wijken en buurten (synthetisch)", "url": "https://example.org/kwb", "date": "2025-01-01", "publisher": "CBS" },
                { "id": "paper", "title": "Sterk voor onze wijken", "url": "", "date": "2023-09-20", "publisher": "M50" },
                { "id": "synthetisch", "title": "Gegenereerde testgegevens", "url": "https://example.org/synthetisch", "date": null, "publisher": null, "note": "Alleen voor tests en metingen." }
              ],
              "paper": {
                "title": "Sterk voor onze wijken",
                "date": "2023-09-20",
                "publisher": "M50",
                "statements": [{ "text": "Slechts 3 van de 20 focusgebieden liggen in een M50-gemeente.", "sources": ["paper"], "certainty": "paper" }],
                "claimedFocusAreasInM50": { "label": "Focusgebieden in een M50-gemeente (volgens de paper)", "value": 3, "unit": "count", "sources": ["paper"], "certainty": "paper" },
                "sizeClassReading": {
                  "statement": { "text": "Telt vermoedelijk gebieden in gemeenten van M50-omvang.", "sources": ["synthetisch"], "certainty": "inference" },
                  "focusAreas": [\(reading)]
                }
              },
              "nplv": {
                "name": "Nationaal Programma Leefbaarheid en Veiligheid",
                "abbreviation": "NPLV",
                "launched": "2022-07-04",
                "statements": [{ "text": "Gestart op 4 juli 2022.", "sources": ["synthetisch"] }],
                "ministries": [{ "text": "BZK", "sources": ["synthetisch"] }],
                "budgetLines": [
                  { "label": "Wonen", "value": 600000000, "unit": "euro", "sources": ["synthetisch"] },
                  { "label": "Onderwijs", "value": null, "unit": "euro", "certainty": "gap" }
                ],
                "actionLines": [{ "text": "Wonen verbeteren", "sources": ["synthetisch"] }],
                "horizon": { "text": "15 tot 20 jaar", "sources": ["synthetisch"] },
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
                "fullName": "Netwerk middelgrote gemeenten",
                "statements": [{ "text": "Netwerk van middelgrote gemeenten.", "sources": ["synthetisch"] }],
                "sizeBand": { "min": 30000, "max": 80000, "sources": ["synthetisch"] },
                "memberList": { "date": "2023-04", "sources": ["synthetisch"], "members": [
            \(list)
                ] },
                "inhabitantsRepresented": { "label": "Inwoners vertegenwoordigd", "value": 7000000, "unit": "persons", "approx": true, "text": "ruim 7 miljoen", "sources": ["synthetisch"] },
                "campaign": { "name": "Laat ons niet in de St(r)eek", "date": "2023-09-20", "statements": [] },
                "board": []
              }
            """
    }

    static func tail(municipalities: [String]) -> String {
        let wijken = (0..<5).map { index -> String in
            let municipality = municipalities[index % municipalities.count]
            let kind = index < 3 ? "pilot" : "comparison"
            return """
                    { "id": "wijk-\(index + 1)", "name": "\(["Vollenhove", "Kruiskamp", "Hoëvelaken-Oost", "Ëlsterveld", "De Reünie"][index])", "kind": "\(kind)", "municipality": "\(municipality)", "focusArea": null,
                      "programme": null, "location": { "lat": 52.1, "lon": 5.2, "precision": "placeholder" },
                      "summary": { "text": "Synthetische wijk.", "sources": ["synthetisch"] },
                      "figures": [{ "label": "Inwoners", "value": \(8000 + index * 1500), "unit": "persons", "sources": ["synthetisch"] },
                                  { "label": "Huishoudens met lage financiële welvaart", "value": \(10 + index), "unit": "percent", "sources": ["synthetisch"] }],
                      "money": [], "partners": [], "goals": [], "timeline": [], "paperSays": [] }
                """
        }.joined(separator: ",\n")
        return """
              "wijken": [
            \(wijken)
              ],
              "contact": { "name": "Test Persoon", "role": null, "email": "test@example.org", "phone": "06-00000000", "sources": ["paper"], "certainty": "paper" },
              "invitation": { "text": "De paper nodigt uit voor een werkbezoek.", "sources": ["paper"], "certainty": "paper" }
            }

            """
    }
}
