//! Finding the proper nouns of the lists in a text: one automaton, tried at word starts only.

use super::{Lexicon, ProperHit};
use aho_corasick::Anchored;
use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;

impl Lexicon {
    /// Every proper noun of the lists in `text`, longest first at each place, on word
    /// boundaries, in text order. One linear scan.
    pub fn find_propers(&self, text: &str) -> Vec<ProperHit> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        // The same matches as a leftmost-longest `find_iter`: the leftmost match starts at
        // the first position from which some pattern matches, and such a position starts
        // with one of the patterns' first bytes; the longest match anchored there is the one
        // the unanchored search reports, except that only word starts are tried. A match
        // that does not end a word still consumes its text, as it did in `find_iter`.
        let bytes = text.as_bytes();
        let mut hits = Vec::new();
        let mut at = 0;
        while let Some(off) = bytes
            .get(at..)
            .and_then(|rest| rest.iter().position(|&b| self.first_bytes[usize::from(b)]))
        {
            let candidate = at + off;
            // Only a word can start a name: skipping the capitals and "the"s inside words
            // spares most automaton walks (and a name inside a word, never reported, no
            // longer hides one that starts in the next word).
            if !text.is_char_boundary(candidate) || !boundary_before(text, candidate) {
                at = candidate + 1;
                continue;
            }
            let Some((entry, end)) = longest_at(matcher, bytes, candidate) else {
                at = candidate + 1;
                continue;
            };
            let start = candidate;
            at = end.max(candidate + 1);
            if !boundary_after(text, end) {
                continue;
            }
            let Some(proper) = self.propers.get(entry) else {
                continue;
            };
            let start = if proper.needs_article {
                start + 4
            } else {
                start
            };
            hits.push(ProperHit { start, end, entry });
        }
        hits
    }
}

/// The longest pattern matching at `start` (pattern index, end), walking the automaton's
/// anchored states byte by byte as `aho_corasick`'s own anchored search does (matches copied
/// into a state from a later start are not ones that begin at `start`).
fn longest_at(dfa: &DFA, hay: &[u8], start: usize) -> Option<(usize, usize)> {
    let mut sid = dfa.start_state(Anchored::Yes).ok()?;
    let mut found = None;
    let take = |sid, end: usize, found: &mut Option<(usize, usize)>| {
        let pid = dfa.match_pattern(sid, 0);
        if end.checked_sub(dfa.pattern_len(pid)) == Some(start) {
            *found = Some((pid.as_usize(), end));
        }
    };
    if dfa.is_match(sid) {
        take(sid, start, &mut found);
    }
    for (at, &b) in hay.iter().enumerate().skip(start) {
        sid = dfa.next_state(Anchored::Yes, sid, b);
        if dfa.is_special(sid) {
            if dfa.is_dead(sid) {
                break;
            }
            if dfa.is_match(sid) {
                take(sid, at + 1, &mut found);
            }
        }
    }
    found
}

/// Whether no letter or digit comes right before byte `start` (a char boundary). An ASCII
/// byte there answers at once, without decoding backwards.
fn boundary_before(text: &str, start: usize) -> bool {
    match start.checked_sub(1).map(|i| text.as_bytes()[i]) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric()),
    }
}

/// Whether no letter or digit comes right at byte `end` (a char boundary).
fn boundary_after(text: &str, end: usize) -> bool {
    match text.as_bytes().get(end) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::MatchKind;

    #[test]
    fn propers_respect_word_boundaries_and_articles() {
        let lex = Lexicon::builtin();
        let text = "USA and the West, not Western Kosovo’s US.";
        let found: Vec<&str> = lex
            .find_propers(text)
            .iter()
            .map(|h| &text[h.start..h.end])
            .collect();
        assert_eq!(found, ["USA", "West", "Kosovo", "US"]);
    }

    /// The candidate-by-candidate search finds what one leftmost-longest scan of the whole
    /// text finds, including where a match failing the word-boundary test hides a later one.
    #[test]
    fn propers_match_a_leftmost_longest_scan() {
        let lex = Lexicon::builtin();
        let Ok(reference) = aho_corasick::AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(lex.propers().iter().map(|p| p.text.as_str()))
        else {
            panic!("the bundled propers build an automaton");
        };
        let scan = |text: &str| -> Vec<(usize, usize, usize)> {
            reference
                .find_iter(text)
                .filter(|m| boundary_before(text, m.start()) && boundary_after(text, m.end()))
                .map(|m| {
                    let entry = m.pattern().as_usize();
                    let article = lex.propers()[entry].needs_article;
                    (m.start() + if article { 4 } else { 0 }, m.end(), entry)
                })
                .collect()
        };
        let mut texts: Vec<String> = crate::seeds::SEEDS
            .iter()
            .map(|(_, t)| t.to_string())
            .collect();
        texts.push("XKosovo Police, NATOUSA, the Hague, theWest, the the West; Serbia".into());
        texts.push("KFORKosovo, ÉKosovo, 5Serbia, Serbia5 Serbia. the".into());
        for text in &texts {
            let found: Vec<(usize, usize, usize)> = lex
                .find_propers(text)
                .iter()
                .map(|h| (h.start, h.end, h.entry))
                .collect();
            assert_eq!(found, scan(text));
        }
    }
}
