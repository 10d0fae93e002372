//! Keys to actions: the less/vim defaults, patched by the `[keys]` table of the config file.

use super::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// A key with its modifiers, normalised so that `G` and `shift-g` are the same key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    code: KeyCode,
    modifiers: KeyModifiers,
}

impl Key {
    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> Self {
        let mut modifiers =
            modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match code {
            // A typed character already says whether shift was held.
            KeyCode::Char(c) => {
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::Char(if modifiers.contains(KeyModifiers::CONTROL) {
                    c.to_ascii_lowercase()
                } else {
                    c
                })
            }
            KeyCode::BackTab => {
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            other => other,
        };
        Key { code, modifiers }
    }

    pub fn from_event(event: &KeyEvent) -> Self {
        Key::new(event.code, event.modifiers)
    }

    /// A plain character typed without ctrl or alt (text for a prompt).
    pub fn typed_char(&self) -> Option<char> {
        match self.code {
            KeyCode::Char(c)
                if !self
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                Some(c)
            }
            _ => None,
        }
    }

    /// Parse `"j"`, `"G"`, `"ctrl-d"`, `"shift-tab"`, `"pgdn"`, `"enter"`, `"space"`, `"f5"`…
    pub fn parse(s: &str) -> Result<Key, String> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = s;
        // A lone "-" is the minus key, not an empty modifier list.
        while let Some((head, tail)) = rest.split_once('-').filter(|(_, t)| !t.is_empty()) {
            match head.to_ascii_lowercase().as_str() {
                "ctrl" => modifiers |= KeyModifiers::CONTROL,
                "alt" => modifiers |= KeyModifiers::ALT,
                "shift" => modifiers |= KeyModifiers::SHIFT,
                _ => break,
            }
            rest = tail;
        }
        let code = match rest.to_ascii_lowercase().as_str() {
            _ if rest.chars().count() == 1 => KeyCode::Char(rest.chars().next().unwrap_or(' ')),
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" if modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pgdn" | "pagedown" => KeyCode::PageDown,
            "pgup" | "pageup" => KeyCode::PageUp,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "delete" | "del" => KeyCode::Delete,
            "insert" | "ins" => KeyCode::Insert,
            f if f.starts_with('f') => match f[1..].parse::<u8>() {
                Ok(n) if (1..=24).contains(&n) => KeyCode::F(n),
                _ => return Err(format!("unknown key `{s}`")),
            },
            _ => return Err(format!("unknown key `{s}`")),
        };
        let code = match code {
            KeyCode::Char(c)
                if modifiers.contains(KeyModifiers::SHIFT) && c.is_ascii_lowercase() =>
            {
                KeyCode::Char(c.to_ascii_uppercase())
            }
            other => other,
        };
        Ok(Key::new(code, modifiers))
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) {
            f.write_str("Shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// The default bindings.
const DEFAULTS: &[(&str, Action)] = &[
    ("j", Action::Down),
    ("down", Action::Down),
    ("k", Action::Up),
    ("up", Action::Up),
    ("ctrl-d", Action::HalfPageDown),
    ("ctrl-u", Action::HalfPageUp),
    ("pgdn", Action::PageDown),
    ("space", Action::PageDown),
    ("pgup", Action::PageUp),
    ("g", Action::Top),
    ("home", Action::Top),
    ("G", Action::Bottom),
    ("end", Action::Bottom),
    ("tab", Action::FocusNext),
    ("l", Action::FocusNext),
    ("right", Action::FocusNext),
    ("shift-tab", Action::FocusPrev),
    ("h", Action::FocusPrev),
    ("left", Action::FocusPrev),
    ("enter", Action::Open),
    ("]", Action::NextSpeech),
    ("[", Action::PrevSpeech),
    ("}", Action::NextBriefing),
    ("{", Action::PrevBriefing),
    ("/", Action::Search),
    ("n", Action::SearchNext),
    ("N", Action::SearchPrev),
    ("f", Action::FuzzySpeaker),
    ("y", Action::Copy),
    ("Y", Action::CopyAs),
    ("s", Action::SidebarTab),
    ("c", Action::SidebarScope),
    ("p", Action::ParagraphNumbers),
    ("t", Action::CycleTheme),
    ("v", Action::Select),
    ("o", Action::SelectOtherEnd),
    ("a", Action::Add),
    ("x", Action::Reject),
    ("e", Action::ChangeSpeaker),
    ("u", Action::Undo),
    ("?", Action::Help),
    ("esc", Action::Cancel),
    ("q", Action::Quit),
    ("ctrl-c", Action::Quit),
];

/// Keys to actions.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: HashMap<Key, Action>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = DEFAULTS
            .iter()
            .filter_map(|(key, action)| Key::parse(key).ok().map(|k| (k, *action)))
            .collect();
        Keymap { bindings }
    }
}

