import ArgumentParser

/// The commands that show or check the dataset.
extension DutchHelp {
    /// `sterk lijst SOORT`.
    enum List {
        static let abstract = "Toon een lijst: focusgebieden, gemeenten, wijken of bronnen."
        static let discussion =
            "Voorbeelden:\n  sterk lijst focusgebieden\n  sterk lijst gemeenten --alle --csv\n  sterk lijst wijken --alle --csv\n  sterk lijst bronnen --json"
        static let kind = ArgumentHelp("focusgebieden, gemeenten, wijken of bronnen.", valueName: "SOORT")
        static let all: ArgumentHelp =
            "Met gemeenten: alle 342 gemeenten, niet alleen de M50-leden. Met wijken: ook alle CBS-wijken."
    }

    /// `sterk toon NAAM`.
    enum Show {
        static let abstract = "Toon één focusgebied, gemeente of wijk volledig, met bronnen."
        static let discussion =
            "Hoofdletters en accenten tellen niet mee: 'súdwest' vindt Súdwest-Fryslân. Een CBS-wijk vindt u op naam of code (WK034403).\nVoorbeelden:\n  sterk toon vollenhove\n  sterk toon \"den haag zuidwest\"\n  sterk toon GM0355 --json"
        static let name = ArgumentHelp("Naam, id of CBS-code (meerdere woorden mogen).", valueName: "NAAM")
    }

    /// `sterk cijfers`.
    enum Figures {
        static let abstract = "De kerncijfers van de paper, waar mogelijk berekend uit de dataset."
        static let discussion =
            "Een berekend getal staat naast de claim van de paper; geen van beide wordt stilzwijgend 'verbeterd'."
    }

    /// `sterk valideer BESTAND`.
    enum Validate {
        static let abstract = "Controleer een datasetbestand en meld elk probleem."
        static let discussion =
            "Elk probleem staat op een eigen regel: bestand:regel:kolom: veldpad: wat er mis is.\nExitcode 0 = geldig, 1 = problemen gevonden."
        static let file = ArgumentHelp("Het te controleren bestand.", valueName: "BESTAND")
        static let all: ArgumentHelp = "Toon alle problemen (anders de eerste 1000 en het aantal van de rest)."
    }

    /// `sterk dataset` and `sterk dataset genereer`.
    enum DatasetGenerate {
        static let groupAbstract = "Bouw de meegeleverde dataset opnieuw uit de bronbestanden."
        static let abstract = "Lees data/import.json en de bestanden die het noemt; schrijf dataset.json."
        static let discussion = """
            Leest de CBS-bestanden, de Leefbaarometer en het handmatige deel (curated.json) en schrijft \
            de dataset. Dezelfde bestanden geven altijd dezelfde bytes. Een fout noemt bestand, regel en kolom; \
            dan wordt er niets geschreven. Volgend jaar: zet het nieuwe KWB-bestand van CBS in data/cbs/, \
            voeg het toe aan data/import.json (zie data/README.md) en draai deze opdracht.
            """
        static let folder = ArgumentHelp("Map met import.json en de bronbestanden.", valueName: "MAP")
        static let output = ArgumentHelp("Schrijf hierheen.", valueName: "BESTAND")
        static let check: ArgumentHelp =
            "Schrijf niets; meld alleen of het bestand al precies zo is (exitcode 1 als niet)."
    }
}
