//! Machine-readable and human-readable listings of annotated briefings (`dossier annotate`).

use crate::annotation::{Annotation, Span};
use crate::briefing::Briefing;
use serde::Serialize;

/// One line of `dossier annotate --json`: the briefing, its speakers and every annotation with
/// byte offsets into the file's bytes and the exact text of each span.
#[derive(Debug, Serialize)]
pub struct BriefingJson<'a> {
    pub path: String,
    pub meta: MetaJson<'a>,
    pub speakers: &'a [crate::Speaker],
    pub annotations: Vec<AnnotationJson<'a>>,
}

#[derive(Debug, Serialize)]
pub struct MetaJson<'a> {
    pub title: Option<&'a str>,
    pub source: Option<&'a str>,
    pub author: Option<&'a str>,
    pub date: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct AnnotationJson<'a> {
    pub kind: crate::Kind,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub speaker: Option<&'a str>,
    pub cue: Option<SpanJson<'a>>,
    pub source: Option<SpanJson<'a>>,
    /// For entities: country, organization or place; `null` otherwise.
    pub entity: Option<crate::EntityKind>,
    /// `auto` (the annotator) or `manual` (a sidecar).
    pub origin: crate::Origin,
}

#[derive(Debug, Serialize)]
pub struct SpanJson<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

impl<'a> SpanJson<'a> {
    fn new(span: Span, text: &'a str) -> Self {
        SpanJson {
            start: span.start,
            end: span.end,
            text: span.slice(text),
        }
    }
}

impl<'a> BriefingJson<'a> {
    pub fn new(briefing: &'a Briefing) -> Self {
        let text = briefing.text.as_str();
        let annotation = |a: &'a Annotation| AnnotationJson {
            kind: a.kind,
            start: a.span.start,
            end: a.span.end,
            text: a.span.slice(text),
            speaker: a.speaker.as_deref(),
            cue: a.cue.map(|s| SpanJson::new(s, text)),
            source: a.source.map(|s| SpanJson::new(s, text)),
            entity: a.entity,
            origin: a.origin,
        };
        BriefingJson {
            path: briefing.path.display().to_string(),
            meta: MetaJson {
                title: briefing.meta.title.as_deref(),
                source: briefing.meta.source.as_deref(),
                author: briefing.meta.author.as_deref(),
                date: briefing.meta.date.as_deref(),
            },
            speakers: &briefing.speakers,
            annotations: briefing.annotations.iter().map(annotation).collect(),
        }
    }
}

/// The JSON line for `briefing` (no trailing newline).
pub fn to_json_line(briefing: &Briefing) -> String {
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string(&BriefingJson::new(briefing)).unwrap_or_default()
}

/// A readable listing: the briefing, then per quote or claim `speaker, role: "text" [cue]`.
pub fn to_listing(briefing: &Briefing) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "== {} — {}",
        briefing.path.display(),
        briefing.display_title()
    );
    let meta = &briefing.meta;
    let stated: Vec<String> = [
        ("outlet", &meta.source),
        ("author", &meta.author),
        ("date", &meta.date),
    ]
    .iter()
    .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}: {v}")))
    .collect();
    if !stated.is_empty() {
        let _ = writeln!(out, "   {}", stated.join(" · "));
    }
    for (_, a) in briefing.speech() {
        let who = a
            .speaker
            .as_deref()
            .and_then(|id| briefing.speaker(id))
            .map_or_else(
                || "(unattributed)".to_string(),
                |s| {
                    let mut d = s.name.clone();
                    if let Some(role) = &s.role {
                        d.push_str(", ");
                        d.push_str(role);
                    }
                    d
                },
            );
        let text = briefing.slice(a.span).replace('\n', " ");
        let cue = a
            .cue
            .map(|c| format!(" [{}]", briefing.slice(c)))
            .unwrap_or_default();
        let body = match a.kind {
            crate::Kind::Quote => format!("\u{201C}{text}\u{201D}"),
            _ => text,
        };
        let _ = writeln!(out, "  {who}: {body}{cue}");
    }
    out
}
