//! Outlets that the word lists do not know, read from how press reviews speak of them:
//! "writes Kathimerini", "the daily Yeni Düzen writes", "Politis focuses on …. The paper
//! reports …".

use super::Reader;
use crate::annotate::mentions::{
    Mention, MentionKind, PLACE_PARTICLES, is_descriptive_attribute, is_document,
    is_editorial_stance,
};
use crate::annotate::tokens::{TokKind, Token};
use crate::annotation::Span;

impl Reader<'_, '_> {
    /// A name of one to three words that opens the paragraph as the subject of a present-tense
    /// verb ("Politis focuses on …"), before token `before`.
    pub(super) fn paragraph_lead_name(&self, toks: &[Token], before: usize) -> Option<String> {
        let mut j = 0;
        // "Finally, Yeni Düzen …"
        if toks.len() > 2 && toks[0].is_word() && self.punct(toks, 1) == Some(',') {
            j = 2;
        }
        // "The Turkish Cypriot daily Kıbrıs Postası …": a description ending in an outlet noun.
        // "The JoongAng Ilbo wrote …": a name with "the" and no title is no person's.
        let mut definite = false;
        if self.is_word(toks, j, "the") {
            match (j + 1..toks.len().min(j + 5))
                .find(|&k| self.ctx.lex.is_outlet_reference(&self.word(toks[k])))
            {
                Some(r) => j = r + 1,
                None => {
                    j += 1;
                    definite = true;
                }
            }
        }
        // "The Utrecht-based Middenland Post", "the conservative Yomiuri": what it is, not
        // its name.
        while j < toks.len() && toks[j].is_word() && {
            let w = self.word(toks[j]);
            is_descriptive_attribute(&w) || is_editorial_stance(&w)
        } {
            j += 1;
        }
        let first = j;
        let text = self.ctx.text;
        // Name words, and a particle between two ("Gazeta de Bălți"; the place after it is a
        // proper noun of the lists).
        while j < toks.len()
            && j < first + 4
            && (self.ctx.is_name_word(toks[j])
                || ((j > first || definite) && toks[j].starts_upper(text) && toks[j].is_word())
                || (j > first
                    && PLACE_PARTICLES.contains(&toks[j].text(text))
                    && toks.get(j + 1).is_some_and(|t| t.starts_upper(text))))
        {
            j += 1;
        }
        let verb = toks.get(j)?;
        let vw = verb.text(text);
        let name = || Span::new(toks[first].start, toks[j - 1].end).slice(text);
        // A present-tense verb ("Politis focuses on"), or any verb after an outlet the text
        // has introduced already ("Cotidianul de Chișinău closed its edition with …").
        // "The Kremlin said": a body the lists know is no outlet.
        let known = |k: usize| self.ctx.hit_covering(toks[k].start).is_some();
        (j > first
            && !(definite && (first..j).all(known))
            && j < before
            && verb.is_word()
            && vw.starts_with(|c: char| c.is_lowercase())
            && vw.len() > 3
            && (definite
                || (vw.ends_with('s') && !vw.ends_with("ss"))
                || self.table.is_known_organization(name())))
        .then(|| name().to_string())
    }

    /// An unnamed-role name that publishes ("Kathimerini reports that …", "writes
    /// Kathimerini", "the daily Yeni Düzen writes") is an outlet, not a person.
    pub(super) fn as_outlet(&self, toks: &[Token], cue: Span, m: &Mention) -> Option<Mention> {
        let verb = cue.slice(self.ctx.text).rsplit(' ').next().unwrap_or("");
        let publishes = matches!(verb, "writes" | "reports" | "publishes" | "editorializes");
        // "Kathimerini Cyprus reports": an outlet named after the place it serves.
        if publishes
            && let MentionKind::Organization { outlet: false, .. } = &m.kind
            && m.first > 0
            && self.ctx.is_name_word(toks[m.first - 1])
            && (m.first == 1 || !self.ctx.is_name_word(toks[m.first - 2]))
        {
            let span = Span::new(toks[m.first - 1].start, m.span.end);
            let name = span.slice(self.ctx.text).to_string();
            return Some(Mention {
                span,
                first: m.first - 1,
                last: m.last,
                kind: MentionKind::Organization {
                    name: name.clone(),
                    canonical: name,
                    outlet: true,
                    role: None,
                },
            });
        }
        let MentionKind::Person {
            name, role: None, ..
        } = &m.kind
        else {
            return None;
        };
        let described = m.first > 0
            && self
                .ctx
                .lex
                .is_outlet_reference(&self.word(toks[m.first - 1]));
        // "The Asahi Shimbun's editorial argued": a name that runs editorials is a paper's.
        let editorial = toks
            .get(m.last + 1)
            .is_some_and(|t| t.kind == TokKind::Possessive)
            && toks
                .get(m.last + 2)
                .is_some_and(|t| matches!(self.word(*t).as_ref(), "editorial" | "commentary"));
        (publishes || described || editorial).then(|| Mention {
            kind: MentionKind::Organization {
                name: name.clone(),
                canonical: name.clone(),
                outlet: true,
                role: None,
            },
            ..m.clone()
        })
    }

