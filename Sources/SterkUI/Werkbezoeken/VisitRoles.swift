import SterkStore

extension ThemeRole {
    /// The default look of the werkbezoek roles (kept here so ThemeRole.swift stays a short list).
    var visitDefaultSpec: StyleSpec {
        switch self {
        case .statusAangevraagd: return StyleSpec(foreground: .indexed(117))
        case .statusInVoorbereiding: return StyleSpec(foreground: .indexed(220))
        case .statusAfgerond: return StyleSpec(foreground: .indexed(250))
        case .statusUitgesteld: return StyleSpec(foreground: .indexed(208), attributes: .italic)
        case .statusGeannuleerd: return StyleSpec(foreground: .indexed(203))
        case .formField: return StyleSpec(foreground: .indexed(252), background: .indexed(238))
        case .formFieldFocus: return StyleSpec(foreground: .indexed(231), background: .indexed(24), attributes: .bold)
        case .formError: return StyleSpec(foreground: .indexed(203), attributes: .bold)
        default: return StyleSpec()
        }
    }
}

extension VisitStatus {
    /// The theme role that colours this status; the status is always written out as well.
    var role: ThemeRole {
        switch self {
        case .aangevraagd: return .statusAangevraagd
        case .inVoorbereiding: return .statusInVoorbereiding
        case .bevestigd: return .statusBevestigd
        case .afgerond: return .statusAfgerond
        case .uitgesteld: return .statusUitgesteld
        case .geannuleerd: return .statusGeannuleerd
        }
    }
}
