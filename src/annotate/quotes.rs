//! Direct quotes: pairing quotation marks of every convention English news uses.
//!
//! A stack per paragraph knows each style's opening and closing forms (`"…"`, `“…”`, `„…“`,
//! `„…”`, `«…»`, `‘…’`, ``` ``…'' ```, `''…''`) and the context of an apostrophe (a letter on
//! both sides, or `s’` after a plural). A mark that finds no partner fails locally: an opening
//! mark left open runs at most to the end of its paragraph, and only the journalistic
//! multi-paragraph convention (a mark opening each paragraph, closing on the last; or a few
//! paragraphs whose marks were lost in translation) carries a quotation further, and never past
//! a paragraph that reads as narration.

use super::mentions::PREPOSITIONS;
use super::speech::grammar::{is_aux, is_grammar_word};
use crate::annotation::Span;

/// A direct quote found by the marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// The content: without the marks, without a comma or space before the closing mark.
    pub span: Span,
    /// The opening mark, if the paragraph has one.
    pub open: Option<Span>,
    /// The closing mark, if the quote is closed in this paragraph.
    pub close: Option<Span>,
    /// Index of the paragraph.
    pub paragraph: usize,
    /// Quotes of one multi-paragraph quotation share a block number.
    pub block: usize,
    /// An interview answer printed without marks (see [`transcript_answers`]).
    pub answer: bool,
}

impl Quote {
    /// Words printed without marks that are someone's answer or sound bite.
    fn answer(span: Span, paragraph: usize, block: usize) -> Quote {
        Quote {
            span,
            open: None,
            close: None,
            paragraph,
            block,
            answer: true,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Straight marks: decided by the flanking characters and the stack.
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    span: Span,
    family: Family,
    role: Role,
    /// `„`: closed by `“` as well as `”`.
    low: bool,
    /// Non-space on the left (can close), non-space on the right (can open).
    left_flanking: bool,
    right_flanking: bool,
    /// A straight or right single quote between letters, or after a plural `s`.
    apostrophe_like: bool,
    /// `«` or `»`: inside `«…»`, Romance and Slavic styles quote again with `“…”` or `"…"`,
    /// so those marks nest instead of closing it, and `»` closes the `«`.
    guillemet: bool,
}

fn is_opening_punct(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':')
}

/// Bytes that can start a quotation mark: the ASCII marks and the lead bytes of « » (0xC2)
/// and of U+2018..U+203A (0xE2). A table so the scan between marks is one load per byte.
const MARK_START: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[b'`' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t
};

/// Index of the first byte of `bytes` that can start a mark (`bytes.len()` if none). Eight
/// bytes at a time while they are all ASCII and none is `"`, `'` or `` ` `` (the marks' lead
/// bytes 0xC2 and 0xE2 are not ASCII), then byte by byte: the same answer as a byte scan.
fn next_mark_start(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Whether some byte of `v` equals `b`: the classic exact test for a zero byte.
    let has = |v: u64, b: u8| {
        let y = v ^ (ONES * u64::from(b));
        y.wrapping_sub(ONES) & !y & HIGH != 0
    };
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let v = u64::from_le_bytes(chunk);
        if v & HIGH != 0 || has(v, b'"') || has(v, b'\'') || has(v, b'`') {
            break;
        }
        i += 8;
    }
    i + bytes[i..]
        .iter()
        .position(|b| MARK_START[usize::from(*b)])
        .unwrap_or(bytes.len() - i)
}

/// Marks of one paragraph, in order.
fn marks(text: &str, para: Span) -> Vec<Mark> {
    let Some(slice) = text.get(para.start..para.end) else {
        return Vec::new();
    };
    let bytes = slice.as_bytes();
    let mut out = Vec::new();
    // Only bytes that can start a mark are decoded: ASCII marks, and the lead bytes of
    // U+2018..U+203A (0xE2) and of « » (0xC2). The character before a mark is read back from
    // the text, which is what the previous character was (a two-byte mark's second half is
    // a mark too, so it neither flanks with space nor counts as a letter).
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !matches!(b, b'"' | b'\'' | b'`' | 0xC2 | 0xE2) {
            i += next_mark_start(&bytes[i..]);
            continue;
        }
        let Some(c) = slice[i..].chars().next() else {
            break;
        };
        let prev = slice[..i].chars().next_back();
        let kind = match c {
            '"' => Some((Family::Double, Role::Either, false, 1)),
            '“' => Some((Family::Double, Role::Open, false, c.len_utf8())),
            '”' => Some((Family::Double, Role::Close, false, c.len_utf8())),
            '„' => Some((Family::Double, Role::Open, true, c.len_utf8())),
            '«' => Some((Family::Double, Role::Open, false, c.len_utf8())),
            '»' => Some((Family::Double, Role::Close, false, c.len_utf8())),
            '‘' | '‹' => Some((Family::Single, Role::Open, false, c.len_utf8())),
            '’' | '›' => Some((Family::Single, Role::Close, false, c.len_utf8())),
            '`' if bytes.get(i + 1) == Some(&b'`') => Some((Family::Double, Role::Open, false, 2)),
            '`' => Some((Family::Single, Role::Open, false, 1)),
            '\'' if bytes.get(i + 1) == Some(&b'\'') => {
                Some((Family::Double, Role::Either, false, 2))
            }
            '\'' => Some((Family::Single, Role::Either, false, 1)),
            _ => None,
        };
        let Some((family, role, low, len)) = kind else {
            i += c.len_utf8();
            continue;
        };
        let next = slice[i + len..].chars().next();
        let left_space = prev.is_none_or(|p| p.is_whitespace() || is_opening_punct(p));
        let right_space = next.is_none_or(|n| {
            n.is_whitespace() || (n.is_ascii_punctuation() && !matches!(n, '"' | '\'' | '`' | '('))
        });
        let apostrophe_like = family == Family::Single
            && c != '‘'
            && (matches!(c, '\'' | '’'))
            && (prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)
                || prev.is_some_and(|p| p == 's' || p == 'S')
                || (left_space && next.is_some_and(|n| n.is_ascii_digit())));
        out.push(Mark {
            span: Span::new(para.start + i, para.start + i + len),
            family,
            role,
            low,
            left_flanking: !left_space,
            right_flanking: !right_space,
            apostrophe_like,
            guillemet: matches!(c, '«' | '»'),
        });
        i += len;
    }
    out
}

