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
use std::sync::Arc;

/// One speaker that matches a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpeakerMatch {
    /// Index into [`crate::Library::speakers`].
    pub speaker: usize,
    /// Higher is better; 0 for the empty query.
    pub score: u32,
    /// `None` when the name matched, `Some(i)` when only alias `i` matched (the best of them).
    pub alias: Option<usize>,
}

/// The speakers matching a query, best first, with the matched characters of the first few
/// hundred (all a screen can show) for highlighting.
///
/// The list is shared (`Arc`) with the search's memory of earlier queries, so Backspace over
/// 100k matches copies nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpeakerMatches {
    found: Arc<Vec<SpeakerMatch>>,
    /// Sorted char indices into the name (or the alias that matched) of `found[i]`.
    highlights: Vec<Vec<u32>>,
}

impl SpeakerMatches {
    pub fn len(&self) -> usize {
        self.found.len()
    }

    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<&SpeakerMatch> {
        self.found.get(i)
    }

    pub fn iter(&self) -> impl Iterator<Item = &SpeakerMatch> {
        self.found.iter()
    }

    /// Char indices of the matched characters of match `i` (empty past the highlighted few
    /// hundred and for the empty query).
    pub fn highlight(&self, i: usize) -> &[u32] {
        self.highlights.get(i).map_or(&[], Vec::as_slice)
    }
}

/// A prepared index of every speaker's name and aliases.
///
/// Two things keep a key in the popup fast over 100k speakers: names are folded to ASCII once
/// (nucleo's fast path is ASCII; a map keeps highlight positions in the original name), and a
/// query that extends the previous one only rescores the previous matches, while Backspace
/// returns to a remembered result.
pub struct SpeakerSearch {
    entries: Vec<Entry>,
    /// Index into `entries` of each speaker's name row (its aliases follow it).
    first_entry: Vec<usize>,
    /// Quotes and claims per speaker, to rank equal scores (and the empty query).
    weight: Vec<usize>,
    matcher: Matcher,
    /// One matcher per core, for scoring a big corpus in parallel.
    spare: Vec<Matcher>,
    /// Results of the last queries, each a prefix of the next: `(query, matches)`.
    history: Vec<(String, Arc<Vec<SpeakerMatch>>)>,
}

/// A name or alias, folded for matching.
struct Entry {
    speaker: usize,
    alias: Option<usize>,
    folded: Utf32String,
    /// For each char of `folded`, the index of the char of the original it came from (`None`
    /// when folding kept every char in place).
    origin: Option<Vec<u32>>,
}

/// Below this many candidates a key is scored on one thread.
const PARALLEL_FROM: usize = 20_000;

/// Score `speakers`, each by its name, or by its best alias when the name does not match
/// (aliases are mostly parts of the name, so this halves the work over a large corpus).
fn score_all(
    entries: &[Entry],
    first_entry: &[usize],
    pattern: &Pattern,
    matcher: &mut Matcher,
    speakers: &[usize],
) -> Vec<SpeakerMatch> {
    let mut found = Vec::new();
    for &speaker in speakers {
        let first = first_entry[speaker];
        let mut best: Option<(u32, Option<usize>)> = None;
        for entry in entries[first..].iter().take_while(|e| e.speaker == speaker) {
            if let Some(score) = pattern.score(entry.folded.slice(..), matcher)
                && best.is_none_or(|(s, _)| score > s)
            {
                best = Some((score, entry.alias));
                if entry.alias.is_none() {
                    break;
                }
            }
        }
        if let Some((score, alias)) = best {
            found.push(SpeakerMatch {
                speaker,
                score,
                alias,
            });
        }
    }
    found
}

/// How many remembered results Backspace can return to.
const HISTORY: usize = 64;

impl Entry {
    fn new(speaker: usize, alias: Option<usize>, text: &str) -> Entry {
        let mut folded = String::with_capacity(text.len());
        let mut origin: Vec<u32> = Vec::with_capacity(text.len());
        let mut in_place = true;
        for (i, c) in text.chars().enumerate() {
            let before = origin.len();
            match crate::text::fold_char(c) {
                Some(ascii) => folded.push_str(ascii),
                None => folded.extend(c.to_lowercase()),
            }
            let added = folded.chars().count() - before;
            in_place &= added == 1;
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            origin.extend(std::iter::repeat_n(i, added));
        }
        Entry {
            speaker,
            alias,
            folded: Utf32String::from(folded),
            origin: (!in_place).then_some(origin),
        }
    }
}

