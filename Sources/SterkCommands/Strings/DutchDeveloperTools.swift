// What the hidden developer commands print (`_genereer`, `_profiel`, `werkbezoek _vul`), in
// one file for review. Their help is in DutchHelp+Tools.swift.

/// The refusals and result lines of the developer commands.
enum DutchDeveloperTools {
    /// `_vul`'s invented visitors: first and last names (with diacritics and particles).
    static let fillFirstNames = [
        "Fatima", "Jan", "Ömer", "Anouk", "Sjoerd", "Eléonore", "Piet", "Noor", "Çağla", "Bram",
    ]
    static let fillLastNames = [
        "el Amraní", "de Vries", "Yılmaz", "Bakker", "Jansen", "van der Berg", "Visser", "Smit", "Hoekstra", "Brouwer",
    ]

    static let negativeCount = "--aantal mag niet negatief zijn"

    /// `_profiel`'s one line: the times of the first frame, the moves and the search, and a
    /// checksum so the work cannot be optimised away.
    static func profile(
        firstFrame: Duration, steps: Int, moves: Duration, search: Duration, checksum: Int
    ) -> String {
        "eerste beeld \(firstFrame), \(steps) bewegingen \(moves), zoeken \(search) (\(checksum))"
    }

    static func filled(_ count: Int) -> String { "\(count) werkbezoeken toegevoegd." }
}
