//! The sidebar: Experts (this briefing's or the corpus's) and Claims (this briefing's quotes and
//! claims with their speakers, in reading order).

use super::{Ui, focused, pane_block, row, speech_counts, truncate};
use crate::Kind;
use crate::sanitize::clean_line;
use crate::tui::panes::list_offset;
use crate::tui::view::{Pane, Scope, Tab};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub fn draw(area: Rect, buf: &mut Buffer, ui: &Ui<'_>) {
    let (theme, view) = (ui.theme, ui.view);
    let tab = |label: &'static str, on: bool| {
        Span::styled(
            format!(" {label} "),
            if on { theme.list_selected } else { theme.muted },
        )
    };
    let tabs = Line::from(vec![
        tab("Experts", view.tab == Tab::Experts),
        Span::raw("│"),
        tab("Claims", view.tab == Tab::Claims),
        Span::styled(
            match (view.tab, view.scope) {
                (Tab::Experts, Scope::Briefing) => " this briefing",
                (Tab::Experts, Scope::Corpus) => " all briefings",
                (Tab::Claims, _) => " reading order",
            },
            theme.muted,
        ),
    ]);
    let block = pane_block(Line::from(" Sidebar "), focused(ui, Pane::Sidebar), theme);
    let inner = block.inner(area);
    block.render(area, buf);
    row(buf, inner, 0, &tabs, theme.text);
    let list = Rect {
        y: inner.y.saturating_add(1),
        height: inner.height.saturating_sub(1),
        ..inner
    };
    match view.tab {
        Tab::Experts => experts(list, buf, ui),
        Tab::Claims => claims(list, buf, ui),
    }
}

fn experts(area: Rect, buf: &mut Buffer, ui: &Ui<'_>) {
    let (theme, corpus, view) = (ui.theme, ui.corpus, ui.view);
    let experts = view.experts(corpus);
    if experts.is_empty() {
        let line = Line::styled(" No speakers found", theme.muted);
        row(buf, area, 0, &line, theme.text);
        return;
    }
    let visible = usize::from(area.height);
    let cursor = view.expert_cursor.min(experts.len() - 1);
    let offset = list_offset(cursor, experts.len(), visible);
    let width = usize::from(area.width);
    for (slot, (index, &speaker)) in experts
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .enumerate()
    {
        let Some(s) = corpus.library.speaker(speaker) else {
            continue;
        };
        let count = match view.scope {
            Scope::Briefing => speech_counts(
                corpus,
                s.speech
                    .iter()
                    .copied()
                    .filter(|r| r.briefing == view.briefing),
            ),
            Scope::Corpus => speech_counts(corpus, s.speech.iter().copied()),
        };
        let mark = if view.filter == Some(speaker) {
            "⚑"
        } else {
            " "
        };
        let mut about: Vec<String> = Vec::new();
        about.extend(s.speaker.role.as_deref().map(clean_line));
        about.extend(s.speaker.affiliation.as_deref().map(clean_line));
        let name = clean_line(&s.speaker.name);
        let room = width.saturating_sub(count.width() + 2);
        let name = truncate(&name, room);
        let about = if about.is_empty() {
            String::new()
        } else {
            truncate(
                &format!(", {}", about.join(", ")),
                room.saturating_sub(name.width()),
            )
        };
        let used = 1 + name.width() + about.width();
        let pad = width.saturating_sub(used + count.width());
        let line = Line::from(vec![
            Span::styled(mark, theme.key),
            Span::styled(name, theme.mention),
            Span::styled(about, theme.muted),
            Span::raw(" ".repeat(pad)),
            Span::styled(count, theme.muted),
        ]);
        let fill = if index == cursor {
            theme.list_selected
        } else {
            theme.text
        };
        row(
            buf,
            area,
            u16::try_from(slot).unwrap_or(u16::MAX),
            &line,
            fill,
        );
    }
}

