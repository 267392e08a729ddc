/// Reads the fields of a geometry file's JSON tree, turning every surprise into a `GeoError`.
struct GeoNodeReader {
    let root: JSONNode

    func string(_ key: String) throws(GeoError) -> String {
        guard case let .string(text)? = member(key, of: root)?.value else {
            throw .invalid(reason: DutchGeo.missingText(key))
        }
        return text
    }

    func number(_ key: String) throws(GeoError) -> Double {
        guard case let .number(value)? = member(key, of: root)?.value else {
            throw .invalid(reason: DutchGeo.missingNumber(key))
        }
        return value
    }

    func shapes(_ key: String, scale: Double) throws(GeoError) -> [GeoShape] {
        guard case let .array(items)? = member(key, of: root)?.value else {
            throw .invalid(reason: DutchGeo.missingList(key))
        }
        var shapes: [GeoShape] = []
        shapes.reserveCapacity(items.count)
        for (position, item) in items.enumerated() {
            shapes.append(try shape(item, scale: scale, place: "\(key)[\(position)]"))
        }
        return shapes
    }

    private func shape(_ node: JSONNode, scale: Double, place: String) throws(GeoError) -> GeoShape {
        guard case let .string(code)? = member("code", of: node)?.value,
            case let .string(name)? = member("name", of: node)?.value,
            case let .array(ringNodes)? = member("rings", of: node)?.value
        else {
            throw .invalid(reason: DutchGeo.incompleteShape(place))
        }
        var rings: [Ring] = []
        for (position, ringNode) in ringNodes.enumerated() {
            rings.append(try ring(ringNode, scale: scale, place: DutchGeo.ring(place, code: code, position: position)))
        }
        guard let shape = GeoShape(code: code, name: name, rings: rings) else {
            throw .invalid(reason: DutchGeo.noRings(place, code: code))
        }
        return shape
    }

    /// Undoes the delta encoding: first pair absolute, the rest differences.
    private func ring(_ node: JSONNode, scale: Double, place: String) throws(GeoError) -> Ring {
        guard case let .array(values) = node.value, values.count % 2 == 0 else {
            throw .invalid(reason: DutchGeo.oddCount(place))
        }
        var points: [GeoPoint] = []
        points.reserveCapacity(values.count / 2)
        var lon = 0.0, lat = 0.0
        for pair in stride(from: 0, to: values.count, by: 2) {
            guard case let .number(dx) = values[pair].value, case let .number(dy) = values[pair + 1].value,
                dx.isFinite, dy.isFinite
            else {
                throw .invalid(reason: DutchGeo.onlyNumbers(place))
            }
            lon += dx
            lat += dy
            points.append(GeoPoint(lon: lon / scale, lat: lat / scale))
        }
        guard let ring = Ring(points: points) else {
            throw .invalid(reason: DutchGeo.tooFewPoints(place))
        }
        return ring
    }

    private func member(_ key: String, of node: JSONNode) -> JSONNode? {
        guard case let .object(members) = node.value else { return nil }
        return members.first { $0.key == key }?.node
    }
}
