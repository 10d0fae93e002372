//! Word lists the annotator uses, as data (`lexicon/*.toml`, embedded), extendable by the user.
//!
//! The lists are plain TOML so that a reader covering another region can add its outlets,
//! cities and titles without touching code: [`Lexicon::extend_from_dir`] merges files of the
//! same names from a directory into the bundled lists. Everything is compiled once into hash
//! sets and one Aho-Corasick automaton, so lookups during annotation are O(1) per token and one
//! linear scan per text.

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};
use serde::Deserialize;
use std::collections::BTreeMap;

/// Word lists are looked up once per token: a fast deterministic hasher.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;
type HashSet<K> = std::collections::HashSet<K, foldhash::fast::FixedState>;
use std::path::{Path, PathBuf};

/// The bundled list files: (file name, contents).
const BUILTIN: [(&str, &str); 6] = [
    (
        "speech_verbs.toml",
        include_str!("../../lexicon/speech_verbs.toml"),
    ),
    ("roles.toml", include_str!("../../lexicon/roles.toml")),
    ("outlets.toml", include_str!("../../lexicon/outlets.toml")),
    (
        "countries.toml",
        include_str!("../../lexicon/countries.toml"),
    ),
    ("places.toml", include_str!("../../lexicon/places.toml")),
    (
        "organizations.toml",
        include_str!("../../lexicon/organizations.toml"),
    ),
];

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct SpeechVerbsFile {
    verbs: Vec<String>,
    that_only: Vec<String>,
    object: Vec<String>,
    directive: Vec<String>,
    written: Vec<String>,
    naming: Vec<String>,
    passive: Vec<String>,
    irregular: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct RolesFile {
    titles: Vec<String>,
    modifiers: Vec<String>,
    groups: Vec<String>,
    bodies: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct OutletsFile {
    names: Vec<String>,
    references: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct CountriesFile {
    names: Vec<String>,
    demonyms: BTreeMap<String, Vec<String>>,
    aliases: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct PlacesFile {
    regions: Vec<String>,
    cities: Vec<String>,
    speaks_for: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct OrganizationsFile {
    names: Vec<String>,
    heads: Vec<String>,
    not_acronyms: Vec<String>,
}

/// The raw lists, kept so that user files can be merged and everything recompiled.
#[derive(Debug, Clone, Default)]
struct Sources {
    speech: SpeechVerbsFile,
    roles: RolesFile,
    outlets: OutletsFile,
    countries: CountriesFile,
    places: PlacesFile,
    organizations: OrganizationsFile,
}

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
    verbs: HashMap<String, Vec<VerbForm>>,
    passive: Vec<Vec<String>>,
    titles: HashSet<String>,
    title_words: HashSet<String>,
    modifiers: HashSet<String>,
    groups: HashSet<String>,
    bodies: HashSet<String>,
    outlet_refs: HashSet<String>,
    org_heads: HashSet<String>,
    not_acronyms: HashSet<String>,
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
    pub fn verb_forms(&self, word: &str) -> Option<&[VerbForm]> {
        self.verbs.get(word).map(Vec::as_slice)
    }

    /// Agentless attribution phrases after "be" ("seen as"), lowercase words.
    pub fn passive_phrases(&self) -> &[Vec<String>] {
        &self.passive
    }

    /// Whether the lowercase phrase is a title ("prime minister").
    pub fn is_title(&self, phrase: &str) -> bool {
        self.titles.contains(phrase)
    }

    /// Whether the lowercase word occurs in some title ("prime", "secretary").
    pub fn is_title_word(&self, word: &str) -> bool {
        self.title_words.contains(word) || self.modifiers.contains(word)
    }

    pub fn is_group_noun(&self, word: &str) -> bool {
        self.groups.contains(word)
    }

    pub fn is_body_noun(&self, word: &str) -> bool {
        self.bodies.contains(word)
    }

    pub fn is_outlet_reference(&self, word: &str) -> bool {
        self.outlet_refs.contains(word)
    }

    pub fn is_org_head(&self, word: &str) -> bool {
        self.org_heads.contains(word)
    }

    pub fn is_acronym_exception(&self, word: &str) -> bool {
        self.not_acronyms.contains(word)
    }

    pub fn propers(&self) -> &[Proper] {
        &self.propers
    }

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

fn boundary_before(text: &str, start: usize) -> bool {
    text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

fn boundary_after(text: &str, end: usize) -> bool {
    text[end..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Parse one list file and add its entries to `sources`.
fn merge_file(
    sources: &mut Sources,
    path: &Path,
    name: &str,
    text: &str,
) -> Result<(), LexiconError> {
    let invalid = |e: toml::de::Error| {
        let (line, column) = e
            .span()
            .map_or((1, 1), |s| crate::text::line_col(text, s.start));
        LexiconError::Invalid {
            path: path.to_path_buf(),
            message: format!("line {line}, column {column}: {}", e.message()),
        }
    };
    match name {
        "speech_verbs.toml" => {
            let f: SpeechVerbsFile = toml::from_str(text).map_err(invalid)?;
            let s = &mut sources.speech;
            s.verbs.extend(f.verbs);
            s.that_only.extend(f.that_only);
            s.object.extend(f.object);
            s.directive.extend(f.directive);
            s.written.extend(f.written);
            s.naming.extend(f.naming);
            s.passive.extend(f.passive);
            s.irregular.extend(f.irregular);
        }
        "roles.toml" => {
            let f: RolesFile = toml::from_str(text).map_err(invalid)?;
            let s = &mut sources.roles;
            s.titles.extend(f.titles);
            s.modifiers.extend(f.modifiers);
            s.groups.extend(f.groups);
            s.bodies.extend(f.bodies);
        }
        "outlets.toml" => {
            let f: OutletsFile = toml::from_str(text).map_err(invalid)?;
            sources.outlets.names.extend(f.names);
            sources.outlets.references.extend(f.references);
        }
        "countries.toml" => {
            let f: CountriesFile = toml::from_str(text).map_err(invalid)?;
            let s = &mut sources.countries;
            s.names.extend(f.names);
            s.demonyms.extend(f.demonyms);
            s.aliases.extend(f.aliases);
        }
        "places.toml" => {
            let f: PlacesFile = toml::from_str(text).map_err(invalid)?;
            let s = &mut sources.places;
            s.regions.extend(f.regions);
            s.cities.extend(f.cities);
            s.speaks_for.extend(f.speaks_for);
        }
        "organizations.toml" => {
            let f: OrganizationsFile = toml::from_str(text).map_err(invalid)?;
            let s = &mut sources.organizations;
            s.names.extend(f.names);
            s.heads.extend(f.heads);
            s.not_acronyms.extend(f.not_acronyms);
        }
        _ => {}
    }
    Ok(())
}

/// The regular forms of an English verb lemma: base, -s, -ed, -ing.
fn inflect(lemma: &str) -> [String; 4] {
    let b = lemma;
    if let Some(stem) = b.strip_suffix('e').filter(|s| !s.ends_with('e')) {
        [
            b.to_string(),
            format!("{b}s"),
            format!("{b}d"),
            format!("{stem}ing"),
        ]
    } else if b.ends_with('y') && !b.ends_with("ay") && !b.ends_with("ey") && !b.ends_with("oy") {
        let stem = &b[..b.len() - 1];
        [
            b.to_string(),
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{b}ing"),
        ]
    } else if ["s", "sh", "ch", "x", "z"].iter().any(|e| b.ends_with(e)) {
        [
            b.to_string(),
            format!("{b}es"),
            format!("{b}ed"),
            format!("{b}ing"),
        ]
    } else {
        [
            b.to_string(),
            format!("{b}s"),
            format!("{b}ed"),
            format!("{b}ing"),
        ]
    }
}

fn words(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn compile(sources: Sources) -> Lexicon {
    let s = &sources.speech;
    let mut verbs: HashMap<String, Vec<VerbForm>> = HashMap::default();
    type Setter = fn(&mut VerbClass);
    let classes: [(&Vec<String>, Setter); 7] = [
        (&s.verbs, |c| c.speech = true),
        (&s.that_only, |c| {
            c.speech = true;
            c.needs_that = true;
        }),
        (&s.object, |c| {
            c.speech = true;
            c.object = true;
        }),
        (&s.directive, |c| c.directive = true),
        (&s.written, |c| c.written = true),
        (&s.naming, |c| c.naming = true),
        (&Vec::new(), |_| {}),
    ];
    for (list, set) in classes {
        for lemma_phrase in list {
            let mut ws = words(lemma_phrase);
            if ws.is_empty() {
                continue;
            }
            let head = ws.remove(0);
            let mut forms: Vec<String> = inflect(&head).to_vec();
            if let Some(irregular) = s.irregular.get(&head) {
                forms = std::iter::once(head.clone())
                    .chain(irregular.iter().map(|f| f.to_lowercase()))
                    .collect();
            }
            for form in forms {
                let entry = verbs.entry(form.clone()).or_default();
                let participle = form.ends_with("ing") && form != head;
                let existing = entry.iter_mut().find(|f| f.rest == ws);
                let slot = match existing {
                    Some(f) => f,
                    None => {
                        entry.push(VerbForm {
                            rest: ws.clone(),
                            class: VerbClass::default(),
                            lemma: head.clone(),
                            participle,
                        });
                        let last = entry.len() - 1;
                        &mut entry[last]
                    }
                };
                set(&mut slot.class);
            }
        }
    }
    // A verb that needs "that" in one list but is general in another is general only if the
    // general list names it and the "that" list does not.
    let that_only: HashSet<String> = s.that_only.iter().map(|v| v.to_lowercase()).collect();
    for forms in verbs.values_mut() {
        for f in forms.iter_mut() {
            f.class.needs_that = f.rest.is_empty() && that_only.contains(&f.lemma);
        }
        // Longest particle sequences first, so "called on" wins over "called".
        forms.sort_by_key(|f| std::cmp::Reverse(f.rest.len()));
    }

    let r = &sources.roles;
    let titles: HashSet<String> = r.titles.iter().map(|t| words(t).join(" ")).collect();
    let title_words: HashSet<String> = titles
        .iter()
        .flat_map(|t| t.split(' ').map(str::to_string))
        .collect();
    let lower = |v: &Vec<String>| v.iter().map(|w| w.to_lowercase()).collect::<HashSet<_>>();

    let mut propers = Vec::new();
    let mut push = |text: &str, kind: ProperKind, canonical: &str| {
        let needs_article = text.starts_with("the ");
        propers.push(Proper {
            text: text.to_string(),
            kind,
            canonical: canonical.to_string(),
            needs_article,
        });
    };
    let c = &sources.countries;
    let speaks_for = &sources.places.speaks_for;
    let canonical = |name: &str| -> String {
        c.aliases
            .get(name)
            .or_else(|| speaks_for.get(name))
            .cloned()
            .unwrap_or_else(|| name.to_string())
    };
    for n in &c.names {
        push(n, ProperKind::Country, &canonical(n));
    }
    for (country, demonyms) in &c.demonyms {
        for d in demonyms {
            push(d, ProperKind::Demonym, country);
        }
    }
    for n in &sources.organizations.names {
        push(n, ProperKind::Organization, &canonical(n));
    }
    for n in &sources.outlets.names {
        push(n, ProperKind::Outlet, n.trim_start_matches("The "));
    }
    for n in sources.places.regions.iter().chain(&sources.places.cities) {
        push(n, ProperKind::Place, &canonical(n));
    }
    // First entry wins for a duplicated text (a country listed again as an alias, a user
    // file repeating a bundled name).
    let mut seen = HashSet::default();
    propers.retain(|p| seen.insert(p.text.clone()));
    let matcher = DFA::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .build(propers.iter().map(|p| p.text.as_str()))
        .ok();
    let mut first_bytes = [false; 256];
    for p in &propers {
        match p.text.as_bytes().first() {
            Some(&b) => first_bytes[usize::from(b)] = true,
            // An empty pattern matches anywhere: every byte is a place to try.
            None => first_bytes = [true; 256],
        }
    }

    Lexicon {
        verbs,
        passive: s.passive.iter().map(|p| words(p)).collect(),
        titles,
        title_words,
        modifiers: lower(&r.modifiers),
        groups: lower(&r.groups),
        bodies: lower(&r.bodies),
        outlet_refs: lower(&sources.outlets.references),
        org_heads: sources.organizations.heads.iter().cloned().collect(),
        not_acronyms: sources.organizations.not_acronyms.iter().cloned().collect(),
        propers,
        matcher,
        first_bytes,
        sources,
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
    fn bundled_files_parse() {
        let mut sources = Sources::default();
        for (name, text) in BUILTIN {
            assert!(
                merge_file(&mut sources, Path::new(name), name, text).is_ok(),
                "{name} must parse"
            );
        }
    }

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
