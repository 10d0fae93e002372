//! Countries, organizations and places: the proper nouns of the word lists, runs of
//! capitalised words headed by an organization word ("Kosovo Center for Security Studies",
//! "University of Cambridge"), and capitalised acronyms.

use super::Hit;
use super::lexicon::{Lexicon, ProperKind};
use super::mentions::is_descriptive_attribute;
use super::tokens::{TokKind, Token};
use crate::annotation::Span;

/// Small words allowed inside an organization's name.
const CONNECTORS: &[&str] = &["of", "for", "on", "and", "the", "de", "in", "&"];

/// Runs of capitalised words with an organization head word, as organization hits.
pub fn organization_runs<'a>(text: &'a str, toks: &[Token], lex: &Lexicon, out: &mut Vec<Hit<'a>>) {
    let cap = |t: &Token| t.kind == TokKind::Word && t.starts_upper(text);
    // "444th Brigade", "3rd Division": an ordinal opens a unit's name.
    let ordinal = |t: &Token| {
        if !text.as_bytes().get(t.start).is_some_and(u8::is_ascii_digit) {
            return false;
        }
        let w = t.text(text);
        w.len() > 2
            && w.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s))
    };
    let mut i = 0;
    while i < toks.len() {
        if !(cap(&toks[i]) || (ordinal(&toks[i]) && toks.get(i + 1).is_some_and(cap)))
            || matches!(
                toks[i].text(text),
                "The" | "A" | "An" | "In" | "For" | "On" | "At"
            )
            // "Athens-based Poseidon Tankers": where it is based is not its name.
            || (toks[i].end - toks[i].start > 6
                && toks[i].text(text).contains('-')
                && is_descriptive_attribute(&toks[i].text(text).to_lowercase()))
        {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut last_cap = i;
        // The last capital before the first "of the" joined in, if any.
        let mut joined_at: Option<usize> = None;
        while j < toks.len() {
            let t = &toks[j];
            if t.start > toks[j - 1].end + 1 {
                break;
            }
            if cap(t) {
                last_cap = j;
                j += 1;
            } else if (t.kind == TokKind::Word || t.text(text) == "&")
                && CONNECTORS.contains(&t.text(text))
                && toks.get(j + 1).is_some_and(cap)
                // "Peter Olsen of Aarhus University": two names before "of" and no body
                // among them are a person, placed by the body after it.
                && !(t.text(text) == "of"
                    && last_cap > i
                    && toks[i..=last_cap].iter().all(|t| {
                        let w = t.text(text);
                        cap(t) && !lex.is_org_head(w) && !lex.is_title_word(&w.to_lowercase())
                    }))
            {
                j += 1;
            } else if t.kind == TokKind::Word
                && matches!(t.text(text), "of" | "for")
                && toks.get(j + 1).is_some_and(|n| n.text(text) == "the")
                && toks.get(j + 2).is_some_and(cap)
                // Only a body is continued so ("National Council for the …"), never a
                // person ("Jürgen Brückner of the Hamburg Institute").
                && toks[i..=last_cap]
                    .iter()
                    .any(|t| lex.is_org_head(t.text(text)))
            {
                // "General Staff of the Armed Forces", "Institute for the Study of War".
                joined_at.get_or_insert(last_cap);
                j += 2;
            } else {
                break;
            }
        }
        // "Eastern Theater Command of the People's Liberation Army": an owner after "of the"
        // is another name; the run ends before it.
        if let Some(before) = joined_at
            && toks
                .get(last_cap + 1)
                .is_some_and(|t| t.kind == TokKind::Possessive)
        {
            last_cap = before;
        }
        // A run of one word is never a name here: the head look-ups are skipped for it.
        let has_head = || {
            toks[i..=last_cap]
                .iter()
                .any(|t| lex.is_org_head(t.text(text)))
        };
        if last_cap > i && has_head() {
            let (first, last) = titled_holder(text, toks, lex, i, last_cap)
                .or_else(|| holder_after_body(text, toks, lex, i, last_cap))
                .unwrap_or((i, last_cap));
            out.push(Hit {
                span: Span::new(toks[first].start, toks[last].end),
                kind: ProperKind::Organization,
                canonical: Span::new(toks[first].start, toks[last].end).slice(text),
            });
        }
        i = last_cap + 1;
    }
}

