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
    /// Reader: start with this theme (dark, light, high-contrast, or one of yours).
    #[arg(long, global = false)]
    pub theme: Option<String>,
    /// Reader: use this config file instead of $DOSSIER_CONFIG or
    /// $XDG_CONFIG_HOME/dossier/config.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
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
