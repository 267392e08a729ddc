import Testing
@testable import SterkTerminal

@Suite("256 → 16/8 colour downsampling")
struct ColorDownsamplerTests {
    /// Every grey of the palette: the ramp, the cube's diagonal and the system greys.
    private static let greys: [UInt8] = Array(232...255) + [16, 59, 102, 145, 188, 231, 0, 7, 8, 15]

    @Test(arguments: [8, 16])
    func greysNeverBecomeAHue(colors: Int) {
        let allowed: Set<Int32> = [0, 7, 8, 15]
        for grey in Self.greys {
            for role in [ColorDownsampler.Role.foreground, .background] {
                let mapped = ColorDownsampler.index(grey, colors: colors, role: role)
                #expect(allowed.contains(mapped), "grey \(grey) → \(mapped) with \(colors) colours")
            }
        }
    }

    @Test func midGreyTextStaysReadableOnEightColours() {
        #expect(ColorDownsampler.index(244, colors: 8, role: .foreground) == 7)
        #expect(ColorDownsampler.index(235, colors: 8, role: .background) == 0)
        #expect(ColorDownsampler.index(255, colors: 8, role: .background) == 7)
    }

    @Test func huesKeepTheirFamily() {
        #expect(ColorDownsampler.index(196, colors: 8, role: .foreground) == 1)  // red
        #expect(ColorDownsampler.index(196, colors: 16, role: .foreground) == 9)  // bright red
        #expect(ColorDownsampler.index(214, colors: 8, role: .foreground) == 3)  // orange → yellow
        #expect(ColorDownsampler.index(25, colors: 8, role: .foreground) == 4)  // blue
        #expect(ColorDownsampler.index(30, colors: 8, role: .foreground) == 6)  // teal → cyan
        #expect(ColorDownsampler.index(28, colors: 8, role: .foreground) == 2)  // green
    }

    @Test func palettesThatFitPassThrough() {
        #expect(ColorDownsampler.index(214, colors: 256, role: .foreground) == 214)
        #expect(ColorDownsampler.index(12, colors: 16, role: .foreground) == 12)
        #expect(ColorDownsampler.index(4, colors: 8, role: .foreground) == 4)
        #expect(ColorDownsampler.index(12, colors: 8, role: .foreground) == 4)  // bright blue → blue
    }

    @Test func paletteSizeBuckets() {
        #expect(ColorPairs.paletteSize(0) == 0)
        #expect(ColorPairs.paletteSize(8) == 8)
        #expect(ColorPairs.paletteSize(88) == 16)
        #expect(ColorPairs.paletteSize(256) == 256)
        #expect(ColorPairs.paletteSize(16_777_216) == 256)
    }
}
