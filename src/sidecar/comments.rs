//! The comments a person wrote in a sidecar, carried over when dossier rewrites it.
//!
//! Sidecars are meant to be edited by hand too, and a note such as `# checked against the
//! original interview` is work. dossier writes the whole file anew on every save (one value
//! per line, a fixed key order: see `write`), so it first reads the comments of the file it
//! replaces with toml_edit, which keeps them, and writes each one back above its entry. An
//! entry is recognised by what identifies it, not by its position: `[meta]`; a speaker's `id`
//! and `name`; an anchored entry's section, `kind`, `exact` and `start` (so a comment stays
//! with a claim whose speaker was changed). Comments inside an entry or after a value move
//! above its header. Comments of an entry that is removed go with it.

use super::write::HEADER;
use super::{AnnotationEntry, ChangeEntry, RejectEntry, SpeakerEntry};
use toml_edit::{DocumentMut, Item, RawString, Table};

/// What identifies an entry across rewrites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryKey {
    Meta,
    Speaker {
        id: Option<String>,
        name: Option<String>,
    },
    Anchored {
        section: &'static str,
        kind: String,
        exact: String,
        start: u64,
    },
}

impl EntryKey {
    pub fn speaker(e: &SpeakerEntry) -> EntryKey {
        EntryKey::Speaker {
            id: e.id.clone(),
            name: e.name.clone(),
        }
    }

    pub fn annotation(e: &AnnotationEntry) -> EntryKey {
        Self::anchored("annotation", e.kind.as_str(), &e.exact, e.start)
    }

    pub fn reject(e: &RejectEntry) -> EntryKey {
        Self::anchored("reject", e.kind.as_str(), &e.exact, e.start)
    }

    pub fn change(e: &ChangeEntry) -> EntryKey {
        Self::anchored("change", e.kind.as_str(), &e.exact, e.start)
    }

    fn anchored(section: &'static str, kind: &str, exact: &str, start: usize) -> EntryKey {
        EntryKey::Anchored {
            section,
            kind: kind.to_string(),
            exact: exact.to_string(),
            start: u64::try_from(start).unwrap_or(u64::MAX),
        }
    }

    /// The key of a table of the parsed file, as [`EntryKey::annotation`] and the others
    /// compute it from the typed entry.
    fn of_table(section: &'static str, table: &Table) -> EntryKey {
        let text = |key: &str| table.get(key).and_then(Item::as_str).map(str::to_string);
        match section {
            "speaker" => EntryKey::Speaker {
                id: text("id"),
                name: text("name"),
            },
            _ => EntryKey::Anchored {
                section,
                kind: text("kind").unwrap_or_default(),
                exact: text("exact").unwrap_or_default(),
                start: table
                    .get("start")
                    .and_then(Item::as_integer)
                    .and_then(|n| u64::try_from(n).ok())
                    .unwrap_or(0),
            },
        }
    }
}

/// Comment lines of a sidecar, by entry, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Comments {
    entries: Vec<(EntryKey, Vec<String>)>,
    /// After the last entry.
    trailing: Vec<String>,
}

impl Comments {
    /// The comments of `source`; none when it does not parse (it is then never rewritten).
    pub fn of(source: &str) -> Comments {
        let Ok(doc) = source.parse::<DocumentMut>() else {
            return Comments::default();
        };
        let mut comments = Comments {
            entries: Vec::new(),
            trailing: comment_lines(Some(doc.trailing())),
        };
        let mut add = |key: EntryKey, table: &Table| {
            let lines = table_comments(table);
            if !lines.is_empty() {
                comments.entries.push((key, lines));
            }
        };
        if let Some(meta) = doc.get("meta").and_then(Item::as_table) {
            add(EntryKey::Meta, meta);
        }
        for section in ["speaker", "annotation", "reject", "change"] {
            let Some(tables) = doc.get(section).and_then(Item::as_array_of_tables) else {
                continue;
            };
            for table in tables.iter() {
                add(EntryKey::of_table(section, table), table);
            }
        }
        comments
    }

    /// Takes the comments of the first entry with this key (each entry's are written once).
    pub fn take(&mut self, key: &EntryKey) -> Vec<String> {
        match self.entries.iter().position(|(k, _)| k == key) {
            Some(i) => self.entries.remove(i).1,
            None => Vec::new(),
        }
    }

    pub fn trailing(&self) -> &[String] {
        &self.trailing
    }
}

/// Comments before the table's header, inside it (before a key) and after its values.
fn table_comments(table: &Table) -> Vec<String> {
    let mut lines = comment_lines(table.decor().prefix());
    for (key, item) in table.iter() {
        if let Some(key) = table.key(key) {
            lines.extend(comment_lines(key.leaf_decor().prefix()));
        }
        if let Some(value) = item.as_value() {
            lines.extend(comment_lines(value.decor().suffix()));
        }
    }
    lines
}

