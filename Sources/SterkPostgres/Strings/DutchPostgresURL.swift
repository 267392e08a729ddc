// Why a postgres:// store URL (with its service file and PG… variables) cannot be used, in
// Dutch: the reason inside `StoreError.invalidStoreURL`. Parameter names (sslmode,
// connect_timeout, options) are libpq's and stay as they are.

enum DutchPostgresURL {
    // MARK: The URL's form
    static let missingScheme = "het voorvoegsel postgres:// ontbreekt"
    static let passwordInUserInfo =
        "een wachtwoord hoort niet in de URL (zichtbaar voor iedereen op deze computer); gebruik PGPASSWORD, ~/.pgpass of een servicebestand"
    static let unclosedIPv6 = "een IPv6-adres mist ‘]’"
    static func unexpectedAfterAddress(_ text: Substring) -> String { "onverwacht ‘\(text)’ na het adres" }
    static func parameterWithoutValue(_ pair: Substring) -> String { "parameter ‘\(pair)’ heeft geen waarde" }
    static func invalidPercentCode(_ text: Substring) -> String { "ongeldige %-code in ‘\(text)’" }
    static func invalidUTF8(_ text: Substring) -> String { "geen geldige UTF-8 in ‘\(text)’" }

    // MARK: The settings
    static func unknownService(_ service: String) -> String {
        "service ‘\(service)’ staat niet in ~/.pg_service.conf of het systeembrede servicebestand"
    }
    static let passwordParameter =
        "een wachtwoord hoort niet in de URL; gebruik PGPASSWORD, ~/.pgpass of een servicebestand"
    static func unknownParameter(_ name: String, known: [String]) -> String {
        "onbekende parameter ‘\(name)’ (bekend: \(known.joined(separator: ", ")))"
    }
    static func invalidPort(_ text: String) -> String { "poort ‘\(text)’ is geen getal van 1 t/m 65535" }
    static func unknownSSLMode(_ text: String, choices: [String]) -> String {
        "sslmode ‘\(text)’ onbekend (kies uit \(choices.joined(separator: ", ")))"
    }
    static func invalidConnectTimeout(_ text: String) -> String {
        "connect_timeout ‘\(text)’ is geen aantal seconden (1–300)"
    }
    static func optionsWithoutC(_ word: Substring) -> String {
        "options kent alleen ‘-c naam=waarde’, niet ‘\(word)’"
    }
    static func optionsNotAssignment(_ setting: Substring) -> String { "options: ‘\(setting)’ is geen naam=waarde" }
}
