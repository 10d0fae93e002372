//! The Briefings pane: title, outlet, date, and how many quotes and claims.

use super::{Ui, focused, pane_block, row, truncate};
use crate::sanitize::clean_line;
use crate::tui::panes::list_offset;
use crate::tui::view::Pane;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub fn draw(area: Rect, buf: &mut Buffer, ui: &Ui<'_>) {
    let (theme, corpus, view) = (ui.theme, ui.corpus, ui.view);
    let title = Line::from(format!(" Briefings {} ", corpus.len()));
    let block = pane_block(title, focused(ui, Pane::Briefings), theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let per_page = usize::from(inner.height / 2);
    let offset = list_offset(view.briefing, corpus.len(), per_page);
    let width = usize::from(inner.width);
    for (slot, (index, briefing)) in corpus
        .library
        .briefings()
        .iter()
        .enumerate()
        .skip(offset)
        .take(per_page)
        .enumerate()
    {
        let selected = index == view.briefing;
        let fill = if selected {
            theme.list_selected
        } else {
            theme.text
        };
        let marker = if selected { "▌" } else { " " };
        let title = corpus.titles.get(index).map_or("", String::as_str);
        let first = Line::from(vec![
            Span::styled(marker, theme.border_focused),
            Span::raw(truncate(title, width.saturating_sub(1))),
        ]);
        let (quotes, claims) = briefing.speech_counts();
        let mut facts: Vec<String> = vec![format!("{quotes}q {claims}c")];
        facts.extend(briefing.meta.source.as_deref().map(clean_line));
        facts.extend(briefing.meta.date.as_deref().map(clean_line));
        if let Some(status) = corpus.library.sidecar_status(index) {
            if status.error.is_some() {
                facts.insert(0, "⚠ sidecar error".to_string());
            } else {
                let orphans = status.applied.orphans().count();
                if orphans > 0 {
                    facts.insert(0, format!("⚠ {orphans} orphaned"));
                }
            }
        }
        let second = Line::from(vec![
            Span::styled(marker, theme.border_focused),
            Span::styled(
                truncate(&facts.join(" · "), width.saturating_sub(1)),
                theme.muted,
            ),
        ]);
        let y = u16::try_from(slot * 2).unwrap_or(u16::MAX);
        row(buf, inner, y, &first, fill);
        row(buf, inner, y.saturating_add(1), &second, fill);
    }
}
