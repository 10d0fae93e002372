//! Speech cues and what they report: claims, and the attribution of direct quotes.
//!
//! Attribution patterns in news are few and regular, so each sentence is read once, left to
//! right, for cues: a speech verb with its subject (`X said (that) …`, `"…," X said`,
//! `"…," said X`, `X told <outlet> that …`, `X urged NATO to …`, `…, he said.`,
//! `As X said, …`, `…, warning that …`), `according to X`, `for <experts>, …`, `there are
//! concerns among X that …`, agentless passives (`is seen as …`), `X writes about this`
//! (the sentence before) and `which X calls …`. Each cue gives an [`Event`]: who (resolved
//! through the speaker table at once, so pronouns see what came before), the cue span, and the
//! reported content. Events whose content is a direct quote attribute that quote instead of
//! making a claim.

use super::Ctx;
use super::lexicon::{ProperKind, VerbForm};
use super::mentions::{Mention, MentionKind, PREPOSITIONS, lower};
use super::speakers::Table;
use super::tokens::{TokKind, Token, sentences, tokenize};
use crate::annotation::Span;

/// What one cue reports.
#[derive(Debug, Clone)]
pub struct Event {
    pub cue: Span,
    pub source: Option<Span>,
    pub speaker: Option<usize>,
    /// A bare title not yet matched to a person ("Albanian Prime Minister" in a headline).
    pub pending_role: Option<String>,
    pub content: Option<Span>,
    /// Where the clause of this cue starts, to end the content of the cue before it.
    pub clause_start: usize,
    pub paragraph: usize,
}

/// Grammar words that end a subject search or are never modifiers of a collective.
pub fn is_grammar_word(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "and"
            | "but"
            | "or"
            | "because"
            | "if"
            | "when"
            | "while"
            | "which"
            | "who"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "not"
            | "as"
            | "so"
            | "this"
            | "these"
            | "those"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "whether"
            | "where"
            | "what"
            | "like"
    )
}

/// Auxiliaries and adverbs that belong to the verb group of a cue ("has also suggested").
fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "also"
            | "will"
            | "would"
            | "may"
            | "might"
            | "could"
            | "should"
            | "can"
            | "did"
            | "does"
            | "do"
            | "shall"
            | "must"
            | "reportedly"
            | "repeatedly"
            | "previously"
            | "recently"
            | "further"
            | "again"
            | "then"
            | "later"
            | "once"
            | "publicly"
            | "allegedly"
            | "already"
            | "subsequently"
            | "clearly"
            | "strongly"
            | "firmly"
            | "openly"
            | "earlier"
            | "often"
            | "frequently"
            | "always"
            | "even"
            | "still"
            | "explicitly"
            | "directly"
            | "bluntly"
            | "flatly"
            | "categorically"
            | "officially"
            | "just"
            | "now"
            | "himself"
            | "herself"
            | "themselves"
            | "too"
            | "last"
            | "yesterday"
            | "today"
            | "reiterated"
    )
}

fn is_be(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am" | "'s"
    )
}

fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '\'' | '`'
    )
}

/// The subject of a cue: a mention, or the subject of the verb this one is coordinated with.
enum Subj {
    Mention(Mention),
    Inherited {
        speaker: Option<usize>,
        source: Option<Span>,
        pending_role: Option<String>,
        /// Token index of the first token after the conjunction.
        first: usize,
    },
}

impl Subj {
    fn first(&self) -> usize {
        match self {
            Subj::Mention(m) => m.first,
            Subj::Inherited { first, .. } => *first,
        }
    }
}

/// Reads the sentences of a briefing for cues.
pub struct Reader<'c, 'a> {
    pub ctx: &'c Ctx<'a>,
    pub table: Table,
    pub events: Vec<Event>,
    /// Direct quote spans, sorted, to skip cues inside quotes.
    quotes: &'c [Span],
    /// The previous sentence's byte span, for "they" and "writes about this".
    prev_sentence: Option<Span>,
}

impl<'c, 'a> Reader<'c, 'a> {
    pub fn new(ctx: &'c Ctx<'a>, quotes: &'c [Span]) -> Self {
        Reader {
            ctx,
            table: Table::default(),
            events: Vec::new(),
            quotes,
            prev_sentence: None,
        }
    }

    fn in_quote(&self, pos: usize) -> bool {
        let i = self.quotes.partition_point(|q| q.end <= pos);
        self.quotes.get(i).is_some_and(|q| q.start <= pos)
    }

