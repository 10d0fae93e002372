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

mod bodies;
mod clauses;
mod content;
mod cues;
pub(crate) mod grammar;
mod outlets;
mod subjects;
mod verbs;

pub use content::{is_narration, is_narration_tokens, trim_content, writer_clause};
use grammar::is_quote_mark;
pub use grammar::{is_aux, is_be, is_grammar_word};

use super::Ctx;
use super::lexicon::ProperKind;
use super::mentions::{
    Mention, MentionKind, PREPOSITIONS, is_document, is_editorial_stance, is_honorific, is_issued,
};
use super::speakers::Table;
use super::tokens::{TokKind, Token, sentences};
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

impl Event {
    /// Whether this is a transcript label (`Name: …`), whose content is an interview answer.
    fn is_label(&self, text: &str) -> bool {
        self.cue.slice(text) == ":"
    }
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
    /// Interview answers printed without marks, sorted: quotes too, but the interviewee
    /// reports others in them ("The Kremlin says …"), so their cues are read.
    answers: &'c [Span],
    /// The previous sentence's byte span, for "they" and "writes about this".
    prev_sentence: Option<Span>,
    /// The person the current sentence opens with, and the span naming them.
    opening_person: Option<(usize, Span)>,
    /// The last person named before the current paragraph, and the interviewee of a
    /// transcript whose answers carry no label (the person named before the first question).
    person_before: Option<usize>,
    interviewee: Option<usize>,
    /// The label of the last question ("SHQ:"), the cue of the answers after it.
    question_label: Option<Span>,
    /// Whether some answer came under a label (`Name: …`), and how many events were
    /// searched for one: each is looked at once.
    labelled_answers: bool,
    events_searched: usize,
}

impl<'c, 'a> Reader<'c, 'a> {
    pub fn new(ctx: &'c Ctx<'a>, quotes: &'c [Span], answers: &'c [Span]) -> Self {
        Reader {
            ctx,
            table: Table::default(),
            events: Vec::new(),
            quotes,
            answers,
            prev_sentence: None,
            opening_person: None,
            person_before: None,
            interviewee: None,
            question_label: None,
            labelled_answers: false,
            events_searched: 0,
        }
    }

    fn in_quote(&self, pos: usize) -> bool {
        let i = self.quotes.partition_point(|q| q.end <= pos);
        self.quotes.get(i).is_some_and(|q| q.start <= pos)
    }

    /// Whether a direct quote ends at the closing mark at byte `mark` (its span stops
    /// before the mark and a comma or period: `“We must act,” he said`).
    fn quote_closed_at(&self, mark: usize) -> bool {
        let i = self.quotes.partition_point(|q| q.end <= mark);
        i.checked_sub(1)
            .and_then(|i| self.quotes.get(i))
            .is_some_and(|q| q.end + 4 >= mark)
    }

    /// Whether byte `pos` lies in an interview answer printed without marks.
    fn in_answer(&self, pos: usize) -> bool {
        let i = self.answers.partition_point(|a| a.end <= pos);
        self.answers.get(i).is_some_and(|a| a.start <= pos)
    }

