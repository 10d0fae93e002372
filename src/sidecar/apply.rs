//! Merging a sidecar into an annotated briefing: the sidecar wins over the annotator.
//!
//! Order matters and is fixed: `[meta]`, then `[[speaker]]` (so merges re-point every
//! annotation before anything else looks at speakers), `[[reject]]`, `[[change]]` (both on
//! automatic annotations only), and last `[[annotation]]` (manual ones replace an automatic
//! annotation of the same kind and span).

use super::{Anchored, Sidecar, SpeakerEntry};
use crate::annotation::{Annotation, Kind, Origin, Span, normalize};
use crate::briefing::Briefing;
use crate::speaker::{Speaker, speaker_id};
use crate::text::fold;
use std::collections::HashMap;

/// One entry of a sidecar: its section and index there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryRef {
    Speaker(usize),
    Annotation(usize),
    Reject(usize),
    Change(usize),
}

impl EntryRef {
    pub const fn index(self) -> usize {
        match self {
            EntryRef::Speaker(i)
            | EntryRef::Annotation(i)
            | EntryRef::Reject(i)
            | EntryRef::Change(i) => i,
        }
    }

    /// The TOML table name of the section (`annotation` for `[[annotation]]`).
    pub const fn section(self) -> &'static str {
        match self {
            EntryRef::Speaker(_) => "speaker",
            EntryRef::Annotation(_) => "annotation",
            EntryRef::Reject(_) => "reject",
            EntryRef::Change(_) => "change",
        }
    }
}

/// What became of one anchored entry.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    /// Anchored at `span` by `method` and applied.
    Applied { span: Span, method: super::Method },
    /// Anchored, but no automatic annotation of that kind is there (a reject of something the
    /// annotator no longer finds, or a change that therefore cannot apply).
    Unmatched { span: Span },
    /// The text could not be found any more. The entry stays in the file.
    Orphaned,
}

/// A sidecar entry that did not do what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub entry: EntryRef,
    /// True when the entry's text could not be found (the entry is orphaned).
    pub orphaned: bool,
    /// One line, without the file name.
    pub message: String,
}

/// The result of [`apply`]: per anchored entry an outcome, and the problems to report.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Applied {
    pub outcomes: Vec<(EntryRef, Outcome)>,
    pub problems: Vec<Problem>,
}

impl Applied {
    /// The orphaned entries.
    pub fn orphans(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.orphaned)
    }

    fn problem(&mut self, entry: EntryRef, orphaned: bool, message: String) {
        self.problems.push(Problem {
            entry,
            orphaned,
            message,
        });
    }
}

/// Merge `sidecar` into `briefing` (annotated automatically beforehand).
pub fn apply(sidecar: &Sidecar, briefing: &mut Briefing) -> Applied {
    let mut applied = Applied::default();
    apply_meta(sidecar, briefing);
    let remap = apply_speakers(&sidecar.speakers, briefing, &mut applied);
    let id = |s: &str| remap.get(s).cloned().unwrap_or_else(|| s.to_string());
    for a in &mut briefing.annotations {
        if let Some(s) = &a.speaker {
            a.speaker = Some(id(s));
        }
    }

    for (i, reject) in sidecar.rejects.iter().enumerate() {
        let entry = EntryRef::Reject(i);
        let Some((span, method)) = locate(reject, briefing, entry, &mut applied) else {
            continue;
        };
        let outcome = match find_automatic(&briefing.annotations, reject.kind, span) {
            Some(target) => {
                briefing.annotations.remove(target);
                Outcome::Applied { span, method }
            }
            None => Outcome::Unmatched { span },
        };
        applied.outcomes.push((entry, outcome));
    }

    for (i, change) in sidecar.changes.iter().enumerate() {
        let entry = EntryRef::Change(i);
        let Some((span, method)) = locate(change, briefing, entry, &mut applied) else {
            continue;
        };
        let speaker = id(&change.speaker);
        require_speaker(briefing, &speaker, entry, &mut applied);
        let outcome = match find_automatic(&briefing.annotations, change.kind, span) {
            Some(target) => {
                let a = &mut briefing.annotations[target];
                a.speaker = Some(speaker);
                a.origin = Origin::Manual;
                Outcome::Applied { span, method }
            }
            None => {
                applied.problem(
                    entry,
                    false,
                    format!(
                        "[[change]] of the {} {:?} matches no automatic annotation, so its speaker is not applied",
                        change.kind,
                        short(&change.exact)
                    ),
                );
                Outcome::Unmatched { span }
            }
        };
        applied.outcomes.push((entry, outcome));
    }

    for (i, added) in sidecar.annotations.iter().enumerate() {
        let entry = EntryRef::Annotation(i);
        let Some((span, method)) = locate(added, briefing, entry, &mut applied) else {
            continue;
        };
        let speaker = added.speaker.as_deref().map(id);
        if let Some(s) = &speaker {
            require_speaker(briefing, s, entry, &mut applied);
        }
        briefing
            .annotations
            .retain(|a| !(a.kind == added.kind && a.span == span && a.origin == Origin::Auto));
        let mut annotation = Annotation::new(added.kind, span);
        annotation.speaker = speaker;
        annotation.entity = added.entity;
        annotation.origin = Origin::Manual;
        briefing.annotations.push(annotation);
        applied
            .outcomes
            .push((entry, Outcome::Applied { span, method }));
    }
    normalize(&mut briefing.annotations);
    applied
}

fn apply_meta(sidecar: &Sidecar, briefing: &mut Briefing) {
    let m = &sidecar.meta;
    let meta = &mut briefing.meta;
    for (over, field) in [
        (&m.title, &mut meta.title),
        (&m.outlet, &mut meta.source),
        (&m.author, &mut meta.author),
        (&m.date, &mut meta.date),
        (&m.url, &mut meta.url),
    ] {
        if over.is_some() {
            field.clone_from(over);
        }
    }
}

