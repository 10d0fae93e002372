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
    /// Validate the sidecars (`NAME.dossier.toml`) of briefings and list orphaned annotations;
    /// exit status 1 on any problem.
    Check {
        /// Files or directories; without any, the bundled seeds.
        paths: Vec<PathBuf>,
    },
    /// Export the annotations (sidecars applied) as JSON, W3C Web Annotation JSON-LD,
    /// CSL-JSON or a Markdown digest.
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Files or directories; without any, the bundled seeds.
        paths: Vec<PathBuf>,
    },
}

/// `dossier export --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// An array of the objects `dossier annotate --json` prints.
    Json,
    /// W3C Web Annotation JSON-LD: one annotation per quote or claim.
    W3c,
    /// CSL-JSON: one item per briefing, for reference managers.
    Csl,
    /// A readable digest: per briefing, its speakers and what each said, with citations.
    Markdown,
}

impl From<ExportFormat> for dossier::export::Format {
    fn from(f: ExportFormat) -> Self {
        match f {
            ExportFormat::Json => dossier::export::Format::Json,
            ExportFormat::W3c => dossier::export::Format::W3c,
            ExportFormat::Csl => dossier::export::Format::Csl,
            ExportFormat::Markdown => dossier::export::Format::Markdown,
        }
    }
}
