//! Copying citations: the system clipboard where there is one, OSC 52 over SSH and in bare
//! terminals.
//!
//! On X11 a copy lives only as long as the program that made it serves it, so the arboard
//! clipboard is created once and kept for the whole session. OSC 52 asks the terminal (or tmux,
//! with `set -g set-clipboard on`) to set the clipboard, which is the only way to reach the
//! analyst's own clipboard from a reader running on a remote host.

use base64::Engine;
use serde::Deserialize;
use std::io::Write;

/// Which way to copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClipboardMode {
    /// OSC 52 over SSH or without a display, else the system clipboard (OSC 52 if it fails).
    #[default]
    Auto,
    /// Always OSC 52.
    Osc52,
    /// Always the system clipboard.
    System,
    /// Never copy.
    Off,
}

/// The way a copy is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Osc52,
    System,
    Off,
}

/// The route `mode` takes in an environment read through `var`.
pub fn choose_route(mode: ClipboardMode, var: impl Fn(&str) -> Option<String>) -> Route {
    let set = |name: &str| var(name).is_some_and(|v| !v.is_empty());
    match mode {
        ClipboardMode::Off => Route::Off,
        ClipboardMode::Osc52 => Route::Osc52,
        ClipboardMode::System => Route::System,
        ClipboardMode::Auto => {
            let over_ssh = set("SSH_TTY") || set("SSH_CONNECTION");
            // Only X11 and Wayland need a display; macOS and Windows always have a clipboard.
            let headless = cfg!(all(unix, not(target_os = "macos")))
                && !set("DISPLAY")
                && !set("WAYLAND_DISPLAY");
            if over_ssh || headless {
                Route::Osc52
            } else {
                Route::System
            }
        }
    }
}

/// The OSC 52 sequence that sets the clipboard to `text`.
pub fn osc52(text: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    format!("\u{1b}]52;c;{encoded}\u{7}")
}

/// The session's clipboard.
pub struct Clipboard {
    route: Route,
    /// Kept alive for the whole session (see the module docs).
    system: Option<arboard::Clipboard>,
    /// Why the system clipboard is unavailable, for the message.
    system_error: Option<String>,
    /// Auto mode may fall back to OSC 52 when the system clipboard fails.
    may_fall_back: bool,
}

impl Clipboard {
    pub fn new(mode: ClipboardMode) -> Clipboard {
        let route = choose_route(mode, |name| std::env::var(name).ok());
        let (system, system_error) = if route == Route::System {
            match arboard::Clipboard::new() {
                Ok(c) => (Some(c), None),
                Err(e) => (None, Some(e.to_string())),
            }
        } else {
            (None, None)
        };
        Clipboard {
            route,
            system,
            system_error,
            may_fall_back: mode == ClipboardMode::Auto,
        }
    }

    /// Copy `text`; `terminal` receives OSC 52 when that is the route. Returns the message for
    /// the status bar, `Err` when nothing was copied.
    pub fn copy(&mut self, text: &str, terminal: &mut impl Write) -> Result<String, String> {
        match self.route {
            Route::Off => Err("Clipboard is off (clipboard = \"off\" in the config)".into()),
            Route::Osc52 => write_osc52(text, terminal),
            Route::System => {
                let result = match self.system.as_mut() {
                    Some(system) => system.set_text(text).map_err(|e| e.to_string()),
                    None => Err(self.system_error.clone().unwrap_or_default()),
                };
                match result {
                    Ok(()) => Ok("system clipboard".into()),
                    Err(_) if self.may_fall_back => write_osc52(text, terminal),
                    Err(e) => Err(format!("No system clipboard: {e}")),
                }
            }
        }
        .map(|via| format!("Copied citation via {via}"))
    }
}

fn write_osc52(text: &str, terminal: &mut impl Write) -> Result<String, String> {
    terminal
        .write_all(osc52(text).as_bytes())
        .and_then(|()| terminal.flush())
        .map(|()| "OSC 52".to_string())
        .map_err(|e| format!("Could not write OSC 52 to the terminal: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn auto_uses_osc52_over_ssh_or_without_a_display() {
        let auto = ClipboardMode::Auto;
        assert_eq!(
            choose_route(auto, env(&[("DISPLAY", ":0"), ("SSH_TTY", "/dev/pts/1")])),
            Route::Osc52
        );
        assert_eq!(
            choose_route(auto, env(&[("DISPLAY", ":0"), ("SSH_CONNECTION", "a b")])),
            Route::Osc52
        );
        assert_eq!(choose_route(auto, env(&[("DISPLAY", ":0")])), Route::System);
        assert_eq!(
            choose_route(auto, env(&[("WAYLAND_DISPLAY", "wayland-0")])),
            Route::System
        );
        if cfg!(all(unix, not(target_os = "macos"))) {
            assert_eq!(choose_route(auto, env(&[])), Route::Osc52);
            assert_eq!(choose_route(auto, env(&[("DISPLAY", "")])), Route::Osc52);
        }
    }

    #[test]
    fn explicit_modes_win() {
        let ssh = env(&[("SSH_TTY", "/dev/pts/1")]);
        assert_eq!(choose_route(ClipboardMode::System, &ssh), Route::System);
        assert_eq!(choose_route(ClipboardMode::Off, &ssh), Route::Off);
        assert_eq!(
            choose_route(ClipboardMode::Osc52, env(&[("DISPLAY", ":0")])),
            Route::Osc52
        );
    }

    #[test]
    fn osc52_is_base64_between_the_markers() {
        assert_eq!(osc52("“hi”"), "\u{1b}]52;c;4oCcaGnigJ0=\u{7}");
    }

    #[test]
    fn copying_via_osc52_writes_the_sequence_and_says_so() {
        let mut clipboard = Clipboard {
            route: Route::Osc52,
            system: None,
            system_error: None,
            may_fall_back: false,
        };
        let mut out = Vec::new();
        assert_eq!(
            clipboard.copy("x", &mut out),
            Ok("Copied citation via OSC 52".into())
        );
        assert_eq!(out, osc52("x").into_bytes());
    }

    #[test]
    fn no_clipboard_is_a_message_not_a_crash() {
        let mut clipboard = Clipboard {
            route: Route::System,
            system: None,
            system_error: Some("no X server".into()),
            may_fall_back: false,
        };
        let mut out = Vec::new();
        let result = clipboard.copy("x", &mut out);
        assert_eq!(result, Err("No system clipboard: no X server".into()));
        assert!(out.is_empty());
        let mut off = Clipboard {
            route: Route::Off,
            ..clipboard
        };
        assert!(off.copy("x", &mut out).is_err());
    }
}
