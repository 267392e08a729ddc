import Foundation

/// Reads "sterk-geo 1" files (see docs/geo-format.md and scripts/simplify-geo.py).
public enum GeoLoader {
    /// The format tag the file must carry.
    public static let formatTag = "sterk-geo 1"

    /// Loads the geometry bundled as a SterkModel resource.
    public static func loadBundled() throws(GeoError) -> GeoBundle {
        guard let url = ModuleResources.model?.url(forResource: "geo", withExtension: "json") else {
            throw .unreadable(reason: ModuleResources.missing(module: "SterkModel"))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .unreadable(reason: DutchFile.unreadable)
        }
        return try decode(bytes: [UInt8](data))
    }

    /// Parses and checks geometry bytes; never traps on a broken file.
    public static func decode(bytes: [UInt8]) throws(GeoError) -> GeoBundle {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .invalid(reason: DutchGeo.notJSON(error.message, offset: error.offset))
        }
        let reader = GeoNodeReader(root: root)
        guard try reader.string("format") == formatTag else {
            throw .invalid(reason: DutchGeo.unknownFormat(expected: formatTag))
        }
        let scale = try reader.number("scale")
        guard scale > 0 else { throw .invalid(reason: DutchGeo.scaleNotPositive) }
        let provinces = try reader.shapes("provinces", scale: scale)
        let municipalities = try reader.shapes("municipalities", scale: scale)
        guard
            let bundle = GeoBundle(
                attribution: try reader.string("attribution"),
                provinces: provinces, municipalities: municipalities)
        else {
            throw .invalid(reason: DutchGeo.noProvinces)
        }
        return bundle
    }
}
