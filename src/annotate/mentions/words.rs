//! The closed word lists mention parsing reads: words that are never names, prepositions,
//! quantifiers and name particles. They are grammar, not regional vocabulary, so they live in
//! code rather than in the user-extendable `lexicon/` files.

/// Capitalised words that are never (part of) a person's name (with the month names of
/// [`crate::annotate::dates::FULL_MONTHS`]).
const NOT_NAMES: &[&str] = &[
    "The",
    "My",
    "Our",
    "His",
    "Her",
    "Their",
    "A",
    "An",
    "In",
    "On",
    "At",
    "For",
    "But",
    "And",
    "Or",
    "However",
    "Meanwhile",
    "Additionally",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "There",
    "Here",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "According",
    "As",
    "After",
    "Before",
    "During",
    "While",
    "When",
    "If",
    "Since",
    "Although",
    "Though",
    "Now",
    "Then",
    "So",
    "Also",
    "Both",
    "All",
    "Some",
    "Many",
    "Most",
    "Other",
    "Such",
    "Yesterday",
    "Today",
    "Tomorrow",
    "Last",
    "Next",
    "Furthermore",
    "Moreover",
    "Still",
    "Yet",
    "Thus",
    "Therefore",
    "Instead",
    "Earlier",
    "Later",
    "Days",
    "Weeks",
    "Months",
    "Years",
    "Recent",
    "Recently",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Shri",
    "Smt",
    "Sir",
    "Lord",
    "Lady",
    "Not",
    "No",
    "Yes",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Which",
    "Whether",
    "Despite",
    "Given",
    "Because",
    "From",
    "To",
    "By",
    "With",
    "Without",
    "Of",
    "Under",
    "Over",
    "Between",
    "Among",
    "Into",
    "Through",
    "Against",
    "Until",
    "Unlike",
    "Like",
    "Even",
    "Only",
    "Just",
    "Again",
    "Every",
    "Each",
    "Any",
    "Several",
    "Few",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Twenty",
    "Dozens",
    "Hundreds",
    "Thousands",
    "First",
    "Second",
    "Third",
    "Finally",
    "Indeed",
    "Historically",
    "Geopolitically",
    "Overall",
    "Still",
    "Once",
    "Should",
    "Could",
    "Would",
    "Will",
    "Can",
    "May",
    "Might",
    "Must",
    "Did",
    "Does",
    "Do",
    "Is",
    "Are",
    "Was",
    "Were",
    "Has",
    "Have",
    "Had",
    "Being",
    "Having",
    "Asked",
    "Speaking",
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "Unrest",
    "Tensions",
    "Nobody",
    "Everybody",
    "Somebody",
    "Anybody",
    "Everyone",
    "Someone",
    "Anyone",
];

/// [`NOT_NAMES`] as a set, built once.
pub(super) fn not_names()
-> &'static std::collections::HashSet<&'static str, foldhash::fast::FixedState> {
    static SET: std::sync::OnceLock<
        std::collections::HashSet<&'static str, foldhash::fast::FixedState>,
    > = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        NOT_NAMES
            .iter()
            .chain(crate::annotate::dates::FULL_MONTHS)
            .copied()
            .collect()
    })
}

/// Words that make the phrase after them a prepositional phrase, not a subject.
pub const PREPOSITIONS: &[&str] = &[
    "in", "to", "from", "at", "of", "with", "for", "by", "on", "about", "among", "between", "into",
    "than", "through", "during", "after", "before", "against", "over", "under", "without",
    "within", "across", "toward", "towards", "via", "near", "around", "behind", "beyond",
    "despite", "upon", "amid", "onto",
];

/// Quantifiers and determiners before a collective ("some analysts").
pub(super) const QUANTIFIERS: &[&str] = &[
    "some", "many", "most", "several", "other", "the", "these", "those", "few", "a", "certain",
    "numerous", "various", "all", "both", "two", "three", "leading", "top",
];

/// Particles that join a name to a place ("Cotidianul de Chișinău", "Gazeta de Bălți"): the
/// whole is a name (an outlet's, a person's), not the place.
pub const PLACE_PARTICLES: &[&str] = &["de", "di", "del", "da", "du", "do"];

/// Honorifics before a name ("Mr Gyaltsen", "Shri Rigzin Gyaltsen", "U Thein Zaw", "Father
/// Germán"): not part of the name, but part of the mention.
pub fn is_honorific(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Shri"
            | "Smt"
            | "Sir"
            | "Dame"
            | "U"
            | "Daw"
            | "Khun"
            | "Sheikh"
            | "Haji"
            | "Imam"
            | "Mullah"
            | "Father"
            | "Sister"
    )
}

/// Documents that speak for whoever issued them ("the report found", "a study by X").
pub fn is_document(w: &str) -> bool {
    matches!(
        w,
        "report"
            | "study"
            | "survey"
            | "assessment"
            | "editorial"
            | "commentary"
            | "indictment"
            | "memo"
            | "memorandum"
    )
}

/// What a speaker issues its words in ("issued a statement calling on …", "in a
/// communiqué"): the words are the issuer's, where a document's are its own.
pub fn is_issued(w: &str) -> bool {
    matches!(
        w,
        "statement" | "message" | "letter" | "communique" | "communiqué" | "post"
    )
}

/// A short name in capitals, as a body's initials given in parentheses ("UKMTO", "ACLED").
pub fn is_initials(w: &str) -> bool {
    w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// The editorial line a press review gives a newspaper it names ("the conservative Yomiuri",
/// "the left-leaning Hankyoreh"): said of a paper, seldom of a person, who would have a title
/// ("the conservative MP …").
pub fn is_editorial_stance(w: &str) -> bool {
    matches!(
        w,
        "conservative"
            | "liberal"
            | "progressive"
            | "centrist"
            | "nationalist"
            | "left-wing"
            | "right-wing"
            | "centre-left"
            | "centre-right"
            | "center-left"
            | "center-right"
    ) || w.ends_with("-leaning")
}

/// Small words inside names ("Ursula von der Leyen", "Abdel Fattah el-Sisi"). Lowercase ASCII
/// (`Ctx::is_name_word` relies on it; a test checks).
pub(super) const NAME_PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "van", "von", "der", "den", "ter", "ten", "de", "da", "di", "du",
    "del", "della", "le", "la", "dos", "das", "ben",
];

/// "al-Amiri", "el-Sisi", "bin-Salman": a lowercase particle joined to a capitalised name.
pub(super) fn is_particle_name(w: &str) -> bool {
    w.split_once('-').is_some_and(|(p, rest)| {
        NAME_PARTICLES.contains(&p) && rest.starts_with(char::is_uppercase)
    })
}

pub(super) fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) || !word.is_ascii() {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Ctx::is_name_word` only tries particles on words that open with lowercase ASCII.
    #[test]
    fn name_particles_are_lowercase_ascii() {
        for p in NAME_PARTICLES {
            assert!(p.bytes().all(|b| b.is_ascii_lowercase()), "{p}");
        }
    }
}
