//! What is reported: trimming a content span, where the writer takes over, and whether a
//! paragraph reads as narration.

use crate::annotate::Ctx;
use crate::annotate::tokens::{TokKind, Token, tokenize};
use crate::annotation::Span;

/// Where the writer takes over from the reported content: a contrast with a new subject
/// after a comma ("…, but it is still unclear …", "…, while its rivals accuse it …"), a
/// ", where" clause, an ", after" or ", when" clause with a verb of its own, or an "as"
/// clause explaining it ("… as violence has occurred twice"). Returns the byte length of
/// the reported part. One pass over the commas (few) and one over the bytes for " as ": a
/// substring searcher per pattern and content cost more than the reading.
pub fn writer_clause(s: &str) -> usize {
    let bytes = s.as_bytes();
    let comma_cut = (0..bytes.len())
        .filter(|&i| bytes[i] == b',')
        .find(|&i| comma_clause_is_writers(&s[i..]));
    let as_cut = (0..bytes.len().saturating_sub(3))
        .filter(|&i| &bytes[i..i + 4] == b" as ")
        // "as long as the treaty is unsigned": the second "as" of a compound conjunction
        // leads a condition inside the content.
        .filter(|&i| {
            !["as long", "as soon", "as far", "as much", "so long"]
                .iter()
                .any(|c| s[..i].ends_with(c))
        })
        .find(|&i| as_clause_explains(&s[i + 4..]));
    comma_cut.into_iter().chain(as_cut).min().unwrap_or(s.len())
}

/// Whether the clause after this comma (`rest` starts with it) is the writer's.
fn comma_clause_is_writers(rest: &str) -> bool {
    let after = |pat: &str| rest.strip_prefix(pat);
    // "…, a charge the government denies", "…, an accusation Moscow rejects": the writer
    // setting the claim against its denial.
    if let Some(r) = after(", a ").or_else(|| after(", an ")) {
        let mut words = r.split_whitespace();
        if matches!(
            words.next(),
            Some("charge" | "claim" | "accusation" | "allegation" | "assertion")
        ) && words.take(4).any(|w| {
            matches!(
                w.trim_end_matches(['.', ',']),
                "denies" | "denied" | "rejects" | "rejected" | "disputes" | "disputed"
            )
        }) {
            return true;
        }
        // "…, an attribution that Irish officials described as “premature”": the writer
        // naming the claim to set others' view of it beside it.
        let mut words = r.split_whitespace();
        if matches!(
            words.next(),
            Some(
                "attribution" | "assessment" | "characterisation" | "characterization" | "account"
            )
        ) && matches!(words.next(), Some("that" | "which"))
        {
            return true;
        }
    }
    // "…, in a move rights groups said would deepen the blackout", "…, a step seen as …",
    // "…, a practice the watchdog has criticized for years": the writer characterising the
    // act, not the act's own content.
    // (The comma may close a quotation first: `"… mature," a practice …`.)
    let tail = rest
        .strip_prefix(',')
        .map(|r| r.trim_start_matches(['"', '”', '’', '»']))
        .unwrap_or("");
    if [
        " in a move ",
        " a move ",
        " in a step ",
        " a step ",
        " a practice ",
        " an approach ",
        " a pattern ",
    ]
    .iter()
    .any(|p| tail.starts_with(p))
    {
        return true;
    }
    if let Some(r) = after(", but ").or_else(|| after(", while ")) {
        let next = r.split_whitespace().next().unwrap_or("");
        // "…, while Russia's defence ministry said …": a contrast with another named party.
        if rest.starts_with(", while ") && next.starts_with(char::is_uppercase) {
            return true;
        }
        return matches!(
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
    }
    // "…, after a police patrol came under fire near Zubin Potok", "…, when five drones
    // crossed the border": what led to it, told by the writer (a clause with a verb of its
    // own, not "after the elections").
    let clause = match (after(", after "), after(", when ")) {
        (Some(r), _) => r,
        // A when-clause that holds the speaker's words ("when the soldiers were «already
        // sleeping»") or leads to another reported one (", and that …") is reported too.
        (None, Some(r)) if !(r.contains(['"', '“', '«', '„']) || r.contains(" that ")) => r,
        _ => return false,
    };
    clause.split_whitespace().take(7).any(|w| {
        matches!(
            w,
            "came" | "was" | "were" | "had" | "went" | "fell" | "rose" | "began" | "took"
        ) || (w.len() > 4 && w.ends_with("ed"))
    })
}

/// Whether the words after " as " make a clause that explains the content ("as violence has
/// occurred twice"), not a comparison or a role ("as well", "as a mediator").
fn as_clause_explains(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().take(4).collect();
    // ("dismissed the claims as “absurd fantasies” and accused …": the words quoted are
    // what the claims were called, and the verb after them is the speaker's next act.)
    let quoted = rest.starts_with(['"', '“', '«', '„', '‘', '\'']);
    !quoted
        && words.len() >= 2
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
                "has" | "have" | "had" | "is" | "are" | "was" | "were" | "rose" | "grew" | "fell"
            ) || (w.len() > 4 && w.ends_with("ed"))
        })
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
        let t = strip_footnote(t.trim_end());
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

/// `t` without a footnote marker at its end ("… in 2023.[3]"): a reference, not words.
fn strip_footnote(t: &str) -> &str {
    t.strip_suffix(']')
        .and_then(|r| r.rsplit_once('['))
        .filter(|(_, n)| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
        .map_or(t, |(r, _)| r)
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
