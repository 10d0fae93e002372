//! Editing keys in the view: select (`v`), add (`a`), reject (`x`), change speaker (`e`).
//!
//! The view only decides *what* to edit and returns it as an [`Effect::Edit`]; the app saves
//! it through the sidecar store and refreshes the corpus, then calls [`View::edited`]. So
//! every key here stays pure and testable without files.

use super::{Effect, Fuzzy, Input, Pane, Popup, View};
use crate::annotation::{Kind, Span};
use crate::sanitize::clean_line;
use crate::tui::action::Action;
use crate::tui::corpus::Corpus;
use crate::tui::selection::Selection;
use crate::{Edit, SpeakerChoice};

/// What the fuzzy speaker popup is for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Purpose {
    /// Jump to the speaker's first quote and filter by them (`f`).
    #[default]
    Jump,
    /// Choose the speaker of an edit (`a`, `e`).
    Speaker(Pending),
}

/// An edit waiting for its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    pub briefing: usize,
    pub kind: Kind,
    pub span: Span,
    /// `true`: add a new annotation; `false`: change the speaker of the one at `span`.
    pub adding: bool,
}

/// The two kinds `a` can add, in the picker's order, with the letter that picks each.
pub const ADD_KINDS: [(Kind, char); 2] = [(Kind::Quote, 'q'), (Kind::Claim, 'c')];

/// What the read-only seeds say to an edit.
pub const READ_ONLY: &str =
    "The bundled samples are read-only: to annotate, open a folder (dossier seeds/)";

impl View {
    /// Why briefing `index` cannot be edited, if it cannot: the bundled seeds have no file,
    /// and a sidecar that does not parse is never written.
    pub fn edit_blocker(&self, corpus: &Corpus, index: usize) -> Option<String> {
        match corpus.library.sidecar_status(index) {
            None => Some(READ_ONLY.to_string()),
            Some(status) => status.error.as_ref().map(|e| {
                format!(
                    "{} — fix the sidecar first; it is never written while it does not parse",
                    without_dir(e, &status.path)
                )
            }),
        }
    }

    /// Refuse with a message when the current briefing cannot be edited.
    fn editable(&mut self, corpus: &Corpus) -> bool {
        match self.edit_blocker(corpus, self.briefing) {
            Some(why) => {
                self.warn(why);
                false
            }
            None => true,
        }
    }

    /// Say what is wrong with the current briefing's sidecar, if anything.
    pub fn announce_sidecar(&mut self, corpus: &Corpus) {
        let Some(status) = corpus.library.sidecar_status(self.briefing) else {
            return;
        };
        if let Some(error) = &status.error {
            self.warn(format!(
                "{} (automatic annotations shown; edits refused)",
                without_dir(error, &status.path)
            ));
            return;
        }
        let orphans = status.applied.orphans().count();
        if orphans > 0 {
            self.warn(format!(
                "{orphans} orphaned sidecar entr{} (text no longer found, kept in the file): see the end of the Claims tab",
                if orphans == 1 { "y" } else { "ies" }
            ));
        }
    }

    /// `v`: select the current sentence: the one at [`View::cursor`] (the quote or claim last
    /// selected, the search match last gone to, the last click), else at the top line.
    pub(super) fn start_selection(&mut self, corpus: &Corpus) {
        if !self.editable(corpus) {
            return;
        }
        let Some(briefing) = corpus.library.briefing(self.briefing) else {
            return;
        };
        let at = self
            .cursor
            .unwrap_or_else(|| self.first_visible_annotation_offset(corpus));
        let paragraph = briefing
            .paragraphs
            .iter()
            .find(|p| p.end > at)
            .or(briefing.paragraphs.last())
            .copied();
        let selection = paragraph.and_then(|p| {
            Selection::sentence_at(&briefing.text, self.briefing, p, at.max(p.start))
        });
        match selection {
            Some(selection) => {
                self.focus = Pane::Reader;
                self.reveal(corpus, selection.span().start);
                self.selection = Some(selection);
                self.say("Selecting: h/l a word, j/k a sentence, o other end · a add · Esc cancel");
            }
            None => self.warn("No text here to select"),
        }
    }

