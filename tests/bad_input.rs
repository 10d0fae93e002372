//! Bad input never panics and never loses a good file: empty, binary, non-UTF-8 and a 20 MB
//! single-line file, through `Library::load` and through the `dossier annotate` binary.

use dossier::{Kind, Lexicon, Library};
use std::path::{Path, PathBuf};
use std::process::Command;

const GOOD: &str = "Security analyst Avni Islami said that the border is calm.\n\n\"We are ready,\" Islami said.\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    assert!(std::fs::write(&path, bytes).is_ok(), "cannot write {name}");
    path
}

/// A 20 MB single line of news-like text (quotes, names, numbers, no newline).
fn huge_line() -> Vec<u8> {
    let unit = "Islami said \"the border is calm,\" and 4,600 troops stayed in Kosovo on September 24, 2023; ";
    unit.repeat(20 * 1024 * 1024 / unit.len() + 1).into_bytes()
}

fn corpus(dir: &Path) {
    write(dir, "a_good.txt", GOOD.as_bytes());
    write(dir, "b_empty.txt", b"");
    write(
        dir,
        "c_binary.txt",
        &[0u8, 159, 146, 150, 0, 1, 2, 255, 254, 10, 0],
    );
    write(dir, "d_latin1.txt", b"Vu\xe8i\xe6 said \"no\".\n");
    write(dir, "e_huge.txt", &huge_line());
    write(dir, "f_good.txt", GOOD.as_bytes());
    write(dir, "ignored.md", b"not a briefing");
}

#[test]
fn library_load_keeps_good_files_and_names_bad_ones() -> Result<(), std::io::Error> {
    let dir = tempfile::tempdir()?;
    corpus(dir.path());
    let library = Library::load(&[dir.path().to_path_buf()], &Lexicon::builtin());
    let ids: Vec<&str> = library.briefings().iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, ["a_good", "b_empty", "e_huge", "f_good"]);
    let errors: Vec<String> = library.errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].contains("c_binary.txt") && errors[0].contains("offset 1"),
        "{}",
        errors[0]
    );
    assert!(
        errors[1].contains("d_latin1.txt") && errors[1].contains("offset 2"),
        "{}",
        errors[1]
    );
    for b in library.briefings() {
        assert!(
            dossier::annotation::check_invariants(&b.text, &b.annotations).is_ok(),
            "{}",
            b.id
        );
    }
    let good = &library.briefings()[0];
    assert!(good.annotations.iter().any(|a| a.kind == Kind::Quote));
    assert!(library.briefings()[1].annotations.is_empty());
    let huge = &library.briefings()[2];
    assert!(
        huge.annotations.iter().any(|a| a.kind == Kind::Quote),
        "quotes still found"
    );
    Ok(())
}

#[test]
fn annotate_binary_reports_bad_files_and_prints_good_ones() -> Result<(), std::io::Error> {
    let dir = tempfile::tempdir()?;
    corpus(dir.path());
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["annotate", "--json"])
        .arg(dir.path())
        .output()?;
    assert_eq!(
        out.status.code(),
        Some(1),
        "bad files make the exit status 1"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("c_binary.txt") && stderr.contains("d_latin1.txt"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 2, "one line per bad file: {stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4, "one JSON line per good briefing");
    for line in lines {
        let v: serde_json::Value = serde_json::from_str(line).map_err(std::io::Error::other)?;
        for key in ["path", "meta", "speakers", "annotations"] {
            assert!(v.get(key).is_some(), "{key} missing");
        }
    }
    // The readable listing, on a good file alone: speaker, role: "quote" [cue].
    let listing = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("annotate")
        .arg(dir.path().join("a_good.txt"))
        .output()?;
    assert!(listing.status.success());
    let text = String::from_utf8_lossy(&listing.stdout);
    assert!(
        text.contains("Avni Islami, security analyst: “We are ready” [said]"),
        "{text}"
    );
    Ok(())
}

#[test]
fn empty_and_whitespace_texts_annotate_to_nothing() {
    let lexicon = Lexicon::builtin();
    for text in ["", " ", "\n\n\n", "\"", "“", "’"] {
        let a = dossier::annotate(text, &lexicon);
        assert!(dossier::annotation::check_invariants(text, &a.annotations).is_ok());
        assert!(a.speakers.is_empty());
    }
}
