import Foundation

/// The Leefbaarometer 3.0 (Ministerie van BZK) scores per CBS wijk, 2002–2024.
///
/// The Leefbaarometer scores every area against one fixed national reference: for every
/// row `score − deviation` is the same number (4.102264851144), "het landelijke
/// referentieniveau" — not a yearly average. The five dimensions (from 2014, not in 2016)
/// add up to the deviation. Rows stay as text until first asked for.
public final class Leefbaarometer: @unchecked Sendable {
    public let title: String
    public let sources: [String]
    /// Rows as stored: `code|naam|jaar|lbm|afw|fys|onv|soc|vrz|won`, empty = not published.
    public let rawRows: [String]
    private let lock = NSLock()
    private var parsed: [LeefbaarometerSeries]?

    /// The number of fields in a row.
    public static let fieldCount = 10

    /// Creates the table over compact rows.
    public init(title: String, sources: [String], rows: [String]) {
        self.title = title
        self.sources = sources
        self.rawRows = rows
    }

    /// An empty table (a dataset without Leefbaarometer data).
    public static let empty = Leefbaarometer(title: "Leefbaarometer", sources: [], rows: [])

    /// Every wijk's series, in the order the rows first name them.
    public var allSeries: [LeefbaarometerSeries] {
        lock.lock()
        defer { lock.unlock() }
        if let parsed { return parsed }
        let made = Self.group(rawRows.compactMap { try? Self.split($0).get() }, sources: sources)
        parsed = made
        return made
    }

    /// The series of one CBS wijk, if the table has it.
    public func series(code: String) -> LeefbaarometerSeries? {
        allSeries.first { $0.code == code }
    }

    /// The national reference level, derived from the data as `score − deviation` of the
    /// first row (the loader's check and the tests hold every row to the same value).
    public var nationalReference: Double? {
        allSeries.first?.points.first.map { $0.score - $0.deviation }
    }

    /// One split row.
    public struct Row: Sendable, Hashable {
        public var code: String
        public var name: String
        public var point: LeefbaarometerPoint
    }

    /// Splits and checks one row; the problem names the 1-based field.
    public static func split(_ text: String) -> Result<Row, AreaRowText.Problem> {
        let fields = text.split(separator: "|", omittingEmptySubsequences: false)
        guard fields.count == fieldCount else {
            return .failure(
                .init(
                    field: min(fields.count, fieldCount),
                    message: DutchLeefbaarometer.fieldCount(fields.count, expected: fieldCount)))
        }
        let code = String(fields[0])
        guard code.hasPrefix("WK"), AreaRowText.isCode(code) else {
            return .failure(.init(field: 1, message: DutchLeefbaarometer.invalidWijkCode(code)))
        }
        guard let year = Int(fields[2]), (1990...2100).contains(year) else {
            return .failure(.init(field: 3, message: DutchLeefbaarometer.invalidYear(String(fields[2]))))
        }
        var numbers: [Double?] = []
        for (offset, field) in fields.dropFirst(3).enumerated() {
            if field.isEmpty { numbers.append(nil); continue }
            guard let number = AreaRowText.plainNumber(field) else {
                return .failure(.init(field: 4 + offset, message: DutchAreaRow.notANumber(String(field.prefix(40)))))
            }
            numbers.append(number)
        }
        guard let score = numbers[0], let deviation = numbers[1] else {
            return .failure(
                .init(field: numbers[0] == nil ? 4 : 5, message: DutchLeefbaarometer.scoreRequired))
        }
        let parts = Array(numbers[2...])
        let present = parts.compactMap { $0 }
        guard present.isEmpty || present.count == 5 else {
            return .failure(.init(field: 6, message: DutchLeefbaarometer.dimensionsAllOrNone))
        }
        let dimensions =
            present.count == 5
            ? LeefbaarometerDimensions(
                physical: present[0], nuisance: present[1], social: present[2], amenities: present[3],
                housing: present[4])
            : nil
        return .success(
            Row(
                code: code, name: String(fields[1]),
                point: LeefbaarometerPoint(year: year, score: score, deviation: deviation, dimensions: dimensions)))
    }

    private static func group(_ rows: [Row], sources: [String]) -> [LeefbaarometerSeries] {
        var order: [String] = []
        var byCode: [String: (name: String, points: [LeefbaarometerPoint])] = [:]
        for row in rows {
            if byCode[row.code] == nil { order.append(row.code); byCode[row.code] = (row.name, []) }
            byCode[row.code]?.points.append(row.point)
        }
        return order.compactMap { code in
            byCode[code].map {
                LeefbaarometerSeries(
                    code: code, name: $0.name, points: $0.points.sorted { $0.year < $1.year }, sources: sources)
            }
        }
    }
}

/// The five Leefbaarometer dimensions, as deviations from the national reference.
public struct LeefbaarometerDimensions: Sendable, Hashable {
    /// `fys`: fysieke omgeving.
    public var physical: Double
    /// `onv`: overlast en onveiligheid.
    public var nuisance: Double
    /// `soc`: sociale samenhang.
    public var social: Double
    /// `vrz`: voorzieningen.
    public var amenities: Double
    /// `won`: woningvoorraad.
    public var housing: Double

    /// Their sum, which equals the point's deviation.
    public var sum: Double { physical + nuisance + social + amenities + housing }

    /// Dutch names with values, in the Leefbaarometer's order (fys, onv, soc, vrz, won).
    public var named: [(name: String, value: Double)] {
        [
            (DutchLeefbaarometer.physical, physical), (DutchLeefbaarometer.nuisance, nuisance),
            (DutchLeefbaarometer.social, social), (DutchLeefbaarometer.amenities, amenities),
            (DutchLeefbaarometer.housing, housing),
        ]
    }
}

/// One measurement year of one wijk.
public struct LeefbaarometerPoint: Sendable, Hashable {
    public var year: Int
    /// `lbm`: the liveability score.
    public var score: Double
    /// `afw`: deviation from the national reference (score − reference).
    public var deviation: Double
    /// From 2014 (not 2016); nil in other years.
    public var dimensions: LeefbaarometerDimensions?
}

/// The scores of one wijk over the years, oldest first.
public struct LeefbaarometerSeries: Sendable, Hashable {
    public var code: String
    public var name: String
    public var points: [LeefbaarometerPoint]
    public var sources: [String]

    /// The point of a year, if measured.
    public func point(year: Int) -> LeefbaarometerPoint? { points.first { $0.year == year } }

    /// The national reference line for the same years (score − deviation per point).
    public var referenceLine: [(year: Int, value: Double)] { points.map { ($0.year, $0.score - $0.deviation) } }
}
