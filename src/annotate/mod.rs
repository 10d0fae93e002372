//! The automatic annotator: pure, deterministic, no I/O.
//!
//! SKELETON: the real pipeline lands with the annotator work. The signature is stable.

mod lexicon;

pub use lexicon::{Lexicon, LexiconError};

use crate::annotation::Annotation;
use crate::briefing::Meta;
use crate::speaker::Speaker;

/// What the annotator finds in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotated {
    pub meta: Meta,
    pub speakers: Vec<Speaker>,
    /// Sorted, in bounds, on char boundaries (see [`crate::annotation::check_invariants`]).
    pub annotations: Vec<Annotation>,
}

/// Annotate `text`.
pub fn annotate(text: &str, lexicon: &Lexicon) -> Annotated {
    let _ = (text, lexicon);
    Annotated::default()
}
