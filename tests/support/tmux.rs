//! Drive the real `dossier` binary in a private tmux server, as a user would.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Whether `tool` runs. When it does not: a failure under CI (`CI` set), else a notice and
/// `false` so the test returns early on a developer machine without it.
pub fn have(tool: &str, version_arg: &str) -> bool {
    let ok = Command::new(tool)
        .arg(version_arg)
        .output()
        .is_ok_and(|o| o.status.success() || !o.stderr.is_empty() || !o.stdout.is_empty());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "{tool} is required under CI (.ci/run installs it)"
        );
        eprintln!("notice: {tool} not installed; skipping this end-to-end test");
    }
    ok
}

/// A private tmux server (its own socket, no user config) running one command; killed on drop.
pub struct Tmux {
    socket: String,
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

impl Tmux {
    /// Start `command` (a shell command line) in a detached `width`×`height` session with
    /// `set-clipboard on` (so OSC 52 from the program fills tmux's paste buffer) and
    /// `remain-on-exit on` (so the last screen and the exit status can be read).
    pub fn start(command: &str, width: u16, height: u16) -> Tmux {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let socket = format!(
            "dossier-test-{}-{}-{nanos}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let tmux = Tmux { socket };
        // Options first (in a placeholder session), then the program, so nothing it prints can
        // arrive before set-clipboard is on.
        let started = tmux.run(&[
            "new-session",
            "-d",
            "-s",
            "boot",
            "-x",
            "20",
            "-y",
            "5",
            "sleep 600",
            ";",
            "set",
            "-g",
            "set-clipboard",
            "on",
            ";",
            "set",
            "-g",
            "remain-on-exit",
            "on",
            ";",
            "new-session",
            "-d",
            "-s",
            "main",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            &format!("{command}; printf '\\n{EXIT_MARK}%s\\n' $?"),
        ]);
        assert!(
            started.status.success(),
            "tmux failed to start: {}",
            String::from_utf8_lossy(&started.stderr)
        );
        tmux
    }

    pub fn run(&self, args: &[&str]) -> Output {
        let output = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output();
        match output {
            Ok(o) => o,
            Err(e) => panic!("tmux did not run: {e}"),
        }
    }

    fn stdout(&self, args: &[&str]) -> String {
        String::from_utf8_lossy(&self.run(args).stdout).into_owned()
    }

    /// The visible screen of the program's pane.
    pub fn screen(&self) -> String {
        self.stdout(&["capture-pane", "-p", "-t", "main"])
    }

    /// Type keys (tmux key names: "Enter", "Escape", or literal text with `literal`).
    pub fn keys(&self, keys: &str) {
        self.run(&["send-keys", "-t", "main", keys]);
    }

    pub fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", "main", "-l", text]);
    }

    /// Wait until the screen satisfies `ready` and has settled, and return it; panic with the
    /// last screen after a timeout. "Settled" means two captures 50 ms apart are identical: a
    /// capture can land while a frame is half written, and asserting on that flakes.
    pub fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        let mut previous: Option<String> = None;
        loop {
            let screen = self.screen();
            if ready(&screen) && previous.as_deref() == Some(screen.as_str()) {
                return screen;
            }
            previous = Some(screen.clone());
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}; the screen was:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// tmux's newest paste buffer, if any.
    pub fn paste_buffer(&self) -> Option<String> {
        let output = self.run(&["show-buffer"]);
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
    }

    pub fn format(&self, format: &str) -> String {
        self.stdout(&["display-message", "-p", "-t", "main", format])
            .trim()
            .to_string()
    }

    /// Wait for the program to exit and return its exit status. The shell that runs it prints
    /// the status (tmux itself does not always reap a pane's process in time to report it).
    pub fn wait_exit(&self) -> Option<i32> {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            let screen = self.screen();
            if let Some(at) = screen.find(EXIT_MARK) {
                let rest = &screen[at + EXIT_MARK.len()..];
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                return digits.parse().ok();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        eprintln!("still running after 10 s:\n{}", self.screen());
        None
    }
}

/// What the shell prints after the program, before its exit status.
const EXIT_MARK: &str = "program-exit-status=";

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// A shell command line running the dossier binary under test with `env` settings and `args`,
/// each single-quoted.
pub fn dossier_command(env: &[&str], unset: &[&str], args: &[&Path]) -> String {
    let quote = |s: &str| format!("'{}'", s.replace('\'', "'\\''"));
    let mut parts = vec!["env".to_string()];
    for name in unset {
        parts.push(format!("-u {name}"));
    }
    parts.extend(env.iter().map(|e| quote(e)));
    parts.push(quote(env!("CARGO_BIN_EXE_dossier")));
    parts.extend(args.iter().map(|p| quote(&p.to_string_lossy())));
    parts.join(" ")
}
