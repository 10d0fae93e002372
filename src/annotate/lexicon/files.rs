//! The list files: their TOML shapes, the bundled copies, and merging a user's file into
//! what is already loaded.

use super::LexiconError;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The bundled list files: (file name, contents).
pub(super) const BUILTIN: [(&str, &str); 6] = [
    (
        "speech_verbs.toml",
        include_str!("../../../lexicon/speech_verbs.toml"),
    ),
    ("roles.toml", include_str!("../../../lexicon/roles.toml")),
    (
        "outlets.toml",
        include_str!("../../../lexicon/outlets.toml"),
    ),
    (
        "countries.toml",
        include_str!("../../../lexicon/countries.toml"),
    ),
    ("places.toml", include_str!("../../../lexicon/places.toml")),
    (
        "organizations.toml",
        include_str!("../../../lexicon/organizations.toml"),
    ),
];

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(super) struct SpeechVerbsFile {
    pub(super) verbs: Vec<String>,
    pub(super) that_only: Vec<String>,
    pub(super) object: Vec<String>,
    pub(super) directive: Vec<String>,
    pub(super) written: Vec<String>,
    pub(super) naming: Vec<String>,
    pub(super) passive: Vec<String>,
    pub(super) irregular: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(super) struct RolesFile {
    pub(super) titles: Vec<String>,
    pub(super) modifiers: Vec<String>,
    pub(super) groups: Vec<String>,
    pub(super) bodies: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(super) struct OutletsFile {
    pub(super) names: Vec<String>,
    pub(super) references: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(super) struct CountriesFile {
    pub(super) names: Vec<String>,
    pub(super) demonyms: BTreeMap<String, Vec<String>>,
    pub(super) aliases: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(super) struct PlacesFile {
    pub(super) regions: Vec<String>,
    pub(super) cities: Vec<String>,
    pub(super) speaks_for: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(super) struct OrganizationsFile {
    pub(super) names: Vec<String>,
    pub(super) heads: Vec<String>,
    pub(super) not_acronyms: Vec<String>,
}

/// The raw lists, kept so that user files can be merged and everything recompiled.
#[derive(Debug, Clone, Default)]
pub(super) struct Sources {
    pub(super) speech: SpeechVerbsFile,
    pub(super) roles: RolesFile,
    pub(super) outlets: OutletsFile,
    pub(super) countries: CountriesFile,
    pub(super) places: PlacesFile,
    pub(super) organizations: OrganizationsFile,
}

/// Parse one list file and add its entries to `sources`.
pub(super) fn merge_file(
    sources: &mut Sources,
    path: &Path,
    name: &str,
    text: &str,
) -> Result<(), LexiconError> {
    let invalid = |e: toml::de::Error| {
        let (line, column) = e
            .span()
            .map_or((1, 1), |s| crate::text::line_col(text, s.start));
        LexiconError::Invalid {
            path: path.to_path_buf(),
            message: format!("line {line}, column {column}: {}", e.message()),
        }
    };
    match name {
        "speech_verbs.toml" => {
            let f: SpeechVerbsFile = toml::from_str(text).map_err(invalid)?;
            let s = &mut sources.speech;
            s.verbs.extend(f.verbs);
            s.that_only.extend(f.that_only);
            s.object.extend(f.object);
            s.directive.extend(f.directive);
            s.written.extend(f.written);
            s.naming.extend(f.naming);
            s.passive.extend(f.passive);
            s.irregular.extend(f.irregular);
        }
        "roles.toml" => {
            let f: RolesFile = toml::from_str(text).map_err(invalid)?;
            let s = &mut sources.roles;
            s.titles.extend(f.titles);
            s.modifiers.extend(f.modifiers);
            s.groups.extend(f.groups);
            s.bodies.extend(f.bodies);
        }
        "outlets.toml" => {
            let f: OutletsFile = toml::from_str(text).map_err(invalid)?;
            sources.outlets.names.extend(f.names);
            sources.outlets.references.extend(f.references);
        }
        "countries.toml" => {
            let f: CountriesFile = toml::from_str(text).map_err(invalid)?;
            let s = &mut sources.countries;
            s.names.extend(f.names);
            s.demonyms.extend(f.demonyms);
            s.aliases.extend(f.aliases);
        }
        "places.toml" => {
            let f: PlacesFile = toml::from_str(text).map_err(invalid)?;
            let s = &mut sources.places;
            s.regions.extend(f.regions);
            s.cities.extend(f.cities);
            s.speaks_for.extend(f.speaks_for);
        }
        "organizations.toml" => {
            let f: OrganizationsFile = toml::from_str(text).map_err(invalid)?;
            let s = &mut sources.organizations;
            s.names.extend(f.names);
            s.heads.extend(f.heads);
            s.not_acronyms.extend(f.not_acronyms);
        }
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_files_parse() {
        let mut sources = Sources::default();
        for (name, text) in BUILTIN {
            assert!(
                merge_file(&mut sources, Path::new(name), name, text).is_ok(),
                "{name} must parse"
            );
        }
    }
}
