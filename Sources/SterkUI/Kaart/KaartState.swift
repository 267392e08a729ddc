import Foundation
import SterkModel

/// The Kaart panel's state: which marker is selected and whether the list is shown.
struct KaartState: Sendable {
    /// The selected marker's id (nil: the first).
    var selectedID: String?
    /// The plain list instead of the picture: the accessible alternative, one key away.
    var listView = false
    /// The scene, made on first use so the dashboard's start never reads the geometry.
    let scenes = MapSceneBox()
}

/// Holds the map scene once it is made; shared by copies of the dashboard state.
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
