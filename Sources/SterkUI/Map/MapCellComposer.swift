import SterkModel

/// Reads the dots under each cell and picks its character and role.
struct MapCellComposer {
    let projection: MapProjection
    let mode: MapMode
    let outline: DotRaster
    let shaded: DotRaster

    /// One glyph (or nothing) per cell, row-major.
    func compose() -> [MapRaster.Glyph?] {
        var glyphs: [MapRaster.Glyph?] = []
        glyphs.reserveCapacity(projection.columns * projection.rows)
        for row in 0..<projection.rows {
            for column in 0..<projection.columns { glyphs.append(glyph(column: column, row: row)) }
        }
        return glyphs
    }

    /// A cell is shaded when at least as many of its dots are M50 land as are bare outline.
    private func glyph(column: Int, row: Int) -> MapRaster.Glyph? {
        let x0 = column * projection.dots.across, y0 = row * projection.dots.down
        var shadedDots = 0, outlineOnly = 0
        let isOn = { (dx: Int, dy: Int) -> Bool in
            self.shaded[x0 + dx, y0 + dy] || self.outline[x0 + dx, y0 + dy]
        }
        for dy in 0..<projection.dots.down {
            for dx in 0..<projection.dots.across {
                if shaded[x0 + dx, y0 + dy] { shadedDots += 1 } else if outline[x0 + dx, y0 + dy] { outlineOnly += 1 }
            }
        }
        guard shadedDots + outlineOnly > 0 else { return nil }
        let role: MapRaster.Role = shadedDots > 0 && shadedDots >= outlineOnly ? .m50 : .outline
        let character: Character?
        switch mode {
        case .braille: character = MapCellGlyphs.braille(isOn)
        case .halfBlock:
            // Shade instead of blocks for members: with solid blocks for both, shading
            // and outlines would look the same on a monochrome screen.
            character = role == .m50 ? MapCellGlyphs.halfBlockShade : MapCellGlyphs.halfBlock(top: isOn(0, 0), bottom: isOn(0, 1))
        case .ascii: character = MapCellGlyphs.ascii(outline: outlineOnly > 0, shaded: shadedDots > 0)
        }
        return character.map { MapRaster.Glyph(character: $0, role: role) }
    }
}
