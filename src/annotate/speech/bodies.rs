//! Bodies introduced by what they are: "the Finnish operator Kaleva Fibre", "the UK Maritime
//! Trade Operations (UKMTO) agency". A later "the operator" or "the agency" means them, and
//! "the company" the firm named last.

use super::Reader;
use crate::annotate::lexicon::ProperKind;
use crate::annotate::mentions::{MentionKind, is_initials};
use crate::annotate::tokens::Token;

impl Reader<'_, '_> {
    /// Register the body that the lowercase word at `k` introduces, if it is a noun of the
    /// body word list before the name ("the operator Kaleva Fibre") or after a short name in
    /// parentheses ("the … (UKMTO) agency"). Called from the sentence's one pass over its
    /// tokens: a pass of its own cost more than the rule is worth.
    #[cold]
    pub(super) fn register_described_body(
        &mut self,
        toks: &[Token],
        s0: usize,
        s1: usize,
        k: usize,
    ) {
        let text = self.ctx.text;
        let bytes = text.as_bytes();
        let t = toks[k];
        if t.end - t.start < 4 || k == s0 {
            return;
        }
        let name_after = k + 1 < s1
            && toks[k + 1].is_word()
            && match bytes[toks[k + 1].start] {
                b if b.is_ascii() => b.is_ascii_uppercase(),
                _ => toks[k + 1].starts_upper(text),
            };
        let acronym_before =
            k >= s0 + 3 && bytes[toks[k - 1].start] == b')' && bytes[toks[k - 3].start] == b'(';
        if !(name_after || acronym_before) {
            return;
        }
        let noun = self.word(t);
        if !self.ctx.lex.is_body_noun(&noun) || (!acronym_before && !self.introduces(toks, s0, k)) {
            return;
        }
        let noun = noun.into_owned();
        if name_after {
            self.register_name_after(toks, k, s1, &noun);
        } else {
            // "the UK Maritime Trade Operations (UKMTO) agency": the short name is the one
            // the text goes on to use.
            let acronym = toks[k - 2].text(text).to_string();
            if is_initials(&acronym) {
                let i = self.table.organization(&acronym, &acronym, false, None);
                self.table.describe(i, &noun);
            }
        }
    }

    /// Whether the noun at `k` opens with an article a few words before ("the Finnish
    /// operator", "a Dubai-registered company"), as an introduction does.
    fn introduces(&self, toks: &[Token], s0: usize, k: usize) -> bool {
        (k.saturating_sub(4).max(s0)..k)
            .any(|d| toks[d].is_word() && matches!(self.word(toks[d]).as_ref(), "the" | "a" | "an"))
    }

    /// "the operator Kaleva Fibre": the name after the noun, when it is no state or place.
    fn register_name_after(&mut self, toks: &[Token], k: usize, s1: usize, noun: &str) {
        let text = self.ctx.text;
        if self
            .ctx
            .hit_covering(toks[k + 1].start)
            .is_some_and(|h| matches!(h.kind, ProperKind::Country | ProperKind::Place))
        {
            return;
        }
        let mut end = k + 1;
        while end < s1
            && end < k + 6
            && toks[end].is_word()
            && toks[end].starts_upper(text)
            && !self.in_quote(toks[end].start)
        {
            end += 1;
        }
        let Some(m) = self.ctx.mention_back(toks, end - 1, k + 1) else {
            return;
        };
        let (name, canonical) = match &m.kind {
            MentionKind::Person {
                name, role: None, ..
            } if m.first == k + 1 => (name.clone(), name.clone()),
            MentionKind::Organization {
                name, canonical, ..
            } if m.first == k + 1 => (name.clone(), canonical.clone()),
            _ => return,
        };
        let i = self.table.organization(&name, &canonical, false, None);
        self.table.describe(i, noun);
    }
}
