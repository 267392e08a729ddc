import Foundation
import Testing
@testable import SterkUI

@Suite("Thema's")
struct ThemeTests {
    @Test("de meegeleverde thema's laden zonder fouten")
    func bundled() throws {
        let library = ThemeLibrary.load(userDirectory: nil)
        for name in ["standaard", "licht", "hoog-contrast", "zwart-wit"] {
            let entry = try #require(library.entries.first { $0.name == name }, "\(name) ontbreekt")
            if case let .failure(error) = entry.result { Issue.record("\(name): \(error.message)") }
        }
        #expect(library.names.first == "standaard")
    }

    @Test("standaard.theme zegt hetzelfde als de ingebouwde standaard")
    func standardMatchesBuiltIn() throws {
        let theme = try ThemeLibrary.load(userDirectory: nil).entries.first { $0.name == "standaard" }?.result.get()
        for role in ThemeRole.allCases {
            #expect(theme?.specs[role] == role.defaultSpec, "\(role.rawValue)")
        }
    }

    @Test("een kapot themabestand: Nederlandse melding met bestand en regel, terugval op standaard")
    func brokenTheme() throws {
        let directory = try temporaryThemes([
            "kapot.theme": "# test\ntext = fg:1\npanel.bordr = fg:2\n",
            "eigen.theme": "palet roze = 218\nheading = fg:roze bold\n",
        ])
        let library = ThemeLibrary.load(userDirectory: directory)
        let (theme, message) = library.theme(named: "kapot")
        #expect(theme == .builtInDefault)
        #expect(
            message
                == "themabestand kapot.theme, regel 3: onbekende rol ‘panel.bordr’ – standaardthema gebruikt (map \(directory))"
        )
        var dashboard = Fixtures.dashboard(DashboardOptions(themeName: "kapot", userThemeDirectory: directory))
        #expect(dashboard.themeName == "standaard")
        #expect(dashboard.screen().contains("kapot.theme, regel 3"))
        dashboard.press(.cycleTheme)
        #expect(dashboard.statusText == "thema: licht")
        let own = Fixtures.dashboard(DashboardOptions(themeName: "eigen", userThemeDirectory: directory))
        // The background comes from the theme's `text` role (here the standard's), never the terminal's.
        #expect(own.theme[.heading] == Style(foreground: .indexed(218), background: .indexed(234), attributes: .bold))
        #expect(own.theme[.text] == ResolvedTheme(.builtInDefault, colors: 256)[.text], "unnamed roles fall back")
    }

    @Test("onbekende themanaam")
    func unknownName() {
        let dashboard = Fixtures.dashboard(DashboardOptions(themeName: "paars"))
        #expect(dashboard.statusText?.hasPrefix("thema ‘paars’ bestaat niet") == true)
    }

    @Test("256 → 16 → 8 kleuren: grijs blijft grijs, kleur blijft kleur")
    func degrade() {
        #expect(ColorDegrade.toSixteen(244) == 8)
        #expect(ColorDegrade.toSixteen(250) == 7)
        #expect(ColorDegrade.toSixteen(235) == 0)
        #expect(ColorDegrade.toSixteen(255) == 15)
        #expect(ColorDegrade.toSixteen(16) == 0)
        #expect(ColorDegrade.toSixteen(231) == 15)
        #expect(ColorDegrade.toSixteen(196) == 9)
        #expect([3, 11].contains(ColorDegrade.toSixteen(214)))
        #expect(ColorDegrade.toSixteen(22) == 2)
        for grey in UInt8(232)...255 { #expect([0, 7, 8, 15].contains(ColorDegrade.toSixteen(grey)), "\(grey)") }
        #expect(ColorDegrade.color(.indexed(15), colors: 8) == .indexed(7))
        #expect(ColorDegrade.color(.indexed(214), colors: 256) == .indexed(214))
    }

    @Test("NO_COLOR: geen kleur, wel opmaak; selectie blijft omgekeerd en gemarkeerd")
    func noColor() {
        var dashboard = Fixtures.dashboard(DashboardOptions(noColor: true))
        dashboard.show(.focusgebieden)
        let buffer = dashboard.view(width: 80, height: 24)
        #expect(
            buffer.cells.allSatisfy {
                $0.style.foreground == .terminalDefault && $0.style.background == .terminalDefault
            })
        #expect(buffer[2, 3].style.attributes.contains(.reverse))
        #expect(buffer.line(3).hasPrefix("│▶"))
        #expect(buffer.text.contains("● M50"), "M50 shown by glyph and text, not colour alone")
    }

    @Test(
        "elk meegeleverd thema: selectie zichtbaar zonder kleur te hoeven zien",
        arguments: ["standaard", "licht", "hoog-contrast", "zwart-wit"])
    func everyTheme(_ name: String) {
        var dashboard = Fixtures.dashboard(DashboardOptions(themeName: name))
        dashboard.show(.focusgebieden)
        let buffer = dashboard.view(width: 80, height: 24)
        #expect(dashboard.themeName == name)
        #expect(dashboard.statusText == nil, "no theme error")
        #expect(buffer.line(3).hasPrefix("│▶"), "selection has a glyph")
        let selected = buffer[4, 3].style, plain = buffer[4, 4].style
        #expect(selected != plain)
    }

    @Test("zwart-wit gebruikt geen kleur, ook niet op 256 kleuren")
    func blackAndWhite() {
        let buffer = HeadlessScreen.render(
            panel: .overzicht, dataset: Fixtures.bundled, width: 80, height: 24,
            options: DashboardOptions(themeName: "zwart-wit"))
        #expect(
            buffer.cells.allSatisfy {
                $0.style.foreground == .terminalDefault && $0.style.background == .terminalDefault
            })
    }

    @Test("16 kleuren: alleen indexen onder 16", arguments: [16, 8])
    func sixteen(_ colors: Int) {
        let options = DashboardOptions(capabilities: TerminalCapabilities(colors: colors, unicode: true, mouse: true))
        let buffer = HeadlessScreen.render(
            panel: .focusgebieden, dataset: Fixtures.bundled, width: 120, height: 40, options: options)
        let indices = buffer.cells.flatMap { [$0.style.foreground, $0.style.background] }.compactMap {
            color -> UInt8? in
            if case let .indexed(index) = color { return index } else { return nil }
        }
        #expect(!indices.isEmpty)
        #expect(indices.allSatisfy { Int($0) < colors })
    }

    private func temporaryThemes(_ files: [String: String]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sterk-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory.path
    }

    @Test("licht: elke voorgrondkleur leesbaar op een witte achtergrond (contrast ≥ 3:1)")
    func lightThemeOnWhite() throws {
        let theme = try #require(
            try ThemeLibrary.load(userDirectory: nil).entries.first { $0.name == "licht" }?.result.get())
        for role in ThemeRole.allCases {
            let spec = theme.spec(role)
            guard case let .indexed(foreground) = spec.foreground else { continue }
            let background: (Int, Int, Int) = {
                if case let .indexed(index) = spec.background { return Self.rgb(index) }
                return (255, 255, 255)
            }()
            let ratio = Self.contrast(Self.rgb(foreground), background)
            #expect(ratio >= 3, "\(role.rawValue): contrast \(ratio)")
        }
    }

    static func rgb(_ index: UInt8) -> (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (128, 0, 0), (0, 128, 0), (128, 128, 0), (0, 0, 128), (128, 0, 128),
            (0, 128, 128), (192, 192, 192), (128, 128, 128), (255, 0, 0), (0, 255, 0),
            (255, 255, 0), (0, 0, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        return index < 16 ? basic[Int(index)] : ColorDegrade.rgb(index)
    }

    static func contrast(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Double {
        func luminance(_ c: (Int, Int, Int)) -> Double {
            func channel(_ v: Int) -> Double {
                let x = Double(v) / 255
                return x <= 0.03928 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
