import Foundation
import SterkStore

/// Reads the `|`-separated values of `--bezoeker` and `--programma`.
///
/// One flag per person or programme item keeps the parts of one visitor together, which
/// separate `--naam`/`--rol` flags could not do once there are two visitors.
enum FieldParsing {
    /// A visitor, or a Dutch problem sentence.
    static func visitor(_ text: String, index: Int) -> Result<Visitor, FieldProblem> {
        let parts = split(text)
        guard (3...5).contains(parts.count) else {
            return .failure(FieldProblem(flag: "--bezoeker", text: DutchWerkbezoekInput.badVisitor(index, text)))
        }
        return .success(
            Visitor(
                name: parts[0], role: parts[1], organisation: parts[2],
                email: parts.count > 3 ? parts[3] : nil, phone: parts.count > 4 ? parts[4] : nil))
    }

    /// A programme item, or a Dutch problem sentence.
    static func programmeItem(_ text: String, index: Int) -> Result<ProgrammeItem, FieldProblem> {
        let parts = split(text)
        guard (3...4).contains(parts.count) else {
            return .failure(
                FieldProblem(flag: "--programma", text: DutchWerkbezoekInput.badProgrammeItem(index, text)))
        }
        return .success(
            ProgrammeItem(time: parts[0], place: parts[1], what: parts[2], who: parts.count > 3 ? parts[3] : ""))
    }

    /// A date and time, or a Dutch problem sentence naming the flag.
    static func slot(_ text: String?, flag: String) -> Result<TimeSlot?, FieldProblem> {
        guard let text else { return .success(nil) }
        do {
            return .success(try TimeSlot(parsing: text))
        } catch {
            return .failure(FieldProblem(flag: flag, text: "\(flag): \(error.message)"))
        }
    }

    private static func split(_ text: String) -> [String] {
        text.split(separator: "|", omittingEmptySubsequences: false)
            .map { String($0).trimmingCharacters(in: .whitespaces) }
    }
}

/// One problem with the command line, tied to the flag it concerns.
struct FieldProblem: Error, Equatable {
    /// The flag, e.g. `--gemeente`.
    var flag: String
    /// The Dutch sentence.
    var text: String
}
