//! The per-briefing speaker table: who has been named, and what later mentions refer to.
//!
//! A speaker's first mention usually carries the full name and the role; later mentions use
//! the surname (sometimes misspelt), a title or a pronoun. The table merges these: a surname
//! or a name one or two edits away from a known surname is that person; "he" is the most
//! recent person who spoke; "they" a state or group just named; "the publication" the last
//! outlet.

use crate::speaker::{Speaker, SpeakerKind, speaker_id};
use crate::text::{fold, folds_to};

#[derive(Debug, Clone)]
struct Entry {
    speaker: Speaker,
    /// Folded last word of the name, the surname later mentions use.
    surname: String,
    /// Folded canonical name, for merging ("russia" for "Moscow" and "Kremlin").
    key: String,
    used: bool,
    /// Known grammatical gender (true: she/her), from a title, a gendered role or a pronoun
    /// that referred to this person.
    female: Option<bool>,
    /// An unnamed individual ("a nurse at the clinic", "a council official"): a group in
    /// the model, but a later "he" or "she" may be them.
    individual: bool,
    /// The holder of a title the text has not named yet ("The commander of the rebel unit
    /// remembers it differently. He says …"): the next person given that title ("said the
    /// commander, Isaac Tarpeh") takes this entry over, with what was attributed to it.
    unnamed_holder: bool,
    /// Named by a title and the body it serves ("representative of France"): only the
    /// person just mentioned answers to the bare title, as another state has its own.
    described_holder: bool,
    /// When this entry was last mentioned, for pronouns.
    seen: u32,
    /// Nouns the text introduced this body with ("the Finnish operator Kaleva Fibre", "the
    /// UKMTO agency"): what a later "the operator" or "the agency" means.
    described_as: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Table {
    entries: Vec<Entry>,
    pub last_person: Option<usize>,
    pub last_collective: Option<usize>,
    pub last_outlet: Option<usize>,
    /// Who issued the document the text last introduced ("a report by Coastal Livelihoods
    /// Watch"): what "the report" speaks for.
    pub last_issuer: Option<usize>,
    clock: u32,
}

/// The military title an abbreviation stands for ("Lt Gen (retd) X … the general said").
fn unabbreviated(word: &str) -> Option<&'static str> {
    Some(match word {
        "gen" => "general",
        "lt" => "lieutenant",
        "col" => "colonel",
        "maj" => "major",
        "brig" => "brigadier",
        "capt" => "captain",
        "adm" => "admiral",
        "sgt" => "sergeant",
        _ => return None,
    })
}

/// The gender a role states ("spokeswoman", "chairman"), if any.
pub fn role_gender(role: &str) -> Option<bool> {
    let mut out = None;
    // Only the title tells: "an expert at King’s College London" is no king.
    for w in role
        .split(|c: char| !c.is_alphanumeric())
        .take_while(|w| !matches!(*w, "at" | "of" | "for" | "in" | "from" | "with"))
    {
        let w = w.to_ascii_lowercase();
        if matches!(w.as_str(), "mr" | "sir" | "lord" | "king" | "prince")
            || (w.ends_with("man") && w.len() > 5 && !w.ends_with("woman"))
        {
            out = Some(false);
        } else if matches!(
            w.as_str(),
            "ms" | "mrs" | "miss" | "dame" | "lady" | "queen" | "princess" | "madam"
        ) || (w.ends_with("woman") && w.len() > 7)
        {
            out = Some(true);
        }
    }
    out
}

/// Prepositions that place an unnamed speaker ("officials in Oslo").
const GROUP_PLACERS: &[&str] = &[
    " in ", " at ", " from ", " for ", " of ", " with ", " inside ", " within ",
];

/// A plural head noun: "diplomats", and the irregular "fishermen", "people", "children".
fn is_plural_noun(w: &str) -> bool {
    w.ends_with('s') || w.ends_with("men") || matches!(w, "people" | "children" | "police")
}

fn last_word(name: &str) -> &str {
    name.split_whitespace().next_back().unwrap_or(name)
}

/// Levenshtein distance, bounded: names are short.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 2 || a.len() > 40 || b.len() > 40 {
        return usize::MAX;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

impl Table {
    fn push(&mut self, speaker: Speaker, key: String) -> usize {
        let female = speaker.role.as_deref().and_then(role_gender);
        self.entries.push(Entry {
            surname: fold(last_word(&speaker.name)),
            speaker,
            key,
            used: false,
            female,
            individual: false,
            unnamed_holder: false,
            described_holder: false,
            seen: 0,
            described_as: Vec::new(),
        });
        self.entries.len() - 1
    }

