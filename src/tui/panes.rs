//! Where each pane goes for a terminal size: one pure function, used by drawing and by mouse
//! clicks alike so they always agree.

use super::view::Pane;
use ratatui::layout::{Constraint, Layout, Rect};

/// The smallest terminal the reader lays out; below it, a notice.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// Below this width only the focused pane is shown.
const THREE_PANES_FROM: u16 = 72;

/// The rectangles of the panes shown; a pane not shown at this width is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    pub briefings: Option<Rect>,
    pub reader: Option<Rect>,
    pub sidebar: Option<Rect>,
    pub status: Rect,
}

impl Panes {
    pub fn get(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::Briefings => self.briefings,
            Pane::Reader => self.reader,
            Pane::Sidebar => self.sidebar,
        }
    }

    /// The pane at screen position (`x`, `y`).
    pub fn at(&self, x: u16, y: u16) -> Option<Pane> {
        let position = ratatui::layout::Position::new(x, y);
        [Pane::Briefings, Pane::Reader, Pane::Sidebar]
            .into_iter()
            .find(|p| self.get(*p).is_some_and(|r| r.contains(position)))
    }
}

/// The layout of `area` with `focus` focused, or `None` when `area` is too small.
pub fn panes(area: Rect, focus: Pane) -> Option<Panes> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let [body, status] = area.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    if area.width < THREE_PANES_FROM {
        let mut panes = Panes {
            briefings: None,
            reader: None,
            sidebar: None,
            status,
        };
        match focus {
            Pane::Briefings => panes.briefings = Some(body),
            Pane::Reader => panes.reader = Some(body),
            Pane::Sidebar => panes.sidebar = Some(body),
        }
        return Some(panes);
    }
    let (left, right) = if area.width >= 120 {
        (30, 38)
    } else {
        (22, 28)
    };
    let [briefings, reader, sidebar] = body.layout(&Layout::horizontal([
        Constraint::Length(left),
        Constraint::Fill(1),
        Constraint::Length(right),
    ]));
    Some(Panes {
        briefings: Some(briefings),
        reader: Some(reader),
        sidebar: Some(sidebar),
        status,
    })
}

/// The first row to show of a list of `len` rows, `visible` at a time, so that `selected` is
/// on screen (it scrolls when the selection passes the last row).
pub fn list_offset(selected: usize, len: usize, visible: usize) -> usize {
    if visible == 0 || len <= visible {
        return 0;
    }
    selected
        .saturating_add(1)
        .saturating_sub(visible)
        .min(len - visible)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_small_is_none_and_narrow_shows_the_focused_pane() {
        assert_eq!(panes(Rect::new(0, 0, 39, 30), Pane::Reader), None);
        assert_eq!(panes(Rect::new(0, 0, 80, 11), Pane::Reader), None);
        let narrow = panes(Rect::new(0, 0, 40, 12), Pane::Sidebar);
        assert_eq!(
            narrow.map(|p| (p.briefings, p.reader.is_some(), p.sidebar.is_some())),
            Some((None, false, true))
        );
        let wide = panes(Rect::new(0, 0, 200, 60), Pane::Reader);
        assert!(
            wide.is_some_and(|p| p.briefings.is_some()
                && p.reader.is_some()
                && p.sidebar.is_some())
        );
        assert_eq!(wide.and_then(|p| p.at(100, 10)), Some(Pane::Reader));
    }

    #[test]
    fn list_offset_keeps_the_selection_visible() {
        assert_eq!(list_offset(0, 100, 10), 0);
        assert_eq!(list_offset(9, 100, 10), 0);
        assert_eq!(list_offset(10, 100, 10), 1);
        assert_eq!(list_offset(99, 100, 10), 90);
        assert_eq!(list_offset(5, 3, 10), 0);
        assert_eq!(list_offset(5, 100, 0), 0);
    }
}
