import Mustache
import Testing

@testable import VerdeelMonitor

/// The view model answers swift-mustache's keyed lookup (`MustacheParent`) itself, instead of through `Mirror`;
/// it must answer exactly as `Mirror` would, or a template would render other text.
@Suite("View lookup")
struct ViewLookupTests {
    /// `Mirror`'s answer as swift-mustache uses it: the stored property, one level of optional unwrapped.
    static func mirrored(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    /// Checks every struct in the tree below `value` (through arrays and optionals); `checked` collects the
    /// names of the types checked, as `ViewTypes.names` spells them (`VooruitblikView.CapaciteitRij`).
    static func check(_ value: Any, path: String, checked: inout [String: Int]) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .struct {
            let parent = value as? MustacheParent
            #expect(parent != nil, "\(path) (\(type(of: value))) answers the keyed lookup itself")
            if let parent {
                for child in mirror.children {
                    guard let label = child.label else { continue }
                    let expected = mirrored(child.value)
                    let actual = parent.child(named: label)
                    #expect((expected == nil) == (actual == nil), "\(path).\(label): nil as Mirror gives it")
                    if let expected, let actual {
                        #expect(type(of: expected) == type(of: actual), "\(path).\(label): the type Mirror gives")
                        #expect(
                            String(describing: expected) == String(describing: actual),
                            "\(path).\(label): the value Mirror gives")
                    }
                }
                #expect(parent.child(named: "geenVeld") == nil, "\(path): an unknown key is nil")
                // A generic view counts under its own name: `Tabel<VerdeelMonitor.ToewijzingenView.Rij>` as `Tabel`.
                let name = String(reflecting: type(of: value)).prefix { $0 != "<" }
                checked[name.hasPrefix("VerdeelMonitor.") ? String(name.dropFirst(15)) : String(name), default: 0] += 1
            }
        }
        for (index, child) in mirror.children.enumerated() where !(child.value is String) {
            check(child.value, path: path + "." + (child.label ?? String(index)), checked: &checked)
        }
    }

    @Test("every view answers each key as Mirror would, in the public and the confidential report")
    func answersAsMirror() throws {
        for vertrouwelijk in [false, true] {
            var checked: [String: Int] = [:]
            Self.check(
                HTMLView(try ReportRenderingTests.sampleReport(vertrouwelijk: vertrouwelijk)), path: "HTMLView",
                checked: &checked)
            #expect(checked.values.reduce(0, +) > 300, "the walk reaches the rows of every table, hundreds of structs")
        }
    }

    @Test("the reports checked reach every view type the generator gave a lookup, and no other")
    func everyViewTypeChecked() throws {
        var checked: [String: Int] = [:]
        for report in try Self.reports() {
            Self.check(HTMLView(report), path: "HTMLView", checked: &checked)
        }
        let missing = ViewTypes.names.subtracting(checked.keys).sorted()
        #expect(missing.isEmpty, "no report checked reaches \(missing); give one of Self.reports() such a part")
        #expect(Set(checked.keys) == ViewTypes.names, "the walk finds the types the generator found")
    }

    /// SampleData's report for every period and both disclosures.
    static func reports() throws -> [MonitorReport] {
        let intake = try Pipeline.intake(
            configPath: Paths.sampleConfig, inputPath: Paths.sampleInput, generated: TestTime.generated)
        return intake.dataset.periods.flatMap { period in
            [Disclosure.vertrouwelijk, .openbaar(threshold: intake.config.suppressBelow)].map {
                Pipeline.report(intake, period: period, disclosure: $0, generated: TestTime.generated)
            }
        }
    }
}
