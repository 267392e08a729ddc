import Foundation
import SterkModel

/// Reads the bundled map geometry on a thread of its own, started right after the first frame.
///
/// Why: the Kaart and the map slides need the outlines (~10 ms to read and parse in a release
/// build). Read in `view` on the Kaart's first draw, or in `update` by the idle warm-up, the
/// dashboard's "pure" functions would read a file; read on the main thread at start-up, every
/// first frame would wait for a panel most sessions never open. Started before the first frame,
/// it competed with it for the CPU (first frame 18.4 ms now, 22.0 ms then, on 2 cores); now it
/// is read while the user looks at the first screen. `GeoBundle.bundled` is initialised exactly once:
/// a draw that comes first waits for this read instead of starting another.
enum GeometryPreload {
    static func start() {
        Thread.detachNewThread { _ = GeoBundle.bundled }
    }
}
