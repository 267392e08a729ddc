/// Decoding of the building blocks every entity uses: sources, figures, statements, locations.
extension DatasetDecoder {
    // Key lists of the objects that occur once per row, made once instead of once per object.
    static let figureKeys = ["label", "value", "unit", "approx", "asOf", "sources", "certainty", "text", "note"]
    static let statementKeys = ["text", "date", "sources", "certainty", "note"]
    static let locationKeys = ["lat", "lon", "precision", "note"]
    static let focusAreaKeys = [
        "id", "name", "name2022", "municipality", "cohort", "inhabitants", "lowWelfareShare",
        "location", "statements",
    ]

    func source(_ field: Field) -> Source? {
        guard let object = field.object(allowing: ["id", "title", "url", "date", "publisher", "note"]) else {
            return nil
        }
        let id = object.required("id").flatMap { definition(.source, $0, read: { $0.nonEmptyString }) }
        let title = object.required("title")?.nonEmptyString
        let url = object.required("url")?.string
        let date = object.optional("date")?.date
        let publisher = object.optional("publisher")?.string
        let note = object.optional("note")?.string
        if let url, !url.isEmpty, !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
            object.required("url")?.report(DutchDatasetProblem.urlScheme)
        }
        guard let id, let title, let url else { return nil }
        return Source(id: id, title: title, url: url, date: date, publisher: publisher, note: note)
    }

    /// A list of source ids, each noted for the reference check.
    func sourceIDs(_ field: Field) -> [String]? {
        field.array { element in
            guard let id = element.nonEmptyString else { return nil }
            references.note(.source, id, at: element)
            return id
        }
    }

    func certainty(_ field: Field?) -> Certainty? {
        guard let field else { return .proven }
        guard let text = field.string else { return nil }
        guard let value = Certainty(rawValue: text) else {
            let allowed = Certainty.allCases.map(\.rawValue).joined(separator: ", ")
            field.report(DutchDatasetProblem.unknownCertainty(text, allowed: allowed))
            return nil
        }
        return value
    }

    func figure(_ field: Field) -> Figure? {
        guard let object = field.object(allowing: DatasetDecoder.figureKeys) else { return nil }
        let label = object.required("label")?.nonEmptyString
        let valueField = object.required("value")
        let value = valueField.flatMap { $0.isNull ? nil : $0.double }
        let unit = object.required("unit").flatMap(unitValue)
        let approx = object.optional("approx")?.bool ?? false
        let asOf = object.optional("asOf")?.date
        let sources = object.optional("sources").flatMap(sourceIDs) ?? []
        let certainty = certainty(object.optional("certainty"))
        let text = object.optional("text")?.string
        let note = object.optional("note")?.string
        guard let label, let valueField, let unit, let certainty else { return nil }
        guard checkProvenance(of: object, hasValue: !valueField.isNull, sources: sources, certainty: certainty),
            checkRange(value, unit: unit, field: valueField)
        else { return nil }
        return Figure(
            label: label, value: value, unit: unit, approx: approx, asOf: asOf, sources: sources,
            certainty: certainty, text: text, note: note)
    }

    /// A known value needs a source; an unknown one must say it is a gap.
    private func checkProvenance(of object: ObjectReader, hasValue: Bool, sources: [String], certainty: Certainty)
        -> Bool
    {
        if hasValue, sources.isEmpty {
            object.field.report(DutchDatasetProblem.figureWithoutSource)
            return false
        }
        if !hasValue, certainty != .gap {
            object.field.report(DutchDatasetProblem.nullWithoutGap)
            return false
        }
        return true
    }

    /// Percentages lie in 0–100 and counts are never negative.
    private func checkRange(_ value: Double?, unit: FigureUnit, field: Field) -> Bool {
        guard let value else { return true }
        if unit == .percent, !(0...100).contains(value) {
            field.report(DutchDatasetProblem.percentageOutOfRange(NumberText.plain(value)))
            return false
        }
        if value < 0 {
            field.report(DutchDatasetProblem.negative(NumberText.plain(value)))
            return false
        }
        return true
    }

    func unitValue(_ field: Field) -> FigureUnit? {
        guard let text = field.string else { return nil }
        guard let unit = FigureUnit(rawValue: text) else {
            let allowed = FigureUnit.allCases.map(\.rawValue).joined(separator: ", ")
            field.report(DutchDatasetProblem.unknownUnit(text, allowed: allowed))
            return nil
        }
        return unit
    }

    func statement(_ field: Field) -> Statement? {
        guard let object = field.object(allowing: DatasetDecoder.statementKeys) else { return nil }
        let text = object.required("text")?.nonEmptyString
        let date = object.optional("date")?.date
        let sources = object.optional("sources").flatMap(sourceIDs) ?? []
        let certainty = certainty(object.optional("certainty"))
        let note = object.optional("note")?.string
        guard let text, let certainty else { return nil }
        if sources.isEmpty, certainty != .gap {
            field.report(DutchDatasetProblem.statementWithoutSource)
            return nil
        }
        return Statement(text: text, date: date, sources: sources, certainty: certainty, note: note)
    }

    func statements(_ field: Field?) -> [Statement]? {
        guard let field else { return [] }
        return field.array(statement)
    }

    func figures(_ field: Field?) -> [Figure]? {
        guard let field else { return [] }
        return field.array(figure)
    }

    func location(_ field: Field) -> Location? {
        guard let object = field.object(allowing: DatasetDecoder.locationKeys) else { return nil }
        let lat = object.required("lat")?.double
        let lon = object.required("lon")?.double
        let precision = object.optional("precision").flatMap(precisionValue) ?? .approximate
        let note = object.optional("note")?.string
        guard let lat, let lon else { return nil }
        let location = Location(lat: lat, lon: lon, precision: precision, note: note)
        guard location.isInNetherlands else {
            field.report(DutchDatasetProblem.outsideNetherlands(lat: lat, lon: lon))
            return nil
        }
        return location
    }

    private func precisionValue(_ field: Field) -> Location.Precision? {
        guard let text = field.string else { return nil }
        guard let precision = Location.Precision(rawValue: text) else {
            field.report(DutchDatasetProblem.unknownPrecision(text))
            return nil
        }
        return precision
    }
}
