//! What follows a speech verb when there is no "that": a bare clause ("said the border was
//! calm"), the addressee of "told" ("told reporters …"), and a short time or circumstance
//! phrase that closes a clause ("…, officials said on Monday.").

use super::Reader;
use super::grammar::{is_aux, is_be, is_grammar_word, is_quote_mark};
use crate::annotate::mentions::PREPOSITIONS;
use crate::annotate::tokens::{TokKind, Token};
use crate::annotation::Span;

/// Irregular past tenses that show a clause without "that" ("said the missiles flew …").
const IRREGULAR_PAST: &[&str] = &[
    "flew",
    "fell",
    "went",
    "came",
    "took",
    "made",
    "left",
    "began",
    "ran",
    "gave",
    "saw",
    "knew",
    "grew",
    "rose",
    "fought",
    "struck",
    "held",
    "kept",
    "led",
    "met",
    "lost",
    "paid",
    "sent",
    "spent",
    "stood",
    "won",
    "shot",
    "threw",
    "drew",
    "broke",
    "brought",
    "bought",
    "caught",
    "chose",
    "drove",
    "got",
    "meant",
    "sold",
    "sought",
    "sank",
    "spoke",
    "spread",
    "stole",
    "swore",
    "taught",
    "thought",
    "understood",
    "fled",
    "found",
    "felt",
    "heard",
    "built",
    "became",
    "hid",
    "overran",
    "withdrew",
    "seized",
    "told",
    "wrote",
    "said",
];

