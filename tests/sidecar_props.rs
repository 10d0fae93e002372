//! Property: whatever sequence of edits, undos and changes to the briefing's text, no
//! `[[annotation]]` entry ever disappears from the sidecar file unless the user rejected it or
//! undid adding it. Orphaned entries included.

mod common;

use common::{Fixture, TEXT};
use dossier::sidecar::{Anchored, AnnotationEntry, SidecarStore};
use dossier::{Briefing, Edit, Kind, Span, SpeakerChoice};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Step {
    Add {
        at: usize,
        len: usize,
        quote: bool,
        new_speaker: bool,
    },
    Reject {
        which: usize,
    },
    Change {
        which: usize,
        new_speaker: bool,
    },
    Undo,
    InsertText {
        at: usize,
        words: String,
    },
    DeleteText {
        at: usize,
        len: usize,
    },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (any::<usize>(), 1usize..80, any::<bool>(), any::<bool>())
            .prop_map(|(at, len, quote, new_speaker)| Step::Add { at, len, quote, new_speaker }),
        2 => any::<usize>().prop_map(|which| Step::Reject { which }),
        2 => (any::<usize>(), any::<bool>())
            .prop_map(|(which, new_speaker)| Step::Change { which, new_speaker }),
        2 => Just(Step::Undo),
        2 => (any::<usize>(), "[a-z ]{1,12}").prop_map(|(at, words)| Step::InsertText { at, words }),
        1 => (any::<usize>(), 1usize..40).prop_map(|(at, len)| Step::DeleteText { at, len }),
    ]
}

/// An entry without its speaker: re-attributing is not losing.
fn key(e: &AnnotationEntry) -> (Kind, String, String, String, usize) {
    (
        e.kind,
        e.exact.clone(),
        e.prefix.clone(),
        e.suffix.clone(),
        e.start,
    )
}

fn keys(entries: &[AnnotationEntry]) -> Vec<(Kind, String, String, String, usize)> {
    let mut k: Vec<_> = entries.iter().map(key).collect();
    k.sort();
    k
}

/// The entries in the file on disk, as a fresh reader would see them.
fn on_disk(fx: &Fixture) -> Vec<AnnotationEntry> {
    SidecarStore::open(&fx.txt)
        .ok()
        .and_then(|s| s.sidecar().map(|s| s.annotations.clone()))
        .unwrap_or_default()
}

/// A char boundary of `text`: `at` taken modulo the text's length, rounded down.
fn boundary(text: &str, at: usize) -> usize {
    floor(text, at % (text.len() + 1))
}

/// The char boundary at or before `at`, at most the text's length.
fn floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn speaker(new: bool, n: usize) -> SpeakerChoice {
    if new {
        SpeakerChoice::New(format!("Person {n}"))
    } else {
        SpeakerChoice::Existing("avni-islami".into())
    }
}

fn run(steps: &[Step]) -> Result<(), TestCaseError> {
    let fx = Fixture::new(TEXT).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let mut store = SidecarStore::open(&fx.txt).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let mut text = TEXT.to_string();
    // The entries the file must hold, and per saved edit the entries before it (for undo).
    let mut expected: Vec<AnnotationEntry> = Vec::new();
    let mut history: Vec<Vec<AnnotationEntry>> = Vec::new();
    for (n, step) in steps.iter().enumerate() {
        let (shown, _) = common::load_with(&fx.txt, text.clone());
        let speech: Vec<(Kind, Span)> = shown
            .annotations
            .iter()
            .filter(|a| a.kind.is_speech() || a.kind == Kind::Entity)
            .map(|a| (a.kind, a.span))
            .collect();
        let before = on_disk(&fx);
        let edit = match step {
            Step::Add {
                at,
                len,
                quote,
                new_speaker,
            } => {
                let start = boundary(&text, *at);
                let end = floor(&text, start + len);
                Some(Edit::Add {
                    kind: if *quote { Kind::Quote } else { Kind::Claim },
                    span: Span::new(start, end),
                    speaker: Some(speaker(*new_speaker, n)),
                    entity: None,
                })
            }
            Step::Reject { which } if !speech.is_empty() => {
                let (kind, span) = speech[which % speech.len()];
                Some(Edit::Reject { kind, span })
            }
            Step::Change { which, new_speaker } if !speech.is_empty() => {
                let (kind, span) = speech[which % speech.len()];
                Some(Edit::ChangeSpeaker {
                    kind,
                    span,
                    speaker: speaker(*new_speaker, n),
                })
            }
            Step::Undo => {
                if store.undo().is_ok() {
                    expected = history.pop().unwrap_or_default();
                }
                None
            }
            Step::InsertText { at, words } => {
                let at = boundary(&text, *at);
                text.insert_str(at, words);
                None
            }
            Step::DeleteText { at, len } => {
                let start = boundary(&text, *at);
                let end = floor(&text, start + len);
                text.replace_range(start..end, "");
                None
            }
            Step::Reject { .. } | Step::Change { .. } => None,
        };
        std::fs::write(&fx.txt, &text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        if let Some(edit) = edit
            && store.apply_edit(&edit, &shown).is_ok()
        {
            history.push(expected.clone());
            let after = on_disk(&fx);
            // Work out what the edit was allowed to do to the annotation entries.
            match &edit {
                Edit::Add { .. } => {
                    let added: Vec<_> = after.iter().filter(|e| !before.contains(e)).collect();
                    prop_assert_eq!(added.len(), 1, "an add adds exactly one entry");
                    expected.push(added[0].clone());
                }
                Edit::Reject { kind, span } => {
                    // Only entries anchored (now, in the edited text) at the rejected manual
                    // annotation may go.
                    let gone: Vec<&AnnotationEntry> =
                        before.iter().filter(|e| !after.contains(e)).collect();
                    for e in &gone {
                        prop_assert_eq!(e.kind, *kind);
                        prop_assert_eq!(e.anchor().resolve(&text).span(), Some(*span));
                        let i = expected.iter().rposition(|x| key(x) == key(e));
                        prop_assert!(i.is_some(), "removed an entry the model did not have");
                        if let Some(i) = i {
                            expected.remove(i);
                        }
                    }
                }
                _ => {}
            }
        }
        prop_assert_eq!(
            keys(&on_disk(&fx)),
            keys(&expected),
            "after step {} {:?}",
            n,
            step
        );
    }
    // Every entry still in the model is in the file, orphaned or not, and the file parses.
    let final_entries = on_disk(&fx);
    prop_assert_eq!(keys(&final_entries), keys(&expected));
    let _: Briefing = common::load_with(&fx.txt, text).0;
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_edits_never_lose_an_annotation_from_the_file(
        steps in proptest::collection::vec(step(), 1..16)
    ) {
        run(&steps)?;
    }
}
