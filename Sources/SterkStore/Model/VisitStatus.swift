import Foundation

/// Where a werkbezoek stands; the raw values are the Dutch words stored and shown everywhere.
public enum VisitStatus: String, CaseIterable, Codable, Sendable, CustomStringConvertible {
    case aangevraagd = "aangevraagd"
    case inVoorbereiding = "in voorbereiding"
    case bevestigd = "bevestigd"
    case afgerond = "afgerond"
    case uitgesteld = "uitgesteld"
    case geannuleerd = "geannuleerd"

    /// The statuses this one may move to; empty for a final status.
    public var allowedNext: [VisitStatus] {
        switch self {
        case .aangevraagd: [.inVoorbereiding, .uitgesteld, .geannuleerd]
        case .inVoorbereiding: [.bevestigd, .uitgesteld, .geannuleerd]
        case .bevestigd: [.afgerond, .uitgesteld, .geannuleerd]
        // A postponed visit is picked up again in preparation (its date must be re-agreed).
        case .uitgesteld: [.inVoorbereiding, .geannuleerd]
        case .afgerond, .geannuleerd: []
        }
    }

    /// True when the status needs a reason (postponing and cancelling must say why).
    public var needsReason: Bool { self == .uitgesteld || self == .geannuleerd }

    /// True when nothing can follow.
    public var isFinal: Bool { allowedNext.isEmpty }

    /// The Dutch word, as shown to users.
    public var description: String { rawValue }

    /// Parses what a user types: any case, and `in-voorbereiding`, `in_voorbereiding` or `voorbereiding`.
    public init(userText: String) throws(StoreError) {
        let key = userText.lowercased()
            .replacingOccurrences(of: "-", with: " ")
            .replacingOccurrences(of: "_", with: " ")
            .trimmingCharacters(in: .whitespaces)
        if let status = VisitStatus(rawValue: key) {
            self = status
        } else if key == "voorbereiding" {
            self = .inVoorbereiding
        } else {
            throw StoreError.unknownStatus(userText)
        }
    }
}
