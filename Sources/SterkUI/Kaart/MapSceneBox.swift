import Foundation
import SterkModel

/// Holds the map scene once it is made; shared by copies of the dashboard.
///
/// A class because `view` is non-mutating and the scene is a pure function of the dataset.
final class MapSceneBox: @unchecked Sendable {
    private let lock = NSLock()
    private var scene: MapScene?

    func scene(for dataset: Dataset) -> MapScene {
        lock.lock()
        defer { lock.unlock() }
        if let scene { return scene }
        let made = MapScene(dataset: dataset)
        scene = made
        return made
    }
}