impl Reader<'_, '_> {
    /// A clause without "that" starting at token `after` ("the border was calm"): it opens
    /// with a word that is no preposition and has a verb within a few words.
    pub(super) fn bare_clause(&self, toks: &[Token], after: usize, s1: usize) -> Option<Span> {
        let w = self.word(*toks.get(after).filter(|_| after < s1)?);
        // "said ‘the safety of our personnel’ was its ‘top priority’": a quoted subject, then
        // its verb, outside the marks.
        if self.punct(toks, after).is_some_and(is_quote_mark)
            && toks
                .get(after + 1)
                .is_some_and(|t| after + 1 < s1 && self.in_quote(t.start))
            && let Some(close) = (after + 2..s1).find(|&k| !self.in_quote(toks[k].start))
            && self.punct(toks, close).is_some_and(is_quote_mark)
            && toks.get(close + 1).is_some_and(|t| {
                let v = self.word(*t);
                close + 1 < s1 && t.is_word() && (is_be(&v) || is_aux(&v))
            })
        {
            return Self::span(toks, after, s1);
        }
        // "said twice he was fine", "said three times he …": how often, before the clause.
        if w == "twice" || (after + 1 < s1 && self.is_word(toks, after + 1, "times")) {
            let skip = if w == "twice" { 1 } else { 2 };
            return self.bare_clause(toks, after + skip, s1);
        }
        // "Jonas Eckhoff, who wrote the study, told me …": a document as the object, and
        // the clause is over.
        if matches!(
            w.as_ref(),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this"
        ) && toks.get(after + 1).is_some_and(|t| {
            matches!(
                self.word(*t).as_ref(),
                "study"
                    | "report"
                    | "book"
                    | "article"
                    | "memo"
                    | "letter"
                    | "paper"
                    | "column"
                    | "piece"
                    | "memoir"
                    | "essay"
                    | "op-ed"
                    | "analysis"
            )
        }) && toks.get(after + 2).is_none_or(|t| t.kind == TokKind::Punct)
        {
            return None;
        }
        // "said at least 40 men had …": a quantity opens the clause.
        let quantity = matches!(w.as_ref(), "at" | "about" | "over" | "under")
            && toks.get(after + 1).is_some_and(|t| {
                t.kind == TokKind::Number
                    || matches!(self.word(*t).as_ref(), "least" | "most" | "some")
            });
        let starts_clause = (quantity || !PREPOSITIONS.contains(&w.as_ref()))
            && !matches!(w.as_ref(), "so" | "this" | "nothing" | "something" | "to")
            && matches!(toks[after].kind, TokKind::Word | TokKind::Number);
        let pronoun = matches!(w.as_ref(), "it" | "he" | "she" | "they" | "we" | "i");
        // "said Russia „respects the choice …”", "said the EU "stands with Ukraine"": a proper
        // noun and a present-tense verb.
        let name_at = if w == "the" && after + 1 < s1 {
            after + 1
        } else {
            after
        };
        let present = (self.ctx.hit_covering(toks[name_at].start).is_some()
            || self.ctx.is_name_word(toks[name_at]))
            && (name_at + 1..s1.min(name_at + 3))
                .find(|&k| toks[k].kind != TokKind::Punct)
                .is_some_and(|k| looks_present_tense(toks[k].text(self.ctx.text)));
        // "said his battalion receives …", "said the report finds …", "says the Mbera camp
        // now shelters …": a determiner, a singular noun (after up to two words naming it)
        // and a present-tense verb.
        // ("said the church now serves …": an adverb may come before the verb.)
        let present_noun = matches!(
            w.as_ref(),
            "the" | "his" | "her" | "its" | "their" | "our" | "this"
        ) && (after + 1..s1.min(after + 4))
            .take_while(|&k| toks[k].is_word())
            .any(|noun_at| {
                let noun = toks[noun_at].text(self.ctx.text);
                let verb_at = if noun_at + 2 < s1
                    && matches!(
                        self.word(toks[noun_at + 1]).as_ref(),
                        "now"
                            | "still"
                            | "also"
                            | "already"
                            | "often"
                            | "rarely"
                            | "never"
                            | "always"
                    ) {
                    noun_at + 2
                } else {
                    noun_at + 1
                };
                verb_at < s1
                    && toks[verb_at].is_word()
                    && noun.starts_with(|c: char| c.is_ascii_lowercase())
                    && !noun.ends_with('s')
                    && (after + 1..noun_at).all(|k| !is_grammar_word(&self.word(toks[k])))
                    && looks_present_tense(toks[verb_at].text(self.ctx.text))
            });
        // "says the juntas value Moscow …": a determiner, a plural noun and a base form.
        let plural_present = matches!(
            w.as_ref(),
            "the" | "his" | "her" | "its" | "their" | "our" | "these" | "those"
        ) && after + 2 < s1
            && {
                let noun = toks[after + 1].text(self.ctx.text);
                let verb = self.word(toks[after + 2]);
                toks[after + 1].is_word()
                    && toks[after + 2].is_word()
                    && noun.len() > 3
                    && noun.starts_with(|c: char| c.is_ascii_lowercase())
                    && noun.ends_with('s')
                    && !noun.ends_with("ss")
                    && !verb.ends_with('s')
                    && could_be_verb(&verb)
                    && !matches!(verb.as_ref(), "last" | "next")
            };
        // "say gangs «own the night»", "say talks remain stalled": a bare plural noun and a
        // base form (quoted or not).
        let bare_plural = {
            let noun = toks[after].text(self.ctx.text);
            let verb_at = if self.punct(toks, after + 1).is_some_and(is_quote_mark) {
                after + 2
            } else {
                after + 1
            };
            verb_at < s1
                && toks[after].is_word()
                && toks[verb_at].is_word()
                && noun.len() > 3
                && noun.starts_with(|c: char| c.is_ascii_lowercase())
                && noun.ends_with('s')
                && !noun.ends_with("ss")
                && !noun.ends_with("us")
                && !is_grammar_word(&w)
                && {
                    let verb = self.word(toks[verb_at]);
                    !verb.ends_with('s')
                        && could_be_verb(&verb)
                        && !matches!(verb.as_ref(), "last" | "next" | "ago" | "and" | "who")
                }
        };
        // "say about 300 people remain", "said three soldiers died": a count, what it counts
        // and a verb (of any tense: the count shows the clause).
        let count_at = match w.as_ref() {
            "about" | "some" | "nearly" | "almost" | "around" | "roughly" | "over" | "under"
            | "approximately" => after + 1,
            "more" | "fewer" | "less" | "at" => after + 2,
            _ => after,
        };
        let counted = count_at + 2 < s1
            && toks[count_at + 1..count_at + 3].iter().all(|t| t.is_word())
            && (toks[count_at].kind == TokKind::Number
                || crate::annotate::figures::is_number_word(self.word(toks[count_at]).as_bytes()))
            && {
                let noun = toks[count_at + 1].text(self.ctx.text);
                // ("said 400,000 people in North Kordofan face …": a place after the noun.)
                let verb_at = self.after_place_phrase(toks, count_at + 2, s1);
                let verb = self.word(toks[verb_at]);
                noun.starts_with(|c: char| c.is_ascii_lowercase())
                    && !matches!(noun, "times" | "of" | "per")
                    && could_be_verb(&verb)
                    && !matches!(verb.as_ref(), "ago" | "later")
            };
        let pronoun =
            pronoun || present || present_noun || plural_present || counted || bare_plural;
        let has_verb = pronoun
            || (after + 1..s1.min(after + 15)).any(|k| {
                let kw = self.word(toks[k]);
                (kw.len() > 4 && kw.ends_with("ed"))
                    || is_be(&kw)
                    || IRREGULAR_PAST.contains(&kw.as_ref())
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
                            | "did"
                            | "does"
                            | "do"
                    )
            });
        if starts_clause && has_verb {
            Self::span(toks, after, s1)
        } else {
            None
        }
    }

    /// After a short phrase placing a noun ("in North Kordofan", "in the region", "across
    /// the Sahel"), the token that follows it; otherwise `k` itself.
    fn after_place_phrase(&self, toks: &[Token], k: usize, s1: usize) -> usize {
        if !matches!(
            self.word(toks[k]).as_ref(),
            "in" | "across" | "from" | "near" | "inside" | "along" | "around"
        ) {
            return k;
        }
        let mut j = k + 1;
        if self.is_word(toks, j, "the") {
            j += 1;
        }
        let text = self.ctx.text;
        let capitalised = (j..s1.min(j + 3))
            .take_while(|&x| toks[x].is_word() && toks[x].starts_upper(text))
            .count();
        let end = if capitalised > 0 {
            j + capitalised
        } else if j > k + 1 && j < s1 && toks[j].is_word() {
            j + 1
        } else {
            return k;
        };
        if end < s1 && toks[end].is_word() {
            end
        } else {
            k
        }
    }

    /// The end (exclusive) of the addressee of "told" at token `after`: "reporters", "the
    /// BBC", "a news conference", "him". None when no short mention follows.
    pub(super) fn addressee_end(&self, toks: &[Token], after: usize, s1: usize) -> Option<usize> {
        let last = s1.min(after + 4);
        (after..last).rev().find_map(|e| {
            if toks[after..=e].iter().any(|t| t.kind != TokKind::Word) {
                return None;
            }
            let w = self.word(toks[e]);
            let object_pronoun = e == after
                && matches!(
                    w.as_ref(),
                    "him"
                        | "her"
                        | "them"
                        | "us"
                        | "me"
                        | "reporters"
                        | "journalists"
                        // ("told lawmakers on Wednesday", "told parliament")
                        | "lawmakers"
                        | "legislators"
                        | "senators"
                        | "parliament"
                        | "parliamentarians"
                        | "congress"
                        | "investigators"
                        | "supporters"
                );
            // "told this programme", "told this newspaper": the outlet itself.
            let this_outlet = e == after + 1
                && self.is_word(toks, after, "this")
                && matches!(
                    w.as_ref(),
                    "programme"
                        | "program"
                        | "newspaper"
                        | "paper"
                        | "station"
                        | "website"
                        | "channel"
                        | "magazine"
                        | "publication"
                        | "reporter"
                        | "correspondent"
                        | "podcast"
                        | "broadcaster"
                        | "agency"
                );
            let conference = e > after
                && matches!(
                    w.as_ref(),
                    "conference" | "briefing" | "media" | "television" | "radio" | "press"
                )
                // ("told the jury", "told the court", "told the committee")
                || (e == after + 1
                    && self.is_word(toks, after, "the")
                    && matches!(
                        w.as_ref(),
                        "jury" | "court" | "tribunal" | "committee" | "inquiry" | "panel"
                            | "hearing" | "chamber" | "house" | "senate" | "assembly" | "crowd"
                    ));
            let m = self.ctx.mention_back(toks, e, after);
            let is_mention = m.is_some_and(|m| {
                m.first == after
                    || (m.first == after + 1
                        && matches!(self.word(toks[after]).as_ref(), "the" | "a" | "an"))
            });
            (object_pronoun || this_outlet || conference || is_mention).then_some(e + 1)
        })
    }
    /// The end (the punctuation token) of a short time or circumstance phrase at token
    /// `after` that closes a clause: "on Monday", "late on Sunday", "last week", "in a
    /// statement", "yesterday".
    pub(super) fn circumstance_end(
        &self,
        toks: &[Token],
        after: usize,
        s1: usize,
    ) -> Option<usize> {
        let w = self.word(*toks.get(after).filter(|_| after < s1)?);
        let time_word = |k: usize| toks.get(k).is_some_and(|t| self.is_time_word(*t));
        // "As Kallenius put it to me last year, “…”": whom it was said to (and when).
        if w == "to"
            && toks.get(after + 1).is_some_and(|t| {
                matches!(
                    self.word(*t).as_ref(),
                    "me" | "him" | "her" | "us" | "them" | "reporters" | "journalists"
                )
            })
        {
            let end = (after..s1.min(after + 6)).find(|&k| toks[k].kind == TokKind::Punct)?;
            return matches!(self.punct(toks, end), Some(',' | '.' | '!' | '?' | ';'))
                .then_some(end);
        }
        let opener = is_circumstance_opener(&w);
        if !opener {
            return None;
        }
        // "in a report published on Tuesday": up to eight words, none of them opening a
        // clause ("on Sunday that its emergency department had reopened,").
        let end = (after..s1.min(after + 9)).find(|&k| toks[k].kind == TokKind::Punct)?;
        if !matches!(self.punct(toks, end), Some(',' | '.' | '!' | '?' | ';'))
            || (after..end).any(|k| self.word(toks[k]) == "that")
        {
            return None;
        }
        let single = end == after + 1 && is_time_adverb(&w);
        (single || (after + 1..end).any(time_word)).then_some(end)
    }

    /// A word that ends a time or circumstance phrase: a weekday, "week", "statement", "post",
    /// a month, a number.
    fn is_time_word(&self, t: Token) -> bool {
        t.kind == TokKind::Number || {
            let w = self.word(t);
            matches!(
                w.as_ref(),
                "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "week"
                    | "month"
                    | "year"
                    | "night"
                    | "weekend"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "statement"
                    | "interview"
                    | "briefing"
                    | "release"
                    | "conference"
                    // ("said in a post on X.", "said in a video message.")
                    | "post"
                    | "message"
                    | "video"
                    | "speech"
                    | "tweet"
                    | "email"
            ) || crate::annotate::dates::is_month(t.text(self.ctx.text))
        }
    }

    /// Where a short time or circumstance phrase at token `after` ends when a clause
    /// follows it without a comma: "said on Thursday it would …" → after "Thursday".
    pub(super) fn time_phrase_end(&self, toks: &[Token], after: usize, s1: usize) -> Option<usize> {
        let w = self.word(*toks.get(after).filter(|_| after < s1)?);
        if !is_circumstance_opener(&w) {
            return None;
        }
        if is_time_adverb(&w) {
            return Some(after + 1);
        }
        (after + 1..s1.min(after + 5))
            .take_while(|&k| toks[k].is_word() || toks[k].kind == TokKind::Number)
            .find(|&k| self.is_time_word(toks[k]))
            .map(|k| k + 1)
    }
}

