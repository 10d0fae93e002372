//! The system clipboard under a real X server (Xvfb): `y` puts the citation where
//! `xclip -o -selection clipboard` reads it while dossier runs (on X11 the copy lives only as
//! long as its owner, which is why the reader keeps one clipboard for its whole session).

#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tmux::{Tmux, dossier_command, have};

/// An Xvfb server on a free display; stopped on drop.
struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    fn start() -> Option<Xvfb> {
        for n in 90..190 {
            let socket = format!("/tmp/.X11-unix/X{n}");
            let lock = format!("/tmp/.X{n}-lock");
            if Path::new(&socket).exists() || Path::new(&lock).exists() {
                continue;
            }
            let display = format!(":{n}");
            let child = Command::new("Xvfb")
                .args([
                    display.as_str(),
                    "-nolisten",
                    "tcp",
                    "-screen",
                    "0",
                    "640x480x24",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .ok()?;
            let mut xvfb = Xvfb { child, display };
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline {
                if Path::new(&socket).exists() {
                    return Some(xvfb);
                }
                if let Ok(Some(_)) = xvfb.child.try_wait() {
                    break; // lost a race for this display: try the next one
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = xvfb.child.kill();
        }
        None
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn xclip_clipboard(display: &str) -> Option<String> {
    let output = Command::new("xclip")
        .args(["-o", "-selection", "clipboard"])
        .env("DISPLAY", display)
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn y_copies_to_the_x11_clipboard_while_the_reader_runs() {
    if !have("tmux", "-V") || !have("Xvfb", "-help") || !have("xclip", "-version") {
        return;
    }
    let Some(xvfb) = Xvfb::start() else {
        panic!("Xvfb did not start on any display :90-:189");
    };
    let Ok(dir) = tempfile::tempdir() else {
        panic!("no temp dir");
    };
    let config = format!("DOSSIER_CONFIG={}", dir.path().join("none.toml").display());
    let display = format!("DISPLAY={}", xvfb.display);
    let command = dossier_command(
        &[config.as_str(), display.as_str()],
        &["WAYLAND_DISPLAY", "SSH_TTY", "SSH_CONNECTION"],
        &[],
    );
    let tmux = Tmux::start(&command, 140, 40);
    tmux.wait_for("the experts", |s| {
        s.contains("Experts") && !s.contains("No speakers found")
    });
    assert_eq!(
        xclip_clipboard(&xvfb.display).filter(|s| !s.is_empty()),
        None,
        "empty at first"
    );
    tmux.keys("f");
    tmux.wait_for("the speaker popup", |s| s.contains("Jump to a speaker"));
    tmux.type_text("islami");
    tmux.wait_for("the query", |s| s.contains("› islami"));
    tmux.keys("Enter");
    tmux.wait_for("the speaker filter", |s| {
        s.contains('⚑') && !s.contains("Jump to a speaker")
    });
    tmux.keys("y");
    tmux.wait_for("the copy message", |s| {
        s.contains("Copied citation via system clipboard")
    });
    let clipboard = xclip_clipboard(&xvfb.display).unwrap_or_default();
    assert!(
        clipboard.contains(" — Avni Islami"),
        "clipboard: {clipboard:?}"
    );
    assert_eq!(
        tmux.paste_buffer(),
        None,
        "the system route sends no OSC 52"
    );
    tmux.keys("q");
    assert_eq!(tmux.wait_exit(), Some(0));
}