    /// Movement keys while selecting move the selection's moving end; `true` if `action` was
    /// one of them.
    pub(super) fn move_selection(&mut self, corpus: &Corpus, action: Action) -> bool {
        let Some(selection) = self.selection.as_mut() else {
            return false;
        };
        match action {
            Action::FocusNext => selection.move_word(1),
            Action::FocusPrev => selection.move_word(-1),
            Action::Down => selection.move_sentence(true),
            Action::Up => selection.move_sentence(false),
            Action::SelectOtherEnd => selection.swap_ends(),
            _ => return false,
        }
        let head = selection.head_offset();
        self.reveal(corpus, head);
        true
    }

    /// `a`: ask quote or claim for the selection (the current sentence if nothing is selected).
    pub(super) fn add(&mut self, corpus: &Corpus) {
        if !self.editable(corpus) {
            return;
        }
        if self.selection.is_none() {
            self.start_selection(corpus);
        }
        if let Some(selection) = &self.selection {
            self.popup = Some(Popup::AddKind {
                span: selection.span(),
                cursor: 1,
            });
        }
    }

    pub(super) fn update_add_kind(
        &mut self,
        corpus: &Corpus,
        span: Span,
        cursor: usize,
        input: Input,
        action: Option<Action>,
    ) {
        let last = ADD_KINDS.len() - 1;
        let chosen = match (input, action) {
            (Input::Char(c), _) => ADD_KINDS
                .iter()
                .position(|(_, key)| *key == c.to_ascii_lowercase()),
            (_, Some(Action::Open)) => Some(cursor.min(last)),
            (_, Some(Action::Down)) => {
                self.popup = Some(Popup::AddKind {
                    span,
                    cursor: (cursor + 1).min(last),
                });
                return;
            }
            (_, Some(Action::Up)) => {
                self.popup = Some(Popup::AddKind {
                    span,
                    cursor: cursor.saturating_sub(1),
                });
                return;
            }
            _ => None,
        };
        match chosen.and_then(|i| ADD_KINDS.get(i)) {
            Some(&(kind, _)) => self.open_speaker_picker(
                corpus,
                Pending {
                    briefing: self.briefing,
                    kind,
                    span,
                    adding: true,
                },
            ),
            None => self.popup = Some(Popup::AddKind { span, cursor }),
        }
    }

    /// The selected quote or claim, as (kind, span).
    fn target(&mut self, corpus: &Corpus) -> Option<(Kind, Span)> {
        let target = self
            .selected
            .and_then(|i| corpus.library.briefing(self.briefing)?.annotations.get(i))
            .filter(|a| a.kind.is_speech())
            .map(|a| (a.kind, a.span));
        if target.is_none() {
            self.warn("Select a quote or claim first: ] next, [ previous, or click it");
        }
        target
    }

    /// `x`: reject the selected quote or claim.
    pub(super) fn reject(&mut self, corpus: &Corpus) -> Option<Effect> {
        if !self.editable(corpus) {
            return None;
        }
        let (kind, span) = self.target(corpus)?;
        Some(Effect::Edit {
            briefing: self.briefing,
            edit: Edit::Reject { kind, span },
        })
    }

    /// `e`: pick another speaker for the selected quote or claim.
    pub(super) fn change_speaker(&mut self, corpus: &Corpus) {
        if !self.editable(corpus) {
            return;
        }
        if let Some((kind, span)) = self.target(corpus) {
            self.open_speaker_picker(
                corpus,
                Pending {
                    briefing: self.briefing,
                    kind,
                    span,
                    adding: false,
                },
            );
        }
    }

    fn open_speaker_picker(&mut self, corpus: &Corpus, pending: Pending) {
        self.open_fuzzy(corpus);
        if let Some(Popup::Fuzzy(fuzzy)) = &mut self.popup {
            fuzzy.purpose = Purpose::Speaker(pending);
        }
    }

    /// Enter in the speaker picker: the edit with the chosen (or new) speaker.
    pub(super) fn pick_speaker(&mut self, corpus: &Corpus, fuzzy: &Fuzzy) -> Option<Effect> {
        let Purpose::Speaker(pending) = &fuzzy.purpose else {
            return None;
        };
        let choice = match fuzzy.matches.get(fuzzy.cursor) {
            Some(m) => self.choice_for(corpus, pending.briefing, m.speaker)?,
            None if !fuzzy.query.trim().is_empty() => {
                SpeakerChoice::New(fuzzy.query.trim().to_string())
            }
            None => return None, // nothing typed, nothing chosen: the picker stays open
        };
        self.popup = None;
        let edit = if pending.adding {
            Edit::Add {
                kind: pending.kind,
                span: pending.span,
                speaker: Some(choice),
                entity: None,
            }
        } else {
            Edit::ChangeSpeaker {
                kind: pending.kind,
                span: pending.span,
                speaker: choice,
            }
        };
        Some(Effect::Edit {
            briefing: pending.briefing,
            edit,
        })
    }

