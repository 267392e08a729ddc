import ArgumentParser

/// The `sterk werkbezoek` subcommands that write visits elsewhere or read them in: an agenda
/// item, an export, an import, a copy to another store, the store's tables.
extension DutchHelp {
    /// `sterk werkbezoek ics REF`.
    enum Ics {
        static let abstract =
            "Schrijf een agenda-afspraak (iCalendar, .ics) voor een bevestigd werkbezoek, of de annulering ervan."
        static let discussion =
            "Zonder --uitvoer gaat de afspraak naar standaarduitvoer: sterk werkbezoek ics WB-2026-001 > bezoek.ics. Voor een uitgesteld of geannuleerd bezoek komt er een annulering (zelfde UID, hoger SEQUENCE), zodat agenda's die het bezoek hebben het bijwerken."
    }

    /// `sterk werkbezoek export`.
    enum Export {
        static let abstract =
            "Schrijf alle werkbezoeken met hun geschiedenis als JSON (om te bewaren of over te zetten)."
    }

    /// `sterk werkbezoek import BESTAND`.
    enum Import {
        static let abstract =
            "Lees werkbezoeken uit een JSON-export; bestaande referenties worden overgeslagen en gemeld."
        static let input = ArgumentHelp("Het exportbestand (- voor standaardinvoer).", valueName: "BESTAND")
    }

    /// `sterk werkbezoek kopieer --naar URL|PAD`.
    enum Copy {
        static let abstract =
            "Kopieer alle werkbezoeken met hun geschiedenis naar een andere store (bestand of PostgreSQL-server)."
        static let discussion = """
            Referenties en geschiedenis blijven precies gelijk. Een referentie die de doelstore al heeft, \
            wordt overgeslagen en gemeld, nooit overschreven. Alles gaat in één transactie: bij een fout \
            verandert er in de doelstore niets.
            """
        static let target = ArgumentHelp(
            "De doelstore: een bestand of postgres://GEBRUIKER@HOST:POORT/DATABASE.", valueName: "PAD|URL")
    }

    /// `sterk werkbezoek schema`.
    enum Schema {
        static let abstract =
            "Maak de tabellen van de store aan of werk ze bij (beheerder; daarna volstaan lees- of schrijfrechten)."
    }
}
