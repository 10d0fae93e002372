//! Grammar words of English the cue reader needs: these are the language, not word lists a
//! user would extend.

/// A conjunction that opens a clause of its own: no subject is found across it.
pub fn opens_clause(w: &str) -> bool {
    matches!(
        w,
        "and" | "but" | "or" | "because" | "if" | "when" | "while" | "so"
    )
}

/// Grammar words that end a subject search or are never modifiers of a collective.
pub fn is_grammar_word(w: &str) -> bool {
    opens_clause(w)
        || matches!(
            w,
            "that"
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
pub fn is_aux(w: &str) -> bool {
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

pub fn is_be(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am" | "'s"
    )
}

pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '\'' | '`'
    )
}
