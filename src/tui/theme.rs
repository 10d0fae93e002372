//! Colour themes: a plain struct of styles, from TOML files that may set only what they change.
//!
//! The built-in themes (`themes/*.toml`) are embedded in the binary. `dark.toml` sets every
//! key; the others, and every user theme in `<config dir>/themes/`, are patches: a user file
//! named like a built-in theme patches it, any other file patches its `extends` theme (dark by
//! default) and is added to the cycle. With `NO_COLOR` set, colours are dropped and only
//! bold, underline and reverse remain, with a fallback for the styles that must stand out.

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// One style as a theme file writes it: `quote = { fg = "yellow", italic = true }`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StyleSpec {
    pub fg: Option<ColorSpec>,
    pub bg: Option<ColorSpec>,
    pub bold: Option<bool>,
    pub italic: Option<bool>,
    pub underline: Option<bool>,
    pub reversed: Option<bool>,
    pub dim: Option<bool>,
}

/// A colour name (`"yellow"`, `"light-blue"`), an index (`"208"`) or `"#rrggbb"`, checked when the
/// file is read so a typo is reported with its line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColorSpec(pub Color);

impl<'de> Deserialize<'de> for ColorSpec {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Color::from_str(&s)
            .map(ColorSpec)
            .map_err(|_| serde::de::Error::custom(format!("unknown colour `{s}`")))
    }
}

impl StyleSpec {
    /// `self` with every field `over` sets replaced.
    fn patch(self, over: StyleSpec) -> StyleSpec {
        StyleSpec {
            fg: over.fg.or(self.fg),
            bg: over.bg.or(self.bg),
            bold: over.bold.or(self.bold),
            italic: over.italic.or(self.italic),
            underline: over.underline.or(self.underline),
            reversed: over.reversed.or(self.reversed),
            dim: over.dim.or(self.dim),
        }
    }

    fn style(self, no_color: bool) -> Style {
        let mut style = Style::default();
        if !no_color {
            if let Some(ColorSpec(c)) = self.fg {
                style = style.fg(c);
            }
            if let Some(ColorSpec(c)) = self.bg {
                style = style.bg(c);
            }
        }
        let flags = [
            (self.bold, Modifier::BOLD, true),
            (self.underline, Modifier::UNDERLINED, true),
            (self.reversed, Modifier::REVERSED, true),
            (self.italic, Modifier::ITALIC, false),
            (self.dim, Modifier::DIM, false),
        ];
        for (on, modifier, allowed_without_colour) in flags {
            if on == Some(true) && (allowed_without_colour || !no_color) {
                style = style.add_modifier(modifier);
            }
        }
        style
    }
}

macro_rules! theme_keys {
    ($($key:ident: $doc:literal => $mono:expr,)*) => {
        /// A theme as a file writes it: any key may be missing.
        #[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct ThemeFile {
            /// The theme this one patches, for a user theme with a new name.
            pub extends: Option<String>,
            $(#[doc = $doc] pub $key: Option<StyleSpec>,)*
        }

        impl ThemeFile {
            fn patch(&self, over: &ThemeFile) -> ThemeFile {
                ThemeFile {
                    extends: over.extends.clone().or_else(|| self.extends.clone()),
                    $($key: match (self.$key, over.$key) {
                        (Some(a), Some(b)) => Some(a.patch(b)),
                        (a, b) => b.or(a),
                    },)*
                }
            }

            /// Names of the keys this file leaves unset.
            pub fn missing_keys(&self) -> Vec<&'static str> {
                let mut missing = Vec::new();
                $(if self.$key.is_none() { missing.push(stringify!($key)); })*
                missing
            }
        }

        /// Resolved styles, grouped by what they colour.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct Theme {
            pub name: String,
            $(#[doc = $doc] pub $key: Style,)*
        }

        impl Theme {
            fn resolve(name: &str, file: &ThemeFile, no_color: bool) -> Theme {
                let mut theme = Theme {
                    name: name.to_string(),
                    $($key: file.$key.unwrap_or_default().style(no_color),)*
                };
                if no_color {
                    // The fallback keeps what must stand out (the selection is always reversed).
                    $(theme.$key = theme.$key.patch($mono);)*
                }
                theme
            }
        }
    };
}

theme_keys! {
    text: "Body text" => Style::default(),
    quote: "Direct speech" => Style::default().add_modifier(Modifier::BOLD),
    claim: "Reported speech" => Style::default().add_modifier(Modifier::UNDERLINED),
    mention: "A speaker named or referred to" => Style::default().add_modifier(Modifier::BOLD),
    entity: "Countries, organizations, places" => Style::default(),
    figure: "Numbers with what they count" => Style::default(),
    date: "Dates and years" => Style::default(),
    selected: "The selected quote or claim" => Style::default().add_modifier(Modifier::REVERSED),
    selection: "Text selected with v, to annotate" => Style::default().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
    cue: "The attribution verb of the selection" => Style::default().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
    source: "The mention the selection rests on" => Style::default().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
    search_match: "Search matches" => Style::default().add_modifier(Modifier::UNDERLINED | Modifier::REVERSED),
    paragraph_number: "Paragraph numbers" => Style::default(),
    border: "Pane borders" => Style::default(),
    border_focused: "The focused pane's border and title" => Style::default().add_modifier(Modifier::BOLD),
    list_selected: "The selected row of a list" => Style::default().add_modifier(Modifier::REVERSED),
    muted: "Secondary text: outlets, dates, roles" => Style::default(),
    status: "The status bar" => Style::default().add_modifier(Modifier::REVERSED),
    message: "Status messages" => Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD),
    error: "Error messages" => Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED),
    popup: "Popups and the help overlay" => Style::default(),
    fuzzy_match: "Matched characters in the fuzzy popup" => Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
    key: "Keys in the help and hints" => Style::default().add_modifier(Modifier::BOLD),
}

