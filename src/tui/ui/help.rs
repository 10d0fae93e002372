//! The help overlay: every action with the keys bound to it (from the live keymap, so remapped
//! keys show as remapped), then the popup and mouse keys.

use super::{Ui, popup_frame, row};
use crate::tui::action::Action;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

pub fn draw(area: Rect, buf: &mut Buffer, ui: &Ui<'_>, scroll: usize) {
    let theme = ui.theme;
    let lines = help_lines(ui);
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let inner = popup_frame(
        area,
        buf,
        theme,
        "Keys · j/k scroll · Esc or ? close",
        96,
        height,
    );
    let scroll = scroll.min(lines.len().saturating_sub(usize::from(inner.height)));
    for (y, line) in lines
        .iter()
        .skip(scroll)
        .take(usize::from(inner.height))
        .enumerate()
    {
        row(
            buf,
            inner,
            u16::try_from(y).unwrap_or(u16::MAX),
            line,
            theme.popup,
        );
    }
}

fn help_lines(ui: &Ui<'_>) -> Vec<Line<'static>> {
    let theme = ui.theme;
    let entry = |keys: String, what: &str| {
        Line::from(vec![
            Span::styled(format!(" {keys:<22}"), theme.key),
            Span::raw(what.to_string()),
        ])
    };
    let mut lines = Vec::new();
    for action in Action::ALL {
        let keys = ui.keymap.keys_for(*action);
        if keys.is_empty() {
            continue;
        }
        let keys: Vec<String> = keys.iter().map(ToString::to_string).collect();
        lines.push(entry(keys.join(" "), action.description()));
    }
    lines.push(Line::from(""));
    lines.push(Line::styled(
        " In the speaker and search prompts",
        theme.muted,
    ));
    lines.push(entry(
        "letters".into(),
        "Type the query (Backspace deletes)",
    ));
    lines.push(entry("↑ ↓ PgUp PgDn".into(), "Choose a speaker"));
    lines.push(entry(
        "Enter".into(),
        "Jump to the speaker's first quote and filter by them",
    ));
    lines.push(Line::from(""));
    lines.push(Line::styled(" While selecting (after v)", theme.muted));
    lines.push(entry(
        "h l ← →".into(),
        "Move the selection's end a word back or on",
    ));
    lines.push(entry(
        "j k ↓ ↑".into(),
        "Move it to the end of the next or previous sentence",
    ));
    lines.push(entry("o".into(), "Move the other end instead"));
    lines.push(entry(
        "a, then q or c".into(),
        "Add as quote or claim, then choose the speaker (or type a new name)",
    ));
    lines.push(entry("Esc".into(), "Cancel the selection"));
    lines.push(Line::styled(
        " Edits are saved at once in NAME.dossier.toml beside NAME.txt; u undoes",
        theme.muted,
    ));
    lines.push(Line::from(""));
    lines.push(Line::styled(" Mouse", theme.muted));
    lines.push(entry("wheel".into(), "Scroll the pane under the pointer"));
    lines.push(entry(
        "click".into(),
        "Select a briefing, expert, claim, or the quote under it (v starts there)",
    ));
    lines.push(Line::from(""));
    lines.push(Line::styled(
        " Keys are remappable in config.toml [keys]: \"ctrl-n\" = \"next_speech\"",
        theme.muted,
    ));
    lines
}
