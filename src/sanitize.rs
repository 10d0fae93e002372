//! Display-safe text from untrusted briefings.
//!
//! A briefing is untrusted input: a file can carry escape sequences that would recolour the
//! screen, retitle the window or write the clipboard (OSC 52) if printed raw. The reader never
//! prints briefing bytes; it prints a [`DisplayText`] made once, at load, which keeps only
//! printable characters and remembers, for every character kept, the byte offset it came from,
//! so that annotation spans (byte offsets into the original) still land on the right characters.
//!
//! What goes:
//! - ANSI/ECMA-48 sequences: CSI (`ESC [` … final byte), OSC (`ESC ]` … BEL or ST, OSC 52 and
//!   window titles included), DCS/SOS/PM/APC (`ESC P`, `ESC X`, `ESC ^`, `ESC _` … ST), two-byte
//!   `ESC x` sequences, and their 8-bit C1 forms (U+009B CSI, U+009D OSC, U+0090 DCS, …);
//!   a string sequence that is never terminated runs to the end of its line;
//! - every other C0 and C1 control and DEL, except newline (kept) and tab (expanded to spaces);
//! - bidirectional overrides, embeddings, isolates and marks (U+202A–U+202E, U+2066–U+2069,
//!   U+200E, U+200F, U+061C), which could make text read differently from what it is;
//! - the byte-order mark.

/// Columns between tab stops when expanding tabs.
pub const TAB_WIDTH: usize = 4;

/// Text safe to print, with a map back to the original's byte offsets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DisplayText {
    text: String,
    /// The chars of `text`, for layout by index.
    chars: Vec<char>,
    /// For the n-th `char` of `text`, the byte offset in the original text it stands for.
    origins: Vec<usize>,
}

impl DisplayText {
    /// The display-safe text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Each display character with the original byte offset it stands for.
    pub fn chars(&self) -> impl Iterator<Item = (char, usize)> + '_ {
        self.chars.iter().copied().zip(self.origins.iter().copied())
    }

    /// Display character `index`.
    pub fn char_at(&self, index: usize) -> Option<char> {
        self.chars.get(index).copied()
    }

    /// The display characters, by index.
    pub fn char_slice(&self) -> &[char] {
        &self.chars
    }

    /// The original byte offset of display character `index`.
    pub fn origin(&self, index: usize) -> Option<usize> {
        self.origins.get(index).copied()
    }

    /// Number of display characters.
    pub fn len(&self) -> usize {
        self.origins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.origins.is_empty()
    }

    /// Index of the first display character whose origin is at or after byte `offset`
    /// (`len()` if none): where a span starting at `offset` begins on screen.
    pub fn index_of(&self, offset: usize) -> usize {
        self.origins.partition_point(|&o| o < offset)
    }
}

/// Make `raw` display-safe, keeping a map back to its byte offsets.
pub fn sanitize(raw: &str) -> DisplayText {
    let mut out = DisplayText {
        text: String::with_capacity(raw.len()),
        chars: Vec::with_capacity(raw.len()),
        origins: Vec::with_capacity(raw.len()),
    };
    let mut column = 0;
    let mut chars = raw.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '\n' => {
                out.push('\n', at);
                column = 0;
            }
            '\t' => {
                let spaces = TAB_WIDTH - column % TAB_WIDTH;
                for _ in 0..spaces {
                    out.push(' ', at);
                }
                column += spaces;
            }
            '\u{1b}' => skip_escape(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if is_unsafe(c) => {}
            c => {
                out.push(c, at);
                column += 1;
            }
        }
    }
    out
}

