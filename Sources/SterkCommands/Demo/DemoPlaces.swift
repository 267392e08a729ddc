/// Place and wijk names with the diacritics and punctuation that break naive terminal code.
enum DemoPlaces {
    private static let names = [
        "Súdwest-Fryslân", "’s-Hertogenbosch", "Ëlsterveld (Ede)", "Ideeën-wijk Deventer",
        "Reünie-plein Zwolle", "Coördinatie Zaanstad", "Café-buurt Leeuwarden", "Hengelo (O.)",
        "Crève-cœur Maastricht", "Ôverdinkel Enschede", "Zuidoost-Drenthe", "Noordoost-Fryslân",
    ]

    /// Fifty numbered rows, enough to need scrolling at 40 rows.
    static let rows: [String] = (0..<50).map { index in
        "\(index + 1). \(names[index % names.count])"
    }
}
