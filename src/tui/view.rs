//! The reader's state, and the one function that changes it.
//!
//! The view holds indices into the corpus (never copies of it): which briefing, which quote,
//! how far scrolled, which popup. [`View::update`] takes one input and returns at most one
//! [`Effect`] for the app to carry out; it does no I/O, so every key's behaviour is
//! unit-testable without a terminal.

mod edit;
mod mouse;
mod popups;

pub use edit::{ADD_KINDS, Pending, Purpose, READ_ONLY};

use super::action::Action;
use super::corpus::Corpus;
use super::panes::{Panes, panes};
use super::selection::Selection;
use super::wrap::{self, GUTTER};
use crate::SpeechRef;
use crate::annotation::Span;
use crate::cite::{Citation, Format};
use crate::search::{SpeakerMatches, SpeakerSearch};
use ratatui::layout::Rect;

/// A pane of the main screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Briefings,
    Reader,
    Sidebar,
}

impl Pane {
    const ORDER: [Pane; 3] = [Pane::Briefings, Pane::Reader, Pane::Sidebar];
}

/// The sidebar's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Experts,
    Claims,
}

/// Whose experts the sidebar lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Briefing,
    Corpus,
}

/// A popup over the main screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Popup {
    Help {
        scroll: usize,
    },
    Fuzzy(Fuzzy),
    Formats {
        cursor: usize,
    },
    SearchPrompt {
        query: String,
    },
    /// Quote or claim? Asked by `a` before the speaker.
    AddKind {
        span: Span,
        cursor: usize,
    },
}

/// The fuzzy speaker popup.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Fuzzy {
    pub query: String,
    pub matches: SpeakerMatches,
    /// A match, or `matches.len()` for the "new speaker" row a speaker picker adds.
    pub cursor: usize,
    /// Jump to the speaker, or pick the speaker of an edit.
    pub purpose: Purpose,
}

/// A text search in the current briefing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextSearch {
    pub query: String,
    /// Byte spans of the matches in the briefing's text.
    pub matches: Vec<Span>,
    pub current: Option<usize>,
}

/// A line for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// One input, from a key, the mouse or the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Action(Action),
    /// A character typed into a prompt.
    Char(char),
    Backspace,
    Click {
        x: u16,
        y: u16,
    },
    Wheel {
        x: u16,
        y: u16,
        down: bool,
    },
}

/// Something only the app can do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this citation on the clipboard.
    Copy(String),
    /// Carry out this edit on the sidecar of briefing `briefing` and save it.
    Edit {
        briefing: usize,
        edit: crate::Edit,
    },
    /// Undo the last edit of the session.
    Undo,
    Quit,
}

/// Lines the mouse wheel scrolls.
const WHEEL_LINES: usize = 3;

/// The reader's state.
pub struct View {
    pub focus: Pane,
    pub briefing: usize,
    /// First line of the reading view shown.
    pub scroll: usize,
    /// Selected quote or claim: an annotation index in the current briefing.
    pub selected: Option<usize>,
    pub tab: Tab,
    pub scope: Scope,
    /// Cursor in the Experts list.
    pub expert_cursor: usize,
    pub popup: Option<Popup>,
    /// Corpus speaker whose quotes `]`/`[` walk.
    pub filter: Option<usize>,
    pub search: Option<TextSearch>,
    pub paragraph_numbers: bool,
    pub theme: usize,
    pub theme_count: usize,
    /// What `y` copies.
    pub format: Format,
    pub message: Option<Message>,
    /// The terminal's area, set by the app before each frame and input.
    pub area: Rect,
    /// Text selected with `v`, to annotate.
    pub selection: Option<Selection>,
    /// The reading position `v` starts at: the start of the quote or claim last selected, the
    /// search match last gone to, or the last click; `None` after scrolling by hand (then `v`
    /// starts at the top line).
    pub cursor: Option<usize>,
    /// Built when the fuzzy popup first opens.
    speaker_search: Option<SpeakerSearch>,
}

impl View {
    pub fn new(theme_count: usize) -> View {
        View {
            focus: Pane::Reader,
            briefing: 0,
            scroll: 0,
            selected: None,
            tab: Tab::Experts,
            scope: Scope::Briefing,
            expert_cursor: 0,
            popup: None,
            filter: None,
            search: None,
            paragraph_numbers: false,
            theme: 0,
            theme_count: theme_count.max(1),
            format: Format::Plain,
            message: None,
            area: Rect::new(0, 0, 80, 24),
            selection: None,
            cursor: None,
            speaker_search: None,
        }
    }

    pub fn panes(&self) -> Option<Panes> {
        panes(self.area, self.focus)
    }

