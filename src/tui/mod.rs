//! The reader: a terminal front end over the library (feature `tui`).
//!
//! Data flows one way: the [`Corpus`](corpus::Corpus) is built once; the
//! [`View`](view::View) holds indices into it; every frame is drawn from (&Corpus, &View,
//! &Theme). Input flows back: key → [`Action`](action::Action) (named, remappable) →
//! `View::update` (pure) → an [`Effect`](view::Effect) the [`app`] carries out (copy, save an
//! edit through the [`editor`], quit).

pub mod action;
pub mod app;
pub mod clipboard;
pub mod config;
pub mod corpus;
pub mod editor;
pub mod keymap;
pub mod panes;
pub mod selection;
pub mod terminal;
pub mod theme;
pub mod ui;
pub mod view;
pub mod wrap;

use std::path::PathBuf;

/// Choices from the command line.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// A config file to use instead of the default one.
    pub config: Option<PathBuf>,
    /// A theme to start with, over the config's.
    pub theme: Option<String>,
}

/// Open the reader on `library` (annotated with `lexicon`, which edits re-annotate with) and
/// run it until the user quits. The terminal is restored on quit, on error and on panic.
pub fn run(
    library: crate::Library,
    lexicon: crate::Lexicon,
    options: &Options,
) -> anyhow::Result<()> {
    app::run(library, lexicon, options)
}
