//! The text selection of the reading view (`v`), by words and sentences.
//!
//! A selection lives inside one paragraph and is made of whole tokens (words, numbers,
//! punctuation marks), so it can never cut a word or a character in two. Like vim's visual
//! mode it has an anchor and a moving end (the head): it starts as the whole current sentence
//! with the head on its last token; word motions move the head by one token, sentence motions
//! to the end (or, when the head is the first end, the start) of the next or previous sentence,
//! and `o` swaps anchor and head so the other end can be moved.

use crate::annotate::{Segments, segment};
use crate::annotation::Span;

/// A selection in one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// The briefing it belongs to (a selection never follows you to another briefing).
    pub briefing: usize,
    segments: Segments,
    /// Token indices of the fixed end and the moving end.
    anchor: usize,
    head: usize,
}

impl Selection {
    /// The sentence of `paragraph` holding byte `at` (or the first sentence after it), selected
    /// whole. `None` when the paragraph has no words.
    pub fn sentence_at(text: &str, briefing: usize, paragraph: Span, at: usize) -> Option<Self> {
        let segments = segment(text, paragraph);
        let token = segments
            .tokens
            .partition_point(|t| t.end <= at)
            .min(segments.tokens.len().checked_sub(1)?);
        let sentence = segments
            .sentences
            .iter()
            .find(|s| s.contains(&token))
            .cloned()
            .unwrap_or(token..token + 1);
        Some(Selection {
            briefing,
            anchor: sentence.start,
            head: sentence.end.saturating_sub(1).max(sentence.start),
            segments,
        })
    }

    /// The selected bytes: from the first selected token's start to the last one's end.
    pub fn span(&self) -> Span {
        let (lo, hi) = self.range();
        let start = self.segments.tokens.get(lo).map_or(0, |t| t.start);
        let end = self.segments.tokens.get(hi).map_or(start, |t| t.end);
        Span::new(start, end)
    }

    /// First and last selected token.
    fn range(&self) -> (usize, usize) {
        (self.anchor.min(self.head), self.anchor.max(self.head))
    }

    /// Byte offset of the moving end, for scrolling it into view.
    pub fn head_offset(&self) -> usize {
        self.segments.tokens.get(self.head).map_or(0, |t| t.start)
    }

    /// Move the head by `n` tokens (negative: back), staying in the paragraph.
    pub fn move_word(&mut self, n: isize) {
        let last = self.segments.tokens.len().saturating_sub(1);
        self.head = self.head.saturating_add_signed(n).min(last);
    }

    /// Move the head to the next (`forward`) or previous sentence: to its last token when the
    /// head is the selection's end, to its first token when the head is the start.
    pub fn move_sentence(&mut self, forward: bool) {
        let sentences = &self.segments.sentences;
        let Some(current) = sentences.iter().position(|s| s.contains(&self.head)) else {
            return;
        };
        let is_end = self.head >= self.anchor;
        let target = if forward {
            // From inside a sentence, the end motion first goes to its own end.
            if is_end && self.head + 1 < sentences[current].end {
                Some(current)
            } else {
                current.checked_add(1).filter(|&i| i < sentences.len())
            }
        } else if !is_end && self.head > sentences[current].start {
            Some(current)
        } else {
            current.checked_sub(1)
        };
        let Some(target) = target.and_then(|i| sentences.get(i)) else {
            return;
        };
        self.head = if is_end {
            target.end.saturating_sub(1).max(target.start)
        } else {
            target.start
        };
    }

    /// Swap the fixed and the moving end (vim's `o`).
    pub fn swap_ends(&mut self) {
        std::mem::swap(&mut self.anchor, &mut self.head);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Islami said the Balkans must be armed. Nobody agreed. Then it rained.";

    fn at(needle: &str) -> usize {
        TEXT.find(needle).unwrap_or(usize::MAX)
    }

    fn selected(s: &Selection) -> &str {
        &TEXT[s.span().start..s.span().end]
    }

    fn start(needle: &str) -> Option<Selection> {
        Selection::sentence_at(TEXT, 0, Span::new(0, TEXT.len()), at(needle))
    }

    #[test]
    fn starts_as_the_sentence_under_the_position() {
        let s = start("Nobody");
        assert_eq!(s.as_ref().map(selected), Some("Nobody agreed."));
        let s = start("Balkans");
        assert_eq!(
            s.as_ref().map(selected),
            Some("Islami said the Balkans must be armed.")
        );
    }

    #[test]
    fn words_and_sentences_move_the_head_and_o_moves_the_other_end() {
        let Some(mut s) = start("Islami") else {
            panic!("no selection");
        };
        s.move_word(-1); // drop the period
        assert_eq!(selected(&s), "Islami said the Balkans must be armed");
        s.swap_ends();
        s.move_word(2); // drop "Islami said"
        assert_eq!(selected(&s), "the Balkans must be armed");
        s.swap_ends();
        s.move_sentence(true); // first to the end of its own sentence
        assert_eq!(selected(&s), "the Balkans must be armed.");
        s.move_sentence(true);
        assert_eq!(selected(&s), "the Balkans must be armed. Nobody agreed.");
        s.move_sentence(true);
        s.move_sentence(true); // no further sentence: stays
        assert_eq!(
            selected(&s),
            "the Balkans must be armed. Nobody agreed. Then it rained."
        );
        s.move_sentence(false);
        assert_eq!(selected(&s), "the Balkans must be armed. Nobody agreed.");
        s.move_word(100);
        assert_eq!(
            s.span().end,
            TEXT.len(),
            "a word motion stops at the paragraph"
        );
    }

    #[test]
    fn an_empty_paragraph_has_no_selection() {
        assert_eq!(Selection::sentence_at("   ", 0, Span::new(0, 3), 0), None);
    }
}
