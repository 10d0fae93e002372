//! The real binary in a real terminal (tmux): open, find a speaker, copy a citation through
//! OSC 52 into tmux's paste buffer, quit; and a hostile briefing that must not reach the
//! terminal.

#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;
use tmux::{Tmux, dossier_command, have};

/// Environment for a run that copies through OSC 52: no display, not the user's config.
fn osc52_env(dir: &Path) -> (Vec<String>, Vec<&'static str>) {
    let config = dir.join("no-config.toml");
    (
        vec![format!("DOSSIER_CONFIG={}", config.display())],
        vec![
            "DISPLAY",
            "WAYLAND_DISPLAY",
            "SSH_TTY",
            "SSH_CONNECTION",
            "NO_COLOR",
        ],
    )
}

/// Open `args`, jump to the speaker typed as `query`, copy, and return the paste buffer.
fn copy_citation_of(args: &[&Path], query: &str, expect_on_screen: &str) -> String {
    let Ok(dir) = tempfile::tempdir() else {
        panic!("no temp dir");
    };
    let (env, unset) = osc52_env(dir.path());
    let env: Vec<&str> = env.iter().map(String::as_str).collect();
    let tmux = Tmux::start(&dossier_command(&env, &unset, args), 140, 40);
    let screen = tmux.wait_for("the reader with its experts", |s| {
        s.contains("Experts") && s.contains(expect_on_screen) && !s.contains("No speakers found")
    });
    assert!(screen.contains("Briefings"), "{screen}");
    assert_eq!(tmux.paste_buffer(), None, "nothing copied yet");
    tmux.keys("f");
    tmux.wait_for("the speaker popup", |s| s.contains("Jump to a speaker"));
    tmux.type_text(query);
    tmux.wait_for("the query", |s| s.contains(&format!("› {query}")));
    tmux.keys("Enter");
    tmux.wait_for("the speaker filter", |s| {
        s.contains('⚑') && !s.contains("Jump to a speaker")
    });
    tmux.keys("y");
    tmux.wait_for("the copy message", |s| {
        s.contains("Copied citation via OSC 52")
    });
    let Some(buffer) = tmux.paste_buffer() else {
        panic!("tmux received no OSC 52:\n{}", tmux.screen());
    };
    tmux.keys("q");
    assert_eq!(tmux.wait_exit(), Some(0), "q ends the reader cleanly");
    buffer
}

#[test]
fn seeds_fuzzy_jump_and_copy_a_citation_through_osc52() {
    if !have("tmux", "-V") {
        return;
    }
    let citation = copy_citation_of(&[], "islami", "Avni Islami");
    assert!(
        citation.starts_with('“') || citation.contains(" — Avni Islami"),
        "{citation}"
    );
    assert!(citation.contains(" — Avni Islami"), "{citation}");
    assert!(citation.contains('¶'), "{citation}");
}

#[test]
fn a_briefing_on_disk_fuzzy_jump_and_copy() {
    if !have("tmux", "-V") {
        return;
    }
    let Ok(dir) = tempfile::tempdir() else {
        panic!("no temp dir");
    };
    let file = dir.path().join("novak.txt");
    let text = "Ministers meet in Skopje\n\n\
        \"We will not back down,\" said Defence Minister Jana Novak.\n\n\
        The talks resume next week.\n";
    assert!(std::fs::write(&file, text).is_ok());
    let citation = copy_citation_of(&[&file], "novak", "Jana Novak");
    // The annotator may or may not keep the comma inside the quote.
    assert!(citation.starts_with("“We will not back down"), "{citation}");
    assert!(
        citation.contains("” — Jana Novak, Defence Minister, in Ministers meet in Skopje, ¶2"),
        "{citation}"
    );
}

