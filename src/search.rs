//! Finding speakers by a few typed letters, and words in a text.
//!
//! Speaker search is fuzzy and forgiving of keyboards: nucleo-matcher (the matcher behind the
//! helix editor) normalises Latin diacritics, so `vucic` finds Vučić and `thaci` finds Thaçi,
//! which fuzzy-matcher (archived) cannot. Aliases match too (`islam` finds Avni Islami, whom
//! one briefing calls "Islam"). Text search is plain substring search with the same folding.

use crate::annotation::Span;
use crate::library::CorpusSpeaker;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

/// One speaker that matches a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerMatch {
    /// Index into [`crate::Library::speakers`].
    pub speaker: usize,
    /// Higher is better; 0 for the empty query.
    pub score: u32,
    /// `None` when the name matched, `Some(i)` when alias `i` matched better.
    pub alias: Option<usize>,
    /// Char indices of the matched characters in the name (or in the alias that matched),
    /// sorted, for highlighting.
    pub indices: Vec<u32>,
}

/// A prepared index of every speaker's name and aliases.
pub struct SpeakerSearch {
    /// `(speaker, alias: None for the name, text)`.
    entries: Vec<(usize, Option<usize>, Utf32String)>,
    /// Index into `entries` of each speaker's name row (its aliases follow it).
    first_entry: Vec<usize>,
    /// Quotes and claims per speaker, to rank equal scores (and the empty query).
    weight: Vec<usize>,
    matcher: Matcher,
}

impl SpeakerSearch {
    pub fn new(speakers: &[CorpusSpeaker]) -> Self {
        let mut entries = Vec::new();
        let mut first_entry = Vec::with_capacity(speakers.len());
        for (i, s) in speakers.iter().enumerate() {
            first_entry.push(entries.len());
            entries.push((i, None, Utf32String::from(s.speaker.name.as_str())));
            for (a, alias) in s.speaker.aliases.iter().enumerate() {
                entries.push((i, Some(a), Utf32String::from(alias.as_str())));
            }
        }
        let mut config = Config::DEFAULT;
        config.normalize = true;
        config.ignore_case = true;
        SpeakerSearch {
            entries,
            first_entry,
            weight: speakers.iter().map(|s| s.speech.len()).collect(),
            matcher: Matcher::new(config),
        }
    }

    /// Speakers matching `query`, best first (equal scores: most quoted first, then corpus
    /// order). The empty query lists every speaker, most quoted first.
    pub fn search(&mut self, query: &str) -> Vec<SpeakerMatch> {
        let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
        let mut best: Vec<Option<(u32, Option<usize>)>> = vec![None; self.weight.len()];
        for (speaker, alias, text) in &self.entries {
            let Some(score) = pattern.score(text.slice(..), &mut self.matcher) else {
                continue;
            };
            let slot = &mut best[*speaker];
            if slot.is_none_or(|(s, _)| score > s) {
                *slot = Some((score, *alias));
            }
        }
        let mut matches: Vec<SpeakerMatch> = best
            .iter()
            .enumerate()
            .filter_map(|(speaker, found)| {
                found.map(|(score, alias)| SpeakerMatch {
                    speaker,
                    score,
                    alias,
                    indices: Vec::new(),
                })
            })
            .collect();
        matches.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(self.weight[b.speaker].cmp(&self.weight[a.speaker]))
                .then(a.speaker.cmp(&b.speaker))
        });
        if !query.trim().is_empty() {
            self.fill_indices(&pattern, &mut matches);
        }
        matches
    }

    /// Matched characters for highlighting. Only the first few hundred matches can ever be on
    /// screen, so only they pay for the index computation: a one-letter query over 100k
    /// speakers stays fast.
    fn fill_indices(&mut self, pattern: &Pattern, matches: &mut [SpeakerMatch]) {
        const HIGHLIGHTED: usize = 500;
        for m in matches.iter_mut().take(HIGHLIGHTED) {
            let row = self.first_entry[m.speaker] + m.alias.map_or(0, |a| a + 1);
            let Some((_, _, text)) = self.entries.get(row) else {
                continue;
            };
            let mut indices = Vec::new();
            pattern.indices(text.slice(..), &mut self.matcher, &mut indices);
            indices.sort_unstable();
            indices.dedup();
            m.indices = indices;
        }
    }
}

