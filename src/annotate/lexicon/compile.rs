//! Compiling the raw lists into what annotation looks up: verb forms with their classes,
//! hash sets of titles and nouns, and the proper-noun automaton.

use super::files::Sources;
use super::{HashSet, Lexicon, Proper, ProperKind, VerbClass, VerbForm, WordMap, WordSet};
use aho_corasick::dfa::DFA;
use aho_corasick::{MatchKind, StartKind};

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

pub(super) fn compile(sources: Sources) -> Lexicon {
    let s = &sources.speech;
    let mut verbs: WordMap<Vec<VerbForm>> = WordMap::default();
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
                let entry = verbs.entry_or_default(&form);
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
    let title_words: WordSet = titles.iter().flat_map(|t| t.split(' ')).collect();
    let lower = |v: &Vec<String>| v.iter().map(|w| w.to_lowercase()).collect::<WordSet>();

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
        titles: titles.into_iter().collect(),
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
