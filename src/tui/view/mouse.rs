//! Mouse input of the view: a click selects what is under it, the wheel scrolls the pane
//! under the pointer.

use super::{Pane, Tab, View, WHEEL_LINES};
use crate::tui::corpus::Corpus;
use crate::tui::panes::list_offset;

impl View {
    pub(super) fn click(&mut self, corpus: &Corpus, x: u16, y: u16) {
        let Some(panes) = self.panes() else {
            return;
        };
        let Some(pane) = panes.at(x, y) else {
            return;
        };
        self.focus = pane;
        let Some(rect) = panes.get(pane) else {
            return;
        };
        let row = usize::from(y.saturating_sub(rect.y + 1));
        let rows = usize::from(rect.height.saturating_sub(2));
        if y <= rect.y || row >= rows {
            return; // on the border
        }
        match pane {
            Pane::Briefings => {
                let per_page = rows / 2;
                let offset = list_offset(self.briefing, corpus.len(), per_page);
                self.open_briefing(corpus, offset + row / 2);
            }
            Pane::Sidebar => {
                // Row 0 is the tab bar.
                let Some(row) = row.checked_sub(1) else {
                    self.tab = match self.tab {
                        Tab::Experts => Tab::Claims,
                        Tab::Claims => Tab::Experts,
                    };
                    return;
                };
                let visible = rows.saturating_sub(1);
                match self.tab {
                    Tab::Experts => {
                        let len = self.experts(corpus).len();
                        let index = list_offset(self.expert_cursor, len, visible) + row;
                        if index < len {
                            self.expert_cursor = index;
                        }
                    }
                    Tab::Claims => {
                        let claims = self.claims(corpus);
                        let at = self
                            .selected
                            .and_then(|s| claims.iter().position(|c| *c == s));
                        let index = list_offset(at.unwrap_or(0), claims.len(), visible) + row;
                        if let Some(&annotation) = claims.get(index) {
                            self.select(corpus, annotation);
                        }
                    }
                }
            }
            Pane::Reader => self.click_text(corpus, x, y),
        }
    }

    /// Select the quote or claim under a click in the reading view.
    pub(super) fn click_text(&mut self, corpus: &Corpus, x: u16, y: u16) {
        let (Some(area), Some(lines)) = (self.reader_text_area(), self.lines(corpus)) else {
            return;
        };
        let (Some(text), Some(briefing)) = (
            corpus.texts.get(self.briefing),
            corpus.library.briefing(self.briefing),
        ) else {
            return;
        };
        if x < area.x || y < area.y {
            return;
        }
        let Some(line) = lines.get(self.scroll + usize::from(y - area.y)) else {
            return;
        };
        let mut column = 0;
        let target = usize::from(x - area.x);
        let mut index = None;
        for i in line.start..line.end {
            let c = text.char_at(i).unwrap_or(' ');
            column += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if column > target {
                index = Some(i);
                break;
            }
        }
        let Some(offset) = index.and_then(|i| text.origin(i)) else {
            return;
        };
        self.cursor = Some(offset);
        let hit = briefing
            .speech()
            .filter(|(_, a)| a.span.contains(offset))
            .min_by_key(|(_, a)| a.span.len())
            .map(|(i, _)| i);
        if let Some(i) = hit {
            self.selected = Some(i);
        }
    }

    pub(super) fn wheel(&mut self, corpus: &Corpus, x: u16, y: u16, down: bool) {
        let pane = self.panes().and_then(|p| p.at(x, y));
        let Some(pane) = pane else {
            return;
        };
        let focus = std::mem::replace(&mut self.focus, pane);
        let n = if pane == Pane::Reader { WHEEL_LINES } else { 1 };
        self.move_by(corpus, if down { 1 } else { -1 }, n);
        self.focus = focus;
    }
}