#[test]
fn escape_sequences_in_a_briefing_never_reach_the_terminal() {
    if !have("tmux", "-V") {
        return;
    }
    let Ok(dir) = tempfile::tempdir() else {
        panic!("no temp dir");
    };
    let file = dir.path().join("hostile.txt");
    let text = "Hostile\u{1b}]0;PWNED\u{7} headline\n\n\
        \u{1b}[2J\u{1b}[31mRed\u{1b}[0m text \u{1b}]52;c;cHduZWQ=\u{7}and \u{9d}2;PWNED\u{9c}more \
        \u{1b}]52;c;cHduZWQ=\u{1b}\\\u{202e}desrever\u{202c} tab\there.\n\n\
        \"We will not back down,\" said Defence Minister Jana Novak.\u{1b}]2;PWNED\u{7}\n";
    assert!(std::fs::write(&file, text).is_ok());
    let (env, unset) = osc52_env(dir.path());
    let env: Vec<&str> = env.iter().map(String::as_str).collect();
    let tmux = Tmux::start(&dossier_command(&env, &unset, &[&file]), 120, 30);
    let title_before = tmux.format("#{pane_title}");
    let screen = tmux.wait_for("the hostile briefing", |s| s.contains("Red text"));
    // Walk the whole thing: scroll, select, toggle, so every line is drawn.
    for key in ["j", "G", "g", "]", "p", "Tab", "Tab", "s", "?"] {
        tmux.keys(key);
    }
    tmux.wait_for("the help", |s| s.contains("Keys ·"));
    // Esc on its own: an Esc the terminal reads together with the next key is Alt-<key>.
    tmux.keys("Escape");
    let after = tmux.wait_for("the keys to be handled", |s| {
        s.contains("¶1 Hostile headline") && s.contains("reading order") && !s.contains("Keys ·")
    });
    for screen in [&screen, &after] {
        assert!(
            screen.contains("Red text and more desrever tab  here."),
            "{screen}"
        );
        for residue in ["PWNED", "52;", "[31m", "[0m", "[2J", "]0;", "cHduZWQ"] {
            assert!(
                !screen.contains(residue),
                "`{residue}` on screen:\n{screen}"
            );
        }
    }
    assert_eq!(tmux.paste_buffer(), None, "the briefing set the clipboard");
    let title = tmux.format("#{pane_title}");
    assert!(
        !title.contains("PWNED"),
        "the briefing set the title: {title}"
    );
    assert_eq!(title, title_before);
    tmux.keys("q");
    assert_eq!(tmux.wait_exit(), Some(0));
}

#[test]
fn the_terminal_is_restored_on_quit() {
    if !have("tmux", "-V") {
        return;
    }
    let Ok(dir) = tempfile::tempdir() else {
        panic!("no temp dir");
    };
    let (env, unset) = osc52_env(dir.path());
    let env: Vec<&str> = env.iter().map(String::as_str).collect();
    // A shell that prints a marker after dossier exits: it must land on a normal screen.
    let command = format!(
        "{}; echo after-dossier; sleep 30",
        dossier_command(&env, &unset, &[])
    );
    let tmux = Tmux::start(&command, 100, 30);
    tmux.wait_for("the reader", |s| s.contains("Briefings"));
    assert_eq!(
        tmux.format("#{alternate_on}"),
        "1",
        "the reader uses the alternate screen"
    );
    tmux.keys("q");
    let screen = tmux.wait_for("the shell after dossier", |s| s.contains("after-dossier"));
    assert!(!screen.contains("Briefings"), "{screen}");
    assert_eq!(tmux.format("#{alternate_on}"), "0");
    assert_eq!(
        tmux.format("#{mouse_any_flag}"),
        "0",
        "mouse reporting turned off"
    );
}

#[test]
fn the_terminal_is_restored_on_panic() {
    if !have("tmux", "-V") {
        return;
    }
    let Ok(dir) = tempfile::tempdir() else {
        panic!("no temp dir");
    };
    let (mut env, unset) = osc52_env(dir.path());
    // Debug builds panic after the first frame when this is set (see `tui::app::run`).
    env.push("DOSSIER_DEBUG_PANIC=1".to_string());
    let env: Vec<&str> = env.iter().map(String::as_str).collect();
    // After dossier dies, the shell reports whether the tty is back in canonical (cooked) mode.
    let command = format!(
        "{}; echo exit=$?; stty -a | grep -o -- '-*icanon' | sed 's/^/mode=/'; sleep 30",
        dossier_command(&env, &unset, &[])
    );
    let tmux = Tmux::start(&command, 100, 30);
    let screen = tmux.wait_for("the shell after the panic", |s| s.contains("mode="));
    assert!(
        screen.contains("panicking on purpose"),
        "the panic message is readable on the normal screen:\n{screen}"
    );
    assert!(screen.contains("exit=101"), "{screen}");
    assert!(
        screen.contains("mode=icanon"),
        "raw mode was left:\n{screen}"
    );
    assert!(!screen.contains("Briefings"), "{screen}");
    assert_eq!(tmux.format("#{alternate_on}"), "0");
    assert_eq!(
        tmux.format("#{mouse_any_flag}"),
        "0",
        "mouse reporting turned off"
    );
}
