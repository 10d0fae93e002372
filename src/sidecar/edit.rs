//! Edits a person makes in the reader, turned into changes of a [`Sidecar`].
//!
//! An [`Edit`] speaks the reader's language (this span, this speaker); [`plan`] turns it into
//! a few [`Op`]s on sidecar entries, each with an exact inverse, which is all undo needs. Ops
//! name entries by content rather than by index, so an undo still finds its entry after the
//! file was reloaded with someone else's entries added around it.

use super::{Anchored, AnnotationEntry, ChangeEntry, MetaOverride, RejectEntry, Sidecar};
use super::{SpeakerEntry, anchor::Anchor};
use crate::annotation::{EntityKind, Kind, Span};
use crate::briefing::Briefing;
use crate::speaker::speaker_id;

/// Who an annotation is attributed to, as chosen in the reader's speaker popup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpeakerChoice {
    /// A speaker id the briefing (or the sidecar) already has.
    Existing(String),
    /// A name typed in: a `[[speaker]]` entry is added unless its id already exists.
    New(String),
}

/// One user edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Add a quote, claim or entity over `span`.
    Add {
        kind: Kind,
        span: Span,
        speaker: Option<SpeakerChoice>,
        entity: Option<EntityKind>,
    },
    /// Remove the annotation of `kind` at `span`: a manual one loses its `[[annotation]]`
    /// entry, an automatic one gets a `[[reject]]`.
    Reject { kind: Kind, span: Span },
    /// Attribute the annotation of `kind` at `span` to another speaker.
    ChangeSpeaker {
        kind: Kind,
        span: Span,
        speaker: SpeakerChoice,
    },
    /// Define or correct a speaker (fields left `None` keep what the entry had; aliases and
    /// merges are added to the entry's).
    DefineSpeaker(SpeakerEntry),
    /// Declare that speaker `from` is really `into`.
    MergeSpeakers { into: String, from: String },
    /// Replace `[meta]`.
    SetMeta(MetaOverride),
}

/// Why an edit cannot be planned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("the selection {start}..{end} is empty or not inside the text")]
    BadSpan { start: usize, end: usize },
    #[error("there is no {kind} at {start}..{end} to change")]
    NoAnnotation {
        kind: Kind,
        start: usize,
        end: usize,
    },
    #[error("there is no speaker {0:?}")]
    NoSpeaker(String),
    #[error("a speaker needs a name or an id")]
    Nameless,
}

/// A sidecar entry, by value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Speaker(SpeakerEntry),
    Annotation(AnnotationEntry),
    Reject(RejectEntry),
    Change(ChangeEntry),
}

/// One change to a sidecar; see the module docs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    Push(Entry),
    /// Remove the last entry equal to this one.
    Remove(Entry),
    /// Replace the last entry equal to `old` by `new`.
    Replace {
        old: Entry,
        new: Entry,
    },
    SetMeta {
        old: MetaOverride,
        new: MetaOverride,
    },
}

impl Op {
    pub fn inverse(&self) -> Op {
        match self {
            Op::Push(e) => Op::Remove(e.clone()),
            Op::Remove(e) => Op::Push(e.clone()),
            Op::Replace { old, new } => Op::Replace {
                old: new.clone(),
                new: old.clone(),
            },
            Op::SetMeta { old, new } => Op::SetMeta {
                old: new.clone(),
                new: old.clone(),
            },
        }
    }

    /// Carry the op out; `false` when the entry it names is not there (someone else changed
    /// it), in which case nothing changes.
    pub fn apply(&self, sidecar: &mut Sidecar) -> bool {
        match self {
            Op::Push(entry) => {
                match entry.clone() {
                    Entry::Speaker(e) => sidecar.speakers.push(e),
                    Entry::Annotation(e) => sidecar.annotations.push(e),
                    Entry::Reject(e) => sidecar.rejects.push(e),
                    Entry::Change(e) => sidecar.changes.push(e),
                }
                true
            }
            Op::Remove(entry) => match entry {
                Entry::Speaker(e) => remove_last(&mut sidecar.speakers, e),
                Entry::Annotation(e) => remove_last(&mut sidecar.annotations, e),
                Entry::Reject(e) => remove_last(&mut sidecar.rejects, e),
                Entry::Change(e) => remove_last(&mut sidecar.changes, e),
            },
            Op::Replace { old, new } => match (old, new) {
                (Entry::Speaker(o), Entry::Speaker(n)) => replace_last(&mut sidecar.speakers, o, n),
                (Entry::Annotation(o), Entry::Annotation(n)) => {
                    replace_last(&mut sidecar.annotations, o, n)
                }
                (Entry::Reject(o), Entry::Reject(n)) => replace_last(&mut sidecar.rejects, o, n),
                (Entry::Change(o), Entry::Change(n)) => replace_last(&mut sidecar.changes, o, n),
                _ => false,
            },
            Op::SetMeta { new, .. } => {
                sidecar.meta = new.clone();
                true
            }
        }
    }
}

