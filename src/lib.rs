//! dossier: an annotated corpus of security briefings, and a terminal reader for it.
//!
//! The library knows nothing of terminals. It turns plain-text briefings into a document model
//! with byte-span annotations (who said what), and indexes a corpus by speaker:
//!
//! ```text
//! files ──read_text──▶ Briefing {text, meta, paragraphs}
//!                       │ annotate(&text, &Lexicon) -> Annotated        (pure, no I/O)
//!                       │ sidecar::apply_beside(NAME.dossier.toml)      (manual wins)
//!                       ▼
//!                     Library {briefings, speaker index, speech by speaker}
//!                       │ (the reader holds indices into it, never copies)
//!                       ▼
//!                     tui (feature "tui"): view state → widgets → terminal
//! ```
//!
//! ```
//! use dossier::{Library, Lexicon};
//! let library = Library::seeds(&Lexicon::builtin());
//! assert_eq!(library.briefings().len(), 5);
//! ```
//!
//! Module map: [`annotation`] (spans and their invariants), [`speaker`], [`briefing`] (a file,
//! its metadata and paragraphs), [`annotate`] (the annotator and its word lists), [`library`]
//! (the corpus and its speaker index), [`output`] (`dossier annotate` listings), [`sidecar`]
//! (corrections kept beside a briefing, anchoring, atomic saves), [`export`] (JSON, W3C Web
//! Annotation, CSL-JSON, Markdown), [`cite`] (citation formats), [`search`] (fuzzy speaker
//! search, text search), [`sanitize`] (display-safe text from untrusted briefings); with the
//! `tui` feature, `tui` (the reader).

pub mod annotate;
pub mod annotation;
pub mod briefing;
pub mod cite;
pub mod export;
pub mod library;
pub mod output;
pub mod sanitize;
pub mod search;
pub mod seeds;
pub mod sidecar;
pub mod speaker;
pub mod text;
#[cfg(feature = "tui")]
pub mod tui;

pub use annotate::{Annotated, Lexicon, LexiconError, annotate};
pub use annotation::{Annotation, EntityKind, Kind, Origin, Span};
pub use briefing::{Briefing, LoadError, Meta};
pub use library::{CorpusSpeaker, Library, SpeechRef};
pub use sidecar::{Edit, SidecarStatus, SidecarStore, SpeakerChoice};
pub use speaker::{Speaker, SpeakerKind};
