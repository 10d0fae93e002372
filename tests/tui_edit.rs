//! Editing in the reader: selection, add, reject, change speaker, undo, read-only seeds,
//! broken and orphaned sidecars. Briefings are copies of two seeds in a temporary folder, so
//! every edit really goes through the sidecar store to a file.

#[path = "support/reader.rs"]
mod common;

use common::text_of;
use dossier::tui::Options;
use dossier::tui::action::Action;
use dossier::tui::app::App;
use dossier::tui::view::{Effect, Input, Popup};
use dossier::{Edit, Kind, Lexicon, Library, Origin, Span, SpeakerChoice};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::path::{Path, PathBuf};

const FIRST: &str = "000_51789e34180bc4d3";
const SECOND: &str = "001_d3f4f7fc72bc7186";

/// Two seeds copied into a fresh folder.
fn folder() -> tempfile::TempDir {
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
    dir
}

fn sidecar(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{name}.dossier.toml"))
}

/// The reader over `library`, with no user config, at 140×40.
fn app(library: Library, dir: &Path) -> App {
    let options = Options {
        config: Some(dir.join("no-config.toml")),
        theme: None,
    };
    let mut app = App::new(library, Lexicon::builtin(), &options);
    app.view.area = Rect::new(0, 0, 140, 40);
    app
}

fn open(dir: &Path) -> App {
    app(
        Library::load(&[dir.to_path_buf()], &Lexicon::builtin()),
        dir,
    )
}

fn act(app: &mut App, action: Action) -> Option<Effect> {
    app.handle(Input::Action(action))
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle(Input::Char(c));
    }
}

fn draw(app: &mut App) -> Buffer {
    let area = app.view.area;
    let Ok(mut terminal) = Terminal::new(TestBackend::new(area.width, area.height));
    assert!(app.draw(&mut terminal).is_ok());
    terminal.backend().buffer().clone()
}

