//! The status bar: where you are, the filter and search, then a message or key hints.

use super::Ui;
use crate::sanitize::clean_line;
use crate::tui::action::Action;
use crate::tui::view::Popup;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

pub fn draw(area: Rect, buf: &mut Buffer, ui: &Ui<'_>) {
    let (theme, corpus, view) = (ui.theme, ui.corpus, ui.view);
    buf.set_style(area, theme.status);
    if let Some(Popup::SearchPrompt { query }) = &view.popup {
        let line = Line::from(vec![
            Span::styled("/", theme.key),
            Span::raw(clean_line(query)),
            Span::raw("▏"),
            Span::styled("   Enter search · Esc cancel", theme.muted),
        ]);
        buf.set_line(area.x, area.y, &line, area.width);
        return;
    }
    let mut left: Vec<Span<'_>> = Vec::new();
    left.push(Span::raw(format!(
        " {}/{} ",
        (view.briefing + 1).min(corpus.len()),
        corpus.len()
    )));
    if let Some(position) = position(ui) {
        left.push(Span::raw(position));
    }
    if let Some(speaker) = view.filter.and_then(|s| corpus.library.speaker(s)) {
        let walk = view.selected.and_then(|a| {
            speaker
                .speech
                .iter()
                .position(|r| r.briefing == view.briefing && r.annotation == a)
        });
        let count = match walk {
            Some(i) => format!(" {}/{}", i + 1, speaker.speech.len()),
            None => format!(" {}", speaker.speech.len()),
        };
        left.push(Span::styled(
            format!(" ⚑ {}{count} ", clean_line(&speaker.speaker.name)),
            theme.key,
        ));
    }
    if let Some(search) = &view.search {
        let at = search.current.map_or(0, |i| i + 1);
        left.push(Span::raw(format!(
            " /{} {at}/{} ",
            clean_line(&search.query),
            search.matches.len()
        )));
    }
    let left = Line::from(left);
    buf.set_line(area.x, area.y, &left, area.width);
    let used = u16::try_from(left.width()).unwrap_or(u16::MAX);
    let room = area.width.saturating_sub(used + 1);
    let right = match &view.message {
        Some(message) => Line::from(Span::styled(
            format!(" {} ", clean_line(&message.text)),
            if message.error {
                theme.error
            } else {
                theme.message
            },
        )),
        None => hints(ui, usize::from(room)),
    };
    let width = u16::try_from(right.width()).unwrap_or(u16::MAX).min(room);
    if width > 0 {
        let x = if view.message.is_some() {
            area.x + used + 1
        } else {
            area.x + area.width - width
        };
        buf.set_line(x, area.y, &right, width);
    }
}

/// "¶4 35%": the paragraph at the top of the reading view, and how far down it is.
fn position(ui: &Ui<'_>) -> Option<String> {
    let (corpus, view) = (ui.corpus, ui.view);
    let lines = view.lines(corpus)?;
    let top = view.scroll.min(lines.len().checked_sub(1)?);
    let paragraph = lines[..=top].iter().rev().find_map(|l| l.paragraph)?;
    let height = usize::from(view.reader_text_area()?.height);
    let max = lines.len().saturating_sub(height);
    let percent = (top.min(max) * 100).checked_div(max).unwrap_or(100);
    Some(format!("¶{paragraph} {percent}% "))
}

/// Key hints that fit in `room` columns.
fn hints(ui: &Ui<'_>, room: usize) -> Line<'static> {
    let selecting = [
        (Action::FocusNext, "word"),
        (Action::Down, "sentence"),
        (Action::SelectOtherEnd, "other end"),
        (Action::Add, "add"),
        (Action::Cancel, "cancel"),
    ];
    let reading = [
        (Action::Help, "help"),
        (Action::FuzzySpeaker, "speaker"),
        (Action::NextSpeech, "next quote"),
        (Action::Copy, "cite"),
        (Action::CopyAs, "cite as"),
        (Action::Search, "search"),
        (Action::Add, "annotate"),
        (Action::Quit, "quit"),
    ];
    let wanted: &[(Action, &str)] = if ui.view.selection.is_some() {
        &selecting
    } else {
        &reading
    };
    let mut spans = Vec::new();
    let mut used = 0;
    for &(action, label) in wanted {
        let Some(key) = ui.keymap.hint(action) else {
            continue;
        };
        let width = key.width() + label.width() + 3;
        if used + width > room {
            break;
        }
        used += width;
        spans.push(Span::styled(key, ui.theme.key));
        spans.push(Span::raw(format!(" {label}  ")));
    }
    Line::from(spans)
}
