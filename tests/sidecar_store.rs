//! Editing sidecars through the store: round trips, undo, concurrent changes, broken files.

mod common;

use common::{Fixture, TEXT, load_with, span_of, summary};
use dossier::sidecar::{MetaOverride, SaveError, SpeakerEntry, apply};
use dossier::{Edit, Kind, Lexicon, Library, Origin, SidecarStore, SpeakerChoice};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn existing(id: &str) -> SpeakerChoice {
    SpeakerChoice::Existing(id.to_string())
}

/// The edit most tests make: add Islami's reported claim about the Balkans.
fn islami_claim() -> Edit {
    Edit::Add {
        kind: Kind::Claim,
        span: span_of(TEXT, "the Balkans must be armed against new threats"),
        speaker: Some(existing("avni-islami")),
        entity: None,
    }
}

#[test]
fn load_edit_save_load_gives_the_same_annotations() -> TestResult {
    let fx = Fixture::new(TEXT)?;
    let mut store = SidecarStore::open(&fx.txt)?;
    let (mut shown, _) = fx.load()?;
    let edits = [
        islami_claim(),
        Edit::Reject {
            kind: Kind::Entity,
            span: span_of(TEXT, "NATO"),
        },
        Edit::ChangeSpeaker {
            kind: Kind::Quote,
            span: span_of(TEXT, "The north is calm."),
            speaker: SpeakerChoice::New("Albin Kurti".into()),
        },
    ];
    for edit in &edits {
        store.apply_edit(edit, &shown)?;
        let (reloaded, status) = fx.load()?;
        assert!(status.is_ok(), "{:?}", status.messages());
        // What the store holds, merged in memory, is what a fresh load from disk shows.
        let (mut in_memory, _) = load_with(&fx.txt, TEXT.to_string());
        in_memory.annotations = common::automatic(TEXT).1;
        in_memory.speakers = common::automatic(TEXT).0;
        let sidecar = store.sidecar().ok_or("store lost its sidecar")?;
        apply(sidecar, &mut in_memory);
        assert_eq!(summary(&in_memory), summary(&reloaded));
        shown = reloaded;
    }
    let expected = vec![
        (
            Kind::Claim,
            "the Balkans must be armed against new threats".to_string(),
            Some("avni-islami".to_string()),
            Origin::Manual,
        ),
        (
            Kind::Quote,
            "We cannot wait for Brussels,".to_string(),
            Some("avni-islami".to_string()),
            Origin::Auto,
        ),
        (
            Kind::Quote,
            "The north is calm.".to_string(),
            Some("albin-kurti".to_string()),
            Origin::Manual,
        ),
    ];
    assert_eq!(summary(&shown), expected);
    // A second store, as a later session would open it, sees the same sidecar.
    let again = SidecarStore::open(&fx.txt)?;
    assert_eq!(again.sidecar(), store.sidecar());
    let written = std::fs::read_to_string(fx.sidecar())?;
    for section in ["[[annotation]]", "[[reject]]", "[[change]]"] {
        assert_eq!(
            written.matches(section).count(),
            1,
            "{section} in\n{written}"
        );
    }
    assert!(
        !written.contains("[[speaker]]"),
        "Albin Kurti already exists:\n{written}"
    );
    Ok(())
}

#[test]
fn undo_walks_back_every_edit() -> TestResult {
    let fx = Fixture::new(TEXT)?;
    let (before, _) = fx.load()?;
    let mut store = SidecarStore::open(&fx.txt)?;
    store.apply_edit(
        &Edit::Add {
            kind: Kind::Quote,
            span: span_of(TEXT, "he told the Telegraph"),
            speaker: Some(SpeakerChoice::New("Jane Doe".into())),
            entity: None,
        },
        &before,
    )?;
    let (after_add, _) = fx.load()?;
    assert!(
        after_add.speaker("jane-doe").is_some(),
        "new speaker defined"
    );
    store.apply_edit(
        &Edit::Reject {
            kind: Kind::Quote,
            span: span_of(TEXT, "We cannot wait for Brussels,"),
        },
        &after_add,
    )?;
    assert_eq!(fx.load()?.0.annotations.len(), before.annotations.len());
    store.undo()?;
    assert_eq!(summary(&fx.load()?.0), summary(&after_add));
    store.undo()?;
    assert_eq!(summary(&fx.load()?.0), summary(&before));
    assert!(fx.load()?.0.speaker("jane-doe").is_none());
    assert!(matches!(store.undo(), Err(SaveError::NothingToUndo)));
    Ok(())
}