/// Define, correct and merge speakers; returns merged id → surviving id.
fn apply_speakers(
    entries: &[SpeakerEntry],
    briefing: &mut Briefing,
    applied: &mut Applied,
) -> HashMap<String, String> {
    let mut remap: HashMap<String, String> = HashMap::new();
    for (i, entry) in entries.iter().enumerate() {
        let Some(id) = entry.resolved_id() else {
            applied.problem(
                EntryRef::Speaker(i),
                false,
                "[[speaker]] needs a name or an id".to_string(),
            );
            continue;
        };
        let index = match briefing.speakers.iter().position(|s| s.id == id) {
            Some(index) => index,
            None => {
                let name = entry.name.clone().unwrap_or_else(|| id.clone());
                briefing.speakers.push(Speaker {
                    id: id.clone(),
                    name,
                    ..Speaker::default()
                });
                briefing.speakers.len() - 1
            }
        };
        let speaker = &mut briefing.speakers[index];
        if let Some(name) = &entry.name
            && *name != speaker.name
        {
            let old = std::mem::replace(&mut speaker.name, name.clone());
            speaker.add_alias(&old);
            speaker.aliases.retain(|a| a != name);
        }
        if let Some(kind) = entry.kind {
            speaker.kind = kind;
        }
        if entry.role.is_some() {
            speaker.role.clone_from(&entry.role);
        }
        if entry.affiliation.is_some() {
            speaker.affiliation.clone_from(&entry.affiliation);
        }
        for alias in &entry.aliases {
            speaker.add_alias(alias);
        }
        // Automatic speakers named by `merge`, or whose name is one of the declared aliases.
        let alias_forms: Vec<String> = entry.aliases.iter().map(|a| fold(a.trim())).collect();
        let merged: Vec<Speaker> = {
            let (gone, kept): (Vec<Speaker>, Vec<Speaker>) = std::mem::take(&mut briefing.speakers)
                .into_iter()
                .partition(|s| {
                    s.id != id
                        && (entry.merge.contains(&s.id)
                            || alias_forms
                                .iter()
                                .any(|a| *a == fold(&s.name) || speaker_id(a) == s.id))
                });
            briefing.speakers = kept;
            gone
        };
        let Some(target) = briefing.speakers.iter_mut().find(|s| s.id == id) else {
            continue;
        };
        for gone in merged {
            target.add_alias(&gone.name);
            for alias in &gone.aliases {
                target.add_alias(alias);
            }
            for to in remap.values_mut() {
                if *to == gone.id {
                    to.clone_from(&id);
                }
            }
            remap.insert(gone.id, id.clone());
        }
    }
    remap
}

/// Resolve an entry's anchor, recording an orphan when it cannot be found.
fn locate(
    entry: &impl Anchored,
    briefing: &Briefing,
    which: EntryRef,
    applied: &mut Applied,
) -> Option<(Span, super::Method)> {
    let anchor = entry.anchor();
    match anchor.resolve(&briefing.text) {
        super::Resolution::Found { span, method } => Some((span, method)),
        super::Resolution::Orphaned if anchor.exact.is_empty() => {
            applied.problem(
                which,
                true,
                format!(
                    "[[{}]] ({}) has an empty `exact`: there is no text to anchor",
                    which.section(),
                    entry.kind()
                ),
            );
            applied.outcomes.push((which, Outcome::Orphaned));
            None
        }
        super::Resolution::Orphaned => {
            applied.problem(
                which,
                true,
                format!(
                    "orphaned [[{}]] ({}) {:?}: its text is no longer in {}",
                    which.section(),
                    entry.kind(),
                    short(&anchor.exact),
                    briefing
                        .path
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
                ),
            );
            applied.outcomes.push((which, Outcome::Orphaned));
            None
        }
    }
}

/// A speaker id an entry points to must exist; a missing one is reported and given a
/// placeholder speaker so the annotation still shows up under it.
fn require_speaker(briefing: &mut Briefing, id: &str, entry: EntryRef, applied: &mut Applied) {
    if briefing.speaker(id).is_some() {
        return;
    }
    applied.problem(
        entry,
        false,
        format!("speaker {id:?} is not defined: add a [[speaker]] entry with this id or name"),
    );
    briefing.speakers.push(Speaker {
        id: id.to_string(),
        name: id.to_string(),
        ..Speaker::default()
    });
}

/// The automatic annotation of `kind` at `span`, or else the one overlapping at least half of
/// it and half of itself (the annotator may since have moved a boundary by a word).
fn find_automatic(annotations: &[Annotation], kind: Kind, span: Span) -> Option<usize> {
    let candidates = || {
        annotations
            .iter()
            .enumerate()
            .filter(move |(_, a)| a.kind == kind && a.origin == Origin::Auto)
    };
    if let Some((i, _)) = candidates().find(|(_, a)| a.span == span) {
        return Some(i);
    }
    candidates()
        .filter_map(|(i, a)| {
            let overlap = a
                .span
                .end
                .min(span.end)
                .saturating_sub(a.span.start.max(span.start));
            (overlap * 2 >= a.span.len() && overlap * 2 >= span.len() && overlap > 0)
                .then_some((overlap, i))
        })
        .max()
        .map(|(_, i)| i)
}

/// The first words of `s`, for messages.
fn short(s: &str) -> String {
    const MAX: usize = 60;
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= MAX {
        return s;
    }
    let mut out: String = s.chars().take(MAX).collect();
    out.push('…');
    out
}
