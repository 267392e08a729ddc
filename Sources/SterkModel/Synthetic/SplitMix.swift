/// A tiny seeded random generator (SplitMix64): the same seed gives the same numbers on
/// every machine and every Swift version, which `SystemRandomNumberGenerator` does not.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in 0..<bound without `random(in:)`, whose algorithm may change between releases.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    /// One element of a non-empty list.
    mutating func pick<T>(_ list: [T]) -> T { list[below(list.count)] }
}
