import Foundation

/// A comma-separated file (RFC 4180: quoted fields, "" inside quotes, CRLF or LF line ends,
/// optional UTF-8 byte-order mark), read in one linear pass.
public struct CSVFile: Sendable {
    /// The first row.
    public let header: [String]
    /// The other rows, each with its 1-based line number in the file.
    public let rows: [(line: Int, fields: [String])]
    public let name: String

    /// Parses bytes; every row must have as many fields as the header.
    public init(bytes: [UInt8], name: String) throws(ImportError) {
        self.name = name
        guard String(bytes: bytes, encoding: .utf8) != nil else {
            throw ImportError(file: name, line: Self.firstInvalidLine(bytes), message: DutchCSV.notUTF8)
        }
        var records = try Self.records(bytes, name: name)
        guard !records.isEmpty else { throw ImportError(file: name, message: DutchCSV.empty) }
        let head = records.removeFirst()
        header = head.fields
        for (index, column) in header.enumerated() where header[..<index].contains(column) {
            throw ImportError(file: name, line: head.line, field: column, message: DutchCSV.duplicateColumn)
        }
        for record in records where record.fields.count != header.count {
            throw ImportError(
                file: name, line: record.line,
                message: DutchCSV.fieldCount(record.fields.count, expected: header.count))
        }
        rows = records
    }

    /// The position of a column, or an error naming it.
    public func column(_ key: String) throws(ImportError) -> Int {
        guard let index = header.firstIndex(of: key) else {
            throw ImportError(file: name, line: 1, field: key, message: DutchCSV.columnMissing)
        }
        return index
    }

    private static func records(_ bytes: [UInt8], name: String) throws(ImportError) -> [(line: Int, fields: [String])] {
        var result: [(line: Int, fields: [String])] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var fields: [String] = []
        var field: [UInt8] = []
        var recordLine = 1
        var quoted = false, wasQuoted = false
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == 0x22 {
                    if index < bytes.count, bytes[index] == 0x22 {
                        field.append(0x22); index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 0x22:
                guard field.isEmpty, !wasQuoted else {
                    throw ImportError(file: name, line: line, message: DutchCSV.quoteInField(fields.count + 1))
                }
                quoted = true
                wasQuoted = true
            case 0x2C: endField()
            case 0x0D where index < bytes.count && bytes[index] == 0x0A: continue
            case 0x0A, 0x0D:
                endField()
                if !(fields.count == 1 && fields[0].isEmpty) { result.append((recordLine, fields)) }
                fields.removeAll(keepingCapacity: true)
                line += 1
                recordLine = line
            default:
                if wasQuoted {
                    throw ImportError(file: name, line: line, message: DutchCSV.textAfterQuote(fields.count + 1))
                }
                field.append(byte)
            }
        }
        if quoted { throw ImportError(file: name, line: recordLine, message: DutchCSV.unclosedQuote) }
        if !field.isEmpty || !fields.isEmpty || wasQuoted {
            endField()
            result.append((recordLine, fields))
        }
        return result
    }

    private static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1, start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if String(bytes: bytes[start..<index], encoding: .utf8) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
