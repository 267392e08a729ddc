/// The notes that say where a computed or missing figure comes from.
enum DutchFigureNote {
    /// A gap in an imported table.
    static func notPublished(in title: String) -> String { "Niet gepubliceerd in \(title)." }

    /// An area an imported table does not cover.
    static func notIn(_ title: String) -> String { "Niet in \(title)." }

    static func densityComputed(municipalities count: Int) -> String {
        "Berekend: inwoners gedeeld door landoppervlakte (km²) van de \(count) gemeenten."
    }

    static func sumComputed(municipalities count: Int) -> String { "Berekend: som van de \(count) gemeenten." }

    static let notAdditive = "Niet op te tellen uit de gemeenten (een gemiddelde of aandeel)."

    static func incomplete(_ title: String, count: Int, of total: Int) -> String {
        "\(title) bevat niet alle gemeenten (\(count) van de \(total))."
    }
}