fn remove_last<T: PartialEq>(list: &mut Vec<T>, item: &T) -> bool {
    match list.iter().rposition(|x| x == item) {
        Some(i) => {
            list.remove(i);
            true
        }
        None => false,
    }
}

fn replace_last<T: PartialEq + Clone>(list: &mut [T], old: &T, new: &T) -> bool {
    match list.iter().rposition(|x| x == old) {
        Some(i) => {
            list[i] = new.clone();
            true
        }
        None => false,
    }
}

/// The ops that carry out `edit` on `sidecar` for `briefing` (already merged with it).
pub fn plan(edit: &Edit, sidecar: &Sidecar, briefing: &Briefing) -> Result<Vec<Op>, EditError> {
    let text = briefing.text.as_str();
    let mut ops = Vec::new();
    match edit {
        Edit::Add {
            kind,
            span,
            speaker,
            entity,
        } => {
            if span.is_empty() || !span.fits(text) {
                return Err(EditError::BadSpan {
                    start: span.start,
                    end: span.end,
                });
            }
            let speaker = match speaker {
                Some(choice) => Some(choose_speaker(choice, sidecar, briefing, &mut ops)?),
                None => None,
            };
            let a = Anchor::capture(text, *span);
            ops.push(Op::Push(Entry::Annotation(AnnotationEntry {
                kind: *kind,
                speaker,
                entity: *entity,
                exact: a.exact,
                prefix: a.prefix,
                suffix: a.suffix,
                start: a.start,
            })));
        }
        Edit::Reject { kind, span } => {
            require_annotation(briefing, *kind, *span)?;
            let manual: Vec<&AnnotationEntry> = at(&sidecar.annotations, text, *kind, *span);
            if manual.is_empty() {
                let a = Anchor::capture(text, *span);
                ops.push(Op::Push(Entry::Reject(RejectEntry {
                    kind: *kind,
                    exact: a.exact,
                    prefix: a.prefix,
                    suffix: a.suffix,
                    start: a.start,
                })));
                // A re-attribution of what is now rejected would only be reported as unmatched.
                for change in at(&sidecar.changes, text, *kind, *span) {
                    ops.push(Op::Remove(Entry::Change(change.clone())));
                }
            } else {
                for entry in manual {
                    ops.push(Op::Remove(Entry::Annotation(entry.clone())));
                }
            }
        }
        Edit::ChangeSpeaker {
            kind,
            span,
            speaker,
        } => {
            require_annotation(briefing, *kind, *span)?;
            let id = choose_speaker(speaker, sidecar, briefing, &mut ops)?;
            if let Some(entry) = at(&sidecar.annotations, text, *kind, *span).pop() {
                let mut new = entry.clone();
                new.speaker = Some(id);
                ops.push(replace(
                    Entry::Annotation(entry.clone()),
                    Entry::Annotation(new),
                ));
            } else if let Some(entry) = at(&sidecar.changes, text, *kind, *span).pop() {
                let mut new = entry.clone();
                new.speaker = id;
                ops.push(replace(Entry::Change(entry.clone()), Entry::Change(new)));
            } else {
                let a = Anchor::capture(text, *span);
                ops.push(Op::Push(Entry::Change(ChangeEntry {
                    kind: *kind,
                    speaker: id,
                    exact: a.exact,
                    prefix: a.prefix,
                    suffix: a.suffix,
                    start: a.start,
                })));
            }
        }
        Edit::DefineSpeaker(entry) => {
            let id = entry.resolved_id().ok_or(EditError::Nameless)?;
            ops.push(upsert_speaker(sidecar, &id, |e| {
                if entry.name.is_some() {
                    e.name.clone_from(&entry.name);
                }
                if entry.kind.is_some() {
                    e.kind = entry.kind;
                }
                if entry.role.is_some() {
                    e.role.clone_from(&entry.role);
                }
                if entry.affiliation.is_some() {
                    e.affiliation.clone_from(&entry.affiliation);
                }
                union(&mut e.aliases, &entry.aliases);
                union(&mut e.merge, &entry.merge);
            }));
        }
        Edit::MergeSpeakers { into, from } => {
            let known = |id: &str| {
                briefing.speaker(id).is_some()
                    || sidecar
                        .speakers
                        .iter()
                        .any(|e| e.resolved_id().as_deref() == Some(id))
            };
            for id in [into, from] {
                if !known(id) {
                    return Err(EditError::NoSpeaker(id.clone()));
                }
            }
            ops.push(upsert_speaker(sidecar, into, |e| {
                union(&mut e.merge, std::slice::from_ref(from));
            }));
        }
        Edit::SetMeta(meta) => ops.push(Op::SetMeta {
            old: sidecar.meta.clone(),
            new: meta.clone(),
        }),
    }
    Ok(ops)
}

