//! Finding speakers by a few typed letters, and words in a text.
//!
//! Speaker search is fuzzy and forgiving of keyboards: nucleo-matcher (the matcher behind the
//! helix editor) normalises Latin diacritics, so `vucic` finds Vučić and `thaci` finds Thaçi,
//! which fuzzy-matcher (archived) cannot. Aliases match too (`islam` finds Avni Islami, whom
//! one briefing calls "Islam"). Text search is plain substring search with the same folding.

use crate::annotation::Span;
use crate::library::CorpusSpeaker;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str, Utf32String};
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

/// One speaker that matches a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpeakerMatch {
    /// Index into [`crate::Library::speakers`].
    pub speaker: usize,
    /// Higher is better (saturating at 2^20 - 1, far above what a name scores); 0 for the
    /// empty query.
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
/// What keeps a key in the popup within a frame over 100k speakers: names are folded to
/// lowercase ASCII once (nucleo's fast path; a map keeps highlight positions in the original
/// name) and packed end to end ([`Names`]); every core scores, claiming small runs of
/// speakers; the matches are ordered by a radix sort of packed integer keys; a query that
/// extends the previous one only rescores the previous matches, and Backspace returns to a
/// remembered result.
pub struct SpeakerSearch {
    names: Names,
    /// Quotes and claims per speaker, to rank equal scores (and the empty query).
    weight: Vec<usize>,
    matcher: Matcher,
    /// One matcher per core, for scoring a big corpus in parallel.
    spare: Vec<Matcher>,
    /// Scratch for [`Scoring::matched`], one per speaker, kept between keys.
    matched: Vec<AtomicU32>,
    /// Results of the last queries, each a prefix of the next: `(query, matches)`.
    history: Vec<(String, Arc<Vec<SpeakerMatch>>)>,
}

/// Every speaker's name and aliases, folded for matching and packed end to end in speaker
/// order: scoring the first key walks memory in order instead of chasing one allocation per
/// name, which on 100k speakers was most of its time (cache misses, not matching).
#[derive(Default)]
struct Names {
    /// Folded names that are ASCII (nearly all, nucleo's fast path), back to back.
    ascii: Vec<u8>,
    /// The others, as chars (nucleo's Unicode form).
    wide: Vec<char>,
    rows: Vec<Row>,
    /// Speaker `s` has rows `first_row[s]..first_row[s + 1]`: its name, then its aliases.
    first_row: Vec<usize>,
    /// For a row whose folding moved chars ("Æ" → "ae"), the index in the original of each
    /// folded char, to highlight the right ones.
    origins: HashMap<usize, Vec<u32>>,
}

/// A name or an alias: where its folded text lies in [`Names`].
#[derive(Clone, Copy)]
struct Row {
    /// 0 for the name, `a + 1` for alias `a`.
    alias: u32,
    wide: bool,
    start: usize,
    end: usize,
}

impl Names {
    fn push_speaker(&mut self, name: &str, aliases: &[String]) {
        self.first_row.push(self.rows.len());
        for (alias, text) in std::iter::once(name)
            .chain(aliases.iter().map(String::as_str))
            .enumerate()
        {
            self.push_row(u32::try_from(alias).unwrap_or(u32::MAX), text);
        }
    }

    fn push_row(&mut self, alias: u32, text: &str) {
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
        if !in_place {
            self.origins.insert(self.rows.len(), origin);
        }
        // Utf32String decides, as nucleo would for any haystack, whether this is ASCII.
        let row = match Utf32String::from(folded) {
            Utf32String::Ascii(text) => {
                let start = self.ascii.len();
                self.ascii.extend_from_slice(text.as_bytes());
                Row {
                    alias,
                    wide: false,
                    start,
                    end: self.ascii.len(),
                }
            }
            Utf32String::Unicode(chars) => {
                let start = self.wide.len();
                self.wide.extend_from_slice(&chars);
                Row {
                    alias,
                    wide: true,
                    start,
                    end: self.wide.len(),
                }
            }
        };
        self.rows.push(row);
    }

    /// Closes the list: the end of the last speaker's rows.
    fn finish(&mut self) {
        self.first_row.push(self.rows.len());
    }

    fn speakers(&self) -> usize {
        self.first_row.len().saturating_sub(1)
    }