    fn word(&self, t: Token) -> std::borrow::Cow<'a, str> {
        lower(t.text(self.ctx.text))
    }

    fn is_word(&self, toks: &[Token], i: usize, w: &str) -> bool {
        toks.get(i).is_some_and(|t| {
            t.kind == TokKind::Word && t.text(self.ctx.text).eq_ignore_ascii_case(w)
        })
    }

    fn punct(&self, toks: &[Token], i: usize) -> Option<char> {
        toks.get(i).and_then(|t| t.punct(self.ctx.text))
    }

    /// Read one paragraph.
    pub fn paragraph(&mut self, index: usize, toks: &[Token]) {
        let text = self.ctx.text;
        for (s0, s1) in sentences(text, toks) {
            let first_event = self.events.len();
            self.sentence(index, toks, s0, s1);
            self.cut_contents(first_event);
            self.prev_sentence = Some(Span::new(toks[s0].start, toks[s1 - 1].end));
        }
    }

    /// Each content ends where the clause of the next cue in the sentence starts.
    fn cut_contents(&mut self, first: usize) {
        let text = self.ctx.text;
        // A cue inside another cue's content, not at a clause boundary, is part of what is
        // reported ("Diplomats said the government had asked …"): it neither cuts nor counts.
        let boundary = |pos: usize| {
            let rest = text.get(pos..).unwrap_or("");
            rest.starts_with(',')
                || rest.starts_with(';')
                || ["and ", "but ", "as ", "As ", "while "]
                    .iter()
                    .any(|w| rest.starts_with(w))
        };
        let mut k = first;
        while k + 1 < self.events.len() {
            let content = self.events[k].content;
            let next = &self.events[k + 1];
            let nested = content
                .is_some_and(|c| c.start <= next.cue.start && next.cue.start < c.end)
                && !boundary(next.clause_start)
                && next.clause_start > content.map_or(0, |c| c.start);
            if nested {
                self.events.remove(k + 1);
            } else {
                k += 1;
            }
        }
        for k in first..self.events.len() {
            let Some(content) = self.events[k].content else {
                continue;
            };
            let next = self.events[k + 1..]
                .iter()
                .map(|e| e.clause_start)
                .filter(|&c| c > content.start && c < content.end && boundary(c))
                .min();
            let mut end = content.end;
            if let Some(c) = next {
                end = c;
            }
            end = end.min(content.start + writer_clause(content.slice(text)));
            let trimmed = trim_content(text, Span::new(content.start, end));
            self.events[k].content = trimmed;
        }
    }

    fn sentence(&mut self, paragraph: usize, toks: &[Token], s0: usize, s1: usize) {
        let text = self.ctx.text;
        // A sentence that opens with a person ("Tamm was more cautious.") makes them the
        // person a later "he" or "she" refers to.
        let mut j = s0;
        while j < s1
            && j < s0 + 6
            && toks[j].kind == TokKind::Word
            && !self.in_quote(toks[j].start)
            && toks[j].text(text).starts_with(char::is_uppercase)
        {
            j += 1;
        }
        if j < s1 && toks[j].kind == TokKind::Word {
            let w = self.word(toks[j]);
            if self.ctx.lex.is_group_noun(&w) || self.ctx.lex.is_body_noun(&w) {
                j += 1;
            }
        }
        if j > s0 {
            if let Some(m) = self.ctx.mention_back(toks, j - 1, s0) {
                if m.first == s0 || (m.first == s0 + 1 && self.is_word(toks, s0, "the")) {
                    match &m.kind {
                        MentionKind::Person {
                            name,
                            role,
                            affiliation,
                        } => {
                            let aff = affiliation
                                .clone()
                                .or_else(|| self.affiliation_after(toks, m.last + 1));
                            self.table.person(name, role.as_deref(), aff.as_deref());
                        }
                        MentionKind::Group { name } => {
                            self.table.group(name, m.span.slice(text));
                        }
                        _ => {}
                    }
                }
            }
        }
        let mut i = s0;
        while i < s1 {
            let t = toks[i];
            if t.kind != TokKind::Word || self.in_quote(t.start) {
                i += 1;
                continue;
            }
            let raw = t.text(text);
            let next = match raw {
                "according" | "According" if self.is_word(toks, i + 1, "to") => {
                    self.according_to(paragraph, toks, s0, s1, i)
                }
                "for" | "For" if self.at_clause_start(toks, s0, i) => {
                    self.for_group(paragraph, toks, s1, i)
                }
                "there" | "There" if i == s0 => self.concerns_among(paragraph, toks, s1, i),
                _ if is_be(raw) => self.passive(paragraph, toks, s1, i),
                _ => None,
            };
            if let Some(n) = next {
                i = n.max(i + 1);
                continue;
            }
            // Speech verbs are lowercase in running text; a capitalised one (a title-case
            // headline) is lowercased on the stack, without allocating.
            let lex = self.ctx.lex;
            let forms = if raw.len() < 3 || raw.len() > 24 {
                None
            } else if raw.as_bytes()[0].is_ascii_lowercase() {
                lex.verb_forms(raw)
            } else if i > s0 && raw.is_ascii() {
                let mut buf = [0u8; 24];
                buf[..raw.len()].copy_from_slice(raw.as_bytes());
                buf[..raw.len()].make_ascii_lowercase();
                std::str::from_utf8(&buf[..raw.len()])
                    .ok()
                    .and_then(|w| lex.verb_forms(w))
            } else {
                None
            };
            if let Some(forms) = forms {
                if let Some(n) = self.verb(paragraph, toks, s0, s1, i, forms) {
                    i = n.max(i + 1);
                    continue;
                }
            }
            i += 1;
        }
    }

    /// Only adverbial openers ("And", "But", "However,") before `i` in the sentence.
    fn at_clause_start(&self, toks: &[Token], s0: usize, i: usize) -> bool {
        toks[s0..i].iter().all(|t| {
            t.kind == TokKind::Punct
                || matches!(
                    self.word(*t).as_ref(),
                    "and" | "but" | "so" | "yet" | "however"
                )
        })
    }

    /// Index of the last token of the sentence content, leaving out a final period.
    fn end_of(&self, toks: &[Token], s1: usize) -> usize {
        let text = self.ctx.text;
        let mut e = s1;
        while e > 0
            && toks[e - 1]
                .punct(text)
                .is_some_and(|c| matches!(c, '.' | '!' | '?' | ';' | ',' | ':'))
        {
            e -= 1;
        }
        e
    }

    fn span(toks: &[Token], a: usize, b: usize) -> Option<Span> {
        (a < b && b <= toks.len()).then(|| Span::new(toks[a].start, toks[b - 1].end))
    }

    /// Resolve a mention through the table, in reading order.
    fn resolve(&mut self, toks: &[Token], m: &Mention) -> (Option<usize>, Option<String>) {
        let ctx = self.ctx;
        let text = ctx.text;
        match &m.kind {
            MentionKind::Person {
                name,
                role,
                affiliation,
            } => {
                let after = self.affiliation_after(toks, m.last + 1);
                let aff = affiliation.clone().or(after);
                (
                    Some(self.table.person(name, role.as_deref(), aff.as_deref())),
                    None,
                )
            }
            MentionKind::PersonPronoun => (self.table.last_person, None),
            MentionKind::ThingPronoun if self.table.last_collective.is_some() => {
                (self.table.last_collective, None)
            }
            MentionKind::PluralPronoun | MentionKind::ThingPronoun => {
                // A state or group just named ("… concern in Washington. They called on …").
                let region = self.prev_sentence.map_or(m.span.start, |p| p.start)..m.span.start;
                let upto = ctx.hits.partition_point(|h| h.span.start < region.end);
                let hit = ctx.hits[..upto]
                    .iter()
                    .rev()
                    .take_while(|h| h.span.start >= region.start)
                    .find(|h| {
                        // A city speaks only as the seat of a state ("Washington").
                        matches!(h.kind, ProperKind::Country | ProperKind::Organization)
                            || (h.kind == ProperKind::Place && h.canonical != h.span.slice(text))
                    });
                if let Some(h) = hit {
                    let name = h.span.slice(text).to_string();
                    let canonical = h.canonical.clone();
                    return (
                        Some(self.table.organization(&name, &canonical, false, None)),
                        None,
                    );
                }
                (self.table.last_collective, None)
            }
            MentionKind::Organization {
                name,
                canonical,
                outlet,
                role,
            } => (
                Some(
                    self.table
                        .organization(name, canonical, *outlet, role.as_deref()),
                ),
                None,
            ),
            MentionKind::Group { name } => {
                let surface = m.span.slice(text);
                (Some(self.table.group(name, surface)), None)
            }
            MentionKind::OutletReference => {
                let i = self.table.last_outlet;
                if let Some(i) = i {
                    self.table.add_alias(i, m.span.slice(text));
                }
                (i, None)
            }
            MentionKind::Role { role } => match self.table.by_role(role) {
                Some(i) => (Some(i), None),
                None => (None, Some(role.clone())),
            },
        }
    }

    /// "from the Kosovo Center for Security Studies", "at the University of Cambridge".
    fn affiliation_after(&self, toks: &[Token], i: usize) -> Option<String> {
        let w = toks.get(i).map(|t| self.word(*t))?;
        if !matches!(w.as_ref(), "from" | "at" | "of" | ",") {
            return None;
        }
        let mut j = i + 1;
        // ", a professor at Y"
        if w == "," {
            while j < toks.len()
                && j < i + 6
                && !matches!(self.word(toks[j]).as_ref(), "at" | "of" | "from")
            {
                j += 1;
            }
            j += 1;
        }
        if self.is_word(toks, j, "the") {
            j += 1;
        }
        let h = self.ctx.hit_covering(toks.get(j)?.start)?;
        matches!(h.kind, ProperKind::Organization | ProperKind::Outlet)
            .then(|| h.span.slice(self.ctx.text).to_string())
    }

    /// The subject of a cue starting at token `c`: the nearest mention before it in its
    /// clause that is not inside a prepositional phrase, skipping relative clauses,
    /// appositives and parentheses.
    fn subject_before(&self, toks: &[Token], c: usize, s0: usize) -> Option<Mention> {
        let text = self.ctx.text;
        let mut j = c;
        let mut budget = 16;
        let mut appositive_role: Option<String> = None;
        while j > s0 && budget > 0 {
            budget -= 1;
            j -= 1;
            let t = toks[j];
            if let Some(p) = t.punct(text) {
                match p {
                    ',' => {
                        let k = (s0..j).rev().find(|&k| self.punct(toks, k) == Some(','));
                        let seg_start = k.map_or(s0, |k| k + 1);
                        if seg_start >= j {
                            return None;
                        }
                        let first = self.word(toks[seg_start]);
                        if matches!(
                            first.as_ref(),
                            "who" | "which" | "whose" | "where" | "a" | "an"
                        ) || (first.ends_with("ing") && first.len() > 5)
                            || (first == "the"
                                && (seg_start..j).any(|x| self.ctx.is_title_head(toks[x])))
                        {
                            if matches!(first.as_ref(), "a" | "an" | "the") {
                                appositive_role = self
                                    .ctx
                                    .role_before(
                                        toks,
                                        self.title_end(toks, seg_start, j),
                                        seg_start,
                                    )
                                    .map(|r| r.1);
                            }
                            let Some(k) = k else { return None };
                            j = k;
                            continue;
                        }
                        // ", Liz Truss," after "the British Foreign Secretary"
                        if let Some(mut m) = self.ctx.mention_back(toks, j - 1, seg_start) {
                            if m.first == seg_start {
                                if let (MentionKind::Person { role, .. }, Some(k)) =
                                    (&mut m.kind, k)
                                {
                                    if role.is_none() {
                                        *role = self.ctx.role_before(toks, k, s0).map(|r| r.1);
                                    }
                                }
                                return Some(m);
                            }
                        }
                        return None;
                    }
                    ')' => {
                        let k = (s0..j).rev().find(|&k| self.punct(toks, k) == Some('('))?;
                        j = k;
                        continue;
                    }
                    _ => return None,
                }
            }
            let w = self.word(t);
            if matches!(
                w.as_ref(),
                "that" | "and" | "but" | "or" | "because" | "if" | "when" | "while" | "so"
            ) {
                return None;
            }
            if is_aux(&w) || t.kind == TokKind::Number {
                continue;
            }
            if let Some(mut m) = self.ctx.mention_back(toks, j, s0) {
                let before = m.first.checked_sub(1).filter(|&b| b >= s0);
                let before = before.map(|b| {
                    if self.is_word(toks, b, "the") && b > s0 {
                        b - 1
                    } else {
                        b
                    }
                });
                let in_pp = before.is_some_and(|b| {
                    toks[b].kind == TokKind::Word
                        && PREPOSITIONS.contains(&self.word(toks[b]).as_ref())
                });
                if in_pp {
                    j = before.unwrap_or(s0);
                    continue;
                }
                if let (MentionKind::Person { role, .. }, Some(r)) = (&mut m.kind, appositive_role)
                {
                    if role.is_none() {
                        *role = Some(r);
                    }
                }
                return Some(m);
            }
            if budget < 8 && !toks[j].is_word() {
                return None;
            }
        }
        None
    }

    /// The last title token of an appositive ("a professor at Y" → "professor").
    fn title_end(&self, toks: &[Token], a: usize, b: usize) -> usize {
        (a..b)
            .filter(|&x| self.ctx.is_title_head(toks[x]))
            .last()
            .map_or(a, |x| x + 1)
    }

    /// The first mention of the sentence that is not in a prepositional phrase: the subject of
    /// a participle cue ("Russia is … using this event, accusing the West of …").
    fn main_subject(&self, toks: &[Token], s0: usize, end: usize) -> Option<Mention> {
        let mut j = s0;
        while j < end {
            if let Some(m) = self.ctx.mention_back(toks, j, s0) {
                // Extend to the longest mention ending here or just after.
                let longer = (j + 1..end.min(j + 5))
                    .filter_map(|k| self.ctx.mention_back(toks, k, s0))
                    .filter(|n| n.first <= j)
                    .last();
                let m = longer.unwrap_or(m);
                let prev = m.first.checked_sub(1).filter(|&p| p >= s0);
                let in_pp = prev.is_some_and(|p| {
                    let pw = self.word(toks[p]);
                    PREPOSITIONS.contains(&pw.as_ref())
                        || pw == "the"
                            && p > s0
                            && PREPOSITIONS.contains(&self.word(toks[p - 1]).as_ref())
                });
                if !in_pp {
                    return Some(m);
                }
                j = m.last + 1;
                continue;
            }
            j += 1;
        }
        None
    }

    fn push(
        &mut self,
        toks: &[Token],
        paragraph: usize,
        cue: Span,
        subject: Option<&Mention>,
        content: Option<Span>,
        clause_start: usize,
    ) {
        let (speaker, pending_role) = match subject {
            Some(m) => self.resolve(toks, m),
            None => (None, None),
        };
        if let Some(i) = speaker {
            if self.table.kind(i) == Some(crate::SpeakerKind::Person) {
                self.table.last_person = Some(i);
            }
        }
        self.events.push(Event {
            cue,
            source: subject.map(|m| m.span),
            speaker,
            pending_role,
            content,
            clause_start,
            paragraph,
        });
    }

    fn push_subj(
        &mut self,
        toks: &[Token],
        paragraph: usize,
        cue: Span,
        subject: &Subj,
        content: Option<Span>,
        clause_start: usize,
    ) {
        match subject {
            Subj::Mention(m) => self.push(toks, paragraph, cue, Some(m), content, clause_start),
            Subj::Inherited {
                speaker,
                source,
                pending_role,
                ..
            } => self.events.push(Event {
                cue,
                source: *source,
                speaker: *speaker,
                pending_role: pending_role.clone(),
                content,
                clause_start,
                paragraph,
            }),
        }
    }

    /// Inverted attribution: `"…," said Islami.`, `"…," said X, a researcher at Y.`,
    /// `…, – notes the publication.` The content is what comes before.
    #[allow(clippy::too_many_arguments)]
    fn inverted(
        &mut self,
        paragraph: usize,
        toks: &[Token],
        s0: usize,
        s1: usize,
        i: usize,
        v_end: usize,
        prev: Option<usize>,
    ) -> Option<usize> {
        let text = self.ctx.text;
        let p = prev?;
        let c = toks[p].punct(text)?;
        if !(c == ',' || is_quote_mark(c) || matches!(c, '–' | '—' | '-')) {
            return None;
        }
        let after = v_end + 1;
        let end = (after..s1)
            .find(|&k| toks[k].kind == TokKind::Punct)
            .unwrap_or(s1);
        if end <= after {
            return None;
        }
        let mut m = self.ctx.mention_back(toks, end - 1, after)?;
        if !(m.first == after || (m.first == after + 1 && self.is_word(toks, after, "the"))) {
            return None;
        }
        // ", a researcher at the Institute …": the role after the name.
        if let MentionKind::Person { role, .. } = &mut m.kind {
            if role.is_none() && self.punct(toks, end) == Some(',') {
                let a = end + 1;
                if toks
                    .get(a)
                    .is_some_and(|t| matches!(self.word(*t).as_ref(), "a" | "an" | "the"))
                {
                    let te = self.title_end(toks, a + 1, s1.min(a + 8));
                    if te > a + 1 {
                        *role = self.ctx.role_before(toks, te, a + 1).map(|r| r.1);
                    }
                }
            }
        }
        let cue = Span::new(toks[i].start, toks[v_end].end);
        let mut c_end = p;
        while c_end > s0
            && toks[c_end - 1]
                .punct(text)
                .is_some_and(|c| matches!(c, ',' | '–' | '—' | '-'))
        {
            c_end -= 1;
        }
        if is_quote_mark(c) {
            c_end = p + 1;
        }
        let content = Self::span(toks, s0, c_end);
        self.push(toks, paragraph, cue, Some(&m), content, toks[p].start);
        Some(end)
    }

    /// "According to X, …" and "…, according to X."
    fn according_to(
        &mut self,
        paragraph: usize,
        toks: &[Token],
        s0: usize,
        s1: usize,
        i: usize,
    ) -> Option<usize> {
        let text = self.ctx.text;
        // The noun phrase after "according to", up to a comma or the end of the sentence.
        let mut k = i + 2;
        while k < s1 && toks[k].kind != TokKind::Punct && k < i + 10 {
            k += 1;
        }
        if k == i + 2 {
            return None;
        }
        let m = self.ctx.mention_back(toks, k - 1, i + 2)?;
        let cue = Span::new(toks[i].start, toks[k - 1].end);
        let initial = self.at_clause_start(toks, s0, i);
        if initial && self.punct(toks, k) == Some(',') {
            let content = Self::span(toks, k + 1, s1);
            self.push(toks, paragraph, cue, Some(&m), content, toks[i].start);
            return Some(k + 1);
        }
        if i > s0 && self.punct(toks, i - 1) == Some(',') {
            // A wire source after a sentence that already has its own speaker is not the
            // speaker ("Rama urged NATO to …, according to AP").
            let first_event_here = self
                .events
                .iter()
                .rev()
                .take_while(|e| e.cue.start >= toks[s0].start)
                .count();
            if first_event_here > 0 {
                let comma = toks[i - 1].start;
                if let Some(e) = self.events.last_mut() {
                    if let Some(c) = e.content.filter(|c| c.end > comma && c.start < comma) {
                        e.content = Some(Span::new(c.start, comma));
                    }
                }
                let _ = text;
                return Some(k);
            }
            let content = Self::span(toks, s0, i - 1);
            self.push(toks, paragraph, cue, Some(&m), content, toks[i - 1].start);
            return Some(k);
        }
        None
    }

    /// "For security experts, …" (a collective or a person, never a place).
    fn for_group(
        &mut self,
        paragraph: usize,
        toks: &[Token],
        s1: usize,
        i: usize,
    ) -> Option<usize> {
        let comma = (i + 1..s1.min(i + 6)).find(|&k| self.punct(toks, k) == Some(','))?;
        let m = self.ctx.mention_back(toks, comma - 1, i + 1)?;
        if m.first != i + 1
            || !matches!(
                m.kind,
                MentionKind::Group { .. } | MentionKind::Person { .. } | MentionKind::PersonPronoun
            )
        {
            return None;
        }
        let cue = Span::new(toks[i].start, toks[comma - 1].end);
        let content = Self::span(toks, comma + 1, s1);
        self.push(toks, paragraph, cue, Some(&m), content, toks[i].start);
        Some(comma + 1)
    }

    /// "There are concerns among Western countries that …".
    fn concerns_among(
        &mut self,
        paragraph: usize,
        toks: &[Token],
        s1: usize,
        i: usize,
    ) -> Option<usize> {
        if !toks.get(i + 1).is_some_and(|t| is_be(&self.word(*t))) {
            return None;
        }
        let noun = (i + 2..s1.min(i + 5)).find(|&k| {
            matches!(
                self.word(toks[k]).as_ref(),
                "concern"
                    | "concerns"
                    | "fears"
                    | "fear"
                    | "worries"
                    | "hopes"
                    | "warnings"
                    | "claims"
                    | "suspicions"
            )
        })?;
        let prep = noun + 1;
        if !matches!(
            self.word(*toks.get(prep)?).as_ref(),
            "among" | "in" | "from" | "within"
        ) {
            return None;
        }
        let that = (prep + 1..s1.min(prep + 8)).find(|&k| self.is_word(toks, k, "that"))?;
        let m = self.ctx.mention_back(toks, that - 1, prep + 1)?;
        let cue = Span::new(toks[i].start, toks[that - 1].end);
        let content = Self::span(toks, that + 1, s1);
        self.push(toks, paragraph, cue, Some(&m), content, toks[i].start);
        Some(that + 1)
    }

    /// Agentless attribution: "is seen as …", "is being described as …".
    fn passive(&mut self, paragraph: usize, toks: &[Token], s1: usize, i: usize) -> Option<usize> {
        let mut k = i + 1;
        while k < s1
            && matches!(
                self.word(toks[k]).as_ref(),
                "being" | "also" | "widely" | "increasingly" | "often" | "now" | "been"
            )
        {
            k += 1;
        }
        let phrases = self.ctx.lex.passive_phrases();
        // A hedge with a modal ("could be said to be") is the writer's, not an attribution.
        if i > 0
            && matches!(
                self.word(toks[i - 1]).as_ref(),
                "could" | "might" | "may" | "would" | "can"
            )
        {
            return None;
        }
        let matched = phrases.iter().find(|p| {
            p.iter()
                .enumerate()
                .all(|(n, w)| toks.get(k + n).is_some_and(|t| self.word(*t) == w.as_str()))
        })?;
        let after = k + matched.len();
        if after >= s1 || toks[after].kind != TokKind::Word {
            return None;
        }
        // The content stops before an explanatory clause (", when Kosovo declared …").
        let mut end = self.end_of(toks, s1);
        if let Some(c) = (after..end).find(|&c| {
            self.punct(toks, c) == Some(',')
                && matches!(
                    self.word(toks[c + 1]).as_ref(),
                    "when" | "which" | "where" | "while" | "as" | "after"
                )
        }) {
            end = c;
        }
        let cue = Span::new(toks[i].start, toks[after - 1].end);
        self.push(
            toks,
            paragraph,
            cue,
            None,
            Self::span(toks, after, end),
            toks[i].start,
        );
        Some(after)
    }

    /// A speech verb at token `i`.
    fn verb(
        &mut self,
        paragraph: usize,
        toks: &[Token],
        s0: usize,
        s1: usize,
        i: usize,
        forms: &[VerbForm],
    ) -> Option<usize> {
        let text = self.ctx.text;
        // The longest form whose particles follow ("called on", "warned about").
        let form = forms.iter().find(|f| {
            f.rest.iter().enumerate().all(|(n, w)| {
                toks.get(i + 1 + n)
                    .is_some_and(|t| self.word(*t) == w.as_str())
            })
        })?;
        let class = form.class;
        if !(class.speech || class.directive || class.naming || class.written) {
            return None;
        }
        let v_end = i + form.rest.len(); // last token of the verb
        let prev = i.checked_sub(1).filter(|&p| p >= s0);
        let prev_word = prev.map(|p| self.word(toks[p]));
        // Passives ("is said to", "were denied") and infinitives ("to say") are not cues.
        if prev_word.as_deref().is_some_and(|w| {
            is_be(w)
                || matches!(
                    w,
                    "to" | "the"
                        | "a"
                        | "an"
                        | "this"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "our"
                        | "any"
                        | "no"
                        | "my"
                        | "your"
                )
        }) {
            return None;
        }
        // Verb group: auxiliaries and adverbs right before the verb.
        let mut cue_start = i;
        while cue_start > s0
            && is_aux(&self.word(toks[cue_start - 1]))
            && toks[cue_start - 1].is_word()
        {
            cue_start -= 1;
        }
        let after = v_end + 1;
        let next_word = toks
            .get(after)
            .filter(|_| after < s1)
            .map(|t| self.word(*t));
        let next_punct = if after < s1 {
            self.punct(toks, after)
        } else {
            Some('.')
        };

        // Participles continue the subject of the sentence: ", warning that …".
        if form.participle {
            if prev.is_none_or(|p| self.punct(toks, p) != Some(',')) {
                return None;
            }
            let subject = self
                .events
                .iter()
                .rev()
                .take_while(|e| e.cue.start >= toks[s0].start)
                .find(|e| e.speaker.is_some())
                .map(|e| (e.speaker, e.source));
            let content = if next_word.as_deref() == Some("that") && class.speech {
                Self::span(toks, after + 1, s1)
            } else if form.lemma == "say" && next_word.is_some() {
                // ", saying the attack was …"
                Self::span(toks, after, s1)
            } else if class.directive {
                self.directive_content(toks, after, s1)
            } else {
                None
            }?;
            let cue = Span::new(toks[i].start, toks[v_end].end);
            let clause = toks[i - 1].start;
            match subject {
                Some((speaker, source)) => {
                    self.events.push(Event {
                        cue,
                        source,
                        speaker,
                        pending_role: None,
                        content: Some(content),
                        clause_start: clause,
                        paragraph,
                    });
                }
                None => {
                    let m = self.main_subject(toks, s0, i - 1);
                    self.push(toks, paragraph, cue, m.as_ref(), Some(content), clause);
                }
            }
            return Some(after);
        }

        // Coordinated verbs share the subject: "… confirmed that A but said B", "denied A
        // and called on B to …".
        let conj = cue_start
            .checked_sub(1)
            .filter(|&c| c > s0 && matches!(self.word(toks[c]).as_ref(), "and" | "but"));
        let inherited = conj.and_then(|c| {
            let sentence_start = toks[s0].start;
            self.events
                .iter()
                .rev()
                .take_while(|e| e.cue.start >= sentence_start)
                .find(|e| e.speaker.is_some() || e.pending_role.is_some())
                .map(|e| (c, e.speaker, e.source, e.pending_role.clone()))
        });
        let subject = match self.subject_before(toks, cue_start, s0) {
            Some(m) => Subj::Mention(m),
            None => match inherited {
                Some((c, speaker, source, pending_role)) => Subj::Inherited {
                    speaker,
                    source,
                    pending_role,
                    first: c + 1,
                },
                None => return self.inverted(paragraph, toks, s0, s1, i, v_end, prev),
            },
        };
        let cue_only = Span::new(toks[cue_start].start, toks[v_end].end);
        let clause_start = {
            // The clause starts at the subject, or at "as" / "and" / a comma before it.
            let mut f = subject.first();
            if f > s0 && matches!(self.word(toks[f - 1]).as_ref(), "a" | "an" | "the") {
                f -= 1;
            }
            let mut c = f;
            if f > s0 && matches!(self.word(toks[f - 1]).as_ref(), "as" | "and" | "but") {
                c = f - 1;
            }
            if c > s0 && self.punct(toks, c - 1) == Some(',') {
                c -= 1;
            }
            toks[c].start
        };
        // `"…," X said …` / `"…", X told reporters.`: the quote before is the content,
        // whatever follows the verb.
        if let Subj::Mention(m) = &subject {
            let b = m.first;
            let mark = |k: usize| toks[k].punct(text).is_some_and(is_quote_mark);
            // The nearest closing mark before the subject, past an appositive
            // (`,’ the president’s spokeswoman, Karen Hsu, told the BBC`).
            let q = (s0.max(b.saturating_sub(12))..b).rev().find(|&k| mark(k));
            let closing = q.filter(|&q| {
                (q > s0 && matches!(self.punct(toks, q - 1), Some(',' | '.' | '?' | '!')))
                    || self.punct(toks, q + 1) == Some(',')
                    || q + 1 == b
            });
            let continues = next_word.as_deref() == Some("that") || next_punct == Some(':');
            if let (Some(q), true, false) = (closing, class.speech, continues) {
                let c_end = q + 1;
                let cue = if form.lemma == "tell" {
                    let end = (after..s1)
                        .find(|&k| toks[k].kind == TokKind::Punct)
                        .unwrap_or(s1);
                    Span::new(
                        toks[cue_start].start,
                        toks[end.max(after) - 1].end.max(toks[v_end].end),
                    )
                } else {
                    cue_only
                };
                self.push_subj(
                    toks,
                    paragraph,
                    cue,
                    &subject,
                    Self::span(toks, s0, c_end),
                    toks[b - 1].start,
                );
                return Some(after);
            }
        }
        let before_subject = subject.first().checked_sub(1).filter(|&b| b >= s0);
        let as_clause = before_subject.is_some_and(|b| self.is_word(toks, b, "as"));
        let which_clause = before_subject.is_some_and(|b| self.is_word(toks, b, "which"));

        // "which The Telegraph calls NATO’s weakest flank"
        if which_clause && class.naming && next_word.is_some() {
            let end = (after..s1)
                .find(|&k| self.punct(toks, k).is_some())
                .unwrap_or(s1);
            self.push_subj(
                toks,
                paragraph,
                cue_only,
                &subject,
                Self::span(toks, after, end),
                clause_start,
            );
            return Some(end);
        }
        if !class.speech && !class.directive && !class.written {
            return None;
        }

        // "X writes about this": the sentence before.
        if class.written
            && next_word.as_deref() == Some("about")
            && toks
                .get(after + 1)
                .is_some_and(|t| matches!(self.word(*t).as_ref(), "this" | "it"))
        {
            let cue = Span::new(toks[cue_start].start, toks[after + 1].end);
            let content = self.prev_sentence.and_then(|p| trim_content(text, p));
            self.push_subj(toks, paragraph, cue, &subject, content, clause_start);
            return Some(after + 2);
        }

        match (next_word.as_deref(), next_punct) {
            (Some("that"), _) if class.speech => {
                self.push_subj(
                    toks,
                    paragraph,
                    cue_only,
                    &subject,
                    Self::span(toks, after + 1, s1),
                    clause_start,
                );
                return Some(after + 1);
            }
            (_, Some(':')) if class.speech => {
                self.push_subj(
                    toks,
                    paragraph,
                    cue_only,
                    &subject,
                    Self::span(toks, after + 1, s1),
                    clause_start,
                );
                return Some(after + 1);
            }
            (_, Some(',' | '.' | '!' | '?' | ';')) if class.speech && !class.needs_that => {
                if as_clause && next_punct == Some(',') {
                    // "As Perteshi said, …"
                    self.push_subj(
                        toks,
                        paragraph,
                        cue_only,
                        &subject,
                        Self::span(toks, after + 1, s1),
                        clause_start,
                    );
                    return Some(after + 1);
                }
                // "…, he said." The reported clause comes first.
                let mut b = subject.first();
                if b > s0 && self.is_word(toks, b - 1, "the") {
                    b -= 1;
                }
                if b > s0
                    && toks[b - 1]
                        .punct(text)
                        .is_some_and(|c| c == ',' || is_quote_mark(c))
                {
                    let mut c_end = b - 1;
                    while c_end > s0
                        && toks[c_end - 1]
                            .punct(text)
                            .is_some_and(|c| matches!(c, ',' | '–' | '—' | '-'))
                    {
                        c_end -= 1;
                    }
                    if toks[b - 1].punct(text) != Some(',') {
                        c_end = b;
                    }
                    self.push_subj(
                        toks,
                        paragraph,
                        cue_only,
                        &subject,
                        Self::span(toks, s0, c_end),
                        toks[b - 1].start,
                    );
                    return Some(after);
                }
                return None;
            }
            _ => {}
        }

        // "told the Telegraph that …": the addressee belongs to the cue.
        if next_word.is_some() && class.speech {
            let that = (after..s1.min(after + 9))
                .find(|&k| self.is_word(toks, k, "that") || self.punct(toks, k) == Some(':'));
            // Between the verb and "that" only an addressee ("told the Telegraph") or a
            // circumstance ("said in a statement", "said on Tuesday"); otherwise the "that"
            // is a relative pronoun ("advocates for a resolution that …").
            let opener_ok = form.lemma == "tell"
                || matches!(
                    next_word.as_deref(),
                    Some(
                        "in" | "on"
                            | "at"
                            | "to"
                            | "during"
                            | "after"
                            | "before"
                            | "while"
                            | "last"
                            | "this"
                            | "yesterday"
                            | "earlier"
                            | "late"
                            | "recently"
                            | "repeatedly"
                            | "again"
                            | "also"
                            | "publicly"
                            | "today"
                    )
                );
            let clean = opener_ok
                && that.is_some_and(|t| {
                    (after..t).all(|k| {
                        toks[k].kind != TokKind::Punct
                            || matches!(self.punct(toks, k), Some('(' | ')'))
                    })
                });
            if let (Some(t), true) = (that, clean) {
                let cue = if form.lemma == "tell" {
                    Span::new(toks[cue_start].start, toks[t - 1].end)
                } else {
                    cue_only
                };
                self.push_subj(
                    toks,
                    paragraph,
                    cue,
                    &subject,
                    Self::span(toks, t + 1, s1),
                    clause_start,
                );
                return Some(t + 1);
            }
        }
        if class.directive {
            if let Some(content) = self.directive_content(toks, after, s1) {
                self.push_subj(
                    toks,
                    paragraph,
                    cue_only,
                    &subject,
                    Some(content),
                    clause_start,
                );
                return Some(after);
            }
        }
        if class.object
            && next_word
                .as_deref()
                .is_some_and(|w| !PREPOSITIONS.contains(&w) && w != "to")
        {
            // A short object ("rejected the claim") reports no content, but the act still
            // tells who is speaking now.
            let words = toks[after..self.end_of(toks, s1).max(after)]
                .iter()
                .filter(|t| t.is_word())
                .count();
            let content = (words >= 3).then(|| Self::span(toks, after, s1)).flatten();
            self.push_subj(toks, paragraph, cue_only, &subject, content, clause_start);
            return Some(after);
        }
        if class.speech && !class.needs_that && form.rest.is_empty() {
            // "X said the border was calm": a clause without "that".
            let w = next_word?;
            let starts_clause = !PREPOSITIONS.contains(&w.as_ref())
                && !matches!(w.as_ref(), "so" | "this" | "nothing" | "something" | "to")
                && toks[after].kind == TokKind::Word;
            let pronoun = matches!(w.as_ref(), "it" | "he" | "she" | "they" | "we" | "i");
            let has_verb = pronoun
                || (after + 1..s1.min(after + 8)).any(|k| {
                    let kw = self.word(toks[k]);
                    (kw.len() > 4 && kw.ends_with("ed"))
                        || is_be(&kw)
                        || matches!(
                            kw.as_ref(),
                            "will"
                                | "would"
                                | "could"
                                | "can"
                                | "should"
                                | "must"
                                | "may"
                                | "might"
                                | "has"
                                | "have"
                                | "had"
                        )
                });
            if starts_clause
                && has_verb
                && matches!(
                    form.lemma.as_str(),
                    "say"
                        | "believe"
                        | "think"
                        | "warn"
                        | "argue"
                        | "claim"
                        | "estimate"
                        | "insist"
                        | "stress"
                        | "add"
                        | "write"
                        | "tell"
                        | "predict"
                        | "expect"
                        | "fear"
                        | "hope"
                        | "suggest"
                        | "note"
                        | "state"
                        | "explain"
                )
            {
                self.push_subj(
                    toks,
                    paragraph,
                    cue_only,
                    &subject,
                    Self::span(toks, after, s1),
                    clause_start,
                );
                return Some(after);
            }
        }
        None
    }

    /// "NATO to enhance …", "the West of fueling …": an addressee then "to"/"of".
    fn directive_content(&self, toks: &[Token], after: usize, s1: usize) -> Option<Span> {
        // The addressee may be a list ("Niger, Mali and Burkina Faso to …").
        let k = (after + 1..s1.min(after + 12)).find(|&k| {
            matches!(self.word(toks[k]).as_ref(), "to" | "of" | "for")
                || (toks[k].kind == TokKind::Punct && self.punct(toks, k) != Some(','))
        })?;
        if toks[k].kind == TokKind::Punct {
            return None;
        }
        Self::span(toks, after, s1)
    }
}