fn replace(old: Entry, new: Entry) -> Op {
    Op::Replace { old, new }
}

fn union(into: &mut Vec<String>, more: &[String]) {
    for m in more {
        if !into.contains(m) {
            into.push(m.clone());
        }
    }
}

/// An op that changes the `[[speaker]]` entry for `id` with `change`, adding the entry
/// (with just the id) when there is none.
fn upsert_speaker(sidecar: &Sidecar, id: &str, change: impl FnOnce(&mut SpeakerEntry)) -> Op {
    let existing = sidecar
        .speakers
        .iter()
        .rev()
        .find(|e| e.resolved_id().as_deref() == Some(id));
    match existing {
        Some(old) => {
            let mut new = old.clone();
            change(&mut new);
            replace(Entry::Speaker(old.clone()), Entry::Speaker(new))
        }
        None => {
            let mut new = SpeakerEntry {
                id: Some(id.to_string()),
                ..SpeakerEntry::default()
            };
            change(&mut new);
            if new.name.is_some() && new.name.as_deref().map(speaker_id).as_deref() == Some(id) {
                new.id = None;
            }
            Op::Push(Entry::Speaker(new))
        }
    }
}

/// The id for `choice`, pushing a `[[speaker]]` op for a new name.
fn choose_speaker(
    choice: &SpeakerChoice,
    sidecar: &Sidecar,
    briefing: &Briefing,
    ops: &mut Vec<Op>,
) -> Result<String, EditError> {
    match choice {
        SpeakerChoice::Existing(id) => Ok(id.clone()),
        SpeakerChoice::New(name) => {
            let name = name.trim();
            if name.is_empty() {
                return Err(EditError::Nameless);
            }
            let id = speaker_id(name);
            let defined = briefing.speaker(&id).is_some()
                || sidecar
                    .speakers
                    .iter()
                    .any(|e| e.resolved_id().as_deref() == Some(&id));
            if !defined {
                ops.push(Op::Push(Entry::Speaker(SpeakerEntry {
                    name: Some(name.to_string()),
                    ..SpeakerEntry::default()
                })));
            }
            Ok(id)
        }
    }
}

fn require_annotation(briefing: &Briefing, kind: Kind, span: Span) -> Result<(), EditError> {
    if briefing
        .annotations
        .iter()
        .any(|a| a.kind == kind && a.span == span)
    {
        Ok(())
    } else {
        Err(EditError::NoAnnotation {
            kind,
            start: span.start,
            end: span.end,
        })
    }
}

/// Entries of `kind` whose anchor resolves to `span` in `text`.
fn at<'a, T: Anchored>(entries: &'a [T], text: &str, kind: Kind, span: Span) -> Vec<&'a T> {
    entries
        .iter()
        .filter(|e| e.kind() == kind && e.anchor().resolve(text).span() == Some(span))
        .collect()
}
