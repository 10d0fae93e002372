//! A briefing: one plain-text file, its metadata, paragraphs and annotations.

use crate::annotation::{Annotation, Kind, Span};
use crate::speaker::Speaker;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// What the text itself states about the article. Nothing here is ever guessed: a field the
/// text does not state is `None`, and a citation leaves it out.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Meta {
    /// A headline line, where the first line clearly is one.
    pub title: Option<String>,
    /// The outlet, from a signature such as a trailing `/ Telegraphy /`.
    pub source: Option<String>,
    pub author: Option<String>,
    /// `YYYY-MM-DD` where the text states a full date in a header.
    pub date: Option<String>,
    /// Only ever set by a sidecar: the text of a briefing rarely states its own address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One briefing of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Briefing {
    /// The file stem ("000_51789e34180bc4d3").
    pub id: String,
    /// Where it was read from (or, for the bundled seeds, `seeds/NAME.txt`).
    pub path: PathBuf,
    pub meta: Meta,
    pub text: String,
    /// Paragraph spans, in order, trimmed of surrounding whitespace.
    pub paragraphs: Vec<Span>,
    /// The speakers quoted or referred to, in order of first appearance.
    pub speakers: Vec<Speaker>,
    /// Sorted by start; see [`crate::annotation`] for the invariants.
    pub annotations: Vec<Annotation>,
}

impl Briefing {
    /// Annotate `text` with `lexicon` and wrap it as a briefing read from `path`.
    pub fn new(path: impl Into<PathBuf>, text: String, lexicon: &crate::Lexicon) -> Self {
        let path = path.into();
        let annotated = crate::annotate::annotate(&text, lexicon);
        Briefing {
            id: file_stem(&path),
            paragraphs: paragraphs(&text),
            path,
            meta: annotated.meta,
            text,
            speakers: annotated.speakers,
            annotations: annotated.annotations,
        }
    }

    /// The text of a span of this briefing.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }

    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.id == id)
    }

    /// The 1-based number of the paragraph holding byte `offset` (the `¶n` of a citation).
    pub fn paragraph_number(&self, offset: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end <= offset);
        (i < self.paragraphs.len()).then_some(i + 1)
    }

    /// Quotes and claims in reading order.
    pub fn speech(&self) -> impl Iterator<Item = (usize, &Annotation)> {
        self.annotations
            .iter()
            .enumerate()
            .filter(|(_, a)| a.kind.is_speech())
    }

    /// Number of quotes and of claims.
    pub fn speech_counts(&self) -> (usize, usize) {
        let quotes = self
            .annotations
            .iter()
            .filter(|a| a.kind == Kind::Quote)
            .count();
        let claims = self
            .annotations
            .iter()
            .filter(|a| a.kind == Kind::Claim)
            .count();
        (quotes, claims)
    }

    /// The title, or the first words of the text, for lists.
    pub fn display_title(&self) -> String {
        if let Some(title) = &self.meta.title {
            return title.clone();
        }
        let first = self
            .paragraphs
            .iter()
            .map(|p| self.slice(*p))
            .find(|p| !p.trim().is_empty() && !self.is_byline(p))
            .unwrap_or("");
        let mut words = first.split_whitespace();
        let head: Vec<&str> = words.by_ref().take(10).collect();
        let more = words.next().is_some();
        let mut s = head.join(" ");
        if more {
            s.push('…');
        }
        s
    }
}