fn message(app: &App) -> String {
    app.view
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

fn text_of_briefing(app: &App) -> String {
    app.corpus
        .library
        .briefing(app.view.briefing)
        .map(|b| b.text.clone())
        .unwrap_or_default()
}

/// Put the reader's position on the first occurrence of `needle` (as a click would).
fn place_at(app: &mut App, needle: &str) -> usize {
    let Some(at) = text_of_briefing(app).find(needle) else {
        panic!("{needle:?} not in the briefing");
    };
    app.view.cursor = Some(at);
    at
}

/// The selected annotation's (kind, text, speaker, origin).
fn selected(app: &App) -> Option<(Kind, String, Option<String>, Origin)> {
    let b = app.corpus.library.briefing(app.view.briefing)?;
    let a = b.annotations.get(app.view.selected?)?;
    Some((
        a.kind,
        b.slice(a.span).to_string(),
        a.speaker.clone(),
        a.origin,
    ))
}

/// Walk `]` until an automatic annotation of `kind` is selected.
fn select_next(app: &mut App, kind: Kind) -> (String, Span) {
    for _ in 0..100 {
        act(app, Action::NextSpeech);
        let b = app.corpus.library.briefing(app.view.briefing);
        let a = app
            .view
            .selected
            .and_then(|i| b.and_then(|b| b.annotations.get(i)));
        if let (Some(b), Some(a)) = (b, a)
            && a.kind == kind
            && a.origin == Origin::Auto
        {
            return (b.slice(a.span).to_string(), a.span);
        }
    }
    panic!("no automatic {kind} found");
}

#[test]
fn v_selects_the_sentence_and_draws_it_highlighted() {
    let dir = folder();
    let mut app = open(dir.path());
    let sentence = "Britain has played an important role, both diplomatically and militarily, in helping Ukraine.";
    let at = place_at(&mut app, "Britain has played");
    act(&mut app, Action::Select);
    let span = app.view.selection.as_ref().map(|s| s.span());
    assert_eq!(span, Some(Span::new(at, at + sentence.len())));
    let buffer = draw(&mut app);
    let screen = text_of(&buffer);
    let selection_bg = app.theme().selection.bg;
    assert!(selection_bg.is_some());
    // Every cell of "Britain has played" is drawn in the selection style, and the text after
    // the sentence is not.
    let Some((row, line)) = screen
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Britain has played"))
    else {
        panic!("the sentence is not on screen:\n{screen}");
    };
    let col = line
        .chars()
        .take_while(|_| true)
        .collect::<String>()
        .find("Britain")
        .map(|byte| line[..byte].chars().count());
    let Some(col) = col else {
        panic!("no column");
    };
    let y = u16::try_from(row).unwrap_or(0);
    for dx in 0..18u16 {
        let x = u16::try_from(col).unwrap_or(0) + dx;
        assert_eq!(
            buffer[(x, y)].bg,
            selection_bg.unwrap_or_default(),
            "cell {x},{y}"
        );
    }
    let hint = screen.lines().last().unwrap_or("");
    assert!(
        hint.contains("a add") || hint.contains("Selecting"),
        "{hint}"
    );
    // Esc clears it and the highlight goes.
    act(&mut app, Action::Cancel);
    assert!(app.view.selection.is_none());
    let buffer = draw(&mut app);
    assert_ne!(
        buffer[(u16::try_from(col).unwrap_or(0), y)].bg,
        selection_bg.unwrap_or_default()
    );
}

#[test]
fn a_asks_kind_then_speaker_and_produces_the_edit() {
    let dir = folder();
    let mut app = open(dir.path());
    let at = place_at(&mut app, "Britain has played");
    act(&mut app, Action::Select);
    // Drop the final period, then the first word.
    act(&mut app, Action::FocusPrev);
    act(&mut app, Action::SelectOtherEnd);
    act(&mut app, Action::FocusNext);
    let expected =
        "has played an important role, both diplomatically and militarily, in helping Ukraine";
    let start = at + "Britain ".len();
    let span = Span::new(start, start + expected.len());
    assert_eq!(app.view.selection.as_ref().map(|s| s.span()), Some(span));

    // Through the pure view: `a`, `c`, a new name, Enter → the Add edit.
    let corpus = &app.corpus;
    let mut view = std::mem::replace(&mut app.view, dossier::tui::view::View::new(1));
    view.update(corpus, Input::Action(Action::Add));
    assert!(
        matches!(view.popup, Some(Popup::AddKind { .. })),
        "{:?}",
        view.popup
    );
    view.update(corpus, Input::Char('c'));
    assert!(matches!(view.popup, Some(Popup::Fuzzy(_))));
    for c in "Jane Analyst".chars() {
        view.update(corpus, Input::Char(c));
    }
    let effect = view.update(corpus, Input::Action(Action::Open));
    assert_eq!(
        effect,
        Some(Effect::Edit {
            briefing: 0,
            edit: Edit::Add {
                kind: Kind::Claim,
                span,
                speaker: Some(SpeakerChoice::New("Jane Analyst".into())),
                entity: None,
            }
        })
    );
    app.view = view;

    // Picking a speaker the briefing already has gives its id; `q` picks quote.
    act(&mut app, Action::Add);
    assert!(matches!(app.view.popup, Some(Popup::AddKind { .. })));
    app.view.update(&app.corpus, Input::Char('q'));
    type_text(&mut app, "islami");
    let effect = app.view.update(&app.corpus, Input::Action(Action::Open));
    let Some(Effect::Edit {
        edit: Edit::Add { kind, speaker, .. },
        ..
    }) = effect
    else {
        panic!("no edit: {effect:?}");
    };
    assert_eq!(kind, Kind::Quote);
    assert_eq!(speaker, Some(SpeakerChoice::Existing("avni-islami".into())));
}

#[test]
fn adding_saves_at_once_and_selects_the_new_claim() {
    let dir = folder();
    let mut app = open(dir.path());
    place_at(&mut app, "Britain has played");
    // `a` with no selection takes the current sentence.
    act(&mut app, Action::Add);
    app.handle(Input::Char('c'));
    type_text(&mut app, "Jane Analyst");
    assert_eq!(act(&mut app, Action::Open), None);
    let saved = std::fs::read_to_string(sidecar(dir.path(), FIRST)).unwrap_or_default();
    assert!(saved.contains("[[annotation]]"), "{saved}");
    assert!(saved.contains("kind = \"claim\""), "{saved}");
    assert!(saved.contains("speaker = \"jane-analyst\""), "{saved}");
    assert!(saved.contains("name = \"Jane Analyst\""), "{saved}");
    let m = message(&app);
    assert!(
        m.contains("Added claim by Jane Analyst")
            && m.contains(&format!("saved {FIRST}.dossier.toml")),
        "{m}"
    );
    let Some((kind, text, speaker, origin)) = selected(&app) else {
        panic!("the new claim is not selected");
    };
    assert_eq!(kind, Kind::Claim);
    assert!(text.starts_with("Britain has played"), "{text}");
    assert_eq!(speaker.as_deref(), Some("jane-analyst"));
    assert_eq!(origin, Origin::Manual);
    assert!(app.view.selection.is_none(), "the selection is done with");
    // The Claims tab lists it with its speaker.
    act(&mut app, Action::SidebarTab);
    let screen = text_of(&draw(&mut app));
    assert!(screen.contains("Jane Analyst: Britain has"), "{screen}");
}

#[test]
fn x_rejects_e_changes_speaker_u_undoes_each() {
    let dir = folder();
    let mut app = open(dir.path());
    let path = sidecar(dir.path(), FIRST);
    let (quote, span) = select_next(&mut app, Kind::Quote);
    let count = |app: &App| {
        app.corpus.library.briefing(0).map_or(0, |b| {
            b.annotations
                .iter()
                .filter(|a| a.span == span && a.kind == Kind::Quote)
                .count()
        })
    };
    assert_eq!(count(&app), 1);
    act(&mut app, Action::Reject);
    assert_eq!(count(&app), 0, "rejected quote is gone");
    assert!(
        message(&app).starts_with("Rejected quote — saved"),
        "{}",
        message(&app)
    );
    let saved = std::fs::read_to_string(&path).unwrap_or_default();
    let start: String = quote.chars().take(12).collect();
    assert!(
        saved.contains("[[reject]]") && saved.contains(&start),
        "{saved}"
    );

    act(&mut app, Action::Undo);
    assert_eq!(count(&app), 1, "undo brings it back");
    assert!(
        message(&app).starts_with("Undone: rejected quote"),
        "{}",
        message(&app)
    );
    assert!(
        !std::fs::read_to_string(&path)
            .unwrap_or_default()
            .contains("[[reject]]")
    );
    assert_eq!(
        selected(&app).map(|s| s.1),
        Some(quote.clone()),
        "and selects it again"
    );

    // e: give the quote to Liz Truss through the popup.
    act(&mut app, Action::ChangeSpeaker);
    assert!(matches!(app.view.popup, Some(Popup::Fuzzy(_))));
    type_text(&mut app, "liz truss");
    act(&mut app, Action::Open);
    assert_eq!(
        selected(&app).and_then(|s| s.2).as_deref(),
        Some("liz-truss")
    );
    let saved = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        saved.contains("[[change]]") && saved.contains("speaker = \"liz-truss\""),
        "{saved}"
    );
    act(&mut app, Action::Undo);
    assert_ne!(
        selected(&app).and_then(|s| s.2).as_deref(),
        Some("liz-truss")
    );
    act(&mut app, Action::Undo);
    assert_eq!(message(&app), "Nothing to undo");
}

