import Foundation
import SterkModel
import SterkStore

/// Checks host municipality and wijken against the dataset, and names them for output.
struct VisitPlaces {
    let dataset: Dataset

    /// Loads the dataset chosen with `--data` (errors are printed; exit status 1).
    init(_ options: DataOptions) throws {
        dataset = try options.load()
    }

    /// The municipality for a code, name or alias (case and accents ignored).
    func municipality(_ text: String) -> Result<Municipality, FieldProblem> {
        switch PlaceLookup(dataset: dataset).municipality(text) {
        case .found(let municipality):
            return .success(municipality)
        case .ambiguous(let names):
            return .failure(
                FieldProblem(flag: "--gemeente", text: DutchWerkbezoekInput.ambiguousMunicipality(text, names)))
        case .unknown(let suggestions) where !suggestions.isEmpty:
            return .failure(
                FieldProblem(
                    flag: "--gemeente", text: DutchWerkbezoekInput.unknownMunicipality(text, suggestions: suggestions)))
        case .unknown:
            return .failure(FieldProblem(flag: "--gemeente", text: DutchWerkbezoekInput.unknownMunicipality(text)))
        }
    }

    /// The ids of wijken given by id or name; each must lie in `municipality`.
    func wijkIDs(_ texts: [String], in municipality: Municipality?) -> Result<[String], FieldProblem> {
        var ids: [String] = []
        let lookup = PlaceLookup(dataset: dataset)
        for text in texts {
            guard let wijk = lookup.wijk(text) else {
                let sentence = DutchWerkbezoekInput.unknownWijk(text, suggestions: lookup.wijkSuggestions(text))
                return .failure(FieldProblem(flag: "--wijk", text: sentence))
            }
            if let municipality, wijk.municipalityCode != municipality.code {
                return .failure(
                    FieldProblem(flag: "--wijk", text: DutchWerkbezoekInput.wijkElsewhere(wijk.name, municipality.name))
                )
            }
            ids.append(wijk.id)
        }
        return .success(ids)
    }

    /// What is wrong with the stored codes of a visit's places (an import's): an unknown
    /// municipality, an unknown wijk, or a wijk in another municipality.
    func problems(_ details: VisitDetails) -> [String] {
        let code = details.municipalityCode.trimmingCharacters(in: .whitespaces)
        guard !code.isEmpty else { return [] }  // reported as missing by the store's own checks
        guard let municipality = dataset.municipality(code) else {
            return [DutchWerkbezoekInput.unknownMunicipalityCode(code)]
        }
        return details.wijkIDs.compactMap { id in
            guard let wijk = dataset.wijk(id) else { return DutchWerkbezoekInput.unknownWijk(id) }
            return wijk.municipalityCode == municipality.code
                ? nil : DutchWerkbezoekInput.wijkElsewhere(wijk.name, municipality.name)
        }
    }

    /// The municipality's name, or its code when the dataset no longer knows it.
    func municipalityName(_ code: String) -> String {
        dataset.municipality(code)?.name ?? code
    }

    /// The wijken's names, or their ids when unknown.
    func wijkNames(_ ids: [String]) -> [String] {
        ids.map { dataset.wijk($0)?.name ?? $0 }
    }

    /// "Zeist (Vollenhove)".
    func placeText(_ details: VisitDetails) -> String {
        let wijken = wijkNames(details.wijkIDs)
        let name = municipalityName(details.municipalityCode)
        return wijken.isEmpty ? name : "\(name) (\(wijken.joined(separator: ", ")))"
    }
}
