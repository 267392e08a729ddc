/// One of the 12 provinces (2023).
public struct Province: Sendable, Hashable, Identifiable {
    public var code: String
    public var name: String
    public var id: String { code }

    /// Creates a province.
    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

/// A municipality of 2023, keyed by its CBS code ("GM0355").
public struct Municipality: Sendable, Hashable, Identifiable {
    public var code: String
    public var name: String
    public var provinceCode: String
    public var aliases: [String]
    public var inhabitants: Figure?
    public var location: Location?
    public var id: String { code }

    /// Creates a municipality.
    public init(
        code: String, name: String, provinceCode: String, aliases: [String] = [],
        inhabitants: Figure? = nil, location: Location? = nil
    ) {
        self.code = code
        self.name = name
        self.provinceCode = provinceCode
        self.aliases = aliases
        self.inhabitants = inhabitants
        self.location = location
    }
}
