import SterkModel
@testable import SterkUI

/// One scene for all map tests: loading the dataset and geometry once keeps the suite fast.
enum MapFixture {
    static let dataset: Dataset? = try? DatasetLoader.loadBundled()
    static let scene: MapScene? = dataset.map { MapScene(dataset: $0) }
}