struct Open {
    mark: Mark,
}

/// Content span between `open_end` and `close_start`: trimmed of spaces, and of a comma (or
/// spaces and commas) before the closing mark.
fn content(text: &str, open_end: usize, close_start: usize) -> Option<Span> {
    let s = text.get(open_end..close_start)?;
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let end = open_end + trimmed.len();
    let start = open_end + lead;
    (start < end).then(|| Span::new(start, end))
}

/// Words before a quotation mark that make the quoted words a name or a term, nobody's speech
/// ("the so-called “bridge watchers”", "codenamed ‘Strait Thunder’").
const TERM_INTRODUCERS: &[&str] = &[
    "so-called",
    "self-styled",
    "self-proclaimed",
    "codenamed",
    "code-named",
    "dubbed",
    "nicknamed",
    "termed",
    "named",
    "titled",
    "entitled",
    "hashtag",
    "slogan",
    "word",
    "term",
    // A document's classification or label: "marked “SECRET – UK EYES ONLY”".
    "marked",
    "stamped",
    "labelled",
    "labeled",
    "headlined",
];

/// Whether a closed quote is a term or a name rather than speech: introduced as one, or a
/// short title-case name inside a sentence ("the joint “Freedom Edge” drills").
pub fn is_term(text: &str, q: &Quote) -> bool {
    let (Some(open), Some(_)) = (q.open, q.close) else {
        return false;
    };
    let before = text.get(..open.start).unwrap_or("").trim_end();
    let prev_word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_lowercase();
    if TERM_INTRODUCERS.contains(&prev_word.as_str()) {
        return true;
    }
    // "what the authors call a “grey zone” activity", "what Whitehall calls ‘hybrid’
    // threats": the naming formula gives a name, whoever is speaking.
    // (Most quotes have no "call" just before them: look at the bytes first.)
    let near = &before.as_bytes()[before.len().saturating_sub(40)..];
    let mut prior = before.split_whitespace().rev().take(6);
    if near.windows(4).any(|w| w == b"call")
        && prior
            .position(|w| matches!(w, "call" | "calls"))
            .is_some_and(|k| k <= 1)
        // ("which smugglers call “mother drones”": the relative pronoun works the same.)
        && prior
            .take(3)
            .any(|w| w.eq_ignore_ascii_case("what") || w.eq_ignore_ascii_case("which"))
        && q.span.slice(text).split_whitespace().count() <= 4
    {
        return true;
    }
    // "Villagers call the jets “the black birds”", "Sailors call them ‘drifters’, he
    // added": a name in use, given after the object of a present-tense "call", is a term,
    // even where a cue follows (the speaker reports the name, and goes on).
    let content = q.span.slice(text);
    let mut prior = before.split_whitespace().rev().take(5);
    if content.starts_with(char::is_lowercase)
        && content.split_whitespace().count() <= 4
        && prior.next().is_some_and(|w| !matches!(w, "call" | "calls"))
        && prior.any(|w| matches!(w, "call" | "calls"))
    {
        return true;
    }
    // "known along the coast as “jaladashu”", "referred to as": a name, when what it names
    // is a word or two.
    if prev_word == "as"
        && q.span.slice(text).split_whitespace().count() <= 2
        && before
            .rsplit(|c: char| c.is_whitespace())
            .take(5)
            .any(|w| matches!(w, "known" | "referred"))
    {
        return true;
    }
    // "a Telegram channel called „Rychlé peníze“": the name of a thing, not words said.
    let mut words_before = before.rsplit(|c: char| c.is_whitespace());
    words_before.next();
    if prev_word == "called"
        && words_before
            .next()
            .is_some_and(|w| NAMED_THINGS.contains(&w.to_lowercase().as_str()))
    {
        return true;
    }
    // "nicknamed the craft the ‘Fairford fireflies’": a naming verb, its object, the name.
    if before
        .rsplit(|c: char| c.is_whitespace())
        .take(5)
        .skip(1)
        .take_while(|w| !w.ends_with([',', '.', ';', ':']))
        .any(|w| {
            matches!(
                w,
                "nicknamed" | "dubbed" | "codenamed" | "code-named" | "renamed"
            )
        })
    {
        return true;
    }
    // "In our 2025 report, “Eyes Over the Line,” …", "Its guidance, the “Guidelines on
    // Maritime Cyber Risk Management”, is …": a title in apposition to a document.
    let document_before = |w: Option<&str>| {
        w.and_then(|w| w.strip_suffix(','))
            .is_some_and(|w| DOCUMENTS.contains(&w.to_lowercase().as_str()))
    };
    let mut prior = before.rsplit(|c: char| c.is_whitespace());
    let apposed = match prior.next() {
        Some("the") => document_before(prior.next()),
        w => document_before(w),
    };
    if apposed && is_title(content, 12) {
        return true;
    }
    let in_sentence = prev_word.chars().last().is_some_and(char::is_alphanumeric);
    if !in_sentence {
        return false;
    }
    // A title has at most four words: a fifth is enough to know it is not one.
    let words: Vec<&str> = content.split_whitespace().take(5).collect();
    // ("the windowless room that staff called ‘the Room’": a name may keep its article.)
    let named = match words.first() {
        Some(&"the") => &words[1..],
        _ => &words[..],
    };
    !named.is_empty()
        && words.len() <= 4
        && named[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(*w, "of" | "the" | "and" | "de" | "for")
                || w.chars().any(|c| c.is_ascii_digit())
        })
        && !content.ends_with(['.', '!', '?', ','])
}

