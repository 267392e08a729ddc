/// Dutch-looking place names with diacritics, made from parts; deterministic given the generator.
enum SyntheticNames {
    static let prefixes = [
        "Oud", "Nieuw", "Hoog", "Laag", "Groot", "Klein", "Noord", "Zuid", "Oost", "West", "Ooster",
        "Wester", "Zuider", "Noorder", "Achter", "Voor", "Over", "Neder", "Boven", "Midden", "Binnen",
        "Buiten", "Ter", "Sint", "Ee", "Zee", "Berg", "Bosch", "Wijk", "Kerk",
    ]
    static let stems = [
        "veld", "wijk", "hoven", "dam", "dijk", "broek", "hout", "meer", "horst", "burg", "kamp", "loo",
        "rode", "hoek", "donk", "beek", "weide", "zand", "haven", "poort", "stein", "lanen", "kwartier",
        "park", "hof", "akker", "gaarde", "mond", "vliet", "waard",
    ]
    /// Words with the diacritics Dutch and Frisian names carry (trema, accents, circumflex).
    static let marked = [
        "Ëlsterveld", "Ïjsselmonde", "Súdwest", "Fryslân", "Hoëvelaken", "Reünie", "Geërfde Hoeve",
        "Crèche-Kamp", "Sint-Joëlbuurt", "Noordoëver", "Poëtenwijk", "Coöperatiebuurt", "Ideaalbuurt",
        "Skarsterlân", "Dongeradiel", "Heerenveen-Côte", "Ooievaarsnest", "Zuidoëver", "Waadhoeke",
        "Knoopërf", "Tjaarda-Ûle", "Bûtenpost",
    ]
    static let quarters = ["Noord", "Zuid", "Oost", "West", "Centrum", "Midden", "Buiten", "Haven", "Dorp", "Stad"]

    /// A municipality name: a compound, sometimes with a marked word.
    static func municipality(_ random: inout SplitMix) -> String {
        let base = random.pick(prefixes) + random.pick(stems)
        switch random.below(5) {
        case 0: return random.pick(marked)
        case 1: return base + "-" + random.pick(marked)
        default: return base
        }
    }

    /// A focus-area (wijk) name.
    static func area(_ random: inout SplitMix) -> String {
        switch random.below(6) {
        case 0: return random.pick(marked) + " " + random.pick(quarters)
        case 1: return random.pick(prefixes) + random.pick(stems) + "-" + random.pick(marked)
        case 2: return "De " + random.pick(prefixes) + random.pick(stems)
        default: return random.pick(prefixes) + random.pick(stems) + " " + random.pick(quarters)
        }
    }
}
