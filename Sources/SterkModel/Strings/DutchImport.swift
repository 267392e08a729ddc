/// The importer's own Dutch: where a problem sits, what the curated file lacks, and the
/// labels it writes into the generated dataset.
enum DutchImport {
    /// The name the generated dataset has in the loader's messages.
    static let generatedName = "gegenereerde dataset"
    static let partMadeByImporter = "dit deel maakt de importeur zelf; haal het weg uit het handmatige bestand"
    static let noInhabitantsColumn = "de inwonerstabel heeft geen kolom inwoners"
    static let listMissing = "lijst ontbreekt"

    /// "data/cbs/kwb.csv, regel 17, kolom a_inw: 'x' is geen getal".
    static func located(file: String, line: Int?, field: String?, message: String) -> String {
        var place = file
        if let line { place += ", regel \(line)" }
        if let field { place += ", kolom \(field)" }
        return "\(place): \(message)"
    }

    /// The loader's full report follows on the next lines.
    static func generatedInvalid(_ report: String) -> String { "de gegenereerde dataset klopt niet:\n" + report }

    static func tableNotListed(_ id: String) -> String { "tabel '\(id)' staat niet in tables" }

    static func noInhabitants(municipality code: String, curated: String) -> String {
        "geen inwonertal voor gemeente \(code) uit \(curated)"
    }

    static func municipalityNotCurated(code: String, name: String, curated: String) -> String {
        "gemeente \(code) (\(name)) staat niet in \(curated); voeg haar daar toe (code, naam, provincie)"
    }

    /// A CBS figure copied into a wijk: "Inwoners — wijk Dommelbergen".
    static func wijkFigureLabel(column: String, place: String) -> String { "\(column) — \(place)" }
}
