//! Metadata the text itself states: a headline first line, a dateline with date and author,
//! a trailing `/ Outlet /` signature. Nothing is ever guessed.

use crate::briefing::Meta;

/// A first line that is clearly a headline: short, capitalised, no final punctuation, with a
/// body after it.
fn headline(first: &str, has_body: bool) -> Option<String> {
    let t = first.trim();
    let words = t.split_whitespace().count();
    let ok = has_body
        && (3..=20).contains(&words)
        && t.chars().next().is_some_and(char::is_uppercase)
        && !t.ends_with(['.', ',', ';', ':', '!', '?', '"', '”'])
        && !t.to_lowercase().starts_with("by ")
        && !t.starts_with("date ");
    ok.then(|| t.to_string())
}

/// " date 2023-10-01 Yury Kobzar12:52, 01.10.23": the ISO date, then the capitalised words
/// up to the first digit or punctuation.
fn dateline(line: &str) -> Option<(String, Option<String>)> {
    let rest = line.trim().strip_prefix("date")?.trim_start();
    let date: String = rest.chars().take(10).collect();
    let b = date.as_bytes();
    let iso = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !iso {
        return None;
    }
    let after = rest[10..].trim_start();
    let name: String = after
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == ' ' || *c == '-' || *c == '.')
        .collect();
    let name = name.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let author = ((2..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase)))
    .then(|| name.to_string());
    Some((date, author))
}

/// "/ Telegraphy /" as the last line.
fn signature(line: &str) -> Option<String> {
    let inner = line.trim().strip_prefix('/')?.strip_suffix('/')?.trim();
    let ok = !inner.is_empty()
        && inner.len() <= 60
        && inner.split_whitespace().count() <= 5
        && inner.starts_with(char::is_uppercase);
    ok.then(|| inner.to_string())
}

/// What `text` states about itself.
pub fn extract(text: &str) -> Meta {
    let mut meta = Meta::default();
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(3)
        .collect();
    if let Some(first) = lines.first() {
        if let Some((date, author)) = dateline(first) {
            meta.date = Some(date);
            meta.author = author;
        } else {
            meta.title = headline(first, lines.len() > 1);
        }
    }
    if let Some(last) = text.lines().rev().find(|l| !l.trim().is_empty()) {
        meta.source = signature(last);
    }
    meta
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_only_what_is_there() {
        let m = extract("Rama urges NATO to act\nBody text here.\n\n/ Telegraphy /");
        assert_eq!(m.title.as_deref(), Some("Rama urges NATO to act"));
        assert_eq!(m.source.as_deref(), Some("Telegraphy"));
        let m = extract(" date 2023-10-01 Yury Kobzar12:52, 01.10.23\n\nText.");
        assert_eq!(m.date.as_deref(), Some("2023-10-01"));
        assert_eq!(m.author.as_deref(), Some("Yury Kobzar"));
        assert_eq!(m.title, None);
        let m = extract("A long first sentence that ends with a period.\nMore.");
        assert_eq!(m, Meta::default());
    }
}
