//! Saving edits to a sidecar: at once, atomically, and never over someone else's work.
//!
//! Every edit is written immediately: a temporary file in the same directory, written and
//! fsynced, then renamed over the sidecar and the directory fsynced. A crash at any point
//! leaves either the old file or the new one, whole.
//!
//! Before writing, the store re-reads the file. If it changed since it was loaded (another
//! reader, an editor, a `git pull`), the newer version is parsed and the edit is re-applied on
//! top of it; if that version does not parse, nothing is written and the parse error is
//! returned: a sidecar that fails to parse is never overwritten. Between that check and the
//! rename, an advisory lock on the directory makes other dossier processes wait, so two
//! readers saving at once cannot overwrite each other's edit.

use super::comments::Comments;
use super::edit::{EditError, Op, plan};
use super::write::to_toml_keeping;
use super::{Edit, ParseError, Sidecar, decode, parse, sidecar_path};
use crate::briefing::Briefing;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The edit history and on-disk state of one briefing's sidecar.
#[derive(Debug)]
pub struct SidecarStore {
    path: PathBuf,
    /// The file's bytes as last read or written; `None` while there is no file.
    on_disk: Option<Vec<u8>>,
    /// The parsed sidecar, or why the file on disk does not parse.
    state: Result<Sidecar, ParseError>,
    /// Per edit, the ops that undo it (already inverted, in the order to apply them).
    undo: Vec<Vec<Op>>,
}

/// What a successful save did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Saved {
    /// The file had changed on disk since it was loaded; the edit was applied to the newer
    /// version, which is now the one in the store.
    pub reloaded: bool,
}

/// Why an edit or undo was not saved. In every case the file on disk is as it was.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{0} — the sidecar does not parse, so dossier will not write it; fix or remove it")]
    Unparseable(ParseError),
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Edit(#[from] EditError),
    #[error("nothing to undo")]
    NothingToUndo,
    #[error(
        "{}: the entry to undo was changed or removed in the file since; nothing was undone",
        path.display()
    )]
    UndoConflict { path: PathBuf },
    #[error("{}: the file keeps changing on disk; the edit was not saved", path.display())]
    Busy { path: PathBuf },
}

/// A step of [`write_atomic_with`], reported to its observer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStep {
    /// The temporary file exists and holds the first half of the new contents.
    HalfWritten,
    /// The temporary file holds everything and is fsynced; the sidecar is still the old one.
    Written,
    /// The sidecar was found to hold what was expected (or anything was), under the lock;
    /// the rename comes next.
    Checked,
    /// The temporary file has been renamed over the sidecar.
    Renamed,
}

/// How often a save is retried when the file changes under it between reading and renaming.
const SAVE_ATTEMPTS: usize = 3;

