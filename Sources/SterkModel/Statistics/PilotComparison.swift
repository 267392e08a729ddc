/// A pilot beside its municipality, the Netherlands and the comparison areas, on the same
/// indicators. Every value is a `Figure` with its own source and date; what no imported
/// file gives is an "onbekend" figure with a note saying why.
public struct PilotComparison: Sendable {
    /// What a column stands for.
    public enum ColumnKind: String, Sendable {
        case pilotArea, municipality, netherlands, comparisonArea
    }

    /// One area compared.
    public struct Column: Sendable {
        public var kind: ColumnKind
        /// Short heading ("Zeist-Noord", "Zeist", "Nederland", "Overvecht").
        public var title: String
        /// How to say what the figures cover ("wijk Zeist-Noord, waarin Vollenhove ligt").
        public var description: String
        /// CBS code (nil for the Netherlands).
        public var code: String?
        /// The Leefbaarometer series, when the area is a wijk the file covers.
        public var leefbaarometer: LeefbaarometerSeries?
    }

    /// One indicator across the columns.
    public struct Row: Sendable {
        public var key: String
        public var label: String
        public var unit: FigureUnit
        /// One figure per column, in column order.
        public var values: [Figure]
    }

    public var pilot: Wijk
    public var columns: [Column]
    public var rows: [Row]
    /// The national reference line of the Leefbaarometer ("het landelijke referentieniveau").
    public var leefbaarometerReference: Double?
    /// The pilot's start as the dataset records it; `startYear` is nil when no source gives it.
    public var start: Statement?
    /// The plain caution every trend view must show.
    public static let trendCaution = DutchPilotComparison.trendCaution

    /// The start year, only when a source gives it (never for a gap or an inference).
    public var startYear: Int? {
        guard let start, start.certainty == .proven || start.certainty == .paper else { return nil }
        return start.date?.year
    }
}

extension Dataset {
    /// The comparison for a pilot wijk (by id), or nil when the id names no pilot.
    public func comparison(pilotID: String) -> PilotComparison? {
        guard let pilot = wijk(pilotID), pilot.kind == .pilot else { return nil }
        var columns: [PilotComparison.Column] = []
        for code in pilot.cbsAreas {
            columns.append(areaColumn(.pilotArea, code: code, description: pilot.cbsLabel))
        }
        if let municipality = municipality(pilot.municipalityCode) {
            columns.append(
                .init(
                    kind: .municipality, title: municipality.name,
                    description: DutchArea.municipality(municipality.name),
                    code: municipality.code, leefbaarometer: nil))
        }
        columns.append(
            .init(
                kind: .netherlands, title: DutchArea.netherlands,
                description: DutchArea.netherlandsSum(municipalities: municipalities.count),
                code: nil, leefbaarometer: nil))
        for area in wijken where area.kind == .comparison {
            for code in area.cbsAreas {
                columns.append(
                    areaColumn(
                        .comparisonArea, code: code,
                        description: area.cbsAreas.count > 1 ? DutchArea.part(of: area.name) : nil))
            }
        }
        let rows = comparisonRows(columns)
        return PilotComparison(
            pilot: pilot, columns: columns, rows: rows,
            leefbaarometerReference: leefbaarometer.nationalReference, start: pilot.start)
    }

    private func areaColumn(_ kind: PilotComparison.ColumnKind, code: String, description: String?)
        -> PilotComparison.Column
    {
        let name = cbsArea(code)?.displayName ?? code
        return .init(
            kind: kind, title: Self.shortWijkName(name),
            description: description ?? DutchArea.wijk(Self.shortWijkName(name)),
            code: code, leefbaarometer: leefbaarometer.series(code: code))
    }

    /// "Wijk 06 Dommelbergen" → "Dommelbergen": CBS's numbering prefix is not part of the name.
    public static func shortWijkName(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 2, words[0] == "Wijk", words[1].allSatisfy(\.isNumber) else { return name }
        return words.dropFirst(2).joined(separator: " ")
    }

    private func comparisonRows(_ columns: [PilotComparison.Column]) -> [PilotComparison.Row] {
        var rows: [PilotComparison.Row] = []
        for table in areaTables {
            for spec in table.columns {
                let values = columns.map { column in
                    column.code.map { table.figure(code: $0, column: spec.key) ?? gap(spec, table) }
                        ?? nationalFigure(table, spec)
                }
                rows.append(.init(key: spec.key, label: spec.label, unit: spec.unit, values: values))
            }
        }
        rows.append(contentsOf: leefbaarometerRows(columns, year: latestLeefbaarometerYear))
        return rows
    }

    private func gap(_ spec: AreaColumn, _ table: AreaTable) -> Figure {
        Figure(
            label: spec.label, value: nil, unit: spec.unit, asOf: table.asOf, certainty: .gap,
            note: DutchFigureNote.notIn(table.title))
    }

    /// The most recent Leefbaarometer year in the file.
    var latestLeefbaarometerYear: Int? {
        leefbaarometer.allSeries.flatMap { $0.points.map(\.year) }.max()
    }

    private func leefbaarometerRows(_ columns: [PilotComparison.Column], year: Int?) -> [PilotComparison.Row] {
        guard let year else { return [] }
        let asOf = PartialDate(year: year, month: nil, day: nil)
        let scoreLabel = DutchLeefbaarometer.scoreLabel(year: year),
            deviationLabel = DutchLeefbaarometer.deviationLabel(year: year)
        func figure(_ label: String, _ value: Double?, note: String? = nil) -> Figure {
            guard let value else {
                return Figure(
                    label: label, value: nil, unit: .score, asOf: asOf, certainty: .gap,
                    note: note ?? DutchLeefbaarometer.onlyWijken)
            }
            return Figure(
                label: label, value: value, unit: .score, asOf: asOf, sources: leefbaarometer.sources, note: note)
        }
        let reference = leefbaarometer.nationalReference
        let scores = columns.map { column -> Figure in
            if column.kind == .netherlands {
                return figure(
                    scoreLabel, reference,
                    note: DutchLeefbaarometer.referenceNote)
            }
            return figure(
                scoreLabel, column.leefbaarometer?.point(year: year)?.score,
                note: column.code?.hasPrefix("WK") == true ? nil : nil)
        }
        let deviations = columns.map { column -> Figure in
            if column.kind == .netherlands {
                return figure(deviationLabel, reference == nil ? nil : 0, note: DutchLeefbaarometer.zeroByDefinition)
            }
            return figure(deviationLabel, column.leefbaarometer?.point(year: year)?.deviation)
        }
        return [
            .init(key: "lbm", label: scoreLabel, unit: .score, values: scores),
            .init(key: "afw", label: deviationLabel, unit: .score, values: deviations),
        ]
    }
}
