//! Anchors that survive edits to a briefing's text, in the manner of a W3C Web Annotation
//! `TextQuoteSelector` plus a `TextPositionSelector` used as a hint.
//!
//! A byte offset alone breaks as soon as anyone fixes a typo earlier in the file, so an anchor
//! keeps the exact text, 32 characters on either side, and the byte position it had. Resolving
//! it against a (possibly edited) text tries, in order:
//!
//! 1. the hint: the exact text still sits at the recorded position;
//! 2. the unique exact match anywhere in the text;
//! 3. among several exact matches, the one whose prefix and suffix still agree, and of those
//!    the one nearest the hint (a match with intact context beats a closer one without it:
//!    text inserted before both copies of a repeated sentence moves the hint towards the wrong
//!    copy);
//! 4. a bounded fuzzy match: an approximate-substring search (Sellers' edit distance) for the
//!    exact text in windows around the hint and right after the prefix or before the suffix,
//!    accepted at [`FUZZY_THRESHOLD`] similarity or better;
//! 5. otherwise the anchor is orphaned: the caller keeps it and reports it, never drops it.

use crate::annotation::Span;

/// Characters of context kept on each side of the exact text.
pub const CONTEXT_CHARS: usize = 32;

/// Minimum similarity (1 − edit distance / length) for a fuzzy match.
pub const FUZZY_THRESHOLD: f64 = 0.8;

/// Exact texts shorter than this (in chars) are fuzzy-matched only where their context agrees:
/// a short phrase at 80 % similarity matches too many unrelated places.
const SHORT_EXACT_CHARS: usize = 16;

/// Longest exact text (in chars) tried fuzzily; beyond it the search would cost more than it
/// is worth and the anchor is orphaned instead.
const MAX_FUZZY_CHARS: usize = 4000;

/// At most this many prefix or suffix occurrences open a fuzzy search window each.
const MAX_CONTEXT_WINDOWS: usize = 16;

/// Where a span of text is, described so it can be found again after the text changes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Anchor {
    /// The text of the span, exactly.
    pub exact: String,
    /// Up to [`CONTEXT_CHARS`] characters before it.
    pub prefix: String,
    /// Up to [`CONTEXT_CHARS`] characters after it.
    pub suffix: String,
    /// The byte offset the span started at when the anchor was made.
    pub start: usize,
}

/// How an anchor was found again.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Method {
    Position,
    Unique,
    Nearest,
    /// Approximate match with this similarity in `[FUZZY_THRESHOLD, 1]`.
    Fuzzy(f64),
}

/// The outcome of resolving an anchor against a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Resolution {
    Found { span: Span, method: Method },
    Orphaned,
}

impl Resolution {
    pub fn span(self) -> Option<Span> {
        match self {
            Resolution::Found { span, .. } => Some(span),
            Resolution::Orphaned => None,
        }
    }
}

impl Anchor {
    /// The anchor of `span` in `text` (a span off `text`'s char boundaries gives an anchor with
    /// empty exact text, which never resolves).
    pub fn capture(text: &str, span: Span) -> Anchor {
        if !span.fits(text) {
            return Anchor {
                start: span.start,
                ..Anchor::default()
            };
        }
        let before = &text[..span.start];
        let after = &text[span.end..];
        let prefix_start = before
            .char_indices()
            .rev()
            .nth(CONTEXT_CHARS - 1)
            .map_or(0, |(i, _)| i);
        let suffix_end = after
            .char_indices()
            .nth(CONTEXT_CHARS)
            .map_or(after.len(), |(i, _)| i);
        Anchor {
            exact: text[span.start..span.end].to_string(),
            prefix: before[prefix_start..].to_string(),
            suffix: after[..suffix_end].to_string(),
            start: span.start,
        }
    }

    /// Find this anchor in `text` (see the module docs for the order of attempts).
    pub fn resolve(&self, text: &str) -> Resolution {
        if self.exact.is_empty() {
            return Resolution::Orphaned;
        }
        let at_hint = Span::new(self.start, self.start + self.exact.len());
        if text.get(at_hint.start..at_hint.end) == Some(self.exact.as_str()) {
            return found(at_hint, Method::Position);
        }
        let matches = exact_matches(text, &self.exact);
        match matches.as_slice() {
            [] => self.resolve_fuzzy(text),
            [only] => found(self.span_at(*only), Method::Unique),
            _ => {
                let best = matches.iter().copied().min_by_key(|&start| {
                    let span = self.span_at(start);
                    let (pre, suf) = self.context_agreement(text, span);
                    let intact = usize::from(pre == self.prefix.chars().count())
                        + usize::from(suf == self.suffix.chars().count());
                    (
                        std::cmp::Reverse(intact),
                        start.abs_diff(self.start),
                        std::cmp::Reverse(pre + suf),
                    )
                });
                best.map_or(Resolution::Orphaned, |start| {
                    found(self.span_at(start), Method::Nearest)
                })
            }
        }
    }

