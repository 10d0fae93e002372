//! Screens of the reader on a `TestBackend`: each pane, the popups, tiny terminals, hostile text.

#[path = "support/reader.rs"]
mod common;

use common::{Reader, library, text_of};
use dossier::tui::action::Action;
use dossier::tui::view::{Input, Pane};
use dossier::{Briefing, Library, Meta};
use ratatui::style::{Color, Modifier};

fn reader(width: u16, height: u16) -> Reader {
    Reader::new(library(), width, height)
}

#[test]
fn main_screen_shows_briefings_reading_view_experts_and_status() {
    let r = reader(140, 30);
    let screen = r.screen();
    insta::assert_snapshot!("main_screen", screen);
    // Briefings pane: title, outlet, date, counts.
    assert!(
        screen.contains("Border talks stall in Brussels"),
        "{screen}"
    );
    assert!(screen.contains("2q 1c · Balkan Wire · 2024…"), "{screen}");
    assert!(screen.contains("1q 2c · Telegraphy"), "{screen}");
    // Sidebar: experts of this briefing with role and counts.
    assert!(screen.contains("Jana Novak, Defence Minister"), "{screen}");
    assert!(screen.contains("Aleksandar Vučić, Serbian Pr"), "{screen}");
    // Status bar: position and hints.
    let status = screen.lines().last().unwrap_or("");
    assert!(status.starts_with(" 1/2 ¶1"), "{status}");
    assert!(status.contains("? help"), "{status}");
}

#[test]
fn reading_view_styles_quotes_claims_and_entities_and_highlights_the_selection() {
    let mut r = reader(140, 30);
    let buffer = r.draw();
    let text = text_of(&buffer);
    let find = |text: &str, needle: &str| -> Option<(u16, u16)> {
        text.lines().enumerate().find_map(|(y, line)| {
            let at = line.find(needle)?;
            Some((
                u16::try_from(line[..at].chars().count()).ok()?,
                u16::try_from(y).ok()?,
            ))
        })
    };
    let theme = r.themes[0].clone();
    let Some((x, y)) = find(&text, "We will not back down") else {
        panic!("quote not on screen:\n{text}");
    };
    assert_eq!(buffer[(x, y)].fg, theme.quote.fg.unwrap_or(Color::Reset));
    // Row 1 is the first text row: the headline, ending in the entity "Brussels".
    let Some((x, y)) = find(text.lines().nth(1).unwrap_or(""), "in Brussels") else {
        panic!("entity not on screen:\n{text}");
    };
    assert_eq!(
        buffer[(x + 3, y + 1)].fg,
        theme.entity.fg.unwrap_or(Color::Reset),
        "{text}"
    );
    assert_eq!(
        buffer[(x, y + 1)].fg,
        theme.text.fg.unwrap_or(Color::Reset),
        "{text}"
    );
    // `]` selects the first quote: highlighted with the selection style.
    r.act(Action::NextSpeech);
    let buffer = r.draw();
    let Some((x, y)) = find(&text_of(&buffer), "We will not back down") else {
        panic!("quote gone");
    };
    assert_eq!(buffer[(x, y)].bg, theme.selected.bg.unwrap_or(Color::Reset));
}

#[test]
fn paragraph_numbers_toggle() {
    let mut r = reader(140, 30);
    assert!(!r.screen().contains("¶3 Serbian"));
    r.act(Action::ParagraphNumbers);
    let screen = r.screen();
    assert!(screen.contains("¶3 Serbian President"), "{screen}");
}

#[test]
fn claims_tab_lists_speech_with_speakers_in_reading_order() {
    let mut r = reader(140, 30);
    r.act(Action::SidebarTab);
    r.act(Action::NextSpeech);
    let screen = r.screen();
    insta::assert_snapshot!("claims_tab", screen);
    let row_of = |needle: &str| screen.lines().position(|l| l.contains(needle));
    let rows = [
        row_of("¶2 Jana Novak: “We will not"),
        row_of("¶3 Aleksandar Vučić: the talks"),
        row_of("¶4 Hashim Thaçi: “Kosovo"),
    ];
    assert_eq!(rows, [Some(2), Some(3), Some(4)], "{screen}");
}

#[test]
fn experts_of_the_whole_corpus_with_counts() {
    let mut r = reader(140, 30);
    r.act(Action::SidebarScope);
    let screen = r.screen();
    assert!(screen.contains("all briefings"), "{screen}");
    assert!(screen.contains("Avni Islami, security analyst"), "{screen}");
    // Vučić is one speaker across both briefings: one claim in each.
    let vucic = screen
        .lines()
        .find(|l| l.contains("Aleksandar Vučić"))
        .unwrap_or("");
    assert!(vucic.contains("0q 2c"), "{vucic}");
}

#[test]
fn fuzzy_popup_folds_diacritics_and_highlights_matched_characters() {
    let mut r = reader(140, 30);
    r.act(Action::FuzzySpeaker);
    r.type_text("vucic");
    let buffer = r.draw();
    let screen = text_of(&buffer);
    insta::assert_snapshot!("fuzzy_popup", screen);
    assert!(screen.contains("› vucic"), "{screen}");
    assert!(screen.contains("1/4 speakers"), "{screen}");
    let (y, line) = screen
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Aleksandar Vučić, Serbian President"))
        .unwrap_or((0, ""));
    let x = line[..line.find("Vučić").unwrap_or(0)].chars().count();
    let y = u16::try_from(y).unwrap_or(0);
    let theme = &r.themes[0];
    for dx in 0..5u16 {
        let cell = &buffer[(u16::try_from(x).unwrap_or(0) + dx, y)];
        assert_eq!(
            cell.fg,
            theme.fuzzy_match.fg.unwrap_or(Color::Reset),
            "{dx}"
        );
        assert!(cell.modifier.contains(Modifier::UNDERLINED));
    }
    let before = &buffer[(u16::try_from(x).unwrap_or(1) - 2, y)];
    assert!(
        !before.modifier.contains(Modifier::UNDERLINED),
        "‘r’ of Aleksandar is no match"
    );
}

