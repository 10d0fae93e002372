//! Helpers shared by the sidecar tests: a briefing on disk with hand-made automatic
//! annotations (the tests never depend on what the annotator finds).
#![allow(dead_code)]

use dossier::sidecar::{SidecarStatus, apply_beside};
use dossier::{Annotation, Briefing, Kind, Lexicon, Span, Speaker, SpeakerKind};
use std::path::{Path, PathBuf};

pub const TEXT: &str = "Kosovo braces for a tense winter\n\
Security analyst Avni Islami said the Balkans must be armed against new threats. \
\"We cannot wait for Brussels,\" he told the Telegraph.\n\
According to NATO, more than 4,600 peacekeepers remain in Kosovo.\n\
Prime Minister Albin Kurti said: \"The north is calm.\"\n";

/// The span of the first occurrence of `needle` in `text`.
pub fn span_of(text: &str, needle: &str) -> Span {
    let start = text.find(needle).unwrap_or(usize::MAX / 2);
    Span::new(start, start + needle.len())
}

/// Automatic annotations as an annotator could have made them: two quotes (the second wrongly
/// attributed to Islami), two speakers, one of them a misspelt duplicate.
pub fn automatic(text: &str) -> (Vec<Speaker>, Vec<Annotation>) {
    let speakers = vec![
        Speaker::new("Avni Islami", SpeakerKind::Person),
        Speaker::new("Albin Kurti", SpeakerKind::Person),
        Speaker::new("Islam", SpeakerKind::Person),
    ];
    let mut annotations = Vec::new();
    if text.contains("We cannot wait for Brussels,") {
        annotations.push(
            Annotation::new(Kind::Quote, span_of(text, "We cannot wait for Brussels,"))
                .with_speaker("avni-islami"),
        );
    }
    if text.contains("The north is calm.") {
        annotations.push(
            Annotation::new(Kind::Quote, span_of(text, "The north is calm."))
                .with_speaker("avni-islami"),
        );
    }
    if text.contains("NATO") {
        annotations.push(Annotation::new(Kind::Entity, span_of(text, "NATO")));
    }
    dossier::annotation::normalize(&mut annotations);
    (speakers, annotations)
}

/// A temporary directory holding `NAME.txt` with `text`.
pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub txt: PathBuf,
}

impl Fixture {
    pub fn new(text: &str) -> std::io::Result<Fixture> {
        let dir = tempfile::tempdir()?;
        let txt = dir.path().join("brief.txt");
        std::fs::write(&txt, text)?;
        Ok(Fixture { dir, txt })
    }

    pub fn sidecar(&self) -> PathBuf {
        dossier::sidecar::sidecar_path(&self.txt)
    }

    /// Load the briefing as the library does: read, annotate (by hand), apply the sidecar.
    pub fn load(&self) -> std::io::Result<(Briefing, SidecarStatus)> {
        let text = std::fs::read_to_string(&self.txt)?;
        Ok(load_with(&self.txt, text))
    }
}

pub fn load_with(path: &Path, text: String) -> (Briefing, SidecarStatus) {
    let mut briefing = Briefing::new(path, text, &Lexicon::builtin());
    let (speakers, annotations) = automatic(&briefing.text);
    briefing.speakers = speakers;
    briefing.annotations = annotations;
    let status = apply_beside(&mut briefing);
    (briefing, status)
}

/// (kind, text, speaker, origin) of every annotation, for comparisons that read well.
pub fn summary(b: &Briefing) -> Vec<(Kind, String, Option<String>, dossier::Origin)> {
    b.annotations
        .iter()
        .map(|a| {
            (
                a.kind,
                b.slice(a.span).to_string(),
                a.speaker.clone(),
                a.origin,
            )
        })
        .collect()
}
