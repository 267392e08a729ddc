/// The Dutch label of each certainty, shown beside every figure and statement.
enum DutchCertainty {
    static func label(_ certainty: Certainty) -> String {
        switch certainty {
        case .proven: "bewezen"
        case .inference: "afleiding"
        case .conflict: "tegenstrijdig"
        case .paper: "claim van de paper"
        case .gap: DutchFormat.unknown
        case .standpoint: "standpunt van de M50"
        }
    }
}