impl Keymap {
    /// The defaults with `overrides` (key name → action) applied. Unknown key names are
    /// returned as errors; the other overrides still apply.
    pub fn with_overrides(overrides: &BTreeMap<String, Action>) -> (Keymap, Vec<String>) {
        let mut keymap = Keymap::default();
        let mut errors = Vec::new();
        for (name, action) in overrides {
            match Key::parse(name) {
                Ok(key) if *action == Action::Ignore => {
                    keymap.bindings.remove(&key);
                }
                Ok(key) => {
                    keymap.bindings.insert(key, *action);
                }
                Err(e) => errors.push(e),
            }
        }
        (keymap, errors)
    }

    pub fn action(&self, key: &Key) -> Option<Action> {
        self.bindings.get(key).copied()
    }

    /// The keys bound to `action`, for help and hints: short names first.
    pub fn keys_for(&self, action: Action) -> Vec<Key> {
        let mut keys: Vec<Key> = self
            .bindings
            .iter()
            .filter(|(_, a)| **a == action)
            .map(|(k, _)| *k)
            .collect();
        keys.sort_by_cached_key(|k| {
            let name = k.to_string();
            (name.chars().count(), name)
        });
        keys
    }

    /// The first key bound to `action`, written for a hint ("?", "Ctrl-d").
    pub fn hint(&self, action: Action) -> Option<String> {
        let keys = self.keys_for(action);
        // Prefer a single printable character: it is what the user is most likely to type.
        keys.iter()
            .find(|k| k.typed_char().is_some_and(|c| c != ' '))
            .or(keys.first())
            .map(ToString::to_string)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Key {
        Key::new(code, modifiers)
    }

    #[test]
    fn shifted_characters_and_backtab_are_normalised() {
        let keymap = Keymap::default();
        let shift_g = key(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(keymap.action(&shift_g), Some(Action::Bottom));
        let backtab = key(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(keymap.action(&backtab), Some(Action::FocusPrev));
        let ctrl_d = key(KeyCode::Char('d'), KeyModifiers::CONTROL);
        assert_eq!(keymap.action(&ctrl_d), Some(Action::HalfPageDown));
        let question = key(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(keymap.action(&question), Some(Action::Help));
    }

    #[test]
    fn key_names_parse() {
        assert_eq!(
            Key::parse("ctrl-d"),
            Ok(key(KeyCode::Char('d'), KeyModifiers::CONTROL))
        );
        assert_eq!(Key::parse("shift-g"), Key::parse("G"));
        assert_eq!(
            Key::parse("-"),
            Ok(key(KeyCode::Char('-'), KeyModifiers::NONE))
        );
        assert_eq!(Key::parse("f5"), Ok(key(KeyCode::F(5), KeyModifiers::NONE)));
        assert!(Key::parse("hyper-x").is_err());
        assert!(Key::parse("nonsense").is_err());
    }

    #[test]
    fn overrides_rebind_unbind_and_report_bad_names() {
        let overrides = BTreeMap::from([
            ("x".to_string(), Action::Quit),
            ("q".to_string(), Action::Ignore),
            ("bogus-key".to_string(), Action::Quit),
        ]);
        let (keymap, errors) = Keymap::with_overrides(&overrides);
        let plain = |c| key(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(keymap.action(&plain('x')), Some(Action::Quit));
        assert_eq!(keymap.action(&plain('q')), None);
        assert_eq!(errors.len(), 1);
        assert_eq!(
            keymap.action(&plain('j')),
            Some(Action::Down),
            "defaults stay"
        );
    }

    #[test]
    fn every_action_but_ignore_has_a_default_key() {
        let keymap = Keymap::default();
        for action in Action::ALL {
            if *action != Action::Ignore {
                assert!(!keymap.keys_for(*action).is_empty(), "{action:?}");
            }
        }
    }
}
