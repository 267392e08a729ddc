/// One row's UTF-8 bytes, split at "|" and checked field by field (see `AreaRowText.split`).
struct RowBytes {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The start and end offsets of every field, in one pass.
    func fieldBounds() -> [Range<Int>] {
        var bounds: [Range<Int>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x7C {
            bounds.append(start..<index)
            start = index + 1
        }
        bounds.append(start..<bytes.count)
        return bounds
    }

    func field(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[range]) }

    func text(_ range: Range<Int>) -> String { String(decoding: field(range), as: UTF8.self) }

    func split(columnCount: Int) -> Result<AreaRowText.Row, AreaRowText.Problem> {
        typealias Problem = AreaRowText.Problem
        let fields = fieldBounds()
        let expected = 4 + columnCount
        guard fields.count == expected else {
            return .failure(
                Problem(
                    field: min(fields.count, expected),
                    message: DutchAreaRow.fieldCount(fields.count, expected: expected, values: columnCount)))
        }
        let code = text(fields[0])
        guard AreaRowText.isCode(bytes: field(fields[0])) else {
            return .failure(
                Problem(
                    field: 1,
                    message: DutchAreaRow.invalidCode(String(code.prefix(40)))))
        }
        guard let level = AreaLevel(rawValue: text(fields[1])) else {
            return .failure(
                Problem(field: 2, message: DutchAreaRow.unknownLevel(text(fields[1]))))
        }
        let municipality = text(fields[2])
        guard municipality.hasPrefix("GM"), AreaRowText.isCode(bytes: field(fields[2])) else {
            return .failure(Problem(field: 3, message: DutchAreaRow.invalidMunicipalityCode(municipality)))
        }
        var values: [Double?] = []
        values.reserveCapacity(columnCount)
        for (offset, range) in fields.dropFirst(4).enumerated() {
            if range.isEmpty { values.append(nil); continue }
            guard let number = AreaRowText.plainNumber(bytes: field(range)) else {
                return .failure(
                    Problem(field: 5 + offset, message: DutchAreaRow.notANumber(String(text(range).prefix(40)))))
            }
            values.append(number)
        }
        let area = CBSArea(code: code, level: level, municipalityCode: municipality, name: text(fields[3]))
        return .success(AreaRowText.Row(area: area, values: values))
    }
}
