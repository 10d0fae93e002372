//! The corpus: many briefings and one speaker index across them.
//!
//! The same person quoted in two briefings is one [`CorpusSpeaker`] holding both briefings'
//! quotes and claims, so the reader can walk everything one expert said across the corpus.
//! The library is built once; the reader holds indices into it and never copies.

use crate::annotate::Lexicon;
use crate::annotation::Kind;
use crate::briefing::{Briefing, LoadError, read_text};
use crate::speaker::{Speaker, SpeakerKind};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A quote or claim, by position in the library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SpeechRef {
    pub briefing: usize,
    pub annotation: usize,
}

/// A speaker across the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusSpeaker {
    /// Merged from every briefing that names this speaker: the fullest name, the first role and
    /// affiliation stated, every alias.
    pub speaker: Speaker,
    /// Briefings that name this speaker, in corpus order.
    pub briefings: Vec<usize>,
    /// Quotes and claims attributed to this speaker, in reading order across the corpus.
    pub speech: Vec<SpeechRef>,
}

/// Many briefings and the indexes a reader needs.
#[derive(Debug, Default)]
pub struct Library {
    briefings: Vec<Briefing>,
    speakers: Vec<CorpusSpeaker>,
    /// (briefing index, briefing-local speaker id) → index into `speakers`.
    local: HashMap<(usize, String), usize>,
    /// Files that could not be read; the others are still here.
    pub errors: Vec<LoadError>,
    /// Per briefing (same index), what its sidecar did; empty for libraries not loaded from
    /// files (the bundled seeds, [`Library::from_briefings`]).
    sidecars: Vec<crate::sidecar::SidecarStatus>,
}

impl Library {
    /// Read and annotate every `*.txt` file under `paths` (files, or directories searched
    /// recursively, in sorted order), each merged with its sidecar `NAME.dossier.toml`. A file
    /// that cannot be read is recorded in [`Library::errors`] and never stops the others; a
    /// sidecar that cannot be parsed leaves its briefing as the annotator made it and is
    /// reported by [`Library::sidecar_status`].
    pub fn load(paths: &[PathBuf], lexicon: &Lexicon) -> Library {
        let (files, mut errors) = collect_txt_files(paths);
        let mut briefings = Vec::with_capacity(files.len());
        let mut sidecars = Vec::with_capacity(files.len());
        for path in files {
            match read_text(&path) {
                Ok(text) => {
                    let mut briefing = Briefing::new(path, text, lexicon);
                    sidecars.push(crate::sidecar::apply_beside(&mut briefing));
                    briefings.push(briefing);
                }
                Err(e) => errors.push(e),
            }
        }
        let mut library = Library::from_briefings(briefings);
        library.errors = errors;
        library.sidecars = sidecars;
        library
    }

    /// What the sidecar of briefing `index` did (`None` for the bundled seeds).
    pub fn sidecar_status(&self, index: usize) -> Option<&crate::sidecar::SidecarStatus> {
        self.sidecars.get(index)
    }

    /// Annotate briefing `index` again from its text and re-apply its sidecar as it now is on
    /// disk (after an edit through a [`crate::SidecarStore`]), then rebuild the speaker index.
    /// Indices of briefings stay valid; indices of speakers and annotations may change.
    pub fn refresh_briefing(&mut self, index: usize, lexicon: &Lexicon) {
        let Some(old) = self.briefings.get(index) else {
            return;
        };
        let mut briefing = Briefing::new(old.path.clone(), old.text.clone(), lexicon);
        // Only briefings loaded from files have sidecars (the seeds are embedded).
        if let Some(status) = self.sidecars.get_mut(index) {
            *status = crate::sidecar::apply_beside(&mut briefing);
        }
        self.briefings[index] = briefing;
        self.build_index();
    }

    /// The five sample briefings bundled in the binary.
    pub fn seeds(lexicon: &Lexicon) -> Library {
        let briefings = crate::seeds::SEEDS
            .iter()
            .map(|(path, text)| Briefing::new(*path, (*text).to_string(), lexicon))
            .collect();
        Library::from_briefings(briefings)
    }

    /// Index briefings that are already annotated.
    pub fn from_briefings(briefings: Vec<Briefing>) -> Library {
        let mut library = Library {
            briefings,
            ..Library::default()
        };
        library.build_index();
        library
    }

