//! Who speaks: the subject of a cue, found backwards from the verb over appositives,
//! relative clauses, participial phrases and prepositional phrases.

use super::Reader;
use super::grammar::{is_aux, opens_clause};
use crate::annotate::lexicon::ProperKind;
use crate::annotate::mentions::{Mention, MentionKind, PREPOSITIONS};
use crate::annotate::tokens::{TokKind, Token};

impl Reader<'_, '_> {
    /// "A group calling itself the „Guardians of the Euphrates” claimed …": the name the
    /// subject gives itself, right before the cue at `c`, is who speaks.
    fn self_named(&self, toks: &[Token], c: usize, s0: usize) -> Option<Mention> {
        let text = self.ctx.text;
        let bytes = text.as_bytes();
        // Cues are frequent and reflexives rare: the length and first byte rule most tokens
        // out before any slicing.
        let reflexive = (c.saturating_sub(10).max(s0 + 1)..c).find(|&k| {
            let t = toks[k];
            (6..=10).contains(&(t.end - t.start))
                && matches!(bytes.get(t.start), Some(b'i' | b'h' | b't'))
                && matches!(
                    t.text(text),
                    "itself" | "himself" | "herself" | "themselves"
                )
                && matches!(toks[k - 1].text(text), "calling" | "calls" | "called")
        })?;
        let mut last = c;
        while last > reflexive + 1
            && toks[last - 1]
                .punct(text)
                .is_some_and(|p| super::grammar::is_quote_mark(p) || p == ',')
        {
            last -= 1;
        }
        let mut first = reflexive + 1;
        while first < last
            && (toks[first]
                .punct(text)
                .is_some_and(super::grammar::is_quote_mark)
                || self.is_word(toks, first, "the"))
        {
            first += 1;
        }
        if first >= last || !toks[first].starts_upper(text) || last - first > 6 {
            return None;
        }
        let span = crate::annotation::Span::new(toks[first].start, toks[last - 1].end);
        let name = span.slice(text).to_string();
        // The subject's phrase starts with the noun that names itself ("A criminal group").
        let mut start = reflexive - 1;
        while start > s0 && reflexive - start < 6 && toks[start - 1].is_word() {
            start -= 1;
        }
        Some(Mention {
            span,
            first: start,
            last: last - 1,
            kind: MentionKind::Organization {
                canonical: name.clone(),
                name,
                outlet: false,
                role: None,
            },
        })
    }

    /// "I answered that …" inside an interview answer: "I" is the interviewee, whose label
    /// opened the answer (elsewhere it is the writer, who is not annotated).
    fn interviewee(&self, toks: &[Token], c: usize, s0: usize) -> Option<Mention> {
        // What the interviewee said then ("I answered that …", "I told them …") is reported;
        // what they think now ("I believe …") is the answer itself.
        let verb = self.word(*toks.get(c)?);
        if !(verb.ends_with("ed") || matches!(verb.as_ref(), "said" | "told" | "wrote")) {
            return None;
        }
        let mut k = c.checked_sub(1).filter(|&k| k >= s0)?;
        while k > s0 && is_aux(&self.word(toks[k])) {
            k -= 1;
        }
        let t = toks[k];
        if t.text(self.ctx.text) != "I" {
            return None;
        }
        if !self.in_answer(t.start) {
            return None;
        }
        let speaker = self
            .events
            .iter()
            .rev()
            .find(|e| e.is_label(self.ctx.text))?
            .speaker?;
        let name = self.table.name(speaker)?.to_string();
        Some(Mention {
            span: t.span(),
            first: k,
            last: k,
            kind: MentionKind::Person {
                name,
                role: None,
                affiliation: None,
            },
        })
    }

    /// The "who" opening the comma-delimited segment that ends at the comma `k` (", who
    /// signed the deal with the Police Minister,"): the walk back resumes there, where the
    /// relative pronoun points at the mention before it.
    fn relative_clause_ending(&self, toks: &[Token], s0: usize, k: usize) -> Option<usize> {
        let comma = (s0 + 1..k)
            .rev()
            .find(|&x| self.punct(toks, x) == Some(','))?;
        self.is_word(toks, comma + 1, "who").then_some(comma + 1)
    }

