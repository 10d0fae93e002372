//! Titles and descriptions before a name: "NATO Secretary General", "Kosovo’s Prime
//! Minister", "the Belgrade-based daily".

use super::lower;
use crate::annotate::Ctx;
use crate::annotate::lexicon::ProperKind;
use crate::annotate::tokens::{TokKind, Token};
use crate::annotation::Span;

impl Ctx<'_> {
    /// Whether token `t` is a title word or a title modifier ("secretary", "former"); hyphenated
    /// words count when all parts are ("Secretary-General").
    pub(crate) fn is_title_token(&self, t: Token) -> bool {
        t.kind == TokKind::Word && {
            let raw = t.text(self.text);
            if raw.is_ascii() {
                self.lower(t).split('-').all(|p| self.lex.is_title_word(p))
            } else {
                raw.split('-').all(|p| self.lex.is_title_word(&lower(p)))
            }
        }
    }

    pub fn is_title_head(&self, t: Token) -> bool {
        t.kind == TokKind::Word && {
            let raw = t.text(self.text);
            if raw.is_ascii() {
                self.lower(t).split('-').any(|p| self.lex.is_title(p))
            } else {
                raw.split('-').any(|p| self.lex.is_title(&lower(p)))
            }
        }
    }

    /// "(rtd)", "(retd)", "(Ret.)" at token `open` (the parenthesis): the end (exclusive) of
    /// that mark, which stands between a military title and the name.
    pub fn retired_in_parentheses(&self, toks: &[Token], open: usize) -> Option<usize> {
        if toks.get(open)?.punct(self.text) != Some('(') {
            return None;
        }
        let word = toks.get(open + 1)?;
        if !matches!(
            self.lower(*word).as_ref(),
            "rtd" | "retd" | "ret" | "retired"
        ) {
            return None;
        }
        let close = if toks.get(open + 2)?.punct(self.text) == Some('.') {
            open + 3
        } else {
            open + 2
        };
        (toks.get(close)?.punct(self.text) == Some(')')).then_some(close + 1)
    }

    /// Title words and proper nouns before token index `end` (exclusive), back to `floor`:
    /// the role of a name ("NATO Secretary General", "Kosovo’s Prime Minister"). Returns the
    /// first token index of the role, the role text and an affiliation.
    pub fn role_before(
        &self,
        toks: &[Token],
        end: usize,
        floor: usize,
    ) -> Option<(usize, String, Option<String>)> {
        let mut k = end;
        let mut has_title = false;
        let mut affiliation = None;
        while k > floor {
            let t = toks[k - 1];
            if self.is_title_token(t) {
                has_title |= self.is_title_head(t);
                k -= 1;
            } else if has_title
                && t.kind == TokKind::Word
                && t.text(self.text).starts_with(|c: char| c.is_lowercase())
                && self.lex.is_body_noun(&self.lower(t))
            {
                // "foreign office spokesperson", "army chief": the body the role serves.
                k -= 1;
            } else if t.kind == TokKind::Possessive {
                k -= 1;
            } else if k >= floor + 2
                && t.punct(self.text) == Some('.')
                && toks[k - 2].end == t.start
                && self.is_title_token(toks[k - 2])
            {
                // "Maj. Gen. Lin Wei-ting": an abbreviated title keeps its period.
                k -= 1;
            } else if t.punct(self.text) == Some(')')
                && let Some(open) = (k.saturating_sub(4).max(floor + 1)..k - 1)
                    .rev()
                    .find(|&x| toks[x].punct(self.text) == Some('('))
                && self.is_title_token(toks[open - 1])
                && self.retired_in_parentheses(toks, open) == Some(k)
            {
                // "Brigadier General (rtd) Kwame Ofosu-Appiah", "Gen. (Ret.) X": retired, in
                // parentheses between the title and the name.
                k = open;
            } else if k >= floor + 4
                && t.punct(self.text) == Some(')')
                && toks[k - 3].punct(self.text) == Some('(')
                && self.hit_covering(toks[k - 4].start).is_some()
            {
                // "Guyana Defence Force (GDF) chief of staff": the body's acronym.
                k -= 3;
            } else if let Some(h) = self.hit_covering(t.start) {
                if h.kind != ProperKind::Demonym && h.kind != ProperKind::Country {
                    affiliation.get_or_insert_with(|| h.span.slice(self.text).to_string());
                }
                // Skip every token of a multi-word hit.
                while k > floor && toks[k - 1].start >= h.span.start {
                    k -= 1;
                }
            } else {
                break;
            }
        }
        // "The paper’s columnist": the owner's possessive mark is not part of the role, nor
        // is a connector of a title ("a clip of Pakistan's … spokesperson").
        while k < end
            && (toks[k].kind == TokKind::Possessive
                || matches!(toks[k].text(self.text), "of" | "for" | "and" | "to"))
        {
            k += 1;
        }
        if !has_title || k == end {
            return None;
        }
        // Leading proper nouns without a title after them are not part of the role.
        let role_span = Span::new(toks[k].start, toks[end - 1].end);
        let mut role = role_span.slice(self.text).to_string();
        let title_tokens: Vec<Token> = toks[k..end]
            .iter()
            .copied()
            .filter(|&t| self.is_title_token(t))
            .collect();
        if title_tokens
            .iter()
            .any(|t| t.text(self.text).starts_with(char::is_lowercase))
            && let Some(first) = toks.get(k).filter(|t| self.is_title_token(**t))
        {
            let w = first.text(self.text);
            role = format!("{}{}", w.to_lowercase(), &role[w.len()..]);
        }
        Some((k, role, affiliation))
    }

    /// "The British publication" before "The Telegraph": a description made of a determiner,
    /// demonyms or adjectives and an outlet reference or title.
    pub(super) fn descriptor_before(
        &self,
        toks: &[Token],
        first: usize,
        floor: usize,
    ) -> Option<(usize, String)> {
        if first == floor {
            return None;
        }
        let head = toks[first - 1];
        let hl = self.lower(head);
        if !(self.lex.is_outlet_reference(&hl) || self.is_title_head(head)) {
            return None;
        }
        let outlet = self.lex.is_outlet_reference(&hl);
        let mut k = first - 1;
        while k > floor {
            let p = toks[k - 1];
            let is_demonym = self
                .hit_covering(p.start)
                .is_some_and(|h| h.kind == ProperKind::Demonym);
            // An outlet is also described by where it is or whom it serves: "the Hamburg
            // weekly", "the Belgrade-based daily", "the state-run broadcaster".
            let describes_outlet = outlet
                && p.is_word()
                && (self
                    .hit_covering(p.start)
                    .is_some_and(|h| matches!(h.kind, ProperKind::Place | ProperKind::Country))
                    || self.is_name_word(p)
                    || is_descriptive_attribute(&self.lower(p)));
            if is_demonym || self.is_title_token(p) || describes_outlet {
                k -= 1;
            } else {
                break;
            }
        }
        let role = Span::new(toks[k].start, head.end)
            .slice(self.text)
            .to_string();
        Some((k, role))
    }
}

/// Words that say what kind of outlet or company it is: "state-run", "Kremlin-backed",
/// "Athens-based", "pro-government", "independent" (lowercase).
pub(crate) fn is_descriptive_attribute(w: &str) -> bool {
    matches!(
        w,
        "independent" | "opposition" | "state" | "private" | "online" | "local" | "regional"
    ) || [
        "-run",
        "-owned",
        "-backed",
        "-based",
        "-language",
        "-leaning",
        "-funded",
    ]
    .iter()
    .any(|s| w.ends_with(s))
        || w.starts_with("pro-")
}
