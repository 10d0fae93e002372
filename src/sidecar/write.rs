//! Writing a sidecar: one table per entry, one line per key, a fixed key order.
//!
//! Written by hand rather than with `toml::to_string` so that every value stays on its own
//! line (newlines inside `exact`, `prefix` or `suffix` are escaped, not turned into
//! multi-line strings): a line-based diff or merge then sees exactly the keys that changed.

use super::comments::{Comments, EntryKey};
use super::{AnnotationEntry, ChangeEntry, RejectEntry, Sidecar};
use std::fmt::Write;

pub(super) const HEADER: &str = "# dossier sidecar: corrections to the annotations of the briefing beside it.\n\
# Format: see the dossier README (\"Sidecar files\"). Comments stay with their entry.\n";

/// The text of a sidecar file: a header comment, `[meta]`, then `[[speaker]]`,
/// `[[annotation]]`, `[[reject]]` and `[[change]]` entries in their order.
pub fn to_toml(sidecar: &Sidecar) -> String {
    to_toml_keeping(sidecar, Comments::default())
}

/// [`to_toml`], with the comments of the file it replaces written back above their entries
/// (see [`Comments`]).
pub fn to_toml_keeping(sidecar: &Sidecar, mut comments: Comments) -> String {
    let mut w = Writer {
        out: HEADER.to_string(),
        comments: &mut comments,
    };
    let m = &sidecar.meta;
    if !m.is_empty() {
        w.table("[meta]", &EntryKey::Meta);
        w.opt("title", m.title.as_deref());
        w.opt("outlet", m.outlet.as_deref());
        w.opt("author", m.author.as_deref());
        w.opt("date", m.date.as_deref());
        w.opt("url", m.url.as_deref());
    }
    for e in &sidecar.speakers {
        w.table("[[speaker]]", &EntryKey::speaker(e));
        w.opt("id", e.id.as_deref());
        w.opt("name", e.name.as_deref());
        w.opt("kind", e.kind.map(|k| k.as_str()));
        w.opt("role", e.role.as_deref());
        w.opt("affiliation", e.affiliation.as_deref());
        w.list("aliases", &e.aliases);
        w.list("merge", &e.merge);
    }
    for e in &sidecar.annotations {
        let AnnotationEntry {
            kind,
            speaker,
            entity,
            exact,
            prefix,
            suffix,
            start,
        } = e;
        w.table("[[annotation]]", &EntryKey::annotation(e));
        w.string("kind", kind.as_str());
        w.opt("speaker", speaker.as_deref());
        w.opt("entity", entity.map(|k| k.as_str()));
        w.anchor(exact, prefix, suffix, *start);
    }
    for e in &sidecar.rejects {
        let RejectEntry {
            kind,
            exact,
            prefix,
            suffix,
            start,
        } = e;
        w.table("[[reject]]", &EntryKey::reject(e));
        w.string("kind", kind.as_str());
        w.anchor(exact, prefix, suffix, *start);
    }
    for e in &sidecar.changes {
        let ChangeEntry {
            kind,
            speaker,
            exact,
            prefix,
            suffix,
            start,
        } = e;
        w.table("[[change]]", &EntryKey::change(e));
        w.string("kind", kind.as_str());
        w.string("speaker", speaker);
        w.anchor(exact, prefix, suffix, *start);
    }
    let trailing = w.comments.trailing().to_vec();
    if !trailing.is_empty() {
        w.out.push('\n');
        for line in trailing {
            let _ = writeln!(w.out, "{line}");
        }
    }
    w.out
}

struct Writer<'c> {
    out: String,
    comments: &'c mut Comments,
}

impl Writer<'_> {
    /// A blank line, the entry's comments, its header.
    fn table(&mut self, header: &str, key: &EntryKey) {
        self.out.push('\n');
        for line in self.comments.take(key) {
            let _ = writeln!(self.out, "{line}");
        }
        let _ = writeln!(self.out, "{header}");
    }

    fn string(&mut self, key: &str, value: &str) {
        let _ = writeln!(self.out, "{key} = {}", quoted(value));
    }

    fn opt(&mut self, key: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.string(key, value);
        }
    }

    fn list(&mut self, key: &str, values: &[String]) {
        if values.is_empty() {
            return;
        }
        let items: Vec<String> = values.iter().map(|v| quoted(v)).collect();
        let _ = writeln!(self.out, "{key} = [{}]", items.join(", "));
    }

    fn anchor(&mut self, exact: &str, prefix: &str, suffix: &str, start: usize) {
        self.string("exact", exact);
        self.string("prefix", prefix);
        self.string("suffix", suffix);
        let _ = writeln!(self.out, "start = {start}");
    }
}

/// `s` as a one-line TOML basic string.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::super::{MetaOverride, SpeakerEntry, parse};
    use super::*;
    use crate::annotation::{EntityKind, Kind};
    use crate::speaker::SpeakerKind;
    use proptest::prelude::*;
    use std::path::Path;

    fn full(s: &str) -> Sidecar {
        let anchor = |k| AnnotationEntry {
            kind: k,
            speaker: Some(s.to_string()),
            entity: Some(EntityKind::Place),
            exact: s.to_string(),
            prefix: format!("{s}\n"),
            suffix: format!("\t{s}"),
            start: 7,
        };
        Sidecar {
            meta: MetaOverride {
                title: Some(s.into()),
                outlet: Some(s.into()),
                author: Some(s.into()),
                date: Some("2023-10-01".into()),
                url: Some(s.into()),
            },
            speakers: vec![SpeakerEntry {
                id: Some("x".into()),
                name: Some(s.into()),
                kind: Some(SpeakerKind::Group),
                role: Some(s.into()),
                affiliation: Some(s.into()),
                aliases: vec![s.into(), "b".into()],
                merge: vec!["c".into()],
            }],
            annotations: vec![anchor(Kind::Quote), anchor(Kind::Entity)],
            rejects: vec![RejectEntry {
                kind: Kind::Claim,
                exact: s.into(),
                prefix: String::new(),
                suffix: s.into(),
                start: 0,
            }],
            changes: vec![ChangeEntry {
                kind: Kind::Quote,
                speaker: s.into(),
                exact: s.into(),
                prefix: s.into(),
                suffix: String::new(),
                start: usize::MAX >> 12,
            }],
        }
    }

    #[test]
    fn every_field_round_trips_one_value_per_line() -> Result<(), super::super::ParseError> {
        let tricky = "He said \"no\" \\ then\nleft\r\u{7f}\u{1}—Vučić";
        let sidecar = full(tricky);
        let text = to_toml(&sidecar);
        let (again, lines) = parse(&text, Path::new("x.dossier.toml"))?;
        assert_eq!(again, sidecar);
        assert_eq!(lines.annotation.len(), 2);
        for line in text.lines().filter(|l| !l.is_empty()) {
            assert!(
                line.starts_with('#') || line.starts_with('[') || line.contains(" = "),
                "{line:?} in\n{text}"
            );
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn any_string_round_trips(s in any::<String>()) {
            let sidecar = full(&s);
            let parsed = parse(&to_toml(&sidecar), Path::new("x.dossier.toml"));
            prop_assert_eq!(parsed.ok().map(|(s, _)| s), Some(sidecar));
        }
    }
}
