/// Where the frame's parts go at a size; shared by the view and mouse hit-testing.
struct ScreenLayout {
    /// Below this the screen only says it is too small.
    static let minimumWidth = 60
    static let minimumHeight = 16
    /// From this width tables show their detail beside the list.
    static let sideBySideWidth = 100

    let width: Int
    let height: Int

    var isTooSmall: Bool { width < ScreenLayout.minimumWidth || height < ScreenLayout.minimumHeight }
    var tabBar: Rect { Rect(x: 0, y: 0, width: width, height: 1) }
    var body: Rect { Rect(x: 0, y: 1, width: width, height: height - 3) }
    var status: Rect { Rect(x: 0, y: height - 2, width: width, height: 1) }
    var footer: Rect { Rect(x: 0, y: height - 1, width: width, height: 1) }

    /// Boxes of a table panel: list and detail side by side, or one of them full width.
    func tableBoxes(detailOpen: Bool) -> (list: Rect?, detail: Rect?) {
        if width >= ScreenLayout.sideBySideWidth {
            // The list gets at least 55 %, and on wide screens everything beyond a
            // 50-column detail pane, so names are not cut while the detail has room to spare.
            let split = body.splitLeft(max(body.width * 11 / 20, body.width - 50))
            return (split.left, split.rest)
        }
        return detailOpen ? (nil, body) : (body, nil)
    }

    /// The overlay box on a document panel, centred in the body.
    var overlay: Rect {
        let overlayWidth = min(body.width - 4, 90)
        let overlayHeight = max(0, body.height - 2)
        return Rect(x: (width - overlayWidth) / 2, y: body.y + 1, width: overlayWidth, height: overlayHeight)
    }

    /// The overlay with one cell around it, inside the panel's border: left blank, so no
    /// one-column slice of the panel behind shows between the overlay's border and the panel's.
    var overlayMargin: Rect { overlay.inset(by: -1).intersection(body.inset(by: 1)) }
}

extension ScreenBuffer {
    /// Blanks the overlay box and the cell around it, before an overlay (help, a followed link,
    /// the visit form) draws into it.
    mutating func clearOverlay(_ layout: ScreenLayout, style: Style) {
        fill(layout.overlayMargin, style: style)
    }
}
