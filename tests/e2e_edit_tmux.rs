//! Editing with the real binary in a real terminal (tmux): add a claim, reject an automatic
//! quote, quit, reopen: both edits are there, and the sidecar reads as the README says.

#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;
use tmux::{Tmux, dossier_command, have};

const FIRST: &str = "000_51789e34180bc4d3";
const SECOND: &str = "001_d3f4f7fc72bc7186";

/// The reader on `dir`, with no user config and no clipboard.
fn reader(dir: &Path) -> Tmux {
    let config = dir.join("no-config.toml");
    let env = [format!("DOSSIER_CONFIG={}", config.display())];
    let env: Vec<&str> = env.iter().map(String::as_str).collect();
    let command = dossier_command(&env, &["DISPLAY", "WAYLAND_DISPLAY", "NO_COLOR"], &[dir]);
    let tmux = Tmux::start(&command, 140, 40);
    tmux.wait_for("the reader", |s| {
        s.contains("Briefings 2") && s.contains("Experts")
    });
    tmux
}

/// "19q 10c" of the first briefing in the Briefings pane, as numbers.
fn counts(screen: &str) -> Option<(usize, usize)> {
    let line = screen.lines().nth(2)?;
    let cell = line.split('│').nth(1)?;
    let words: Vec<&str> = cell.trim_start_matches('▌').split_whitespace().collect();
    let q = words
        .iter()
        .find_map(|w| w.strip_suffix('q')?.parse().ok())?;
    let c = words
        .iter()
        .find_map(|w| w.strip_suffix('c')?.parse().ok())?;
    Some((q, c))
}

#[test]
fn add_a_claim_reject_a_quote_quit_and_find_both_on_reopening() {
    if !have("tmux", "-V") {
        return;
    }
    let Ok(dir) = tempfile::tempdir() else {
        panic!("no temp dir");
    };
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for name in [FIRST, SECOND] {
        let copied = std::fs::copy(
            seeds.join(format!("{name}.txt")),
            dir.path().join(format!("{name}.txt")),
        );
        assert!(copied.is_ok(), "{copied:?}");
    }
    let sidecar = dir.path().join(format!("{FIRST}.dossier.toml"));

    let tmux = reader(dir.path());
    let Some((quotes, claims)) = counts(&tmux.screen()) else {
        panic!("no counts:\n{}", tmux.screen());
    };

    // Add a claim: go to a sentence, select it with v, a, c, type a new speaker, Enter.
    tmux.keys("/");
    tmux.type_text("Britain has played");
    tmux.keys("Enter");
    tmux.wait_for("the search match", |s| {
        s.contains("/Britain has played 1/1")
    });
    tmux.keys("v");
    tmux.wait_for("the selection", |s| s.contains("Selecting"));
    tmux.keys("a");
    tmux.wait_for("the kind picker", |s| s.contains("Add the selection as"));
    tmux.keys("c");
    tmux.wait_for("the speaker picker", |s| {
        s.contains("Speaker of the new claim")
    });
    tmux.type_text("Jane Analyst");
    tmux.wait_for("the new-speaker row", |s| {
        s.contains("+ New speaker: Jane Analyst")
    });
    tmux.keys("Enter");
    tmux.wait_for("the save message", |s| {
        s.contains("Added claim by Jane Analyst")
            && s.contains(&format!("saved {FIRST}.dossier.toml"))
    });

    // Reject an automatic quote: the next one after the new claim.
    tmux.keys("]");
    tmux.keys("x");
    let screen = tmux.wait_for("the reject message", |s| s.contains("Rejected quote"));
    assert_eq!(counts(&screen), Some((quotes - 1, claims + 1)), "{screen}");
    tmux.keys("q");
    assert_eq!(tmux.wait_exit(), Some(0));
    drop(tmux);

    // The sidecar reads as the README says.
    let Ok(text) = std::fs::read_to_string(&sidecar) else {
        panic!("no sidecar written");
    };
    let Ok(doc) = text.parse::<toml::Table>() else {
        panic!("the sidecar is not TOML:\n{text}");
    };
    let table = |section: &str| -> toml::Table {
        match doc
            .get(section)
            .and_then(|v| v.as_array())
            .map(Vec::as_slice)
        {
            Some([toml::Value::Table(t)]) => t.clone(),
            other => panic!("expected one [[{section}]], got {other:?} in\n{text}"),
        }
    };
    let added = table("annotation");
    let str_of = |t: &toml::Table, k: &str| t.get(k).and_then(|v| v.as_str()).map(str::to_string);
    assert_eq!(str_of(&added, "kind").as_deref(), Some("claim"));
    assert_eq!(str_of(&added, "speaker").as_deref(), Some("jane-analyst"));
    assert!(
        str_of(&added, "exact").is_some_and(|e| e.starts_with("Britain has played")),
        "{text}"
    );
    for key in ["prefix", "suffix"] {
        assert!(
            str_of(&added, key).is_some_and(|s| !s.is_empty()),
            "{key}: {text}"
        );
    }
    assert!(
        added
            .get("start")
            .and_then(|v| v.as_integer())
            .is_some_and(|s| s > 0)
    );
    let speaker = table("speaker");
    assert_eq!(str_of(&speaker, "name").as_deref(), Some("Jane Analyst"));
    let rejected = table("reject");
    assert_eq!(str_of(&rejected, "kind").as_deref(), Some("quote"));
    let Some(rejected_text) = str_of(&rejected, "exact") else {
        panic!("no exact in [[reject]]:\n{text}");
    };
    for key in ["prefix", "suffix", "start"] {
        assert!(rejected.contains_key(key), "{key}: {text}");
    }
    let original = std::fs::read_to_string(dir.path().join(format!("{FIRST}.txt")));
    assert!(
        original.is_ok_and(|t| t.contains(&rejected_text)),
        "the reject quotes the text"
    );

    // Reopen: both edits are there.
    let tmux = reader(dir.path());
    let screen = tmux.screen();
    assert_eq!(counts(&screen), Some((quotes - 1, claims + 1)), "{screen}");
    tmux.keys("s");
    let screen = tmux.wait_for("the Claims tab", |s| s.contains("reading order"));
    assert!(screen.contains("Jane Analyst: Britain has"), "{screen}");
    let start: String = rejected_text.chars().take(12).collect();
    assert!(
        !screen.contains(&format!("“{start}")),
        "the rejected quote {start:?} is still listed:\n{screen}"
    );
    tmux.keys("q");
    assert_eq!(tmux.wait_exit(), Some(0));
}