    /// Whether typed characters go to a prompt rather than to the keymap.
    pub fn wants_text(&self) -> bool {
        matches!(
            self.popup,
            Some(Popup::Fuzzy(_) | Popup::SearchPrompt { .. } | Popup::AddKind { .. })
        )
    }

    pub fn say(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: false,
        });
    }

    pub fn warn(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: true,
        });
    }

    /// Apply one input.
    pub fn update(&mut self, corpus: &Corpus, input: Input) -> Option<Effect> {
        self.message = None;
        if self.popup.is_some() {
            return self.update_popup(corpus, input);
        }
        match input {
            Input::Action(action) => self.act(corpus, action),
            Input::Click { x, y } => {
                self.click(corpus, x, y);
                None
            }
            Input::Wheel { x, y, down } => {
                self.wheel(corpus, x, y, down);
                None
            }
            Input::Char(_) | Input::Backspace => None,
        }
    }

    fn act(&mut self, corpus: &Corpus, action: Action) -> Option<Effect> {
        if self.selection.is_some() && self.move_selection(corpus, action) {
            return None;
        }
        match action {
            Action::Quit => return Some(Effect::Quit),
            Action::Down => self.move_by(corpus, 1, 1),
            Action::Up => self.move_by(corpus, -1, 1),
            Action::HalfPageDown => self.move_by(corpus, 1, self.page(corpus) / 2),
            Action::HalfPageUp => self.move_by(corpus, -1, self.page(corpus) / 2),
            Action::PageDown => self.move_by(corpus, 1, self.page(corpus)),
            Action::PageUp => self.move_by(corpus, -1, self.page(corpus)),
            Action::Top => self.move_by(corpus, -1, usize::MAX / 2),
            Action::Bottom => self.move_by(corpus, 1, usize::MAX / 2),
            Action::FocusNext => self.cycle_focus(1),
            Action::FocusPrev => self.cycle_focus(Pane::ORDER.len() - 1),
            Action::Open => self.open(corpus),
            Action::NextSpeech => self.walk_speech(corpus, true),
            Action::PrevSpeech => self.walk_speech(corpus, false),
            Action::NextBriefing => self.open_briefing(corpus, self.briefing.saturating_add(1)),
            Action::PrevBriefing => self.open_briefing(corpus, self.briefing.saturating_sub(1)),
            Action::Search => {
                self.popup = Some(Popup::SearchPrompt {
                    query: String::new(),
                });
            }
            Action::SearchNext => self.step_search(corpus, true),
            Action::SearchPrev => self.step_search(corpus, false),
            Action::FuzzySpeaker => self.open_fuzzy(corpus),
            Action::Copy => return self.copy(corpus, self.format),
            Action::CopyAs => {
                if self.selected.is_some() {
                    let cursor = Format::ALL.iter().position(|f| *f == self.format);
                    self.popup = Some(Popup::Formats {
                        cursor: cursor.unwrap_or(0),
                    });
                } else {
                    self.nothing_selected();
                }
            }
            Action::SidebarTab => {
                self.tab = match self.tab {
                    Tab::Experts => Tab::Claims,
                    Tab::Claims => Tab::Experts,
                };
            }
            Action::SidebarScope => {
                self.scope = match self.scope {
                    Scope::Briefing => Scope::Corpus,
                    Scope::Corpus => Scope::Briefing,
                };
                self.tab = Tab::Experts;
                self.expert_cursor = 0;
            }
            Action::ParagraphNumbers => self.paragraph_numbers = !self.paragraph_numbers,
            Action::CycleTheme => self.theme = (self.theme + 1) % self.theme_count,
            Action::Help => self.popup = Some(Popup::Help { scroll: 0 }),
            Action::Select => self.start_selection(corpus),
            Action::SelectOtherEnd => self.say("Nothing selected: v selects the current sentence"),
            Action::Add => self.add(corpus),
            Action::Reject => return self.reject(corpus),
            Action::ChangeSpeaker => self.change_speaker(corpus),
            Action::Undo => return Some(Effect::Undo),
            Action::Cancel => {
                if self.selection.take().is_some() {
                    self.say("Selection cleared");
                } else if self.search.take().is_none() && self.filter.take().is_none() {
                    self.selected = None;
                }
            }
            Action::Ignore => {}
        }
        None
    }

    fn cycle_focus(&mut self, step: usize) {
        let i = Pane::ORDER
            .iter()
            .position(|p| *p == self.focus)
            .unwrap_or(1);
        self.focus = Pane::ORDER[(i + step) % Pane::ORDER.len()];
    }

    /// Rows the focused pane shows at once.
    fn page(&self, corpus: &Corpus) -> usize {
        let _ = corpus;
        let height = self
            .panes()
            .and_then(|p| p.get(self.focus))
            .map_or(1, |r| r.height.saturating_sub(2));
        usize::from(height).max(2)
    }

    /// Move the focused pane's cursor (or the reading view's scroll) by `n` in `direction`.
    fn move_by(&mut self, corpus: &Corpus, direction: i8, n: usize) {
        let step = |at: usize, len: usize| -> usize {
            if len == 0 {
                0
            } else if direction > 0 {
                at.saturating_add(n).min(len - 1)
            } else {
                at.saturating_sub(n)
            }
        };
        match self.focus {
            Pane::Briefings => {
                let next = step(self.briefing, corpus.len());
                self.open_briefing(corpus, next);
            }
            Pane::Reader => {
                let max = self.max_scroll(corpus);
                self.scroll = step(self.scroll.min(max), max + 1);
                self.cursor = None;
            }
            Pane::Sidebar => match self.tab {
                Tab::Experts => {
                    let len = self.experts(corpus).len();
                    self.expert_cursor = step(self.expert_cursor, len);
                }
                Tab::Claims => {
                    let speech = self.claims(corpus);
                    let at = self
                        .selected
                        .and_then(|s| speech.iter().position(|a| *a == s));
                    let next = match at {
                        Some(at) => step(at, speech.len()),
                        // Nothing selected yet: j picks the first, G (or a page) jumps on.
                        None if n > 1 => step(0, speech.len()),
                        None => 0,
                    };
                    if let Some(&annotation) = speech.get(next) {
                        self.select(corpus, annotation);
                    }
                }
            },
        }
    }

    /// Experts the sidebar lists, as corpus speaker indices.
    pub fn experts(&self, corpus: &Corpus) -> Vec<usize> {
        match self.scope {
            Scope::Briefing => corpus.library.speakers_in(self.briefing),
            Scope::Corpus => corpus.ranked.clone(),
        }
    }

    /// Quotes and claims of the current briefing, as annotation indices.
    pub fn claims(&self, corpus: &Corpus) -> Vec<usize> {
        corpus
            .library
            .briefing(self.briefing)
            .map(|b| b.speech().map(|(i, _)| i).collect())
            .unwrap_or_default()
    }

    fn open(&mut self, corpus: &Corpus) {
        match self.focus {
            Pane::Briefings => self.focus = Pane::Reader,
            Pane::Reader => {}
            Pane::Sidebar => match self.tab {
                Tab::Experts => {
                    if let Some(&speaker) = self.experts(corpus).get(self.expert_cursor) {
                        self.filter_speaker(corpus, speaker);
                    }
                }
                Tab::Claims => self.focus = Pane::Reader,
            },
        }
    }

    /// Filter by `speaker` and select their first quote or claim (in this briefing if they
    /// speak here, else in the corpus).
    pub fn filter_speaker(&mut self, corpus: &Corpus, speaker: usize) {
        let Some(s) = corpus.library.speaker(speaker) else {
            return;
        };
        self.filter = Some(speaker);
        // Their first quote (direct speech) here, else anywhere; else their first claim.
        let is_quote = |r: &&SpeechRef| {
            corpus
                .library
                .briefing(r.briefing)
                .and_then(|b| b.annotations.get(r.annotation))
                .is_some_and(|a| a.kind == crate::Kind::Quote)
        };
        let here = |r: &&SpeechRef| r.briefing == self.briefing;
        let first = s
            .speech
            .iter()
            .filter(is_quote)
            .find(here)
            .or_else(|| s.speech.iter().find(is_quote))
            .or_else(|| s.speech.iter().find(here))
            .or(s.speech.first());
        match first {
            Some(r) => {
                let r = *r;
                self.jump(corpus, r);
                self.say(format!(
                    "{}: {} quotes and claims; ] and [ walk them",
                    crate::sanitize::clean_line(&s.speaker.name),
                    s.speech.len()
                ));
            }
            None => self.say(format!(
                "{} is named but not quoted",
                crate::sanitize::clean_line(&s.speaker.name)
            )),
        }
    }

    fn open_briefing(&mut self, corpus: &Corpus, index: usize) {
        let index = index.min(corpus.len().saturating_sub(1));
        if index != self.briefing {
            self.briefing = index;
            self.scroll = 0;
            self.selected = None;
            self.selection = None;
            self.cursor = None;
            self.expert_cursor = 0;
            self.announce_sidecar(corpus);
            if let Some(search) = &self.search {
                let query = search.query.clone();
                self.run_search(corpus, &query);
            }
        }
    }

    fn jump(&mut self, corpus: &Corpus, to: SpeechRef) {
        self.open_briefing(corpus, to.briefing);
        self.select(corpus, to.annotation);
    }

    /// Select annotation `index` of the current briefing and scroll it into view.
    pub fn select(&mut self, corpus: &Corpus, index: usize) {
        self.selected = Some(index);
        if let Some(a) = corpus
            .library
            .briefing(self.briefing)
            .and_then(|b| b.annotations.get(index))
        {
            self.cursor = Some(a.span.start);
            self.reveal(corpus, a.span.start);
        }
    }

    /// Scroll so the line holding byte `offset` is visible, a third of the way down.
    fn reveal(&mut self, corpus: &Corpus, offset: usize) {
        let (Some(lines), Some(height)) = (self.lines(corpus), self.reader_height()) else {
            return;
        };
        let Some(text) = corpus.texts.get(self.briefing) else {
            return;
        };
        let line = wrap::line_of(&lines, text.index_of(offset));
        if line < self.scroll || line >= self.scroll + height {
            self.scroll = line.saturating_sub(height / 3);
        }
        self.scroll = self.scroll.min(self.max_scroll(corpus));
    }

    /// The reading view's text area: inside the border, minus the paragraph-number gutter.
    pub fn reader_text_area(&self) -> Option<Rect> {
        let outer = panes(self.area, Pane::Reader)?.reader?;
        let mut inner = outer.inner(ratatui::layout::Margin::new(1, 1));
        if self.paragraph_numbers && inner.width > GUTTER + 10 {
            inner.x += GUTTER;
            inner.width -= GUTTER;
        }
        Some(inner)
    }

    fn reader_height(&self) -> Option<usize> {
        self.reader_text_area().map(|r| usize::from(r.height))
    }

    /// The current briefing laid out at the reading view's width.
    pub fn lines(&self, corpus: &Corpus) -> Option<Vec<wrap::Line>> {
        let area = self.reader_text_area()?;
        let briefing = corpus.library.briefing(self.briefing)?;
        let text = corpus.texts.get(self.briefing)?;
        Some(wrap::layout(text, &briefing.paragraphs, area.width))
    }

    fn max_scroll(&self, corpus: &Corpus) -> usize {
        let lines = self.lines(corpus).map_or(0, |l| l.len());
        lines.saturating_sub(self.reader_height().unwrap_or(1))
    }

    /// `]`/`[`: the next or previous quote or claim, of the filtered speaker if there is one,
    /// across briefings.
    fn walk_speech(&mut self, corpus: &Corpus, forward: bool) {
        let list: Vec<SpeechRef> = match self.filter.and_then(|s| corpus.library.speaker(s)) {
            Some(s) => s.speech.clone(),
            None => corpus.library.all_speech(),
        };
        let here = match self.selected {
            Some(annotation) => SpeechRef {
                briefing: self.briefing,
                annotation,
            },
            None => SpeechRef {
                briefing: self.briefing,
                annotation: self.first_visible_annotation(corpus),
            },
        };
        let next = if forward {
            let after = |r: &&SpeechRef| {
                if self.selected.is_some() {
                    **r > here
                } else {
                    **r >= here
                }
            };
            list.iter().find(after)
        } else {
            list.iter().rev().find(|r| **r < here)
        };
        match next {
            Some(r) => {
                let r = *r;
                self.jump(corpus, r);
            }
            None if list.is_empty() => self.say("No quotes or claims"),
            None if forward => self.say("No more quotes or claims after this one"),
            None => self.say("No quotes or claims before this one"),
        }
    }

    /// Index of the first annotation starting at or after the top line of the reading view.
    fn first_visible_annotation(&self, corpus: &Corpus) -> usize {
        let (Some(briefing), Some(text)) = (
            corpus.library.briefing(self.briefing),
            corpus.texts.get(self.briefing),
        ) else {
            return 0;
        };
        let top = self
            .lines(corpus)
            .and_then(|l| l.get(self.scroll).copied())
            .and_then(|l| text.origin(l.start))
            .unwrap_or(0);
        briefing.annotations.partition_point(|a| a.span.start < top)
    }

    fn nothing_selected(&mut self) {
        self.warn("Select a quote or claim first: ] next, [ previous, f a speaker");
    }

    fn copy(&mut self, corpus: &Corpus, format: Format) -> Option<Effect> {
        let citation = self.selected.and_then(|a| {
            let briefing = corpus.library.briefing(self.briefing)?;
            Citation::of(briefing, a)
        });
        match citation {
            Some(c) => Some(Effect::Copy(c.render(format))),
            None => {
                self.nothing_selected();
                None
            }
        }
    }
}
