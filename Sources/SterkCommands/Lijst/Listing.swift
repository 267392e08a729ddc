import SterkModel
import SterkUI

/// One list as `sterk lijst` prints it: a table for people, CSV and JSON for programs.
struct Listing {
    let jsonKey: String
    let columns: [TextColumn]
    var rows: [[String]]
    let csvHeader: [String]
    var csvRows: [[String]]
    var jsonItems: [JSONOut]

    /// A listing whose table shows the `listed` columns of a dataset table's definitions, each
    /// cell the text `cell` gives for that column.
    init<Items: Sequence>(
        jsonKey: String, columns definitions: [ColumnDefinition], items: Items,
        cell: (ColumnID, Items.Element) -> String, csvHeader: [String], csvRows: [[String]], jsonItems: [JSONOut]
    ) {
        let listed = definitions.listed
        self.jsonKey = jsonKey
        self.columns = listed.map(TextColumn.init)
        self.rows = items.map { item in listed.map { cell($0.id, item) } }
        self.csvHeader = csvHeader
        self.csvRows = csvRows
        self.jsonItems = jsonItems
    }

    func render(as options: OutputOptions, dataset: Dataset, width: Int?) -> String {
        if options.json { return JSONOut.envelope(jsonKey, items: jsonItems, dataset: dataset).rendered() + "\n" }
        if options.csv { return CSVText.render(header: csvHeader, rows: csvRows) }
        return TextTable(columns: columns, rows: rows).render(width: width)
    }
}

/// Plain values for CSV cells: numbers unformatted, gaps empty.
enum CSVValue {
    static func number(_ value: Double?) -> String { value.map(JSONOut.numberText) ?? "" }
    static func yesNo(_ value: Bool) -> String { DutchListing.yesNo(value) }
}
