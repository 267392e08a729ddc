import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import Testing
@testable import SterkModel
@testable import SterkUI

/// Item 6 of issue 11: long text is laid out in linear time and only as far as it can be seen.
@Suite("Lange tekst: lineair en begrensd", .timeLimit(.minutes(1)))
struct LongTextTests {
    @Test("een woord van een miljoen tekens wordt tot de rijgrens gezet, met … aan het eind")
    func wrapIsCapped() {
        let lines = Wrap.lines([Span(String(repeating: "x", count: 1_000_000))], width: 50)
        #expect(lines.count == Wrap.rowLimit)
        #expect(lines.allSatisfy { DisplayWidth.of($0.map(\.text).joined()) <= 50 })
        #expect(lines.dropLast().allSatisfy { $0.map(\.text).joined() == String(repeating: "x", count: 50) })
        #expect(lines.last?.map(\.text).joined() == String(repeating: "x", count: 49) + "…")
    }

    @Test("onder de rijgrens blijft de tekst heel", arguments: [40, 7, 1])
    func wrapKeepsEveryCharacter(width: Int) {
        let text = "Súdwest-Fryslân 東京 👍 e\u{301} " + String(repeating: "lang", count: 30) + " wijk  buurt"
        let lines = Wrap.lines([Span(text, .text), Span(" en meer", .textDim)], width: width)
        #expect(lines.allSatisfy { DisplayWidth.of($0.map(\.text).joined()) <= max(width, 2) })
        let joined = lines.flatMap { $0 }.map(\.text).joined()
        #expect(joined.filter { $0 != " " } == (text + " en meer").filter { $0 != " " })
    }

    @Test("de rijgrens leest niet verder dan wat gezet wordt")
    func capReadsOnlyWhatIsLaidOut() {
        var read = 0
        let counted = String(repeating: "ab ", count: 2_000_000).lazy.map { character -> Character in
            read += 1
            return character
        }
        var builder = LineBuilder<ThemeRole>(width: 60, limit: 100)
        builder.add(counted, role: .text)
        #expect(builder.isCut)
        #expect(builder.lines.count == 100)
        #expect(read <= 61 * 100 + 3, "read \(read) characters for 100 rows of 60")
    }

    /// Wrapping without the row limit: ten times the text may cost about ten times the work.
    /// Cutting a long word by copying the rest each time (the bug) gave about a hundred times.
    /// Measured in this thread's CPU time (the machine is shared; wall time jumps when the
    /// thread is preempted), each size at its best of five runs, with a wide bound.
    @Test("zetten is lineair in de tekstlengte", arguments: [false, true])
    func wrapIsLinear(spaces: Bool) {
        func text(_ count: Int) -> String {
            spaces ? String(repeating: "wijk buurt ", count: count / 11) : String(repeating: "x", count: count)
        }
        let small = text(20_000), large = text(200_000)
        func best(_ text: String) -> Double {
            (0..<5).map { _ in ThreadTime.measure { _ = Wrap.lines([Span(text)], width: 40, limit: .max) } }.min() ?? 0
        }
        _ = best(small)  // warm up
        let ratio = best(large) / max(best(small), 1e-6)
        #expect(ratio < 25, "200k characters took \(ratio)× the CPU time of 20k")
    }

    @Test("een fiche met een notitie van een miljoen tekens opent en scrolt")
    func hugeNoteInFiche() {
        var dataset = Fixtures.bundled
        dataset.focusAreas[0].inhabitants.note = String(repeating: "x", count: 1_000_000)
        var dashboard = Fixtures.dashboard(width: 120, height: 40, dataset: dataset)
        dashboard.show(.focusgebieden)
        dashboard.press(.openDetail)
        let opened = dashboard.screen(120, 40)
        #expect(opened.contains("Inwoners:"))
        #expect(opened.contains(String(repeating: "x", count: 40)))
        // Down to the paragraph after the note: the note's last (cut) row shows above it.
        for _ in 0..<8 { dashboard.press(.moveDown) }
        let moved = dashboard.screen(120, 40)
        #expect(moved.contains("x…"))
        #expect(moved.contains("▶   bron: CBS"))
        for _ in 0..<8 { dashboard.press(.moveUp) }
        #expect(dashboard.screen(120, 40).contains("Inwoners:"))
    }

    @Test("ScreenBuffer.write leest niet voorbij de rand, en een accent op de laatste cel blijft")
    func boundedWrite() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        #expect(buffer.write("abcde\u{301}fgh", x: 0, y: 0) == 5)
        #expect(buffer.line(0) == "abcdé")
        #expect(buffer.write(String(repeating: "é", count: 2_000_000), x: 0, y: 0) == 5)
        #expect(buffer.line(0) == "ééééé")
        #expect(DisplayWidth.truncate(String(repeating: "東", count: 1_000_000), to: 5) == "東東…")
        #expect(DisplayWidth.fits(String(repeating: "a", count: 1_000_000), in: 10) == false)
    }
}

/// CPU time of the calling thread, which does not count time spent waiting for a core.
enum ThreadTime {
    static func measure(_ work: () -> Void) -> Double {
        let start = now()
        work()
        return now() - start
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