fn claims(area: Rect, buf: &mut Buffer, ui: &Ui<'_>) {
    let (theme, corpus, view) = (ui.theme, ui.corpus, ui.view);
    let Some(briefing) = corpus.library.briefing(view.briefing) else {
        return;
    };
    let claims = view.claims(corpus);
    let orphans = orphans(ui);
    if claims.is_empty() && orphans.is_empty() {
        let line = Line::styled(" No quotes or claims found", theme.muted);
        row(buf, area, 0, &line, theme.text);
        return;
    }
    let visible = usize::from(area.height);
    let at = view
        .selected
        .and_then(|s| claims.iter().position(|c| *c == s));
    let rows = claims.len() + orphans.len();
    // On the last claim, scroll on to the orphaned entries listed after it.
    let shown = match at {
        Some(at) if at + 1 == claims.len() => rows - 1,
        at => at.unwrap_or(0),
    };
    let offset = list_offset(shown, rows, visible);
    let width = usize::from(area.width);
    for (slot, orphan) in orphans
        .iter()
        .enumerate()
        .filter_map(|(i, o)| (claims.len() + i).checked_sub(offset).map(|slot| (slot, o)))
        .filter(|(slot, _)| *slot < visible)
    {
        let style = if slot + offset == claims.len() {
            theme.error
        } else {
            theme.muted
        };
        let line = Line::styled(truncate(orphan, width), style);
        row(
            buf,
            area,
            u16::try_from(slot).unwrap_or(u16::MAX),
            &line,
            theme.text,
        );
    }
    for (slot, &index) in claims.iter().skip(offset).take(visible).enumerate() {
        let Some(a) = briefing.annotations.get(index) else {
            continue;
        };
        let who = a
            .speaker
            .as_deref()
            .and_then(|id| briefing.speaker(id))
            .map_or_else(|| "?".to_string(), |s| clean_line(&s.name));
        let paragraph = briefing
            .paragraph_number(a.span.start)
            .map_or_else(String::new, |n| format!("¶{n} "));
        let words = clean_line(briefing.slice(a.span));
        let (words, style) = match a.kind {
            Kind::Quote => (format!("“{words}”"), theme.quote),
            _ => (words, theme.claim),
        };
        let head = format!("{paragraph}{who}: ");
        let line = Line::from(vec![
            Span::styled(paragraph, theme.paragraph_number),
            Span::styled(format!("{who}: "), theme.mention),
            Span::styled(truncate(&words, width.saturating_sub(head.width())), style),
        ]);
        let fill = if Some(index) == view.selected {
            theme.list_selected
        } else {
            theme.text
        };
        row(
            buf,
            area,
            u16::try_from(slot).unwrap_or(u16::MAX),
            &line,
            fill,
        );
    }
}

/// The orphaned sidecar entries of the current briefing, as rows for the end of the Claims
/// tab: a heading, then each entry with its kind, speaker and text. Empty when there are none.
fn orphans(ui: &Ui<'_>) -> Vec<String> {
    let Some(status) = ui.corpus.library.sidecar_status(ui.view.briefing) else {
        return Vec::new();
    };
    let entries: Vec<String> = status
        .applied
        .orphans()
        .map(|p| orphan_line(status.sidecar.as_ref(), p))
        .collect();
    if entries.is_empty() {
        return entries;
    }
    let file = status
        .path
        .file_name()
        .map_or_else(String::new, |n| clean_line(&n.to_string_lossy()));
    let mut rows = vec![format!(" ⚠ Orphaned ({}), kept in {file}:", entries.len())];
    rows.extend(entries);
    rows
}

fn orphan_line(
    sidecar: Option<&crate::sidecar::Sidecar>,
    problem: &crate::sidecar::Problem,
) -> String {
    use crate::sidecar::EntryRef;
    let text = |exact: &str| format!("“{}”", clean_line(exact));
    let line = sidecar.and_then(|s| match problem.entry {
        EntryRef::Annotation(i) => s.annotations.get(i).map(|e| match &e.speaker {
            Some(who) => format!("{} by {}: {}", e.kind, clean_line(who), text(&e.exact)),
            None => format!("{}: {}", e.kind, text(&e.exact)),
        }),
        EntryRef::Reject(i) => s
            .rejects
            .get(i)
            .map(|e| format!("rejected {}: {}", e.kind, text(&e.exact))),
        EntryRef::Change(i) => s.changes.get(i).map(|e| {
            format!(
                "{} now by {}: {}",
                e.kind,
                clean_line(&e.speaker),
                text(&e.exact)
            )
        }),
        EntryRef::Speaker(_) => None,
    });
    format!("  {}", line.unwrap_or_else(|| clean_line(&problem.message)))
}
