//! A process killed in the middle of saving a sidecar leaves the old file or the new one,
//! whole, never a mix.
//!
//! The test re-runs its own binary as a child that saves through
//! [`write_atomic_with`] (the function every sidecar save goes through) and stops dead at a
//! chosen step, after telling the parent it got there; the parent then kills it with SIGKILL
//! and inspects the file.

use dossier::sidecar::store::{Expected, SaveStep, write_atomic_with};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const CHILD_ENV: &str = "DOSSIER_CRASH_CHILD_DIR";
const STEP_ENV: &str = "DOSSIER_CRASH_CHILD_STEP";

/// Sidecar contents with `n` entries, large enough that writing takes several syscalls.
fn sidecar_text(n: usize, word: &str) -> String {
    let mut s = String::from("[meta]\ntitle = \"crash test\"\n");
    for i in 0..n {
        s.push_str(&format!(
            "\n[[annotation]]\nkind = \"claim\"\nexact = \"{word} {i} {}\"\nstart = {i}\n",
            "x".repeat(200)
        ));
    }
    s
}

fn old_text() -> String {
    sidecar_text(200, "old")
}

fn new_text() -> String {
    sidecar_text(400, "new")
}

fn step_name(step: SaveStep) -> &'static str {
    match step {
        SaveStep::HalfWritten => "half-written",
        SaveStep::Written => "written",
        SaveStep::Checked => "checked",
        SaveStep::Renamed => "renamed",
    }
}

/// The child: save the new sidecar and hang at the chosen step until killed.
#[test]
#[ignore = "run as a child process by save_killed_at_any_step_leaves_a_whole_sidecar"]
fn crash_child() {
    let (Some(dir), Some(step)) = (std::env::var_os(CHILD_ENV), std::env::var(STEP_ENV).ok())
    else {
        return;
    };
    let dir = Path::new(&dir);
    let target = dir.join("brief.dossier.toml");
    let mut observe = |reached: SaveStep| {
        if step_name(reached) == step {
            let _ = std::fs::write(dir.join("reached"), step_name(reached));
            loop {
                std::thread::sleep(Duration::from_secs(1));
            }
        }
    };
    let _ = write_atomic_with(
        &target,
        new_text().as_bytes(),
        Expected::Anything,
        &mut observe,
    );
}

#[test]
fn save_killed_at_any_step_leaves_a_whole_sidecar() -> Result<(), Box<dyn std::error::Error>> {
    let exe = std::env::current_exe()?;
    for step in [
        SaveStep::HalfWritten,
        SaveStep::Written,
        SaveStep::Checked,
        SaveStep::Renamed,
    ] {
        let dir = tempfile::tempdir()?;
        let target = dir.path().join("brief.dossier.toml");
        std::fs::write(&target, old_text())?;
        let mut child = Command::new(&exe)
            .args(["--exact", "crash_child", "--ignored", "--nocapture"])
            .env(CHILD_ENV, dir.path())
            .env(STEP_ENV, step_name(step))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()?;
        let reached = dir.path().join("reached");
        let deadline = Instant::now() + Duration::from_secs(60);
        while !reached.exists() {
            if Instant::now() > deadline || child.try_wait()?.is_some() {
                let _ = child.kill();
                return Err(format!("child never reached {step:?}").into());
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        child.kill()?; // SIGKILL: no destructors, no cleanup
        let status = child.wait()?;
        assert!(!status.success(), "the child was killed, not finished");

        let after = std::fs::read_to_string(&target)?;
        let expected = match step {
            SaveStep::HalfWritten | SaveStep::Written | SaveStep::Checked => old_text(),
            SaveStep::Renamed => new_text(),
        };
        assert!(
            after == expected,
            "killed at {step:?}: the sidecar is neither the expected whole file ({} bytes) nor intact ({} bytes)",
            expected.len(),
            after.len()
        );
        let parsed = dossier::sidecar::parse(&after, &target)?;
        assert!(!parsed.0.annotations.is_empty());
        // The half-written temporary file really was there, beside the sidecar.
        if step == SaveStep::HalfWritten {
            let temps = std::fs::read_dir(dir.path())?
                .filter_map(Result::ok)
                .filter(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .starts_with(".dossier-save-")
                })
                .count();
            assert_eq!(temps, 1, "a partial temporary file was left by the kill");
        }
    }
    Ok(())
}
