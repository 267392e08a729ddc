import Testing
@testable import SterkUI

/// Every bundled theme is readable on its own background: it sets both colours it relies on,
/// and each role's text reaches a WCAG contrast ratio on the background it is drawn on.
@Suite struct ThemeContrastTests {
    static let names = ["standaard", "licht", "hoog-contrast", "zwart-wit"]
    /// Roles that are lines, bars or map shading rather than text: WCAG's 3:1 for graphics.
    static let graphical: Set<ThemeRole> = [
        .panelBorder, .overlayBorder, .chartBar, .mapM50, .mapSizeClass, .mapOther,
        .mapOutline, .slideProgress, .textDim, .gap, .footerText, .chartLabel,
    ]

    func resolved(_ name: String) throws -> ResolvedTheme {
        let theme = try #require(
            try? ThemeLibrary.load(userDirectory: nil).entries.first { $0.name == name }?.result.get())
        return ResolvedTheme(theme, colors: 256)
    }

    @Test(arguments: names)
    func aThemeThatUsesColourSetsItsOwnBackground(_ name: String) throws {
        let theme = try resolved(name)
        let usesColour = ThemeRole.allCases.contains {
            theme[$0].foreground != .terminalDefault || theme[$0].background != .terminalDefault
        }
        guard usesColour else { return }  // zwart-wit: the terminal's own colours, attributes only
        #expect(theme.base.foreground != .terminalDefault, "\(name): text sets no foreground")
        #expect(theme.base.background != .terminalDefault, "\(name): text sets no background")
        for role in ThemeRole.allCases {
            #expect(theme[role].background != .terminalDefault, "\(name) \(role.rawValue): no background")
        }
    }

    @Test(arguments: names)
    func everyRoleIsReadableOnItsBackground(_ name: String) throws {
        let theme = try resolved(name)
        for role in ThemeRole.allCases {
            let style = theme[role]
            guard case let .indexed(fg) = style.foreground, case let .indexed(bg) = style.background else { continue }
            let ratio = ThemeContrast.ratio(fg, bg)
            let needed = Self.graphical.contains(role) ? 3.0 : 4.5
            #expect(ratio >= needed, "\(name) \(role.rawValue): \(fg) on \(bg) has contrast \(ratio), needs \(needed)")
        }
    }

    @Test func theContrastFormulaMatchesWCAG() {
        #expect(ThemeContrast.ratio(16, 231) > 20.9)
        #expect(ThemeContrast.ratio(231, 231) == 1)
        #expect(abs(ThemeContrast.ratio(244, 231) - 4.0) < 0.3)
    }

    @Test func lightThemeLeavesNoCellInTheTerminalsOwnColours() {
        var dashboard = Fixtures.dashboard(DashboardOptions(themeName: "licht"))
        dashboard.show(.focusgebieden)
        let buffer = dashboard.view(width: 100, height: 30)
        #expect(
            buffer.cells.allSatisfy {
                $0.style.background != .terminalDefault && $0.style.foreground != .terminalDefault
            })
    }
}
