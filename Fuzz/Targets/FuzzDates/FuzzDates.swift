import Foundation
import SterkModel
import SterkStore

/// Date and time parsers: any text gives a value or nil/an error, never a trap; and what
/// parses prints in the form it was read from and parses again to the same value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let date = PartialDate(iso: text) {
        guard PartialDate(iso: date.description) == date else {
            fatalError("PartialDate \(date) leest zichzelf niet terug")
        }
    }
    if let slot = try? TimeSlot(parsing: text) {
        _ = slot.dutchText
        guard let again = try? TimeSlot(parsing: slot.isoText), again == slot else {
            fatalError("TimeSlot \(slot.isoText) leest zichzelf niet terug")
        }
    }
    if let reference = VisitReference(text) {
        guard VisitReference(reference.description) == reference else {
            fatalError("referentie \(reference) leest zichzelf niet terug")
        }
    }
    return 0
}
