/// How the comparison and the importer name an area in running text.
enum DutchArea {
    static let netherlands = "Nederland"

    /// "Nederland (som van de 342 gemeenten)".
    static func netherlandsSum(municipalities count: Int) -> String { "Nederland (som van de \(count) gemeenten)" }

    static func municipality(_ name: String) -> String { "gemeente \(name)" }

    static func wijk(_ name: String) -> String { "wijk \(name)" }

    /// One of several CBS wijken that together make up a comparison area.
    static func part(of name: String) -> String { "deel van \(name)" }
}
