//! Speaker mentions: the noun phrase that says who speaks.
//!
//! A mention is parsed backwards from its last token, the way a subject sits before its verb:
//! a pronoun ("he"), a person's name with the title before it ("NATO Secretary General Jens
//! Stoltenberg", "Security analyst Avni Islami"), a country, organization or outlet of the word
//! lists ("the US", "Moscow", "The Telegraph"), a description of a state ("The Serbian side"),
//! a collective ("security experts", "Western countries"), a reference back to an outlet ("the
//! publication", "the author of the publication"), or a bare title ("the minister").

mod roles;
mod words;

pub(crate) use roles::is_descriptive_attribute;
use words::{NAME_PARTICLES, QUANTIFIERS, is_particle_name, lower, not_names};
pub use words::{
    PLACE_PARTICLES, PREPOSITIONS, is_document, is_editorial_stance, is_honorific, is_initials,
    is_issued,
};

use super::Ctx;
use super::lexicon::ProperKind;
use super::tokens::{TokKind, Token};
use crate::annotation::Span;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MentionKind {
    /// A person's name (one word: a surname to resolve), with the role and affiliation the
    /// words before it give.
    Person {
        name: String,
        role: Option<String>,
        affiliation: Option<String>,
    },
    /// he, she, him, her.
    PersonPronoun,
    /// they, them.
    PluralPronoun,
    /// it.
    ThingPronoun,
    /// A state, organization or outlet; `canonical` merges metonyms ("Moscow" → "Russia").
    Organization {
        name: String,
        canonical: String,
        outlet: bool,
        role: Option<String>,
    },
    /// An unnamed collective: `name` without quantifiers ("analysts" for "some analysts").
    Group { name: String },
    /// "the publication", "the author of the publication".
    OutletReference,
    /// "the report", "the study": a document speaks for whoever issued it.
    Document,
    /// A title without a name ("Albanian Prime Minister", "the minister").
    Role { role: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    /// First and last token index in the paragraph.
    pub first: usize,
    pub last: usize,
    pub kind: MentionKind,
}
impl Ctx<'_> {
    /// The proper-noun hit that ends exactly at token `t`, if any.
    /// The proper noun ending with token `t`, or with the period glued to it ("U.S.").
    fn hit_ending(&self, t: Token) -> Option<&super::Hit<'_>> {
        self.hit_covering(t.start).filter(|h| {
            h.span.end == t.end
                || (h.span.end == t.end + 1 && self.text.as_bytes().get(t.end) == Some(&b'.'))
        })
    }

    pub fn is_name_word(&self, t: Token) -> bool {
        if t.kind != TokKind::Word {
            return false;
        }
        let w = t.text(self.text);
        // Particles are lowercase ASCII: only a word opening so can be one ("al-Amiri"), and
        // such a word is no capitalised name.
        if w.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
            return is_particle_name(w);
        }
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && !not_names().contains(w)
            && !self.is_title_token(t)
            && self.hit_covering(t.start).is_none()
            && !self.is_plural_role(w)
    }

    /// "Sailors call them ‘drifters’", "Fishermen say …": a capitalised plural of a role
    /// (opening a sentence) is people, not a name.
    fn is_plural_role(&self, w: &str) -> bool {
        // (On a stack buffer: this runs on every capitalised word that passes for a name.)
        let bytes = w.as_bytes();
        let n = bytes.len();
        if !(5..=24).contains(&n) || !w.is_ascii() {
            return false;
        }
        let mut buf = [0u8; 24];
        for (b, c) in buf.iter_mut().zip(bytes) {
            *b = c.to_ascii_lowercase();
        }
        let singular = if buf[..n].ends_with(b"men") {
            buf[n - 2] = b'a';
            &buf[..n]
        } else if buf[n - 1] == b's' {
            &buf[..n - 1]
        } else {
            return false;
        };
        std::str::from_utf8(singular).is_ok_and(|s| self.lex.is_title(s))
    }

    /// The mention whose last token is `toks[j]`, not reaching before `floor`.
    pub fn mention_back(&self, toks: &[Token], j: usize, floor: usize) -> Option<Mention> {
        let t = *toks.get(j)?;
        let text = self.text;
        let w = t.text(text);
        let lw = self.lower(t);
        let single = |kind| {
            Some(Mention {
                span: t.span(),
                first: j,
                last: j,
                kind,
            })
        };
        if t.kind != TokKind::Word {
            return None;
        }
        // "Witness K", "Soldier F": a pseudonym of one letter after the word for who they are.
        if w.len() == 1
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && !matches!(w, "A" | "I")
            && j > floor
            && toks[j - 1].end + 1 == t.start
            && matches!(
                toks[j - 1].text(text),
                "Witness" | "Soldier" | "Officer" | "Agent" | "Informant" | "Patient" | "Source"
            )
        {
            return Some(Mention {
                span: Span::new(toks[j - 1].start, t.end),
                first: j - 1,
                last: j,
                kind: MentionKind::Person {
                    name: text[toks[j - 1].start..t.end].to_string(),
                    role: None,
                    affiliation: None,
                },
            });
        }
        match lw.as_ref() {
            "he" | "she" | "him" | "her" => return single(MentionKind::PersonPronoun),
            "they" | "them" => return single(MentionKind::PluralPronoun),
            "it" => return single(MentionKind::ThingPronoun),
            _ => {}
        }
        // "Cotidianul de Chișinău", "Gazeta de Bălți": a name joined to a place by a particle
        // is a name of its own (an outlet's, a person's), not the place.
        let particle_place = |h: &super::Hit<'_>| {
            matches!(h.kind, ProperKind::Place | ProperKind::Country)
                && h.span.start == t.start
                && j >= floor + 2
                && PLACE_PARTICLES.contains(&toks[j - 1].text(text))
                && self.is_name_word(toks[j - 2])
        };
        if let Some(h) = self.hit_ending(t).filter(|h| !particle_place(h)) {
            if h.kind == ProperKind::Demonym {
                return None;
            }
            let first = toks[floor..=j]
                .iter()
                .position(|x| x.start >= h.span.start)
                .map_or(j, |p| p + floor);
            let (first_with_role, role) = match self.descriptor_before(toks, first, floor) {
                Some((k, r)) => (k, Some(r)),
                None => (first, None),
            };
            return Some(Mention {
                span: h.span,
                first: first_with_role,
                last: j,
                kind: MentionKind::Organization {
                    name: h.span.slice(text).to_string(),
                    canonical: h.canonical.to_string(),
                    outlet: h.kind == ProperKind::Outlet,
                    role,
                },
            });
        }
        if self.lex.is_outlet_reference(&lw)
            && let Some(m) = self.outlet_named_before(toks, j, floor)
        {
            return Some(m);
        }
        if self.lex.is_body_noun(&lw) && j > floor {
            // "The Serbian side", "Latvia’s defence ministry", "the interior ministry",
            // "the ECOWAS commission": a body tied to a state or organization, or named with
            // the definite article.
            let mut k = j;
            let mut anchor: Option<usize> = None;
            while k > floor && j - k < 4 {
                let p = toks[k - 1];
                if p.kind == TokKind::Possessive {
                    // "Keir Lowe's office": a body named by the person it serves.
                    if k >= floor + 2 && self.is_name_word(toks[k - 2]) {
                        let mut a = k - 2;
                        while a > floor
                            && k - a < 6
                            && (self.is_name_word(toks[a - 1]) || self.is_title_token(toks[a - 1]))
                        {
                            a -= 1;
                        }
                        anchor = Some(a);
                        break;
                    }
                    k -= 1;
                    continue;
                }
                // ("A Dublin-based cybersecurity company": where it is based describes it.)
                if p.kind == TokKind::Word && self.lower(p).ends_with("-based") {
                    k -= 1;
                    continue;
                }
                if let Some(h) = self.hit_covering(p.start) {
                    if h.kind == ProperKind::Place {
                        // "the Tripoli health ministry": a body named by its seat, with the
                        // article; a bare place before a body is only where it is.
                        let mut a = k - 1;
                        while a > floor && toks[a - 1].start >= h.span.start {
                            a -= 1;
                        }
                        if a > floor && self.lower(toks[a - 1]) == "the" {
                            anchor = Some(a);
                        }
                        break;
                    }
                    while k > floor && toks[k - 1].start >= h.span.start {
                        k -= 1;
                    }
                    anchor = Some(k);
                    break;
                }
                let pl = self.lower(p);
                if matches!(pl.as_ref(), "the" | "a" | "an") {
                    anchor = Some(k);
                    break;
                }
                if p.kind != TokKind::Word
                    || PREPOSITIONS.contains(&pl.as_ref())
                    || super::speech::is_grammar_word(&pl)
                    || QUANTIFIERS.contains(&pl.as_ref())
                    || self.lex.verb_forms(&pl).is_some()
                {
                    break;
                }
                k -= 1;
            }
            if let Some(first) = anchor {
                return Some(named_body(text, toks, first, j));
            }
        }
        // "One diplomat", "a senior official", "another analyst": an unnamed person.
        if self.is_title_head(t) && j > floor {
            let mut k = j;
            // "a senior EU diplomat", "a senior government official", "A Western diplomat":
            // modifiers, proper nouns and bodies before the title.
            while k > floor
                && j - k < 4
                && (self.is_title_token(toks[k - 1])
                    || self.hit_covering(toks[k - 1].start).is_some()
                    || self.lex.is_body_noun(&self.lower(toks[k - 1]))
                    || self.is_name_word(toks[k - 1])
                    || matches!(
                        toks[k - 1].text(text),
                        "Western" | "Eastern" | "Northern" | "Southern" | "foreign" | "local"
                    ))
            {
                k -= 1;
            }
            if k > floor
                && matches!(
                    self.lower(toks[k - 1]).as_ref(),
                    "one" | "a" | "an" | "another" | "my" | "our"
                )
            {
                let span = Span::new(toks[k - 1].start, t.end);
                return Some(Mention {
                    span,
                    first: k - 1,
                    last: j,
                    kind: MentionKind::Group {
                        name: span.slice(text).to_string(),
                    },
                });
            }
        }
        if self.lex.is_group_noun(&lw) {
            let mut k = j;
            let mut quantifier = false;
            while k > floor && j - k < 3 {
                let p = toks[k - 1];
                if p.kind != TokKind::Word {
                    break;
                }
                let pl = self.lower(p);
                if QUANTIFIERS.contains(&pl.as_ref()) {
                    quantifier = pl != "the";
                    if quantifier {
                        k -= 1;
                    }
                    break;
                }
                if PREPOSITIONS.contains(&pl.as_ref())
                    || super::speech::is_grammar_word(&pl)
                    || self.lex.verb_forms(&pl).is_some()
                {
                    break;
                }
                if let Some(h) = self.hit_covering(p.start)
                    && h.kind != ProperKind::Demonym
                {
                    // "Somaliland officials": a state right before the noun names the group.
                    if h.kind == ProperKind::Country && k == j && h.span.end == p.end {
                        while k > floor && toks[k - 1].start >= h.span.start {
                            k -= 1;
                        }
                    }
                    break;
                }
                k -= 1;
            }
            // "the UN panel of experts": the body the experts form.
            if !quantifier
                && k >= floor + 2
                && toks[k - 1].text(text) == "of"
                && let Some(body) = self.mention_back(toks, k - 2, floor)
                && matches!(body.kind, MentionKind::Organization { .. })
            {
                let span = Span::new(body.span.start.min(toks[body.first].start), t.end);
                return Some(Mention {
                    span,
                    first: body.first,
                    last: j,
                    kind: MentionKind::Group {
                        name: span.slice(text).trim_start_matches("the ").to_string(),
                    },
                });
            }
            let name_start = if quantifier { k + 1 } else { k };
            let name = Span::new(toks[name_start].start, t.end)
                .slice(text)
                .to_string();
            return Some(Mention {
                span: Span::new(toks[k].start, t.end),
                first: k,
                last: j,
                kind: MentionKind::Group { name },
            });
        }
        // "According to the report, …", "…, the study says.": only a definite document, one
        // the text has introduced.
        if (is_document(&lw) || matches!(lw.as_ref(), "communique" | "communiqué" | "statement"))
            && j > floor
            && matches!(
                self.lower(toks[j - 1]).as_ref(),
                "the" | "its" | "their" | "this"
            )
        {
            return Some(Mention {
                span: Span::new(toks[j - 1].start, t.end),
                first: j - 1,
                last: j,
                kind: MentionKind::Document,
            });
        }
        if self.lex.is_outlet_reference(&lw) {
            let mut first = self.with_article(toks, j, floor);
            // "the author of the publication"
            if first >= floor + 3
                && toks[first - 1].text(text) == "of"
                && self.is_title_token(toks[first - 2])
                && matches!(self.lower(toks[first - 3]).as_ref(), "the" | "an" | "a")
            {
                first -= 3;
            }
            return Some(Mention {
                span: Span::new(toks[first].start, t.end),
                first,
                last: j,
                kind: MentionKind::OutletReference,
            });
        }
        let place_after_particle = j >= floor + 2
            && self.hit_ending(t).is_some()
            && NAME_PARTICLES.contains(&toks[j - 1].text(text))
            && self.is_name_word(toks[j - 2]);
        if self.is_name_word(t)
            || place_after_particle
            || (is_particle_name(w) && j > floor && self.is_name_word(toks[j - 1]))
        {
            let mut k = j;
            while k > floor
                && j - k < 4
                && (self.is_name_word(toks[k - 1])
                    || (NAME_PARTICLES.contains(&toks[k - 1].text(text))
                        && k - 1 > floor
                        && self.is_name_word(toks[k - 2])))
            {
                k -= 1;
            }
            // "Jordan Pryce", "Israel Katz": a country that is also a first name, right before
            // a surname and after no preposition or article, is the first name.
            if k > floor
                && matches!(
                    toks[k - 1].text(text),
                    "Jordan" | "Chad" | "Georgia" | "Israel" | "India"
                )
                && self
                    .hit_ending(toks[k - 1])
                    .is_some_and(|h| h.span == toks[k - 1].span())
                && (k - 1 == floor || {
                    let before = self.lower(toks[k - 2]);
                    !PREPOSITIONS.contains(&before.as_ref())
                        && !matches!(before.as_ref(), "the" | "and" | "or" | "of" | "’s" | "'s")
                        && toks[k - 2].kind != TokKind::Possessive
                })
            {
                k -= 1;
            }
            // "EUFOR Althea": a name after an acronym is an operation or a body's name.
            let acronym = k > floor && k == j && !self.is_title_token(toks[k - 1]) && {
                let a = toks[k - 1].text(text);
                toks[k - 1].is_word()
                    && (2..=8).contains(&a.len())
                    && a.bytes().all(|b| b.is_ascii_uppercase())
                    && !self.lex.is_acronym_exception(a)
            };
            if acronym {
                return Some(named_body(text, toks, k - 1, j));
            }
            // "The Serbian List said": "the", a nationality and a name is a body's name (a
            // person is not "the Serbian X").
            let demonym_body = k >= floor + 2
                && self.lower(toks[k - 2]) == "the"
                && self.hit_ending(toks[k - 1]).is_some_and(|h| {
                    h.kind == ProperKind::Demonym && h.span.start == toks[k - 1].start
                });
            if demonym_body {
                return Some(named_body(text, toks, k - 1, j));
            }
            // "The Tallinn Courier", "the conservative Moscow Times": a place opens the name
            // of a body after "the" or an editorial line.
            if k >= floor + 2
                && self.hit_ending(toks[k - 1]).is_some_and(|h| {
                    matches!(h.kind, ProperKind::Place | ProperKind::Country)
                        && h.span.start == toks[k - 1].start
                })
            {
                let before = self.lower(toks[k - 2]);
                if before == "the" {
                    return Some(named_body(text, toks, k - 1, j));
                }
                if is_editorial_stance(&before) {
                    k -= 1;
                }
            }
            let name = Span::new(toks[k].start, t.end).slice(text).to_string();
            let (first, role, affiliation) = match self.role_before(toks, k, floor) {
                Some((first, role, aff)) => (first, Some(role), aff),
                None => (k, None, None),
            };
            // "The conservative Yomiuri went further": a name given an editorial line is a
            // newspaper's.
            if first == k
                && k >= floor + 2
                && self.lower(toks[k - 2]) == "the"
                && is_editorial_stance(&self.lower(toks[k - 1]))
            {
                return Some(Mention {
                    span: Span::new(toks[k].start, t.end),
                    first: k - 2,
                    last: j,
                    kind: MentionKind::Organization {
                        canonical: name.clone(),
                        name,
                        outlet: true,
                        role: Some(toks[k - 1].text(text).to_string()),
                    },
                });
            }
            // "the Hamburg weekly Die Küstenpost", "the newspaper Politika": a name that an
            // outlet noun introduces is that outlet.
            if first == k
                && k > floor
                && self.lex.is_outlet_reference(&self.lower(toks[k - 1]))
                && let Some((d, description)) = self.descriptor_before(toks, k, floor)
            {
                return Some(Mention {
                    span: Span::new(toks[k].start, t.end),
                    first: d,
                    last: j,
                    kind: MentionKind::Organization {
                        canonical: name.clone(),
                        name,
                        outlet: true,
                        role: Some(description),
                    },
                });
            }
            return Some(Mention {
                span: Span::new(toks[k].start, t.end),
                first,
                last: j,
                kind: MentionKind::Person {
                    name,
                    role,
                    affiliation,
                },
            });
        }
        if self.is_title_head(t)
            && let Some((k, role, _)) = self.role_before(toks, j + 1, floor)
        {
            return Some(Mention {
                span: Span::new(toks[k].start, t.end),
                first: k,
                last: j,
                kind: MentionKind::Role { role },
            });
        }
        // "KFOR", "G7", "N-VA"
        let upper = w.len() >= 2
            && w.len() <= 8
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
            && !w.ends_with('-')
            && w.chars().next().is_some_and(|c| c.is_ascii_uppercase());
        if upper && !self.lex.is_acronym_exception(w) {
            return single(MentionKind::Organization {
                name: w.to_string(),
                canonical: w.to_string(),
                outlet: false,
                role: None,
            });
        }
        None
    }
    /// Token `k`, or the "the" right before it (not before `floor`).
    fn with_article(&self, toks: &[Token], k: usize, floor: usize) -> usize {
        if k > floor && self.lower(toks[k - 1]) == "the" {
            k - 1
        } else {
            k
        }
    }

    /// "Yonhap news agency", "the Houthi-run Saba news agency": the outlet whose name comes
    /// before the outlet noun at `j`.
    fn outlet_named_before(&self, toks: &[Token], j: usize, floor: usize) -> Option<Mention> {
        let text = self.text;
        let t = toks[j];
        let noun = if j > floor && self.lower(toks[j - 1]) == "news" {
            j - 1
        } else {
            j
        };
        // "the UK Maritime Trade Operations (UKMTO) agency": known by the short name.
        if noun >= floor + 4
            && toks[noun - 1].text(text) == ")"
            && toks[noun - 3].text(text) == "("
            && toks[noun - 2].is_word()
        {
            let short = toks[noun - 2].text(text);
            if !is_initials(short) {
                return None;
            }
            let first = self.with_article(
                toks,
                self.mention_back(toks, noun - 4, floor)
                    .map_or(noun - 3, |m| m.first),
                floor,
            );
            return Some(Mention {
                span: Span::new(toks[first].start, t.end),
                first,
                last: j,
                kind: MentionKind::Organization {
                    name: short.to_string(),
                    canonical: short.to_string(),
                    outlet: false,
                    role: Some(Span::new(toks[noun].start, t.end).slice(text).to_string()),
                },
            });
        }
        let mut k = noun;
        while k > floor && noun - k < 4 && self.is_name_word(toks[k - 1]) {
            k -= 1;
        }
        while k < noun && is_descriptive_attribute(&self.lower(toks[k])) {
            k += 1;
        }
        if k < noun {
            let name = Span::new(toks[k].start, toks[noun - 1].end)
                .slice(text)
                .to_string();
            return Some(Mention {
                span: Span::new(toks[k].start, t.end),
                first: self.with_article(toks, k, floor),
                last: j,
                kind: MentionKind::Organization {
                    canonical: name.clone(),
                    name,
                    outlet: true,
                    role: Some(Span::new(toks[noun].start, t.end).slice(text).to_string()),
                },
            });
        }
        None
    }
}

/// A body named by the words of tokens `first..=last` ("Tripoli health ministry", "EUFOR
/// Althea"), which are also the name it merges by.
fn named_body(text: &str, toks: &[Token], first: usize, last: usize) -> Mention {
    let span = Span::new(toks[first].start, toks[last].end);
    let name = span.slice(text).to_string();
    Mention {
        span,
        first,
        last,
        kind: MentionKind::Organization {
            canonical: name.clone(),
            name,
            outlet: false,
            role: None,
        },
    }
}
