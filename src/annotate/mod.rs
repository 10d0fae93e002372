//! The automatic annotator: pure, deterministic, no I/O.
//!
//! A pipeline of small passes over the text, each testable alone:
//! 1. paragraphs and tokens ([`tokens`]); proper nouns of the word lists, organization names
//!    and acronyms ([`lexicon`], [`entities`]);
//! 2. quotation marks → direct quotes ([`quotes`]);
//! 3. per sentence, in reading order: speech cues, their subjects and contents ([`speech`]),
//!    with speaker mentions parsed by [`mentions`] and resolved through the per-briefing table
//!    of [`speakers`];
//! 4. events → claims, attributed quotes, floating quotes (a quotation with no cue of its own
//!    continues the previous speaker), mentions;
//! 5. dates, figures ([`dates`], [`figures`]) and what the text states about itself ([`meta`]).
//!
//! Every pass is linear in the text or bounded per sentence, so the annotator keeps its speed
//! on a 20 MB single line or a million quotation marks.

mod dates;
mod entities;
mod figures;
mod lexicon;
mod mentions;
mod meta;
mod quotes;
mod speakers;
mod speech;
mod tokens;

pub use lexicon::{Lexicon, LexiconError, ProperKind};

use crate::annotation::{Annotation, EntityKind, Kind, Span, normalize};
use crate::briefing::Meta;
use crate::speaker::Speaker;

/// What the annotator finds in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotated {
    pub meta: Meta,
    pub speakers: Vec<Speaker>,
    /// Sorted, in bounds, on char boundaries (see [`crate::annotation::check_invariants`]).
    pub annotations: Vec<Annotation>,
}

/// A proper noun found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    pub span: Span,
    pub kind: ProperKind,
    /// The name it merges with as a speaker ("Moscow" → "Russia").
    pub canonical: String,
}

/// What every pass reads: the text, the lists, the proper nouns found.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub lex: &'a Lexicon,
    /// Sorted by start, not overlapping.
    pub hits: Vec<Hit>,
}

impl Ctx<'_> {
    /// The hit covering byte `pos`.
    pub fn hit_covering(&self, pos: usize) -> Option<&Hit> {
        let i = self.hits.partition_point(|h| h.span.end <= pos);
        self.hits.get(i).filter(|h| h.span.start <= pos)
    }
}

/// Paragraphs longer than this are read for quotes, entities, dates and figures, but not for
/// attribution: no news paragraph is this long, and a pathological one must not cost more than
/// a linear scan.
const MAX_SPEECH_PARAGRAPH: usize = 64 * 1024;