    /// Whether the segment `seg_start..j` between the commas at `k` and `j` only completes
    /// what comes before: the region or country of a place ("in Pascagoula, Miss.,", "from
    /// Lagos, Nigeria,") or a US legislator's party and state ("Brackett, R-Wash.,").
    fn completes_place(&self, toks: &[Token], seg_start: usize, j: usize, k: usize) -> bool {
        let text = self.ctx.text;
        let len = j - seg_start;
        let first = toks[seg_start];
        // One capitalised word, or an abbreviation with its period ("Miss.", "Calif.").
        let one_name = first.is_word()
            && first.starts_upper(text)
            && (len == 1
                || (len == 2
                    && self.punct(toks, seg_start + 1) == Some('.')
                    && toks[seg_start + 1].start == first.end));
        if !one_name {
            return false;
        }
        // "R-Wash.", "D-Calif.", "I-Vt.": a party letter and a state.
        let raw = first.text(text);
        if let [b'D' | b'R' | b'I', b'-', c, ..] = raw.as_bytes()
            && c.is_ascii_uppercase()
        {
            return true;
        }
        // The place it completes: capitalised words right before the comma, after a
        // preposition of place ("in Pascagoula", "from New Delhi").
        let place_start = (k.saturating_sub(3)..k).find(|&x| {
            toks[x..k]
                .iter()
                .all(|t| t.is_word() && t.starts_upper(text))
        });
        place_start.is_some_and(|p| {
            p > 0
                && matches!(
                    self.word(toks[p - 1]).as_ref(),
                    "in" | "from" | "at" | "near" | "outside" | "of"
                )
        })
    }

    /// "A police officer who declined to give his name because of the sensitivity of the case
    /// said": an unnamed speaker opening the sentence with a relative clause of any length
    /// (no punctuation in it) before the verb. Read forwards, because walking back from the
    /// verb meets the clause's own nouns and pronouns ("because he was tired") first.
    fn unnamed_with_relative(&self, toks: &[Token], c: usize, s0: usize) -> Option<Mention> {
        // (Raw text: this runs for every cue, and most sentences open otherwise.)
        let text = self.ctx.text;
        if !matches!(
            toks.get(s0)?.text(text),
            "A" | "An" | "One" | "Another" | "The" | "a" | "an" | "one" | "another" | "the"
        ) {
            return None;
        }
        let who = (s0 + 2..c.min(s0 + 8)).find(|&k| toks[k].text(text) == "who")?;
        if c < who + 3 || toks[who + 1..c].iter().any(|t| !t.is_word()) {
            return None;
        }
        let mut m = self
            .ctx
            .mention_back(toks, who - 1, s0)
            .filter(|m| m.first == s0 && matches!(m.kind, MentionKind::Group { .. }))?;
        self.extend_group(toks, &mut m, who);
        Some(m).filter(|m| m.last + 1 == who)
    }

