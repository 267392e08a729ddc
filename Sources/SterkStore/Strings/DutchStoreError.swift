import SterkModel

// Every Dutch sentence the store can show lives in this file, so the wording is reviewed in one place.

extension StoreError {
    /// The Dutch message for the user: what happened and, where possible, what to do.
    public var message: String {
        fileMessage ?? serverMessage ?? visitMessage
    }

    private var serverMessage: String? {
        switch self {
        case .invalidStoreURL(let url, let reason):
            return "‘\(url)’ is geen bruikbare store-URL: \(reason). Vorm: postgres://GEBRUIKER@HOST:POORT/DATABASE."
        case .serverUnreachable(let location, let reason):
            return
                "Kan de PostgreSQL-server \(location) niet bereiken (\(reason)). Draait de server en klopt host en poort? Er is niets gewijzigd."
        case .loginRefused(let location, let user, let reason):
            return
                "De PostgreSQL-server \(location) weigert de aanmelding van ‘\(user)’ (\(reason)). Geef het wachtwoord via PGPASSWORD, ~/.pgpass of een servicebestand, nooit op de opdrachtregel."
        case .tlsFailed(let location, let reason):
            return "Geen veilige verbinding (TLS) met \(location): \(reason). Er is niets gewijzigd."
        case .permissionDenied(let location, let user):
            return
                "De server \(location) weigert deze wijziging: ‘\(user)’ heeft alleen leesrechten. Er is niets gewijzigd; vraag de beheerder om een rol met schrijfrechten."
        case .serverTimeout(let location, let seconds):
            return
                "De PostgreSQL-server \(location) antwoordde niet binnen \(seconds) seconden; de verbinding is gesloten. Een wijziging die nog niet bevestigd was, is niet doorgevoerd; controleer met `sterk werkbezoek geschiedenis`."
        case .connectionLost(let location):
            return
                "De verbinding met \(location) viel weg. Een wijziging die nog niet bevestigd was, is niet doorgevoerd; controleer met `sterk werkbezoek geschiedenis` en probeer het opnieuw."
        case .newerServerSchema(let location, let found, let known):
            return
                "De database \(location) is ingericht door een nieuwere versie van sterk (schemaversie \(found), deze versie kent t/m \(known)). Werk sterk bij; er is niets gewijzigd."
        case .foreignServerDatabase(let location):
            return
                "De database \(location) bevat tabellen van een ander programma. Er is niets gewijzigd; kies een eigen database voor sterk."
        case .serverStoreMissing(let location):
            return
                "In \(location) staan nog geen werkbezoeken: de tabellen zijn er nog niet. Een rol met schrijfrechten maakt ze aan met `sterk werkbezoek schema --store URL`."
        case .serverError(let location, let code, let detail):
            return "Databasefout op \(location) (SQLSTATE \(code)): \(detail)."
        default:
            return nil
        }
    }

    private var fileMessage: String? {
        switch self {
        case .notADatabase(let path):
            return
                "\(path) is geen werkbezoekenbestand (geen SQLite-database). Het bestand is niet aangeraakt; kies een ander bestand met --store."
        case .foreignDatabase(let path):
            return
                "\(path) is een SQLite-database van een ander programma. Het bestand is niet aangeraakt; kies een ander bestand met --store."
        case .newerSchema(let path, let found, let known):
            return
                "\(path) is gemaakt door een nieuwere versie van sterk (schemaversie \(found), deze versie kent t/m \(known)). Werk sterk bij; het bestand is niet aangeraakt."
        case .migrationNeedsWriteAccess(let path):
            return
                "\(path) heeft een ouder schema en moet eenmalig worden bijgewerkt; daarvoor zijn schrijfrechten nodig."
        case .storeMissing(let path):
            return
                "Er is nog geen werkbezoekenbestand op \(path). Leg een werkbezoek vast met `sterk werkbezoek nieuw`, of kies een bestand met --store."
        case .cannotCreate(let path, let reason):
            return "Kan \(path) niet aanmaken: \(reason)."
        case .directoryNotWritable(let path):
            return
                "De map \(path) is niet beschrijfbaar. De database heeft er hulpbestanden (-wal, -shm) naast nodig, ook om te lezen; kies een andere plek met --store."
        case .cannotOpen(let path, let reason):
            return "Kan \(path) niet openen: \(reason)."
        case .readOnly(let path):
            return "Kan niet schrijven in \(path): het bestand of de map is alleen-lezen."
        case .busy(let path):
            return "\(path) bleef te lang bezet door een ander proces. Er is niets gewijzigd; probeer het opnieuw."
        case .corrupt(let path, let detail):
            return
                "\(path) is beschadigd (\(detail)). Maak een kopie en neem contact op met de beheerder; sterk schrijft er niet meer in."
        case .sqlite(let path, let code, let detail):
            return "Databasefout in \(path) (SQLite \(code)): \(detail)."
        default:
            return nil
        }
    }