/// Things whose names follow "called" ("a channel called …", "an operation called …").
const NAMED_THINGS: &[&str] = &[
    "channel",
    "group",
    "operation",
    "programme",
    "program",
    "app",
    "platform",
    "network",
    "account",
    "unit",
    "movement",
    "campaign",
    "plan",
    "project",
    "initiative",
    "exercise",
    "book",
    "film",
    "documentary",
    "report",
    "page",
    "site",
    "website",
    "podcast",
    "show",
    "series",
    "company",
    "firm",
    "militia",
    "brigade",
    "battalion",
    "party",
    "coalition",
    "alliance",
    "system",
    "tool",
    "software",
    "malware",
    "drone",
    "missile",
    "ship",
    "vessel",
    "boat",
    "village",
    "town",
    "district",
    "zone",
    "camp",
    "base",
    "bar",
    "cafe",
    "café",
    "restaurant",
    "hotel",
    "street",
    "chat",
    "forum",
    "game",
    "bot",
    "tactic",
    "doctrine",
    "strategy",
    "scheme",
    "method",
    "technique",
    "formation",
    "team",
    "squad",
    "gang",
];

/// Documents a title may stand in apposition to ("our report, “Eyes Over the Line,”").
const DOCUMENTS: &[&str] = &[
    "report",
    "study",
    "paper",
    "book",
    "guidance",
    "guidelines",
    "strategy",
    "plan",
    "doctrine",
    "document",
    "memoir",
    "film",
    "documentary",
    "podcast",
    "series",
    "review",
    "assessment",
    "article",
    "essay",
    "op-ed",
    "policy",
    "framework",
    "roadmap",
    "agreement",
    "treaty",
    "code",
    "manual",
    "handbook",
    "bill",
    "law",
    "act",
];

/// Whether `content` reads as a title of at most `max` words: capitalised words, with the
/// small words titles keep lowercase.
fn is_title(content: &str, max: usize) -> bool {
    let words: Vec<&str> = content.split_whitespace().take(max + 1).collect();
    !words.is_empty()
        && words.len() <= max
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(
                    *w,
                    "of" | "the"
                        | "and"
                        | "on"
                        | "in"
                        | "to"
                        | "for"
                        | "a"
                        | "an"
                        | "at"
                        | "over"
                        | "de"
                )
                || w.chars().any(|c| c.is_ascii_digit())
        })
        && !content.ends_with(['.', '!', '?'])
}

/// A scare quote: a word or two in quotation marks in the middle of the writer's own
/// sentence, with a word right after it (`make "dark" transits`, `defends Russian
/// "instructors" as …`), or a single word after one (`a statement of "concern".`). Only
/// asked of quotes that no cue attributes: marks the writer put around a word are nobody's
/// speech.
pub fn is_scare_quote(text: &str, q: &Quote) -> bool {
    let (Some(open), Some(close)) = (q.open, q.close) else {
        return false;
    };
    let content = q.span.slice(text);
    let words = content.split_whitespace().count();
    if words == 0 || words > 4 || !content.starts_with(char::is_lowercase) {
        return false;
    }
    let before = text.get(..open.start).unwrap_or("");
    let after = text.get(close.end..).unwrap_or("");
    let word_after = after
        .strip_prefix(' ')
        .is_some_and(|a| a.starts_with(char::is_lowercase));
    // "part of an “escalate to de-escalate” doctrine": between an article and its noun the
    // quoted words only qualify the noun.
    let article_before = before
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(' ').next())
        .is_some_and(|w| matches!(w, "a" | "an" | "the"));
    let noun_after = after
        .strip_prefix(' ')
        .and_then(|a| a.split([' ', ',', '.']).next())
        .is_some_and(|w| {
            w.starts_with(char::is_lowercase)
                && !matches!(
                    w,
                    "and"
                        | "or"
                        | "but"
                        | "that"
                        | "which"
                        | "who"
                        | "to"
                        | "of"
                        | "in"
                        | "on"
                        | "for"
                        | "with"
                        | "by"
                        | "at"
                        | "from"
                        | "as"
                        | "is"
                        | "was"
                        | "were"
                        | "are"
                        | "has"
                        | "had"
                        | "have"
                        | "will"
                        | "would"
                )
        });
    if article_before && noun_after {
        return true;
    }
    if words > 2 {
        return false;
    }
    let word_before = before
        .strip_suffix(' ')
        .is_some_and(|b| b.ends_with(char::is_alphanumeric) || b.ends_with(':'));
    // A single word that no one is said to have said ("not another statement of
    // “concern”.") is the writer's, wherever the sentence goes on, unless a naming verb
    // introduces it ("a contingent it describes as “peacekeepers”").
    let named = before
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "as" | "called" | "calls" | "dubbed" | "dubs" | "termed"));
    word_before && (word_after || (words == 1 && !named))
}

