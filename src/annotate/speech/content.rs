//! What is reported: trimming a content span, where the writer takes over, and whether a
//! paragraph reads as narration.

use crate::annotate::Ctx;
use crate::annotate::tokens::{TokKind, Token, tokenize};
use crate::annotation::Span;

/// Where the writer takes over from the reported content: a contrast with a new subject
/// after a comma ("…, but it is still unclear …"), or an "as", ", after" or ", when" clause
/// explaining it ("… as violence has occurred twice"). Returns the byte length of the reported part.
pub fn writer_clause(s: &str) -> usize {
    let mut cut = s.len();
    // "…, while its rivals accuse it of …": the same for "while".
    for (i, skip) in after_commas(s, ", but ")
        .map(|i| (i, 6))
        .chain(after_commas(s, ", while ").map(|i| (i, 8)))
    {
        let next = s[i + skip..].split_whitespace().next().unwrap_or("");
        let subject = matches!(
            next,
            "it" | "there"
                | "the"
                | "a"
                | "an"
                | "this"
                | "that"
                | "he"
                | "she"
                | "they"
                | "we"
                | "its"
                | "how"
                | "what"
                | "whether"
                | "anyone"
                | "everyone"
                | "nobody"
                | "others"
                | "their"
                | "his"
                | "her"
        );
        if subject {
            cut = cut.min(i);
            break;
        }
    }
    if let Some(i) = after_commas(s, ", where ").next() {
        cut = cut.min(i);
    }
    // "…, after a police patrol came under fire near Zubin Potok": what led to it, told by
    // the writer (a clause with a verb of its own, not "after the elections").
    // "…, when five North Korean drones crossed the border": the same for "when".
    for (i, skip) in after_commas(s, ", after ")
        .map(|i| (i, 8))
        .chain(after_commas(s, ", when ").map(|i| (i, 7)))
    {
        // A clause that holds the speaker's words ("when the soldiers were «already
        // sleeping»") or leads to another reported one (", and that …") is reported too.
        let rest = &s[i + skip..];
        if skip == 7 && (rest.contains(['"', '“', '«', '„']) || rest.contains(" that ")) {
            continue;
        }
        let clause = rest.split_whitespace().take(7).any(|w| {
            matches!(
                w,
                "came" | "was" | "were" | "had" | "went" | "fell" | "rose" | "began" | "took"
            ) || (w.len() > 4 && w.ends_with("ed"))
        });
        if clause {
            cut = cut.min(i);
            break;
        }
    }
    for (i, _) in s.match_indices(" as ") {
        let words: Vec<&str> = s[i + 4..].split_whitespace().take(4).collect();
        let clause = words.len() >= 2
            && !matches!(
                words[0],
                "well"
                    | "many"
                    | "much"
                    | "soon"
                    | "long"
                    | "far"
                    | "part"
                    | "such"
                    | "a"
                    | "an"
                    | "if"
                    | "though"
                    | "to"
            )
            && words[1..].iter().any(|w| {
                matches!(
                    *w,
                    "has"
                        | "have"
                        | "had"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "rose"
                        | "grew"
                        | "fell"
                ) || (w.len() > 4 && w.ends_with("ed"))
            });
        if clause {
            cut = cut.min(i);
            break;
        }
    }
    cut
}

/// Where `pat` (which starts with its only comma) occurs in `s`, in order: the same as
/// `s.match_indices(pat)`, found from the commas, which are few, without setting up a
/// substring searcher for every content.
fn after_commas<'s>(s: &'s str, pat: &'s str) -> impl Iterator<Item = usize> + 's {
    s.match_indices(',')
        .map(|(i, _)| i)
        .filter(move |&i| s[i..].starts_with(pat))
}

/// Trim reported content: no leading "that", no final period (but "etc." keeps its period
/// and a closing quotation mark keeps the period inside it), no trailing comma or space.
pub fn trim_content(text: &str, span: Span) -> Option<Span> {
    let s = span.slice(text);
    let mut start = span.start + (s.len() - s.trim_start().len());
    let body = text.get(start..span.end)?;
    if let Some(rest) = body.strip_prefix("that ") {
        start += body.len() - rest.len();
    }
    let mut end = span.end;
    loop {
        let cur = text.get(start..end)?;
        let t = cur.trim_end();
        let t = if t.ends_with("etc.") {
            t
        } else {
            t.trim_end_matches(['.', ',', ';', ':', '!', '?', '–', '—'])
        };
        let t = t.trim_end();
        let t = ["and", "but", "or", "while"]
            .iter()
            .find_map(|c| {
                t.strip_suffix(c)
                    .filter(|r| r.ends_with([' ', ',']))
                    .map(str::trim_end)
            })
            .unwrap_or(t);
        if t.len() == cur.len() {
            break;
        }
        end = start + t.len();
    }
    (end > start && text.get(start..end)?.split_whitespace().next().is_some())
        .then(|| Span::new(start, end))
}

/// Whether a paragraph reads as narration: it attributes speech ("According to him, …",
/// "Perteshi said …"), so it cannot continue a quotation whose marks were lost.
pub fn is_narration(ctx: &Ctx<'_>, para: Span) -> bool {
    is_narration_tokens(ctx, &tokenize(ctx.text, para))
}

/// [`is_narration`] of a paragraph already tokenized.
pub fn is_narration_tokens(ctx: &Ctx<'_>, toks: &[Token]) -> bool {
    let text = ctx.text;
    toks.iter().enumerate().any(|(i, t)| {
        let w = ctx.lower(*t);
        if w == "according" {
            return toks.get(i + 1).is_some_and(|n| n.text(text) == "to");
        }
        let Some(forms) = ctx.lex.verb_forms(&w) else {
            return false;
        };
        if !forms.iter().any(|f| f.class.speech && !f.participle) || i == 0 {
            return false;
        }
        let p = toks[i - 1];
        let pw = p.text(text);
        let pl = ctx.lower(p);
        matches!(pl.as_ref(), "he" | "she" | "they")
            || (p.kind == TokKind::Word && pw.starts_with(char::is_uppercase) && i > 1)
            || ctx.lex.is_group_noun(&pl)
    })
}
