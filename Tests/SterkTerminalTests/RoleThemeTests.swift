import SterkKernel
import Testing

/// The kernel's themes with an app of its own: three roles, their defaults, a theme file.
@Suite("Thema's in de kern")
struct RoleThemeTests {
    enum Role: String, ThemeRoles {
        case base = "grond", title = "titel", marked = "gemarkeerd"
        static var ground: Role { .base }

        var defaultSpec: StyleSpec {
            switch self {
            case .base: StyleSpec(foreground: .indexed(252), background: .indexed(234))
            case .title: StyleSpec(foreground: .indexed(214), attributes: .bold)
            case .marked: StyleSpec(foreground: .indexed(16), background: .indexed(220))
            }
        }

        var monochromeAttributes: TextAttributes { self == .marked ? .reverse : [] }
    }

    @Test("een themabestand zet rollen; open kleuren erven de grond; zonder kleur blijven attributen")
    func parseAndResolve() throws {
        let text = "palet wit = 231\ngrond = fg:16 bg:wit\ntitel = fg:default bold # alleen vet\n"
        let theme = try ThemeParser.parse(text, name: "licht", file: "licht.theme", roles: Role.self)
        #expect(theme.spec(.marked) == Role.marked.defaultSpec, "an unnamed role keeps its default")
        let resolved = ResolvedRoles(theme, colors: 256)
        #expect(resolved.base == Style(foreground: .indexed(16), background: .indexed(231)))
        #expect(resolved[.title] == Style(foreground: .indexed(16), background: .indexed(231), attributes: .bold))
        let monochrome = ResolvedRoles(theme, colors: 0)
        #expect(monochrome[.marked] == Style(attributes: .reverse))
        #expect(monochrome[.title] == Style(attributes: .bold))
    }

    @Test("fouten noemen de regel en wat er mis is, zonder tekst voor mensen")
    func problems() {
        let cases: [(String, Int, ThemeProblem)] = [
            ("grond = fg:1\nkop = bold", 2, .unknownRole("kop")),
            ("titel bold", 1, .noEquals),
            ("# niets\npalet x = 300", 2, .badIndex("300")),
            ("titel = fg:paars", 1, .unknownColor("paars")),
            ("titel = knipper", 1, .unknownWord("knipper")),
        ]
        for (text, line, problem) in cases {
            let error = #expect(throws: ThemeFileError.self) {
                try ThemeParser.parse(text, name: "t", file: "t.theme", roles: Role.self)
            }
            #expect(error == ThemeFileError(file: "t.theme", line: line, problem: problem), "\(text)")
        }
    }
}
