//! `dossier export`: the merged annotations (sidecars applied) in formats other tools read.
//!
//! - [`Format::Json`]: one JSON array of the objects `dossier annotate --json` prints.
//! - [`Format::W3c`]: a W3C Web Annotation `AnnotationCollection` (JSON-LD), one annotation
//!   per quote or claim, targeting the briefing's file with a `TextQuoteSelector` and a
//!   `TextPositionSelector` (positions in Unicode code points, as the model counts characters),
//!   the speaker in the body.
//! - [`Format::Csl`]: CSL-JSON items, one per briefing, for reference managers.
//! - [`Format::Markdown`]: a readable digest: per briefing, its speakers and what each said,
//!   with a citation (outlet, date, paragraph) for every quote and claim.
//!
//! Nothing here invents metadata: a field the text and the sidecar do not state is left out.

use crate::annotation::{Annotation, Kind};
use crate::briefing::Briefing;
use crate::sidecar::anchor::Anchor;
use serde::Serialize;
use serde_json::{Value, json};
use std::fmt::Write;

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Json,
    W3c,
    Csl,
    Markdown,
}

/// `briefings` in `format`, as the text to print.
pub fn export(briefings: &[Briefing], format: Format) -> String {
    match format {
        Format::Json => pretty(
            &briefings
                .iter()
                .map(crate::output::BriefingJson::new)
                .collect::<Vec<_>>(),
        ),
        Format::W3c => pretty(&w3c_collection(briefings)),
        Format::Csl => pretty(&Value::Array(briefings.iter().map(csl_item).collect())),
        Format::Markdown => briefings
            .iter()
            .map(markdown_digest)
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn pretty(value: &impl Serialize) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

/// A `file://` URI for a briefing, absolute where the file exists.
fn source_uri(briefing: &Briefing) -> String {
    let path = std::fs::canonicalize(&briefing.path).unwrap_or_else(|_| briefing.path.clone());
    let mut uri = String::from("file://");
    for c in path.to_string_lossy().chars() {
        match c {
            'A'..='Z' | 'a'..='z' | '0'..='9' | '/' | '-' | '_' | '.' | '~' => uri.push(c),
            _ => {
                let mut buf = [0; 4];
                for byte in c.encode_utf8(&mut buf).bytes() {
                    let _ = write!(uri, "%{byte:02X}");
                }
            }
        }
    }
    uri
}

const ANNO_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// A W3C `AnnotationCollection` with its one page inline. Structs rather than `json!` so the
/// keys come out in the order the model's examples use (`@context`, `id`, `type` first).
#[derive(Debug, Serialize)]
pub struct W3cCollection {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    label: &'static str,
    total: usize,
    first: W3cPage,
}

#[derive(Debug, Serialize)]
struct W3cPage {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "startIndex")]
    start_index: usize,
    items: Vec<W3cAnnotation>,
}

#[derive(Debug, Serialize)]
struct W3cAnnotation {
    #[serde(rename = "@context")]
    context: &'static str,
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    motivation: &'static str,
    /// Who made it: the annotator (origin auto) or a person through a sidecar (manual).
    creator: W3cAgent,
    generator: W3cAgent,
    body: Vec<W3cBody>,
    target: W3cTarget,
}

#[derive(Debug, Serialize)]
struct W3cAgent {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'static str>,
}

#[derive(Debug, Serialize)]
struct W3cBody {
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
    value: String,
}

#[derive(Debug, Serialize)]
struct W3cTarget {
    source: String,
    /// The article's address, where a sidecar states it.
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<String>,
    selector: (W3cQuoteSelector, W3cPositionSelector),
}

#[derive(Debug, Serialize)]
struct W3cQuoteSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    exact: String,
    prefix: String,
    suffix: String,
}

#[derive(Debug, Serialize)]
struct W3cPositionSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    start: usize,
    end: usize,
}

