//! People, organizations and groups who say things in briefings.

use serde::{Deserialize, Serialize};

/// What kind of speaker: a named person, an organization or state ("NATO", "the US",
/// "The Telegraph"), or an unnamed collective ("security experts").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    #[default]
    Person,
    Organization,
    Group,
}

impl SpeakerKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Group => "group",
        }
    }
}

/// A speaker as one briefing names it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Speaker {
    /// Kebab-case id, unique within a briefing, and (through [`speaker_id`]) the same for the
    /// same name in every briefing, which is how the library joins speakers across briefings.
    pub id: String,
    /// The fullest name the text uses.
    pub name: String,
    pub kind: SpeakerKind,
    /// The title as the text gives it ("security analyst", "NATO Secretary General").
    pub role: Option<String>,
    /// The organization the text ties the speaker to ("Kosovo Center for Security Studies").
    pub affiliation: Option<String>,
    /// Other surface forms used for this speaker on their own, misspellings included; never
    /// pronouns.
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl Speaker {
    pub fn new(name: impl Into<String>, kind: SpeakerKind) -> Self {
        let name = name.into();
        Speaker {
            id: speaker_id(&name),
            name,
            kind,
            ..Speaker::default()
        }
    }

    /// The name and every alias, for matching.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// Add an alias unless it is the name or already known (case-insensitively).
    pub fn add_alias(&mut self, alias: &str) {
        let alias = alias.trim();
        if alias.is_empty() || self.names().any(|n| n.eq_ignore_ascii_case(alias)) {
            return;
        }
        self.aliases.push(alias.to_string());
    }

    /// "Name, role, affiliation" with the parts the text does not state left out.
    pub fn description(&self) -> String {
        let mut parts = vec![self.name.as_str()];
        parts.extend(self.role.as_deref());
        parts.extend(self.affiliation.as_deref());
        parts.join(", ")
    }
}

/// The id for a name: lowercase ASCII letters and digits joined by `-`, diacritics folded
/// ("Aleksandar Vučić" → "aleksandar-vucic"), a leading "the" dropped so that "The Telegraph"
/// and "Telegraph" meet.
pub fn speaker_id(name: &str) -> String {
    let folded = crate::text::fold(name);
    let mut words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    if words.is_empty() {
        return "unknown".to_string();
    }
    words.join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_fold_case_diacritics_and_articles() {
        assert_eq!(speaker_id("Avni Islami"), "avni-islami");
        assert_eq!(speaker_id("Aleksandar Vučić"), "aleksandar-vucic");
        assert_eq!(speaker_id("Hashim Thaçi"), "hashim-thaci");
        assert_eq!(speaker_id("The Telegraph"), speaker_id("Telegraph"));
        assert_eq!(speaker_id("NATO’s chief"), "nato-s-chief");
        assert_eq!(speaker_id("“”"), "unknown");
    }

    #[test]
    fn aliases_are_unique_and_never_the_name() {
        let mut s = Speaker::new("Avni Islami", SpeakerKind::Person);
        s.add_alias("Islami");
        s.add_alias("islami");
        s.add_alias("Avni Islami");
        s.add_alias(" ");
        assert_eq!(s.aliases, ["Islami"]);
    }

    #[test]
    fn description_leaves_out_what_is_unknown() {
        let mut s = Speaker::new("Tim Less", SpeakerKind::Person);
        assert_eq!(s.description(), "Tim Less");
        s.affiliation = Some("University of Cambridge".into());
        assert_eq!(s.description(), "Tim Less, University of Cambridge");
    }
}
