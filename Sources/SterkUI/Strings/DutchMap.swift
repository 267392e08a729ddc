/// Every Dutch word the map shows, in one place for review.
enum DutchMap {
    static let focusArea = "focusgebied"
    static let pilot = "M50-pilot"
    static let comparison = "vergelijkingsgebied"
    static let m50Member = "M50-lid (lijst april 2023)"
    static let townNote = "markers tonen soms de stad, niet het gebied zelf (zie ligging)"
    static let tooSmall = "kaart te klein"
    static let noMarkers = "geen markers"
    static let unavailable = "kaart niet beschikbaar"
    static let inhabitants = "Inwoners"
    static let lowWelfare = "Lage fin. welvaart"
    static let location = "Ligging"
    static let memberYes = "M50-lid (april 2023): ja"
    static let memberNo = "M50-lid (april 2023): nee"
    static let marksTown = "markeert de stad, niet het gebied"
    static let approximate = "bij benadering"
    static let placeholder = "plaatsaanduiding"
    static let unknown = "onbekend"
    /// Used when the geometry file is broken but the credit must still be shown.
    static let attribution = "Kaartgrenzen: © CBS / Kadaster (PDOK), CC BY 4.0; vereenvoudigd door cartomap/nl."

    /// "kaart te klein: 30×12, nodig 40×20".
    static func tooSmall(width: Int, height: Int) -> String {
        "\(tooSmall): \(width)×\(height), nodig \(MapLayout.minimumWidth)×\(MapLayout.minimumHeight)"
    }
}