    /// The rows of `speaker`, name first.
    fn of(&self, speaker: usize) -> &[Row] {
        match (self.first_row.get(speaker), self.first_row.get(speaker + 1)) {
            (Some(&start), Some(&end)) => &self.rows[start..end],
            _ => &[],
        }
    }

    fn text(&self, row: &Row) -> Utf32Str<'_> {
        if row.wide {
            Utf32Str::Unicode(&self.wide[row.start..row.end])
        } else {
            Utf32Str::Ascii(&self.ascii[row.start..row.end])
        }
    }
}

/// Below this many candidates a key is scored on one thread.
const PARALLEL_FROM: usize = 4_096;

/// Candidates a thread claims at a time. Small enough that a thread slowed by other load
/// leaves the rest of the work to the others; large enough that claiming costs nothing.
const CLAIM: usize = 1_024;

/// What scoring needs besides the pattern, shared by every thread.
struct Scoring<'a> {
    names: &'a Names,
    weight: &'a [usize],
    /// Per speaker: which alias matched (0 for the name, `a + 1` for alias `a`). Written by
    /// the thread that scored that speaker, read after all have joined.
    matched: &'a [AtomicU32],
}

impl Scoring<'_> {
    /// The sort key of each of `speakers` that matches: its best score, then most quoted,
    /// then corpus order, packed into one integer (ascending = best first) whose low bits are
    /// the speaker. A speaker is scored by its name, or by its best alias when the name does
    /// not match (aliases are mostly parts of the name, so this halves the work).
    fn keys(
        &self,
        pattern: &Pattern,
        matcher: &mut Matcher,
        speakers: &[usize],
        out: &mut Vec<u64>,
    ) {
        for &speaker in speakers {
            let mut best: Option<(u32, u32)> = None;
            for row in self.names.of(speaker) {
                if let Some(score) = pattern.score(self.names.text(row), matcher)
                    && best.is_none_or(|(s, _)| score > s)
                {
                    best = Some((score, row.alias));
                    if row.alias == 0 {
                        break;
                    }
                }
            }
            if let Some((score, alias)) = best {
                self.matched[speaker].store(alias, Ordering::Relaxed);
                out.push(sort_key(score, self.weight[speaker], speaker));
            }
        }
    }
}

/// Speakers are the low 24 bits of a sort key (see `SpeakerSearch::new`).
const SPEAKER_BITS: u32 = 24;
const SPEAKER_MASK: u64 = (1 << SPEAKER_BITS) - 1;

/// Best score first (20 bits, inverted), then most quoted (20 bits, inverted), then corpus
/// order: one integer that a radix sort orders in a few linear passes.
fn sort_key(score: u32, quoted: usize, speaker: usize) -> u64 {
    let score = u64::from(score.min(0xF_FFFF));
    let quoted = quoted.min(0xF_FFFF) as u64;
    ((0xF_FFFF - score) << 44)
        | ((0xF_FFFF - quoted) << SPEAKER_BITS)
        | (speaker as u64 & SPEAKER_MASK)
}

/// How many remembered results Backspace can return to.
const HISTORY: usize = 64;

impl SpeakerSearch {
    /// The index of `speakers`: at most the first 16,777,215 of them (a sort key holds the
    /// speaker in 24 bits; a corpus that big would not fit in memory anyway).
    pub fn new(speakers: &[CorpusSpeaker]) -> Self {
        let speakers = &speakers[..speakers.len().min(SPEAKER_MASK as usize)];
        let mut names = Names::default();
        for s in speakers {
            names.push_speaker(&s.speaker.name, &s.speaker.aliases);
        }
        names.finish();
        // Names and queries are folded to lowercase ASCII beforehand (`Entry::new`, `search`),
        // so the matcher compares bytes as they are: no case or Unicode work per character.
        let mut config = Config::DEFAULT;
        config.normalize = false;
        config.ignore_case = false;
        SpeakerSearch {
            names,
            weight: speakers.iter().map(|s| s.speech.len()).collect(),
            matcher: Matcher::new(config.clone()),
            spare: if speakers.len() >= PARALLEL_FROM {
                let cores = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
                (0..cores).map(|_| Matcher::new(config.clone())).collect()
            } else {
                Vec::new()
            },
            matched: speakers.iter().map(|_| AtomicU32::new(0)).collect(),
            history: Vec::new(),
        }
    }