#[test]
fn rejecting_a_manual_annotation_removes_its_entry() -> TestResult {
    let fx = Fixture::new(TEXT)?;
    let (b, _) = fx.load()?;
    let span = span_of(TEXT, "more than 4,600 peacekeepers remain in Kosovo");
    let mut store = SidecarStore::open(&fx.txt)?;
    store.apply_edit(
        &Edit::Add {
            kind: Kind::Claim,
            span,
            speaker: None,
            entity: None,
        },
        &b,
    )?;
    let (b, _) = fx.load()?;
    store.apply_edit(
        &Edit::Reject {
            kind: Kind::Claim,
            span,
        },
        &b,
    )?;
    let sidecar = store.sidecar().ok_or("no sidecar")?;
    assert!(sidecar.annotations.is_empty() && sidecar.rejects.is_empty());
    Ok(())
}

#[test]
fn a_sidecar_changed_on_disk_is_reloaded_and_the_edit_reapplied() -> TestResult {
    let fx = Fixture::new(TEXT)?;
    let (b, _) = fx.load()?;
    let mut alice = SidecarStore::open(&fx.txt)?;
    let mut bob = SidecarStore::open(&fx.txt)?;
    let first = alice.apply_edit(&islami_claim(), &b)?;
    assert!(!first.reloaded);
    let second = bob.apply_edit(
        &Edit::Reject {
            kind: Kind::Entity,
            span: span_of(TEXT, "NATO"),
        },
        &b,
    )?;
    assert!(second.reloaded, "bob's store saw alice's save");
    let on_disk = SidecarStore::open(&fx.txt)?;
    let sidecar = on_disk.sidecar().ok_or("no sidecar")?;
    assert_eq!(
        (sidecar.annotations.len(), sidecar.rejects.len()),
        (1, 1),
        "both edits are kept"
    );
    // Alice undoes her edit; Bob's stays.
    alice.undo()?;
    let sidecar = SidecarStore::open(&fx.txt)?.sidecar().cloned();
    let sidecar = sidecar.ok_or("no sidecar")?;
    assert_eq!((sidecar.annotations.len(), sidecar.rejects.len()), (0, 1));
    Ok(())
}

#[test]
fn an_unparseable_sidecar_is_never_written() -> TestResult {
    let fx = Fixture::new(TEXT)?;
    let broken =
        b"[[annotation]]\nkind = \"claim\"\nexact = \"unterminated\n# \xff not even utf-8\n";
    std::fs::write(fx.sidecar(), broken)?;
    let (b, status) = fx.load()?;
    let error = status
        .error
        .clone()
        .ok_or("a broken sidecar must be reported")?;
    let path = fx.sidecar().display().to_string();
    assert!(error.starts_with(&format!("{path}:")), "{error}");
    assert_eq!(
        summary(&b),
        summary(&load_with_no_sidecar(&b)),
        "automatic annotations kept"
    );
    let mut store = SidecarStore::open(&fx.txt)?;
    let attempt = store.apply_edit(
        &Edit::Reject {
            kind: Kind::Entity,
            span: span_of(TEXT, "NATO"),
        },
        &b,
    );
    let Err(SaveError::Unparseable(e)) = attempt else {
        return Err(format!("expected a parse error, got {attempt:?}").into());
    };
    assert!(e.to_string().starts_with(&format!("{path}:")), "{e}");
    assert_eq!(
        std::fs::read(fx.sidecar())?,
        broken,
        "byte for byte unchanged"
    );
    // Once someone fixes the file, the same store edits it again.
    std::fs::write(fx.sidecar(), "[meta]\ntitle = \"Fixed\"\n")?;
    store.apply_edit(
        &Edit::Reject {
            kind: Kind::Entity,
            span: span_of(TEXT, "NATO"),
        },
        &b,
    )?;
    let (b, status) = fx.load()?;
    assert!(status.is_ok(), "{:?}", status.messages());
    assert_eq!(b.meta.title.as_deref(), Some("Fixed"));
    assert!(b.annotations.iter().all(|a| a.kind != Kind::Entity));
    Ok(())
}

fn load_with_no_sidecar(b: &dossier::Briefing) -> dossier::Briefing {
    let mut plain = b.clone();
    let (speakers, annotations) = common::automatic(&b.text);
    plain.speakers = speakers;
    plain.annotations = annotations;
    plain
}

