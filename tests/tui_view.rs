//! The reader's behaviour, key by key, through the pure `View::update`.

#[path = "support/reader.rs"]
mod common;

use common::{Reader, library};
use dossier::tui::action::Action;
use dossier::tui::view::{Effect, Input, Pane, Popup};

fn reader() -> Reader {
    Reader::new(library(), 140, 30)
}

fn selected_text(r: &Reader) -> Option<String> {
    let briefing = r.corpus.library.briefing(r.view.briefing)?;
    let a = briefing.annotations.get(r.view.selected?)?;
    Some(briefing.slice(a.span).to_string())
}

#[test]
fn fuzzy_enter_jumps_to_the_first_quote_and_filters_across_briefings() {
    let mut r = reader();
    r.act(Action::FuzzySpeaker);
    r.type_text("vucic");
    r.act(Action::Open);
    assert_eq!(r.view.popup, None);
    assert_eq!(r.view.focus, Pane::Reader);
    assert_eq!(
        selected_text(&r).as_deref(),
        Some("the talks had failed because of Pristina")
    );
    let speaker = r.view.filter.and_then(|s| r.corpus.library.speaker(s));
    assert_eq!(
        speaker.map(|s| s.speaker.name.as_str()),
        Some("Aleksandar Vučić")
    );
    // `]` walks only Vučić's speech, into the next briefing.
    r.act(Action::NextSpeech);
    assert_eq!(r.view.briefing, 1);
    assert_eq!(
        selected_text(&r).as_deref(),
        Some("Serbia would keep 4,000 troops at the border")
    );
    r.act(Action::NextSpeech);
    assert_eq!(r.view.briefing, 1, "no more: stays");
    assert!(r.view.message.is_some());
    r.act(Action::PrevSpeech);
    assert_eq!(r.view.briefing, 0);
    // Esc clears the filter; `]` then walks every quote.
    r.act(Action::Cancel);
    assert_eq!(r.view.filter, None);
    r.act(Action::NextSpeech);
    assert_eq!(
        selected_text(&r).as_deref(),
        Some("Kosovo is ready for a deal in 2024.")
    );
}

#[test]
fn alias_in_the_fuzzy_popup_finds_the_speaker() {
    let mut r = reader();
    r.act(Action::FuzzySpeaker);
    r.type_text("islam");
    r.act(Action::Open);
    assert_eq!(r.view.briefing, 1);
    // The first quote, not the claim before it.
    assert_eq!(
        selected_text(&r).as_deref(),
        Some("The Balkans should also be armed,")
    );
    r.act(Action::PrevSpeech);
    assert_eq!(
        selected_text(&r).as_deref(),
        Some("the Balkan countries must be armed")
    );
}

#[test]
fn backspace_and_arrows_in_the_fuzzy_popup() {
    let mut r = reader();
    r.act(Action::FuzzySpeaker);
    r.type_text("thaciq");
    let Some(Popup::Fuzzy(f)) = &r.view.popup else {
        panic!("popup closed");
    };
    assert!(f.matches.is_empty());
    r.input(Input::Backspace);
    let Some(Popup::Fuzzy(f)) = &r.view.popup else {
        panic!("popup closed");
    };
    assert_eq!(f.matches.len(), 1);
    r.act(Action::Cancel);
    assert_eq!(r.view.popup, None);
    assert_eq!(r.view.filter, None, "Esc picks nothing");
}

#[test]
fn y_copies_the_plain_citation_and_the_picker_copies_other_formats() {
    let mut r = reader();
    assert_eq!(
        r.act(Action::Copy),
        None,
        "nothing selected: a message, no copy"
    );
    assert!(r.view.message.as_ref().is_some_and(|m| m.error));
    r.act(Action::NextSpeech);
    assert_eq!(
        r.act(Action::Copy),
        Some(Effect::Copy(
            "“We will not back down,” — Jana Novak, Defence Minister, in Border talks stall in \
             Brussels, 2024-03-05, ¶2"
                .into()
        ))
    );
    r.act(Action::CopyAs);
    r.act(Action::Bottom); // ignored in the picker; Down moves
    for _ in 0..3 {
        r.act(Action::Down);
    }
    let Some(Effect::Copy(bibtex)) = r.act(Action::Open) else {
        panic!("no copy from the picker");
    };
    assert!(bibtex.starts_with("@article{talks-p2,"), "{bibtex}");
    assert_eq!(r.view.popup, None);
}

#[test]
fn search_finds_folded_text_and_n_wraps() {
    let mut r = reader();
    r.act(Action::Search);
    r.type_text("VUCIC");
    r.act(Action::Open);
    let search = r.view.search.clone();
    assert_eq!(search.as_ref().map(|s| s.matches.len()), Some(1));
    assert_eq!(search.and_then(|s| s.current), Some(0));
    r.act(Action::SearchNext);
    assert!(
        r.view
            .message
            .as_ref()
            .is_some_and(|m| m.text.contains("wrapped"))
    );
    r.act(Action::Search);
    r.type_text("nowhere");
    r.act(Action::Open);
    assert!(
        r.view
            .message
            .as_ref()
            .is_some_and(|m| m.text.contains("Not found"))
    );
    r.act(Action::Cancel);
    assert_eq!(r.view.search, None);
}

#[test]
fn briefing_keys_and_list_navigation() {
    let mut r = reader();
    r.act(Action::NextBriefing);
    assert_eq!(r.view.briefing, 1);
    r.act(Action::NextBriefing);
    assert_eq!(r.view.briefing, 1, "stays on the last");
    r.act(Action::FocusPrev);
    assert_eq!(r.view.focus, Pane::Briefings);
    r.act(Action::Up);
    assert_eq!(r.view.briefing, 0);
    r.act(Action::Open);
    assert_eq!(r.view.focus, Pane::Reader);
}

#[test]
fn sidebar_claims_selection_scrolls_the_reader() {
    let mut r = Reader::new(library(), 80, 12);
    r.act(Action::SidebarTab);
    r.act(Action::FocusNext);
    assert_eq!(r.view.focus, Pane::Sidebar);
    r.act(Action::Down);
    r.act(Action::Down);
    r.act(Action::Down);
    assert_eq!(
        selected_text(&r).as_deref(),
        Some("Kosovo is ready for a deal in 2024.")
    );
    assert!(
        r.view.scroll > 0,
        "the quote on the last lines was scrolled into view"
    );
}

#[test]
fn clicking_selects_briefings_and_quotes() {
    let mut r = reader();
    // The second briefing's first row in the list pane (rows 3-4).
    r.input(Input::Click { x: 5, y: 3 });
    assert_eq!((r.view.focus, r.view.briefing), (Pane::Briefings, 1));
    r.input(Input::Click { x: 5, y: 1 });
    assert_eq!(r.view.briefing, 0);
    // Row 3 of the reading view holds the quote; column 33 is inside its text.
    r.input(Input::Click { x: 33, y: 3 });
    assert_eq!(r.view.focus, Pane::Reader);
    assert_eq!(selected_text(&r).as_deref(), Some("We will not back down,"));
}

#[test]
fn theme_and_toggles_cycle() {
    let mut r = reader();
    let themes = r.themes.len();
    for _ in 0..themes {
        r.act(Action::CycleTheme);
    }
    assert_eq!(r.view.theme, 0);
    r.act(Action::SidebarScope);
    r.act(Action::Help);
    assert!(matches!(r.view.popup, Some(Popup::Help { .. })));
    r.act(Action::Help);
    assert_eq!(r.view.popup, None);
    assert_eq!(r.act(Action::Quit), Some(Effect::Quit));
}