    /// Speakers matching `query`, best first (equal scores: most quoted first, then corpus
    /// order). The empty query lists every speaker, most quoted first.
    pub fn search(&mut self, query: &str) -> SpeakerMatches {
        let folded = crate::text::fold(query);
        let pattern = Pattern::parse(&folded, CaseMatching::Respect, Normalization::Never);
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
                let mut candidates: Vec<usize> = found.iter().map(|f| f.speaker).collect();
                // In corpus order, scoring reads the names front to back.
                radsort::sort(&mut candidates);
                Arc::new(self.score(&pattern, candidates.into_iter()))
            }
            _ => Arc::new(self.score(&pattern, 0..self.names.speakers())),
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
        let scoring = Scoring {
            names: &self.names,
            weight: &self.weight,
            matched: &self.matched,
        };
        let mut keys: Vec<u64> = Vec::with_capacity(speakers.len());
        if speakers.len() >= PARALLEL_FROM && self.spare.len() > 1 {
            // A big corpus is scored on every core, each with its own matcher (as nucleo
            // does), claiming small runs of candidates until none are left: a core that other
            // load slows down just claims fewer, so the first key over 100k speakers stays
            // within a frame. Order does not matter here: the keys are sorted below.
            let next = AtomicUsize::new(0);
            let parts: Vec<Vec<u64>> = std::thread::scope(|scope| {
                let handles: Vec<_> = self
                    .spare
                    .iter_mut()
                    .map(|matcher| {
                        let (scoring, next, speakers) = (&scoring, &next, &speakers);
                        scope.spawn(move || {
                            let mut out = Vec::new();
                            loop {
                                let start = next.fetch_add(CLAIM, Ordering::Relaxed);
                                let Some(run) = speakers.get(start..) else {
                                    return out;
                                };
                                let run = &run[..run.len().min(CLAIM)];
                                scoring.keys(pattern, matcher, run, &mut out);
                            }
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_default())
                    .collect()
            });
            for part in parts {
                keys.extend(part);
            }
        } else {
            scoring.keys(pattern, &mut self.matcher, &speakers, &mut keys);
        }
        // Keys are unique (they end in the speaker), so sorting them alone orders the
        // matches; a radix sort does 100k in well under a millisecond.
        radsort::sort(&mut keys);
        keys.iter()
            .map(|&key| {
                let speaker = (key & SPEAKER_MASK) as usize;
                let row = self.matched[speaker].load(Ordering::Relaxed);
                SpeakerMatch {
                    speaker,
                    score: 0xF_FFFF - (key >> 44) as u32,
                    alias: row.checked_sub(1).map(|a| a as usize),
                }
            })
            .collect()
    }

    /// Matched characters for highlighting. Only the first few hundred matches can ever be on
    /// screen, so only they pay for the index computation.
    fn highlights(&mut self, pattern: &Pattern, found: &[SpeakerMatch]) -> Vec<Vec<u32>> {
        const HIGHLIGHTED: usize = 500;
        let mut out = Vec::with_capacity(found.len().min(HIGHLIGHTED));
        for m in found.iter().take(HIGHLIGHTED) {
            let alias = m.alias.map_or(0, |a| a + 1);
            let mut indices = Vec::new();
            if let Some(row) = self.names.of(m.speaker).get(alias) {
                pattern.indices(self.names.text(row), &mut self.matcher, &mut indices);
                let at = self.names.first_row[m.speaker] + alias;
                if let Some(origin) = self.names.origins.get(&at) {
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

    /// The characters of `name` that the best match highlights.
    fn highlighted(found: &SpeakerMatches, name: &str) -> String {
        let chars: Vec<char> = name.chars().collect();
        found
            .highlight(0)
            .iter()
            .filter_map(|&i| chars.get(i as usize))
            .collect()
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
        assert_eq!(highlighted(&found, "Hashim Thaçi"), "Thaçi");
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
        assert_eq!(highlighted(&found, "Æsa Straße"), "Straße");
    }

    #[test]
    fn names_that_stay_unicode_after_folding_match_and_highlight() {
        let mut speakers = balkans();
        speakers[2].speaker.name = "Александар Вучић".into();
        let mut search = SpeakerSearch::new(&speakers);
        let found = search.search("вучић");
        assert_eq!(found.get(0).map(|m| m.speaker), Some(2));
        assert_eq!(highlighted(&found, "Александар Вучић"), "Вучић");
        // The ASCII names around it are still found.
        assert_eq!(search.search("truss").get(0).map(|m| m.speaker), Some(4));
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
