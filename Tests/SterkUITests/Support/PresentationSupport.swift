import Foundation
import Testing
@testable import SterkModel
@testable import SterkUI

/// A clock the test moves by hand, for auto-advance.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Duration = .zero

    func advance(_ by: Duration) {
        lock.lock()
        value += by
        lock.unlock()
    }

    var clock: PresentationClock {
        PresentationClock { [self] in
            lock.lock()
            defer { lock.unlock() }
            return value
        }
    }
}

enum PresentationFixtures {
    /// The bundled deck on a full terminal with a frozen clock, sized 100×30.
    static func deck(
        _ options: PresentationOptions = PresentationOptions(), width: Int = 100, height: Int = 30,
        dataset: Dataset = Fixtures.bundled
    ) -> PresentationDeck {
        var deck = PresentationDeck(dataset: dataset, options: options, mapScene: MapFixture.scene)
        _ = deck.update(.resize(width: width, height: height))
        return deck
    }
}

extension PresentationDeck {
    /// Presses a command through its first key, checking the keymap routes that key to it.
    @discardableResult
    mutating func press(_ id: CommandID, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        guard let key = Keymap.info(id)?.keys.first else {
            Issue.record("command \(id) has no key", sourceLocation: sourceLocation)
            return []
        }
        #expect(Keymap.command(for: key, in: PresentationDeck.contexts) == id, sourceLocation: sourceLocation)
        return update(.key(key))
    }

    mutating func type(_ text: String) {
        for character in text { _ = update(.key(.character(character))) }
    }
}
