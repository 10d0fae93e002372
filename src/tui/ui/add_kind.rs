//! The picker `a` opens: add the selection as a quote or as a claim.

use super::{Ui, popup_frame, row, truncate};
use crate::annotation::Span as ByteSpan;
use crate::sanitize::clean_line;
use crate::tui::view::ADD_KINDS;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

pub fn draw(area: Rect, buf: &mut Buffer, ui: &Ui<'_>, span: ByteSpan, cursor: usize) {
    let (theme, corpus, view) = (ui.theme, ui.corpus, ui.view);
    let inner = popup_frame(area, buf, theme, "Add the selection as", 60, 7);
    let words = corpus
        .library
        .briefing(view.briefing)
        .map(|b| clean_line(b.slice(span)))
        .unwrap_or_default();
    let preview = Line::styled(
        truncate(&format!("“{words}”"), usize::from(inner.width)),
        theme.muted,
    );
    row(buf, inner, 0, &preview, theme.popup);
    for (i, (kind, key)) in ADD_KINDS.iter().enumerate() {
        let label = match kind {
            crate::Kind::Quote => "quote (direct speech)",
            _ => "claim (reported speech)",
        };
        let marker = if i == cursor { "▸ " } else { "  " };
        let line = Line::from(vec![
            Span::styled(marker, theme.key),
            Span::styled(key.to_string(), theme.key),
            Span::raw(format!("  {label}")),
        ]);
        let fill = if i == cursor {
            theme.list_selected
        } else {
            theme.popup
        };
        let y = u16::try_from(i + 2).unwrap_or(u16::MAX);
        row(buf, inner, y, &line, fill);
    }
    let hint = Line::styled("q or c · ↑↓ Enter · Esc cancel", theme.muted);
    row(buf, inner, 4, &hint, theme.popup);
}
