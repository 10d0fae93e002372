//! Cues other than a verb with its subject before it: inverted attribution (`"…," said X`),
//! `according to X`, `for <experts>,`, `there are concerns among X that`, agentless passives,
//! and the addressee of directive verbs.

use super::grammar::{is_be, is_quote_mark};
use super::subjects::PLACERS;
use super::{Event, Reader};
use crate::annotate::lexicon::ProperKind;
use crate::annotate::mentions::{Mention, MentionKind, PREPOSITIONS, is_honorific};
use crate::annotate::tokens::{TokKind, Token};
use crate::annotation::Span;

impl Reader<'_, '_> {
    /// Inverted attribution: `"…," said Islami.`, `"…," said X, a researcher at Y.`,
    /// `…, – notes the publication.` The content is what comes before.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn inverted(
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
        let mut after = v_end + 1;
        // "said Dr. Hanan Osman Alnour": an honorific (and its period) before the name.
        if toks
            .get(after)
            .is_some_and(|t| t.is_word() && is_honorific(t.text(text)))
            && toks
                .get(after + 1)
                .is_some_and(|t| t.starts_upper(text) || t.punct(text) == Some('.'))
        {
            after += if self.punct(toks, after + 1) == Some('.') {
                2
            } else {
                1
            };
        }
        // "said Cmdr. Dale Hurtado, a spokesman …", "said Lt. Col. …": abbreviated ranks and
        // their periods before the name, kept as the role.
        let rank_start = after;
        while toks.get(after).is_some_and(|t| {
            t.is_word()
                && t.starts_upper(text)
                && t.end - t.start <= 5
                && self.ctx.is_title_head(*t)
        }) && self.punct(toks, after + 1) == Some('.')
            && toks
                .get(after + 2)
                .is_some_and(|t| t.is_word() && t.starts_upper(text))
        {
            after += 2;
        }
        let rank =
            (after > rank_start).then(|| Span::new(toks[rank_start].start, toks[after - 1].end));
        let mut end = (after..s1)
            .find(|&k| toks[k].kind == TokKind::Punct)
            .unwrap_or(s1);
        // `"…," writes Kathimerini in an editorial.`: the name ends before a prepositional
        // phrase.
        if let Some(pp) = (after + 1..end).find(|&k| {
            matches!(
                self.word(toks[k]).as_ref(),
                "in" | "on" | "at" | "during" | "after"
            )
        }) {
            end = pp;
        }
        if end <= after {
            return None;
        }
        // `"…," said Miriam Kolb of the International Crisis Group.`: the name ends before
        // the body it belongs to (which the table reads as the affiliation).
        let person_before_body = || {
            (after + 1..end)
                .find(|&k| matches!(toks[k].text(text), "of" | "from"))
                .and_then(|k| self.ctx.mention_back(toks, k - 1, after))
                .filter(|m| {
                    matches!(m.kind, MentionKind::Person { .. })
                        && self.opens_at(toks, m.first, after)
                })
        };
        // ("said Left party co-leader Ines Schwerdtner": capitalised words and title words
        // before the person.)
        let titled = |m: &Mention| {
            matches!(m.kind, MentionKind::Person { .. })
                && m.first <= after + 4
                && toks[after..m.first].iter().all(|t| {
                    t.is_word()
                        && (t.starts_upper(text) || self.ctx.lex.is_title_word(&self.word(*t)))
                })
        };
        let mut m = match self
            .ctx
            .mention_back(toks, end - 1, after)
            .filter(|m| self.opens_at(toks, m.first, after) || titled(m))
            .or_else(person_before_body)
        {
            Some(m) => m,
            // "… 'under control', says Army": a headline drops the article before a body.
            None if end == after + 1
                && toks[after].is_word()
                && self.ctx.lex.is_body_noun(&self.word(toks[after])) =>
            {
                let name = toks[after].text(text).to_string();
                Mention {
                    span: toks[after].span(),
                    first: after,
                    last: after,
                    kind: MentionKind::Organization {
                        canonical: name.clone(),
                        name,
                        outlet: false,
                        role: None,
                    },
                }
            }
            None => return None,
        };
        if let MentionKind::Person { role, .. } = &mut m.kind
            && role.is_none()
            && let Some(rank) = rank
        {
            *role = Some(rank.slice(text).to_string());
        }
        // ", a researcher at the Institute …": the role after the name.
        if let MentionKind::Person { role, .. } = &mut m.kind
            && role.is_none()
            && self.punct(toks, end) == Some(',')
        {
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

    /// "Said Maj Gen Pradeep Singh Jamwal, General Officer Commanding of the division,
    /// “There has been no contact.”": the verb fronted, then the speaker, then the quotation.
    pub(super) fn fronted_said(
        &mut self,
        paragraph: usize,
        toks: &[Token],
        s1: usize,
        i: usize,
    ) -> Option<usize> {
        let text = self.ctx.text;
        let after = i + 1;
        if !toks
            .get(after)
            .is_some_and(|t| t.is_word() && t.starts_upper(text))
        {
            return None;
        }
        let comma = (after + 1..s1.min(after + 8)).find(|&k| toks[k].kind == TokKind::Punct)?;
        if self.punct(toks, comma) != Some(',') {
            return None;
        }
        let m = self.ctx.mention_back(toks, comma - 1, after)?;
        if !self.opens_at(toks, m.first, after) {
            return None;
        }
        // The quotation opens after the name and any appositive.
        let open = (comma + 1..s1).find(|&k| {
            toks[k].punct(text).is_some_and(is_quote_mark) && self.in_quote(toks[k].end)
        })?;
        let cue = toks[i].span();
        self.push(
            toks,
            paragraph,
            cue,
            Some(&m),
            Self::span(toks, open, s1),
            toks[i].start,
        );
        Some(s1)
    }

    /// "According to X, …" and "…, according to X."
    pub(super) fn according_to(
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
        // ("the Armed Conflict Location & Event Data Project": an ampersand inside a name.)
        // ("According to Mrs. Kask": an honorific's period.)
        // ("According to the U.S. Coast Guard": the periods of a listed name.)
        let honorific_period = |k: usize| {
            (toks[k].text(text) == "."
                && toks[k - 1].end == toks[k].start
                && is_honorific(toks[k - 1].text(text)))
                || self.ctx.is_name_period(toks, k)
        };
        while k < s1
            && (toks[k].kind != TokKind::Punct || toks[k].text(text) == "&" || honorific_period(k))
            && k < i + 16
        {
            k += 1;
        }
        if k == i + 2 {
            return None;
        }
        // "According to the Haitian National Police (PNH), …": the acronym closes the phrase.
        let acronym = k + 2 < s1
            && self.punct(toks, k) == Some('(')
            && self.punct(toks, k + 2) == Some(')')
            && toks[k + 1].is_word();
        let mut np_end = k;
        // "according to internal Ministry of Defence documents seen by The Tideline": who
        // saw or obtained the documents is no source of them.
        // ("according to BSF data shared with this newspaper": likewise.)
        if let Some(p) = (i + 4..np_end).find(|&p| {
            (matches!(
                self.word(toks[p]).as_ref(),
                "seen" | "obtained" | "reviewed" | "leaked"
                    // ("a statement from the group carried by its media outlet": who
                    // relayed it.)
                    | "carried" | "relayed" | "broadcast" | "aired"
            ) && self.is_word(toks, p + 1, "by"))
                || (self.is_word(toks, p, "shared") && self.is_word(toks, p + 1, "with"))
        }) {
            np_end = p;
        }
        // "According to a report by the IISS published last month, …": a participle phrase
        // after the source says when or where, not who.
        if !acronym
            && self.ctx.mention_back(toks, np_end - 1, i + 2).is_none()
            && let Some(p) = (i + 4..np_end).find(|&p| {
                matches!(
                    self.word(toks[p]).as_ref(),
                    "published" | "released" | "issued" | "compiled" | "dated" | "presented"
                )
            })
            && self.ctx.mention_back(toks, p - 1, i + 2).is_some()
        {
            np_end = p;
        }
        if acronym {
            k += 3;
            // "According to the UK Maritime Trade Operations (UKMTO) agency, …": the noun
            // after the short name still belongs to the phrase.
            if k + 1 < s1
                && toks[k].is_word()
                && self.ctx.lex.is_outlet_reference(&self.word(toks[k]))
                && toks[k + 1].kind == TokKind::Punct
            {
                // The pass over the sentence skips the phrase: register the body here.
                self.register_described_body(toks, s0, s1, k);
                k += 1;
                np_end = k;
            }
        }
        let initial = self.at_clause_start(toks, s0, i);
        // "…, according to the operator, Baltnet.": a name in apposition closing the
        // sentence is the source, the noun phrase before it only describes it.
        let end = self.end_of(toks, s1);
        let named = (!initial && self.punct(toks, k) == Some(',') && end > k + 1 && end <= k + 5)
            .then(|| self.ctx.mention_back(toks, end - 1, k + 1))
            .flatten()
            .filter(|n| {
                n.first == k + 1
                    && matches!(
                        n.kind,
                        MentionKind::Person { .. } | MentionKind::Organization { .. }
                    )
                    // ("a fishermen's association in Masinloc, Zambales": the province of a
                    // place, not a name.)
                    && !(k >= i + 4 && self.is_word(toks, k - 2, "in"))
                    && !self
                        .ctx
                        .hit_covering(toks[k + 1].start)
                        .is_some_and(|h| h.kind == ProperKind::Place)
            });
        let m = match named {
            Some(n) => {
                k = end;
                n
            }
            None => match self.ctx.mention_back(toks, np_end - 1, i + 2) {
                // "according to a fishermen's association in Masinloc": the body, not the
                // place it is in.
                Some(m)
                    if m.first >= i + 4
                        && self.is_word(toks, m.first - 1, "in")
                        && let Some(mut body) = self.ctx.mention_back(toks, m.first - 2, i + 2) =>
                {
                    // ("two brokers in London": a group keeps its place in its name.)
                    if matches!(body.kind, MentionKind::Group { .. }) {
                        self.extend_group(toks, &mut body, np_end);
                    }
                    body
                }
                // "According to Dr. Olsen of the university, …": the person the body places.
                Some(m)
                    if matches!(m.kind, MentionKind::Organization { .. })
                        && let Some(p) = (i + 3..m.first).rev().take(2).find(|&p| {
                            matches!(self.word(toks[p]).as_ref(), "of" | "at" | "from")
                        })
                        && (p + 1..m.first).all(|q| self.is_word(toks, q, "the"))
                        && let Some(person) = self.ctx.mention_back(toks, p - 1, i + 2)
                        && matches!(person.kind, MentionKind::Person { .. }) =>
                {
                    person
                }
                Some(m) => m,
                // "according to internal Ministry of Defence documents", "according to UN
                // figures": the body whose papers or numbers they are.
                None if np_end >= i + 4
                    && matches!(
                        self.word(toks[np_end - 1]).as_ref(),
                        "documents"
                            | "papers"
                            | "files"
                            | "records"
                            | "memo"
                            | "memos"
                            | "minutes"
                            | "emails"
                            | "figures"
                            | "data"
                            | "estimates"
                            | "statistics"
                    )
                    && let Some(body) =
                        self.ctx.mention_back(toks, np_end - 2, i + 2).filter(|b| {
                            b.last == np_end - 2
                                && matches!(b.kind, MentionKind::Organization { .. })
                        }) =>
                {
                    body
                }
                // "according to its finance ministry": a body of the one just named; "according
                // to sources in the security establishment": a group the phrase places.
                None => match self.owned_body(toks, i + 2, np_end) {
                    Some(b) => b,
                    None => self.placed_group(toks, i + 2, np_end)?,
                },
            },
        };
        let cue = Span::new(toks[i].start, toks[k - 1].end);
        // "Under the deal, according to Somaliland officials, Ethiopia would lease …": after
        // a short adverbial opener, the clause that follows is what is reported.
        let opener = i > s0 + 1
            && i - 1 - s0 <= 5
            && self.punct(toks, i - 1) == Some(',')
            && toks[s0..i - 1]
                .iter()
                .all(|t| t.is_word() || t.kind == TokKind::Number)
            && (PREPOSITIONS.contains(&self.word(toks[s0]).as_ref())
                || matches!(
                    self.word(toks[s0]).as_ref(),
                    "meanwhile" | "however" | "now" | "still" | "instead" | "yesterday" | "today"
                ));
        if (initial || opener) && self.punct(toks, k) == Some(',') && k + 1 < end {
            // "According to Katharina Vogt, a South Caucasus specialist at the German Council
            // on Foreign Relations (DGAP), the two positions …": the appositive describes the
            // source; the report starts after it.
            let mut start = k + 1;
            let comma =
                (start + 1..end.min(start + 18)).find(|&c| self.punct(toks, c) == Some(','));
            // ("…, director for nonproliferation policy at the Arms Control Association, …":
            // a title with no article.)
            if (matches!(self.word(toks[start]).as_ref(), "a" | "an" | "the")
                || (start..start + 2).any(|x| x < end && self.ctx.is_title_head(toks[x])))
                && let Some(c2) = comma
                && (start..c2).any(|x| self.ctx.is_title_head(toks[x]))
                && c2 + 1 < end
            {
                start = c2 + 1;
            }
            // "According to Peter Olsen, of Aarhus University, …": where the source works.
            if matches!(self.word(toks[start]).as_ref(), "of" | "from" | "at")
                && let Some(c2) = comma.filter(|&c| c <= start + 8 && c + 1 < end)
                && toks[start + 1..c2].iter().all(|t| t.is_word())
            {
                start = c2 + 1;
            }
            let content = Self::span(toks, start, s1);
            self.push(toks, paragraph, cue, Some(&m), content, toks[i].start);
            return Some(k + 1);
        }
        // ("“… alone,” according to the Commission": the comma inside the closing mark.)
        let quote_closed =
            i > s0 + 1 && self.quote_closes_before(toks, i) && self.punct(toks, i - 2) == Some(',');
        if i > s0 && (self.punct(toks, i - 1) == Some(',') || quote_closed) {
            // A wire source after a sentence that already has its own speaker is not the
            // speaker ("Rama urged NATO to …, according to AP").
            // (A name given in a relative clause, "The drills, which Beijing called “routine
            // training,” involved …", is not the sentence's speaker.)
            let relative = |e: &Event| {
                let at = toks.partition_point(|t| t.start < e.source.map_or(e.cue, |s| s).start);
                at > 0 && matches!(self.word(toks[at - 1]).as_ref(), "which" | "what")
            };
            let first_event_here = self
                .events
                .iter()
                .rev()
                .take_while(|e| e.cue.start >= toks[s0].start)
                .filter(|e| !relative(e))
                .count();
            if first_event_here > 0 {
                let comma = toks[i - 1].start;
                if let Some(e) = self.events.last_mut()
                    && let Some(c) = e.content.filter(|c| c.end > comma && c.start < comma)
                {
                    e.content = Some(Span::new(c.start, comma));
                }
                let _ = text;
                return Some(k);
            }
            let content = Self::span(toks, s0, if quote_closed { i } else { i - 1 });
            self.push(toks, paragraph, cue, Some(&m), content, toks[i - 1].start);
            return Some(k);
        }
        None
    }

    /// "By Maersk’s own estimate, it cost …", "By her count, 40 people died": a reckoning
    /// opening the sentence is its owner's claim.
    pub(super) fn by_reckoning(
        &mut self,
        paragraph: usize,
        toks: &[Token],
        s1: usize,
        i: usize,
    ) -> Option<usize> {
        let comma = (i + 2..s1.min(i + 9)).find(|&k| toks[k].kind == TokKind::Punct)?;
        if self.punct(toks, comma) != Some(',') || comma + 1 >= s1 {
            return None;
        }
        let mut noun = comma - 1;
        if !matches!(
            self.word(toks[noun]).as_ref(),
            "estimate"
                | "estimates"
                | "count"
                | "reckoning"
                | "tally"
                | "calculation"
                | "calculations"
        ) {
            return None;
        }
        if self.is_word(toks, noun - 1, "own") {
            noun -= 1;
        }
        // The owner: a possessive name, or "his", "her", "their".
        let owner = if toks[noun - 1].kind == TokKind::Possessive && noun >= i + 3 {
            self.ctx.mention_back(toks, noun - 2, i + 1).filter(|m| {
                m.first == i + 1 || (m.first == i + 2 && self.is_word(toks, i + 1, "the"))
            })
        } else if noun == i + 2 {
            let kind = match self.word(toks[i + 1]).as_ref() {
                "his" | "her" => Some(MentionKind::PersonPronoun),
                "their" => Some(MentionKind::PluralPronoun),
                _ => None,
            };
            kind.map(|kind| Mention {
                span: toks[i + 1].span(),
                first: i + 1,
                last: i + 1,
                kind,
            })
        } else {
            None
        }?;
        let cue = Span::new(toks[i].start, toks[comma - 1].end);
        let content = Self::span(toks, comma + 1, s1);
        self.push(toks, paragraph, cue, Some(&owner), content, toks[i].start);
        Some(comma + 1)
    }

    /// "For security experts, …" (a collective or a person, never a place).
    pub(super) fn for_group(
        &mut self,
        paragraph: usize,
        toks: &[Token],
        s1: usize,
        i: usize,
    ) -> Option<usize> {
        let mut comma = (i + 1..s1.min(i + 20)).find(|&k| self.punct(toks, k) == Some(','))?;
        // "For the Libya researcher Ana Lind, …": a role before the name, with "the".
        let lead = if self.is_word(toks, i + 1, "the") {
            i + 2
        } else {
            i + 1
        };
        // "For Ana Lind of the Baltic Institute, …": the mention ends before its affiliation.
        let mut m_end = comma - 1;
        if let Some(p) = (lead + 1..comma)
            .find(|&k| matches!(self.word(toks[k]).as_ref(), "of" | "at" | "from"))
            .filter(|&p| {
                self.ctx.is_name_word(toks[p - 1])
                    && toks[lead..p].iter().all(|t| {
                        self.ctx.is_name_word(*t)
                            || self.ctx.is_title_token(*t)
                            || self.ctx.hit_covering(t.start).is_some()
                    })
            })
        {
            m_end = p - 1;
        } else if comma > i + 6 {
            return None;
        }
        let m = self.ctx.mention_back(toks, m_end, i + 1)?;
        let cue = Span::new(toks[i].start, toks[comma - 1].end);
        // "For X, a senior fellow at Y, …": the content starts after the appositive.
        if matches!(m.kind, MentionKind::Person { .. })
            && toks
                .get(comma + 1)
                .is_some_and(|t| matches!(self.word(*t).as_ref(), "a" | "an" | "the"))
            && let Some(next) = (comma + 2..s1.min(comma + 16))
                .find(|&k| self.punct(toks, k).is_some())
                .filter(|&k| self.punct(toks, k) == Some(','))
            && (comma + 2..next).any(|k| self.ctx.is_title_head(toks[k]))
        {
            comma = next;
        }
        let starts_here =
            m.first == i + 1 || (m.first == lead && matches!(m.kind, MentionKind::Person { .. }));
        if !starts_here
            || !matches!(
                m.kind,
                MentionKind::Group { .. } | MentionKind::Person { .. } | MentionKind::PersonPronoun
            )
        {
            return None;
        }
        let content = Self::span(toks, comma + 1, s1);
        self.push(toks, paragraph, cue, Some(&m), content, toks[i].start);
        Some(comma + 1)
    }

    /// "In her view, …", "In Rønne's opinion, …": a person's view is their claim (the
    /// writer's own "in our view" is not reported speech).
    pub(super) fn in_view(
        &mut self,
        paragraph: usize,
        toks: &[Token],
        s0: usize,
        s1: usize,
        i: usize,
    ) -> Option<usize> {
        // "in" is frequent: look for the view noun and its comma first, without allocating.
        let text = self.ctx.text;
        let noun = (i + 2..s1.min(i + 7)).find(|&k| {
            let w = toks[k].text(text);
            [
                "view",
                "opinion",
                "assessment",
                "estimation",
                "judgment",
                "judgement",
                "words",
            ]
            .iter()
            .any(|n| w.eq_ignore_ascii_case(n))
        })?;
        // "Most of the families, in the priest's words, «arrive with nothing»": inside the
        // sentence, between commas, the aside attributes the whole sentence.
        let aside = i > s0 && self.punct(toks, i - 1) == Some(',');
        if self.punct(toks, noun + 1) != Some(',') || !(aside || self.at_clause_start(toks, s0, i))
        {
            return None;
        }
        // The owner: a pronoun ("her"), or a mention before "'s".
        let owner_end = if toks[noun - 1].kind == TokKind::Possessive {
            noun - 2
        } else {
            noun - 1
        };
        if owner_end <= i {
            return None;
        }
        // ("In his words", "in their view": the pronoun names no one alone, but here it is
        // the owner.)
        let pronoun = (owner_end == i + 1)
            .then(|| match self.word(toks[owner_end]).as_ref() {
                "his" => Some(MentionKind::PersonPronoun),
                "their" => Some(MentionKind::PluralPronoun),
                _ => None,
            })
            .flatten();
        let m = if let Some(kind) = pronoun {
            Mention {
                span: toks[owner_end].span(),
                first: owner_end,
                last: owner_end,
                kind,
            }
        } else {
            self.ctx.mention_back(toks, owner_end, i + 1)?
        };
        if m.first != i + 1
            || !matches!(
                m.kind,
                MentionKind::PersonPronoun
                    | MentionKind::PluralPronoun
                    | MentionKind::Person { .. }
                    | MentionKind::Group { .. }
                    | MentionKind::Organization { .. }
            )
        {
            return None;
        }
        let cue = Span::new(toks[i].start, toks[noun].end);
        let content = if aside && !self.at_clause_start(toks, s0, i) {
            self.whole_sentence(toks, s0, s1)
        } else {
            Self::span(toks, noun + 2, s1)
        };
        self.push(toks, paragraph, cue, Some(&m), content, toks[i].start);
        Some(noun + 2)
    }

    /// "sources in the security establishment", "sources familiar with the matter": a group
    /// noun in `first..end` with the phrase that places it, to `end`.
    fn placed_group(&self, toks: &[Token], first: usize, end: usize) -> Option<Mention> {
        let head = (first..end.saturating_sub(2)).find(|&k| {
            toks[k].is_word()
                && self.ctx.lex.is_group_noun(&self.word(toks[k]))
                && toks[k + 1].is_word()
                && PLACERS.contains(&self.word(toks[k + 1]).as_ref())
        })?;
        let mut m = self.ctx.mention_back(toks, head, first)?;
        if !matches!(m.kind, MentionKind::Group { .. }) {
            return None;
        }
        self.extend_group(toks, &mut m, end);
        Some(m)
    }

    /// "its finance ministry", "their foreign ministry": a body noun owned by "its" or
    /// "their", as a mention of the body (named by the words after the possessive).
    fn owned_body(&self, toks: &[Token], first: usize, end: usize) -> Option<Mention> {
        if end < first + 2
            || end > first + 4
            || !matches!(self.word(toks[first]).as_ref(), "its" | "their")
            || !self.ctx.lex.is_body_noun(&self.word(toks[end - 1]))
            || !toks[first + 1..end].iter().all(|t| t.is_word())
        {
            return None;
        }
        let span = Span::new(toks[first + 1].start, toks[end - 1].end);
        let name = span.slice(self.ctx.text).to_string();
        Some(Mention {
            span,
            first: first + 1,
            last: end - 1,
            kind: MentionKind::Organization {
                canonical: name.clone(),
                name,
                outlet: false,
                role: None,
            },
        })
    }

    /// "There are concerns among Western countries that …".
    pub(super) fn concerns_among(
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
    pub(super) fn passive(
        &mut self,
        paragraph: usize,
        toks: &[Token],
        s1: usize,
        i: usize,
    ) -> Option<usize> {
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

    /// "The committee heard on Tuesday that …", "the court heard that …": testimony given
    /// to a body that only listens; the claim is reported with no speaker. `i` is "heard".
    pub(super) fn heard_that(
        &mut self,
        paragraph: usize,
        toks: &[Token],
        s0: usize,
        s1: usize,
        i: usize,
    ) -> Option<usize> {
        let listener = i
            .checked_sub(1)
            .filter(|&p| p >= s0)
            .map(|p| self.word(toks[p]))?;
        if !matches!(
            listener.as_ref(),
            "committee" | "court" | "inquiry" | "tribunal" | "jury" | "hearing" | "session"
        ) {
            return None;
        }
        // A time phrase may come first: "heard on Tuesday that".
        let after = self.time_phrase_end(toks, i + 1, s1).unwrap_or(i + 1);
        if !self.is_word(toks, after, "that") {
            return None;
        }
        let cue = Span::new(toks[i].start, toks[i].end);
        let content = Self::span(toks, after + 1, self.end_of(toks, s1));
        self.push(toks, paragraph, cue, None, content, toks[i].start);
        Some(after + 1)
    }

    /// "NATO to enhance …", "the West of fueling …": an addressee then "to"/"of".
    pub(super) fn directive_content(
        &self,
        toks: &[Token],
        after: usize,
        s1: usize,
    ) -> Option<Span> {
        // No addressee, no report: "asked not to be named", "asking to remain anonymous".
        if toks
            .get(after)
            .is_some_and(|t| matches!(self.word(*t).as_ref(), "not" | "to"))
        {
            return None;
        }
        // A quotation may open the content: called on “all parties to …”.
        let text = self.ctx.text;
        let mut a = after;
        while a < s1 && toks[a].punct(text).is_some_and(is_quote_mark) {
            a += 1;
        }
        // The addressee may be a list ("Niger, Mali and Burkina Faso to …"); a comma before
        // a lowercase word ends the clause ("advises the navy, told me that … more to lose").
        let list_goes_on = |k: usize| {
            toks.get(k + 1).is_some_and(|t| {
                t.starts_upper(text) || matches!(self.word(*t).as_ref(), "and" | "or" | "the")
            })
        };
        let k = (a + 1..s1.min(a + 12)).find(|&k| {
            matches!(self.word(toks[k]).as_ref(), "to" | "of" | "for")
                || (toks[k].kind == TokKind::Punct
                    && (self.punct(toks, k) != Some(',') || !list_goes_on(k))
                    && !toks[k].punct(text).is_some_and(is_quote_mark)
                    // ("accused U.S. gun shops of …": the periods of a listed name.)
                    && !self.ctx.is_name_period(toks, k))
        })?;
        if toks[k].kind == TokKind::Punct {
            return None;
        }
        // "called on both sides to exercise restraint and offered to host talks": the
        // infinitive takes base forms, so a past tense after "and" is the subject's next act.
        let end = (k + 1..s1.saturating_sub(2))
            .find(|&j| self.is_word(toks, j, "and") && self.is_next_act(toks, j + 1))
            .unwrap_or(s1);
        Self::span(toks, after, end)
    }

    /// Whether the word at `j` is a verb in the past tense opening a verb phrase ("offered to
    /// host", "sent the envoy"), not a participle used as an adjective ("armed groups").
    fn is_next_act(&self, toks: &[Token], j: usize) -> bool {
        let Some(&t) = toks.get(j) else { return false };
        let w = self.word(t);
        let past = (w.len() > 4 && w.ends_with("ed"))
            || matches!(
                w.as_ref(),
                "said"
                    | "gave"
                    | "sent"
                    | "made"
                    | "took"
                    | "told"
                    | "held"
                    | "met"
                    | "left"
                    | "went"
                    | "put"
                    | "set"
                    | "sought"
                    | "spoke"
                    | "wrote"
            );
        past && toks.get(j + 1).is_some_and(|n| {
            matches!(
                self.word(*n).as_ref(),
                "to" | "that" | "the" | "a" | "an" | "its" | "their" | "his" | "her" | "on"
            )
        })
    }
}
