import SterkModel

/// Dataset parser and decoder: any bytes give a dataset or a list of problems, never a trap,
/// and every problem can be printed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataset(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let dataset = try DatasetLoader.decode(bytes: bytes, fileName: "fuzz.json")
        _ = dataset.focusAreas.map(\.name)   // the compact store decodes every row it kept
    } catch {
        _ = error.description
    }
    return 0
}
