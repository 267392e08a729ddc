import SterkModel

/// Panels rendered without a terminal, for `sterk scherm PANEEL` and snapshot tests.
public enum HeadlessScreen {
    /// The screen of one panel at a size, as the dashboard would first show it.
    public static func render(
        panel: Panel, dataset: Dataset, width: Int, height: Int,
        options: DashboardOptions = DashboardOptions()
    ) -> ScreenBuffer {
        var dashboard = Dashboard(dataset: dataset, options: options)
        dashboard.show(panel)
        _ = dashboard.update(.resize(width: width, height: height))
        return dashboard.view(width: width, height: height)
    }

    /// Same, with the panel given by its Dutch name; nil when no panel has that name.
    public static func render(
        panelNamed name: String, dataset: Dataset, width: Int, height: Int,
        options: DashboardOptions = DashboardOptions()
    ) -> ScreenBuffer? {
        Panel(dutchName: name).map {
            render(panel: $0, dataset: dataset, width: width, height: height, options: options)
        }
    }

    /// The Dutch panel names the CLI accepts.
    public static var panelNames: [String] { Panel.allCases.map(\.rawValue) }
}

extension Dashboard {
    /// Switches to a panel directly (the CLI's starting panel, tests).
    public mutating func show(_ panel: Panel) {
        switchPanel(to: panel)
    }
}

extension HeadlessScreen {
    /// The pilot a name finds for the Vergelijk panel ("dommelbergen", "Zeist-Noord"); nil when none.
    public static func pilotIndex(named name: String, in dataset: Dataset) -> Int? {
        ComparisonCache.pilotIndex(named: name, in: dataset)
    }

    /// The pilots' ids, for messages.
    public static func pilotNames(in dataset: Dataset) -> [String] { ComparisonCache.pilots(dataset).map(\.id) }
}
