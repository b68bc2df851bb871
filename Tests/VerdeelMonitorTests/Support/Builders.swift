import Foundation

@testable import VerdeelMonitor

/// A small region for hand-worked tests: Aastad (6.000 households), Beedorp (3.000, handles MO elsewhere)
/// and Ceeveen (1.000); corporations corp-a and corp-b.
enum TestRegion {
    static let aastad = MunicipalityCode("GM0001")!
    static let beedorp = MunicipalityCode("GM0002")!
    static let ceeveen = MunicipalityCode("GM0003")!
    static let elders = MunicipalityCode("GM0999")!

    static func config(
        noemer: Denominator = .alle, suppressBelow: Int = 5,
        noodknop: NoodknopSettings = NoodknopSettings()
    ) -> RegionConfig {
        RegionConfig(
            code: "testregio", naam: "Testregio", minimum: 15, signaalwaarde: 20, noemer: noemer,
            suppressBelow: suppressBelow,
            municipalities: [
                MemberMunicipality(code: aastad, naam: "Aastad", households: 6000),
                MemberMunicipality(
                    code: beedorp, naam: "Beedorp", households: 3000,
                    aliases: ["Gemeente Beedorp"], excludedCategories: [.mo]),
                MemberMunicipality(code: ceeveen, naam: "Ceeveen", households: 1000),
            ],
            corporations: [
                Corporation(code: "corp-a", naam: "Corporatie A"),
                Corporation(code: "corp-b", naam: "Corporatie B"),
            ],
            noodknop: noodknop)
    }
}

/// `JJJJ-MM-DD` as a Day; traps on a typo in a test.
func day(_ text: String) -> Day { Values.day(text)! }

func period(_ text: String) -> Period { Period(text)! }

/// A letting with a generated id.
func letting(
    _ date: String, _ home: MunicipalityCode, _ urgency: UrgencyCode? = nil, number: String? = nil,
    origin: MunicipalityCode? = nil, corporation: String = "corp-a"
) -> Letting {
    Letting(
        id: UUID().uuidString, date: day(date), municipality: home, urgency: urgency, urgencyNumber: number,
        origin: origin, corporation: corporation)
}

/// `count` lettings to regular home seekers on one day.
func regularLettings(_ count: Int, _ home: MunicipalityCode, on date: String = "2026-03-01") -> [Letting] {
    (0..<count).map { _ in letting(date, home) }
}

/// A dataset of records made in memory, with a used delivery of corp-a, corp-b and every member for each period
/// (so the periods are "in the data" and no delivery is missing).
func dataset(
    lettings: [Letting] = [], register: [UrgencyRecord] = [], stock: [StockChange] = [],
    periods: [String], config: RegionConfig = TestRegion.config()
) -> Dataset {
    var data = Dataset()
    data.lettings = lettings
    data.register = register
    data.stock = stock
    for text in periods {
        let p = period(text)
        let names =
            config.corporations.map { DeliveryName(soort: .verhuringen, bron: $0.code, period: p) }
            + config.municipalities.map { DeliveryName(soort: .urgentie, bron: $0.code.value, period: p) }
        for name in names {
            data.deliveries.append(
                Delivery(
                    name: name, path: "\(name).csv", sha256: String(repeating: "0", count: 64),
                    status: .gebruikt))
        }
    }
    return data
}

extension History {
    /// The figures of `municipality` in `period`.
    func of(_ municipality: MunicipalityCode, in text: String) -> MunicipalityFigures {
        figures(for: period(text))!.municipalities.first { $0.municipality.code == municipality }!
    }

    func region(in text: String) -> PeriodFigures { figures(for: period(text))! }
}