/// The answers of an interview printed as a transcript, with no quotation marks:
/// questions under one label (`Q:`, or the outlet's initials, `MSR:`, when its paragraphs
/// mostly end in "?"), answers opening with the interviewee's name and a colon
/// (`Cebotari: It is a humanitarian problem …`, `Al-Fitouri: …`). Each answer is a direct
/// quote (what follows the label), and so is an unlabelled paragraph that continues it up to
/// the next question; a paragraph that already holds quotation marks keeps those instead.
/// Only when the text has a questioner and an answering label used at least twice: a lone
/// `Name:` is a heading.
pub fn transcript_answers(text: &str, paragraphs: &[Span], found: &[Quote]) -> Vec<Quote> {
    let label = |p: Span| -> Option<(&str, usize)> {
        // ("**SHQ: …?**": a question set in bold.)
        let bold = p.slice(text).len() - p.slice(text).trim_start_matches(['*', '_']).len();
        let s = &p.slice(text)[bold..];
        // A label is a name of at most 40 bytes: only the paragraph's opening is searched.
        let mut head = s.len().min(42);
        while !s.is_char_boundary(head) {
            head -= 1;
        }
        if !s.as_bytes()[..head].contains(&b':') {
            return None;
        }
        let colon = s[..head].find(": ")?;
        let name = &s[..colon];
        let words: Vec<&str> = name.split(' ').collect();
        // Names may join parts with a hyphen or an apostrophe ("Al-Fitouri", "O'Neill").
        let is_name = (1..=4).contains(&words.len())
            && name.len() <= 40
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
            });
        is_name.then_some((name, bold + colon + 2))
    };
    // "RAYMOND KESSLING, ATLANTIC COUNCIL: …": a broadcast guest's first turn, with the
    // name and role in capitals; later turns use the surname alone. The surname is the key
    // (None for a newsroom role: the anchor and correspondents speak in the programme's
    // voice).
    let role_label = |p: Span| -> Option<(Option<&str>, usize)> {
        let s = p.slice(text);
        let head = &s.as_bytes()[..s.len().min(80)];
        let colon = head.iter().position(|&b| b == b':')?;
        let (name, role) = s[..colon].split_once(", ")?;
        let capitals = |x: &str| {
            x.chars().any(char::is_alphabetic)
                && !x.chars().any(char::is_lowercase)
                && x.chars().all(|c| {
                    c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.' | '&' | ',')
                })
        };
        if !capitals(name) || !capitals(role) || name.split(' ').count() > 4 {
            return None;
        }
        let newsroom = role.split([' ', ',']).any(|w| {
            matches!(
                w,
                "ANCHOR"
                    | "CORRESPONDENT"
                    | "REPORTER"
                    | "HOST"
                    | "PRESENTER"
                    | "NEWSREADER"
                    | "MODERATOR"
                    | "INTERVIEWER"
            )
        });
        let key = name.rsplit(' ').next().filter(|_| !newsroom);
        Some((key, colon + 1))
    };
    let guest_keys: Vec<&str> = paragraphs
        .iter()
        .filter_map(|&p| role_label(p).and_then(|(k, _)| k))
        .collect();
    // Per label: its paragraphs, and how many of them end in a question mark.
    let mut counts: Vec<(&str, usize, usize)> = Vec::new();
    for p in paragraphs {
        if let Some((name, _)) = label(*p) {
            let asks = usize::from(
                p.slice(text)
                    .trim_end()
                    .trim_end_matches(['*', '_'])
                    .ends_with('?'),
            );
            match counts.iter_mut().find(|(n, _, _)| *n == name) {
                Some((_, c, q)) => {
                    *c += 1;
                    *q += asks;
                }
                None => counts.push((name, 1, asks)),
            }
        }
    }
    let is_questioner = |name: &str| {
        matches!(name, "Q" | "Question")
            || counts
                .iter()
                .any(|&(n, c, q)| n == name && c >= 2 && 2 * q >= c)
    };
    if !counts.iter().any(|&(n, _, _)| is_questioner(n)) {
        return Vec::new();
    }
    // A paragraph that is mostly a quotation is that quotation, not an answer; an answer
    // may still cite someone ("he told me, “…”"), and its quote overlaps the answer.
    let marked = |p: &Span| mostly_quoted(found, *p);
    let block = found.iter().map(|q| q.block + 1).max().unwrap_or(0);
    let mut out = Vec::new();
    // Questions under a label and answers under none ("**SHQ: …?**", then the interviewee's
    // paragraphs): what follows a question, up to the next, is the answer. After the last
    // question only one paragraph is taken: the writer may close the piece.
    let answering = counts.iter().any(|&(n, c, _)| !is_questioner(n) && c >= 2);
    if !answering && guest_keys.is_empty() {
        let mut current = None;
        let mut pending = Vec::new();
        for (i, p) in paragraphs.iter().enumerate() {
            if label(*p).is_some_and(|(name, _)| is_questioner(name)) {
                out.append(&mut pending);
                current = Some(block + i);
                continue;
            }
            // ("[Ofori’s account is disputed …]": an editor's note in brackets.)
            if let Some(b) = current
                && !marked(p)
                && !p.slice(text).starts_with(['[', '('])
                && let Some(span) = content(text, p.start, p.end)
            {
                pending.push(Quote::answer(span, i, b));
            }
        }
        out.extend(pending.into_iter().take(1));
        return out;
    }
    // Unlabelled paragraphs after an answer: kept only if a question follows them (after the
    // last answer, the writer speaks again).
    // (They share the answer's block, so they share its speaker.)
    let mut continuing: Option<(usize, Vec<Quote>)> = None;
    for (i, p) in paragraphs.iter().enumerate() {
        // Where the answer starts when this paragraph is an interviewee's turn.
        let answer_at = if let Some((key, at)) = role_label(*p) {
            // A guest's first turn, when the same surname answers again later.
            key.filter(|&k| !is_questioner(k) && counts.iter().any(|&(n, _, _)| n == k))
                .map(|_| at)
        } else if let Some((name, at)) = label(*p) {
            if is_questioner(name) {
                out.extend(continuing.take().map(|(_, c)| c).unwrap_or_default());
                continue;
            }
            // (A guest's first turn, "NAME, ROLE:", counts as one of the surname's.)
            let first_turn = guest_keys.contains(&name);
            let repeated = counts
                .iter()
                .any(|&(n, c, _)| n == name && c + usize::from(first_turn) >= 2);
            // "Q: … A: …" in an explainer: "A" names no one; the newsroom answers in its own
            // voice.
            (repeated && name.len() >= 2).then_some(at)
        } else {
            if let Some((answer_block, pending)) = continuing.as_mut()
                && !marked(p)
                && let Some(span) = content(text, p.start, p.end)
            {
                pending.push(Quote::answer(span, i, *answer_block));
            }
            continue;
        };
        continuing = None;
        if let Some(at) = answer_at
            && !marked(p)
            && let Some(span) = content(text, p.start + at, p.end)
        {
            out.push(Quote::answer(span, i, block + i));
            continuing = Some((block + i, Vec::new()));
        }
    }
    out
}

