//! Drawing: every frame is a pure function of (&Corpus, &View, &Theme, &Keymap).
//!
//! One file per pane or popup. The whole screen is a widget over a read-only context, so
//! nothing is cloned per frame and tests can render into a `TestBackend` buffer.

mod add_kind;
mod briefings;
mod formats;
mod fuzzy;
mod help;
mod reader;
mod sidebar;
mod status;

use super::corpus::Corpus;
use super::keymap::Keymap;
use super::panes::{MIN_HEIGHT, MIN_WIDTH};
use super::theme::Theme;
use super::view::{Pane, Popup, View};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget, Wrap};

/// Everything a frame is drawn from.
pub struct Ui<'a> {
    pub corpus: &'a Corpus,
    pub view: &'a View,
    pub theme: &'a Theme,
    pub keymap: &'a Keymap,
}

impl Widget for &Ui<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        buf.set_style(area, self.theme.text);
        let Some(panes) = self.view.panes() else {
            too_small(area, buf, self.theme);
            return;
        };
        if let Some(rect) = panes.briefings {
            briefings::draw(rect, buf, self);
        }
        if let Some(rect) = panes.reader {
            reader::draw(rect, buf, self);
        }
        if let Some(rect) = panes.sidebar {
            sidebar::draw(rect, buf, self);
        }
        status::draw(panes.status, buf, self);
        match &self.view.popup {
            Some(Popup::Help { scroll }) => help::draw(area, buf, self, *scroll),
            Some(Popup::Fuzzy(fuzzy)) => fuzzy::draw(area, buf, self, fuzzy),
            Some(Popup::Formats { cursor }) => formats::draw(area, buf, self, *cursor),
            Some(Popup::AddKind { span, cursor }) => {
                add_kind::draw(area, buf, self, *span, *cursor)
            }
            Some(Popup::SearchPrompt { .. }) | None => {}
        }
    }
}

/// The notice shown below 40×12. Paragraph clips to any area, down to 1×1.
fn too_small(area: Rect, buf: &mut Buffer, theme: &Theme) {
    let text = vec![
        Line::from("Terminal too small"),
        Line::from(format!(
            "need {MIN_WIDTH}×{MIN_HEIGHT}, have {}×{}",
            area.width, area.height
        )),
    ];
    let height = 2.min(area.height);
    let [middle] = area.layout(&Layout::vertical([Constraint::Length(height)]).flex(Flex::Center));
    Paragraph::new(text)
        .style(theme.text)
        .centered()
        .wrap(Wrap { trim: true })
        .render(middle, buf);
}

/// A pane's frame, brighter when focused.
fn pane_block<'a>(title: Line<'a>, focused: bool, theme: &Theme) -> Block<'a> {
    let border = if focused {
        theme.border_focused
    } else {
        theme.border
    };
    Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(border)
        .title(title.style(border))
}

/// Whether `pane` has the focus (and no popup is in front).
fn focused(ui: &Ui<'_>, pane: Pane) -> bool {
    ui.view.focus == pane && ui.view.popup.is_none()
}

/// A centred popup of at most `width`×`height`, cleared, framed; returns its inner area.
fn popup_frame(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    title: &str,
    width: u16,
    height: u16,
) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    let [row] = area.layout(&Layout::vertical([Constraint::Length(height)]).flex(Flex::Center));
    let [rect] = row.layout(&Layout::horizontal([Constraint::Length(width)]).flex(Flex::Center));
    Clear.render(rect, buf);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border_focused)
        .title(Line::from(format!(" {title} ")).style(theme.border_focused))
        .style(theme.popup);
    let inner = block.inner(rect);
    block.render(rect, buf);
    inner
}

/// Draw `line` on row `y` of `area`, filling the row with `fill` first.
fn row(buf: &mut Buffer, area: Rect, y: u16, line: &Line<'_>, fill: Style) {
    if y >= area.height {
        return;
    }
    let rect = Rect::new(area.x, area.y + y, area.width, 1);
    buf.set_style(rect, fill);
    buf.set_line(rect.x, rect.y, line, rect.width);
}

/// `text` cut to `width` columns with an ellipsis.
fn truncate(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// "2q 1c": quotes and claims among `speech`.
fn speech_counts(corpus: &Corpus, speech: impl Iterator<Item = crate::SpeechRef>) -> String {
    let (mut quotes, mut claims) = (0, 0);
    for r in speech {
        let kind = corpus
            .library
            .briefing(r.briefing)
            .and_then(|b| b.annotations.get(r.annotation))
            .map(|a| a.kind);
        match kind {
            Some(crate::Kind::Quote) => quotes += 1,
            Some(crate::Kind::Claim) => claims += 1,
            _ => {}
        }
    }
    format!("{quotes}q {claims}c")
}
