//! Re-anchoring sidecar annotations after the briefing's text was edited.

mod common;

use common::{Fixture, TEXT, span_of, summary};
use dossier::sidecar::{Anchor, Method, Resolution};
use dossier::{Edit, Kind, SidecarStore, Span, SpeakerChoice};

type TestResult = Result<(), Box<dyn std::error::Error>>;

const QUOTE: &str = "We cannot wait for Brussels to decide our security for us";

fn article() -> String {
    format!(
        "Kosovo braces for a tense winter.\nSecurity analyst Avni Islami was blunt. \"{QUOTE},\" he told the Telegraph on Monday.\nThe border remained calm overnight.\n"
    )
}

/// Anchor `exact` in `before`, resolve it in `after`: the text found, and how.
#[track_caller]
fn reanchor(before: &str, exact: &str, after: &str) -> Option<(String, Method)> {
    let anchor = Anchor::capture(before, span_of(before, exact));
    assert_eq!(
        anchor.exact, exact,
        "fixture: {exact:?} must be in the text"
    );
    match anchor.resolve(after) {
        Resolution::Found { span, method } => Some((span.slice(after).to_string(), method)),
        Resolution::Orphaned => None,
    }
}

#[test]
fn unchanged_text_resolves_at_the_recorded_position() {
    let text = article();
    assert_eq!(
        reanchor(&text, QUOTE, &text),
        Some((QUOTE.to_string(), Method::Position))
    );
}

#[test]
fn text_inserted_or_deleted_before_the_span() {
    let text = article();
    let inserted = text.replacen("Kosovo braces", "UPDATED: Kosovo, tense, braces", 1);
    assert_eq!(
        reanchor(&text, QUOTE, &inserted),
        Some((QUOTE.to_string(), Method::Unique))
    );
    let deleted = text.replacen("Kosovo braces for a tense winter.\n", "", 1);
    assert_eq!(
        reanchor(&text, QUOTE, &deleted),
        Some((QUOTE.to_string(), Method::Unique))
    );
}

#[test]
fn text_inserted_or_deleted_after_the_span() {
    let text = article();
    let inserted = text.replacen("on Monday", "on Monday, in a long interview", 1);
    assert_eq!(
        reanchor(&text, QUOTE, &inserted),
        Some((QUOTE.to_string(), Method::Position))
    );
    let deleted = text.replacen("The border remained calm overnight.\n", "", 1);
    assert_eq!(
        reanchor(&text, QUOTE, &deleted),
        Some((QUOTE.to_string(), Method::Position))
    );
}

#[test]
fn text_inserted_inside_the_span_is_followed_fuzzily() {
    let text = article();
    let edited = text.replacen("decide our security", "decide all of our security", 1);
    let found = reanchor(&text, QUOTE, &edited);
    let Some((exact, Method::Fuzzy(similarity))) = found else {
        panic!("expected a fuzzy match, got {found:?}");
    };
    assert_eq!(
        exact,
        "We cannot wait for Brussels to decide all of our security for us"
    );
    assert!(similarity >= dossier::sidecar::anchor::FUZZY_THRESHOLD);
}

#[test]
fn words_inserted_near_the_end_of_the_span_stay_inside_it() {
    // The cheapest approximate substring would drop the short tail "us"; the suffix shows
    // where the span really ends.
    let text = article();
    let edited = text.replacen("for us,", "for all of us,", 1);
    assert_eq!(
        reanchor(&text, QUOTE, &edited).map(|(s, _)| s),
        Some("We cannot wait for Brussels to decide our security for all of us".to_string())
    );
}

#[test]
fn text_deleted_inside_the_span_is_followed_fuzzily() {
    let text = article();
    let edited = text.replacen("decide our security", "decide security", 1);
    assert_eq!(
        reanchor(&text, QUOTE, &edited).map(|(s, _)| s),
        Some("We cannot wait for Brussels to decide security for us".to_string())
    );
    // Past the similarity threshold (13 of 58 chars gone) the span counts as rewritten.
    let cut = text.replacen(" our security", "", 1);
    assert_eq!(reanchor(&text, QUOTE, &cut), None);
}

#[test]
fn a_typo_fixed_inside_the_span() {
    let text = article().replacen("Brussels", "Brusels", 1);
    let quote = QUOTE.replacen("Brussels", "Brusels", 1);
    let fixed = article();
    assert!(matches!(
        reanchor(&text, &quote, &fixed),
        Some((ref s, Method::Fuzzy(_))) if s == QUOTE
    ));
}

