import SterkModel

/// The Dutch words of the Vergelijk panel, the trend chart and the pilot, comparison,
/// "3 van de 20" and "Onze vraag" slides. Figures and data texts come from the model.
enum DutchComparison {
    static let tableCut = "tabel: een kolom weggelaten of een waarde afgekapt"
}

extension DutchPresentation {
    static var tableCut: String { DutchComparison.tableCut }
}
