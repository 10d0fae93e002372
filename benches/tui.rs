//! Reader speed: the first frame of the seeds from start, a key in the fuzzy popup over 100k
//! speakers, one frame at 200×60. Targets: < 50 ms, < 16 ms, < 2 ms. Criterion prints its
//! estimates; a summary with the targets is printed at the end.

use criterion::{Criterion, criterion_group};
use dossier::speaker::{Speaker, SpeakerKind};
use dossier::tui::Options;
use dossier::tui::action::Action;
use dossier::tui::app::App;
use dossier::tui::view::Input;
use dossier::{Briefing, Lexicon, Library, Meta};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The allocator the `dossier` binary uses, so that the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn options() -> Options {
    // Not the user's config: the bench measures the defaults.
    Options {
        config: Some(PathBuf::from("/nonexistent/dossier-bench/config.toml")),
        theme: None,
    }
}

/// From nothing to the first frame: annotate and index the seeds, build the reader, draw.
fn first_frame() -> usize {
    let library = Library::seeds(&Lexicon::builtin());
    let mut app = App::new(library, Lexicon::builtin(), &options());
    let Ok(mut terminal) = Terminal::new(TestBackend::new(120, 40));
    let _ = app.draw(&mut terminal);
    terminal.backend().buffer().content().len()
}

/// A corpus of `n` speakers: names with diacritics and aliases, spread over briefings.
fn many_speakers(n: usize) -> Library {
    const FIRST: &[&str] = &[
        "Aleksandar",
        "Hashim",
        "Avni",
        "Jana",
        "Edi",
        "Albin",
        "Ana",
        "Vjosa",
        "Milorad",
        "Dritan",
        "Zoran",
        "Ivica",
        "Besnik",
        "Mirjana",
        "Goran",
        "Ljubica",
        "Petar",
        "Arben",
        "Marko",
        "Elira",
    ];
    const LAST: &[&str] = &[
        "Vučić",
        "Thaçi",
        "Islami",
        "Novak",
        "Rama",
        "Kurti",
        "Brnabić",
        "Osmani",
        "Dodik",
        "Abazović",
        "Milanović",
        "Dačić",
        "Bislimi",
        "Stojanović",
        "Đurić",
        "Hoxha",
        "Kovačević",
        "Gashi",
    ];
    let per_briefing = 1000;
    let briefings = (0..n.div_ceil(per_briefing))
        .map(|b| {
            let speakers = (0..per_briefing)
                .map(|i| b * per_briefing + i)
                .take_while(|&k| k < n)
                .map(|k| {
                    let name = format!(
                        "{} {}-{}",
                        FIRST[k % FIRST.len()],
                        LAST[(k / FIRST.len()) % LAST.len()],
                        k
                    );
                    let mut s = Speaker::new(name, SpeakerKind::Person);
                    s.role = Some("analyst".into());
                    s.add_alias(LAST[k % LAST.len()]);
                    s
                })
                .collect();
            Briefing {
                id: format!("b{b}"),
                path: format!("b{b}.txt").into(),
                meta: Meta::default(),
                text: String::new(),
                paragraphs: Vec::new(),
                speakers,
                annotations: Vec::new(),
            }
        })
        .collect();
    Library::from_briefings(briefings)
}

fn seeds_app(width: u16, height: u16) -> (App, Terminal<TestBackend>) {
    let mut app = App::new(
        Library::seeds(&Lexicon::builtin()),
        Lexicon::builtin(),
        &options(),
    );
    let Ok(mut terminal) = Terminal::new(TestBackend::new(width, height));
    app.view.area = ratatui::layout::Rect::new(0, 0, width, height);
    app.view
        .update(&app.corpus, Input::Action(Action::NextSpeech));
    app.view
        .update(&app.corpus, Input::Action(Action::ParagraphNumbers));
    let _ = app.draw(&mut terminal);
    (app, terminal)
}

/// The fuzzy popup open over `speakers` speakers with `typed` typed.
fn fuzzy_app(speakers: usize, typed: &str) -> App {
    let mut app = App::new(many_speakers(speakers), Lexicon::builtin(), &options());
    app.view.area = ratatui::layout::Rect::new(0, 0, 200, 60);
    app.view
        .update(&app.corpus, Input::Action(Action::FuzzySpeaker));
    for c in typed.chars() {
        app.view.update(&app.corpus, Input::Char(c));
    }
    app
}

/// One typed key and its Backspace: two keys, each a full re-search of every speaker.
fn type_and_erase(app: &mut App, c: char) {
    app.view.update(&app.corpus, Input::Char(c));
    app.view.update(&app.corpus, Input::Backspace);
}

fn benches(c: &mut Criterion) {
    c.bench_function("first frame of the seeds from start", |b| {
        b.iter(|| black_box(first_frame()))
    });
    // The worst key: the first, which scores every speaker (then Backspace, remembered).
    let mut app = fuzzy_app(100_000, "");
    c.bench_function("fuzzy popup, 100k speakers: first key + Backspace", |b| {
        b.iter(|| type_and_erase(&mut app, black_box('a')));
    });
    // A later key rescores only the speakers the query matched so far.
    let mut app = fuzzy_app(100_000, "vu");
    c.bench_function("fuzzy popup, 100k speakers: third key + Backspace", |b| {
        b.iter(|| type_and_erase(&mut app, black_box('c')));
    });
    let (mut app, mut terminal) = seeds_app(200, 60);
    c.bench_function("one frame at 200x60", |b| {
        b.iter(|| {
            let _ = app.draw(&mut terminal);
        });
    });
}

/// The median of `runs` timings of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

/// Median times of typing `c` and of the Backspace after it, over 21 rounds.
fn key_pair(app: &mut App, c: char) -> (Duration, Duration) {
    let mut typed = Vec::new();
    let mut erased = Vec::new();
    for _ in 0..21 {
        let start = Instant::now();
        app.view.update(&app.corpus, Input::Char(c));
        let middle = Instant::now();
        app.view.update(&app.corpus, Input::Backspace);
        typed.push(middle - start);
        erased.push(middle.elapsed());
    }
    typed.sort();
    erased.sort();
    (typed[10], erased[10])
}

fn summary() {
    let first = median(21, || {
        black_box(first_frame());
    });
    // Each key timed alone: the first scores every speaker, Backspace returns to the
    // remembered result, a later key rescores the speakers still matching.
    let mut app = fuzzy_app(100_000, "");
    let (first_key, backspace) = key_pair(&mut app, 'a');
    let mut app = fuzzy_app(100_000, "vu");
    let (later_key, _) = key_pair(&mut app, 'c');
    let (mut app, mut terminal) = seeds_app(200, 60);
    let frame = median(201, || {
        let _ = app.draw(&mut terminal);
    });
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("\nreader summary (median):");
    println!(
        "  first frame of the seeds from start: {:8.3} ms (target < 50 ms)",
        ms(first)
    );
    println!("  fuzzy popup over 100k speakers (target < 16 ms a key):");
    println!(
        "    first key (scores every speaker): {:8.3} ms",
        ms(first_key)
    );
    println!(
        "    Backspace:                        {:8.3} ms",
        ms(backspace)
    );
    println!(
        "    third key (rescores matches):     {:8.3} ms",
        ms(later_key)
    );
    println!(
        "  one frame at 200x60: {:8.3} ms (target < 2 ms)",
        ms(frame)
    );
}

criterion_group! {
    name = reader;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3));
    targets = benches
}

fn main() {
    reader();
    summary();
    Criterion::default().configure_from_args().final_summary();
}
