/// A generator of valid datasets of any size in the product's own schema, for benchmarks and
/// tests: N focus areas spread over up to 342 municipalities in the 12 provinces, with an M50
/// list, a few pilot wijken and the required paper, NPLV and contact parts.
///
/// Deterministic: the same count and seed give byte-identical output.
public enum SyntheticDataset {
    /// The 12 provinces with their CBS codes.
    static let provinces = [
        ("PV20", "Groningen"), ("PV21", "Fryslân"), ("PV22", "Drenthe"), ("PV23", "Overijssel"),
        ("PV24", "Flevoland"), ("PV25", "Gelderland"), ("PV26", "Utrecht"), ("PV27", "Noord-Holland"),
        ("PV28", "Zuid-Holland"), ("PV29", "Zeeland"), ("PV30", "Noord-Brabant"), ("PV31", "Limburg"),
    ]

    /// How many municipalities a dataset of `count` focus areas gets.
    public static func municipalityCount(for count: Int) -> Int { min(342, max(12, count / 20)) }

    /// The whole file in memory (small counts, tests).
    public static func generate(count: Int, seed: UInt64) -> [UInt8] {
        var result: [UInt8] = []
        write(count: count, seed: seed) { result.append(contentsOf: $0) }
        return result
    }

    /// Writes the file in chunks of about a megabyte to `sink`.
    public static func write(count: Int, seed: UInt64, to sink: ([UInt8]) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var writer = SyntheticWriter(count: max(0, count), seed: seed, sink: sink)
            writer.run()
        }
    }
}

/// Writes one synthetic dataset as JSON text.
struct SyntheticWriter {
    let count: Int
    var random: SplitMix
    let sink: ([UInt8]) -> Void
    var buffer: [UInt8] = []
    var municipalities: [(code: String, name: String, province: String)] = []

    init(count: Int, seed: UInt64, sink: @escaping ([UInt8]) -> Void) {
        self.count = count
        random = SplitMix(seed: seed)
        self.sink = sink
    }

    mutating func emit(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        if !buffer.isEmpty { sink(buffer) }
        buffer.removeAll(keepingCapacity: true)
    }

    static func quoted(_ text: String) -> String { "\"" + text + "\"" }

    /// A number with `decimals` decimals, formatted by integer arithmetic (no locale, no rounding drift).
    static func fixed(_ scaled: Int, decimals: Int) -> String {
        guard decimals > 0 else { return String(scaled) }
        var divisor = 1
        for _ in 0..<decimals { divisor *= 10 }
        let fraction = String(scaled % divisor)
        return String(scaled / divisor) + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    mutating func run() {
        let municipalityCount = SyntheticDataset.municipalityCount(for: count)
        for index in 0..<municipalityCount {
            let code = "GM" + Self.fixed(index + 1, decimals: 0).leftPadded(to: 4)
            municipalities.append(
                (code, SyntheticNames.municipality(&random), SyntheticDataset.provinces[index % 12].0))
        }
        let firstArea = count > 0 ? areaID(0, name: "x") : nil
        emit(SyntheticParts.head(count: count, firstArea: firstArea))
        emit(",\n  \"provinces\": [\n")
        emit(
            SyntheticDataset.provinces.map { "    { \"code\": \"\($0.0)\", \"name\": \"\($0.1)\" }" }.joined(
                separator: ",\n"))
        emit("\n  ],\n  \"municipalities\": [\n")
        for (index, municipality) in municipalities.enumerated() {
            emitMunicipality(municipality, last: index == municipalities.count - 1)
        }
        emit("  ],\n")
        emit(SyntheticParts.m50(members: municipalities.indices.filter { $0 % 7 == 3 }.map { municipalities[$0] }))
        emit(",\n  \"focusAreas\": [\n")
        for row in 0..<count { emitArea(row) }
        emit("  ],\n")
        emit(SyntheticParts.tail(municipalities: municipalities.map(\.code)))
        flush()
    }

    /// The first area's id must be known before the areas are written (the paper names it);
    /// ids therefore depend only on the row number, not on the random stream.
    func areaID(_ row: Int, name: String) -> String { "fg-" + String(row + 1).leftPadded(to: 7) }

    mutating func emitMunicipality(_ municipality: (code: String, name: String, province: String), last: Bool) {
        let inhabitants = 20_000 + random.below(180_000)
        let lat = 50_800 + random.below(2_700), lon = 3_400 + random.below(3_800)
        emit(
            "    { \"code\": \"\(municipality.code)\", \"name\": \(Self.quoted(municipality.name)), \"province\": \"\(municipality.province)\", "
                + "\"inhabitants\": { \"label\": \"\(DutchSynthetic.inhabitants)\", \"value\": \(inhabitants), \"unit\": \"persons\", \"asOf\": \"2025-01-01\", "
                + "\"sources\": [\"cbs-kerncijfers\"] }, \"location\": { \"lat\": \(Self.fixed(lat, decimals: 3)), "
                + "\"lon\": \(Self.fixed(lon, decimals: 3)) } }" + (last ? "\n" : ",\n"))
    }

    mutating func emitArea(_ row: Int) {
        let name = SyntheticNames.area(&random)
        let municipality = municipalities[random.below(municipalities.count)].code
        let inhabitants = 500 + random.below(40_000)
        let lat = 50_800 + random.below(2_700), lon = 3_400 + random.below(3_800)
        let gap = random.below(20) == 0
        let welfare =
            gap
            ? "\"value\": null, \"unit\": \"percent\", \"certainty\": \"gap\""
            : "\"value\": \(Self.fixed(random.below(400), decimals: 1)), \"unit\": \"percent\", \"asOf\": \"2024\", \"sources\": [\"cbs-kerncijfers\"]"
        let former = random.below(10) == 0 ? Self.quoted(name.replacingSpaces(with: "-")) : "null"
        let cohort = random.below(5) == 0 ? "added-2022" : "original"
        emit(
            "    { \"id\": \"\(areaID(row, name: name))\", \"name\": \(Self.quoted(name)), \"name2022\": \(former), "
                + "\"municipality\": \"\(municipality)\", \"cohort\": \"\(cohort)\", "
                + "\"inhabitants\": { \"label\": \"\(DutchSynthetic.inhabitants)\", \"value\": \(inhabitants), \"unit\": \"persons\", \"approx\": true, "
                + "\"asOf\": \"2025-01-01\", \"sources\": [\"cbs-kerncijfers\"] }, "
                + "\"lowWelfareShare\": { \"label\": \"\(DutchSynthetic.lowWelfare)\", \(welfare) }, "
                + "\"location\": { \"lat\": \(Self.fixed(lat, decimals: 3)), \"lon\": \(Self.fixed(lon, decimals: 3)) } }"
                + (row == count - 1 ? "\n" : ",\n"))
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }

    func replacingSpaces(with replacement: String) -> String {
        split(separator: " ", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
