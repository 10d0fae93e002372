//! Calendar dates and years: "September 24, 2023", "24 September 2023", "November 20",
//! "2023-10-01", "01.10.23", "1999". Relative expressions ("last week") are not dates, and a
//! time of day ("12:52") is not one either.

use super::tokens::{TokKind, Token};
use crate::annotation::Span;

/// Month names in full: also words that never start a person's name.
pub(crate) const FULL_MONTHS: &[&str] = MONTHS.split_at(12).0;

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

pub(crate) fn is_month(w: &str) -> bool {
    // Every month starts with one of these capitals and has 3 to 9 letters: most
    // capitalised words are turned away before the list is compared.
    (3..=9).contains(&w.len())
        && matches!(
            w.as_bytes()[0],
            b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D'
        )
        && MONTHS.contains(&w)
}

fn day(t: Option<&Token>, text: &str) -> bool {
    t.is_some_and(|t| {
        t.kind == TokKind::Number
            && t.text(text)
                .parse::<u32>()
                .is_ok_and(|d| (1..=31).contains(&d))
    })
}

fn year(t: Option<&Token>, text: &str) -> bool {
    t.is_some_and(|t| {
        t.kind == TokKind::Number
            && t.text(text).len() == 4
            && t.text(text)
                .parse::<u32>()
                .is_ok_and(|y| (1800..=2100).contains(&y))
    })
}

/// A numeric date in one token: ISO `2023-10-01`, or `01.10.23`, `1/10/2023`.
fn numeric_date(w: &str) -> bool {
    let parts: Vec<&str> = w.split(['-', '.', '/']).collect();
    if parts.len() != 3
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    if n.len() != 3 {
        return false;
    }
    if parts[0].len() == 4 {
        (1..=12).contains(&n[1]) && (1..=31).contains(&n[2])
    } else {
        (1..=31).contains(&n[0]) && (1..=12).contains(&n[1]) && matches!(parts[2].len(), 2 | 4)
    }
}

/// Date spans among `toks`, in order.
pub fn find(text: &str, toks: &[Token], out: &mut Vec<Span>) {
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        // Cheap filters first, on the byte: most tokens are marks or lowercase words.
        if t.kind == TokKind::Punct
            || (t.kind == TokKind::Word
                && !text
                    .as_bytes()
                    .get(t.start..t.end)
                    .and_then(<[u8]>::first)
                    .is_some_and(u8::is_ascii_uppercase))
        {
            i += 1;
            continue;
        }
        let w = t.text(text);
        let mut end = None;
        let mut start = t.start;
        if t.kind == TokKind::Word && is_month(w) {
            // Month day[, year] / Month year
            let mut j = i + 1;
            if toks.get(j).is_some_and(|x| x.text(text) == ".") {
                j += 1;
            }
            if day(toks.get(j), text) {
                end = Some(j);
                let mut k = j + 1;
                if toks.get(k).is_some_and(|x| x.text(text) == ",") {
                    k += 1;
                }
                if year(toks.get(k), text) {
                    end = Some(k);
                }
            } else if year(toks.get(j), text) {
                end = Some(j);
            }
        } else if day(Some(&t), text) && toks.get(i + 1).is_some_and(|x| is_month(x.text(text))) {
            end = Some(i + 1);
            if year(toks.get(i + 2), text) {
                end = Some(i + 2);
            }
        } else if t.kind == TokKind::Number && numeric_date(w) {
            end = Some(i);
        } else if year(Some(&t), text) {
            // A year alone, but not a count ("2008 vehicles") or part of a larger number.
            let counted = toks.get(i + 1).is_some_and(|x| {
                x.kind == TokKind::Word
                    && x.text(text).starts_with(char::is_lowercase)
                    && x.start == t.end + 1
                    && !matches!(
                        x.text(text),
                        "and"
                            | "or"
                            | "to"
                            | "when"
                            | "after"
                            | "before"
                            | "until"
                            | "as"
                            | "in"
                            | "on"
                            | "at"
                    )
            });
            let after_preposition = i > 0
                && matches!(
                    toks[i - 1].text(text),
                    "since"
                        | "in"
                        | "In"
                        | "until"
                        | "by"
                        | "from"
                        | "before"
                        | "after"
                        | "of"
                        | "during"
                        | "Since"
                );
            if !counted || after_preposition {
                end = Some(i);
            }
        }
        match end {
            Some(e) => {
                if start > toks[e].end {
                    start = toks[e].start;
                }
                out.push(Span::new(start, toks[e].end));
                i = e + 1;
            }
            None => i += 1,
        }
    }
}