/// Whether at least half of paragraph `p` lies inside the quotes `found` (sorted by start).
fn mostly_quoted(found: &[Quote], p: Span) -> bool {
    let first = found.partition_point(|q| q.span.start < p.start);
    let quoted: usize = found[first..]
        .iter()
        .take_while(|q| q.span.end <= p.end)
        .map(|q| q.span.len())
        .sum();
    2 * quoted >= p.len()
}

/// Whether a paragraph opens a broadcast sound bite: `[SOT: NAME, ROLE]`, `[SOUNDBITE: …]`.
pub fn is_soundbite_label(paragraph: &str) -> bool {
    ["[SOT:", "[SOT ", "[SOUNDBITE", "[SOUND BITE"]
        .iter()
        .any(|l| paragraph.starts_with(l))
}

/// Whether a paragraph opens with a speaker label in capitals (`MARCHBANKS:`, `OLSZEWICZ
/// (voice-over):`), as a broadcast transcript gives its turns.
fn opens_with_capitals_label(paragraph: &str) -> bool {
    let head = &paragraph.as_bytes()[..paragraph.len().min(80)];
    let Some(colon) = head.iter().position(|&b| b == b':') else {
        return false;
    };
    let mut depth = 0usize;
    let mut letters = 0usize;
    for c in paragraph[..colon].chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 && c.is_lowercase() => return false,
            c if c.is_alphabetic() => letters += 1,
            _ => {}
        }
    }
    letters >= 3
}

