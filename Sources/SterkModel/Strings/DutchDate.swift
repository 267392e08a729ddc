/// The month names of a Dutch date ("september 2023"), January first.
enum DutchDate {
    static let monthNames = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december",
    ]
}
