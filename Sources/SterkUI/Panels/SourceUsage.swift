import SterkModel

/// For every source id, the figures and statements that cite it; built once at load.
struct SourceUsage: Sendable {
    /// One citing item: a short Dutch description and where Enter leads.
    struct Use: Sendable, Hashable {
        var text: String
        var target: Target
    }

    private(set) var uses: [String: [Use]] = [:]
    /// Uses recorded after the focus areas (wijken, municipalities, contact).
    private var laterUses: [String: [Use]] = [:]
    /// Focus areas are looked up when a source is shown, not recorded at start-up: a million
    /// rows would cost seconds and hundreds of megabytes here.
    private let focusAreas: FocusAreaList
    /// At most this many focus areas are listed under one source.
    static let focusAreaLimit = 200

    init(_ dataset: Dataset) {
        focusAreas = dataset.focusAreas
        let nplv = dataset.nplv
        add(
            nplv.abbreviation,
            statements: nplv.statements + nplv.ministries + nplv.actionLines + [nplv.horizon] + nplv.progress,
            figures: nplv.budgetLines + nplv.figures)
        add(
            Dutch.usagePaper, statements: dataset.paper.statements + [dataset.paper.sizeClassReading.statement],
            figures: [dataset.paper.claimedFocusAreasInM50])
        let m50 = dataset.m50
        add(
            m50.name, statements: m50.statements + m50.campaign.statements + m50.board + [dataset.invitation],
            figures: [m50.inhabitantsRepresented])
        for id in m50.memberList.sources {
            record(id, Use(text: "\(m50.name): \(Dutch.usageMemberList)", target: .source(id)))
        }
        recordingLater = true
        for wijk in dataset.wijken { add(wijk) }
        for municipality in dataset.municipalities {
            for id in municipality.inhabitants?.sources ?? [] {
                record(
                    id,
                    Use(
                        text: "\(municipality.name): \(Dutch.usageInhabitants)",
                        target: .municipality(municipality.code)))
            }
        }
        for id in dataset.contact.sources {
            record(id, Use(text: "\(Dutch.usageContact): \(dataset.contact.name)", target: .source(id)))
        }
    }

    private var recordingLater = false

    /// The uses of one source, without repeats (focus areas up to `focusAreaLimit`).
    func uses(of id: String) -> [Use] {
        var seen = Set<Use>()
        let rows = focusAreas.store.rows(citing: id).prefix(SourceUsage.focusAreaLimit)
        let areaUses = rows.flatMap { SourceUsage.uses(of: id, by: focusAreas[$0]) }
        return ((uses[id] ?? []) + areaUses + (laterUses[id] ?? [])).filter { seen.insert($0).inserted }
    }

    /// How many focus areas cite the source (all of them, also past the limit).
    func focusAreaCount(citing id: String) -> Int { focusAreas.store.rows(citing: id).count }

    private mutating func add(_ owner: String, statements: [Statement], figures: [Figure]) {
        for statement in statements {
            for id in statement.sources {
                record(id, Use(text: "\(owner): \(statement.text)", target: .statement(statement)))
            }
        }
        for figure in figures {
            for id in figure.sources { record(id, Use(text: "\(owner): \(figure.label)", target: .figure(figure))) }
        }
    }

    /// What one focus area contributes under source `id`, in the order figures then statements.
    static func uses(of id: String, by area: FocusArea) -> [Use] {
        var result: [Use] = []
        for figure in [area.inhabitants, area.lowWelfareShare] {
            for source in figure.sources where source == id {
                result.append(Use(text: "\(area.name): \(figure.label)", target: .focusArea(area.id)))
            }
        }
        for statement in area.statements {
            for source in statement.sources where source == id {
                result.append(Use(text: "\(area.name): \(Dutch.usageStatement)", target: .focusArea(area.id)))
            }
        }
        return result
    }

    private mutating func add(_ wijk: Wijk) {
        let statements = [wijk.summary] + wijk.partners + wijk.goals + wijk.timeline + wijk.paperSays
        let figures = wijk.figures + wijk.money
        for id in (wijk.programme?.sources ?? []) + statements.flatMap(\.sources) + figures.flatMap(\.sources) {
            record(id, Use(text: "\(wijk.name) (\(wijk.kind.label))", target: .wijk(wijk.id)))
        }
    }

    private mutating func record(_ id: String, _ use: Use) {
        if recordingLater { laterUses[id, default: []].append(use) } else { uses[id, default: []].append(use) }
    }
}
