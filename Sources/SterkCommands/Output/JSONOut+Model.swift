import SterkModel

/// The stable JSON shapes of model values (documented in docs/cli-json.md).
extension JSONOut {
    static func figure(_ figure: Figure?) -> JSONOut {
        guard let figure else { return .null }
        return .object([
            ("label", .string(figure.label)),
            ("value", .optional(figure.value)),
            ("unit", .string(figure.unit.rawValue)),
            ("approx", .bool(figure.approx)),
            ("asOf", .optional(figure.asOf?.iso)),
            ("certainty", .string(figure.certainty.rawValue)),
            ("sources", .array(figure.sources.map(JSONOut.string))),
            ("text", .optional(figure.text)),
            ("note", .optional(figure.note)),
        ])
    }

    static func statement(_ statement: Statement) -> JSONOut {
        .object([
            ("text", .string(statement.text)),
            ("date", .optional(statement.date?.iso)),
            ("certainty", .string(statement.certainty.rawValue)),
            ("sources", .array(statement.sources.map(JSONOut.string))),
            ("note", .optional(statement.note)),
        ])
    }

    static func location(_ location: Location?) -> JSONOut {
        guard let location else { return .null }
        return .object([
            ("lat", .number(location.lat)), ("lon", .number(location.lon)),
            ("precision", .string(location.precision.rawValue)), ("note", .optional(location.note)),
        ])
    }

    static func municipalityRef(_ code: String, in dataset: Dataset) -> JSONOut {
        .object([
            ("code", .string(code)), ("name", .optional(dataset.municipality(code)?.name)),
            ("province", .string(dataset.provinceName(ofMunicipality: code))),
        ])
    }

    /// The envelope every `--json` output shares: which dataset it came from, then the items.
    static func envelope(_ key: String, items: [JSONOut], dataset: Dataset) -> JSONOut {
        .object([
            ("schemaVersion", .number(Double(dataset.schemaVersion))),
            ("datasetVersion", .string(dataset.datasetVersion.iso)),
            (key, .array(items)),
        ])
    }
}
