import SterkModel

/// One full-screen slide, built once from the dataset; it renders at any size.
///
/// A slide is data: a kicker line, a title (drawn in the block font when it fits), blocks
/// laid out top to bottom, and the ids of every source its figures come from.
public struct Slide: Sendable {
    /// Short stable name, used for exported file names ("03-geld").
    public let id: String
    /// The small line above the title ("Het probleem").
    public internal(set) var kicker: String
    /// The title; drawn big when the block font has room, else as a bold line.
    public internal(set) var title: String
    /// How the title is drawn.
    let titleStyle: TitleStyle
    var blocks: [SlideBlock]
    /// Source ids of every figure and statement on the slide, in order of first use.
    public let sources: [String]
    /// The sources as short names for the footer line: "CBS 2026; Gemeente.nu 2022".
    public let sourceText: String

    enum TitleStyle: Sendable { case big, compact }

    init(
        id: String, kicker: String, title: String, titleStyle: TitleStyle = .big, blocks: [SlideBlock],
        sources: [String], dataset: Dataset
    ) {
        self.id = id
        self.kicker = kicker
        self.title = title
        self.titleStyle = titleStyle
        self.blocks = blocks
        var seen = Set<String>()
        self.sources = sources.filter { seen.insert($0).inserted }
        var labels = Set<String>()
        sourceText = self.sources.map { SourceLabel.short($0, in: dataset) }.filter { labels.insert($0).inserted }
            .joined(separator: "; ")
    }
}

/// One element of a slide's body.
enum SlideBlock: Sendable {
    /// Wrapped text; `maxLines` shortens long data text on purpose (with "…").
    case text([Span], maxLines: Int?)
    /// A heading line.
    case heading(String)
    /// Big block-font figures side by side, each with a caption under it.
    case figures([BigFigure])
    /// A horizontal bar chart, optionally under a heading.
    case chart(title: String?, HorizontalBarChart<ThemeRole>)
    /// The map of the Netherlands; takes every row left.
    case map
    /// A trend chart; it needs `TrendChart` rows for a small plot and grows into the rows left.
    case trend(TrendChart<ThemeRole>)
    /// A small table of figures with a header row.
    case table(FigureTable<ThemeRole>)
    /// Blocks in side-by-side columns (stacked when the screen is narrow).
    case columns([[SlideBlock]])
}

/// A big number or short word with its caption, e.g. "1/20" over "volgens de ledenlijst".
struct BigFigure: Sendable {
    var value: String
    var caption: [Span]
    var role: ThemeRole = .slideTitle
}

extension SlideBlock {
    /// A plain text block without a line limit.
    static func text(_ text: String, _ role: ThemeRole = .text) -> SlideBlock {
        .text([Span(text, role)], maxLines: nil)
    }
}

/// A source as a reader recognises it: publisher and year ("NRC 2022").
enum SourceLabel {
    static func short(_ id: String, in dataset: Dataset) -> String {
        guard let source = dataset.source(id) else { return id }
        let name = source.publisher ?? source.title.split(separator: " — ").first.map(String.init) ?? source.title
        return source.date.map { "\(name) \($0.year)" } ?? name
    }
}
