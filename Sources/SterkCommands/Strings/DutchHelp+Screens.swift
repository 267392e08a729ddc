import ArgumentParser

/// The full-screen views: the dashboard, one of its panels as text, the slides.
extension DutchHelp {
    /// `sterk dashboard` (also plain `sterk`).
    enum Dashboard {
        static let abstract = "Open het interactieve dashboard (standaard als je alleen `sterk` typt)."
        static let theme = ArgumentHelp(
            "Kleurenthema, bv. standaard, licht, hoog-contrast, zwart-wit.", valueName: "NAAM")
        static let noMouse: ArgumentHelp = "Geen muis: de terminal houdt dan zijn eigen tekstselectie."
        static let ascii: ArgumentHelp = "Alleen ASCII-tekens (voor terminals of lettertypen zonder lijntekens)."
        static let readOnly: ArgumentHelp = "Niets opslaan: werkbezoeken alleen bekijken (voor een scherm in de hal)."
    }

    /// `sterk scherm`: a dashboard panel as text.
    enum Screen {
        static let abstract = "Druk een paneel van het dashboard af als tekst (zonder terminal)."
        static func discussion(panels: [String]) -> String {
            "Voor documentatie, een schermlezer of een mail. Panelen: \(panels.joined(separator: ", ")).\nVoorbeeld: sterk scherm focusgebieden --grootte 120x40"
        }
        static let panel = ArgumentHelp("Het paneel.", valueName: "PANEEL")
        static let size = ArgumentHelp("Breedte x hoogte in tekens.", valueName: "BxH")
        static let colour: ArgumentHelp = "Behoud de kleuren van het thema als ANSI-codes."
        static let theme = ArgumentHelp("Kleurenthema.", valueName: "NAAM")
        static let pilot = ArgumentHelp(
            "Vergelijk: de pilot (vollenhove, wilgensingel, dommelbergen of de naam van de wijk).", valueName: "NAAM")
    }

    /// `sterk presenteer`: the case as slides.
    enum Present {
        static let abstract = "Toon de zaak van de M50 als dia's op het hele scherm (projector of lobbyscherm)."
        static let discussion = """
            Toetsen: → spatie l j volgende, ← h k vorige, g/G eerste/laatste, nummer + Enter springt, \
            t tijd per dia, p pauze (bij --auto), q stopt.
            Zonder terminal: --controleer 100x30 meldt dia's die niet passen (exit 1), --export MAP schrijft elke dia als tekst.
            """
        static let auto = ArgumentHelp("Ga vanzelf door na deze tijd per dia, bv. 20s, 1m of 1m30s.", valueName: "DUUR")
        static let loop: ArgumentHelp = "Na de laatste dia weer de eerste (voor een onbemand scherm)."
        static let hideContact: ArgumentHelp = "Geen telefoonnummers of e-mailadressen op de dia's."
        static let check = ArgumentHelp(
            "Toets zonder terminal of elke dia past op BxH; exit 1 als er een niet past.", valueName: "BxH")
        static let export = ArgumentHelp("Schrijf elke dia als tekstbestand in deze map.", valueName: "MAP")
        static let size = ArgumentHelp("Formaat voor --export.", valueName: "BxH")
        static let start = ArgumentHelp("Begin bij deze dia (1 is de eerste).", valueName: "N")
        static let theme = ArgumentHelp("Kleurenthema, bv. licht voor een projector.", valueName: "NAAM")
    }
}
