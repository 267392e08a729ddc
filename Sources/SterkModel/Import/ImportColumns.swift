/// Which source columns the importer takes, under which key, label and unit.
///
/// Keys are shared between formats (`inwoners` is `a_inw` in CBS's KWB scheme), so next
/// year's full KWB file can replace the 2024 compact table as the one the Wijken view lists.
public struct ImportColumn: Sendable {
    /// The column's name in the source file.
    public let source: String
    public let spec: AreaColumn

    init(
        _ source: String, _ key: String, _ label: String, _ unit: FigureUnit, scale: Double = 1, additive: Bool = false
    ) {
        self.source = source
        spec = AreaColumn(key: key, label: label, unit: unit, scale: scale, additive: additive)
    }

    /// The columns of the compact 2024 file (`cbs-kwb-2024-gemeenten-wijken.csv`).
    public static let compact: [ImportColumn] = [
        .init("inwoners", "inwoners", "Inwoners", .persons, additive: true),
        .init("mannen", "mannen", "Mannen", .persons, additive: true),
        .init("vrouwen", "vrouwen", "Vrouwen", .persons, additive: true),
        .init("woningvoorraad", "woningvoorraad", "Woningvoorraad", .homes, additive: true),
        .init(
            "bevolkingsdichtheid_per_km2", "bevolkingsdichtheid_per_km2", "Bevolkingsdichtheid (inwoners per km²)",
            .count),
        .init("oppervlakte_totaal_ha", "oppervlakte_totaal_ha", "Oppervlakte totaal", .hectare, additive: true),
        .init("oppervlakte_land_ha", "oppervlakte_land_ha", "Oppervlakte land", .hectare, additive: true),
        .init("oppervlakte_water_ha", "oppervlakte_water_ha", "Oppervlakte water", .hectare, additive: true),
    ]

    /// The columns taken from a file in CBS's yearly KWB scheme (`kwb-YYYY.csv`).
    public static let kwb: [ImportColumn] = [
        .init("a_inw", "inwoners", "Inwoners", .persons, additive: true),
        .init("a_man", "mannen", "Mannen", .persons, additive: true),
        .init("a_vrouw", "vrouwen", "Vrouwen", .persons, additive: true),
        .init("a_00_14", "a_00_14", "Inwoners van 0 tot 15 jaar", .persons, additive: true),
        .init("a_65_oo", "a_65_oo", "Inwoners van 65 jaar of ouder", .persons, additive: true),
        .init("a_hh", "a_hh", "Huishoudens", .count, additive: true),
        .init("a_1p_hh", "a_1p_hh", "Eenpersoonshuishoudens", .count, additive: true),
        .init("g_hhgro", "g_hhgro", "Gemiddelde huishoudensgrootte", .count),
        .init("a_woning", "woningvoorraad", "Woningvoorraad", .homes, additive: true),
        .init("g_wozbag", "g_wozbag", "Gemiddelde WOZ-waarde van woningen", .euro, scale: 1000),
        .init("p_koopw", "p_koopw", "Koopwoningen", .percent),
        .init("p_huurw", "p_huurw", "Huurwoningen", .percent),
        .init("p_wcorpw", "p_wcorpw", "Huurwoningen van een woningcorporatie", .percent),
        .init("g_ink_pi", "g_ink_pi", "Gemiddeld inkomen per inwoner", .euro, scale: 1000),
        .init("p_hh_li", "p_hh_li", "Huishoudens met een laag inkomen", .percent),
        .init("a_soz_wb", "a_soz_wb", "Personen met een bijstandsuitkering", .count, additive: true),
        .init("a_soz_ww", "a_soz_ww", "Personen met een WW-uitkering", .count, additive: true),
        .init("a_soz_ao", "a_soz_ao", "Personen met een arbeidsongeschiktheidsuitkering", .count, additive: true),
        .init("bev_dich", "bevolkingsdichtheid_per_km2", "Bevolkingsdichtheid (inwoners per km²)", .count),
        .init("a_opp_ha", "oppervlakte_totaal_ha", "Oppervlakte totaal", .hectare, additive: true),
        .init("a_lan_ha", "oppervlakte_land_ha", "Oppervlakte land", .hectare, additive: true),
        .init("a_wat_ha", "oppervlakte_water_ha", "Oppervlakte water", .hectare, additive: true),
    ]
}
