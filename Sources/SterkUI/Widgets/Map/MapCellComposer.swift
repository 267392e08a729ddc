import SterkModel

/// Reads the dots under each cell and picks its character and role.
///
/// One pass over the dots fills per-cell tallies; asking each cell for its 8 dots separately
/// cost twice as much and dominated rasterising.
struct MapCellComposer {
    let projection: MapProjection
    let mode: MapMode
    let outline: DotRaster
    let shaded: DotRaster

    /// What one cell's dots add up to.
    private struct Tally {
        var pattern: UInt32 = 0
        var shaded = 0
        var outlineOnly = 0
    }

    /// Braille dot bits for (column, row) inside a 2×4 cell, as in Unicode's U+2800 block;
    /// half blocks and ASCII use bit 0x01 for the top dot and 0x02 for the bottom one.
    private static let brailleBits: [[UInt32]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    /// One glyph (or nothing) per cell, row-major.
    func compose() -> [MapRaster.Glyph?] {
        let tallies = tally()
        return tallies.map(glyph)
    }

    private func tally() -> [Tally] {
        let across = projection.dots.across, down = projection.dots.down
        var tallies = Array(repeating: Tally(), count: projection.columns * projection.rows)
        for y in 0..<min(outline.height, projection.rows * down) {
            let row = y / down, dotRow = y % down
            for x in 0..<min(outline.width, projection.columns * across) {
                let isShaded = shaded[x, y]
                guard isShaded || outline[x, y] else { continue }
                let cell = row * projection.columns + x / across
                tallies[cell].pattern |= bit(column: x % across, row: dotRow)
                if isShaded { tallies[cell].shaded += 1 } else { tallies[cell].outlineOnly += 1 }
            }
        }
        return tallies
    }

    private func bit(column: Int, row: Int) -> UInt32 {
        mode == .braille ? MapCellComposer.brailleBits[row][column] : UInt32(1) << UInt32(row)
    }

    /// A cell is shaded when at least as many of its dots are M50 land as are bare outline.
    private func glyph(_ tally: Tally) -> MapRaster.Glyph? {
        guard tally.pattern != 0 else { return nil }
        let role: MapRaster.Role = tally.shaded > 0 && tally.shaded >= tally.outlineOnly ? .m50 : .outline
        let character: Character?
        switch mode {
        case .braille:
            character = Unicode.Scalar(0x2800 + tally.pattern).map(Character.init)
        case .halfBlock:
            // Shade instead of blocks for members: with solid blocks for both, shading
            // and outlines would look the same on a monochrome screen.
            character =
                role == .m50
                ? MapCellGlyphs.halfBlockShade
                : MapCellGlyphs.halfBlock(top: tally.pattern & 1 != 0, bottom: tally.pattern & 2 != 0)
        case .ascii:
            character = MapCellGlyphs.ascii(outline: tally.outlineOnly > 0, shaded: tally.shaded > 0)
        }
        return character.map { MapRaster.Glyph(character: $0, role: role) }
    }
}
