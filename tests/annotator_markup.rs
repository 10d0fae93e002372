//! Annotator rules on sentences written for these tests, in an inline markup that shows the
//! text and the expected spans together.
//!
//! # Markup
//! `[[words|label]]` marks `words` (the brackets, the bar and the label are not part of the
//! text). Marks nest: a claim may hold a quote. Labels:
//! - `quote:ID` / `claim:ID`: a direct quote / reported claim whose speaker id contains `ID`
//!   (`quote:islami` matches `avni-islami`); `quote:-` means no speaker; `quote:*` any;
//! - `cue`: some quote or claim has exactly this cue span;
//! - `src`: some quote or claim rests on exactly this source span, and a `mention` covers it.
//!
//! Every quote and claim the annotator finds must be marked (no extras), so each case checks
//! precision as well as recall.

use dossier::{Kind, Lexicon, annotate};

#[derive(Debug)]
struct Expect {
    start: usize,
    end: usize,
    label: String,
}

/// Parse markup into the plain text and the expected spans.
fn parse(markup: &str) -> (String, Vec<Expect>) {
    let mut text = String::new();
    let mut stack = Vec::new();
    let mut out = Vec::new();
    let mut rest = markup;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("[[") {
            stack.push(text.len());
            rest = r;
        } else if let (Some(r), false) = (rest.strip_prefix('|'), stack.is_empty()) {
            let end = r.find("]]").unwrap_or(r.len());
            let label = r[..end].to_string();
            let start = stack.pop().unwrap_or(0);
            out.push(Expect {
                start,
                end: text.len(),
                label,
            });
            rest = r.get(end + 2..).unwrap_or("");
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            text.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    (text, out)
}

#[track_caller]
fn check(markup: &str) {
    let (text, expected) = parse(markup);
    let lexicon = Lexicon::builtin();
    let a = annotate(&text, &lexicon);
    let show = |s: usize, e: usize| text.get(s..e).unwrap_or("?").to_string();
    let speech: Vec<_> = a
        .annotations
        .iter()
        .filter(|x| x.kind.is_speech())
        .collect();
    let listing = speech
        .iter()
        .map(|x| {
            format!(
                "{} {:?} speaker={:?} cue={:?} src={:?}",
                x.kind,
                show(x.span.start, x.span.end),
                x.speaker,
                x.cue.map(|c| show(c.start, c.end)),
                x.source.map(|c| show(c.start, c.end))
            )
        })
        .collect::<Vec<_>>()
        .join("\n  ");
    for e in &expected {
        let (kind, who) = e.label.split_once(':').unwrap_or((e.label.as_str(), "*"));
        let span = show(e.start, e.end);
        match kind {
            "quote" | "claim" => {
                let k = if kind == "quote" {
                    Kind::Quote
                } else {
                    Kind::Claim
                };
                let found = speech
                    .iter()
                    .find(|x| x.kind == k && x.span.start == e.start && x.span.end == e.end);
                let Some(found) = found else {
                    panic!("missing {kind} {span:?} in {text:?}\nfound:\n  {listing}");
                };
                match who {
                    "*" => {}
                    "-" => assert!(
                        found.speaker.is_none(),
                        "{kind} {span:?} should have no speaker\n  {listing}"
                    ),
                    id => assert!(
                        found.speaker.as_deref().is_some_and(|s| s.contains(id)),
                        "{kind} {span:?} should be {id}\n  {listing}"
                    ),
                }
            }
            "cue" => assert!(
                speech
                    .iter()
                    .any(|x| x.cue.is_some_and(|c| c.start == e.start && c.end == e.end)),
                "no quote or claim with cue {span:?}\n  {listing}"
            ),
            "src" => {
                assert!(
                    speech.iter().any(|x| x
                        .source
                        .is_some_and(|c| c.start == e.start && c.end == e.end)),
                    "no quote or claim with source {span:?}\n  {listing}"
                );
                assert!(
                    a.annotations.iter().any(|x| x.kind == Kind::Mention
                        && x.span.start == e.start
                        && x.span.end == e.end),
                    "no mention {span:?}"
                );
            }
            other => panic!("unknown label {other}"),
        }
    }
    for x in &speech {
        let marked = expected.iter().any(|e| {
            e.start == x.span.start
                && e.end == x.span.end
                && e.label.starts_with(if x.kind == Kind::Quote {
                    "quote"
                } else {
                    "claim"
                })
        });
        assert!(
            marked,
            "unexpected {} {:?} in {text:?}\n  {listing}",
            x.kind,
            show(x.span.start, x.span.end)
        );
    }
}

#[test]
fn markup_parser() {
    let (text, e) = parse("[[Ana|src]] [[said|cue]]: \"[[go [[now|quote:x]]|claim:y]]\"");
    assert_eq!(text, "Ana said: \"go now\"");
    assert_eq!(e.len(), 4);
    assert_eq!(&text[e[2].start..e[2].end], "now");
    assert_eq!(&text[e[3].start..e[3].end], "go now");
}

// ---------------------------------------------------------------- quotation conventions

#[test]
fn straight_double_quotes_with_trailing_comma_dropped() {
    check("\"[[The border is calm|quote:petrovic]],\" [[Marko Petrović|src]] [[said|cue]].");
}

#[test]
fn curly_quotes_keep_final_period_inside() {
    check("[[Petrović|src]] [[said|cue]]: “[[We are ready.|quote:petrovic]]”");
}

#[test]
fn low_nine_quotes_closed_by_either_high_mark() {
    check("[[Anna Weber|src]] [[said|cue]]: „[[Wir bleiben hier.|quote:weber]]“ She left.");
    check("„[[The road is open|quote:weber]],” [[Anna Weber|src]] [[told reporters|cue]].");
}

#[test]
fn guillemets() {
    check("«[[Nous restons|quote:dupont]]», [[said|cue]] [[Jean Dupont|src]].");
}

#[test]
fn single_quotes_nested_inside_doubles_stay_inside() {
    check(
        "“[[They call it a ‘technical incident’ every time|quote:kask]],” [[Liis Kask|src]] [[said|cue]].",
    );
}

#[test]
fn british_single_quotes_with_apostrophes_inside() {
    check(
        "‘[[Taiwan’s people have decided their future.|quote:chen]]’ [[said|cue]] [[Chen Mei|src]].",
    );
}

#[test]
fn typewriter_and_tex_quotes() {
    check("``[[We will not move|quote:ramos]],'' [[Jay Ramos|src]] [[said|cue]].");
    check("''[[We will not move|quote:ramos]],'' [[Jay Ramos|src]] [[said|cue]].");
}

#[test]
fn apostrophes_are_not_marks() {
    check("Kosovo's army and the Serbs' villages were quiet in the '90s, officials' notes show.");
}

#[test]
fn multi_paragraph_quotation_one_quote_per_paragraph() {
    check(
        "\"[[The first point is clear.|quote:novak]]\n\n\"[[The second point is clearer|quote:novak]],\" [[Eva Novak|src]] [[said|cue]].",
    );
}

#[test]
fn paragraphs_that_lost_their_marks_inside_an_open_quotation() {
    check(
        "[[Eva Novak|src]] [[said|cue]]: \"[[The army is ready.|quote:novak]]\n\n[[We trained all winter.|quote:novak]]\n\n\"[[Nobody should doubt it.|quote:novak]]\"",
    );
}

#[test]
fn unclosed_mark_fails_locally() {
    check(
        "[[Eva Novak|src]] [[said|cue]]: \"[[The army is ready|quote:novak]]\n\n[[According to police|cue]], [[the roads were closed|claim:police]].\n\nThe weather was cold.",
    );
}

#[test]
fn floating_quote_paragraph_inherits_the_previous_speaker() {
    check(
        "\"[[We will stay|quote:novak]],\" [[Eva Novak|src]] [[said|cue]].\n\n\"[[And we will win.|quote:novak]]\"",
    );
}

#[test]
fn names_and_scare_quotes_are_not_speech() {
    check("The so-called \"bridge watchers\" were back during the joint “Freedom Edge” drills.");
}

#[test]
fn partial_quote_inside_reported_speech() {
    check(
        "[[Rama|src]] [[emphasized|cue]] that [[such activities could cause \"[[major unrest|quote:rama]]\" in the region|claim:rama]].",
    );
}

// ---------------------------------------------------------------- reported speech

#[test]
fn said_that_and_said_without_that() {
    check("[[Milan Ilić|src]] [[said|cue]] that [[the talks had failed|claim:ilic]].");
    check("[[Milan Ilić|src]] [[said|cue]] [[the talks had failed|claim:ilic]].");
}

#[test]
fn according_to_before_and_after() {
    check("[[According to the ministry|cue]], [[the roads are closed|claim:ministry]].");
    check("[[The roads are closed|claim:police]], [[according to the police|cue]].");
}

#[test]
fn wire_source_after_a_speaker_is_not_the_speaker() {
    check(
        "[[Ilić|src]] [[urged|cue]] [[Brussels to act quickly|claim:ilic]], according to Reuters.",
    );
}

#[test]
fn told_an_outlet_keeps_the_outlet_in_the_cue() {
    check(
        "[[Sara Lind|src]] from the Baltic Defence College [[told Reuters|cue]] that [[the drones came from the east|claim:lind]].",
    );
}

#[test]
fn belief_and_estimate_verbs_with_groups() {
    check(
        "[[Security experts|src]] [[estimate|cue]] that [[the risk is low|claim:security-experts]].",
    );
    check("[[Some analysts|src]] [[believe|cue]] that [[a deal may come soon|claim:analysts]].");
}

#[test]
fn directive_verbs_start_with_the_addressee() {
    check("[[Rama|src]] [[has urged|cue]] [[NATO to send more troops|claim:rama]].");
    check(
        "Western countries met in Vienna. [[They|src]] [[called on|cue]] [[Belgrade to de-escalate|claim:western-countries]].",
    );
    check(
        "[[Moscow|src]] is using the crisis, [[accusing|cue]] [[the West of fueling the conflict|claim:russia]].",
    );
}

#[test]
fn for_a_group_is_their_view_but_for_a_place_is_not() {
    check(
        "And [[for security experts|cue]], [[the request is no coincidence|claim:security-experts]].",
    );
    check("For Kosovo, the threat is real.");
}

#[test]
fn notes_the_publication_refers_to_the_last_outlet() {
    check(
        "[[The Guardian|src]] [[writes|cue]] that [[the deal is dead|claim:guardian]].\n\n“[[It was never alive.|quote:guardian]]” , – [[notes|cue]] [[the publication|src]].",
    );
}

#[test]
fn as_x_said_and_he_said_after_the_clause() {
    check("But as [[Ilić|src]] [[said|cue]], [[the institutions must be vigilant|claim:ilic]].");
    check(
        "[[Milan Ilić|src]] [[warned|cue]] that [[prices would rise|claim:ilic]].\n\n[[The border is out of control|claim:ilic]], [[he|src]] [[said|cue]].",
    );
}

#[test]
fn denied_and_warned_about_take_a_noun_phrase() {
    check(
        "The [[Serbian side|src]] [[denied|cue]] [[any involvement in the incident|claim:serbian-side]].",
    );
    check("[[Rama|src]] [[warned about|cue]] [[the risk of a wider conflict|claim:rama]].");
}

#[test]
fn coordinated_verbs_share_the_subject() {
    check(
        "[[KFOR|src]] [[confirmed|cue]] that [[it had increased patrols|claim:kfor]] but [[said|cue]] [[it saw no threat|claim:kfor]].",
    );
}

#[test]
fn participle_cue_continues_the_subject() {
    check(
        "[[Edi Rama|src]] [[has urged|cue]] [[NATO to act|claim:rama]], [[warning|cue]] that [[violence could spread|claim:rama]].",
    );
}

#[test]
fn agentless_passive_has_no_speaker() {
    check(
        "The clash [[is being described as|cue]] [[the worst since 2008|claim:-]], when war ended.",
    );
    check("It could be said to be a turning point.");
}

#[test]
fn cues_inside_quotes_are_not_cues() {
    check("“[[I think that we are safe|quote:ilic]],” [[Ilić|src]] [[said|cue]].");
}

// ---------------------------------------------------------------- speakers

#[test]
fn appositive_and_inverted_roles() {
    check(
        "Days ago, the Foreign Minister, [[Ana Brnabić|src]], [[said|cue]] that [[the plan works|claim:brnabic]].",
    );
    check(
        "“[[We are watching|quote:haddad]],” [[said|cue]] [[Renad Haddad|src]], a senior analyst at the Levant Risk Group.",
    );
    check(
        "[[Jens Stoltenberg|src]], who visited Skopje, [[emphasized|cue]] that [[the Alliance sees no threat|claim:stoltenberg]].",
    );
}

#[test]
fn surnames_misspellings_and_pronouns_resolve_to_the_known_speaker() {
    check(
        "Security analyst [[Avni Islami|src]] [[said|cue]] that [[the risk is real|claim:avni-islami]].\n\n[[Islam|src]] [[said|cue]] that [[the army is weak|claim:avni-islami]].\n\n“[[We must act|quote:avni-islami]],” [[he|src]] [[said|cue]].\n\n[[According to him|cue]], [[the time is short|claim:avni-islami]].",
    );
}

#[test]
fn roles_and_affiliations_are_recorded() {
    let text = "Security analyst Avni Islami said that the risk is real. Skender Perteshi from the Kosovo Center for Security Studies (KCSS) told the Telegraph that Russia is the threat. NATO Secretary General Jens Stoltenberg said that allies are ready. Kosovo's Prime Minister, Albin Kurti, said that the north is calm.";
    let a = annotate(text, &Lexicon::builtin());
    let find = |id: &str| a.speakers.iter().find(|s| s.id == id);
    let islami = find("avni-islami");
    assert_eq!(
        islami.and_then(|s| s.role.as_deref()),
        Some("security analyst")
    );
    let perteshi = find("skender-perteshi");
    assert_eq!(
        perteshi.and_then(|s| s.affiliation.as_deref()),
        Some("Kosovo Center for Security Studies")
    );
    let jens = find("jens-stoltenberg");
    assert_eq!(
        jens.and_then(|s| s.role.as_deref()),
        Some("NATO Secretary General")
    );
    assert_eq!(jens.and_then(|s| s.affiliation.as_deref()), Some("NATO"));
    let kurti = find("albin-kurti");
    assert_eq!(
        kurti.and_then(|s| s.role.as_deref()),
        Some("Kosovo's Prime Minister")
    );
    assert!(islami.is_some_and(|s| s.aliases.iter().any(|a| a == "Islami")));
}

#[test]
fn a_shadow_minister_keeps_shadow_in_the_role() {
    let text = "Shadow Foreign Secretary Priti Venn told the Commons the deal was a surrender.";
    let a = annotate(text, &Lexicon::builtin());
    let venn = a.speakers.iter().find(|s| s.id == "priti-venn");
    assert_eq!(
        venn.and_then(|s| s.role.as_deref()),
        Some("Shadow Foreign Secretary")
    );
}

#[test]
fn headline_with_a_bare_title_resolves_to_the_named_person() {
    check(
        "[[Albanian Prime Minister|src]] [[urges|cue]] [[NATO to boost troops|claim:edi-rama]]\nAlbanian Prime Minister [[Edi Rama|src]] [[urged|cue]] [[NATO to act|claim:edi-rama]].",
    );
}

#[test]
fn states_through_metonyms_and_they() {
    check(
        "This caused concern in Washington. [[They|src]] [[called on|cue]] [[Belgrade to de-escalate|claim:united-states]].",
    );
    check("The [[Kremlin|src]] [[said|cue]] [[it had no information|claim:russia]].");
}

// ---------------------------------------------------------------- entities, figures, dates

#[test]
fn entities_figures_dates() {
    let text = "On September 24, 2023, more than 4,600 peacekeepers from NATO and at least 30 armed men met in Kosovo near Skopje; since 2008 violence occurred twice (2023-10-01, 01.10.23). Last week the one who spoke left.";
    let a = annotate(text, &Lexicon::builtin());
    let of = |k: Kind| -> Vec<&str> {
        a.annotations
            .iter()
            .filter(|x| x.kind == k)
            .map(|x| x.span.slice(text))
            .collect()
    };
    assert_eq!(
        of(Kind::Date),
        ["September 24, 2023", "2008", "2023-10-01", "01.10.23"]
    );
    assert_eq!(
        of(Kind::Figure),
        [
            "more than 4,600 peacekeepers",
            "at least 30 armed men",
            "twice"
        ]
    );
    assert_eq!(of(Kind::Entity), ["NATO", "Kosovo", "Skopje"]);
    let kinds: Vec<_> = a
        .annotations
        .iter()
        .filter_map(|x| x.entity)
        .map(|k| k.as_str())
        .collect();
    assert_eq!(kinds, ["organization", "country", "place"]);
}

#[test]
fn meta_is_only_what_the_text_states() {
    let a = annotate(
        "Rama urges NATO to boost troops in Kosovo\nRama said that troops are needed.\n\n/ Balkan Monitor /",
        &Lexicon::builtin(),
    );
    assert_eq!(
        a.meta.title.as_deref(),
        Some("Rama urges NATO to boost troops in Kosovo")
    );
    assert_eq!(a.meta.source.as_deref(), Some("Balkan Monitor"));
    assert_eq!(a.meta.author, None);
    assert_eq!(a.meta.date, None);
}

// ---------------------------------------------------------------- generalization: other outlets' styles

#[test]
fn german_block_quotation_closed_by_a_high_mark_on_its_last_paragraph() {
    check(
        "„[[The harbour is quiet.|quote:vogt]]\n\n[[The convoys still run at night.|quote:vogt]]\n\n[[Nobody knows for how long|quote:vogt]],“ [[Lena Vogt|src]] [[said|cue]].",
    );
}

#[test]
fn tex_quote_after_a_period_starts_a_new_sentence() {
    check(
        "[[Tom Reyes|src]] [[believes|cue]] that [[the plan will fail|claim:reyes]]. ``[[It is too slow|quote:reyes]],'' [[he|src]] [[said|cue]].",
    );
}

#[test]
fn role_appositive_without_an_article() {
    check(
        "General Mara Ilunga, commander of Chad's northern forces, [[said|cue]] [[her troops would hold the line|claim:ilunga]].",
    );
    check(
        "[[Ivo Brandt|src]], Austria's envoy for water affairs, [[denied|cue]] that [[Vienna had been consulted|claim:brandt]].",
    );
}

#[test]
fn unnamed_speakers_keep_the_phrase_that_places_them() {
    check(
        "[[Officials in Tbilisi|src]] [[said|cue]] [[at least 12 drones had been shot down|claim:officials-in-tbilisi]].",
    );
    check(
        "[[A spokeswoman for the regional council|src]] [[said|cue]] [[the roads were open|claim:a-spokeswoman-for-the-regional-council]]. “[[We are coping|quote:spokeswoman]],” the [[spokeswoman|src]] [[added|cue]].",
    );
}

#[test]
fn pronouns_follow_gender() {
    // "she" skips the more recent man and goes to the woman the text named before him.
    check(
        "Ms [[Olsen|src]] [[said|cue]] [[the budget was tight|claim:olsen]]. Mr [[Berg|src]] [[said|cue]] [[it was fine|claim:berg]]. “[[We disagree|quote:olsen]],” [[she|src]] [[said|cue]].",
    );
    check(
        "[[A spokeswoman|src]] [[said|cue]] [[talks would resume|claim:a-spokeswoman]]. Mr [[Lund|src]] [[said|cue]] [[he had doubts|claim:lund]]. “[[They will|quote:spokeswoman]],” [[she|src]] [[said|cue]].",
    );
}

#[test]
fn participle_openers_are_not_names() {
    check(
        "[[Ana Ruiz|src]] [[said|cue]] that [[prices fell|claim:ruiz]]. Questioned about the figures, the minister blinked, but [[she|src]] [[maintained|cue]] that [[the data was sound|claim:ruiz]].",
    );
}

#[test]
fn anonymity_requests_are_not_reports() {
    check(
        "The [[officers|src]], who asked not to be named, [[said|cue]] [[the base was empty|claim:officers]].",
    );
}

#[test]
fn parenthetical_adverb_between_verb_and_clause() {
    check("[[Karl Moen|src]] [[warned|cue]], however, that [[the ice was thin|claim:moen]].");
    check(
        "[[Researchers in Bergen|src]] [[have repeatedly pointed to|cue]] [[the loss of sea ice|claim:researchers]].",
    );
}

#[test]
fn in_someones_view_is_their_claim() {
    check(
        "[[Ida Berg|src]] [[said|cue]] that [[the ice was thin|claim:berg]]. [[In her view|cue]], [[the season will be short|claim:berg]].",
    );
    check("[[In Okafor's view|cue]], [[the vote was fair|claim:okafor]]. In our view, it was not.");
}

#[test]
fn for_a_person_with_affiliation_or_appositive() {
    check("[[For Nils Aune of the Arctic Council|cue]], [[the treaty still holds|claim:aune]].");
    check(
        "[[For Rosa Lind|cue]], a senior fellow at the Baltic Institute, [[the drills were a signal|claim:lind]].",
    );
}

#[test]
fn transcript_labels_name_the_speaker() {
    check(
        "[[Ortega|src]][[:|cue]] \"[[We will not back down.|quote:ortega]]\"\n\n[[Lamb|src]][[:|cue]] \"[[Then the talks are over?|quote:lamb]]\"",
    );
}

#[test]
fn ages_unnamed_officials_and_offices() {
    check("[[Hardy|src]], 61, [[said|cue]] [[the report was late|claim:hardy]].");
    check("[[A senior EU diplomat|src]] [[said|cue]] [[the bloc was divided|claim:diplomat]].");
    check("“[[It is late|quote:a-chilean-envoy]],” [[said|cue]] [[a Chilean envoy|src]].");
    check(
        "[[Prime Minister Ana Sousa's office|src]] [[said|cue]] in a statement that [[she would travel to Rome|claim:office]].",
    );
}

#[test]
fn org_prefixed_roles_name_the_person() {
    check(
        "Navy spokesman Captain [[Olaf Rennick|src]] [[said|cue]] [[the convoy had turned back|claim:olaf-rennick]].",
    );
    check(
        "Kremlin spokesman [[Ivan Belov|src]] [[said|cue]] [[the talks were over|claim:ivan-belov]].",
    );
    check(
        "Pentagon press secretary [[Rob Hale|src]] [[told reporters|cue]] [[no decision had been made|claim:rob-hale]].",
    );
    check(
        "Hamas official [[Yusuf Darwish|src]] [[said|cue]] [[the offer was under review|claim:yusuf-darwish]].",
    );
}

#[test]
fn state_bodies_before_a_ranked_name() {
    check(
        "Junta spokesman Major General [[Tun Aye Lwin|src]] [[said|cue]] [[the port would be defended|claim:tun-aye-lwin]].",
    );
}

#[test]
fn possessive_role_appositives() {
    // A name ending in "-ing" is no participle when it is capitalised.
    check(
        "The rebels hold the pass. Its spokesman, [[Khaing Lwin|src]], [[said|cue]] [[the road was closed|claim:khaing-lwin]].",
    );
    check(
        "Her deputy, [[Mara Olsen|src]], [[said|cue]] [[the vote would go ahead|claim:mara-olsen]].",
    );
}

#[test]
fn for_a_role_and_name_with_the_article() {
    check(
        "[[For the Sahel researcher Ines Varga of the Lisbon Institute|cue]], [[the coup was about gold|claim:varga]]. “[[It always is|quote:varga]],” [[she|src]] [[says|cue]].",
    );
}

#[test]
fn pronouns_never_go_to_organizations() {
    check(
        "[[Lena Park|src]] [[said|cue]] [[the camp was full|claim:park]]. [[Some 300 families arrived|claim:red-crescent]], [[according to the Chadian Red Crescent|cue]]. “[[We need tents|quote:park]],” [[she|src]] [[said|cue]].",
    );
}

#[test]
fn group_speakers_keep_the_whole_noun_phrase() {
    check(
        "[[Rights groups|src]] [[warn|cue]] that [[the fishermen are caught in the middle|claim:rights-groups]].",
    );
    check(
        "[[The ferry sank near the harbour|claim:port-officials]], [[port officials|src]] [[said|cue]] on Tuesday.",
    );
    check(
        "The [[ruling party|src]] [[said|cue]] [[the count was clean|claim:ruling-party]]. The [[harbour authority|src]] [[said|cue]] [[it hoped to reopen the quay by Friday|claim:harbour-authority]].",
    );
}

#[test]
fn press_review_outlets() {
    // An unknown name that "writes" or "reports" is an outlet; "the paper" points back to
    // the outlet that opens the paragraph.
    check(
        "“[[The harbour deal is a trap|quote:vjesnik]],” [[writes|cue]] [[Vjesnik|src]] in its editorial.",
    );
    check(
        "[[Dnevnik|src]] [[reports|cue]] that [[the mayor will resign|claim:dnevnik]].\n\nBorba focuses on the strikers. [[The paper|src]] [[reports|cue]] that [[the port was shut on Friday|claim:borba]].",
    );
    check(
        "The paper’s columnist [[Ivana Horvat|src]] [[predicts|cue]] a repeat: “[[They will all back down by June.|quote:ivana-horvat]]”",
    );
}

#[test]
fn outlets_named_after_places_and_described_dailies() {
    check(
        "[[Vijesti Montenegro|src]] [[reports|cue]] that [[the ferry strike is over|claim:vijesti-montenegro]]. “[[It was a costly week|quote:vijesti-montenegro]],” [[writes|cue]] [[Vijesti|src]] in an editorial.",
    );
    check(
        "The Slovak daily Pravda Nova leads with the strike. [[The paper|src]] [[reminds its readers|cue]] that [[the last strike lasted a month|claim:pravda-nova]].",
    );
}

#[test]
fn unnamed_individuals_and_later_references() {
    check(
        "Dnevnik quotes [[a senior government official in Zagreb|src]] who [[says|cue]] [[the talks will resume|claim:a-senior-government-official-in-zagreb]]. The [[official|src]] [[told the paper|cue]]: “[[We are ready.|quote:official]]”",
    );
    check(
        "[[A Western diplomat in Lima|src]], who asked not to be named, [[said|cue]] [[the vote had been rushed|claim:a-western-diplomat-in-lima]]. [[According to the diplomat|cue]], [[the count was slow|claim:a-western-diplomat-in-lima]]. “[[Nobody was consulted|quote:diplomat]],” the [[diplomat|src]] [[added|cue]].",
    );
}

#[test]
fn capitals_speak_for_states_before_a_quoted_directive() {
    check(
        "[[Beijing|src]], which has hosted two rounds of talks, [[called on|cue]] “[[all sides to return to the table.|quote:china]]”",
    );
    check("[[China|src]] [[urged|cue]] [[both sides to show restraint|claim:china]].");
}

#[test]
fn roles_opening_the_sentence_and_bare_titles_later() {
    check(
        "Norway’s Foreign Minister, [[Eira Dahl|src]], speaking in Oslo, [[said|cue]] [[the treaty was sound|claim:dahl]]. The [[minister|src]] [[also claimed|cue]] that [[the fleet had left|claim:dahl]].",
    );
    check(
        "[[For Jan Brock of the Hamburg Institute|cue]], [[the balance has shifted|claim:brock]]. “[[Russia has lost the sea|quote:brock]],” the [[expert|src]] [[said|cue]].",
    );
}

#[test]
fn owners_inside_a_subject_and_present_tense_clauses() {
    check(
        "The [[Northern Fleet Command|src]] of the People’s Navy [[said|cue]] [[the drill was routine|claim:northern-fleet-command]].",
    );
    check(
        "Kremlin spokesman [[Ivan Belov|src]] [[said|cue]] [[Russia „[[respects the vote|quote:belov]]”|claim:belov]].",
    );
}

#[test]
fn clause_openers_after_the_verb() {
    // A conjunction after a quotation starts a new clause with its own speaker.
    check(
        "[[Norway|src]] [[announced|cue]] that [[two frigates would sail “[[within days|quote:norway]]”|claim:norway]], and [[officials in Bergen|src]] [[said|cue]] [[a Danish ship was ready|claim:officials-in-bergen]].",
    );
    check(
        "[[Diplomats|src]] [[said|cue]] privately that [[the vote left them few options|claim:diplomats]].",
    );
    check("[[Both militias|src]] [[claim|cue]] [[to act for the state|claim:militias]].");
    check(
        "The [[navy|src]] [[said|cue]] [[the drones flew for an hour before they fell into the sea|claim:navy]].",
    );
    // A capitalised word inside a name is not a verb.
    check(
        "The [[State Department|src]] [[said|cue]] [[it was watching the border|claim:united-states]].",
    );
}

#[test]
fn characterisations_and_coordinated_reports() {
    check(
        "Chile’s foreign minister, [[Hugo Lara|src]], [[described|cue]] [[the drills as «[[a threat to peace|quote:lara]]»|claim:lara]] and [[said|cue]] [[his government had asked Lima for help|claim:lara]].",
    );
}

#[test]
fn it_refers_to_a_named_body_not_a_plural_group() {
    check(
        "[[Both groups|src]] [[claim|cue]] [[to act for the state|claim:groups]]. The 12th Brigade told a different story. In a statement, [[it|src]] [[accused|cue]] [[the rival unit of looting|claim:brigade]].",
    );
    check(
        "The [[European Union mission in Kosovo|src]] [[said|cue]] [[it was concerned|claim:european-union-mission-in-kosovo]].",
    );
}

#[test]
fn they_after_a_plural_collective_and_possessive_subjects() {
    check(
        "[[Western diplomats|src]] [[fear|cue]] that [[the UN-backed talks could fail|claim:western-diplomats]]. [[They|src]] [[say|cue]] [[the rivals have little interest in elections|claim:western-diplomats]].",
    );
    check(
        "[[The rebels fired ten rockets at the base|claim:joint-staff]], Chad's [[Joint Staff|src]] [[said|cue]].",
    );
    check(
        "The [[ministry|src]] [[urged|cue]] [[both sides to talk|claim:ministry]] and [[reaffirmed|cue]] that [[the treaty applies at sea|claim:ministry]].",
    );
}

#[test]
fn which_clauses_have_their_own_speaker() {
    check(
        "[[Ida Berg|src]] [[notes|cue]] that [[migrants were pushed to the border in 2023|claim:berg]], which Oslo called “[[hybrid pressure.|quote:norway]]”",
    );
}

#[test]
fn collectives_placed_by_a_long_organization_name() {
    check(
        "[[Local monitors from the Baltic Society for Free and Fair Elections|src]] (BSFFE) [[said|cue]] [[they had logged 300 violations|claim:elections]].",
    );
}

#[test]
fn owned_roles_without_a_name_and_naming_verbs() {
    check(
        "The show aired a clip of [[Chile's foreign office spokesperson|src]], who [[called|cue]] [[the raid “[[an act of war|quote:chile-s-foreign-office-spokesperson]]”|claim:chile-s-foreign-office-spokesperson]].",
    );
}

#[test]
fn documents_speak_for_their_issuer() {
    check(
        "From his cell, the former mayor [[Ivo Rask|src]] issued a statement through his lawyers [[calling on|cue]] [[voters to stay calm|claim:rask]].",
    );
}

#[test]
fn the_first_conjunct_gives_the_subject() {
    check(
        "President [[Ana Lutz|src]], whose powers are largely ceremonial, went further and [[described|cue]] [[the vote as a „[[rigged|quote:lutz]]” election|claim:lutz]].",
    );
}

#[test]
fn an_outlet_first_read_as_a_name_and_nato_spelled_nato() {
    check(
        "Borba leads with the strike. [[The paper|src]] [[reports|cue]] that [[the port was shut|claim:borba]]. [[Nato|src]] [[said|cue]] [[its ships were ready|claim:nato]].",
    );
}

#[test]
fn press_review_outlets_are_organizations() {
    let text = "Borba leads with the strike. The paper reports that the port was shut.\n\nThe daily Vjesnik writes that the talks failed.";
    let a = annotate(text, &Lexicon::builtin());
    for id in ["borba", "vjesnik"] {
        let s = a.speakers.iter().find(|s| s.id == id);
        assert!(
            s.is_some_and(|s| s.kind == dossier::SpeakerKind::Organization),
            "{id} should be an organization: {:?}",
            a.speakers
        );
    }
}

#[test]
fn military_ranks_are_titles() {
    check(
        "“[[It is a race with no finish line|quote:kovalenko]],” [[said|cue]] Major [[Taras Kovalenko|src]], who commands a battalion. [[According to [[him|src]]|cue]], [[units now cover the approaches with jammers|claim:kovalenko]].",
    );
}

#[test]
fn a_headline_introduces_no_one() {
    // "Drones" opens an unfinished sentence (the headline): "him" cannot be it.
    check(
        "Drones over the front\n\n[[According to him|cue]], [[the units now cover the approaches|claim:-]].",
    );
}

#[test]
fn an_outlet_noun_with_its_description_introduces_the_outlet() {
    check(
        "„[[Grain is our strongest argument|quote:kustenpost]]“, [[notes|cue]] the Hamburg weekly [[Die Küstenpost|src]]. \"[[We are ready|quote:politika]],\" [[said|cue]] the newspaper [[Politika|src]].",
    );
}

#[test]
fn an_aside_between_subject_and_verb_and_a_described_name() {
    check(
        "[[Moscow|src]], for its part, [[said|cue]] [[its air defences had shot down 87 drones|claim:russia]]. The tanker's manager, Athens-based [[Poseidon Tankers|src]], [[said|cue]] [[the vessel had no connection to Israel|claim:poseidon]].",
    );
}

#[test]
fn according_to_a_role_then_its_name_and_forecasts_are_not_attributions() {
    check(
        "[[Repairs are expected to take about three weeks|claim:baltnet]], [[according to the operator, [[Baltnet|src]]|cue]].",
    );
}

#[test]
fn scare_quotes_no_cue_claims_are_the_writers_words() {
    check(
        "Mali's junta defends Russian \"instructors\" as the corps grows. Some operators now make \"dark\" transits. [[Avni Islami|src]] [[called|cue]] [[the plan \"[[unacceptable|quote:islami]]\" and naive|claim:islami]].",
    );
}

#[test]
fn speech_reported_inside_a_claim_is_part_of_it() {
    check(
        "[[Krasniqi|src]] [[said|cue]] [[Kosovo would ask NATO allies for surveillance drones|claim:krasniqi]]. [[Diplomats|src]] [[said|cue]] [[the government had asked NATO to leave|claim:diplomats]].",
    );
}

#[test]
fn an_after_clause_with_its_own_verb_is_the_writers() {
    check(
        "Prime Minister [[Albin Kurti|src]] [[urged|cue]] [[NATO to send more troops to the border|claim:kurti]], after a police patrol came under fire. [[Rama|src]] [[said|cue]] [[the troops would stay, after the elections|claim:rama]].",
    );
}

#[test]
fn a_body_continues_over_of_the_but_a_person_does_not() {
    check(
        "The [[General Staff of the Armed Forces of Ukraine|src]] [[said|cue]] [[drone units had destroyed 24 tanks|claim:general-staff-of-the-armed-forces]]. For [[Jürgen Brückner|src]] of the Hamburg Institute for Maritime Security, [[the balance at sea has shifted|claim:bruckner]].",
    );
}

#[test]
fn a_bare_clause_with_a_present_tense_verb_after_a_noun() {
    check(
        "[[Kovalenko|src]] [[said|cue]] [[his battalion receives about 3,000 drones a month|claim:kovalenko]]. Kovalenko said the words.",
    );
}

#[test]
fn an_addressee_with_an_appositive() {
    check(
        "[[Tore Haugland|src]] [[told the Storting, Norway's parliament|cue]]: \"[[The Barents Sea is where Russia keeps its capability.|quote:haugland]]\" [[Haugland|src]] [[told the Storting, Norway's parliament|cue]], that [[the sea was vital|claim:haugland]].",
    );
}

#[test]
fn a_description_after_the_name_and_indian_english_verbs() {
    check(
        "[[Ukrenergo|src]], the national grid operator, [[said|cue]] [[about 40% of capacity was damaged|claim:ukrenergo]]. Lt Gen [[Dogra|src]], a former DGMO, [[opined|cue]] that [[the ceasefire had survived|claim:dogra]]. In Moscow, the [[ministry|src]] [[said|cue]] [[the talks failed|claim:ministry]].",
    );
}

#[test]
fn two_that_clauses_of_one_verb_are_two_claims() {
    check(
        "[[Tammsaar|src]] [[said|cue]] [[the damage was \"[[not an accident|quote:tammsaar]]\"|claim:tammsaar]] and that [[the government would treat it as sabotage|claim:tammsaar]]. [[Dethier|src]] [[added|cue]] that [[recruitment had improved|claim:dethier]] but that [[one in three recruits left|claim:dethier]] and that [[pay was low|claim:dethier]].",
    );
}

#[test]
fn interview_answers_without_marks_are_quotes() {
    check(
        "We spoke with Deputy Prime Minister Valeriu Cebotari in Chișinău.\n\nQ: How is the situation?\n\n[[Cebotari|src]][[:|cue]] [[It is a humanitarian problem. We offered help.|quote:cebotari]]\n\nQ: And the troops?\n\n[[Cebotari|src]][[:|cue]] [[About 1,500 soldiers are still there.|quote:cebotari]]",
    );
}

#[test]
fn told_me_then_a_quotation() {
    check(
        "[[Ana Lind|src]] [[told me|cue]], „[[We will freeze, but we will not kneel.|quote:lind]]“",
    );
}

#[test]
fn quoted_as_saying_names_its_speaker() {
    check(
        "Foreign Office spokesperson [[Sadia Qureshi|src]] was [[quoted as saying|cue]] by Radio Pakistan that [[the allegations were false|claim:qureshi]].",
    );
}

#[test]
fn the_subject_of_a_clause_opened_by_after() {
    check(
        "Kalogeropoulos's remarks came after the [[Turkish Defence Ministry|src]] [[said|cue]] that [[the ship would carry out research|claim:turkish-defence-ministry]].",
    );
}

#[test]
fn an_appositive_then_a_relative_clause_before_the_verb() {
    check(
        "General [[Ana Sorel|src]], the chief of defence, who testified alongside the minister, [[told lawmakers|cue]] that [[the army was short of soldiers|claim:sorel]].",
    );
    check(
        "On Monday [[Piet Kroon|src]], who chairs the committee, [[said|cue]] [[the budget was late|claim:kroon]].",
    );
}

#[test]
fn a_body_placed_by_its_seat_keeps_the_place_and_its_short_name() {
    let markup = "The [[interior ministry in Niamey|src]] [[said|cue]] [[the road was open|claim:interior-ministry-in-niamey]].";
    check(markup);
    let (text, _) = parse(markup);
    let a = annotate(&text, &Lexicon::builtin());
    let ministry = a
        .speakers
        .iter()
        .find(|s| s.id == "interior-ministry-in-niamey");
    assert!(
        ministry.is_some_and(|s| s.aliases.iter().any(|a| a == "interior ministry")),
        "{:?}",
        a.speakers
    );
    check(
        "[[According to the Tripoli health ministry|cue]], [[more than 40 people were wounded|claim:tripoli-health-ministry]].",
    );
}

#[test]
fn they_after_a_collective_placed_by_a_city() {
    check(
        "[[Western diplomats in Tbilisi|src]] [[said|cue]] [[the result left Brussels with few options|claim:western-diplomats]]. [[They|src]] [[predicted|cue]] that [[Washington would act|claim:western-diplomats]].",
    );
}

#[test]
fn told_reporters_at_the_end_of_the_sentence() {
    check(
        "[[The soldiers withdrew after about six hours|claim:chetram]], Guyana Defence Force (GDF) chief of staff Brigadier [[Roland Chetram|src]] [[told reporters|cue]] in Georgetown.",
    );
}

#[test]
fn a_but_that_clause_after_a_comma_is_a_second_claim() {
    check(
        "[[Kašpárek|src]] [[said|cue]] [[EUFOR had no mandate to arrest anyone|claim:kasparek]], but that [[his troops would protect state officials|claim:kasparek]].",
    );
}

#[test]
fn according_to_after_a_short_opener_reports_what_follows() {
    check(
        "Under the deal, [[according to Somaliland officials|cue]], [[Ethiopia would lease 20 kilometres of coastline|claim:somaliland-officials]].",
    );
}

#[test]
fn occupations_institutions_and_an_acronym_after_according_to() {
    check(
        "[[A nurse in the intensive care unit|src]] [[told the paper|cue]] that [[staff had gone back to paper charts|claim:nurse]]. The [[hospital|src]] [[said|cue]] on Sunday that [[its emergency department had reopened|claim:hospital]]. [[According to the Haitian National Police (PNH)|cue]], [[212 inmates escaped|claim:haitian-national-police]].",
    );
}

#[test]
fn in_what_it_called_inside_a_claim_is_its_own_cue() {
    check(
        "[[Guyana's government|src]] [[said|cue]] on Tuesday that [[about 40 soldiers had crossed the river|claim:guyana]], in what [[it|src]] [[called|cue]] [[the most serious incursion since 2023|claim:guyana]].",
    );
}

#[test]
fn said_on_a_day_then_a_clause_without_that() {
    check(
        "[[Nils Holm|src]] [[said|cue]] on Thursday [[the force would bring in reserve troops|claim:holm]]. The peacekeeping force, [[EUFOR Althea|src]], [[said|cue]] [[it would stay|claim:eufor-althea]].",
    );
}

#[test]
fn he_after_an_opener_and_not_a_capitalised_common_noun() {
    check(
        "Back in Berbera, Jibril is careful. Ships from the Gulf use the terminal, and [[he|src]] [[said|cue]] [[the port would stay open|claim:jibril]].",
    );
}

#[test]
fn an_adverb_after_a_placed_collective_is_not_its_name() {
    check(
        "[[Western diplomats in Nairobi|src]] privately [[say|cue]] [[the quarrel has distracted all three governments|claim:western-diplomats-in-nairobi]].",
    );
}

#[test]
fn a_bare_clause_with_a_long_quoted_subject() {
    check(
        "Solange Uwimana is a minister. [[She|src]] [[said|cue]] [[Kigali’s “[[defensive measures|quote:uwimana]]” along the border were aimed at the FDLR|claim:uwimana]].",
    );
}

#[test]
fn services_and_missions_that_open_a_sentence() {
    check(
        "The [[European Union’s diplomatic service|src]] [[urged|cue]] [[the authorities to investigate every violation|claim:diplomatic-service]].",
    );
    check(
        "The international observation mission led by the OSCE saw things differently. In its findings [[it|src]] [[said|cue]] [[the vote had been marred by pressure|claim:observation-mission]].",
    );
}

#[test]
fn single_words_the_writer_quotes_and_nobody_as_a_subject() {
    check(
        "[[Tamm|src]] [[said|cue]] [[the vote was over|claim:tamm]]. What Georgia needs is not another statement of “concern”. Nobody asked them to leave. The force is what Moscow describes as “[[peacekeepers|quote:*]]”.",
    );
}

#[test]
fn who_said_after_a_person_of_a_party() {
    check(
        "The question came from [[Koen Van den Eede|src]] of the Flemish nationalist N-VA, who [[said|cue]] [[the budget was late|claim:koen-van-den-eede]]. The motion came from [[Anna Berg|src]] of the Green Party, who [[said|cue]] [[the vote was close|claim:anna-berg]].",
    );
}

#[test]
fn a_bare_title_resolved_at_the_end_holds_that_role() {
    // "the minister" is nobody named before it; Anna Berg, named later with no role, is
    // not made the minister: the role is its own speaker.
    check(
        "The fire spread. The [[minister|src]] [[acknowledged|cue]] that [[the budget was late|claim:minister]].\n\nThe motion came from [[Anna Berg|src]] of the Green Party, who [[said|cue]] [[the vote was close|claim:anna-berg]].",
    );
}

#[test]
fn a_title_then_a_name_in_apposition_and_a_dateline_before_an_opener() {
    check(
        "The Minister of National Defence, Cristóvão Mabunda, travelled to Macomia on Monday. «[[The situation is under control|quote:mabunda]]», declared the [[minister|src]].",
    );
    check(
        "MITROVICA, Kosovo — At five in the afternoon, when the power goes off, Valbona Hoxha does not look up. “[[People think the north is the problem.|quote:hoxha]]” [[she|src]] [[said|cue]].",
    );
}

#[test]
fn a_coast_guard_and_fishermen_speak() {
    check(
        "[[China's coast guard|src]] [[said|cue]] [[it had expelled the boats|claim:china-s-coast-guard]]. [[Fishermen in Masinloc|src]] [[say|cue]] [[the lagoon has been closed to them for years|claim:fishermen]].",
    );
}

#[test]
fn the_subject_after_an_asked_clause_is_who_he_means() {
    check(
        "Zulfiqar Marwat spoke first. He was flanked by spokesman [[Adnan Mohmand|src]], who [[said|cue]] [[the cabinet had approved new funds|claim:mohmand]]. Asked whether the force was now outgunned, Marwat paused before answering. “[[In some places, yes|quote:marwat]],” [[he|src]] [[replied|cue]].",
    );
}

#[test]
fn a_bare_clause_whose_verb_comes_after_a_long_subject() {
    check(
        "[[Fishermen in Masinloc|src]], the nearest town on the coast, [[say|cue]] [[the lagoon inside the shoal, once their richest fishing ground, has been closed to them|claim:fishermen]]. Pilots’ [[associations in the region|src]] [[contend|cue]] that [[the problem is underreported|claim:associations]].",
    );
}

#[test]
fn a_name_given_first_refers_to_the_one_person_who_has_it() {
    // A Chinese family name comes first ("Lin Wei-ting" is "Lin"); a feature calls people by
    // their given name ("Ilir").
    check(
        "[[Lin Wei-ting|src]] [[said|cue]] [[the drills were a warning|claim:lin-wei-ting]]. [[Lin|src]] [[added|cue]] that [[more would follow|claim:lin-wei-ting]]. Ilir Hoxha works as a technician. [[Ilir|src]] [[said|cue]] [[crews worked only in daylight|claim:ilir-hoxha]].",
    );
}

#[test]
fn a_title_of_a_body_before_a_name_is_a_role() {
    // The body after "of" is neither the person nor part of their name; and the addressee
    // of "told" may run long before its "that".
    check(
        "Inspector General of Police [[Zulfiqar Ahmad Marwat|src]] [[told a crowded press conference at the Central Police Office in Peshawar|cue]] that [[23 policemen had been killed|claim:zulfiqar-ahmad-marwat]]. Chief of General Staff [[Valeriy Zaluzhny|src]] [[said|cue]] [[the roads were closed|claim:valeriy-zaluzhny]].",
    );
}

#[test]
fn where_a_speaker_works_or_is_may_stand_between_name_and_verb() {
    check(
        "The researcher [[Tomás Cuamba|src]], of the Centre for Security and Development Studies, in Maputo, [[considers|cue]] that [[the insurgency has changed form|claim:tomas-cuamba]]. [[Jane Roe|src]], from the Lowy Institute, [[said|cue]] [[the talks had stalled|claim:jane-roe]].",
    );
}

#[test]
fn an_interview_under_the_outlets_initials_with_answers_over_several_paragraphs() {
    // The questioner is the label whose paragraphs end in "?"; an unlabelled paragraph
    // continues the answer before it; cues inside answers are read (the interviewee reports
    // others); after the last answer the writer speaks again.
    check(
        "We spoke with Dr al-Fitouri by video call.\n\nMSR: Is the ceasefire going to last?\n\nAl-Fitouri: [[It will last as long as nobody breaks it.|quote:al-fitouri]]\n\nMSR: What is Moscow doing?\n\nAl-Fitouri: [[Moving, not leaving. [[Moscow|src]] [[denies|cue]] [[having any combat troops in the country|claim:russia]].|quote:al-fitouri]]\n\n[[The [[eastern authorities|src]] [[say|cue]] [[the Russians are only trainers|claim:authorities]]. Maybe.|quote:al-fitouri]]\n\nMSR: And Europe?\n\nAl-Fitouri: [[Europe is not naive.|quote:al-fitouri]]\n\nThe media office did not answer questions sent before publication.",
    );
}

#[test]
fn an_outlet_introduced_by_what_it_is_is_the_paper_named_later() {
    // Whatever the introducing sentence says; a name joined to a place by "de" is not the
    // place; a paragraph that opens with a known outlet is about it, whatever its verb.
    check(
        "The Romanian-language daily Cotidianul de Chișinău led on Saturday with a photograph. [[The newspaper|src]] [[reported|cue]] that [[the post had appeared overnight|claim:cotidianul-de-chisinau]].\n\nThe regional weekly Gazeta de Bălți took a more sceptical line. [[Nobody, [[the weekly|src]] [[noted|cue]], has published a single photograph of the convoy|claim:gazeta-de-balti]].\n\nCotidianul de Chișinău closed its Monday edition with an editorial. [[The newspaper|src]] [[wrote|cue]] that [[the government should present a plan|claim:cotidianul-de-chisinau]].",
    );
}

#[test]
fn a_report_speaks_for_whoever_issued_it() {
    check(
        "The report by Coastal Livelihoods Watch (CLW), titled “Nets and Guns”, is based on 412 interviews. [[According to [[the report|src]]|cue]], [[the pirates, known along the coast as “jaladashu” or water bandits, attacked 312 trawlers|claim:coastal-livelihoods-watch]]. [[CLW|src]] [[estimates|cue]] that [[families paid $790,000 in ransoms|claim:coastal-livelihoods-watch]]. [[At least 27 fishermen were killed|claim:coastal-livelihoods-watch]], [[the report|src]] [[says|cue]].",
    );
}

#[test]
fn a_body_that_names_itself_and_the_group_named_before() {
    check(
        "A group calling itself the „[[Guardians of the Euphrates|src]]” [[claimed|cue]] that [[the attack was a response|claim:guardians-of-the-euphrates]]. The RSF presents itself as a protector. In a statement, the [[paramilitary group|src]] [[claimed|cue]] that [[its fighters had opened corridors|claim:rsf]].",
    );
}

#[test]
fn a_member_of_a_described_party_and_a_when_clause_of_background() {
    check(
        "[[Jung Hae-rin|src]] of the ruling People Power Party [[warned|cue]] that [[North Korea was learning fast|claim:jung-hae-rin]]. [[Baek Seung-ah|src]] [[accused|cue]] [[the military of having learned nothing since 2022|claim:baek-seung-ah]], when five drones crossed the border. [[Residents|src]] [[affirm|cue]] that [[the attackers arrived at two, when the soldiers were «[[already sleeping|quote:residents]]»|claim:residents]].",
    );
}

#[test]
fn the_body_named_before_and_a_quote_through_an_agency() {
    check(
        "“[[Shots were fired from the Tajik post.|quote:kyrgyz-state-committee]]” the [[Kyrgyz State Committee for National Security|src]] [[said|cue]]. The [[committee|src]] [[said|cue]] [[the wounded engineer had been taken to a hospital|claim:kyrgyz-state-committee]]. [[Nazarzoda|src]] was [[quoted by the state news agency Khovar as saying|cue]] that [[the footage would be handed to the commission|claim:nazarzoda]].",
    );
}

#[test]
fn kin_speak_and_contrasts_end_the_content() {
    check(
        "[[My mother in Misrata|src]] [[tells me|cue]] [[she no longer cares who governs|claim:my-mother]]. [[Moscow|src]] [[denies|cue]] [[having any combat troops in the country|claim:russia]], but anyone who drives past can count the aircraft. The [[government|src]] [[says|cue]] [[its operation was aimed at the militias|claim:government]], while its rivals disagree. The [[Bureau for Reintegration|src]], the government agency in charge of relations with the region, [[said|cue]] that [[it rejects the explanation|claim:bureau]].",
    );
}

#[test]
fn a_study_a_doctor_and_it_after_the_body_that_spoke() {
    check(
        "[[At least 310,000 people have died|claim:horn-and-nile]], the [[Horn and Nile Policy Institute|src]] [[said|cue]] in a study published on Tuesday. “[[Every number is a floor.|quote:hanan-osman-alnour]]” [[said|cue]] Dr. [[Hanan Osman Alnour|src]], the director of research. [[The study|src]] [[found|cue]] that [[children accounted for half of the deaths|claim:horn-and-nile]]. [[The report|src]] [[warns|cue]] that [[roads from Chad and South Sudan may close|claim:horn-and-nile]]. [[It|src]] [[urges|cue]] [[donors to fund kitchens directly|claim:horn-and-nile]].",
    );
}

#[test]
fn a_role_that_nobody_named_holds_is_its_own_speaker() {
    check(
        "The Taiwan Affairs Office went further: its [[spokeswoman|src]] [[told a regular briefing in Beijing|cue]] that [[the waters around Kinmen are Chinese|claim:spokeswoman]].",
    );
}

#[test]
fn appositives_with_relative_clauses_and_a_retired_officer() {
    check(
        "[[Hsieh Ming-hui|src]], deputy minister of the Ocean Affairs Council, which oversees the coast guard, [[told reporters|cue]] that [[cutters had shadowed the vessels|claim:hsieh-ming-hui]]. [[A retired Taiwanese admiral|src]], who asked not to be named because he still advises the navy, [[told me|cue]] that [[Taipei had more to lose|claim:admiral]].",
    );
}

#[test]
fn an_appositive_after_according_to_and_a_cue_inside_its_clause() {
    check(
        "[[According to Katharina Vogt|cue]], a South Caucasus specialist at the German Council on Foreign Relations (DGAP), [[the two positions are closer than the rhetoric suggests|claim:katharina-vogt]]. [[Each closure, [[traders|src]] [[say|cue]], costs the two countries around $3m a day|claim:traders]].",
    );
}

#[test]
fn a_verb_after_but_shares_the_sentences_subject() {
    check(
        "[[Mulugeta Asfaw|src]], the army spokesman, [[told|cue]] [[the movements were routine|claim:mulugeta-asfaw]]. The [[spokesman|src]] declined to say how many units had been moved, but [[said|cue]] [[none of them were closer than 60 km to the border|claim:mulugeta-asfaw]].",
    );
}

#[test]
fn told_me_with_a_time_then_the_quotation() {
    check(
        "[[A brigade commander|src]] [[told me last week|cue]], “[[Today we are the state. Tomorrow someone else will be.|quote:brigade-commander]]”",
    );
}

#[test]
fn the_nationality_and_a_name_is_a_body() {
    check(
        "The [[Serbian List|src]] (Srpska lista), the largest Kosovo Serb party, [[accused|cue]] [[Pristina of preparing the ground for expulsions|claim:serbian-list]].",
    );
}

#[test]
fn a_name_ending_in_a_verb_word_and_an_outlet_named_after_a_place() {
    // "Post" is a name here, not the verb "post"; "by Pristina Post" places the residents.
    check(
        "[[Ana Post|src]] [[said|cue]] [[the town was calm|claim:ana-post]]. [[Residents of Zvečan contacted by Pristina Post|src]] [[said|cue]] [[the roads were open|claim:residents]].",
    );
}

#[test]
fn a_modal_verb_group_inside_the_reported_clause_is_part_of_it() {
    check(
        "The [[ministry|src]] [[said|cue]] [[it would set up a task force by June and would ask the Assembly for more funds|claim:ministry]]. [[Seoul|src]] denied the report and [[called on|cue]] [[Pyongyang to stop|claim:korea]].",
    );
}

#[test]
fn naming_reports_what_was_named_but_a_name_taken_is_not_speech() {
    // The name given is the speaker's words and the act of naming is the claim; a name
    // someone takes for themselves is neither.
    check(
        "The [[embassy|src]] [[called|cue]] [[the accusations \"[[baseless and absurd|quote:embassy]]\"|claim:embassy]]. A gang leader who calls himself «General Dread» was seen in the town. Villagers call the jets “the black birds”.",
    );
    // The name runs on to the end of its phrase.
    check(
        "The [[agency|src]] [[called|cue]] [[it a “[[stern warning|quote:agency]]” to the forces preparing the drills|claim:agency]], which begin next week.",
    );
}

#[test]
fn a_where_clause_belongs_to_the_place_in_the_claim() {
    check(
        "[[Ana Lutz|src]], an analyst at the Rift Institute, [[said|cue]] [[the greater danger lay in the north, where rival factions were arming|claim:lutz]].",
    );
}

#[test]
fn a_directive_ends_where_the_subject_does_something_else() {
    // The infinitive takes base forms ("to stop and return"); a past tense after "and" is the
    // council's next act, not part of what it asked.
    check(
        "The [[council|src]] [[called on|cue]] [[both sides to stop the shelling and return to talks|claim:council]] and offered to host them in Geneva.",
    );
}

#[test]
fn press_reviews_name_papers_by_their_line_and_their_editorials() {
    // An editorial line ("the conservative …"), "the" before a name with no title, a name
    // before "news agency" and "X's editorial" all make an outlet; "it", "its editorial" and
    // "the paper" then point to it.
    check(
        "The [[Tallinn Courier|src]] [[wrote|cue]] [[the drills were a warning|claim:tallinn-courier]]. “[[Talks are overdue|quote:tallinn-courier]],” [[the paper|src]] [[said|cue]].\n\n\
         The conservative Morning Ledger went further. In a commentary, [[it|src]] [[argued|cue]] [[the shield was obsolete|claim:morning-ledger]].\n\n\
         The left-leaning Riga Sentinel disagreed. [[Its editorial|src]] [[argued|cue]] [[sanctions had failed|claim:riga-sentinel]].\n\n\
         [[Balto news agency|src]] [[reported|cue]] [[the ship had turned twice|claim:balto]].\n\n\
         The [[Evening Lantern|src]]'s editorial [[argued|cue]] [[the region was safer|claim:lantern]]. “[[Lead on arms control|quote:lantern]],” [[it|src]] [[wrote|cue]].",
    );
}

#[test]
fn a_speech_verb_after_every_is_an_adjective() {
    check(
        "The [[mission|src]] [[urged|cue]] [[the police to examine every reported violation|claim:mission]] and [[said|cue]] [[the count would take weeks|claim:mission]].",
    );
}

#[test]
fn bodies_introduced_by_what_they_are() {
    // "The company" is the firm introduced as an operator; "the agency" the body introduced
    // as one with its short name; "Saba news agency" is Saba; a based-in word is no name.
    check(
        "The cable is owned by the Finnish operator Kaleva Fibre. The [[company|src]] [[said|cue]] [[repairs would take weeks|claim:kaleva-fibre]].\n\n\
         [[According to the Red Sea Trade Watch (RSTW) agency|cue]], [[a tanker was hit|claim:rstw]]. The [[agency|src]] [[advised|cue]] [[ships to keep clear|claim:rstw]].\n\n\
         The Houthi-run [[Saba news agency|src]] [[reported|cue]] [[two sites had been struck|claim:saba]]. The ship's manager, Athens-based [[Kyma Bulk Carriers|src]], [[said|cue]] [[the crew were safe|claim:kyma-bulk-carriers]].",
    );
}

#[test]
fn a_speaker_who_gives_only_a_name() {
    // The speaker is the nurse, and the name she gave is hers: the id is the role's, the
    // name an alias (checked below).
    check(
        "[[A Thai nurse|src]], who asked to be identified only as Khun Mali, [[said|cue]] [[the children were ill|claim:nurse]].",
    );
    let a = annotate(
        "A Thai nurse, who asked to be identified only as Khun Mali, said the children were ill.",
        &Lexicon::builtin(),
    );
    assert!(
        a.speakers
            .iter()
            .any(|s| s.aliases.iter().any(|x| x == "Khun Mali")),
        "{:?}",
        a.speakers
    );
}

#[test]
fn that_before_a_verb_is_a_pronoun_not_a_second_clause() {
    check(
        "[[Ana Lutz|src]] [[said|cue]] [[eleven drones had crossed, and that is only what the radars saw|claim:lutz]].",
    );
}

#[test]
fn an_interview_answer_may_cite_others() {
    // The answer is the interviewee's even though it holds a quotation; the quotation keeps
    // its own speaker; "I answered that …" is the interviewee reporting themselves.
    check(
        "Interview\n\nQ: Are the talks over?\n\n[[Lupu|src]]: “[[Yes, they are over now.|quote:lupu]]”\n\nQ: What did they say?\n\n\
         [[Lupu|src]][[:|cue]] [[Their [[chief negotiator|src]] [[told me|cue]], „[[We will freeze, but we will not kneel.|quote:negotiator]]“ [[I|src]] [[answered|cue]] that [[nobody was asking them to kneel|claim:lupu]].|quote:lupu]]\n\n\
         Q: And now?\n\n[[Lupu|src]]: “[[Now we wait.|quote:lupu]]”",
    );
}

#[test]
fn a_capitalised_verb_inside_a_name_is_the_name() {
    // "Say" is the last part of the name here, not a second cue.
    check(
        "Speaking by phone, [[Saw Lah Say|src]] [[said|cue]] [[the army had lost the countryside|claim:saw-lah-say]].",
    );
}

#[test]
fn a_new_subject_after_comma_and_starts_a_new_attribution() {
    check(
        "[[ECOWAS|src]] [[said|cue]] [[it remained ready to talk|claim:ecowas]], and its [[commission president|src]] [[urged|cue]] [[the three governments to return|claim:commission-president]].",
    );
}

#[test]
fn a_person_introduced_after_an_honorific_is_who_he_refers_to() {
    check(
        "[[Saw Htoo|src]] [[said|cue]] [[the roads were closed|claim:saw-htoo]].\n\nU Kyaw Min, 61, a retired teacher from Hpa-an, crossed the river in 1997. “[[I am too old to do it again|quote:kyaw-min]],” [[he|src]] [[said|cue]].",
    );
}

#[test]
fn a_plural_subject_with_a_base_form_and_an_expectation() {
    check(
        "[[Ana Lutz|src]], who has lived in Bamako for a decade, [[says|cue]] [[the juntas value Moscow for its veto|claim:lutz]]. [[She|src]] [[expects|cue]] [[the number of Russian troops to fall|claim:lutz]].",
    );
}

#[test]
fn an_ampersand_inside_a_body_name() {
    check(
        "[[According to the Conflict Location & Event Data Project (CLEDP)|cue]], [[more than 3,900 civilians were killed in 2025|claim:project]].",
    );
}

#[test]
fn what_was_left_unsaid_and_a_short_object_with_a_time() {
    check(
        "[[CENTCOM|src]] [[said|cue]] [[it had struck two sites|claim:centcom]]. It did not say whether US forces had struck targets inside Yemen. A Helsinki court dismissed the case last year.",
    );
}

#[test]
fn a_naming_participle_after_a_directive() {
    check(
        "The [[Asahi|src]] [[urged|cue]] [[the government to reopen talks|claim:asahi]], [[calling|cue]] [[the issue “[[the one door that has never closed.|quote:asahi]]”|claim:asahi]]",
    );
}

#[test]
fn a_speech_noun_before_a_verb_or_a_conjunction() {
    check(
        "The [[ministry|src]] [[said|cue]] [[it had sent troops to Táchira and Zulia states and would “[[protect our brothers|quote:ministry]]” who cross it|claim:ministry]]. [[Levon Sargsyan|src]] [[says|cue]] [[the constitutional question was on the table from the start|claim:sargsyan]]. What the reports claim is unclear.",
    );
}

#[test]
fn a_compound_conjunction_with_as_stays_in_the_claim() {
    check(
        "[[Elnur Mammadli|src]] [[argues|cue]] [[the demand is a form of leverage: as long as the treaty is unsigned, Baku can keep pressing|claim:mammadli]].",
    );
}

#[test]
fn transcript_labels_in_capitals_name_the_guests() {
    check(
        "Host: Miriam Achter. Guests: Adaeze Nwachukwu, an analyst in Lagos, and Torben Halvig, who advises shipowners.\n\nHOST: Welcome back. What changed?\n\n[[NWACHUKWU|src]][[:|cue]] [[Not much changed at sea.|quote:nwachukwu]]\n\nHOST: And the owners?\n\n[[HALVIG|src]][[:|cue]] [[They pay, through the insurers.|quote:halvig]]\n\nHOST: Will it last?\n\nNWACHUKWU: [[Probably.|quote:nwachukwu]]\n\nHOST: And you?\n\nHALVIG: [[(laughs) I hope not.|quote:halvig]]",
    );
}

#[test]
fn a_first_name_met_before_the_full_name_is_one_person() {
    check(
        "Adaeze, let's start with you. [[Adaeze Nwachukwu|src]] [[said|cue]] [[the gangs follow the money|claim:adaeze-nwachukwu]]. [[Adaeze|src]] [[added|cue]] that [[nobody follows them into court|claim:adaeze-nwachukwu]].",
    );
}

#[test]
fn a_condition_is_no_claim_and_thats_opens_a_clause() {
    check(
        "The navy is wrong if it thinks the pirates have gone. [[Halvig|src]] [[said|cue]] [[that's the end of the story|claim:halvig]].",
    );
}

#[test]
fn a_party_after_the_name_and_a_cue_with_an_addressee_inside_the_clause() {
    check(
        "Opening the session, the committee's chair, [[Rebecca Holt|src]] (Lab), [[said|cue]] [[the incidents had exposed gaps|claim:holt]]. [[Many of them, [[she|src]] [[told the session|cue]], could not afford guards|claim:holt]].",
    );
}

#[test]
fn what_a_committee_heard_is_nobodys_in_particular() {
    check(
        "The Defence Committee [[heard|cue]] on Tuesday that [[at least 14 fires are being investigated|claim:-]]. The committee [[heard|cue]] that [[the police now treat every fire as a case|claim:-]]. She heard that it was over.",
    );
}

#[test]
fn where_a_body_said_it_and_what_it_denied_doing() {
    check(
        "The [[ELN|src]], in a communiqué published on its website on 17 April, [[denied|cue]] [[attacking civilians|claim:eln]]. [[Moscow|src]] [[denied|cue]] [[any involvement|claim:russia]]. Kyiv rejected the claim.",
    );
}

#[test]
fn people_met_by_what_they_are_and_a_subject_after_an_opening_participle() {
    check(
        "[[A woman|src]] who sells coffee [[said|cue]] [[the crossings were open again|claim:woman]]. Asked what they are drawing, the older [[girl|src]], who is nine, [[answers|cue]] without looking up: «[[Our house, with the motorbike outside.|quote:girl]]»",
    );
}

#[test]
fn a_company_introduced_by_what_it_is_and_state_as_a_modifier() {
    check(
        "The trawler's owner, the Murmansk-based company [[Sever-Trawl|src]], [[said|cue]] in a short statement that [[the discrepancy was an error|claim:sever-trawl]]. Her office had contacted the Russian state coal company Arktikugol. The consul would take no further questions.",
    );
}

#[test]
fn a_quotation_after_a_paragraph_that_introduces_someone_is_theirs() {
    check(
        "The [[minister|src]] [[said|cue]] [[talks would resume|claim:minister]].\n\nHodan Axmed Cilmi, Somalia’s state minister for foreign affairs, was blunter than most of her colleagues when we met.\n\n“[[Nobody in Mogadishu is against Ethiopia having access to the sea.|quote:cilmi]]”",
    );
}

#[test]
fn in_his_words_and_in_someones_words_inside_the_sentence() {
    check(
        "[[Rauf Mammadli|src]] [[says|cue]] [[Azerbaijan has no reason to hurry|claim:mammadli]]. [[In his words|cue]], [[the peace is “[[already working|quote:mammadli]]”|claim:mammadli]]. [[Most of the families, [[in Mammadli's words|cue]], «[[arrive with nothing|quote:mammadli]]»|claim:mammadli]].",
    );
}

#[test]
fn a_plural_verb_resumes_the_clause_after_a_parenthetical_cue() {
    check(
        "[[The names, [[Mammadli|src]] [[says|cue]], matter less than the trains|claim:mammadli]]. [[The talks failed|claim:mammadli]], [[she|src]] [[said|cue]], though nobody is surprised.",
    );
}

#[test]
fn an_adverb_before_the_verb_of_a_bare_clause_and_a_second_past_perfect() {
    check(
        "[[Germán Ortega|src]], who runs a kitchen, [[says|cue]] [[the church now serves about 600 meals a day|claim:ortega]]. [[Rincón|src]] [[said|cue]] [[the city had opened a fourth site and had asked the government for funds|claim:rincon]].",
    );
}

#[test]
fn a_long_circumstance_before_that_and_a_claim_to_territory() {
    check(
        "The [[China Coast Guard|src]] (CCG) [[said|cue]] in a statement on its official social media account that [[the vessel had intruded|claim:china-coast-guard]]. [[Vietnam|src]], which also claims parts of the sea, [[called on|cue]] [[all parties to exercise restraint|claim:vietnam]].",
    );
}

#[test]
fn according_to_a_body_owned_by_its_country_and_a_group_in_a_place() {
    check(
        "[[Azerbaijan plans to spend about $4.6bn on defence|claim:finance-ministry]], [[according to its finance ministry|cue]], roughly three times Armenia’s budget. [[Premiums have risen|claim:brokers-in-london]], [[according to two brokers in London|cue]]. [[Fishermen were kept away|claim:association]], [[according to a fishermen's association in Masinloc|cue]], Zambales.",
    );
}

#[test]
fn after_a_pronoun_a_speech_verb_before_were_is_a_verb() {
    check(
        "[[Priya Lal|src]] [[said|cue]] [[the session had been useful|claim:lal]]. She pressed the minister on smaller firms, which [[she|src]] [[said|cue]] [[were ‘[[the weakest link and the least protected|quote:lal]]’|claim:lal]]. The constitutional question was on the table.",
    );
}

#[test]
fn a_speaker_after_but_and_before_a_participle_aside() {
    check(
        "The mayor was cautious, but [[a council official|src]], speaking on condition of anonymity, [[said|cue]] [[the number would rise|claim:council-official]].",
    );
}

#[test]
fn it_is_a_body_with_a_possessive_never_fishermen() {
    check(
        "[[Fishermen|src]] [[say|cue]] [[the patrols stopped|claim:fishermen]].\n\nThe mayor's office was less sure. [[It|src]] [[said|cue]] [[the figures were early|claim:mayor-s-office]].",
    );
    check(
        "[[Fishermen|src]] [[say|cue]] [[the patrols stopped|claim:fishermen]].\n\nThe harbour was quiet. It [[said|cue]] [[the figures were early|claim]].",
    );
}

#[test]
fn an_unnamed_individual_is_a_later_he_or_she_never_it() {
    check(
        "A nurse at the clinic, who has worked there for ten years, was tired. [[She|src]] [[said|cue]] [[the wards were full|claim:nurse]].\n\nThe port office was busy. [[It|src]] [[said|cue]] [[the queue was long|claim:port-office]].",
    );
}

#[test]
fn a_title_opening_a_sentence_is_the_person_who_holds_it() {
    check(
        "The minister, Ana Lopes, spoke first. [[A spokeswoman for the army|src]] [[said|cue]] [[the road was closed|claim:spokeswoman]]. The minister ended the briefing. «[[No more questions|quote:lopes]]», [[she|src]] [[said|cue]].",
    );
}

#[test]
fn a_report_published_by_a_body_speaks_through_its_authors() {
    check(
        "[[Jamming has grown|claim:institute]], [[according to a report published on Tuesday by the [[Baltic Resilience Institute|src]] (BRI)|cue]]. [[The study|src]] [[finds|cue]] that [[flights were affected in 2025|claim:institute]].[3] [[It|src]] [[notes|cue]] that [[tankers hide their routes|claim:institute]].[9]\n\nThe [[authors|src]] [[argue|cue]] that [[the jamming is defensive|claim:institute]]. But [[the motive, [[in [[their|src]] view|cue]], matters less than the effect|claim:institute]]. “[[It is a standing condition|quote:institute]],” [[write|cue]] the [[researchers|src]].",
    );
}

#[test]
fn several_of_a_group_speak_for_it() {
    check(
        "Several of the [[pilots|src]] [[said|cue]] [[they had seen the position jump|claim:pilots]]. Some of the [[residents|src]] [[said|cue]] [[the water was cut|claim:residents]].",
    );
}

#[test]
fn a_court_report_defendant_witness_and_indictment() {
    check(
        "A German man accused of spying told reporters nothing.\n\nThe defendant, a clerk identified only as Viktor B., is charged with spying. The indictment [[says|cue]] that [[he photographed trains|claim]]. [[In return, [[prosecutors|src]] [[say|cue]], he received about €4,500|claim:prosecutors]].\n\nThe [[defendant|src]] [[denied|cue]] [[working for any intelligence service|claim:viktor-b]]. [[A former colleague of the defendant|src]], who gave evidence by video link, [[told the court|cue]] that [[he had boasted|claim:colleague]].",
    );
}

#[test]
fn indian_english_fronted_said_shri_and_a_town_after_initials() {
    check(
        "[[Face-off '[[under control|quote:army]]'|claim:army]], [[says|cue]] [[Army|src]]; talks on Friday\n\n[[Said|cue]] Maj Gen [[Pradeep Singh Jamwal|src]], General Officer Commanding of the division, \"[[There has been no contact.|quote:jamwal]]\"\n\nShri [[Rigzin Gyaltsen|src]], Chief Executive Councillor of the Ladakh Hill Council (LAHDC), Leh, who visited Demchok on Tuesday, [[demanded|cue]] that [[the Centre act|claim:gyaltsen]]. [[Nearly 1.2 lakh goats depend on the pastures|claim:gyaltsen]], Shri [[Gyaltsen|src]] [[said|cue]].",
    );
}

#[test]
fn a_placed_group_after_according_to_and_a_relative_clause_with_an_aside() {
    check(
        "[[The PLA has moved 40 soldiers|claim:sources-in-the-security-establishment]], [[according to sources in the security establishment|cue]].\n\n[[Tashi|src]], a 58-year-old herder who, like many in the area, goes by one name, [[said|cue]] [[soldiers had unfurled banners|claim:tashi]].",
    );
}

#[test]
fn an_honorific_opens_the_subject_after_the_reported_clause() {
    check(
        "Rigzin Gyaltsen visited Demchok. [[The roads are bad|claim:gyaltsen]], Mr [[Gyaltsen|src]] [[said|cue]]. [[The sheep need water|claim:gyaltsen]], Mr. [[Gyaltsen|src]] [[added|cue]].",
    );
}

#[test]
fn a_live_blog_time_stamp_an_owned_body_and_a_number_word() {
    check(
        "07:31 — Russia's [[Ministry of Defence|src]] [[said|cue]] [[its forces had struck|claim:ministry-of-defence]].\n\n07:10 — Ukraine's foreign ministry has responded. In a post on X, [[it|src]] [[said|cue]] [[the attack showed intent|claim:foreign-ministry]].\n\nThe governor, [[Iryna Seredniak|src]], [[wrote|cue]] that [[a man had died|claim:seredniak]]. [[Eleven people are being treated|claim:seredniak]], [[she|src]] [[said|cue]].\n\nThe [[air force|src]] issued an alert, [[warning|cue]] in a post on X that [[drones are heading for the city|claim:air-force]].",
    );
}

#[test]
fn an_abbreviated_title_a_named_noun_and_a_quantifier_alone() {
    check(
        "In Taipei, the defense ministry’s spokesman, Maj. Gen. [[Lin Wei-ting|src]], [[said|cue]] [[Taiwan had dispatched aircraft|claim:lin]].\n\nThe [[UN refugee agency|src]] [[says|cue]] [[the Mbera camp now shelters 290 people|claim:agency]].\n\n[[Refugees arriving in Mbera|src]] [[say|cue]] [[the markets were hit|claim:refugees-arriving-in-mbera]]. [[Several|src]] [[said|cue]] [[they had left after the raids|claim:refugees-arriving-in-mbera]].",
    );
}

#[test]
fn a_naming_formula_and_quoted_words_before_their_noun_are_terms() {
    check(
        "[[Anna Kask|src]] [[said|cue]] that [[NATO handles it as what the authors call a “grey zone” problem|claim:kask]]. The authors doubt commentators who present it as part of an “escalate to de-escalate” doctrine.",
    );
}

#[test]
fn according_to_an_honorific_and_a_person_placed_by_a_body() {
    check(
        "Anna Kask spoke first. [[According to Mrs. [[Kask|src]]|cue]], [[no date has been set|claim:kask]].\n\n[[According to [[Peter Olsen|src]] of Aarhus University|cue]], [[the talks are stuck|claim:olsen]].\n\n[[According to [[Lena Berg|src]]|cue]], of the Nordic Institute, [[the talks may resume|claim:berg]].",
    );
}

#[test]
fn wire_constructions_a_quoted_verb_an_office_and_a_warning_with_its_addressee() {
    check(
        "A spokesperson for the European Commission, [[Eric Mamer|src]], [[said|cue]] [[the EU \"[[stands with Ukraine|quote:mamer]]\"|claim:mamer]].\n\nSecretary of State [[Marco Lane|src]] [[told CNN|cue]] that [[talks were \"[[not dead|quote:lane]]\"|claim:lane]], [[adding|cue]] that [[he expected to meet his counterpart soon|claim:lane]].\n\n[[Inspectors|src]] [[warned the ministry twice in 2023|cue]] that [[hospitals ran outdated systems|claim:inspectors]].",
    );
}

#[test]
fn a_while_clause_with_its_own_speaker_is_a_claim_of_its_own() {
    check(
        "[[Ukraine's military|src]] [[said|cue]] on Tuesday [[it had shot down 40 drones overnight|claim:military]], while [[Russia's defence ministry|src]] [[said|cue]] [[its forces had captured a village|claim:defence-ministry]].",
    );
}

#[test]
fn a_quotation_over_paragraphs_opened_by_a_new_sentence() {
    check(
        "Halyna Petrenko has lived here all her life. \"[[I will not leave|quote:petrenko]],\" [[she|src]] [[said|cue]]. \"[[My husband is buried here.|quote:petrenko]]\n\n\"[[Where would I go? My children are in Poland.|quote:petrenko]]\"\n\nShe went inside. \"A stray mark opens nothing here.\n\nThe day ended.",
    );
}

#[test]
fn an_unnamed_speaker_with_a_long_relative_clause() {
    check(
        "[[A police officer|src]] who declined to give his name because of the sensitivity of the case [[said|cue]] [[three men were held|claim:police-officer]]. [[A UN official|src]] who asked not to be named because he was tired [[said|cue]] [[the mission would stay|claim:un-official]].",
    );
}

#[test]
fn a_bare_clause_opened_by_a_count() {
    check(
        "[[Local authorities|src]] [[say|cue]] [[about 300 people remain in the village|claim:authorities]]. The [[ministry|src]] [[said|cue]] [[three soldiers died|claim:ministry]]. [[Officials|src]] [[say|cue]] [[300 families live there|claim:officials]]. He [[said|cue]] three times [[he was fine|claim]]. He [[said|cue]] twice [[it was over|claim]].",
    );
}

#[test]
fn a_name_given_in_an_appositive_is_a_later_he() {
    check(
        "Her neighbour, a retired engineer named Petro Kuzyk, disagreed. [[He|src]] [[said|cue]] [[the shelling had stopped|claim:kuzyk]].",
    );
}

#[test]
fn a_name_inside_a_relative_clause_is_not_the_subject() {
    check(
        "Australia’s Minister for the Pacific, [[Bronwyn Tully|src]], who signed the agreement with the Police Minister, Ronald Kikolo, [[said|cue]] [[the money would pay for housing|claim:tully]]. Mr [[Kikolo|src]] [[said|cue]] [[his government wanted friends|claim:ronald-kikolo]].",
    );
}

#[test]
fn capitalised_title_words_before_an_opening_name() {
    check(
        "The minister spoke. Mr [[Kikolo|src]] [[said|cue]] [[the talks went well|claim:kikolo]].\n\nOpposition Leader Jeremiah Aruhane was less relaxed. [[He|src]] [[said|cue]] [[the deal was bad|claim:aruhane]].\n\nMs Lee spoke. Shadow Home Secretary Mark Hale was unmoved. [[He|src]] [[said|cue]] [[the bill was late|claim:hale]].",
    );
}

#[test]
fn a_subject_after_an_opening_phrase_keeps_its_article() {
    check(
        "Superintendent [[Ezekiel Pitakaka|src]] [[said|cue]] [[trucks matter|claim:pitakaka]].\n\nAt the central market, a woman selling betel nut remembers the smoke. [[She|src]] [[says|cue]] [[the police were absent|claim:woman]].",
    );
}

#[test]
fn retired_in_parentheses_between_title_and_name() {
    check(
        "Dr Ann Lee spoke first.\n\nBrigadier General (rtd) Kwame Ofosu-Appiah, then a young captain, was with him.\n\n“[[We had no maps|quote:ofosu-appiah]],” [[he|src]] [[recalled|cue]].\n\nColonel (rtd) [[Adjoa Tetteh|src]] [[said|cue]] [[the general had refused to fire|claim:adjoa-tetteh]]. Asked about it later, the [[general|src]] [[said|cue]]: “[[I would do it again.|quote:ofosu-appiah]]”",
    );
}

#[test]
fn a_title_holder_met_unnamed_is_named_later() {
    check(
        "Kwame Mensah was with him that day.\n\nThe commander of the rebel unit that held the port remembers it differently. [[He|src]] [[says|cue]] [[the Ghanaians were lucky|claim:isaac-tarpeh]].\n\n“[[But he kept his word|quote:isaac-tarpeh]],” [[said|cue]] the [[commander|src]], Isaac Tarpeh, now a pastor.",
    );
}

#[test]
fn an_explainer_answers_in_its_own_voice() {
    check(
        "Q: What is Golden Dome?\n\nA: It is a planned system of satellites and interceptors.\n\nQ: How much will it cost?\n\nA: The White House has put the price at $175 billion. Few experts accept that figure.",
    );
}

#[test]
fn a_second_speaker_owned_by_a_name_after_and() {
    check(
        "[[Ottawa|src]] [[has said|cue]] [[it is in talks about joining|claim:canada]], and Canada’s [[Department of National Defence|src]] [[said|cue]] in a statement that [[discussions were continuing|claim:department]].",
    );
}

#[test]
fn a_description_after_the_name_may_hold_a_hyphenated_place() {
    check(
        "Opening for the Conservatives, defence critic [[Tyler Rourke|src]], the member for Cariboo–Prince George, [[said|cue]] [[the submarines were old|claim:rourke]].",
    );
}

#[test]
fn told_this_programme_and_a_skipper() {
    check(
        "A fishing [[skipper|src]] from Castletownbere [[says|cue]] [[a Russian warship ordered his boat out|claim:skipper]].\n\n[[Donal Harrington|src]] [[told this programme|cue]] [[the warship had come within a mile|claim:harrington]]. [[He|src]] [[once told this newspaper|cue]] [[he would never sell the boat|claim:harrington]].",
    );
}

#[test]
fn a_plural_apostrophe_inside_single_quotes() {
    check(
        "‘[[The divers’ first concern was the crew. There is no danger to shipping|quote:bozdemir]],’ spokesman [[Tuncay Bozdemir|src]] [[told reporters|cue]].\n\nThe [[office|src]] [[accused|cue]] [[Taipei of ‘[[colluding with external forces|quote:office]]’|claim:office]] and [[warned|cue]] that ‘[[those who play with fire will get burned|quote:office]]’.",
    );
}

#[test]
fn asides_between_a_speaker_and_the_verb() {
    check(
        "Mr [[Kikolo|src]], asked whether the team would grow, [[said|cue]] [[there were no plans|claim:kikolo]].\n\n[[Mathieu Desrosiers|src]] of the Bloc Québécois, who represents Lévis–Lotbinière, across the river from Quebec City, [[said|cue]] in French that [[the yard had been idle|claim:desrosiers]].\n\nOutside the House, [[Hanwha Ocean|src]], one of the two shortlisted builders, [[said|cue]] in a statement that [[it was ready|claim:hanwha]].",
    );
}

#[test]
fn a_plural_role_opening_a_sentence_is_no_name() {
    check(
        "‘[[Most of these mines were laid in 2022|quote:ozsoy]],’ [[Özsoy|src]] [[said|cue]]. [[Sailors call them ‘drifters’|claim:ozsoy]], [[he|src]] [[added|cue]].",
    );
}

#[test]
fn the_statement_said_speaks_for_whoever_issued_it() {
    check(
        "In a statement this morning, the [[Defence Forces|src]] [[said|cue]] [[no personnel had been injured|claim:defence-forces]]. [[The shells landed \"[[within 300 metres of the perimeter|quote:defence-forces]]\"|claim:defence-forces]], [[the statement|src]] [[said|cue]].",
    );
}

#[test]
fn a_verb_form_after_a_preposition_is_a_noun() {
    check(
        "[[Tyler Rourke|src]] [[said|cue]] [[the boats were old|claim:rourke]].\n\nRising again after question period, [[he|src]] [[said|cue]] [[the government had received both bids|claim:rourke]]. The minister left without comment.",
    );
}

#[test]
fn a_body_placed_in_a_town_the_lists_do_not_hold() {
    check(
        "The [[Chinese embassy in Honiara|src]] [[said|cue]] in a statement that [[its team had trained officers|claim:chinese-embassy-in-honiara]].",
    );
}

#[test]
fn quoted_as_saying_names_the_one_quoted() {
    check(
        "Interfax [[quoted|cue]] [[Ivanov|src]] as saying [[the talks had stalled|claim:ivanov]]. TASS [[quoted|cue]] [[a spokesman|src]] as saying that [[the ships had left|claim:spokesman]]. [[Lavrov|src]] was [[quoted as saying|cue]] [[the position had not changed|claim:lavrov]].",
    );
}

#[test]
fn a_charge_the_accused_denies_is_the_writers() {
    check(
        "[[Critics|src]] [[say|cue]] [[the plan is too expensive|claim:critics]], a charge the government denies. [[Eritrea|src]] [[accused|cue]] [[Ethiopia of arming fighters in Tigray|claim:eritrea]], an accusation Addis Ababa rejected.",
    );
}

/// A body met as the other party ("signed the agreement with …") is nobody's affiliation,
/// and a title that a body's name covers is no affiliation besides itself.
#[test]
fn the_other_party_is_no_affiliation() {
    let text = "Australia’s Minister for the Pacific, Bronwyn Tully, who signed the agreement with the Solomon Islands Police Minister, Ronald Kikolo, said the money would help. Mr Kikolo said his government wanted friends.";
    let a = annotate(text, &Lexicon::builtin());
    for id in ["bronwyn-tully", "ronald-kikolo"] {
        let s = a.speakers.iter().find(|s| s.id == id);
        assert!(s.is_some(), "{id} missing: {:?}", a.speakers);
        assert_eq!(s.and_then(|s| s.affiliation.as_deref()), None, "{id}");
    }
}

#[test]
fn a_report_set_off_by_commas_with_its_publisher() {
    check(
        "[[The report|src]], published on Tuesday by the International Crisis Group, [[warns|cue]] that [[the conflict could spread|claim:international-crisis-group]].",
    );
}

#[test]
fn vowed_to_with_the_words_quoted() {
    check(
        "“[[There will be consequences|quote:berg]],” [[warned|cue]] Defence Minister [[Lars Berg|src]].\n\nIn a televised address, President [[Elena Marsh|src]] [[vowed|cue]] [[to “[[defend every inch|quote:marsh]]” of the country|claim:marsh]].",
    );
}

#[test]
fn a_reason_after_a_parenthetical_cue_is_part_of_the_claim() {
    check(
        "The defence minister, [[Marta Kovac|src]], [[said|cue]] on Monday that [[the border would stay closed|claim:kovac]]. [[The checkpoint will not reopen soon, [[she|src]] [[added|cue]], because smugglers have used it for years|claim:kovac]].\n\n“[[The mines are old|quote:kovac]],” [[Kovac|src]] [[said|cue]]. [[Sailors call them ‘drifters’, [[she|src]] [[added|cue]], because nobody can say where they will surface|claim:kovac]].",
    );
}

#[test]
fn an_inverted_cue_with_the_speakers_body_after_of() {
    check(
        "“[[Neither side can win at the table|quote:kolb]],” [[said|cue]] [[Miriam Kolb|src]] of the International Crisis Group.\n\n\"[[The ports are the target|quote:okafor]],\" [[says|cue]] [[Daniel Okafor|src]] from the Institute for Security Studies in Pretoria.",
    );
    let a = annotate(
        "“Neither side can win,” said Miriam Kolb of the International Crisis Group.",
        &Lexicon::builtin(),
    );
    let kolb = a.speakers.iter().find(|s| s.id == "miriam-kolb");
    assert_eq!(
        kolb.and_then(|s| s.affiliation.as_deref()),
        Some("International Crisis Group")
    );
}

#[test]
fn the_representative_of_a_state_is_named_by_title_and_state() {
    check(
        "The [[representative|src]] of France [[said|cue]] [[the renewal sent a clear signal|claim:representative-of-france]]. [[She|src]] [[urged|cue]] [[all States to share intelligence|claim:representative-of-france]].\n\nAlso speaking for the co-drafters, the [[representative|src]] of Greece [[said|cue]] that [[the authorization was lawful|claim:representative-of-greece]]. [[He|src]] [[noted|cue]] that [[no crew had been harmed|claim:representative-of-greece]].\n\nThe [[representative|src]] of the Russian Federation [[said|cue]] [[his delegation had abstained|claim:representative-of-the-russian-federation]].",
    );
}

#[test]
fn a_stance_toward_a_thing_reports_no_words() {
    check(
        "Eva Lund, the foreign minister, rejected the Russian delegate’s claims. [[She|src]] [[dismissed|cue]] [[the reports as “[[spy mania|quote:lund]]”|claim:lund]]. [[She|src]] [[rejected|cue]] [[any suggestion that the ship was spying|claim:lund]].\n\nThe United States condemned the latest missile launches.",
    );
}

#[test]
fn a_body_a_title_and_a_name_in_one_capitalised_run() {
    check(
        "Lamu County Police Commander [[Moses Kiprotich|src]] [[said|cue]] [[the road was closed|claim:moses-kiprotich]].\n\nInterior Cabinet Secretary [[Daniel Kiptanui|src]] [[said|cue]] [[the government would not be intimidated|claim:daniel-kiptanui]]. [[He|src]] [[said|cue]] [[the families would be paid|claim:daniel-kiptanui]].",
    );
}

#[test]
fn told_an_outlet_then_the_clause_without_that() {
    check(
        "[[Residents of Mangai|src]] [[told the Kilindini Times|cue]] [[they heard a loud explosion followed by gunfire that lasted about 20 minutes|claim:residents]].\n\nSecurity analyst [[Brian Wekesa|src]] [[told reporters|cue]] [[the attack fitted a pattern of strikes that rise in the dry season|claim:wekesa]].",
    );
}

#[test]
fn a_dateline_is_no_part_of_what_a_trailing_cue_reports() {
    check(
        "DOHA, March 4 (Reuters) - [[Talks on a ceasefire broke down on Tuesday|claim:diplomats]], [[two diplomats|src]] briefed on the negotiations [[said|cue]].\n\nTROMSØ, 4 February 2025 (Nordic Wire) -- [[Norway will buy six patrol aircraft|claim:officials]], [[officials|src]] [[said|cue]].",
    );
}

#[test]
fn that_pointing_back_opens_no_clause() {
    check(
        "[[Omar Haddad|src]] [[said|cue]] [[the talks had failed|claim:haddad]]. A government spokeswoman, Leila Nasser, rejected that account. The ministry disputes that.",
    );
}

#[test]
fn a_clause_resumes_after_an_opener_and_a_parenthetical_cue() {
    check(
        "[[Margaret Ellery|src]] [[argues|cue]] that [[the Pacific was never quiet|claim:ellery]]. [[In 2018, [[she|src]] [[writes|cue]], the cabinet was warned twice|claim:ellery]]. The title comes from a room that staff called ‘the Room’.",
    );
}

#[test]
fn unnamed_informants_speak_by_their_description() {
    check(
        "[[The deal was close|claim:person-familiar]], [[a person familiar with the matter|src]] [[said|cue]].\n\n[[A source close to the minister|src]] [[said|cue]] [[the talks would resume|claim:source-close]].\n\nAccording to the minutes, its [[chairperson|src]] [[told members|cue]] that [[the report settled the question|claim:chairperson]].\n\nYet few people in either capital expect that to change before the vote.",
    );
}

#[test]
fn a_regional_title_and_a_statement_from_a_body() {
    check(
        "[[A drone set fire to a fuel depot overnight|claim:regional-governor]], the [[regional governor|src]] [[said|cue]] on Thursday, as Kyiv stepped up attacks.\n\nA statement from Ukraine's [[General Staff|src]] [[said|cue]] [[the depot supplied Russian forces|claim:general-staff]].",
    );
}

#[test]
fn a_feature_introduces_people_before_they_speak() {
    check(
        "By the time Olena Marchenko, 47, has walked her son to school, she has heard three explosions.\n\n“[[You stop counting|quote:marchenko]],” [[she|src]] [[says|cue]].\n\nThe city's mayor, [[Ihor Terekhov|src]], [[estimates|cue]] that [[more than 300 bombs have fallen|claim:terekhov]]. [[Without it, [[he|src]] [[warned|cue]], “[[Kharkiv becomes a second Avdiivka.|quote:terekhov]]”|claim:terekhov]]\n\nMarchenko has no plans to leave. Asked why, she shrugs. “[[Where would we go? This is home.|quote:marchenko]]”",
    );
}

#[test]
fn a_document_seen_by_an_outlet_and_a_source_with_a_bare_title() {
    check(
        "Diplomats discussed a confidential report by the IAEA on Monday. The report, seen by The Associated Press, [[says|cue]] [[Iran has enriched enough uranium for several weapons|claim:iaea]].\n\n[[According to Kelsey Davenport|cue]], director for nonproliferation policy at the Arms Control Association, [[the report “[[confirms what we feared|quote:davenport]]”|claim:davenport]].",
    );
}

#[test]
fn directed_an_official_to_act() {
    check(
        "Interior Cabinet Secretary [[Daniel Kiptanui|src]] [[said|cue]] in a statement that [[the government would not be intimidated|claim:kiptanui]] and [[directed|cue]] [[the Inspector-General of Police to deploy more officers|claim:kiptanui]].",
    );
}

#[test]
fn according_to_a_report_by_a_body_published_last_month() {
    check(
        "[[According to a report by the International Institute for Strategic Studies published last month|cue]], [[European stocks of interceptor missiles could be exhausted within weeks|claim:international-institute]].",
    );
}

#[test]
fn a_predicate_and_a_colon_introduce_the_subjects_quotation() {
    check(
        "[[Héni Nsaibia|src]], a senior analyst at ACLED, [[said|cue]] [[violence had risen|claim:nsaibia]].\n\n[[A Western diplomat in Dakar|src]], who requested anonymity to speak freely, [[was blunter|cue]]: “[[They are losing the countryside village by village.|quote:diplomat]]”\n\n[[Amnesty International|src]] [[put it|cue]] more bluntly: “[[This is a blackout.|quote:amnesty]]”",
    );
}

#[test]
fn a_move_or_step_after_the_claim_is_the_writers() {
    check(
        "[[Mali's military government|src]] suspended two broadcasters, [[accusing|cue]] [[them of “[[complicity with terrorists|quote:government]]”|claim:government]], in a move that will deepen the blackout.\n\n[[Villanueva|src]] [[said|cue]] [[Manila would ask Washington to join an escort|claim:villanueva]], a step that could draw the US into the standoff.",
    );
}

#[test]
fn with_a_subject_and_a_participle_is_an_absolute_phrase() {
    check(
        "The deal faced criticism on Monday, with [[analysts|src]] [[claiming|cue]] [[it would leave the base exposed|claim:analysts]].\n\nThe talks collapsed, with Tory MP [[Mark Francis|src]] [[warning|cue]] that [[the deal was dead|claim:francis]].",
    );
}

#[test]
fn a_name_given_in_a_relative_clause_is_a_partial_quote() {
    check(
        "[[The drills, which [[Beijing|src]] [[called|cue]] \"[[routine training|quote:china]],\" involved at least 30 aircraft|claim:joint-staff]], [[according to Japan's Joint Staff Office|cue]].",
    );
}

#[test]
fn a_vow_made_in_a_message_and_a_count_placed_somewhere() {
    check(
        "[[Dagalo|src]] [[vowed|cue]] in a video message last week [[to “[[liberate|quote:dagalo]]” the city|claim:dagalo]].\n\nThe [[World Food Programme|src]] [[says|cue]] [[more than 400,000 people in North Kordofan face emergency levels of hunger|claim:world-food]].",
    );
}

#[test]
fn a_states_delegate_is_its_own_speaker() {
    check(
        "[[Curtis Obermann|src]], Deputy Representative of the United States, [[said|cue]] that [[sanctions work|claim:obermann]].\n\nThe Russian Federation's delegate disagreed. [[He|src]] [[said|cue]] [[sanctions lists had failed|claim:russian-federation-s-delegate]].",
    );
}

#[test]
fn a_fronted_participle_puts_the_subject_after_was() {
    check(
        "[[Annelies Vrijhof|src]] [[said|cue]] that [[the camps are full|claim:vrijhof]], and [[she|src]] [[said|cue]] that [[cholera has spread|claim:vrijhof]].\n\nAlso briefing, by video link from Bukavu, was Nadège Kabuya Lwamba, who leads a women's network in the city.\n\n“[[Send the investigators back|quote:nadege]],” [[she|src]] [[said|cue]].",
    );
}

#[test]
fn a_request_in_the_subjunctive_and_examples_after_the_subject() {
    check(
        "[[Several members|src]], among them Denmark and Greece, [[asked|cue]] that [[the office be given access to detention sites|claim:members]].",
    );
}

#[test]
fn leaked_documents_speak_for_the_body_whose_papers_they_are() {
    check(
        "[[Britain’s armed forces cannot protect the undersea cables|claim:ministry-of-defence]], [[according to internal Ministry of Defence documents seen by The Tideline|cue]].\n\nThe memo, dated 14 October 2025 and marked “SECRET – UK EYES ONLY”, [[says|cue]] [[the Navy can keep at most one ship on patrol|claim]].",
    );
}

#[test]
fn an_appeal_for_donors_is_a_second_claim() {
    check(
        "[[Said|src]] [[said|cue]] [[the hospital had run short of blood|claim:said]] and [[appealed for|cue]] [[donors to come forward|claim:said]].",
    );
}

#[test]
fn an_abbreviated_rank_before_an_inverted_speaker() {
    check(
        "“[[We are monitoring the situation closely|quote:hurtado]],” [[said|cue]] Cmdr. [[Dale Hurtado|src]], a spokesman for the US Navy’s Fifth Fleet.",
    );
}

#[test]
fn which_smugglers_call_is_a_name_and_data_shared_with_a_paper_is_the_bodys() {
    check(
        "The larger machines, which smugglers call \"mother drones\", can fly 8 km.\n\n[[According to BSF data shared with this newspaper|cue]], [[146 pistols were recovered from drone drops|claim:bsf]].",
    );
}

#[test]
fn a_count_after_a_parenthetical_cue_goes_on_with_the_report() {
    check(
        "[[Kaarel Piirsalu|src]] [[said|cue]] that [[the award was split|claim:piirsalu]]. [[The first deliveries are due in September, [[he|src]] [[said|cue]], with some 800 units in service by the end of the year|claim:piirsalu]].\n\n[[Piirsalu|src]] [[said|cue]] that [[the drones were cheap|claim:piirsalu]]. [[The next batch is due in May|claim:piirsalu]], [[he|src]] [[added|cue]], with a smile.",
    );
}

#[test]
fn who_after_an_appositive_holding_a_body_is_the_person() {
    check(
        "Beside her sat Brig. Gen. [[Tomas Grigalius|src]], the commander of the State Border Guard Service, who [[said|cue]] [[his officers had found balloons|claim:grigalius]]. “[[They are cheap|quote:grigalius]],” [[he|src]] [[said|cue]].",
    );
}

#[test]
fn dismissed_the_claims_as_quoted_words_and_accused() {
    check(
        "The [[Belarusian Foreign Ministry|src]] [[dismissed|cue]] [[the Lithuanian claims as \"[[absurd fantasies|quote:ministry]]\"|claim:ministry]] and [[accused|cue]] [[Vilnius of lying|claim:ministry]].",
    );
}

#[test]
fn a_bare_plural_noun_and_a_base_form_make_the_clause() {
    check(
        "Navy seizes narco-submarine as [[Manta fishermen|src]] [[say|cue]] [[gangs «[[own the night|quote:fishermen]]»|claim:fishermen]]\n\n[[Analysts|src]] [[say|cue]] [[talks remain stalled|claim:analysts]].",
    );
}

#[test]
fn said_for_decades_that() {
    check(
        "[[London|src]] [[has said|cue]] for decades that [[its own deterrent “[[contributes to the security of the whole alliance|quote:united-kingdom]]”|claim:united-kingdom]].",
    );
}

#[test]
fn as_someone_put_it() {
    check(
        "Deterrence is not a matter of numbers. As [[Birgitta Kallenius|src]], a former deputy head of the directorate, [[put it|cue]] to me last year, “[[You do not need to destroy Moscow twice.|quote:kallenius]]”\n\nAs [[one defence attaché in Tallinn|src]] [[put it|cue]], “[[the question nobody wants to answer|quote:attache]]”.",
    );
}

#[test]
fn a_document_object_and_a_counted_noun_are_no_speech() {
    check(
        "[[Jonas Eckhoff|src]], who wrote the study, [[told me|cue]] [[the figure was “[[small money for a very large question|quote:eckhoff]]”|claim:eckhoff]].\n\nThe case for a European deterrent rests on one fear: that the American guarantee can no longer be taken for granted.",
    );
}

#[test]
fn border_guards_are_a_group_not_a_person_named_border() {
    check(
        "[[Border guards|src]] [[said|cue]] [[64 balloons crossed|claim:border-guards]].\n\n[[Šalčiūtė|src]] [[said|cue]] [[the launches were an attack|claim:salciute]]. [[Guards had tracked 64 balloons since Sunday|claim:salciute]], [[she|src]] [[said|cue]].",
    );
}

#[test]
fn a_broadcast_transcript_gives_sound_bites_and_a_guests_turns() {
    check(
        "LENA MARCHBANKS, ANCHOR: Good evening. General Tomasz Wierzbicki spoke to reporters at dawn.\n\n[SOT: GEN. [[TOMASZ WIERZBICKI|src]], OPERATIONAL COMMAND (through interpreter)]\n\n[[We tracked every one of these objects. Three were shot down.|quote:wierzbicki]]\n\nMARCHBANKS: Joining me now is Colonel Raymond Kessling. Colonel, what do you make of this?\n\n[[RAYMOND KESSLING|src]], ATLANTIC COUNCIL: [[Look, this is a probe.|quote:kessling]]\n\nMARCHBANKS: Is NATO winning?\n\n[[KESSLING|src]]: [[No. And the Poles know it.|quote:kessling]]\n\nMARCHBANKS: Colonel Kessling, thank you.",
    );
}

#[test]
fn a_when_clause_before_the_subject() {
    check(
        "[[Joan Haldane-Pryce|src]] [[said|cue]] that [[she remembered it differently|claim:haldane]].\n\nWhen we met at her publisher's office in London last month, Rendcombe was less guarded. “[[The manuscript had to go through clearance.|quote:rendcombe]]” [[she|src]] [[said|cue]].",
    );
}

#[test]
fn an_age_given_with_now_between_the_name_and_the_verb() {
    check(
        "[[Haldane-Pryce|src]], now 81, [[said|cue]] by email that [[she remembered it rather differently|claim:haldane-pryce]].",
    );
}

#[test]
fn a_post_printed_without_marks_after_its_introducing_line() {
    check(
        "Defence Minister [[Aušrinė Kalvaitytė|src]] (@AKalvaityte) [[wrote|cue]] on X shortly after midnight:\n\n[[Third time in ten days. This is a hybrid attack.|quote:kalvaityte]]\n\nIn Brussels, [[Henrik Lövgren|src]] (@HLovgrenEU), the European Commission’s spokesperson, [[kept it short|cue]]:\n\n[[Full solidarity with Lithuania. #StandWithLithuania|quote:lovgren]]\n\nThe following countries voted against:\n\nHungary and Slovakia.",
    );
}

#[test]
fn a_two_word_surname_given_alone_is_the_same_person() {
    let text = "Foreign Minister Maria Malmer Stenergard said the jamming was systematic.\n\n\"This is unacceptable,\" Malmer Stenergard told SVT.";
    let a = annotate(text, &Lexicon::builtin());
    let people: Vec<&str> = a.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(people, ["Maria Malmer Stenergard"]);
}

#[test]
fn a_post_on_x_a_suffix_and_a_title_without_article() {
    check(
        "[[Two crew members suffered minor injuries|claim:tarriela]], Philippine Coast Guard spokesperson [[Jay Tarriela|src]] [[said|cue]] in a post on X.\n\nPresident [[Ferdinand Marcos Jr|src]]. [[has said|cue]] [[his government will not give up territory|claim:marcos]].\n\n[[Ray Powell|src]], director of SeaLight, a project at Stanford University, [[said|cue]] [[China was testing the limits|claim:powell]].",
    );
}

#[test]
fn a_stance_toward_a_noun_phrase_ends_at_its_comma() {
    check(
        "Serbia's Defence Minister [[Miloš Đurović|src]] rejected the accusations, [[saying|cue]] [[Pristina was inventing threats|claim:durovic]].\n\n“[[Billions for tanks|quote:schwerdtner]],” [[said|cue]] Left party co-leader [[Ines Schwerdtner|src]].",
    );
}

#[test]
fn a_place_completed_by_its_region_or_a_party_and_state_is_not_the_subject() {
    check(
        "[[Dale Courtemanche|src]], president of Gulf Meridian Shipbuilding in Pascagoula, Miss., [[acknowledged|cue]] that [[the yard had underestimated the design|claim:courtemanche]]. It rained.\n\n[[Ana Ilić|src]], a researcher in Pristina, Kosovo, [[said|cue]] [[the talks had stalled|claim:ilic]].\n\nSubcommittee Chairman [[Tom Brackett|src]], R-Wash., [[said|cue]] in his opening statement that [[the program was late|claim:brackett]].",
    );
}

#[test]
fn an_abbreviated_title_opening_a_sentence_keeps_its_name() {
    check(
        "Rep. Jonah Pelletier, R-Maine, a former merchant mariner, was not satisfied. \"[[Is it the steel or the welders? It is all of them|quote:pelletier]],\" [[he|src]] [[added|cue]].",
    );
}

#[test]
fn an_agent_told_me_and_the_us_with_its_periods() {
    check(
        "The agents shrugged, and [[one agent|src]] [[told me|cue]] [[they saw “[[three or four a night, sometimes more.|quote:agent]]”|claim:agent]]\n\nThe [[U.S.|src]] [[said|cue]] [[the ship was lost|claim:united-states]].\n\n[[According to the U.S. Coast Guard|cue]], [[six sailors were rescued|claim:coast-guard]].",
    );
}

#[test]
fn sources_cited_between_the_verb_and_its_clause() {
    check(
        "[[Reuters|src]] [[reported|cue]] on June 8, citing two people familiar with the investigation, that [[the malware came on a USB stick|claim:reuters]].",
    );
}

#[test]
fn a_word_the_cue_interrupts_is_no_one_a_pronoun_means() {
    check(
        "[[Priya Ramaswamy|src]] [[said|cue]] [[the lab was busy|claim:ramaswamy]]. [[Jamming, [[she|src]] [[explained|cue]], can force a drone to land|claim:ramaswamy]].",
    );
}

#[test]
fn names_of_things_and_titles_of_documents_are_terms() {
    check(
        "In our 2025 report, “Eyes Over the Line,” my colleagues argued the point.\n\nIts guidance, the “Guidelines on Maritime Cyber Risk Management”, is voluntary.\n\nThe men were recruited through a Telegram channel called „Rychlé peníze“ (Quick Money).\n\nLocals have already nicknamed the craft the ‘Fairford fireflies’.\n\nThe [[minister|src]] [[called|cue]] [[the strikes “[[a blatant act of war|quote:minister]]”|claim:minister]].",
    );
}

#[test]
fn a_quoted_subject_with_its_verb_outside_the_marks_is_a_claim() {
    check(
        "[[A spokeswoman|src]] for the US Air Force’s 501st Combat Support Wing, which oversees Fairford, [[said|cue]] [[‘[[the safety of our personnel|quote:spokeswoman]]’ was its ‘[[top priority|quote:spokeswoman]]’|claim:spokeswoman]].",
    );
}

#[test]
fn where_a_person_works_gives_no_title_and_no_gender() {
    check(
        "[[A spokeswoman for the wing|src]] [[said|cue]] [[the base was safe|claim:spokeswoman]].\n\n[[Helen Oduya|src]], a drone warfare expert at King’s College London, [[said|cue]] [[it was possible|claim:oduya]].\n\n‘[[The honest answer is that nobody knows|quote:oduya]],’ [[she|src]] [[said|cue]].",
    );
    let text =
        "Helen Oduya, a drone warfare expert at King’s College London, said it was possible.";
    let a = annotate(text, &Lexicon::builtin());
    assert_eq!(a.speakers[0].role.as_deref(), Some("expert"));
}

#[test]
fn an_inverted_cue_with_a_described_role_told_lawmakers_then_the_writers_participle() {
    check(
        "[[The Coast Guard will not have a second icebreaker before 2030|claim:officer]], the service's top operations [[officer|src]] [[told lawmakers|cue]] on Wednesday, leaving the United States with a single aging ship.\n\n[[Marcus Whitfield|src]] [[testified|cue]] that [[the Coast Guard had started construction early|claim:whitfield]], a practice the watchdog has criticized for years.",
    );
}

#[test]
fn according_to_after_a_quote_closing_on_its_comma_and_who_carried_the_statement() {
    check(
        "[[The attack showed that “[[no state can face this threat alone|quote:ecowas]],”|claim:ecowas]] [[according to the ECOWAS Commission|cue]].\n\nHamas said nothing. [[Its fighters held the camp|claim:hamas]], [[according to a statement from the group carried by its media outlet|cue]].",
    );
}

#[test]
fn a_reckoning_opening_the_sentence_is_its_owners_claim() {
    check(
        "The attack remains the costliest. [[By Maersk’s own estimate|cue]], [[it cost the company up to $300 million|claim:maersk]].\n\n[[Ana Ilić|src]] [[said|cue]] [[the dead were uncounted|claim:ilic]]. [[By her count|cue]], [[40 people died|claim:ilic]].\n\nBy the end of the day, 300 ships had passed.",
    );
}

#[test]
fn periods_of_a_listed_name_and_a_comma_closing_a_quotation_before_the_writers_comment() {
    check(
        "The [[ministry|src]] [[said|cue]] [[its forces had killed 40 fighters|claim:ministry]] and [[accused|cue]] [[U.S. gun shops of supplying the cartels|claim:ministry]].\n\n[[Marcus Whitfield|src]] [[testified|cue]] that [[the Coast Guard had started construction \"[[before the design was mature|quote:whitfield]]|claim:whitfield]],\" a practice the watchdog has criticized for years.",
    );
}

#[test]
fn a_question_in_the_speakers_marks_closed_by_asked() {
    check(
        "[[Ana Ilić|src]] [[said|cue]] [[the boat was gone|claim:ilic]]. “[[Who will pay me for it?|quote:ilic]]” [[she|src]] [[asked|cue]].\n\nThe [[minister|src]] [[asked|cue]] [[the army to withdraw|claim:minister]].",
    );
}

#[test]
fn speech_quoted_inside_a_quotation_is_a_quote_of_its_own() {
    check(
        "‘[[My wife went out for a fag. She [[said|cue]] “[[Terry, that’s not a plane|quote:-]],” and I looked|quote:bagshaw]],’ [[said|cue]] [[Terry Bagshaw|src]].\n\n“[[One handler [[told|cue]] a recruit, ‘[[It’s only a warehouse, nobody gets hurt.|quote:-]]’ Then he paid him|quote:hartwell]],” Mr [[Hartwell|src]] [[said|cue]].\n\n“[[I don’t think the ‘grey zone’ label helps, and he was warning against ‘Taiwan independence’|quote:ilic]],” [[Ana Ilić|src]] [[said|cue]].",
    );
}

#[test]
fn a_headlines_source_after_its_words_or_before_a_colon() {
    check(
        "[[At least 23 soldiers killed in attack on border post|claim:army]], [[army|src]] [[says|cue]]\n\nBy Rodrigue Akplogan\n\nThe attack came at dawn.",
    );
    check(
        "Hlídka | English edition\n\n[[Police|cue]]: [[Railway arsonists were recruited on Telegram|claim:police]]\n\nThe fires began in March.",
    );
    check(
        "Analysis: Why the deal failed\n\nARCTIC SECURITY: Nordic states boosted surveillance\n\nThe talks went on.",
    );
}

#[test]
fn answers_under_no_label_after_labelled_questions_are_the_interviewees() {
    check(
        "Interview by Lucia Brandt\n\nMajor General Adwoa Ofori has commanded the mission since 2025. We spoke to her at its headquarters.\n\n**[[SHQ:|cue]] What has the war done to Abyei?**\n\n[[It has emptied the north of the area.|quote:ofori]]\n\n**SHQ: Is that true?**\n\n[[I can only tell you what my patrols see.|quote:ofori]]\n\n[[We have reported it to New York.|quote:ofori]]\n\n[Her account is disputed in Abyei town.]\n\n**SHQ: What do you want to see next year?**\n\n[[A dry season without a massacre.|quote:ofori]]\n\nThe mission's mandate ends in November.",
    );
}

#[test]
fn letters_after_a_barristers_name_and_telling_the_jury_that() {
    check(
        "Opening the case, the prosecutor, [[Sarah Okonjo-Hale|src]] KC, [[told the jury|cue]] that [[Pryce had become obsessed with drones|claim:okonjo]].\n\n[[Owen Pryce|src]] [[said|cue]] [[he was innocent|claim:pryce]]. [[He|src]] denied the charge, [[telling|cue]] the jury that [[his messages were fantasy|claim:pryce]].",
    );
}

#[test]
fn firms_named_by_their_trade_and_placed_by_where_they_are_based() {
    check(
        "A [[Dublin-based cybersecurity company|src]] [[said|cue]] on Tuesday that [[a hacking group had read the ministry's email|claim:dublin-based]].\n\nAnother firm, [[Brackenridge Security|src]], [[wrote|cue]] in a blog post that [[the report was “[[thin on the who|quote:brackenridge-security]]”|claim:brackenridge-security]].",
    );
}

#[test]
fn the_writers_naming_of_a_claim_ends_it_and_a_cue_after_that_counts() {
    check(
        "The [[company|src]] [[said|cue]] [[a hacking group had read the ministry's email|claim:company]], an attribution that [[Beijing|src]] [[called|cue]] “[[a groundless smear.|quote:china]]”\n\n[[Marcus Whitfield|src]] [[testified|cue]] that [[construction had started early|claim:whitfield]], a practice the watchdog has criticized for years.",
    );
}

#[test]
fn a_one_letter_pseudonym_after_the_word_for_who_they_are() {
    check(
        "The officer gave evidence as Witness K. [[Witness K|src]] [[said|cue]] [[he had been trained to wait|claim:witness-k]].\n\nPlan B was dropped. A senior official said nothing.",
    );
}

#[test]
fn a_country_that_is_also_a_first_name_before_a_surname() {
    check(
        "[[Jordan Pryce|src]] [[said|cue]] [[the plan was a fantasy|claim:jordan-pryce]]. Officials in Jordan stayed silent.",
    );
}
