//! Popups and prompts of the view: the fuzzy speaker popup, the citation formats, help, the
//! search prompt and the add-kind picker; and the text search they start.

use super::{Effect, Fuzzy, Input, Pane, Popup, Purpose, TextSearch, View};
use crate::cite::Format;
use crate::search::{SpeakerSearch, find_text};
use crate::tui::action::Action;
use crate::tui::corpus::Corpus;

impl View {
    pub(super) fn open_fuzzy(&mut self, corpus: &Corpus) {
        let search = self
            .speaker_search
            .get_or_insert_with(|| SpeakerSearch::new(corpus.library.speakers()));
        let matches = search.search("");
        self.popup = Some(Popup::Fuzzy(Fuzzy {
            query: String::new(),
            matches,
            cursor: 0,
            purpose: Purpose::Jump,
        }));
    }

    pub(super) fn update_popup(&mut self, corpus: &Corpus, input: Input) -> Option<Effect> {
        let popup = self.popup.take()?;
        let action = match input {
            Input::Action(a) => Some(a),
            Input::Wheel { down: true, .. } => Some(Action::Down),
            Input::Wheel { down: false, .. } => Some(Action::Up),
            _ => None,
        };
        if matches!(action, Some(Action::Cancel | Action::Quit))
            || (action == Some(Action::Help) && matches!(popup, Popup::Help { .. }))
        {
            return None; // closed
        }
        match popup {
            Popup::Help { scroll } => {
                let scroll = match action {
                    Some(Action::Down) => scroll + 1,
                    Some(Action::Up) => scroll.saturating_sub(1),
                    Some(Action::PageDown | Action::HalfPageDown) => scroll + 10,
                    Some(Action::PageUp | Action::HalfPageUp) => scroll.saturating_sub(10),
                    Some(Action::Top) => 0,
                    _ => scroll,
                };
                self.popup = Some(Popup::Help { scroll });
                None
            }
            Popup::Formats { cursor } => {
                let last = Format::ALL.len() - 1;
                let cursor = match action {
                    Some(Action::Down) => (cursor + 1).min(last),
                    Some(Action::Up) => cursor.saturating_sub(1),
                    Some(Action::Open) => {
                        return self.copy(corpus, Format::ALL[cursor.min(last)]);
                    }
                    _ => cursor,
                };
                self.popup = Some(Popup::Formats { cursor });
                None
            }
            Popup::SearchPrompt { mut query } => {
                match input {
                    Input::Char(c) => query.push(c),
                    Input::Backspace => {
                        query.pop();
                    }
                    Input::Action(Action::Open) => {
                        self.run_search(corpus, &query);
                        self.step_search(corpus, true);
                        return None;
                    }
                    _ => {}
                }
                self.popup = Some(Popup::SearchPrompt { query });
                None
            }
            Popup::Fuzzy(fuzzy) => self.update_fuzzy(corpus, fuzzy, input, action),
            Popup::AddKind { span, cursor } => {
                self.update_add_kind(corpus, span, cursor, input, action);
                None
            }
        }
    }

    pub(super) fn update_fuzzy(
        &mut self,
        corpus: &Corpus,
        mut fuzzy: Fuzzy,
        input: Input,
        action: Option<Action>,
    ) -> Option<Effect> {
        let mut requery = false;
        match input {
            Input::Char(c) => {
                fuzzy.query.push(c);
                requery = true;
            }
            Input::Backspace => {
                requery = fuzzy.query.pop().is_some();
            }
            _ => {}
        }
        // A speaker picker has one more row: a new speaker named by the query.
        let new_row = usize::from(fuzzy.purpose != Purpose::Jump && !fuzzy.query.trim().is_empty());
        let last = (fuzzy.matches.len() + new_row).saturating_sub(1);
        match action {
            Some(Action::Down) => fuzzy.cursor = (fuzzy.cursor + 1).min(last),
            Some(Action::Up) => fuzzy.cursor = fuzzy.cursor.saturating_sub(1),
            Some(Action::PageDown | Action::HalfPageDown) => {
                fuzzy.cursor = (fuzzy.cursor + 10).min(last);
            }
            Some(Action::PageUp | Action::HalfPageUp) => {
                fuzzy.cursor = fuzzy.cursor.saturating_sub(10);
            }
            Some(Action::Open) if fuzzy.purpose != Purpose::Jump => {
                if let Some(effect) = self.pick_speaker(corpus, &fuzzy) {
                    return Some(effect);
                }
            }
            Some(Action::Open) => {
                if let Some(m) = fuzzy.matches.get(fuzzy.cursor) {
                    let speaker = m.speaker;
                    self.focus = Pane::Reader;
                    self.filter_speaker(corpus, speaker);
                    return None;
                }
            }
            _ => {}
        }
        if requery && let Some(search) = self.speaker_search.as_mut() {
            fuzzy.matches = search.search(&fuzzy.query);
            fuzzy.cursor = 0;
        }
        self.popup = Some(Popup::Fuzzy(fuzzy));
        None
    }

    pub(super) fn run_search(&mut self, corpus: &Corpus, query: &str) {
        if query.trim().is_empty() {
            self.search = None;
            return;
        }
        let matches = corpus
            .library
            .briefing(self.briefing)
            .map(|b| find_text(&b.text, query))
            .unwrap_or_default();
        self.search = Some(TextSearch {
            query: query.to_string(),
            matches,
            current: None,
        });
    }

    /// `n`/`N`: the next or previous match, wrapping around the briefing.
    pub(super) fn step_search(&mut self, corpus: &Corpus, forward: bool) {
        let Some(search) = &self.search else {
            self.say("No search: / to search");
            return;
        };
        if search.matches.is_empty() {
            let text = format!("Not found: {}", search.query);
            self.warn(text);
            return;
        }
        let n = search.matches.len();
        let next = match search.current {
            Some(i) if forward => (i + 1) % n,
            Some(i) => (i + n - 1) % n,
            None => {
                let top = self.first_visible_annotation_offset(corpus);
                search
                    .matches
                    .iter()
                    .position(|m| m.start >= top)
                    .unwrap_or(0)
            }
        };
        let wrapped = search
            .current
            .is_some_and(|i| (forward && next <= i) || (!forward && next >= i));
        let start = search.matches[next].start;
        if let Some(search) = self.search.as_mut() {
            search.current = Some(next);
        }
        self.cursor = Some(start);
        self.reveal(corpus, start);
        if wrapped {
            self.say("Search wrapped around");
        }
    }

    pub(super) fn first_visible_annotation_offset(&self, corpus: &Corpus) -> usize {
        let text = corpus.texts.get(self.briefing);
        self.lines(corpus)
            .and_then(|l| l.get(self.scroll).copied())
            .and_then(|l| text?.origin(l.start))
            .unwrap_or(0)
    }
}
