//! Scores the annotator against the hand-made gold annotations of the five seeds, with the
//! rules of `score_annotations.py` (see tests/fixtures/gold/README.md):
//! - a predicted quote matches a gold direct quote when overlap / union of their byte spans is
//!   at least 0.8; a predicted claim matches a gold indirect quote at 0.5; one-to-one, greedy
//!   by overlap;
//! - a speaker is right when a name or alias of the predicted speaker and of the gold speaker
//!   agree ignoring case (and ’ vs '), or their last words agree;
//! - attribution: right speaker on a matched quote or claim, over predicted (with a speaker)
//!   and gold (with a speaker) counts; speakers found: gold speakers some predicted speaker
//!   agrees with.

use dossier::{Kind, Lexicon, annotate};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::path::Path;

#[derive(Debug, Deserialize)]
struct GoldFile {
    #[serde(default)]
    speaker: Vec<GoldSpeaker>,
    #[serde(default)]
    quote: Vec<GoldQuote>,
}

#[derive(Debug, Deserialize)]
struct GoldSpeaker {
    id: String,
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct GoldQuote {
    speaker: String,
    kind: String,
    text: String,
}

/// One quote or claim, gold or predicted: kind ("direct"/"indirect"), byte span, the names of
/// its speaker.
#[derive(Debug, Clone)]
struct Item {
    direct: bool,
    span: (usize, usize),
    names: Vec<String>,
}

struct Doc {
    quotes: Vec<Item>,
    speakers: Vec<Vec<String>>,
}

fn norm(s: &str) -> String {
    s.to_lowercase()
        .replace('\u{2019}', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn names_agree(pred: &[String], gold: &[String]) -> bool {
    let p: HashSet<String> = pred
        .iter()
        .filter(|n| !n.is_empty())
        .map(|n| norm(n))
        .collect();
    let g: HashSet<String> = gold
        .iter()
        .filter(|n| !n.is_empty())
        .map(|n| norm(n))
        .collect();
    if p.is_empty() || g.is_empty() {
        return false;
    }
    if p.intersection(&g).next().is_some() {
        return true;
    }
    let last = |n: &String| n.split(' ').next_back().unwrap_or("").to_string();
    let pl: HashSet<String> = p.iter().map(last).collect();
    let gl: HashSet<String> = g.iter().map(last).collect();
    pl.intersection(&gl).next().is_some()
}

fn jaccard(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = a.1.max(b.1) - a.0.min(b.0);
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Greedy one-to-one matching by overlap, as the Python scorer does.
fn matches(gold: &[&Item], pred: &[&Item], threshold: f64) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            pairs.push((jaccard(g.span, p.span), gi, pi));
        }
    }
    pairs.sort_by(|a, b| b.partial_cmp(a).unwrap_or(std::cmp::Ordering::Equal));
    let (mut used_g, mut used_p, mut out) = (HashSet::new(), HashSet::new(), Vec::new());
    for (score, gi, pi) in pairs {
        if score < threshold {
            break;
        }
        if used_g.contains(&gi) || used_p.contains(&pi) {
            continue;
        }
        used_g.insert(gi);
        used_p.insert(pi);
        out.push((gi, pi));
    }
    out
}

fn load_gold(toml_text: &str, text: &str) -> Result<Doc, String> {
    let gold: GoldFile = toml::from_str(toml_text).map_err(|e| e.to_string())?;
    let speakers: HashMap<&str, Vec<String>> = gold
        .speaker
        .iter()
        .map(|s| {
            let mut names = vec![s.name.clone()];
            names.extend(s.aliases.iter().cloned());
            (s.id.as_str(), names)
        })
        .collect();
    let mut used = HashSet::new();
    let mut quotes = Vec::new();
    for q in &gold.quote {
        // The first occurrence not yet used, as the Python scorer does.
        let mut from = 0;
        let span = loop {
            let Some(i) = text[from..].find(&q.text).map(|i| i + from) else {
                return Err(format!("gold text not found: {}", q.text));
            };
            let span = (i, i + q.text.len());
            if used.insert(span) {
                break span;
            }
            from = i + 1;
            while !text.is_char_boundary(from) {
                from += 1;
            }
        };
        quotes.push(Item {
            direct: q.kind == "direct",
            span,
            names: speakers
                .get(q.speaker.as_str())
                .cloned()
                .unwrap_or_default(),
        });
    }
    Ok(Doc {
        quotes,
        speakers: speakers.into_values().collect(),
    })
}

fn predict(text: &str, lexicon: &Lexicon) -> Doc {
    let annotated = annotate(text, lexicon);
    let names: HashMap<&str, Vec<String>> = annotated
        .speakers
        .iter()
        .map(|s| (s.id.as_str(), s.names().map(str::to_string).collect()))
        .collect();
    let quotes = annotated
        .annotations
        .iter()
        .filter(|a| matches!(a.kind, Kind::Quote | Kind::Claim))
        .map(|a| Item {
            direct: a.kind == Kind::Quote,
            span: (a.span.start, a.span.end),
            names: a
                .speaker
                .as_deref()
                .and_then(|id| names.get(id).cloned())
                .unwrap_or_default(),
        })
        .collect();
    Doc {
        quotes,
        speakers: names.into_values().collect(),
    }
}

#[derive(Debug, Default)]
struct Figures {
    direct: [usize; 3],
    indirect: [usize; 3],
    attributed: [usize; 3],
    speakers: [usize; 2],
}

fn f1(tp: usize, n_pred: usize, n_gold: usize) -> (f64, f64, f64) {
    let p = if n_pred == 0 {
        0.0
    } else {
        tp as f64 / n_pred as f64
    };
    let r = if n_gold == 0 {
        0.0
    } else {
        tp as f64 / n_gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

fn score(gold: &Doc, pred: &Doc, figures: &mut Figures) {
    for (direct, threshold) in [(true, 0.8), (false, 0.5)] {
        let g: Vec<&Item> = gold.quotes.iter().filter(|q| q.direct == direct).collect();
        let p: Vec<&Item> = pred.quotes.iter().filter(|q| q.direct == direct).collect();
        let pairs = matches(&g, &p, threshold);
        let counts = if direct {
            &mut figures.direct
        } else {
            &mut figures.indirect
        };
        counts[0] += pairs.len();
        counts[1] += p.len();
        counts[2] += g.len();
        for (gi, pi) in &pairs {
            if !g[*gi].names.is_empty() && names_agree(&p[*pi].names, &g[*gi].names) {
                figures.attributed[0] += 1;
            }
        }
        figures.attributed[1] += p.iter().filter(|q| !q.names.is_empty()).count();
        figures.attributed[2] += g.iter().filter(|q| !q.names.is_empty()).count();
    }
    figures.speakers[0] += gold
        .speakers
        .iter()
        .filter(|g| pred.speakers.iter().any(|p| names_agree(p, g)))
        .count();
    figures.speakers[1] += gold.speakers.len();
}

/// Precision, recall and F1 for direct quotes, claims and attribution, and the share of gold
/// speakers found, over every `NAME.gold.toml` in `gold_dir` with its `NAME.txt` in `text_dir`.
struct Scores {
    files: usize,
    direct: (f64, f64, f64),
    claims: (f64, f64, f64),
    attribution: (f64, f64, f64),
    speakers: f64,
}

fn score_dir(gold_dir: &Path, text_dir: &Path) -> Result<Scores, String> {
    let lexicon = Lexicon::builtin();
    let mut figures = Figures::default();
    let mut files: Vec<_> = std::fs::read_dir(gold_dir)
        .map_err(|e| format!("{}: {e}", gold_dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.toml"))
        .collect();
    files.sort();
    for path in &files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stem = name.trim_end_matches(".gold.toml");
        let text = std::fs::read_to_string(text_dir.join(format!("{stem}.txt")))
            .map_err(|e| format!("{stem}: {e}"))?;
        let gold_text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
        let gold = load_gold(&gold_text, &text)?;
        let pred = predict(&text, &lexicon);
        score(&gold, &pred, &mut figures);
    }
    let scores = Scores {
        files: files.len(),
        direct: f1(figures.direct[0], figures.direct[1], figures.direct[2]),
        claims: f1(
            figures.indirect[0],
            figures.indirect[1],
            figures.indirect[2],
        ),
        attribution: f1(
            figures.attributed[0],
            figures.attributed[1],
            figures.attributed[2],
        ),
        speakers: figures.speakers[0] as f64 / figures.speakers[1].max(1) as f64,
    };
    let show =
        |name: &str, (p, r, f): (f64, f64, f64)| println!("{name:12} P={p:.3} R={r:.3} F1={f:.3}");
    println!("{} ({} briefings)", gold_dir.display(), scores.files);
    show("direct", scores.direct);
    show("indirect", scores.claims);
    show("attribution", scores.attribution);
    println!("speakers_recall {:.3}", scores.speakers);
    Ok(scores)
}

#[test]
fn annotator_meets_the_gold_quality_bar() -> Result<(), String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let s = score_dir(&root.join("tests/fixtures/gold"), &root.join("seeds"))?;
    assert_eq!(s.files, 5, "one gold file per seed");
    assert!(
        s.direct.2 >= 0.95,
        "direct quotes F1 {:.3} < 0.95",
        s.direct.2
    );
    assert!(s.claims.2 >= 0.75, "claims F1 {:.3} < 0.75", s.claims.2);
    assert!(
        s.attribution.2 >= 0.90,
        "attribution F1 {:.3} < 0.90",
        s.attribution.2
    );
    assert!(
        s.speakers >= 0.90,
        "speakers found {:.3} < 0.90",
        s.speakers
    );
    Ok(())
}

/// A hundred and eleven briefings written for dossier in other outlets' styles and every quotation
/// convention (wire copy, British single quotes, German and French marks, TeX quotes, press
/// reviews, transcripts), annotated by hand by the same rules. They guard the annotator's
/// generality: the floors sit a little under the figures measured when they were added, so a
/// rule that helps one style by breaking another fails here. (The 1300- and 1400-series,
/// added last, brought a broadcast transcript, a social-media roundup, a book review and a
/// live blog: attribution on the whole set went from 0.938 to 0.927, and its floor from 0.93
/// to 0.92; speakers found from 0.935 to 0.926, its floor from 0.925 to 0.92. The
/// 1500-series (a US hearing, a tabloid in single quotes, a translated Czech story) and the
/// 1600-series (a Korean wire, a sentencing report, a Q&A with unlabelled answers, TeX
/// quotes) were each scored before any rule for them and added after; with them the set
/// measures 0.988 / 0.951 / 0.924 / 0.927.)
#[test]
fn annotator_generalizes_to_other_styles() -> Result<(), String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus");
    let s = score_dir(&dir, &dir)?;
    assert_eq!(s.files, 111);
    assert!(
        s.direct.2 >= DIRECT_FLOOR,
        "direct quotes F1 {:.3}",
        s.direct.2
    );
    assert!(s.claims.2 >= CLAIMS_FLOOR, "claims F1 {:.3}", s.claims.2);
    assert!(
        s.attribution.2 >= ATTRIBUTION_FLOOR,
        "attribution F1 {:.3}",
        s.attribution.2
    );
    assert!(
        s.speakers >= SPEAKERS_FLOOR,
        "speakers found {:.3}",
        s.speakers
    );
    Ok(())
}

const DIRECT_FLOOR: f64 = 0.97;
const CLAIMS_FLOOR: f64 = 0.93;
const ATTRIBUTION_FLOOR: f64 = 0.92;
const SPEAKERS_FLOOR: f64 = 0.92;

#[test]
fn scorer_rules_match_the_python_scorer() {
    assert!(names_agree(
        &["Islam".into()],
        &["Avni Islami".into(), "Islam".into()]
    ));
    assert!(names_agree(
        &["the publication".into()],
        &["The Publication".into()]
    ));
    assert!(names_agree(
        &["NATO’s chief".into()],
        &["nato's chief".into()]
    ));
    assert!(names_agree(
        &["Serbian side".into()],
        &["The Serbian side".into()]
    ));
    assert!(!names_agree(&["Rama".into()], &["Stoltenberg".into()]));
    assert!(!names_agree(&[], &["x".into()]));
    assert!((jaccard((0, 10), (5, 15)) - 5.0 / 15.0).abs() < 1e-9);
    let g = Item {
        direct: true,
        span: (0, 10),
        names: vec![],
    };
    let p1 = Item {
        direct: true,
        span: (0, 9),
        names: vec![],
    };
    let p2 = Item {
        direct: true,
        span: (0, 10),
        names: vec![],
    };
    assert_eq!(
        matches(&[&g], &[&p1, &p2], 0.8),
        [(0, 1)],
        "best overlap wins, one-to-one"
    );
}
