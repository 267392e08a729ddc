/// A semantic role a theme gives a look to; views ask for roles, never for colours.
public enum ThemeRole: String, ThemeRoles {
    public static var ground: ThemeRole { .text }

    case text = "text"
    case textDim = "text.dim"
    case heading = "heading"
    case panelBorder = "panel.border"
    case panelTitle = "panel.title"
    case tabActive = "tab.active"
    case tabInactive = "tab.inactive"
    case tabBar = "tab.bar"
    case selection = "selection"
    case tableHeader = "table.header"
    case statusBar = "status.bar"
    case statusMessage = "status.message"
    case statusError = "status.error"
    case footerKey = "footer.key"
    case footerText = "footer.text"
    case searchMatch = "search.match"
    case searchInput = "search.input"
    case certaintyInference = "zekerheid.afleiding"
    case certaintyConflict = "zekerheid.tegenstrijdig"
    case certaintyPaper = "zekerheid.paper"
    case gap = "gap"
    case link = "link"
    case chartBar = "chart.bar"
    case chartLabel = "chart.label"
    case mapM50 = "map.m50"
    case mapSizeClass = "map.grootteklasse"
    case mapOther = "map.overig"
    case m50Marker = "m50.marker"
    case statusOpen = "status.open"
    case statusBevestigd = "status.bevestigd"
    case helpKey = "help.key"
    case overlayBorder = "overlay.border"
    case mapOutline = "map.outline"
    case mapFocusMarker = "map.marker.focus"
    case mapPilotMarker = "map.marker.pilot"
    case mapComparisonMarker = "map.marker.comparison"
    case mapSelected = "map.selected"
    case mapLegend = "map.legend"
    case chartReference = "chart.reference"
    case slideTitle = "slide.title"
    case slideProgress = "slide.progress"
    case statusAangevraagd = "status.aangevraagd"
    case statusInVoorbereiding = "status.in-voorbereiding"
    case statusAfgerond = "status.afgerond"
    case statusUitgesteld = "status.uitgesteld"
    case statusGeannuleerd = "status.geannuleerd"
    case formField = "form.field"
    case formFieldFocus = "form.field.focus"
    case formError = "form.error"

    /// The style every theme starts from (the `standaard` theme says the same in its file).
    public var defaultSpec: StyleSpec {
        switch self {
        // The theme's own background and text colour: every colour below is chosen for it.
        case .text: return StyleSpec(foreground: .indexed(252), background: .indexed(234))
        case .chartLabel: return StyleSpec()
        case .textDim: return StyleSpec(foreground: .indexed(245))
        case .heading: return StyleSpec(foreground: .indexed(214), attributes: .bold)
        case .panelBorder: return StyleSpec(foreground: .indexed(244))
        case .panelTitle: return StyleSpec(foreground: .indexed(214), attributes: .bold)
        case .tabActive: return StyleSpec(foreground: .indexed(235), background: .indexed(214), attributes: .bold)
        case .tabInactive: return StyleSpec(foreground: .indexed(250), background: .indexed(237))
        case .tabBar: return StyleSpec(foreground: .indexed(250), background: .indexed(237))
        // Text's colours swapped: reverse's look, but a move then changes colours only (see
        // standaard.theme); monochromeAttributes keeps reverse where colour is gone.
        case .selection: return StyleSpec(foreground: .indexed(234), background: .indexed(252))
        case .tableHeader: return StyleSpec(foreground: .indexed(214), attributes: [.bold, .underline])
        case .statusBar: return StyleSpec(foreground: .indexed(252), background: .indexed(236))
        case .statusMessage: return StyleSpec(foreground: .indexed(120), background: .indexed(236))
        case .statusError: return StyleSpec(foreground: .indexed(210), background: .indexed(236), attributes: .bold)
        case .footerKey: return StyleSpec(foreground: .indexed(214), attributes: .bold)
        case .footerText: return StyleSpec(foreground: .indexed(245))
        case .searchMatch: return StyleSpec(foreground: .indexed(16), background: .indexed(220), attributes: .underline)
        case .searchInput: return StyleSpec(foreground: .indexed(231), background: .indexed(236), attributes: .bold)
        case .certaintyInference: return StyleSpec(foreground: .indexed(117), attributes: .italic)
        case .certaintyConflict: return StyleSpec(foreground: .indexed(203), attributes: .bold)
        case .certaintyPaper: return StyleSpec(foreground: .indexed(177))
        case .gap: return StyleSpec(foreground: .indexed(244), attributes: .dim)
        case .link: return StyleSpec(foreground: .indexed(81), attributes: .underline)
        case .chartBar: return StyleSpec(foreground: .indexed(74))
        case .mapM50: return StyleSpec(foreground: .indexed(214), attributes: .bold)
        case .mapSizeClass: return StyleSpec(foreground: .indexed(180))
        case .mapOther: return StyleSpec(foreground: .indexed(242))
        case .m50Marker: return StyleSpec(foreground: .indexed(214), attributes: .bold)
        case .statusOpen: return StyleSpec(foreground: .indexed(220))
        case .statusBevestigd: return StyleSpec(foreground: .indexed(114))
        case .helpKey: return StyleSpec(foreground: .indexed(214), attributes: .bold)
        case .overlayBorder: return StyleSpec(foreground: .indexed(214))
        case .mapOutline: return StyleSpec(foreground: .indexed(245))
        case .mapFocusMarker: return StyleSpec(foreground: .indexed(81), attributes: .bold)
        case .mapPilotMarker: return StyleSpec(foreground: .indexed(214), attributes: .bold)
        case .mapComparisonMarker: return StyleSpec(foreground: .indexed(177), attributes: .bold)
        case .mapSelected: return StyleSpec(foreground: .indexed(235), background: .indexed(214), attributes: .bold)
        case .mapLegend: return StyleSpec(foreground: .indexed(250))
        case .chartReference: return StyleSpec(foreground: .indexed(203), attributes: .bold)
        case .slideTitle: return StyleSpec(foreground: .indexed(214), attributes: .bold)
        case .slideProgress: return StyleSpec(foreground: .indexed(214))
        case .statusAangevraagd, .statusInVoorbereiding, .statusAfgerond, .statusUitgesteld, .statusGeannuleerd,
            .formField, .formFieldFocus, .formError:
            return visitDefaultSpec
        }
    }

    /// Attributes kept (or added) when colour is gone, so the role still stands out.
    public var monochromeAttributes: TextAttributes {
        switch self {
        case .selection, .tabActive, .searchInput: return .reverse
        case .searchMatch, .link: return .underline
        case .heading, .panelTitle, .tableHeader, .statusError, .footerKey, .helpKey, .mapM50, .m50Marker,
            .certaintyConflict:
            return .bold
        case .gap, .textDim: return .dim
        case .mapSelected: return [.reverse, .bold]
        case .mapFocusMarker, .mapPilotMarker, .chartReference, .slideTitle: return .bold
        case .formField: return .underline
        case .formFieldFocus: return .reverse
        case .formError: return .bold
        default: return []
        }
    }
}

/// The kernel's charts, tables and documents draw with the dashboard's roles.
extension ThemeRole: DocumentRoles, TableRoles {
    /// A pilot's start year in a trend is marked like an M50 municipality on the map.
    public static var chartMark: ThemeRole { .m50Marker }
    public static var chartAxis: ThemeRole { .textDim }
}