/// Where the writer takes over from the reported content: a contrast with a new subject
/// after a comma ("…, but it is still unclear …"), or an "as" clause explaining it ("… as
/// violence has occurred twice"). Returns the byte length of the reported part.
pub fn writer_clause(s: &str) -> usize {
    let mut cut = s.len();
    for (i, _) in s.match_indices(", but ") {
        let next = s[i + 6..].split_whitespace().next().unwrap_or("");
        let subject = matches!(
            next,
            "it" | "there"
                | "the"
                | "a"
                | "an"
                | "this"
                | "that"
                | "he"
                | "she"
                | "they"
                | "we"
                | "its"
                | "how"
                | "what"
                | "whether"
        );
        if subject {
            cut = cut.min(i);
            break;
        }
    }
    if let Some(i) = s.find(", where ") {
        cut = cut.min(i);
    }
    for (i, _) in s.match_indices(" as ") {
        let words: Vec<&str> = s[i + 4..].split_whitespace().take(4).collect();
        let clause = words.len() >= 2
            && !matches!(
                words[0],
                "well"
                    | "many"
                    | "much"
                    | "soon"
                    | "long"
                    | "far"
                    | "part"
                    | "such"
                    | "a"
                    | "an"
                    | "if"
                    | "though"
                    | "to"
            )
            && words[1..].iter().any(|w| {
                matches!(
                    *w,
                    "has"
                        | "have"
                        | "had"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "rose"
                        | "grew"
                        | "fell"
                ) || (w.len() > 4 && w.ends_with("ed"))
            });
        if clause {
            cut = cut.min(i);
            break;
        }
    }
    cut
}

