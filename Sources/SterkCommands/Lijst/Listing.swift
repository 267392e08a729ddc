import SterkModel

/// One list as `sterk lijst` prints it: a table for people, CSV and JSON for programs.
struct Listing {
    let jsonKey: String
    let columns: [TableColumn]
    var rows: [[String]]
    let csvHeader: [String]
    var csvRows: [[String]]
    var jsonItems: [JSONOut]

    func render(as options: OutputOptions, dataset: Dataset, width: Int?) -> String {
        if options.json { return JSONOut.envelope(jsonKey, items: jsonItems, dataset: dataset).rendered() + "\n" }
        if options.csv { return CSVText.render(header: csvHeader, rows: csvRows) }
        return TextTable(columns: columns, rows: rows).render(width: width)
    }
}

/// Plain values for CSV cells: numbers unformatted, gaps empty.
enum CSVValue {
    static func number(_ value: Double?) -> String { value.map(JSONOut.numberText) ?? "" }
    static func yesNo(_ value: Bool) -> String { value ? "ja" : "nee" }
}
