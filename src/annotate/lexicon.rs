//! Word lists the annotator uses, as data (`lexicon/*.toml`, embedded), extendable by the user.
//!
//! SKELETON: filled in by the annotator work.

use std::path::{Path, PathBuf};

/// The annotator's word lists.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {}

impl Lexicon {
    /// The lists bundled with dossier.
    pub fn builtin() -> Self {
        Lexicon {}
    }

    /// Add the lists found in `dir` (same file names as `lexicon/`) to these.
    pub fn extend_from_dir(&mut self, dir: &Path) -> Result<(), LexiconError> {
        let _ = dir;
        Ok(())
    }
}

/// A user lexicon file that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}
