import Foundation
import Testing

/// The figures issue #10 asks `toon`, `lijst` and `cijfers` to show, each with its source.
@Suite struct AreaCLITests {
    @Test func toonZeistShowsInhabitantsAndItsWijken() throws {
        let result = try SterkBinary.run(["toon", "zeist"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Inwoners: 66.641 (01-01-2024) [cbs-kwb-2024]"))
        #expect(result.stdout.contains("Wijken volgens CBS (5)"))
        #expect(result.stdout.contains("Zeist-Noord: 17.345 inwoners (WK035502)"))
        #expect(
            result.stdout.contains("[cbs-kwb-2024] CBS — Kerncijfers wijken en buurten 2024 (StatLine-tabel 85984NED)"))
    }

    @Test func toonDommelbergenShowsItsCBSWijkAndTrend() throws {
        let result = try SterkBinary.run(["toon", "dommelbergen"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("CBS-gebied: wijk Dommelbergen (WK082606)"))
        #expect(result.stdout.contains("Inwoners — wijk Dommelbergen: 13.155 (01-01-2024) [cbs-kwb-2024]"))
        #expect(result.stdout.contains("Leefbaarometer 3.0 — Dommelbergen (WK082606)"))
        #expect(result.stdout.contains("Startjaar van de Veilige en gezonde wijkaanpak: onbekend."))
    }

    @Test func toonOvervechtShowsTheKWB2023Figures() throws {
        let result = try SterkBinary.run(["toon", "overvecht"])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                "Gemiddelde WOZ-waarde van woningen — wijk Overvecht: € 301.000 (01-01-2023) [cbs-kwb-2023]"))
        #expect(
            result.stdout.contains(
                "Huurwoningen van een woningcorporatie — wijk Overvecht: 61 % (01-01-2023) [cbs-kwb-2023]"))
    }

    @Test func anyCBSWijkByNameOrCode() throws {
        let byName = try SterkBinary.run(["toon", "zuilenstein"])
        #expect(byName.status == 0 && byName.stdout.hasPrefix("Zuilenstein — CBS-wijk"))
        #expect(byName.stdout.contains("Leefbaarometer 3.0"))
        let ambiguous = try SterkBinary.run(["toon", "centrum"])
        #expect(ambiguous.status == 1 && ambiguous.stderr.contains("Centrum (CBS-wijk in Groningen, WK001400)"))
        let json = try SterkBinary.run(["toon", "WK0363AA", "--json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(root["kind"] as? String == "cbsArea")
    }

    @Test func everyMunicipalityHasInhabitantsInJSON() throws {
        let result = try SterkBinary.run(["lijst", "gemeenten", "--alle", "--json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let municipalities = try #require(root["municipalities"] as? [[String: Any]])
        #expect(municipalities.count == 342)
        for municipality in municipalities {
            let inhabitants = try #require(municipality["inhabitants"] as? [String: Any])
            #expect(inhabitants["value"] as? Int != nil && inhabitants["asOf"] as? String == "2024-01-01")
            #expect(inhabitants["sources"] as? [String] == ["cbs-kwb-2024"])
        }
    }

    @Test func lijstWijkenAlleHasEveryCBSWijk() throws {
        let result = try SterkBinary.run(["lijst", "wijken", "--alle", "--csv"])
        #expect(result.stdout.split(separator: "\n").count == 1 + 6 + 3_393)
        #expect(result.stdout.contains("WK082606,Wijk 06 Dommelbergen,cbs-wijk,GM0826,Oosterhout,,"))
    }

    @Test func cijfersShowsTheComputedFactsBesideTheClaims() throws {
        let result = try SterkBinary.run(["cijfers"])
        #expect(
            result.stdout.contains(
                "Naar grootteklasse (berekend): 3 NPLV-gemeenten met 30.000–80.000 inwoners op 01-01-2024: Nieuwegein (65.971), Vlaardingen (76.409), Roosendaal (77.559); net erboven: Schiedam (81.838), Lelystad (84.080) [cbs-kwb-2024]"
            ))
        #expect(result.stdout.contains("Leden binnen de bandbreedte (berekend): 56 van de 61"))
        #expect(result.stdout.contains("Inwoners van de 61 leden samen (berekend): 3.058.626 op 01-01-2024"))
        #expect(
            result.stdout.contains("Inwoners van alle gemeenten van M50-formaat (berekend): 6.619.636 in 142 gemeenten")
        )
        let json = try SterkBinary.run(["cijfers", "--json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let band = try #require(root["sizeBand"] as? [String: Any])
        #expect(band["memberInhabitants"] as? Int == 3_058_626 && band["inhabitantsInBand"] as? Int == 6_619_636)
    }

    @Test func noResearchWordsReachTheUser() throws {
        for arguments in [["cijfers"], ["toon", "wilgensingel"], ["toon", "dommelbergen"], ["lijst", "bronnen"]] {
            let result = try SterkBinary.run(arguments)
            for word in ["de opdracht", "onderzoekscorpus", "de onderzoeker"] {
                #expect(!result.stdout.contains(word), "\(arguments): \(word)")
            }
        }
    }
}
