//! Carrying out the view's edits: save through the sidecar store, refresh the corpus, undo.
//!
//! One [`SidecarStore`] per edited briefing, opened at its first edit and kept for the session
//! (it holds that briefing's undo steps). The session's undo history is one list across
//! briefings, so `u` always undoes the newest edit, wherever it was made.

use super::corpus::Corpus;
use super::view::View;
use crate::annotation::{Kind, Span};
use crate::sidecar::SaveError;
use crate::{Edit, Lexicon, SidecarStore};
use std::collections::HashMap;

/// What an edit or an undo did, for [`View::edited`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub briefing: usize,
    /// The annotation to select afterwards, if it is still there.
    pub reselect: Option<(Kind, Span)>,
    /// The status message: what was saved where, or why nothing was.
    pub result: Result<String, String>,
}

/// One edit of the session, for undo.
#[derive(Debug, Clone)]
struct Done {
    briefing: usize,
    target: (Kind, Span),
    what: String,
}

/// The edits of a session.
pub struct Editor {
    lexicon: Lexicon,
    stores: HashMap<usize, SidecarStore>,
    history: Vec<Done>,
}

impl Editor {
    /// `lexicon` must be the one the corpus was annotated with, so a refreshed briefing is
    /// annotated the same way.
    pub fn new(lexicon: Lexicon) -> Editor {
        Editor {
            lexicon,
            stores: HashMap::new(),
            history: Vec::new(),
        }
    }

    /// Whether there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        !self.history.is_empty()
    }

    /// Save `edit` to the sidecar of `briefing` and refresh it in `corpus`.
    pub fn edit(&mut self, corpus: &mut Corpus, briefing: usize, edit: &Edit) -> Outcome {
        let target = match edit {
            Edit::Add { kind, span, .. }
            | Edit::Reject { kind, span }
            | Edit::ChangeSpeaker { kind, span, .. } => Some((*kind, *span)),
            _ => None,
        };
        let fail = |message: String| Outcome {
            briefing,
            reselect: target,
            result: Err(message),
        };
        if corpus.library.sidecar_status(briefing).is_none() {
            return fail(super::view::READ_ONLY.to_string());
        }
        let Some(shown) = corpus.library.briefing(briefing) else {
            return fail("No such briefing".to_string());
        };
        let store = match self.stores.entry(briefing) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => match SidecarStore::open(&shown.path) {
                Ok(store) => e.insert(store),
                Err(error) => return fail(error.to_string()),
            },
        };
        let what = View::describe(corpus, briefing, edit);
        match store.apply_edit(edit, shown) {
            Ok(saved) => {
                let message = format!(
                    "{what} — saved {}{}",
                    file_name(store),
                    if saved.reloaded {
                        " (the file had changed on disk: your edit was applied on top of that version)"
                    } else {
                        ""
                    }
                );
                corpus.refresh(briefing, &self.lexicon);
                if let Some(target) = target {
                    self.history.push(Done {
                        briefing,
                        target,
                        what,
                    });
                }
                Outcome {
                    briefing,
                    reselect: target.filter(|_| !matches!(edit, Edit::Reject { .. })),
                    result: Ok(message),
                }
            }
            Err(error) => fail(error.to_string()),
        }
    }

    /// Undo the newest edit of the session, in whichever briefing it was made.
    pub fn undo(&mut self, corpus: &mut Corpus, current: usize) -> Outcome {
        let Some(done) = self.history.pop() else {
            return Outcome {
                briefing: current,
                reselect: None,
                result: Err("Nothing to undo".to_string()),
            };
        };
        let Some(store) = self.stores.get_mut(&done.briefing) else {
            return Outcome {
                briefing: current,
                reselect: None,
                result: Err("Nothing to undo".to_string()),
            };
        };
        let result = match store.undo() {
            Ok(saved) => {
                let message = format!(
                    "Undone: {} — saved {}{}",
                    lowercase_first(&done.what),
                    file_name(store),
                    if saved.reloaded {
                        " (the file had changed on disk; the rest of it is kept)"
                    } else {
                        ""
                    }
                );
                corpus.refresh(done.briefing, &self.lexicon);
                Ok(message)
            }
            Err(SaveError::NothingToUndo) => Err("Nothing to undo".to_string()),
            Err(error) => {
                let message = error.to_string();
                self.history.push(done.clone());
                Err(message)
            }
        };
        Outcome {
            briefing: done.briefing,
            reselect: Some(done.target),
            result,
        }
    }
}

fn file_name(store: &SidecarStore) -> String {
    store.path().file_name().map_or_else(
        || store.path().display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_lowercase().chain(chars).collect::<String>()
    })
}