/// The built-in themes, in cycle order.
pub const BUILTIN: &[(&str, &str)] = &[
    ("dark", include_str!("../../themes/dark.toml")),
    ("light", include_str!("../../themes/light.toml")),
    (
        "high-contrast",
        include_str!("../../themes/high-contrast.toml"),
    ),
];

/// A theme file that could not be used, with where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeError(pub String);

/// Parse a theme file's text; `path` names it in the error (with line:column).
pub fn parse_theme(path: &Path, text: &str) -> Result<ThemeFile, ThemeError> {
    toml::from_str(text).map_err(|e| ThemeError(super::config::describe_toml_error(path, text, &e)))
}

/// Every theme: the built-ins patched by same-named user files, then the user's new themes.
/// Broken user files are reported and skipped.
pub fn load_themes(user_dir: Option<&Path>, no_color: bool) -> (Vec<Theme>, Vec<ThemeError>) {
    let mut errors = Vec::new();
    let base = BUILTIN
        .first()
        .and_then(|(_, text)| toml::from_str::<ThemeFile>(text).ok())
        .unwrap_or_default();
    let mut files: Vec<(String, ThemeFile)> = BUILTIN
        .iter()
        .map(|(name, text)| {
            let file = toml::from_str::<ThemeFile>(text).unwrap_or_default();
            (name.to_string(), base.patch(&file))
        })
        .collect();
    for (path, name) in user_theme_files(user_dir) {
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                errors.push(ThemeError(format!("{}: {e}", path.display())));
                continue;
            }
        };
        let file = match parse_theme(&path, &text) {
            Ok(file) => file,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if let Some(slot) = files.iter_mut().find(|(n, _)| *n == name) {
            slot.1 = slot.1.patch(&file);
        } else {
            let parent = file.extends.as_deref().unwrap_or("dark");
            let under = files
                .iter()
                .find(|(n, _)| n == parent)
                .map_or_else(|| base.clone(), |(_, f)| f.clone());
            files.push((name, under.patch(&file)));
        }
    }
    let themes = files
        .iter()
        .map(|(name, file)| Theme::resolve(name, file, no_color))
        .collect();
    (themes, errors)
}

/// `*.toml` files of the user's theme directory, sorted, with their stems.
fn user_theme_files(dir: Option<&Path>) -> Vec<(PathBuf, String)> {
    let Some(entries) = dir.and_then(|d| std::fs::read_dir(d).ok()) else {
        return Vec::new();
    };
    let mut files: Vec<(PathBuf, String)> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .filter_map(|p| {
            let stem = p.file_stem()?.to_string_lossy().into_owned();
            Some((p, stem))
        })
        .collect();
    files.sort();
    files
}

/// Whether the user asked for no colour (<https://no-color.org>: set and not empty).
pub fn no_color_requested() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dark_theme_sets_every_key_and_the_others_parse() {
        let dark: Result<ThemeFile, _> = toml::from_str(BUILTIN[0].1);
        assert_eq!(dark.map(|d| d.missing_keys()), Ok(Vec::new()));
        for (name, text) in BUILTIN {
            assert!(toml::from_str::<ThemeFile>(text).is_ok(), "{name}");
        }
        let (themes, errors) = load_themes(None, false);
        assert!(errors.is_empty());
        let names: Vec<&str> = themes.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["dark", "light", "high-contrast"]);
        assert_ne!(themes[0], themes[1]);
    }

    #[test]
    fn user_themes_patch_only_what_they_set() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        std::fs::write(
            dir.path().join("dark.toml"),
            "quote = { fg = \"#ff0000\" }\n",
        )?;
        std::fs::write(
            dir.path().join("mine.toml"),
            "extends = \"light\"\nselected = { bg = \"208\" }\n",
        )?;
        std::fs::write(
            dir.path().join("broken.toml"),
            "quote = { fg = \"chartreuse-ish\" }\n",
        )?;
        let (themes, errors) = load_themes(Some(dir.path()), false);
        let (builtin, _) = load_themes(None, false);
        assert_eq!(themes[0].quote.fg, Some(Color::Rgb(255, 0, 0)));
        assert_eq!(themes[0].quote.add_modifier, builtin[0].quote.add_modifier);
        assert_eq!(themes[0].claim, builtin[0].claim, "keys not set stay");
        let mine = themes.iter().find(|t| t.name == "mine");
        assert_eq!(mine.map(|t| t.selected.bg), Some(Some(Color::Indexed(208))));
        assert_eq!(mine.map(|t| t.text), Some(builtin[1].text), "extends light");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].0.contains("broken.toml:1:"), "{:?}", errors[0]);
        assert!(errors[0].0.contains("chartreuse-ish"), "{:?}", errors[0]);
        Ok(())
    }

    #[test]
    fn no_color_keeps_only_bold_underline_reverse() {
        let (themes, _) = load_themes(None, true);
        for theme in &themes {
            for style in [
                theme.quote,
                theme.claim,
                theme.selected,
                theme.status,
                theme.text,
            ] {
                assert_eq!(style.fg, None);
                assert_eq!(style.bg, None);
                let allowed = Modifier::BOLD | Modifier::UNDERLINED | Modifier::REVERSED;
                assert!(allowed.contains(style.add_modifier), "{style:?}");
            }
            assert!(theme.selected.add_modifier.contains(Modifier::REVERSED));
            assert_ne!(theme.quote, theme.text, "quotes still stand out");
        }
    }
}