    private var visitMessage: String {
        switch self {
        case .visitNotFound(let query):
            return
                "Geen werkbezoek gevonden voor ‘\(query)’. Zoek op referentie (WB-2026-001) of op naam van een bezoeker."
        case .invalidReference(let text):
            return "‘\(text)’ is geen referentie; een referentie ziet eruit als WB-2026-001."
        case .unknownStatus(let text):
            return
                "Onbekende status ‘\(text)’. Kies uit: \(VisitStatus.allCases.map(\.rawValue).joined(separator: ", "))."
        case .invalidTransition(let from, let to):
            return "Een werkbezoek met status ‘\(from)’ kan niet naar ‘\(to)’. \(Self.allowedSentence(from))"
        case .sameStatus(let status):
            return "Het werkbezoek heeft al status ‘\(status)’."
        case .reasonRequired(let status):
            return "Geef een reden op met --reden: status ‘\(status)’ vraagt altijd om een reden."
        case .confirmedDateRequired:
            return
                "Een bevestigd werkbezoek heeft een bevestigde datum en tijd nodig: geef --datum \"2027-03-12 10:00-14:00\" op."
        case .concurrentChange(let reference, let expected, let actual):
            return
                "\(reference) is intussen gewijzigd: de status is nu ‘\(actual)’ in plaats van ‘\(expected)’. Er is niets gewijzigd; bekijk de geschiedenis en probeer het opnieuw."
        case .invalidVisit(let problems):
            return "Het werkbezoek is niet compleet:\n"
                + problems.map { "  - " + ControlCharacters.strip($0) }.joined(separator: "\n")
        case .invalidTimeSlot(let text):
            return
                "‘\(text)’ is geen datum en tijd; schrijf bijvoorbeeld \"2027-03-12 10:00\" of \"2027-03-12 10:00-14:00\" (Nederlandse tijd)."
        case .notConfirmed(let reference, let status):
            return
                "\(reference) heeft status ‘\(status)’; een agenda-afspraak (iCalendar) is er alleen voor een bevestigd werkbezoek met bevestigde datum."
        case .invalidArchive(let detail):
            return "Het exportbestand is niet leesbaar: \(detail)."
        case .refusedImport(let problems):
            let shown = problems.prefix(20).map { "  - " + ControlCharacters.strip($0) }
            let rest = problems.count > 20 ? ["  … en nog \(problems.count - 20)"] : []
            return
                "Niets geïmporteerd: \(problems.count) \(problems.count == 1 ? "probleem" : "problemen") in het exportbestand:\n"
                + (shown + rest).joined(separator: "\n")
        case .referencesExhausted(let year):
            return
                "Alle referenties van \(year) zijn vergeven (tot en met WB-\(year)-\(VisitLimits.maximumNumber)); er kan dit jaar geen werkbezoek meer bij."
        case .newerArchive(let found, let known):
            return
                "Het exportbestand heeft formaatversie \(found); deze versie van sterk kent t/m \(known). Werk sterk bij."
        default:
            return fileMessage ?? ""
        }
    }

    private static func allowedSentence(_ status: VisitStatus) -> String {
        let next = status.allowedNext
        guard !next.isEmpty else { return "‘\(status)’ is een eindstatus." }
        return "Vanuit ‘\(status)’ kan het naar: " + next.map { "‘\($0)’" }.joined(separator: ", ") + "."
    }
}