impl SpeakerSearch {
    pub fn new(speakers: &[CorpusSpeaker]) -> Self {
        let mut entries = Vec::new();
        let mut first_entry = Vec::with_capacity(speakers.len());
        for (i, s) in speakers.iter().enumerate() {
            first_entry.push(entries.len());
            entries.push(Entry::new(i, None, &s.speaker.name));
            for (a, alias) in s.speaker.aliases.iter().enumerate() {
                entries.push(Entry::new(i, Some(a), alias));
            }
        }
        let mut config = Config::DEFAULT;
        config.normalize = true;
        config.ignore_case = true;
        SpeakerSearch {
            entries,
            first_entry,
            weight: speakers.iter().map(|s| s.speech.len()).collect(),
            matcher: Matcher::new(config.clone()),
            spare: if speakers.len() >= PARALLEL_FROM {
                let cores = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
                (0..cores).map(|_| Matcher::new(config.clone())).collect()
            } else {
                Vec::new()
            },
            history: Vec::new(),
        }
    }

    /// Speakers matching `query`, best first (equal scores: most quoted first, then corpus
    /// order). The empty query lists every speaker, most quoted first.
    pub fn search(&mut self, query: &str) -> SpeakerMatches {
        let folded = crate::text::fold(query);
        let pattern = Pattern::parse(&folded, CaseMatching::Ignore, Normalization::Smart);
        // Forget results that are not a prefix of this query.
        while self
            .history
            .last()
            .is_some_and(|(q, _)| !folded.starts_with(q.as_str()))
        {
            self.history.pop();
        }
        let found = match self.history.last() {
            Some((q, found)) if *q == folded => Arc::clone(found),
            // A longer query can only match fewer (atoms are ANDed, each narrower), except
            // a negation, which matches more as it grows.
            Some((_, found)) if !folded.contains('!') => {
                let candidates: Vec<usize> = found.iter().map(|f| f.speaker).collect();
                Arc::new(self.score(&pattern, candidates.into_iter()))
            }
            _ => Arc::new(self.score(&pattern, 0..self.weight.len())),
        };
        if self.history.len() == HISTORY {
            self.history.remove(0);
        }
        if self.history.last().is_none_or(|(q, _)| *q != folded) {
            self.history.push((folded.clone(), Arc::clone(&found)));
        }
        let highlights = if folded.trim().is_empty() {
            Vec::new()
        } else {
            self.highlights(&pattern, &found)
        };
        SpeakerMatches { found, highlights }
    }

    /// Score `speakers` (each by its best name or alias) and sort the matches.
    fn score(
        &mut self,
        pattern: &Pattern,
        speakers: impl Iterator<Item = usize>,
    ) -> Vec<SpeakerMatch> {
        let speakers: Vec<usize> = speakers.collect();
        let (entries, first_entry) = (&self.entries, &self.first_entry);
        // A big corpus is scored on every core, each with its own matcher (as nucleo does):
        // the first key over 100k speakers stays within a frame.
        let mut found: Vec<SpeakerMatch> = if speakers.len() >= PARALLEL_FROM
            && self.spare.len() > 1
        {
            let chunk = speakers.len().div_ceil(self.spare.len());
            std::thread::scope(|scope| {
                let handles: Vec<_> = speakers
                    .chunks(chunk)
                    .zip(self.spare.iter_mut())
                    .map(|(part, matcher)| {
                        scope.spawn(move || score_all(entries, first_entry, pattern, matcher, part))
                    })
                    .collect();
                handles
                    .into_iter()
                    .flat_map(|h| h.join().unwrap_or_default())
                    .collect()
            })
        } else {
            score_all(entries, first_entry, pattern, &mut self.matcher, &speakers)
        };
        // Sort by one packed integer (best score, then most quoted, then corpus order),
        // computed once per match: on 100k matches far faster than comparing tuples.
        let weight = &self.weight;
        let key = |m: &SpeakerMatch| -> u64 {
            let score = u64::from(m.score.min(0xF_FFFF));
            let quoted = weight[m.speaker].min(0xF_FFFF) as u64;
            let order = (m.speaker as u64).min(0xFF_FFFF);
            ((0xF_FFFF - score) << 44) | ((0xF_FFFF - quoted) << 24) | order
        };
        if self.weight.len() > 0xFF_FFFF {
            found.sort_by_cached_key(key);
            return found;
        }
        // Below 2^24 speakers the key ends in the speaker index, so keys are unique: sort
        // plain integers (cache friendly) and put each match back in its key's place.
        let mut keys: Vec<u64> = found.iter().map(key).collect();
        keys.sort_unstable();
        let mut by_speaker: Vec<Option<SpeakerMatch>> = vec![None; self.weight.len()];
        for m in found {
            by_speaker[m.speaker] = Some(m);
        }
        keys.iter()
            .filter_map(|k| by_speaker[(k & 0xFF_FFFF) as usize].take())
            .collect()
    }