/// Annotate `text`.
pub fn annotate(text: &str, lexicon: &Lexicon) -> Annotated {
    let meta = meta::extract(text);
    let mut paragraphs = crate::briefing::paragraphs(text);
    // A headline is its own paragraph even when the layout heuristics joined it to the body.
    if let (Some(title), Some(first)) = (&meta.title, paragraphs.first().copied()) {
        let s = first.slice(text);
        if let Some(nl) = s.find('\n').filter(|&nl| s[..nl].trim() == title.as_str()) {
            let rest = crate::briefing::trimmed(text, Span::new(first.start + nl, first.end));
            paragraphs[0] = Span::new(first.start, first.start + s[..nl].trim_end().len());
            paragraphs.insert(1, rest);
        }
    }

    // 1. Proper nouns, organization names and acronyms.
    let mut hits: Vec<Hit> = lexicon
        .find_propers(text)
        .into_iter()
        .filter_map(|h| {
            let p = lexicon.propers().get(h.entry)?;
            Some(Hit {
                span: Span::new(h.start, h.end),
                kind: p.kind,
                canonical: p.canonical.clone(),
            })
        })
        .collect();
    let mut dates = Vec::new();
    let mut para_tokens = Vec::with_capacity(paragraphs.len());
    for &p in &paragraphs {
        let toks = tokens::tokenize(text, p);
        entities::organization_runs(text, &toks, lexicon, &mut hits);
        dates::find(text, &toks, &mut dates);
        para_tokens.push(toks);
    }
    let mut acronym_hits = Vec::new();
    for toks in &para_tokens {
        entities::acronyms(text, toks, lexicon, &mut acronym_hits);
    }
    hits.extend(acronym_hits);
    entities::merge(&mut hits);
    let ctx = Ctx {
        text,
        lex: lexicon,
        hits,
    };

    // 2. Direct quotes.
    let narration = |p: Span| speech::is_narration(&ctx, p);
    let mut found = quotes::find(text, &paragraphs, &narration);
    found.retain(|q| !quotes::is_term(text, q));
    let quote_spans: Vec<Span> = {
        let mut v: Vec<Span> = found.iter().map(|q| q.span).collect();
        v.sort();
        v
    };

    // 3. Speech events, in reading order.
    let mut reader = speech::Reader::new(&ctx, &quote_spans);
    for (i, &p) in paragraphs.iter().enumerate() {
        if p.len() <= MAX_SPEECH_PARAGRAPH {
            reader.paragraph(i, p);
        }
    }
    let speech::Reader {
        mut table,
        mut events,
        ..
    } = reader;
    for e in &mut events {
        if let (None, Some(role)) = (e.speaker, e.pending_role.take()) {
            e.speaker = table.by_role(&role);
        }
    }

    // 4. Events → claims and attributed quotes.
    let mut annotations = Vec::new();
    let mut quote_attr: Vec<Option<Attribution>> = vec![None; found.len()];
    let mut claims: Vec<(Span, Attribution)> = Vec::new();
    for e in &events {
        let Some(content) = e.content else { continue };
        let attr = Attribution {
            speaker: e.speaker,
            cue: Some(e.cue),
            source: e.source,
            paragraph: e.paragraph,
            position: e.cue.start,
        };
        let overlapping: Vec<usize> = found
            .iter()
            .enumerate()
            .filter(|(_, q)| q.span.overlaps(content))
            .map(|(i, _)| i)
            .collect();
        // Letters and digits only, so that marks and commas do not count against a short quote.
        let alnum = |s: Span| {
            s.slice(text)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .count()
        };
        let covered: usize = overlapping
            .iter()
            .map(|&i| {
                let q = found[i].span;
                alnum(Span::new(
                    q.start.max(content.start),
                    q.end.min(content.end),
                ))
            })
            .sum();
        // The content is the quote itself (`X said: "…"`, `"…," X said`), not a claim
        // that holds a partial quote.
        let starts_quoted = found.iter().any(|q| {
            let open = q.open.map_or(q.span.start, |o| o.start);
            open <= content.start + 1 && content.start < q.span.end
        });
        let is_quote = starts_quoted && covered * 10 >= alnum(content) * 7;
        for &i in &overlapping {
            let block = found[i].block;
            let targets: Vec<usize> = if is_quote {
                (0..found.len())
                    .filter(|&j| found[j].block == block)
                    .collect()
            } else {
                vec![i]
            };
            for j in targets {
                if quote_attr[j].is_none() {
                    quote_attr[j] = Some(attr);
                }
            }
        }
        if !is_quote {
            claims.push((content, attr));
        }
    }
    // Floating quotes: a quotation with no cue of its own continues the previous speaker.
    let mut previous: Vec<(usize, Attribution)> =
        claims.iter().map(|(s, a)| (s.start, *a)).collect();
    previous.extend(events.iter().filter(|e| e.content.is_none()).map(|e| {
        (
            e.cue.start,
            Attribution {
                speaker: e.speaker,
                cue: Some(e.cue),
                source: e.source,
                paragraph: e.paragraph,
                position: e.cue.start,
            },
        )
    }));
    for (i, q) in found.iter().enumerate() {
        if quote_attr[i].is_some() {
            continue;
        }
        let block_start = found
            .iter()
            .filter(|o| o.block == q.block)
            .map(|o| (o.span.start, o.paragraph))
            .min();
        let Some((start, first_para)) = block_start else {
            continue;
        };
        let before_quotes = (0..found.len())
            .filter(|&j| {
                found[j].span.start < start && quote_attr[j].is_some_and(|a| a.speaker.is_some())
            })
            .filter_map(|j| quote_attr[j].map(|a| (found[j].span.start, found[j].paragraph, a)));
        let before_claims = previous
            .iter()
            .filter(|(pos, a)| *pos < start && a.speaker.is_some())
            .map(|(pos, a)| (*pos, a.paragraph, *a));
        let nearest = before_quotes
            .chain(before_claims)
            .max_by_key(|(pos, _, _)| *pos);
        if let Some((_, para, a)) = nearest {
            if first_para <= para + 3 {
                quote_attr[i] = Some(Attribution {
                    cue: None,
                    source: None,
                    ..a
                });
            }
        }
    }

    // Speakers that something is attributed to get ids.
    let used = quote_attr
        .iter()
        .flatten()
        .chain(claims.iter().map(|(_, a)| a))
        .filter_map(|a| a.speaker)
        .collect::<Vec<_>>();
    for &u in &used {
        table.mark_used(u);
    }
    let (speakers, ids) = table.finish();
    let id_of = |i: Option<usize>| i.and_then(|i| ids.get(i).cloned().flatten());
    let build = |kind: Kind, span: Span, a: Option<Attribution>| {
        let mut ann = Annotation::new(kind, span);
        if let Some(a) = a {
            ann.speaker = id_of(a.speaker);
            ann.cue = a.cue;
            ann.source = a.source;
        }
        ann
    };
    for (q, a) in found.iter().zip(&quote_attr) {
        annotations.push(build(Kind::Quote, q.span, *a));
    }
    for (span, a) in &claims {
        annotations.push(build(Kind::Claim, *span, Some(*a)));
    }
    for e in &events {
        if let (Some(source), Some(id)) = (e.source, id_of(e.speaker)) {
            annotations.push(Annotation::new(Kind::Mention, source).with_speaker(id));
        }
    }

    // 5. Entities, dates, figures.
    for h in &ctx.hits {
        let kind = match h.kind {
            ProperKind::Country => EntityKind::Country,
            ProperKind::Organization | ProperKind::Outlet => EntityKind::Organization,
            ProperKind::Place => EntityKind::Place,
            ProperKind::Demonym => continue,
        };
        annotations.push(Annotation::new(Kind::Entity, h.span).with_entity(kind));
    }
    dates.sort();
    let mut figure_spans = Vec::new();
    for toks in &para_tokens {
        figures::find(text, toks, &dates, &mut figure_spans);
    }
    annotations.extend(dates.iter().map(|&d| Annotation::new(Kind::Date, d)));
    annotations.extend(
        figure_spans
            .iter()
            .map(|&f| Annotation::new(Kind::Figure, f)),
    );

    annotations.retain(|a| a.span.fits(text) && !a.span.is_empty());
    normalize(&mut annotations);
    Annotated {
        meta,
        speakers,
        annotations,
    }
}

/// Who said a quote or claim, and on what cue.
#[derive(Debug, Clone, Copy)]
struct Attribution {
    speaker: Option<usize>,
    cue: Option<Span>,
    source: Option<Span>,
    paragraph: usize,
    #[allow(dead_code)]
    position: usize,
}
