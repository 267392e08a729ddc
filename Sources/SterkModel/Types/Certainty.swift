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
    /// The M50's own position (its ask, its arguments, its invitation) as its position
    /// paper states it: a standpoint, not a fact to prove. Last, so stored indices keep.
    case standpoint

    /// Dutch label for screens and output.
    public var label: String { DutchCertainty.label(self) }
}
