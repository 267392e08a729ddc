import Testing
@testable import SterkUI

@Suite("Werkbezoeken: statuskleuren in elk thema")
struct VisitThemeTests {
    static let roles: [ThemeRole] = [
        .statusAangevraagd, .statusInVoorbereiding, .statusBevestigd, .statusAfgerond,
        .statusUitgesteld, .statusGeannuleerd, .formField, .formFieldFocus, .formError,
    ]

    @Test(
        "elk meegeleverd thema noemt elke statusrol", arguments: ["standaard", "licht", "hoog-contrast", "zwart-wit"])
    func everyThemeNamesTheRoles(_ name: String) throws {
        let theme = try Self.bundled(name)
        for role in Self.roles { #expect(theme.specs[role] != nil, "\(name) mist \(role.rawValue)") }
    }

    @Test("licht: statustekst is donker genoeg op een lichte achtergrond")
    func lightIsReadable() throws {
        let theme = try Self.bundled("licht")
        for role in Self.roles.prefix(6) + [.formError] {
            guard case let .indexed(index)? = theme.specs[role]?.foreground else {
                Issue.record("\(role) zonder kleur"); continue
            }
            let (red, green, blue) = ColorDegrade.rgb(index)
            let luminance = (2_126 * red + 7_152 * green + 722 * blue) / 10_000  // Rec. 709, 0–255
            #expect(luminance < 128, "\(role.rawValue) = \(index) is te licht")
        }
    }

    static func bundled(_ name: String) throws -> Theme {
        let entry = try #require(ThemeLibrary.load(userDirectory: nil).entries.first { $0.name == name })
        return try entry.result.get()
    }
}
