//! The citation format picker (`Y`): the formats, and a preview of the selected one.

use super::{Ui, popup_frame, row};
use crate::cite::{Citation, Format};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

pub fn draw(area: Rect, buf: &mut Buffer, ui: &Ui<'_>, cursor: usize) {
    let (theme, corpus, view) = (ui.theme, ui.corpus, ui.view);
    let inner = popup_frame(
        area,
        buf,
        theme,
        "Copy citation as · Enter copy · Esc close",
        76,
        20,
    );
    for (i, format) in Format::ALL.iter().enumerate() {
        let marker = if i == cursor { "▸ " } else { "  " };
        let line = Line::from(vec![
            Span::styled(marker, theme.key),
            Span::raw(format.label()),
        ]);
        let fill = if i == cursor {
            theme.list_selected
        } else {
            theme.popup
        };
        row(
            buf,
            inner,
            u16::try_from(i).unwrap_or(u16::MAX),
            &line,
            fill,
        );
    }
    let preview = view
        .selected
        .and_then(|a| Citation::of(corpus.library.briefing(view.briefing)?, a))
        .map(|c| c.render(Format::ALL[cursor.min(Format::ALL.len() - 1)]))
        .unwrap_or_default();
    let top = u16::try_from(Format::ALL.len() + 1).unwrap_or(u16::MAX);
    let preview_area = Rect {
        y: inner.y.saturating_add(top),
        height: inner.height.saturating_sub(top),
        ..inner
    };
    let paragraph = ratatui::widgets::Paragraph::new(preview)
        .style(theme.muted)
        .wrap(ratatui::widgets::Wrap { trim: false });
    ratatui::widgets::Widget::render(paragraph, preview_area, buf);
}
