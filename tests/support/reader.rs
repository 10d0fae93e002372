//! A small synthetic corpus, built by hand so screen tests do not depend on the annotator,
//! and helpers to drive the reader's view and draw it on a `TestBackend`.
#![allow(dead_code)]

use dossier::annotation::{Annotation, EntityKind, Kind, Span};
use dossier::speaker::{Speaker, SpeakerKind};
use dossier::tui::action::Action;
use dossier::tui::corpus::Corpus;
use dossier::tui::keymap::Keymap;
use dossier::tui::theme::{Theme, load_themes};
use dossier::tui::ui::Ui;
use dossier::tui::view::{Effect, Input, View};
use dossier::{Briefing, Library, Meta};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// A briefing from `text` in which each `(kind, needle, speaker id)` marks the first
/// occurrence of `needle` (searching on from the previous mark).
pub fn briefing(
    id: &str,
    text: &str,
    meta: Meta,
    speakers: Vec<Speaker>,
    marks: &[(Kind, &str, Option<&str>)],
) -> Briefing {
    let mut annotations = Vec::new();
    let mut from = 0;
    for (kind, needle, speaker) in marks {
        let start = text[from..].find(needle).map_or(0, |i| i + from);
        from = start;
        let mut a = Annotation::new(*kind, Span::new(start, start + needle.len()));
        if let Some(s) = speaker {
            a = a.with_speaker(*s);
        }
        if *kind == Kind::Entity {
            a = a.with_entity(EntityKind::Country);
        }
        annotations.push(a);
    }
    dossier::annotation::normalize(&mut annotations);
    Briefing {
        id: id.into(),
        path: format!("{id}.txt").into(),
        meta,
        text: text.into(),
        paragraphs: dossier::briefing::paragraphs(text),
        speakers,
        annotations,
    }
}

fn person(name: &str, role: Option<&str>, affiliation: Option<&str>, aliases: &[&str]) -> Speaker {
    let mut s = Speaker::new(name, SpeakerKind::Person);
    s.role = role.map(Into::into);
    s.affiliation = affiliation.map(Into::into);
    for a in aliases {
        s.add_alias(a);
    }
    s
}

pub const TALKS: &str = "Border talks stall in Brussels\n\n\
\"We will not back down,\" said Defence Minister Jana Novak on Tuesday.\n\n\
Serbian President Aleksandar Vučić said that the talks had failed because of Pristina.\n\n\
Hashim Thaçi told reporters: \"Kosovo is ready for a deal in 2024.\"\n";

pub const ARMS: &str = "Security analyst Avni Islami said the Balkan countries must be armed.\n\n\
\"The Balkans should also be armed,\" Islam said.\n\n\
Vučić later said that Serbia would keep 4,000 troops at the border.\n";

/// Two briefings, four speakers (two with diacritics, one known by an alias).
pub fn library() -> Library {
    let talks = briefing(
        "talks",
        TALKS,
        Meta {
            title: Some("Border talks stall in Brussels".into()),
            source: Some("Balkan Wire".into()),
            date: Some("2024-03-05".into()),
            ..Meta::default()
        },
        vec![
            person("Jana Novak", Some("Defence Minister"), None, &[]),
            person(
                "Aleksandar Vučić",
                Some("Serbian President"),
                None,
                &["Vučić"],
            ),
            person("Hashim Thaçi", None, None, &[]),
        ],
        &[
            (Kind::Entity, "Brussels", None),
            (Kind::Quote, "We will not back down,", Some("jana-novak")),
            (Kind::Mention, "Jana Novak", Some("jana-novak")),
            (Kind::Date, "Tuesday", None),
            (Kind::Mention, "Aleksandar Vučić", Some("aleksandar-vucic")),
            (
                Kind::Claim,
                "the talks had failed because of Pristina",
                Some("aleksandar-vucic"),
            ),
            (Kind::Mention, "Hashim Thaçi", Some("hashim-thaci")),
            (
                Kind::Quote,
                "Kosovo is ready for a deal in 2024.",
                Some("hashim-thaci"),
            ),
            (Kind::Date, "2024", None),
        ],
    );
    let mut arms = briefing(
        "arms",
        ARMS,
        Meta {
            source: Some("Telegraphy".into()),
            ..Meta::default()
        },
        vec![
            person("Avni Islami", Some("security analyst"), None, &["Islam"]),
            person("Vučić", None, None, &[]),
        ],
        &[
            (Kind::Mention, "Avni Islami", Some("avni-islami")),
            (
                Kind::Claim,
                "the Balkan countries must be armed",
                Some("avni-islami"),
            ),
            (
                Kind::Quote,
                "The Balkans should also be armed,",
                Some("avni-islami"),
            ),
            (Kind::Mention, "Islam", Some("avni-islami")),
            (Kind::Mention, "Vučić", Some("vucic")),
            (
                Kind::Claim,
                "Serbia would keep 4,000 troops at the border",
                Some("vucic"),
            ),
            (Kind::Figure, "4,000 troops", None),
        ],
    );
    arms.annotations.sort_by_key(Annotation::sort_key);
    Library::from_briefings(vec![talks, arms])
}

/// The reader's state over a corpus, drivable by actions and drawable.
pub struct Reader {
    pub corpus: Corpus,
    pub view: View,
    pub themes: Vec<Theme>,
    pub keymap: Keymap,
}

impl Reader {
    pub fn new(library: Library, width: u16, height: u16) -> Reader {
        let (themes, _) = load_themes(None, false);
        let mut view = View::new(themes.len());
        view.area = Rect::new(0, 0, width, height);
        Reader {
            corpus: Corpus::new(library),
            view,
            themes,
            keymap: Keymap::default(),
        }
    }

    pub fn act(&mut self, action: Action) -> Option<Effect> {
        self.view.update(&self.corpus, Input::Action(action))
    }

    pub fn input(&mut self, input: Input) -> Option<Effect> {
        self.view.update(&self.corpus, input)
    }

    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.input(Input::Char(c));
        }
    }

    /// Draw one frame at the view's size.
    pub fn draw(&self) -> Buffer {
        let area = self.view.area;
        let Ok(mut terminal) = Terminal::new(TestBackend::new(area.width, area.height));
        let ui = Ui {
            corpus: &self.corpus,
            view: &self.view,
            theme: &self.themes[self.view.theme],
            keymap: &self.keymap,
        };
        let drawn = terminal.draw(|frame| frame.render_widget(&ui, frame.area()));
        assert!(drawn.is_ok());
        terminal.backend().buffer().clone()
    }

    /// The frame as text, one line per row.
    pub fn screen(&self) -> String {
        text_of(&self.draw())
    }
}

pub fn text_of(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut skip = 0;
        for x in 0..area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            out.push_str(symbol);
        }
        out.push('\n');
    }
    out
}
