import SterkModel

/// The map scene of a dataset, made on first use and then kept; shared by copies of the dashboard.
struct MapSceneBox: Sendable {
    /// One scene per catalog (key 0): a `Memo` for its rule, not for its keys.
    private let memo = Memo<Int, MapScene>()

    func scene(for dataset: Dataset) -> MapScene {
        memo.value(0) { MapScene(dataset: dataset) }
    }
}
