//! The event loop: draw, read an input, update the view, carry out the effect.

use super::Options;
use super::clipboard::Clipboard;
use super::config::{self, Config};
use super::corpus::Corpus;
use super::editor::Editor;
use super::keymap::{Key, Keymap};
use super::terminal::Session;
use super::theme::{Theme, load_themes, no_color_requested};
use super::ui::Ui;
use super::view::{Effect, Input, View};
use crate::{Lexicon, Library};
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::layout::Rect;

/// The reader: the corpus, the view of it, and what the view is drawn and copied with.
pub struct App {
    pub corpus: Corpus,
    pub view: View,
    pub themes: Vec<Theme>,
    pub keymap: Keymap,
    pub editor: Editor,
    clipboard_mode: super::clipboard::ClipboardMode,
}

impl App {
    /// Build the reader over `library` (annotated with `lexicon`) with the config and themes
    /// `options` point to. Problems with those files become a status message; the reader
    /// still starts.
    pub fn new(library: Library, lexicon: Lexicon, options: &Options) -> App {
        let path = config::config_path(options.config.as_deref());
        let (config, config_error) = config::load(path.as_deref());
        let themes_dir = config::themes_dir(path.as_deref());
        let (themes, theme_errors) = load_themes(themes_dir.as_deref(), no_color_requested());
        let (keymap, key_errors) = Keymap::with_overrides(&config.keys);
        let mut problems: Vec<String> = Vec::new();
        problems.extend(config_error);
        problems.extend(theme_errors.into_iter().map(|e| e.0));
        if let Some(path) = &path {
            problems.extend(
                key_errors
                    .into_iter()
                    .map(|e| format!("{}: [keys]: {e}", path.display())),
            );
        }
        problems.extend(library.errors.iter().map(ToString::to_string));
        let corpus = Corpus::new(library);
        let mut view = View::new(themes.len());
        view.announce_sidecar(&corpus);
        apply_config(&mut view, &config, &themes, options, &mut problems);
        match problems.len() {
            0 => {}
            1 => view.warn(problems.remove(0)),
            n => view.warn(format!("{} (and {} more problems)", problems[0], n - 1)),
        }
        App {
            corpus,
            view,
            themes,
            keymap,
            editor: Editor::new(lexicon),
            clipboard_mode: config.clipboard,
        }
    }

    /// Apply one input; edits and undo are carried out here (saved, corpus refreshed), so only
    /// the effects that need the terminal (copy, quit) are returned.
    pub fn handle(&mut self, input: Input) -> Option<Effect> {
        let effect = self.view.update(&self.corpus, input)?;
        let filter = self.view.filter_id(&self.corpus);
        let outcome = match effect {
            Effect::Edit { briefing, edit } => self.editor.edit(&mut self.corpus, briefing, &edit),
            Effect::Undo => self.editor.undo(&mut self.corpus, self.view.briefing),
            other => return Some(other),
        };
        self.view.edited(
            &self.corpus,
            outcome.briefing,
            outcome.reselect,
            filter.as_deref(),
            outcome.result,
        );
        None
    }

    pub fn theme(&self) -> &Theme {
        &self.themes[self.view.theme.min(self.themes.len() - 1)]
    }

    /// Draw one frame on `terminal`.
    pub fn draw<B: ratatui::backend::Backend>(
        &mut self,
        terminal: &mut ratatui::Terminal<B>,
    ) -> Result<(), B::Error> {
        let size = terminal.size()?;
        self.view.area = Rect::new(0, 0, size.width, size.height);
        let ui = Ui {
            corpus: &self.corpus,
            view: &self.view,
            theme: self.theme(),
            keymap: &self.keymap,
        };
        terminal.draw(|frame| frame.render_widget(&ui, frame.area()))?;
        Ok(())
    }

    /// The input a terminal event stands for, if any.
    pub fn input(&self, event: &Event) -> Option<Input> {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                let key = Key::from_event(key);
                if self.view.wants_text() {
                    if let Some(c) = key.typed_char() {
                        return Some(Input::Char(c));
                    }
                    if key == Key::new(KeyCode::Backspace, event::KeyModifiers::NONE) {
                        return Some(Input::Backspace);
                    }
                }
                self.keymap.action(&key).map(Input::Action)
            }
            Event::Mouse(mouse) => match mouse.kind {
                MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => Some(Input::Wheel {
                    x: mouse.column,
                    y: mouse.row,
                    down: mouse.kind == MouseEventKind::ScrollDown,
                }),
                MouseEventKind::Down(MouseButton::Left) => Some(Input::Click {
                    x: mouse.column,
                    y: mouse.row,
                }),
                _ => None,
            },
            _ => None,
        }
    }
}

fn apply_config(
    view: &mut View,
    config: &Config,
    themes: &[Theme],
    options: &Options,
    problems: &mut Vec<String>,
) {
    view.format = config.citation_format;
    view.paragraph_numbers = config.paragraph_numbers;
    if let Some(name) = options.theme.as_ref().or(config.theme.as_ref()) {
        match themes.iter().position(|t| t.name == *name) {
            Some(i) => view.theme = i,
            None => problems.push(format!("Unknown theme `{name}`; using {}", themes[0].name)),
        }
    }
}

/// Run the reader until the user quits.
pub fn run(library: Library, lexicon: Lexicon, options: &Options) -> anyhow::Result<()> {
    let mut app = App::new(library, lexicon, options);
    let mut session = Session::start()?;
    // One clipboard for the whole session: on X11 a copy lives only while its owner does.
    let mut clipboard = Clipboard::new(app.clipboard_mode);
    loop {
        app.draw(&mut session.terminal)?;
        let event = event::read()?;
        let Some(input) = app.input(&event) else {
            continue; // resize and focus events just redraw
        };
        match app.handle(input) {
            Some(Effect::Quit) => return Ok(()),
            Some(Effect::Copy(text)) => {
                let mut stdout = std::io::stdout();
                match clipboard.copy(&text, &mut stdout) {
                    Ok(message) => app.view.say(message),
                    Err(message) => app.view.warn(message),
                }
            }
            Some(Effect::Edit { .. } | Effect::Undo) | None => {}
        }
    }
}
