/// The map geometry that ships with the program: province and municipality outlines.
public struct GeoBundle: Sendable {
    /// The credit line that must be shown with the map (CC BY 4.0).
    public let attribution: String
    /// The 12 provinces (2023), in file order.
    public let provinces: [GeoShape]
    /// The 342 municipalities (2023), sorted by CBS code.
    public let municipalities: [GeoShape]
    /// The box around all provinces: what the map fits to its rectangle.
    public let bounds: GeoBounds
    private let municipalityIndex: [String: Int]

    /// Creates a bundle; nil without provinces (there would be no country to draw).
    public init?(attribution: String, provinces: [GeoShape], municipalities: [GeoShape]) {
        guard let first = provinces.first else { return nil }
        self.attribution = attribution
        self.provinces = provinces
        self.municipalities = municipalities
        bounds = provinces.dropFirst().reduce(first.bounds) { $0.union($1.bounds) }
        var index: [String: Int] = [:]
        for (offset, shape) in municipalities.enumerated() where index[shape.code] == nil {
            index[shape.code] = offset
        }
        municipalityIndex = index
    }

    /// The municipality outline with this CBS code ("GM0355"), if any.
    public func municipality(_ code: String) -> GeoShape? {
        municipalityIndex[code].map { municipalities[$0] }
    }

    /// The codes of the municipalities that contain the point (normally one; none at sea).
    public func municipalities(containing point: GeoPoint) -> [String] {
        municipalities.filter { $0.contains(point) }.map(\.code)
    }
}

extension GeoBundle {
    /// The bundled geometry, read on first use only, so the CLI never pays for it.
    ///
    /// A static `let` is initialised lazily and once, which is exactly the life time we want.
    public static let bundled: Result<GeoBundle, GeoError> = Result(catching: { () throws(GeoError) -> GeoBundle in
        try GeoLoader.loadBundled()
    })
}
