/// One focus area as compact bytes: ids and names in place, repeated text interned.
enum FocusAreaRecord {
    static func encode(_ area: FocusArea, municipality: Int, into writer: inout ByteWriter, intern: (String) -> Int) {
        writer.inline(area.id)
        writer.inline(area.name)
        optional(area.name2022, &writer, intern)
        writer.varint(intern(area.municipalityCode))
        writer.byte(area.cohort == .original ? 0 : 1)
        figure(area.inhabitants, &writer, intern)
        figure(area.lowWelfareShare, &writer, intern)
        writer.double(area.location.lat)
        writer.double(area.location.lon)
        writer.byte(area.location.precision == .approximate ? 0 : 1)
        optional(area.location.note, &writer, intern)
        writer.varint(area.statements.count)
        for statement in area.statements { self.statement(statement, &writer, intern) }
    }

    private static func optional(_ text: String?, _ writer: inout ByteWriter, _ intern: (String) -> Int) {
        writer.varint(text.map { intern($0) + 1 } ?? 0)
    }

    /// A date as numbers (0 = absent): decoding it is then three varints, not a text parse.
    private static func date(_ date: PartialDate?, _ writer: inout ByteWriter) {
        guard let date else { writer.varint(0); return }
        writer.varint(date.year)
        writer.varint(date.month ?? 0)
        writer.varint(date.day ?? 0)
    }

    private static func sources(_ ids: [String], _ writer: inout ByteWriter, _ intern: (String) -> Int) {
        writer.varint(ids.count)
        for id in ids { writer.varint(intern(id)) }
    }

    private static func figure(_ figure: Figure, _ writer: inout ByteWriter, _ intern: (String) -> Int) {
        writer.varint(intern(figure.label))
        writer.byte(figure.value == nil ? 0 : 1)
        writer.double(figure.value ?? 0)
        writer.byte(UInt8(FigureUnit.allCases.firstIndex(of: figure.unit) ?? 0))
        writer.byte(figure.approx ? 1 : 0)
        date(figure.asOf, &writer)
        sources(figure.sources, &writer, intern)
        writer.byte(UInt8(Certainty.allCases.firstIndex(of: figure.certainty) ?? 0))
        optional(figure.text, &writer, intern)
        optional(figure.note, &writer, intern)
    }

    private static func statement(_ statement: Statement, _ writer: inout ByteWriter, _ intern: (String) -> Int) {
        writer.varint(intern(statement.text))
        date(statement.date, &writer)
        sources(statement.sources, &writer, intern)
        writer.byte(UInt8(Certainty.allCases.firstIndex(of: statement.certainty) ?? 0))
        optional(statement.note, &writer, intern)
    }
}

/// Reads a record back; `string` resolves an interned index.
struct FocusAreaRecordReader {
    var reader: ByteReader
    let string: (Int) throws(CompactFormatError) -> String

    mutating func area() throws(CompactFormatError) -> FocusArea {
        let id = try reader.inline()
        let name = try reader.inline()
        let name2022 = try optional()
        let municipality = try string(reader.varint())
        let cohort: FocusArea.Cohort = try reader.byte() == 0 ? .original : .added2022
        let inhabitants = try figure()
        let lowWelfare = try figure()
        let lat = try reader.double(), lon = try reader.double()
        let precision: Location.Precision = try reader.byte() == 0 ? .approximate : .placeholder
        let location = Location(lat: lat, lon: lon, precision: precision, note: try optional())
        var statements: [Statement] = []
        for _ in 0..<(try count()) { statements.append(try statement()) }
        return FocusArea(
            id: id, name: name, name2022: name2022, municipalityCode: municipality, cohort: cohort,
            inhabitants: inhabitants, lowWelfareShare: lowWelfare, location: location, statements: statements)
    }

    private mutating func count() throws(CompactFormatError) -> Int {
        let count = try reader.varint()
        guard count <= reader.end - reader.position else { throw CompactFormatError() }
        return count
    }

    private mutating func optional() throws(CompactFormatError) -> String? {
        let index = try reader.varint()
        return index == 0 ? nil : try string(index - 1)
    }

    private mutating func date() throws(CompactFormatError) -> PartialDate? {
        let year = try reader.varint()
        guard year != 0 else { return nil }
        let month = try reader.varint(), day = try reader.varint()
        guard let date = PartialDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day) else {
            throw CompactFormatError()
        }
        return date
    }

    private mutating func sources() throws(CompactFormatError) -> [String] {
        var ids: [String] = []
        for _ in 0..<(try count()) { ids.append(try string(reader.varint())) }
        return ids
    }

    private mutating func enumCase<T>(_ all: [T]) throws(CompactFormatError) -> T {
        let index = Int(try reader.byte())
        guard index < all.count else { throw CompactFormatError() }
        return all[index]
    }

    private mutating func figure() throws(CompactFormatError) -> Figure {
        let label = try string(reader.varint())
        let hasValue = try reader.byte() != 0
        let raw = try reader.double()
        let unit = try enumCase(FigureUnit.allCases)
        let approx = try reader.byte() != 0
        let asOf = try date()
        let sources = try sources()
        let certainty = try enumCase(Certainty.allCases)
        let text = try optional()
        return Figure(
            label: label, value: hasValue ? raw : nil, unit: unit, approx: approx, asOf: asOf,
            sources: sources, certainty: certainty, text: text, note: try optional())
    }

    private mutating func statement() throws(CompactFormatError) -> Statement {
        let text = try string(reader.varint())
        let date = try date()
        let sources = try sources()
        let certainty = try enumCase(Certainty.allCases)
        return Statement(text: text, date: date, sources: sources, certainty: certainty, note: try optional())
    }
}
