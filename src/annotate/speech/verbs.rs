//! A speech verb and what it reports: `X said (that) …`, `X told <outlet> that …`,
//! `"…," X said`, `…, he said.`, `As X said, …`, `X urged Y to …`, `X denied …`,
//! `X writes about this`, `which X calls …`, participles (`, warning that …`) and
//! coordinated verbs (`… and called on …`).

use super::grammar::{is_aux, is_be, is_quote_mark};
use super::{Event, Reader, Subj, trim_content};
use crate::annotate::lexicon::VerbForm;
use crate::annotate::mentions::{MentionKind, PREPOSITIONS, is_honorific, is_issued};
use crate::annotate::tokens::{TokKind, Token};
use crate::annotation::Span;

impl Reader<'_, '_> {
    /// A speech verb at token `i`.
    pub(super) fn verb(
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
        });
        // "was quoted by the state news agency Khovar as saying": the agent inside the verb.
        let (form, v_end) = match form {
            Some(f) => (f, i + f.rest.len()), // last token of the verb
            None => {
                let f = forms
                    .iter()
                    .find(|f| f.lemma == "quote" && f.rest.first().is_some_and(|w| w == "as"))?;
                if !self.is_word(toks, i + 1, "by") {
                    return self.quoted_object(paragraph, toks, s1, i);
                }
                let as_at = (i + 2..s1.min(i + 12)).find(|&k| {
                    self.is_word(toks, k, "as") && self.is_word(toks, k + 1, "saying")
                })?;
                (f, as_at + 1)
            }
        };
        let class = form.class;
        if !(class.speech || class.directive || class.naming || class.written) {
            return None;
        }
        let prev = i.checked_sub(1).filter(|&p| p >= s0);
        let prev_word = prev.map(|p| self.word(toks[p]));
        // Passives ("is said to", "were denied") and infinitives ("to say") are not cues,
        // except the passive that names its speaker as subject ("was quoted as saying").
        let quoted_as = form.lemma == "quote" && form.rest.first().is_some_and(|w| w == "as");
        if prev_word.as_deref().is_some_and(|w| {
            (is_be(w) && !quoted_as)
                || w == "to"
                || is_determiner(w)
                // ("rests on one fear: that …": a number before the bare form, a noun.)
                || (w == "one" && self.word(toks[i]) == form.lemma)
                // "after question period", "without comment": a preposition takes a noun, and
                // no verb's bare form follows one.
                || (PREPOSITIONS.contains(&w) && self.word(toks[i]) == form.lemma)
                // Right after another verb it is a noun: "did not answer questions", "said
                // reports were wrong" (but "the report says": that one was a noun, and so is a
                // capitalised one, "Ana Post said").
                || (self.ctx.lex.verb_forms(w).is_some()
                    && prev.is_some_and(|p| !toks[p].starts_upper(text))
                    && !i
                        .checked_sub(2)
                        .filter(|&d| d >= s0)
                        .is_some_and(|d| is_determiner(&self.word(toks[d]))))
        }) {
            return None;
        }
        // "dismissed the Lithuanian claims as “absurd fantasies”": after an article and one
        // word, before "as" or "of", the word is a plural noun.
        if i >= s0 + 2
            && toks[i - 1].is_word()
            && matches!(
                self.word(toks[i - 2]).as_ref(),
                "the" | "these" | "those" | "such"
            )
            && toks
                .get(i + 1)
                .is_some_and(|t| matches!(self.word(*t).as_ref(), "as" | "of"))
        {
            return None;
        }
        // "A man accused of spying told the court": a participle after its noun, passive
        // with no object, says nothing ("Russia accused Kyiv of …" has its object first).
        if form.rest.is_empty()
            && form.lemma == "accuse"
            && self.is_word(toks, i + 1, "of")
            && self.word(toks[i]).ends_with("ed")
        {
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
        let mut after = v_end + 1;
        // A parenthetical adverb between the verb and its clause: "warned, however, that …".
        if after + 3 < s1
            && self.punct(toks, after) == Some(',')
            && self.punct(toks, after + 2) == Some(',')
            && matches!(
                self.word(toks[after + 1]).as_ref(),
                "however" | "though" | "moreover" | "nevertheless" | "also" | "again" | "too"
            )
            && self.is_word(toks, after + 3, "that")
        {
            after += 3;
        }
        // "reported on June 8, citing two people familiar with the investigation, that …":
        // the sources cited (after a time), between the verb and its clause.
        let comma = if self.punct(toks, after) == Some(',') {
            Some(after)
        } else {
            self.circumstance_end(toks, after, s1)
                .filter(|&e| self.punct(toks, e) == Some(','))
        };
        if let Some(c) = comma
            && toks
                .get(c + 1)
                .is_some_and(|t| matches!(self.word(*t).as_ref(), "citing" | "quoting"))
            && let Some(c2) = (c + 2..s1.min(c + 18)).find(|&k| toks[k].kind == TokKind::Punct)
            && self.punct(toks, c2) == Some(',')
            && self.is_word(toks, c2 + 1, "that")
        {
            after = c2 + 1;
        }
        let next_word = toks
            .get(after)
            .filter(|_| after < s1)
            .map(|t| self.word(*t));
        // "It did not say whether US forces had struck …", "declined to say how many …": what
        // a speaker left unsaid is nobody's claim.
        if next_word.as_deref().is_some_and(|w| {
            matches!(
                w,
                "whether" | "if" | "how" | "what" | "who" | "when" | "why" | "where" | "which"
            )
        }) && (cue_start.saturating_sub(3).max(s0)..cue_start).any(|k| {
            matches!(
                self.word(toks[k]).as_ref(),
                "not" | "n't" | "never" | "declined" | "refused" | "declining" | "refusing"
            )
        }) {
            return None;
        }
        // "the constitutional question was …", "in Táchira and Zulia states and would …": a
        // verb form right before a finite verb or a conjunction is a noun (no speech verb
        // takes a finite verb or "and" as its content).
        // ("firms, which she said were ‘the weakest link’": after a pronoun it is the verb.)
        if !form.participle
            && !prev_word
                .as_deref()
                .is_some_and(|w| matches!(w, "she" | "he" | "they" | "we" | "i" | "it"))
            && next_word.as_deref().is_some_and(|w| {
                matches!(
                    w,
                    "is" | "was"
                        | "are"
                        | "were"
                        | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "should"
                        | "must"
                        | "and"
                        | "or"
                )
            })
        {
            return None;
        }
        // "the Russian state coal company", "state media": "state" before a lowercase word
        // modifies it, unless a subject or an auxiliary makes it a verb ("they state").
        if self.word(toks[i]) == "state"
            && toks.get(after).is_some_and(|t| {
                after < s1 && t.is_word() && !t.starts_upper(text) && self.word(*t) != "that"
            })
            && !prev_word.as_deref().is_some_and(|w| {
                is_aux(w) || matches!(w, "to" | "not" | "they" | "we" | "i" | "you")
            })
        {
            return None;
        }
        let next_punct = if after < s1 {
            self.punct(toks, after)
        } else {
            Some('.')
        };

        // Participles continue the subject of the sentence: ", warning that …".
        if form.participle {
            let cue = Span::new(toks[i].start, toks[v_end].end);
            // "issued a statement through his lawyers calling on …": a document speaks for
            // the subject of the sentence.
            let document =
                (i.saturating_sub(6).max(s0)..i).find(|&k| is_issued(&self.word(toks[k])));
            // The verb that issued the document has the speaker as its subject.
            let issuer = document.and_then(|d| {
                (d.saturating_sub(3).max(s0)..d)
                    .find(|&k| {
                        matches!(
                            self.word(toks[k]).as_ref(),
                            "issued" | "released" | "published" | "posted" | "sent" | "put"
                        )
                    })
                    .and_then(|k| self.subject_before(toks, k, s0))
            });
            // "…, with senior Conservatives claiming it would leave the base exposed": an
            // absolute phrase, whose subject is its own.
            // (The cheap tests first: "with" a few words back, before parsing a mention.)
            if class.speech
                && let Some(p) = prev
                && toks[p].is_word()
                && let Some(with) = (p.saturating_sub(6).max(s0)..p)
                    .rev()
                    .find(|&k| self.is_word(toks, k, "with"))
                && let Some(m) = self.ctx.mention_back(toks, p, s0)
                && m.last == p
                && m.first > with
                && m.first <= with + 3
                // ("with Tory MP Mark Francis saying": a title before the name.)
                && toks[with + 1..m.first]
                    .iter()
                    .all(|t| t.is_word() && t.starts_upper(text))
            {
                let content = match next_word.as_deref() {
                    Some("that") => Self::span(toks, after + 1, s1),
                    Some(w)
                        if form.lemma == "say"
                            || matches!(
                                w,
                                "it" | "they"
                                    | "he"
                                    | "she"
                                    | "we"
                                    | "the"
                                    | "a"
                                    | "an"
                                    | "this"
                                    | "there"
                                    | "its"
                                    | "their"
                            )
                            || toks[after].starts_upper(text) =>
                    {
                        Self::span(toks, after, s1)
                    }
                    _ => None,
                }?;
                self.push(
                    toks,
                    paragraph,
                    cue,
                    Some(&m),
                    Some(content),
                    toks[with].start,
                );
                return Some(after);
            }
            if prev.is_none_or(|p| self.punct(toks, p) != Some(',')) {
                let m = issuer?;
                let content = if class.directive {
                    self.directive_content(toks, after, s1)
                } else if next_word.as_deref() == Some("that") && class.speech {
                    Self::span(toks, after + 1, s1)
                } else {
                    None
                }?;
                self.push(
                    toks,
                    paragraph,
                    cue,
                    Some(&m),
                    Some(content),
                    toks[i - 1].start,
                );
                return Some(after);
            }
            let subject = self
                .events
                .iter()
                .rev()
                .take_while(|e| e.cue.start >= toks[s0].start)
                .find(|e| e.speaker.is_some())
                .map(|e| (e.speaker, e.source));
            // ", warning in a post on X that …": where it was said, then "that".
            let that = match next_word.as_deref() {
                Some("that") => Some(after),
                Some("in" | "on") => (after + 1..s1.min(after + 9))
                    .take_while(|&k| toks[k].is_word())
                    .find(|&k| self.is_word(toks, k, "that")),
                // (", telling the jury that …": whom, then "that".)
                _ if form.lemma == "tell" => self
                    .addressee_end(toks, after, s1)
                    .filter(|&e| self.is_word(toks, e, "that")),
                _ => None,
            };
            let content = if let Some(that) = that.filter(|_| class.speech) {
                Self::span(toks, that + 1, s1)
            } else if form.lemma == "say" && next_word.is_some() {
                // ", saying the attack was …"
                Self::span(toks, after, s1)
            } else if class.directive {
                self.directive_content(toks, after, s1)
            } else if class.naming && !class.speech && form.rest.is_empty() {
                // ", calling the issue “the one door that has never closed.”"
                self.named_phrase(toks, after, s1)
                    .map(|(content, _)| content)
            } else {
                None
            }?;
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
        // "said it would set up a task force and would ask the Assembly for funds": a modal
        // verb group inside the reported clause continues that clause's subject ("it"), not
        // the speaker's; the clause is one claim.
        if let Some(c) = conj
            && cue_start < i
            && matches!(
                self.word(toks[cue_start]).as_ref(),
                "would" | "will" | "could" | "should" | "might" | "may" | "can" | "had"
            )
            && self.events.last().is_some_and(|e| {
                e.cue.start >= toks[s0].start
                    && e.content
                        .is_some_and(|x| x.start <= toks[c].start && toks[c].end <= x.end)
            })
        {
            return None;
        }
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
                // "X, whose powers are ceremonial, went further and described …": the
                // subject of the first verb of the coordination.
                // "The spokesman declined to say how many units had moved, but said …": after
                // a comma, the subject of the sentence.
                None => match conj.and_then(|c| {
                    self.subject_before(toks, c, s0).or_else(|| {
                        (self.punct(toks, c - 1) == Some(','))
                            .then(|| self.main_subject(toks, s0, c - 1))
                            .flatten()
                            .filter(|m| m.first == s0 || m.first == s0 + 1)
                    })
                }) {
                    Some(m)
                        if matches!(
                            m.kind,
                            MentionKind::Person { .. } | MentionKind::Role { .. }
                        ) =>
                    {
                        Subj::Mention(m)
                    }
                    _ => return self.inverted(paragraph, toks, s0, s1, i, v_end, prev),
                },
            },
        };
        // "few people in either capital expect that to change": a negative quantifier makes
        // it the writer's assessment, not anyone's words.
        if let Subj::Mention(m) = &subject
            && matches!(self.word(toks[m.first]).as_ref(), "few")
        {
            return None;
        }
        let cue_only = Span::new(toks[cue_start].start, toks[v_end].end);
        let clause_start = {
            // The clause starts at the subject, or at "as" / "and" / a comma before it.
            let mut f = subject.first();
            if f > s0 && matches!(self.word(toks[f - 1]).as_ref(), "a" | "an" | "the") {
                f -= 1;
            }
            let mut c = f;
            if f > s0
                && matches!(
                    self.word(toks[f - 1]).as_ref(),
                    "as" | "and" | "but" | "which"
                )
            {
                c = f - 1;
            }
            // "…, in what it called the most serious incursion since …"
            if f > s0 + 1
                && self.is_word(toks, f - 1, "what")
                && matches!(self.word(toks[f - 2]).as_ref(), "in" | "to" | "of" | "into")
            {
                c = f - 2;
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
            // (Marks around a term, "call them ‘drifters’, he added, because …", quote
            // nothing: the clause before is read as if they were not there.)
            let closing = q.filter(|&q| self.quote_closed_at(toks[q].start));
            let closing = closing.filter(|&q| {
                (q > s0 && matches!(self.punct(toks, q - 1), Some(',' | '.' | '?' | '!')))
                    || self.punct(toks, q + 1) == Some(',')
                    || q + 1 == b
            });
            // `… “within weeks”, and diplomats said …`, `… “not dead”, adding that he
            // expected …`: a conjunction opens a clause of its own; the quotation belongs to
            // the clause before.
            let closing = closing.filter(|&q| {
                !toks[q + 1..b].iter().any(|t| {
                    matches!(
                        self.word(*t).as_ref(),
                        "and" | "but" | "while" | "whereas" | "as" | "because" | "that"
                    )
                })
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
        // "It's wrong if it thinks that's the end of the story": a condition, not a claim.
        if before_subject
            .is_some_and(|b| self.is_word(toks, b, "if") || self.is_word(toks, b, "unless"))
        {
            return None;
        }
        let as_clause = before_subject.is_some_and(|b| self.is_word(toks, b, "as"));
        // "which The Telegraph calls …", "what India described as …"
        let which_clause = before_subject
            .is_some_and(|b| self.is_word(toks, b, "which") || self.is_word(toks, b, "what"));

        // "which The Telegraph calls NATO’s weakest flank"
        if which_clause && class.naming && next_word.is_some() {
            // ("which Beijing called “routine training,” involved …": the name given in
            // marks, a partial quote.)
            let quoted = self.punct(toks, after).is_some_and(is_quote_mark)
                && toks
                    .get(after + 1)
                    .is_some_and(|t| after + 1 < s1 && self.in_quote(t.start));
            let end = if quoted {
                let q = self.quotes[self
                    .quotes
                    .partition_point(|q| q.end <= toks[after + 1].start)];
                (after + 1..s1)
                    .find(|&k| {
                        toks[k].start >= q.end && self.punct(toks, k).is_some_and(is_quote_mark)
                    })
                    .map_or(s1, |close| close + 1)
            } else {
                (after..s1)
                    .find(|&k| self.punct(toks, k).is_some())
                    .unwrap_or(s1)
            };
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
        // "X called the strikes “a blatant act of war”": what was named and the name given,
        // in quotation marks. The name is also a direct quote; the claim is the whole act of
        // naming, as with any partial quote inside reported speech.
        if class.naming && !class.speech && form.rest.is_empty() {
            // "a gang leader who calls himself «General Sonson»": a name taken, not speech;
            // "villagers call the jets “the black birds”": a name in use (the present tense
            // of habit), not something said once.
            let verb = self.word(toks[i]);
            if next_word
                .as_deref()
                .is_some_and(|w| matches!(w, "himself" | "herself" | "itself" | "themselves"))
                || !(verb.ends_with("ed") || verb.ends_with("ing"))
            {
                return None;
            }
            // "a Telegram channel called „Rychlé peníze“": a participle after a thing names
            // it; no one speaks.
            if i > s0
                && toks[i - 1].is_word()
                && !toks[i - 1].starts_upper(text)
                && toks
                    .get(after)
                    .and_then(|t| t.punct(text))
                    .is_some_and(is_quote_mark)
                && !self.ctx.is_title_head(toks[i - 1])
                && {
                    let prev = self.word(toks[i - 1]);
                    !self.ctx.lex.is_group_noun(&prev)
                        && !self.ctx.lex.is_body_noun(&prev)
                        && !is_aux(&prev)
                        && !is_be(&prev)
                }
            {
                return None;
            }
            let (content, close) = self.named_phrase(toks, after, s1)?;
            self.push_subj(
                toks,
                paragraph,
                cue_only,
                &subject,
                Some(content),
                clause_start,
            );
            // (Read on after the name: a cue there, "and vowed that …", ends the phrase.)
            return Some(close + 1);
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

        // "…, health officials said on Monday.": a short time or circumstance phrase may
        // sit between the verb and the end of the clause.
        let tail = next_punct
            .is_none()
            .then(|| self.circumstance_end(toks, after, s1))
            .flatten();
        let (after, next_punct) = match tail {
            Some(t) => (t, self.punct(toks, t)),
            None => (after, next_punct),
        };
        match (next_word.as_deref().filter(|_| tail.is_none()), next_punct) {
            // "X said that …" and "X said: …": the content starts after the word or colon.
            (Some("that"), _) | (_, Some(':')) if class.speech => {
                // "rejected that account.", "disputes that.": "that" points to something
                // said before; there is no clause after it.
                let demonstrative = next_punct != Some(':')
                    && (after + 1 >= s1
                        || (toks[after + 1].is_word()
                            && (after + 2 >= s1
                                || matches!(
                                    self.punct(toks, after + 2),
                                    Some('.' | '!' | '?' | ';')
                                ))));
                if demonstrative {
                    self.push_subj(toks, paragraph, cue_only, &subject, None, clause_start);
                    return Some(after + 1);
                }
                // "said that's not true": "that" is the pronoun of the clause.
                let pronoun = toks
                    .get(after + 1)
                    .is_some_and(|t| t.kind == TokKind::Possessive);
                self.push_subj(
                    toks,
                    paragraph,
                    cue_only,
                    &subject,
                    Self::span(toks, after + usize::from(!pronoun), s1),
                    clause_start,
                );
                return Some(after + 1);
            }
            // ("“Who will pay me for it?” he asked.": a question in the speaker's marks.)
            (_, Some(',' | '.' | '!' | '?' | ';'))
                if (class.speech && !class.needs_that)
                    || (form.lemma == "ask" && self.quote_closes_before(toks, subject.first())) =>
            {
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
                if let Some((content, clause)) = self.clause_before(toks, s0, subject.first()) {
                    // "Nobody, the weekly noted, has published a photograph": the cue
                    // interrupts the clause, which goes on after it (a participle there,
                    // ", tapping the glass", is the writer's).
                    let resumes = next_punct == Some(',')
                        && toks.get(after + 1).is_some_and(|t| {
                            let w = self.word(*t);
                            after + 1 < s1
                                && t.is_word()
                                // ("costs", "remained": a verb; "adding": the writer's.)
                                && (is_be(&w)
                                    || (w.len() > 3
                                        && (w.ends_with("ed")
                                            || (w.ends_with('s') && !w.ends_with("ss")))
                                        && w.starts_with(|c: char| c.is_lowercase()))
                                    // "The names, Mammadli says, matter less than …": a
                                    // plural verb, after a clause with no verb of its own.
                                    || (w.len() > 3
                                        && !w.ends_with("ing")
                                        && !w.ends_with("ly")
                                        && !PREPOSITIONS.contains(&w.as_ref())
                                        && !is_function_word(&w)
                                        && t.text(text).starts_with(char::is_lowercase)
                                        && (s0..subject.first()).all(|k| {
                                            !toks[k].is_word()
                                                || !is_finite_verb(&self.word(toks[k]))
                                        }))
                                    // "In return, prosecutors say, he received …": after
                                    // an opener with no verb, the clause with its subject.
                                    // ("In 2018, she writes, a senior member … told
                                    // her …": a noun phrase after such an opener.)
                                    || (matches!(
                                        w.as_ref(),
                                        "he" | "she" | "they" | "we" | "a" | "an" | "the"
                                    )
                                        && (s0..subject.first()).all(|k| {
                                            !toks[k].is_word()
                                                || !is_finite_verb(&self.word(toks[k]))
                                        }))
                                    // "…, he added, because nobody can say …": a reason
                                    // or condition belongs to what was said (a concession,
                                    // ", though nobody is surprised", is the writer's).
                                    || matches!(w.as_ref(), "because" | "unless")
                                    // "…, he said, with some 800 units in service by …": a
                                    // count goes on with the report (", with a smile" is
                                    // the writer's).
                                    || (w == "with"
                                        && toks.get(after + 2).is_some_and(|n| {
                                            n.kind == TokKind::Number
                                                || matches!(
                                                    self.word(*n).as_ref(),
                                                    "some"
                                                        | "about"
                                                        | "around"
                                                        | "nearly"
                                                        | "almost"
                                                        | "roughly"
                                                        | "more"
                                                        | "at"
                                                        | "up"
                                                )
                                        }))
                                    || matches!(
                                        w.as_ref(),
                                        "has"
                                            | "have"
                                            | "had"
                                            | "will"
                                            | "would"
                                            | "could"
                                            | "may"
                                            | "might"
                                            | "must"
                                            | "should"
                                            | "can"
                                            | "cannot"
                                    ))
                        });
                    // "Without it, he warned, “Kharkiv becomes a second Avdiivka.”": after a
                    // verbless opener, the quotation goes on with the sentence.
                    let resumes = resumes
                        || (next_punct == Some(',')
                            && toks
                                .get(after + 2)
                                .is_some_and(|t| after + 2 < s1 && self.in_quote(t.start))
                            && self.punct(toks, after + 1).is_some_and(is_quote_mark)
                            && (s0..subject.first()).all(|k| {
                                !toks[k].is_word() || !is_finite_verb(&self.word(toks[k]))
                            }));
                    let content = match content {
                        Some(c) if resumes => self.whole_sentence(toks, s0, s1).or(Some(c)),
                        c => c,
                    };
                    self.push_subj(toks, paragraph, cue_only, &subject, content, clause);
                    return Some(after);
                }
                return None;
            }
            _ => {}
        }

        // "Many of them, she told the session, could not afford …": the cue and its addressee
        // interrupt the clause, which goes on after them.
        if form.lemma == "tell"
            && form.rest.is_empty()
            && let Some(e) = (after + 1..s1.min(after + 5))
                .find(|&k| toks[k].kind != TokKind::Word)
                .filter(|&e| self.punct(toks, e) == Some(','))
            && subject.first() > s0
            && self.punct(toks, subject.first() - 1) == Some(',')
            && toks
                .get(e + 1)
                .is_some_and(|t| e + 1 < s1 && t.is_word() && !t.starts_upper(text))
            && let Some((Some(_), clause)) = self.clause_before(toks, s0, subject.first())
        {
            let cue = Span::new(toks[cue_start].start, toks[e - 1].end);
            let content = self.whole_sentence(toks, s0, s1);
            self.push_subj(toks, paragraph, cue, &subject, content, clause);
            return Some(e);
        }
        // "told the Kilindini Times they heard …", "told reporters the attack fitted a
        // pattern …": the reported clause right after the addressee, with no "that".
        if form.lemma == "tell"
            && form.rest.is_empty()
            && let Some(c) = self.clause_after_addressee(toks, after, s1)
        {
            let cue = Span::new(toks[cue_start].start, toks[c - 1].end);
            self.push_subj(
                toks,
                paragraph,
                cue,
                &subject,
                Self::span(toks, c, s1),
                clause_start,
            );
            return Some(c);
        }
        // "told the Telegraph that …": the addressee belongs to the cue.
        if next_word.is_some() && class.speech {
            // Verbs with an addressee; it may have an appositive ("told the Storting, Norway's
            // parliament:") or a place ("told a crowded press conference at the Central Police
            // Office in Peshawar that"), so "that" may come later than after other verbs.
            let addressed = matches!(form.lemma.as_str(), "tell" | "remind" | "assure" | "warn");
            // ("said in a statement on its official social media account that")
            let reach = if addressed { 14 } else { 12 };
            let that = (after..s1.min(after + reach))
                .find(|&k| self.is_word(toks, k, "that") || self.punct(toks, k) == Some(':'));
            // Between the verb and "that" only an addressee ("told the Telegraph") or a
            // circumstance ("said in a statement", "said on Tuesday"); otherwise the "that"
            // is a relative pronoun ("advocates for a resolution that …").
            // "predicts a repeat: “…”": a short object before a colon and a quotation.
            let colon_quote = that.is_some_and(|t| {
                self.punct(toks, t) == Some(':')
                    && toks
                        .get(t + 1)
                        .and_then(|q| q.punct(text))
                        .is_some_and(is_quote_mark)
            });
            // "said privately that", "warned repeatedly that"
            let adverb = next_word
                .as_deref()
                .is_some_and(|w| w.len() > 4 && w.ends_with("ly") && that == Some(after + 1));
            // "has said for decades that", "has argued for years that": how long.
            let duration = next_word.as_deref() == Some("for")
                && (after + 1..s1.min(after + 4)).any(|k| {
                    matches!(
                        self.word(toks[k]).as_ref(),
                        "decades" | "years" | "months" | "weeks" | "days" | "long"
                    )
                });
            let opener_ok = addressed
                || colon_quote
                || adverb
                || duration
                || matches!(
                    next_word.as_deref(),
                    Some(
                        "in" | "on"
                            | "by"
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
                            | "later"
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
                            || (addressed && k > after && self.punct(toks, k) == Some(','))
                    })
                });
            if let (Some(t), true) = (that, clean) {
                let cue = if addressed {
                    // Up to the addressee, without the comma closing its appositive.
                    let mut last = t - 1;
                    while last > after && self.punct(toks, last) == Some(',') {
                        last -= 1;
                    }
                    Span::new(toks[cue_start].start, toks[last].end)
                } else {
                    cue_only
                };
                self.push_subj(
                    toks,
                    paragraph,
                    cue,
                    &subject,
                    Self::span(toks, t + 1, s1).or_else(|| {
                        // ("wrote on X shortly after midnight:" and the post as the next
                        // paragraph.)
                        (t + 1 == toks.len() && self.punct(toks, t) == Some(':'))
                            .then(|| self.quote_after(toks, t))
                            .flatten()
                    }),
                    clause_start,
                );
                return Some(t + 1);
            }
        }
        // "Both groups claim to act on behalf of the state", "vowed to retake the town".
        let commits = matches!(
            form.lemma.as_str(),
            "claim" | "vow" | "pledge" | "promise" | "threaten"
        );
        // ("vowed in a video message last week to “liberate” the city": where it was said
        // comes first.)
        let to = match next_word.as_deref() {
            Some("to") => Some(after),
            Some("in" | "on" | "at" | "during") if commits => (after + 1..s1.min(after + 9))
                .take_while(|&k| toks[k].is_word())
                .find(|&k| self.is_word(toks, k, "to"))
                .filter(|&k| {
                    toks.get(k + 1).is_some_and(|t| {
                        t.punct(text).is_some_and(is_quote_mark)
                            || (t.is_word()
                                && !t.starts_upper(text)
                                && !is_determiner(&self.word(*t)))
                    })
                }),
            _ => None,
        };
        if commits
            && let Some(to) = to
            && toks.get(to + 1).is_some_and(|t| {
                to + 1 < s1
                    // ("vowed to “defend every inch” of the country": the words quoted.)
                    && (t.is_word() || t.punct(text).is_some_and(is_quote_mark))
            })
        {
            self.push_subj(
                toks,
                paragraph,
                cue_only,
                &subject,
                Self::span(toks, to, s1),
                clause_start,
            );
            return Some(to + 1);
        }
        // "…, Brigadier Roland Chetram told reporters in Georgetown.": the addressee (and a
        // place or time) ends the sentence, so the reported clause came first.
        if form.lemma == "tell"
            && form.rest.is_empty()
            && let Some(e) = self.addressee_end(toks, after, s1)
            && self.ends_sentence(toks, e, s1)
            && let Some((Some(content), clause)) = self.clause_before(toks, s0, subject.first())
        {
            let cue = Span::new(toks[cue_start].start, toks[e - 1].end);
            self.push_subj(toks, paragraph, cue, &subject, Some(content), clause);
            return Some(e);
        }
        // "told me, „We will freeze …“", "told me last week, “Today we are the state …”":
        // the addressee (and a time), then the quotation.
        if form.lemma == "tell"
            && form.rest.is_empty()
            && let Some(e) = self
                .addressee_end(toks, after, s1)
                .map(|e| self.time_phrase_end(toks, e, s1).unwrap_or(e))
            && matches!(self.punct(toks, e), Some(',' | ':'))
            && toks
                .get(e + 1)
                .and_then(|q| q.punct(text))
                .is_some_and(is_quote_mark)
        {
            let cue = Span::new(toks[cue_start].start, toks[e - 1].end);
            let content = Self::span(toks, e + 1, s1);
            self.push_subj(toks, paragraph, cue, &subject, content, clause_start);
            return Some(e + 1);
        }
        // "told reporters the border was calm": the addressee (a mention of a few words)
        // belongs to the cue and the clause starts after it.
        if form.lemma == "tell"
            && form.rest.is_empty()
            && let Some(e) = self.addressee_end(toks, after, s1)
            && let Some(content) = self.bare_clause(toks, e, s1)
        {
            let cue = Span::new(toks[cue_start].start, toks[e - 1].end);
            self.push_subj(toks, paragraph, cue, &subject, Some(content), clause_start);
            return Some(e);
        }
        // "Several members asked that the office be given access": a request in the
        // subjunctive, after "that".
        if class.directive
            && next_word.as_deref() == Some("that")
            && matches!(form.lemma.as_str(), "ask" | "urge" | "press")
            && let Some(content) = Self::span(toks, after + 1, s1)
        {
            self.push_subj(
                toks,
                paragraph,
                cue_only,
                &subject,
                Some(content),
                clause_start,
            );
            return Some(after + 1);
        }
        if class.directive
            && let Some(content) = self.directive_content(toks, after, s1)
        {
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
        // "described the movements as …" characterises; "described the situation" alone
        // announces what follows.
        let characterises = form.lemma != "describe"
            || (after..s1.min(after + 7)).any(|k| self.is_word(toks, k, "as"));
        if class.object
            && characterises
            && next_word
                .as_deref()
                .is_some_and(|w| !PREPOSITIONS.contains(&w) && w != "to")
        {
            // A short object ("rejected the claim") reports no content, but the act still
            // tells who is speaking now.
            // ("dismissed the case last year": a time phrase is no part of the object.)
            let end = self.end_of(toks, s1).max(after);
            let end = (after + 1..end)
                .find(|&k| self.time_phrase_end(toks, k, s1).is_some_and(|e| e >= end))
                .unwrap_or(end);
            let words = toks[after..end].iter().filter(|t| t.is_word()).count();
            // "denied attacking civilians", "denied any involvement": an act or any part in
            // one is what the speaker says they did not do, however short.
            let first = self.word(toks[after]);
            let act = words >= 1
                && ((first.len() > 5 && first.ends_with("ing") && toks[after].is_word())
                    || (form.lemma == "deny" && first == "any"));
            // "described the vote as a sham": what is described and how, as with "called".
            // "rejected the Russian delegate’s claims", "condemned the launches": a stance
            // toward a thing names it, and reports no words.
            let stance = matches!(
                form.lemma.as_str(),
                "reject"
                    | "dismiss"
                    | "deny"
                    | "condemn"
                    | "criticize"
                    | "criticise"
                    | "praise"
                    | "welcome"
                    | "question"
                    | "dispute"
                    | "refute"
            ) && !(after..end)
                // ("welcomed the decision, describing it as “historic”": what comes after
                // the comma is the next act.)
                .take_while(|&k| self.punct(toks, k) != Some(','))
                .any(|k| {
                    // (Unless it says how or why: "dismissed them as “spy mania”", "condemned
                    // the West for …", "rejected any suggestion that …".)
                    matches!(self.word(toks[k]).as_ref(), "as" | "for" | "that")
                        || toks[k].punct(text).is_some_and(is_quote_mark)
                });
            let content = ((words >= 3 && !stance) || act)
                .then(|| Self::span(toks, after, s1))
                .flatten();
            self.push_subj(toks, paragraph, cue_only, &subject, content, clause_start);
            // (The object holds no cue, "rejected China's sweeping claims", but a verb
            // coordinated after it is read: "denied the report and called on …".)
            if stance && content.is_none() {
                return (after..end)
                    .find(|&k| {
                        toks[k].kind == TokKind::Punct
                            || matches!(self.word(toks[k]).as_ref(), "and" | "but")
                    })
                    .or(Some(end));
            }
            return Some(after);
        }
        // "Vietnam, which also claims parts of the sea, called on …": a verb inside a
        // relative clause about a body reports nothing past the clause's next comma (after
        // "who", a person's, it runs on: ", who said A, B and C.").
        let relative = (cue_start.saturating_sub(2).max(s0)..cue_start).any(|k| {
            self.is_word(toks, k, "which") && k > s0 && self.punct(toks, k - 1) == Some(',')
        });
        let relative_end = if relative {
            (after..s1)
                .find(|&k| self.punct(toks, k) == Some(','))
                .unwrap_or(s1)
        } else {
            s1
        };
        // "Yonhap reported the missile had changed course": "report" takes an object far more
        // often than a bare clause, so it needs "that" everywhere but here, where the clause
        // (a subject and its verb) is checked.
        // ("was quoted as saying the talks had stalled": the clause follows "saying".)
        if class.speech
            && (!class.needs_that || form.lemma == "report")
            && (quoted_as || form.rest.is_empty())
            && matches!(
                form.lemma.as_str(),
                "quote"
                    | "say"
                    | "report"
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
            // ("said in his opening statement that …": "that" after the phrase.)
            && let Some(content) = self.bare_clause(
                toks,
                self.time_phrase_end(toks, after, s1)
                    .map_or(after, |e| e + usize::from(self.is_word(toks, e, "that"))),
                relative_end,
            )
        {
            // "X said the border was calm": a clause without "that"; "X said on Thursday it
            // would …": after a time phrase.
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
        None
    }
}

impl Reader<'_, '_> {
    /// "Interfax quoted Ivanov as saying (that) the talks had stalled": the one quoted, not
    /// the outlet, is the speaker. `i` is "quoted".
    fn quoted_object(
        &mut self,
        paragraph: usize,
        toks: &[Token],
        s1: usize,
        i: usize,
    ) -> Option<usize> {
        let as_at = (i + 2..s1.min(i + 9))
            .find(|&k| self.is_word(toks, k, "as") && self.is_word(toks, k + 1, "saying"))?;
        if toks[i + 1..as_at].iter().any(|t| !t.is_word()) {
            return None;
        }
        let m = self
            .ctx
            .mention_back(toks, as_at - 1, i + 1)
            .filter(|m| self.opens_at(toks, m.first, i + 1))?;
        let after = as_at + 2;
        let content = if self.is_word(toks, after, "that") {
            Self::span(toks, after + 1, s1)
        } else {
            self.bare_clause(toks, after, s1)
        }?;
        // (The cue is "quoted" alone: the speaker's name stands between it and "as saying".)
        self.push(
            toks,
            paragraph,
            toks[i].span(),
            Some(&m),
            Some(content),
            toks[i].start,
        );
        Some(after)
    }

    /// What a naming verb names, from its object at `after` to the end of the phrase that
    /// holds the name in quotation marks: "called it a “stern warning” to the “hostile
    /// forces” preparing the drills" runs on to the next comma. Also returns the token index
    /// of the mark that closes the name.
    fn named_phrase(&self, toks: &[Token], after: usize, s1: usize) -> Option<(Span, usize)> {
        let text = self.ctx.text;
        let mark = |k: usize| toks[k].punct(text).is_some_and(is_quote_mark);
        let open = (after..s1.min(after + 6)).find(|&k| mark(k))?;
        let close = (open + 1..s1).find(|&k| mark(k))?;
        let end = (close + 1..s1)
            .find(|&k| matches!(self.punct(toks, k), Some(',' | ';' | '.' | ':')))
            .unwrap_or(s1);
        Some((Self::span(toks, after, end)?, close))
    }

    /// The reported clause before a subject that follows it after a comma (`…, he said`):
    /// its span and where the attribution's clause starts.
    /// Whether a quotation closes right before token `first` (the subject of a cue after
    /// it, or "according to"), a comma or question mark inside its marks.
    pub(super) fn quote_closes_before(&self, toks: &[Token], first: usize) -> bool {
        let text = self.ctx.text;
        first >= 2
            && toks[first - 1].punct(text).is_some_and(is_quote_mark)
            && !self.in_quote(toks[first - 1].start)
            && matches!(self.punct(toks, first - 2), Some('?' | ',' | '!'))
    }

    fn clause_before(
        &self,
        toks: &[Token],
        s0: usize,
        first: usize,
    ) -> Option<(Option<Span>, usize)> {
        let text = self.ctx.text;
        let mut b = first;
        // "…, South Korea's Joint Chiefs of Staff said.": the owner opens the subject.
        if b > s0 + 1
            && toks[b - 1].kind == TokKind::Possessive
            && let Some(o) = self.ctx.mention_back(toks, b - 2, s0)
        {
            b = o.first;
        }
        if b > s0 && self.is_word(toks, b - 1, "the") {
            b -= 1;
        }
        // "…, the service's top operations officer told lawmakers": lowercase words that
        // describe the role, a common noun owning it, and the article open the subject.
        if b == first
            && b > s0
            && !toks[b].starts_upper(text)
            && toks[b - 1].punct(text) != Some(',')
        {
            let mut x = b;
            while x > s0 && b - x < 5 {
                let t = toks[x - 1];
                let w = self.word(t);
                let describing = t.is_word()
                    && !t.starts_upper(text)
                    && !super::is_grammar_word(&w)
                    && !PREPOSITIONS.contains(&w.as_ref())
                    && self.ctx.lex.verb_forms(&w).is_none();
                if !(describing || t.kind == TokKind::Possessive) {
                    break;
                }
                x -= 1;
            }
            if x < b && x > s0 + 1 && self.is_word(toks, x - 1, "the") {
                x -= 1;
            }
            if x < b && x > s0 && self.punct(toks, x - 1) == Some(',') {
                b = x;
            }
        }
        // "…, Mr Gyaltsen said", "…, Mr. Gyaltsen said": the honorific opens the subject.
        if b > s0 + 1
            && self.punct(toks, b - 1) == Some('.')
            && is_honorific(toks[b - 2].text(text))
        {
            b -= 2;
        } else if b > s0 && is_honorific(toks[b - 1].text(text)) {
            b -= 1;
        }
        if !(b > s0
            && toks[b - 1]
                .punct(text)
                .is_some_and(|c| c == ',' || is_quote_mark(c)))
        {
            return None;
        }
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
        Some((Self::span(toks, s0, c_end), toks[b - 1].start))
    }

    /// Whether the sentence ends at token `e`, or after a short place or time phrase there
    /// ("in Georgetown", "on Tuesday").
    fn ends_sentence(&self, toks: &[Token], e: usize, s1: usize) -> bool {
        // (", leaving the United States with …": a participle clause of the writer's after
        // the addressee ends the cue's part as a full stop does.)
        let end = |k: usize| {
            k >= s1
                || matches!(self.punct(toks, k), Some('.' | '!' | '?' | ';'))
                || (self.punct(toks, k) == Some(',')
                    && toks.get(k + 1).is_some_and(|t| {
                        let w = t.text(self.ctx.text);
                        k + 1 < s1
                            && t.is_word()
                            && w.len() > 5
                            && w.ends_with("ing")
                            && w.starts_with(|c: char| c.is_ascii_lowercase())
                    }))
        };
        if end(e) {
            return true;
        }
        matches!(
            self.word(toks[e]).as_ref(),
            "in" | "at" | "on" | "from" | "during"
        ) && (e + 1..s1.min(e + 6))
            .find(|&k| toks[k].kind == TokKind::Punct)
            .is_some_and(end)
            && (e + 1 < s1 && toks[e + 1].is_word())
    }
}

/// Words that open a noun phrase: a speech verb's form right after one is a noun ("the
/// claims", "its report").
fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "any"
            | "every"
            | "each"
            | "no"
            | "my"
            | "your"
            // ("would take no further questions", "such claims", "other reports")
            | "further"
            | "such"
            | "other"
    )
}

/// Words that open a phrase, not a verb phrase: after a parenthetical cue they start the
/// writer's words again ("…, he said, because …", "…, she says, though …").
fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "this"
            | "that"
            | "these"
            | "those"
            | "because"
            | "though"
            | "although"
            | "while"
            | "whereas"
            | "when"
            | "where"
            | "which"
            | "who"
            | "whose"
            | "after"
            | "before"
            | "since"
            | "unless"
            | "until"
            | "then"
            | "adding"
            | "also"
            | "even"
            | "only"
            | "just"
            | "still"
            | "perhaps"
            | "maybe"
            | "there"
            | "here"
            | "they"
            | "their"
            | "some"
            | "more"
            | "most"
            | "less"
            | "much"
            | "many"
            | "both"
            | "each"
            | "every"
            | "such"
            | "what"
    )
}

/// A word that can only be a finite verb or an auxiliary in a clause: a clause that has one
/// before a parenthetical cue does not resume after it.
impl Reader<'_, '_> {
    /// Where the clause starts after the addressee of "told" at `after`, when no "that"
    /// comes between: the addressee is a word for the press or a name ("reporters", "the
    /// Kilindini Times"), and the clause opens with a subject pronoun, or with a short noun
    /// phrase and a finite verb ("the attack fitted …").
    fn clause_after_addressee(&self, toks: &[Token], after: usize, s1: usize) -> Option<usize> {
        let text = self.ctx.text;
        let first = self.word(*toks.get(after).filter(|_| after < s1)?);
        let e = if matches!(
            first.as_ref(),
            "reporters" | "journalists" | "me" | "us" | "him" | "her" | "them"
        ) {
            after + 1
        } else {
            let k = after + usize::from(first == "the");
            let e = (k..s1.min(k + 5))
                .find(|&x| !(toks[x].is_word() && toks[x].starts_upper(text)))
                .unwrap_or(s1.min(k + 5));
            if e == k {
                return None;
            }
            e
        };
        let w = self.word(*toks.get(e).filter(|_| e + 1 < s1)?);
        if matches!(w.as_ref(), "he" | "she" | "they" | "we" | "it" | "i") {
            return toks[e + 1]
                .text(text)
                .starts_with(|c: char| c.is_lowercase())
                .then_some(e);
        }
        if !matches!(
            w.as_ref(),
            "the" | "a" | "an" | "his" | "her" | "its" | "their"
        ) {
            return None;
        }
        (e + 1..s1.min(e + 6))
            .take_while(|&k| {
                toks[k].is_word()
                    && !matches!(self.word(toks[k]).as_ref(), "that" | "who" | "which")
            })
            .any(|k| is_finite_verb(&self.word(toks[k])))
            .then_some(e)
    }
}

fn is_finite_verb(w: &str) -> bool {
    is_be(w) || is_aux(w) || (w.len() > 4 && w.ends_with("ed"))
}
