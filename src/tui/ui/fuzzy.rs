//! The fuzzy speaker popup: a query line, then every matching speaker with the matched
//! characters highlighted.

use super::{Ui, popup_frame, row, speech_counts, truncate};
use crate::sanitize::clean_line;
use crate::tui::panes::list_offset;
use crate::tui::view::{Fuzzy, Purpose};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

pub fn draw(area: Rect, buf: &mut Buffer, ui: &Ui<'_>, fuzzy: &Fuzzy) {
    let (theme, corpus) = (ui.theme, ui.corpus);
    let width = (area.width * 4 / 5).clamp(40, 100);
    let height = (area.height * 4 / 5).max(10);
    let (title, enter) = match &fuzzy.purpose {
        Purpose::Jump => ("Jump to a speaker".to_string(), "Enter jump and filter"),
        Purpose::Speaker(p) if p.adding => {
            (format!("Speaker of the new {}", p.kind), "Enter choose")
        }
        Purpose::Speaker(p) => (format!("New speaker of the {}", p.kind), "Enter choose"),
    };
    let inner = popup_frame(area, buf, theme, &title, width, height);
    let prompt = Line::from(vec![
        Span::styled("› ", theme.key),
        Span::raw(clean_line(&fuzzy.query)),
        Span::raw("▏"),
    ]);
    row(buf, inner, 0, &prompt, theme.popup);
    let total = corpus.library.speakers().len();
    let summary = Line::styled(
        format!(
            "{}/{total} speakers · type to filter · ↑↓ choose · {enter} · Esc close",
            fuzzy.matches.len()
        ),
        theme.muted,
    );
    row(buf, inner, 1, &summary, theme.popup);
    let list = Rect {
        y: inner.y.saturating_add(2),
        height: inner.height.saturating_sub(2),
        ..inner
    };
    let visible = usize::from(list.height);
    // A speaker picker ends with a row that makes the query a new speaker.
    let new_row = fuzzy.purpose != Purpose::Jump && !fuzzy.query.trim().is_empty();
    let rows = fuzzy.matches.len() + usize::from(new_row);
    let offset = list_offset(fuzzy.cursor, rows, visible);
    if new_row && fuzzy.matches.len() >= offset && fuzzy.matches.len() < offset + visible {
        let slot = fuzzy.matches.len() - offset;
        let line = Line::from(vec![
            Span::styled(" + New speaker: ", theme.key),
            Span::styled(clean_line(fuzzy.query.trim()), theme.mention),
        ]);
        let fill = if fuzzy.cursor >= fuzzy.matches.len() {
            theme.list_selected
        } else {
            theme.popup
        };
        row(
            buf,
            list,
            u16::try_from(slot).unwrap_or(u16::MAX),
            &line,
            fill,
        );
    }
    let room = usize::from(list.width);
    for (slot, (index, m)) in fuzzy
        .matches
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .enumerate()
    {
        let Some(s) = corpus.library.speaker(m.speaker) else {
            continue;
        };
        let mut spans: Vec<Span<'_>> = vec![Span::raw(" ")];
        let alias = m.alias.and_then(|a| s.speaker.aliases.get(a));
        let hits = fuzzy.matches.highlight(index);
        let name_hits: &[u32] = if alias.is_none() { hits } else { &[] };
        highlighted(&s.speaker.name, name_hits, ui, &mut spans);
        if let Some(alias) = alias {
            spans.push(Span::styled(" (", theme.muted));
            highlighted(alias, hits, ui, &mut spans);
            spans.push(Span::styled(")", theme.muted));
        }
        let mut about: Vec<String> = Vec::new();
        about.extend(s.speaker.role.as_deref().map(clean_line));
        about.extend(s.speaker.affiliation.as_deref().map(clean_line));
        let count = speech_counts(corpus, s.speech.iter().copied());
        let used: usize = spans.iter().map(|s| s.content.width()).sum();
        if !about.is_empty() {
            let about = truncate(
                &format!(", {}", about.join(", ")),
                room.saturating_sub(used + count.width() + 2),
            );
            spans.push(Span::styled(about, theme.muted));
        }
        let used: usize = spans.iter().map(|s| s.content.width()).sum();
        spans.push(Span::raw(
            " ".repeat(room.saturating_sub(used + count.width() + 1)),
        ));
        spans.push(Span::styled(count, theme.muted));
        let fill = if index == fuzzy.cursor {
            theme.list_selected
        } else {
            theme.popup
        };
        row(
            buf,
            list,
            u16::try_from(slot).unwrap_or(u16::MAX),
            &Line::from(spans),
            fill,
        );
    }
}

/// `text` (display-cleaned) with the chars at `hits` (char indices) in the match style.
fn highlighted(text: &str, hits: &[u32], ui: &Ui<'_>, spans: &mut Vec<Span<'static>>) {
    // Names are one line already; cleaning would shift the indices, so only controls are
    // dropped, char by char, keeping positions.
    let mut run = String::new();
    let mut run_hit = false;
    for (i, c) in text.chars().enumerate() {
        let c = if c.is_control() || c.is_whitespace() {
            ' '
        } else {
            c
        };
        let hit = u32::try_from(i).is_ok_and(|i| hits.binary_search(&i).is_ok());
        if hit != run_hit && !run.is_empty() {
            let style = if run_hit {
                ui.theme.fuzzy_match
            } else {
                ui.theme.mention
            };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_hit = hit;
        run.push(c);
    }
    if !run.is_empty() {
        let style = if run_hit {
            ui.theme.fuzzy_match
        } else {
            ui.theme.mention
        };
        spans.push(Span::styled(run, style));
    }
}