impl SidecarStore {
    /// The store for the sidecar of briefing file `txt_path`. A missing sidecar is an empty
    /// one; an unparseable one is remembered (see [`SidecarStore::parse_error`]) and never
    /// written until it parses again.
    pub fn open(txt_path: &Path) -> Result<SidecarStore, SaveError> {
        let path = sidecar_path(txt_path);
        let on_disk = read_if_exists(&path)?;
        let state = state_of(on_disk.as_deref(), &path);
        Ok(SidecarStore {
            path,
            on_disk,
            state,
            undo: Vec::new(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The sidecar as last loaded or saved, unless it does not parse.
    pub fn sidecar(&self) -> Option<&Sidecar> {
        self.state.as_ref().ok()
    }

    pub fn parse_error(&self) -> Option<&ParseError> {
        self.state.as_ref().err()
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Carry out `edit` for `briefing` (as currently shown, sidecar merged) and save at once.
    /// Afterwards the caller re-merges the briefing (e.g. `Library::refresh_briefing`).
    pub fn apply_edit(&mut self, edit: &Edit, briefing: &Briefing) -> Result<Saved, SaveError> {
        self.save_with(|sidecar| Ok(plan(edit, sidecar, briefing)?))
            .map(|(saved, ops)| {
                self.undo
                    .push(ops.iter().rev().map(Op::inverse).collect::<Vec<_>>());
                saved
            })
    }

    /// Undo the last edit made through this store, saving at once.
    pub fn undo(&mut self) -> Result<Saved, SaveError> {
        let Some(ops) = self.undo.pop() else {
            return Err(SaveError::NothingToUndo);
        };
        let result = self.save_with(|_| Ok(ops.clone()));
        if result.is_err() {
            self.undo.push(ops);
        }
        result.map(|(saved, _)| saved)
    }

    /// Re-read the file, plan ops against it, apply and write them; retried when the file
    /// changes between reading and renaming.
    fn save_with(
        &mut self,
        mut plan: impl FnMut(&Sidecar) -> Result<Vec<Op>, SaveError>,
    ) -> Result<(Saved, Vec<Op>), SaveError> {
        let mut reloaded = false;
        for _ in 0..SAVE_ATTEMPTS {
            reloaded |= self.refresh()?;
            let current = match &self.state {
                Ok(sidecar) => sidecar,
                Err(e) => return Err(SaveError::Unparseable(e.clone())),
            };
            let ops = plan(current)?;
            let mut next = current.clone();
            for op in &ops {
                if !op.apply(&mut next) {
                    return Err(SaveError::UndoConflict {
                        path: self.path.clone(),
                    });
                }
            }
            // What a person wrote between the entries stays (see `comments`).
            let comments = self
                .on_disk
                .as_deref()
                .and_then(|b| std::str::from_utf8(b).ok())
                .map(Comments::of)
                .unwrap_or_default();
            let bytes = to_toml_keeping(&next, comments).into_bytes();
            let expected = Expected::Exactly(self.on_disk.as_deref());
            match write_atomic_with(&self.path, &bytes, expected, &mut |_| {}) {
                Ok(true) => {
                    self.on_disk = Some(bytes);
                    self.state = Ok(next);
                    return Ok((Saved { reloaded }, ops));
                }
                Ok(false) => continue, // changed under us: reload and plan again
                Err(source) => {
                    return Err(SaveError::Io {
                        path: self.path.clone(),
                        source,
                    });
                }
            }
        }
        Err(SaveError::Busy {
            path: self.path.clone(),
        })
    }

    /// Re-read the file; `true` when it changed since last read or written.
    fn refresh(&mut self) -> Result<bool, SaveError> {
        let now = read_if_exists(&self.path)?;
        if now == self.on_disk {
            return Ok(false);
        }
        self.state = state_of(now.as_deref(), &self.path);
        self.on_disk = now;
        Ok(true)
    }
}

fn state_of(bytes: Option<&[u8]>, path: &Path) -> Result<Sidecar, ParseError> {
    match bytes {
        None => Ok(Sidecar::default()),
        Some(bytes) => parse(decode(bytes, path)?, path).map(|(sidecar, _)| sidecar),
    }
}

fn read_if_exists(path: &Path) -> Result<Option<Vec<u8>>, SaveError> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(SaveError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// Replace `path` with `bytes` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, bytes, Expected::Anything, &mut |_| {}).map(|_| ())
}

/// What the file must hold for [`write_atomic_with`] to replace it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected<'a> {
    Anything,
    /// Exactly these bytes (`None`: no file at all).
    Exactly(Option<&'a [u8]>),
}

/// Replace `path` with `bytes` atomically: temporary file in the same directory, write,
/// fsync, rename, fsync the directory. The rename only happens if the file still holds what
/// `expected` says (`Ok(false)` otherwise, and nothing changed). `observe` sees each [`SaveStep`]; the crash test kills the process there.
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    expected: Expected<'_>,
    observe: &mut dyn FnMut(SaveStep),
) -> std::io::Result<bool> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".dossier-save-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    let (first, second) = bytes.split_at(bytes.len() / 2);
    temp.write_all(first)?;
    temp.flush()?;
    observe(SaveStep::HalfWritten);
    temp.write_all(second)?;
    temp.as_file().sync_all()?;
    observe(SaveStep::Written);
    // From the check to the rename, another dossier saving in this directory waits here, so
    // it cannot replace the file between our check and our rename (its own check then sees
    // our version and it re-applies its edit on top). Editors do not take the lock; for them
    // the window is the few system calls below.
    let _lock = lock_dir(dir);
    if let Expected::Exactly(expected) = expected {
        let now = match std::fs::read(path) {
            Ok(now) => Some(now),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        if now.as_deref() != expected {
            return Ok(false); // the temporary file is removed when dropped
        }
    }
    observe(SaveStep::Checked);
    // The temporary file is private (0600); the sidecar keeps the mode it had, or gets the
    // ordinary 0644 of a file an editor writes, so it stays readable in a shared folder.
    let permissions = match std::fs::metadata(path) {
        Ok(meta) => meta.permissions(),
        Err(_) => default_permissions(temp.as_file())?,
    };
    temp.as_file().set_permissions(permissions)?;
    temp.persist(path).map_err(|e| e.error)?;
    observe(SaveStep::Renamed);
    std::fs::File::open(dir)?.sync_all()?;
    Ok(true)
}

/// An advisory lock on the directory (`flock`), released when the handle drops; `None` where
/// the platform or file system has none, and the save goes on without it.
#[cfg(unix)]
fn lock_dir(dir: &Path) -> Option<std::fs::File> {
    let handle = std::fs::File::open(dir).ok()?;
    handle.lock().ok()?;
    Some(handle)
}

#[cfg(not(unix))]
fn lock_dir(_: &Path) -> Option<std::fs::File> {
    None
}

#[cfg(unix)]
fn default_permissions(_: &std::fs::File) -> std::io::Result<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Ok(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions(file: &std::fs::File) -> std::io::Result<std::fs::Permissions> {
    Ok(file.metadata()?.permissions())
}
