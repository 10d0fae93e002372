//! Sidecar files: a person's corrections to a briefing, kept beside it as `NAME.dossier.toml`.
//!
//! The annotator is sometimes wrong; an analyst's fix must never be lost, not even when the
//! briefing's text is edited later. So corrections live in a plain TOML file next to the text,
//! one table per entry (diffs and merges well in git), every span anchored by its text and
//! context rather than by offset alone (see [`anchor`]):
//!
//! - `[meta]` overrides title, outlet, author, date, url;
//! - `[[speaker]]` defines or corrects a speaker and can merge automatic speakers into it;
//! - `[[annotation]]` adds a quote, claim or entity (origin `manual`);
//! - `[[reject]]` removes an automatic annotation; `[[change]]` re-attributes one.
//!
//! The sidecar wins over the annotator ([`apply`]). An entry that can no longer be anchored is
//! *orphaned*: reported, kept in the file, never dropped. Edits go through [`store`], which
//! saves atomically and never overwrites a file it could not parse.

pub mod anchor;
mod apply;
mod comments;
mod edit;
pub mod store;
mod write;

pub use anchor::{Anchor, Method, Resolution};
pub use apply::{Applied, EntryRef, Outcome, Problem, apply};
pub use edit::{Edit, SpeakerChoice};
pub use store::{SaveError, SidecarStore};
pub use write::to_toml;

use crate::annotation::{EntityKind, Kind};
use crate::speaker::SpeakerKind;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The sidecar path of a briefing: `NAME.txt` → `NAME.dossier.toml`, in the same directory.
pub fn sidecar_path(txt_path: &Path) -> PathBuf {
    let stem = txt_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    txt_path.with_file_name(format!("{stem}.dossier.toml"))
}

/// The contents of one sidecar file. Field order here is the order in the file.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sidecar {
    #[serde(default, skip_serializing_if = "MetaOverride::is_empty")]
    pub meta: MetaOverride,
    #[serde(default, rename = "speaker", skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<SpeakerEntry>,
    #[serde(default, rename = "annotation", skip_serializing_if = "Vec::is_empty")]
    pub annotations: Vec<AnnotationEntry>,
    #[serde(default, rename = "reject", skip_serializing_if = "Vec::is_empty")]
    pub rejects: Vec<RejectEntry>,
    #[serde(default, rename = "change", skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<ChangeEntry>,
}

/// `[meta]`: what a person states about the article, overriding what was read from its text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetaOverride {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The publication (the `source` of [`crate::Meta`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl MetaOverride {
    pub fn is_empty(&self) -> bool {
        *self == MetaOverride::default()
    }
}

/// `[[speaker]]`: define a speaker, correct an automatic one, or merge automatic ones into it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeakerEntry {
    /// The speaker id annotations refer to; defaults to the id of `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Required for a new speaker; for an automatic one, replaces the name the annotator chose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SpeakerKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Surface forms of this speaker. An automatic speaker whose name is one of them is merged
    /// into this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Ids of automatic speakers that are really this one: their annotations move here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merge: Vec<String>,
}

impl SpeakerEntry {
    /// The id this entry defines: `id`, else the id of `name`.
    pub fn resolved_id(&self) -> Option<String> {
        self.id
            .clone()
            .or_else(|| self.name.as_deref().map(crate::speaker::speaker_id))
    }
}

/// `[[annotation]]`: a quote, claim or entity a person added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnnotationEntry {
    pub kind: Kind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<EntityKind>,
    pub exact: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
    /// Byte offset where the text was when the entry was made; only a hint.
    #[serde(default)]
    pub start: usize,
}

/// `[[reject]]`: an automatic annotation that is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RejectEntry {
    pub kind: Kind,
    pub exact: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
    /// Byte offset where the text was when the entry was made; only a hint.
    #[serde(default)]
    pub start: usize,
}

/// `[[change]]`: an automatic annotation attributed to the wrong speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeEntry {
    pub kind: Kind,
    /// The speaker id it really belongs to.
    pub speaker: String,
    pub exact: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
    /// Byte offset where the text was when the entry was made; only a hint.
    #[serde(default)]
    pub start: usize,
}