/// Trim reported content: no leading "that", no final period (but "etc." keeps its period
/// and a closing quotation mark keeps the period inside it), no trailing comma or space.
pub fn trim_content(text: &str, span: Span) -> Option<Span> {
    let s = span.slice(text);
    let mut start = span.start + (s.len() - s.trim_start().len());
    let body = text.get(start..span.end)?;
    if let Some(rest) = body.strip_prefix("that ") {
        start += body.len() - rest.len();
    }
    let mut end = span.end;
    loop {
        let cur = text.get(start..end)?;
        let t = cur.trim_end();
        let t = if t.ends_with("etc.") {
            t
        } else {
            t.trim_end_matches(|c: char| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '–' | '—'))
        };
        let t = t.trim_end();
        let t = ["and", "but", "or", "while"]
            .iter()
            .find_map(|c| {
                t.strip_suffix(c)
                    .filter(|r| r.ends_with([' ', ',']))
                    .map(str::trim_end)
            })
            .unwrap_or(t);
        if t.len() == cur.len() {
            break;
        }
        end = start + t.len();
    }
    (end > start && text.get(start..end)?.split_whitespace().count() >= 1)
        .then(|| Span::new(start, end))
}

/// Whether a paragraph reads as narration: it attributes speech ("According to him, …",
/// "Perteshi said …"), so it cannot continue a quotation whose marks were lost.
pub fn is_narration(ctx: &Ctx<'_>, para: Span) -> bool {
    let text = ctx.text;
    let toks = tokenize(text, para);
    toks.iter().enumerate().any(|(i, t)| {
        let w = lower(t.text(text));
        if w == "according" {
            return toks.get(i + 1).is_some_and(|n| n.text(text) == "to");
        }
        let Some(forms) = ctx.lex.verb_forms(&w) else {
            return false;
        };
        if !forms.iter().any(|f| f.class.speech && !f.participle) || i == 0 {
            return false;
        }
        let p = toks[i - 1];
        let pw = p.text(text);
        matches!(lower(pw).as_ref(), "he" | "she" | "they")
            || (p.kind == TokKind::Word && pw.starts_with(char::is_uppercase) && i > 1)
            || ctx.lex.is_group_noun(&lower(pw))
    })
}