/// "Inspector General of Police Zulfiqar Ahmad Marwat", "Director General of Health
/// Services Anil Kumar": a run that opens with a title, names the body after "of" and ends in
/// a few more capitalised words is a title, its body and a person's name. Returns the body's
/// tokens (first, last), so that the title and the name stay outside the organization.
fn titled_holder(
    text: &str,
    toks: &[Token],
    lex: &Lexicon,
    first: usize,
    last: usize,
) -> Option<(usize, usize)> {
    if !lex.is_title_word(&toks[first].text(text).to_lowercase()) {
        return None;
    }
    let of = (first + 1..last).find(|&k| toks[k].text(text) == "of")?;
    let body_first = if toks[of + 1].text(text) == "the" {
        of + 2
    } else {
        of + 1
    };
    let head = (body_first..=last)
        .rev()
        .find(|&k| lex.is_org_head(toks[k].text(text)))?;
    // The name: one to four capitalised words, none of them a connector.
    let name = head + 1..=last;
    let is_name = (1..=4).contains(&(last - head))
        && name
            .clone()
            .all(|k| toks[k].starts_upper(text) && !CONNECTORS.contains(&toks[k].text(text)));
    is_name.then_some((body_first, head))
}

/// "Lamu County Police Commander Moses Kiprotich", "Interior Cabinet Secretary Daniel
/// Kiptanui": a body, a title and a person's name in one capitalised run. Returns the body's
/// tokens (first, last), which end before the title, so that the name stays a person's.
fn holder_after_body(
    text: &str,
    toks: &[Token],
    lex: &Lexicon,
    first: usize,
    last: usize,
) -> Option<(usize, usize)> {
    // The name: one to four capitalised words at the end, none a title word, a body's head
    // or a connector; right before it, the title's head word.
    let name_word = |k: usize| {
        let w = toks[k].text(text);
        toks[k].starts_upper(text)
            && !CONNECTORS.contains(&w)
            && !lex.is_org_head(w)
            && !lex.is_title_word(&w.to_lowercase())
    };
    let title = (first + 1..last).rev().find(|&k| !name_word(k))?;
    if !(1..=4).contains(&(last - title)) || !lex.is_title(&toks[title].text(text).to_lowercase()) {
        return None;
    }
    let head = (first..title).rfind(|&k| lex.is_org_head(toks[k].text(text)))?;
    Some((first, head))
}

/// Capitalised acronyms not in the lists ("KCSS", "UNMIK") as organization hits.
pub fn acronyms<'a>(text: &'a str, toks: &[Token], lex: &Lexicon, out: &mut Vec<Hit<'a>>) {
    for t in toks {
        // Most tokens fail on their kind, length or first byte, read without slicing.
        if t.kind != TokKind::Word
            || !(2..=6).contains(&t.end.saturating_sub(t.start))
            || !text
                .as_bytes()
                .get(t.start)
                .is_some_and(u8::is_ascii_uppercase)
        {
            continue;
        }
        let w = t.text(text);
        let ok = t.kind == TokKind::Word
            && (2..=6).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && !lex.is_acronym_exception(w);
        if ok {
            out.push(Hit {
                span: t.span(),
                kind: ProperKind::Organization,
                canonical: w,
            });
        }
    }
}

/// Sort hits and keep, where they overlap, the one that starts first (the longer on a tie).
pub fn merge(hits: &mut Vec<Hit<'_>>) {
    hits.sort_by_key(|h| (h.span.start, std::cmp::Reverse(h.span.end)));
    let mut end = 0;
    hits.retain(|h| {
        if h.span.start < end {
            return false;
        }
        end = h.span.end;
        true
    });
}
