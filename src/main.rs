//! The `dossier` binary: parses arguments, loads the corpus, runs a command or the reader.

mod cli;

use clap::Parser;
use cli::{Cli, Command};
use dossier::{Lexicon, Library};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lexicon = Lexicon::builtin();
    match cli.command {
        Some(Command::Annotate { json, paths }) => annotate(&paths, json, &lexicon),
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
    match dossier::tui::run(library, &options) {
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
    for error in &library.errors {
        eprintln!("dossier: {error}");
    }
    if library.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