/// Every occurrence of `query` in `text`, ignoring case and Latin diacritics, as byte spans of
/// `text`. Overlapping occurrences are not reported twice.
pub fn find_text(text: &str, query: &str) -> Vec<Span> {
    let needle = crate::text::fold(query.trim());
    if needle.is_empty() {
        return Vec::new();
    }
    // The folded text, and for each of its bytes the original char's span.
    let mut folded = String::with_capacity(text.len());
    let mut origin: Vec<(usize, usize)> = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        let before = folded.len();
        match crate::text::fold_char(c) {
            Some(ascii) => folded.push_str(ascii),
            None => folded.extend(c.to_lowercase()),
        }
        let span = (at, at + c.len_utf8());
        origin.extend(std::iter::repeat_n(span, folded.len() - before));
    }
    folded
        .match_indices(&needle)
        .filter_map(|(at, m)| {
            let start = origin.get(at)?.0;
            let end = origin.get(at + m.len() - 1)?.1;
            Some(Span::new(start, end))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speaker::{Speaker, SpeakerKind};

    fn corpus(names: &[(&str, &[&str], usize)]) -> Vec<CorpusSpeaker> {
        names
            .iter()
            .map(|(name, aliases, speech)| {
                let mut speaker = Speaker::new(*name, SpeakerKind::Person);
                for a in *aliases {
                    speaker.add_alias(a);
                }
                CorpusSpeaker {
                    speaker,
                    briefings: vec![0],
                    speech: vec![
                        crate::SpeechRef {
                            briefing: 0,
                            annotation: 0
                        };
                        *speech
                    ],
                }
            })
            .collect()
    }

    fn balkans() -> Vec<CorpusSpeaker> {
        corpus(&[
            ("Jens Stoltenberg", &[], 1),
            ("Aleksandar Vučić", &["Vučić"], 2),
            ("Hashim Thaçi", &[], 0),
            ("Avni Islami", &["Islami", "Islam"], 5),
            ("Liz Truss", &[], 1),
        ])
    }

    fn names(query: &str) -> Vec<usize> {
        let mut search = SpeakerSearch::new(&balkans());
        search.search(query).iter().map(|m| m.speaker).collect()
    }

    #[test]
    fn diacritics_fold() {
        assert_eq!(names("vucic").first(), Some(&1));
        assert_eq!(names("thaci").first(), Some(&2));
        assert_eq!(names("Vučić").first(), Some(&1));
    }

    #[test]
    fn aliases_match() {
        let mut speakers = balkans();
        speakers[3].speaker.name = "A. I.".into();
        let mut search = SpeakerSearch::new(&speakers);
        let found = search.search("islam");
        assert_eq!(
            found.first().map(|m| (m.speaker, m.alias)),
            Some((3, Some(0)))
        );
    }

    #[test]
    fn indices_point_at_the_matched_chars_of_the_name() {
        let mut search = SpeakerSearch::new(&balkans());
        let found = search.search("thaci");
        let name: Vec<char> = "Hashim Thaçi".chars().collect();
        let hit: String = found[0].indices.iter().map(|&i| name[i as usize]).collect();
        assert_eq!(hit, "Thaçi");
    }

    #[test]
    fn better_matches_rank_first_and_non_matches_are_dropped() {
        let found = names("truss");
        assert_eq!(found, [4]);
        assert!(names("zzz").is_empty());
    }

    #[test]
    fn empty_query_lists_everyone_most_quoted_first() {
        assert_eq!(names(""), [3, 1, 0, 4, 2]);
    }

    #[test]
    fn text_search_folds_case_and_diacritics_and_returns_byte_spans() {
        let text = "Vučić met Thaçi; VUCIC again.";
        let found: Vec<&str> = find_text(text, "vucic")
            .iter()
            .map(|s| s.slice(text))
            .collect();
        assert_eq!(found, ["Vučić", "VUCIC"]);
        assert!(find_text(text, "  ").is_empty());
        assert_eq!(find_text("Straße", "ss").len(), 1);
    }
}