    fn build_index(&mut self) {
        let mut by_id: HashMap<String, usize> = HashMap::new();
        let mut speakers: Vec<CorpusSpeaker> = Vec::new();
        let mut local = HashMap::new();
        for (b, briefing) in self.briefings.iter().enumerate() {
            for s in &briefing.speakers {
                let index = *by_id.entry(s.id.clone()).or_insert_with(|| {
                    speakers.push(CorpusSpeaker {
                        speaker: Speaker {
                            aliases: Vec::new(),
                            ..s.clone()
                        },
                        briefings: Vec::new(),
                        speech: Vec::new(),
                    });
                    speakers.len() - 1
                });
                merge_into(&mut speakers[index].speaker, s);
                if speakers[index].briefings.last() != Some(&b) {
                    speakers[index].briefings.push(b);
                }
                local.insert((b, s.id.clone()), index);
            }
        }
        join_surname_only(&mut speakers, &mut local);
        for (b, briefing) in self.briefings.iter().enumerate() {
            for (a, annotation) in briefing.speech() {
                let Some(id) = &annotation.speaker else {
                    continue;
                };
                if let Some(&index) = local.get(&(b, id.clone())) {
                    speakers[index].speech.push(SpeechRef {
                        briefing: b,
                        annotation: a,
                    });
                }
            }
        }
        self.speakers = speakers;
        self.local = local;
    }

    pub fn briefings(&self) -> &[Briefing] {
        &self.briefings
    }

    pub fn briefing(&self, index: usize) -> Option<&Briefing> {
        self.briefings.get(index)
    }

    /// Every speaker of the corpus, in order of first appearance.
    pub fn speakers(&self) -> &[CorpusSpeaker] {
        &self.speakers
    }

    pub fn speaker(&self, index: usize) -> Option<&CorpusSpeaker> {
        self.speakers.get(index)
    }

    /// The corpus speaker behind a briefing-local speaker id.
    pub fn corpus_speaker_of(&self, briefing: usize, local_id: &str) -> Option<usize> {
        self.local.get(&(briefing, local_id.to_string())).copied()
    }

    /// Corpus speakers named in briefing `index`, in the briefing's order.
    pub fn speakers_in(&self, index: usize) -> Vec<usize> {
        let Some(briefing) = self.briefings.get(index) else {
            return Vec::new();
        };
        let mut out: Vec<usize> = Vec::new();
        for s in &briefing.speakers {
            if let Some(i) = self.corpus_speaker_of(index, &s.id)
                && !out.contains(&i)
            {
                out.push(i);
            }
        }
        out
    }

    /// Quotes and claims of speaker `index` in briefing `briefing` only.
    pub fn speech_in(&self, speaker: usize, briefing: usize) -> usize {
        self.speakers.get(speaker).map_or(0, |s| {
            s.speech.iter().filter(|r| r.briefing == briefing).count()
        })
    }

    /// All quotes and claims of the corpus, in reading order.
    pub fn all_speech(&self) -> Vec<SpeechRef> {
        self.briefings
            .iter()
            .enumerate()
            .flat_map(|(b, briefing)| {
                briefing.speech().map(move |(a, _)| SpeechRef {
                    briefing: b,
                    annotation: a,
                })
            })
            .collect()
    }

    /// Total quotes and claims in the corpus.
    pub fn speech_count(&self) -> (usize, usize) {
        let mut quotes = 0;
        let mut claims = 0;
        for b in &self.briefings {
            for a in &b.annotations {
                match a.kind {
                    Kind::Quote => quotes += 1,
                    Kind::Claim => claims += 1,
                    _ => {}
                }
            }
        }
        (quotes, claims)
    }
}

/// Fold what `from` states into `into`: a longer name wins, the first role and affiliation
/// stated stay, aliases are unioned.
fn merge_into(into: &mut Speaker, from: &Speaker) {
    if from.name.len() > into.name.len() {
        let old = std::mem::replace(&mut into.name, from.name.clone());
        into.add_alias(&old);
    } else {
        into.add_alias(&from.name);
    }
    if into.role.is_none() {
        into.role.clone_from(&from.role);
    }
    if into.affiliation.is_none() {
        into.affiliation.clone_from(&from.affiliation);
    }
    for alias in &from.aliases {
        into.add_alias(alias);
    }
}

