import Foundation
import SterkModel

/// Reads the bundled map geometry on a thread of its own, started before the first frame.
///
/// Why: the Kaart and the map slides need the outlines (~10 ms to read and parse in a release
/// build). Read in `view` on the Kaart's first draw, or in `update` by the idle warm-up, the
/// dashboard's "pure" functions would read a file; read on the main thread at start-up, every
/// first frame would wait for a panel most sessions never open. On its own thread it is read
/// while the dataset's first screen is drawn. `GeoBundle.bundled` is initialised exactly once:
/// a draw that comes first waits for this read instead of starting another.
enum GeometryPreload {
    static func start() {
        Thread.detachNewThread { _ = GeoBundle.bundled }
    }
}
