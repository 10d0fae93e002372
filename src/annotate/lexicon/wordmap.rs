//! A hash map of words with a cheap test in front: most look-ups are misses.
//!
//! The annotator asks the lists about nearly every token ("is it a speech verb? a title word?
//! a group noun?"), and nearly every answer is no. A miss in a hash map still hashes the whole
//! word and compares a probe; here a bit filter keyed on the word's length and its first and
//! last bytes (at least 32 bits per word, so mostly empty) answers most misses in a handful of
//! instructions, and only the rest go to the map. The answers are the map's, always: the
//! filter only ever says "maybe".

use super::HashMap;
use std::borrow::Borrow;

/// Bits of the smallest filter (a power of two).
const MIN_BITS: u32 = 11;

/// The filter slot of `word` in a filter of `2^bits` bits: length, first and last byte,
/// multiplicatively mixed.
#[inline]
fn slot(word: &[u8], bits: u32) -> usize {
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
        return 0;
    };
    let len = word.len().min(255) as u32;
    let key = (u32::from(first) << 16) | (u32::from(last) << 8) | len;
    (key.wrapping_mul(0x9E37_79B1) >> (32 - bits)) as usize
}

/// Words (lowercase strings) mapped to values, with a filter that rejects most absent words
/// before hashing them.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    map: HashMap<String, V>,
    /// `2^bits` bits: the slot of every word in `map` is set.
    filter: Vec<u64>,
    bits: u32,
}

/// A set of words, as a [`WordMap`] with no values.
pub type WordSet = WordMap<()>;

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            map: HashMap::default(),
            filter: vec![0; 1 << (MIN_BITS - 6)],
            bits: MIN_BITS,
        }
    }
}

impl<V> WordMap<V> {
    /// The value of `word`, if it is in the map.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        let s = slot(word.as_bytes(), self.bits);
        if self
            .filter
            .get(s / 64)
            .is_none_or(|b| b & (1 << (s % 64)) == 0)
        {
            return None;
        }
        self.lookup(word)
    }

    /// The map's answer, out of line: the filter, inlined where the lists are asked, spares
    /// most callers this call.
    #[inline(never)]
    fn lookup(&self, word: &str) -> Option<&V> {
        self.map.get(word)
    }

    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.map.values_mut()
    }

    /// The value of `word`, inserted as `V::default()` if absent.
    pub fn entry_or_default(&mut self, word: &str) -> &mut V
    where
        V: Default,
    {
        if !self.map.contains_key(word) {
            self.insert(word.to_string(), V::default());
        }
        self.map.entry(word.to_string()).or_default()
    }

    pub fn insert(&mut self, word: String, value: V) {
        let s = slot(word.as_bytes(), self.bits);
        self.map.insert(word, value);
        if (self.map.len() << 5) <= (1usize << self.bits) {
            self.filter[s / 64] |= 1 << (s % 64);
            return;
        }
        // At least 32 bits per word: a grown map gets a new, larger filter.
        self.bits += 1;
        let mut filter = vec![0u64; 1 << (self.bits - 6)];
        for k in self.map.keys() {
            let s = slot(k.as_bytes(), self.bits);
            filter[s / 64] |= 1 << (s % 64);
        }
        self.filter = filter;
    }
}

impl<S: Borrow<str>> FromIterator<S> for WordSet {
    fn from_iter<I: IntoIterator<Item = S>>(words: I) -> Self {
        let mut set = WordSet::default();
        for w in words {
            set.insert(w.borrow().to_string(), ());
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn finds_what_was_inserted_and_nothing_else() {
        let set: WordSet = ["said", "told", "prime minister", "", "é"]
            .into_iter()
            .collect();
        for w in ["said", "told", "prime minister", "", "é"] {
            assert!(set.contains(w), "{w:?}");
        }
        for w in ["sad", "saids", "Said", "prime", "e", "tolд"] {
            assert!(!set.contains(w), "{w:?}");
        }
    }

    proptest! {
        /// The filter never hides a word the map holds, and never invents one.
        #[test]
        fn answers_as_the_map_does(words in prop::collection::vec("[a-zé -]{0,12}", 0..60),
                                   probes in prop::collection::vec("[a-zé -]{0,12}", 0..60)) {
            let set: WordSet = words.iter().map(String::as_str).collect();
            let plain: std::collections::HashSet<&str> = words.iter().map(String::as_str).collect();
            for w in words.iter().chain(&probes) {
                prop_assert_eq!(set.contains(w), plain.contains(w.as_str()));
            }
        }
    }
}
