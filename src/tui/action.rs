//! What a key can do, by name, so that `config.toml` binds keys with `"ctrl-d" = "half_page_down"`.
//!
//! One table lists every action with its config name and the line the help overlay shows; the
//! enum, its names and its descriptions are generated from it so they cannot drift apart.
//! Adding an action is one line here and one arm in `View::update`.

use serde::{Deserialize, Serialize};

macro_rules! actions {
    ($($variant:ident = $name:literal: $doc:literal,)*) => {
        /// A named, bindable command.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Action {
            $(#[doc = $doc] $variant,)*
        }

        impl Action {
            /// Every action, in help order.
            pub const ALL: &[Action] = &[$(Action::$variant,)*];

            /// The name used in `config.toml`.
            pub const fn name(self) -> &'static str {
                match self { $(Action::$variant => $name,)* }
            }

            /// One line for the help overlay.
            pub const fn description(self) -> &'static str {
                match self { $(Action::$variant => $doc,)* }
            }
        }
    };
}

actions! {
    Down = "down": "Move down a line or an item",
    Up = "up": "Move up a line or an item",
    HalfPageDown = "half_page_down": "Move down half a page",
    HalfPageUp = "half_page_up": "Move up half a page",
    PageDown = "page_down": "Move down a page",
    PageUp = "page_up": "Move up a page",
    Top = "top": "Go to the top",
    Bottom = "bottom": "Go to the bottom",
    FocusNext = "focus_next": "Focus the next pane",
    FocusPrev = "focus_prev": "Focus the previous pane",
    Open = "open": "Open the selected briefing, expert, claim or popup entry",
    NextSpeech = "next_speech": "Next quote or claim (of the filtered speaker, across briefings)",
    PrevSpeech = "prev_speech": "Previous quote or claim",
    NextBriefing = "next_briefing": "Next briefing",
    PrevBriefing = "prev_briefing": "Previous briefing",
    Search = "search": "Search the text of the briefing",
    SearchNext = "search_next": "Next search match",
    SearchPrev = "search_prev": "Previous search match",
    FuzzySpeaker = "fuzzy_speaker": "Jump to a speaker (fuzzy) and filter by them",
    Copy = "copy": "Copy the citation of the selected quote or claim",
    CopyAs = "copy_as": "Copy the citation in another format",
    SidebarTab = "sidebar_tab": "Switch the sidebar between Experts and Claims",
    SidebarScope = "sidebar_scope": "Experts of this briefing or of the whole corpus",
    ParagraphNumbers = "paragraph_numbers": "Show or hide paragraph numbers",
    CycleTheme = "cycle_theme": "Next colour theme",
    Select = "select": "Select the sentence to annotate (then h/l, j/k move its end)",
    SelectOtherEnd = "select_other_end": "While selecting: move the other end of the selection",
    Add = "add": "Add the selection (or the sentence) as a quote or claim, with a speaker",
    Reject = "reject": "Reject the selected quote or claim (saved in the sidecar)",
    ChangeSpeaker = "change_speaker": "Change the speaker of the selected quote or claim",
    Undo = "undo": "Undo the last edit (saved at once)",
    Help = "help": "Show or hide this help",
    Cancel = "cancel": "Close the popup, or clear the search, then the speaker filter",
    Quit = "quit": "Quit",
    Ignore = "ignore": "Do nothing (unbinds a default key)",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_serde_so_the_config_and_the_help_agree() {
        for action in Action::ALL {
            let json = serde_json::to_string(action).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", action.name()));
            assert!(!action.description().is_empty());
        }
    }
}