/// Speech quoted inside a quotation: `‘… She said “Terry, that’s not a plane,” and …’`,
/// `“… He told me, ‘We will not stop.’ …”`. Only marks of the other family that a speech
/// verb introduces inside the outer quote count (a name or a title in inner marks is not
/// speech), so the inner words are someone's own. Returns each inner content (without a
/// comma before its closing mark) and its cue, the verb. `is_speech_verb` is asked of
/// lowercase words.
pub fn nested_speech(
    text: &str,
    found: &[Quote],
    is_speech_verb: impl Fn(&str) -> bool,
) -> Vec<(Span, Span)> {
    let mut out = Vec::new();
    for q in found {
        let Some(open) = q.open.filter(|_| !q.answer) else {
            continue;
        };
        let inner: &[(char, char)] = match text.get(open.start..open.end) {
            Some("‘" | "'") => &[('“', '”'), ('"', '"')],
            Some("“" | "\"" | "«") => &[('‘', '’'), ('\'', '\'')],
            _ => continue,
        };
        let content = q.span.slice(text);
        // (A search per opening mark: most quotations hold none.)
        let opens = inner
            .iter()
            .flat_map(|&(o, c)| content.match_indices(o).map(move |(i, _)| (i, o, c)));
        for (i, c, close) in opens {
            // The verb: the last word before the mark, or one to two words (whom it was
            // said to) before that; a comma or colon may stand before the mark.
            let before = content[..i].trim_end();
            let before = before.strip_suffix([',', ':']).unwrap_or(before);
            let words: Vec<(usize, &str)> = before
                .split_whitespace()
                .rev()
                .take(3)
                .map(|w| (w.as_ptr() as usize - content.as_ptr() as usize, w))
                .collect();
            // (Between the verb and the mark only whom it was said to: "told me", "told a
            // recruit"; "warning against ‘…’" names a thing.)
            let Some(v) = words
                .iter()
                .position(|(_, w)| is_speech_verb(&w.to_lowercase()))
            else {
                continue;
            };
            let addressee = |w: &str| {
                w.starts_with(|c: char| c.is_lowercase())
                    && !crate::annotate::mentions::PREPOSITIONS.contains(&w)
                    && w != "that"
            };
            if !words[..v].iter().all(|(_, w)| addressee(w)) || (v == 1 && !addressee(words[0].1)) {
                continue;
            }
            let (at, verb) = words[v];
            // The closing mark: the first that no letter follows (an apostrophe in "don’t"
            // does not close).
            let from = i + c.len_utf8();
            let Some(end) = content[from..].char_indices().find_map(|(k, d)| {
                let next = content[from + k + d.len_utf8()..].chars().next();
                (d == close && !next.is_some_and(char::is_alphanumeric)).then_some(from + k)
            }) else {
                continue;
            };
            let inner_text = content[from..end].trim_end().trim_end_matches(',');
            // Words said open with a capital ("Leave now", "This is China"); a lowercase
            // phrase after "think" or "said" is a term the speaker cites ("the ‘grey zone’").
            if !inner_text.starts_with(char::is_uppercase) {
                continue;
            }
            let start = q.span.start + from;
            out.push((
                Span::new(start, start + inner_text.len()),
                Span::new(q.span.start + at, q.span.start + at + verb.len()),
            ));
        }
    }
    out
}

/// The sound bites of a broadcast transcript: after a `[SOT: NAME, ROLE]` line, the
/// speaker's words printed without marks, up to the next bracketed line or speaker label.
/// Each paragraph is a direct quote; those of one bite share a block (and so a speaker).
pub fn soundbites(text: &str, paragraphs: &[Span], found: &[Quote]) -> Vec<Quote> {
    let mut out = Vec::new();
    let first_block = found.iter().map(|q| q.block + 1).max().unwrap_or(0);
    let mut open: Option<usize> = None;
    for (i, p) in paragraphs.iter().enumerate() {
        let s = p.slice(text);
        if is_soundbite_label(s) {
            open = Some(first_block + i);
            continue;
        }
        let Some(block) = open else { continue };
        if s.starts_with('[') || opens_with_capitals_label(s) {
            open = None;
            continue;
        }
        // A paragraph that is mostly a quotation keeps its own marks.
        if mostly_quoted(found, *p) {
            continue;
        }
        if let Some(span) = content(text, p.start, p.end) {
            out.push(Quote::answer(span, i, block));
        }
    }
    out
}

/// Posts and statements printed without marks after a line that introduces them with a
/// speech verb and a colon (`Defence Minister X (@handle) wrote on X shortly after midnight:`,
/// then the post as its own paragraph). Each is a direct quote; its speaker is the
/// introducing line's.
pub fn introduced_paragraphs(text: &str, paragraphs: &[Span], found: &[Quote]) -> Vec<Quote> {
    let mut out = Vec::new();
    let first_block = found.iter().map(|q| q.block + 1).max().unwrap_or(0);
    for (i, pair) in paragraphs.windows(2).enumerate() {
        let (intro, post) = (pair[0].slice(text).trim_end(), pair[1]);
        if !intro.ends_with(':') {
            continue;
        }
        let mut tail = intro.len().saturating_sub(60);
        while !intro.is_char_boundary(tail) {
            tail -= 1;
        }
        let tail = &intro[tail..];
        let introduces = [
            " wrote",
            " writes",
            " posted",
            " posts",
            " tweeted",
            " tweets",
            " said",
            " says",
            " added",
            " it short",
            " reads",
            " read:",
        ]
        .iter()
        .any(|v| tail.contains(v));
        let s = post.slice(text);
        let first = found.partition_point(|q| q.span.end <= post.start);
        let has_marks = found.get(first).is_some_and(|q| q.span.start < post.end)
            || s.contains(['"', '“', '”', '«', '»', '„']);
        if !introduces || has_marks || s.starts_with('[') || opens_with_capitals_label(s) {
            continue;
        }
        if let Some(span) = content(text, post.start, post.end) {
            out.push(Quote {
                span,
                open: None,
                close: None,
                paragraph: i + 1,
                block: first_block + i + 1,
                answer: false,
            });
        }
    }
    out
}

/// What the caller knows about a paragraph that the mark pairing cannot see: whether it reads
/// as narration (it attributes speech to someone, "According to him", "Perteshi said"), which
/// ends a quotation whose closing mark was lost.
pub trait Narration {
    fn is_narration(&self, paragraph: Span) -> bool;
}

impl<F: Fn(Span) -> bool> Narration for F {
    fn is_narration(&self, paragraph: Span) -> bool {
        self(paragraph)
    }
}

/// Longest run of mark-less paragraphs taken as the continuation of an open quotation.
const MAX_MARKLESS: usize = 3;