#[test]
fn speakers_are_defined_merged_and_meta_overridden() -> TestResult {
    let fx = Fixture::new(TEXT)?;
    let (b, _) = fx.load()?;
    let mut store = SidecarStore::open(&fx.txt)?;
    store.apply_edit(
        &Edit::MergeSpeakers {
            into: "avni-islami".into(),
            from: "islam".into(),
        },
        &b,
    )?;
    store.apply_edit(
        &Edit::DefineSpeaker(SpeakerEntry {
            name: Some("Avni Islami".into()),
            role: Some("security analyst".into()),
            affiliation: Some("Kosovo Center for Security Studies".into()),
            ..SpeakerEntry::default()
        }),
        &b,
    )?;
    store.apply_edit(
        &Edit::SetMeta(MetaOverride {
            outlet: Some("Telegraphy".into()),
            date: Some("2023-10-01".into()),
            ..MetaOverride::default()
        }),
        &b,
    )?;
    let (b, status) = fx.load()?;
    assert!(status.is_ok(), "{:?}", status.messages());
    let ids: Vec<&str> = b.speakers.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["avni-islami", "albin-kurti"], "islam merged away");
    let islami = b.speaker("avni-islami").ok_or("no Islami")?;
    assert_eq!(islami.aliases, ["Islam"]);
    assert_eq!(islami.role.as_deref(), Some("security analyst"));
    assert_eq!(b.meta.source.as_deref(), Some("Telegraphy"));
    let sidecar = store.sidecar().ok_or("no sidecar")?;
    assert_eq!(
        sidecar.speakers.len(),
        1,
        "one entry per speaker, updated in place"
    );
    Ok(())
}

#[test]
fn declaring_an_alias_merges_the_automatic_speaker_of_that_name() -> TestResult {
    let fx = Fixture::new(TEXT)?;
    std::fs::write(
        fx.sidecar(),
        "[[speaker]]\nid = \"avni-islami\"\naliases = [\"Islam\"]\n",
    )?;
    let (b, status) = fx.load()?;
    assert!(status.is_ok(), "{:?}", status.messages());
    assert!(b.speaker("islam").is_none());
    Ok(())
}

#[test]
fn one_broken_sidecar_never_stops_the_other_briefings() -> TestResult {
    let dir = tempfile::tempdir()?;
    for name in ["a", "b", "c"] {
        std::fs::write(dir.path().join(format!("{name}.txt")), TEXT)?;
    }
    std::fs::write(dir.path().join("b.dossier.toml"), "[meta\ntitle = 1\n")?;
    let added = "[[annotation]]\nkind = \"claim\"\nexact = \"the Balkans must be armed against new threats\"\n";
    std::fs::write(dir.path().join("c.dossier.toml"), added)?;
    let library = Library::load(&[dir.path().to_path_buf()], &Lexicon::builtin());
    assert_eq!(library.briefings().len(), 3);
    let b = library.sidecar_status(1).ok_or("no status for b")?;
    let error = b.error.as_deref().unwrap_or_default();
    assert!(error.contains("b.dossier.toml:1:"), "{error}");
    let c = library.briefing(2).ok_or("no c")?;
    assert!(
        c.annotations
            .iter()
            .any(|a| a.kind == Kind::Claim && a.origin == Origin::Manual),
        "c's sidecar still applied"
    );
    Ok(())
}

#[test]
fn the_library_refreshes_a_briefing_after_an_edit() -> TestResult {
    let dir = tempfile::tempdir()?;
    let txt = dir.path().join("a.txt");
    std::fs::write(&txt, TEXT)?;
    let lexicon = Lexicon::builtin();
    let mut library = Library::load(&[dir.path().to_path_buf()], &lexicon);
    let before = library.briefing(0).ok_or("no briefing")?.annotations.len();
    let mut store = SidecarStore::open(&txt)?;
    let briefing = library.briefing(0).ok_or("no briefing")?;
    store.apply_edit(
        &Edit::Add {
            kind: Kind::Claim,
            span: span_of(TEXT, "more than 4,600 peacekeepers remain in Kosovo"),
            speaker: Some(SpeakerChoice::New("NATO".into())),
            entity: None,
        },
        briefing,
    )?;
    library.refresh_briefing(0, &lexicon);
    let after = library.briefing(0).ok_or("no briefing")?;
    let span = span_of(TEXT, "more than 4,600 peacekeepers remain in Kosovo");
    let claims: Vec<_> = after
        .annotations
        .iter()
        .filter(|a| a.kind == Kind::Claim && a.span.overlaps(span))
        .collect();
    assert_eq!(
        claims.len(),
        1,
        "the manual claim supersedes any automatic one: {claims:?}"
    );
    assert_eq!(
        (claims[0].span, claims[0].origin),
        (span, dossier::Origin::Manual)
    );
    assert!(after.annotations.len() >= before, "nothing else was lost");
    let nato = library
        .corpus_speaker_of(0, "nato")
        .ok_or("NATO not indexed")?;
    assert_eq!(library.speaker(nato).map(|s| s.speech.len()), Some(1));
    assert!(
        library
            .sidecar_status(0)
            .is_some_and(|s| s.present && s.is_ok())
    );
    Ok(())
}

