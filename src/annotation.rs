//! Span annotations over a briefing's text.
//!
//! Every annotation is a half-open byte range `[start, end)` into the briefing's original text,
//! never into a display copy, so that sidecars, JSON output and the reader all agree on what a
//! span covers. Display columns are computed only when drawing.
//!
//! Invariants (checked by [`check_invariants`] and by the property tests):
//! - every span (and every cue and source span) lies inside the text and starts and ends on a
//!   `char` boundary;
//! - annotations are sorted by `(start, end, kind)`.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A half-open byte range into a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; an inverted pair is normalised rather than trusted.
    pub const fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The slice of `text` this span covers, or `""` if it does not fit `text` (a span from an
    /// older version of the text must never panic a reader).
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether the span lies inside `text` on char boundaries.
    pub fn fits(self, text: &str) -> bool {
        self.start <= self.end && text.get(self.start..self.end).is_some()
    }

    pub const fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies entirely inside `self`.
    pub const fn covers(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// What an annotation marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Direct speech: the words between quotation marks (without the marks).
    Quote,
    /// Reported speech: the content of "X said that …", "according to X, …".
    Claim,
    /// A speaker named or referred to ("Islami", "he", "According to him").
    Mention,
    /// A country, organization or place.
    Entity,
    /// A number with what it counts ("more than 4,600 peacekeepers").
    Figure,
    /// A calendar date or a year.
    Date,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Quote,
        Kind::Claim,
        Kind::Mention,
        Kind::Entity,
        Kind::Figure,
        Kind::Date,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Quote => "quote",
            Kind::Claim => "claim",
            Kind::Mention => "mention",
            Kind::Entity => "entity",
            Kind::Figure => "figure",
            Kind::Date => "date",
        }
    }

    /// Quotes and claims are what someone said; the reader walks them with `]`/`[`.
    pub const fn is_speech(self) -> bool {
        matches!(self, Kind::Quote | Kind::Claim)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The class of an [`Kind::Entity`] annotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Country,
    Organization,
    Place,
}

impl EntityKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
        }
    }
}

/// Where an annotation came from: the annotator, or a person through a sidecar file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    #[default]
    Auto,
    Manual,
}

/// One span annotation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Annotation {
    pub kind: Kind,
    pub span: Span,
    /// Id of the [`crate::Speaker`] of the briefing this is attributed to (quotes, claims and
    /// mentions); `None` where the text does not say who.
    pub speaker: Option<String>,
    /// The verb or phrase of attribution ("said", "told the Telegraph", "According to him").
    pub cue: Option<Span>,
    /// The mention the attribution rests on ("Islami", "he").
    pub source: Option<Span>,
    /// For entities: country, organization or place.
    pub entity: Option<EntityKind>,
    pub origin: Origin,
}

impl Annotation {
    /// A bare annotation of `kind` over `span`, automatic, with nothing attached.
    pub const fn new(kind: Kind, span: Span) -> Self {
        Annotation {
            kind,
            span,
            speaker: None,
            cue: None,
            source: None,
            entity: None,
            origin: Origin::Auto,
        }
    }

    pub fn with_speaker(mut self, speaker: impl Into<String>) -> Self {
        self.speaker = Some(speaker.into());
        self
    }

    pub const fn with_cue(mut self, cue: Span) -> Self {
        self.cue = Some(cue);
        self
    }

    pub const fn with_source(mut self, source: Span) -> Self {
        self.source = Some(source);
        self
    }

    pub const fn with_entity(mut self, entity: EntityKind) -> Self {
        self.entity = Some(entity);
        self
    }

    /// The key annotations are kept sorted by.
    pub fn sort_key(&self) -> (usize, usize, Kind) {
        (self.span.start, self.span.end, self.kind)
    }
}

/// Sort annotations into the documented order and drop exact duplicates.
pub fn normalize(annotations: &mut Vec<Annotation>) {
    annotations.sort_by_key(Annotation::sort_key);
    annotations.dedup_by(|a, b| a.kind == b.kind && a.span == b.span);
}

/// A broken invariant, for tests and for `dossier check`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvariantError {
    #[error(
        "annotation {index} ({kind}) has span {start}..{end} outside the text or off a char boundary"
    )]
    OutOfBounds {
        index: usize,
        kind: Kind,
        start: usize,
        end: usize,
    },
    #[error("annotation {index} is not sorted after the one before it")]
    Unsorted { index: usize },
}

/// Check the documented invariants of `annotations` over `text`.
pub fn check_invariants(text: &str, annotations: &[Annotation]) -> Result<(), InvariantError> {
    for (index, a) in annotations.iter().enumerate() {
        for span in [Some(a.span), a.cue, a.source].into_iter().flatten() {
            if !span.fits(text) {
                return Err(InvariantError::OutOfBounds {
                    index,
                    kind: a.kind,
                    start: span.start,
                    end: span.end,
                });
            }
        }
        if index > 0 && annotations[index - 1].sort_key() > a.sort_key() {
            return Err(InvariantError::Unsorted { index });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_slice_never_panics_off_boundary() {
        let text = "Vučić";
        assert_eq!(Span::new(0, 2).slice(text), "Vu");
        assert_eq!(
            Span::new(0, 3).slice(text),
            "",
            "3 is inside the two-byte č"
        );
        assert_eq!(Span::new(0, 99).slice(text), "");
        assert!(!Span::new(0, 3).fits(text));
    }

    #[test]
    fn inverted_spans_are_normalised() {
        assert_eq!(Span::new(5, 2), Span { start: 2, end: 5 });
    }

    #[test]
    fn invariants_catch_unsorted_and_out_of_bounds() {
        let text = "abc def";
        let a = Annotation::new(Kind::Entity, Span::new(4, 7));
        let b = Annotation::new(Kind::Entity, Span::new(0, 3));
        assert_eq!(
            check_invariants(text, &[a.clone(), b.clone()]),
            Err(InvariantError::Unsorted { index: 1 })
        );
        let mut v = vec![a, b];
        normalize(&mut v);
        assert_eq!(check_invariants(text, &v), Ok(()));
        let far = Annotation::new(Kind::Quote, Span::new(0, 3)).with_cue(Span::new(6, 9));
        assert!(matches!(
            check_invariants(text, &[far]),
            Err(InvariantError::OutOfBounds { .. })
        ));
    }
}
