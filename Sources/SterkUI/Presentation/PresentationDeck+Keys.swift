/// Navigation: keys from the keymap, digits for "number + Enter", mouse, and ticks.
extension PresentationDeck {
    mutating func handleKey(_ key: Key) -> [Effect] {
        if let id = Keymap.command(for: key, in: PresentationDeck.contexts) { return perform(id) }
        if case let .character(character) = key, character.isASCII, character.isNumber, typed.count < 4 {
            typed.append(character)
            status = nil
        }
        return []
    }

    /// Runs a presentation command; `.quit` ends the presentation (the dashboard then returns).
    mutating func perform(_ id: CommandID) -> [Effect] {
        let digits = typed
        typed = ""
        status = nil
        switch id {
        case .forceQuit, .endPresentation: return digits.isEmpty || id == .forceQuit ? [.quit] : []
        case .suspend: return [.suspend]
        case .nextSlide: next()
        case .previousSlide: go(to: index - 1)
        case .firstSlide: go(to: 0)
        case .lastSlide: go(to: slides.count - 1)
        case .jumpToSlide: jump(digits)
        case .toggleSlideTimer: showSlideTimer.toggle()
        case .pauseAuto: paused.toggle()
        default: break
        }
        return []
    }

    /// Enter after digits: that slide (1-based); Enter alone: the next slide.
    mutating func jump(_ digits: String) {
        guard !digits.isEmpty else { return next() }
        guard let number = Int(digits), (1...slides.count).contains(number) else {
            status = DutchPresentation.noSuchSlide
            return
        }
        go(to: number - 1)
    }

    /// The next slide; after the last, the first when looping, else stay.
    mutating func next() {
        if index + 1 < slides.count { go(to: index + 1) } else if loop { go(to: 0) }
    }

    mutating func go(to target: Int) {
        let clamped = max(0, min(slides.count - 1, target))
        guard clamped != index else { return }
        index = clamped
        slideStartedAt = now
    }

    /// A click goes forward, the wheel goes either way (a presenter may hold a mouse).
    mutating func handleMouse(_ mouse: MouseEvent) {
        switch mouse.kind {
        case .click, .wheelDown: next()
        case .wheelUp: go(to: index - 1)
        }
    }

    /// With `--auto`: advance when the slide has been up long enough (within half a tick,
    /// since ticks come once a second and the slide may have started between two of them).
    mutating func tick() {
        guard let autoAdvance, !paused else { return }
        let slack = Duration.milliseconds(PresentationDeck.tickMilliseconds / 2)
        guard now - slideStartedAt + slack >= autoAdvance else { return }
        let before = index
        next()
        if index == before { slideStartedAt = now }
    }
}