    /// "The Romanian-language daily Cotidianul de Chișinău led on Saturday with …": an outlet
    /// introduced by what it is, whatever the sentence says of it, is the one a later "the
    /// newspaper" refers to.
    pub(super) fn register_described_outlet(&mut self, toks: &[Token], s0: usize, s1: usize) {
        if !self.is_word(toks, s0, "the") {
            return;
        }
        let Some(noun) = (s0 + 1..s1.min(s0 + 5))
            .take_while(|&k| toks[k].kind == TokKind::Word)
            .find(|&k| self.ctx.lex.is_outlet_reference(&self.word(toks[k])))
        else {
            return;
        };
        let mut end = noun + 1;
        while end < s1
            && end < noun + 6
            && toks[end].kind == TokKind::Word
            && (toks[end].starts_upper(self.ctx.text)
                || (end > noun + 1 && toks[end].text(self.ctx.text).len() <= 4))
            && !self.in_quote(toks[end].start)
        {
            end += 1;
        }
        // A particle does not end a name.
        while end > noun + 1 && !toks[end - 1].starts_upper(self.ctx.text) {
            end -= 1;
        }
        if end == noun + 1 {
            return;
        }
        let Some(m) = self.ctx.mention_back(toks, end - 1, noun + 1) else {
            return;
        };
        let name = match &m.kind {
            MentionKind::Person { name, .. } if m.first == noun + 1 => name,
            MentionKind::Organization { name, .. } if m.first == noun + 1 => name,
            _ => return,
        };
        let name = name.clone();
        self.table.organization(&name, &name, true, None);
    }

    /// "The report by Coastal Livelihoods Watch (CLW), titled …": who issued the document a
    /// later "the report" or "according to the study" speaks for.
    /// "a report published on Tuesday by X": the "by" at `by` names who issued a document
    /// a few words before it.
    fn published_by(&self, toks: &[Token], s0: usize, by: usize) -> bool {
        let text = self.ctx.text;
        // ("The report, published on Tuesday by X, warns": a comma may set it off.)
        let words = (by.saturating_sub(8).max(s0)..by)
            .rev()
            .take_while(|&k| toks[k].kind != TokKind::Punct || self.punct(toks, k) == Some(','));
        let Some(document) = words.clone().find(|&k| is_document(toks[k].text(text))) else {
            return false;
        };
        words.take_while(|&k| k > document).any(|k| {
            matches!(
                toks[k].text(text),
                "published" | "released" | "issued" | "compiled" | "written" | "prepared"
            )
        })
    }

    pub(super) fn register_issuer(&mut self, toks: &[Token], s0: usize, s1: usize) {
        let text = self.ctx.text;
        let bytes = text.as_bytes();
        // Most sentences have neither word: test the first byte and the length before slicing.
        let Some(by) = (s0 + 1..s1.saturating_sub(1)).find(|&k| {
            let t = toks[k];
            matches!(
                (bytes.get(t.start), t.end - t.start),
                (Some(b'b'), 2) | (Some(b'f'), 4)
            ) && matches!(t.text(text), "by" | "from")
                && (is_document(toks[k - 1].text(text)) || self.published_by(toks, s0, k))
        }) else {
            return;
        };
        // The issuer's name runs to the next punctuation or lowercase word.
        let mut end = by + 1;
        if self.is_word(toks, end, "the") {
            end += 1;
        }
        while end < s1 && end < by + 8 && toks[end].is_word() && toks[end].starts_upper(text) {
            end += 1;
        }
        if end == by + 1 {
            return;
        }
        let Some(m) = self.ctx.mention_back(toks, end - 1, by + 1) else {
            return;
        };
        // "(CLW)": an acronym after the name names a body, and names it too.
        let acronym = (self.punct(toks, end) == Some('(')
            && self.punct(toks, end + 2) == Some(')')
            && toks.get(end + 1).is_some_and(|t| t.is_word()))
        .then(|| toks[end + 1].text(text));
        let i = match &m.kind {
            MentionKind::Organization {
                name,
                canonical,
                outlet,
                ..
            } => self.table.organization(name, canonical, *outlet, None),
            MentionKind::Person { name, .. } if acronym.is_some() => {
                self.table.organization(name, name, false, None)
            }
            MentionKind::Person { name, role, .. } => {
                self.table.person(name, role.as_deref(), None)
            }
            _ => return,
        };
        self.table.last_issuer = Some(i);
        if let Some(a) = acronym {
            self.table.add_alias(i, a);
        }
    }
}