    fn word(&self, t: Token) -> std::borrow::Cow<'a, str> {
        self.ctx.lower(t)
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
        let paragraph_events = self.events.len();
        if toks.first().is_some_and(|t| t.punct(text) == Some('[')) {
            self.soundbite_label(index, toks);
        }
        if let Some(first) = toks.first() {
            if self.in_answer(first.start) {
                self.unlabelled_answer(index, toks);
            } else {
                self.person_before = self.table.last_person;
                let word = toks.iter().position(|t| t.is_word());
                if let Some(w) = word.filter(|&w| w < 3)
                    && let Some(colon) =
                        (w + 1..toks.len().min(w + 5)).find(|&k| self.punct(toks, k) == Some(':'))
                {
                    self.question_label = Some(Span::new(toks[w].start, toks[colon].end));
                }
            }
        }
        let mut introduced = None;
        for (n, (s0, s1)) in sentences(text, toks).into_iter().enumerate() {
            let first_event = self.events.len();
            self.opening_person = None;
            self.sentence(index, toks, s0, s1);
            if self.events.len() == first_event {
                self.colon_introduction(index, toks, s0, s1);
            }
            if n == 0 {
                introduced = self.opening_person;
            }
            self.cut_contents(first_event, toks[s1 - 1].end);
            self.prev_sentence = Some(Span::new(toks[s0].start, toks[s1 - 1].end));
        }
        if index <= 2 && self.events.len() == paragraph_events {
            self.headline_cue(index, toks);
        }
        // "Hodan Axmed Cilmi, Somalia’s state minister for foreign affairs, was blunter than
        // most of her colleagues …" and then a paragraph that is a quotation with no cue:
        // the person the paragraph introduced speaks it, not the last speaker before.
        // So does a quotation with no cue later in the same paragraph ("Marchenko has no
        // plans to leave. Asked why, she shrugs. “Where would we go?”").
        if let (Some((speaker, name)), Some(last)) = (introduced, toks.last())
            && self.events.len() == paragraph_events
            && (text
                .get(last.end..)
                .map(str::trim_start)
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| matches!(c, '“' | '"' | '«' | '„'))
                || self.quotes[self.quotes.partition_point(|q| q.end <= name.end)..]
                    .first()
                    .is_some_and(|q| q.end <= last.end))
        {
            self.events.push(Event {
                cue: name,
                source: Some(name),
                speaker: Some(speaker),
                pending_role: None,
                content: None,
                clause_start: toks[0].start,
                paragraph: index,
            });
        }
    }

    /// A headline's source, where headlines put it: "Police: Railway arsonists were
    /// recruited on Telegram" (the source and a colon), "At least 23 soldiers killed in attack
    /// on border post, army says" (a bare subject and a present-tense verb at the end). Only
    /// for a headline: one of the first paragraphs, one sentence with no closing stop. A
    /// country or a section label before the colon ("Kosovo: …", "Analysis: …") is a topic.
    fn headline_cue(&mut self, paragraph: usize, toks: &[Token]) {
        let text = self.ctx.text;
        let n = toks.len();
        if n < 5 || toks[n - 1].kind == TokKind::Punct || sentences(text, toks).len() != 1 {
            return;
        }
        // "Police: …"
        // (A kicker in capitals, "ARCTIC SECURITY: …", and a title's subtitle with no verb,
        // "Cold Calculations: Deterrence and …", are no sources.)
        if let Some(c) = (1..4).find(|&c| self.punct(toks, c) == Some(':'))
            && toks[..c].iter().all(|t| {
                t.is_word()
                    && t.starts_upper(text)
                    && t.text(text).chars().skip(1).any(char::is_lowercase)
            })
            && n - c >= 4
            && toks[c + 1].starts_upper(text)
            && toks[c + 1..].iter().any(|t| {
                let w = self.word(*t);
                t.is_word() && (is_be(&w) || is_aux(&w) || (w.len() > 4 && w.ends_with("ed")))
            })
            && !toks[..c].iter().any(|t| {
                matches!(
                    self.word(*t).as_ref(),
                    "analysis"
                        | "exclusive"
                        | "explainer"
                        | "opinion"
                        | "update"
                        | "live"
                        | "watch"
                        | "breaking"
                        | "comment"
                        | "commentary"
                        | "editorial"
                        | "review"
                        | "interview"
                        | "profile"
                        | "factbox"
                        | "timeline"
                        | "report"
                        | "feature"
                        | "focus"
                        | "insight"
                        | "briefing"
                )
            })
            && !self.ctx.hit_covering(toks[0].start).is_some_and(|h| {
                matches!(
                    h.kind,
                    ProperKind::Country | ProperKind::Place | ProperKind::Demonym
                )
            })
        {
            let source = Span::new(toks[0].start, toks[c - 1].end);
            self.push_headline(
                paragraph,
                toks,
                (0, c - 1),
                source,
                Self::span(toks, c + 1, n),
            );
            return;
        }
        // "…, army says"
        let verb = self.word(toks[n - 1]);
        if !matches!(
            verb.as_ref(),
            "says" | "warns" | "claims" | "insists" | "admits" | "reports" | "finds"
        ) {
            return;
        }
        let Some(comma) = (n.saturating_sub(5)..n - 1).rfind(|&k| self.punct(toks, k) == Some(','))
        else {
            return;
        };
        if comma < 3 || !(comma + 1..n - 1).all(|k| toks[k].is_word()) || comma + 1 == n - 1 {
            return;
        }
        let cue = toks[n - 1].span();
        self.push_headline(
            paragraph,
            toks,
            (comma + 1, n - 2),
            cue,
            Self::span(toks, 0, comma),
        );
    }

    /// A headline's event: the source is tokens `first..=last`, resolved as a mention when
    /// it is one ("Police"), else a collective of those words ("army", "think tank").
    fn push_headline(
        &mut self,
        paragraph: usize,
        toks: &[Token],
        (first, last): (usize, usize),
        cue: Span,
        content: Option<Span>,
    ) {
        let source = Span::new(toks[first].start, toks[last].end);
        let speaker = match self.ctx.mention_back(toks, last, first) {
            Some(m) if m.first == first => self.resolve(toks, &m).0,
            _ => {
                let words = source.slice(self.ctx.text);
                Some(self.table.group(words, words))
            }
        };
        self.events.push(Event {
            cue,
            source: Some(source),
            speaker,
            pending_role: None,
            content,
            clause_start: toks[0].start,
            paragraph,
        });
    }

    /// "A Western diplomat in Dakar, who requested anonymity, was blunter: “They are losing
    /// …”": a short predicate and a colon introduce the quotation that follows; the subject
    /// speaks it, with the predicate as the cue.
    fn colon_introduction(&mut self, paragraph: usize, toks: &[Token], s0: usize, s1: usize) {
        // (Or the quotation is the next paragraph: "X kept it short:" and a post.)
        let Some(colon) = (s0 + 2..s1).find(|&c| {
            self.punct(toks, c) == Some(':')
                && !self.in_quote(toks[c].start)
                && ((c + 2 < s1
                    && self.punct(toks, c + 1).is_some_and(is_quote_mark)
                    && self.in_quote(toks[c + 2].start))
                    || (c + 1 == toks.len() && self.quote_after(toks, c).is_some()))
        }) else {
            return;
        };
        // The predicate: a verb and at most a few words ("was blunter", "put it more
        // bluntly", "had a warning for Europe"), with no clause of its own.
        let Some(verb) = (colon.saturating_sub(6).max(s0 + 1)..colon).find(|&v| {
            let w = self.word(toks[v]);
            toks[v].is_word()
                && !toks[v].starts_upper(self.ctx.text)
                && (is_be(&w)
                    || matches!(
                        w.as_ref(),
                        "put"
                            | "had"
                            | "has"
                            | "went"
                            | "struck"
                            | "sounded"
                            | "offered"
                            | "summed"
                            | "took"
                            | "gave"
                            | "kept"
                    ))
        }) else {
            return;
        };
        if (verb..colon).any(|k| toks[k].kind != TokKind::Word) {
            return;
        }
        let Some(m) = self.subject_before(toks, verb, s0) else {
            return;
        };
        // ("In Brussels, Henrik Lövgren … kept it short:": after a short opener.)
        let lead = self.after_opener(toks, s0, s1).unwrap_or(s0);
        if !self.opens_at(toks, m.first, s0) && !self.opens_at(toks, m.first, lead) {
            return;
        }
        let (speaker, pending_role) = self.resolve(toks, &m);
        let Some(quote) = self.quote_after(toks, colon) else {
            return;
        };
        if speaker.is_none() {
            return;
        }
        self.events.push(Event {
            cue: Span::new(toks[verb].start, toks[colon - 1].end),
            source: Some(m.span),
            speaker,
            pending_role,
            content: Some(quote),
            clause_start: toks[s0].start,
            paragraph,
        });
    }

    /// The quotation that follows token `c` with nothing but marks and spaces between them.
    fn quote_after(&self, toks: &[Token], c: usize) -> Option<Span> {
        let text = self.ctx.text;
        let q = self.quotes.partition_point(|q| q.end <= toks[c].end);
        self.quotes
            .get(q)
            .filter(|q| {
                text.get(toks[c].end..q.start)
                    .is_some_and(|gap| gap.trim().chars().all(is_quote_mark))
            })
            .copied()
    }

    /// Each content ends where the clause of the next cue in the sentence starts.
    fn cut_contents(&mut self, first: usize, sentence_end: usize) {
        let text = self.ctx.text;
        // A cue inside another cue's content, not at a clause boundary, is part of what is
        // reported ("Diplomats said the government had asked …"): it neither cuts nor counts.
        // Where a clause starting at `pos` cuts the content before it, if it starts one:
        // at `pos` itself, or at the comma of ", and" before a subject of its own ("said A,
        // and its president urged B", "said A, while Russia's defence ministry said B").
        let cut_at = |pos: usize| -> Option<usize> {
            let rest = text.get(pos..).unwrap_or("");
            if rest.starts_with(',')
                || rest.starts_with(';')
                || ["and ", "but ", "as ", "As ", "while "]
                    .iter()
                    .any(|w| rest.starts_with(w))
            {
                return Some(pos);
            }
            let before = text.get(..pos).unwrap_or("").trim_end();
            let before = ["its", "their", "his", "her", "the"]
                .iter()
                .find_map(|d| before.strip_suffix(d).map(str::trim_end))
                .unwrap_or(before);
            // ("…, and Canada's Department of National Defence said": an owner's name.)
            let before = ["’s", "'s"]
                .iter()
                .find_map(|p| before.strip_suffix(p))
                .and_then(|b| b.rsplit_once(' '))
                .filter(|(_, owner)| owner.starts_with(char::is_uppercase))
                .map_or(before, |(b, _)| b.trim_end());
            [", and", ", but", ", while"]
                .iter()
                .find_map(|c| before.strip_suffix(c))
                .map(str::len)
        };
        let boundary = |pos: usize| cut_at(pos).is_some();
        let mut k = first;
        while k + 1 < self.events.len() {
            let content = self.events[k].content;
            let next = &self.events[k + 1];
            // (An interview answer under a label, `Name: …`, is no reported clause: the cues
            // in it are the interviewee reporting others.)
            let label = self.events[k].is_label(text);
            // (Up to where the writer takes over: "…, an attribution that Beijing called “…”"
            // is outside what was reported, and a cue there with its own words after it
            // counts.)
            let nested = !label
                && content.is_some_and(|c| {
                    c.start <= next.cue.start
                        && next.cue.start < c.end
                        && (next.cue.start < c.start + writer_clause(c.slice(text))
                            || next.content.is_none_or(|n| n.start < next.cue.end))
                })
                && !boundary(next.clause_start)
                && next.clause_start >= content.map_or(0, |c| c.start);
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
                .filter(|&c| c > content.start && c < content.end)
                .filter_map(cut_at)
                .filter(|&c| c > content.start)
                .min();
            let mut end = content.end;
            if let Some(c) = next {
                end = c;
            }
            end = end.min(content.start + writer_clause(content.slice(text)));
            let trimmed = trim_content(text, Span::new(content.start, end));
            self.events[k].content = trimmed;
        }
        // "said no shots were fired, but that miners were questioned": a clause the content
        // stopped before, reported by the same verb. Only the sentence's last cue can own
        // it: an earlier one's content ends where the next cue's clause starts.
        let mut k = first;
        while k < self.events.len() {
            if let Some(content) = self.events[k].content
                && k + 1 == self.events.len()
                && let Some(tail) = self.that_clause_after(content.end, sentence_end)
            {
                let mut second = self.events[k].clone();
                second.content = Some(tail);
                self.events.insert(k + 1, second);
                k += 1;
            }
            k += 1;
        }
        // "said the damage was deliberate and that the government would act": two clauses
        // reported by one verb are two claims, with the same speaker and cue.
        let mut k = first;
        while k < self.events.len() {
            if let Some(content) = self.events[k].content
                && let Some((head, tail)) = self.second_that_clause(content)
            {
                self.events[k].content = trim_content(text, head);
                let mut second = self.events[k].clone();
                second.content = trim_content(text, tail);
                // The next turn looks at the second clause: it may hold a third.
                self.events.insert(k + 1, second);
            }
            k += 1;
        }
    }

    /// The clause after ", but that" / ", and that" right at byte `end`, to the end of the
    /// sentence (without its final period).
    fn that_clause_after(&self, end: usize, sentence_end: usize) -> Option<Span> {
        let text = self.ctx.text;
        let rest = text.get(end..sentence_end)?;
        let skip = THAT_CLAUSE_OPENERS
            .iter()
            .find(|p| rest.starts_with(*p))?
            .len();
        if self.in_quote(end + 1) {
            return None;
        }
        trim_content(text, Span::new(end + skip, sentence_end))
    }

    /// `content` cut before " and that " / " but that " (outside quotations): the first
    /// clause and the second, without its "that".
    fn second_that_clause(&self, content: Span) -> Option<(Span, Span)> {
        let s = content.slice(self.ctx.text);
        // Most contents have no second clause: one fast test before the four searches.
        if !s.contains(" that ") {
            return None;
        }
        THAT_CLAUSE_OPENERS
            .iter()
            .filter_map(|pat| s.find(pat).map(|at| (at, pat.len())))
            .filter(|&(at, _)| at > 0 && !self.in_quote(content.start + at))
            .min()
            .map(|(at, len)| {
                (
                    Span::new(content.start, content.start + at),
                    Span::new(content.start + at + len, content.end),
                )
            })
            .filter(|(_, tail)| !tail.is_empty())
            // "…, and that is only what our radars saw": "that" before a verb is a pronoun.
            .filter(|(_, tail)| {
                let next = tail.slice(self.ctx.text).split(' ').next().unwrap_or("");
                !(is_be(next) || is_aux(next))
            })
    }

    fn sentence(&mut self, paragraph: usize, toks: &[Token], s0: usize, s1: usize) {
        let text = self.ctx.text;
        // "Back in Berbera, Jibril is careful …": the subject follows a short opener.
        let start = self.dateline_end(toks, s0, s1).unwrap_or(s0);
        let lead = self.after_opener(toks, start, s1).unwrap_or(start);
        self.register_opening_subject(toks, lead, s1);
        self.register_described_outlet(toks, lead, s1);
        self.register_issuer(toks, s0, s1);
        if s0 == 0 {
            self.transcript_label(paragraph, toks);
        }
        // "DOHA, March 4 (Reuters) - Talks broke down, diplomats said.": what is reported
        // starts after the dateline.
        let s0 = start;
        let events_before = self.events.len();
        let mut known_as: Option<Span> = None;
        let mut i = s0;
        // Quotes are sorted: a cursor instead of a search per token.
        let mut q = self.quotes.partition_point(|q| q.end <= toks[s0].start);
        while i < s1 {
            let t = toks[i];
            while q < self.quotes.len() && self.quotes[q].end <= t.start {
                q += 1;
            }
            let quoted = self.quotes.get(q).is_some_and(|x| x.start <= t.start);
            if t.kind != TokKind::Word || quoted {
                if !quoted
                    && i > s0
                    && text.as_bytes()[t.start] == b','
                    && toks
                        .get(i + 1)
                        .is_some_and(|n| n.is_word() && n.starts_upper(text))
                    && self.ctx.is_title_head(toks[i - 1])
                {
                    self.register_appositive_person(toks, s0, s1, i);
                }
                // "By the time Olena Marchenko, 47, has walked her son to school, she …": a
                // name given an age is someone a later pronoun may mean.
                if !quoted
                    && i > s0
                    && text.as_bytes()[t.start] == b','
                    && toks.get(i + 1).is_some_and(|n| n.kind == TokKind::Number)
                    && self.punct(toks, i + 2) == Some(',')
                    && toks[i - 1].is_word()
                    && let Some(m) = self.ctx.mention_back(toks, i - 1, s0)
                    && let MentionKind::Person { name, role, .. } = &m.kind
                {
                    let p = self.table.person(name, role.as_deref(), None);
                    self.table.touch(p);
                }
                i += 1;
                continue;
            }
            let raw = t.text(text);
            if raw == "as" && known_as.is_none() {
                known_as = self.name_given_as(toks, s0, s1, i);
            }
            // A lowercase noun before a capitalised word or after "(ACR)" may introduce a body
            // (bytes only here: most words are neither).
            let bytes = text.as_bytes();
            if raw.len() >= 4
                && bytes[t.start].is_ascii_lowercase()
                && (toks
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && !bytes[n.start].is_ascii_lowercase())
                    || (i >= s0 + 3 && bytes[toks[i - 1].start] == b')'))
            {
                self.register_described_body(toks, s0, s1, i);
            }
            let next = match raw {
                "according" | "According" if self.is_word(toks, i + 1, "to") => {
                    self.according_to(paragraph, toks, s0, s1, i)
                }
                "By" if i == s0 => self.by_reckoning(paragraph, toks, s1, i),
                "for" | "For" if self.at_clause_start(toks, s0, i) => {
                    self.for_group(paragraph, toks, s1, i)
                }
                "in" | "In" => self.in_view(paragraph, toks, s0, s1, i),
                "heard" => self.heard_that(paragraph, toks, s0, s1, i),
                "Said" if i == s0 => self.fronted_said(paragraph, toks, s1, i),
                "there" | "There" if i == s0 => self.concerns_among(paragraph, toks, s1, i),
                _ if is_be(raw) => self.passive(paragraph, toks, s1, i),
                _ => None,
            };
            if let Some(n) = next {
                i = n.max(i + 1);
                continue;
            }
            // Speech verbs are lowercase in running text; a capitalised one (a title-case
            // headline) is read from the lowercased text, without allocating.
            let lex = self.ctx.lex;
            let forms = if raw.len() < 3 || raw.len() > 24 {
                None
            } else if raw.as_bytes()[0].is_ascii_lowercase() {
                lex.verb_forms(raw)
            } else if i > s0
                && raw.is_ascii()
                && self.ctx.hit_covering(t.start).is_none()
                // "Saw Lah Say said": between a name and a lowercase word a capitalised verb
                // form is part of the name (a title-case headline capitalises the next word).
                && !(toks[i - 1].is_word()
                    && toks[i - 1].starts_upper(text)
                    && toks
                        .get(i + 1)
                        .is_some_and(|n| n.is_word() && !n.starts_upper(text)))
                // ("Secretary of State Marco Lane": after "of" it names an office.)
                && toks[i - 1].text(text) != "of"
            {
                // ("The US State Department said": "State" is a name there, not a verb.)
                self.ctx
                    .lowered
                    .get(t.start..t.end)
                    .and_then(|w| lex.verb_forms(w))
            } else {
                None
            };
            if let Some(forms) = forms
                && let Some(n) = self.verb(paragraph, toks, s0, s1, i, forms)
            {
                i = n.max(i + 1);
                continue;
            }
            i += 1;
        }
        // "A Thai nurse, who asked to be identified only as Khun Pim, said": the name she
        // gave is hers.
        if let Some(name) = known_as {
            if let Some(sp) = self.events[events_before..]
                .iter()
                .find_map(|e| e.speaker.filter(|_| e.cue.start > name.end))
            {
                self.table.add_alias(sp, name.slice(text));
            } else if let Some(role) = self.opening_role(toks, s0, s1) {
                // "The defendant, a clerk identified only as Viktor B., is charged …": the
                // title that opens the sentence is the name's, for "the defendant" and "he".
                let i = self.table.person(name.slice(text), Some(&role), None);
                self.table.touch(i);
            }
        }
    }

    /// "The defendant, …": a title alone before the sentence's first comma.
    fn opening_role(&self, toks: &[Token], s0: usize, s1: usize) -> Option<String> {
        let comma = (s0 + 1..s1.min(s0 + 5)).find(|&k| toks[k].kind == TokKind::Punct)?;
        if self.punct(toks, comma) != Some(',') {
            return None;
        }
        let (k, role, _) = self.ctx.role_before(toks, comma, s0)?;
        self.opens_at(toks, k, s0).then_some(role)
    }

    /// "identified (only) as Khun Pim", "gave her name as Amina": the name after the "as"
    /// at `i`.
    fn name_given_as(&self, toks: &[Token], s0: usize, s1: usize, i: usize) -> Option<Span> {
        let mut p = i.checked_sub(1).filter(|&p| p >= s0)?;
        if self.is_word(toks, p, "only") {
            p = p.checked_sub(1).filter(|&p| p >= s0)?;
        }
        if !(self.is_word(toks, p, "identified") || self.is_word(toks, p, "name")) {
            return None;
        }
        let text = self.ctx.text;
        let end = (i + 1..s1.min(i + 5))
            .take_while(|&k| toks[k].is_word() && toks[k].starts_upper(text))
            .last()?;
        // "Viktor B.": an initial keeps its period.
        let initial = toks[end].end - toks[end].start == 1
            && self.punct(toks, end + 1) == Some('.')
            && toks[end + 1].start == toks[end].end;
        Self::span(toks, i + 1, end + 1 + usize::from(initial))
    }

    /// A sentence that opens with a person ("Tamm was more cautious.") makes them the person
    /// a later "he" or "she" refers to; a body or a collective, what "it" or "they" does.
    /// `s0` is where the subject may start.
    fn register_opening_subject(&mut self, toks: &[Token], s0: usize, s1: usize) {
        let text = self.ctx.text;
        // "Jamming, she explained, can force a drone to land.": the word the cue interrupts
        // opens what was said; it is nobody a later "she" could mean.
        if s0 + 3 < s1
            && self.punct(toks, s0 + 1) == Some(',')
            && matches!(self.word(toks[s0 + 2]).as_ref(), "he" | "she" | "they")
            && self.ctx.lex.verb_forms(&self.word(toks[s0 + 3])).is_some()
        {
            return;
        }
        // "Also briefing, by video link from Bukavu, was Nadège Kabuya Lwamba, who leads …":
        // the subject after the verb, when a participle or "Also" fronts the sentence.
        let fronted = toks[s0].is_word()
            && (matches!(self.word(toks[s0]).as_ref(), "also" | "joining" | "among")
                || self.opens_with_participle(toks, s0));
        if fronted
            && let Some(be) = (s0 + 1..s1.min(s0 + 14)).find(|&k| {
                matches!(toks[k].text(text), "was" | "were") && self.punct(toks, k - 1) == Some(',')
            })
            && let Some(m) = self.person_up_to(toks, be + 1, s1, &[',', '.'])
            && let MentionKind::Person { name, role, .. } = &m.kind
        {
            let i = self.person(toks, m.last, name, role.as_deref(), None);
            self.opening_person = Some((i, m.span));
            return;
        }
        // "The Minister of National Defence, Cristóvão Mabunda, travelled …": a title, then
        // the name in apposition.
        if let Some(c1) = (s0 + 1..s1.min(s0 + 9)).find(|&k| toks[k].kind == TokKind::Punct)
            && self.punct(toks, c1) == Some(',')
            && toks
                .get(c1 + 1)
                .is_some_and(|t| t.is_word() && t.starts_upper(text))
            && (s0..c1).any(|k| self.ctx.is_title_head(toks[k]))
            && let Some(m) = self.person_up_to(toks, c1 + 1, s1, &[','])
            && let MentionKind::Person { name, .. } = &m.kind
        {
            let determiner = matches!(
                self.word(toks[s0]).as_ref(),
                "the" | "his" | "her" | "its" | "their" | "our" | "a" | "an"
            );
            let first = if determiner { s0 + 1 } else { s0 };
            let role = Span::new(toks[first].start, toks[c1 - 1].end).slice(text);
            self.table.person(name, Some(role), None);
            return;
        }
        // "Her neighbour, a retired engineer named Petro Kuzyk, disagreed.": the name given in
        // an appositive is who a later "he" means.
        if let Some(c1) = (s0 + 1..s1.min(s0 + 6)).find(|&k| toks[k].kind == TokKind::Punct)
            && self.punct(toks, c1) == Some(',')
            && let Some(named) = (c1 + 2..s1.min(c1 + 7))
                .take_while(|&k| toks[k].is_word())
                .find(|&k| matches!(toks[k].text(text), "named" | "called"))
            && matches!(toks[c1 + 1].text(text), "a" | "an")
            && toks
                .get(named + 1)
                .is_some_and(|t| t.is_word() && t.starts_upper(text))
            && let Some(m) = self.person_up_to(toks, named + 1, s1, &[','])
            && let MentionKind::Person { name, .. } = &m.kind
        {
            let role = self.ctx.role_before(toks, named, c1 + 1).map(|r| r.1);
            let i = self.person(toks, m.last, name, role.as_deref(), None);
            self.opening_person = Some((i, m.span));
            return;
        }
        let mut j = s0;
        // "The conservative Korea Herald went further.": the name after an editorial line.
        if self.is_word(toks, s0, "the")
            && toks
                .get(s0 + 1)
                .is_some_and(|t| is_editorial_stance(&self.word(*t)))
        {
            j = s0 + 2;
        } else if matches!(toks[s0].text(text), "a" | "an" | "the") {
            // After an opener ("At the market, a woman selling …"), the article is lowercase.
            j = s0 + 1;
        }
        let mut reach = s0 + 6;
        while j < s1
            && j < reach
            && ((toks[j].kind == TokKind::Word && toks[j].starts_upper(text))
                || (toks[j].kind == TokKind::Number && j > s0)
                || toks[j].kind == TokKind::Punct)
            && !self.in_quote(toks[j].start)
        {
            if toks[j].kind == TokKind::Punct {
                // "Rep. Jonah Pelletier was not satisfied.": an abbreviated title's period.
                if j > s0
                    && self.punct(toks, j) == Some('.')
                    && toks[j - 1].end == toks[j].start
                    && toks[j - 1].starts_upper(text)
                    && self.ctx.is_title_token(toks[j - 1])
                {
                    j += 1;
                    continue;
                }
                // "Brigadier General (rtd) Kwame Ofosu-Appiah was with him."
                match self.ctx.retired_in_parentheses(toks, j) {
                    Some(after) if j > s0 => {
                        reach += after - j;
                        j = after;
                        continue;
                    }
                    _ => break,
                }
            }
            j += 1;
        }
        let mut grouped = false;
        // "Security experts …", and after "The", a few lowercase words first: "The
        // international observation mission led by the OSCE saw …", "The mayor's office was
        // less sure.".
        // ("Ukraine's foreign ministry has responded.": an owner, then its body.)
        let owned = j > s0 && toks.get(j).is_some_and(|t| t.kind == TokKind::Possessive);
        if owned
            && j + 1 < s1
            && let Some(m) = self.ctx.mention_back(toks, j + 1, s0)
            && let MentionKind::Role { role } = &m.kind
            && let Some((name, body)) = self.title_of_body(toks, &m, s1)
        {
            self.table.described_holder(&name, role, &body);
            return;
        }
        let reach = if (j == s0 + 1 && self.is_word(toks, s0, "the")) || owned {
            4
        } else {
            1
        };
        let lex = self.ctx.lex;
        // A title heads the phrase only when no body does ("The minister ended …", but "The
        // mayor's office was …"), and only after an article ("A spokeswoman for …").
        let after_the = j == s0 + 1 && matches!(self.word(toks[s0]).as_ref(), "the" | "a" | "an");
        let words = || {
            (j..s1.min(j + reach))
                .take_while(|&k| matches!(toks[k].kind, TokKind::Word | TokKind::Possessive))
        };
        if let Some(k) = words()
            .find(|&k| {
                let w = self.word(toks[k]);
                lex.is_group_noun(&w) || lex.is_body_noun(&w)
            })
            .or_else(|| {
                words()
                    .filter(|_| after_the)
                    .find(|&k| self.ctx.is_title_head(toks[k]))
            })
        {
            j = k + 1;
            grouped = true;
        }
        // Only parse when a name or a collective is there: most sentences open otherwise.
        // A participle opening a clause ("Pressed on the figure, …", "Speaking from X, …")
        // is not a name.
        let participle = self.opens_with_participle(toks, s0);
        // A headline ("Drones over the front") names no one who speaks later: only a
        // sentence that ends in punctuation (". : ! ?", a closing mark) introduces a person.
        let finished = toks[s1 - 1].kind == TokKind::Punct;
        let plausible = !participle
            && finished
            && (grouped
                || (s0..j).any(|k| {
                    self.ctx.is_name_word(toks[k])
                        || self.ctx.hit_covering(toks[k].start).is_some_and(|h| {
                            matches!(h.kind, ProperKind::Organization | ProperKind::Country)
                        })
                }));
        // A single capitalised word before a preposition ("Ships from the Gulf use …", "Back
        // in Berbera, …") is a common noun or an adverb that opens the sentence.
        let lone_before_preposition = j == s0 + 1
            && toks
                .get(j)
                .is_some_and(|t| t.is_word() && PREPOSITIONS.contains(&self.word(*t).as_ref()));
        if j > s0
            && plausible
            && !lone_before_preposition
            && let Some(m) = self.ctx.mention_back(toks, j - 1, s0)
            && (self.opens_at(toks, m.first, s0)
                || (owned && m.first <= s0 + 3 && m.first > s0 + 1)
                || self.after_honorific(toks, s0, m.first)
                // "Opposition Leader Jeremiah Aruhane was …": capitalised words of the
                // title before the name.
                || (m.first <= s0 + 3
                    && matches!(&m.kind, MentionKind::Person { role: Some(_), .. })
                    && toks[s0..m.first]
                        .iter()
                        .all(|t| t.is_word() && t.starts_upper(text))))
        {
            match &m.kind {
                MentionKind::Person {
                    name,
                    role,
                    affiliation,
                } => {
                    let i =
                        self.person(toks, m.last, name, role.as_deref(), affiliation.as_deref());
                    self.opening_person = Some((i, m.span));
                }
                // (A document's writers are its issuer, registered already.)
                MentionKind::Group { name } if self.document_writers(toks, &m).is_none() => {
                    self.table.group(name, m.span.slice(text));
                }
                // "The 444th Brigade gave a different account. … it accused …": a named
                // body that opens a sentence is what a later "it" refers to.
                MentionKind::Organization {
                    name,
                    canonical,
                    outlet,
                    role,
                } if !self.ctx.lex.is_outlet_reference(&self.word(toks[m.last]))
                    && self.named_before(toks, &m).is_none() =>
                {
                    self.table
                        .organization(name, canonical, *outlet, role.as_deref());
                }
                // "The minister ended the press conference. … he said": the person who holds
                // the title is the one a later pronoun means.
                MentionKind::Role { role } => {
                    if let Some((name, body)) = self.title_of_body(toks, &m, s1) {
                        self.table.described_holder(&name, role, &body);
                    } else if let Some(i) = self.table.by_role_held(role) {
                        self.table.touch(i);
                    } else if self.is_word(toks, m.last + 1, "of") {
                        // Only a title placed by what it heads ("The commander of the rebel
                        // unit") is someone new; a bare "the minister" is someone known,
                        // perhaps not by that title.
                        self.table.title_holder(role);
                    }
                }
                _ => {}
            }
        }
    }

    /// "The representative of the Russian Federation said": a title, "of" and the state or
    /// body it serves, as a name ("representative of the Russian Federation") and the body.
    fn title_of_body(&self, toks: &[Token], m: &Mention, s1: usize) -> Option<(String, String)> {
        let text = self.ctx.text;
        // "The Russian Federation's delegate disagreed. He said …": the state's own delegate,
        // as in a UN meeting summary (only a delegate's title: "Russia's foreign minister" is
        // someone the briefing may have named).
        // (The owner may be inside the mention or just before it.)
        if let Some(p) = (m.first.saturating_sub(1).max(1)..m.last)
            .rev()
            .find(|&p| toks[p].kind == TokKind::Possessive)
            && matches!(
                self.word(toks[m.last]).as_ref(),
                "delegate" | "representative" | "delegation"
            )
            && let Some(hit) = self.ctx.hit_covering(toks[p - 1].start).filter(|h| {
                h.span.end == toks[p - 1].end
                    && matches!(h.kind, ProperKind::Country | ProperKind::Organization)
            })
        {
            let name = Span::new(hit.span.start, toks[m.last].end).slice(text);
            return Some((name.to_string(), hit.span.slice(text).to_string()));
        }
        if !self.is_word(toks, m.last + 1, "of") {
            return None;
        }
        let k = m.last + 2 + usize::from(self.is_word(toks, m.last + 2, "the"));
        let t = toks.get(k).filter(|_| k < s1)?;
        let hit = self.ctx.hit_covering(t.start).filter(|h| {
            h.span.start == t.start
                && matches!(h.kind, ProperKind::Country | ProperKind::Organization)
        })?;
        let name = Span::new(toks[m.first].start, hit.span.end).slice(text);
        let name = name
            .strip_prefix("the ")
            .or_else(|| name.strip_prefix("The "))
            .unwrap_or(name);
        Some((name.to_string(), hit.span.slice(text).to_string()))
    }

    /// "… with the Solomon Islands Police Minister, Ronald Kikolo, …": a title and the name in
    /// apposition anywhere in a sentence (the comma at `comma`) make the person known, with
    /// the title, before they speak.
    #[cold]
    fn register_appositive_person(&mut self, toks: &[Token], s0: usize, s1: usize, comma: usize) {
        if let Some(m) = self.person_up_to(toks, comma + 1, s1, &[',', '.', ';'])
            && let MentionKind::Person { name, .. } = &m.kind
            && let Some((_, role, affiliation)) = self.ctx.role_before(toks, comma, s0)
        {
            // (A body's name that is the whole title, "Solomon Islands Police Minister", is
            // no affiliation besides it.)
            let affiliation = affiliation.filter(|a| *a != role);
            self.table
                .known_person(name, Some(&role), affiliation.as_deref());
        }
    }

    /// A person's name filling the words from token `start` to the next punctuation, which
    /// comes within five tokens and is one of `ends`: the "Ronald Kikolo" of "…, Ronald
    /// Kikolo, …".
    fn person_up_to(
        &self,
        toks: &[Token],
        start: usize,
        s1: usize,
        ends: &[char],
    ) -> Option<Mention> {
        let end = (start + 1..s1.min(start + 5)).find(|&k| toks[k].kind == TokKind::Punct)?;
        if !self.punct(toks, end).is_some_and(|p| ends.contains(&p)) {
            return None;
        }
        self.ctx
            .mention_back(toks, end - 1, start)
            .filter(|m| m.first == start && matches!(m.kind, MentionKind::Person { .. }))
    }

    /// "Mr. Ortiz was cautious.", "U Thein Zaw, 61, a retired teacher, …": a name after an
    /// honorific that opens the sentence at `s0` (the honorific is no name word).
    fn after_honorific(&self, toks: &[Token], s0: usize, first: usize) -> bool {
        let gap = if self.punct(toks, s0 + 1) == Some('.') {
            2
        } else {
            1
        };
        first == s0 + gap && is_honorific(toks[s0].text(self.ctx.text))
    }

    /// The token after a short adverbial opener and its comma ("Back in Berbera,", "In
    /// Hargeisa,", "On Monday,"), where the subject of the sentence starts.
    fn after_opener(&self, toks: &[Token], s0: usize, s1: usize) -> Option<usize> {
        let first = toks.get(s0).filter(|t| t.is_word())?;
        let w = self.word(*first);
        // "Asked whether the force was outgunned, Marwat paused": a participle's clause.
        let participle = self.opens_with_participle(toks, s0);
        // "When we met at her publisher's office last month, Rendcombe was …": a
        // subordinate clause of its own.
        let subordinate = matches!(
            w.as_ref(),
            "when" | "while" | "although" | "though" | "once" | "whenever"
        );
        let participle = participle || subordinate;
        let opens = participle
            || PREPOSITIONS.contains(&w.as_ref())
            || matches!(
                w.as_ref(),
                "back" | "meanwhile" | "however" | "now" | "later" | "earlier" | "yesterday"
            );
        if !opens {
            return None;
        }
        let reach = if participle { 16 } else { 7 };
        let comma = (s0 + 1..s1.min(s0 + reach)).find(|&k| toks[k].kind == TokKind::Punct)?;
        if self.punct(toks, comma) != Some(',') || comma + 1 >= s1 {
            return None;
        }
        // "At five in the afternoon, when the power goes off, Valbona Hoxha does not …": a
        // subordinate clause may follow the opener; the subject is the name after its comma.
        // ("At the central market, a woman selling betel nut remembers …": an article opens
        // the subject itself.)
        if toks[comma + 1].is_word()
            && !toks[comma + 1].starts_upper(self.ctx.text)
            && !matches!(self.word(toks[comma + 1]).as_ref(), "a" | "an" | "the")
        {
            return (comma + 2..s1.min(s0 + 30))
                .take_while(|&k| toks[k].kind == TokKind::Word || self.punct(toks, k) == Some(','))
                .find(|&k| {
                    self.punct(toks, k) == Some(',')
                        && toks.get(k + 1).is_some_and(|t| self.ctx.is_name_word(*t))
                })
                .map(|k| k + 1);
        }
        Some(comma + 1)
    }

    /// Whether token `s0` is a participle opening a clause ("Pressed on the figure, …",
    /// "Asked whether …, Marwat paused"): not a name, and what follows its comma is.
    pub(super) fn opens_with_participle(&self, toks: &[Token], s0: usize) -> bool {
        let text = self.ctx.text;
        let w = toks[s0].text(text);
        (w.ends_with("ed") || w.ends_with("ing"))
            && toks
                .get(s0 + 1)
                .is_some_and(|t| t.is_word() && t.text(text).starts_with(char::is_lowercase))
    }

    /// The token after a wire dateline that opens a sentence: "MITROVICA, Kosovo —",
    /// "KYIV (AP) —", "GEORGETOWN, Feb 11 (Reuters) -".
    fn dateline_end(&self, toks: &[Token], s0: usize, s1: usize) -> Option<usize> {
        let text = self.ctx.text;
        let caps = |t: &Token| {
            let w = t.text(text);
            t.is_word() && w.len() >= 2 && !w.chars().any(char::is_lowercase)
        };
        // "07:10 — Ukraine's foreign ministry has responded.": a live blog's time stamp.
        if toks
            .get(s0)
            .is_some_and(|t| t.kind == TokKind::Number && t.text(text).contains(':'))
        {
            let dash = if toks.get(s0 + 1).is_some_and(|t| t.is_word()) {
                s0 + 2
            } else {
                s0 + 1
            };
            return (matches!(self.punct(toks, dash), Some('—' | '–' | '-')) && dash + 1 < s1)
                .then_some(dash + 1);
        }
        if !toks.get(s0).is_some_and(caps) {
            return None;
        }
        let is_dash = |k: usize| matches!(self.punct(toks, k), Some('—' | '–' | '-'));
        let dash = (s0 + 1..s1.min(s0 + 12)).find(|&k| is_dash(k))?;
        // ("TROMSØ, 4 February 2025 (Nordic Wire) -- Norway will …": a typed dash.)
        let after = (dash + 1..s1).find(|&k| !is_dash(k))?;
        (after < s1).then_some(after)
    }

    /// A transcript label: a paragraph that opens with a name and a colon, then a quotation
    /// (`Ortiz: "We will not back down."`). The name is the speaker of what follows.
    fn transcript_label(&mut self, paragraph: usize, toks: &[Token]) {
        let text = self.ctx.text;
        let Some(colon) = (1..toks.len().min(12)).find(|&k| self.punct(toks, k) == Some(':'))
        else {
            return;
        };
        let quoted = toks.get(colon + 1).is_some_and(|t| {
            t.punct(text).is_some_and(grammar::is_quote_mark)
                || self.in_quote(t.start)
                || self.in_answer(t.start)
        });
        if !quoted {
            return;
        }
        // "NWACHUKWU: …": a podcast or hearing transcript names its speakers in capitals.
        // ("RAYMOND KESSLING, ATLANTIC COUNCIL:": the name before the role.)
        let name_end = (1..colon)
            .find(|&k| self.punct(toks, k) == Some(','))
            .unwrap_or(colon);
        if let Some(speaker) = toks
            .get(colon + 1)
            .filter(|t| self.in_answer(t.start))
            .and_then(|_| self.label_in_capitals(&toks[..name_end]))
        {
            self.table.touch(speaker);
            self.events.push(Event {
                cue: toks[colon].span(),
                source: Self::span(toks, 0, name_end),
                speaker: Some(speaker),
                pending_role: None,
                content: Self::span(toks, colon + 1, toks.len()),
                clause_start: toks[0].start,
                paragraph,
            });
            return;
        }
        if !toks[..colon].iter().all(|t| self.ctx.is_name_word(*t)) {
            return;
        }
        let Some(m) = self
            .ctx
            .mention_back(toks, colon - 1, 0)
            .filter(|m| m.first == 0 && matches!(m.kind, MentionKind::Person { .. }))
        else {
            return;
        };
        let content = Self::span(toks, colon + 1, toks.len());
        self.push(
            toks,
            paragraph,
            toks[colon].span(),
            Some(&m),
            content,
            toks[0].start,
        );
    }

    /// An answer printed under no label, after a labelled question ("**SHQ: …?**"): the
    /// interviewee's, who is the person the text named before the first question. Where the
    /// transcript labels its answers, a paragraph that continues one is left to its block.
    fn unlabelled_answer(&mut self, paragraph: usize, toks: &[Token]) {
        let text = self.ctx.text;
        let from = self.events_searched.min(self.events.len());
        self.events_searched = self.events.len();
        self.labelled_answers |= self.events[from..].iter().any(|e| e.is_label(text));
        if self.labelled_answers {
            return;
        }
        let Some(speaker) = self.interviewee.or(self.person_before) else {
            return;
        };
        self.interviewee = Some(speaker);
        let (Some(first), Some(last), Some(cue)) = (toks.first(), toks.last(), self.question_label)
        else {
            return;
        };
        self.events.push(Event {
            cue,
            source: None,
            speaker: Some(speaker),
            pending_role: None,
            content: Some(Span::new(first.start, last.end)),
            clause_start: first.start,
            paragraph,
        });
    }

    /// `[SOT: GEN. TOMASZ WIERZBICKI, OPERATIONAL COMMAND (through interpreter)]`: the person
    /// named speaks the sound bite printed after the label (the answer that follows).
    #[cold]
    fn soundbite_label(&mut self, paragraph: usize, toks: &[Token]) {
        let text = self.ctx.text;
        let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
            return;
        };
        if !super::quotes::is_soundbite_label(&text[first.start..last.end]) {
            return;
        }
        let Some(colon) = (1..toks.len().min(5)).find(|&k| self.punct(toks, k) == Some(':')) else {
            return;
        };
        // The name runs to the comma, parenthesis or bracket that ends it.
        let end = (colon + 1..toks.len())
            .find(|&k| matches!(self.punct(toks, k), Some(',' | '(' | ']')))
            .unwrap_or(toks.len());
        // "GEN. TOMASZ WIERZBICKI": a rank before the name; the name is the longest tail of
        // capitalised words the text also writes in its usual case.
        let words: Vec<usize> = (colon + 1..end).filter(|&k| toks[k].is_word()).collect();
        let found = (0..words.len()).find_map(|skip| {
            let from = words[skip];
            (toks[from..end].iter().all(|t| t.is_word()) && end > from + 1)
                .then(|| self.label_in_capitals(&toks[from..end]))
                .flatten()
                .map(|speaker| (speaker, from))
        });
        let Some((speaker, from)) = found else {
            return;
        };
        let after = last.end;
        let i = self.answers.partition_point(|a| a.start < after);
        let Some(&content) = self.answers.get(i) else {
            return;
        };
        self.table.touch(speaker);
        self.events.push(Event {
            cue: Span::new(toks[0].start, toks[colon].end),
            source: Self::span(toks, from, end),
            speaker: Some(speaker),
            pending_role: None,
            content: Some(content),
            clause_start: toks[0].start,
            paragraph,
        });
    }

    /// The person a label in capitals names: "HALVIG" is the "Torben Halvig" the text
    /// introduced (the name written in its usual case, with the capitalised words before
    /// it).
    fn label_in_capitals(&mut self, label: &[Token]) -> Option<usize> {
        let text = self.ctx.text;
        let (Some(first), Some(last)) = (label.first(), label.last()) else {
            return None;
        };
        let raw = text.get(first.start..last.end)?;
        let capitals = label.iter().all(|t| t.is_word())
            && raw.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !raw.chars().any(char::is_lowercase);
        if !capitals {
            return None;
        }
        let wanted = raw.to_ascii_lowercase();
        let is_name_char = |c: char| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’');
        // (None: not a name the text writes otherwise, "SUMMARY:", "NATO:".)
        let at = self
            .ctx
            .lowered
            .match_indices(wanted.as_str())
            .map(|(at, _)| at)
            .find(|&at| {
                let end = at + wanted.len();
                let found = text.get(at..end).unwrap_or("");
                found.chars().any(char::is_lowercase)
                    && found.starts_with(char::is_uppercase)
                    && !text[..at].ends_with(is_name_char)
                    && !text[end..].starts_with(is_name_char)
            })?;
        // The capitalised words right before it: the first names.
        let mut start = at;
        for _ in 0..2 {
            let before = &text[..start];
            let Some(space) = before.strip_suffix(' ') else {
                break;
            };
            let word_start = space.rfind(|c: char| !is_name_char(c)).map_or(0, |k| {
                k + space[k..].chars().next().map_or(1, char::len_utf8)
            });
            let word = &space[word_start..];
            if !word.starts_with(char::is_uppercase)
                || !word.chars().any(char::is_lowercase)
                // ("General Tomasz Wierzbicki": a rank is no first name.)
                || self.ctx.lex.is_title(&word.to_lowercase())
            {
                break;
            }
            start = word_start;
        }
        let name = text[start..at + wanted.len()].to_string();
        self.complete_first_name(&name, first.start);
        Some(self.table.person(&name, None, None))
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

    /// Whether a phrase whose first token is `first` opens at `at`, or right after a "the"
    /// there.
    fn opens_at(&self, toks: &[Token], first: usize, at: usize) -> bool {
        first == at || (first == at + 1 && self.is_word(toks, at, "the"))
    }

    /// The whole sentence as the content of a cue inside it ("But the motive, in their
    /// view, matters less …"), without an opening conjunction or the final period.
    fn whole_sentence(&self, toks: &[Token], s0: usize, s1: usize) -> Option<Span> {
        let opener = matches!(self.word(toks[s0]).as_ref(), "and" | "but" | "so" | "yet");
        let start = if opener { s0 + 1 } else { s0 };
        Self::span(toks, start, self.end_of(toks, s1))
    }

    fn span(toks: &[Token], a: usize, b: usize) -> Option<Span> {
        (a < b && b <= toks.len()).then(|| Span::new(toks[a].start, toks[b - 1].end))
    }

    /// The table's person for a name whose mention ends at token `last`, with the affiliation
    /// the mention gives or the one after it ("from the Kosovo Center for Security Studies").
    fn person(
        &mut self,
        toks: &[Token],
        last: usize,
        name: &str,
        role: Option<&str>,
        affiliation: Option<&str>,
    ) -> usize {
        let after = match affiliation {
            Some(_) => None,
            None => self.affiliation_after(toks, last + 1),
        };
        self.complete_first_name(name, toks[last].start);
        self.table
            .person(name, role, affiliation.or(after.as_deref()))
    }

    /// Let the full `name`, written at byte `at`, complete a person met by the first name
    /// alone, unless the text before wrote that word before another name: "Kim said …"
    /// after "leader Kim Jong Un" is a surname, and "Kim Ji-yeon" someone else.
    fn complete_first_name(&mut self, name: &str, at: usize) {
        let text = self.ctx.text;
        let Some((first, rest)) = name.split_once(' ') else {
            return;
        };
        // (The text is searched only when there is someone to complete.)
        if !self.table.known_by_first_name(first) {
            return;
        }
        let before = text.get(..at).unwrap_or("");
        let elsewhere = before.match_indices(first).any(|(k, _)| {
            let after = &before[k + first.len()..];
            after
                .strip_prefix(' ')
                .is_some_and(|a| a.starts_with(char::is_uppercase) && !a.starts_with(rest))
        });
        if !elsewhere {
            self.table.complete_first_name(name);
        }
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
                let i = self.person(toks, m.last, name, role.as_deref(), affiliation.as_deref());
                if let Some(f) = self.honorific(toks, m.first) {
                    self.table.set_gender(i, f);
                }
                (Some(i), None)
            }
            MentionKind::PersonPronoun => {
                let w = m.span.slice(text);
                let female = if w.eq_ignore_ascii_case("she") || w.eq_ignore_ascii_case("her") {
                    Some(true)
                } else if ["he", "him", "his"]
                    .iter()
                    .any(|p| w.eq_ignore_ascii_case(p))
                {
                    Some(false)
                } else {
                    None
                };
                (self.table.pronoun(female), None)
            }
            // "The report warns that … roads from Chad and South Sudan …. It urges donors …":
            // the body that spoke in the sentence before, over a state named inside its words.
            MentionKind::ThingPronoun if self.previous_body_speaker().is_some() => {
                (self.previous_body_speaker(), None)
            }
            // "it" is one body, never a plural collective ("Both groups").
            MentionKind::ThingPronoun
                if self
                    .table
                    .last_collective
                    .is_some_and(|i| !self.table.is_plural_group(i)) =>
            {
                (self.table.last_collective, None)
            }
            MentionKind::PluralPronoun | MentionKind::ThingPronoun => {
                // A state or group just named ("… concern in Washington. They called on …").
                let region = self.prev_sentence.map_or(m.span.start, |p| p.start)..m.span.start;
                // "Western diplomats fear that …. They say …": the plural collective that just
                // spoke comes before any state named in passing.
                if matches!(m.kind, MentionKind::PluralPronoun)
                    && let Some(i) = self
                        .events
                        .iter()
                        .rev()
                        .take_while(|e| e.cue.start >= region.start)
                        .filter_map(|e| e.speaker)
                        .find(|&i| self.table.is_plural_group(i))
                {
                    return (Some(i), None);
                }
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
                // "Western countries met in Vienna. They …": a place named as where something
                // happened yields to a plural collective named before.
                let plural_collective = self
                    .table
                    .last_collective
                    .filter(|&i| self.table.is_plural_group(i));
                let hit = hit.filter(|h| {
                    plural_collective.is_none()
                        || !matches!(m.kind, MentionKind::PluralPronoun)
                        || !is_location(ctx.lowered, h.span.start)
                });
                if let Some(h) = hit {
                    let name = h.span.slice(text).to_string();
                    let canonical = h.canonical.to_string();
                    return (
                        Some(self.table.organization(&name, &canonical, false, None)),
                        None,
                    );
                }
                let last = self.table.last_collective;
                let singular = matches!(m.kind, MentionKind::ThingPronoun);
                (
                    last.filter(|&i| !(singular && self.table.is_plural_group(i))),
                    None,
                )
            }
            MentionKind::Organization {
                name,
                canonical,
                outlet,
                role,
            } => {
                // "the group", "the paramilitary group": a body the text named before, not a
                // new one called "group".
                if let Some(i) = self.named_before(toks, m) {
                    return (Some(i), None);
                }
                let i = self
                    .table
                    .organization(name, canonical, *outlet, role.as_deref());
                // "the interior ministry in Niamey": placed by its seat, and still "the
                // interior ministry" when named again.
                if let Some((body, place)) = name.rsplit_once(" in ")
                    && place.starts_with(char::is_uppercase)
                    && !body.is_empty()
                {
                    self.table.add_alias(i, body.trim_start_matches("the "));
                }
                (Some(i), None)
            }
            MentionKind::Group { name } => {
                let i = self
                    .document_writers(toks, m)
                    .unwrap_or_else(|| self.table.group(name, m.span.slice(text)));
                (Some(i), None)
            }
            MentionKind::OutletReference => {
                // Press reviews open a paragraph with the outlet ("Politis focuses on …. The
                // paper reports …"): that name is the outlet the reference points back to.
                // "The agency advised …" after "the UK Maritime Trade Operations (UKMTO)
                // agency": a body introduced as what the reference names, if more recent.
                let described = self.table.described_as(&self.word(toks[m.last]));
                let i = match self.paragraph_lead_name(toks, m.first) {
                    Some(name) => Some(self.table.organization(&name, &name, true, None)),
                    None => self.table.latest(self.table.last_outlet, described),
                };
                if let Some(i) = i {
                    self.table.add_alias(i, m.span.slice(text));
                }
                (i, None)
            }
            // "Its editorial argued": the document of the body "it" would be.
            MentionKind::Document
                if matches!(self.word(toks[m.first]).as_ref(), "its" | "their") =>
            {
                let pronoun = Mention {
                    kind: MentionKind::ThingPronoun,
                    ..m.clone()
                };
                self.resolve(toks, &pronoun)
            }
            // "the editorial concluded": a paper's; "the report says": its issuer's.
            MentionKind::Document
                if matches!(self.word(toks[m.last]).as_ref(), "editorial" | "commentary") =>
            {
                (self.table.last_outlet.or(self.table.last_issuer), None)
            }
            // "In a statement, the Defence Forces said …. The shells landed …, the statement
            // said.": a statement is the words of whoever spoke last.
            MentionKind::Document if is_issued(&self.word(toks[m.last])) => (
                self.events
                    .iter()
                    .rev()
                    .find_map(|e| e.speaker)
                    .or(self.table.last_issuer),
                None,
            ),
            MentionKind::Document => (self.table.last_issuer, None),
            // "Also speaking for the co-penholders, the representative of Greece said": the
            // body the title serves tells its holder from other states'.
            MentionKind::Role { role } => match self.title_of_body(toks, m, toks.len()) {
                Some((name, body)) => (Some(self.table.described_holder(&name, role, &body)), None),
                None => match self.table.by_role(role) {
                    Some(i) => (Some(i), None),
                    None => (None, Some(role.clone())),
                },
            },
        }
    }

    /// "The authors argue", "write the researchers", "Its authors say" after "a report by
    /// the Institute": a document's writers speak for whoever issued it.
    fn document_writers(&self, toks: &[Token], m: &Mention) -> Option<usize> {
        let MentionKind::Group { name } = &m.kind else {
            return None;
        };
        let issuer = self.table.last_issuer?;
        (matches!(name.as_str(), "authors" | "researchers")
            && m.first > 0
            && matches!(self.word(toks[m.first - 1]).as_ref(), "the" | "its"))
        .then_some(issuer)
    }

    /// The body an unnamed one refers back to: "the (paramilitary) group" is the body named
    /// last; "the committee" the one whose name has "Committee" ("the Kyrgyz State Committee
    /// for National Security").
    fn named_before(&self, toks: &[Token], m: &Mention) -> Option<usize> {
        let text = self.ctx.text;
        if !(m.first > 0 && self.is_word(toks, m.first - 1, "the")) {
            return None;
        }
        let words = m.span.slice(text);
        // "the operator" after "the Finnish operator Kaleva Fibre".
        if let Some(i) = self.table.described_as(words) {
            return Some(i);
        }
        // "The company said" after "the operator Kaleva Fibre", or after a firm that spoke
        // in the sentence before ("Kyma Bulk Carriers said …").
        if COMPANY_NOUNS.contains(&words) {
            let described = COMPANY_NOUNS.iter().fold(None, |best, n| {
                self.table.latest(best, self.table.described_as(n))
            });
            if let Some(i) = described.or_else(|| self.previous_body_speaker()) {
                return Some(i);
            }
        }
        if is_back_reference(words) {
            return self.table.last_collective;
        }
        (!words.contains(' ') && words.starts_with(|c: char| c.is_lowercase()))
            .then(|| self.table.organization_headed(words))
            .flatten()
    }

    /// The gender an honorific before token `first` states ("Ms Dahl", "Mr. Ortiz").
    fn honorific(&self, toks: &[Token], first: usize) -> Option<bool> {
        let mut k = first.checked_sub(1)?;
        if self.punct(toks, k) == Some('.') {
            k = k.checked_sub(1)?;
        }
        super::speakers::role_gender(toks[k].text(self.ctx.text))
            .filter(|_| toks[k].is_word() && toks[k].text(self.ctx.text).len() <= 5)
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
        // ("X, who signed the agreement with the Solomon Islands Police Minister": a body
        // met as the other party is not where X works.)
        let before = if self.is_word(toks, j.saturating_sub(1), "the") {
            j.saturating_sub(2)
        } else {
            j.saturating_sub(1)
        };
        if before > i
            && toks.get(before).is_some_and(|t| {
                matches!(
                    self.word(*t).as_ref(),
                    "with" | "against" | "to" | "between"
                )
            })
        {
            return None;
        }
        if self.is_word(toks, j, "the") {
            j += 1;
        }
        let h = self.ctx.hit_covering(toks.get(j)?.start)?;
        matches!(h.kind, ProperKind::Organization | ProperKind::Outlet)
            .then(|| h.span.slice(self.ctx.text).to_string())
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
        let outlet = subject.and_then(|m| self.as_outlet(toks, cue, m));
        let subject = outlet.as_ref().or(subject);
        let (speaker, pending_role) = match subject {
            Some(m) => self.resolve(toks, m),
            None => (None, None),
        };
        if let Some(i) = speaker
            && self.table.kind(i) == Some(crate::SpeakerKind::Person)
        {
            self.table.touch(i);
        }
        // "…, the Horn and Nile Policy Institute said in a study published on Tuesday": the
        // speaker issued the study a later "the study found" speaks for.
        if let Some(i) = speaker
            && self.in_a_document(toks, cue.end)
        {
            self.table.last_issuer = Some(i);
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

    /// The organization that was the speaker of the last cue, if that cue was in the previous
    /// sentence.
    fn previous_body_speaker(&self) -> Option<usize> {
        let prev = self.prev_sentence?;
        let e = self.events.last()?;
        let i = e.speaker?;
        (e.cue.start >= prev.start && self.table.kind(i) == Some(crate::SpeakerKind::Organization))
            .then_some(i)
    }

    /// Whether "in a report" (study, survey, assessment) follows byte `end`.
    fn in_a_document(&self, toks: &[Token], end: usize) -> bool {
        let k = toks.partition_point(|t| t.start < end);
        self.is_word(toks, k, "in")
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(self.word(*t).as_ref(), "a" | "its" | "their" | "the"))
            && toks.get(k + 2).is_some_and(|t| is_document(&self.word(*t)))
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
}

/// What opens a second clause reported by the same verb ("said A and that B").
const THAT_CLAUSE_OPENERS: [&str; 4] = [" and that ", " but that ", ", and that ", ", but that "];

/// Whether the name at byte `start` of the lowercased text follows a preposition of place
/// ("in Vienna", "to the Netherlands"): a setting, not an actor.
fn is_location(lowered: &str, start: usize) -> bool {
    let before = lowered.get(..start).unwrap_or("").trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(
        word,
        "in" | "at"
            | "near"
            | "from"
            | "to"
            | "into"
            | "across"
            | "outside"
            | "inside"
            | "within"
            | "around"
            | "through"
    )
}

/// Nouns for a business, any of which a later "the company" may have introduced it with.
const COMPANY_NOUNS: &[&str] = &["company", "firm", "operator", "utility"];

/// "group", "armed group", "organisation" (after "the"): an unnamed body noun with only
/// lowercase words before it, which refers back to a body already named.
fn is_back_reference(mention: &str) -> bool {
    let words: Vec<&str> = mention.split(' ').collect();
    words.len() <= 3
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_lowercase()))
        && words.last().is_some_and(|w| {
            matches!(
                *w,
                "group" | "organisation" | "organization" | "movement" | "militia" | "faction"
            )
        })
}
