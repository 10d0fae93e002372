//! Property tests: the annotator never panics, and its output keeps the documented
//! invariants on any text: spans (and cue and source spans) in bounds and on char boundaries,
//! sorted; speakers referred to exist; JSON `text` equals the slice.

use dossier::annotation::check_invariants;
use dossier::{Briefing, Lexicon, annotate};
use proptest::prelude::*;

/// Text built from pieces that exercise the annotator: quotation marks of every style,
/// apostrophes, newlines, speech verbs, names, numbers and multibyte letters.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("„".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("'".to_string()),
        Just("``".to_string()),
        Just("''".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(" said ".to_string()),
        Just(" told the Telegraph that ".to_string()),
        Just("According to him, ".to_string()),
        Just(" urged NATO to ".to_string()),
        Just("Avni Islami".to_string()),
        Just(" he ".to_string()),
        Just("Vučić".to_string()),
        Just(" 4,600 ".to_string()),
        Just("September 24, 2023".to_string()),
        Just("Kosovo’s".to_string()),
        Just(" the ".to_string()),
        "[a-zA-Z ]{1,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check(text: &str, lexicon: &Lexicon) -> Result<(), TestCaseError> {
    let a = annotate(text, lexicon);
    prop_assert!(
        check_invariants(text, &a.annotations).is_ok(),
        "{:?}",
        check_invariants(text, &a.annotations)
    );
    for ann in &a.annotations {
        if let Some(id) = &ann.speaker {
            prop_assert!(
                a.speakers.iter().any(|s| &s.id == id),
                "unknown speaker {id}"
            );
        }
        prop_assert!(!ann.span.is_empty());
    }
    let mut ids: Vec<&str> = a.speakers.iter().map(|s| s.id.as_str()).collect();
    ids.sort_unstable();
    let before = ids.len();
    ids.dedup();
    prop_assert_eq!(before, ids.len(), "speaker ids are unique");
    // The JSON line's text fields are exactly the slices.
    let briefing = Briefing::new("p.txt", text.to_string(), lexicon);
    let line = dossier::output::to_json_line(&briefing);
    let json: serde_json::Value =
        serde_json::from_str(&line).map_err(|e| TestCaseError::fail(e.to_string()))?;
    for ann in json["annotations"].as_array().into_iter().flatten() {
        let (Some(s), Some(e)) = (ann["start"].as_u64(), ann["end"].as_u64()) else {
            return Err(TestCaseError::fail("start/end missing"));
        };
        prop_assert_eq!(ann["text"].as_str(), text.get(s as usize..e as usize));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_text_keeps_invariants(text in any::<String>()) {
        check(&text, &Lexicon::builtin())?;
    }

    #[test]
    fn news_like_text_keeps_invariants(text in newsish()) {
        check(&text, &Lexicon::builtin())?;
    }
}

#[test]
fn a_million_quote_marks_stay_linear() {
    let lexicon = Lexicon::builtin();
    for mark in ["\"", "“", "'", "’", "„", "« "] {
        let text = mark.repeat(200_000);
        let start = std::time::Instant::now();
        let a = annotate(&text, &lexicon);
        assert!(check_invariants(&text, &a.annotations).is_ok());
        // Not a timing target (those live in the benchmark): a generous bound that only a
        // quadratic pass would break.
        assert!(
            start.elapsed().as_secs() < 20,
            "{mark}: {:?}",
            start.elapsed()
        );
    }
}

#[test]
fn pathological_single_lines() {
    let lexicon = Lexicon::builtin();
    for text in [
        "said ".repeat(50_000),
        "Islami said that ".repeat(20_000),
        "\"a\" said Islami, ".repeat(20_000),
        "the ".repeat(100_000),
        "A B C D E F G ".repeat(20_000),
        ",".repeat(200_000),
    ] {
        let a = annotate(&text, &lexicon);
        assert!(check_invariants(&text, &a.annotations).is_ok());
    }
}

/// Inputs the property tests once found a panic on, kept so the fix cannot regress unseen.
#[test]
fn past_property_failures() {
    let lexicon = Lexicon::builtin();
    // A comma opening the sentence, then a cue: the subject search looked one token before it.
    for text in [", »According to him,  said ", ", Minister, who said"] {
        let a = annotate(text, &lexicon);
        assert!(check_invariants(text, &a.annotations).is_ok(), "{text:?}");
    }
}