/// Entries anchored to a span of the text. Each writes its anchor inline as `exact`,
/// `prefix`, `suffix` and `start` (serde cannot deny unknown keys through a flattened struct,
/// and a typo in a hand-edited sidecar must be an error, not a silently ignored key).
pub trait Anchored {
    fn anchor(&self) -> Anchor;
    fn kind(&self) -> Kind;
}

macro_rules! anchored {
    ($($entry:ty),*) => {$(
        impl Anchored for $entry {
            fn anchor(&self) -> Anchor {
                Anchor {
                    exact: self.exact.clone(),
                    prefix: self.prefix.clone(),
                    suffix: self.suffix.clone(),
                    start: self.start,
                }
            }
            fn kind(&self) -> Kind {
                self.kind
            }
        }
    )*};
}

anchored!(AnnotationEntry, RejectEntry, ChangeEntry);

/// The 1-based line of each entry's table header, for messages ("file:line").
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EntryLines {
    pub speaker: Vec<usize>,
    pub annotation: Vec<usize>,
    pub reject: Vec<usize>,
    pub change: Vec<usize>,
}

impl EntryLines {
    /// Find the header line of every `[[section]]` in `source`.
    fn scan(source: &str) -> EntryLines {
        let mut lines = EntryLines::default();
        for (n, line) in source.lines().enumerate() {
            let Some(inner) = line
                .trim()
                .strip_prefix("[[")
                .and_then(|l| l.split(']').next())
            else {
                continue;
            };
            let list = match inner.trim() {
                "speaker" => &mut lines.speaker,
                "annotation" => &mut lines.annotation,
                "reject" => &mut lines.reject,
                "change" => &mut lines.change,
                _ => continue,
            };
            list.push(n + 1);
        }
        lines
    }

    /// The line of entry `index` of `section`, if known.
    pub fn of(&self, entry: EntryRef) -> Option<usize> {
        let list = match entry {
            EntryRef::Speaker(_) => &self.speaker,
            EntryRef::Annotation(_) => &self.annotation,
            EntryRef::Reject(_) => &self.reject,
            EntryRef::Change(_) => &self.change,
        };
        list.get(entry.index()).copied()
    }
}

/// A sidecar that does not parse, with where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}:{line}:{column}: {message}", path.display())]
pub struct ParseError {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Parse a sidecar's text; `path` only names it in errors.
pub fn parse(source: &str, path: &Path) -> Result<(Sidecar, EntryLines), ParseError> {
    match toml::from_str::<Sidecar>(source) {
        Ok(sidecar) => Ok((sidecar, EntryLines::scan(source))),
        Err(e) => {
            let (line, column) = e
                .span()
                .map_or((1, 1), |span| crate::text::line_col(source, span.start));
            Err(ParseError {
                path: path.to_path_buf(),
                line,
                column,
                message: e.message().trim().to_string(),
            })
        }
    }
}

/// Read and parse the sidecar beside `txt_path`. `Ok(None)` when there is none.
pub fn load_beside(txt_path: &Path) -> Result<Option<(Sidecar, EntryLines)>, SidecarError> {
    let path = sidecar_path(txt_path);
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(SidecarError::Io { path, source }),
    };
    let text = decode(&bytes, &path)?;
    Ok(Some(parse(text, &path)?))
}

/// `bytes` as UTF-8, or a parse error at the first bad byte.
fn decode<'a>(bytes: &'a [u8], path: &Path) -> Result<&'a str, ParseError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        let (line, column) =
            crate::text::line_col(std::str::from_utf8(valid).unwrap_or(""), valid.len());
        ParseError {
            path: path.to_path_buf(),
            line,
            column,
            message: format!(
                "not UTF-8 (first invalid byte at offset {})",
                e.valid_up_to()
            ),
        }
    })
}

/// Why a sidecar could not be used.
#[derive(Debug, thiserror::Error)]
pub enum SidecarError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Parse(#[from] ParseError),
}

/// What applying the sidecar beside a briefing did, kept by the library per briefing so the
/// reader and `dossier check` can show it.
#[derive(Debug, Clone, Default)]
pub struct SidecarStatus {
    /// The sidecar's path (whether or not it exists).
    pub path: PathBuf,
    /// Whether a sidecar file was found.
    pub present: bool,
    /// Set when the sidecar could not be read or parsed: the briefing then keeps its automatic
    /// annotations untouched.
    pub error: Option<String>,
    /// Entry lines, for messages.
    pub lines: EntryLines,
    /// What each entry did; problems (orphans among them) are listed here.
    pub applied: Applied,
    /// The sidecar as parsed, so a reader can show the text of orphaned entries
    /// (`applied.problems[..].entry` indexes into it). `None` when absent or unparseable.
    pub sidecar: Option<Sidecar>,
}