    /// Matched characters for highlighting. Only the first few hundred matches can ever be on
    /// screen, so only they pay for the index computation.
    fn highlights(&mut self, pattern: &Pattern, found: &[SpeakerMatch]) -> Vec<Vec<u32>> {
        const HIGHLIGHTED: usize = 500;
        let mut out = Vec::with_capacity(found.len().min(HIGHLIGHTED));
        for m in found.iter().take(HIGHLIGHTED) {
            let row = self.first_entry[m.speaker] + m.alias.map_or(0, |a| a + 1);
            let mut indices = Vec::new();
            if let Some(entry) = self.entries.get(row) {
                pattern.indices(entry.folded.slice(..), &mut self.matcher, &mut indices);
                if let Some(origin) = &entry.origin {
                    for i in &mut indices {
                        *i = origin.get(*i as usize).copied().unwrap_or(*i);
                    }
                }
                indices.sort_unstable();
                indices.dedup();
            }
            out.push(indices);
        }
        out
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
            found.get(0).map(|m| (m.speaker, m.alias)),
            Some((3, Some(0)))
        );
    }

    #[test]
    fn indices_point_at_the_matched_chars_of_the_name() {
        let mut search = SpeakerSearch::new(&balkans());
        let found = search.search("thaci");
        let name: Vec<char> = "Hashim Thaçi".chars().collect();
        let hit: String = found
            .highlight(0)
            .iter()
            .map(|&i| name[i as usize])
            .collect();
        assert_eq!(hit, "Thaçi");
    }

    #[test]
    fn better_matches_rank_first_and_non_matches_are_dropped() {
        let found = names("truss");
        assert_eq!(found, [4]);
        assert!(names("zzz").is_empty());
    }

    #[test]
    fn typing_on_and_backspacing_agree_with_a_fresh_search() {
        let mut speakers = balkans();
        speakers[0].speaker.name = "Æsa Straße".into();
        let mut typed = SpeakerSearch::new(&speakers);
        let queries = [
            "a", "as", "ass", "as", "a", "", "s", "st", "str", "strasse", "!x", "!xy",
        ];
        for query in queries {
            let fresh = SpeakerSearch::new(&speakers).search(query);
            assert_eq!(typed.search(query), fresh, "{query}");
        }
    }

    #[test]
    fn a_big_corpus_scored_in_parallel_ranks_as_one_thread_does() {
        let names: Vec<String> = (0..PARALLEL_FROM + 5000)
            .map(|i| format!("Speaker{} Vučić{}", i % 97, i % 13))
            .collect();
        let big: Vec<CorpusSpeaker> = corpus(
            &names
                .iter()
                .map(|n| (n.as_str(), &[][..], 0))
                .collect::<Vec<_>>(),
        );
        let mut parallel = SpeakerSearch::new(&big);
        let mut single = SpeakerSearch::new(&big);
        single.spare.clear();
        for query in ["v", "vu", "sp1 vucic3", "zz"] {
            assert_eq!(parallel.search(query), single.search(query), "{query}");
        }
        assert_eq!(parallel.search("v").len(), PARALLEL_FROM + 5000);
    }

    #[test]
    fn highlights_map_back_through_folding_that_changes_length() {
        let mut speakers = balkans();
        speakers[0].speaker.name = "Æsa Straße".into();
        let mut search = SpeakerSearch::new(&speakers);
        let found = search.search("strasse");
        let name: Vec<char> = "Æsa Straße".chars().collect();
        let hit: String = found
            .highlight(0)
            .iter()
            .map(|&i| name[i as usize])
            .collect();
        assert_eq!(hit, "Straße");
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
