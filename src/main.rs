//! The `dossier` binary: parses arguments, loads the corpus, runs a command or the reader.

mod cli;

use clap::Parser;
use cli::{Cli, Command};
use dossier::{Lexicon, Library};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Annotating makes many small, short-lived allocations; mimalloc serves them faster than
/// the system allocator (see `benches/annotate.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (lexicon, lexicon_error) = Lexicon::with_user_lists();
    if let Some(e) = lexicon_error {
        eprintln!("dossier: {e} (using the bundled word lists)");
    }
    match cli.command {
        Some(Command::Annotate { json, paths }) => annotate(&paths, json, &lexicon),
        Some(Command::Check { paths }) => check(&paths, &lexicon),
        Some(Command::Export { format, paths }) => export(&paths, format.into(), &lexicon),
        None => read(&cli, &lexicon),
    }
}

/// Open the reader on the corpus (the seeds when no path is given).
#[cfg(feature = "tui")]
fn read(cli: &Cli, lexicon: &Lexicon) -> ExitCode {
    let library = load(&cli.paths, lexicon);
    let options = dossier::tui::Options {
        config: cli.config.clone(),
        theme: cli.theme.clone(),
    };
    match dossier::tui::run(library, lexicon.clone(), &options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dossier: {e:#}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "tui"))]
fn read(_cli: &Cli, _lexicon: &Lexicon) -> ExitCode {
    eprintln!("dossier: built without the reader (feature `tui`); try `dossier annotate`");
    ExitCode::FAILURE
}

/// The corpus named by `paths`, or the bundled seeds when there are none.
fn load(paths: &[PathBuf], lexicon: &Lexicon) -> Library {
    if paths.is_empty() {
        Library::seeds(lexicon)
    } else {
        Library::load(paths, lexicon)
    }
}

fn annotate(paths: &[PathBuf], json: bool, lexicon: &Lexicon) -> ExitCode {
    let library = load(paths, lexicon);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for briefing in library.briefings() {
        let written = if json {
            writeln!(out, "{}", dossier::output::to_json_line(briefing))
        } else {
            writeln!(out, "{}", dossier::output::to_listing(briefing))
        };
        if written.is_err() {
            // A closed pipe (`dossier annotate | head`) is not an error worth a message.
            return ExitCode::SUCCESS;
        }
    }
    let _ = out.flush();
    report_load_errors(&library)
}

/// Print unreadable files and unparseable sidecars on stderr; failure if there were any.
/// (Orphaned sidecar entries are `dossier check`'s business, not a failure to load.)
fn report_load_errors(library: &Library) -> ExitCode {
    let mut failed = false;
    for error in &library.errors {
        eprintln!("dossier: {error}");
        failed = true;
    }
    for i in 0..library.briefings().len() {
        if let Some(error) = library.sidecar_status(i).and_then(|s| s.error.as_ref()) {
            eprintln!("dossier: {error} (the briefing keeps its automatic annotations)");
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn export(paths: &[PathBuf], format: dossier::export::Format, lexicon: &Lexicon) -> ExitCode {
    let library = load(paths, lexicon);
    let text = dossier::export::export(library.briefings(), format);
    let mut out = std::io::stdout().lock();
    if out
        .write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .is_err()
    {
        return ExitCode::SUCCESS; // closed pipe
    }
    report_load_errors(&library)
}

/// Validate every sidecar: parse errors, orphaned and unmatched entries, undefined speakers,
/// sidecars with no briefing beside them. One line per problem on stdout, `file:line: …`.
fn check(paths: &[PathBuf], lexicon: &Lexicon) -> ExitCode {
    let library = load(paths, lexicon);
    let mut problems = 0;
    let mut sidecars = 0;
    let mut lines = Vec::new();
    for error in &library.errors {
        lines.push(error.to_string());
        problems += 1;
    }
    for i in 0..library.briefings().len() {
        let Some(status) = library.sidecar_status(i) else {
            continue;
        };
        sidecars += usize::from(status.present);
        for message in status.messages() {
            lines.push(message);
            problems += 1;
        }
    }
    for stray in dossier::sidecar::stray_sidecars(paths) {
        lines.push(format!(
            "{}: no briefing beside it (expected {})",
            stray.display(),
            stray.with_extension("").with_extension("txt").display()
        ));
        problems += 1;
    }
    for line in &lines {
        println!("{line}");
    }
    println!(
        "checked {sidecars} sidecar{} for {} briefing{}: {problems} problem{}",
        plural(sidecars),
        library.briefings().len(),
        plural(library.briefings().len()),
        plural(problems)
    );
    if problems == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
