import Testing
@testable import SterkModel
@testable import SterkUI

/// The Vergelijk panel on the bundled dataset: figures from the model, gaps said, sources reachable.
@Suite("Vergelijk-paneel")
struct VergelijkPanelTests {
    func dashboard(width: Int = 120, height: Int = 40, pilot: String? = nil) -> Dashboard {
        var options = DashboardOptions()
        options.vergelijkPilot = pilot
        var dashboard = Fixtures.dashboard(options, width: width, height: height)
        dashboard.show(.vergelijk)
        return dashboard
    }

    @Test("elke pilot op 80×24 en 120×40", arguments: ["vollenhove", "wilgensingel", "dommelbergen"])
    func snapshots(_ pilot: String) {
        for (width, height) in [(80, 24), (120, 40)] {
            let screen = dashboard(width: width, height: height, pilot: pilot).screen(width, height)
            Snapshot.check(screen, named: "vergelijk-\(pilot)-\(width)x\(height)")
        }
    }

    @Test("de cijfers komen uit het model, met de wijk zoals de README hem noemt")
    func figuresFromModel() throws {
        let dataset = Fixtures.bundled
        let pilot = try #require(ComparisonCache.pilots(dataset).first)
        let comparison = try #require(dataset.comparison(pilotID: pilot.id))
        let screen = dashboard().screen(120, 40)
        #expect(screen.contains("wijk Zeist-Noord, waarin Vollenhove ligt"))
        let inhabitants = try #require(comparison.rows.first { $0.key == "inwoners" })
        for figure in inhabitants.values { #expect(screen.contains(FigureFormat.value(figure)), "\(figure.label)") }
        let score = try #require(comparison.rows.first { $0.key == "lbm" })
        for figure in score.values { #expect(screen.contains(FigureFormat.value(figure))) }
        #expect(screen.contains(PilotComparison.trendCaution))
        #expect(screen.contains("onbekend"))  // the municipality has no Leefbaarometer score in the file
    }

    @Test("startjaar alleen gemarkeerd als een bron het noemt")
    func startMarkedOnlyWhenSourced() {
        let dataset = Fixtures.bundled
        for (index, pilot) in ComparisonCache.pilots(dataset).enumerated() {
            guard let comparison = dataset.comparison(pilotID: pilot.id) else { continue }
            let chart = ComparisonTrend.chart(comparison)
            #expect(chart?.mark?.year == comparison.startYear, "\(pilot.name)")
            var board = dashboard()
            for _ in 0..<index { board.press(.nextPilot) }
            let screen = board.screen(120, 40)
            #expect(screen.contains("┊") == (comparison.startYear != nil), "\(pilot.name)")
            if comparison.startYear == nil { #expect(screen.contains("Daarom geen startjaar")) }
        }
    }

    @Test("pilot kiezen, rij kiezen, detail met bronnen, b naar de bron, Esc terug")
    func keys() throws {
        var board = dashboard()
        let first = board.screen(120, 40)
        board.press(.nextPilot)
        #expect(board.screen(120, 40) != first)
        board.press(.previousPilot)
        #expect(board.screen(120, 40) == first || board.statusText?.hasPrefix("Pilot:") == true)
        board.press(.moveDown)
        board.press(.openDetail)
        let detail = board.screen(120, 40)
        #expect(detail.contains("Cijfers, elk met bron en datum"))
        #expect(detail.contains("Inwoners: "))
        board.press(.goBack)
        #expect(!board.screen(120, 40).contains("Cijfers, elk met bron en datum"))
        board.press(.jumpToSource)
        #expect(board.state.panel == .bronnen)
    }

    @Test(
        "detail van Overvecht: cijfers met bron, Leefbaarometer per jaar met dimensies, en de tweede reeks in de grafiek"
    )
    func overvechtDetail() {
        var board = dashboard()
        board.press(.moveLast)
        let table = board.screen(120, 40)
        #expect(table.contains("○ Overvecht") && table.contains("● Zeist-Noord"))
        board.press(.openDetail)
        let detail = board.screen(120, 40)
        Snapshot.check(detail, named: "vergelijk-detail-120x40")
        #expect(detail.contains("Inwoners: 35.255"))
        board.press(.moveLast)
        let end = board.screen(120, 40)
        let oldest = Fixtures.bundled.leefbaarometer.series(code: "WK034403")?.points.first
        #expect(oldest?.year == 2002)
        let line = oldest.map {
            "\($0.year)  "
                + DutchComparison.scoreLine(
                    DutchNumber.fixed($0.score, decimals: 3),
                    DutchNumber.fixed($0.deviation, decimals: 3))
        }
        #expect(end.contains("Fysieke omgeving") && line.map(end.contains) == true)
        #expect(board.state.current.detailOpen)
    }

    @Test("kiezen met een naam: dommelbergen, raalte, zeist-noord")
    func pilotByName() {
        let dataset = Fixtures.bundled
        #expect(ComparisonCache.pilotIndex(named: "Zeist-Noord", in: dataset) == 0)
        #expect(ComparisonCache.pilotIndex(named: "raalte", in: dataset) == 1)
        #expect(ComparisonCache.pilotIndex(named: "dommelbergen", in: dataset) == 2)
        #expect(ComparisonCache.pilotIndex(named: "overvecht", in: dataset) == nil)
    }

    @Test("zonder UTF-8: alleen ASCII-lijnen in tabel en grafiek")
    func ascii() {
        var options = DashboardOptions(capabilities: TerminalCapabilities(colors: 8, unicode: false, mouse: false))
        options.vergelijkPilot = nil
        var board = Fixtures.dashboard(options, width: 120, height: 40)
        board.show(.vergelijk)
        let text = board.screen(120, 40)
        #expect(!text.contains("●") && !text.contains("┄") && !text.contains("│"))
        let odd = text.unicodeScalars.filter {
            !$0.isASCII && !$0.properties.isAlphabetic && $0.properties.generalCategory != .currencySymbol
        }
        #expect(odd.isEmpty, "non-ASCII glyphs left: \(String(String.UnicodeScalarView(odd)))")
        Snapshot.check(text, named: "vergelijk-ascii-120x40")
    }
}