/// Every direct quote of `text`, given its paragraphs, in order.
pub fn find(text: &str, paragraphs: &[Span], narration: &dyn Narration) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    let mut block = 0usize;
    // An open multi-paragraph quotation: its family and how many mark-less paragraphs it took.
    // Whether it opened with a low mark (`„`), which `“` closes.
    let mut open_block: Option<(Family, usize, bool)> = None;
    for (p, &para) in paragraphs.iter().enumerate() {
        let ms = marks(text, para);
        let mut start_index = 0;
        let mut continuing = false;
        if let Some((family, markless, low)) = open_block.take() {
            let first = ms.iter().find(|m| m.family == family && !m.apostrophe_like);
            let starts_open =
                first.is_some_and(|m| m.span.start == para.start && m.role != Role::Close);
            if starts_open {
                continuing = true;
            } else if first.is_none() {
                if markless < MAX_MARKLESS && !narration.is_narration(para) && !heading(text, para)
                {
                    if let Some(span) = content(text, para.start, para.end) {
                        out.push(Quote {
                            span,
                            open: None,
                            close: None,
                            paragraph: p,
                            block,
                            answer: false,
                        });
                        open_block = Some((family, markless + 1, low));
                    }
                    continue;
                }
            } else if let Some(m) = first.filter(|m| {
                m.role == Role::Close
                    || (m.role == Role::Either && m.left_flanking)
                    // German style: `“` after the words of a quotation opened by `„`.
                    || (low && m.role == Role::Open && m.left_flanking && !m.right_flanking)
            }) {
                // The opening mark of this paragraph was lost: quote from its start.
                if let Some(span) = content(text, para.start, m.span.start) {
                    out.push(Quote {
                        span,
                        open: None,
                        close: Some(m.span),
                        paragraph: p,
                        block,
                        answer: false,
                    });
                }
                start_index = ms
                    .iter()
                    .position(|x| x.span == m.span)
                    .map_or(ms.len(), |i| i + 1);
            }
        }
        if !continuing {
            block += 1;
        }
        // Whether the next paragraph opens with a quotation mark.
        let next_opens = paragraphs.get(p + 1).is_some_and(|n| {
            text.get(n.start..)
                .and_then(|s| s.chars().next())
                .is_some_and(|c| matches!(c, '"' | '“' | '«' | '„' | '‘'))
        });
        pair_paragraph(
            text,
            para,
            p,
            &ms[start_index..],
            &mut block,
            continuing,
            next_opens,
            &mut out,
            &mut open_block,
        );
    }
    out
}

fn heading(text: &str, para: Span) -> bool {
    let s = para.slice(text);
    s.split_whitespace().nth(8).is_none() && !s.ends_with(['.', '!', '?', ',', ':', '"', '”', '»'])
}