#[cfg(unix)]
#[test]
fn a_saved_sidecar_is_readable_by_others_and_keeps_its_mode() -> TestResult {
    use std::os::unix::fs::PermissionsExt;
    let fx = Fixture::new(TEXT)?;
    let (b, _) = fx.load()?;
    let span = span_of(TEXT, "more than 4,600 peacekeepers remain in Kosovo");
    let add = Edit::Add {
        kind: Kind::Claim,
        span,
        speaker: None,
        entity: None,
    };
    let mut store = SidecarStore::open(&fx.txt)?;
    store.apply_edit(&add, &b)?;
    let sidecar = fx.txt.with_extension("dossier.toml");
    let mode = |p: &std::path::Path| std::fs::metadata(p).map(|m| m.permissions().mode() & 0o777);
    assert_eq!(
        mode(&sidecar)?,
        0o644,
        "a new sidecar is not private to its writer"
    );

    std::fs::set_permissions(&sidecar, std::fs::Permissions::from_mode(0o664))?;
    let (b, _) = fx.load()?;
    store.apply_edit(
        &Edit::Reject {
            kind: Kind::Claim,
            span,
        },
        &b,
    )?;
    assert_eq!(
        mode(&sidecar)?,
        0o664,
        "a rewrite keeps the mode the file had"
    );
    Ok(())
}

/// Two saves to one sidecar, the second started while the first sits between its check and
/// its rename: the second must not win its own check and then be overwritten (a lost
/// update). With the directory lock it waits, sees the first's file and reports a change.
#[cfg(unix)]
#[test]
fn a_save_racing_another_between_check_and_rename_is_not_lost() -> TestResult {
    use dossier::sidecar::store::{Expected, SaveStep, write_atomic_with};
    use std::sync::mpsc;
    use std::time::Duration;

    let dir = tempfile::tempdir()?;
    let path = dir.path().join("brief.dossier.toml");
    std::fs::write(&path, "old")?;
    let (done_tx, done_rx) = mpsc::channel();
    let mut second: Option<std::thread::JoinHandle<bool>> = None;
    let first = write_atomic_with(
        &path,
        b"first",
        Expected::Exactly(Some(b"old")),
        &mut |step| {
            if step != SaveStep::Checked {
                return;
            }
            let (path, done_tx) = (path.clone(), done_tx.clone());
            second = Some(std::thread::spawn(move || {
                let won = write_atomic_with(
                    &path,
                    b"second",
                    Expected::Exactly(Some(b"old")),
                    &mut |_| {},
                )
                .unwrap_or(false);
                let _ = done_tx.send(());
                won
            }));
            // Give the second save ample time to finish, were nothing holding it back.
            let _ = done_rx.recv_timeout(Duration::from_millis(500));
        },
    )?;
    let second = second
        .ok_or("the first save never reached its check")?
        .join()
        .map_err(|_| "the second save panicked")?;
    let on_disk = std::fs::read(&path)?;
    assert!(
        first,
        "the first save held the lock and found what it expected"
    );
    assert!(
        !second,
        "the second save must see the first's file and not replace it"
    );
    assert_eq!(on_disk, b"first");
    Ok(())
}

/// A person annotates the sidecar by hand, then edits in the reader: their notes stay.
#[test]
fn comments_written_by_hand_survive_an_edit_in_the_reader() -> TestResult {
    let fx = Fixture::new(TEXT)?;
    let sidecar = dossier::sidecar::sidecar_path(&fx.txt);
    std::fs::write(
        &sidecar,
        "# Checked against the print edition.\n\
         [[reject]]\n\
         kind = \"entity\"  # an alliance, not a place\n\
         exact = \"NATO\"\n\
         start = 0\n\
         \n\
         # to do: the rest of the article\n",
    )?;
    let (b, _) = fx.load()?;
    let mut store = SidecarStore::open(&fx.txt)?;
    store.apply_edit(&islami_claim(), &b)?;
    let text = std::fs::read_to_string(&sidecar)?;
    let header = text.find("[[reject]]").ok_or("reject entry lost")?;
    let note = text
        .find("# Checked against the print edition.")
        .ok_or(text.clone())?;
    let inline = text
        .find("# an alliance, not a place")
        .ok_or(text.clone())?;
    assert!(note < header && inline < header, "{text}");
    assert!(text.contains("# to do: the rest of the article"), "{text}");
    assert!(
        text.contains("[[annotation]]"),
        "the edit was saved: {text}"
    );
    Ok(())
}
