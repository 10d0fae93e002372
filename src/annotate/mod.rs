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

/// The units a reader selects text by, in one paragraph: its words, numbers and punctuation
/// marks (byte spans, in order) and its sentences (ranges of indices into `tokens`). The same
/// tokenizer and sentence rules as the annotator, so a selected sentence is one it would read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segments {
    pub tokens: Vec<Span>,
    pub sentences: Vec<std::ops::Range<usize>>,
}

/// Split `text[paragraph]` into [`Segments`].
pub fn segment(text: &str, paragraph: Span) -> Segments {
    let toks = tokens::tokenize(text, paragraph);
    let sentences = tokens::sentences(text, &toks)
        .into_iter()
        .map(|(start, end)| start..end)
        .collect();
    Segments {
        tokens: toks.iter().map(|t| t.span()).collect(),
        sentences,
    }
}

/// A proper noun found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit<'a> {
    pub span: Span,
    pub kind: ProperKind,
    /// The name it merges with as a speaker ("Moscow" → "Russia").
    pub canonical: &'a str,
}

/// What every pass reads: the text, the lists, the proper nouns found.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    /// `text` with ASCII letters lowercased: same byte offsets, lowercased once for all the
    /// word-list look-ups (see [`Ctx::lower`]).
    pub lowered: &'a str,
    pub lex: &'a Lexicon,
    /// Sorted by start, not overlapping.
    pub hits: Vec<Hit<'a>>,
}

