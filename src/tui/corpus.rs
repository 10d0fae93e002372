//! The library as the reader needs it: built once at start, read by every frame.

use crate::Library;
use crate::sanitize::{DisplayText, clean_line, sanitize};

/// The library with what is derived from it once: display-safe texts and titles, and the
/// speakers ranked by how much they say.
pub struct Corpus {
    pub library: Library,
    /// Display-safe text of each briefing (see [`crate::sanitize`]).
    pub texts: Vec<DisplayText>,
    /// Display-safe title (or first words) of each briefing.
    pub titles: Vec<String>,
    /// Speaker indices, most quotes and claims first (then corpus order).
    pub ranked: Vec<usize>,
}

impl Corpus {
    pub fn new(library: Library) -> Corpus {
        let texts = library
            .briefings()
            .iter()
            .map(|b| sanitize(&b.text))
            .collect();
        let titles = library
            .briefings()
            .iter()
            .map(|b| clean_line(&b.display_title()))
            .collect();
        Corpus {
            ranked: ranked(&library),
            library,
            texts,
            titles,
        }
    }

    /// Re-annotate briefing `index` and re-apply its sidecar as it now is on disk (after an
    /// edit), then refresh what is derived from the library. The text is unchanged, so its
    /// display form is kept.
    pub fn refresh(&mut self, index: usize, lexicon: &crate::Lexicon) {
        self.library.refresh_briefing(index, lexicon);
        if let (Some(title), Some(b)) = (self.titles.get_mut(index), self.library.briefing(index)) {
            *title = clean_line(&b.display_title());
        }
        self.ranked = ranked(&self.library);
    }

    pub fn len(&self) -> usize {
        self.library.briefings().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Speaker indices, most quotes and claims first (then corpus order).
fn ranked(library: &Library) -> Vec<usize> {
    let mut ranked: Vec<usize> = (0..library.speakers().len()).collect();
    ranked.sort_by_key(|&i| std::cmp::Reverse(library.speakers()[i].speech.len()));
    ranked
}
