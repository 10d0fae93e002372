//! Word lists the annotator uses, as data (`lexicon/*.toml`, embedded), extendable by the user.
//!
//! The lists are plain TOML so that a reader covering another region can add its outlets,
//! cities and titles without touching code: [`Lexicon::extend_from_dir`] merges files of the
//! same names from a directory into the bundled lists. Everything is compiled once into hash
//! sets and one Aho-Corasick automaton, so lookups during annotation are O(1) per token and one
//! linear scan per text.

mod compile;
mod files;
mod propers;
mod wordmap;

use aho_corasick::dfa::DFA;
use compile::compile;
use files::{BUILTIN, Sources, merge_file};
use wordmap::{WordMap, WordSet};

/// Word lists are looked up once per token: a fast deterministic hasher.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;
type HashSet<K> = std::collections::HashSet<K, foldhash::fast::FixedState>;
use std::path::{Path, PathBuf};

/// What a speech-verb form can do; one form may do several things ("warned that",
/// "warned NATO to", "warned about").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VerbClass {
    /// Reports speech or belief at all.
    pub speech: bool,
    /// Reports speech only before "that" or ":".
    pub needs_that: bool,
    /// Takes a noun or "-ing" complement as its content.
    pub object: bool,
    /// Addressee + "to"/"of" infinitive ("urged NATO to").
    pub directive: bool,
    /// A verb of publishing ("writes").
    pub written: bool,
    /// "which X calls Y".
    pub naming: bool,
}

/// One form of a (possibly multi-word) speech verb: the first word is the key of the map,
/// `rest` the particle words that must follow ("on" in "called on").
#[derive(Debug, Clone, Default)]
pub struct VerbForm {
    pub rest: Vec<String>,
    pub class: VerbClass,
    /// The base form ("said" → "say"), to tell progressive and perfect forms apart.
    pub lemma: String,
    /// An "-ing" form ("warning"), which continues the previous clause's subject.
    pub participle: bool,
}

/// What a proper-noun list entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProperKind {
    Country,
    Organization,
    Place,
    Outlet,
    /// An adjective of nationality: not an entity, but it ties a role to a country.
    Demonym,
}

/// A proper-noun entry of the lists.
#[derive(Debug, Clone)]
pub struct Proper {
    pub text: String,
    pub kind: ProperKind,
    /// The name this one merges with when speaking ("Moscow" → "Russia", "US" →
    /// "United States"); itself otherwise.
    pub canonical: String,
    /// Matched only after "the", which the span leaves out ("the West").
    pub needs_article: bool,
}

/// A proper noun found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProperHit {
    pub start: usize,
    pub end: usize,
    /// Index into [`Lexicon::propers`].
    pub entry: usize,
}

/// The annotator's word lists, compiled for lookup.
#[derive(Debug, Clone)]
pub struct Lexicon {
    sources: Sources,
    verbs: WordMap<Vec<VerbForm>>,
    passive: Vec<Vec<String>>,
    titles: WordSet,
    title_words: WordSet,
    modifiers: WordSet,
    groups: WordSet,
    bodies: WordSet,
    outlet_refs: WordSet,
    org_heads: WordSet,
    not_acronyms: WordSet,
    propers: Vec<Proper>,
    matcher: Option<DFA>,
    /// The bytes a proper noun of the lists starts with: only there can a match start, so
    /// the search jumps from one to the next instead of walking the automaton over every byte.
    first_bytes: [bool; 256],
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::builtin()
    }
}

impl Lexicon {
    /// The lists bundled with dossier.
    pub fn builtin() -> Self {
        let mut sources = Sources::default();
        for (name, text) in BUILTIN {
            // The bundled files are tested to parse (see the tests below); a failure here would
            // be a build defect, and an empty list is the safe fallback at run time.
            let _ = merge_file(&mut sources, Path::new(name), name, text);
        }
        compile(sources)
    }

    /// Add the lists found in `dir` (files with the names of `lexicon/`: speech_verbs.toml,
    /// roles.toml, outlets.toml, countries.toml, places.toml, organizations.toml) to these.
    /// Other files are ignored; a missing directory adds nothing. A file that is not valid
    /// TOML or has unknown keys is an error naming it and the line and column.
    pub fn extend_from_dir(&mut self, dir: &Path) -> Result<(), LexiconError> {
        if !dir.is_dir() {
            return Ok(());
        }
        let mut sources = self.sources.clone();
        for (name, _) in BUILTIN {
            let path = dir.join(name);
            if !path.is_file() {
                continue;
            }
            let text = std::fs::read_to_string(&path).map_err(|e| LexiconError::Invalid {
                path: path.clone(),
                message: e.to_string(),
            })?;
            merge_file(&mut sources, &path, name, &text)?;
        }
        *self = compile(sources);
        Ok(())
    }

