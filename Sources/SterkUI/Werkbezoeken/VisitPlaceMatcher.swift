import SterkModel

/// Matches typed municipality and wijk names against the dataset, ignoring case and
/// diacritics, the way `sterk werkbezoek nieuw --gemeente` does.
struct VisitPlaceMatcher: Sendable {
    /// What a typed municipality name came to.
    enum MunicipalityMatch: Equatable {
        case empty
        case found(Municipality)
        /// Not one municipality: the Dutch reason, with suggestions where there are some.
        case problem(String)
    }

    let dataset: Dataset
    private let lookup: PlaceLookup

    init(dataset: Dataset) {
        self.dataset = dataset
        lookup = PlaceLookup(dataset: dataset)
    }

    func municipality(_ text: String) -> MunicipalityMatch {
        let typed = text.trimmed(of: " \t")
        guard !typed.isEmpty else { return .empty }
        switch lookup.municipality(typed) {
        case let .found(municipality): return .found(municipality)
        case let .ambiguous(names): return .problem(Dutch.formMunicipalityAmbiguous(names))
        case let .unknown(suggestions) where !suggestions.isEmpty:
            return .problem(Dutch.formMunicipalitySuggestions(typed, suggestions))
        case .unknown: return .problem(Dutch.formMunicipalityUnknown(typed))
        }
    }

    /// The live hint beside the municipality field: the match, or what is wrong.
    func municipalityHint(_ text: String) -> String? {
        switch municipality(text) {
        case .empty: return nil
        case let .found(municipality):
            return Dutch.formMunicipalityFound(municipality.name, member: dataset.isM50Member(municipality.code))
        case let .problem(reason): return reason
        }
    }

    /// Wijk ids for comma-separated names or ids; each must lie in `municipality` when given.
    func wijkIDs(_ text: String, in municipality: Municipality?) -> Result<[String], WijkProblem> {
        var ids: [String] = []
        for name in text.split(separator: ",").map({ String($0).trimmed(of: " \t") }) where !name.isEmpty {
            guard let wijk = lookup.wijk(name) else {
                return .failure(WijkProblem(text: Dutch.formWijkUnknown(name, known: knownWijken(municipality))))
            }
            if let municipality, wijk.municipalityCode != municipality.code {
                return .failure(WijkProblem(text: Dutch.formWijkElsewhere(wijk.name, municipality.name)))
            }
            ids.append(wijk.id)
        }
        return .success(ids)
    }

    /// The live hint beside the wijk field: the wijken the dataset knows in that municipality.
    func wijkHint(_ municipalityText: String) -> String? {
        guard case let .found(municipality) = self.municipality(municipalityText) else { return nil }
        return Dutch.formWijkHint(municipality.name, knownWijken(municipality))
    }

    private func knownWijken(_ municipality: Municipality?) -> [String] {
        guard let municipality else { return [] }
        return dataset.wijken.filter { $0.municipalityCode == municipality.code }.map(\.name)
    }
}

/// A typed wijk that does not fit, in Dutch.
struct WijkProblem: Error, Equatable {
    let text: String
}
