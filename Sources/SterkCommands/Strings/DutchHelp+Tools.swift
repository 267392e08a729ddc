import ArgumentParser

/// The hidden developer commands (`_demo`, `_genereer`, `_profiel`, `werkbezoek _vul`, `_stress`):
/// their help shows only with `--help-hidden`, but it is still Dutch a person reads.
extension DutchHelp {
    /// `sterk _demo`.
    enum Demo {
        static let abstract = "Testprogramma voor de terminal-laag (lijst, toetsen, muis, formaat)."
        static let tick = ArgumentHelp("Stuur elke MS milliseconden een tik.", valueName: "MS")
        static let crash = ArgumentHelp(
            "'!' laat het programma crashen (test van het terminalherstel).", visibility: .hidden)
    }

    /// `sterk _genereer`.
    enum SyntheticDataset {
        static let abstract = "Schrijf een synthetische dataset (voor metingen en tests)."
        static let count: ArgumentHelp = "Aantal focusgebieden."
        static let seed: ArgumentHelp = "Startgetal van de toevalsgenerator: hetzelfde getal geeft hetzelfde bestand."
        static let output = ArgumentHelp("Schrijf naar dit bestand in plaats van naar stdout.", valueName: "BESTAND")
    }

    /// `sterk _profiel`.
    enum Profile {
        static let abstract = "Voer rijbewegingen en een zoekopdracht uit zonder terminal (voor metingen)."
        static let steps: ArgumentHelp = "Aantal rijbewegingen (omlaag) in het Focusgebieden-paneel."
        static let search: ArgumentHelp = "Zoekopdracht die na de bewegingen letter voor letter getypt wordt."
    }

    /// `sterk werkbezoek _vul`.
    enum Fill {
        static let abstract = "Ontwikkelaars: vul een bestand met N verzonnen werkbezoeken."
        static let count: ArgumentHelp = "Aantal werkbezoeken."
        static let year: ArgumentHelp = "Jaar van de referenties."
    }

    /// `sterk werkbezoek _stress`.
    enum Stress {
        static let abstract = "Ontwikkelaars: N statuswijzigingen achter elkaar."
        static let reference: ArgumentHelp = "De referentie."
        static let count: ArgumentHelp = "Aantal statuswijzigingen."
    }
}
