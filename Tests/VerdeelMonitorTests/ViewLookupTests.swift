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

    /// Checks every struct in the tree below `value` (through arrays and optionals).
    static func check(_ value: Any, path: String, checked: inout Int) {
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
                checked += 1
            }
        }
        for (index, child) in mirror.children.enumerated() where !(child.value is String) {
            check(child.value, path: path + "." + (child.label ?? String(index)), checked: &checked)
        }
    }

    @Test("every view answers each key as Mirror would, in the public and the confidential report")
    func answersAsMirror() throws {
        for vertrouwelijk in [false, true] {
            var checked = 0
            Self.check(
                HTMLView(try ReportRenderingTests.sampleReport(vertrouwelijk: vertrouwelijk)), path: "HTMLView",
                checked: &checked)
            #expect(checked > 300, "the walk reaches the rows of every table, hundreds of structs")
        }
    }
}
