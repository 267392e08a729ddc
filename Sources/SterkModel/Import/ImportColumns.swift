/// Which source columns the importer takes, under which key, label (worded in `DutchColumn`) and unit.
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
        .init("inwoners", "inwoners", DutchColumn.inhabitants, .persons, additive: true),
        .init("mannen", "mannen", DutchColumn.men, .persons, additive: true),
        .init("vrouwen", "vrouwen", DutchColumn.women, .persons, additive: true),
        .init("woningvoorraad", "woningvoorraad", DutchColumn.housingStock, .homes, additive: true),
        .init(
            "bevolkingsdichtheid_per_km2", "bevolkingsdichtheid_per_km2", DutchColumn.density,
            .count),
        .init("oppervlakte_totaal_ha", "oppervlakte_totaal_ha", DutchColumn.areaTotal, .hectare, additive: true),
        .init("oppervlakte_land_ha", "oppervlakte_land_ha", DutchColumn.areaLand, .hectare, additive: true),
        .init("oppervlakte_water_ha", "oppervlakte_water_ha", DutchColumn.areaWater, .hectare, additive: true),
    ]

    /// The columns taken from a file in CBS's yearly KWB scheme (`kwb-YYYY.csv`).
    public static let kwb: [ImportColumn] = [
        .init("a_inw", "inwoners", DutchColumn.inhabitants, .persons, additive: true),
        .init("a_man", "mannen", DutchColumn.men, .persons, additive: true),
        .init("a_vrouw", "vrouwen", DutchColumn.women, .persons, additive: true),
        .init("a_00_14", "a_00_14", DutchColumn.aged0to14, .persons, additive: true),
        .init("a_65_oo", "a_65_oo", DutchColumn.aged65plus, .persons, additive: true),
        .init("a_hh", "a_hh", DutchColumn.households, .count, additive: true),
        .init("a_1p_hh", "a_1p_hh", DutchColumn.singlePersonHouseholds, .count, additive: true),
        .init("g_hhgro", "g_hhgro", DutchColumn.householdSize, .count),
        .init("a_woning", "woningvoorraad", DutchColumn.housingStock, .homes, additive: true),
        .init("g_wozbag", "g_wozbag", DutchColumn.averageWOZ, .euro, scale: 1000),
        .init("p_koopw", "p_koopw", DutchColumn.ownerOccupied, .percent),
        .init("p_huurw", "p_huurw", DutchColumn.rented, .percent),
        .init("p_wcorpw", "p_wcorpw", DutchColumn.socialRented, .percent),
        .init("g_ink_pi", "g_ink_pi", DutchColumn.incomePerInhabitant, .euro, scale: 1000),
        .init("p_hh_li", "p_hh_li", DutchColumn.lowIncomeHouseholds, .percent),
        .init("a_soz_wb", "a_soz_wb", DutchColumn.socialAssistance, .count, additive: true),
        .init("a_soz_ww", "a_soz_ww", DutchColumn.unemploymentBenefit, .count, additive: true),
        .init("a_soz_ao", "a_soz_ao", DutchColumn.disabilityBenefit, .count, additive: true),
        .init("bev_dich", "bevolkingsdichtheid_per_km2", DutchColumn.density, .count),
        .init("a_opp_ha", "oppervlakte_totaal_ha", DutchColumn.areaTotal, .hectare, additive: true),
        .init("a_lan_ha", "oppervlakte_land_ha", DutchColumn.areaLand, .hectare, additive: true),
        .init("a_wat_ha", "oppervlakte_water_ha", DutchColumn.areaWater, .hectare, additive: true),
    ]
}
