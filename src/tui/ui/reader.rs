//! The reading view: the wrapped text, styled by what each span is, with the selected quote or
//! claim, its cue and its source highlighted.

use super::{Ui, focused, pane_block, truncate};
use crate::annotation::{Annotation, Kind, Span as ByteSpan};
use crate::tui::theme::Theme;
use crate::tui::view::Pane;
use crate::tui::wrap::GUTTER;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub fn draw(area: Rect, buf: &mut Buffer, ui: &Ui<'_>) {
    let (theme, corpus, view) = (ui.theme, ui.corpus, ui.view);
    let title = corpus.titles.get(view.briefing).map_or("", String::as_str);
    let title = Line::from(format!(
        " {} ",
        truncate(title, usize::from(area.width.saturating_sub(4)))
    ));
    let block = pane_block(title, focused(ui, Pane::Reader), theme);
    block.render(area, buf);
    let (Some(text_area), Some(lines), Some(briefing), Some(text)) = (
        view.reader_text_area(),
        view.lines(corpus),
        corpus.library.briefing(view.briefing),
        corpus.texts.get(view.briefing),
    ) else {
        return;
    };
    let height = usize::from(text_area.height);
    let scroll = view.scroll.min(lines.len().saturating_sub(height));
    let selected = view.selected.and_then(|i| briefing.annotations.get(i));
    let matches: &[ByteSpan] = view.search.as_ref().map_or(&[], |s| &s.matches);
    let selection = view
        .selection
        .as_ref()
        .filter(|s| s.briefing == view.briefing)
        .map(crate::tui::selection::Selection::span);
    let current_match = view
        .search
        .as_ref()
        .and_then(|s| s.current.and_then(|i| s.matches.get(i)));
    for (y, line) in lines.iter().skip(scroll).take(height).enumerate() {
        let y = text_area.y + u16::try_from(y).unwrap_or(u16::MAX);
        if text_area.x >= area.x + 1 + GUTTER
            && let Some(n) = line.paragraph
        {
            let number = format!(
                "{:>width$} ",
                format!("¶{n}"),
                width = usize::from(GUTTER - 1)
            );
            buf.set_string(text_area.x - GUTTER, y, number, theme.paragraph_number);
        }
        let (Some(first), Some(last)) = (
            text.origin(line.start),
            line.end.checked_sub(1).and_then(|i| text.origin(i)),
        ) else {
            continue;
        };
        let on_line = ByteSpan::new(first, last + 1);
        let styler = Styler {
            theme,
            annotations: briefing
                .annotations
                .iter()
                .filter(|a| a.span.overlaps(on_line))
                .collect(),
            selected: selected.filter(|a| a.span.overlaps(on_line) || touches(a, on_line)),
            matches: matches.iter().filter(|m| m.overlaps(on_line)).collect(),
            current_match: current_match.filter(|m| m.overlaps(on_line)),
            selection: selection.filter(|s| s.overlaps(on_line)),
        };
        let mut spans: Vec<Span<'_>> = Vec::new();
        let mut run = String::new();
        let mut run_style = Style::default();
        for i in line.start..line.end {
            let (Some(c), Some(origin)) = (text.char_at(i), text.origin(i)) else {
                continue;
            };
            let style = styler.style(origin);
            if style != run_style && !run.is_empty() {
                spans.push(Span::styled(std::mem::take(&mut run), run_style));
            }
            run_style = style;
            run.push(if c.is_whitespace() { ' ' } else { c });
        }
        if !run.is_empty() {
            spans.push(Span::styled(run, run_style));
        }
        buf.set_line(text_area.x, y, &Line::from(spans), text_area.width);
    }
}

/// Whether the selection's cue or source is on this line (the quote itself may not be).
fn touches(a: &Annotation, line: ByteSpan) -> bool {
    [a.cue, a.source]
        .into_iter()
        .flatten()
        .any(|s| s.overlaps(line))
}

/// The style of each byte offset of one line.
struct Styler<'a> {
    theme: &'a Theme,
    /// Annotations that overlap the line.
    annotations: Vec<&'a Annotation>,
    selected: Option<&'a Annotation>,
    matches: Vec<&'a ByteSpan>,
    current_match: Option<&'a ByteSpan>,
    /// Text selected with `v`.
    selection: Option<ByteSpan>,
}

impl Styler<'_> {
    fn style(&self, offset: usize) -> Style {
        let theme = self.theme;
        let mut style = theme.text;
        // Speech first, then the finer kinds inside it, then selection and search on top.
        for a in &self.annotations {
            if a.span.contains(offset) && a.kind.is_speech() {
                style = style.patch(kind_style(theme, a.kind));
            }
        }
        for a in &self.annotations {
            if a.span.contains(offset) && !a.kind.is_speech() {
                style = style.patch(kind_style(theme, a.kind));
            }
        }
        if let Some(selected) = self.selected {
            if selected.span.contains(offset) {
                style = style.patch(theme.selected);
            }
            if selected.cue.is_some_and(|s| s.contains(offset)) {
                style = style.patch(theme.cue);
            }
            if selected.source.is_some_and(|s| s.contains(offset)) {
                style = style.patch(theme.source);
            }
        }
        if self.selection.is_some_and(|s| s.contains(offset)) {
            style = style.patch(theme.selection);
        }
        if self.matches.iter().any(|m| m.contains(offset)) {
            style = style.patch(theme.search_match);
            if self.current_match.is_some_and(|m| m.contains(offset)) {
                style = style.add_modifier(ratatui::style::Modifier::BOLD);
            }
        }
        style
    }
}

fn kind_style(theme: &Theme, kind: Kind) -> Style {
    match kind {
        Kind::Quote => theme.quote,
        Kind::Claim => theme.claim,
        Kind::Mention => theme.mention,
        Kind::Entity => theme.entity,
        Kind::Figure => theme.figure,
        Kind::Date => theme.date,
    }
}