    fn span_at(&self, start: usize) -> Span {
        Span::new(start, start + self.exact.len())
    }

    /// How many characters of the prefix (from its end) and of the suffix (from its start)
    /// agree with the text around `span`.
    fn context_agreement(&self, text: &str, span: Span) -> (usize, usize) {
        let before = text.get(..span.start).unwrap_or("");
        let after = text.get(span.end..).unwrap_or("");
        let pre = before
            .chars()
            .rev()
            .zip(self.prefix.chars().rev())
            .take_while(|(a, b)| a == b)
            .count();
        let suf = after
            .chars()
            .zip(self.suffix.chars())
            .take_while(|(a, b)| a == b)
            .count();
        (pre, suf)
    }

    fn resolve_fuzzy(&self, text: &str) -> Resolution {
        let pattern: Vec<char> = self.exact.chars().collect();
        if pattern.len() > MAX_FUZZY_CHARS {
            return Resolution::Orphaned;
        }
        let reach = 2 * self.exact.len() + 256;
        let mut windows = vec![(
            self.start.saturating_sub(reach),
            self.start.saturating_add(reach),
        )];
        let context_min = CONTEXT_CHARS / 4;
        if self.prefix.chars().count() >= context_min {
            for (i, _) in text.match_indices(&self.prefix).take(MAX_CONTEXT_WINDOWS) {
                let from = i + self.prefix.len();
                windows.push((from, from + reach));
            }
        }
        if self.suffix.chars().count() >= context_min {
            for (i, _) in text.match_indices(&self.suffix).take(MAX_CONTEXT_WINDOWS) {
                windows.push((i.saturating_sub(reach), i));
            }
        }
        let mut best: Option<(usize, usize, usize, Span)> = None;
        for (from, to) in windows {
            let from = floor_boundary(text, from.min(text.len()));
            let to = floor_boundary(text, to.min(text.len()));
            let Some((span, distance)) = best_approximate_match(text, from, to, &pattern) else {
                continue;
            };
            let (pre, suf) = self.context_agreement(text, span);
            let key = (
                distance,
                usize::MAX - (pre + suf),
                span.start.abs_diff(self.start),
                span,
            );
            if best.is_none_or(|b| key < b) {
                best = Some(key);
            }
        }
        let Some((_, context, _, span)) = best else {
            return Resolution::Orphaned;
        };
        let context = usize::MAX - context;
        if pattern.len() < SHORT_EXACT_CHARS && context < context_min {
            return Resolution::Orphaned;
        }
        // The least-distance substring can stop short when words were inserted near an end
        // (dropping a short tail costs less than skipping the insertion); where the context
        // shows where the span really ends, the span reaching it is preferred.
        let snapped = self.snap_to_context(text, span);
        [snapped, span]
            .into_iter()
            .map(|s| (s, similarity(&self.exact, s.slice(text))))
            .find(|(s, sim)| !s.is_empty() && *sim >= FUZZY_THRESHOLD)
            .map_or(Resolution::Orphaned, |(s, sim)| {
                found(s, Method::Fuzzy(sim))
            })
    }

    /// `span` stretched to end where the suffix begins and to start where the prefix ends,
    /// when those lie a little beyond it.
    fn snap_to_context(&self, text: &str, span: Span) -> Span {
        let slack = self.exact.len() / 2 + 16;
        let probe = |s: &str, from_end: bool| -> String {
            let chars: Vec<char> = s.chars().collect();
            let n = chars.len().min(CONTEXT_CHARS / 2);
            let range = if from_end {
                chars.len() - n..chars.len()
            } else {
                0..n
            };
            chars[range].iter().collect()
        };
        let mut out = span;
        let suffix = probe(&self.suffix, false);
        if suffix.chars().count() >= CONTEXT_CHARS / 4 {
            let to = floor_boundary(text, (span.end + slack).min(text.len()));
            if let Some(i) = text.get(span.end..to).and_then(|w| w.find(&suffix)) {
                out.end = span.end + i;
            }
        }
        let prefix = probe(&self.prefix, true);
        if prefix.chars().count() >= CONTEXT_CHARS / 4 {
            let from = floor_boundary(text, span.start.saturating_sub(slack));
            if let Some(i) = text.get(from..span.start).and_then(|w| w.rfind(&prefix)) {
                out.start = from + i + prefix.len();
            }
        }
        out
    }
}

