//! `dossier check`, `dossier export` and `dossier annotate --json` on briefings with sidecars,
//! run as a user would run them.

use std::path::Path;
use std::process::{Command, Output};

type TestResult = Result<(), Box<dyn std::error::Error>>;

const TEXT: &str = "Kosovo braces for a tense winter\n\
Security analyst Avni Islami said the Balkans must be armed against new threats. \
\"We cannot wait for Brussels,\" he told the Telegraph.\n";

const SIDECAR: &str = r#"[meta]
title = "Kosovo braces for a tense winter"
outlet = "Telegraphy"
author = "Jane Roe"
date = "2023-10-01"
url = "https://example.org/kosovo"

[[speaker]]
name = "Avni Islami"
role = "security analyst"

[[annotation]]
kind = "claim"
speaker = "avni-islami"
exact = "the Balkans must be armed against new threats"
start = 62

[[annotation]]
kind = "quote"
speaker = "avni-islami"
exact = "We cannot wait for Brussels,"
prefix = "w threats. \""
start = 0

[[annotation]]
kind = "quote"
speaker = "avni-islami"
exact = "A sentence that was edited out of the article long ago."
start = 40
"#;

fn dossier(args: &[&str], dir: &Path) -> std::io::Result<Output> {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .current_dir(dir)
        .output()
}

fn corpus() -> std::io::Result<tempfile::TempDir> {
    let dir = tempfile::tempdir()?;
    std::fs::write(dir.path().join("a.txt"), TEXT)?;
    std::fs::write(dir.path().join("a.dossier.toml"), SIDECAR)?;
    std::fs::write(dir.path().join("b.txt"), TEXT)?;
    Ok(dir)
}

#[test]
fn check_lists_orphans_with_file_and_line_and_fails() -> TestResult {
    let dir = corpus()?;
    let out = dossier(&["check", "."], dir.path())?;
    let stdout = String::from_utf8(out.stdout)?;
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let orphan_line = SIDECAR
        .lines()
        .position(|l| l.contains("edited out"))
        .map(|i| i - 2) // 1-based line of the [[annotation]] header, three lines above `exact`
        .unwrap_or(0);
    assert!(
        stdout.contains(&format!(
            "./a.dossier.toml:{orphan_line}: orphaned [[annotation]] (quote)"
        )),
        "{stdout}"
    );
    assert!(stdout.contains("1 problem"), "{stdout}");
    Ok(())
}

#[test]
fn check_passes_clean_sidecars_and_flags_broken_and_stray_ones() -> TestResult {
    let dir = corpus()?;
    let clean: String = SIDECAR
        .split("\n[[annotation]]")
        .take(3)
        .collect::<Vec<_>>()
        .join("\n[[annotation]]");
    std::fs::write(dir.path().join("a.dossier.toml"), &clean)?;
    let out = dossier(&["check", "a.txt"], dir.path())?;
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    std::fs::write(
        dir.path().join("b.dossier.toml"),
        "[[reject]]\nkind = \"speech\"\n",
    )?;
    std::fs::write(dir.path().join("gone.dossier.toml"), "")?;
    let out = dossier(&["check", "."], dir.path())?;
    let stdout = String::from_utf8(out.stdout)?;
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.contains("./b.dossier.toml:2:8: unknown variant `speech`"),
        "{stdout}"
    );
    assert!(
        stdout.contains("gone.dossier.toml: no briefing beside it"),
        "{stdout}"
    );
    Ok(())
}

#[test]
fn annotate_json_shows_the_merged_result_with_origins() -> TestResult {
    let dir = corpus()?;
    std::fs::write(dir.path().join("b.dossier.toml"), "[meta\n")?;
    let out = dossier(&["annotate", "--json", "."], dir.path())?;
    let stdout = String::from_utf8(out.stdout)?;
    let stderr = String::from_utf8(out.stderr)?;
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;
    assert_eq!(
        lines.len(),
        2,
        "the briefing with a broken sidecar is still listed"
    );
    let a = &lines[0];
    assert_eq!(a["meta"]["source"], "Telegraphy");
    let manual: Vec<&str> = a["annotations"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|x| x["origin"] == "manual")
        .filter_map(|x| x["text"].as_str())
        .collect();
    assert_eq!(
        manual,
        [
            "the Balkans must be armed against new threats",
            "We cannot wait for Brussels,"
        ]
    );
    assert!(stderr.contains("b.dossier.toml:1:"), "{stderr}");
    assert_eq!(
        out.status.code(),
        Some(1),
        "a broken sidecar is reported as a failure"
    );
    Ok(())
}

#[test]
fn export_w3c_is_a_web_annotation_collection() -> TestResult {
    let dir = corpus()?;
    let out = dossier(&["export", "--format", "w3c", "a.txt"], dir.path())?;
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(v["type"], "AnnotationCollection");
    let items = v["first"]["items"].as_array().ok_or("no items")?;
    assert_eq!(items.len(), 2);
    let quote = &items[1];
    assert_eq!(quote["type"], "Annotation");
    assert_eq!(quote["body"][1]["value"], "Avni Islami");
    let selectors = quote["target"]["selector"]
        .as_array()
        .ok_or("no selectors")?;
    assert_eq!(selectors[0]["type"], "TextQuoteSelector");
    assert_eq!(selectors[0]["exact"], "We cannot wait for Brussels,");
    assert_eq!(selectors[1]["type"], "TextPositionSelector");
    let (start, end) = (
        selectors[1]["start"].as_u64().ok_or("start")? as usize,
        selectors[1]["end"].as_u64().ok_or("end")? as usize,
    );
    let chars: String = TEXT.chars().skip(start).take(end - start).collect();
    assert_eq!(chars, "We cannot wait for Brussels,");
    assert_eq!(quote["target"]["scope"], "https://example.org/kosovo");
    assert!(
        quote["target"]["source"]
            .as_str()
            .is_some_and(|s| s.starts_with("file:///"))
    );
    Ok(())
}

#[test]
fn export_csl_json_and_markdown() -> TestResult {
    let dir = corpus()?;
    let out = dossier(&["export", "--format", "csl", "a.txt", "b.txt"], dir.path())?;
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    assert_eq!(v[0]["type"], "article-newspaper");
    assert_eq!(v[0]["container-title"], "Telegraphy");
    assert_eq!(v[0]["author"][0]["family"], "Roe");
    assert_eq!(
        v[0]["issued"]["date-parts"][0],
        serde_json::json!([2023, 10, 1])
    );
    assert!(
        v[1].get("title").is_none(),
        "nothing invented for b: {}",
        v[1]
    );

    let out = dossier(&["export", "--format", "markdown", "a.txt"], dir.path())?;
    let md = String::from_utf8(out.stdout)?;
    assert!(
        md.starts_with("# Kosovo braces for a tense winter\n"),
        "{md}"
    );
    assert!(
        md.contains("- **Avni Islami**, security analyst: 1 quote, 1 claim"),
        "{md}"
    );
    assert!(
        md.contains("\u{201C}We cannot wait for Brussels,\u{201D} — (Telegraphy, 2023-10-01, ¶2)"),
        "{md}"
    );

    let out = dossier(&["export", "--format", "json", "a.txt"], dir.path())?;
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    assert_eq!(v[0]["annotations"][0]["origin"], "manual");
    Ok(())
}
