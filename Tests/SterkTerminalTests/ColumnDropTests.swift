import SterkKernel
import Testing

/// The one rule for giving up columns, and the dashboard's layout that follows it.
@Suite("Kolommen laten vallen")
struct ColumnDropTests {
    @Test("het hoogste nummer gaat eerst, bij gelijke nummers de latere kolom; 0 blijft")
    func highestFirstLaterOnTieZeroStays() {
        let numbers = [0, 2, 3, 3, 1]
        #expect(ColumnDrop.next(among: [0, 1, 2, 3, 4], priority: { numbers[$0] }) == 3)
        #expect(ColumnDrop.next(among: [0, 1, 2, 4], priority: { numbers[$0] }) == 2)
        #expect(ColumnDrop.next(among: [0, 4], priority: { numbers[$0] }) == 4)
        #expect(ColumnDrop.next(among: [0], priority: { numbers[$0] }) == nil)
        #expect(ColumnDrop.next(among: [], priority: { numbers[$0] }) == nil)
    }

    /// Five columns of four cells: A 0, B 1, C 0, D 2, E 2.
    let columns = [("A", 0), ("B", 1), ("C", 0), ("D", 2), ("E", 2)].map { title, priority in
        TableColumn(title: title, preferred: 4, minimum: 4, priority: priority)
    }

    func shown(width: Int) -> [String] {
        ColumnLayout.fit(columns, width: width).map { columns[$0.column].title }
    }

    @Test("de tabel van het dashboard volgt dezelfde regel")
    func layoutFollowsTheRule() {
        #expect(shown(width: 24) == ["A", "B", "C", "D", "E"])
        #expect(shown(width: 19) == ["A", "B", "C", "D"])
        #expect(shown(width: 14) == ["A", "B", "C"])
        #expect(shown(width: 9) == ["A", "C"])
        // Nothing left to give up: the kept columns stay and the drawing clips them.
        #expect(shown(width: 5) == ["A", "C"])
    }
}
