/// Numbers in error messages: "-5" rather than "-5.0".
enum NumberText {
    static func plain(_ value: Double) -> String {
        Int(exactly: value).map { String($0) } ?? String(value)
    }
}