/// The W3C Web Annotation collection of every quote and claim of `briefings`.
pub fn w3c_collection(briefings: &[Briefing]) -> W3cCollection {
    let items: Vec<W3cAnnotation> = briefings
        .iter()
        .flat_map(|b| b.speech().map(move |(_, a)| w3c_annotation(b, a)))
        .collect();
    W3cCollection {
        context: ANNO_CONTEXT,
        kind: "AnnotationCollection",
        label: "dossier: who said what",
        total: items.len(),
        first: W3cPage {
            kind: "AnnotationPage",
            start_index: 0,
            items,
        },
    }
}

fn w3c_annotation(briefing: &Briefing, a: &Annotation) -> W3cAnnotation {
    let anchor = Anchor::capture(&briefing.text, a.span);
    let chars = |byte: usize| briefing.text.get(..byte).map_or(0, |s| s.chars().count());
    let textual = |purpose, value| W3cBody {
        kind: "TextualBody",
        purpose,
        value,
    };
    let mut body = vec![textual("classifying", a.kind.as_str().to_string())];
    if let Some(speaker) = a.speaker.as_deref().and_then(|id| briefing.speaker(id)) {
        body.push(textual("identifying", speaker.name.clone()));
        if speaker.role.is_some() || speaker.affiliation.is_some() {
            body.push(textual("describing", speaker.description()));
        }
    }
    W3cAnnotation {
        context: ANNO_CONTEXT,
        id: format!(
            "urn:dossier:{}:{}:{}-{}",
            briefing.id, a.kind, a.span.start, a.span.end
        ),
        kind: "Annotation",
        motivation: "identifying",
        creator: match a.origin {
            crate::Origin::Auto => W3cAgent {
                kind: "Software",
                name: Some("dossier annotator"),
            },
            crate::Origin::Manual => W3cAgent {
                kind: "Person",
                name: None,
            },
        },
        generator: W3cAgent {
            kind: "Software",
            name: Some("dossier"),
        },
        body,
        target: W3cTarget {
            source: source_uri(briefing),
            scope: briefing.meta.url.clone(),
            selector: (
                W3cQuoteSelector {
                    kind: "TextQuoteSelector",
                    exact: anchor.exact,
                    prefix: anchor.prefix,
                    suffix: anchor.suffix,
                },
                W3cPositionSelector {
                    kind: "TextPositionSelector",
                    start: chars(a.span.start),
                    end: chars(a.span.end),
                },
            ),
        },
    }
}

/// The CSL-JSON item (`article-newspaper`) for a briefing.
pub fn csl_item(briefing: &Briefing) -> Value {
    let meta = &briefing.meta;
    let mut item = serde_json::Map::new();
    item.insert("id".into(), json!(briefing.id));
    item.insert("type".into(), json!("article-newspaper"));
    if let Some(title) = &meta.title {
        item.insert("title".into(), json!(title));
    }
    if let Some(outlet) = &meta.source {
        item.insert("container-title".into(), json!(outlet));
    }
    if let Some(author) = &meta.author {
        item.insert("author".into(), json!([csl_name(author)]));
    }
    if let Some(parts) = meta.date.as_deref().and_then(date_parts) {
        item.insert("issued".into(), json!({ "date-parts": [parts] }));
    }
    if let Some(url) = &meta.url {
        item.insert("URL".into(), json!(url));
    }
    Value::Object(item)
}

