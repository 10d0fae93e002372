//! Command-line interface: `dossier [PATH...]` opens the reader; subcommands script the library.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// A terminal reader for annotated security briefings: who said what, with citations.
#[derive(Debug, Parser)]
#[command(name = "dossier", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Briefings to open: `*.txt` files or directories (searched recursively).
    /// Without any, the five bundled sample briefings.
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Annotate briefings and print who said what.
    Annotate {
        /// One JSON object per briefing per line (see README for the format).
        #[arg(long)]
        json: bool,
        /// Files or directories; without any, the bundled seeds.
        paths: Vec<PathBuf>,
    },
}