impl<'a> Ctx<'a> {
    /// Token `t` lowercased, without allocating for ASCII words.
    pub fn lower(&self, t: tokens::Token) -> std::borrow::Cow<'a, str> {
        tokens::lower_token(self.text, self.lowered, t)
    }

    /// Whether token `k` is a period inside a listed name ("U.S.", "U.K."): glued to the word
    /// before it and covered by a proper noun of the lists. Such a period ends no phrase.
    pub fn is_name_period(&self, toks: &[tokens::Token], k: usize) -> bool {
        k > 0
            && toks[k].punct(self.text) == Some('.')
            && toks[k - 1].end == toks[k].start
            && self.hit_covering(toks[k].start).is_some()
    }

    /// The hit covering byte `pos`.
    pub fn hit_covering(&self, pos: usize) -> Option<&Hit<'_>> {
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
    let mut hits: Vec<Hit<'_>> = lexicon
        .find_propers(text)
        .into_iter()
        .filter_map(|h| {
            let p = lexicon.propers().get(h.entry)?;
            Some(Hit {
                span: Span::new(h.start, h.end),
                kind: p.kind,
                canonical: p.canonical.as_str(),
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
    let lowered = text.to_ascii_lowercase();
    let ctx = Ctx {
        text,
        lowered: &lowered,
        lex: lexicon,
        hits,
    };

    // 2. Direct quotes.
    // Paragraphs are tokenized already: the narration check reads their tokens.
    let narration = |p: Span| match paragraphs.binary_search_by_key(&p.start, |q| q.start) {
        Ok(i) if paragraphs[i] == p => speech::is_narration_tokens(&ctx, &para_tokens[i]),
        _ => speech::is_narration(&ctx, p),
    };
    let mut found = quotes::find(text, &paragraphs, &narration);
    found.retain(|q| !quotes::is_term(text, q));
    let introduced = quotes::introduced_paragraphs(text, &paragraphs, &found);
    found.extend(introduced);
    found.sort_by_key(|q| q.span.start);
    let mut answers = quotes::transcript_answers(text, &paragraphs, &found);
    answers.extend(quotes::soundbites(text, &paragraphs, &found));
    answers.sort_by_key(|q| q.span.start);
    answers.dedup_by_key(|q| q.span.start);
    let quote_spans: Vec<Span> = {
        let mut v: Vec<Span> = found.iter().map(|q| q.span).collect();
        v.sort();
        v
    };
    let answer_spans: Vec<Span> = answers.iter().map(|q| q.span).collect();
    found.extend(answers);
    found.sort_by_key(|q| q.span.start);

    // 3. Speech events, in reading order.
    let mut reader = speech::Reader::new(&ctx, &quote_spans, &answer_spans);
    for (i, &p) in paragraphs.iter().enumerate() {
        if p.len() <= MAX_SPEECH_PARAGRAPH {
            reader.paragraph(i, &para_tokens[i]);
        }
    }
    let speech::Reader {
        mut table,
        mut events,
        ..
    } = reader;
    for e in &mut events {
        if let (None, Some(role)) = (e.speaker, e.pending_role.take()) {
            e.speaker = table.by_role_held(&role);
            // "Pakistan's foreign office spokesperson": a role tied to its owner names one
            // person even when the text never gives the name.
            // So does any role nobody named holds ("its spokeswoman told a briefing", "the
            // brigade commander said"): the role is the only name the text gives.
            if e.speaker.is_none() {
                e.speaker = Some(table.group(&role, &role));
            }
        }
    }

    // 4. Events → claims and attributed quotes.
    let (quote_attr, claims) = attribute(text, &found, &events);
    // A scare quote that no cue claims was the writer's word, not anyone's speech.
    let (found, quote_attr): (Vec<_>, Vec<_>) = found
        .into_iter()
        .zip(quote_attr)
        .filter(|(q, a)| a.is_some_and(|a| a.cue.is_some()) || !quotes::is_scare_quote(text, q))
        .unzip();
    let mut annotations = Vec::new();
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

    // Speech quoted inside a quotation ("She said “…”" inside ‘…’): a quote of its own,
    // cued by its verb; who said it is someone in the outer speaker's story, whom only the
    // words around it could name, so it is left unattributed.
    let speech_verb = |w: &str| {
        lexicon
            .verb_forms(w)
            .is_some_and(|forms| forms.iter().any(|f| f.class.speech && f.rest.is_empty()))
            || matches!(w, "asked" | "shouted" | "screamed" | "whispered" | "yelled")
    };
    for (span, cue) in quotes::nested_speech(text, &found, speech_verb) {
        if !found.iter().any(|q| q.span == span) {
            let mut ann = Annotation::new(Kind::Quote, span);
            ann.cue = Some(cue);
            annotations.push(ann);
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
        figures::find(text, &lowered, toks, &dates, &mut figure_spans);
    }
    annotations.extend(dates.iter().map(|&d| Annotation::new(Kind::Date, d)));
    annotations.extend(
        figure_spans
            .iter()
            .map(|&f| Annotation::new(Kind::Figure, f)),
    );

    annotations.retain(|a| a.span.fits(text) && !a.span.is_empty());
    let mut annotations = sorted(annotations);
    normalize(&mut annotations);
    Annotated {
        meta,
        speakers,
        annotations,
    }
}

/// `annotations` in the order of [`Annotation::sort_key`], as a stable sort gives it, but
/// sorting packed integer keys and moving each (large) annotation once: `normalize` then
/// finds them in order, which costs it one linear pass.
fn sorted(mut annotations: Vec<Annotation>) -> Vec<Annotation> {
    // start | end | kind | index in 40 + 40 + 8 + 40 bits: offsets and counts below 2^40
    // (a terabyte of text) always, but checked.
    const BITS: u32 = 40;
    let fits = |n: usize| (n as u128) < (1u128 << BITS);
    if !fits(annotations.len()) || !annotations.iter().all(|a| fits(a.span.end)) {
        annotations.sort_by_key(Annotation::sort_key);
        return annotations;
    }
    let mut order: Vec<u128> = annotations
        .iter()
        .enumerate()
        .map(|(i, a)| {
            // `Kind`'s derived order is the order of its discriminants.
            (a.span.start as u128) << (2 * BITS + 8)
                | (a.span.end as u128) << (BITS + 8)
                | (a.kind as u128) << BITS
                | i as u128
        })
        .collect();
    // The index makes every key unique, so an unstable sort gives the stable order.
    order.sort_unstable();
    let mut slots: Vec<Option<Annotation>> = annotations.into_iter().map(Some).collect();
    let mask = (1u128 << BITS) - 1;
    order
        .iter()
        .filter_map(|&k| slots.get_mut((k & mask) as usize).and_then(Option::take))
        .collect()
}

/// Index range `[first, last]` of the block of each quote (blocks are runs of neighbours).
fn block_ranges(found: &[quotes::Quote]) -> Vec<(usize, usize)> {
    let mut out = vec![(0, 0); found.len()];
    let mut i = 0;
    while i < found.len() {
        let mut j = i;
        while j + 1 < found.len() && found[j + 1].block == found[i].block {
            j += 1;
        }
        for slot in &mut out[i..=j] {
            *slot = (i, j);
        }
        i = j + 1;
    }
    out
}

/// Turn speech events into claims and quote attributions, then let quotations with no cue
/// of their own continue the previous speaker. `found` is sorted by start and its spans do
/// not overlap, so every look-up is a binary search and the whole step is O(n log n).
fn attribute(
    text: &str,
    found: &[quotes::Quote],
    events: &[speech::Event],
) -> (Vec<Option<Attribution>>, Vec<(Span, Attribution)>) {
    let blocks = block_ranges(found);
    let mut quote_attr: Vec<Option<Attribution>> = vec![None; found.len()];
    let mut claims: Vec<(Span, Attribution)> = Vec::new();
    // Letters and digits only, so that marks and commas do not count against a short quote.
    let alnum = |s: Span| {
        s.slice(text)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .count()
    };
    for e in events {
        let Some(content) = e.content else { continue };
        let attr = Attribution {
            speaker: e.speaker,
            cue: Some(e.cue),
            source: e.source,
            paragraph: e.paragraph,
        };
        // Quotes do not overlap one another, except an interview answer printed without
        // marks, which may hold the quotes the interviewee cites: search by start, and take
        // the quote before that only if it reaches into the content.
        let after = found.partition_point(|q| q.span.start < content.start);
        let first = match after.checked_sub(1) {
            Some(b) if found[b].span.end > content.start => b,
            _ => after,
        };
        let overlapping: Vec<usize> = (first..found.len())
            .take_while(|&i| found[i].span.start < content.end)
            .filter(|&i| found[i].span.end > content.start)
            .collect();
        // An answer that holds the content is no quote of it: the content is the
        // interviewee's report or a quote inside the answer.
        let enclosing = |i: usize| found[i].answer && found[i].span.start + 1 < content.start;
        let covered: usize = overlapping
            .iter()
            .filter(|&&i| !enclosing(i))
            .map(|&i| {
                let q = found[i].span;
                alnum(Span::new(
                    q.start.max(content.start),
                    q.end.min(content.end),
                ))
            })
            .sum();
        // The content is the quote itself (`X said: "…"`, `"…," X said`), not a claim that
        // holds a partial quote.
        let lead = overlapping.iter().copied().find(|&i| !enclosing(i));
        let starts_quoted = lead.is_some_and(|i| {
            let q = &found[i];
            let open = q.open.map_or(q.span.start, |o| o.start);
            // (A quote printed without marks, an interview answer, holds cues of its own:
            // "The Kremlin says …" inside it is a claim, not the answer.)
            open <= content.start + 1
                && content.start < q.span.end
                && (!q.answer || content.start <= q.span.start + 1)
        });
        // ("said ‘the safety of our personnel’ was its ‘top priority’": a quoted subject
        // with its verb outside the marks is a clause that holds quotes.)
        let verb_after_lead = lead.is_some_and(|i| {
            let after = found[i].close.map_or(found[i].span.end, |c| c.end);
            text.get(after..content.end)
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|w| speech::is_be(w) || speech::is_aux(w))
        });
        let is_quote = starts_quoted && covered * 10 >= alnum(content) * 7 && !verb_after_lead;
        for &i in &overlapping {
            // A claim inside an interview answer is the interviewee reporting someone else.
            if !is_quote && found[i].answer {
                continue;
            }
            // The answer is the interviewee's; a quote it holds has a cue of its own.
            if let Some(l) = lead
                && is_quote
                && found[l].answer
                && i != l
                && found[i].span.end <= found[l].span.end
            {
                continue;
            }
            let (lo, hi) = if is_quote { blocks[i] } else { (i, i) };
            for slot in &mut quote_attr[lo..=hi] {
                if slot.is_none() {
                    *slot = Some(attr);
                }
            }
        }
        if !is_quote {
            claims.push((content, attr));
        }
    }
    // Floating quotes: sweep in reading order, remembering the last attributed speech.
    let mut timeline: Vec<(usize, Attribution)> = claims
        .iter()
        .map(|(s, a)| (s.start, *a))
        .chain(events.iter().filter(|e| e.content.is_none()).map(|e| {
            (
                e.cue.start,
                Attribution {
                    speaker: e.speaker,
                    cue: Some(e.cue),
                    source: e.source,
                    paragraph: e.paragraph,
                },
            )
        }))
        .filter(|(_, a)| a.speaker.is_some())
        .collect();
    timeline.sort_by_key(|(pos, _)| *pos);
    let mut next = 0;
    let mut last: Option<(usize, Attribution)> = None;
    let mut i = 0;
    while i < found.len() {
        let (lo, hi) = blocks[i];
        let start = found[lo].span.start;
        while next < timeline.len() && timeline[next].0 < start {
            if last.is_none_or(|(p, _)| p <= timeline[next].0) {
                last = Some(timeline[next]);
            }
            next += 1;
        }
        if quote_attr[lo..=hi].iter().all(Option::is_none)
            && let Some((_, a)) = last.filter(|(_, a)| found[lo].paragraph <= a.paragraph + 3)
        {
            for slot in &mut quote_attr[lo..=hi] {
                *slot = Some(Attribution {
                    cue: None,
                    source: None,
                    ..a
                });
            }
        }
        for j in lo..=hi {
            if let Some(a) = quote_attr[j].filter(|a| a.speaker.is_some())
                && last.is_none_or(|(p, _)| p <= found[j].span.start)
            {
                last = Some((found[j].span.start, a));
            }
        }
        i = hi + 1;
    }
    (quote_attr, claims)
}

/// Who said a quote or claim, and on what cue.
#[derive(Debug, Clone, Copy)]
struct Attribution {
    speaker: Option<usize>,
    cue: Option<Span>,
    source: Option<Span>,
    paragraph: usize,
}