#[test]
fn undo_goes_back_across_briefings() {
    let dir = folder();
    let mut app = open(dir.path());
    select_next(&mut app, Kind::Quote);
    act(&mut app, Action::Reject);
    act(&mut app, Action::NextBriefing);
    assert_eq!(app.view.briefing, 1);
    act(&mut app, Action::Undo);
    assert_eq!(app.view.briefing, 0, "undo shows where it undid");
    let saved = std::fs::read_to_string(sidecar(dir.path(), FIRST)).unwrap_or_default();
    assert!(!saved.contains("[[reject]]"), "{saved}");
}

#[test]
fn a_sidecar_changed_on_disk_is_reloaded_and_both_edits_kept() {
    let dir = folder();
    let mut app = open(dir.path());
    let path = sidecar(dir.path(), FIRST);
    select_next(&mut app, Kind::Quote);
    act(&mut app, Action::Reject);
    // Someone else adds an entry meanwhile.
    let mut theirs = std::fs::read_to_string(&path).unwrap_or_default();
    theirs.push_str("\n[meta]\n");
    theirs = format!(
        "[meta]\nauthor = \"Someone Else\"\n\n{}",
        theirs.replace("\n[meta]\n", "")
    );
    assert!(std::fs::write(&path, &theirs).is_ok());
    select_next(&mut app, Kind::Quote);
    act(&mut app, Action::Reject);
    assert!(
        message(&app).contains("changed on disk"),
        "{}",
        message(&app)
    );
    let saved = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(saved.contains("Someone Else"), "{saved}");
    assert_eq!(saved.matches("[[reject]]").count(), 2, "{saved}");
}

