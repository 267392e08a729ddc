/// How sure the fact base is of a fact; shown beside every figure and statement.
public enum Certainty: String, Sendable, CaseIterable, Codable {
    /// Stated in the cited source.
    case proven
    /// The fact base's reasoning from cited facts.
    case inference
    /// Sources disagree; the note gives both versions.
    case conflict
    /// A claim that is only the position paper's.
    case paper
    /// Looked for and not found: shown as "onbekend".
    case gap

    /// Dutch label for screens and output.
    public var label: String {
        switch self {
        case .proven: return "bewezen"
        case .inference: return "afleiding"
        case .conflict: return "tegenstrijdig"
        case .paper: return "claim van de paper"
        case .gap: return "onbekend"
        }
    }
}
