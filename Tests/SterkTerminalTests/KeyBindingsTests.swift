import SterkKernel
import Testing

/// The kernel's key table with an app of its own: commands and contexts it knows nothing of.
@Suite("Toetsbindingen in de kern")
struct KeyBindingsTests {
    enum Action: Hashable, Sendable { case quit, save, down, pick, jump }
    enum Place: Hashable, Sendable { case everywhere, list, map, form }

    let bindings = KeyBindings<Action, Place>([
        .init(.quit, [.character("q")], .everywhere),
        .init(.down, [.down, .character("j")], .list),
        .init(.pick, [.down, .enter], .map),
        .init(.save, [.character("q"), .function(2)], .form),
        .init(.jump, [.character("j")], .list),
    ])

    @Test("het eerste context in de stapel wint; daarna de eerste binding in een context")
    func lookUp() {
        #expect(bindings.command(for: .down, in: [.map, .list, .everywhere]) == .pick)
        #expect(bindings.command(for: .down, in: [.list, .everywhere]) == .down)
        #expect(bindings.command(for: .character("j"), in: [.list]) == .down)
        #expect(bindings.command(for: .character("q"), in: [.form, .everywhere]) == .save)
        #expect(bindings.command(for: .character("q"), in: [.list, .everywhere]) == .quit)
        #expect(bindings.command(for: .enter, in: [.list, .everywhere]) == nil)
    }

    @Test("botsingen worden gemeld, behalve waar een context toetsen van een latere mag overnemen")
    func clashes() {
        typealias Clash = KeyBindings<Action, Place>.Clash
        #expect(
            bindings.clashes(in: [.map, .list, .everywhere]) == [
                Clash(key: .down, winner: .pick, hidden: .down),
                Clash(key: .character("j"), winner: .down, hidden: .jump),
            ])
        #expect(bindings.clashes(in: [.map, .list], overrides: [.map: [.list], .list: [.list]]).isEmpty)
        #expect(
            bindings.clashes(in: [.form, .everywhere]) == [Clash(key: .character("q"), winner: .save, hidden: .quit)])
    }
}
