import ArgumentParser

/// `sterk werkbezoek` and the subcommands that record and follow one visit.
extension DutchHelp {
    /// `sterk werkbezoek`, and the options every subcommand shares.
    enum Visit {
        static let abstract = "Werkbezoeken vastleggen en volgen."
        static let discussion = """
            De werkbezoeken staan in een SQLite-bestand, standaard \
            $XDG_DATA_HOME/sterk/werkbezoeken.sqlite (zonder XDG_DATA_HOME: \
            ~/.local/share/sterk/werkbezoeken.sqlite); kies een ander bestand met --store. \
            Een team deelt ze op een PostgreSQL-server: --store postgres://GEBRUIKER@HOST:POORT/DATABASE \
            of eenmalig STERK_STORE in de omgeving. \
            Elke wijziging komt in de geschiedenis, met wie (de gebruiker, of --door) en wanneer.

            Statussen: aangevraagd → in voorbereiding → bevestigd → afgerond, \
            en uitgesteld of geannuleerd (altijd met --reden).
            """
        /// `--store PAD|URL`.
        static let store = ArgumentHelp(
            "Het werkbezoekenbestand, of een gedeelde PostgreSQL-server: postgres://GEBRUIKER@HOST:POORT/DATABASE (standaard $STERK_STORE, anders $XDG_DATA_HOME/sterk/werkbezoeken.sqlite). Wachtwoord via PGPASSWORD of ~/.pgpass, nooit in de URL.",
            valueName: "PAD|URL")
        /// `--door NAAM`.
        static let actor = ArgumentHelp("Wie de wijziging doet (standaard de ingelogde gebruiker).", valueName: "NAAM")
        /// The reference or name argument of `geschiedenis` and `ics`.
        static let referenceOrName = ArgumentHelp(
            "De referentie (WB-2026-001) of de naam van een bezoeker.", valueName: "REF-of-NAAM")
        /// `-o`/`--uitvoer` of `ics` and `export`.
        static let output = ArgumentHelp("Schrijf naar dit bestand.", valueName: "BESTAND")
    }

    /// `sterk werkbezoek nieuw`.
    enum NewVisit {
        static let abstract = "Leg een nieuw werkbezoek vast (status: aangevraagd)."
        static let discussion = """
            Voorbeeld:
              sterk werkbezoek nieuw \\
                --bezoeker "Fatima el Amraní|Tweede Kamerlid|CDA|f.elamrani@tk.nl" \\
                --gemeente Zeist --wijk Vollenhove --voorgesteld "2027-03-12 10:00-14:00" \\
                --programma "10:00|Wijkcentrum De Boog|Ontvangst|wethouder" \\
                --contact "Jan de Vries" --contact-email j.devries@zeist.nl
            """
        static let visitor = ArgumentHelp("Een bezoeker (herhaalbaar).", valueName: DutchWerkbezoekInput.visitorFormat)
        static let municipality = ArgumentHelp("Gastgemeente: naam of CBS-code.", valueName: "GEMEENTE")
        static let wijk = ArgumentHelp("Bezochte wijk uit de dataset (herhaalbaar).", valueName: "WIJK")
        static let proposed = ArgumentHelp(
            "Voorgestelde datum en tijd (Nederlandse tijd), bv. \"12-03-2027 10:00-14:00\" (ook 2027-03-12 …).",
            valueName: "DATUM")
        static let confirmed = ArgumentHelp("Bevestigde datum en tijd, als die al vaststaat.", valueName: "DATUM")
        static let programme = ArgumentHelp(
            "Programmaonderdeel (herhaalbaar, in volgorde).", valueName: DutchWerkbezoekInput.programmeFormat)
        static let contact = ArgumentHelp("M50-contactpersoon die het bezoek ontvangt.", valueName: "NAAM")
        static let contactEmail = ArgumentHelp("E-mail van de contactpersoon.", valueName: "E-MAIL")
        static let contactPhone = ArgumentHelp("Telefoon van de contactpersoon.", valueName: "NUMMER")
        static let notes = ArgumentHelp("Vrije notities.", valueName: "TEKST")
        static let anyway: ArgumentHelp =
            "Toch vastleggen met een datum in het verleden (een bezoek achteraf vastleggen)."
    }

    /// `sterk werkbezoek zet REF STATUS`.
    enum SetStatus {
        static let abstract = "Zet een werkbezoek op een andere status."
        static let discussion = """
            Statussen: aangevraagd → in voorbereiding → bevestigd → afgerond; uitgesteld en \
            geannuleerd vragen om --reden. Bevestigen vraagt om een bevestigde datum (--datum), \
            tenzij die al is vastgelegd. Voorbeeld:
              sterk werkbezoek zet WB-2026-001 bevestigd --datum "2027-03-12 10:00-14:00"
            """
        static let reference = ArgumentHelp("De referentie, bijvoorbeeld WB-2026-001.", valueName: "REF")
        static let status = ArgumentHelp("De nieuwe status (in-voorbereiding mag ook).", valueName: "STATUS")
        static let note = ArgumentHelp(
            "Reden of toelichting; verplicht bij uitgesteld en geannuleerd.", valueName: "TEKST")
        static let date = ArgumentHelp(
            "Bevestigde datum en tijd (Nederlandse tijd), bv. \"12-03-2027 10:00-14:00\" (ook 2027-03-12 …).",
            valueName: "DATUM")
        static let anyway: ArgumentHelp =
            "Toch doen: een bevestigde datum in het verleden, of afgerond vóór de datum (bezoek achteraf vastleggen)."
    }

    /// `sterk werkbezoek status REF-of-NAAM`.
    enum Status {
        static let abstract = "Toon status, datum, programma en laatste wijziging van een werkbezoek."
        static let discussion =
            "Zoek op referentie (WB-2026-001) of op (een deel van) de naam van een bezoeker; hoofdletters en accenten tellen niet."
        static let query = ArgumentHelp("Referentie of naam van een bezoeker.", valueName: "REF-of-NAAM")
    }

    /// `sterk werkbezoek lijst`.
    enum VisitList {
        static let abstract = "Toon alle werkbezoeken (of die met een bepaalde status)."
        static let discussion =
            "Zonder kleur en met vaste kolommen, zodat de uitvoer in een pijp past. --json geeft de vorm van `export` zonder geschiedenis."
        static let status = ArgumentHelp("Alleen deze status (herhaalbaar, of met komma's).", valueName: "STATUS")
    }

    /// `sterk werkbezoek geschiedenis REF`.
    enum History {
        static let abstract = "Toon alle wijzigingen van een werkbezoek: wanneer, door wie, van → naar, toelichting."
    }
}
