/// Reads one CBS file into compact area rows (gemeenten and wijken; buurten are left out).
enum AreaTableImport {
    /// The compact 2024 file: code, niveau, gemeentecode, naam and figures.
    static func compact(_ csv: CSVFile) throws(ImportError) -> [String] {
        let code = try csv.column("code"), level = try csv.column("niveau")
        let municipality = try csv.column("gemeentecode"), name = try csv.column("naam")
        let values = try columns(ImportColumn.compact, in: csv)
        var rows: [String] = []
        var seen = Set<String>()
        for row in csv.rows {
            let areaCode = row.fields[code]
            guard let areaLevel = AreaLevel(rawValue: row.fields[level]), areaLevel != .buurt else {
                if row.fields[level] == "buurt" { continue }
                throw ImportError(
                    file: csv.name, line: row.line, field: "niveau",
                    message: DutchAreaRow.unknownImportLevel(row.fields[level]))
            }
            let area = CBSArea(
                code: areaCode, level: areaLevel, municipalityCode: row.fields[municipality], name: row.fields[name])
            try check(area, line: row.line, csv: csv, seen: &seen)
            rows.append(AreaRowText.join(area, values: try numbers(row, values, csv: csv, missing: "")))
        }
        return rows
    }

    /// A file in CBS's KWB scheme: gwb_code_10, regio, recs and the indicator columns;
    /// "." means not published.
    static func kwb(_ csv: CSVFile) throws(ImportError) -> [String] {
        let code = try csv.column("gwb_code_10"), name = try csv.column("regio"), kind = try csv.column("recs")
        let values = try columns(ImportColumn.kwb, in: csv)
        var rows: [String] = []
        var seen = Set<String>()
        for row in csv.rows {
            let level: AreaLevel
            switch row.fields[kind] {
            case "Gemeente": level = .gemeente
            case "Wijk": level = .wijk
            case "Buurt": continue
            default:
                throw ImportError(
                    file: csv.name, line: row.line, field: "recs",
                    message: DutchAreaRow.unknownAreaKind(String(row.fields[kind].prefix(40))))
            }
            let areaCode = row.fields[code]
            let digits =
                areaCode.utf8.count >= 6 ? String(areaCode.utf8.dropFirst(2).prefix(4)).map { "GM" + $0 } ?? "" : ""
            let area = CBSArea(
                code: areaCode, level: level, municipalityCode: level == .gemeente ? areaCode : digits,
                name: row.fields[name])
            try check(area, line: row.line, csv: csv, seen: &seen)
            rows.append(AreaRowText.join(area, values: try numbers(row, values, csv: csv, missing: ".")))
        }
        return rows
    }

    private static func columns(_ wanted: [ImportColumn], in csv: CSVFile) throws(ImportError) -> [(Int, ImportColumn)]
    {
        var result: [(Int, ImportColumn)] = []
        for column in wanted { result.append((try csv.column(column.source), column)) }
        return result
    }

    private static func check(_ area: CBSArea, line: Int, csv: CSVFile, seen: inout Set<String>) throws(ImportError) {
        let prefix = area.level == .gemeente ? "GM" : "WK"
        guard area.code.hasPrefix(prefix), AreaRowText.isCode(area.code) else {
            throw ImportError(
                file: csv.name, line: line, field: "code",
                message: DutchAreaRow.invalidCode(
                    String(area.code.prefix(40)), level: area.level.rawValue, prefix: prefix))
        }
        guard area.municipalityCode.hasPrefix("GM"), AreaRowText.isCode(area.municipalityCode) else {
            throw ImportError(
                file: csv.name, line: line, field: "gemeentecode",
                message: DutchAreaRow.invalidMunicipalityCode(String(area.municipalityCode.prefix(40))))
        }
        guard !area.name.contains("|"),
            !area.name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else {
            throw ImportError(file: csv.name, line: line, field: "naam", message: DutchAreaRow.nameWithSeparator)
        }
        guard seen.insert(area.code).inserted else {
            throw ImportError(file: csv.name, line: line, field: "code", message: DutchAreaRow.duplicateCode(area.code))
        }
    }

    /// The row's figures as plain number text; `missing` is the source's "not published" mark.
    private static func numbers(
        _ row: (line: Int, fields: [String]), _ columns: [(Int, ImportColumn)], csv: CSVFile,
        missing: String
    ) throws(ImportError) -> [String] {
        try columns.map { (index, column) throws(ImportError) -> String in
            let text = row.fields[index]
            if text == missing || text.isEmpty { return "" }
            guard let value = AreaRowText.plainNumber(text), value >= 0 else {
                throw ImportError(
                    file: csv.name, line: row.line, field: column.source,
                    message: DutchAreaRow.notANumber(String(text.prefix(40)), missing: missing))
            }
            if column.spec.unit == .percent, value > 100 {
                throw ImportError(
                    file: csv.name, line: row.line, field: column.source, message: DutchAreaRow.percentageAbove100(text)
                )
            }
            return text
        }
    }
}