/// 1 − edit distance / length of the longer, in chars.
fn similarity(a: &str, b: &str) -> f64 {
    let longest = a.chars().count().max(b.chars().count());
    if longest == 0 {
        return 1.0;
    }
    1.0 - strsim::levenshtein(a, b) as f64 / longest as f64
}

fn found(span: Span, method: Method) -> Resolution {
    Resolution::Found { span, method }
}

/// Start offsets of every occurrence of `needle` in `text`, overlapping ones included.
fn exact_matches(text: &str, needle: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|rest| rest.find(needle)) {
        let start = from + i;
        out.push(start);
        let step = text[start..].chars().next().map_or(1, char::len_utf8);
        from = start + step;
    }
    out
}

fn floor_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The substring of `text[from..to]` closest to `pattern` by edit distance (Sellers'
/// algorithm: a Levenshtein table whose first row is free, so a match may start anywhere),
/// with that distance. Counted in chars, returned as a byte span.
fn best_approximate_match(
    text: &str,
    from: usize,
    to: usize,
    pattern: &[char],
) -> Option<(Span, usize)> {
    let window: Vec<(usize, char)> = text
        .get(from..to)?
        .char_indices()
        .map(|(i, c)| (from + i, c))
        .collect();
    if window.is_empty() || pattern.is_empty() {
        return None;
    }
    let m = pattern.len();
    // Column j of the table holds, for each pattern prefix length i, the cost of the best
    // alignment ending just before window char j, and the window index where it started.
    let mut cost: Vec<usize> = (0..=m).collect();
    let mut origin: Vec<usize> = vec![0; m + 1];
    let mut best: Option<(usize, usize, usize)> = None; // (distance, start index, end index)
    for (j, &(_, c)) in window.iter().enumerate() {
        let mut diagonal = cost[0];
        let mut diagonal_origin = origin[0];
        cost[0] = 0;
        origin[0] = j + 1;
        for i in 1..=m {
            let substitute = diagonal + usize::from(pattern[i - 1] != c);
            let delete = cost[i] + 1; // skip window char c
            let insert = cost[i - 1] + 1; // skip pattern char
            let (value, from_origin) = if substitute <= delete && substitute <= insert {
                (substitute, diagonal_origin)
            } else if insert <= delete {
                (insert, origin[i - 1])
            } else {
                (delete, origin[i])
            };
            diagonal = cost[i];
            diagonal_origin = origin[i];
            cost[i] = value;
            origin[i] = from_origin;
        }
        if best.is_none_or(|(d, _, _)| cost[m] < d) {
            best = Some((cost[m], origin[m], j + 1));
        }
    }
    let (distance, start, end) = best?;
    let byte_at = |index: usize| window.get(index).map_or(to, |(b, _)| *b);
    Some((Span::new(byte_at(start), byte_at(end)), distance))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchored(text: &str, exact: &str) -> Anchor {
        let start = text.find(exact).unwrap_or(usize::MAX);
        Anchor::capture(text, Span::new(start, start + exact.len()))
    }

    #[test]
    fn capture_keeps_32_chars_of_context_on_char_boundaries() {
        let text = format!("{}Vučić said: peace now.{}", "č".repeat(40), "ž".repeat(40));
        let a = anchored(&text, "peace now");
        assert_eq!(a.prefix.chars().count(), 32);
        assert!(a.prefix.ends_with("Vučić said: "));
        assert_eq!(a.suffix.chars().count(), 32);
        assert!(a.suffix.starts_with(".ž"));
        assert_eq!(&text[a.start..a.start + a.exact.len()], "peace now");
    }

    #[test]
    fn position_then_unique_match() {
        let text = "one two three";
        let a = anchored(text, "two");
        assert!(matches!(
            a.resolve(text),
            Resolution::Found {
                method: Method::Position,
                ..
            }
        ));
        let moved = "zero one two three";
        assert_eq!(
            a.resolve(moved),
            Resolution::Found {
                span: Span::new(9, 12),
                method: Method::Unique
            }
        );
    }

    #[test]
    fn approximate_match_finds_a_lightly_edited_span() {
        let pattern: Vec<char> = "the border is calm".chars().collect();
        let text = "xx the bordr is calm yy";
        let found = best_approximate_match(text, 0, text.len(), &pattern);
        assert_eq!(
            found.map(|(s, d)| (s.slice(text), d)),
            Some(("the bordr is calm", 1))
        );
    }

    #[test]
    fn empty_or_unfindable_anchors_are_orphaned() {
        assert_eq!(Anchor::default().resolve("text"), Resolution::Orphaned);
        let a = anchored(
            "Kurti said nothing at all today.",
            "said nothing at all today",
        );
        assert_eq!(
            a.resolve("A completely different article."),
            Resolution::Orphaned
        );
    }
}
