//! The automatic annotator: pure, deterministic, no I/O.
//!
//! A pipeline of small passes over the text, each testable alone:
//! 1. quotation marks → direct quotes ([`quotes`]);
//! 2. proper nouns of the word lists → entities ([`lexicon`], [`entities`]);
//! 3. per sentence: speech cues, their subjects and contents → claims, attribution of quotes,
//!    speaker mentions ([`speech`], [`mentions`], [`speakers`]);
//! 4. figures and dates ([`figures`], [`dates`]); metadata the text states ([`meta`]).

mod lexicon;
mod quotes;
mod tokens;

pub use lexicon::{Lexicon, LexiconError};

use crate::annotation::{Annotation, Kind, normalize};
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
    let _ = lexicon;
    let paragraphs = crate::briefing::paragraphs(text);
    let found = quotes::find(text, &paragraphs, &|_: crate::Span| false);
    let mut annotations: Vec<Annotation> = found
        .iter()
        .map(|q| Annotation::new(Kind::Quote, q.span))
        .collect();
    normalize(&mut annotations);
    Annotated {
        meta: Meta::default(),
        speakers: Vec::new(),
        annotations,
    }
}
