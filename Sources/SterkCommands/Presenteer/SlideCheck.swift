import Foundation
import SterkUI

/// `--controleer BxH` and `--export MAP`: every slide rendered without a terminal.
enum SlideCheck {
    /// One line per slide that does not fit; empty when all fit.
    static func problems(_ deck: PresentationDeck, size: ScreenSize) -> [String] {
        (0..<deck.count).compactMap { index in
            let problems = deck.problems(slide: index, width: size.width, height: size.height)
            guard !problems.isEmpty else { return nil }
            let slide = deck.slides[index]
            return DutchSlides.slide(index + 1, id: slide.id, title: slide.title) + problems.joined(separator: "; ")
        }
    }

    /// Writes `NN-id.txt` per slide into `folder` (made when missing); returns the paths written.
    static func export(_ deck: PresentationDeck, size: ScreenSize, folder: String) throws(TargetFile.Failure)
        -> [String]
    {
        try makeFolder(folder)
        let digits = String(deck.count).count
        var written: [String] = []
        for index in 0..<deck.count {
            let number = String(index + 1)
            let name =
                String(repeating: "0", count: max(0, digits - number.count)) + number + "-" + deck.slides[index].id
            let path = (folder as NSString).appendingPathComponent(name + ".txt")
            let text = deck.screen(slide: index, width: size.width, height: size.height).text + "\n"
            do {
                try TargetFile.write(Array(text.utf8), to: path)
            } catch {
                throw TargetFile.Failure(reason: "\(path): \(error.reason)")
            }
            written.append(path)
        }
        return written
    }

    /// The export folder, made when missing (with its parents); anything else there is refused.
    private static func makeFolder(_ folder: String) throws(TargetFile.Failure) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw TargetFile.Failure(reason: DutchFileReason.notAFolder(folder)) }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw TargetFile.Failure(reason: DutchFileReason.folderNotMade(folder, DutchSystemError.dutch(error)))
        }
    }
}