/// A lowercase word (lowered already) after a clause's subject that may be its verb: not an
/// adverb in -ly, a participle, a preposition, a grammar word or a conjunction.
fn could_be_verb(v: &str) -> bool {
    v.len() > 2
        && v.starts_with(|c: char| c.is_ascii_lowercase())
        && !v.ends_with("ly")
        && !v.ends_with("ing")
        && !PREPOSITIONS.contains(&v)
        && !is_grammar_word(v)
        && !matches!(v, "and" | "or" | "but" | "of")
}

/// A lowercase word that reads as a third-person present verb ("respects", "receives"), not
/// as "less", "across" or "serious".
fn looks_present_tense(v: &str) -> bool {
    v.len() > 3
        && v.starts_with(|c: char| c.is_ascii_lowercase())
        && v.ends_with('s')
        && !v.ends_with("ss")
        && !v.ends_with("ous")
}

/// A time phrase of one word ("yesterday", "overnight").
fn is_time_adverb(w: &str) -> bool {
    matches!(
        w,
        "yesterday" | "today" | "earlier" | "later" | "tonight" | "overnight"
    )
}

/// Words that open a time or circumstance phrase ("on Monday", "late on Sunday", "in a
/// statement", "yesterday").
fn is_circumstance_opener(w: &str) -> bool {
    matches!(
        w,
        "on" | "in"
            | "late"
            | "early"
            | "last"
            | "this"
            | "yesterday"
            | "today"
            | "earlier"
            | "later"
            | "tonight"
            | "overnight"
    )
}