/// A person named only by surname in one briefing ("Stoltenberg") is the same as the one person
/// with that surname named in full elsewhere ("Jens Stoltenberg"), when there is exactly one.
fn join_surname_only(
    speakers: &mut Vec<CorpusSpeaker>,
    local: &mut HashMap<(usize, String), usize>,
) {
    let surname = |s: &Speaker| s.name.split_whitespace().last().map(crate::text::fold);
    let mut remap: HashMap<usize, usize> = HashMap::new();
    for (i, short) in speakers.iter().enumerate() {
        if short.speaker.kind != SpeakerKind::Person
            || short.speaker.name.split_whitespace().count() != 1
        {
            continue;
        }
        let word = crate::text::fold(short.speaker.name.trim());
        let full: Vec<usize> = speakers
            .iter()
            .enumerate()
            .filter(|(j, s)| {
                *j != i
                    && s.speaker.kind == SpeakerKind::Person
                    && s.speaker.name.split_whitespace().count() > 1
                    && surname(&s.speaker).as_deref() == Some(word.as_str())
            })
            .map(|(j, _)| j)
            .collect();
        if let [j] = full[..] {
            remap.insert(i, j);
        }
    }
    if remap.is_empty() {
        return;
    }
    for (&from, &to) in &remap {
        let moved = speakers[from].clone();
        merge_into(&mut speakers[to].speaker, &moved.speaker);
        for b in moved.briefings {
            if !speakers[to].briefings.contains(&b) {
                speakers[to].briefings.push(b);
            }
        }
        speakers[to].briefings.sort_unstable();
    }
    // Drop the merged entries and renumber.
    let mut new_index = Vec::with_capacity(speakers.len());
    let mut next = 0;
    for i in 0..speakers.len() {
        new_index.push(next);
        if !remap.contains_key(&i) {
            next += 1;
        }
    }
    let mut i = 0;
    speakers.retain(|_| {
        let keep = !remap.contains_key(&i);
        i += 1;
        keep
    });
    for target in local.values_mut() {
        let resolved = remap.get(target).copied().unwrap_or(*target);
        *target = new_index[resolved];
    }
}

/// Expand `paths` into the `*.txt` files to read: files as given, directories searched
/// recursively with entries sorted by name. Unreadable directories are reported, not fatal.
pub fn collect_txt_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut files, &mut errors);
        } else {
            files.push(path.clone());
        }
    }
    (files, errors)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<LoadError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            errors.push(LoadError::Io {
                path: dir.to_path_buf(),
                source,
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, files, errors);
        } else if path.extension().is_some_and(|e| e == "txt") {
            files.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::{Annotation, Span};

    fn briefing(id: &str, speakers: &[(&str, SpeakerKind)], speech: &[(&str, usize)]) -> Briefing {
        let text = "x".repeat(100);
        let mut b = Briefing::new(format!("{id}.txt"), text, &Lexicon::builtin());
        b.speakers = speakers.iter().map(|(n, k)| Speaker::new(*n, *k)).collect();
        b.annotations = speech
            .iter()
            .map(|(who, at)| {
                Annotation::new(Kind::Quote, Span::new(*at, at + 5))
                    .with_speaker(crate::speaker::speaker_id(who))
            })
            .collect();
        b
    }

    #[test]
    fn one_speaker_across_briefings_with_both_quotes() {
        let lib = Library::from_briefings(vec![
            briefing(
                "a",
                &[("Jens Stoltenberg", SpeakerKind::Person)],
                &[("Jens Stoltenberg", 0)],
            ),
            briefing(
                "b",
                &[
                    ("Edi Rama", SpeakerKind::Person),
                    ("Stoltenberg", SpeakerKind::Person),
                ],
                &[("Edi Rama", 0), ("Stoltenberg", 10), ("Stoltenberg", 20)],
            ),
        ]);
        assert_eq!(lib.speakers().len(), 2, "{:?}", lib.speakers());
        let js = lib
            .corpus_speaker_of(1, "stoltenberg")
            .and_then(|i| lib.speaker(i));
        let js = js.map(|s| (s.speaker.name.as_str(), s.speech.len(), s.briefings.clone()));
        assert_eq!(js, Some(("Jens Stoltenberg", 3, vec![0, 1])));
        assert_eq!(lib.speakers_in(1).len(), 2);
        let rama = lib.corpus_speaker_of(1, "edi-rama");
        assert_eq!(rama.map(|i| lib.speech_in(i, 1)), Some(1));
    }

    #[test]
    fn ambiguous_surnames_stay_apart() {
        let lib = Library::from_briefings(vec![briefing(
            "a",
            &[
                ("Ana Brnabić", SpeakerKind::Person),
                ("Marko Brnabić", SpeakerKind::Person),
                ("Brnabić", SpeakerKind::Person),
            ],
            &[],
        )]);
        assert_eq!(lib.speakers().len(), 3);
    }

    #[test]
    fn missing_files_are_reported_and_others_load() {
        let dir = tempfile::tempdir().ok();
        let Some(dir) = dir else { return };
        let good = dir.path().join("good.txt");
        std::fs::write(&good, "Fine text.").ok();
        let bad = dir.path().join("bad.txt");
        std::fs::write(&bad, b"bad \xff bytes").ok();
        let lib = Library::load(
            &[dir.path().to_path_buf(), dir.path().join("missing.txt")],
            &Lexicon::builtin(),
        );
        assert_eq!(lib.briefings().len(), 1);
        assert_eq!(lib.errors.len(), 2);
        let messages: Vec<String> = lib.errors.iter().map(ToString::to_string).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.contains("bad.txt") && m.contains("offset 4")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("missing.txt")),
            "{messages:?}"
        );
    }
}
