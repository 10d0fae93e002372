//! The reader's config file: keys, theme, citation format, clipboard.
//!
//! Found at `--config FILE`, else `$DOSSIER_CONFIG`, else `$XDG_CONFIG_HOME/dossier/config.toml`
//! (`~/.config/dossier/config.toml` on Linux and macOS). A missing file means the defaults; a
//! broken one is reported as `file:line:column: what` and the reader starts with the defaults,
//! because a typo in a config file should never keep an analyst from their briefings.

use super::action::Action;
use super::clipboard::ClipboardMode;
use crate::cite::Format;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The environment variable naming a config file to use instead of the default one.
pub const CONFIG_ENV: &str = "DOSSIER_CONFIG";

/// What `config.toml` may set. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Theme to start with: a built-in (`dark`, `light`, `high-contrast`) or a user theme.
    pub theme: Option<String>,
    /// Format `y` copies in (`plain`, `markdown`, `csl-json`, `bibtex`).
    pub citation_format: Format,
    /// `auto`, `osc52`, `system` or `off`.
    pub clipboard: ClipboardMode,
    /// Show paragraph numbers from the start.
    pub paragraph_numbers: bool,
    /// Key name → action name, e.g. `"ctrl-n" = "next_speech"`; `"q" = "ignore"` unbinds.
    pub keys: BTreeMap<String, Action>,
}

/// Where the config file is, if there is a place for one.
pub fn config_path(explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(path) = explicit {
        return Some(path.to_path_buf());
    }
    if let Some(path) = std::env::var_os(CONFIG_ENV).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    use etcetera::BaseStrategy;
    etcetera::choose_base_strategy()
        .ok()
        .map(|s| s.config_dir().join("dossier").join("config.toml"))
}

/// The directory user themes are read from: `themes/` next to the config file.
pub fn themes_dir(config_path: Option<&Path>) -> Option<PathBuf> {
    config_path.and_then(Path::parent).map(|d| d.join("themes"))
}

/// Read the config at `path`: the defaults when there is no file, the defaults and a message
/// when the file is broken.
pub fn load(path: Option<&Path>) -> (Config, Option<String>) {
    let Some(path) = path else {
        return (Config::default(), None);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Config::default(), None),
        Err(e) => return (Config::default(), Some(format!("{}: {e}", path.display()))),
    };
    parse(path, &text)
}

/// Parse config text; `path` names the file in a message.
pub fn parse(path: &Path, text: &str) -> (Config, Option<String>) {
    match toml::from_str(text) {
        Ok(config) => (config, None),
        Err(e) => (
            Config::default(),
            Some(format!(
                "{}; using defaults",
                describe_toml_error(path, text, &e)
            )),
        ),
    }
}

/// `file:line:column: message` for a TOML error.
pub fn describe_toml_error(path: &Path, text: &str, error: &toml::de::Error) -> String {
    let message = error.message().trim().replace('\n', " ");
    match error.span() {
        Some(span) => {
            let (line, column) = crate::text::line_col(text, span.start);
            format!("{}:{line}:{column}: {message}", path.display())
        }
        None => format!("{}: {message}", path.display()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_config_parses() {
        let text = r#"
theme = "light"
citation_format = "bibtex"
clipboard = "osc52"
paragraph_numbers = true

[keys]
"ctrl-n" = "next_speech"
q = "ignore"
"#;
        let (config, error) = parse(Path::new("c.toml"), text);
        assert_eq!(error, None);
        assert_eq!(config.theme.as_deref(), Some("light"));
        assert_eq!(config.citation_format, Format::Bibtex);
        assert_eq!(config.clipboard, ClipboardMode::Osc52);
        assert!(config.paragraph_numbers);
        assert_eq!(config.keys.get("ctrl-n"), Some(&Action::NextSpeech));
    }

    #[test]
    fn a_broken_config_names_file_line_and_column_and_falls_back() {
        let text = "theme = \"dark\"\n\n[keys]\nj = \"fly_away\"\n";
        let (config, error) = parse(Path::new("/home/a/config.toml"), text);
        assert_eq!(config, Config::default());
        let error = error.unwrap_or_default();
        assert!(error.starts_with("/home/a/config.toml:4:5: "), "{error}");
        assert!(error.contains("fly_away"), "{error}");
        let (_, error) = parse(Path::new("c.toml"), "clipboard = \"maybe\"\nnope = 1\n");
        assert!(error.unwrap_or_default().starts_with("c.toml:1:13: "));
    }

    #[test]
    fn unknown_settings_are_reported() {
        let (_, error) = parse(Path::new("c.toml"), "theme = \"dark\"\ncolour = 3\n");
        assert!(error.unwrap_or_default().starts_with("c.toml:2:1: "));
    }

    #[test]
    fn a_missing_file_is_the_defaults_without_a_message() {
        let (config, error) = load(Some(Path::new("/nonexistent/dossier/config.toml")));
        assert_eq!((config, error), (Config::default(), None));
    }

    #[test]
    fn user_themes_live_next_to_the_config() {
        assert_eq!(
            themes_dir(Some(Path::new("/c/dossier/config.toml"))),
            Some(PathBuf::from("/c/dossier/themes"))
        );
    }
}
