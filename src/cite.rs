//! Citations of a quote or claim, in the formats an analyst pastes into a report.
//!
//! A citation states only what the briefing states: a part the text does not give (role,
//! affiliation, title, outlet, date) is left out, never guessed. The speaker is the one the
//! briefing itself describes, not the corpus-wide merge, for the same reason.
//!
//! Every string comes through [`crate::sanitize::clean_line`], so a citation never carries an
//! escape sequence from the briefing into a clipboard or a document.

use crate::annotation::Kind;
use crate::briefing::Briefing;
use crate::sanitize::clean_line;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A citation format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// `“quote” — Speaker, role, affiliation, in Title, date, ¶n`
    #[default]
    Plain,
    /// A blockquote and an attribution line.
    Markdown,
    /// One CSL-JSON `article-newspaper` item, for Zotero and pandoc.
    CslJson,
    /// One BibTeX entry: `@online` when the briefing has a URL, else `@article`.
    Bibtex,
}

impl Format {
    pub const ALL: [Format; 4] = [
        Format::Plain,
        Format::Markdown,
        Format::CslJson,
        Format::Bibtex,
    ];

    pub const fn label(self) -> &'static str {
        match self {
            Format::Plain => "Plain text",
            Format::Markdown => "Markdown",
            Format::CslJson => "CSL-JSON",
            Format::Bibtex => "BibTeX",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Everything a citation of one quote or claim can say, each part cleaned for display.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Citation {
    /// The words, whitespace collapsed.
    pub text: String,
    /// Direct speech (a quote) rather than reported speech (a claim, never put in quotation
    /// marks because it is not the speaker's wording).
    pub verbatim: bool,
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// The article's author, where the briefing states one.
    pub author: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    pub url: Option<String>,
    pub paragraph: Option<usize>,
    /// A stable key for BibTeX and CSL-JSON: `<briefing id>-p<n>`.
    pub key: String,
}

impl Citation {
    /// The citation of annotation `index` of `briefing`, or `None` if there is no such
    /// annotation.
    pub fn of(briefing: &Briefing, index: usize) -> Option<Citation> {
        let annotation = briefing.annotations.get(index)?;
        let speaker = annotation
            .speaker
            .as_deref()
            .and_then(|id| briefing.speaker(id));
        let clean = |s: &Option<String>| s.as_deref().map(clean_line).filter(|s| !s.is_empty());
        let paragraph = briefing.paragraph_number(annotation.span.start);
        let id: String = briefing
            .id
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        Some(Citation {
            text: clean_line(briefing.slice(annotation.span)),
            verbatim: annotation.kind == Kind::Quote,
            speaker: speaker.map(|s| clean_line(&s.name)),
            role: speaker.and_then(|s| clean(&s.role)),
            affiliation: speaker.and_then(|s| clean(&s.affiliation)),
            title: clean(&briefing.meta.title),
            outlet: clean(&briefing.meta.source),
            author: clean(&briefing.meta.author),
            date: clean(&briefing.meta.date),
            url: clean(&briefing.meta.url),
            paragraph,
            key: match paragraph {
                Some(n) => format!("{id}-p{n}"),
                None => id,
            },
        })
    }

    /// The citation in `format`.
    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Plain => self.plain(),
            Format::Markdown => self.markdown(),
            Format::CslJson => self.csl_json(),
            Format::Bibtex => self.bibtex(),
        }
    }

    /// The words, in curly quotes when verbatim.
    fn words(&self) -> String {
        if self.verbatim {
            format!("“{}”", self.text)
        } else {
            self.text.clone()
        }
    }

    /// "Speaker, role, affiliation, in Title, date, ¶n" without the parts not stated.
    fn attribution(&self, emphasise_work: bool) -> String {
        let mut parts: Vec<String> = Vec::new();
        parts.extend(self.speaker.clone());
        parts.extend(self.role.clone());
        parts.extend(self.affiliation.clone());
        if let Some(work) = self.title.as_ref().or(self.outlet.as_ref()) {
            if emphasise_work {
                parts.push(format!("in *{work}*"));
            } else {
                parts.push(format!("in {work}"));
            }
        }
        parts.extend(self.date.clone());
        parts.extend(self.paragraph.map(|n| format!("¶{n}")));
        parts.join(", ")
    }

    /// `“<quote>” — <Speaker>, <role>, <affiliation>, in <title or outlet>, <date>, ¶<n>`
    pub fn plain(&self) -> String {
        let attribution = self.attribution(false);
        if attribution.is_empty() {
            self.words()
        } else {
            format!("{} — {attribution}", self.words())
        }
    }

