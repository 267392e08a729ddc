/// The caution that goes with every trend a pilot comparison shows.
enum DutchPilotComparison {
    static let trendCaution = "Een trend is geen bewijs dat de pilot die heeft veroorzaakt."
}
