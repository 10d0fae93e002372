//! Small text helpers shared by the annotator, the speaker index and search.

/// Lowercase `s` and fold Latin diacritics to ASCII ("Vučić" → "vucic", "Thaçi" → "thaci",
/// "Kosovo’s" → "kosovo's"), so that names typed on a plain keyboard meet names as printed.
/// Characters with no ASCII form are kept lowercased.
pub fn fold(s: &str) -> String {
    // Most names are ASCII: only their capitals change (see `fold_char`).
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match fold_char(c) {
            Some(ascii) => out.push_str(ascii),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Whether `fold(s) == folded`, where `folded` is some `fold` output: without building
/// `fold(s)` when `s` is ASCII (`fold` output holds no ASCII capitals, so comparing ignoring
/// ASCII case is comparing with `s` lowercased). Speaker look-ups compare every alias so.
pub fn folds_to(s: &str, folded: &str) -> bool {
    if s.is_ascii() {
        s.eq_ignore_ascii_case(folded)
    } else {
        fold(s) == folded
    }
}

/// The ASCII form of a Latin letter with a diacritic (lowercased), of typographic punctuation,
/// or `None`.
pub fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'A'..='Z' => {
            // Lowercase ASCII without allocating: index into a static alphabet.
            let i = (c as u8 - b'A') as usize;
            &"abcdefghijklmnopqrstuvwxyz"[i..=i]
        }
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' | 'Č' | 'č' => "c",
        'Ď' | 'ď' | 'Đ' | 'đ' | 'Ð' | 'ð' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ĕ' | 'ĕ' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => {
            "e"
        }
        'Ĝ' | 'ĝ' | 'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => "g",
        'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' => "h",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ' | 'ĩ' | 'Ī' | 'ī' | 'Ĭ' | 'ĭ' | 'Į' | 'į' | 'İ' | 'ı' => {
            "i"
        }
        'Ĵ' | 'ĵ' => "j",
        'Ķ' | 'ķ' => "k",
        'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ŀ' | 'ŀ' | 'Ł' | 'ł' => "l",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ŏ' | 'ŏ' | 'Ő' | 'ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ŕ' | 'ŕ' | 'Ŗ' | 'ŗ' | 'Ř' | 'ř' => "r",
        'Ś' | 'ś' | 'Ŝ' | 'ŝ' | 'Ş' | 'ş' | 'Š' | 'š' | 'Ș' | 'ș' => "s",
        'ß' => "ss",
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ŧ' | 'ŧ' | 'Ț' | 'ț' => "t",
        'Ù'..='Ü'
        | 'ù'..='ü'
        | 'Ũ'
        | 'ũ'
        | 'Ū'
        | 'ū'
        | 'Ŭ'
        | 'ŭ'
        | 'Ů'
        | 'ů'
        | 'Ű'
        | 'ű'
        | 'Ų'
        | 'ų' => "u",
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => "y",
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => "z",
        'Þ' | 'þ' => "th",
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => "\"",
        '\u{2010}'..='\u{2015}' => "-",
        _ => return None,
    })
}

/// Byte offset of the first invalid UTF-8 sequence in `bytes`, if any.
pub fn first_invalid_utf8(bytes: &[u8]) -> Option<usize> {
    std::str::from_utf8(bytes).err().map(|e| e.valid_up_to())
}

/// 1-based line and column (in chars) of byte `offset` in `text`, for error messages.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_balkan_names() {
        assert_eq!(fold("Vučić"), "vucic");
        assert_eq!(fold("Thaçi"), "thaci");
        assert_eq!(fold("Kosovo’s"), "kosovo's");
        assert_eq!(
            fold("Ђорђе"),
            "ђорђе",
            "Cyrillic is lowercased, not transliterated"
        );
    }

    #[test]
    fn folds_to_compares_as_fold_does() {
        assert!(folds_to("KFOR", "kfor"));
        assert!(folds_to("Vučić", "vucic"));
        assert!(!folds_to("Kfor", "kfo"));
    }

    proptest::proptest! {
        #[test]
        fn folds_to_is_fold_equality(a in "[A-Za-zčÇ' ]{0,6}", b in "[A-Za-zčÇ' ]{0,6}") {
            let fb = fold(&b);
            proptest::prop_assert_eq!(folds_to(&a, &fb), fold(&a) == fb);
            proptest::prop_assert!(folds_to(&b, &fb));
        }
    }

    #[test]
    fn line_col_counts_chars() {
        assert_eq!(line_col("ab\nčd", 5), (2, 2));
        assert_eq!(line_col("ab", 99), (1, 3));
    }

    #[test]
    fn invalid_utf8_offset() {
        assert_eq!(first_invalid_utf8(b"ok\xffno"), Some(2));
        assert_eq!(first_invalid_utf8("čč".as_bytes()), None);
    }
}
