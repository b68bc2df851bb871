import Testing

@testable import VerdeelMonitor

/// The main template cut at its top-level partials (`TemplateParts`), to render on all cores.
@Suite("Template parts")
struct TemplatePartsTests {
    @Test("a template is cut at each partial alone on its line outside sections, the line end going with the tag")
    func cutsAtStandalonePartials() {
        let parts = TemplateParts.cut("<a>{{x}}\n{{> kop}}\n<b>\n{{>  voet }}\r\n</b>\n{{> slot}}")
        #expect(
            parts == [
                .text("<a>{{x}}\n"), .partial("kop"), .text("<b>\n"), .partial("voet"), .text("</b>\n"),
                .partial("slot"),
            ])
    }

    @Test("a partial inside a section, indented or beside other text stays in the text around it")
    func keepsOtherPartials() {
        let template = "{{#a}}\n{{> in}}\n{{/a}}\n  {{> ingesprongen}}\nx{{> naast}}\n{{> naast}} y\n"
        #expect(TemplateParts.cut(template) == [.text(template)])
    }

    @Test("a changed delimiter, inheritance, a dynamic name or unbalanced sections leave the template whole")
    func refusesWhatMayChangeMeaning() {
        #expect(TemplateParts.cut("{{=<% %>=}}\n{{> a}}\n") == nil)
        #expect(TemplateParts.cut("{{< basis}}{{/basis}}\n{{> a}}\n") == nil)
        #expect(TemplateParts.cut("{{>*naam}}\n") == nil)
        #expect(TemplateParts.cut("{{/a}}\n{{> b}}\n") == nil)
        #expect(TemplateParts.cut("{{#a}}\n{{> b}}\n") == nil)
        #expect(
            TemplateParts.cut("{{! a comment {{#niet}} }}\n{{> b}}\n") == [
                .text("{{! a comment {{#niet}} }}\n"), .partial("b"),
            ])
    }
}