#[test]
fn fuzzy_popup_matches_aliases() {
    let mut r = reader(140, 30);
    r.act(Action::FuzzySpeaker);
    r.type_text("islam");
    let screen = r.screen();
    assert!(screen.contains("Avni Islami"), "{screen}");
    r.type_text("zzz");
    assert!(r.screen().contains("0/4 speakers"));
}

#[test]
fn help_overlay_lists_every_key() {
    let mut r = reader(110, 40);
    r.act(Action::Help);
    let screen = r.screen();
    insta::assert_snapshot!("help_overlay", screen);
    for action in Action::ALL {
        if *action != Action::Ignore {
            assert!(
                screen.contains(action.description()),
                "{action:?} missing:\n{screen}"
            );
        }
    }
    r.act(Action::Cancel);
    assert!(!r.screen().contains("Keys · j/k scroll"));
}

#[test]
fn format_picker_previews_the_chosen_format() {
    let mut r = reader(140, 30);
    r.act(Action::NextSpeech);
    r.act(Action::CopyAs);
    r.act(Action::Down);
    r.act(Action::Down);
    let screen = r.screen();
    assert!(screen.contains("▸ CSL-JSON"), "{screen}");
    assert!(
        screen.contains("\"container-title\": \"Balkan Wire\","),
        "{screen}"
    );
    assert!(screen.contains("\"id\": \"talks-p2\""), "{screen}");
}

#[test]
fn tiny_terminal_shows_a_notice() {
    let r = reader(39, 11);
    let screen = r.screen();
    insta::assert_snapshot!("tiny_terminal", screen);
    assert!(screen.contains("Terminal too small"), "{screen}");
    let r = reader(40, 12);
    let screen = r.screen();
    assert!(!screen.contains("Terminal too small"), "{screen}");
    assert!(
        screen.contains("We will not"),
        "the reading view fits at 40×12:\n{screen}"
    );
}

#[test]
fn no_size_panics_in_any_state() {
    let mut states: Vec<Reader> = Vec::new();
    for setup in 0..6 {
        let mut r = reader(80, 24);
        match setup {
            1 => {
                r.act(Action::FuzzySpeaker);
                r.type_text("a");
            }
            2 => {
                r.act(Action::Help);
            }
            3 => {
                r.act(Action::NextSpeech);
                r.act(Action::CopyAs);
            }
            4 => {
                r.act(Action::ParagraphNumbers);
                r.act(Action::SidebarTab);
                r.act(Action::Bottom);
            }
            5 => {
                r.act(Action::Search);
                r.type_text("talks");
            }
            _ => {}
        }
        states.push(r);
    }
    for r in &mut states {
        for width in (1..=130).step_by(7).chain([1, 2, 39, 40, 41]) {
            for height in (1..=50).step_by(5).chain([1, 11, 12, 13]) {
                r.view.area = ratatui::layout::Rect::new(0, 0, width, height);
                let _ = r.draw();
                r.input(Input::Click {
                    x: width / 2,
                    y: height / 2,
                });
                r.input(Input::Wheel {
                    x: width / 2,
                    y: height / 2,
                    down: true,
                });
                r.act(Action::Down);
                r.act(Action::NextSpeech);
            }
        }
    }
}

const HOSTILE: &str = "Headline\u{1b}]0;PWNED TITLE\u{7} here\n\n\
\u{1b}[2J\u{1b}[31mRed\u{1b}[0m text \u{1b}]52;c;cHduZWQ=\u{7}and \u{9b}1mC1\u{9c} \u{202e}desrever\u{202c} \
\u{1b}Pq#0;2;0;0;0\u{1b}\\sixel\ttab \u{7}bell \u{8}bs\u{0}nul.\n";

#[test]
fn a_briefing_full_of_escape_sequences_renders_clean() {
    let mut briefing = Briefing::new(
        "hostile.txt",
        HOSTILE.to_string(),
        &dossier::Lexicon::builtin(),
    );
    briefing.meta = Meta {
        title: Some("Title \u{1b}]2;evil\u{7}with \u{1b}[5mblink".into()),
        ..Meta::default()
    };
    let r = Reader::new(Library::from_briefings(vec![briefing]), 100, 20);
    let buffer = r.draw();
    let screen = text_of(&buffer);
    for cell in buffer.content() {
        assert!(
            !cell
                .symbol()
                .chars()
                .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
            "control char {:?} on screen:\n{screen}",
            cell.symbol()
        );
    }
    for residue in [
        "52;", "PWNED", "[31m", "[0m", "[2J", "]0;", "#0;2", "evil", "[5m",
    ] {
        assert!(
            !screen.contains(residue),
            "`{residue}` on screen:\n{screen}"
        );
    }
    assert!(
        screen.contains("Red text and C1 desrever sixel  tab bell bsnul."),
        "{screen}"
    );
    assert!(screen.contains("Title with blink"), "{screen}");
}

#[test]
fn focus_moves_with_tab_and_narrow_terminals_show_the_focused_pane() {
    let mut r = reader(50, 20);
    assert!(r.screen().contains("We will not"));
    r.act(Action::FocusNext);
    assert_eq!(r.view.focus, Pane::Sidebar);
    let screen = r.screen();
    assert!(screen.contains("Experts"), "{screen}");
    assert!(!screen.contains("We will not"), "{screen}");
}
