//! Laying a briefing out in lines of a given width.
//!
//! The reader needs to know which screen line holds which character, both to draw and to
//! scroll a selected quote into view, so wrapping is done here (over the sanitised display
//! text, by display width) rather than inside a widget. A line is a range of display character
//! indices, which [`DisplayText::origin`] maps back to byte offsets for styling.

use crate::annotation::Span;
use crate::sanitize::DisplayText;
use unicode_width::UnicodeWidthChar;

/// One screen line of the reading view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Display character range `[start, end)`; empty for the blank line between paragraphs.
    pub start: usize,
    pub end: usize,
    /// The 1-based paragraph number, on a paragraph's first line only.
    pub paragraph: Option<usize>,
}

/// Width of the paragraph-number gutter: `"¶123 "`.
pub const GUTTER: u16 = 5;

/// Lay out `paragraphs` (byte spans of the original text) of `text` in `width` columns, with a
/// blank line between paragraphs.
pub fn layout(text: &DisplayText, paragraphs: &[Span], width: u16) -> Vec<Line> {
    let width = usize::from(width.max(1));
    let chars = text.char_slice();
    let mut lines = Vec::new();
    for (n, paragraph) in paragraphs.iter().enumerate() {
        let start = text.index_of(paragraph.start);
        let end = text.index_of(paragraph.end).min(chars.len());
        if start >= end {
            continue;
        }
        if !lines.is_empty() {
            lines.push(Line {
                start,
                end: start,
                paragraph: None,
            });
        }
        let first = lines.len();
        wrap_range(chars, start, end, width, &mut lines);
        if let Some(line) = lines.get_mut(first) {
            line.paragraph = Some(n + 1);
        }
    }
    lines
}

fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Greedy word wrap of `chars[start..end]`; newlines inside a paragraph (hard-wrapped prose)
/// are drawn as spaces; a word wider than the line is broken.
fn wrap_range(chars: &[char], start: usize, end: usize, width: usize, out: &mut Vec<Line>) {
    let mut i = start;
    while i < end {
        while i < end && chars[i].is_whitespace() {
            i += 1;
        }
        if i >= end {
            break;
        }
        let line_start = i;
        let mut used = 0;
        let mut last_fit = line_start; // end of the last whole word that fits
        let mut j = i;
        loop {
            // One word, then the spaces after it.
            let word_start = j;
            let mut word_width = 0;
            while j < end && !chars[j].is_whitespace() {
                word_width += char_width(chars[j]);
                j += 1;
            }
            // Whitespace is drawn one column per char, newlines included.
            let gap = word_start - last_fit;
            if used + gap + word_width <= width {
                used += gap + word_width;
                last_fit = j;
            } else if word_start == line_start {
                // The word alone is too wide: break it at the width.
                let mut k = word_start;
                let mut w = 0;
                while k < j && (w + char_width(chars[k]) <= width || k == word_start) {
                    w += char_width(chars[k]);
                    k += 1;
                }
                last_fit = k;
                break;
            } else {
                break;
            }
            while j < end && chars[j].is_whitespace() {
                j += 1;
            }
            if j >= end {
                break;
            }
        }
        out.push(Line {
            start: line_start,
            end: last_fit,
            paragraph: None,
        });
        i = last_fit;
    }
}

/// The line holding display character `index` (the last line before it if it is in a gap).
pub fn line_of(lines: &[Line], index: usize) -> usize {
    lines
        .partition_point(|l| l.start <= index)
        .saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sanitize::sanitize;

    fn shown(raw: &str, width: u16) -> Vec<String> {
        let text = sanitize(raw);
        let paragraphs = crate::briefing::paragraphs(raw);
        layout(&text, &paragraphs, width)
            .iter()
            .map(|l| {
                let s: String = text.char_slice()[l.start..l.end].iter().collect();
                match l.paragraph {
                    Some(n) => format!("{n}|{s}"),
                    None => format!(" |{s}"),
                }
            })
            .collect()
    }

    #[test]
    fn words_wrap_at_the_width_with_blank_lines_between_paragraphs() {
        assert_eq!(
            shown("one two three four\n\nfive six\n", 9),
            ["1|one two", " |three", " |four", " |", "2|five six"]
        );
    }

    #[test]
    fn long_words_break_and_wide_chars_count_double() {
        assert_eq!(shown("abcdefghij", 4), ["1|abcd", " |efgh", " |ij"]);
        assert_eq!(shown("日本語 ab", 6), ["1|日本語", " |ab"]);
        assert_eq!(
            shown("日本", 1),
            ["1|日", " |本"],
            "never loops on a too-wide char"
        );
    }

    #[test]
    fn hard_wrapped_lines_join_and_lines_map_back() {
        let raw = "The minister said on Tuesday that the border\nwas calm.\n";
        let lines = shown(raw, 80);
        assert_eq!(
            lines,
            ["1|The minister said on Tuesday that the border\nwas calm."]
        );
        let text = sanitize(raw);
        let laid = layout(&text, &crate::briefing::paragraphs(raw), 20);
        assert_eq!(
            line_of(&laid, text.index_of(raw.find("calm").unwrap_or(0))),
            2
        );
    }
}