#[allow(clippy::too_many_arguments)]
fn pair_paragraph(
    text: &str,
    para: Span,
    p: usize,
    ms: &[Mark],
    block: &mut usize,
    continuing: bool,
    next_opens: bool,
    out: &mut Vec<Quote>,
    open_block: &mut Option<(Family, usize, bool)>,
) {
    let mut stack: Vec<Open> = Vec::new();
    let mut first_in_paragraph = continuing;
    let mut emit = |open: Mark, close: Option<Mark>, out: &mut Vec<Quote>, first: &mut bool| {
        let end = close.map_or(para.end, |c| c.span.start);
        if let Some(span) = content(text, open.span.end, end) {
            if !*first {
                *block += 1;
            }
            *first = false;
            out.push(Quote {
                span,
                open: Some(open.span),
                close: close.map(|c| c.span),
                paragraph: p,
                block: *block,
                answer: false,
            });
        }
    };
    for (at, &m) in ms.iter().enumerate() {
        let double_open = stack.iter().rposition(|o| o.mark.family == Family::Double);
        let single_open = stack.iter().rposition(|o| o.mark.family == Family::Single);
        match m.family {
            Family::Double => {
                // » closes its « even when a mark opened inside was never closed.
                let double_open = match (m.guillemet, m.role) {
                    (true, Role::Close) => {
                        stack.iter().rposition(|o| o.mark.guillemet).or(double_open)
                    }
                    _ => double_open,
                };
                let closes = match m.role {
                    Role::Close => double_open.is_some(),
                    // “ closes „ (German style).
                    Role::Open => double_open.is_some_and(|i| stack[i].mark.low) && !m.low,
                    Role::Either => double_open.is_some() && (m.left_flanking || !m.right_flanking),
                };
                if closes {
                    let Some(i) = double_open else { continue };
                    let open = stack[i].mark;
                    stack.truncate(i);
                    if stack.is_empty() {
                        emit(open, Some(m), out, &mut first_in_paragraph);
                    }
                } else if double_open.is_none() && m.role != Role::Close {
                    if m.role == Role::Either && m.left_flanking && !m.right_flanking {
                        continue; // a stray closing mark
                    }
                    stack.push(Open { mark: m });
                } else if double_open.is_some_and(|i| stack[i].mark.guillemet)
                    && (m.role == Role::Open && !m.low && !m.guillemet
                        || m.role == Role::Either && m.right_flanking && !m.left_flanking)
                {
                    // «He said to me: “If I see you again …”»: a quotation inside one.
                    stack.push(Open { mark: m });
                }
                // A second opening double inside an open double is a stray mark: English
                // nests by alternating double and single marks.
            }
            Family::Single => {
                let can_close =
                    m.role == Role::Close || (m.role == Role::Either && m.left_flanking);
                let can_open = m.role == Role::Open
                    || (m.role == Role::Either && m.right_flanking && !m.left_flanking);
                if let (true, Some(i)) = (can_close, single_open) {
                    // Between letters it stays an apostrophe even inside an open single quote.
                    if m.apostrophe_like && m.right_flanking {
                        continue;
                    }
                    // "‘… The divers’ first concern was the crew. …,’ he said": a plural's
                    // apostrophe before a lowercase word, when a mark that can only close
                    // comes later in the paragraph.
                    // ("‘colluding with external forces’ and warned": a grammar word after
                    // the mark shows it closing.)
                    // (Read only for an apostrophe-like mark: most closing marks are not.)
                    let before_word = || {
                        text.get(m.span.end..).is_some_and(|r| {
                            r.strip_prefix(' ').is_some_and(|w| {
                                let word =
                                    w.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                                word.starts_with(|c: char| c.is_lowercase())
                                    && !is_grammar_word(word)
                                    && !is_aux(word)
                                    && !PREPOSITIONS.contains(&word)
                                    && !matches!(
                                        word,
                                        "he" | "she"
                                            | "it"
                                            | "they"
                                            | "we"
                                            | "said"
                                            | "says"
                                            | "the"
                                    )
                            })
                        })
                    };
                    if m.apostrophe_like
                        && before_word()
                        && ms[at + 1..].iter().any(|n| {
                            n.family == Family::Single
                                && !n.apostrophe_like
                                && n.left_flanking
                                && n.role != Role::Open
                        })
                    {
                        continue;
                    }
                    let open = stack[i].mark;
                    stack.truncate(i);
                    if stack.is_empty() {
                        emit(open, Some(m), out, &mut first_in_paragraph);
                    }
                } else if can_open && !m.apostrophe_like {
                    stack.push(Open { mark: m });
                }
            }
        }
    }
    // Whatever is still open: the outermost mark, if it is a double (or a single that opens
    // the paragraph, British style), quotes to the end of the paragraph.
    if let Some(bottom) = stack.first().map(|o| o.mark) {
        let at_start = bottom.span.start == para.start;
        let before = text
            .get(para.start..bottom.span.start)
            .unwrap_or("")
            .trim_end();
        let introduced = before.ends_with([':', ',']) || before.ends_with("that");
        // `"I will not leave," she said. "My husband is buried here.` and the next paragraph
        // opens with a mark: a quotation over paragraphs, opened by a new sentence.
        let new_sentence = next_opens && before.ends_with(['.', '!', '?']);
        let accept = match bottom.family {
            Family::Double => at_start || introduced || new_sentence,
            Family::Single => at_start,
        };
        if accept {
            emit(bottom, None, out, &mut first_in_paragraph);
            if at_start || before.ends_with(':') || new_sentence {
                *open_block = Some((bottom.family, 0, bottom.low));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mark_scan_agrees_with_a_byte_scan() {
        let text = "Plain words for more than eight bytes, then \"straight\" and “curly” marks, \
                    don't, `backticks`, «guillemets» and ‘single’ ones; éèà then the end";
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            let rest = &bytes[start..];
            let expected = rest
                .iter()
                .position(|b| MARK_START[usize::from(*b)])
                .unwrap_or(rest.len());
            assert_eq!(next_mark_start(rest), expected, "from byte {start}");
        }
    }

    fn quotes(text: &str) -> Vec<&str> {
        let paras = crate::briefing::paragraphs(text);
        find(text, &paras, &|_: Span| false)
            .into_iter()
            .map(|q| q.span.slice(text))
            .collect()
    }

    #[test]
    fn every_convention() {
        assert_eq!(quotes("He said \"yes, indeed,\" then."), ["yes, indeed"]);
        assert_eq!(quotes("He said “no.” Then"), ["no."]);
        assert_eq!(quotes("Er sagte „ja“ dann."), ["ja"]);
        assert_eq!(
            quotes("It is „out of control,” he said."),
            ["out of control"]
        );
        assert_eq!(quotes("Il a dit «non» hier."), ["non"]);
        // Inside guillemets, “…” and "…" quote again; » closes the «.
        assert_eq!(
            quotes("«He said: “go home.” We left», she said. «They said \"no\" twice»."),
            ["He said: “go home.” We left", "They said \"no\" twice"]
        );
        assert_eq!(quotes("He said ``fine'' and ''good''."), ["fine", "good"]);
        assert_eq!(
            quotes("“He told me ‘go’ today,” she said."),
            ["He told me ‘go’ today"]
        );
        assert_eq!(
            quotes("Kosovo's and Serbs' and the ’90s"),
            Vec::<&str>::new()
        );
        assert_eq!(
            quotes("‘We will stay,’ the minister said."),
            ["We will stay"]
        );
    }

    #[test]
    fn unclosed_mark_stops_at_paragraph() {
        let text = "He said: \"one two three\n\nNarration here.\n\nMore narration.\n\nAnd more.\n\nLast one.";
        let q = quotes(text);
        assert_eq!(q[0], "one two three");
        assert!(q.len() <= 4, "{q:?}");
    }

    #[test]
    fn multi_paragraph_block() {
        let text = "\"First part.\n\n\"Second part,\" he said.\n\nAfter.";
        assert_eq!(quotes(text), ["First part.", "Second part"]);
    }
}
