//! Words, numbers and punctuation of a paragraph, and its sentences.
//!
//! Tokens are byte spans into the original text, so every later pass reports spans without
//! any offset arithmetic. A possessive "’s" is its own token ("Kosovo" + "’s") so that the
//! name before it can be matched on its own.

use crate::annotation::Span;
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (and digits, inner hyphens and apostrophes): "Islami", "Secretary-General".
    Word,
    /// A possessive ending: "’s", "'s", or a lone "’" after a plural ("Serbs’").
    Possessive,
    /// Digits with inner separators: "4,600", "2023-10-01", "01.10.23", "12:52".
    Number,
    /// Any other single character that is not whitespace.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Every char is ASCII or a mark with no case ("’", "«"): the lowered text holds the
    /// token's lowercase form at the same offsets (see [`lower_token`]). Known from the
    /// tokenizer's own scan, so the many look-ups per token do not rescan it.
    pub plain: bool,
}

impl Token {
    pub fn span(self) -> Span {
        Span::new(self.start, self.end)
    }

    pub fn text(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether the token's text starts with an uppercase letter: `text(t).starts_with(
    /// char::is_uppercase)`, reading one byte for ASCII instead of slicing and decoding.
    #[inline]
    pub fn starts_upper(self, text: &str) -> bool {
        match text.as_bytes().get(self.start) {
            Some(b) if b.is_ascii() && self.start < self.end && text.is_char_boundary(self.end) => {
                b.is_ascii_uppercase()
            }
            _ => self.text(text).starts_with(char::is_uppercase),
        }
    }

    pub fn is_word(self) -> bool {
        self.kind == TokKind::Word
    }

    /// The single punctuation character, if this is one.
    pub fn punct(self, text: &str) -> Option<char> {
        if self.kind == TokKind::Punct {
            self.text(text).chars().next()
        } else {
            None
        }
    }
}

/// Token `t` lowercased. `lowered` is the text with ASCII letters lowercased (same byte
/// offsets), so an ASCII token is a borrowed slice of it, with no allocation; so is a token
/// whose other characters are marks with no case (quotation marks, dashes, "’s"), which
/// `lowered` holds already; the rest go through `str::to_lowercase`. Equal to
/// `t.text(text).to_lowercase()` in every case.
pub fn lower_token<'l>(text: &str, lowered: &'l str, t: Token) -> Cow<'l, str> {
    if t.plain {
        return Cow::Borrowed(lowered.get(t.start..t.end).unwrap_or(""));
    }
    let raw = t.text(text);
    if raw.is_ascii() || raw.chars().all(|c| c.is_ascii() || is_caseless_mark(c)) {
        Cow::Borrowed(lowered.get(t.start..t.end).unwrap_or(""))
    } else {
        Cow::Owned(raw.to_lowercase())
    }
}

/// Latin-1 punctuation and symbols ("«", "§", "°") and general punctuation ("’", "“", "—",
/// "…"): marks with no case, the non-ASCII characters most tokens hold.
fn is_caseless_mark(c: char) -> bool {
    matches!(c, '\u{00A0}'..='\u{00BF}' | '\u{2000}'..='\u{206F}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// The char at byte `i` of `text` (which must be a char boundary), or `None` at the end.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// Classes of ASCII bytes, for the tokenizer's fast paths (non-ASCII bytes have none).
const WS: u8 = 1;
const ALPHA: u8 = 2;
const DIGIT: u8 = 4;
const PUNCT: u8 = 8;
/// ASCII bytes that may continue a word or number after a letter or digit (`-`, `,`, `.`,
/// `:`, `/`, `'`): any other ASCII byte ends it at once.
const JOINER: u8 = 16;

/// The class of every byte: the same answers as `char::is_whitespace`,
/// `char::is_alphabetic` and `char::is_ascii_digit` for ASCII, in one load.
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c == b' ' || (c >= 0x09 && c <= 0x0d) {
            WS
        } else if c.is_ascii_alphabetic() {
            ALPHA
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b'-' | b',' | b'.' | b':' | b'/' | b'\'') {
            PUNCT | JOINER
        } else {
            PUNCT
        };
        b += 1;
    }
    t
};

/// Tokens of `text[span]`. One pass over the bytes: ASCII is classified by a table without
/// decoding, other characters are decoded one at a time.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let bytes = text.as_bytes();
    let end = span.end.min(text.len());
    // News text averages a token per 4.5-5 bytes: room enough that the vector is rarely
    // grown (and copied) again.
    let mut out = Vec::with_capacity((end - span.start.min(end)) / 3 + 1);
    let mut i = span.start;
    if !text.is_char_boundary(i) || !text.is_char_boundary(end) {
        return out;
    }
    while i < end {
        let class = CLASS[usize::from(bytes[i])];
        if class & WS != 0 {
            i += 1;
            continue;
        }
        if class & (ALPHA | DIGIT) != 0 {
            i = word(text, i, end, &mut out);
            continue;
        }
        if class & PUNCT != 0 {
            out.push(Token {
                start: i,
                end: i + 1,
                kind: TokKind::Punct,
                plain: true,
            });
            i += 1;
            continue;
        }
        let Some(c) = char_at(text, i) else { break };
        let len = c.len_utf8();
        if c.is_whitespace() {
            i += len;
        } else if c.is_alphabetic() {
            i = word(text, i, end, &mut out);
        } else {
            out.push(Token {
                start: i,
                end: i + len,
                kind: TokKind::Punct,
                plain: is_caseless_mark(c),
            });
            i += len;
        }
    }
    out
}

