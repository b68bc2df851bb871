/// How one sender's export maps to the contract (`[[profiel]]` in `regio.toml`, SPEC.md section 7): the export's
/// column name per contract column, and per contract column the export's values with the contract value each
/// stands for. Names and values are kept in `String.comparable` form (case-insensitive, white space collapsed).
struct Profile: Sendable, Hashable {
    /// `naam`: what `profiel = "..."` in a `[[corporatie]]` or `[[gemeente]]` refers to.
    var naam: String
    /// `kolommen`: contract column -> the export's column name (comparable form).
    var columns: [String: String]
    /// `waarden`: contract column -> (the export's value, comparable form -> the contract value).
    var values: [String: [String: String]]
    /// `kopregel`: the 1-based worksheet row or CSV line of the header (SPEC.md section 10); nil: the header is
    /// found (`HeaderRule`).
    var headerLine: Int?

    init(
        naam: String, columns: [String: String] = [:], values: [String: [String: String]] = [:],
        headerLine: Int? = nil
    ) {
        self.naam = naam
        self.columns = columns
        self.values = values
        self.headerLine = headerLine
    }

    /// Every column of the contract (SPEC.md section 3), the names a profile may map.
    static let contractColumns: Set<String> = [
        "verhuring_id", "datum", "gemeente", "urgentie", "urgentienummer", "herkomstgemeente", "klein_betaalbaar",
        "datum_aanvraag", "categorie", "besluit", "datum_besluit", "woonplaatsbeginsel", "reden", "datum_vervallen",
        "toegevoegd", "onttrokken", "actief", "geslaagd",
    ]
}

extension RegionConfig {
    /// The profile the bron of a delivery uses (a corporation code or a CBS code), if any.
    func profile(forBron bron: String) -> Profile? {
        let name =
            corporations.first { $0.code == bron }?.profile
            ?? MunicipalityCode(bron).flatMap(memberCode(for:)).flatMap { code in member(code)?.profile }
        return name.flatMap { profiles[$0] }
    }
}