impl SidecarStatus {
    /// Problems as `file:line: message` lines, the parse error first.
    pub fn messages(&self) -> Vec<String> {
        let mut out: Vec<String> = self.error.iter().cloned().collect();
        for problem in &self.applied.problems {
            let line = self.lines.of(problem.entry).unwrap_or(0);
            out.push(format!(
                "{}:{line}: {}",
                self.path.display(),
                problem.message
            ));
        }
        out
    }

    pub fn is_ok(&self) -> bool {
        self.error.is_none() && self.applied.problems.is_empty()
    }
}

/// Apply the sidecar beside `briefing`'s file, if any, and say what happened. A sidecar that
/// cannot be read or parsed leaves the briefing as the annotator made it.
pub fn apply_beside(briefing: &mut crate::Briefing) -> SidecarStatus {
    let path = sidecar_path(&briefing.path);
    let mut status = SidecarStatus {
        path: path.clone(),
        ..SidecarStatus::default()
    };
    match load_beside(&briefing.path) {
        Ok(None) => {}
        Ok(Some((sidecar, lines))) => {
            status.present = true;
            status.applied = apply(&sidecar, briefing);
            status.lines = lines;
            status.sidecar = Some(sidecar);
        }
        Err(e) => {
            status.present = !matches!(&e, SidecarError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound);
            status.error = Some(e.to_string());
        }
    }
    status
}

/// Sidecars under `paths` (files named `*.dossier.toml` or directories searched recursively)
/// that have no `NAME.txt` beside them: corrections that apply to nothing.
pub fn stray_sidecars(paths: &[PathBuf]) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return; // unreadable directories are reported by the library load
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut files);
        } else {
            files.push(path.clone());
        }
    }
    files
        .into_iter()
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".dossier.toml"))
                .is_some_and(|stem| !p.with_file_name(format!("{stem}.txt")).exists())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"
[meta]
outlet = "Telegraphy"

[[speaker]]
name = "Avni Islami"
kind = "person"
aliases = ["Islam"]

[[annotation]]
kind = "claim"
speaker = "avni-islami"
exact = "the Balkans must be armed"
prefix = "Islami said "
suffix = "."
start = 120
"#;

    #[test]
    fn parses_and_finds_entry_lines() -> Result<(), ParseError> {
        let (sidecar, lines) = parse(EXAMPLE, Path::new("a.dossier.toml"))?;
        assert_eq!(sidecar.meta.outlet.as_deref(), Some("Telegraphy"));
        assert_eq!(
            sidecar.speakers[0].resolved_id().as_deref(),
            Some("avni-islami")
        );
        assert_eq!(sidecar.annotations[0].start, 120);
        assert_eq!(lines.speaker, [5]);
        assert_eq!(lines.annotation, [10]);
        Ok(())
    }

    #[test]
    fn serialises_back_to_the_same_sidecar() -> Result<(), ParseError> {
        let (sidecar, _) = parse(EXAMPLE, Path::new("a.dossier.toml"))?;
        let written = to_toml(&sidecar);
        let (again, _) = parse(&written, Path::new("a.dossier.toml"))?;
        assert_eq!(again, sidecar);
        assert!(
            written.contains("[[annotation]]\nkind = \"claim\""),
            "{written}"
        );
        Ok(())
    }

    #[test]
    fn errors_name_file_line_and_column() {
        let bad = "[[annotation]]\nkind = \"claim\"\nexact = \"x\"\nspeakr = \"a\"\n";
        let err = parse(bad, Path::new("dir/a.dossier.toml")).err();
        let msg = err.map(|e| e.to_string()).unwrap_or_default();
        assert!(msg.starts_with("dir/a.dossier.toml:4:1: "), "{msg}");
        assert!(msg.contains("speakr"), "{msg}");
    }

    #[test]
    fn sidecar_path_sits_beside_the_text() {
        assert_eq!(
            sidecar_path(Path::new("a/b/000_x.txt")),
            Path::new("a/b/000_x.dossier.toml")
        );
    }
}