    /// A blockquote, then an attribution line.
    pub fn markdown(&self) -> String {
        let attribution = self.attribution(true);
        let mut out = format!("> {}\n", self.words());
        if !attribution.is_empty() {
            out.push_str(&format!("\n— {attribution}\n"));
        }
        out
    }

    /// A CSL-JSON array holding one `article-newspaper` item.
    pub fn csl_json(&self) -> String {
        use serde_json::{Map, Value, json};
        let mut item = Map::new();
        item.insert("id".into(), json!(self.key));
        item.insert("type".into(), json!("article-newspaper"));
        if let Some(title) = &self.title {
            item.insert("title".into(), json!(title));
        }
        if let Some(outlet) = &self.outlet {
            item.insert("container-title".into(), json!(outlet));
        }
        if let Some(author) = &self.author {
            item.insert("author".into(), json!([{ "literal": author }]));
        }
        if let Some(parts) = self.date.as_deref().and_then(date_parts) {
            item.insert("issued".into(), json!({ "date-parts": [parts] }));
        }
        if let Some(url) = &self.url {
            item.insert("URL".into(), json!(url));
        }
        if let Some(n) = self.paragraph {
            item.insert("locator".into(), json!(n.to_string()));
            item.insert("label".into(), json!("paragraph"));
        }
        item.insert("note".into(), json!(self.note()));
        serde_json::to_string_pretty(&Value::Array(vec![Value::Object(item)])).unwrap_or_default()
    }

    /// One BibTeX entry.
    pub fn bibtex(&self) -> String {
        let kind = if self.url.is_some() {
            "online"
        } else {
            "article"
        };
        let mut fields: Vec<(&str, String)> = Vec::new();
        fields.extend(self.title.as_ref().map(|t| ("title", t.clone())));
        fields.extend(self.author.as_ref().map(|a| ("author", a.clone())));
        if let Some(outlet) = &self.outlet {
            let field = if kind == "online" {
                "organization"
            } else {
                "journal"
            };
            fields.push((field, outlet.clone()));
        }
        if let Some(date) = &self.date {
            fields.push(("date", date.clone()));
            fields.extend(date.get(..4).map(|y| ("year", y.to_string())));
        }
        fields.extend(self.url.as_ref().map(|u| ("url", u.clone())));
        fields.push(("note", self.note()));
        let mut out = format!("@{kind}{{{},\n", self.key);
        for (name, value) in fields {
            let value = if name == "url" {
                value
            } else {
                bibtex_escape(&value)
            };
            out.push_str(&format!("  {name} = {{{value}}},\n"));
        }
        out.push('}');
        out.push('\n');
        out
    }

    /// The quote and who said it, for the `note` field of CSL-JSON and BibTeX.
    fn note(&self) -> String {
        let mut who: Vec<&str> = Vec::new();
        who.extend(self.speaker.as_deref());
        who.extend(self.role.as_deref());
        who.extend(self.affiliation.as_deref());
        let mut note = self.words();
        if !who.is_empty() {
            note.push_str(" — ");
            note.push_str(&who.join(", "));
        }
        if let Some(n) = self.paragraph {
            note.push_str(&format!(" (¶{n})"));
        }
        note
    }
}

/// `[year, month, day]` of a `YYYY-MM-DD` date (or fewer parts for `YYYY` or `YYYY-MM`).
fn date_parts(date: &str) -> Option<Vec<u32>> {
    let parts: Option<Vec<u32>> = date.split('-').map(|p| p.parse().ok()).collect();
    parts.filter(|p| (1..=3).contains(&p.len()))
}