/// "Given Family" as a CSL name; a single word, or anything with a comma, kept literal.
fn csl_name(name: &str) -> Value {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.split_last() {
        Some((family, given)) if !given.is_empty() && !name.contains(',') => {
            json!({"family": family, "given": given.join(" ")})
        }
        _ => json!({"literal": name.trim()}),
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as CSL date parts.
fn date_parts(date: &str) -> Option<Vec<u32>> {
    let parts: Vec<u32> = date
        .split('-')
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    (!parts.is_empty() && parts.len() <= 3).then_some(parts)
}

/// The readable digest of one briefing.
pub fn markdown_digest(briefing: &Briefing) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", briefing.display_title());
    let meta = &briefing.meta;
    let stated: Vec<&str> = [&meta.source, &meta.author, &meta.date]
        .into_iter()
        .filter_map(|v| v.as_deref())
        .collect();
    if !stated.is_empty() {
        let _ = writeln!(out, "*{}*  ", stated.join(" · "));
    }
    let _ = writeln!(out, "`{}`\n", briefing.path.display());

    let (speech_by_speaker, unattributed) = speech_by_speaker(briefing);
    if speech_by_speaker.is_empty() && unattributed.is_empty() {
        let _ = writeln!(out, "No quotes or claims.");
        return out;
    }
    let _ = writeln!(out, "## Speakers\n");
    for (speaker, speech) in &speech_by_speaker {
        let (quotes, claims) = count(speech);
        let _ = writeln!(
            out,
            "- **{}**{}: {}",
            speaker.name,
            tail(&speaker.description(), &speaker.name),
            counts(quotes, claims)
        );
    }
    let _ = writeln!(out);
    for (speaker, speech) in &speech_by_speaker {
        let _ = writeln!(out, "## {}\n", speaker.name);
        for a in speech {
            let _ = writeln!(out, "{}", said(briefing, a));
        }
        let _ = writeln!(out);
    }
    if !unattributed.is_empty() {
        let _ = writeln!(out, "## Unattributed\n");
        for a in &unattributed {
            let _ = writeln!(out, "{}", said(briefing, a));
        }
        let _ = writeln!(out);
    }
    out
}

type SpeechBySpeaker<'a> = Vec<(&'a crate::Speaker, Vec<&'a Annotation>)>;

fn speech_by_speaker(briefing: &Briefing) -> (SpeechBySpeaker<'_>, Vec<&Annotation>) {
    let mut by: SpeechBySpeaker<'_> = Vec::new();
    let mut unattributed = Vec::new();
    for (_, a) in briefing.speech() {
        match a.speaker.as_deref().and_then(|id| briefing.speaker(id)) {
            Some(s) => match by.iter_mut().find(|(k, _)| k.id == s.id) {
                Some((_, list)) => list.push(a),
                None => by.push((s, vec![a])),
            },
            None => unattributed.push(a),
        }
    }
    (by, unattributed)
}

fn count(speech: &[&Annotation]) -> (usize, usize) {
    let quotes = speech.iter().filter(|a| a.kind == Kind::Quote).count();
    (quotes, speech.len() - quotes)
}

fn counts(quotes: usize, claims: usize) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match (quotes, claims) {
        (q, 0) => plural(q, "quote"),
        (0, c) => plural(c, "claim"),
        (q, c) => format!("{}, {}", plural(q, "quote"), plural(c, "claim")),
    }
}

/// ", role, affiliation" from a description that starts with the name.
fn tail(description: &str, name: &str) -> String {
    description
        .strip_prefix(name)
        .unwrap_or_default()
        .to_string()
}

/// One bullet: the quote in quotation marks (a claim as reported), then its citation.
fn said(briefing: &Briefing, a: &Annotation) -> String {
    let text = briefing
        .slice(a.span)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let body = match a.kind {
        Kind::Quote => format!("\u{201C}{text}\u{201D}"),
        _ => format!("{text} *(reported)*"),
    };
    format!("- {body} — {}", citation(briefing, a))
}

/// "(Outlet, 2023-10-01, ¶4)", falling back to the file name for what is not stated.
fn citation(briefing: &Briefing, a: &Annotation) -> String {
    let mut parts: Vec<String> = Vec::new();
    match &briefing.meta.source {
        Some(outlet) => parts.push(outlet.clone()),
        None => parts.push(briefing.id.clone()),
    }
    if let Some(date) = &briefing.meta.date {
        parts.push(date.clone());
    }
    if let Some(n) = briefing.paragraph_number(a.span.start) {
        parts.push(format!("¶{n}"));
    }
    format!("({})", parts.join(", "))
}