/// A line of the header dossier writes, now or in an earlier version.
fn is_own_header(line: &str) -> bool {
    const EARLIER: &str = "# Format: see the dossier README (\"Sidecar files\"). Comments are not kept when dossier saves.";
    line == EARLIER || HEADER.lines().any(|h| h == line)
}

/// The comment lines of a stretch of whitespace and comments, trimmed, without the header
/// dossier writes itself.
fn comment_lines(raw: Option<&RawString>) -> Vec<String> {
    let Some(raw) = raw.and_then(RawString::as_str) else {
        return Vec::new();
    };
    raw.lines()
        .map(str::trim)
        .filter(|l| l.starts_with('#') && !is_own_header(l))
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::write::{HEADER, to_toml_keeping};
    use super::super::{ParseError, parse};
    use super::*;
    use std::path::Path;

    const HAND_WRITTEN: &str = r#"# dossier sidecar: corrections to the annotations of the briefing beside it.
# Format: see the dossier README ("Sidecar files"). Comments stay with their entry.
# Reviewed by M. against the print edition.

[meta]
title = "Talks stall"  # the web title differs

# She is a minister, not an analyst.
[[speaker]]
id = "ana-k"
name = "Ana K"

# From the radio interview.
[[annotation]]
kind = "claim"
# the speaker is implied by the previous paragraph
speaker = "ana-k"
exact = "talks had stalled"
start = 40

[[annotation]]
kind = "quote"
exact = "We will not back down"
start = 120

# Not a quote: the name of a campaign.
[[reject]]
kind = "quote"
exact = "Fair Play"
start = 7

# end of review
"#;

    fn lines(text: &str) -> Vec<&str> {
        text.lines().collect()
    }

    /// The line right before `header`'s n-th occurrence and the one before that.
    fn before(text: &str, needle: &str) -> Vec<String> {
        let all = lines(text);
        let at = all.iter().position(|l| *l == needle).unwrap_or(0);
        all[at.saturating_sub(2)..at]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn comments_follow_their_entries_through_a_rewrite() -> Result<(), ParseError> {
        let path = Path::new("a.dossier.toml");
        let (mut sidecar, _) = parse(HAND_WRITTEN, path)?;
        // An edit: the claim gets another speaker, the reject is undone, a quote moves first.
        sidecar.annotations[0].speaker = Some("someone-else".into());
        sidecar.rejects.clear();
        sidecar.annotations.swap(0, 1);

        let text = to_toml_keeping(&sidecar, Comments::of(HAND_WRITTEN));
        assert_eq!(parse(&text, path)?.0, sidecar, "{text}");
        assert!(text.starts_with(HEADER), "{text}");
        assert_eq!(text.matches("Comments stay with their entry").count(), 1);
        // The file's first own comment stood above [meta]; the end-of-line one joins it.
        assert_eq!(
            before(&text, "[meta]"),
            [
                "# Reviewed by M. against the print edition.",
                "# the web title differs"
            ]
        );
        assert_eq!(
            before(&text, "[[speaker]]")[1],
            "# She is a minister, not an analyst."
        );
        // The claim moved to second place and changed speaker: its comments moved with it.
        let claim = text.find("exact = \"talks had stalled\"").unwrap_or(0);
        let quote = text.find("exact = \"We will not back down\"").unwrap_or(0);
        let radio = text.find("# From the radio interview.").unwrap_or(0);
        let implied = text.find("# the speaker is implied").unwrap_or(0);
        assert!(
            quote < radio && radio < implied && implied < claim,
            "{text}"
        );
        // The removed entry's comment went with it; the end of the file stayed.
        assert!(!text.contains("Fair Play") && !text.contains("name of a campaign"));
        assert!(text.trim_end().ends_with("# end of review"), "{text}");
        Ok(())
    }

    #[test]
    fn the_header_of_an_earlier_version_is_not_taken_for_a_comment() {
        let old = "# dossier sidecar: corrections to the annotations of the briefing beside it.\n\
                   # Format: see the dossier README (\"Sidecar files\"). Comments are not kept when dossier saves.\n\
                   \n[[reject]]\nkind = \"quote\"\nexact = \"x\"\nstart = 0\n";
        assert_eq!(Comments::of(old), Comments::default());
    }

    #[test]
    fn a_file_that_does_not_parse_has_no_comments_to_keep() {
        assert_eq!(Comments::of("# note\n[[annotation]\n"), Comments::default());
    }

    #[test]
    fn without_comments_the_text_is_the_plain_rewrite() -> Result<(), ParseError> {
        let path = Path::new("a.dossier.toml");
        let (sidecar, _) = parse(HAND_WRITTEN, path)?;
        let plain = super::super::to_toml(&sidecar);
        let kept = to_toml_keeping(&sidecar, Comments::of(&plain));
        assert_eq!(kept, plain);
        Ok(())
    }
}