/// Escape the characters BibTeX treats specially.
fn bibtex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '%' | '&' | '#' | '$' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::{Annotation, Span};
    use crate::speaker::{Speaker, SpeakerKind};

    const TEXT: &str = "Headline here\n\n\"The Balkans must be armed,\" said analyst Avni Islami.\n\nHe said that NATO would stay.\n";

    fn briefing(meta: bool) -> Briefing {
        let mut b = Briefing {
            id: "000_abc".into(),
            path: "seeds/000_abc.txt".into(),
            meta: Default::default(),
            text: TEXT.into(),
            paragraphs: crate::briefing::paragraphs(TEXT),
            speakers: Vec::new(),
            annotations: Vec::new(),
        };
        let mut islami = Speaker::new("Avni Islami", SpeakerKind::Person);
        islami.role = Some("security analyst".into());
        if meta {
            islami.affiliation = Some("Kosovo Center for Security Studies".into());
            b.meta.title = Some("Headline here".into());
            b.meta.source = Some("Telegraphy".into());
            b.meta.date = Some("2022-03-14".into());
            b.meta.author = Some("Ana Berisha".into());
        }
        b.speakers.push(islami);
        let quote_start = TEXT.find("The Balkans").unwrap_or(0);
        let claim_start = TEXT.find("NATO would").unwrap_or(0);
        b.annotations = vec![
            Annotation::new(Kind::Quote, Span::new(quote_start, quote_start + 25))
                .with_speaker("avni-islami"),
            Annotation::new(Kind::Claim, Span::new(claim_start, claim_start + 15))
                .with_speaker("avni-islami"),
        ];
        b
    }

    fn cite(meta: bool, index: usize) -> Citation {
        Citation::of(&briefing(meta), index).unwrap_or_default()
    }

    #[test]
    fn plain_has_every_stated_part_in_order() {
        assert_eq!(
            cite(true, 0).plain(),
            "“The Balkans must be armed” — Avni Islami, security analyst, \
             Kosovo Center for Security Studies, in Headline here, 2022-03-14, ¶2"
        );
    }

    #[test]
    fn plain_leaves_out_what_the_briefing_does_not_state() {
        assert_eq!(
            cite(false, 0).plain(),
            "“The Balkans must be armed” — Avni Islami, security analyst, ¶2"
        );
    }

    #[test]
    fn outlet_stands_in_for_a_missing_title() {
        let mut c = cite(true, 0);
        c.title = None;
        assert!(
            c.plain().contains(", in Telegraphy, 2022-03-14"),
            "{}",
            c.plain()
        );
    }

    #[test]
    fn claims_are_not_put_in_quotation_marks() {
        assert_eq!(
            cite(false, 1).plain(),
            "NATO would stay — Avni Islami, security analyst, ¶3"
        );
    }

    #[test]
    fn markdown_is_a_blockquote_and_an_attribution() {
        assert_eq!(
            cite(true, 0).markdown(),
            "> “The Balkans must be armed”\n\n— Avni Islami, security analyst, Kosovo Center \
             for Security Studies, in *Headline here*, 2022-03-14, ¶2\n"
        );
        assert_eq!(
            cite(false, 1).markdown().lines().next(),
            Some("> NATO would stay")
        );
    }

    #[test]
    fn csl_json_is_one_article_newspaper_item() {
        let json: serde_json::Value =
            serde_json::from_str(&cite(true, 0).csl_json()).unwrap_or_default();
        let item = &json[0];
        assert_eq!(item["type"], "article-newspaper");
        assert_eq!(item["title"], "Headline here");
        assert_eq!(item["container-title"], "Telegraphy");
        assert_eq!(
            item["issued"]["date-parts"][0],
            serde_json::json!([2022, 3, 14])
        );
        assert_eq!(item["author"][0]["literal"], "Ana Berisha");
        assert_eq!(item["id"], "000-abc-p2");
        let note = item["note"].as_str().unwrap_or("");
        assert!(
            note.starts_with("“The Balkans must be armed” — Avni Islami"),
            "{note}"
        );
    }

    #[test]
    fn csl_json_without_metadata_has_no_invented_fields() {
        let json: serde_json::Value =
            serde_json::from_str(&cite(false, 0).csl_json()).unwrap_or_default();
        let item = &json[0];
        for absent in ["title", "container-title", "issued", "author", "URL"] {
            assert!(item.get(absent).is_none(), "{absent} in {item}");
        }
        assert_eq!(item["type"], "article-newspaper");
    }

    #[test]
    fn bibtex_is_article_without_url_and_online_with_one() {
        let c = cite(true, 0);
        let entry = c.bibtex();
        assert!(entry.starts_with("@article{000-abc-p2,\n"), "{entry}");
        assert!(entry.contains("  journal = {Telegraphy},\n"), "{entry}");
        assert!(entry.contains("  year = {2022},\n"), "{entry}");
        assert!(entry.trim_end().ends_with('}'));
        let mut online = c;
        online.url = Some("https://example.org/a_b".into());
        let entry = online.bibtex();
        assert!(entry.starts_with("@online{"), "{entry}");
        assert!(entry.contains("url = {https://example.org/a_b}"), "{entry}");
    }

    #[test]
    fn bibtex_escapes_special_characters() {
        let mut c = cite(false, 0);
        c.title = Some("50% of {NATO} & co_op #1".into());
        assert!(
            c.bibtex()
                .contains("title = {50\\% of \\{NATO\\} \\& co\\_op \\#1}"),
            "{}",
            c.bibtex()
        );
    }

    #[test]
    fn escape_sequences_never_reach_a_citation() {
        let mut b = briefing(true);
        b.speakers[0].name = "Avni \u{1b}]52;c;cHduZWQ=\u{7}Islami".into();
        let c = Citation::of(&b, 0).unwrap_or_default();
        for format in Format::ALL {
            let s = c.render(format);
            assert!(
                !s.contains('\u{1b}') && !s.contains("52;c"),
                "{format}: {s}"
            );
        }
    }
}