    /// The briefing's own id for corpus speaker `speaker` when it names them, else their name
    /// as a new speaker of that briefing.
    fn choice_for(
        &self,
        corpus: &Corpus,
        briefing: usize,
        speaker: usize,
    ) -> Option<SpeakerChoice> {
        let library = &corpus.library;
        let local = library
            .briefing(briefing)?
            .speakers
            .iter()
            .find(|s| library.corpus_speaker_of(briefing, &s.id) == Some(speaker));
        match local {
            Some(s) => Some(SpeakerChoice::Existing(s.id.clone())),
            None => Some(SpeakerChoice::New(
                library.speaker(speaker)?.speaker.name.clone(),
            )),
        }
    }

    /// The id of the filtered speaker, to find them again after the corpus is rebuilt
    /// (speaker indices change then, ids do not).
    pub fn filter_id(&self, corpus: &Corpus) -> Option<String> {
        let s = corpus.library.speaker(self.filter?)?;
        Some(s.speaker.id.clone())
    }

    /// After the app carried out an edit (or an undo) on `briefing` and refreshed the corpus:
    /// forget what pointed into the old annotations, select `reselect` (kind and span) if it
    /// is still there, filter again by the speaker whose id was `filter_id`, show `result`.
    pub fn edited(
        &mut self,
        corpus: &Corpus,
        briefing: usize,
        reselect: Option<(Kind, Span)>,
        filter_id: Option<&str>,
        result: Result<String, String>,
    ) {
        let filtered = filter_id.and_then(|id| {
            corpus
                .library
                .speakers()
                .iter()
                .position(|s| s.speaker.id == id)
        });
        self.speaker_search = None;
        match result {
            Ok(message) => {
                self.selection = None;
                if briefing != self.briefing {
                    self.open_briefing(corpus, briefing);
                }
                self.selected = reselect.and_then(|(kind, span)| {
                    corpus
                        .library
                        .briefing(briefing)?
                        .annotations
                        .iter()
                        .position(|a| a.kind == kind && a.span == span)
                });
                if let Some(i) = self.selected {
                    self.select(corpus, i);
                }
                self.filter = filtered;
                self.say(message);
            }
            Err(message) => {
                self.filter = filtered;
                self.warn(message);
            }
        }
        self.expert_cursor = self
            .expert_cursor
            .min(self.experts(corpus).len().saturating_sub(1));
        self.scroll = self.scroll.min(self.max_scroll(corpus));
    }

    /// A line about the annotation an edit touches, for messages: "claim by NATO".
    pub fn describe(corpus: &Corpus, briefing: usize, edit: &Edit) -> String {
        let name = |choice: &SpeakerChoice| match choice {
            SpeakerChoice::New(name) => clean_line(name),
            SpeakerChoice::Existing(id) => corpus
                .library
                .briefing(briefing)
                .and_then(|b| b.speaker(id))
                .map_or_else(|| clean_line(id), |s| clean_line(&s.name)),
        };
        match edit {
            Edit::Add {
                kind,
                speaker: Some(s),
                ..
            } => format!("Added {kind} by {}", name(s)),
            Edit::Add { kind, .. } => format!("Added {kind}"),
            Edit::Reject { kind, .. } => format!("Rejected {kind}"),
            Edit::ChangeSpeaker { kind, speaker, .. } => {
                format!("Speaker of the {kind} changed to {}", name(speaker))
            }
            _ => "Edited".to_string(),
        }
    }
}

/// `message` without the directory of `path` in front of its file name: the status bar is
/// one line, and the file name is what tells the user which file.
fn without_dir(message: &str, path: &std::path::Path) -> String {
    match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => message.replacen(&format!("{}/", dir.display()), "", 1),
        None => message.to_string(),
    }
}