/// `s` made safe for one line of display (titles, names, list rows): controls and escape
/// sequences dropped as in [`sanitize`], and any run of whitespace (newlines and tabs
/// included) collapsed to one space.
pub fn clean_line(s: &str) -> String {
    if s.chars()
        .all(|c| !is_unsafe(c) && c != '\u{1b}' && c != '\t' && c != '\n')
        && !s.contains("  ")
    {
        return s.trim().to_string();
    }
    let safe = sanitize(s);
    safe.as_str()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl DisplayText {
    fn push(&mut self, c: char, origin: usize) {
        self.text.push(c);
        self.chars.push(c);
        self.origins.push(origin);
    }
}

/// Controls and invisible direction changers that must never reach the terminal.
fn is_unsafe(c: char) -> bool {
    c.is_control() && c != '\n'
        || matches!(
            c,
            '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{061C}'
                | '\u{FEFF}'
        )
}

type Chars<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

/// After an ESC: drop the sequence it introduces.
fn skip_escape(chars: &mut Chars<'_>) {
    let Some(&(_, next)) = chars.peek() else {
        return;
    };
    match next {
        '[' => {
            chars.next();
            skip_csi(chars);
        }
        ']' | 'P' | 'X' | '^' | '_' => {
            chars.next();
            skip_string(chars);
        }
        // Intermediate bytes, then one final byte (`ESC ( B`, `ESC # 8`).
        ' '..='/' => {
            while chars.next_if(|&(_, c)| matches!(c, ' '..='/')).is_some() {}
            chars.next_if(|&(_, c)| matches!(c, '0'..='~'));
        }
        // A two-byte sequence (`ESC c`, `ESC 7`, `ESC M`).
        '0'..='~' => {
            chars.next();
        }
        _ => {}
    }
}

/// Drop a CSI's parameter and intermediate bytes and its final byte.
fn skip_csi(chars: &mut Chars<'_>) {
    while chars.next_if(|&(_, c)| matches!(c, '0'..='?')).is_some() {}
    while chars.next_if(|&(_, c)| matches!(c, ' '..='/')).is_some() {}
    chars.next_if(|&(_, c)| matches!(c, '@'..='~'));
}

/// Drop an OSC/DCS/SOS/PM/APC body up to and including its terminator (BEL, `ESC \` or the C1
/// ST), or up to the end of the line when it has none.
fn skip_string(chars: &mut Chars<'_>) {
    while let Some(&(_, c)) = chars.peek() {
        match c {
            '\n' => return,
            '\u{7}' | '\u{9c}' => {
                chars.next();
                return;
            }
            '\u{1b}' => {
                chars.next();
                chars.next_if(|&(_, c)| c == '\\');
                return;
            }
            _ => {
                chars.next();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(raw: &str) -> String {
        sanitize(raw).as_str().to_string()
    }

    #[test]
    fn plain_text_is_unchanged_and_maps_to_itself() {
        let d = sanitize("Vučić said.");
        assert_eq!(d.as_str(), "Vučić said.");
        let origins: Vec<usize> = d.chars().map(|(_, o)| o).collect();
        assert_eq!(origins, [0, 1, 2, 4, 5, 7, 8, 9, 10, 11, 12]);
    }

    #[test]
    fn csi_sequences_leave_no_residue() {
        assert_eq!(shown("a\u{1b}[31;1mred\u{1b}[0m b"), "ared b");
        assert_eq!(shown("x\u{1b}[2J\u{1b}[Hy"), "xy");
        assert_eq!(shown("x\u{9b}31my"), "xy", "8-bit CSI");
    }

    #[test]
    fn osc_clipboard_and_title_are_dropped_with_either_terminator() {
        assert_eq!(shown("a\u{1b}]52;c;cHduZWQ=\u{7}b"), "ab");
        assert_eq!(shown("a\u{1b}]0;PWNED\u{1b}\\b"), "ab");
        assert_eq!(shown("a\u{9d}2;title\u{9c}b"), "ab");
        assert_eq!(shown("a\u{1b}]2;never ends\nnext"), "a\nnext");
    }

    #[test]
    fn dcs_c1_bidi_and_two_byte_escapes_go() {
        assert_eq!(shown("a\u{1b}Pq#0;2;0;0;0\u{1b}\\b"), "ab");
        assert_eq!(shown("a\u{1b}cb\u{1b}(Bc"), "abc");
        assert_eq!(shown("a\u{85}b\u{7f}c\u{0}d\re"), "abcde");
        assert_eq!(
            shown("\u{202E}gnp.exe\u{202C} \u{2067}x\u{2069}"),
            "gnp.exe x"
        );
        assert_eq!(shown("\u{feff}text"), "text");
    }

    #[test]
    fn tabs_expand_to_the_next_stop_and_map_to_the_tab() {
        let d = sanitize("ab\tc\n\td");
        assert_eq!(d.as_str(), "ab  c\n    d");
        assert_eq!(d.origin(2), Some(2));
        assert_eq!(d.origin(3), Some(2));
        assert_eq!(d.origin(4), Some(3));
    }

    #[test]
    fn offsets_after_a_removed_sequence_still_point_into_the_original() {
        let raw = "\u{1b}[1mIslami\u{1b}[0m said";
        let d = sanitize(raw);
        let start = d.index_of(raw.find("Islami").unwrap_or(0));
        let word: String = d.as_str().chars().skip(start).take(6).collect();
        assert_eq!(word, "Islami");
        assert_eq!(d.index_of(raw.len()), d.len());
    }

    #[test]
    fn clean_line_collapses_whitespace_and_drops_controls() {
        assert_eq!(clean_line("  A\u{1b}[31m  B\n\tC "), "A B C");
        assert_eq!(clean_line("Avni Islami"), "Avni Islami");
    }
}
