//! Figures: a number with what it counts and its qualifier ("more than 4,600 peacekeepers",
//! "roughly one hundred Alliance casualties", "three goals", "twice"). Years and dates are
//! dates, not figures; ordinals ("second Ukraine") are not figures.

use super::tokens::{TokKind, Token, lower_token};
use crate::annotation::Span;
use std::borrow::Cow;

const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "dozen",
    "dozens",
];

const MULTIPLES: &[&str] = &["twice", "thrice"];

/// Qualifiers before a number, as word sequences.
const QUALIFIERS: &[&[&str]] = &[
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["at", "least"],
    &["at", "most"],
    &["up", "to"],
    &["about"],
    &["approximately"],
    &["around"],
    &["roughly"],
    &["almost"],
    &["nearly"],
    &["some"],
    &["over"],
    &["under"],
    &["just", "over"],
    &["just", "under"],
    &["an", "estimated"],
    &["estimated"],
    &["close", "to"],
];

const STOP: &[&str] = &[
    "and", "or", "of", "to", "in", "on", "at", "from", "by", "with", "for", "the", "a", "an", "is",
    "are", "was", "were", "that", "which", "who", "as", "than", "have", "has", "had", "will",
    "would", "could", "may", "might", "more", "less", "per", "into", "since", "after", "before",
    "during", "this", "these", "those", "it", "they", "he", "she", "we", "not",
];

/// `NUMBER_WORDS` and `MULTIPLES` as one `match` on lowercase bytes, which compiles to a
/// length switch: this runs on every word of the text.
#[inline]
pub(super) fn is_number_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"one"
            | b"two"
            | b"three"
            | b"four"
            | b"five"
            | b"six"
            | b"seven"
            | b"eight"
            | b"nine"
            | b"ten"
            | b"eleven"
            | b"twelve"
            | b"thirteen"
            | b"fourteen"
            | b"fifteen"
            | b"sixteen"
            | b"seventeen"
            | b"eighteen"
            | b"nineteen"
            | b"twenty"
            | b"thirty"
            | b"forty"
            | b"fifty"
            | b"sixty"
            | b"seventy"
            | b"eighty"
            | b"ninety"
            | b"hundred"
            | b"hundreds"
            | b"thousand"
            | b"thousands"
            | b"million"
            | b"millions"
            | b"billion"
            | b"dozen"
            | b"dozens"
            | b"twice"
            | b"thrice"
    )
}

/// The token lowercased, borrowed from `lowered` (the text with ASCII letters lowercased)
/// when it is ASCII.
fn lower<'l>(t: &Token, text: &str, lowered: &'l str) -> Cow<'l, str> {
    lower_token(text, lowered, *t)
}

fn adjective_like(w: &str) -> bool {
    [
        "ed", "al", "ic", "ish", "an", "ive", "ous", "ary", "ern", "ian", "ing",
    ]
    .iter()
    .any(|s| w.len() > 4 && w.ends_with(s))
        || matches!(
            w,
            "new" | "other" | "more" | "extra" | "armed" | "young" | "old"
        )
}

/// Figure spans among `toks`, skipping tokens inside `dates`.
pub fn find(text: &str, lowered: &str, toks: &[Token], dates: &[Span], out: &mut Vec<Span>) {
    let in_date = |t: &Token| {
        let i = dates.partition_point(|d| d.end <= t.start);
        dates.get(i).is_some_and(|d| d.start <= t.start)
    };
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        // Cheap filters first: most tokens are neither numbers nor number words.
        let raw = t.text(text);
        let candidate = t.kind == TokKind::Number
            || (t.kind == TokKind::Word
                && (3..=9).contains(&raw.len())
                && lowered
                    .as_bytes()
                    .get(t.start..t.end)
                    .is_some_and(is_number_word));
        if !candidate || in_date(&t) {
            i += 1;
            continue;
        }
        let w = lower(&t, text, lowered);
        if t.kind == TokKind::Word && MULTIPLES.contains(&w.as_ref()) {
            out.push(t.span());
            i += 1;
            continue;
        }
        let numeric = t.kind == TokKind::Number
            && t.text(text)
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'.');
        let word = t.kind == TokKind::Word && NUMBER_WORDS.contains(&w.as_ref());
        if !numeric && !word {
            i += 1;
            continue;
        }
        // The number itself may run over several words ("one hundred", "5 million").
        let mut j = i + 1;
        while toks.get(j).is_some_and(|x| {
            x.kind == TokKind::Word && NUMBER_WORDS.contains(&lower(x, text, lowered).as_ref())
        }) {
            j += 1;
        }
        // Qualifier before.
        let mut start = i;
        // The two words before, lowercased once for the qualifiers of one or two words.
        let before = |back: usize| i.checked_sub(back).map(|k| lower(&toks[k], text, lowered));
        let (before2, before1) = (before(2), before(1));
        for q in QUALIFIERS {
            let matched = match q {
                [w] => before1.as_deref() == Some(*w),
                [w1, w2] => before2.as_deref() == Some(*w1) && before1.as_deref() == Some(*w2),
                _ => {
                    i >= q.len()
                        && q.iter()
                            .enumerate()
                            .all(|(n, qw)| lower(&toks[i - q.len() + n], text, lowered) == *qw)
                }
            };
            if matched {
                start = i - q.len();
                break;
            }
        }
        // "one" is a number only where it counts something: after a qualifier or a
        // preposition ("the death of one policeman"), or before another number word.
        if w == "one" && j == i + 1 {
            let prev = i.checked_sub(1).map(|p| lower(&toks[p], text, lowered));
            let counts = start < i
                || prev.as_deref().is_some_and(|p| {
                    matches!(
                        p,
                        "of" | "with" | "by" | "to" | "killed" | "and" | "only" | "just"
                    )
                });
            if !counts || toks.get(j).is_some_and(|x| lower(x, text, lowered) == "of") {
                i = j;
                continue;
            }
        }
        // What it counts: a noun, or an adjective and a noun.
        let mut end = j;
        let percent = toks
            .get(j)
            .is_some_and(|x| matches!(x.text(text), "%" | "percent"));
        if percent {
            end = j + 1;
        } else if let Some(n1) = toks.get(j).filter(|x| x.kind == TokKind::Word) {
            let l1 = lower(n1, text, lowered);
            if !STOP.contains(&l1.as_ref()) && !l1.ends_with("ly") {
                end = j + 1;
                if let Some(n2) = toks.get(j + 1).filter(|x| x.kind == TokKind::Word) {
                    let l2 = lower(n2, text, lowered);
                    let first_cap = n1.text(text).starts_with(char::is_uppercase);
                    if !STOP.contains(&l2.as_ref())
                        && (adjective_like(&l1) || (first_cap && l2.ends_with('s')))
                    {
                        end = j + 2;
                    }
                }
            }
        }
        let bare_ok = numeric && (t.text(text).contains(',') || t.text(text).len() >= 3);
        if end > j || bare_ok {
            out.push(Span::new(toks[start].start, toks[end - 1].end));
        }
        i = end.max(j);
    }
}