    /// Where a user's own lists live: `dossier/lexicon/` in the platform's configuration
    /// directory (`~/.config/dossier/lexicon/` on Linux), holding files with the names of the
    /// bundled ones. Their entries are added to the bundled lists.
    pub fn user_dir() -> Option<PathBuf> {
        use etcetera::BaseStrategy;
        let strategy = etcetera::choose_base_strategy().ok()?;
        Some(strategy.config_dir().join("dossier").join("lexicon"))
    }

    /// The bundled lists extended by the user's ([`Lexicon::user_dir`]); a broken user file
    /// is reported and the bundled lists are used as they are.
    pub fn with_user_lists() -> (Self, Option<LexiconError>) {
        let mut lexicon = Lexicon::builtin();
        let error = Lexicon::user_dir().and_then(|dir| lexicon.extend_from_dir(&dir).err());
        (lexicon, error)
    }

    /// The forms of speech verbs starting with the lowercase word `word`.
    #[inline]
    pub fn verb_forms(&self, word: &str) -> Option<&[VerbForm]> {
        self.verbs.get(word).map(Vec::as_slice)
    }

    /// Agentless attribution phrases after "be" ("seen as"), lowercase words.
    pub fn passive_phrases(&self) -> &[Vec<String>] {
        &self.passive
    }

    /// Whether the lowercase phrase is a title ("prime minister").
    #[inline]
    pub fn is_title(&self, phrase: &str) -> bool {
        self.titles.contains(phrase)
    }

    /// Whether the lowercase word occurs in some title ("prime", "secretary").
    #[inline]
    pub fn is_title_word(&self, word: &str) -> bool {
        self.title_words.contains(word) || self.modifiers.contains(word)
    }

    #[inline]
    pub fn is_group_noun(&self, word: &str) -> bool {
        self.groups.contains(word)
    }

    #[inline]
    pub fn is_body_noun(&self, word: &str) -> bool {
        self.bodies.contains(word)
    }

    #[inline]
    pub fn is_outlet_reference(&self, word: &str) -> bool {
        self.outlet_refs.contains(word)
    }

    #[inline]
    pub fn is_org_head(&self, word: &str) -> bool {
        self.org_heads.contains(word)
    }

    #[inline]
    pub fn is_acronym_exception(&self, word: &str) -> bool {
        self.not_acronyms.contains(word)
    }

    pub fn propers(&self) -> &[Proper] {
        &self.propers
    }
}

/// A user lexicon file that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_forms_are_derived() {
        let lex = Lexicon::builtin();
        for form in [
            "said",
            "says",
            "urged",
            "denies",
            "emphasized",
            "stressing",
            "told",
        ] {
            assert!(lex.verb_forms(form).is_some(), "{form}");
        }
        let called = lex.verb_forms("called").unwrap_or_default();
        assert!(called.iter().any(|f| f.rest == ["on"] && f.class.directive));
        assert!(called[0].rest.len() >= called[called.len() - 1].rest.len());
        let declared = lex.verb_forms("declared").unwrap_or_default();
        assert!(declared[0].class.needs_that);
        let said = lex.verb_forms("said").unwrap_or_default();
        assert!(!said[0].class.needs_that);
        assert!(lex.verb_forms("warning").is_some_and(|f| f[0].participle));
    }

    #[test]
    fn user_files_extend_and_bad_toml_names_line_and_column() {
        let Ok(dir) = tempfile::tempdir() else {
            return;
        };
        let good = dir.path().join("outlets.toml");
        assert!(std::fs::write(&good, "names = [\"Prishtina Insight\"]\n").is_ok());
        let mut lex = Lexicon::builtin();
        assert!(lex.extend_from_dir(dir.path()).is_ok());
        let text = "Prishtina Insight reported it.";
        assert_eq!(lex.find_propers(text).len(), 1);
        assert!(lex.find_propers(text)[0].end == "Prishtina Insight".len());

        assert!(
            std::fs::write(
                dir.path().join("roles.toml"),
                "titles = [\n  \"x\",\n  oops\n]\n"
            )
            .is_ok()
        );
        let err = lex
            .extend_from_dir(dir.path())
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("roles.toml"), "{err}");
        assert!(err.contains("line 3, column 3"), "{err}");
    }
}