#[test]
fn the_bundled_seeds_are_read_only() {
    let dir = folder();
    let mut app = app(Library::seeds(&Lexicon::builtin()), dir.path());
    for action in [Action::Select, Action::Add, Action::ChangeSpeaker] {
        assert_eq!(act(&mut app, action), None);
        assert!(
            message(&app).contains("read-only"),
            "{action:?}: {}",
            message(&app)
        );
        assert_eq!(app.view.popup, None);
    }
    select_next(&mut app, Kind::Quote);
    assert_eq!(
        app.view.update(&app.corpus, Input::Action(Action::Reject)),
        None
    );
    assert!(message(&app).contains("read-only"));
    // Even an edit that reaches the editor is refused.
    let outcome = app.editor.edit(
        &mut app.corpus,
        0,
        &Edit::Reject {
            kind: Kind::Quote,
            span: Span::new(0, 4),
        },
    );
    assert!(outcome.result.is_err_and(|e| e.contains("read-only")));
}

#[test]
fn a_broken_sidecar_is_shown_refused_and_left_byte_for_byte() {
    let dir = folder();
    let path = sidecar(dir.path(), FIRST);
    let broken = b"[[annotation]]\nkind = \"claim\"\nexact = \"unterminated\n# \xc3\xa9 stays\n";
    assert!(std::fs::write(&path, broken).is_ok());
    let mut app = open(dir.path());
    let m = message(&app);
    assert!(
        m.contains(&format!("{FIRST}.dossier.toml:3:")),
        "file:line:col on open: {m}"
    );
    let screen = text_of(&draw(&mut app));
    assert!(screen.contains("sidecar error"), "{screen}");
    // The automatic annotations are kept.
    let (_, span) = select_next(&mut app, Kind::Quote);
    for action in [
        Action::Reject,
        Action::Add,
        Action::ChangeSpeaker,
        Action::Select,
    ] {
        assert_eq!(act(&mut app, action), None);
        assert!(
            message(&app).contains("dossier.toml:3:"),
            "{action:?}: {}",
            message(&app)
        );
        assert_eq!(app.view.popup, None);
    }
    // Straight to the editor (as if the file broke after the reader checked): still refused.
    let outcome = app.editor.edit(
        &mut app.corpus,
        0,
        &Edit::Reject {
            kind: Kind::Quote,
            span,
        },
    );
    assert!(outcome.result.is_err());
    assert_eq!(std::fs::read(&path).ok().as_deref(), Some(&broken[..]));
}

#[test]
fn orphaned_entries_are_listed_not_dropped() {
    let dir = folder();
    let path = sidecar(dir.path(), FIRST);
    let orphan = "[[annotation]]\nkind = \"claim\"\nspeaker = \"avni-islami\"\n\
                  exact = \"a sentence that was edited out of the text long ago\"\nstart = 10\n";
    assert!(std::fs::write(&path, orphan).is_ok());
    let mut app = open(dir.path());
    // A short screen, so the orphans are below the claims and need scrolling to.
    app.view.area = Rect::new(0, 0, 140, 16);
    assert!(message(&app).contains("1 orphaned"), "{}", message(&app));
    let screen = text_of(&draw(&mut app));
    assert!(screen.contains("⚠ 1 orphaned"), "{screen}");
    act(&mut app, Action::SidebarTab);
    // Scroll the Claims list to its end so the orphan section shows.
    act(&mut app, Action::FocusNext);
    act(&mut app, Action::Bottom);
    let screen = text_of(&draw(&mut app));
    assert!(screen.contains("Orphaned (1)"), "{screen}");
    assert!(
        screen.contains("claim by avni-islami: “a sentence"),
        "{screen}"
    );
    // An edit keeps it in the file.
    act(&mut app, Action::Top);
    let (_, _) = select_next(&mut app, Kind::Quote);
    act(&mut app, Action::Reject);
    let saved = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(saved.contains("edited out of the text long ago"), "{saved}");
}

#[test]
fn editing_popups_and_the_selection_draw_at_any_size() {
    let dir = folder();
    let mut app = open(dir.path());
    place_at(&mut app, "Britain has played");
    let steps = [
        (Input::Action(Action::Select), "selection"),
        (Input::Action(Action::Add), "kind picker"),
        (Input::Char('c'), "speaker picker"),
        (Input::Char('z'), "speaker picker with a query"),
    ];
    for (step, name) in steps {
        app.view.area = Rect::new(0, 0, 140, 40);
        app.handle(step);
        for width in (1..=61).step_by(6) {
            for height in (1..=16).step_by(3) {
                let Ok(mut terminal) = Terminal::new(TestBackend::new(width, height));
                assert!(
                    app.draw(&mut terminal).is_ok(),
                    "{name} at {width}×{height}"
                );
            }
        }
    }
    app.view.area = Rect::new(0, 0, 140, 40);
    let screen = text_of(&draw(&mut app));
    assert!(screen.contains("+ New speaker: z"), "{screen}");
}