    /// `i` was just mentioned as a person who speaks.
    pub fn touch(&mut self, i: usize) {
        self.clock += 1;
        if let Some(e) = self.entries.get_mut(i) {
            e.seen = self.clock;
            if e.speaker.kind == SpeakerKind::Person {
                self.last_person = Some(i);
            }
        }
    }

    /// Record a gender stated by a title or honorific ("Ms Dahl").
    pub fn set_gender(&mut self, i: usize, female: bool) {
        if let Some(e) = self.entries.get_mut(i)
            && e.female.is_none()
        {
            e.female = Some(female);
        }
    }

    /// The person a "he" or "she" refers to: the most recent person not known to be of the
    /// other gender (an unnamed "a spokeswoman" counts too). The pronoun then teaches the
    /// person's gender for later pronouns.
    pub fn pronoun(&mut self, female: Option<bool>) -> Option<usize> {
        let Some(f) = female else {
            return self.last_person;
        };
        let fits = |e: &Entry| {
            let person = e.speaker.kind == SpeakerKind::Person
                || (e.speaker.kind == SpeakerKind::Group && (e.female.is_some() || e.individual));
            person && e.female.is_none_or(|g| g == f)
        };
        let i = match self.last_person.filter(|&i| fits(&self.entries[i])) {
            Some(i) => i,
            None => {
                let (i, _) = self
                    .entries
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| fits(e) && e.seen > 0)
                    .max_by_key(|(_, e)| e.seen)?;
                i
            }
        };
        // A more recent unnamed speaker of that gender ("a spokeswoman … she said").
        let i = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.speaker.kind == SpeakerKind::Group
                    && (e.female == Some(f) || (e.individual && e.female.is_none()))
            })
            .filter(|(_, e)| e.seen > self.entries[i].seen)
            .max_by_key(|(_, e)| e.seen)
            .map_or(i, |(g, _)| g);
        self.set_gender(i, f);
        self.touch(i);
        Some(i)
    }

    /// A collective named by a plural noun ("Both groups", "officials").
    pub fn is_plural_group(&self, i: usize) -> bool {
        self.entries.get(i).is_some_and(|e| {
            // The head noun counts: "diplomats" in "Western diplomats in Tbilisi".
            e.speaker.kind == SpeakerKind::Group
                && e.speaker
                    .name
                    .split_whitespace()
                    .take_while(|w| !crate::annotate::mentions::PREPOSITIONS.contains(w))
                    .last()
                    .is_some_and(is_plural_noun)
        })
    }

    pub fn mark_used(&mut self, i: usize) {
        if let Some(e) = self.entries.get_mut(i) {
            e.used = true;
        }
    }

    pub fn add_alias(&mut self, i: usize, alias: &str) {
        if let Some(e) = self.entries.get_mut(i) {
            e.speaker.add_alias(alias);
        }
    }

    pub fn name(&self, i: usize) -> Option<&str> {
        self.entries.get(i).map(|e| e.speaker.name.as_str())
    }

    pub fn kind(&self, i: usize) -> Option<SpeakerKind> {
        self.entries.get(i).map(|e| e.speaker.kind)
    }

    /// A person by full name or surname, merged with a known person where the names agree.
    pub fn person(&mut self, name: &str, role: Option<&str>, affiliation: Option<&str>) -> usize {
        let i = self.known_person(name, role, affiliation);
        self.touch(i);
        i
    }

    /// Find or add a person, as [`Table::person`], without making them the latest person
    /// mentioned: a name met in passing ("… with the Police Minister, Ronald Kikolo, said")
    /// is known by its title later but is not who the next "he" means.
    pub fn known_person(
        &mut self,
        name: &str,
        role: Option<&str>,
        affiliation: Option<&str>,
    ) -> usize {
        let folded = fold(name);
        let words = folded.split_whitespace().count();
        // "José Ángel Pérez Gómez … Pérez said": in a name of three words or more, a later
        // word alone may be the surname in use (Spanish and Portuguese names carry two).
        let inner_surname = |full: &str, single: &str| {
            full.split_whitespace().count() >= 3
                && full.split_whitespace().skip(1).any(|w| w == single)
        };
        let found = self.entries.iter().position(|e| {
            e.speaker.kind == SpeakerKind::Person
                && (e.key == folded
                    || (words == 1 && e.surname == folded)
                    || (words == 1 && inner_surname(&e.key, &folded))
                    || (words > 1 && e.surname == e.key && last_word(&folded) == e.key)
                    || (words > 2 && e.surname == e.key && inner_surname(&folded, &e.key))
                    // "Maria Malmer Stenergard … Malmer Stenergard told SVT": a surname of
                    // two words, given alone later.
                    || (words >= 2
                        && e.key.len() > folded.len()
                        && e.key.ends_with(folded.as_str())
                        && e.key.as_bytes()[e.key.len() - folded.len() - 1] == b' ')
                    || e.speaker
                        .aliases
                        .iter()
                        .any(|a| a.eq_ignore_ascii_case(name)))
        });
        let found = found.or_else(|| {
            // A near-miss spelling of a known surname ("Islam" for "Islami").
            (words == 1 && folded.chars().count() >= 4)
                .then(|| {
                    self.entries.iter().position(|e| {
                        let surname = &e.surname;
                        let limit = if surname.chars().count() >= 8 { 2 } else { 1 };
                        e.speaker.kind == SpeakerKind::Person
                            && surname.chars().next() == folded.chars().next()
                            && edit_distance(surname, &folded) <= limit
                    })
                })
                .flatten()
        });
        let found = found.or_else(|| {
            // "Her son, Ilir Hoxha, … Ilir said": a first name alone, when exactly one
            // known person has it.
            if words != 1 {
                return None;
            }
            let mut with_first = self.entries.iter().enumerate().filter(|(_, e)| {
                e.speaker.kind == SpeakerKind::Person
                    && e.key.split_whitespace().count() > 1
                    && e.key.split_whitespace().next() == Some(folded.as_str())
            });
            match (with_first.next(), with_first.next()) {
                (Some((i, _)), None) => Some(i),
                _ => None,
            }
        });
        // The first name given to the holder of a title the text met unnamed.
        let holder = || {
            let role = fold(role?);
            let head = last_word(&role);
            self.entries.iter().rposition(|e| {
                e.unnamed_holder
                    && e.speaker
                        .role
                        .as_deref()
                        .is_some_and(|r| fold(r).split_whitespace().any(|w| w == head))
            })
        };
        if found.is_none()
            && let Some(i) = holder()
        {
            let e = &mut self.entries[i];
            e.unnamed_holder = false;
            e.speaker.name = name.to_string();
            e.speaker.id = speaker_id(name);
            e.surname = fold(last_word(name));
            e.key = folded;
            if words > 1 {
                e.speaker.add_alias(last_word(name));
            }
            return i;
        }
        let i = match found {
            Some(i) => {
                let e = &mut self.entries[i];
                if words > e.speaker.name.split_whitespace().count() {
                    let old = std::mem::replace(&mut e.speaker.name, name.to_string());
                    e.speaker.id = speaker_id(name);
                    e.surname = fold(last_word(name));
                    e.key = folded;
                    e.speaker.add_alias(&old);
                } else {
                    e.speaker.add_alias(name);
                }
                i
            }
            None => {
                let mut s = Speaker::new(name, SpeakerKind::Person);
                if words > 1 {
                    s.add_alias(last_word(name));
                }
                self.push(s, folded)
            }
        };
        let e = &mut self.entries[i];
        if words > 1 {
            let surname = last_word(name).to_string();
            e.speaker.add_alias(&surname);
        }
        if e.speaker.role.is_none() {
            e.speaker.role = role.map(str::to_string);
        }
        if e.speaker.affiliation.is_none() {
            e.speaker.affiliation = affiliation.map(str::to_string);
        }
        if let Some(f) = role.and_then(role_gender) {
            self.set_gender(i, f);
        }
        i
    }

    /// The person known so far by the folded single word `word` alone, if any.
    fn known_by_word_alone(&self, word: &str) -> Option<usize> {
        self.entries.iter().position(|e| {
            e.speaker.kind == SpeakerKind::Person && e.key == word && e.surname == word
        })
    }

    /// Whether someone is known so far by `name` alone, a single word.
    pub fn known_by_first_name(&self, name: &str) -> bool {
        self.known_by_word_alone(&fold(name)).is_some()
    }

    /// The person known so far by a first name alone whom the full `name` completes
    /// ("Adaeze, let's start with you. … Adaeze Nwachukwu"): renamed, the first name kept as
    /// an alias, so that registering `name` finds them.
    pub fn complete_first_name(&mut self, name: &str) {
        let folded = fold(name);
        let Some(first) = folded.split_whitespace().next() else {
            return;
        };
        if first == folded || self.entries.iter().any(|e| e.key == folded) {
            return;
        }
        if let Some(i) = self.known_by_word_alone(first) {
            let e = &mut self.entries[i];
            let old = std::mem::replace(&mut e.speaker.name, name.to_string());
            e.speaker.id = speaker_id(name);
            e.surname = fold(last_word(name));
            e.key = folded;
            e.speaker.add_alias(&old);
        }
    }

    /// A state, organization or outlet; `canonical` merges metonyms.
    pub fn organization(
        &mut self,
        name: &str,
        canonical: &str,
        outlet: bool,
        role: Option<&str>,
    ) -> usize {
        let key = fold(
            canonical
                .trim_start_matches("The ")
                .trim_start_matches("the "),
        );
        // An outlet's short name ("Kathimerini" after "Kathimerini Cyprus").
        let short_of_outlet = |e: &Entry| {
            outlet
                && e.speaker.kind == SpeakerKind::Organization
                && e.key.len() > key.len()
                && e.key.starts_with(key.as_str())
                && e.key.as_bytes()[key.len()] == b' '
        };
        let found = self.entries.iter().position(|e| e.key == key);
        let found = found.or_else(|| self.entries.iter().position(short_of_outlet));
        // "CLW" after "Coastal Livelihoods Watch (CLW)": a short name given in parentheses.
        let found = found.or_else(|| {
            self.entries.iter().position(|e| {
                e.speaker.kind == SpeakerKind::Organization
                    && e.speaker.aliases.iter().any(|a| folds_to(a, &key))
            })
        });
        let i = match found {
            Some(i) => {
                let e = &mut self.entries[i];
                e.speaker.add_alias(name);
                // A name first read as a person's ("Politis focuses on …") that turns out
                // to publish is an outlet.
                if outlet && e.speaker.kind == SpeakerKind::Person && e.speaker.role.is_none() {
                    e.speaker.kind = SpeakerKind::Organization;
                    if self.last_person == Some(i) {
                        self.last_person = None;
                    }
                }
                i
            }
            None => {
                // A state named through a metonym or a short form ("Moscow", "US") is listed
                // under its own name, with the form used as an alias.
                let metonym = !outlet && fold(name) != key && !fold(name).ends_with(&key);
                let mut s = Speaker::new(
                    if metonym { canonical } else { name },
                    SpeakerKind::Organization,
                );
                s.add_alias(name);
                self.push(s, key)
            }
        };
        if self.entries[i].speaker.role.is_none() {
            self.entries[i].speaker.role = role.map(str::to_string);
        }
        if outlet {
            self.last_outlet = Some(i);
        }
        self.last_collective = Some(i);
        i
    }

    /// Whether `name` is an organization the briefing has named already (an outlet
    /// introduced earlier, "Cotidianul de Chișinău closed its edition …").
    pub fn is_known_organization(&self, name: &str) -> bool {
        let key = fold(name);
        self.entries
            .iter()
            .any(|e| e.key == key && e.speaker.kind == SpeakerKind::Organization)
    }

    /// Record that the text introduced body `i` as a `noun` ("the operator Kaleva Fibre").
    pub fn describe(&mut self, i: usize, noun: &str) {
        self.touch(i);
        if let Some(e) = self.entries.get_mut(i)
            && !e.described_as.iter().any(|d| d == noun)
        {
            e.described_as.push(noun.to_string());
        }
    }

    /// The body introduced last as a `noun`.
    pub fn described_as(&self, noun: &str) -> Option<usize> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.described_as.iter().any(|d| d == noun))
            .max_by_key(|(_, e)| e.seen)
            .map(|(i, _)| i)
    }

    /// Of two entries, the one mentioned last.
    pub fn latest(&self, a: Option<usize>, b: Option<usize>) -> Option<usize> {
        let seen = |i: Option<usize>| i.and_then(|i| self.entries.get(i)).map(|e| e.seen);
        if seen(b) > seen(a) { b } else { a.or(b) }
    }

    /// The organization named last whose name holds `head` as a word ("the committee" after
    /// "the Kyrgyz State Committee for National Security").
    pub fn organization_headed(&self, head: &str) -> Option<usize> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.speaker.kind == SpeakerKind::Organization
                    && e.speaker
                        .name
                        .split(' ')
                        .any(|w| w.eq_ignore_ascii_case(head))
            })
            .max_by_key(|(_, e)| e.seen)
            .map(|(i, _)| i)
    }

    /// The holder of `role`, a title that opens a sentence before anyone holding it was
    /// named ("The commander of the rebel unit remembers it differently."): a person who
    /// may speak as "he" and be named later.
    pub fn title_holder(&mut self, role: &str) -> usize {
        let mut s = Speaker::new(role, SpeakerKind::Person);
        s.role = Some(role.to_string());
        let i = self.push(s, format!("\u{1}{}", fold(role)));
        self.entries[i].surname = self.entries[i].key.clone();
        self.entries[i].unnamed_holder = true;
        self.touch(i);
        i
    }

    /// The holder of `role` for the state or body `affiliation`, named by both ("the
    /// representative of France"): news that never names such a person (a UN meeting
    /// summary) keeps the description as the name, and each state's holder is someone else.
    pub fn described_holder(&mut self, name: &str, role: &str, affiliation: &str) -> usize {
        // ("the Russian Federation's delegate": the title without its owner.)
        let role = role
            .strip_prefix(affiliation)
            .and_then(|r| r.strip_prefix("'s ").or_else(|| r.strip_prefix("’s ")))
            .unwrap_or(role);
        let key = format!("\u{1}{}", fold(name));
        let i = match self.entries.iter().position(|e| e.key == key) {
            Some(i) => i,
            None => {
                let mut s = Speaker::new(name, SpeakerKind::Person);
                s.role = Some(role.to_string());
                s.affiliation = Some(affiliation.to_string());
                let i = self.push(s, key);
                self.entries[i].described_holder = true;
                i
            }
        };
        self.touch(i);
        i
    }

    /// An unnamed collective ("security experts").
    pub fn group(&mut self, name: &str, surface: &str) -> usize {
        let key = fold(name);
        let i = match self.entries.iter().position(|e| e.key == key) {
            Some(i) => i,
            None => {
                let i = self.push(Speaker::new(name, SpeakerKind::Group), key);
                // "a spokeswoman for …" is one person: a later "she" may be her.
                let single = matches!(
                    name.split_whitespace()
                        .next()
                        .map(str::to_ascii_lowercase)
                        .as_deref(),
                    Some("a" | "an" | "one" | "another")
                );
                if let (true, Some(f)) = (single, role_gender(name)) {
                    self.set_gender(i, f);
                }
                self.entries[i].individual = single;
                i
            }
        };
        self.clock += 1;
        self.entries[i].seen = self.clock;
        self.entries[i].speaker.add_alias(surface);
        // "officials in Oslo" is also "officials", the form a later "the officials" takes.
        // Every placer opens with a space: the first space that opens one is where the
        // earliest of them is found.
        if let Some(head) = name
            .match_indices(' ')
            .map(|(k, _)| k)
            .find(|&k| GROUP_PLACERS.iter().any(|p| name[k..].starts_with(p)))
            .map(|k| &name[..k])
        {
            self.entries[i].speaker.add_alias(head);
        }
        // An unnamed individual is never what "it" or "they" means.
        if !self.entries[i].individual {
            self.last_collective = Some(i);
        }
        i
    }

    /// The person whose role is `role` (ignoring case), adding the role as an alias. A bare
    /// title ("the minister") also matches a role that holds it ("Minister of State for
    /// External Affairs") and an unnamed speaker named by it ("a spokeswoman for …").
    pub fn by_role(&mut self, role: &str) -> Option<usize> {
        self.find_role(role, true)
    }

    /// A speaker who holds `role`, without letting a bare title describe the last person
    /// named: for roles resolved after the whole text is read, when "the last person" is
    /// whoever the briefing named last, not whoever was named before the title.
    pub fn by_role_held(&mut self, role: &str) -> Option<usize> {
        self.find_role(role, false)
    }

    fn find_role(&mut self, role: &str, describe_last: bool) -> Option<usize> {
        let folded = fold(role.trim_start_matches("the ").trim_start_matches("The "));
        let head = last_word(&folded).to_string();
        let bare = folded == head;
        let matches = |e: &Entry| match e.speaker.kind {
            SpeakerKind::Person => e.speaker.role.as_deref().is_some_and(|r| {
                let r = fold(r);
                r == folded
                    || (bare && last_word(&r) == head)
                    || (bare
                        && r.split([' ', '-', '.'])
                            .any(|w| w == head || unabbreviated(w) == Some(head.as_str())))
            }),
            SpeakerKind::Group => {
                bare && std::iter::once(&e.speaker.name)
                    .chain(e.speaker.aliases.iter())
                    .any(|a| {
                        let a = fold(a);
                        let mut words = a.split_whitespace();
                        // The title is the last word before a placing phrase ("a senior official
                        // in Nicosia" → "official").
                        let placed = GROUP_PLACERS
                            .iter()
                            .filter_map(|p| a.find(p))
                            .min()
                            .map_or(a.as_str(), |k| &a[..k]);
                        matches!(words.next(), Some("a" | "an" | "one" | "another"))
                            && last_word(placed) == head
                    })
            }
            SpeakerKind::Organization => false,
        };
        // (After the whole text is read, the last person is no guide to a described one.)
        let i = self
            .last_person
            .filter(|&i| {
                matches(&self.entries[i]) && (describe_last || !self.entries[i].described_holder)
            })
            .or_else(|| {
                self.entries
                    .iter()
                    .rposition(|e| !e.described_holder && matches(e))
            });
        // "For Jan Brock of the Institute, … the expert said": a bare title with no match
        // describes the last person named, when the text placed that person by an
        // affiliation but gave no role yet.
        let i = match i {
            Some(i) => i,
            None => {
                let last = self.last_person.filter(|&i| {
                    let s = &self.entries[i].speaker;
                    describe_last
                        && bare
                        && s.role.is_none()
                        && s.affiliation.is_some()
                        && s.kind == SpeakerKind::Person
                })?;
                self.entries[last].speaker.role = Some(folded.clone());
                last
            }
        };
        let alias = role.trim_start_matches("the ").trim_start_matches("The ");
        if alias.split_whitespace().count() > 1 {
            self.entries[i].speaker.add_alias(alias);
        }
        Some(i)
    }

    /// Speakers that something was attributed to, with unique ids, and the id of each entry.
    pub fn finish(self) -> (Vec<Speaker>, Vec<Option<String>>) {
        let mut speakers: Vec<Speaker> = Vec::new();
        let mut ids = Vec::with_capacity(self.entries.len());
        for e in self.entries {
            // A title holder never named is no one the reader can look up.
            if !e.used || e.unnamed_holder {
                ids.push(None);
                continue;
            }
            let mut s = e.speaker;
            let base = s.id.clone();
            let mut n = 2;
            while speakers.iter().any(|o| o.id == s.id) {
                s.id = format!("{base}-{n}");
                n += 1;
            }
            ids.push(Some(s.id.clone()));
            speakers.push(s);
        }
        (speakers, ids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_and_misspellings_merge() {
        let mut t = Table::default();
        let a = t.person("Avni Islami", Some("security analyst"), None);
        assert_eq!(t.person("Islami", None, None), a);
        assert_eq!(t.person("Islam", None, None), a);
        let b = t.person("Skender Perteshi", None, None);
        assert_ne!(a, b);
        assert_eq!(t.person("Perteshi", None, None), b);
        assert_ne!(t.person("Rama", None, None), a);
    }

    #[test]
    fn the_first_of_two_surnames_is_the_person() {
        let mut t = Table::default();
        let a = t.person("José Ángel Pérez Gómez", None, None);
        assert_eq!(t.person("Pérez", None, None), a);
        // Met by the surname first, then by the full name.
        let b = t.person("Rincón", None, None);
        assert_ne!(a, b);
        assert_eq!(t.person("María Fernanda Rincón Ospina", None, None), b);
        // Two words are a given name and one surname: "Kim" is not "Kim Ji-yeon".
        let c = t.person("Kim Ji-yeon", None, None);
        assert_ne!(t.person("Ji-yeon Park", None, None), c);
    }

    #[test]
    fn metonyms_merge_into_one_state() {
        let mut t = Table::default();
        let us = t.organization("US", "United States", false, None);
        assert_eq!(
            t.organization("Washington", "United States", false, None),
            us
        );
        t.mark_used(us);
        let (speakers, _) = t.finish();
        assert_eq!(speakers[0].name, "United States");
        assert_eq!(speakers[0].aliases, ["US", "Washington"]);
    }

    #[test]
    fn edit_distance_is_bounded() {
        assert_eq!(edit_distance("islami", "islam"), 1);
        assert_eq!(edit_distance("a", "abcdef"), usize::MAX);
    }
}
