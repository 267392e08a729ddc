/// Reads the Leefbaarometer 3.0 wijk file (`wk_code, wk_naam, jaar, lbm, afw, fys, onv,
/// soc, vrz, won`; "NA" = not published) into compact rows, checking the two identities
/// every row satisfies.
enum LeefbaarometerImport {
    static let columns = ["wk_code", "wk_naam", "jaar", "lbm", "afw", "fys", "onv", "soc", "vrz", "won"]
    /// Rounding allowed in the identities (the source has 15 significant digits).
    static let tolerance = 1e-9

    static func rows(_ csv: CSVFile) throws(ImportError) -> [String] {
        var indices: [Int] = []
        for column in columns { indices.append(try csv.column(column)) }
        var rows: [String] = []
        var reference: Double?
        var seen = Set<String>()
        for row in csv.rows {
            let fields = indices.map { row.fields[$0] == "NA" ? "" : row.fields[$0] }
            guard !fields[1].contains("|") else {
                throw ImportError(
                    file: csv.name, line: row.line, field: "wk_naam", message: DutchLeefbaarometer.nameWithSeparator)
            }
            let text = fields.joined(separator: "|")
            let parsed: Leefbaarometer.Row
            switch Leefbaarometer.split(text) {
            case .success(let value): parsed = value
            case .failure(let problem):
                throw ImportError(
                    file: csv.name, line: row.line, field: columns[max(0, problem.field - 1)], message: problem.message)
            }
            guard seen.insert("\(parsed.code) \(parsed.point.year)").inserted else {
                throw ImportError(
                    file: csv.name, line: row.line, field: "jaar",
                    message: DutchLeefbaarometer.duplicateYear(code: parsed.code, year: parsed.point.year))
            }
            try checkIdentities(parsed.point, reference: &reference, line: row.line, csv: csv)
            rows.append(text)
        }
        return rows
    }

    /// lbm − afw is the same national reference in every row; the dimensions add up to afw.
    private static func checkIdentities(_ point: LeefbaarometerPoint, reference: inout Double?, line: Int, csv: CSVFile)
        throws(ImportError)
    {
        let level = point.score - point.deviation
        if let reference, abs(level - reference) > tolerance {
            throw ImportError(
                file: csv.name, line: line, field: "afw",
                message: DutchLeefbaarometer.referenceMismatch(level, reference: reference))
        }
        reference = reference ?? level
        if let dimensions = point.dimensions, abs(dimensions.sum - point.deviation) > tolerance {
            throw ImportError(
                file: csv.name, line: line, field: "won",
                message: DutchLeefbaarometer.dimensionSumMismatch(dimensions.sum, deviation: point.deviation))
        }
    }
}