/// The word or number starting at `start`, and a possessive right after it; returns where
/// scanning continues.
fn word(text: &str, start: usize, limit: usize, out: &mut Vec<Token>) -> usize {
    let bytes = text.as_bytes();
    let mut all_digits = bytes[start].is_ascii_digit();
    // Whether every char taken so far is ASCII or caseless (ASCII runs keep it).
    let mut plain = true;
    let mut j = start;
    while j < limit {
        // Fast path for the common case: a run of ASCII letters and digits, taken at once.
        let mut seen = 0;
        let mut run = 0;
        for &b in &bytes[j..limit] {
            let class = CLASS[usize::from(b)];
            if class & (ALPHA | DIGIT) == 0 {
                break;
            }
            seen |= class;
            run += 1;
        }
        if run > 0 {
            all_digits &= seen & ALPHA == 0;
            j += run;
            continue;
        }
        let b = bytes[j];
        let class = CLASS[usize::from(b)];
        // Any ASCII byte but a joiner ends the word (the common case: a space or a mark).
        if b < 0x80 && class & JOINER == 0 {
            break;
        }
        let (c, len) = if b < 0x80 {
            (b as char, 1)
        } else {
            match char_at(text, j) {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        let taken_plain = c.is_ascii() || is_caseless_mark(c);
        if c.is_alphanumeric() {
            all_digits &= c.is_ascii_digit();
            plain &= taken_plain;
            j += len;
            continue;
        }
        if j == start {
            // The first char (a letter) was not taken above only if it is not alphanumeric,
            // which cannot happen; guard anyway so the scan always advances.
            plain &= taken_plain;
            j += len;
            continue;
        }
        let after = if j + len < limit {
            char_at(text, j + len)
        } else {
            None
        };
        let joins_number = all_digits
            && matches!(c, ',' | '.' | ':' | '/' | '-')
            && after.is_some_and(|a| a.is_ascii_digit());
        let joins_word = !all_digits && c == '-' && after.is_some_and(char::is_alphanumeric);
        // An apostrophe inside a word ("don't", "O'Brien"), but not a possessive "'s".
        let possessive_s = matches!(after, Some('s' | 'S'))
            && !char_at(text, j + len + 1)
                .filter(|_| j + len + 1 < limit)
                .is_some_and(char::is_alphanumeric);
        let inner_apostrophe = !all_digits
            && is_apostrophe(c)
            && after.is_some_and(char::is_alphabetic)
            && !possessive_s;
        if joins_number || joins_word || inner_apostrophe {
            plain &= taken_plain;
            j += len;
            continue;
        }
        break;
    }
    out.push(Token {
        start,
        end: j,
        kind: if all_digits {
            TokKind::Number
        } else {
            TokKind::Word
        },
        plain,
    });
    // A possessive right after the word: only an apostrophe (ASCII or not) can start one.
    if j >= limit || (bytes[j] < 0x80 && bytes[j] != b'\'') {
        return j;
    }
    if let Some(a) = char_at(text, j).filter(|&a| is_apostrophe(a)) {
        let s_pos = j + a.len_utf8();
        let s = if s_pos < limit {
            char_at(text, s_pos)
        } else {
            None
        };
        let after = if s_pos + 1 < limit {
            char_at(text, s_pos + 1)
        } else {
            None
        };
        if matches!(s, Some('s' | 'S')) && !after.is_some_and(char::is_alphanumeric) {
            out.push(Token {
                start: j,
                end: s_pos + 1,
                kind: TokKind::Possessive,
                plain: a.is_ascii() || is_caseless_mark(a),
            });
            return s_pos + 1;
        }
    }
    j
}

/// Words before a period that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sgt", "Capt", "Prof", "Jr", "Sr", "vs",
    "No", "Gov", "Sen", "Rep", "Maj", "Adm", "Cmdr", "Brig", "approx", "e.g", "i.e", "Jan", "Feb",
    "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Inc", "Ltd", "Co", "Corp", "Mt", "Ft",
];

fn is_closing_mark(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '»' | '\'' | '“' | ')')
}