    /// The subject of a cue starting at token `c`: the nearest mention before it in its
    /// clause that is not inside a prepositional phrase, skipping relative clauses,
    /// appositives and parentheses.
    pub(super) fn subject_before(&self, toks: &[Token], c: usize, s0: usize) -> Option<Mention> {
        let text = self.ctx.text;
        if let Some(m) = self.self_named(toks, c, s0) {
            return Some(m);
        }
        if let Some(m) = self.interviewee(toks, c, s0) {
            return Some(m);
        }
        if let Some(m) = self.unnamed_with_relative(toks, c, s0) {
            return Some(m);
        }
        let mut j = c;
        let mut budget = 24;
        let mut appositive_role: Option<String> = None;
        // Whether a phrase placing the speaker ("of the Centre", "in Maputo") was skipped.
        let mut skipped_phrase = false;
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
                        // ("Hanwha Ocean, one of the two shortlisted builders, said", "Mr
                        // Kikolo, asked whether the team would grow, said": an appositive or
                        // a participle's aside.)
                        let one_of = first == "one" && self.is_word(toks, seg_start + 1, "of");
                        // ("Several members, among them Denmark and Greece, asked": examples.)
                        let one_of = one_of
                            || (first == "among" && self.is_word(toks, seg_start + 1, "them"))
                            || first == "including"
                            // ("Haldane-Pryce, now 81, said": an age.)
                            || (matches!(first.as_ref(), "now" | "aged")
                                && toks
                                    .get(seg_start + 1)
                                    .is_some_and(|t| t.kind == TokKind::Number));
                        // ("The report, published on Tuesday by the Crisis Group, warns".)
                        let asked = matches!(
                            first.as_ref(),
                            "asked"
                                | "pressed"
                                | "questioned"
                                | "challenged"
                                | "interviewed"
                                | "published"
                                | "released"
                                | "issued"
                                | "commissioned"
                                | "compiled"
                                // ("The report, seen by The Associated Press, says".)
                                | "seen"
                                | "obtained"
                                | "reviewed"
                                | "circulated"
                                | "dated"
                                | "drafted"
                                | "prepared"
                                | "written"
                        );
                        if matches!(
                            first.as_ref(),
                            "who" | "which" | "whose" | "where" | "a" | "an"
                        ) || one_of
                            || asked
                            || (first.ends_with("ing")
                            && first.len() > 5
                            && toks[seg_start]
                                .text(text)
                                .starts_with(|c: char| c.is_lowercase()))
                            // (Only between commas: "The researcher X, of Y, said" opens
                            // with its subject.)
                            || (first == "the"
                                && k.is_some()
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
                            let k = k?;
                            // "Asked what they are drawing, the older girl, who is nine,
                            // answers": after an opening participle clause the description
                            // is the subject itself, not an appositive of a name before it.
                            if first == "the"
                                && (s0..k).all(|x| self.punct(toks, x) != Some(','))
                                && self.opens_with_participle(toks, s0)
                                && let Some(m) = self.ctx.mention_back(toks, j - 1, seg_start)
                                && toks[seg_start + 1..m.first]
                                    .iter()
                                    .all(|t| t.is_word() && !t.starts_upper(text))
                            {
                                return Some(m);
                            }
                            // "General X, the chief of defence, who testified …, told", "Hsieh
                            // Ming-hui, deputy minister of the Ocean Affairs Council, which
                            // oversees …, told": an appositive before this clause is read as
                            // one (its comma again).
                            let appositive_before = (s0..k)
                                .rev()
                                .find(|&x| self.punct(toks, x) == Some(','))
                                .is_some_and(|p| {
                                    p + 1 < k
                                        && (matches!(
                                            self.word(toks[p + 1]).as_ref(),
                                            "the" | "a" | "an"
                                        ) || (toks[p + 1].is_word()
                                            && !toks[p + 1].starts_upper(text)
                                            // (", but a council official, speaking …,
                                            // said": a new clause, not an appositive.)
                                            && !opens_clause(&self.word(toks[p + 1]))
                                            && (p + 1..k).any(|x| self.ctx.is_title_head(toks[x]))))
                                });
                            j = if appositive_before { k + 1 } else { k };
                            continue;
                        }
                        // "Ray Powell, director of SeaLight, said": a title with no article,
                        // placed by what it heads, is an appositive too.
                        if let Some(k) = k
                            && toks[seg_start].is_word()
                            && !toks[seg_start].starts_upper(text)
                            && self.ctx.is_title_head(toks[seg_start])
                            && (seg_start + 1..j)
                                .any(|x| matches!(self.word(toks[x]).as_ref(), "of" | "at" | "for"))
                        {
                            appositive_role = self
                                .ctx
                                .role_before(toks, self.title_end(toks, seg_start, j), seg_start)
                                .map(|r| r.1);
                            j = k;
                            continue;
                        }
                        // ", for its part,", ", in turn,", ", meanwhile,": an aside between
                        // the subject and its verb.
                        if let Some(k) = k
                            && j - seg_start <= 4
                            && is_aside(&first, &self.word(toks[j - 1]))
                        {
                            j = k;
                            continue;
                        }
                        // "The ELN, in a communiqué published on its website on 17 April,
                        // denied …": where the subject said it, between the subject and
                        // its verb.
                        if let Some(k) = k
                            && j - seg_start <= 14
                            && matches!(first.as_ref(), "in" | "through")
                            && seg_start + 2 < j
                            && matches!(
                                self.word(toks[seg_start + 1]).as_ref(),
                                "a" | "an" | "its" | "their" | "his" | "her" | "the"
                            )
                            && is_statement(&self.word(toks[seg_start + 2]))
                        {
                            j = k;
                            continue;
                        }
                        // "X, president of Y in Pascagoula, Miss., acknowledged", "… in
                        // Pristina, Kosovo, said": the region or country completing a place,
                        // not the subject; "Tom Brackett, R-Wash., said": a party and state.
                        if let Some(k) = k
                            && self.completes_place(toks, seg_start, j, k)
                        {
                            // (The comma before it ends the segment read next, or what
                            // precedes it is read word by word.)
                            skipped_phrase = true;
                            j = k + 1;
                            continue;
                        }
                        // ", Liz Truss," after "the British Foreign Secretary"; ", Athens-based
                        // Poseidon Tankers," after "The tanker's manager".
                        let described = seg_start + 1 < j
                            && crate::annotate::mentions::is_descriptive_attribute(&first);
                        // ", Rebecca Holt (Lab), said": a party or unit in parentheses after
                        // the name.
                        let name_end = match self.punct(toks, j - 1) {
                            Some(')') => (seg_start + 1..j - 1)
                                .rev()
                                .find(|&x| self.punct(toks, x) == Some('('))
                                .unwrap_or(j),
                            // (", Sarah Okonjo-Hale KC,": the letters after the name.)
                            _ if j > seg_start + 1 && is_post_nominal(toks[j - 1].text(text)) => {
                                j - 1
                            }
                            _ => j,
                        };
                        // ", the Murmansk-based company Sever-Trawl,": what the name is, then
                        // the name.
                        let introduced = |m: &Mention| {
                            first == "the"
                                && m.first > seg_start + 1
                                && m.first <= seg_start + 4
                                && toks[seg_start + 1..m.first].iter().all(|t| {
                                    t.is_word()
                                        && (!t.starts_upper(text)
                                            || self.word(*t).ends_with("-based"))
                                })
                        };
                        // "Bronwyn Tully, who signed the deal with the Police Minister,
                        // Ronald Kikolo, said": the name after a relative clause ending in a
                        // title is that title's, inside the clause; the subject is before it.
                        if let Some(k) = k.filter(|&k| k > s0)
                            && self.ctx.is_title_head(toks[k - 1])
                            && let Some(who) = self.relative_clause_ending(toks, s0, k)
                        {
                            j = who + 1;
                            continue;
                        }
                        if let Some(mut m) = self.ctx.mention_back(toks, name_end - 1, seg_start)
                            && (m.first == seg_start
                                || (described && m.first == seg_start + 1)
                                || introduced(&m))
                        {
                            if let (MentionKind::Person { role, .. }, Some(k)) = (&mut m.kind, k)
                                && role.is_none()
                            {
                                *role = self.ctx.role_before(toks, k, s0).map(|r| r.1);
                            }
                            return Some(m);
                        }
                        // "Ukrenergo, the national grid operator, said", "ISPR, the media wing
                        // of its military, stated", "the Bureau for Reintegration, the
                        // government agency in charge of relations with the region, said": a
                        // description after the name.
                        if let Some(k) = k
                            && first == "the"
                            && j - seg_start <= 12
                            // ("the member for Cariboo–Prince George": a dash inside a name.)
                            && (seg_start..j).all(|x| {
                                toks[x].kind != TokKind::Punct
                                    || (x > seg_start
                                        && matches!(self.punct(toks, x), Some('–' | '-'))
                                        && toks[x - 1].end == toks[x].start
                                        && toks[x + 1].start == toks[x].end)
                            })
                            && !toks[seg_start..j]
                                .iter()
                                .any(|t| matches!(self.word(*t).as_ref(), "who" | "which" | "that"))
                        {
                            j = k;
                            continue;
                        }
                        // "Tomás Cuamba, of the Centre for Security Studies, in Maputo, said":
                        // where the person works or is, between the name and the verb.
                        if let Some(k) = k
                            && j - seg_start <= 10
                            && (matches!(first.as_ref(), "of" | "from" | "at" | "in")
                                // (", across the river from Quebec City,")
                                || matches!(
                                        first.as_ref(),
                                        "across" | "near" | "outside" | "inside" | "north"
                                            | "south" | "east" | "west"
                                    ))
                            && toks[seg_start + 1..j].iter().all(|t| {
                                let w = self.word(*t);
                                t.kind == TokKind::Word
                                    && self.ctx.lex.verb_forms(&w).is_none()
                                    && !is_aux(&w)
                                    && !matches!(w.as_ref(), "who" | "which" | "that")
                            })
                        {
                            skipped_phrase = true;
                            // ("X of the Bloc, who represents Lévis–Lotbinière, across the
                            // river, said": a relative clause before the phrase is read from
                            // its "who", not from its last word.)
                            j = self
                                .relative_clause_ending(toks, s0, k)
                                .map_or(k, |who| who + 1);
                            continue;
                        }
                        // An age after the name ("Hardy, 54, said").
                        if let Some(k) = k
                            && j == seg_start + 1
                            && toks[seg_start].kind == TokKind::Number
                        {
                            j = k;
                            continue;
                        }
                        // A role after the name with no article ("X, commander of Y's land
                        // forces, said", "X, Russia's ambassador to Z, denied").
                        if let Some(k) = k
                            && (seg_start..j).any(|x| self.ctx.is_title_head(toks[x]))
                        {
                            appositive_role = Some(
                                crate::annotation::Span::new(
                                    toks[seg_start].start,
                                    toks[j - 1].end,
                                )
                                .slice(text)
                                .to_string(),
                            );
                            j = k;
                            continue;
                        }
                        // "Tashi, a herder who, like many in the area, goes by one name,
                        // said": the rest of a relative clause after an aside; read on from
                        // the comma after "who", which closes the appositive it is in.
                        if let Some(k) = k
                            && let Some(k2) = (s0 + 1..k)
                                .rev()
                                .find(|&x| self.punct(toks, x) == Some(','))
                            && k - k2 <= 8
                            && matches!(self.word(toks[k2 - 1]).as_ref(), "who" | "which")
                        {
                            j = k2 + 1;
                            continue;
                        }
                        // The first comma of the sentence after a phrase skipped above ("The
                        // researcher X, of the Centre, in Maputo, said"): what precedes it is
                        // read word by word, as it would be with no phrase between.
                        if k.is_none() && skipped_phrase {
                            continue;
                        }
                        return None;
                    }
                    ')' => {
                        let k = (s0..j).rev().find(|&k| self.punct(toks, k) == Some('('))?;
                        j = k;
                        continue;
                    }
                    // ("Ferdinand Marcos Jr. has said": the suffix's period; "The U.S.
                    // said": a period of a listed name.)
                    '.' if j > s0
                        && ((toks[j - 1].end == t.start
                            && matches!(toks[j - 1].text(text), "Jr" | "Sr"))
                            || self.ctx.is_name_period(toks, j)) =>
                    {
                        continue;
                    }
                    _ => return None,
                }
            }
            let w = self.word(t);
            // "Sarah Okonjo-Hale KC told the jury": letters after a name are not the speaker.
            if j > s0 && is_post_nominal(t.text(text)) && self.ctx.is_name_word(toks[j - 1]) {
                continue;
            }
            // ", who called …": the relative pronoun stands for the mention before the comma,
            // even inside a prepositional phrase ("a clip of the spokesperson, who said …").
            if w == "who" && j > s0 + 1 && self.punct(toks, j - 1) == Some(',') {
                let m = self.ctx.mention_back(toks, j - 2, s0);
                // "Koen Van den Eede of the Flemish N-VA, who said …": the person the body
                // only places.
                // ("of the Bloc Québécois": a name after "the" is a body's, whatever it
                // looks like.)
                if let Some(o) = &m
                    && (matches!(o.kind, MentionKind::Organization { .. })
                        || (o.first > s0 && self.is_word(toks, o.first - 1, "the")))
                {
                    // The preposition may come before a description ("of the Flemish
                    // nationalist N-VA").
                    let of = (o.first.saturating_sub(5).max(s0 + 1)..o.first)
                        .rev()
                        .take_while(|&b| toks[b].is_word())
                        .find(|&b| matches!(self.word(toks[b]).as_ref(), "of" | "from" | "at"));
                    if let Some(b) = of
                        && let Some(p) = self.ctx.mention_back(toks, b - 1, s0)
                        && matches!(p.kind, MentionKind::Person { .. })
                    {
                        return Some(p);
                    }
                    // "Tomas Grigalius, the commander of the State Border Guard Service, who
                    // said …": past the appositive that holds the body, the person.
                    if let Some(b) = of
                        && let Some(comma) = (s0 + 1..b)
                            .rev()
                            .find(|&k| toks[k].kind == TokKind::Punct)
                            .filter(|&k| self.punct(toks, k) == Some(','))
                        && matches!(self.word(toks[comma + 1]).as_ref(), "the" | "a" | "an")
                        && (comma + 2..b).any(|k| self.ctx.is_title_head(toks[k]))
                        && let Some(p) = self.ctx.mention_back(toks, comma - 1, s0)
                        && matches!(p.kind, MentionKind::Person { .. })
                    {
                        return Some(p);
                    }
                }
                return m;
            }
            // "quotes a senior official in Nicosia who says …": an unnamed speaker placed by
            // a short phrase, with the relative pronoun right after it.
            if w == "who" {
                // Only a title or a collective noun heads such a speaker: check that cheaply
                // before parsing mentions ("who" is frequent).
                let unnamed = (j.saturating_sub(6).max(s0)..j)
                    .filter(|&k| {
                        toks[k].is_word()
                            && (self.ctx.is_title_head(toks[k])
                                || self.ctx.lex.is_group_noun(&self.word(toks[k])))
                    })
                    .find_map(|k| {
                        self.ctx
                            .mention_back(toks, k, s0)
                            .filter(|m| matches!(m.kind, MentionKind::Group { .. }))
                    });
                if let Some(mut m) = unnamed {
                    self.extend_group(toks, &mut m, j);
                    if m.last + 1 == j {
                        return Some(m);
                    }
                }
            }
            if w == "that" || opens_clause(&w) {
                return None;
            }
            if is_aux(&w) || t.kind == TokKind::Number {
                continue;
            }
            // "Refugees … tell the same stories. Several said …": a quantifier alone stands for
            // the group just named, as "they" does.
            if (j == s0 || self.punct(toks, j - 1).is_some())
                && matches!(w.as_ref(), "several" | "many" | "most" | "others" | "some")
                && (j + 1..c).all(|k| is_aux(&self.word(toks[k])))
            {
                return Some(Mention {
                    span: t.span(),
                    first: j,
                    last: j,
                    kind: MentionKind::PluralPronoun,
                });
            }
            // "Chief Executive Councillor of the Council (LAHDC), Leh, who visited …": one
            // word between commas after a body's initials is the town it is in.
            if j >= s0 + 2
                && self.punct(toks, j - 1) == Some(',')
                && self.punct(toks, j - 2) == Some(')')
                && self.punct(toks, j + 1) == Some(',')
                && t.starts_upper(text)
            {
                continue;
            }
            if let Some(mut m) = self.ctx.mention_back(toks, j, s0) {
                let before = m.first.checked_sub(1).filter(|&b| b >= s0);
                // "contacted by Pristina Post": a place before a one-word name opens that name,
                // and the word before the place is the one that decides.
                let before = before.and_then(|b| match self.ctx.hit_covering(toks[b].start) {
                    Some(h)
                        if matches!(h.kind, ProperKind::Place | ProperKind::Country)
                            && h.span.end == toks[b].end
                            && m.first == m.last
                            && matches!(m.kind, MentionKind::Person { .. }) =>
                    {
                        let mut p = b;
                        while p > s0 && toks[p - 1].start >= h.span.start {
                            p -= 1;
                        }
                        p.checked_sub(1).filter(|&q| q >= s0)
                    }
                    _ => Some(b),
                });
                // ("the US Air Force’s 501st Combat Support Wing": an ordinal numbers the
                // unit, and the word before it decides.)
                let before = before.map(|b| {
                    let ordinal = toks[b].is_word()
                        && toks[b].text(text).starts_with(|c: char| c.is_ascii_digit());
                    if ordinal && b > s0 { b - 1 } else { b }
                });
                let before = before.map(|b| {
                    // "of the ruling People Power Party": a word describing the body may
                    // stand between the article and the name.
                    let described = b > s0 + 1
                        && toks[b].is_word()
                        && self.ctx.text.as_bytes()[toks[b].start].is_ascii_lowercase()
                        && self.is_word(toks, b - 1, "the")
                        && !PREPOSITIONS.contains(&self.word(toks[b]).as_ref());
                    if described {
                        b - 2
                    } else if self.is_word(toks, b, "the") && b > s0 {
                        b - 1
                    } else {
                        b
                    }
                });
                // "the Command of the People's Liberation Army said": a mention owned by a
                // name is inside the phrase of its owner.
                let before = match before {
                    Some(b) if toks[b].kind == TokKind::Possessive && b > s0 => self
                        .ctx
                        .mention_back(toks, b - 1, s0)
                        .and_then(|o| o.first.checked_sub(1))
                        .filter(|&p| p >= s0)
                        .map(|p| {
                            if self.is_word(toks, p, "the") && p > s0 {
                                p - 1
                            } else {
                                p
                            }
                        }),
                    b => b,
                };
                // "… came after the Turkish Defence Ministry said": after a conjunction that
                // opens a clause, the mention right before the verb is that clause's subject.
                let opens_clause = before.is_some_and(|b| {
                    matches!(
                        self.word(toks[b]).as_ref(),
                        "after" | "before" | "since" | "until" | "once" | "because"
                    )
                }) && (m.last + 1..c).all(|k| is_aux(&self.word(toks[k])));
                let in_pp = !opens_clause
                    && before.is_some_and(|b| {
                        toks[b].kind == TokKind::Word
                            && PREPOSITIONS.contains(&self.word(toks[b]).as_ref())
                    });
                // "Several of the pilots said": the part speaks for the whole.
                let partitive = in_pp
                    && matches!(m.kind, MentionKind::Group { .. })
                    && before.is_some_and(|b| {
                        self.is_word(toks, b, "of")
                            && b > s0
                            && (toks[b - 1].kind == TokKind::Number
                                || is_partitive(&self.word(toks[b - 1])))
                            && (b - 1 == s0 || self.punct(toks, b - 2).is_some())
                    });
                // "A statement from Ukraine's General Staff said": the words of a document
                // are its issuer's.
                if in_pp
                    && matches!(m.kind, MentionKind::Organization { .. })
                    && let Some(b) = before.filter(|&b| b > s0 + 1)
                    && matches!(self.word(toks[b]).as_ref(), "from" | "by")
                    && is_statement(&self.word(toks[b - 1]))
                    && b - 2 == s0
                    && matches!(self.word(toks[b - 2]).as_ref(), "a" | "an" | "the")
                    && (m.last + 1..c).all(|k| is_aux(&self.word(toks[k])))
                {
                    return Some(m);
                }
                if in_pp && !partitive {
                    j = before.unwrap_or(s0);
                    continue;
                }
                if let (MentionKind::Person { role, .. }, Some(r)) = (&mut m.kind, appositive_role)
                    && role.is_none()
                {
                    *role = Some(r);
                }
                // "Azerbaijan's Foreign Minister, Elnur Mammadli, speaking in Ankara, said": a
                // role that opens the sentence before the name's comma.
                if let MentionKind::Person { role, .. } = &mut m.kind
                    && role.is_none()
                    && m.first > s0 + 1
                    && self.punct(toks, m.first - 1) == Some(',')
                    && let Some((k, r, _)) = self.ctx.role_before(toks, m.first - 1, s0)
                    && self.opens_at(toks, k, s0)
                {
                    *role = Some(r);
                }
                self.extend_group(toks, &mut m, c);
                return Some(m);
            }
            if budget < 8 && !toks[j].is_word() {
                return None;
            }
        }
        None
    }

    /// An unnamed speaker keeps the phrase that places it, up to the verb at token `c`:
    /// "officials in the capital", "a senior officer at the headquarters", "a spokeswoman for
    /// the foreign service". News names such speakers by the whole phrase.
    pub(super) fn extend_group(&self, toks: &[Token], m: &mut Mention, c: usize) {
        let p = m.last + 1;
        // "The United Nations mission in Libya said": a body placed by a country or place.
        if let MentionKind::Organization {
            name, canonical, ..
        } = &mut m.kind
        {
            let body = self.ctx.lex.is_body_noun(&self.word(toks[m.last]));
            // A known place, or one capitalised word right before the verb ("The Chinese
            // embassy in Honiara said": a town the lists do not hold).
            let place = |k: usize| match self.ctx.hit_covering(toks[k].start) {
                Some(h) => matches!(
                    h.kind,
                    crate::annotate::lexicon::ProperKind::Country
                        | crate::annotate::lexicon::ProperKind::Place
                )
                .then_some(h.span),
                None => (k + 1 == c && self.ctx.is_name_word(toks[k])).then(|| toks[k].span()),
            };
            if body
                && p + 1 < c
                && matches!(self.word(toks[p]).as_ref(), "in" | "to" | "for")
                && let Some(h_span) = place(p + 1)
                && h_span.end <= toks[c - 1].end
            {
                let tail = &self.ctx.text[m.span.end..h_span.end];
                name.push_str(tail);
                *canonical = name.clone();
                m.span = crate::annotation::Span::new(m.span.start, h_span.end);
                m.last = (p + 1..c)
                    .rfind(|&k| toks[k].end <= h_span.end)
                    .unwrap_or(p + 1);
            }
            return;
        }
        let MentionKind::Group { name } = &mut m.kind else {
            return;
        };
        // "A diplomat in Georgetown, who spoke on condition of anonymity, said": the phrase
        // ends at the appositive.
        // "Western diplomats in Nairobi privately say": nor does an adverb belong to it.
        let c = (p..c)
            .find(|&k| {
                toks[k].kind == TokKind::Punct || {
                    let w = toks[k].text(self.ctx.text);
                    w.len() > 4 && w.ends_with("ly") && w.starts_with(char::is_lowercase)
                }
            })
            .unwrap_or(c);
        // A long organization name may close the phrase ("monitors from the International
        // Society for Fair Elections and Democracy").
        // The name starts right after the preposition or after "the".
        let named_body = c > p + 1 && {
            let name_start = toks[(p + 2).min(c - 1)].start;
            self.ctx
                .hit_covering(toks[c - 1].start)
                .is_some_and(|h| h.span.end == toks[c - 1].end && h.span.start <= name_start)
        };
        // "Refugees arriving in Mbera tell …", "people living near the border say": a
        // participle before the placing phrase.
        let participle = {
            let w = toks[p].text(self.ctx.text);
            w.len() > 5
                && w.ends_with("ing")
                && w.starts_with(|c: char| c.is_ascii_lowercase())
                && toks
                    .get(p + 1)
                    .is_some_and(|t| p + 1 < c && PLACERS.contains(&self.word(*t).as_ref()))
        };
        let placer = if participle { p + 1 } else { p };
        if placer + 1 >= c
            || (c - p > 8 && !(named_body && c - p <= 12))
            || !PLACERS.contains(&self.word(toks[placer]).as_ref())
            || toks[p..c].iter().any(|t| t.kind == TokKind::Punct)
        {
            return;
        }
        let end = toks[c - 1].end;
        name.push_str(&self.ctx.text[m.span.end..end]);
        m.span = crate::annotation::Span::new(m.span.start, end);
        m.last = c - 1;
    }

    /// The last title token of an appositive ("a professor at Y" → "professor").
    pub(super) fn title_end(&self, toks: &[Token], a: usize, b: usize) -> usize {
        // The title ends before where the person works: "a drone warfare expert at King’s
        // College London" holds no title "King".
        let head = |x: usize| self.ctx.is_title_head(toks[x]);
        let stop = (a + 1..b)
            .find(|&x| {
                matches!(self.word(toks[x]).as_ref(), "at" | "in" | "from" | "with")
                    && (a..x).any(head)
            })
            .unwrap_or(b);
        (a..stop).rfind(|&x| head(x)).map_or(a, |x| x + 1)
    }

    /// The first mention of the sentence that is not in a prepositional phrase: the subject of
    /// a participle cue ("Russia is … using this event, accusing the West of …").
    pub(super) fn main_subject(&self, toks: &[Token], s0: usize, end: usize) -> Option<Mention> {
        let mut j = s0;
        while j < end {
            if let Some(m) = self.ctx.mention_back(toks, j, s0) {
                // Extend to the longest mention ending here or just after.
                let longer = (j + 1..end.min(j + 5))
                    .filter_map(|k| self.ctx.mention_back(toks, k, s0))
                    .rfind(|n| n.first <= j);
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
}

/// A short aside between a subject and its verb, by its first and last words: "for its
/// part", "in turn", "meanwhile", "however", "for their part".
/// Words that open the phrase placing a group ("officials in Oslo", "sources familiar with
/// the matter", "people close to the talks").
pub(super) const PLACERS: &[&str] = &[
    "in", "at", "from", "for", "of", "with", "inside", "within", "familiar", "close",
];

/// A quantifier that takes a part of a group ("several of the pilots").
fn is_partitive(w: &str) -> bool {
    matches!(
        w,
        "several"
            | "some"
            | "many"
            | "most"
            | "few"
            | "all"
            | "both"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "none"
            | "each"
            | "half"
            | "dozens"
            | "hundreds"
    )
}

/// What a speaker issues words in: "in a communiqué", "through a spokesman's statement".
fn is_statement(w: &str) -> bool {
    use crate::annotate::mentions::{is_document, is_issued};
    is_document(w) || is_issued(w) || matches!(w, "video" | "interview" | "speech" | "briefing")
}

fn is_aside(first: &str, last: &str) -> bool {
    match first {
        "meanwhile" | "however" | "though" | "too" | "also" | "instead" | "likewise" => true,
        "in" => last == "turn",
        "for" => last == "part",
        "by" => last == "contrast",
        _ => false,
    }
}

/// Letters after a name ("KC", "QC", "MP", "OBE"): honours and offices, not part of the name.
fn is_post_nominal(w: &str) -> bool {
    matches!(
        w,
        "KC" | "QC" | "SC" | "MP" | "MEP" | "MSP" | "TD" | "OBE" | "MBE" | "CBE" | "KBE" | "DBE"
    )
}
