/// Where a slide's content goes in the rows above its source line: at which block-font scale,
/// with which gap between blocks, and how far down so that it sits in the middle.
///
/// Double size is tried first on a screen of at least `doubleScaleMinimumRows` rows: it is
/// taken when the title fits in the block font at that size together with every block (big
/// figures doubled too). Rows still left after the blocks that can grow (map, trend) are split
/// above and below; with many rows left the blocks get two rows between them instead of one.
struct SlidePlan {
    /// Double size only from this many rows on: a 10-row title needs a tall screen.
    static let doubleScaleMinimumRows = 36
    /// Two rows between blocks only when at least this many rows would still be left over.
    static let wideGapMinimumSpare = 8

    var title: SlideRenderer.TitleLayout
    var scale: Int
    var gap: Int
    /// Rows left empty above the kicker.
    var offset: Int

    init(_ slide: Slide, area: Rect, renderer: SlideRenderer) {
        let body = area.splitTop(1).rest
        var chosen = (renderer.titleLayout(slide, body: body), 1)
        if area.height >= SlidePlan.doubleScaleMinimumRows {
            let double = renderer.titleLayout(slide, body: body, scale: 2)
            if double.big != nil { chosen = (double, 2) }
        }
        (title, scale) = chosen
        gap = title.gap
        let blocks = slide.blocks
        let gaps = max(0, blocks.count - 1)
        let used = 1 + title.rows + 1 + renderer.contentRows(slide, width: body.width, scale: scale) + gaps * gap
        var spare = max(0, area.height - used)
        spare -= blocks.reduce(0) { taken, block in min(spare, taken + min(block.growth, spare)) }
        if gap == 1, gaps > 0, spare - gaps >= SlidePlan.wideGapMinimumSpare {
            gap = 2
            spare -= gaps
        }
        offset = spare / 2
    }
}