/// Sentences of a token list as `start..end` token index ranges.
///
/// A sentence ends after `.`, `!`, `?` or `…` (and any closing marks after it) when the next
/// token starts with a capital letter, a digit or an opening mark; abbreviations and single
/// initials ("J.") do not end sentences.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let Some(c) = tokens[i].punct(text) else {
            i += 1;
            continue;
        };
        if !matches!(c, '.' | '!' | '?' | '…' | ';') {
            i += 1;
            continue;
        }
        // "Rs4.2 billion": a period between two glued parts of a number ends nothing.
        if c == '.'
            && i > 0
            && tokens[i - 1].end == tokens[i].start
            && tokens.get(i + 1).is_some_and(|n| {
                n.start == tokens[i].end && text.as_bytes()[n.start].is_ascii_digit()
            })
        {
            i += 1;
            continue;
        }
        if c == '.' && i > 0 {
            let prev = tokens[i - 1];
            let w = prev.text(text);
            let adjacent = prev.end == tokens[i].start;
            if adjacent
                && prev.is_word()
                && (ABBREVIATIONS.contains(&w)
                    || (w.chars().count() == 1 && w.chars().all(char::is_uppercase)))
            {
                i += 1;
                continue;
            }
        }
        let mut j = i + 1;
        while j < tokens.len() && tokens[j].punct(text).is_some_and(is_closing_mark) {
            // Only marks glued to the period belong to this sentence.
            if tokens[j].start != tokens[j - 1].end {
                break;
            }
            j += 1;
        }
        // "… as in 2023.[3] It describes …": a footnote marker glued to the end belongs to
        // the sentence it ends.
        if let [open, num, close, ..] = tokens.get(j..).unwrap_or(&[])
            && open.start == tokens[j - 1].end
            && open.punct(text) == Some('[')
            && num.kind == TokKind::Number
            && close.punct(text) == Some(']')
        {
            j += 3;
        }
        let next_starts = match tokens.get(j) {
            None => true,
            Some(t) => {
                let first = t.text(text).chars().next().unwrap_or(' ');
                c == ';'
                    || first.is_uppercase()
                    || first.is_ascii_digit()
                    || matches!(
                        first,
                        '"' | '“' | '„' | '«' | '`' | '‘' | '\'' | '(' | '–' | '—' | '-'
                    )
            }
        };
        if next_starts {
            out.push((start, j));
            start = j;
        }
        i = j.max(i + 1);
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn words_numbers_possessives() {
        assert_eq!(
            words("Kosovo’s NATO Secretary-General said 4,600 don't, 01.10.23."),
            [
                "Kosovo",
                "’s",
                "NATO",
                "Secretary-General",
                "said",
                "4,600",
                "don't",
                ",",
                "01.10.23",
                "."
            ]
        );
        assert_eq!(words("Serbs’ view"), ["Serbs", "’", "view"]);
    }

    #[test]
    fn lower_token_equals_to_lowercase() {
        let text = "Vučić’s “ÉTAT” said — O'Brien ΣΟΦΊΑ Straße İstanbul «NATO» ǅ 4,600 é… µ§°‹› \
                    Hawaiʻi Teʼs NATOʼS.";
        let lowered = text.to_ascii_lowercase();
        for t in tokenize(text, Span::new(0, text.len())) {
            assert_eq!(lower_token(text, &lowered, t), t.text(text).to_lowercase());
        }
    }

    proptest::proptest! {
        /// The tokenizer's `plain` flag is a shortcut: it must never change a lowercase form.
        #[test]
        fn lower_token_equals_to_lowercase_on_any_text(
            text in "([A-Za-z0-9 ,.'’ʼ«»“”\\-]|\\PC){0,60}"
        ) {
            let lowered = text.to_ascii_lowercase();
            for t in tokenize(&text, Span::new(0, text.len())) {
                proptest::prop_assert_eq!(
                    lower_token(&text, &lowered, t),
                    t.text(&text).to_lowercase()
                );
            }
        }
    }

    /// The text of each sentence of `text`.
    fn sentence_texts(text: &str) -> Vec<&str> {
        let toks = tokenize(text, Span::new(0, text.len()));
        sentences(text, &toks)
            .into_iter()
            .map(|(a, b)| &text[toks[a].start..toks[b - 1].end])
            .collect()
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let s = sentence_texts("Mr. Smith said so. Then “Yes.” He left. J. Doe came.");
        assert_eq!(
            s,
            [
                "Mr. Smith said so.",
                "Then “Yes.”",
                "He left.",
                "J. Doe came."
            ]
        );
    }

    #[test]
    fn a_period_inside_a_number_ends_no_sentence() {
        let s = sentence_texts("It cost Rs4.2 billion. 14 people left.");
        assert_eq!(s, ["It cost Rs4.2 billion.", "14 people left."]);
    }

    #[test]
    fn a_footnote_marker_ends_its_sentence() {
        let s = sentence_texts("Flights fell in 2023.[3] It says so.[12]\nThe end [4] came.");
        assert_eq!(
            s,
            [
                "Flights fell in 2023.[3]",
                "It says so.[12]",
                "The end [4] came."
            ]
        );
    }
}