impl Briefing {
    /// A short header line that states the author or the date the metadata was read from
    /// ("date 2023-10-01 Yury Kobzar12:52"): the first words of the article come after it.
    fn is_byline(&self, paragraph: &str) -> bool {
        paragraph.len() < 120
            && [&self.meta.author, &self.meta.date]
                .into_iter()
                .flatten()
                .any(|stated| paragraph.contains(stated.as_str()))
    }
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Paragraph spans of `text`.
///
/// Briefings come in two layouts: one paragraph per line (blank lines optional), and hard-wrapped
/// prose where paragraphs are blocks separated by blank lines. A block of several short lines
/// (40 to 80 chars but the last, none ending a sentence) is taken as hard-wrapped and kept as one
/// paragraph; otherwise every non-blank line is a paragraph.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut block: Vec<Span> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let span = trimmed(text, Span::new(offset, offset + content.len()));
        offset += line.len();
        if span.is_empty() {
            flush_block(text, &mut block, &mut out);
        } else {
            block.push(span);
        }
    }
    flush_block(text, &mut block, &mut out);
    out
}

fn flush_block(text: &str, block: &mut Vec<Span>, out: &mut Vec<Span>) {
    let hard_wrapped = block.len() > 1
        && block[..block.len() - 1].iter().all(|l| {
            (40..80).contains(&l.len()) && !l.slice(text).ends_with(['.', '!', '?', ':', '"', '”'])
        });
    if hard_wrapped {
        out.push(Span::new(block[0].start, block[block.len() - 1].end));
    } else {
        out.extend(block.iter().copied());
    }
    block.clear();
}

/// `span` without leading and trailing whitespace.
pub fn trimmed(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.end - (s.len() - s.trim_end().len());
    Span::new(start, end.max(start))
}

/// Why a briefing could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not UTF-8 text (first invalid byte at offset {offset})")]
    NotUtf8 { path: PathBuf, offset: usize },
}

impl LoadError {
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Io { path, .. } | LoadError::NotUtf8 { path, .. } => path,
        }
    }
}

/// Read a briefing's text, insisting on UTF-8 (offsets are byte offsets into these bytes, so a
/// lossy conversion would silently move every span after the first bad byte).
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|e| LoadError::NotUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        paragraphs(text)
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn one_paragraph_per_line_with_or_without_blank_lines() {
        assert_eq!(texts("A b.\nC d.\n"), ["A b.", "C d."]);
        assert_eq!(texts("A b.\n\n  C d.  \n\n"), ["A b.", "C d."]);
        assert_eq!(texts("Headline\nBody text.\n"), ["Headline", "Body text."]);
    }

    #[test]
    fn hard_wrapped_blocks_are_one_paragraph() {
        let text = "The minister said on Tuesday that the border\nwas calm.\n\nNext one.\n";
        assert_eq!(
            texts(text),
            [
                "The minister said on Tuesday that the border\nwas calm.",
                "Next one."
            ]
        );
    }

    #[test]
    fn paragraph_numbers() {
        let lex = crate::Lexicon::builtin();
        let b = Briefing::new("x/a.txt", "One.\n\nTwo.\n".to_string(), &lex);
        assert_eq!(b.id, "a");
        assert_eq!(b.paragraph_number(0), Some(1));
        assert_eq!(b.paragraph_number(6), Some(2));
        assert_eq!(
            b.paragraph_number(5),
            Some(2),
            "a gap counts as the next paragraph"
        );
        assert_eq!(b.paragraph_number(99), None);
    }

    #[test]
    fn display_title_skips_the_byline_the_metadata_came_from() {
        let lex = crate::Lexicon::builtin();
        let mut b = Briefing::new(
            "a.txt",
            "By Jane Roe\n\nTroops moved north.".to_string(),
            &lex,
        );
        b.meta.author = Some("Jane Roe".into());
        assert_eq!(b.display_title(), "Troops moved north.");
        b.meta.author = None;
        assert_eq!(b.display_title(), "By Jane Roe");
    }

    #[test]
    fn display_title_falls_back_to_first_words() {
        let lex = crate::Lexicon::builtin();
        let text = "one two three four five six seven eight nine ten eleven.".to_string();
        let b = Briefing::new("a.txt", text, &lex);
        assert_eq!(
            b.display_title(),
            "one two three four five six seven eight nine ten…"
        );
    }
}