#[test]
fn the_same_sentence_twice_keeps_to_the_anchored_copy() {
    let sentence = "The situation is under control.";
    let text = format!(
        "The mayor spoke first. {sentence} Then the minister took over. {sentence} Nobody asked."
    );
    let second = text.rfind(sentence).unwrap_or(0);
    let anchor = Anchor::capture(&text, Span::new(second, second + sentence.len()));
    // Text inserted before both copies moves the recorded position nearer the first copy;
    // the context still picks the second.
    let pad =
        "A long editorial note was added at the top of the article, pushing everything down. ";
    let edited = format!("{pad}{text}");
    let Resolution::Found { span, method } = anchor.resolve(&edited) else {
        panic!("orphaned");
    };
    assert_eq!(span.start, second + pad.len());
    assert_eq!(method, Method::Nearest);
    // Anchoring the first copy finds the first.
    let first = text.find(sentence).unwrap_or(0);
    let anchor = Anchor::capture(&text, Span::new(first, first + sentence.len()));
    assert_eq!(
        anchor.resolve(&edited).span().map(|s| s.start),
        Some(first + pad.len())
    );
}

#[test]
fn identical_contexts_fall_back_to_the_nearest_copy() {
    let text = "x. Same. x. Same. x. Same. x.";
    let anchor = Anchor::capture(text, Span::new(12, 16));
    assert_eq!(anchor.exact, "Same");
    let edited = format!("yy{text}");
    assert_eq!(anchor.resolve(&edited).span().map(|s| s.start), Some(14));
}

#[test]
fn a_rewritten_span_is_orphaned() {
    let text = article();
    let rewritten = text.replacen(QUOTE, "Brussels has our full trust on security matters", 1);
    assert_eq!(reanchor(&text, QUOTE, &rewritten), None);
}

#[test]
fn a_short_span_is_not_fuzzily_matched_without_its_context() {
    let text = "Kurti said no. Then Vučić said yes.";
    let anchor = Anchor::capture(text, span_of(text, "Vučić"));
    assert_eq!(
        anchor.resolve("Completely new text by Vucic."),
        Resolution::Orphaned
    );
}

/// The whole path: annotations saved in a sidecar, the briefing's text edited on disk, the
/// briefing loaded again: moved spans follow, a rewritten one is orphaned, reported, and
/// kept in the file through later saves.
#[test]
fn orphans_are_reported_and_kept_in_the_file() -> TestResult {
    let fx = Fixture::new(TEXT)?;
    let (b, _) = fx.load()?;
    let mut store = SidecarStore::open(&fx.txt)?;
    for (kind, exact) in [
        (Kind::Claim, "the Balkans must be armed against new threats"),
        (Kind::Claim, "more than 4,600 peacekeepers remain in Kosovo"),
    ] {
        store.apply_edit(
            &Edit::Add {
                kind,
                span: span_of(TEXT, exact),
                speaker: Some(SpeakerChoice::Existing("avni-islami".into())),
                entity: None,
            },
            &b,
        )?;
    }
    let edited = format!(
        "Editor's note: updated.\n{}",
        TEXT.replacen(
            "more than 4,600 peacekeepers remain in Kosovo",
            "the mission's future is now being reviewed",
            1
        )
    );
    std::fs::write(&fx.txt, &edited)?;
    let (b, status) = fx.load()?;
    let texts: Vec<String> = summary(&b)
        .into_iter()
        .filter(|(kind, ..)| *kind == Kind::Claim)
        .map(|(_, text, ..)| text)
        .collect();
    assert_eq!(texts, ["the Balkans must be armed against new threats"]);
    let orphans: Vec<String> = status
        .applied
        .orphans()
        .map(|p| p.message.clone())
        .collect();
    assert_eq!(orphans.len(), 1, "{orphans:?}");
    assert!(
        orphans[0].contains("more than 4,600 peacekeepers"),
        "{orphans:?}"
    );
    let messages = status.messages();
    let line = status.lines.annotation.get(1).copied().unwrap_or(0);
    assert!(line > 0);
    assert!(
        messages
            .iter()
            .any(|m| m.contains(&format!("brief.dossier.toml:{line}: orphaned"))),
        "{messages:?}"
    );
    // Another edit rewrites the file; the orphan is still there.
    store.apply_edit(
        &Edit::Reject {
            kind: Kind::Entity,
            span: span_of(&edited, "NATO"),
        },
        &b,
    )?;
    let written = std::fs::read_to_string(fx.sidecar())?;
    assert!(written.contains("more than 4,600 peacekeepers remain in Kosovo"));
    assert_eq!(written.matches("[[annotation]]").count(), 2);
    Ok(())
}
