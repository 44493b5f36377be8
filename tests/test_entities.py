"""People, organisations and places: sentences each rule must find, and traps it must leave alone."""
import os
import sys
import unittest
from unittest import mock

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import digest as digest_module  # noqa: E402
from digest import digest, first_rule  # noqa: E402

SEED = os.path.join(os.path.dirname(__file__), "..", "seeds", "000_f69399a660d41165.txt")


def names(facts, kind):
    return [entity["name"] for entity in facts[kind]]


def roles(facts):
    """(name, role) of each person, in order."""
    return [(p["name"], p["role"]) for p in facts["people"]]


def forms(facts, kind):
    """Every form of every entity of a kind: name, aliases, acronym."""
    found = set()
    for entity in facts[kind]:
        found.add(entity["name"])
        found.update(entity.get("aliases") or [])
        if entity.get("acronym"):
            found.add(entity["acronym"])
    return found


class SeedEntities(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(SEED, encoding="utf-8") as handle:
            cls.facts = digest(handle.read())

    def test_people_with_roles_and_surname_mentions(self):
        people = {p["name"]: p for p in self.facts["people"]}
        self.assertEqual(set(people), {"Anwar ul Haq Kakar", "Jan Achakzai"})
        self.assertEqual(people["Anwar ul Haq Kakar"]["role"], "Pakistan’s Caretaker Prime Minister")
        self.assertEqual(people["Jan Achakzai"]["role"], "Balochistan caretaker Minister for Information")
        self.assertEqual(people["Anwar ul Haq Kakar"]["mentions"], 3)
        self.assertIn("Kakar", people["Anwar ul Haq Kakar"]["aliases"])

    def test_organisations_with_acronyms(self):
        orgs = {o["name"]: o for o in self.facts["organisations"]}
        self.assertEqual(orgs["Tahreek-e-Taliban Pakistan"]["acronym"], "TTP")
        self.assertEqual(orgs["Pakistan Institute for Conflict and Security Studies"]["acronym"], "PICSS")
        self.assertIn("Taliban", orgs)
        self.assertTrue(any(name.endswith("Geo News") for name in orgs), orgs)
        self.assertEqual(len(orgs), 5)

    def test_places(self):
        self.assertEqual(set(names(self.facts, "places")),
                         {"Pakistan", "Afghanistan", "Islamabad", "Kabul", "Khyber Pakhtunkhwa",
                          "Balochistan", "United States"})


class People(unittest.TestCase):
    def test_title_before_a_name(self):
        facts = digest("Finance Minister Ishaq Dar met bankers in Karachi on Monday.")
        self.assertEqual(names(facts, "people"), ["Ishaq Dar"])
        self.assertEqual(facts["people"][0]["role"], "Finance Minister")

    def test_role_after_said_runs_to_the_full_stop(self):
        facts = digest('"We have nowhere to go," said Ana Ruiz, the agency\'s representative in Chad.')
        self.assertEqual(facts["people"][0]["role"], "the agency's representative in Chad")

    def test_a_role_stops_at_the_dateline_dash(self):
        facts = digest("LUSAKA - Zambia's Energy Minister, Chanda Mwale, said on Monday that power cuts would end.")
        self.assertEqual(facts["people"][0]["role"], "Zambia's Energy Minister")

    def test_a_name_and_its_alias_are_one_person(self):
        facts = digest("The suspects, identified as Imran alias Tiger, Karim and Zubair, were produced in court.")
        self.assertEqual(names(facts, "people"), ["Imran alias Tiger", "Karim", "Zubair"])

    def test_a_name_and_its_alias_are_both_its_forms(self):
        facts = digest("Police arrested Irfan Velkani alias Pappu on Monday. Velkani was held in Tolpur.")
        self.assertEqual(names(facts, "people"), ["Irfan Velkani alias Pappu"])
        self.assertEqual(facts["people"][0]["aliases"], ["Irfan Velkani", "Pappu", "Velkani"])

    def test_a_town_named_by_its_district_after_a_title_s_acronym(self):
        facts = digest("Talks ended.\n\nPolice raided a house in Velkot district. Senior Superintendent of Police "
                       "(SSP) Velkot Imran Tovar said the action would go on.")
        self.assertEqual(names(facts, "people"), ["Imran Tovar"])
        self.assertEqual(names(facts, "places"), ["Velkot"])

    def test_a_town_of_two_words_named_by_its_district_after_a_title_s_acronym(self):
        facts = digest("Gunmen attacked a post in Lakki Velwat district. District Police Officer (DPO) Lakki Velwat "
                       "Imran Tovar said the attackers fled.")
        self.assertEqual(roles(facts), [("Imran Tovar", "District Police Officer Lakki Velwat")])
        self.assertEqual(names(facts, "places"), ["Lakki Velwat"])

    def test_a_police_district_after_a_title_in_capitals(self):
        facts = digest("SSP South Imran Velk told reporters the suspects were traced through GPS records. "
                       "Ms. Ana West agreed after the third ODI. West said so.")
        self.assertEqual(roles(facts), [("Imran Velk", "SSP South"), ("Ana West", None)])
        self.assertEqual(facts["organisations"], [])

    def test_a_central_or_city_police_zone_after_a_title_in_capitals(self):
        facts = digest("SSP Central Imran Velk said the suspects fled. DIG City Ana Tovar visited the site.")
        self.assertEqual(roles(facts), [("Imran Velk", "SSP Central"), ("Ana Tovar", "DIG City")])

    def test_a_title_with_the_word_election_before_its_head(self):
        facts = digest("Election officials met. Chief Election Commissioner Ana Ruiz told a meeting.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "Chief Election Commissioner")])

    def test_a_role_stops_at_a_double_hyphen_dash(self):
        facts = digest("Velkara, Dec. 3 (Kyodo) -- Tarvian Prime Minister Ana Ruiz said Wednesday the talks would go on.")
        self.assertEqual(facts["people"][0]["role"], "Tarvian Prime Minister")

    def test_a_bodys_name_joined_by_and_stays_in_the_role(self):
        facts = digest("The Tarvia Securities and Exchange Board chairman Ana Ruiz met brokers. "
                       "Prime Minister Lin Baptiste and Defence Minister Corwin Tarrow did not.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "Tarvia Securities and Exchange Board chairman"),
                                        ("Lin Baptiste", "Prime Minister"), ("Corwin Tarrow", "Defence Minister")])

    def test_local_office_titles(self):
        facts = digest("Councilman Ravi Tolland said the plan was dead. Assemblywoman Mira Kessel agreed.")
        self.assertEqual([p["role"] for p in facts["people"]], ["Councilman", "Assemblywoman"])

    def test_title_at_the_start_of_a_line(self):
        facts = digest("The deal was signed in July.\nFinance Minister Sara Malik said it would hold.")
        self.assertEqual(facts["people"][0]["role"], "Finance Minister")

    def test_apposition_gives_the_role(self):
        facts = digest("Maria Okonkwo, the head of the port authority, said ships were waiting. "
                       "Okonkwo added that the delays would end.")
        people = facts["people"]
        self.assertEqual(len(people), 1)
        self.assertEqual(people[0]["name"], "Maria Okonkwo")
        self.assertEqual(people[0]["role"], "the head of the port authority")
        self.assertEqual(people[0]["mentions"], 2)

    def test_particle_names(self):
        facts = digest("The talks were led by Zain ul Abideen Qureshi and Hamza bin Tariq in Doha.")
        self.assertEqual(set(names(facts, "people")), {"Zain ul Abideen Qureshi", "Hamza bin Tariq"})

    def test_he_said_is_someone_before_not_the_next_speaker(self):
        facts = digest("Minister Ana Velkar blamed farm fires in Tolland. \"Tolland has failed to stop the "
                       "burning,\" she said. Farm minister Lin Orsk said fires were down 60 per cent.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Ana Velkar"])

    def test_a_speaker_goes_on_in_the_next_quotation(self):
        facts = digest("Tolmer's Marco Velkar praised his players. \"We never stop believing,\" he said. "
                       "\"Against a team like this, you need to be perfect.\"")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Marco Velkar", "Marco Velkar"])

    def test_what_a_bench_ordered_is_no_lawyers(self):
        facts = digest("Solicitor General Tushar Velkam said the houses were illegal. \"Status quo shall be "
                       "maintained till the next date of hearing,\" the bench ordered.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], [None])

    def test_given_name_alone_is_the_same_person(self):
        facts = digest("Opener Fakhar Nasir made 58. \"It was very hard work,\" Fakhar said later.")
        self.assertEqual(names(facts, "people"), ["Fakhar Nasir"])
        self.assertEqual(facts["quotes"][0]["speaker"], "Fakhar Nasir")

    def test_he_said_after_a_quote_is_the_last_person_named(self):
        facts = digest("The board voted 11-1, Ana Ruiz told reporters. Analysts had expected less. "
                       "\"We will keep going until prices fall,\" she said. \"Nobody here agrees with that plan,\" "
                       "a trader said.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Ana Ruiz", None])

    def test_a_quote_goes_to_the_person_before_the_verb_of_saying(self):
        facts = digest("Ana Ruiz scored twice. \"We controlled the game from start to finish,\" "
                       "Tolland manager Dana Whitfield told reporters.")
        self.assertEqual(facts["quotes"][0]["speaker"], "Dana Whitfield")

    def test_a_quote_goes_to_the_person_after_the_verb_and_a_title(self):
        facts = digest("Floods hit Tarvo on Sunday.\n\"We are doing everything we can,\" said district "
                       "commissioner Lin Baptiste. \"All the roads into the town are closed for now,\" said a police officer. Ana Ruiz agreed.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Lin Baptiste", None])

    def test_a_person_whose_possessive_the_sentence_names_is_no_speaker(self):
        facts = digest("Opposition leader Suresh Tarvekar demanded Kavita Ruiz's resignation, calling the fire "
                       "\"a failure of governance\".")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Suresh Tarvekar"])

    def test_a_person_after_a_preposition_speaks_no_quotation_after_it(self):
        facts = digest("The council led by Mayor Ana Ruiz blamed the damage on “outside agitators and their paid "
                       "friends”. Karim Ormandy blamed it on “the weather and nothing but the weather”.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], [None, "Karim Ormandy"])

    def test_the_for_of_the_speakers_own_title_is_no_preposition(self):
        facts = digest("Minister for National Food Security Ana Ruiz said the loans would be paid in January. "
                       "\"Small farmers in the valley are to gain from it first,\" she told a news conference.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "Minister for National Food Security")])
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Ana Ruiz"])

    def test_chinese_names_in_either_order(self):
        facts = digest("The talks were led by Wang Lixin and Jianhua Zhou. Trade rose, a spokesman for Pan Am said.")
        self.assertEqual(set(names(facts, "people")), {"Wang Lixin", "Jianhua Zhou"})

    def test_korean_and_taiwanese_names_with_the_family_name_first(self):
        facts = digest("Talks between Moon Se-jin and Tsai Ming-wen stalled. Kang Suk Yeol said so. Kang left. "
                       "The Tolland By-election Results were late.")
        self.assertEqual(names(facts, "people"), ["Moon Se-jin", "Tsai Ming-wen", "Kang Suk Yeol"])
        self.assertEqual(facts["people"][2]["mentions"], 2)

    def test_a_chinese_family_name_before_a_place_is_the_place(self):
        facts = digest("Flights from Hong Kong were cut, Ana Ruiz said.")
        self.assertEqual(names(facts, "places"), ["Hong Kong"])

    def test_chief_of_staff_is_a_title(self):
        facts = digest("Chief of Staff Ana Ruiz met Chief of Army Staff Gen Tomas Verhoek on Monday.")
        role_of = dict(roles(facts))
        self.assertEqual(role_of["Ana Ruiz"], "Chief of Staff")
        self.assertIn("Tomas Verhoek", role_of)
        self.assertTrue(role_of["Tomas Verhoek"].startswith("Chief of Army Staff"))

    def test_chief_before_another_title_word_stays_a_modifier(self):
        facts = digest("Chief Accountant Ana Ruiz resigned.")
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])

    def test_a_titles_acronym_is_no_organisation(self):
        facts = digest("District Police Officer (DPO) Zorvan Afridi said two men were held. "
                       "The Chief Minister (CM) of Tolland, Ana Ruiz, visited the town.")
        self.assertEqual(names(facts, "organisations"), [])
        self.assertEqual(set(names(facts, "people")), {"Zorvan Afridi", "Ana Ruiz"})

    def test_a_players_position_before_a_surname_makes_a_person(self):
        facts = digest("The goal came from a flick-on by Corvale midfielder Verhoek in the second half.")
        self.assertEqual(roles(facts), [("Verhoek", "Corvale midfielder")])
        self.assertEqual(names(facts, "organisations"), ["Corvale"])

    def test_a_title_of_the_body_keeps_the_body_and_the_name_apart(self):
        facts = digest("Speaker of the House of Representatives Ana Ruiz met the Government Commissioner "
                       "of the Military Tribunal, Judge Li Wei, and the Chairman of the Board Tomas Verhoek.")
        role_of = dict(roles(facts))
        self.assertEqual(role_of["Ana Ruiz"], "Speaker of the House of Representatives")
        self.assertEqual(role_of["Tomas Verhoek"], "Chairman of the Board")
        self.assertIn("Li Wei", role_of)
        self.assertEqual(set(names(facts, "organisations")), {"House of Representatives", "Military Tribunal"})

    def test_a_prosecutor_is_a_title(self):
        facts = digest("Chief Prosecutor Ana Ruiz filed the case.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "Chief Prosecutor")])

    def test_ahead_of_is_no_head_of_an_organisation(self):
        facts = digest("Corwin stood two strokes ahead of Ana Ruiz and three up on Li Wei.")
        self.assertEqual(set(names(facts, "people")), {"Ana Ruiz", "Li Wei"})
        self.assertEqual(names(facts, "organisations"), [])

    def test_a_bowlers_figures_are_no_teams_score(self):
        facts = digest("Bowling: Ardley Verhoek 10-0-50-0, Li Wei 9-0-54-1. Later, Verhoek took two wickets.")
        self.assertEqual(set(names(facts, "people")), {"Ardley Verhoek", "Li Wei"})
        self.assertEqual(names(facts, "organisations"), [])

    def test_a_stadium_is_no_person(self):
        facts = digest("The final is at the R.K. Khan Stadium in Lahore.")
        self.assertEqual(names(facts, "places"), ["Lahore"])  # a built thing, not a place either
        self.assertEqual(facts["people"], [])

    def test_a_surname_that_is_anothers_middle_name_is_the_first_ones(self):
        facts = digest("Chief Minister Ravi Kumar expanded his cabinet. Deputy Chief Minister Arun Kumar Velan "
                       "was present. \"This is a good team,\" Mr Kumar said.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["people"]], [("Ravi Kumar", 2), ("Arun Kumar Velan", 1)])
        self.assertEqual(facts["quotes"][0]["speaker"], "Ravi Kumar")

    def test_jr_with_its_stop_ends_a_name(self):
        facts = digest("He succeeded Joseph Velk Jr. Sales rose. Ana Ruiz Day was quiet.")
        self.assertEqual(names(facts, "people"), ["Joseph Velk Jr."])

    def test_a_family_name_before_jr_is_no_middle_name(self):
        facts = digest("Dara Velk, chairman, succeeded Joseph Velk Jr., who retired. Sales of Velk rose.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["people"]], [("Dara Velk", 1), ("Joseph Velk Jr", 1)])

    def test_surname_alone_is_the_same_person(self):
        facts = digest("Home Secretary Laura Benedict spoke first. Later, Benedict said the plan was ready.")
        self.assertEqual(names(facts, "people"), ["Laura Benedict"])

    def test_quoted_titles_of_works_are_not_people(self):
        facts = digest('The film "Sidewalk Stories" opened, and fans sang “Jingle Dogs” with Ana Ruiz.')
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])

    def test_a_quoted_title_with_small_words_names_no_place(self):
        facts = digest('She shared an award for the screenplay of "Dancing in Velmora" in 1999, and later said '
                       '"We met in Tarvia" at a festival.')
        self.assertEqual(names(facts, "places"), ["Tarvia"])

    def test_a_name_of_capitals_alone_needs_a_sign_of_a_person(self):
        self.assertEqual(digest("Sales of the Harbour Cuisine range rose by a tenth.")["people"], [])
        facts = digest("Workers cheered when Kelso Brandvik spoke first. Later Brandvik left the hall.")
        self.assertEqual(names(facts, "people"), ["Kelso Brandvik"])
        facts = digest("The police questioned Zorvan Ahmed and released him.")
        self.assertEqual(names(facts, "people"), ["Zorvan Ahmed"])

    def test_a_common_family_name_makes_a_person(self):
        facts = digest("The selectors recalled Torvin Qureshi and dropped Idris Chaudhry for the tour.")
        self.assertEqual(set(names(facts, "people")), {"Torvin Qureshi", "Idris Chaudhry"})

    def test_a_list_across_lines_and_notes_takes_one_kind(self):
        facts = digest("Teams:\nNorland - Varun Pelletta (captain), Osric Demmeler, Taddeo Quarmby,\n"
                       "Halvard Wence, Ivo Stranack, Bram Keltie.\n")
        self.assertEqual(len(facts["people"]), 6)

    def test_given_names_of_many_cultures(self):
        for sentence, name in (("The visitors relied on Nigel Ostrand in the second half.", "Nigel Ostrand"),
                               ("Delegates heard Achieng Otieno speak on water rights.", "Achieng Otieno"),
                               ("The prize went to Saoirse Brannigan of the coastal school.", "Saoirse Brannigan")):
            self.assertEqual(names(digest(sentence), "people"), [name], sentence)

    def test_contractions_are_not_part_of_names(self):
        facts = digest("Good evening. I'm Holla Firfa, reporting from the coast.")
        self.assertEqual(names(facts, "people"), ["Holla Firfa"])

    def test_sentence_initial_words_are_not_people(self):
        facts = digest("Addressing reporters, Officials said nothing. However, Despite the rain, crowds came.")
        self.assertEqual(facts["people"], [])

    def test_hyphenated_particles(self):
        facts = digest("Misbah-ul-Haq led the side while Jamaat-e-Islami staged a rally in Lahore.")
        self.assertEqual(names(facts, "people"), ["Misbah-ul-Haq"])
        self.assertEqual(names(facts, "organisations"), ["Jamaat-e-Islami"])

    def test_initials_make_a_person_but_not_a_country(self):
        facts = digest("The report was written by R.K. Narayan and read by U.S. Army officers.")
        self.assertEqual(names(facts, "people"), ["R.K. Narayan"])

    def test_a_surname_with_the_arabic_article(self):
        facts = digest("Police caught their leader Karim al-Haddad near Cairo, and Pakistan and al-Qaeda talked.")
        self.assertEqual(names(facts, "people"), ["Karim al-Haddad"])
        self.assertNotIn("Pakistan and al-Qaeda", names(facts, "places") + names(facts, "organisations"))

    def test_a_paper_named_after_a_two_word_place(self):
        facts = digest("Ana Ruiz told the court so, the Hong Kong Courier said. It dates "
                       "from the Cultural Revolution.")
        self.assertEqual(names(facts, "organisations"), ["Hong Kong Courier"])
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])

    def test_a_firms_product_is_no_person(self):
        facts = digest("Velmont Motor Co. said sales of the Velmont Roadster rose. Corwin Dale, who buys them, "
                       "is pleased, and Tolland Corp. hired Dana Whitfield.")
        self.assertEqual(names(facts, "people"), ["Corwin Dale", "Dana Whitfield"])

    def test_a_name_ending_like_an_adverb_opens_a_sentence(self):
        facts = digest("Leading results:\n1. Vitaly Tarkov (Belarus) 64.10\n"
                       "Beijing Normal University said so. Separately Velmont Corp. said it would sell.")
        self.assertEqual(names(facts, "people"), ["Vitaly Tarkov"])
        self.assertEqual(set(names(facts, "organisations")), {"Beijing Normal University", "Velmont Corp"})

    def test_a_name_after_a_saint_is_no_person(self):
        facts = digest("The parishioners of St. Columba and All Saints chat, and the choir of St. Agnes Ruthwell "
                       "sings. Jill St. John said so; she lives in St. Kilda.")
        self.assertEqual(names(facts, "people"), ["Jill St. John"])
        self.assertIn("St. Kilda", names(facts, "places"))

    def test_a_title_word_after_a_given_name_is_a_surname(self):
        facts = digest("Former prime minister John Major met Hassan Sheikh Mohamud and King Abdullah.")
        self.assertEqual(roles(facts),
                         [("John Major", "Former prime minister"), ("Hassan Sheikh Mohamud", None),
                          ("Abdullah", "King")])

    def test_first_names_before_a_given_name_stay_in_the_name(self):
        facts = digest("Team captain Bobbie Jean Tarrant said so. Composer Ana Silva agreed.")
        self.assertEqual(names(facts, "people"), ["Bobbie Jean Tarrant", "Ana Silva"])

    def test_a_title_in_title_case_gives_only_names_the_story_repeats(self):
        facts = digest("Ana Tarrant, Poet Laureate Who Wrote of Salt Marsh, Dies at 88\n\n"
                       "Ana Tarrant, the Pulitzer Prize-winning author, died on Monday. In 2012 President "
                       "Dana Whitfield gave her the Presidential Medal of Freedom.")
        self.assertEqual(roles(facts),
                         [("Ana Tarrant", "the Pulitzer Prize-winning author"), ("Dana Whitfield", "President")])

    def test_middle_initials_make_a_person(self):
        facts = digest("Corwin E. Orsk said so, and the U.S. Army agreed.")
        self.assertEqual(names(facts, "people"), ["Corwin E. Orsk"])
        self.assertEqual(names(facts, "organisations"), ["U.S. Army"])

    def test_a_month_abbreviation_can_begin_a_name(self):
        facts = digest("Jan Kowalski, the city's deputy mayor, resigned on Friday.")
        self.assertEqual(names(facts, "people"), ["Jan Kowalski"])


class Organisations(unittest.TestCase):
    def test_a_name_after_a_political_party_is_the_partys(self):
        facts = digest("Hundreds died, opposition party Velmara said. The ruling party Orsk Tanzil denied it. "
                       "Ana Ruiz left the party Corwin Tarrow hosted.")
        self.assertEqual(names(facts, "organisations"), ["Velmara", "Orsk Tanzil"])
        self.assertEqual(names(facts, "people"), ["Ana Ruiz", "Corwin Tarrow"])

    def test_an_office_holders_house_is_no_body(self):
        facts = digest("Ministers met at CM House on Monday and at Governor House in Tolmer on Tuesday. "
                       "Speaker Ana House said so.")
        self.assertEqual(facts["organisations"], [])
        self.assertEqual(roles(facts), [("Ana House", "Speaker")])

    def test_limited_ends_a_firms_name_after_a_given_name(self):
        facts = digest("Omar Velkan Limited's head of research Ana Ruiz said exports fell. "
                       "Mahsud Orsk Limited said the same.")
        self.assertEqual(names(facts, "organisations"), ["Omar Velkan Limited", "Mahsud Orsk Limited"])
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])

    def test_a_laws_title_joined_by_of_names_no_body(self):
        facts = digest("The order violated the Shelters of Tarvia Act, 1961, the Council of Tarvia said.")
        self.assertEqual(names(facts, "organisations"), ["Council of Tarvia"])

    def test_a_name_cut_before_its_town_does_not_end_in_of(self):
        facts = digest("Prices fell, said Ana Ruiz, a partner at Velmont Capital Associates of Tolland, Mass. "
                       "The Ministry of Water and Power agreed.")
        self.assertEqual(names(facts, "organisations"), ["Velmont Capital Associates", "Ministry of Water and Power"])
        self.assertIn("Tolland", names(facts, "places"))

    def test_a_listed_name_before_and_is_a_name_of_its_own(self):
        facts = digest("Shares of Toshiba and Velmont Electric Co. rose, the Securities and Exchange Commission said.")
        self.assertEqual(names(facts, "organisations"),
                         ["Toshiba", "Velmont Electric Co", "Securities and Exchange Commission"])

    def test_a_label_in_capitals_before_a_colon_is_no_name(self):
        facts = digest("NOTES: Fewer than half of readers finish a story. UPDATE: Talks resumed in Tarvo.\n"
                       "NATO said the talks would go on. NATO: no comment.")
        self.assertEqual(names(facts, "organisations"), ["NATO"])

    def test_head_words_of_bodies_end_an_organisations_name(self):
        facts = digest("The Tolland Clean Air Campaign and the Velmora Business Forum met the Orsk Madrasa's staff.")
        self.assertEqual(set(names(facts, "organisations")),
                         {"Tolland Clean Air Campaign", "Velmora Business Forum", "Orsk Madrasa"})

    def test_a_firms_short_name_beside_its_products_is_the_firm(self):
        facts = digest("Engineers at Ford Motor Co. built the Ford Tarvo, and Ford said sales of the Ford Orskane rose.")
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]], [("Ford Motor Co", 2)])
        self.assertEqual(names(facts, "people"), [])

    def test_an_apposition_that_says_company_makes_an_organisation(self):
        facts = digest("The line is run by Orskana, the national rail company. Ana Ruiz, the company's "
                       "head, and Lin Tovar, an adviser to the bank, agreed.")
        self.assertEqual(names(facts, "organisations"), ["Orskana"])
        self.assertEqual(names(facts, "people"), ["Ana Ruiz", "Lin Tovar"])

    def test_an_apposition_that_says_lender_or_depository_makes_an_organisation(self):
        facts = digest("Most of the bonds are held at Velclear, the Tolland-based securities depository. "
                       "The loan came from Orsk Kelvaro, a regional lender.")
        self.assertEqual(names(facts, "organisations"), ["Velclear", "Orsk Kelvaro"])

    def test_roman_numerals_are_no_acronyms(self):
        facts = digest("Phase III of the Velmar scheme began after phase II ended. The VIX index and the IVF "
                       "clinic run by Orskana Health reopened.")
        self.assertNotIn("III", names(facts, "organisations"))
        self.assertNotIn("II", names(facts, "organisations"))

    def test_a_journal_a_study_was_published_in_is_no_place(self):
        facts = digest("The study, published in Velmar Genetics, was led by Ana Ruiz. It appeared in the "
                       "journal Orsk Letters too.")
        self.assertEqual(names(facts, "places"), [])
        self.assertEqual(names(facts, "organisations"), [])

    def test_borders_named_as_lines_are_places(self):
        facts = digest("Firing was reported along the Line of Control (LoC) near Velpur. Troops on the LoC and "
                       "along the Durand Line were put on alert.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["places"]],
                         [("Line of Control", 2), ("Velpur", 1), ("Durand Line", 1)])  # "(LoC)" defines it
        self.assertEqual(facts["organisations"], [])

    def test_a_quarter_named_after_a_sheikh_keeps_the_honorific(self):
        facts = digest("A house was hit in the Sheikh Velwan neighbourhood. Sheikh Hamad Velkani said aid was coming.")
        self.assertEqual(names(facts, "places"), ["Sheikh Velwan"])
        self.assertEqual(roles(facts), [("Sheikh Hamad Velkani", None)])

    def test_a_road_or_base_named_after_a_titled_person_is_no_person(self):
        facts = digest("Traffic was blocked on Sheikh Velkar Road. Troops left Prince Orsk Air Base on Monday.")
        self.assertEqual(names(facts, "people"), [])
        self.assertEqual(names(facts, "places"), ["Sheikh Velkar Road"])

    def test_a_name_with_a_possessive_and_no_noun_is_a_firm(self):
        facts = digest("Auction prices rose this month. At Tarrow's, an oil painting sold for $40,000, "
                       "and shares fell, according to Marlby's. Ana Ruiz's son agreed.")
        self.assertEqual(set(names(facts, "organisations")), {"Tarrow", "Marlby"})
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])

    def test_a_firms_possession_and_unit_are_organisations(self):
        facts = digest("Velmont Corp.'s Orskana unit grew fast, and Tarvex subsidiary sales fell.")
        self.assertEqual(set(names(facts, "organisations")), {"Velmont Corp", "Orskana", "Tarvex"})

    def test_a_trade_word_ends_a_firms_name_after_a_given_name(self):
        facts = digest("Tarvex bought Dorian Advertising, a small agency, in May. "
                       "Orsk Aerospace and Grace Footwear fell.")
        self.assertEqual(set(names(facts, "organisations")),
                         {"Dorian Advertising", "Orsk Aerospace", "Grace Footwear"})
        self.assertEqual(names(facts, "people"), [])

    def test_an_acronym_vouches_for_the_words_its_letters_begin(self):
        facts = digest("Troops of the U.N. Relief Mission in Velmora (UNRMV) left. "
                       "Ana Ruiz of the Council for Peace in Europe (CPE) said so.")
        organisations = {o["name"]: o["acronym"] for o in facts["organisations"]}
        self.assertEqual(organisations, {"U.N. Relief Mission in Velmora": "UNRMV",
                                         "Council for Peace in Europe": "CPE"})
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])

    def test_an_acronym_that_fits_no_words_vouches_for_none(self):
        facts = digest("Troops of the Relief Mission in Velmora (ZQX) left.")
        self.assertNotIn("Relief Mission in Velmora", names(facts, "organisations"))

    def test_acronym_in_brackets_links_both_ways(self):
        facts = digest("The Baloch Students Action Committee (BSAC) called a strike. BSAC leaders met later.")
        orgs = facts["organisations"]
        self.assertEqual(len(orgs), 1)
        self.assertEqual(orgs[0]["name"], "Baloch Students Action Committee")
        self.assertEqual(orgs[0]["acronym"], "BSAC")
        self.assertEqual(orgs[0]["mentions"], 2)

    def test_acronym_used_apart_from_its_long_form(self):
        facts = digest("The Securities and Exchange Commission opened an inquiry. The SEC said it would report.")
        orgs = facts["organisations"]
        self.assertEqual(len(orgs), 1)
        self.assertEqual((orgs[0]["name"], orgs[0]["acronym"]), ("Securities and Exchange Commission", "SEC"))

    def test_a_hyphenated_word_ending_in_a_trade_is_a_firm(self):
        facts = digest("Billing will go through V-Electric from January. V-Electric said it agreed.")
        self.assertEqual((names(facts, "organisations"), facts["people"]), (["V-Electric"], []))

    def test_an_acronym_used_apart_from_a_hyphenated_name(self):
        facts = digest("Councillors of the Jamaat-e-Velami walked out. JV's city chief called the budget a lie.")
        self.assertEqual([(o["name"], o["acronym"], o["mentions"]) for o in facts["organisations"]],
                         [("Jamaat-e-Velami", "JV", 2)])

    def test_the_long_form_of_a_body_s_acronym_used_apart_is_a_body(self):
        facts = digest("VTO shares fell 3% on Friday. A cyber attack halted output at Velmar Tarka Orsk for weeks.")
        self.assertEqual([(o["name"], o["acronym"]) for o in facts["organisations"]], [("Velmar Tarka Orsk", "VTO")])
        self.assertEqual(facts["places"], [])

    def test_the_acronym_of_a_law_used_apart_is_no_body(self):
        facts = digest("A VTO case was filed. Police charged him under the Velmar Trade Order. "
                       "Critics say the Velmar Trade Order is vague.")
        self.assertEqual(facts["organisations"], [])

    def test_a_person_whose_initials_an_acronym_shares_stays_a_person(self):
        facts = digest("VTO shares fell 3% on Friday. Analyst Velmar Tarka Orsk said the fall was overdone.")
        self.assertEqual(names(facts, "people"), ["Velmar Tarka Orsk"])

    def test_a_seat_of_government_speaks_for_it(self):
        facts = digest("Downing Street said the prime minister agreed. The Elysee said Ana Velmar would attend.")
        self.assertEqual((names(facts, "organisations"), names(facts, "people")),
                         (["Downing Street", "Elysee"], ["Ana Velmar"]))

    def test_a_t20_league_s_franchise_needs_no_cue_and_keeps_its_town_apart(self):
        facts = digest("Royal Challengers Bengaluru signed a pacer, and RCB fans cheered. Sunrisers Hyderabad kept "
                       "their captain. Ana Velkova flew to Hyderabad.")
        self.assertEqual([(o["name"], o["acronym"], o["mentions"]) for o in facts["organisations"]],
                         [("Royal Challengers Bengaluru", "RCB", 2), ("Sunrisers Hyderabad", None, 1)])
        self.assertEqual(names(facts, "places"), ["Hyderabad"])

    def test_air_and_a_land_is_an_airline(self):
        facts = digest("Flights were cut. Velnir and Air Bhutan issued advisories, and Air Chile said fares rose. "
                       "Air Marshal Ana Velkova agreed.")
        self.assertEqual(names(facts, "organisations")[-2:], ["Air Bhutan", "Air Chile"])
        self.assertEqual(names(facts, "people"), ["Ana Velkova"])

    def test_a_name_based_somewhere_is_a_firm(self):
        facts = digest("The lander, built by Houston-based Velmar Machines, touched down. London-based artist Ana "
                       "Velkova said so.")
        self.assertEqual((names(facts, "organisations"), names(facts, "people")), (["Velmar Machines"], ["Ana Velkova"]))

    def test_a_share_s_ticker_after_a_name_makes_it_a_firm(self):
        facts = digest("Shares rose 4%. Rival Velmar Micro Devices (VMD.O) also gained, and Tolcor Tarka (NSE: TTK) "
                       "fell.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Micro Devices", "Tolcor Tarka"])

    def test_a_company_of_a_stock_index_needs_no_cue(self):
        facts = digest("Ana Ruiz left Halliburton in May and joined Nvidia two years later.")
        self.assertEqual(set(names(facts, "organisations")), {"Halliburton", "Nvidia"})
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])

    def test_a_listed_company_that_is_also_a_word_needs_a_cue(self):
        facts = digest("Target dates were missed again, Ana Ruiz said. Visa rules changed in May.")
        self.assertEqual(names(facts, "organisations"), [])

    def test_a_listed_firm_with_its_suffixes_is_one_firm(self):
        facts = digest("Morgan Stanley Group Inc. hired Ana Ruiz. Morgan Stanley said she starts in May.")
        orgs = facts["organisations"]
        self.assertEqual(len(orgs), 1, orgs)
        self.assertEqual(orgs[0]["mentions"], 2)

    def test_a_firm_named_after_a_person_by_its_trade_word(self):
        facts = digest("The tower was sold by Marta Velloe Realty and bought by Jonas Kettle Capital Markets, "
                       "Ana Ruiz said.")
        self.assertEqual(set(names(facts, "organisations")), {"Marta Velloe Realty", "Jonas Kettle Capital Markets"})
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])

    def test_suffix_makes_an_organisation(self):
        facts = digest("Shares of Lakeview Holdings rose after the Federal Board of Revenue ruled.")
        self.assertEqual(set(names(facts, "organisations")), {"Lakeview Holdings", "Federal Board of Revenue"})

    def test_the_single_word_is_an_organisation(self):
        facts = digest("Fighting between the army and the Houthis went on, and the Houthis said they would hold.")
        self.assertIn("Houthis", names(facts, "organisations"))

    def test_and_does_not_join_two_names(self):
        facts = digest("Leaders from Germany and France met in Vienna.")
        self.assertEqual(set(names(facts, "places")), {"Germany", "France", "Vienna"})
        self.assertEqual(facts["organisations"], [])

    def test_organisation_keeps_its_demonym(self):
        facts = digest("In an interview with Turkish Anadolu News, the minister spoke.")
        self.assertEqual(names(facts, "organisations"), ["Turkish Anadolu News"])
        self.assertEqual(facts["places"], [])

    def test_an_orchestra_keeps_its_demonym(self):
        facts = digest("She led the Welsh Harbour Orchestra from 1979 and later the Velmar Philharmonic.")
        self.assertEqual(names(facts, "organisations"), ["Welsh Harbour Orchestra", "Velmar Philharmonic"])


    def test_and_inside_an_agency_name(self):
        facts = digest("The Trade and Investment Authority approved the plan on Monday.")
        self.assertEqual(names(facts, "organisations"), ["Trade and Investment Authority"])

    def test_and_after_an_acronym_splits(self):
        facts = digest("Officials of NORTA and Velmont Trade Ministry met on Monday.")
        self.assertEqual(set(names(facts, "organisations")), {"NORTA", "Velmont Trade Ministry"})

    def test_an_article_joined_to_of_holds_a_body_s_name_together(self):
        facts = digest("Shares rose, the Commission des Operations de Velmar said. Ana Ruiz told the Gazzetta "
                       "dello Tolmer newspaper on Monday.")
        self.assertEqual(names(facts, "organisations"), ["Commission des Operations de Velmar", "Gazzetta dello Tolmer"])
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])

    def test_an_acronym_after_and_the_names_the_second_body_alone(self):
        facts = digest("Officials blamed the Velkar Cartel and the Tolmer New Generation Cartel (CTNG) for the attack.")
        self.assertEqual(names(facts, "organisations")[:2], ["Velkar Cartel", "Tolmer New Generation Cartel"])

    def test_and_between_two_words_of_a_body_at_its_end_joins_them(self):
        facts = digest("The injured were taken to the Tolmer Medical College and Hospital. The Tolland Army and "
                       "Navy held drills.")
        self.assertEqual(names(facts, "organisations"), ["Tolmer Medical College and Hospital", "Tolland Army", "Navy"])

    def test_and_between_two_bodies_splits_them(self):
        facts = digest("The bill passed the House and Senate after the Ministry of Water and Power agreed.")
        self.assertEqual(set(names(facts, "organisations")),
                         {"House", "Senate", "Ministry of Water and Power"})

    def test_a_title_s_word_before_a_body_s_word_stays_in_a_ministry_s_name(self):
        facts = digest("The order was sent to the Ministry of Home Affairs and General Administration on Monday.")
        self.assertEqual(names(facts, "organisations"), ["Ministry of Home Affairs and General Administration"])

    def test_and_before_a_second_body_s_name_splits_them(self):
        facts = digest("Officials of the Bank of Tolland and Bank of Velmar met. Ana Ruiz studied at the "
                       "University of Peshawar and Tolmer College.")
        self.assertEqual(names(facts, "organisations"),
                         ["Bank of Tolland", "Bank of Velmar", "University of Peshawar", "Tolmer College"])

    def test_and_before_a_listed_body_splits_them(self):
        facts = digest("The Velmar Chamber of Commerce and Human Rights Watch criticised the bill.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Chamber of Commerce", "Human Rights Watch"])
        facts = digest("The Law Society of Tolland and Amnesty International Tolland called for his removal.")
        self.assertEqual(names(facts, "organisations"), ["Law Society of Tolland", "Amnesty International Tolland"])

    def test_and_the_before_a_second_aim_keeps_one_body(self):
        facts = digest("The order came from the Department for the Propagation of Tolland Virtue and the Prevention of "
                       "Vice on Monday.")
        self.assertEqual(names(facts, "organisations"),
                         ["Department for the Propagation of Tolland Virtue and the Prevention of Vice"])

    def test_and_the_before_a_second_body_splits_them(self):
        facts = digest("The Commission for the Promotion of Trade and the Bank of Tolland met on Monday.")
        self.assertEqual(names(facts, "organisations"), ["Commission for the Promotion of Trade", "Bank of Tolland"])

    def test_and_before_an_unlisted_portfolio_keeps_one_body(self):
        facts = digest("The Ministry of Law and Parliamentary Affairs issued a notice.")
        self.assertEqual(names(facts, "organisations"), ["Ministry of Law and Parliamentary Affairs"])

    def test_comma_inside_a_partnership(self):
        facts = digest("The shares were sold through Reid, Hart & Co. on Monday.")
        self.assertEqual(names(facts, "organisations"), ["Reid, Hart & Co"])

    def test_surnames_before_a_company_suffix(self):
        facts = digest("The shares were sold via Harlow, Quist, Pettibone Inc. on Monday.")
        self.assertEqual(names(facts, "organisations"), ["Harlow, Quist, Pettibone Inc"])

    def test_a_list_of_firms_before_a_suffix_stays_apart(self):
        facts = digest("Velmont Foods, Arcadia Steel and Tolland Corp. will pay.")
        self.assertEqual(set(names(facts, "organisations")), {"Velmont Foods", "Arcadia Steel", "Tolland Corp"})

    def test_based_splits_the_place_from_the_company(self):
        facts = digest("Shares of Lahore-based Crescent Textile Mills Ltd. fell sharply.")
        self.assertEqual(names(facts, "organisations"), ["Crescent Textile Mills Ltd"])
        self.assertEqual(names(facts, "places"), ["Lahore"])

    def test_headquartered_and_registered_split_the_place_from_the_name(self):
        facts = digest("Orsk-headquartered Velmont Textiles said sales fell. A Panama-registered tanker sank.")
        self.assertEqual(names(facts, "organisations"), ["Velmont Textiles"])
        self.assertEqual(names(facts, "places"), ["Orsk", "Panama"])

    def test_a_standing_body_is_not_its_own_committee(self):
        facts = digest("The House voted on Wednesday. Ana Ruiz chairs the House Appropriations Committee. "
                       "The U.S. Army said the Army agreed.")
        found = {o["name"]: o["mentions"] for o in facts["organisations"]}
        self.assertEqual(found, {"House": 1, "House Appropriations Committee": 1, "U.S. Army": 2})

    def test_short_form_of_an_organisation_is_the_same_one(self):
        facts = digest("The UN Security Council met on Friday. The Security Council later voted.")
        orgs = facts["organisations"]
        self.assertEqual(len(orgs), 1)
        self.assertEqual(orgs[0]["mentions"], 2)

    def test_firm_named_after_people_is_an_organisation(self):
        facts = digest("Kline Brothers & Co. said profit rose. Analysts at Kline Brothers expect more.")
        self.assertEqual(facts["people"], [])
        self.assertEqual(len(facts["organisations"]), 1)

    def test_department_word_alone_after_the(self):
        facts = digest("The Treasury said the Navy would pay.")
        self.assertEqual(set(names(facts, "organisations")), {"Treasury", "Navy"})

    def test_common_abbreviations_are_not_organisations(self):
        facts = digest("The CEO said the DVD and the TV deal lifted GDP estimates.")
        self.assertEqual(facts["organisations"], [])
        facts = digest("Velmar Motors demerger: CV arm lists at Rs 335\nShares of the CV business rose.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Motors"])

    def test_the_rbi_is_a_central_bank_but_three_rbi_are_runs(self):
        facts = digest("The RBI is likely to intervene if the rupee breaches 88.50, traders in Tolmer said.")
        self.assertEqual(names(facts, "organisations"), ["RBI"])
        facts = digest("Velk Tarrow hit a double and had three RBI for the Tolmer Hawks. Lin Orsk added an RBI single.")
        self.assertNotIn("RBI", names(facts, "organisations"))

    def test_common_abbreviations_with_full_stops_are_not_organisations(self):
        facts = digest("Yields on six-month C.D.s rose to 8.5%, and the G.D.P. grew. The U.N. met in Tolmer.")
        self.assertEqual(names(facts, "organisations"), ["U.N."])

    def test_a_market_report_s_abbreviations_are_not_organisations(self):
        facts = digest("The PMI rose to 52.1 in May, while EPS beat forecasts and the lender cut its NPL ratio.")
        self.assertEqual(facts["organisations"], [])

    def test_a_clinic_s_abbreviations_are_not_organisations(self):
        facts = digest("The test detects drug-resistant TB within six hours. The hospital's MRI and PCR "
                       "machines were idle, and TB cases rose.")
        self.assertEqual(facts["organisations"], [])

    def test_business_words_after_a_possessive(self):
        facts = digest("Keltrex's shares fell after an economist at Morvane warned of losses.")
        self.assertEqual(set(names(facts, "organisations")), {"Keltrex", "Morvane"})
        self.assertEqual(facts["people"], [])

    def test_cue_word_after_a_name(self):
        facts = digest("A survey by Qalamkar magazine put the mayor ahead.")
        self.assertEqual(names(facts, "organisations"), ["Qalamkar"])

    def test_ampersand_joins_the_partners_of_a_firm(self):
        facts = digest("The account moved to Harlow & Pettibone, Denver, from Quist & Marr last week.")
        self.assertEqual(set(names(facts, "organisations")), {"Harlow & Pettibone", "Quist & Marr"})
        self.assertEqual(facts["people"], [])

    def test_foreign_word_that_begins_a_firm(self):
        facts = digest("Ana Ruiz, a trader with Banque Morvel in Lyon, sold the bonds.")
        self.assertEqual(names(facts, "organisations"), ["Banque Morvel"])
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])

    def test_first_in_a_firm_name_is_kept(self):
        facts = digest("First Tolland Corp. posted a loss. First, Omar Haddad Inc. said nothing.")
        self.assertIn("First Tolland Corp", names(facts, "organisations"))
        self.assertNotIn("First, Omar Haddad Inc", names(facts, "organisations"))

    def test_and_at_the_end_of_a_list_splits_the_names(self):
        facts = digest("Velmont Foods, Arcadia Steel, Brenner and National Harbor Corp. will pay the costs.")
        self.assertIn("National Harbor Corp", names(facts, "organisations"))
        self.assertNotIn("Brenner and National Harbor Corp", names(facts, "organisations"))

    def test_a_word_listed_with_organisations_is_one(self):
        facts = digest("The costs will be paid by Velmont Foods, Arcadia Steel, Brenner and Tolland Corp.")
        self.assertIn("Brenner", names(facts, "organisations"))

    def test_a_surname_listed_with_people_is_one(self):
        facts = digest("Coach Ana Ruiz picked Joe Brenner and Tom Quist. The team: Alvy, Brenner, Quist.")
        self.assertIn("Alvy", names(facts, "people"))

    def test_one_settled_name_does_not_make_a_list_alike(self):
        facts = digest("The pact was signed by Velmont Foods and Tarvia in the capital.")
        self.assertNotIn("Tarvia", names(facts, "organisations"))

    def test_an_adverb_before_a_list_is_no_name(self):
        facts = digest("Nonetheless, Velmont Foods and Arcadia Steel paid.")
        self.assertEqual(set(names(facts, "organisations")), {"Velmont Foods", "Arcadia Steel"})

    def test_two_bodies_joined_by_and_the_stay_apart(self):
        facts = digest("He cited the National Association of Tile Makers and the Union of Allied Glaziers.")
        self.assertEqual(set(names(facts, "organisations")),
                         {"National Association of Tile Makers", "Union of Allied Glaziers"})

    def test_a_standing_body_before_a_noun(self):
        facts = digest("Yields on Treasury bills rose as Senate Democrats met.")
        self.assertEqual(set(names(facts, "organisations")), {"Treasury", "Senate"})

    def test_plural_heads_of_organisations(self):
        facts = digest("He left the Centers for Pest Control to join the Tolland Chamber of Commerce.")
        self.assertEqual(set(names(facts, "organisations")),
                         {"Centers for Pest Control", "Tolland Chamber of Commerce"})

    def test_a_common_word_in_capitals_is_no_acronym(self):
        facts = digest("COPPER: Futures rose. Copper and copper wire were in demand, said OPEC.")
        self.assertEqual(names(facts, "organisations"), ["OPEC"])

    def test_a_given_name_that_is_also_a_country(self):
        facts = digest("Chad Ruiz joined me on the set in Denver.")
        self.assertEqual(names(facts, "people"), ["Chad Ruiz"])
        self.assertEqual(facts["organisations"], [])

    def test_an_embassy_and_a_newsletter(self):
        facts = digest("A Norland Embassy employee spoke to the Tolland Newsletter on Monday.")
        self.assertEqual(set(names(facts, "organisations")), {"Norland Embassy", "Tolland Newsletter"})
        self.assertEqual(facts["people"], [])

    def test_head_word_in_capitals(self):
        facts = digest("Rates fell. VELMONT SAVINGS ASSOCIATION (Velmont): posted yields rose.")
        self.assertIn("VELMONT SAVINGS ASSOCIATION", names(facts, "organisations"))

    def test_the_kind_of_body_before_its_name(self):
        facts = digest("The deal was reported by the news agency Velko and the weekly Dravnik.")
        self.assertEqual(set(names(facts, "organisations")), {"Velko", "Dravnik"})

    def test_a_place_inside_a_name_its_acronym_vouches_for(self):
        facts = digest("The Council for Trade and Security in Asia (CTSA) met. The CTSA agreed.")
        self.assertEqual(names(facts, "organisations"), ["Council for Trade and Security in Asia"])
        self.assertEqual(facts["places"], [])

    def test_a_place_after_a_name_without_acronym_stays_apart(self):
        facts = digest("The Council for Trade met in Asia (mostly in Tolland) on Monday.")
        self.assertIn("Asia", names(facts, "places"))

    def test_plural_possessive_inside_a_name(self):
        facts = digest("The Tolland Farmers' Association said prices fell.")
        self.assertEqual(names(facts, "organisations"), ["Tolland Farmers' Association"])

    def test_a_novel_in_quotes_is_no_organisation(self):
        facts = digest('His novels include "The Lantern," "Salt" and "A World Apart."')
        self.assertEqual(facts["organisations"], [])

    def test_a_town_in_capitals_before_its_country(self):
        facts = digest("VELKOVO, Bosnia 2021-08-31\nNATO said it was watching the village.")
        self.assertIn("Velkovo", names(facts, "places"))
        self.assertEqual(names(facts, "organisations"), ["NATO"])

    def test_a_listed_town_in_capitals_is_shown_as_the_list_writes_it(self):
        facts = digest("KHARTOUM NORTH, Sudan (AP) — The ferry to Tolmer sailed late on Friday.")
        self.assertEqual(names(facts, "places")[:2], ["Khartoum North", "Sudan"])

    def test_a_cathedral_is_an_organisation_an_airport_no_place(self):
        facts = digest("Bells rang at Tolland Cathedral as the plane left Velmont International Airport.")
        self.assertEqual(names(facts, "organisations"), ["Tolland Cathedral"])
        self.assertEqual(facts["places"], [])

    def test_a_books_publisher(self):
        facts = digest('His novel "Salt Roads" (Norvik, 288 pages, $21.50) is out.')
        self.assertEqual(names(facts, "organisations"), ["Norvik"])

    def test_a_list_after_firms_including(self):
        facts = digest("Multinational firms including Velmont, Arcadia and Tarvia were there.")
        self.assertEqual(set(names(facts, "organisations")), {"Velmont", "Arcadia", "Tarvia"})

    def test_a_list_after_a_comma_and_including(self):
        facts = digest("Several carriers, including Orskair, Tolland Air Velmaria and Tarvia, have suspended flights.")
        self.assertEqual(names(facts, "organisations"), ["Orskair", "Tolland Air Velmaria", "Tarvia"])

    def test_a_list_after_a_plural_of_firms(self):
        facts = digest("The round was joined by start-ups Tolvio and Orskly Labs, the company said.")
        self.assertEqual(names(facts, "organisations"), ["Tolvio", "Orskly Labs"])

    def test_and_after_a_plural_of_backers_joins_no_name(self):
        facts = digest("The round drew existing investors Velkora and Tarmin Capital, the company said.")
        self.assertNotIn("Velkora and Tarmin Capital", names(facts, "organisations"))
        self.assertIn("Tarmin Capital", names(facts, "organisations"))
        facts = digest("The Securities and Exchange Commission and the Trade and Investment Authority agreed.")
        self.assertEqual(names(facts, "organisations"),
                         ["Securities and Exchange Commission", "Trade and Investment Authority"])

    def test_a_sunday_paper(self):
        facts = digest("The Sunday Herald quoted him. On Sunday Velmont Holdings said more.")
        self.assertIn("Sunday Herald", names(facts, "organisations"))
        self.assertNotIn("Sunday Velmont Holdings", names(facts, "organisations"))

    def test_daily_after_a_name(self):
        facts = digest("Zorya Krakowa daily said the deal was off.")
        self.assertEqual(names(facts, "organisations"), ["Zorya Krakowa"])

    def test_a_possessive_inside_a_firms_name(self):
        facts = digest("An economist for Harrow's Bank said so, and the People's Daily agreed.")
        self.assertEqual(set(names(facts, "organisations")), {"Harrow's Bank", "People's Daily"})

    def test_a_countrys_bank_stays_apart(self):
        facts = digest("Pakistan's Bank rose.")
        self.assertIn("Pakistan", names(facts, "places"))

    def test_a_possessive_of_an_irregular_plural_inside_a_name(self):
        facts = digest("Tolland Men's Outfitters Co. and the Women's Rowing League grew. Women's pay did not.")
        self.assertEqual(set(names(facts, "organisations")),
                         {"Tolland Men's Outfitters Co", "Women's Rowing League"})

    def test_a_possessive_after_an_ampersand_firm(self):
        facts = digest("Analysts at Marlow & Finch's Corp. cut their forecast.")
        self.assertEqual(names(facts, "organisations"), ["Marlow & Finch's Corp"])

    def test_a_second_company_suffix(self):
        facts = digest("The order went to Kanto Marine Shipping Co. Ltd. on Monday. Tolland Corp. Chief Ana Ruiz spoke.")
        self.assertEqual(set(names(facts, "organisations")), {"Kanto Marine Shipping Co. Ltd", "Tolland Corp"})

    def test_a_part_in_brackets_before_the_suffix(self):
        facts = digest("Borealis Mining (Peru) Ltd. will dig. Velmont Holdings (VH) will not.")
        self.assertEqual(set(names(facts, "organisations")), {"Borealis Mining (Peru) Ltd", "Velmont Holdings"})
        self.assertEqual(facts["places"], [])

    def test_a_slash_between_two_firms(self):
        facts = digest("Harwick/Stenson Inc. rose. Talks on the Velmont/Tolland border resumed.")
        self.assertEqual(names(facts, "organisations"), ["Harwick/Stenson Inc"])
        facts = digest("It bought the plant from Dalby / Crane Holdings on Monday.")
        self.assertEqual(names(facts, "organisations"), ["Dalby / Crane Holdings"])

    def test_a_company_suffix_after_a_comma(self):
        facts = digest("The shares were sold via Brennan Webb & Tarrant, Inc. on Monday, "
                       "said Ana Ruiz, Inc. magazine's editor.")
        self.assertEqual(names(facts, "organisations"), ["Brennan Webb & Tarrant, Inc"])
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])

    def test_a_french_firm_with_de(self):
        facts = digest("The bid by Cie. de Forges Rouvray was rejected. Jean de Marsac was there.")
        self.assertEqual(names(facts, "organisations"), ["Cie. de Forges Rouvray"])
        self.assertEqual(names(facts, "people"), ["Jean de Marsac"])

    def test_and_inside_a_longer_agency_name(self):
        facts = digest("The Fenwick Fisheries and Wildlife Department approved it, as did Paul Ruiz and Tolland Airways.")
        self.assertIn("Fenwick Fisheries and Wildlife Department", names(facts, "organisations"))
        self.assertNotIn("Paul Ruiz and Tolland Airways", names(facts, "organisations"))
        self.assertEqual(names(facts, "people"), ["Paul Ruiz"])

    def test_friends_of_a_cause_and_a_chain_of_newspapers(self):
        facts = digest("A study by Friends for Clean Water, said Ana Ruiz of Tolland Newspapers. Friends said so.")
        self.assertEqual(set(names(facts, "organisations")), {"Friends for Clean Water", "Tolland Newspapers"})

    def test_analysts_at_a_firm_at_the_start_of_a_sentence(self):
        facts = digest("Analysts at Tarvale expected more.")
        self.assertEqual(names(facts, "organisations"), ["Tarvale"])
        self.assertEqual(facts["places"], [])

    def test_a_police_force_named_after_its_region(self):
        facts = digest("Greater Tolland Police said two men were hurt. Kline Co. Police said nothing.")
        self.assertIn("Greater Tolland Police", names(facts, "organisations"))
        self.assertIn("Kline Co", names(facts, "organisations"))

    def test_documents_are_no_organisations(self):
        facts = digest("The duties are set out in the Constitution and the Norland Armistice Agreement.")
        self.assertEqual(facts["organisations"], [])

    def test_ad_agency_after_a_name(self):
        facts = digest("The study by the Harlow Pettibone Quist ad agency found that buyers hesitate.")
        self.assertEqual(names(facts, "organisations"), ["Harlow Pettibone Quist"])


class PeopleByContext(unittest.TestCase):
    def test_the_words_after_a_titles_of_are_the_title_up_to_the_given_name(self):
        facts = digest("Deputy Inspector General of Police Operations Imran Tarrow told reporters "
                       "that the device was planted.")
        self.assertEqual(roles(facts), [("Imran Tarrow", "Deputy Inspector General of Police Operations")])

    def test_the_area_of_a_police_post_is_the_title_s(self):
        facts = digest("SSP City Imran Tarrow told reporters that three suspects were held.")
        self.assertEqual(roles(facts), [("Imran Tarrow", "SSP City")])
        facts = digest("Senior Superintendent of Police (SSP) Cantt Imran Tarrow told reporters.")
        self.assertEqual(names(facts, "people"), ["Imran Tarrow"])

    def test_a_city_s_title_and_a_city_s_post_stay_whole(self):
        facts = digest("City Attorney Ana Ruiz said the Velmar Capital City Police Officer would appeal.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "City Attorney")])

    def test_a_given_name_that_is_a_function_word_mid_sentence(self):
        facts = digest("Former captain Will Tarrow, back from injury, kicked four goals. "
                       "Will Tarrow play again? He will.")
        self.assertEqual(names(facts, "people"), ["Will Tarrow"])
        self.assertEqual(facts["people"][0]["mentions"], 2)

    def test_a_given_name_that_names_a_faith_stays_a_name(self):
        facts = digest("Christian Orsk scored twice. Republican Ana Silva spoke, and the Christian Democrats "
                       "won the vote.")
        self.assertEqual(names(facts, "people"), ["Christian Orsk", "Ana Silva"])

    def test_a_political_leaning_opening_a_sentence_is_no_part_of_the_name(self):
        facts = digest("Populist Ana Velparisi came third, and Libertarian Johannes Velkaiser fourth.")
        self.assertEqual(names(facts, "people"), ["Ana Velparisi", "Johannes Velkaiser"])

    def test_south_asian_given_names_make_people(self):
        facts = digest("Residents said Junaid Tarrow and Saima Orskani had left. Witnesses named Sarfraz Velbi.")
        self.assertEqual(names(facts, "people"), ["Junaid Tarrow", "Saima Orskani", "Sarfraz Velbi"])

    def test_given_names_rare_as_english_words_make_people(self):
        facts = digest("Scorers: Patrice Orsk 2, Alfonso Tarrow. Referee: Lin Baptiste.")
        self.assertEqual(names(facts, "people"), ["Patrice Orsk", "Alfonso Tarrow", "Lin Baptiste"])

    def test_a_name_shaped_like_a_persons_where_things_happen_is_no_person(self):
        facts = digest("The final is played at Tunbury Wells. Tunbury Wells hosts the game every year.")
        self.assertEqual(names(facts, "people"), [])
        facts = digest("Visitors to the Orsk Khan said it was closed. Later Orsk Khan reopened.")
        self.assertEqual(names(facts, "people"), [])

    def test_a_place_name_that_is_the_surname_of_a_speaker_is_the_person(self):
        facts = digest("The film is by Ana Jordan, who grew up in Tarvo. \"It is a story of home,\" Jordan said.")
        people = {p["name"]: p for p in facts["people"]}
        self.assertEqual(people["Ana Jordan"]["mentions"], 2)
        self.assertEqual(names(facts, "places"), ["Tarvo"])

    def test_a_given_name_before_a_family_name_of_a_place_is_a_person(self):
        facts = digest("Grace Park and Dorian Hill ran well. Floods hit homes in Tolland Hill on Monday.")
        self.assertEqual(names(facts, "people"), ["Grace Park", "Dorian Hill"])
        self.assertEqual(names(facts, "places"), ["Tolland Hill"])

    def test_an_occupation_before_a_name_is_a_role(self):
        facts = digest("Polls named Velmont Giants star Tatsuro Hamada the most loved player. "
                       "The novelist Ana Quellberg agreed.")
        self.assertEqual(roles(facts), [("Tatsuro Hamada", "Velmont Giants star"), ("Ana Quellberg", "novelist")])
        self.assertEqual(names(facts, "organisations"), ["Velmont Giants"])

    def test_a_surname_of_several_words_is_the_same_person(self):
        facts = digest("Attorney General Juan Van der Berg spoke. Mr. Van der Berg is running for governor.")
        self.assertEqual(names(facts, "people"), ["Juan Van der Berg"])
        self.assertEqual(facts["people"][0]["mentions"], 2)

    def test_double_given_names_are_the_same_person(self):
        facts = digest("Mary Ellen Okafor, a student, spoke. Mary Ellen said she would stay.")
        self.assertEqual(names(facts, "people"), ["Mary Ellen Okafor"])

    def test_a_name_addressed_in_speech(self):
        facts = digest("We will miss her. Thank you, Odalys. Yes, Tarek, the statement was clear.")
        self.assertEqual(set(names(facts, "people")), {"Odalys", "Tarek"})

    def test_a_word_after_yes_and_a_comma_is_not_always_a_name(self):
        facts = digest("Yes, Congress will vote. Thanks, Reuters said.")
        self.assertEqual(facts["people"], [])

    def test_dean_is_a_given_name(self):
        facts = digest("Derbyshire's Australian captain Dean Okafor is conceding nothing.")
        self.assertIn("Dean Okafor", names(facts, "people"))

    def test_a_hyphenated_rank_is_a_title(self):
        facts = digest('"They are close," NATO spokesman Lieutenant-Colonel Max Lindqvist said.')
        self.assertEqual(names(facts, "people"), ["Max Lindqvist"])

    def test_a_word_before_a_demonym_is_no_person(self):
        facts = digest("Escaped British paedophile recaptured.\nA convicted man was caught.")
        self.assertEqual(facts["people"], [])

    def test_a_port_after_a_name_is_a_place(self):
        facts = digest("The cars arrived at Jakarta's Tanjung Kelor port on Thursday.")
        self.assertIn("Tanjung Kelor", names(facts, "places"))

    def test_a_standing_body_inside_a_title(self):
        facts = digest("Assistant Treasury Secretary Ana Ruiz met Senate Majority Leader Tom Quist.")
        self.assertEqual(set(names(facts, "organisations")), {"Treasury", "Senate"})
        role_of = dict(roles(facts))
        self.assertEqual(role_of, {"Ana Ruiz": "Assistant Treasury Secretary", "Tom Quist": "Senate Majority Leader"})

    def test_a_sentence_opening_preposition_is_no_name(self):
        facts = digest("Outside, a pressman filled a news box. Beyond, the river ran.")
        self.assertEqual(facts["people"], [])

    def test_a_relative_named_after_a_comma(self):
        facts = digest("He and his wife, Odalys, visited a food bank in Denver.")
        self.assertEqual(names(facts, "people"), ["Odalys"])

    def test_parties_to_a_court_case(self):
        facts = digest("The ruling in Okafor v. Lindqvist stands, as Brandt vs. Ilves did.")
        self.assertEqual(set(names(facts, "people")), {"Okafor", "Lindqvist", "Brandt", "Ilves"})
        self.assertEqual(facts["organisations"], [])

    def test_v_without_a_stop_is_still_a_fixture(self):
        facts = digest("SOCCER - FIXTURES.\nRavenhill v Stonebridge\n")
        self.assertEqual(facts["people"], [])

    def test_a_signature_then_the_writers_town(self):
        facts = digest("Costs will rise. Ruth K. Lindqvist Tolland, N.C.")
        self.assertEqual(names(facts, "people"), ["Ruth K. Lindqvist"])
        self.assertIn("Tolland", names(facts, "places"))

    def test_a_town_of_two_words_before_a_state(self):
        facts = digest("The company is based in Park Ridge, N.J., its filing said.")
        self.assertIn("Park Ridge", names(facts, "places"))

    def test_streets_bridges_and_stadiums_are_no_places(self):
        facts = digest("Marchers crossed Tolland Bridge and walked down Harlow Street to Velmont Stadium "
                       "in Kingsport, then back along Quarry Road.")
        self.assertEqual(set(names(facts, "places")), {"Kingsport", "Quarry Road"})

    def test_a_mayor_governor_or_compass_point_of_a_name_makes_it_a_place(self):
        facts = digest("The governor of Velmora said so. Ana Ruiz, the mayor of Tolland, agreed. "
                       "Troops moved north of Kessar.")
        self.assertEqual(set(names(facts, "places")), {"Velmora", "Tolland", "Kessar"})
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])

    def test_san_begins_a_place(self):
        facts = digest("The tanker hit the pier in San Ildefonso on Friday.")
        self.assertEqual(names(facts, "places"), ["San Ildefonso"])
        self.assertEqual(facts["people"], [])


class PossessiveOfKin(unittest.TestCase):
    def test_a_widow_or_an_arrest_makes_a_person(self):
        facts = digest("Reporters waited. Later Tarrow's widow spoke, and Velmont's shares fell after Orskane's arrest.")
        self.assertEqual(names(facts, "people"), ["Tarrow", "Orskane"])
        self.assertEqual(names(facts, "organisations"), ["Velmont"])


class Teams(unittest.TestCase):
    def test_a_town_that_beat_a_side_in_a_relative_clause_is_its_club(self):
        facts = digest("Talks ended. Velmar Rovers fell behind Barcelona, who beat Orsk Athletic 3-1.")
        self.assertIn("Barcelona", names(facts, "organisations"))
        self.assertEqual(facts["places"], [])

    def test_a_sides_goalkeeper_after_its_possessive_makes_a_club_of_a_given_name(self):
        facts = digest("Dorian Villa's goalkeeper made two saves after the break.")
        self.assertEqual(names(facts, "organisations"), ["Dorian Villa"])
        self.assertEqual(names(facts, "people"), [])

    def test_a_side_placed_in_a_table_is_a_club(self):
        facts = digest("Tolland Rovers moved up to seventh, six points behind fourth-placed Dorian.")
        self.assertEqual(names(facts, "organisations"), ["Tolland Rovers", "Dorian"])
        self.assertEqual(names(facts, "people"), [])

    def test_a_coachs_squad_leaves_the_coach_a_person(self):
        facts = digest("Corwin Tarrow's squad lost again in Velkara.")
        self.assertEqual(names(facts, "people"), ["Corwin Tarrow"])

    def test_a_team_sheets_squad_numbers_mark_its_players(self):
        facts = digest("Tarvia: 1 - Corin Vasquel, 4 - Edo Marrant (12 - Lin Tovar 46th), 8 - Juro Pastane.\n"
                       "Kingsport United 0 - 3 Eastfield Rovers\n")
        self.assertEqual(names(facts, "people"), ["Corin Vasquel", "Edo Marrant", "Lin Tovar", "Juro Pastane"])
        self.assertEqual(names(facts, "organisations"), ["Kingsport United", "Eastfield Rovers"])

    def test_results_on_one_line_make_the_first_side_of_each_a_club(self):
        facts = digest("Talks ended.\n\nResults: Leeds 4 Velmar City 5; Brighton 1 Tolland Rovers 1.")
        self.assertEqual(set(names(facts, "organisations")), {"Leeds", "Velmar City", "Brighton", "Tolland Rovers"})
        self.assertEqual(names(facts, "places"), [])

    def test_a_win_at_a_city_is_a_win_over_its_club(self):
        facts = digest("Talks ended.\n\nThe champions stayed second after a 5-4 win at Fulham.")
        self.assertEqual(names(facts, "organisations"), ["Fulham"])
        self.assertEqual(names(facts, "places"), [])

    def test_a_number_between_two_names_in_prose_is_no_result(self):
        facts = digest("Talks ended.\n\nFlooding closed Route 9 near Leeds on Monday.")
        self.assertEqual(names(facts, "places"), ["Leeds"])

    def test_results_table_teams_are_organisations(self):
        facts = digest("SOCCER - LEAGUE RESULTS.\nResults on Saturday:\nKingsport United 0 Eastfield Rovers 3\n"
                       "Ravenhill 2 Stonebridge 1\n")
        self.assertEqual(set(names(facts, "organisations")),
                         {"Kingsport United", "Eastfield Rovers", "Ravenhill", "Stonebridge"})

    def test_a_line_of_standings_makes_a_team_of_a_given_name(self):
        facts = digest("Division three standings\nDorian 4 2 1 1 7 5 7\nOrville 4 1 1 2 5 6 4\n")
        self.assertEqual(names(facts, "organisations"), ["Dorian", "Orville"])
        self.assertEqual(names(facts, "people"), [])

    def test_a_town_a_player_plays_for_is_its_club(self):
        facts = digest("Ruiz, who played for Mardan and signed for Sialkot last year, made his debut for "
                       "Lahore on Sunday. He lives in Karachi.")
        self.assertEqual(names(facts, "organisations"), ["Mardan", "Sialkot", "Lahore"])
        self.assertEqual(names(facts, "places"), ["Karachi"])

    def test_a_town_that_hosts_or_is_beaten_in_a_match_report_is_its_club(self):
        facts = digest("Mardan host Ravenhill on Sunday, a week after beating Dorian 2-0.")
        self.assertEqual(names(facts, "organisations"), ["Mardan", "Ravenhill", "Dorian"])
        self.assertEqual(facts["people"] + facts["places"], [])

    def test_a_town_with_a_cricket_score_is_its_club(self):
        facts = digest("Chasing 190, Tolworth were 120 for four when rain came. Kelshire were bowled out "
                       "for 98 in Velmar.")
        self.assertEqual(names(facts, "organisations"), ["Tolworth", "Kelshire"])
        self.assertEqual(names(facts, "places"), ["Velmar"])

    def test_a_town_that_hosts_talks_stays_a_place(self):
        facts = digest("Karachi hosts talks on Monday, and delegates arrive in Karachi on Sunday.")
        self.assertEqual(names(facts, "places"), ["Karachi"])

    def test_a_teams_town_alone_is_the_team(self):
        facts = digest("The Lahore Hawks beat the Karachi Owls 5-3 on Friday. It was the fourth defeat "
                       "in a row for Karachi, whose fans left early.")
        organisations = {o["name"]: o for o in facts["organisations"]}
        self.assertEqual(set(organisations), {"Lahore Hawks", "Karachi Owls"})
        self.assertEqual(organisations["Karachi Owls"]["mentions"], 2)
        self.assertEqual(names(facts, "places"), [])

    def test_abbreviations_of_a_games_statistics_are_no_organisations(self):
        facts = digest("Ruiz had three RBI and lowered his ERA to 2.10 as Tolland Rovers won. "
                       "He was named MVP.")
        self.assertEqual(names(facts, "organisations"), ["Tolland Rovers"])

    def test_labels_of_a_table_are_no_teams(self):
        facts = digest("Tolland Rovers 2 Ravenhill 1\nHalftime 1-0\nAttendance 12,000\n\n"
                       "Velmont Corp results:\nRevs 45.6 mln vs 40.1 mln\nShr 12 cts vs 10 cts\n")
        self.assertEqual(set(names(facts, "organisations")), {"Tolland Rovers", "Ravenhill", "Velmont Corp"})

    def test_standings_and_national_sides(self):
        facts = digest("Standings:\nATLANTA 71 60 .542 3 1/2\nResult: Ghana 2 Togo 1\n")
        self.assertIn("Atlanta", names(facts, "organisations"))
        self.assertEqual(names(facts, "places"), ["Ghana", "Togo"])

    def test_the_ground_before_a_results_line_is_a_place(self):
        facts = digest("Close of play on Friday:\nKingsport: Ravenhill 363 and 12-1, Stonebridge 210.\n")
        self.assertEqual(names(facts, "places"), ["Kingsport"])
        self.assertIn("Ravenhill", names(facts, "organisations"))

    def test_a_dateline_before_a_players_possessive_is_no_results_line(self):
        facts = digest("Tolland: Virel Velkaran's 31st century powered Tarvia to a win. Velkaran made 135.")
        self.assertEqual(names(facts, "people"), ["Virel Velkaran"])
        self.assertEqual(names(facts, "organisations"), [])

    def test_a_match_against_a_town_is_against_its_team(self):
        facts = digest("Ruiz's side took control of their match against Derby, and a win over Leeds looked likely. "
                       "The war against Iraq went on.")
        self.assertEqual(set(names(facts, "organisations")), {"Derby", "Leeds"})
        self.assertEqual(names(facts, "places"), ["Iraq"])

    def test_results_with_countries_and_notes(self):
        facts = digest("Results on Saturday:\nRavenhill (Italy) 88 Stonebridge (Russia) 79 (halftime 41-37)\n"
                       "Kingsport 1 Eastfield 0 (after extra time)\n")
        self.assertEqual(set(names(facts, "organisations")), {"Ravenhill", "Stonebridge", "Kingsport", "Eastfield"})
        self.assertEqual(names(facts, "places"), ["Italy", "Russia"])

    def test_the_ground_of_a_cricket_result(self):
        facts = digest("Close of play:\nAt Tolland-on-Sea: Ravenhill beat Stonebridge by 97 runs.\n"
                       "At The Dell (Kingsport): Eastfield beat Northam by an innings.\n")
        self.assertEqual(names(facts, "places")[:2], ["Tolland-on-Sea", "Dell"])

    def test_a_draw_at_a_ground_names_both_teams(self):
        facts = digest("Leeds drew 1-1 at Tolland Villa on Sunday, Sky Sports said.")
        self.assertEqual(set(names(facts, "organisations")), {"Leeds", "Tolland Villa", "Sky Sports"})
        self.assertEqual(facts["people"], [])

    def test_a_side_held_to_a_draw_and_the_side_that_held_it(self):
        facts = digest("Leeds were held 1-1 by Sunderland at Tolmer Park on Sunday.")
        self.assertEqual(set(names(facts, "organisations")), {"Leeds", "Sunderland"})

    def test_what_an_apposition_calls_a_firm_makes_it_one(self):
        facts = digest("Velkar Sonat Motors, the country's largest carmaker, reported higher sales. Orsk Tarvo, a "
                       "rights group in Tolmer, said so.")
        self.assertEqual(names(facts, "organisations"), ["Velkar Sonat Motors", "Orsk Tarvo"])

    def test_a_person_s_apposition_with_a_firm_s_word_before_the_role_stays_a_person_s(self):
        facts = digest("Orsel Dravik, a company director, said so.")
        self.assertEqual(names(facts, "people"), ["Orsel Dravik"])

    def test_clubs_by_their_names(self):
        facts = digest("Real Madrid beat Manchester City, while Mexico City hosted Bristol Rovers.")
        self.assertEqual(set(names(facts, "organisations")), {"Real Madrid", "Manchester City", "Bristol Rovers"})
        self.assertEqual(names(facts, "places"), ["Mexico City"])

    def test_schedule_lines_name_the_visitor_and_the_ground(self):
        facts = digest("Standings:\nDENVER 48 86 .358 26\nSchedule:\nSAN DIEGO AT DENVER\n")
        self.assertEqual(set(names(facts, "organisations")), {"Denver", "San Diego"})
        self.assertEqual(names(facts, "places"), ["Denver"])

    def test_a_town_before_a_players_position_is_his_club(self):
        facts = digest("Ireland won 4-0 through Bristol striker Tom Quist and captain Ana Ruiz.")
        self.assertIn("Bristol", names(facts, "organisations"))
        self.assertNotIn("Bristol", names(facts, "places"))

    def test_a_players_position_with_a_modifier(self):
        facts = digest("The sending-off of Bristol central defender Tom Quist marred the game.")
        self.assertIn("Bristol", names(facts, "organisations"))

    def test_cricket_scores_make_teams(self):
        facts = digest("At Tolland: Wexley 214 (P. Johnson 84), Brantham 108-3.\n"
                       "Title rivals Wexley and Brantham closed in.")
        self.assertEqual(set(names(facts, "organisations")), {"Wexley", "Brantham"})

    def test_rivals_champions_and_winners_over_name_teams(self):
        facts = digest("The champions Derby, 40-12 winners over Leeds, stay ahead of their rivals Bristol "
                       "after a defeat to Exeter. Ana Ruiz flew to Bristol on Monday.")
        self.assertEqual(set(names(facts, "organisations")), {"Derby", "Leeds", "Exeter"})
        self.assertEqual(names(facts, "places"), ["Bristol"])

    def test_a_squad_list_with_one_known_player_is_all_people(self):
        facts = digest("Velmora - Arjuna Ranatunge (captain), Sanath Jayasurie, Romesh Kaluwitharane, Mark Lowe.")
        self.assertEqual(set(names(facts, "people")),
                         {"Arjuna Ranatunge", "Sanath Jayasurie", "Romesh Kaluwitharane", "Mark Lowe"})

    def test_a_list_of_two_unknown_names_stays_unknown(self):
        facts = digest("Velath Jayasurie and Mark Lowe arrived.")
        self.assertEqual(names(facts, "people"), ["Mark Lowe"])

    def test_a_model_number_is_no_score(self):
        facts = digest("The airline ordered a Velmont 747 for its route.")
        self.assertEqual(facts["organisations"], [])

    def test_a_town_without_a_position_stays_a_place(self):
        facts = digest("Tom Quist scored twice in Bristol on Saturday.")
        self.assertEqual(names(facts, "places"), ["Bristol"])

    def test_one_who_scored_for_a_side_is_a_person(self):
        facts = digest("Nicolo Velsavona scored for Orsk Rovers, who climbed out of the bottom three.")
        self.assertEqual(names(facts, "people"), ["Nicolo Velsavona"])

    def test_a_fixture_s_visitor_after_host_is_a_side(self):
        facts = digest("Velmar Rovers host West Tolham at the Velmar Ground on Saturday, and the ministry will "
                       "host Ana Velkar next week.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Rovers", "West Tolham"])
        self.assertEqual(names(facts, "people"), ["Ana Velkar"])

    def test_a_club_with_its_country_is_no_person(self):
        facts = digest("Results: Red Arrows (Poland) beat Dinamo (Romania) 2-1.")
        self.assertEqual(facts["people"], [])
        self.assertIn("Red Arrows", names(facts, "organisations"))

    def test_golfers_with_scores_stay_people(self):
        facts = digest("Leading scores:\nPeter Mitchell 70 68 69\n")
        self.assertEqual(names(facts, "people"), ["Peter Mitchell"])
        self.assertEqual(facts["organisations"], [])


class WorldPlaces(unittest.TestCase):
    """Cities and provinces of the reference lists count where the text says nothing else."""

    def test_provinces_and_cities_with_no_cue(self):
        facts = digest("Nangarhar has seen the worst of the fighting, officials said. "
                       "Traders from Gujranwala and Dera Ismail Khan protested against the new tax.")
        self.assertEqual(set(names(facts, "places")), {"Nangarhar", "Gujranwala", "Dera Ismail Khan"})
        self.assertEqual(names(facts, "people"), [])

    def test_other_spellings_of_a_listed_city(self):
        facts = digest("Traders from Khan Younis, Beit Lahiya and Mykolaiv protested against the new tax. "
                       "Ana Amano said so.")
        self.assertEqual(names(facts, "places"), ["Khan Younis", "Beit Lahiya", "Mykolaiv"])
        self.assertEqual(names(facts, "people"), ["Ana Amano"])

    def test_a_city_after_in_before_a_verb_of_saying_is_where_it_was_said(self):
        facts = digest("Medics at the Tolmer Hospital in Dera Ismail Khan said five people were hurt.")
        self.assertEqual(names(facts, "places"), ["Dera Ismail Khan"])
        self.assertEqual(facts["people"], [])

    def test_a_listed_province_with_state_after_it_is_a_place(self):
        facts = digest("Gunmen abducted pupils from a school in Niger State and in Zamfara State. Ohio State beat Velmar.")
        self.assertEqual(names(facts, "places"), ["Niger State", "Zamfara State"])
        self.assertIn("Ohio State", names(facts, "organisations"))

    def test_towns_of_fifty_thousand_people_count_too(self):
        facts = digest("Traders from Chautara and Turbat protested against the new tax.")
        self.assertEqual(names(facts, "places"), ["Chautara", "Turbat"])

    def test_districts_of_the_second_level_count_too(self):
        facts = digest("Relief reached Noakhali and Kurunegala by road.")
        self.assertEqual(names(facts, "places"), ["Noakhali", "Kurunegala"])

    def test_a_division_and_its_short_form_are_one_place(self):
        facts = digest("Floods hit Tolland Province on Monday. Roads in Tolland were closed, "
                       "and Tolland Street in the capital was under water.")
        places = {p["name"]: p for p in facts["places"]}
        self.assertEqual(places["Tolland Province"]["mentions"], 2)
        self.assertNotIn("Tolland", places)

    def test_a_county_a_city_or_a_chinese_region_and_its_short_form_are_one_place(self):
        for text, whole in (("Ballots were recounted in Tarwick County. Officials in Tarwick said the count "
                             "would end on Friday.", "Tarwick County"),
                            ("A port opened in Velhai City this year. Officials in Velhai said trade had doubled.", "Velhai City"),
                            ("Farmers in Velkar Zhuang Autonomous Region sold more rice. Traders in Velkar want a new "
                             "railway.", "Velkar Zhuang Autonomous Region")):
            places = {p["name"]: p for p in digest(text)["places"]}
            self.assertEqual(list(places), [whole], text)
            self.assertEqual(places[whole]["mentions"], 2, text)

    def test_a_special_administrative_region_is_a_place_and_its_short_form_the_same(self):
        facts = digest("Exports from Velkau SAR rose 4 per cent. Traders in Velkau expect more next year.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["places"]], [("Velkau SAR", 2)])
        self.assertEqual(facts["organisations"], [])

    def test_an_elided_de_keeps_a_name_whole(self):
        facts = digest("Cocoa growers in Cote d'Ivoire held back beans. Former minister Amélie Tarvin d'Orsenne "
                       "said on Monday that prices would rise in Côte d’Ivoire.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["places"]], [("Cote d'Ivoire", 2)])
        self.assertEqual(names(facts, "people"), ["Amélie Tarvin d'Orsenne"])

    def test_a_listed_place_is_one_name_whatever_joins_its_words(self):
        for place in ("Port Said", "Line of Actual Control", "Turks and Caicos Islands", "Sao Tome and Principe",
                      "Saint Vincent and the Grenadines", "Newcastle upon Tyne", "Frankfurt am Main"):
            text = f"Aid reached {place} on Monday, officials said."
            self.assertEqual(names(digest(text), "places"), [place], text)

    def test_a_listed_place_keeps_a_word_that_opens_other_names(self):
        for place in ("Western Cape", "Scottish Borders", "Prince Edward Island", "Saint Petersburg"):
            text = f"Aid reached {place} on Monday, officials said."
            facts = digest(text)
            self.assertEqual(names(facts, "places"), [place], text)
            self.assertEqual(facts["people"], [], text)

    def test_a_language_is_no_place(self):
        facts = digest("The minister spoke in Urdu and Pashto, and the notice was printed in Swahili. Officials in "
                       "Tolmar said so.")
        self.assertEqual(names(facts, "places"), ["Tolmar"])
        self.assertEqual(facts["organisations"], [])

    def test_lands_joined_by_a_hyphen_are_each_a_place(self):
        facts = digest("India-Pakistan talks resumed on Monday. The Russia-Ukraine war and Sino-U.S. ties were on the "
                       "agenda, and U.S.-China trade too.")
        self.assertEqual(names(facts, "places"), ["India", "Pakistan", "Russia", "Ukraine", "U.S.", "China"])

    def test_a_firm_named_for_two_lands_stays_whole(self):
        facts = digest("Kenya-Pacific Corp. raised its bid. Kenya-Pacific said on Monday that the offer was final.")
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]], [("Kenya-Pacific Corp", 2)])
        self.assertEqual(facts["places"], [])

    def test_a_town_joined_by_hyphens_is_no_title_though_a_title_ends_it(self):
        facts = digest("Aid reached Port-au-Prince on Monday, Lieutenant-Colonel Ana Velkor said.")
        self.assertEqual(names(facts, "places"), ["Port-au-Prince"])
        self.assertEqual(roles(facts), [("Ana Velkor", "Lieutenant-Colonel")])
        facts = digest("Sub-Inspector Abul Velkazad and Ex-PM Nawaz Velsharif met on Monday.")
        self.assertEqual(roles(facts), [("Abul Velkazad", "Sub-Inspector"), ("Nawaz Velsharif", "Ex-PM")])

    def test_a_city_named_for_a_listed_land_is_not_that_land(self):
        facts = digest("Protesters marched in Mexico City on Sunday. Mexico will vote in June.")
        self.assertEqual(names(facts, "places"), ["Mexico City", "Mexico"])

    def test_place_cue_words_of_the_beat(self):
        for sentence, place in (("Troops said the Dharal sector was quiet on Sunday.", "Dharal"),
                                ("Trucks waited for days at the Sarkot crossing.", "Sarkot"),
                                ("Officials said Velmora tehsil had no power for a week.", "Velmora"),
                                ("Families fled to the Kharzai refugee camp.", "Kharzai"),
                                ("Rescuers reached Tapanuli Velgah regency by boat.", "Tapanuli Velgah"),
                                ("Voters in the Orsvik canton said no.", "Orsvik")):
            self.assertEqual(names(digest(sentence), "places"), [place], sentence)

    def test_a_city_named_after_no_city_is_no_club(self):
        facts = digest("The concert was held in Atlantic City last spring. Manchester City won 2-1.")
        self.assertEqual(names(facts, "places"), ["Atlantic City"])
        self.assertEqual(names(facts, "organisations"), ["Manchester City"])

    def test_official_names_of_countries_are_the_countries(self):
        facts = digest("Envoys of the Russian Federation and the Kingdom of Morocco met in Bermuda. "
                       "Morocco said the talks would go on.")
        places = {p["name"]: p for p in facts["places"]}
        self.assertEqual(set(places), {"Russian Federation", "Kingdom of Morocco", "Bermuda"})
        self.assertEqual(places["Kingdom of Morocco"]["mentions"], 2)  # and "Morocco"
        self.assertEqual(names(facts, "organisations"), [])

    def test_a_listed_city_that_plays_is_a_club(self):
        facts = digest("Sialkot 212 and 180, Mardan 301.\nMardan won by an innings.")
        self.assertNotIn("Sialkot", names(facts, "places"))

    def test_a_listed_city_as_a_surname_stays_a_person(self):
        facts = digest("Professor Ellen Darwin of Corvale University said the plan would fail. "
                       "Darwin added that the costs were too high.")
        self.assertNotIn("Darwin", names(facts, "places"))
        self.assertIn("Ellen Darwin", names(facts, "people"))


class KnownOrganisations(unittest.TestCase):
    def test_brothers_abbreviated_go_on_into_the_name_after(self):
        facts = digest("Tarwick Bros. Pictures said on Friday that it would split in two.")
        self.assertEqual(names(facts, "organisations"), ["Tarwick Bros. Pictures"])
        self.assertEqual(facts["people"], [])

    def test_an_arabic_article_written_apart_opens_a_name(self):
        facts = digest("Fighters of al Velkab attacked a base on Monday. Officials said al Velkab had lost men, and "
                       "that Abu Tarik al Velmani was killed.")
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]], [("al Velkab", 2)])
        self.assertEqual(names(facts, "people"), ["Abu Tarik al Velmani"])

    def test_a_paper_after_an_editorial_in_is_a_body(self):
        facts = digest("An editorial in Velkompas said the army had moved, and Ana Ruiz wrote in Tolmar Times that "
                       "talks had failed.")
        self.assertEqual(names(facts, "organisations"), ["Velkompas", "Tolmar Times"])
        self.assertEqual(facts["places"], [])

    def test_initials_joined_by_an_ampersand_name_a_body(self):
        facts = digest("Shares of V&T rose after KT&G cut prices, and the ratings agency S&P held its view. Spending "
                       "on R&D and M&A grew, the chief executive said in a Q&A.")
        self.assertEqual(names(facts, "organisations"), ["V&T", "KT&G", "S&P"])

    def test_listed_organisations_with_no_cue(self):
        facts = digest("Huawei and Petronas signed the deal, Xinhua reported. The IAEA sent inspectors.")
        self.assertEqual(set(names(facts, "organisations")), {"Huawei", "Petronas", "Xinhua", "IAEA"})

    def test_the_taliban_with_no_cue(self):
        facts = digest("Tolmer's demand is simple: the Taliban must rein in the militants, officials said.")
        self.assertEqual(names(facts, "organisations"), ["Taliban"])

    def test_an_acronym_said_as_a_word_in_title_case(self):
        facts = digest("Nato foreign ministers met on Wednesday. Unicef and Opec sent envoys.")
        self.assertEqual(names(facts, "organisations"), ["Nato", "Unicef", "Opec"])
        self.assertEqual(facts["people"], [])
        facts = digest("Nato keeps quiet\n\nThe North Atlantic Treaty Organisation gave no comment. A NATO official "
                       "said talks went on.")
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]],
                         [("North Atlantic Treaty Organisation", 3)])

    def test_a_headline_in_capitals_keeps_the_acronym(self):
        facts = digest("UEFA REWARDS TWO CLUBS\n\nTwo clubs won places in a UEFA competition on Monday.")
        self.assertEqual(names(facts, "organisations"), ["UEFA"])

    def test_clubs_of_the_uefa_ranking_named_like_people(self):
        facts = digest("Tolland travel to Aston Villa on Saturday, and Crystal Palace host Orsk.")
        self.assertEqual(names(facts, "organisations"), ["Aston Villa", "Crystal Palace", "Orsk"])
        self.assertEqual(facts["people"], [])

    def test_companies_of_the_global_500_named_like_people(self):
        facts = digest("Fannie Mae and Freddie Mac sold bonds, and Reliance Industries bought a stake in Velmar.")
        self.assertEqual(names(facts, "organisations"), ["Fannie Mae", "Freddie Mac", "Reliance Industries", "Velmar"])
        self.assertEqual(facts["people"], [])

    def test_parliaments_and_federal_agencies_from_their_published_lists(self):
        facts = digest("The Knesset and the Bundestag debated the plan. The Smithsonian Institution and the "
                       "Voice of America (VOA) agreed. VOA said so.")
        self.assertEqual(names(facts, "organisations"),
                         ["Knesset", "Bundestag", "Smithsonian Institution", "Voice of America"])
        self.assertEqual(facts["people"] + facts["places"], [])

    def test_a_university_known_by_one_word(self):
        facts = digest("Economists at Yale and Stanford disagreed with the Tolland study.")
        self.assertEqual(names(facts, "organisations"), ["Yale", "Stanford"])
        self.assertEqual(facts["places"], [])

    def test_clubs_of_the_uefa_ranking_without_a_cue(self):
        facts = digest("Juventus and Feyenoord both signed players from Tolland Rovers on Friday.")
        self.assertEqual(names(facts, "organisations"), ["Juventus", "Feyenoord", "Tolland Rovers"])

    def test_sport_s_governing_bodies(self):
        facts = digest("CONCACAF said so. The International Cricket Council and the ICC agreed.")
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]],
                         [("CONCACAF", 1), ("International Cricket Council", 2)])

    def test_rating_agencies_and_the_index_publisher(self):
        facts = digest("Fitch cut Tolland's rating on Monday, and Dow Jones reported it first.")
        self.assertEqual(names(facts, "organisations"), ["Fitch", "Dow Jones"])
        self.assertEqual(facts["people"], [])

    def test_parties_pollsters_and_papers_with_no_head_word(self):
        facts = digest("Likud and Fatah officials met. Gallup polled Tolland voters, USA Today and Newsweek reported.")
        self.assertEqual(names(facts, "organisations"), ["Likud", "Fatah", "Gallup", "USA Today", "Newsweek"])
        self.assertEqual(facts["people"] + facts["places"], [])

    def test_large_private_companies(self):
        facts = digest("OpenAI and ByteDance hired engineers in Tolland.")
        self.assertEqual(names(facts, "organisations"), ["OpenAI", "ByteDance"])

    def test_listed_organisations_side_by_side_are_each_one(self):
        facts = digest("In the latest CNN USA Today Gallup survey, Tolland voters favoured the plan.")
        self.assertEqual(names(facts, "organisations"), ["CNN", "USA Today", "Gallup"])

    def test_a_run_with_an_unlisted_word_is_read_as_before(self):
        facts = digest("Shares of Velmar Bank of China Holdings rose.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Bank of China Holdings"])

    def test_designated_groups_under_the_names_news_uses(self):
        facts = digest("Officials in Tolmer blamed Islamic Jihad and the Tamil Tigers. "
                       "Attacks by the TTP and the BLA rose.")
        self.assertEqual(names(facts, "organisations"), ["Islamic Jihad", "Tamil Tigers", "TTP", "BLA"])

    def test_a_listed_name_with_a_small_word_inside_is_whole(self):
        facts = digest("Doctors Without Borders said the clinic in Tolmer was hit. Save the Children agreed.")
        self.assertEqual(names(facts, "organisations"), ["Doctors Without Borders", "Save the Children"])
        self.assertEqual(facts["people"], [])

    def test_common_words_of_firms_names_are_left_out(self):
        facts = digest("Total sales fell. Shell casings were found near the Apple orchard.")
        self.assertEqual(facts["organisations"], [])


class SectorWords(unittest.TestCase):
    def test_a_firm_joins_two_sector_words(self):
        self.assertEqual(names(digest("Shares of Corvale Oil and Gas Co. rose."), "organisations"),
                         ["Corvale Oil and Gas Co"])
        self.assertEqual(names(digest("Tolland Motor Co. and Auto Workers Union agreed."), "organisations"),
                         ["Tolland Motor Co", "Auto Workers Union"])

    def test_limited_ends_a_firm_s_name(self):
        facts = digest("Velmar Fertilizers Limited and Orsk Textiles (Pvt) Ltd signed a deal. Velmar Fertilizers gained.")
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]],
                         [("Velmar Fertilizers Limited", 2), ("Orsk Textiles (Pvt) Ltd", 1)])

    def test_a_given_name_after_and_begins_a_second_firm(self):
        facts = digest("Shares of Velmar Axiata and John Orsk Holdings fell.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Axiata", "John Orsk Holdings"])


class PartyFactions(unittest.TestCase):
    def test_a_faction_after_a_hyphen_and_its_acronym(self):
        facts = digest("The Corvale National League-Arif (CNL-A) won 40 seats. The CNL-A will lead the coalition.")
        self.assertEqual([(o["name"], o["acronym"]) for o in facts["organisations"]],
                         [("Corvale National League-Arif", "CNL-A")])
        self.assertEqual(facts["people"], [])

    def test_a_faction_in_brackets_after_a_partys_name(self):
        facts = digest("The Tolland Janata Party (Ram Velan), led by Ana Ruiz, won one seat; the Velmar Sena (Secular) "
                       "two and the Orsk People's Party (OPP) three.")
        self.assertEqual(names(facts, "organisations"),
                         ["Tolland Janata Party (Ram Velan)", "Velmar Sena (Secular)", "Orsk People's Party"])
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])

    def test_a_faction_after_a_party_of_a_place_and_a_creed_after_an_acronym(self):
        facts = digest("The Workers' Party of Tarvia (Marxist) and the TCP (Maoist Centre) quit the coalition.")
        self.assertEqual(names(facts, "organisations"),
                         ["Workers' Party of Tarvia (Marxist)", "TCP (Maoist Centre)"])

    def test_a_faction_s_letters_that_open_no_word_of_the_name(self):
        facts = digest("Velmar Sena (UBT) MLA Ravi Tarosh questioned the cost. The Nationalist Tolland Party (SP) "
                       "and the Tolland National Party (TNP) agreed.")
        self.assertEqual([(o["name"], o["acronym"]) for o in facts["organisations"]],
                         [("Velmar Sena (UBT)", None), ("Nationalist Tolland Party (SP)", None),
                          ("Tolland National Party", "TNP")])

    def test_no_faction_from_a_cited_agency_or_a_place(self):
        facts = digest("Sources in the Tolland Congress (Reuters) said the TCP (Velkara) branch would split.")
        self.assertIn("Tolland Congress", names(facts, "organisations"))
        self.assertIn("Reuters", names(facts, "organisations"))
        self.assertNotIn("TCP (Velkara)", names(facts, "organisations"))


class BorrowedHeadWords(unittest.TestCase):
    """Organisation head words of the languages news borrows from: Urdu and Hindi,
    Arabic, Spanish; and English ones for corps, programmes and facilities."""

    def test_fitna_opens_a_group_s_designation_despite_its_particle(self):
        facts = digest('Eleven militants of the "Fitna al Velkarij" were killed, officials said.')
        self.assertEqual((names(facts, "organisations"), facts["people"]), (["Fitna al Velkarij"], []))

    def check(self, sentence, organisations):
        facts = digest(sentence)
        self.assertEqual(set(names(facts, "organisations")), set(organisations))
        self.assertEqual(names(facts, "people"), [])

    def test_urdu_and_hindi_heads(self):
        self.check("Supporters of Tehreek Insaf Awam blocked roads near the city.", {"Tehreek Insaf Awam"})
        self.check("The Lok Sena and the Rashtriya Kisan Dal walked out of the assembly.",
                   {"Lok Sena", "Rashtriya Kisan Dal"})
        self.check("The Velar Rashtra Samithi joined the Kisan Tolar Sangathan and the Awami Ittehad.",
                   {"Velar Rashtra Samithi", "Kisan Tolar Sangathan", "Awami Ittehad"})
        self.check("Journalists protested outside the People's Majlis on Tuesday.", {"People's Majlis"})

    def test_a_mosque_or_a_seminary_opens_its_name(self):
        self.check("Funeral prayers will be offered at Jamia Masjid Velansari on Wednesday.",
                   {"Jamia Masjid Velansari"})
        self.check("Students of Darul Uloom Velkania protested.", {"Darul Uloom Velkania"})

    def test_a_head_word_joined_by_a_particle(self):
        self.check("Police blamed Jamaat-ud-Tawheed for the attack.", {"Jamaat-ud-Tawheed"})

    def test_arabic_and_spanish_heads(self):
        self.check("Fighters of Jabhat Nour al-Wadi withdrew from the town.", {"Jabhat Nour al-Wadi"})
        self.check("Partido Verde won 40 seats, ahead of Frente Civico.", {"Partido Verde", "Frente Civico"})

    def test_a_refinery_is_a_body(self):
        self.check("Velkote Refinery, the region's largest, said it had begun exporting petrol.", {"Velkote Refinery"})

    def test_a_film_house_is_a_body(self):
        self.check("The film will release on Eid next year, Velraj Films said.", {"Velraj Films"})

    def test_corps_programmes_and_facilities(self):
        self.check("The Velmont Program would end at the Tolland Complex.", {"Velmont Program", "Tolland Complex"})

    def test_a_person_with_a_particle_stays_a_person(self):
        facts = digest("Misbah-ul-Karim scored 80 before lunch on Friday.")
        self.assertEqual(names(facts, "people"), ["Misbah-ul-Karim"])


class Places(unittest.TestCase):
    def test_the_place_a_title_names(self):
        facts = digest("Ana Silva, the Governor of Ohio, met Secretary of Defense Omar Haddad.")
        self.assertEqual(names(facts, "places"), ["Ohio"])
        self.assertEqual(names(facts, "organisations"), ["Defense"])
        self.assertEqual(set(names(facts, "people")), {"Ana Silva", "Omar Haddad"})

    def test_a_portfolio_after_for_is_no_organisation(self):
        facts = digest("Maria Lopez, Minister for Information, resigned.")
        self.assertEqual(facts["organisations"], [])

    def test_place_nouns_before_of(self):
        facts = digest("Soldiers entered the village of Karezgai at dawn.")
        self.assertEqual(names(facts, "places"), ["Karezgai"])

    def test_dateline_in_capitals_is_the_same_place(self):
        facts = digest("NAIROBI, Nov 20 (Reuters) - Police in Nairobi said on Sunday that roads had reopened.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["places"]], [("Nairobi", 2)])

    def test_grounds_and_parks_are_places(self):
        facts = digest("The final will be played at Ravenhill Park, not at Kingsport Ground.")
        self.assertEqual(names(facts, "places"), ["Ravenhill Park", "Kingsport Ground"])

    def test_town_and_state_abbreviation(self):
        facts = digest("The company, based in Evanston, Ill., said sales rose.")
        self.assertEqual(names(facts, "places"), ["Evanston", "Ill."])
        self.assertEqual(facts["people"], [])

    def test_a_town_after_in_at_the_start_of_a_sentence(self):
        facts = digest("In Tolland, Ind., the bridge reopened. Mount Vernon, Ohio, is quiet.")
        self.assertEqual(names(facts, "places"), ["Tolland", "Ind.", "Mount Vernon", "Ohio"])

    def test_a_signature_with_a_body_before_the_town(self):
        facts = digest("Ana K. Ruiz\nPresident Velmont Heritage Foundation Arden, N.J.\nCorwin R.D. Orsk Hadley, N.Y.")
        self.assertEqual(names(facts, "places"), ["Arden", "N.J.", "Hadley", "N.Y."])
        self.assertEqual(names(facts, "organisations"), ["Velmont Heritage Foundation"])
        self.assertEqual(names(facts, "people"), ["Ana K. Ruiz", "Corwin R.D. Orsk"])

    def test_a_town_before_its_country(self):
        facts = digest("The jet fell over Ardloch, Scotland. Five crew are missing. Corwin Dale, Oman.")
        self.assertEqual(names(facts, "places"), ["Ardloch", "Scotland", "Oman"])
        self.assertEqual(names(facts, "people"), ["Corwin Dale"])

    def test_a_company_suffix_ends_the_firms_name(self):
        facts = digest("Phones made by Tolland Electronics Corp of Taiwan arrived.")
        self.assertEqual(names(facts, "organisations"), ["Tolland Electronics Corp"])
        self.assertEqual(names(facts, "places"), ["Taiwan"])

    def test_small_countries_are_listed(self):
        facts = digest("Ministers from Samoa, Tonga and Vanuatu met envoys of Cape Verde.")
        self.assertEqual(names(facts, "places"), ["Samoa", "Tonga", "Vanuatu", "Cape Verde"])

    def test_national_capitals_are_listed(self):
        facts = digest("Officials said Ouagadougou and Lusaka had agreed; Tegucigalpa had not.")
        self.assertEqual(names(facts, "places"), ["Ouagadougou", "Lusaka", "Tegucigalpa"])

    def test_regions_rivers_and_mountains_are_listed(self):
        facts = digest("Officials said the Levant, the Pyrenees, the Mekong and Guangxi were affected.")
        self.assertEqual(names(facts, "places"), ["Levant", "Pyrenees", "Mekong", "Guangxi"])

    def test_a_lawmakers_party_and_state(self):
        facts = digest("Rep. Ana Ruiz (D., Minn.) opposed the bill.")
        self.assertEqual(names(facts, "places"), ["Minn."])
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])
        facts = digest("Sen. Ana Ruiz, D-N.Y., and Rep. Dana Whitfield (R-Texas) agreed on D-Day.")
        self.assertEqual(names(facts, "places"), ["N.Y.", "Texas"])

    def test_a_town_before_a_state_written_out(self):
        facts = digest("A Corvale, Ohio, pollster agreed with Sen. Ana Ruiz, Kansas, "
                       "and with a firm based in Ann Lisle, Mich.")
        self.assertEqual(names(facts, "places"), ["Corvale", "Ohio", "Kansas", "Ann Lisle", "Mich."])
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])

    def test_a_dateline_in_ordinary_capitals(self):
        facts = digest("Xinhua News Agency, Tarvale, March 12, by reporter Ana Ruiz\n"
                       "Yesterday, March 3 was a holiday there.")
        self.assertEqual(names(facts, "places"), ["Tarvale"])

    def test_abbreviated_compass_points_in_country_names(self):
        facts = digest("N. Korea warned S. Korea over the drills. S. Korean officials said no.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["places"]], [("N. Korea", 1), ("S. Korea", 2)])
        self.assertEqual(facts["people"], [])

    def test_a_city_named_de_its_country(self):
        facts = digest("The novel is set in Santiago de Chile, and Luis de Arana wrote it.")
        self.assertEqual(names(facts, "places"), ["Santiago de Chile"])
        self.assertEqual(names(facts, "people"), ["Luis de Arana"])

    def test_a_place_before_a_ruled_suffix(self):
        facts = digest("Trade grew in British-ruled Hong Kong.")
        self.assertEqual(names(facts, "places"), ["Hong Kong"])
        self.assertEqual(facts["people"], [])

    def test_a_hyphenated_adjective_of_peoples_is_no_place(self):
        facts = digest("Talks broke down in Sino-Japanese and in Indo-Pakistani talks.")
        self.assertEqual(facts["places"], [])

    def test_boroughs_and_older_names_of_cities(self):
        facts = digest("Officials said Brooklyn and Saigon had agreed, and Harlem had not.")
        self.assertEqual(names(facts, "places"), ["Brooklyn", "Saigon", "Harlem"])

    def test_province_cue(self):
        facts = digest("Floods hit parts of Gilgit Baltistan province and the town of Chitral.")
        self.assertIn("Gilgit Baltistan", names(facts, "places"))

    def test_demonyms_count_as_mentions_not_places(self):
        facts = digest("Kenya said Kenyan troops would stay. Ugandan officials agreed.")
        places = {p["name"]: p["mentions"] for p in facts["places"]}
        self.assertEqual(places, {"Kenya": 2})

    def test_a_demonym_of_a_man_or_woman_names_nobody(self):
        facts = digest("Lin Baptiste made 64, and Corwin Tarrow, the Englishman, added 41. The Frenchwoman won.")
        self.assertEqual(facts["organisations"], [])
        self.assertEqual(facts["places"], [])

    def test_rivers_named_in_a_list(self):
        facts = digest("The Tolva and Marsk rivers burst their banks, and the Tolva rose 40 cm on Friday.")
        self.assertEqual(names(facts, "places"), ["Tolva", "Marsk"])
        self.assertEqual(facts["organisations"], [])

    def test_south_asian_subdistricts(self):
        facts = digest("Twenty people were hurt in Tolmer's Oskavi upazila and in the Kelvar and Darsi talukas.")
        self.assertEqual(names(facts, "places"), ["Tolmer", "Oskavi", "Kelvar", "Darsi"])

    def test_a_town_in_capitals_before_a_date_is_a_dateline(self):
        facts = digest("TOLMER, Dec 2 (Velmar News) - Twenty-one people were hurt in a clash.")
        self.assertEqual(names(facts, "places"), ["Tolmer"])
        self.assertNotIn("TOLMER", names(facts, "organisations"))

    def test_stan_lands(self):
        facts = digest("Violence spread from North Waziristan to Kurram.")
        self.assertIn("North Waziristan", names(facts, "places"))

    def test_capital_letter_headline_is_not_read_as_names(self):
        facts = digest("PRICES SURGE AS MARKETS OPEN\nPrices rose in Tokyo.")
        self.assertEqual(names(facts, "places"), ["Tokyo"])
        self.assertEqual(facts["people"], [])


class MembersOfAHouseInAnApposition(unittest.TestCase):
    def test_an_mp_or_an_mla_in_an_apposition_makes_a_person(self):
        facts = digest("Zorvan Teltiq, a Tolland Labour MP, resigned. Ravik Orsam, an MLA from Velpur, stayed.")
        self.assertEqual(roles(facts), [("Zorvan Teltiq", "a Tolland Labour MP"),
                                        ("Ravik Orsam", "an MLA from Velpur")])

    def test_an_mp_word_alone_is_still_no_person(self):
        facts = digest("The MP resigned, and an MLA stayed.")
        self.assertEqual(facts["people"], [])


class TitlesOfSeveralPeople(unittest.TestCase):
    def test_a_plural_title_makes_every_name_of_its_list_a_person(self):
        facts = digest("A bench of Justices Joranvi Baskhet and Vipul Tarnoli issued notice.")
        self.assertEqual(names(facts, "people"), ["Joranvi Baskhet", "Vipul Tarnoli"])

    def test_a_singular_title_before_a_list_does_not(self):
        facts = digest("A bench of Justice Joranvi Baskhet and Velmar Tarnoli Holdings met.")
        self.assertEqual(names(facts, "people"), ["Joranvi Baskhet"])


class NamesThatQualifyANoun(unittest.TestCase):
    def test_a_name_before_government_does_not_speak_the_quotation(self):
        facts = digest("Talks ended.\n\nParty leader Arun Velkar, a former minister, said the Tarrow government "
                       "was \"handing the hills to the mining lobby\".")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Arun Velkar"])


class AFirmNamedAfterAPersonAfterAnd(unittest.TestCase):
    def test_a_given_name_after_and_opens_a_second_firm(self):
        facts = digest("Shares fell, led by Orskala and John Velkeen Holdings.")
        self.assertEqual(names(facts, "organisations"), ["John Velkeen Holdings"])

    def test_two_given_names_before_a_foundation_are_one_name(self):
        facts = digest("The Tomas and Elena Varkov Foundation gave $5 million.")
        self.assertEqual(names(facts, "organisations"), ["Tomas and Elena Varkov Foundation"])


class ACoalitionBeforeItsName(unittest.TestCase):
    def test_a_coalition_or_a_bloc_before_a_name(self):
        facts = digest("The Peronist coalition Velza Patria has 93 deputies, and the bloc Orsk Unida has 20.")
        self.assertEqual(names(facts, "organisations"), ["Velza Patria", "Orsk Unida"])


class ResearchFirmsAndForeignPapers(unittest.TestCase):
    def test_a_name_ending_in_research_or_zeitung_is_an_organisation(self):
        facts = digest("Velcount Research expects prices to rise, Ana Ruiz wrote in the Tarmer Allgemeine Zeitung.")
        self.assertEqual(names(facts, "organisations"), ["Velcount Research", "Tarmer Allgemeine Zeitung"])

    def test_a_carmaker_named_motor_opening_a_sentence(self):
        facts = digest("Sales fell in May. Kestrel Motor India and Orsk Motor said they would cut output. "
                       "The Motor Vehicles Act was amended.")
        self.assertEqual(names(facts, "organisations"), ["Kestrel Motor India", "Orsk Motor"])


class FamilyNamesOfNepalBangladeshAndSriLanka(unittest.TestCase):
    def test_a_listed_family_name_makes_a_person_without_a_cue(self):
        facts = digest("Officials said Rabik Thapa, Norvi Shrestha and Velan Dissanayake were held.")
        self.assertEqual(names(facts, "people"), ["Rabik Thapa", "Norvi Shrestha", "Velan Dissanayake"])


class ACoordinatorBeforeAName(unittest.TestCase):
    def test_a_role_in_lower_case_does_not_reach_over_and_into_a_body(self):
        facts = digest("The petitions were filed by the Tolland High Court Bar Association and former senator "
                       "Mustafa Velkhar.")
        self.assertEqual(roles(facts), [("Mustafa Velkhar", "former senator")])

    def test_a_title_with_of_before_its_acronym_is_the_role(self):
        facts = digest("Inspector General of Police (IGP) Sangram Velkir said more arrests were likely. "
                       "Superintendent of Police (SP) Arvind Tolkar agreed.")
        self.assertEqual(roles(facts), [("Sangram Velkir", "Inspector General of Police"),
                                        ("Arvind Tolkar", "Superintendent of Police")])
        self.assertEqual(names(facts, "organisations"), [])

    def test_a_role_word_opening_a_sentence_before_an_unlisted_name_is_the_role(self):
        facts = digest("Victim Hafez Velkim, 38, was found dead in a paddy field.")
        self.assertEqual(roles(facts), [("Hafez Velkim", "Victim")])

    def test_a_role_word_after_a_hyphen_heads_a_role(self):
        facts = digest("Talks ended.\n\nVPD co-leader Lars Velkbeil said the deal was good. West Tarvian all-rounder "
                       "Phil Velmons took four wickets.")
        self.assertEqual(roles(facts), [("Lars Velkbeil", "VPD co-leader"), ("Phil Velmons", "West Tarvian all-rounder")])

    def test_an_administrator_is_a_role(self):
        facts = digest('"We touched ice," said Nicky Velfox, the agency\'s associate administrator for science.')
        self.assertEqual(roles(facts), [("Nicky Velfox", "the agency's associate administrator for science")])

    def test_a_specialist_opening_a_sentence_before_a_name_is_the_role(self):
        facts = digest("Talks ended.\n\nEntomologist Kabirul Velbashar of Orsk University said density was "
                       "higher. Cardiologist Ana Velrova agreed.")
        self.assertEqual(roles(facts), [("Kabirul Velbashar", "Entomologist"), ("Ana Velrova", "Cardiologist")])

    def test_md_before_a_name_is_part_of_it(self):
        facts = digest("Md. Jashim Velkuddin, 42, and Sk. Rubel Orskain, 35, were held. Officials in "
                       "Tolland, Md. Tom Velkir said the plant would close.")
        self.assertEqual(names(facts, "people"), ["Md. Jashim Velkuddin", "Sk. Rubel Orskain", "Tom Velkir"])

    def test_a_place_cue_keeps_a_bodys_first_word_a_place(self):
        facts = digest("Police arrested a man in Velpur upazila. Officer-in-Charge (OC) of Velpur Police Station "
                       "Md Joynal Orskain said he fled.")
        self.assertEqual((names(facts, "places"), names(facts, "organisations")),
                         (["Velpur"], ["Velpur Police Station"]))

    def test_in_before_a_bodys_first_word_makes_it_the_town(self):
        facts = digest("Four men were shot in Velpur, on the outskirts of the city. Inspector Joynal Orskain "
                       "of Velpur Police Station said two were held.")
        self.assertEqual((names(facts, "places"), names(facts, "organisations")),
                         (["Velpur"], ["Velpur Police Station"]))

    def test_in_before_a_firms_first_word_leaves_it_the_firm(self):
        facts = digest("Tarvia Capital bought a stake in Velcom Corp. last year. It now holds 9% in Velcom.")
        self.assertEqual((names(facts, "places"), names(facts, "organisations")),
                         ([], ["Tarvia Capital", "Velcom Corp"]))

    def test_small_island_states_name_no_island(self):
        facts = digest("Small island states called the outcome weak. Fishermen on Velkar island said so.")
        self.assertEqual(names(facts, "places"), ["Velkar"])

    def test_a_side_that_held_another_to_a_draw(self):
        facts = digest("Tolland United were held to a 1-1 draw by East Velham on Thursday. Kelvar Rovers earned a "
                       "goalless draw with Upper Kelvin.")
        self.assertEqual(names(facts, "organisations"), ["Tolland United", "East Velham", "Kelvar Rovers", "Upper Kelvin"])

    def test_a_masjid_a_mandir_and_a_gurdwara_are_bodies_as_a_mosque_is(self):
        facts = digest("Pilgrims gathered at the Velmar Masjid and the Tolpur Gurdwara on Friday.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Masjid", "Tolpur Gurdwara"])

    def test_a_places_initials_used_apart_are_the_place(self):
        facts = digest("GB govt announces Rs10bn package\nGILGIT: The Gilgit-Baltistan government on Monday "
                       "announced a package. NZ exporters and New Zealand officials welcomed it.")
        self.assertEqual(names(facts, "places"), ["Gilgit-Baltistan", "Gilgit", "New Zealand"])
        self.assertEqual(names(facts, "organisations"), [])

    def test_a_body_runs_not_into_the_person_after_it(self):
        facts = digest("Leader of the Opposition in the Assembly Suvrat Adhikari claimed fraud. A spokesman for "
                       "Orsk Police Velmir Qureshi said two men were held.")
        self.assertEqual(names(facts, "people"), ["Suvrat Adhikari", "Velmir Qureshi"])
        self.assertEqual(names(facts, "organisations"), ["Orsk Police"])

    def test_mountains_rivers_and_straits_are_places(self):
        facts = digest("The frog was found in the Western Ghats. Ships queued at the Strait of Malacca while "
                       "floods swelled the Brahmaputra.")
        self.assertEqual(names(facts, "places"), ["Western Ghats", "Strait of Malacca", "Brahmaputra"])

    def test_a_country_after_a_place_is_a_name_of_its_own(self):
        facts = digest("He vowed to keep the Golan Heights Israel took in 1967. Gulf Kenya Resources Ltd "
                       "bought the field.")
        self.assertEqual(names(facts, "places"), ["Golan Heights", "Israel"])
        self.assertEqual(names(facts, "organisations"), ["Gulf Kenya Resources Ltd"])

    def test_an_institute_or_a_watchdog_in_lower_case_after_a_name(self):
        facts = digest("The Velkor institute said business sentiment fell in November. The Tarvo watchdog "
                       "fined two banks, and the Orskel think tank called for lower rates.")
        self.assertEqual(names(facts, "organisations"), ["Velkor", "Tarvo", "Orskel"])
        facts = digest("The party will be led by a 36-year-old activist who heads the Hamro Nadia organisation.")
        self.assertEqual((names(facts, "people"), names(facts, "organisations")), ([], ["Hamro Nadia"]))

    def test_a_saints_possessive_opens_the_name_of_a_body(self):
        facts = digest("Gunmen took 80 pupils from St. Kevin's Velmar School in Orsu. The injured were taken to "
                       "St Brigid's Hospital. St. Velkan's Square was sealed off.")
        self.assertEqual(names(facts, "organisations"), ["St. Kevin's Velmar School", "St Brigid's Hospital"])
        self.assertEqual(names(facts, "places"), ["Orsu", "St. Velkan's Square"])

    def test_south_asian_family_names_make_a_person_of_unlisted_given_names(self):
        facts = digest("The crowd cheered as Ruksana Bukhari arrived with Joynal Talukder and Velesh Kulkarni.")
        self.assertEqual(names(facts, "people"), ["Ruksana Bukhari", "Joynal Talukder", "Velesh Kulkarni"])

    def test_md_without_its_full_stop_opens_a_name(self):
        facts = digest("Police said Md Joynal Velkedin fled. Officer-in-Charge of Tarpur Police Station Md Rubel "
                       "Orskain said a case was filed. Mohd Hafiz Velraman, 51, was held.")
        self.assertEqual(names(facts, "people"), ["Md Joynal Velkedin", "Md Rubel Orskain", "Mohd Hafiz Velraman"])
        self.assertEqual(names(facts, "organisations"), [])

    def test_a_listed_bodys_office_in_a_country_is_a_body(self):
        facts = digest("The district committee and UNICEF Kenya built 340 toilets in the ward.")
        self.assertEqual(names(facts, "organisations"), ["UNICEF Kenya"])

    def test_bhutanese_and_sri_lankan_titles(self):
        facts = digest("Lyonchhen Tshering Velgay opened the road. Ven. Omalpe Velkitha Thero said temples sheltered "
                       "6,000 people. Opposition MP Hon. Harsha de Velva agreed.")
        self.assertEqual(roles(facts), [("Tshering Velgay", "Lyonchhen"), ("Omalpe Velkitha Thero", "Ven."),
                                        ("Harsha de Velva", "Opposition MP Hon.")])

    def test_a_courtesy_title_after_a_portfolio_opens_the_name(self):
        facts = digest("Minister of Temple Affairs Dr. Hiniduma Sunil Velsevi visited the temple.")
        self.assertEqual(roles(facts), [("Hiniduma Sunil Velsevi", "Minister of Temple Affairs")])

    def test_katchi_names_a_party(self):
        facts = digest("Advocate K. Velu of the Tolland Makkal Katchi filed the plea.")
        self.assertEqual(names(facts, "organisations"), ["Tolland Makkal Katchi"])

    def test_a_collector_is_an_office(self):
        facts = digest("District Collector Ravi Velkumar said schools would stay shut. Collector (Customs) "
                       "Nadia Velrehman said the backlog was cleared.")
        self.assertEqual(roles(facts), [("Ravi Velkumar", "District Collector"),
                                        ("Nadia Velrehman", "Collector (Customs)")])

    def test_a_hyphenated_office_before_a_name_is_a_role(self):
        facts = digest("The union's secretary-general, Tomas Velkir, said members would strike. Its "
                       "vice-president Ana Orskova agreed.")
        self.assertEqual(roles(facts), [("Tomas Velkir", "union's secretary-general"),
                                        ("Ana Orskova", "vice-president")])

    def test_a_coordinator_between_commas_is_a_role(self):
        facts = digest("The Front's coordinator, Sudan Velkaro, said the decision was wrong.")
        self.assertEqual(roles(facts), [("Sudan Velkaro", "Front's coordinator")])


class PluralsOfCommonAbbreviations(unittest.TestCase):
    def test_atms_and_suvs_name_no_place(self):
        facts = digest("Thieves fitted devices to ATMs in Velmarpur. Police seized SUVs at the border.")
        self.assertEqual((names(facts, "places"), facts["organisations"]), (["Velmarpur"], []))


class AGivenNameThatIsACountry(unittest.TestCase):
    def test_the_country_alone_is_not_the_persons_short_form(self):
        facts = digest("Tarvian jets struck Velmar, Israel said. Defence Minister Israel Velkatz said Israel would "
                       "act. Velkatz spoke on Monday.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["people"]], [("Israel Velkatz", 2)])
        self.assertIn("Israel", names(facts, "places"))


class SpeakersInAnAppositionAfterAQuotation(unittest.TestCase):
    def test_a_name_then_its_role_between_commas_then_said(self):
        facts = digest("Talks ended.\n\n\"Competition is good for users,\" Nick Velturey, head of Orskchat, said "
                       "in a post.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Nick Velturey"])

    def test_not_after_a_quotation_that_ends_its_sentence(self):
        facts = digest("Talks ended.\n\n\"The market was quiet,\" said Nick Velmokov, a trader. \"We are a bit lower "
                       "with little business all day.\" Alex Orsbayan, a director at Velmar Securities, said prices fell.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Nick Velmokov", "Nick Velmokov"])


class AnAppositionAfterANameAndOf(unittest.TestCase):
    def test_the_apposition_is_the_name_s_not_its_town_s(self):
        facts = digest("Farai Velmoyo of Velkotwa, a teacher, agreed with the plan.")
        self.assertNotIn("Velkotwa", names(facts, "people"))
        facts = digest("Farai Velmoyo of Bulawayo, a teacher, agreed with the plan.")
        self.assertEqual((facts["people"], names(facts, "places")), ([], ["Bulawayo"]))


class AppositionsWithAnOwner(unittest.TestCase):
    def test_the_countrys_biggest_company_and_largest_city(self):
        facts = digest("Velcom, the country's biggest telecoms company, said so. Tolmerabad, the province's largest "
                       "city, was shut.")
        self.assertEqual((names(facts, "organisations"), names(facts, "places")), (["Velcom"], ["Tolmerabad"]))

    def test_a_firms_subsidiary(self):
        facts = digest("Velcom Ltd will build a smelter. Orsalis, Velcom's US-based subsidiary, reported a 12% "
                       "fall in profit.")
        self.assertEqual(names(facts, "organisations"), ["Velcom Ltd", "Orsalis"])

    def test_the_papers_publisher_is_no_firm(self):
        facts = digest("Lin Tovarski, the paper's publisher, said so.")
        self.assertEqual(facts["organisations"], [])


class ATeamsCueBeforeItsPreposition(unittest.TestCase):
    def test_transferred_to_a_city_names_its_club(self):
        facts = digest("Winger Ana Ruiz, transferred to Derby in 1992, joined Tolmer United on Monday. Ruiz fell "
                       "out with ex-Derby coach Lin Tovar last season.")
        self.assertIn("Derby", names(facts, "organisations"))
        self.assertNotIn("Derby", names(facts, "places"))

    def test_a_ground_after_at_stays_a_place(self):
        facts = digest("Tolmer United beat Orsk City 2-1 at Velmarsh Park on Sunday.")
        self.assertEqual(names(facts, "places"), ["Velmarsh Park"])


class UnknownNamesAfterIn(unittest.TestCase):
    def test_in_before_a_name_of_unknown_words_says_where(self):
        facts = digest("Clashes killed 50 civilians in Spin Velboldak on Monday.")
        self.assertEqual(names(facts, "places"), ["Spin Velboldak"])

    def test_not_before_a_possessive_a_numbered_part_or_after_to(self):
        facts = digest("The idea is in Ana Velkami's novel and in Article IV. Sales to Velmar Orskon rose.")
        self.assertEqual(facts["places"], [])


class BrandsWithACapitalInside(unittest.TestCase):
    def test_a_word_with_a_capital_after_small_letters_is_a_firm(self):
        facts = digest("Officials said VelTube removed the video and OrskGo cancelled 500 flights.")
        self.assertEqual(names(facts, "organisations"), ["VelTube", "OrskGo"])

    def test_not_a_family_names_prefix_nor_two_months(self):
        facts = digest("Officials said McVelkin and DiOrsko left. Prices (AugSep) rose.")
        self.assertEqual(facts["organisations"], [])


class TermsInQuotationMarks(unittest.TestCase):
    def test_a_term_after_a_is_nobodys_words(self):
        facts = digest("Talks ended.\n\nPolice spokesman Velan Adejobo said 13 girls had been rescued. The abduction "
                       "came after Tarvia named Tolland a \"country of particular concern\" over freedoms.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], [None])

    def test_the_speakers_words_go_on_in_the_next_sentence(self):
        facts = digest("Talks ended.\n\nAna Adejobo says the deal \"broadens the base for us all\". Other firms "
                       "\"are chasing the crowds every single day\".")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Ana Adejobo", "Ana Adejobo"])


class SpeakersTheStoryDoesNotName(unittest.TestCase):
    def test_a_firms_spokesperson_before_said_is_nobody_named(self):
        facts = digest("Talks ended. Officials met chief executive Pieter Velbers on Monday.\n\n\"We deeply regret "
                       "the delays to our customers,\" an Orskair spokesperson said.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], [None])
        self.assertEqual(names(facts, "organisations"), ["Orskair"])


class InitialsBeforeANameOfSouthIndia(unittest.TestCase):
    def test_undotted_initials_before_a_name_with_an_indian_ending(self):
        facts = digest("The minister and his deputy DK Velkumar met. Later BY Orsendra spoke.")
        self.assertEqual(names(facts, "people"), ["DK Velkumar", "BY Orsendra"])

    def test_initials_parted_by_spaces_open_a_name_too(self):
        facts = digest("Promoters including co-founder Ravi Tolkar and N R Velmurthy Kamath will not sell shares.")
        self.assertEqual(names(facts, "people"), ["Ravi Tolkar", "N R Velmurthy Kamath"])

    def test_spaced_initials_that_open_with_a_word_a_or_i_open_a_name(self):
        facts = digest("Talks ended. Justice A K Velkar heard the case with Justices S M Orsk and I D Maria Tolan.")
        self.assertEqual(roles(facts), [("A K Velkar", "Justice"), ("S M Orsk", "Justice"),
                                        ("I D Maria Tolan", "Justice")])

    def test_an_acronym_before_a_word_is_still_no_person(self):
        facts = digest("Officials of the TVP Velkumar unit met.")
        self.assertEqual(facts["people"], [])


class SpeakersAfterASentenceEndingInAName(unittest.TestCase):
    def test_a_name_after_to_and_a_full_stop_is_no_prepositions_object(self):
        facts = digest("Talks ended.\n\nLeaders called the plan too favourable to Orskgrad. Alliance Secretary General Mark "
                       "Velrutte said the alliance would \"keep supporting Tolland until the very end\".")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Mark Velrutte"])


class CourtesyTitlesAfterARank(unittest.TestCase):
    def test_a_barrister_s_or_an_engineer_s_title_leaves_the_office_before_it(self):
        facts = digest("Party chairman Barrister Gohar Velkhan said the rally would go ahead. Federal Minister "
                       "Engr Amir Velmuqam disagreed.")
        self.assertEqual(roles(facts), [("Gohar Velkhan", "Party chairman"), ("Amir Velmuqam", "Federal Minister")])

    def test_a_doctor_after_a_rank_belongs_to_the_name(self):
        facts = digest("The chief minister sought a report from Inspector General of Police Dr Velan Anwaki.")
        self.assertEqual(roles(facts), [("Velan Anwaki", "Inspector General of Police")])


class HonoursAwarded(unittest.TestCase):
    def test_the_honour_someone_is_awarded_names_no_one(self):
        facts = digest("The actor was awarded the Padma Velbhushan in 2012. Ana Ruiz was awarded the contract.")
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])


class HonoursAfterAName(unittest.TestCase):
    def test_a_british_honour_or_a_silk_ends_a_name_and_names_no_body(self):
        facts = digest("Talks ended. Ana Velkar OBE, the trust's chief, said so. Tom Orsk KC told the court.")
        self.assertEqual(names(facts, "people"), ["Ana Velkar", "Tom Orsk"])
        facts = digest("Talks ended. The director was appointed CBE in 1985 and made a dame in 2001.")
        self.assertEqual(facts["organisations"], [])


class MoreVerbsOfSaying(unittest.TestCase):
    def test_indicated_or_contended_after_a_name_make_it_a_speaker(self):
        facts = digest("Talks ended.\n\nWhile he backed the vote, Velortega indicated that aid would end. \"There is "
                       "far too much spare output,\" contended Charles Bradlo, an analyst.")
        self.assertEqual(names(facts, "people"), ["Velortega", "Charles Bradlo"])
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Charles Bradlo"])


class ListedNamesWithSmallWordsInside(unittest.TestCase):
    def test_a_listed_name_with_to_inside_is_whole(self):
        facts = digest("The Committee to Protect Journalists and Reporters Without Borders urged Ana Orskova to "
                       "veto the bill.")
        self.assertEqual(names(facts, "organisations"), ["Committee to Protect Journalists", "Reporters Without Borders"])
        self.assertEqual(names(facts, "people"), ["Ana Orskova"])

    def test_to_between_two_names_still_parts_them(self):
        facts = digest("Trains ran from Karachi to Lahore on Monday.")
        self.assertEqual(names(facts, "places"), ["Karachi", "Lahore"])


class WordsThatOpenALongBodysName(unittest.TestCase):
    def test_a_sentence_opening_word_is_no_short_form_of_a_long_name(self):
        facts = digest("Flood waters rose in Tolmer on Thursday. The river was above the danger mark, according to "
                       "the Flood Forecasting and Warning Centre (FFWC).")
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]],
                         [("Flood Forecasting and Warning Centre", 1)])

    def test_a_firms_first_word_inside_a_sentence_still_is(self):
        facts = digest("Velmarco Oil and Gas Corp posted a loss. Shares of Velmarco fell 3% on Monday.")
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]],
                         [("Velmarco Oil and Gas Corp", 2)])


class ListsWithOnePlaceForSure(unittest.TestCase):
    def test_a_list_of_three_with_one_listed_place_is_of_places(self):
        facts = digest("Outages hit Velmaro, Tolwaza and Karachi on Monday.")
        self.assertEqual(names(facts, "places"), ["Velmaro", "Tolwaza", "Karachi"])

    def test_a_listed_place_among_places_is_one_though_a_body_is_named_after_it(self):
        facts = digest("The Sinaloa Cartel grew. Farmers blocked roads in Velkaro, Sinaloa and Guanajuato.")
        self.assertEqual(names(facts, "places"), ["Velkaro", "Sinaloa", "Guanajuato"])
        self.assertEqual([(o["name"], o["aliases"]) for o in facts["organisations"]], [("Sinaloa Cartel", [])])

    def test_two_names_with_one_place_stay_as_they_were(self):
        facts = digest("Talks between Velmarco and Karachi stalled.")
        self.assertEqual(names(facts, "places"), ["Karachi"])

    def test_two_names_after_in_with_one_place_are_places(self):
        facts = digest("Police said clashes broke out in Tarvale and Oskavi.")
        self.assertEqual(names(facts, "places"), ["Tarvale", "Oskavi"])

    def test_two_names_after_in_with_one_person_stay_as_they_were(self):
        facts = digest("Police said clashes broke out in Tarvale and Ana Ruiz was hurt.")
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])


class LeadersTitledAfterTheirBody(unittest.TestCase):
    def test_an_ameer_after_a_partys_name_opens_a_person(self):
        facts = digest("Meanwhile, Jamaat-e-Velmar Ameer Shafiqur Tolrahman said his party would not join.")
        self.assertEqual(roles(facts), [("Shafiqur Tolrahman", "Jamaat-e-Velmar Ameer")])
        self.assertEqual(names(facts, "organisations"), ["Jamaat-e-Velmar"])

    def test_amir_opening_or_ending_a_name_is_a_given_name(self):
        facts = digest("Amir Velkhan won the fight, and Tolland bowler Mohammad Amir took three wickets.")
        self.assertEqual(names(facts, "people"), ["Amir Velkhan", "Mohammad Amir"])


class AGivenNameAfterAPossessiveNoun(unittest.TestCase):
    def test_a_given_name_after_the_partys_qualifies_a_noun(self):
        facts = digest("Reporters waited outside the party's Gulshan office on Monday.")
        self.assertEqual(facts["people"], [])

    def test_a_given_name_alone_still_is_a_person(self):
        facts = digest("The boat left before Leon could board.")
        self.assertEqual(names(facts, "people"), ["Leon"])


if __name__ == "__main__":
    unittest.main()


class KindDecisionTables(unittest.TestCase):
    """Every row of the tables that decide an unlisted name's kind decides at least one
    invented sentence, and gives the kind expected there."""
    CASES = [  # (text, name, the kind of facts it is listed under, or None)
        ('Ana Ruiz won the Tolland Vale Cup on Sunday.', 'Tolland Vale Cup', None),
        ('Talks ended. Two men were held, said Velkot police on Monday.', 'Velkot', 'places'),
        ('Talks ended. Two men were held, said Velkot Vale police on Monday.', 'Velkot Vale', 'places'),
        ('Talks ended. Leclerc finished ahead of Mercedes driver Ana Ruiz.', 'Mercedes', 'organisations'),
        ("Talks ended. Leclerc finished ahead of Mercedes' George Velkon.", 'Mercedes', 'organisations'),
        ('Results: 1. Ana Tovar (Velmarco) 1:32.5, 2. Ana Ruiz (France) 1:33.1.', 'Velmarco', 'organisations'),
        ("Talks ended. Orsk finished ahead of Velmar Tarkon's Ana Ruiz.", 'Velmar Tarkon', 'organisations'),
        ('Talks ended. The rally was called by a group led by Sudan Tamang.', 'Sudan Tamang', 'people'),
        ('The Davis Cup Final starts in Velkot on Tuesday.', 'Davis Cup Final', None),
        ('Velmar Rovers won 5-4 at Orsk Cottage on Tuesday.', 'Orsk Cottage', 'places'),
        ('COLOMBO, Nov 27 (Velnext) – The bank held rates on Thursday.', 'Velnext', 'organisations'),
        ('Two people died in a crash on Sunday, police said.\nOur Correspondent, Velganj', 'Velganj', 'places'),
        ('Two people died in a crash on Sunday, police said.\nStaff Reporter, Velkot Velmar', 'Velkot Velmar',
         'places'),
        ('Velcom unveiled it at the Steve Velkar Theater on Tuesday.', 'Steve Velkar Theater', None),
        ('Velcom also updated the VelPods Pro on Tuesday.', 'VelPods Pro', None),
        ('The motion failed. Tarva Le Velpen, who leads the group, spoke.', 'Tarva Le Velpen', 'people'),
        ('The bid by the far-left France Velbowed (LFI) failed.', 'France Velbowed', 'organisations'),
        ('TOLPUR, Nov 27 (Velnext Tarosh) – The bank held rates on Thursday.', 'Velnext Tarosh', 'organisations'),
        ('Jan Velkaj founder Ana Ruiz lost her seat.', 'Jan Velkaj', 'organisations'),
        ('The court ousted Paetong Velkawatra over a phone call.', 'Paetong Velkawatra', 'people'),
        ('At the stadium, Ferran Velkes scored twice before the break.', 'Ferran Velkes', 'people'),
        ('Play resumed at the Oval after lunch.', 'Oval', 'places'),
        ('TRADE NOTES: Fewer ships docked at the quay this week.', 'TRADE NOTES', None),
        ('She starred in “Sidewalk Stories” last year.', 'Sidewalk Stories', None),
        ('They bought a villa in St. Morven last spring.', 'St. Morven', 'places'),
        ('St. Agnes Ruthwell opened its doors to visitors.', 'St. Agnes Ruthwell', None),
        ('Escaped British prisoners were caught at dawn.', 'Escaped British', None),
        ('Senator Velk Tarrow spoke for an hour.', 'Velk Tarrow', 'people'),
        ('Chaudhry Salik Velhussain of the party also attended.', 'Chaudhry Salik Velhussain', 'people'),
        ('Her son Saad Velahmed told Velnews on Monday.', 'Velnews', 'organisations'),
        ('The spokesman told Ana she could go.', 'Ana', None),
        ('Many residents of Tolmer Vale left their homes.', 'Tolmer Vale', 'places'),
        ('Residents of Tolmer Vale left their homes.', 'Tolmer Vale', 'places'),
        ('He scored twice, beating Alan Orsk\'s record of 124 games.', 'Alan Orsk', 'people'),
        ('Keltrex Quist shares fell 3 percent on the news.', 'Keltrex Quist', 'organisations'),
        ('On Monday Charles Velkwab rose 2.3% in early trade.', 'Charles Velkwab', 'organisations'),
        ('Ana Ruiz and Lin Tovar beat Eva Orsk and Zorvek Skupa 7-5, 6-3.', 'Zorvek Skupa', 'people'),
        ('Ana Ruiz lost to Maria Velkova in the semi-final on Friday.', 'Maria Velkova', 'people'),
        ('Velmar Rovers lost to Tolmer Athletic on Friday.', 'Tolmer Athletic', 'organisations'),
        ('On Monday Imran Tarrow arrived late.', 'Imran Tarrow', 'people'),
        ('The convoy reached Dera Ismail Khan on Monday.', 'Dera Ismail Khan', 'places'),
        ('Officials in Dera Ismail Khan said the convoy had left.', 'Dera Ismail Khan', 'places'),
        ('Staff of Lagos Velmar saw the fire.', 'Lagos Velmar', 'organisations'),
        ('Critics say the Constitution is too long.', 'Constitution', None),
        ('She hosts a show on Radio Velmar every night.', 'Radio Velmar', 'organisations'),
        ('Happy Birthday was sung, and a happy crowd cheered.', 'Happy Birthday', None),
        ('On Monday Velk Tarrow arrived. Later Tarrow left for the coast.', 'Velk Tarrow', 'people'),
        ('Reporters saw Velmar Roadster outside.', 'Velmar Roadster', None),
        ('UPDATE: Talks resumed after a break.', 'UPDATE', None),
        ('She read “Brambles” twice.', 'Brambles', None),
        ('Indo-Pakistani talks resumed in the capital.', 'Indo-Pakistani', None),
        ('Halftime 1-0.', 'Halftime', None),
        ('Floods hit the Tolmer district on Friday.', 'Tolmer', 'places'),
        ('Yields on Treasury bills rose sharply.', 'Treasury', 'organisations'),
        ('On Monday Senator Tarrow spoke for an hour.', 'Tarrow', 'people'),
        ("Keltrex's shares fell on Monday.", 'Keltrex', 'organisations'),
        ('Shelling resumed near Tuzla overnight.', 'Tuzla', 'places'),
        ('Brass is heavy, and brass bands are loud.', 'Brass', None),
        ('Ravenhill beat Kelvar 2-1 on Saturday.', 'Kelvar', 'organisations'),
        ('Fennick arrived at noon.', 'Fennick', None),
        ('Reporters said the Velmar said nothing.', 'Velmar', 'organisations'),
        ('Fighting broke out in Tarvia again.', 'Tarvia', 'places'),
        ('“We will stay,” Tarrow said.', 'Tarrow', 'people'),
        ('Reporters waited, Tarvell nodded.', 'Tarvell', None),
        ('Reporters said the Tarrow government fell on Monday.', 'Tarrow', 'people'),
        ('The boat left before Leon could board.', 'Leon', 'people'),
        ('Talks between the West and Tarvia stalled.', 'West', 'places'),
        ('Leaders of al-Tarvan al-Islamiya met on Friday.', 'al-Tarvan al-Islamiya', 'organisations'),
        ('Reporters said al-Tarvani said nothing.', 'al-Tarvani', 'organisations'),
        ('Clashes killed 50 people in Spin Velboldak on Monday.', 'Spin Velboldak', 'places'),
        ('Officials said VelTube removed the video.', 'VelTube', 'organisations'),
        ('Earlier, a fifty from Lindo Vakase lifted them. Captain Vakase agreed.', 'Lindo Vakase', 'people'),
        ('Campaigners sued Royal Velmar Tarrow, now Tarrow plc, in 2019.', 'Royal Velmar Tarrow', 'organisations'),
        ('Talks with a delegation led by Rustam Velkov ended.', 'Rustam Velkov', 'people'),
        ("In Asia, Tolmer's Hang Seng ended lower.", 'Hang Seng', None),
        ("Elders met at the Chief Minister's House on Monday.", 'House', None),
        ('Reporters said Deputy Commissioner of Police (West) Ana Velkar left.', 'West', None),
        ('The plane landed at Velmar Tarko airport on Monday.', 'Velmar Tarko', 'places'),
        ('The ministers are Jagat Kharvel (Communication and Information Technology) and others.',
         'Information Technology', None),
        ('The plane landed at Tarkov airport on Monday.', 'Tarkov', 'places'),
        ('Demand is strong, said an analyst at J.R. Velmont on Monday.', 'J.R. Velmont', 'organisations'),
        ('The coalition named Ana Velk ahead of Wipra leader Kalvo Musek on Friday.', 'Wipra', 'organisations'),
        ('Markets were calm. Velcom said on Tuesday its profit rose.', 'Velcom', 'organisations'),
        ('A strike hit a tent sheltering families in al-Velawi on Monday.', 'al-Velawi', 'places'),
        ('Votes were counted. Velaro held a lead over Salvador Nasrell of the Liberal Party.', 'Salvador Nasrell',
         'people'),
        ('Votes were counted. Velaro held a lead over Nasrell of the Liberal Party.', 'Nasrell', 'people'),
        ('Scores:\nRavi Kalan c Orsk b Tovar 14\nTolmer Sundar run out (Orsk) 1\n', 'Tolmer Sundar', 'people'),
        ('Scores.\nBowling: Lin Orsk 10-0-66-1, Tolmer Vakil 8-1-40-2\n', 'Tolmer Vakil', 'people'),
        ('Tolkar recorded the worst reading, followed by Velampur at 481.', 'Velampur', 'places'),
        ('Markets fell. The top gainers were Velcom Sarin, Orskatel and Tarvia Oil.', 'Velcom Sarin',
         'organisations'),
        ('The association asked Velma Gas to ensure supply to the mills.', 'Velma Gas', 'organisations'),
        ('Talks ended. Velma Power met the envoys on Monday.', 'Velma Power', 'people'),
        ("Velmar City are third, eight points behind Mikel Tolarte's side.", 'Mikel Tolarte', 'people'),
        ('Ravi Tolan won, defeating Velganti Sunora of the Tolland Rashtra Samithi.', 'Velganti Sunora', 'people'),
        ('Aid trucks waited at Kerem Tolom on Monday.', 'Kerem Tolom', None),
        ('Yields may rise, said Ana Velkova, editor of Velfund Report.', 'Velfund Report', 'organisations'),
        ('Yields may rise, said Ana Velkova, editor of Velnews.', 'Velnews', 'organisations'),
        ('The rebels accused Nixon of promoting death.', 'Nixon', 'people'),
    ]

    def test_each_row_decides_a_sentence_as_expected(self):
        fired = set()

        def recording(rules, evidence):
            rule = first_rule(rules, evidence)
            fired.add((id(rules), rules.index(rule)))
            return rule

        with mock.patch.object(digest_module, "first_rule", recording):
            for text, name, expected in self.CASES:
                facts = digest(text)
                kinds = {e["name"]: kind for kind in ("people", "organisations", "places") for e in facts[kind]}
                self.assertEqual(kinds.get(name), expected, text)
        for table in (digest_module.NAME_KIND_RULES, digest_module.WORD_KIND_RULES):
            unfired = [rule[3] for index, rule in enumerate(table) if (id(table), index) not in fired]
            self.assertEqual(unfired, [], "rows no sentence decides")

    def test_each_row_has_an_example(self):
        for rule in digest_module.NAME_KIND_RULES + digest_module.WORD_KIND_RULES:
            kind, needs, unless, example = rule
            self.assertIn(kind, (None, "person", "organisation", "place"))
            self.assertTrue(example.strip(), rule)


class CueTables(unittest.TestCase):
    """Each cue row's example, with the name in brackets, is read by the row's pattern."""

    def test_each_cue_after_a_name_reads_its_example(self):
        for cue, pattern, example in digest_module.CUES_AFTER:
            with self.subTest(cue=cue, example=example):
                after = example.split("]", 1)[1]
                self.assertTrue(pattern.match(after), example)

    def test_each_cue_before_a_name_reads_its_example(self):
        for cue, pattern, example in digest_module.CUES_BEFORE:
            with self.subTest(cue=cue, example=example):
                before = example.split("[", 1)[0]
                self.assertTrue(pattern.search(before), example)


class IslandsAndRegionsNewsNames(unittest.TestCase):
    def test_large_islands_and_regions_are_places(self):
        facts = digest("Storms hit Luzon and Crete, while fighting flared in Tigray.")
        self.assertEqual(names(facts, "places"), ["Luzon", "Crete", "Tigray"])


class PlacesByTheLandAndTheBuildingAroundThem(unittest.TestCase):
    def test_a_name_after_the_mountains_of_is_a_place(self):
        facts = digest("The storm crossed the mountains of Velzon on Monday before weakening.")
        self.assertEqual(names(facts, "places"), ["Velzon"])

    def test_a_name_called_the_party_headquarters_is_no_person(self):
        facts = digest("The chief minister spoke at Anna Velayam, the party headquarters, on Wednesday.")
        self.assertEqual((facts["people"], names(facts, "places")), ([], ["Anna Velayam"]))

    def test_the_person_who_heads_the_headquarters_stays_a_person(self):
        facts = digest("Ana Velkar, the head of the party's headquarters staff, resigned on Wednesday.")
        self.assertEqual(names(facts, "people"), ["Ana Velkar"])


class NamesBeforeAJailOrAfterAThinkTank(unittest.TestCase):
    def test_a_name_before_jail_is_where_it_stands(self):
        facts = digest("His sister visited Velkot jail on Monday, lawyers said.")
        self.assertEqual((names(facts, "places"), facts["organisations"]), (["Velkot"], []))

    def test_a_name_after_the_think_tank_is_a_body(self):
        facts = digest("Imports fell to 13% this year, according to the think tank Velbridge.")
        self.assertEqual(names(facts, "organisations"), ["Velbridge"])

    def test_a_person_sent_to_prison_stays_a_person(self):
        facts = digest("The court sent Ana Velkar to Tolmer prison for six years.")
        self.assertEqual((names(facts, "people"), names(facts, "places")), (["Ana Velkar"], ["Tolmer"]))


class ScorersNamedInFull(unittest.TestCase):
    def test_a_name_that_scored_twice_is_a_player(self):
        facts = digest("At the stadium, Ferran Velkes scored twice and Ana Orskel netted the winner.")
        self.assertEqual(names(facts, "people"), ["Ferran Velkes", "Ana Orskel"])

    def test_a_side_that_scored_stays_a_side(self):
        facts = digest("Velmar Rovers scored twice in the second half to beat Tolmer.")
        self.assertEqual((names(facts, "organisations"), facts["people"]), (["Velmar Rovers", "Tolmer"], []))


class FixturesWhereATownPlaysHost(unittest.TestCase):
    def test_a_town_a_side_hosts_is_a_club(self):
        facts = digest("Velmara Rovers, fourth, host Getafe on Monday.")
        self.assertIn("Getafe", names(facts, "organisations"))

    def test_a_country_or_a_person_hosted_stays_what_it_is(self):
        facts = digest("Pakistan will host India in the final on Sunday. The president hosted Ana Velkar at the palace.")
        self.assertEqual((names(facts, "places"), names(facts, "people"), facts["organisations"]),
                         (["Pakistan", "India"], ["Ana Velkar"], []))


class GroundsWhereMatchesArePlayed(unittest.TestCase):
    def test_a_ground_after_at_is_a_place(self):
        facts = digest("Velmar Rovers won 5-4 at Orsk Cottage on Tuesday. At the Oval, Tolland were 119 for five.")
        self.assertEqual(names(facts, "places"), ["Orsk Cottage", "Oval"])

    def test_a_side_after_at_stays_a_side(self):
        facts = digest("Velmar Rovers drew 1-1 at Tolland Villa on Tuesday.")
        self.assertEqual((names(facts, "organisations"), names(facts, "places")),
                         (["Velmar Rovers", "Tolland Villa"], []))


class RolesHeldInAPlace(unittest.TestCase):
    def test_a_consul_general_in_a_city_before_a_name(self):
        facts = digest("Tolland protested over a post by the consul general in Osaka Velk Jian on Sunday.")
        self.assertEqual((names(facts, "people"), names(facts, "places"), facts["organisations"]),
                         (["Velk Jian"], ["Osaka"], []))

    def test_a_firm_in_a_city_stays_whole(self):
        facts = digest("The bank opened an office in Osaka Velmar Securities last year.")
        self.assertEqual(facts["people"], [])


class RolesHeldForAPlace(unittest.TestCase):
    def test_an_envoy_for_a_country_before_a_name(self):
        facts = digest("The senior adviser for Africa Massad Velos called the deal a milestone.")
        self.assertEqual((roles(facts), names(facts, "places")),
                         ([("Massad Velos", "senior adviser for Africa")], ["Africa"]))

    def test_an_adviser_to_a_title_is_not_the_names_role(self):
        facts = digest("He is an advisor to Agriculture Secretary Dan Velkman.")
        self.assertEqual(roles(facts), [("Dan Velkman", "Agriculture Secretary")])


class PlacesOpenedByAHeadWord(unittest.TestCase):
    def test_cape_or_isle_of_a_name(self):
        facts = digest("Ships sailed around the Cape of Velmar Hope, and ferries to the Isle of Velk were cut.")
        self.assertEqual((names(facts, "places"), names(facts, "organisations")),
                         (["Cape of Velmar Hope", "Isle of Velk"], []))


class APartOfALand(unittest.TestCase):
    def test_northern_or_central_before_a_name_makes_a_place(self):
        facts = digest("The storm crossed the mountains of northern Velkon and flooded central Tolpur.")
        self.assertEqual(names(facts, "places"), ["Velkon", "Tolpur"])

    def test_a_bodys_name_after_a_compass_word_stays_a_body(self):
        facts = digest("Prices fell in central Tolpur, and the western Velmar Oil Corporation cut output.")
        self.assertEqual((names(facts, "places"), names(facts, "organisations")),
                         (["Tolpur"], ["Velmar Oil Corporation"]))


class NamesInsideFigures(unittest.TestCase):
    def test_a_currency_written_into_a_figure_names_nothing(self):
        for sentence in ("The deal is worth US$5 million, Velmar Holdings said.",
                         "The rupee closed at Rs278.50 against the dollar in Tolland.",
                         "Tickets cost HK$300 at the Velmar Arena."):
            facts = digest(sentence)
            found = forms(facts, "places") | forms(facts, "organisations") | forms(facts, "people")
            self.assertFalse({"US", "Rs278", "HK"} & found, sentence)
            self.assertEqual(len(facts["figures"]), 1, sentence)

    def test_a_name_beside_a_figure_stays(self):
        facts = digest("Prices in Karachi rose to Rs1,200 a kilo, Imran Tarrow said.")
        self.assertEqual(names(facts, "places"), ["Karachi"])
        self.assertEqual(names(facts, "people"), ["Imran Tarrow"])


class FullNameShown(unittest.TestCase):
    def test_an_acronym_in_the_headline_before_its_long_form(self):
        facts = digest("VEB rejects appeal\n\nTOLLAND: The Velmar Electoral Board (VEB) on Tuesday rejected "
                       "an appeal. The VEB said the vote would go ahead.")
        board = facts["organisations"][0]
        self.assertEqual((board["name"], board["acronym"]), ("Velmar Electoral Board", "VEB"))
        self.assertEqual(board["mentions"], 3)

    def test_a_surname_in_the_headline_before_the_full_name(self):
        facts = digest("Tarrow vows reform\n\nPrime Minister Imran Tarrow said on Monday that taxes "
                       "would fall. Tarrow spoke in Tolland.")
        self.assertEqual(names(facts, "people"), ["Imran Tarrow"])
        self.assertIn("Tarrow", facts["people"][0]["aliases"])

    def test_a_place_keeps_the_form_written_first(self):
        facts = digest("Envoys of the Kingdom of Morocco arrived. Morocco said the talks would go on.")
        self.assertEqual(names(facts, "places"), ["Kingdom of Morocco"])


class RanksAndHonorifics(unittest.TestCase):
    def test_a_rank_or_honorific_before_a_name_is_its_role(self):
        for sentence, role in (("Brigadier Imran Tarrow said the road was open.", "Brigadier"),
                               ("Barrister Imran Tarrow argued the case for the party.", "Barrister"),
                               ("SSP Imran Tarrow said two suspects were held.", "SSP"),
                               ("Constable Imran Tarrow was hurt in the blast.", "Constable"),
                               ("Pastor Imran Tarrow led the prayers.", "Pastor"),
                               ("CJP Imran Tarrow heard the case.", "CJP"),
                               ("PM Imran Tarrow said the budget was fair.", "PM")):
            facts = digest(sentence)
            self.assertEqual(roles(facts), [("Imran Tarrow", role)], sentence)
            self.assertEqual(facts["organisations"], [], sentence)

    def test_chief_before_a_given_name_is_the_title_s_head(self):
        facts = digest("Reporters waited as Army Chief Imran Tarrow visited Tolland.")
        self.assertEqual(roles(facts), [("Imran Tarrow", "Army Chief")])
        self.assertNotIn("Army Chief", names(facts, "organisations"))
        self.assertEqual(roles(digest("The Chief Accountant Ana Ruiz resigned.")), [("Ana Ruiz", "Chief Accountant")])

    def test_pm_after_a_time_is_no_title(self):
        facts = digest("The meeting ended at 5 PM Tuesday in Tolland.")
        self.assertEqual(facts["people"] + facts["organisations"], [])

    def test_a_rank_word_inside_a_firm_name_is_no_title(self):
        facts = digest("Shares of Warden Velmar Holdings Inc. rose on Monday.")
        self.assertEqual(facts["people"], [])


class DatelinesWithAColon(unittest.TestCase):
    def test_a_listed_town_in_capitals_before_a_colon_is_the_dateline(self):
        for text, place in (("PESHAWAR: Police said two men were held on Friday.", "Peshawar"),
                            ("Budget talks stall\n\nSIALKOT: Traders shut their shops on Monday.", "Sialkot"),
                            ("DERA ISMAIL KHAN - Gunmen fired on a checkpoint, police said.", "Dera Ismail Khan")):
            self.assertEqual(names(digest(text), "places"), [place], text)

    def test_a_label_in_capitals_before_a_colon_is_no_name(self):
        for text in ("Readers wrote in.\n\nNOTES: Fewer readers finish the paper.",
                     "UPDATE: Talks resumed in the afternoon."):
            facts = digest(text)
            self.assertEqual(facts["places"] + facts["organisations"] + facts["people"], [], text)


class PossessivesInNames(unittest.TestCase):
    def test_a_place_ending_in_men_keeps_its_possessive_out_of_the_name(self):
        facts = digest("Ships avoided the strait after attacks by Yemen's Houthi militia.")
        self.assertEqual(names(facts, "places"), ["Yemen"])
        self.assertEqual(names(facts, "organisations"), ["Houthi"])

    def test_the_possessive_of_men_women_and_people_belongs_to_the_name(self):
        facts = digest("The Women's League and the Men's Union wrote to the People's Bank of Tarvia.")
        self.assertEqual(names(facts, "organisations"),
                         ["Women's League", "Men's Union", "People's Bank of Tarvia"])


class GivenNamesOfRecordedBirths(unittest.TestCase):
    def test_given_names_of_many_origins_make_people(self):
        for sentence, person in (("The letter from Marwan Tolvani said the plan had failed.", "Marwan Tolvani"),
                                 ("Talks with Shlomo Ravid ended without a deal.", "Shlomo Ravid"),
                                 ("A statement by Naseem Orakzai was read out.", "Naseem Orakzai")):
            self.assertEqual(names(digest(sentence), "people"), [person], sentence)

    def test_names_that_are_english_words_are_left_out(self):
        self.assertNotIn("Grand", digest_module.GIVEN_NAMES)
        self.assertNotIn("Summer", digest_module.GIVEN_NAMES)
        self.assertEqual(digest("Tourists flew to Summer Valley Estates in May.")["people"], [])


class TradeNounsBeforeAName(unittest.TestCase):
    def test_a_trade_opening_a_sentence_is_no_part_of_the_firm_s_name(self):
        facts = digest("Brokerage Velmar Oswal raised its target price. Lender Tolland Bank cut rates.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Oswal", "Tolland Bank"])
        self.assertEqual(facts["people"], [])

    def test_an_airline_or_an_exporter_opening_a_sentence_is_no_part_of_the_name(self):
        for sentence, firm in (("Airline Tarvian Airways diverted two flights on Friday.", "Tarvian Airways"),
                               ("Exporter Velmar Textiles Ltd said orders fell.", "Velmar Textiles Ltd"),
                               ("Utility Orsk Power Co raised tariffs.", "Orsk Power Co"),
                               ("Opposition Velmar Democratic Party said it would boycott the vote.",
                                "Velmar Democratic Party")):
            facts = digest(sentence)
            self.assertEqual(names(facts, "organisations"), [firm], sentence)

    def test_a_trade_before_a_name_makes_it_a_firm(self):
        for sentence, firm in (("Shares of carmaker Velmo rose 4% on Monday.", "Velmo"),
                               ("The software giant Orskit said it would hire.", "Orskit"),
                               ("Two printers and the press distributor Hachot will bid together.", "Hachot"),
                               ("The tabloid Tarvia Star apologised.", "Tarvia Star"),
                               ("Students founded the youth-led organisation Velmar Tarka.", "Velmar Tarka"),
                               ("Food came from the charity Orsk Relief on Monday.", "Orsk Relief"),
                               ("The space agency Velsa said the launch would slip.", "Velsa"),
                               ("He won, according to the electoral service Velserv.", "Velserv"),
                               ("Talks with the dockers' union Tolvar Orsk broke down.", "Tolvar Orsk")):
            facts = digest(sentence)
            self.assertEqual(names(facts, "organisations"), [firm], sentence)
            self.assertEqual(facts["people"], [], sentence)

    def test_a_maker_of_films_or_policy_is_a_person(self):
        for sentence in ("The film maker Corwin Tarrow is back in Tolland.",
                         "The producer Corwin Tarrow said the film was done.",
                         "The peacemaker Corwin Tarrow flew home."):
            facts = digest(sentence)
            self.assertEqual(names(facts, "people"), ["Corwin Tarrow"], sentence)
            self.assertEqual(facts["organisations"], [], sentence)


class TitlesWithAUnitInThem(unittest.TestCase):
    def test_a_district_or_station_inside_a_title_is_no_place(self):
        for sentence, role in (("In Tolmer district, Chief District Officer Ana Ruiz said 34 people died.",
                                "Chief District Officer"),
                               ("Deputy District Commissioner Ana Ruiz said roads were shut.",
                                "Deputy District Commissioner"),
                               ("Station House Officer Ana Ruiz said two men were held.", "Station House Officer")):
            facts = digest(sentence)
            self.assertEqual(roles(facts), [("Ana Ruiz", role)], sentence)
            self.assertNotIn("District", " ".join(names(facts, "places")), sentence)

    def test_a_district_named_before_a_title_stays_a_place(self):
        facts = digest("Peshawar District Officer Ana Ruiz said the bridge was shut.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "Peshawar District Officer")])
        self.assertEqual(names(facts, "places"), ["Peshawar"])


class PortfoliosOfSeveralWords(unittest.TestCase):
    def test_a_portfolio_after_for_or_of_runs_to_its_last_word(self):
        for sentence, role in (("The acting Secretary for Foreign Affairs Ana Ruiz flew to Doha.",
                                "Secretary for Foreign Affairs"),
                               ("Minister for Information and Broadcasting Ana Ruiz spoke.",
                                "Minister for Information and Broadcasting"),
                               ("Minister of Water and Power Ana Ruiz spoke.", "Minister of Water and Power")):
            facts = digest(sentence)
            self.assertEqual(roles(facts), [("Ana Ruiz", role)], sentence)

    def test_a_portfolio_alone_names_no_person(self):
        facts = digest("Ana Ruiz, the Minister for Foreign Affairs, spoke.")
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])

    def test_two_titled_people_joined_by_and_are_two(self):
        facts = digest("Minister for Information Ana Ruiz and Minister for Finance Lin Baptiste spoke.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "Minister for Information"),
                                        ("Lin Baptiste", "Minister for Finance")])
        facts = digest("The Ministry of Water and Power said output rose.")
        self.assertEqual(names(facts, "organisations"), ["Ministry of Water and Power"])


class PlacesWithAndInTheirNames(unittest.TestCase):
    def test_a_listed_place_with_and_is_one_place(self):
        for sentence, place in (("Officials in Trinidad and Tobago said two men died.", "Trinidad and Tobago"),
                                ("Police in Jammu and Kashmir said two men died.", "Jammu and Kashmir")):
            self.assertEqual(names(digest(sentence), "places"), [place], sentence)

    def test_two_places_joined_by_and_stay_two(self):
        self.assertEqual(names(digest("India and Pakistan held talks."), "places"), ["India", "Pakistan"])

    def test_the_acronym_of_a_place_is_the_place(self):
        facts = digest("Rains are expected in Azad Jammu and Kashmir (AJK) on Monday. "
                       "AJK officials said roads were shut.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["places"]], [("Azad Jammu and Kashmir", 2)])
        self.assertEqual(facts["organisations"], [])


class BodiesNamedAfterATitle(unittest.TestCase):
    def test_a_body_whose_name_holds_a_title_keeps_its_acronym(self):
        facts = digest("The Tarvia Relief High Commissioner for Refugees (TRHCR) urged calm. TRHCR staff left.")
        self.assertEqual([(o["name"], o["acronym"]) for o in facts["organisations"]],
                         [("Tarvia Relief High Commissioner for Refugees", "TRHCR")])

    def test_a_title_with_its_acronym_is_no_body(self):
        facts = digest("The Chief Minister (CM) said roads were open.")
        self.assertEqual(facts["organisations"] + facts["people"], [])


class AWordBeforeAPlaceOpeningASentence(unittest.TestCase):
    def test_an_adjective_before_a_listed_place_is_no_part_of_a_name(self):
        for sentence, place in (("Top Tunisia official quits over budget row.", "Tunisia"),
                                ("Rural Kenya votes on Monday.", "Kenya")):
            facts = digest(sentence)
            self.assertEqual(names(facts, "places"), [place], sentence)
            self.assertEqual(facts["people"], [], sentence)

    def test_a_name_made_of_a_word_and_a_place_stays_whole(self):
        self.assertEqual(names(digest("Radio Pakistan said flights resumed."), "organisations"), ["Radio Pakistan"])
        self.assertEqual(names(digest("North Korea fired a missile."), "places"), ["North Korea"])


class ListedFirmsInTheirLegalForm(unittest.TestCase):
    def test_a_listed_firm_and_its_legal_name_are_one(self):
        facts = digest("Toyota cuts forecast\n\nToyota Motor Corp cut its forecast on Wednesday. "
                       "Toyota shares fell 4%.")
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]], [("Toyota", 3)])

    def test_a_word_before_a_listed_firm_opening_a_sentence_is_no_part_of_it(self):
        facts = digest("Rival Honda Motor Co also lowered its outlook last week.")
        self.assertEqual(names(facts, "organisations"), ["Honda Motor Co"])

    def test_no_listed_organisation_is_named_by_a_legal_form_alone(self):
        self.assertFalse({"Inc", "Inc.", "Ltd", "Co", "Corp", "PLC"} & set(digest_module.ORGANISATIONS))
        facts = digest("Velmar Trading Ltd. will buy two mills in Tolland.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Trading Ltd"])


class DatelineTownsInCapitals(unittest.TestCase):
    def test_an_unlisted_dateline_town_and_the_same_town_in_the_story_are_one(self):
        facts = digest("TARVALE, Norway 1996-08-30\nOfficials in Tarvale said the port would reopen.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["places"]], [("Tarvale", 2), ("Norway", 1)])

    def test_a_short_place_in_capitals_keeps_its_letters(self):
        facts = digest("The USA and the UAE met in New York.")
        self.assertEqual(names(facts, "places"), ["USA", "UAE", "New York"])


class RolesWithAnAcronym(unittest.TestCase):
    def test_an_organisation_s_acronym_inside_a_role_before_a_name(self):
        facts = digest("Tarvia Freedom Front (TFF) leader Ana Ruiz said talks failed.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "Tarvia Freedom Front (TFF) leader")])
        self.assertEqual([(o["name"], o["acronym"]) for o in facts["organisations"]], [("Tarvia Freedom Front", "TFF")])


class ArabicArticleSurnames(unittest.TestCase):
    def test_the_surname_opening_a_sentence_or_without_its_article_is_the_same_person(self):
        facts = digest("Group leader Karim al-Tarvani met envoys on Sunday. Al-Tarvani said talks would go on. "
                       "Tarvani later left for Tolland.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["people"]], [("Karim al-Tarvani", 3)])


class BranchesOfListedBodies(unittest.TestCase):
    def test_a_province_of_a_listed_group_is_the_group_s_branch(self):
        facts = digest("The Islamic State Khorasan Province (ISKP) claimed the attack in Kunduz.")
        self.assertEqual(names(facts, "organisations"), ["Islamic State Khorasan Province"])
        self.assertEqual(names(facts, "places"), ["Kunduz"])


class AcronymsOfCommonWords(unittest.TestCase):
    def test_an_acronym_defined_by_common_words_is_no_organisation(self):
        for sentence in ("The air quality index (AQI) in Tolland crossed 500. The AQI fell on Tuesday.",
                         "An improvised explosive device (IED) killed two soldiers near Tolland.",
                         "Internally displaced persons (IDPs) fled to Tolland."):
            self.assertEqual(digest(sentence)["organisations"], [], sentence)

    def test_an_acronym_of_a_name_stays_an_organisation(self):
        facts = digest("The Tarvia Freedom Front (TFF) and the ruling party (TPP) met.")
        self.assertEqual(names(facts, "organisations"), ["Tarvia Freedom Front", "TPP"])


class PlacesListedUnderOnePlural(unittest.TestCase):
    def test_a_plural_place_word_gives_every_member_its_kind(self):
        for sentence in ("Floods hit the districts of Tolmer and Oskavi on Monday.",
                         "Floods hit Tolmer and Oskavi districts on Monday.",
                         "The worst-hit districts were Tolmer and Oskavi, officials said.",
                         "Floods hit several districts, including Tolmer and Oskavi."):
            self.assertEqual(names(digest(sentence), "places"), ["Tolmer", "Oskavi"], sentence)

    def test_two_listed_places_give_an_unlisted_member_their_kind(self):
        facts = digest("Officials imposed a ban in Quetta, Velkech and Gwadar for 15 days.")
        self.assertEqual(names(facts, "places"), ["Quetta", "Velkech", "Gwadar"])

    def test_the_abbreviation_of_a_listed_city_is_the_city(self):
        facts = digest("He moved to L.A. last year and back to Los Angeles this year.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["places"]], [("L.A.", 2)])
        self.assertEqual(facts["organisations"], [])

    def test_compass_words_in_such_a_list_are_no_places(self):
        facts = digest("Rain is expected in the Southern and Southwestern districts of Tarvia.")
        self.assertEqual(names(facts, "places"), [])

    def test_crossings_camps_and_sectors_are_places_of_the_beat(self):
        facts = digest("Trucks waited at the Velmar and Kostana crossings. Shelling hit the Darsi and Oskavi camps.")
        self.assertEqual(names(facts, "places"), ["Velmar", "Kostana", "Darsi", "Oskavi"])
        self.assertEqual(facts["organisations"], [])

    def test_areas_and_neighbourhoods_of_a_city(self):
        facts = digest("The suspects were held in the Sohrat Goth and Velpir areas, and in the neighbourhoods of Tarsa "
                       "and Orsa.")
        self.assertEqual(names(facts, "places"), ["Sohrat Goth", "Velpir", "Tarsa", "Orsa"])

    def test_a_garden_or_a_road_of_someone_is_a_quarter_not_a_body(self):
        facts = digest("Robbers struck a shop in Gulshan-e-Velmar and fled along Shahrah-e-Tarsa, police said.")
        self.assertEqual(names(facts, "places"), ["Gulshan-e-Velmar", "Shahrah-e-Tarsa"])
        self.assertEqual(facts["organisations"], [])

    def test_a_demonym_or_a_faith_in_such_a_list_is_no_place(self):
        facts = digest("Police patrol the Hindu, Sikh and Kurdish sectors of the town, and its Serb and Croat camps.")
        self.assertEqual(facts["places"], [])


class TheCityWithTheInItsName(unittest.TestCase):
    def test_the_hague_keeps_its_article_and_is_a_place(self):
        facts = digest("Ministers met at the summit in The Hague on Tuesday.")
        self.assertEqual(names(facts, "places"), ["The Hague"])
        self.assertEqual(facts["organisations"], [])


class UnionAndOtherTitleModifiers(unittest.TestCase):
    def test_union_joint_additional_and_special_modify_a_title(self):
        for sentence, role in (("Union Minister for Commerce and Industry Ravi Tarkar will fly to Oslo.",
                                "Union Minister for Commerce and Industry"),
                               ("Joint Secretary Ravi Tarkar signed the order.", "Joint Secretary"),
                               ("Additional Sessions Judge Ravi Tarkar granted bail.", "Additional Sessions Judge"),
                               ("Special Envoy Ravi Tarkar met the rebels.", "Special Envoy")):
            facts = digest(sentence)
            self.assertEqual(roles(facts), [("Ravi Tarkar", role)], sentence)
            self.assertEqual(facts["organisations"], [], sentence)

    def test_a_listed_name_before_the_title_is_not_taken_into_it(self):
        facts = digest("European Union Trade Commissioner Ravi Tarkar said no.")
        self.assertEqual(names(facts, "organisations"), ["European Union"])
        facts = digest("The Soviet Union Foreign Minister Ravi Tarkar spoke.")
        self.assertEqual(names(facts, "places"), ["Soviet Union"])

    def test_a_club_named_with_union_stays_a_club(self):
        self.assertEqual(names(digest("Union Tolmer won 2-1 at home."), "organisations"), ["Union Tolmer"])


class ChiefsInCapitals(unittest.TestCase):
    def test_a_ceo_before_a_name_no_list_knows(self):
        facts = digest("Shares of Velmar rose after Velmar CEO Zorvek Pichar spoke. Rivals led by Alphabet's Google "
                       "closed the gap.")
        self.assertEqual(roles(facts), [("Zorvek Pichar", "Velmar CEO")])
        self.assertEqual(names(facts, "organisations"), ["Velmar", "Alphabet", "Google"])


class CourtesyTitlesInsideARun(unittest.TestCase):
    def test_a_dr_after_a_bodys_name_begins_a_person(self):
        facts = digest("Jamaat-e-Tolmer Ameer Dr Zorvan Afridi also visited the hospital.")
        self.assertEqual(names(facts, "people"), ["Zorvan Afridi"])


class WhenARoleWasHeld(unittest.TestCase):
    def test_former_and_then_before_a_title_in_capitals(self):
        facts = digest("The party, allied with former President Dara Velk's movement, won. The talks were led by "
                       "then Prime Minister Ana Ruiz.")
        self.assertEqual(roles(facts), [("Dara Velk", "former President"), ("Ana Ruiz", "then Prime Minister")])


class TitlesWithTo(unittest.TestCase):
    def test_an_envoy_to_a_country_and_an_assistant_to_an_office(self):
        facts = digest("Tolland's Ambassador to Japan Dara Velk met Special Assistant to the Prime Minister on "
                       "Finance Ana Ruiz on Monday.")
        self.assertEqual(roles(facts), [("Dara Velk", "Tolland's Ambassador to Japan"),
                                        ("Ana Ruiz", "Special Assistant to the Prime Minister on Finance")])


class AHeadlinesRole(unittest.TestCase):
    def test_a_headline_s_short_role_gives_way_to_the_story_s(self):
        facts = digest("Ex-PM Ana Velkov jailed for graft\n\nA court on Monday jailed former Prime Minister "
                       "Ana Velkov for seven years. Velkov denied the charges.")
        self.assertEqual(roles(facts), [("Ana Velkov", "former Prime Minister")])

    def test_a_headline_s_role_stays_when_the_story_gives_none(self):
        facts = digest("PM Ana Velkov visits Tolland\n\nAna Velkov arrived in Tolland on Monday.")
        self.assertEqual(roles(facts), [("Ana Velkov", "PM")])

    def test_the_role_before_an_honorific_keeps_its_time(self):
        facts = digest("A tribunal on Monday sentenced former Prime Minister Sheikh Velhasina to death.")
        self.assertEqual(roles(facts), [("Sheikh Velhasina", "former Prime Minister")])


class ABossIsARole(unittest.TestCase):
    def test_a_boss_before_a_name(self):
        facts = digest("Orsk boss Dara Velk said his side had nothing to be ashamed of.")
        self.assertEqual(roles(facts), [("Dara Velk", "Orsk boss")])


class AdvisersAndCoFounders(unittest.TestCase):
    def test_an_adviser_is_a_title_and_a_co_founder_a_role(self):
        self.assertEqual(roles(digest("Finance Adviser Rafiq Tarkar met the team.")),
                         [("Rafiq Tarkar", "Finance Adviser")])
        facts = digest("Velmont co-founder Ravi Tarkar spoke in Tolmer.")
        self.assertEqual(roles(facts), [("Ravi Tarkar", "Velmont co-founder")])


class PartiesWithAHyphenatedAcronym(unittest.TestCase):
    def test_an_acronym_with_a_faction_of_several_letters_is_an_organisation(self):
        facts = digest("Leaders of the Tarvia Congress and TCP-UML met on Friday.")
        self.assertEqual(names(facts, "organisations"), ["Tarvia Congress", "TCP-UML"])


class AGovernmentNamedAfterItsLeader(unittest.TestCase):
    def test_a_name_before_government_is_its_leader(self):
        facts = digest("Separately, the Tarkar government said it would buy more gas.")
        self.assertEqual(names(facts, "people"), ["Tarkar"])

    def test_a_place_or_a_party_before_government_is_not(self):
        for sentence in ("Fighting in Tarvia went on, and the Tarvia government said little.",
                         "The Korean government lent Tolmer $10 million.",
                         "The Nationalist government fell in the spring."):
            self.assertEqual(digest(sentence)["people"], [], sentence)


class BodiesNamedWithOn(unittest.TestCase):
    def test_a_committee_or_council_on_a_subject_is_one_name(self):
        for sentence, name in (("A paper by the Tarvia Council on Foreign Relations drew fire.",
                                "Tarvia Council on Foreign Relations"),
                               ("The Cabinet Committee on Law and Order met in Tolmer.",
                                "Cabinet Committee on Law and Order"),
                               ("The Working Group on Arbitrary Arrests wrote to Oskavi.",
                                "Working Group on Arbitrary Arrests")):
            self.assertEqual(names(digest(sentence), "organisations"), [name], sentence)

    def test_on_before_a_day_is_no_part_of_the_name(self):
        facts = digest("The Tolmer Council on Monday approved the budget.")
        self.assertEqual(names(facts, "organisations"), ["Tolmer Council"])

    def test_the_body_it_belongs_to_after_of_is_a_name_of_its_own(self):
        facts = digest("The Subcommittee on Ports and Roads of the Tolmer Assembly met.")
        self.assertEqual(names(facts, "organisations"), ["Subcommittee on Ports and Roads", "Tolmer Assembly"])


class StandingBodiesWithOf(unittest.TestCase):
    def test_a_standing_body_of_its_members_is_one_name(self):
        for sentence, name in (("The bill passed the House of Delegates in Tolmer on Friday.", "House of Delegates"),
                               ("Ana Ruiz sat in the Senate of Tarvia for a decade.", "Senate of Tarvia")):
            self.assertIn(name, names(digest(sentence), "organisations"), sentence)

    def test_the_house_alone_stays_a_name(self):
        facts = digest("The House on Friday passed the bill that Lin Tovar wrote.")
        self.assertEqual(names(facts, "organisations"), ["House"])


class TitlesWithTheirAcronyms(unittest.TestCase):
    def test_a_title_and_its_acronym_before_a_name_name_no_body(self):
        for sentence, role in (("Upazila Nirbahi Officer (UNO) Salma Tolkar said the roads were open.",
                                "Upazila Nirbahi Officer"),
                               ("Tolmer Chief Minister (CM) Salma Tolkar said the roads were open.",
                                "Tolmer Chief Minister")):
            facts = digest(sentence)
            self.assertEqual(facts["organisations"], [], sentence)
            self.assertEqual(roles(facts), [("Salma Tolkar", role)], sentence)

    def test_a_body_with_its_acronym_stays_a_body(self):
        facts = digest("The Tolmer Relief Officer (TRO) said the roads were open.")
        self.assertEqual(names(facts, "organisations"), ["Tolmer Relief Officer"])


class OfficesOfTitles(unittest.TestCase):
    def test_a_title_holders_office_is_a_body(self):
        facts = digest("The Deputy Mayor's Office denied it, and the District Attorney's Office in Tolmer said "
                       "the Chief Minister's Secretariat was shut.")
        self.assertEqual(names(facts, "organisations"), ["Deputy Mayor's Office", "District Attorney's Office",
                                                         "Chief Minister's Secretariat"])

    def test_a_judge_s_or_magistrate_s_court_is_a_body(self):
        facts = digest("Judge Ana Velkar of the Tolpur Metropolitan Senior Special Judge's Court granted bail, "
                       "and the Chief Judicial Magistrate's Court heard the case.")
        self.assertEqual(names(facts, "organisations"), ["Tolpur Metropolitan Senior Special Judge's Court",
                                                         "Chief Judicial Magistrate's Court"])

    def test_a_title_holders_other_things_are_not(self):
        facts = digest("The Prime Minister's aides met the Governor's staff in Tolmer.")
        self.assertEqual(facts["organisations"], [])


class WorldPlacesNamedLikePeople(unittest.TestCase):
    def test_a_listed_province_whose_first_word_is_a_given_name(self):
        facts = digest("Officials in Gia Lai moved 26,000 people before the storm.")
        self.assertEqual(names(facts, "places"), ["Gia Lai"])
        self.assertEqual(facts["people"], [])


class AcronymsAfterNames(unittest.TestCase):
    def test_an_exchange_s_x_links_its_acronym_used_apart(self):
        facts = digest("TSX hits record\n\nThe Tolland Stock Exchange's main index rose 1% on Wednesday, and "
                       "TSX turnover rose too.")
        self.assertEqual([(o["name"], o["acronym"], o["mentions"]) for o in facts["organisations"]],
                         [("Tolland Stock Exchange", "TSX", 3)])

    def test_a_names_acronym_is_no_players_country(self):
        facts = digest("Tolmer Electricity (ETV) said power was cut to 1.2 million homes.")
        self.assertEqual(facts["people"], [])

    def test_a_players_country_in_capitals_still_is(self):
        facts = digest("Lin Tovar (GBR) beat Ana Ruiz (Kenya) in the final.")
        self.assertEqual(names(facts, "people"), ["Lin Tovar", "Ana Ruiz"])


class TimeZonesNameNothing(unittest.TestCase):
    def test_a_time_zone_is_no_organisation(self):
        facts = digest("Flights resume at 9 a.m. ICT, and the match starts at 7.30 pm IST in Tolmer.")
        self.assertEqual(facts["organisations"], [])


class AbbreviationsAfterAName(unittest.TestCase):
    def test_an_ipo_or_a_gdp_is_no_part_of_the_name(self):
        facts = digest("Lahore Pipeline IPO oversubscribed\n\nThe offering of Lahore Pipeline Company (LPC) was "
                       "oversubscribed, officials said, and Lahore GDP grew.")
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]],
                         [("Lahore Pipeline Company", 2)])
        self.assertEqual(names(facts, "places"), ["Lahore"])


class NumberedPartsNameNothing(unittest.TestCase):
    def test_a_class_a_stage_or_a_chapter_alone_is_no_place(self):
        facts = digest("Schools asked pupils up to Class 9 and Class 11 to study at home in Tolmer. Curbs in Stage IV "
                       "return, and the firm stays in Chapter 11.")
        self.assertEqual(names(facts, "places"), ["Tolmer"])
        self.assertEqual(facts["organisations"], [])


class FiscalYearsNameNothing(unittest.TestCase):
    def test_a_fiscal_year_is_no_organisation(self):
        facts = digest("The target for FY26 is 5pc, and in FY 2024 sales fell, the G7 said.")
        self.assertEqual(names(facts, "organisations"), ["G7"])


class FamilyNames(unittest.TestCase):
    def test_a_listed_family_name_makes_two_words_a_person(self):
        facts = digest("The prize was shared by Zelvin Okafor and the crowd cheered.")
        self.assertEqual(names(facts, "people"), ["Zelvin Okafor"])

    def test_an_english_word_is_no_family_name(self):
        facts = digest("Prices of Tolmer Bonds fell, and Velmar Brown sold well.")
        self.assertEqual(facts["people"], [])

    def test_a_firms_short_form_stays_its_own(self):
        facts = digest("Tolkar Lehman Vance Inc. ran ads. At Tolkar Lehman, staff met. Tolkar executives agreed.")
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]],
                         [("Tolkar Lehman Vance Inc", 3)])

    def test_a_listed_bodys_word_joins_the_longer_name_it_ends_but_a_partys_does_not(self):
        facts = digest("The Tarvian Parliament met on Monday. Parliament then voted 120 to 40.")
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]], [("Tarvian Parliament", 2)])
        facts = digest("The Velmar Congress will contest all seats, and the Congress will fight it.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Congress", "Congress"])

    def test_a_listed_firms_short_form_joins_the_full_name_the_text_gives(self):
        facts = digest("Samsung Velmar Co. said it would build a plant in Tolland. Shares of Samsung rose 2%.")
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]],
                         [("Samsung Velmar Co", 2)])


class TitlesOfTwoPortfolios(unittest.TestCase):
    def test_two_portfolios_joined_by_and_are_one_title(self):
        facts = digest("Disaster Management and Relief Adviser Faruk Tolkar visited the camps.")
        self.assertEqual(roles(facts), [("Faruk Tolkar", "Disaster Management and Relief Adviser")])
        self.assertEqual(facts["organisations"], [])

    def test_a_person_and_a_title_stay_apart(self):
        facts = digest("The talks brought together Ana Ruiz and Prime Minister Lin Baptiste.")
        self.assertEqual(roles(facts), [("Ana Ruiz", None), ("Lin Baptiste", "Prime Minister")])


class MembersOfParliaments(unittest.TestCase):
    def test_a_party_before_its_members_is_the_party(self):
        facts = digest("TVP MPs walked out, and Congress MP Lina Tolkar said the TVP MLAs had lied.")
        self.assertEqual(names(facts, "organisations"), ["TVP", "Congress"])
        self.assertEqual(names(facts, "people"), ["Lina Tolkar"])


class CompoundGivenNames(unittest.TestCase):
    def test_a_two_word_arabic_given_name_opening_a_sentence_is_whole(self):
        facts = digest("Velmirur Rahman Tolkar blamed the activists. Police held Orsikul Islam on Monday.")
        self.assertEqual(names(facts, "people"), ["Velmirur Rahman Tolkar", "Orsikul Islam"])

    def test_a_sentence_opening_word_before_a_given_name_is_still_cut(self):
        facts = digest("Composer Ana Ruiz Tolkar wrote the score.")
        self.assertEqual(names(facts, "people"), ["Ana Ruiz Tolkar"])


class NamesBeforeARole(unittest.TestCase):
    def test_the_words_before_a_role_are_no_person(self):
        facts = digest("Ana Ruiz blamed Velkar activists. Local Velkar leader Abdul Mannan denied it.")
        self.assertEqual(roles(facts), [("Ana Ruiz", None), ("Abdul Mannan", "Local Velkar leader")])


class NamesBeforeALeadersTitle(unittest.TestCase):
    def test_two_words_before_a_founder_name_a_body(self):
        facts = digest("Jan Velkaj founder Pradeep Orsker's party failed to win a seat, trends show.")
        self.assertEqual((names(facts, "organisations"), names(facts, "people")),
                         (["Jan Velkaj"], ["Pradeep Orsker"]))


class InitialsLikeAFirmsSuffix(unittest.TestCase):
    def test_dotted_initials_before_a_name_are_the_persons(self):
        facts = digest("The agency named his associates, including N.V. Kiran Reddy of Orsk Mining Company.")
        self.assertEqual((names(facts, "people"), names(facts, "organisations")),
                         (["N.V. Kiran Reddy"], ["Orsk Mining Company"]))

    def test_the_suffix_after_a_firms_name_stays_the_firms(self):
        facts = digest("Shares of Velmar B.V. rose on Monday.")
        self.assertEqual(names(facts, "organisations"), ["Velmar B.V."])


class APlaceAfterAWord(unittest.TestCase):
    def test_a_place_named_alone_is_no_family_name(self):
        facts = digest('Kerala Chief Minister Ana Velkar called it "a big step towards Viksit Kerala". '
                       'Imran Velkarov met him in Kerala.')
        self.assertEqual(names(facts, "people"), ["Ana Velkar", "Imran Velkarov"])

    def test_a_family_name_used_alone_still_makes_a_person(self):
        facts = digest("Corwin Tarrow met the board on Monday. Tarrow later resigned.")
        self.assertEqual(names(facts, "people"), ["Corwin Tarrow"])


class TheBudget(unittest.TestCase):
    def test_the_budget_is_a_document_not_a_body(self):
        facts = digest("Prime Minister Ana Velkar defended last week's Budget. Lin Orsk raised taxes in the Budget.")
        self.assertEqual(facts["organisations"], [])


class TheHousesOfAParliament(unittest.TestCase):
    def test_the_commons_and_the_lords_are_bodies(self):
        facts = digest("Ms Velkar stood up in the Commons on Wednesday. The Lords will vote next week.")
        self.assertEqual(names(facts, "organisations"), ["Commons", "Lords"])


class HeadlineTags(unittest.TestCase):
    def test_live_in_a_headline_names_nothing(self):
        facts = digest("Tolpur floods LIVE: 12 dead as rivers rise\nPolice said 12 people died in the city.")
        self.assertEqual(facts["organisations"], [])


class NamedAsARole(unittest.TestCase):
    def test_a_participle_before_as_and_a_role(self):
        facts = digest("The board named its squad, with Torvin Halmsted returning as captain.")
        self.assertEqual(names(facts, "people"), ["Torvin Halmsted"])

    def test_resigned_as_the_head_of_an_office(self):
        facts = digest("The talks went on after Oleksiy Tarvenko resigned as head of the presidential office.")
        self.assertEqual(names(facts, "people"), ["Oleksiy Tarvenko"])


class RolesInAppositions(unittest.TestCase):
    def test_a_party_supremo_or_a_militia_chieftain_is_a_role(self):
        facts = digest("VDP supremo Anvita Velkar slammed the move. Militia chieftain Velan Rao fled.")
        self.assertEqual(roles(facts), [("Anvita Velkar", "VDP supremo"), ("Velan Rao", "Militia chieftain")])

    def test_trades_of_the_stage_and_the_pitch_are_roles(self):
        facts = digest("Playwright Orsolya Tarrow wrote it. Velmar cricketer Dinesh Orskar was there. Rapper "
                       "Kofi Velmaro sang.")
        self.assertEqual(roles(facts), [("Orsolya Tarrow", "Playwright"), ("Dinesh Orskar", "Velmar cricketer"),
                                        ("Kofi Velmaro", "Rapper")])

    def test_a_relative_clause_is_no_part_of_the_role(self):
        facts = digest('"We need boats," said Rashid Velani, a farmer whose house was washed away.')
        self.assertEqual(roles(facts), [("Rashid Velani", "a farmer")])

    def test_a_long_relative_clause_leaves_the_role_before_it(self):
        facts = digest('Talks ended.\n\nLira Velkova, the Tarvian-born poet whose books "Salt" and "Orsk" were read for '
                       'six decades, died on Saturday.')
        self.assertEqual(roles(facts), [("Lira Velkova", "the Tarvian-born poet")])

    def test_an_apposition_ends_at_a_full_stop_after_a_year(self):
        facts = digest("The plant, owned by tycoon Aliko Velgote, began output in September 2024. Its spokesman, "
                       "Ana Ruiz, said so.")
        self.assertEqual(roles(facts), [("Aliko Velgote", "tycoon"), ("Ana Ruiz", "spokesman")])
        facts = digest("Bail went to Ana Tovar, jailed in 2019. Chief Justice Lin Ruiz said so.")
        self.assertEqual(roles(facts), [("Ana Tovar", None), ("Lin Ruiz", "Chief Justice")])

    def test_a_head_of_a_body_whose_name_holds_a_rank(self):
        facts = digest("The delegation was led by Ana Velsiq, head of the General Directorate of Intelligence.")
        self.assertEqual(roles(facts), [("Ana Velsiq", "head of the General Directorate of Intelligence")])

    def test_the_role_after_an_age(self):
        facts = digest("Darren Tolkar, 34, the chief executive of Ledvar Inc., was arrested at his home.")
        self.assertEqual(roles(facts), [("Darren Tolkar", "the chief executive of Ledvar Inc.")])

    def test_an_abbreviation_inside_a_role_that_ends_the_sentence(self):
        facts = digest('"Nobody is above the law," said Jay Tolkar, the U.S. attorney in Tolmer.')
        self.assertEqual(roles(facts), [("Jay Tolkar", "the U.S. attorney in Tolmer")])

    def test_a_participle_and_its_object_are_no_role(self):
        facts = digest("A drone struck a car near the town of Bint Velbeil, killing one soldier. Ana Ruiz, managing "
                       "director of Velcom, left.")
        self.assertEqual((names(facts, "places"), roles(facts)),
                         (["Bint Velbeil"], [("Ana Ruiz", "managing director of Velcom")]))

    def test_an_infinitive_after_a_name_is_no_role(self):
        facts = digest("The president nominated his deputy, Susan Velmari, to head the central bank, and Lin Orsk, "
                       "an economist, will advise her.")
        self.assertEqual(roles(facts), [("Susan Velmari", None), ("Lin Orsk", "an economist")])

    def test_a_role_ends_with_its_sentence(self):
        facts = digest("The vote was fair, said Ana Ruiz, the party leader. Then Lin Baptiste, a lawyer, left.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "the party leader"), ("Lin Baptiste", "a lawyer")])


class RolesAndNamesOfClubs(unittest.TestCase):
    def test_a_verb_after_the_club_ends_the_role(self):
        facts = digest("Tolmer United sacked manager Ina ten Brink on Monday. Ten Brink, 51, had won the cup.")
        self.assertEqual(roles(facts), [("Ina ten Brink", "manager")])
        self.assertEqual(names(facts, "organisations"), ["Tolmer United"])

    def test_a_participle_before_a_title_stays_in_the_role(self):
        self.assertEqual(roles(digest("The retired judge Ana Ruiz spoke first.")), [("Ana Ruiz", "retired judge")])

    def test_sporting_opening_a_sentence_is_the_club_s_name(self):
        facts = digest("Sporting Tolmer coach Ana Ruiz is the favourite.")
        self.assertEqual(names(facts, "organisations"), ["Sporting Tolmer"])
        self.assertEqual(roles(facts), [("Ana Ruiz", "Sporting Tolmer coach")])

    def test_cabinet_before_secretary_is_part_of_the_title(self):
        facts = digest("Among those dismissed was Interior Cabinet Secretary Ana Ruiz.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "Interior Cabinet Secretary")])
        self.assertNotIn("Interior Cabinet", names(facts, "organisations"))


class ModelDesignations(unittest.TestCase):
    def test_a_model_s_letters_and_digits_name_nothing(self):
        facts = digest("The Tolmer Navy flew F-22 fighters and a C-7A, and the army drove the M2-A3. "
                       "The K9 howitzer fired too.")
        self.assertEqual(names(facts, "organisations"), ["Tolmer Navy"])
        self.assertEqual(facts["places"], [])

    def test_a_credit_rating_names_nothing(self):
        facts = digest("The agency cut Tolmer Power's debt to Ba1 from Baa-2, and its paper to Prime-3.")
        self.assertEqual(facts["places"], [])


class NamedStormsAndOperations(unittest.TestCase):
    def test_a_storm_or_an_operation_is_no_person_and_its_short_form_no_place(self):
        facts = digest("Hurricane Lorna hit the coast on Monday. Damage from Lorna was heavy in Tolmer. "
                       "Operation Swift Retort began at dawn.")
        self.assertEqual(facts["people"], [])
        self.assertEqual(names(facts, "places"), ["Tolmer"])

    def test_a_ship_is_no_organisation_nor_person(self):
        facts = digest("A blast hit the USS Corwin in Tolmer harbour. The Corwin was refuelling.")
        self.assertEqual(facts["organisations"] + facts["people"], [])


class TheFirstWordAfterADateline(unittest.TestCase):
    def test_the_word_after_a_dateline_opens_a_sentence(self):
        for text in ("TOLMER: Interim government chief Ana Ruiz met the envoys on Saturday.",
                     "TOLMER (Reuters) - Interim government chief Ana Ruiz met the envoys."):
            facts = digest(text)
            self.assertEqual(names(facts, "people"), ["Ana Ruiz"], text)


class ClubsNamedAfterACounty(unittest.TestCase):
    def test_a_county_in_a_results_table_is_a_club(self):
        facts = digest("Standings after Saturday's games:\nTolmer Athletic 5 4 0 1 12 5 12\n"
                       "Harlow County 5 0 1 4 4 11 1\n")
        self.assertIn("Harlow County", names(facts, "organisations"))
        self.assertEqual(facts["places"], [])

    def test_a_county_written_as_a_place_stays_one(self):
        facts = digest("Floods hit Harlow County on Monday, and roads in Harlow County were shut.")
        self.assertEqual(names(facts, "places"), ["Harlow County"])


class TerritoriesThatFieldNationalSides(unittest.TestCase):
    def test_island_territories_are_countries(self):
        facts = digest("The Faroe Islands beat Tolmer 2-1, and the Cayman Islands drew 0-0 with Harlow.")
        self.assertEqual(names(facts, "places")[:2], ["Faroe Islands", "Cayman Islands"])


class MoreTitlesAndRoles(unittest.TestCase):
    def test_chair_heads_a_title_and_an_advocate_is_a_role(self):
        self.assertEqual(roles(digest("Velmar Chair Ana Ruiz said customers were misled.")),
                         [("Ana Ruiz", "Velmar Chair")])
        self.assertEqual(roles(digest("Senior advocate Ravi Tarkar argued for the petitioners.")),
                         [("Ravi Tarkar", "Senior advocate")])

    def test_a_role_does_not_reach_back_over_a_full_stop(self):
        facts = digest("Ana Ruiz stays on as the group's chief counsel. "
                       "Velmar, a Tolmer-based lender, will put $27 million into the venture.")
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])

    def test_a_person_named_as_a_minister_or_secretary(self):
        facts = digest("Senators will vote to confirm Pete Tarkington as defence secretary.")
        self.assertEqual(names(facts, "people"), ["Pete Tarkington"])

    def test_a_single_word_named_as_a_chief_is_not_decided_by_it(self):
        facts = digest("Ana Ruiz joined Velmar as chief executive in May.")
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])


class FirmsWithAWebAddressForAName(unittest.TestCase):
    def test_a_dot_com_name_is_one_word(self):
        facts = digest("Regulators sued Velmart.com Inc. over its subscriptions.")
        self.assertEqual(names(facts, "organisations"), ["Velmart.com Inc"])
        self.assertEqual(facts["places"], [])


class TitlesAloneAndAppositions(unittest.TestCase):
    def test_the_place_before_a_title_alone_is_kept(self):
        facts = digest("The Balochistan Inspector General of Police, Ana Ruiz, announced a reward.")
        self.assertEqual(names(facts, "places"), ["Balochistan"])
        self.assertEqual(facts["organisations"], [])

    def test_a_maker_in_apposition_is_a_firm(self):
        facts = digest("They bought doses from Tarvik Nordic, the Danish drugmaker.")
        self.assertEqual(names(facts, "organisations"), ["Tarvik Nordic"])

    def test_centres_for_a_cause_are_one_name(self):
        facts = digest("The Tolmer Centres for Disease Control said cases rose.")
        self.assertEqual(names(facts, "organisations"), ["Tolmer Centres for Disease Control"])


class FamiliesAndCompanies(unittest.TestCase):
    def test_a_family_named_by_a_person_s_surname_is_people(self):
        facts = digest("Ana Velkov sold the house in May. The Velkovs moved to Tolmer.")
        self.assertEqual(names(facts, "people"), ["Ana Velkov", "Velkovs"])
        self.assertEqual(facts["organisations"], [])

    def test_cos_ends_a_firm_s_name(self):
        facts = digest("Tarvek Morris Cos. said its profit rose.")
        self.assertEqual(names(facts, "organisations"), ["Tarvek Morris Cos"])
        self.assertEqual(facts["people"], [])


class AGivenNameAlone(unittest.TestCase):
    def test_a_common_given_name_alone_mid_sentence_is_a_person(self):
        facts = digest("The crew waited for hours, and then Nadia and Rohan climbed down to the boat.")
        self.assertEqual(names(facts, "people"), ["Nadia", "Rohan"])

    def test_after_the_it_is_not(self):
        self.assertEqual(digest("Dealers said the Nadia sold well in Tolmer.")["people"], [])

    def test_after_a_possessive_it_is_not_but_after_a_kin_word_it_is(self):
        self.assertEqual(digest("Police raided his Gulshan residence on Monday.")["people"], [])
        self.assertEqual(names(digest("She came with her son David on Monday."), "people"), ["David"])


class PointsOfTheCompass(unittest.TestCase):
    def test_a_point_of_the_compass_alone_is_a_region(self):
        facts = digest("Voters in the South backed Ana Ruiz, and the West watched closely.")
        self.assertEqual(names(facts, "places"), ["South", "West"])
        self.assertEqual(facts["organisations"], [])

    def test_a_compass_adjective_alone_is_not(self):
        self.assertEqual(digest("Sales rose in the Eastern and Central zones.")["places"], [])


class StakesInAFirm(unittest.TestCase):
    def test_a_stake_or_shares_in_a_name_make_it_a_firm(self):
        for sentence in ("Tarvia Fund bought a 5% stake in Velmar last week.",
                         "Pension funds hold shares in Velmar and Orskit."):
            facts = digest(sentence)
            self.assertIn("Velmar", names(facts, "organisations"), sentence)
            self.assertEqual(facts["places"], [], sentence)


class GoalScorers(unittest.TestCase):
    def test_a_name_with_a_goal_s_minute_is_a_person(self):
        facts = digest("Tolmer 2 Harlow 1\nScorers: Tolmer - Varun Oskedal (12th), Pelle Marrant (88th pen)\n")
        self.assertEqual(names(facts, "people"), ["Varun Oskedal", "Pelle Marrant"])


class ABodyCalledByAnotherName(unittest.TestCase):
    def test_a_name_in_apposition_with_a_body_is_the_body(self):
        facts = digest("Orskel, the Tolmer Teachers Union, called a strike on Monday.")
        self.assertEqual(names(facts, "organisations"), ["Orskel", "Tolmer Teachers Union"])

    def test_a_person_with_a_body_s_role_stays_a_person(self):
        facts = digest("Ana Ruiz, the Tolmer Party leader, spoke first.")
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])


class WordsBeforeANameOpeningASentence(unittest.TestCase):
    def test_a_describing_word_opening_a_sentence_is_no_part_of_the_name(self):
        for sentence, name in (("Rival Velmar Motors & Co gained 2% on Monday.", "Velmar Motors & Co"),
                               ("Troubled Orskit Inc. said it would sell its plants.", "Orskit Inc"),
                               ("Opposition Tolmer Party MP Ana Velkar said it was late.", "Tolmer Party")):
            self.assertEqual(names(digest(sentence), "organisations"), [name], sentence)

    def test_the_describing_word_stays_in_the_title_it_opens(self):
        for sentence, role in (("Opposition Leader Ana Velkar said it was late.", "Opposition Leader"),
                               ("Former MP Hon. Ana Velkar said it was late.", "Former MP Hon.")):
            self.assertEqual([(p["name"], p["role"]) for p in digest(sentence)["people"]], [("Ana Velkar", role)])


class NamesOpeningWithAnArabicArticle(unittest.TestCase):
    def test_a_group_written_with_al_in_lower_case_is_found(self):
        facts = digest("Fighters linked to al-Qaeda attacked the town. Al-Qaeda said nothing.")
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]], [("al-Qaeda", 2)])

    def test_a_lone_word_with_al_is_no_person(self):
        facts = digest("The newspaper al-Tarvani said on Friday that talks failed.")
        self.assertEqual(names(facts, "organisations"), ["al-Tarvani"])
        self.assertEqual(facts["people"], [])

    def test_a_person_with_al_stays_one_name(self):
        facts = digest("The minister, Karim al-Haddad, said al-Haddad would go.")
        self.assertEqual(roles(facts), [("Karim al-Haddad", "minister")])
        self.assertEqual(facts["organisations"], [])

    def test_a_name_in_english_in_brackets_is_no_player_s_country(self):
        facts = digest("Police detained members of the group al-Tarvan al-Islamiya (Islamic Group) on Friday.")
        self.assertIn("al-Tarvan al-Islamiya", names(facts, "organisations"))
        self.assertEqual(facts["people"], [])


class AdjectivesThatAreRoles(unittest.TestCase):
    def test_the_official_paper_is_no_person_s_role(self):
        facts = digest("Eight people were held, the official Tarvani newspaper said on Thursday.")
        self.assertEqual(names(facts, "organisations"), ["Tarvani"])
        self.assertEqual(facts["people"], [])

    def test_an_official_with_a_comma_or_a_modifier_is_a_role(self):
        facts = digest("A senior official Ana Ruiz said so. The official, Lin Tovar, agreed.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "senior official"), ("Lin Tovar", "official")])


class BodiesOfAListedOrganisation(unittest.TestCase):
    def test_the_owner_s_short_form_opens_the_body_s_name(self):
        facts = digest("The UN Office for Tarvian Affairs (OTA) says 4,000 people fled. OTA sent tents.")
        self.assertEqual([(o["name"], o["acronym"], o["mentions"]) for o in facts["organisations"]],
                         [("UN Office for Tarvian Affairs", "OTA", 2)])

    def test_a_person_before_a_body_stays_apart(self):
        facts = digest("Ana Ruiz of the Council for Peace (CP) spoke. The UN sent food.")
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])
        self.assertEqual(names(facts, "organisations"), ["Council for Peace", "UN"])


class PortfoliosBeforeAComma(unittest.TestCase):
    def test_a_portfolio_joined_by_and_is_the_title_of_the_name_after_the_comma(self):
        facts = digest("Tarvia's Minister for Physical Infrastructure and Transport, Velk Ormandy, resigned.")
        self.assertEqual(roles(facts), [("Velk Ormandy", "Minister for Physical Infrastructure and Transport")])

    def test_a_title_with_of_before_a_comma(self):
        facts = digest("The Minister of Home Affairs, Ana Ruiz, resigned.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "Minister of Home Affairs")])

    def test_a_second_portfolio_after_for(self):
        facts = digest("Minister of State for Finance Lin Tovar spoke. "
                       "Assistant Secretary of State for Asian Affairs Carl Orsk agreed.")
        self.assertEqual(roles(facts), [("Lin Tovar", "Minister of State for Finance"),
                                        ("Carl Orsk", "Assistant Secretary of State for Asian Affairs")])

    def test_words_before_a_comma_that_are_no_title_give_no_role(self):
        facts = digest("In Tolmer Vale, Ana Ruiz waited. Ruiz left.")
        self.assertEqual(roles(facts), [("Ana Ruiz", None)])


class AndBetweenTwoNames(unittest.TestCase):
    def test_an_and_after_a_person_s_name_begins_another(self):
        facts = digest("Minister for Finance Ana Ruiz and Lin Tovar spoke. Tovar agreed.")
        self.assertEqual(names(facts, "people"), ["Ana Ruiz", "Lin Tovar"])

    def test_an_and_before_a_person_s_name_ends_a_body(self):
        facts = digest("Professors of the University of Tolland and Daniel Orsk of the College of Vel spoke.")
        self.assertEqual(names(facts, "organisations"), ["University of Tolland", "College of Vel"])
        self.assertEqual(names(facts, "people"), ["Daniel Orsk"])

    def test_an_and_inside_a_ministry_s_name_stays(self):
        facts = digest("The Ministry of Water and Power said so.")
        self.assertEqual(names(facts, "organisations"), ["Ministry of Water and Power"])


class InitialsWithoutASpace(unittest.TestCase):
    def test_initials_run_on_to_the_name_mark_a_person(self):
        facts = digest("Velmar 471 (T.O'Garvan 109 not out). Later M.K.Torvalin met K.P.Sharma Velk in Tolmer.")
        self.assertEqual(names(facts, "people"), ["T.O'Garvan", "M.K.Torvalin", "K.P.Sharma Velk"])

    def test_a_hyphenated_word_after_an_initial_is_no_person(self):
        facts = digest("Scientists at U.Tolland-Velmar said so.")
        self.assertEqual(facts["people"], [])


class TitlesInsideAnApposition(unittest.TestCase):
    def test_a_title_before_a_name_in_the_apposition_is_not_the_role_of_the_word_before(self):
        facts = digest("At Tolmer Vale, Tolland captain Ana Ruiz, another player dropped, scored 70.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "Tolland captain")])

    def test_an_apposition_that_is_a_role_stays_one(self):
        facts = digest("Lin Tovar, the chief executive of Velmar Corp, said so.")
        self.assertEqual(roles(facts), [("Lin Tovar", "the chief executive of Velmar Corp")])


class NationAsABody(unittest.TestCase):
    def test_a_nation_of_a_people_or_faith_is_one_organisation(self):
        facts = digest("The donation went to the Nation of Velmar group after the talks. The Tolland Nation agreed.")
        self.assertEqual(names(facts, "organisations"), ["Nation of Velmar", "Tolland Nation"])


class ASurnameSharedInAFamily(unittest.TestCase):
    def test_the_surname_alone_is_the_person_named_first(self):
        facts = digest("President Boris Velkin visited his wife Naina Velkin in hospital. Velkin said she was well.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["people"]],
                         [("Boris Velkin", 2), ("Naina Velkin", 1)])

    def test_a_given_name_two_people_share_belongs_to_neither(self):
        facts = digest("Babar Velk and Babar Orsk batted on Monday. Babar was out first.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["people"]][:2],
                         [("Babar Velk", 1), ("Babar Orsk", 1)])


class PlaceWordsOfManyCountries(unittest.TestCase):
    def test_townships_nagars_chowks_and_deltas_are_places(self):
        facts = digest("Residents of Velmar Township and Orsk Nagar left. Police at Tarvi Chowk and in the "
                       "Kelmar Delta said so.")
        self.assertEqual(names(facts, "places"), ["Velmar Township", "Orsk Nagar", "Tarvi Chowk", "Kelmar Delta"])
        self.assertEqual(facts["organisations"], [])


class SurnamesThatAreMonths(unittest.TestCase):
    def test_a_given_name_before_may_is_a_person_s_whole_name(self):
        facts = digest("Theresa May said in May that Tolland sales rose. Brian May agreed.")
        self.assertEqual(names(facts, "people"), ["Theresa May", "Brian May"])
        self.assertEqual([d["text"] for d in facts["dates"]], ["May"])


class SouthAsianHonorifics(unittest.TestCase):
    def test_shri_and_smt_are_no_part_of_the_name(self):
        facts = digest("Smt. Velna Ormandy and Shri Tarun Velkar met on Monday.")
        self.assertEqual(names(facts, "people"), ["Velna Ormandy", "Tarun Velkar"])


class BylinesAboveADateline(unittest.TestCase):
    def test_a_name_alone_above_a_dateline_is_a_person(self):
        facts = digest("Top Tarvian politician blasts president.\nZhirvan Oskadze\nTOLMER 1996-08-30\n"
                       "A senior politician accused the president on Friday.\n")
        self.assertEqual(names(facts, "people"), ["Zhirvan Oskadze"])

    def test_a_headline_ending_in_a_town_above_its_dateline_stays_a_place(self):
        facts = digest("Two die as blast hits Tolmer\nTOLMER 1996-08-30\nTwo people died in Tolmer on Friday.\n")
        self.assertEqual(facts["people"], [])
        self.assertEqual(names(facts, "places"), ["Tolmer"])


class NamesCutByALineBreak(unittest.TestCase):
    def test_the_word_after_a_given_name_that_ends_a_line_is_a_person_s(self):
        facts = digest("Teams:\nTolland - Ian Velk (captain), Michael Orsk, Damien\nFlemmard, Jason Gilvey, Ricky\n"
                       "O'Pontano, Michael Slatter.\n")
        self.assertIn("O'Pontano", names(facts, "people"))
        self.assertEqual(facts["organisations"], [])

    def test_a_line_that_ends_a_sentence_lends_no_given_name(self):
        facts = digest("Ana Ruiz wrote the note.\nVelmar shares rose 4% on Monday.\n")
        self.assertEqual(names(facts, "organisations"), ["Velmar"])


class SurnamesWithAParticle(unittest.TestCase):
    def test_a_surname_with_its_particle_capitalised_is_the_same_person(self):
        facts = digest("Fly-half Pieter van der Velkhuizen kicked two goals. Later Van der Velkhuizen was hurt.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["people"]], [("Pieter van der Velkhuizen", 2)])


class BodiesInsideTitles(unittest.TestCase):
    def test_a_cabinet_secretary_names_no_cabinet(self):
        facts = digest("Treasury Cabinet Secretary Velk Ormandy said taxes would rise.")
        self.assertEqual(roles(facts), [("Velk Ormandy", "Treasury Cabinet Secretary")])
        self.assertEqual(names(facts, "organisations"), ["Treasury"])


class SingleLettersAfterATitle(unittest.TestCase):
    def test_a_letter_after_a_title_word_is_no_person(self):
        facts = digest("The vote split Gen Z voters from their parents.")
        self.assertEqual(facts["people"], [])


class TownAndStateBeforeBased(unittest.TestCase):
    def test_a_town_and_state_before_based_is_a_place(self):
        facts = digest("The Corvale, California-based company said it would appeal.")
        self.assertEqual(names(facts, "places"), ["Corvale", "California"])
        self.assertEqual(facts["organisations"], [])


class LandsThatFieldNationalSides(unittest.TestCase):
    def test_a_territory_s_side_in_results_is_the_territory(self):
        facts = digest("Results of World Cup qualifiers on Saturday:\nTolland 2 Moldova 0\nHong Kong 0 Japan 4\n"
                       "Faroe Islands 1 Gibraltar 1\n")
        self.assertEqual(set(names(facts, "places")) & {"Hong Kong", "Faroe Islands", "Gibraltar"},
                         {"Hong Kong", "Faroe Islands", "Gibraltar"})
        self.assertEqual(set(names(facts, "organisations")) & {"Hong Kong", "Faroe Islands", "Gibraltar"}, set())

    def test_a_town_s_side_in_results_is_a_club(self):
        facts = digest("Results of league matches on Saturday:\nKingsport 2 Ravenhill 0\n")
        self.assertEqual(names(facts, "organisations"), ["Kingsport", "Ravenhill"])


class ProvincesByTheirShortForms(unittest.TestCase):
    def test_kpk_is_khyber_pakhtunkhwa_and_kp_opens_a_name(self):
        facts = digest("The KPK government announced relief for flood victims in Swat. Nepal's KP Sharma Oli "
                       "sent condolences.")
        self.assertEqual(names(facts, "places"), ["KPK", "Swat", "Nepal"])
        self.assertEqual(names(facts, "people"), ["KP Sharma Oli"])


class DatelinesOfUnlistedTowns(unittest.TestCase):
    def test_a_listed_town_of_three_words_opens_a_dateline_and_a_name_of_three_words_does_not(self):
        facts = digest("Flour runs short\n\nDERA ISMAIL KHAN, Dec 4 (Reuters) - Police said on Thursday that three "
                       "men were held.\nAna Lucia Velkar, Dec 4, wrote to the editor.")
        self.assertEqual(names(facts, "places"), ["Dera Ismail Khan"])
        self.assertEqual(names(facts, "people"), ["Ana Lucia Velkar"])

    def test_an_unlisted_town_before_an_agency_or_a_long_dash_is_a_place(self):
        for text in ("VELKARA (AP) — Police said on Monday that three men were arrested after the raid.",
                     "VELKARA — Police said on Monday that three men were arrested after the raid.",
                     "VELKARA — Tolland's army said on Monday that three men were arrested after the raid."):
            facts = digest(text)
            self.assertIn("Velkara", names(facts, "places"), text)
            self.assertNotIn("VELKARA", names(facts, "organisations"), text)

    def test_a_wire_s_label_or_a_word_of_the_story_is_no_town(self):
        for text in ("PRESS DIGEST - The Tolmer Courier said the budget would be cut.",
                     "WEATHER — Rain is expected across the north on Monday, the weather office said."):
            self.assertEqual(digest(text)["places"], [], text)


class InBeforeAnOwner(unittest.TestCase):
    def test_in_before_a_possessive_names_no_place(self):
        self.assertEqual(digest("The court heard evidence in Velkaran's trial on Monday.")["places"], [])

    def test_in_before_a_word_is_a_place(self):
        self.assertEqual(names(digest("Fighting resumed in Velkaran on Monday."), "places"), ["Velkaran"])


class GivenNamesOfManyCultures(unittest.TestCase):
    def test_arab_persian_and_african_given_names_open_a_person_s_name(self):
        facts = digest("The deal was backed by Hossein Velmari and Abiy Tolassa, officials said. Talks between "
                       "Massoud Orskani and the council ended on Monday.")
        self.assertEqual(names(facts, "people"), ["Hossein Velmari", "Abiy Tolassa", "Massoud Orskani"])

    def test_an_english_word_among_such_names_is_left_out(self):
        for sentence in ("The boat left before Massoud could board.", "The boat left before Tamer could board."):
            self.assertEqual(len(digest(sentence)["people"]), sentence.count("Massoud"), sentence)


class NamesInsideOtherThings(unittest.TestCase):
    def test_a_disease_named_after_someone_names_no_one(self):
        facts = digest("Patients with Velkman's disease and Lou Orskig's syndrome were treated in Tolmer.")
        self.assertEqual(facts["people"], [])
        self.assertEqual(facts["organisations"], [])

    def test_a_headline_quoted_in_title_case_names_nothing(self):
        facts = digest('Your article "Tolland\'s Financial Firms Lure Science Graduates" states that banks hire '
                       'physicists, Ana Ruiz writes.')
        self.assertEqual(facts["organisations"], [])
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])


class AWordAfterThe(unittest.TestCase):
    def test_the_before_a_word_that_acts_as_a_body(self):
        facts = digest("Officials said the Velkora had filed the complaint, and the Velkora said it would appeal.")
        self.assertEqual(names(facts, "organisations"), ["Velkora"])
        self.assertEqual(names(digest("The Velkora's board met on Monday."), "organisations"), ["Velkora"])

    def test_the_alone_before_a_word_names_no_body(self):
        for sentence in ("Fans flocked to the Velmarena for the final.",
                         "Wreckage of the Tarvanik was found near the coast."):
            self.assertEqual(digest(sentence)["organisations"], [], sentence)


class RolesAfterAVerb(unittest.TestCase):
    def test_a_verb_after_also_is_no_part_of_the_role(self):
        facts = digest("The tribunal also sentenced former police chief Velk Ormandy to five years.")
        self.assertEqual(roles(facts), [("Velk Ormandy", "former police chief")])

    def test_a_participle_after_a_comma_is_no_part_of_the_role(self):
        facts = digest("He won with 42.3 percent, defeating opposition leader Velk Ormandy.")
        self.assertEqual(roles(facts), [("Velk Ormandy", "opposition leader")])

    def test_a_participle_before_a_role_stays_in_it(self):
        facts = digest("The retired judge Ana Ruiz agreed.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "retired judge")])

    def test_a_list_s_bullet_is_no_part_of_the_role(self):
        facts = digest("• President Velk Ormandy signed it into law the same day.\n* Finance Minister Ana Ruiz agreed.")
        self.assertEqual(roles(facts), [("Velk Ormandy", "President"), ("Ana Ruiz", "Finance Minister")])

    def test_a_verb_after_a_subject_in_lower_case_is_no_part_of_the_role(self):
        facts = digest("A Tolland court today sentenced former land minister Velk Ormandy to seven years.")
        self.assertEqual(roles(facts), [("Velk Ormandy", "former land minister")])

    def test_a_participle_after_a_qualifying_word_stays_in_the_role(self):
        facts = digest("The much criticised police chief Velk Ormandy resigned on Monday.")
        self.assertEqual(roles(facts), [("Velk Ormandy", "much criticised police chief")])
        facts = digest("The newly elected mayor Ana Ruiz spoke.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "newly elected mayor")])


class TitlesAfterAPlaceThatEndsInAGivenName(unittest.TestCase):
    def test_a_title_after_a_listed_place_ending_in_a_given_name(self):
        facts = digest("Los Angeles Mayor Velk Ormandy spoke on Monday.")
        self.assertEqual(roles(facts), [("Velk Ormandy", "Los Angeles Mayor")])
        self.assertEqual(names(facts, "places"), ["Los Angeles"])
        self.assertEqual(facts["organisations"], [])

    def test_a_place_with_the_opening_a_run_keeps_it(self):
        facts = digest("The Hague Mayor Velk Ormandy spoke on Monday.")
        self.assertEqual(names(facts, "places"), ["The Hague"])

    def test_a_title_after_a_given_name_is_a_surname(self):
        facts = digest("John Major spoke on Monday.")
        self.assertEqual(roles(facts), [("John Major", None)])


class TitleWordsOpeningABody(unittest.TestCase):
    def test_a_title_word_before_an_organisation_word_names_a_body(self):
        facts = digest("Major League Tarball plans to grow. General Assembly members voted.")
        self.assertEqual(names(facts, "organisations"), ["Major League Tarball", "General Assembly"])
        self.assertEqual(facts["people"], [])

    def test_a_title_before_a_name_stays_a_title(self):
        facts = digest("Police Inspector Ana Ruiz spoke.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "Police Inspector")])


class CountiesOfBritain(unittest.TestCase):
    def test_a_county_after_a_town_is_a_place(self):
        facts = digest("Dara Velk, 54, of Harrogate, North Yorkshire, admitted fraud. She moved to Merseyside.")
        self.assertEqual(names(facts, "places"), ["Harrogate", "North Yorkshire", "Merseyside"])

    def test_a_county_that_fields_a_cricket_side_is_left_to_the_context(self):
        facts = digest("Kent 108-3 (Ana Ruiz 55 not out).")
        self.assertEqual(names(facts, "organisations"), ["Kent"])
        self.assertEqual(facts["places"], [])


class TitlesOfABodyNamedWithOf(unittest.TestCase):
    def test_a_title_after_a_body_with_of_splits_the_body_from_its_holder(self):
        facts = digest("Bank of Tarvania Governor Velk Ormandy said rates would rise.")
        self.assertEqual(roles(facts), [("Velk Ormandy", "Bank of Tarvania Governor")])
        self.assertEqual(names(facts, "organisations"), ["Bank of Tarvania"])

    def test_a_lower_case_title_after_such_a_body_keeps_the_body_in_the_role(self):
        facts = digest("The University of Tolland president Dara Velk resigned.")
        self.assertEqual(roles(facts), [("Dara Velk", "University of Tolland president")])

    def test_a_title_inside_a_body_after_of_the_stays_in_the_body(self):
        facts = digest("The Office of the President said so. The Association of Chief Police Officers agreed.")
        self.assertEqual(names(facts, "organisations"), ["Office of the President", "Association of Chief Police Officers"])

    def test_a_name_of_unlisted_words_after_of_the_and_a_body_of_no_listed_kind(self):
        facts = digest("Leader of the Opposition Suvir Adhikoran said his party would win 170 seats.")
        self.assertEqual(roles(facts), [("Suvir Adhikoran", "Leader of the Opposition")])
        facts = digest("He met the Commissioner of the Tolland Tribunal on Monday.")
        self.assertEqual(facts["people"], [])

    def test_general_headquarters_is_a_body_not_a_general(self):
        facts = digest("A mob gathered outside the General Headquarters in Velkapur on Friday.")
        self.assertEqual((facts["people"], names(facts, "organisations")), ([], ["General Headquarters"]))


class RetiredRanksAndIrishTitles(unittest.TestCase):
    def test_retd_after_a_rank_stays_in_the_title(self):
        facts = digest("The adviser, Brig Gen (retd) M Velkan Hossain, met union leaders.")
        self.assertEqual(roles(facts), [("M Velkan Hossain", "Brig Gen (retd)")])

    def test_retd_after_an_abbreviated_rank_stays_in_the_title(self):
        facts = digest("The centre's chief, Maj. Gen. (Retd) Savath Kelugoda, said 64 people died.")
        self.assertEqual(roles(facts), [("Savath Kelugoda", "Maj. Gen. (Retd)")])

    def test_abbreviated_ranks_with_a_full_stop_are_titles(self):
        for rank in ("Brig.", "Insp.", "Supt.", "Cmdr.", "Cpl."):
            facts = digest(f"{rank} Savath Kelugoda said the road was shut.")
            self.assertEqual(roles(facts), [("Savath Kelugoda", rank)])

    def test_retd_after_a_name_joins_nothing(self):
        facts = digest("She met Dara Velk (retd) on Monday.")
        self.assertEqual(roles(facts), [("Dara Velk", None)])

    def test_the_taoiseach_is_a_title(self):
        facts = digest("Taoiseach Ciaran Velk met the visitors.")
        self.assertEqual(roles(facts), [("Ciaran Velk", "Taoiseach")])


class LegalFormsOfManyCountries(unittest.TestCase):
    def test_nordic_and_south_asian_legal_forms_end_a_firm(self):
        facts = digest("Velkkila Oy cut jobs. Tormund Halvorsen AB rose. Velmar Pvt Ltd fell, Dara Velk said.")
        self.assertEqual(names(facts, "organisations"), ["Velkkila Oy", "Tormund Halvorsen AB", "Velmar Pvt Ltd"])
        self.assertEqual(names(facts, "people"), ["Dara Velk"])


class PartiesNamedByTheirMembers(unittest.TestCase):
    def test_a_name_ending_in_a_party_member_word_is_no_person(self):
        facts = digest("Chancellor Dara Velk's Christian Democrats lost. Ana Ruiz of the Social Democrats won.")
        self.assertEqual(names(facts, "people"), ["Dara Velk", "Ana Ruiz"])

    def test_a_surname_used_alone_still_makes_a_person(self):
        facts = digest("Velkan Tormund spoke first. Tormund then left.")
        self.assertEqual(names(facts, "people"), ["Velkan Tormund"])


class CountedModifiersBeforeAName(unittest.TestCase):
    def test_a_number_joined_to_a_word_is_no_part_of_the_name(self):
        facts = digest("Ten-man Velmar Rovers drew with Tolland. Four-time champion Dara Velk said so.")
        self.assertIn("Velmar Rovers", names(facts, "organisations"))
        self.assertEqual(roles(facts), [("Dara Velk", "Four-time champion")])

    def test_a_name_with_a_number_inside_stays_whole(self):
        facts = digest("The Forty-Niners beat Tolland Rovers 2-1.")
        self.assertIn("Forty-Niners", names(facts, "organisations"))


class TheGeneralStaff(unittest.TestCase):
    def test_a_general_staff_is_a_body(self):
        facts = digest("Tarvia's General Staff denied the report.")
        self.assertEqual(names(facts, "organisations"), ["General Staff"])
        self.assertEqual(facts["people"], [])

    def test_a_chief_of_staff_is_still_a_title(self):
        facts = digest("Chief of Staff Susie Velk said so. Staff Sergeant Ana Ruiz died.")
        self.assertEqual(roles(facts), [("Susie Velk", "Chief of Staff"), ("Ana Ruiz", "Sergeant")])


class PortugueseParticles(unittest.TestCase):
    def test_do_inside_a_name_joins_it(self):
        facts = digest("The summit president Andre Corvo do Lagar said the text was final.")
        self.assertEqual(roles(facts), [("Andre Corvo do Lagar", "summit president")])

    def test_do_after_a_function_word_is_the_verb(self):
        facts = digest("Why do Tarvians vote for Dara Velk?")
        self.assertEqual(names(facts, "people"), ["Dara Velk"])


class AccentedCapitals(unittest.TestCase):
    def test_a_name_opening_with_an_accented_capital_is_found(self):
        facts = digest("Émile Durvan and Łukasz Velkowski met Álvaro Orsk in Östersund on Monday.")
        self.assertEqual(names(facts, "people"), ["Émile Durvan", "Łukasz Velkowski", "Álvaro Orsk"])
        self.assertEqual(names(facts, "places"), ["Östersund"])

    def test_a_surname_opening_with_one_stays_in_the_name(self):
        facts = digest("Trade Commissioner Maroš Šelkovič said so.")
        self.assertEqual(roles(facts), [("Maroš Šelkovič", "Trade Commissioner")])


class PortfoliosAfterAClause(unittest.TestCase):
    def test_a_comma_after_a_clause_opens_no_list(self):
        facts = digest("Trade was up, Labour and Employment Minister Dara Velk said.")
        self.assertEqual(roles(facts), [("Dara Velk", "Labour and Employment Minister")])

    def test_the_last_of_a_list_of_names_keeps_its_and_apart(self):
        facts = digest("Velmar, Orskit and National Tarball Minister Ana Ruiz met.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "National Tarball Minister")])

    def test_a_standing_body_after_and_opens_a_title_of_its_own(self):
        facts = digest("It pleased Orsk and House Speaker Dara Velk.")
        self.assertEqual(roles(facts), [("Dara Velk", "House Speaker")])


class AListedFirmBeforeAnd(unittest.TestCase):
    def test_a_listed_name_of_two_words_before_and_stays_apart(self):
        facts = digest("Analysts at Goldman Sachs and Velmar Capital Markets raised their targets.")
        self.assertEqual(names(facts, "organisations"), ["Goldman Sachs", "Velmar Capital Markets"])

    def test_one_body_named_with_and_stays_whole(self):
        facts = digest("The Securities and Exchange Commission fined the firm.")
        self.assertEqual(names(facts, "organisations"), ["Securities and Exchange Commission"])


class TheDatelineTownInTheStory(unittest.TestCase):
    def test_the_story_s_spelling_of_a_dateline_town_is_one_place(self):
        facts = digest("DEIR AL-VELAH, Gaza Strip (AP) — Strikes hit the town on Saturday. "
                       "The hospital in Deir al-Velah received nine bodies, officials said.")
        places = {e["name"]: e["mentions"] for e in facts["places"]}
        self.assertEqual(places.get("Deir al-Velah"), 2, places)


class SecondLevelDivisions(unittest.TestCase):
    def test_provinces_and_boroughs_with_a_compass_word_or_particle(self):
        facts = digest("A helicopter crashed in Agusan del Sur. Ferries to the Isle of Wight stopped.")
        self.assertEqual(names(facts, "places"), ["Agusan del Sur", "Isle of Wight"])
        self.assertEqual(facts["people"], [])


class AcronymsOfListedNamesSpelledAnotherWay(unittest.TestCase):
    def test_a_listed_body_in_another_spelling_keeps_its_acronym(self):
        facts = digest("Kabul failed to act against the Tehreek-i-Taliban Pakistan (TTP), Dara Velk said. "
                       "The TTP denied it.")
        self.assertEqual([(o["name"], o["acronym"], o["mentions"]) for o in facts["organisations"]],
                         [("Tehreek-i-Taliban Pakistan", "TTP", 2)])


class RolesJoinedByAHyphen(unittest.TestCase):
    def test_two_roles_joined_by_a_hyphen_are_the_title(self):
        facts = digest("Actor-politician Velan said so. Singer-songwriter Dara Velk agreed.")
        self.assertEqual(roles(facts), [("Velan", "Actor-politician"), ("Dara Velk", "Singer-songwriter")])

    def test_a_name_joined_by_a_hyphen_stays_whole(self):
        facts = digest("Jean-Pierre Velk said so.")
        self.assertEqual(roles(facts), [("Jean-Pierre Velk", None)])

    def test_two_given_names_joined_by_a_hyphen_open_a_name(self):
        facts = digest("Hans-Peter Orsk left the talks early.")
        self.assertEqual(names(facts, "people"), ["Hans-Peter Orsk"])


class AppositionsThatEndASentence(unittest.TestCase):
    def test_a_role_after_the_last_comma_of_a_sentence(self):
        facts = digest("Observers distrusted Zelvan Orskiyev, leader of the breakaway council.")
        self.assertEqual(roles(facts), [("Zelvan Orskiyev", "leader of the breakaway council")])

    def test_a_clause_after_the_comma_is_no_role(self):
        facts = digest("Officials said Dara Velk, was appointed chief of the river board.")
        self.assertEqual(roles(facts), [("Dara Velk", None)])

    def test_a_counterpart_is_a_role(self):
        facts = digest("Envoy Marek Olund and his Tarvian counterpart Zhirvan Liparov talked by phone.")
        self.assertEqual(roles(facts), [("Marek Olund", "Envoy"), ("Zhirvan Liparov", "Tarvian counterpart")])

    def test_a_clause_without_an_article_or_role_word_after_a_place_is_no_role(self):
        facts = digest("The girl crossed the Tolland Narrows, must go home to her mother in Velmar.")
        self.assertEqual(facts["people"], [])


class SurnamesThatAreRanks(unittest.TestCase):
    def test_a_rank_after_an_unlisted_first_name_is_the_surname(self):
        facts = digest("Association president Velkan Naik called for calm.")
        self.assertEqual(roles(facts), [("Velkan Naik", "Association president")])

    def test_a_rank_after_a_place_stays_a_title(self):
        facts = digest("The Karachi Commissioner said so.")
        self.assertEqual((facts["people"], names(facts, "places")), ([], ["Karachi"]))

    def test_an_assistant_superintendent_of_police(self):
        facts = digest("Police spokesman ASP F.U. Velkar told reporters so.")
        self.assertEqual(roles(facts), [("F.U. Velkar", "ASP")])


class PartiesWithoutAPartyWord(unittest.TestCase):
    def test_seated_parties_named_without_party(self):
        facts = digest("The Alternative for Germany (AfD) and Reform UK gained. Dara Velk of New Democracy lost.")
        self.assertEqual(names(facts, "organisations"), ["Alternative for Germany", "Reform UK", "New Democracy"])
        self.assertEqual(names(facts, "places"), [])


class AcronymsAfterTwoNames(unittest.TestCase):
    def test_the_words_whose_initials_are_the_acronym_are_its_name(self):
        facts = digest("Tarvia's Velmar Group and Gorvan National Petroleum Corporation (GNPC) bid for it.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Group", "Gorvan National Petroleum Corporation"])


class RolesOfSouthAsianParties(unittest.TestCase):
    def test_a_convener_and_an_ameer_are_roles(self):
        facts = digest("Student leaders, including convener Nahid Velam, met Jamaat ameer Shafiq Orman on Monday.")
        self.assertEqual(roles(facts), [("Nahid Velam", "convener"), ("Shafiq Orman", "Jamaat ameer")])


class FamilyNamesWrittenFirst(unittest.TestCase):
    def test_the_family_name_of_an_east_asian_name_is_its_short_form(self):
        facts = digest("President Kim Tae-velk met envoys on Saturday. Kim asked for talks. "
                       "Kim Jae-orsk, a tycoon, agreed.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["people"]],
                         [("Kim Tae-velk", 2), ("Kim Jae-orsk", 1)])


class ClubsInATable(unittest.TestCase):
    def test_points_behind_or_clear_of_a_name_make_it_a_club(self):
        facts = digest("The win leaves Velmar two points behind Chelsea and six points clear of Tolland Rovers.")
        self.assertEqual(facts["people"], [])
        self.assertIn("Chelsea", names(facts, "organisations"))


class TickersAfterAFirm(unittest.TestCase):
    def test_a_ticker_in_brackets_names_nothing(self):
        facts = digest("Shares of Velmar Industries Ltd (VELM.NS) rose, while Tolland Software (NSE: TOLS) fell.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Industries Ltd", "Tolland Software"])

    def test_an_acronym_in_brackets_still_names_its_body(self):
        facts = digest("The Tolland Freedom Front (TFF) said so. The TFF later denied it.")
        self.assertEqual([(o["name"], o["acronym"]) for o in facts["organisations"]], [("Tolland Freedom Front", "TFF")])


class FacilitiesOfAFund(unittest.TestCase):
    def test_a_facility_of_two_words_joined_by_and_is_one_body(self):
        facts = digest("The tranche includes $200 million under the Resilience and Sustainability Facility.")
        self.assertEqual(names(facts, "organisations"), ["Resilience and Sustainability Facility"])


class LeadersOfAParty(unittest.TestCase):
    def test_a_name_whose_party_follows_is_its_leader(self):
        facts = digest("Sher Velkan Orba's Tolland Congress has split. Dara Velk's Jan Orsk Party failed.")
        self.assertEqual(names(facts, "people"), ["Sher Velkan Orba", "Dara Velk"])

    def test_a_country_before_its_party_stays_a_place(self):
        facts = digest("Tarvia's Communist Party won the vote.")
        self.assertEqual(facts["people"], [])


class DiseasesNamedAfterADoctor(unittest.TestCase):
    def test_a_disease_named_after_a_doctor_names_no_one(self):
        facts = digest("Patients with Velkan's disease were treated. Orsk's, Tarr's and Holm's diseases are "
                       "rising, Dara Velk said.")
        self.assertEqual((names(facts, "people"), facts["organisations"]), (["Dara Velk"], []))


class SouthAsianPressShapes(unittest.TestCase):
    """How Indian, Pakistani and Nepali papers write their datelines, parties, laws and
    addresses."""

    def test_an_agency_in_brackets_ends_a_dateline_without_a_dash(self):
        facts = digest("Tolpur, Nov 30 (PTI) Vandar Chief Minister Velan Sorath on Sunday allocated portfolios.")
        self.assertEqual(roles(facts), [("Velan Sorath", "Vandar Chief Minister")])

    def test_a_party_faction_in_brackets_is_part_of_its_acronym(self):
        facts = digest("The JD(V) working president Velan Sorath met CPI(T) leaders. The JD(V) won 85 seats.")
        self.assertEqual(names(facts, "organisations"), ["JD(V)", "CPI(T)"])

    def test_all_before_a_country_opens_a_national_body(self):
        facts = digest("The All India Velmar Traders Federation (AIVTF) president Velan Sorath said it would appeal.")
        self.assertEqual([(o["name"], o["acronym"]) for o in facts["organisations"]],
                         [("All India Velmar Traders Federation", "AIVTF")])

    def test_all_before_a_country_and_no_body_stays_a_word(self):
        facts = digest("All India teams lost on Sunday.")
        self.assertEqual((facts["organisations"], names(facts, "places")), ([], ["India"]))

    def test_a_law_with_a_bracketed_word_names_no_one(self):
        facts = digest("The assembly passed the Tarvia Private Schools (Regulation) Bill 2026 amid protest, "
                       "and Bill Orsk walked out.")
        self.assertEqual(names(facts, "people"), ["Bill Orsk"])
        facts = digest("The session will take up the Jan Velmar (Amendment of Provisions) Bill, and Bill Orsk walked out.")
        self.assertEqual(names(facts, "people"), ["Bill Orsk"])

    def test_a_law_with_two_bracketed_parts_names_no_body(self):
        facts = digest("The assembly passed the Kerala Private Tutoring Centres (Promotion and Regulation) "
                       "(Amendment) Bill 2026 on Monday.")
        self.assertEqual(facts["organisations"], [])

    def test_a_law_with_against_in_its_title_names_no_body(self):
        facts = digest("The assembly also passed the Kerala Protection of Tenants against Eviction (Amendment) Bill.")
        self.assertEqual(facts["organisations"], [])

    def test_marg_and_salai_end_a_road(self):
        facts = digest("Leaders met at 12 Velkan Marg and on Orsk Salai on Sunday.")
        self.assertEqual((names(facts, "places"), facts["people"]), (["Velkan Marg", "Orsk Salai"], []))

    def test_a_bowlers_kind_opens_no_name(self):
        facts = digest("The hosts were bowled out for 288. Fast bowler Velan Sorath took four for 54.")
        self.assertEqual((roles(facts), facts["organisations"]), ([("Velan Sorath", "Fast bowler")], []))


class SidesOfAResult(unittest.TestCase):
    def test_a_side_that_won_by_a_score_at_a_ground_is_a_club(self):
        facts = digest("Ashley Vale won 1-0 at Kelvar on Sunday, and Dorvan lost 3-2 at home to Stonebridge.")
        self.assertEqual((names(facts, "organisations"), facts["people"]),
                         (["Ashley Vale", "Kelvar", "Dorvan", "Stonebridge"], []))

    def test_a_player_who_won_in_sets_stays_a_person(self):
        facts = digest("Ashley Vance won 6-3 6-4 on Sunday.")
        self.assertEqual(names(facts, "people"), ["Ashley Vance"])


class SpeakersOfAQuotation(unittest.TestCase):
    def test_a_name_set_off_by_commas_before_a_verb_of_saying_speaks(self):
        facts = digest("The bench heard the plea.\n\nThe petitioner's counsel, Ana Ruiz, argued that Chief Justice "
                       "Lin Tovar had issued the notice “without consulting the full court”.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Ana Ruiz"])

    def test_the_one_a_verb_speaks_of_is_not_the_speaker(self):
        facts = digest("Talks ended.\n\nOpposition leader Velan Sorath accused Mayor Dara Velk of “selling the "
                       "family silver to friends”. Police accused Dara Velk of “hiding the harbour accounts”.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Velan Sorath", None])

    def test_a_person_named_in_anothers_apposition_is_not_the_speaker(self):
        facts = digest("Envoys met Tolland President Arvid Velmar on Tuesday.\n\nLin Tovar, Velmar's foreign policy "
                       "adviser, told reporters that \"a compromise has not yet been found\". Ana Ruiz, a close aide "
                       "to Velmar, said the talks were \"useful for both of the sides\". After meeting Ana Ruiz, "
                       "Karim Ormandy said that \"nothing at all has been agreed\".")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Lin Tovar", "Ana Ruiz", "Karim Ormandy"])

    def test_a_name_after_a_verb_in_an_earlier_sentence_still_speaks(self):
        facts = digest("Talks ended.\n\nA client told Mr. Velk he had won. “It was the best moment of my working life,” "
                       "he said.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Velk"])


    def test_he_after_a_report_is_the_one_who_reported_it(self):
        facts = digest("Talks ended.\n\nProsecutor Velan Sorath told reporters that Dara Velk and Imran Orskani "
                       "were among the 16 accused.\n\n“We have strong evidence,” he said.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Velan Sorath"])


class TwoNamesJoinedByAnd(unittest.TestCase):
    def test_two_bodies_joined_by_and_are_two_when_the_first_stands_alone_too(self):
        facts = digest("The loan was arranged by Tarbank and Orsk Finance International. Shares of Tarbank rose 2%.")
        self.assertEqual(names(facts, "organisations"), ["Tarbank", "Orsk Finance International"])

    def test_a_body_with_and_in_its_name_stays_whole(self):
        facts = digest("The loan was arranged by Tarvel and Orsk Finance International. Its shares rose 2%.")
        self.assertEqual(names(facts, "organisations"), ["Tarvel and Orsk Finance International"])


class BodiesNamedShortInAHeadline(unittest.TestCase):
    def test_a_headline_s_shortened_court_is_the_story_s_court(self):
        facts = digest("Tolpur HC grants bail to Ana Ruiz\n\nThe Tolpur High Court on Tuesday granted bail to "
                       "activist Ana Ruiz.")
        self.assertEqual([(o["name"], o["aliases"], o["mentions"]) for o in facts["organisations"]],
                         [("Tolpur High Court", ["Tolpur HC"], 2)])


class DocumentsNamedWithAnAcronym(unittest.TestCase):
    def test_a_plan_or_an_index_with_its_acronym_is_no_body(self):
        facts = digest("Curbs under the Velmar Response Action Plan (VRAP) continue, with the Tolmer Price Index "
                       "(TPI) at 412. The VRAP ends soon, the Tolmer Pollution Board (TPB) said.")
        self.assertEqual([(o["name"], o["acronym"]) for o in facts["organisations"]],
                         [("Tolmer Pollution Board", "TPB")])

    def test_an_indicator_that_rises_is_no_body(self):
        facts = digest("The bureau said the Sensitive Velmar Price Indicator rose 0.4 per cent in the week.")
        self.assertEqual(facts["organisations"], [])

    def test_a_law_with_a_bracketed_word_and_its_acronym_is_no_body(self):
        facts = digest("Ana Ruiz was held under the Unlawful Velmar (Prevention) Act (UVPA). The UVPA case goes on.")
        self.assertEqual(facts["organisations"], [])


class PortfoliosInBrackets(unittest.TestCase):
    def test_a_bracketed_portfolio_after_a_title_is_part_of_it(self):
        facts = digest("Deputy Commissioner (Crime) Velan Karim said police persuaded the workers to leave.")
        self.assertEqual(roles(facts), [("Velan Karim", "Deputy Commissioner (Crime)")])


class InitialsWithoutStops(unittest.TestCase):
    def test_initials_in_capitals_before_a_listed_family_or_given_name(self):
        facts = digest("The minister met KP Sharma Velk on Monday. Later KL Rahul scored 80.")
        self.assertEqual(names(facts, "people"), ["KP Sharma Velk", "KL Rahul"])

    def test_an_acronym_before_words_that_name_no_person_stays_a_body(self):
        facts = digest("The deal made RJR Velmarco the largest buyer, and UN Women said GM Tolland Electronics agreed.")
        self.assertEqual(facts["people"], [])


class TwoTitlesJoinedByAnd(unittest.TestCase):
    def test_the_name_after_a_second_title_is_found(self):
        facts = digest("Former Prime Minister and Tolland Party Chair KP Sharma Velk refused to appear.")
        self.assertEqual(roles(facts), [("KP Sharma Velk", "Tolland Party Chair")])

    def test_a_portfolio_joined_by_and_stays_one_title(self):
        facts = digest("Minister for Water and Power Ana Velk said so.")
        self.assertEqual(roles(facts), [("Ana Velk", "Minister for Water and Power")])


class TennisSets(unittest.TestCase):
    def test_players_beaten_in_sets_are_people_not_clubs(self):
        facts = digest("Dario Velkan beat Carlos Orsk 7-6 (4), 7-5 on Sunday. In the doubles, Ana Ruiz and "
                       "Eva Tovar beat Joe Ormandy and Lin Baptiste 7-5, 6-3.")
        self.assertEqual(facts["organisations"], [])
        self.assertIn("Carlos Orsk", names(facts, "people"))
        self.assertIn("Joe Ormandy", names(facts, "people"))

    def test_a_club_beaten_by_a_score_and_its_half_time_score_stays_a_club(self):
        facts = digest("Kelvar beat Ashley Vale 2-1 (1-0) on Sunday.")
        self.assertEqual(names(facts, "organisations"), ["Kelvar", "Ashley Vale"])


class LawsNamedWithBracketsOrBills(unittest.TestCase):
    def test_a_law_whose_name_has_of_before_its_bracket_names_no_body(self):
        facts = digest("He argued that the survey would violate the Shrines of Tolland (Special Provisions) Act, 1991.")
        self.assertEqual((facts["organisations"], facts["places"]), ([], []))

    def test_a_bill_of_several_words_is_no_body(self):
        facts = digest("The assembly voted 64-6 in favour of the Velmar Broadcasting Commission Bill.")
        self.assertEqual(facts["organisations"], [])


class UnlistedTownsOfADateline(unittest.TestCase):
    def test_an_unlisted_town_in_capitals_is_shown_in_ordinary_capitals(self):
        facts = digest("VELKARA, Dec 2 (Reuters) - The parliament of Tolland passed a media law on Tuesday.")
        self.assertIn("Velkara", names(facts, "places"))


class RoleWordsOfTheNews(unittest.TestCase):
    def test_a_role_word_before_an_unlisted_name_makes_it_a_person(self):
        facts = digest("Tarvia's chief negotiator Velan Orskov said talks went on. Prosecutor Dara Velkam told "
                       "the court the case was strong, and journalist Imre Tolvak agreed.")
        self.assertEqual(roles(facts), [("Velan Orskov", "Tarvia's chief negotiator"), ("Dara Velkam", "Prosecutor"),
                                        ("Imre Tolvak", "journalist")])

    def test_a_people_after_an_adjective_is_no_person(self):
        facts = digest("Police and militant Velkanites clashed in the north of Tolmer on Sunday.")
        self.assertEqual(facts["people"], [])

    def test_a_detainee_or_a_petitioner_named_after_the_word(self):
        facts = digest("The court heard detainee Velkor Tasadze and petitioner Orvanna Telsik on Monday.")
        self.assertEqual(names(facts, "people"), ["Velkor Tasadze", "Orvanna Telsik"])

    def test_a_horse_named_after_a_race_word_is_no_person(self):
        facts = digest("His top sprinter Velvoric, the 9-2 favourite, took the cup at Tolmer.")
        self.assertEqual(facts["people"], [])


class PlacesListedAfterTheirKind(unittest.TestCase):
    def test_lakes_and_islands_before_a_list(self):
        facts = digest("The city draws water from seven lakes, including Velkar, Orsana and Tulvi, and ferries "
                       "serve islands such as Marvo and Kestel.")
        self.assertEqual(names(facts, "places"), ["Velkar", "Orsana", "Tulvi", "Marvo", "Kestel"])


class TitlesToBe(unittest.TestCase):
    def test_an_elect_or_designate_title_is_no_part_of_the_name(self):
        facts = digest("Tolland City Mayor-elect Zoran Velkadi named a team. Minister-designate Ana Orsk spoke.")
        self.assertEqual(roles(facts), [("Zoran Velkadi", "Mayor-elect"), ("Ana Orsk", "Minister-designate")])
        self.assertEqual(facts["organisations"], [])


class ATownBeforeAnOfficeOfItsOwn(unittest.TestCase):
    def test_a_town_that_is_a_given_name_before_superintendent_of_police(self):
        facts = digest("The bus was going from Velma to Chandigarh, Velma Superintendent of Police Sakshi Orvan said.")
        self.assertEqual(roles(facts), [("Sakshi Orvan", "Superintendent of Police")])

    def test_a_given_name_before_a_rank_that_is_a_family_name_stays_one_name(self):
        facts = digest("John Major said the talks had failed.")
        self.assertEqual(names(facts, "people"), ["John Major"])


class PortfoliosBeforeMinister(unittest.TestCase):
    def test_the_words_before_minister_name_the_portfolio_not_a_body(self):
        facts = digest("Tolland Water Resources Minister Ana Velk said so. Kerala Tourism Minister Lin Orsk agreed.")
        self.assertEqual(roles(facts), [("Ana Velk", "Tolland Water Resources Minister"),
                                        ("Lin Orsk", "Kerala Tourism Minister")])
        self.assertEqual((facts["organisations"], names(facts, "places")), ([], ["Kerala"]))

    def test_a_firm_before_a_chief_executive_stays_a_firm(self):
        facts = digest("Velmar Group Chief Executive Lin Tovar agreed.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Group"])

    def test_a_listed_division_of_two_words_before_chief_minister_stays_a_place(self):
        facts = digest("Khyber Pakhtunkhwa Chief Minister Velan Afridi condemned the attack.")
        self.assertEqual((names(facts, "places"), roles(facts)),
                         (["Khyber Pakhtunkhwa"], [("Velan Afridi", "Khyber Pakhtunkhwa Chief Minister")]))


class SmallWordsInsidePlacesAndAppositions(unittest.TestCase):
    def test_es_inside_a_listed_place(self):
        facts = digest("At least 70 people were hurt in Dar es Salaam, Mwanza and other cities.")
        self.assertEqual(names(facts, "places"), ["Dar es Salaam", "Mwanza"])

    def test_an_apposition_that_calls_a_name_a_party_or_an_alliance(self):
        facts = digest("Velmadema, the main opposition party, said 70 people were killed. Orskana, a regional "
                       "alliance, agreed.")
        self.assertEqual((names(facts, "organisations"), facts["people"]), (["Velmadema", "Orskana"], []))

    def test_an_apposition_that_calls_a_name_a_regulator_or_an_authority(self):
        facts = digest("Velconsob, the Tolland markets regulatory body, will meet. Aer Velanta, the Tolland airport "
                       "authority, could build a terminal.")
        self.assertEqual((names(facts, "organisations"), facts["people"]), (["Velconsob", "Aer Velanta"], []))

    def test_a_cricket_test_is_an_event(self):
        facts = digest("Ana Velk scored a fifty as Tolland reached 312 for four on day two of the second Velkash "
                       "Test at Kelvar Park. Tolland lead 1-0 after winning the first Test in Perth.")
        self.assertEqual(names(facts, "people"), ["Ana Velk"])


class ListsOfFirms(unittest.TestCase):
    def test_a_firm_named_with_and_inside_a_list(self):
        facts = digest("Velmar Fertiliser Company, Oil and Gas Development Company and Orsk Bank were among the "
                       "top gainers.")
        self.assertEqual(names(facts, "organisations"),
                         ["Velmar Fertiliser Company", "Oil and Gas Development Company", "Orsk Bank"])

    def test_standing_bodies_in_a_list_stay_apart(self):
        facts = digest("Units of the Tolland Army, Navy and Marine Corps were sent north on Monday.")
        self.assertEqual(names(facts, "organisations"), ["Tolland Army", "Navy", "Marine Corps"])


class AttributionIsNoApposition(unittest.TestCase):
    def test_a_spokesperson_said_after_a_place_makes_no_person_of_it(self):
        facts = digest("The army has deployed machinery near Velkadir, a spokesperson said. Ana Velk, a "
                       "spokesperson, said so too.")
        self.assertEqual((roles(facts), names(facts, "places")), ([("Ana Velk", "a spokesperson")], ["Velkadir"]))


class NamesInQuotationMarks(unittest.TestCase):
    def test_a_name_in_title_case_between_quotation_marks_is_no_quotation(self):
        facts = digest("The order creates an “Velmar Litigation Task Force” in the department, Ana Velk said: "
                       "“We will fight this order in every court.”")
        self.assertEqual([q["text"] for q in facts["quotes"]], ["We will fight this order in every court."])


class SharesThatMove(unittest.TestCase):
    def test_a_name_whose_shares_move_by_a_percentage_is_a_firm(self):
        facts = digest("Charles Velkwab jumped 4% on strong inflows, and Wells Orskago rose 2.3 percent. "
                       "Ana Ruiz rose 4 percentage points in the poll.")
        self.assertEqual(names(facts, "organisations"), ["Charles Velkwab", "Wells Orskago"])
        self.assertEqual(names(facts, "people"), ["Ana Ruiz"])


class Nicknames(unittest.TestCase):
    def test_a_quoted_nickname_between_given_and_family_name_is_one_person(self):
        facts = digest('Boxing great Alberto "Hands of Steel" Orskado fights a rematch in Tolland next week. '
                       'Orskado, 45, is unbeaten at home.')
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["people"]],
                         [('Alberto "Hands of Steel" Orskado', 2)])


class CricketReports(unittest.TestCase):
    def test_a_bowlers_wickets_for_runs_make_a_player(self):
        facts = digest("Tolland were bowled out for 120. Ravindu Velkaranga took four for 18 and Maheel Orskana "
                       "two for 22. Velmar made 187 for five.")
        self.assertEqual(names(facts, "people"), ["Ravindu Velkaranga", "Maheel Orskana"])

    def test_a_match_named_by_its_format_is_no_body(self):
        facts = digest("Tolland beat Velmar by 67 runs in the second T20 International at Orsk Sports Club.")
        self.assertEqual(names(facts, "organisations"), ["Tolland", "Velmar", "Orsk Sports Club"])

    def test_brief_scores_name_a_side_s_best_batsman_and_bowler(self):
        facts = digest("Brief scores: Tolland 159 (Washington Velkar 31, Simon Orskmer 4-27) and 93 (Kerem Tolvan "
                       "55 not out, Orskmer 4-21).")
        self.assertEqual(names(facts, "people"), ["Washington Velkar", "Simon Orskmer", "Kerem Tolvan"])

    def test_a_time_before_a_bracket_is_no_total(self):
        facts = digest("Results: Ana Velkar (Tolland) 3:30.974 (World Record) beat Lin Orsk (Velmar).")
        self.assertNotIn("World", names(facts, "people"))

    def test_a_side_s_eleven_is_no_body(self):
        facts = digest("Ravi Velkan and Dhruv Orskel are likely to come into the XI for the second Test.")
        self.assertEqual(facts["organisations"], [])


class PolicePortfoliosAndCodes(unittest.TestCase):
    def test_a_portfolio_after_a_police_title_and_its_acronym(self):
        facts = digest("Senior Superintendent of Police (SSP) Operations Tariq Velkoti said three men were held. "
                       "SSP Investigation Ana Orskani agreed.")
        self.assertEqual(names(facts, "people"), ["Tariq Velkoti", "Ana Orskani"])

    def test_a_penal_code_is_no_body(self):
        facts = digest("A case was registered under section 302 of the Kenya Penal Code.")
        self.assertEqual(facts["organisations"], [])


class FirmsByWhatTheyHave(unittest.TestCase):
    def test_a_firm_s_chief_executive_or_customers_after_its_name(self):
        facts = digest("Analysts said Velmarco's chief executive had resigned, and Orsktel's customers complained.")
        self.assertEqual(names(facts, "organisations"), ["Velmarco", "Orsktel"])


class PlacesByApposition(unittest.TestCase):
    def test_a_name_called_a_capital_or_a_town_after_a_comma(self):
        facts = digest("Rescuers reached Orskpur, the capital of the province, and Velkarabad, a small town in the "
                       "hills, on Monday.")
        self.assertEqual(names(facts, "places"), ["Orskpur", "Velkarabad"])

    def test_a_name_called_a_hub_or_a_locality(self):
        facts = digest("The line will connect Kakkavel, the city's IT hub, and Orsknagar Vale, a quiet locality "
                       "in the east, with the network.")
        self.assertEqual(names(facts, "places"), ["Kakkavel", "Orsknagar Vale"])


class TheLastWordOfABodyTheTextNames(unittest.TestCase):
    def test_a_name_whose_last_word_alone_is_a_company_is_that_company(self):
        facts = digest("Campaigners sued Royal Velmar Tarrow in 2019. The firm, now Tarrow plc, appealed. "
                       "Tarrow moved to London in 2022.")
        self.assertEqual(names(facts, "organisations"), ["Royal Velmar Tarrow"])
        self.assertEqual(names(facts, "people"), [])

    def test_a_surname_that_owns_something_stays_a_person_s(self):
        facts = digest("Curators praised Lindo Vakase. The sale at Vakase's, held in May, raised money.")
        self.assertNotIn("Lindo Vakase", names(facts, "organisations"))


class TheSurnameOfAPersonTheTextNames(unittest.TestCase):
    def test_a_full_name_after_from_is_a_person_when_its_surname_has_a_title(self):
        facts = digest("Earlier, a fifty from Lindo Vakase lifted the visitors to 270. Captain Vakase admitted "
                       "his side were 30 runs short.")
        self.assertEqual(names(facts, "people"), ["Lindo Vakase"])

    def test_father_before_a_name_is_a_priest_s_title(self):
        facts = digest("Pilgrims came to hear Father Vakase. Senator Vakase spoke first.")
        self.assertEqual(roles(facts), [("Vakase", "Father")])


class TitlesOfPartyOffices(unittest.TestCase):
    def test_a_convener_a_chairperson_and_a_deputy_ameer_before_names(self):
        facts = digest("TNP Convener Raihan Velkor spoke at a rally. Chairperson Dilruba Orsk opened the meeting, "
                       "and Nayeb-e-Ameer Syed Tamim Velkari told reporters the council would meet.")
        self.assertEqual(roles(facts), [("Raihan Velkor", "TNP Convener"), ("Dilruba Orsk", "Chairperson"),
                                        ("Syed Tamim Velkari", "Nayeb-e-Ameer")])


class ABodyNamedAfterATitle(unittest.TestCase):
    def test_an_office_of_the_prime_minister_is_whole(self):
        facts = digest("The court asked the Office of the Prime Minister and Council of Ministers to reply. "
                       "The Office of the Deputy Governor kept quiet.")
        self.assertEqual(names(facts, "organisations"), ["Office of the Prime Minister and Council of Ministers",
                                                         "Office of the Deputy Governor"])

    def test_a_title_before_a_name_still_names_the_person(self):
        facts = digest("A letter from the Office of the Prime Minister reached Chief Minister Ana Velkari.")
        self.assertEqual(roles(facts), [("Ana Velkari", "Chief Minister")])


class WhoLeads(unittest.TestCase):
    def test_a_name_of_unknown_words_after_led_by_is_a_person(self):
        facts = digest("Talks with a Tarvian delegation led by Rustam Velkov were productive, officials said.")
        self.assertEqual(names(facts, "people"), ["Rustam Velkov"])

    def test_a_market_s_move_led_by_a_stock_names_no_person(self):
        facts = digest("Shares on the Tolmer exchange fell 0.6%, led by Velmar Axiata and Orsk Keells Holdings.")
        self.assertEqual(names(facts, "people"), [])

    def test_a_body_after_led_by_is_no_person(self):
        facts = digest("A coalition led by the Tarvia Freedom Party won the vote.")
        self.assertEqual(names(facts, "people"), [])


class PeopleListedByTheirTrade(unittest.TestCase):
    def test_writers_each_in_a_town_are_people(self):
        facts = digest("Press writers Tuvo Varonek in Kyiv and Dasko Lenkovar in Tallinn, Estonia, contributed "
                       "to this report.")
        self.assertEqual((names(facts, "people"), names(facts, "places")),
                         (["Tuvo Varonek", "Dasko Lenkovar"], ["Kyiv", "Tallinn", "Estonia"]))

    def test_a_listed_place_in_the_list_stays_a_place(self):
        facts = digest("Shanghai, by reporters Velin Zhou and Orsk Lu Tarvo, China's port, said trade grew.")
        self.assertIn("China", names(facts, "places"))


class SmallWordsCapitalisedInATitle(unittest.TestCase):
    def test_a_title_s_and_joins_the_name_the_story_writes_with_and(self):
        facts = digest("Velko Tarmani Reviews Security In Bosnia And Herzegovina, Orders New Patrols\n"
                       "Minister Velko Tarmani met police chiefs in Bosnia and Herzegovina on Thursday.")
        self.assertEqual(names(facts, "places"), ["Bosnia and Herzegovina"])

    def test_a_title_s_the_may_open_a_name(self):
        facts = digest("Leaders Meet In The Hague For Climate Summit\nLeaders met in The Hague on Monday.")
        self.assertEqual(facts["places"][0]["mentions"], 2)


class ABodyAfterATitlesOf(unittest.TestCase):
    def test_the_firm_a_title_is_held_in_is_a_body(self):
        facts = digest("Talks ended.\n\nChairman of Velmar Group Ana Ruiz said so. Lin Tovar, founder and CEO of "
                       "Orsk Technologies Ltd, agreed. The Governor of State Bank of Tolland Imran Velk spoke.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Group", "Orsk Technologies Ltd", "State Bank of Tolland"])
        self.assertEqual(roles(facts)[0], ("Ana Ruiz", "Chairman of Velmar Group"))

    def test_a_subject_or_a_portfolio_before_the_body_stays_the_title_s(self):
        facts = digest("Talks ended.\n\nProfessor of Taxation Tolmer State University Ana Ruiz said so.")
        self.assertEqual(names(facts, "organisations"), ["Tolmer State University"])


class AHeadlineUnderALabel(unittest.TestCase):
    def test_a_title_case_headline_under_a_label_keeps_only_names_the_story_repeats(self):
        facts = digest("For Immediate Release\n\nVelmar Technologies Appoints New Chief Financial Officer\n\n"
                       "TOLPUR, Dec. 2, 2026 -- Velmar Technologies Ltd. today named Ana Ruiz its finance chief.\n\n"
                       "Media Contact: Priya Tovar, +91 80 4000 1234")
        self.assertEqual(names(facts, "organisations"), ["Velmar Technologies Ltd"])
        self.assertEqual(names(facts, "people"), ["Ana Ruiz", "Priya Tovar"])


class AnAppositionOfAnOrdinaryJob(unittest.TestCase):
    def test_a_worker_named_in_apposition_is_a_person(self):
        facts = digest("Talks ended.\n\nThe remains were those of a Tolmer farm worker, Sudthi Velkarak, who died "
                       "in the attack.")
        self.assertEqual(names(facts, "people"), ["Sudthi Velkarak"])


class ANameAfterSaid(unittest.TestCase):
    def test_the_name_a_quotation_s_said_introduces_is_a_person(self):
        facts = digest("Talks ended.\n\n“The numbers look strong,” said Velko Tarmani, a partner at a Tolmer firm. "
                       "“Demand will hold through the winter,” says Orsel Dravik.")
        self.assertEqual(names(facts, "people"), ["Velko Tarmani", "Orsel Dravik"])
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Velko Tarmani", "Orsel Dravik"])

    def test_whom_one_told_and_what_one_said_of_a_name_are_no_person(self):
        facts = digest("Talks ended.\n\nThe minister told Velmar Radio. Officials said Tarvo Orsk Holdings had paid.")
        self.assertEqual(names(facts, "people"), [])


class SpeakersNamedByTheirRoleOrTheirVerb(unittest.TestCase):
    def test_the_subject_of_the_verb_of_saying_speaks_not_the_last_name(self):
        facts = digest("Talks ended.\n\nSpokesman Ivo Tarkel told reporters that Ana Velmar would travel on "
                       "Tuesday, but warned that “there is still much hard work ahead of us.”")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Ivo Tarkel"])

    def test_the_chief_minister_said_is_the_person_with_that_title(self):
        facts = digest("Talks ended.\n\nChief Minister Rana Velkari chaired the meeting, where Inspector General "
                       "Omar Tarkel briefed officials. “No festival is worth a single life,” the chief minister "
                       "said.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Rana Velkari"])

    def test_the_ministry_said_is_nobody_named(self):
        facts = digest("Talks ended.\n\nMinister Ana Velkari met Omar Tarkel on Monday. “The two sides discussed "
                       "trade and the border,” the ministry said on its website.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], [None])

    def test_said_the_spokesman_and_his_name(self):
        facts = digest("Talks ended.\n\nMinister Ana Velkari spoke first. “We believe the deal is vital for both,” "
                       "said the spokesman, Ivo Tarkel.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Ivo Tarkel"])


class FirmsSideBySideWithAnAmpersand(unittest.TestCase):
    def test_a_firm_of_two_words_and_a_firm_with_an_ampersand_are_two(self):
        facts = digest("Shares fell at companies including Velkar Finance, Lorsen & Tarbo and Orsk Paints.")
        self.assertEqual(names(facts, "organisations"), ["Velkar Finance", "Lorsen & Tarbo", "Orsk Paints"])

    def test_a_person_before_a_firm_with_an_ampersand_is_apart(self):
        facts = digest("Tomas R. Velkari, Blick & Tarver's chairman, said sales rose.")
        self.assertEqual((names(facts, "people"), names(facts, "organisations")),
                         (["Tomas R. Velkari"], ["Blick & Tarver"]))

    def test_a_partnership_s_names_before_its_suffix_stay_one(self):
        facts = digest("The sale was handled by Kline Brothers, Ortiz Vega & Co. in Tolmer.")
        self.assertEqual(names(facts, "organisations"), ["Kline Brothers, Ortiz Vega & Co"])


class FirmsByAnAppositionWithAPlace(unittest.TestCase):
    def test_a_place_s_largest_operator_is_a_firm(self):
        facts = digest("Orskacom, East Tarvia's largest telecom operator, said prices would rise.")
        self.assertEqual(names(facts, "organisations"), ["Orskacom"])


class MarketBenchmarks(unittest.TestCase):
    def test_indexes_and_crude_benchmarks_are_no_people(self):
        facts = digest("In Asia, Velmar's Kospi and Tolmer's Hang Seng ended lower, while Brent crude rose 0.8%.")
        self.assertEqual(names(facts, "people"), [])


class PluralTitles(unittest.TestCase):
    def test_each_of_a_bench_of_justices_is_a_justice(self):
        facts = digest("A bench of Justices Ravi Velkanta and Omar Tarkel heard the plea.")
        self.assertEqual(roles(facts)[0], ("Ravi Velkanta", "Justice"))


class StandardsInRomanNumerals(unittest.TestCase):
    def test_an_emission_standard_is_no_body(self):
        facts = digest("The Velkar Board banned BS-III petrol and BS-IV diesel cars in the city on Monday.")
        self.assertEqual(names(facts, "organisations"), ["Velkar Board"])


class SpeakersNotNamedAsTheSubject(unittest.TestCase):
    def test_a_spokesperson_of_a_department_opening_the_sentence_names_no_one(self):
        facts = digest("Talks ended.\n\nMinister Ana Velkari said the strike was unnecessary. A Department of Health "
                       "and Social Care spokesperson said the award was “above inflation for the third year”.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], [None])


class RolesBeforeACourtesyTitle(unittest.TestCase):
    def test_the_role_before_a_professor_s_title_is_the_role(self):
        facts = digest("Tolland Health's medical director, Prof Ana Velkari, said hospitals would cope.")
        self.assertEqual(roles(facts), [("Ana Velkari", "Tolland Health's medical director")])


class AWireStorysCredits(unittest.TestCase):
    def test_writing_and_editing_credits_name_people_even_with_a_town_s_name(self):
        facts = digest("Talks ended on Monday in the capital.\n\n(Reporting by Tamin Velkzai in Kabul; Writing by "
                       "Charlotte Orskfield; Editing by Lino Tarvek)")
        self.assertEqual(names(facts, "people"), ["Tamin Velkzai", "Charlotte Orskfield", "Lino Tarvek"])
        self.assertEqual(facts["organisations"], [])


class AbbreviationsOfTradeAndStates(unittest.TestCase):
    def test_fdi_is_no_body_and_tn_is_tamil_nadu(self):
        facts = digest("Rains lash TN; Velkar Assembly raises FDI cap as FPIs sell")
        self.assertEqual((names(facts, "places"), names(facts, "organisations")), (["TN"], ["Velkar Assembly"]))


class PortfoliosOfTwoWordsAfterAnd(unittest.TestCase):
    def test_a_title_with_two_portfolios_one_of_two_words(self):
        facts = digest("Revenue and Disaster Management Minister R.K. Velkaran said three people died. Mrs. Ana Ruiz "
                       "and West Tarvian Chancellor Lin Tovar met later.")
        self.assertEqual(roles(facts)[0], ("R.K. Velkaran", "Revenue and Disaster Management Minister"))
        self.assertIn(("Lin Tovar", "West Tarvian Chancellor"), roles(facts))


class RanksThatAreNoDepartments(unittest.TestCase):
    def test_a_minister_of_state_names_no_department(self):
        facts = digest("The bill was moved by Minister of State for Interior Talal Velkani on Monday.")
        self.assertEqual((roles(facts), facts["organisations"]),
                         ([("Talal Velkani", "Minister of State for Interior")], []))


class CourtesyTitlesAreNoRoles(unittest.TestCase):
    def test_mr_is_no_role_and_a_later_role_is_kept(self):
        facts = digest("Mr Velkari said the project had stalled. The cost rose, Farooq Velkari, an engineer, said.")
        self.assertEqual(roles(facts), [("Farooq Velkari", "an engineer")])


class ContributorsToAReport(unittest.TestCase):
    def test_a_name_that_contributed_to_this_report_is_a_person(self):
        facts = digest("The court ruled on Friday.\n\nCourier's Tuvo Colmbyk contributed to this report.")
        self.assertEqual(names(facts, "people"), ["Tuvo Colmbyk"])


class IslesArePlaces(unittest.TestCase):
    def test_the_western_isles_keep_their_compass_word(self):
        facts = digest("A warning covers the Western Isles, Orkney and the Tolmer Isles until Tuesday.")
        self.assertEqual(names(facts, "places"), ["Western Isles", "Orkney", "Tolmer Isles"])


class ListedNamesInACuedList(unittest.TestCase):
    def test_a_listed_body_after_a_list_of_provinces_stays_a_body(self):
        facts = digest("The quake killed 800 people in the provinces of Velkunar and Orsharhar, Taliban officials "
                       "said on Monday.")
        self.assertEqual((names(facts, "places"), names(facts, "organisations")),
                         (["Velkunar", "Orsharhar"], ["Taliban"]))


class HonorificsAfterAnOffice(unittest.TestCase):
    def test_sheikh_after_a_title_is_not_the_role_s(self):
        facts = digest("He met Tarvian Prime Minister Sheikh Tamim bin Velkar Al Orsani in Doha.")
        self.assertEqual(roles(facts), [("Sheikh Tamim bin Velkar Al Orsani", "Tarvian Prime Minister")])


class SpeakersWithAnApposition(unittest.TestCase):
    def test_a_name_its_apposition_and_said_speaks_not_an_earlier_sayer(self):
        facts = digest("Talks ended.\n\nMinister Luis Orsvaldo said the bills would come soon, while Pia Velkrich, "
                       "who now leads the caucus, said the government had “the votes it needs”.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Pia Velkrich"])


class WhatIsDoneToAPerson(unittest.TestCase):
    def test_one_arrested_or_ousted_is_a_person(self):
        facts = digest("Police arrested Tarvo Orskanen in Tolpur. The court ousted Paetong Velkawatra over a call.")
        self.assertEqual(names(facts, "people"), ["Tarvo Orskanen", "Paetong Velkawatra"])

    def test_a_body_arrested_with_its_word_stays_a_body(self):
        facts = digest("Police arrested Velmar Brotherhood members in Tolpur.")
        self.assertEqual((names(facts, "people"), names(facts, "organisations")), ([], ["Velmar Brotherhood"]))


class TheFirstOfThreeNamesOpeningASentence(unittest.TestCase):
    def test_its_first_word_is_one_of_the_names(self):
        facts = digest("Tolmer are second with 28 points. Velkarsea, Orsk Rovers FC and Tarvo Palace FC complete "
                       "the top five.")
        self.assertIn("Velkarsea", names(facts, "organisations"))

    def test_an_adverb_before_the_list_is_no_name(self):
        facts = digest("Separately, Velcom Ltd, Orsk Mills Ltd and Tarvia Oil Corp raised prices.")
        self.assertEqual(names(facts, "organisations"), ["Velcom Ltd", "Orsk Mills Ltd", "Tarvia Oil Corp"])


class ThePilgrimsHonorific(unittest.TestCase):
    def test_haji_and_alhaji_before_names(self):
        facts = digest("Police arrested Haji Abdul Rasheed Velkani on Monday. Governor Ana Tolu and Alhaji Aliko "
                       "Orsangote were among the guests.")
        self.assertEqual(roles(facts), [("Haji Abdul Rasheed Velkani", None), ("Ana Tolu", "Governor"),
                                        ("Alhaji Aliko Orsangote", None)])

    def test_a_camp_named_after_a_pilgrim_is_no_person(self):
        facts = digest("Another 6,000 were waiting at the Haji Camp holding centre in Tolpur.")
        self.assertEqual(facts["people"], [])


class SouthAsianTitlesWithAStop(unittest.TestCase):
    def test_engineer_advocate_shrimati_and_makhdoom_before_names(self):
        facts = digest("Talks ended.\n\nVelkar met Engr. Amir Tolkani and Adv. Naeem Orskutha on Monday, and "
                       "Makhdoom Shah Tarvez Qurvani and Smt. Lata Velkarni spoke later.")
        self.assertEqual(roles(facts), [("Amir Tolkani", "Engr."), ("Naeem Orskutha", "Adv."),
                                        ("Makhdoom Shah Tarvez Qurvani", None), ("Lata Velkarni", None)])


class UnitsOfAFirmTheTextNames(unittest.TestCase):
    def test_a_name_opening_like_two_firms_of_the_text_is_no_person(self):
        facts = digest("Chairman Ravi Tolkani said Velmont Jio would list in 2027. Velmont Industries Ltd and "
                       "Velmont Retail Ltd gained. Jio had 500 million subscribers.")
        self.assertEqual(names(facts, "people"), ["Ravi Tolkani"])


class MinistriesOfSeveralPortfolios(unittest.TestCase):
    def test_portfolios_a_comma_puts_after_the_first_are_the_ministry_s(self):
        facts = digest("The Ministry of Land Management, Cooperatives and Poverty Alleviation will send a team.")
        self.assertEqual(names(facts, "organisations"),
                         ["Ministry of Land Management, Cooperatives and Poverty Alleviation"])

    def test_places_or_a_person_after_the_comma_are_not(self):
        facts = digest("Officials from the Ministry of Health, Punjab and Sindh met. He thanked the Ministry of "
                       "Foreign Affairs, and Velan Orskov replied.")
        self.assertEqual(names(facts, "organisations"), ["Ministry of Health", "Ministry of Foreign Affairs"])

    def test_a_portfolio_that_also_opens_a_title_is_the_ministry_s(self):
        facts = digest("Tolland's Ministry of Health, Labour and Welfare said on Monday that cases fell.")
        self.assertEqual((names(facts, "organisations"), facts["people"]),
                         (["Ministry of Health, Labour and Welfare"], []))

    def test_a_department_named_by_its_portfolios_first_is_one_body(self):
        facts = digest("The order was issued by the Services, General Administration and Coordination Department, "
                       "and the Planning, Development and Special Initiatives Department agreed.")
        self.assertEqual(names(facts, "organisations"),
                         ["Services, General Administration and Coordination Department",
                          "Planning, Development and Special Initiatives Department"])

    def test_towns_before_a_body_s_name_are_not_its_portfolios(self):
        facts = digest("He visited Lahore, Karachi and Quetta Development Authority offices.")
        self.assertEqual((names(facts, "places"), names(facts, "organisations")),
                         (["Lahore", "Karachi"], ["Quetta Development Authority"]))

    def test_a_minister_s_title_after_the_comma_is_not(self):
        facts = digest("Officials of the Ministry of Health, Labour Minister Ana Velkar and others met on Monday.")
        self.assertEqual([(p["name"], p["role"]) for p in facts["people"]], [("Ana Velkar", "Labour Minister")])


class AListOpeningASentence(unittest.TestCase):
    def test_a_name_of_two_words_opening_the_sentence_and_a_list_of_places(self):
        facts = digest("Readings were worst at stations in the region. Anand Velhar, Karachi and Lahore were above "
                       "450, officials in Tolmer said.")
        self.assertIn("Anand Velhar", names(facts, "places"))


class AWriterLineAboveADateline(unittest.TestCase):
    def test_the_writer_s_job_is_no_town_of_the_dateline(self):
        facts = digest("Parties trade barbs as polls near\n\nStaff Correspondent\n\nTolmer, December 3: Party leader "
                       "Ana Velkami on Wednesday accused the government of delay.")
        self.assertEqual(names(facts, "places"), ["Tolmer"])

    def test_the_town_of_a_dateline_in_ordinary_capitals_is_still_found(self):
        facts = digest("Velmar Orsk\n\nTolmer, December 3 (Newswire) - Rain fell all day.")
        self.assertEqual(names(facts, "places"), ["Tolmer"])


class AWordOfTheRoleOpeningASentence(unittest.TestCase):
    def test_head_or_assistant_before_coach_is_no_side(self):
        facts = digest("Talks ended.\n\nHead coach Velan Orskar has faced criticism. Assistant manager Lin Tovar "
                       "left. Club captain Ana Ruiz stayed.")
        self.assertEqual(names(facts, "organisations"), [])
        self.assertEqual(names(facts, "people"), ["Velan Orskar", "Lin Tovar", "Ana Ruiz"])

    def test_a_side_before_its_coach_still_is_one(self):
        facts = digest("Talks ended.\n\nKelvar coach Velan Orskar has faced criticism.")
        self.assertEqual(names(facts, "organisations"), ["Kelvar"])


class CricketMatchesAfterASide(unittest.TestCase):
    def test_odis_and_t20is_are_no_part_of_the_side_s_name(self):
        facts = digest("Velan Orskar named in India squad for the South Africa ODIs and the Sri Lanka T20Is.")
        self.assertEqual(names(facts, "organisations"), [])
        self.assertEqual(names(facts, "places"), ["India", "South Africa", "Sri Lanka"])


class ABenchOfACourtAndItsJudge(unittest.TestCase):
    def test_a_numbered_bench_with_and_in_its_name_is_one_body(self):
        facts = digest("Talks ended.\n\nThe case went to the Tolmer Women and Children Repression Prevention "
                       "Tribunal-2 on Monday.")
        self.assertEqual(names(facts, "organisations"), ["Tolmer Women and Children Repression Prevention Tribunal-2"])

    def test_a_body_then_its_judge_s_title_and_name(self):
        facts = digest("Talks ended.\n\nTolmer Women and Children Repression Prevention Tribunal Judge Md Abul "
                       "Velkashem delivered the verdict.")
        self.assertEqual(names(facts, "organisations"), ["Tolmer Women and Children Repression Prevention Tribunal"])
        self.assertEqual(names(facts, "people"), ["Md Abul Velkashem"])

    def test_a_title_right_after_and_begins_a_second_person(self):
        facts = digest("Talks ended.\n\nTwo aides, adviser Velan Orskar and Cabinet Secretary Lin Tovar, left.")
        self.assertEqual(names(facts, "people"), ["Velan Orskar", "Lin Tovar"])


class WhatOneFoundsOrReceives(unittest.TestCase):
    def test_a_founded_body_and_a_received_honour(self):
        facts = digest("Talks ended.\n\nShe founded Natya Velan Nilayam in 1962 and received the Padma Orsk in "
                       "1991. She trained at the Sangeet Velar Akademi.")
        self.assertEqual(names(facts, "organisations"), ["Natya Velan Nilayam", "Sangeet Velar Akademi"])
        self.assertEqual(names(facts, "people"), [])

    def test_founded_by_still_names_a_person(self):
        facts = digest("Talks ended.\n\nThe school was founded by Velan Orskar in 1962.")
        self.assertEqual(names(facts, "people"), ["Velan Orskar"])


class KindsOfSectorsOpeningASentence(unittest.TestCase):
    def test_private_sector_and_border_town_name_no_place(self):
        facts = digest("Talks ended.\n\n“Private sector credit growth has slowed,” said Ana Velkami. Border town "
                       "residents fled. Public sector pay rose.")
        self.assertEqual(names(facts, "places"), [])

    def test_a_district_opening_a_sentence_is_still_a_place(self):
        facts = digest("Talks ended.\n\nTolmer district was hit hardest.")
        self.assertEqual(names(facts, "places"), ["Tolmer"])


class ABodyInATitleBeforeAName(unittest.TestCase):
    def test_a_given_name_last_after_the_body_is_the_family_name(self):
        facts = digest("Talks ended.\n\nLeader of the House Velan Orskar and Leader of the Opposition Shivli Faraz "
                       "congratulated him.")
        self.assertEqual(roles(facts), [("Velan Orskar", "Leader of the House"),
                                        ("Shivli Faraz", "Leader of the Opposition")])

    def test_a_body_of_several_words_before_a_full_name_is_still_the_title_s(self):
        facts = digest("Talks ended.\n\nSpeaker of the House of Representatives Ana Velkami spoke.")
        self.assertEqual(roles(facts), [("Ana Velkami", "Speaker of the House of Representatives")])

    def test_havaldar_is_a_rank(self):
        facts = digest("Talks ended.\n\nHavaldar Muhammad Velqbal, 34, was killed.")
        self.assertEqual(roles(facts), [("Muhammad Velqbal", "Havaldar")])


class AKindOfBodyOpeningASentence(unittest.TestCase):
    def test_the_word_before_group_and_a_name_is_no_body(self):
        facts = digest("The law was delayed.\n\nEnvironmental group Velwatch called it a capitulation. Industry group "
                       "Tolcham welcomed it.")
        self.assertEqual(names(facts, "organisations"), ["Velwatch", "Tolcham"])

    def test_a_firm_s_name_before_group_is_still_one(self):
        facts = digest("The law was delayed.\n\nVelmark group said it would appeal.")
        self.assertEqual(names(facts, "organisations"), ["Velmark"])


class PoliceRanksOfSouthAsia(unittest.TestCase):
    def test_a_station_and_a_rank_between_sho_and_the_name_are_the_title(self):
        facts = digest("Talks ended.\n\nSHO Tolpur Inspector Muhammad Velshad said the victim died. SI Rana Velkar "
                       "said raids were under way.")
        self.assertEqual(roles(facts), [("Muhammad Velshad", "SHO Tolpur Inspector"), ("Rana Velkar", "SI")])
        self.assertEqual(names(facts, "organisations"), [])

    def test_a_retired_rank_after_the_district_of_a_post_is_the_title_s(self):
        facts = digest("Talks ended.\n\nDeputy Commissioner Lahore Capt (retd) Velbilal Rao said the crossing was "
                       "open. Deputy Commissioner Velkhyber Capt (retd) Bilal Rao agreed.")
        self.assertEqual(roles(facts), [("Velbilal Rao", "Deputy Commissioner Lahore Capt (retd)"),
                                        ("Bilal Rao", "Deputy Commissioner Velkhyber Capt (retd)")])

    def test_a_camp_in_a_place_is_no_one_s_camp(self):
        facts = digest("Talks ended.\n\nThe agencies gave cash at the Omari camp in Velgarhar on Monday.")
        self.assertEqual(facts["people"], [])

    def test_india_s_police_and_district_ranks_are_titles(self):
        facts = digest("Talks ended.\n\nACP Varun Veldahiya said the men were held. DCP Anil Velkumar and SDM Ritu "
                       "Velmani visited the site.")
        self.assertEqual(roles(facts), [("Varun Veldahiya", "ACP"), ("Anil Velkumar", "DCP"), ("Ritu Velmani", "SDM")])
        self.assertEqual(names(facts, "organisations"), [])

    def test_india_s_chief_justice_and_a_law_officer_by_their_acronyms(self):
        facts = digest("Talks ended.\n\nA bench of CJI Surya Velkant and Justice Joy Velbagchi issued notice. ASG "
                       "S V Velraju opposed bail.")
        self.assertEqual(roles(facts), [("Surya Velkant", "CJI"), ("Joy Velbagchi", "Justice"), ("S V Velraju", "ASG")])


class AnAcronymNotOfItsNamesInitials(unittest.TestCase):
    def test_the_name_before_it_still_counts_after_on_the(self):
        facts = digest("Talks ended.\n\nOn the Tolmer Commodity Board (TCX), futures rose 0.8%.")
        self.assertIn("Tolmer Commodity Board", names(facts, "organisations"))

    def test_x_stands_for_exchange(self):
        facts = digest("Talks ended.\n\nOn the Velmar Commodity Exchange (VCX), futures rose. VCX said so.")
        self.assertEqual([(o["name"], o["acronym"]) for o in facts["organisations"]],
                         [("Velmar Commodity Exchange", "VCX")])


class MarketIndexesInCapitals(unittest.TestCase):
    def test_an_index_whose_letters_read_as_a_body_s_is_no_body(self):
        facts = digest("Gilt yields fell. The FTSE 100 closed up 0.9% and the DAX rose 1.1%; Velmar Holdings gained.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Holdings"])


class ForumsOfTheLargestEconomies(unittest.TestCase):
    def test_g20_is_a_body_and_its_number_no_figure(self):
        facts = digest("Leaders trade words at G20\n\nVelan Orskar did not attend the Group of 20 summit in "
                       "Tolmer on Saturday.")
        self.assertEqual(names(facts, "organisations"), ["G20"])
        self.assertEqual(facts["figures"], [])


class AListedNameWithAPossessiveInside(unittest.TestCase):
    def test_a_listed_place_with_s_inside_is_one_name(self):
        facts = digest("Talks ended.\n\nVelan Orskar said cholera cases rose in the camps of Cox's Bazar.")
        self.assertEqual(names(facts, "places"), ["Cox's Bazar"])

    def test_two_names_with_a_possessive_between_stay_two(self):
        facts = digest("Talks ended.\n\nTolmer's Velmar Holdings raised prices.")
        self.assertNotIn("Tolmer's Velmar Holdings", names(facts, "organisations"))


class ASayerAfterAListsComma(unittest.TestCase):
    def test_the_name_before_said_is_no_member_of_the_list_of_places(self):
        facts = digest("Talks ended.\n\nFighting spread to the districts of Kunar, Ali Velkar said.")
        self.assertEqual((names(facts, "people"), names(facts, "places")), (["Ali Velkar"], ["Kunar"]))

    def test_sayers_joined_by_and_are_one_list(self):
        facts = digest("Talks ended.\n\nAna Ruiz, Lin Tovar and Ali Velkar said the vote was fair.")
        self.assertEqual(names(facts, "people"), ["Ana Ruiz", "Lin Tovar", "Ali Velkar"])


class AnOfficeHoldersResidence(unittest.TestCase):
    def test_house_after_a_title_s_possessive_is_a_building(self):
        facts = digest("Talks ended.\n\nElders met at the Chief Minister's House on Monday.")
        self.assertEqual(names(facts, "organisations"), [])

    def test_the_house_of_a_parliament_is_still_a_body(self):
        facts = digest("Talks ended.\n\nLawmakers in the House passed the bill on Monday.")
        self.assertEqual(names(facts, "organisations"), ["House"])


class TitlesOfPunjabAndOfSeveralMinisters(unittest.TestCase):
    def test_ch_before_a_name_is_a_title(self):
        facts = digest("Talks ended.\n\nCh Pervaiz Velahi left. He met Ch Shujaat Velkar.")
        self.assertEqual(roles(facts), [("Pervaiz Velahi", "Ch"), ("Shujaat Velkar", "Ch")])

    def test_a_plural_title_before_the_first_of_two_names(self):
        facts = digest("Talks ended.\n\nDeputy Chief Ministers Eknath Velkar and Ajit Tovar were present.")
        self.assertEqual(names(facts, "people"), ["Eknath Velkar", "Ajit Tovar"])


class CommonGivenNamesOfSouthAsia(unittest.TestCase):
    def test_two_words_opening_with_a_common_given_name_are_a_person(self):
        facts = digest("Talks ended.\n\nThe plan was backed by Ajit Velkar, Sudha Tovarkar and Mushahid Orsk on "
                       "Monday.")
        self.assertEqual(names(facts, "people"), ["Ajit Velkar", "Sudha Tovarkar", "Mushahid Orsk"])


class UnitsInCapitals(unittest.TestCase):
    def test_units_of_water_power_and_gas_name_no_body(self):
        facts = digest("Talks ended.\n\nThe city needs 1,200 million gallons a day but gets about 650 MGD; the "
                       "plant makes 2 GW, or 14 TWh a year, from 300 MMCFD of gas.")
        self.assertEqual(names(facts, "organisations"), [])


class AListAfterResidentsOf(unittest.TestCase):
    def test_the_places_whose_residents_a_list_names(self):
        facts = digest("Talks ended.\n\nResidents of Velkangi and Tolrangi went days without water.")
        self.assertEqual(names(facts, "places"), ["Velkangi", "Tolrangi"])


class ABodyNamedWithOfBeforeATitle(unittest.TestCase):
    def test_the_portfolios_after_of_are_the_body_s_words(self):
        facts = digest("Talks ended.\n\nTolmer Chamber of Commerce and Industry President Javed Velkani said "
                       "traders had lost Rs10 billion.")
        self.assertEqual(names(facts, "organisations"), ["Tolmer Chamber of Commerce and Industry"])
        self.assertEqual(names(facts, "people"), ["Javed Velkani"])

    def test_two_portfolios_before_a_title_are_still_the_title(self):
        facts = digest("Talks ended.\n\nLabour and Employment Minister Ana Velkar said traders had lost money.")
        self.assertEqual(roles(facts), [("Ana Velkar", "Labour and Employment Minister")])
        self.assertEqual(names(facts, "organisations"), [])

    def test_the_word_after_of_is_the_body_s_and_the_rest_the_title(self):
        facts = digest("Talks ended.\n\nTolmer Board of Trade Chief Executive Ana Velkar said traders had lost "
                       "money.")
        self.assertEqual(names(facts, "organisations"), ["Tolmer Board of Trade"])
        self.assertEqual(names(facts, "people"), ["Ana Velkar"])


class ABureauOrMissionBeforeAChief(unittest.TestCase):
    def test_bureau_chief_and_mission_chief_are_titles(self):
        facts = digest("Talks ended.\n\nOn Monday, Velnews Bureau Chief Ana Velkar met IMF Mission Chief David "
                       "Tovar.")
        self.assertEqual(names(facts, "organisations"), ["IMF"])
        self.assertEqual(names(facts, "people"), ["Ana Velkar", "David Tovar"])

    def test_a_mission_named_in_full_is_still_a_body(self):
        facts = digest("Talks ended.\n\nThe UN Mission in Tarvia said the office would close.")
        self.assertEqual(names(facts, "organisations"), ["UN Mission"])


class AListBeforeAModifiedPlural(unittest.TestCase):
    def test_a_word_between_the_list_and_crossings_keeps_the_cue(self):
        facts = digest("Talks ended.\n\nTrucks waited at the Velkham and Tolman border crossings on Friday.")
        self.assertEqual(names(facts, "places"), ["Velkham", "Tolman"])


class APlaceBetweenATitleAndAName(unittest.TestCase):
    def test_the_place_a_title_is_held_in_is_a_place(self):
        facts = digest("Talks ended.\n\nDeputy Commissioner Peshawar Sarmad Velani said roads were shut. Chief "
                       "Secretary Punjab Zahid Tovar agreed.")
        self.assertEqual(names(facts, "people"), ["Sarmad Velani", "Zahid Tovar"])
        self.assertEqual(names(facts, "places"), ["Peshawar", "Punjab"])
        self.assertEqual(roles(facts), [("Sarmad Velani", "Deputy Commissioner Peshawar"),
                                        ("Zahid Tovar", "Chief Secretary Punjab")])

    def test_a_town_the_text_names_by_its_district_is_cut_from_the_person(self):
        facts = digest("Talks ended.\n\nA bomb went off in Velkot district on Tuesday. Deputy Commissioner "
                       "Velkot Sarmad Ali Tovar said seven people were hurt.")
        self.assertEqual(roles(facts), [("Sarmad Ali Tovar", "Deputy Commissioner Velkot")])
        self.assertEqual(names(facts, "places"), ["Velkot"])

    def test_a_town_named_nowhere_else_stays_with_the_person(self):
        facts = digest("Talks ended.\n\nDeputy Commissioner Velkot Sarmad Ali Tovar said seven people were hurt.")
        self.assertEqual(names(facts, "places"), [])

    def test_a_body_after_a_title_keeps_its_place(self):
        facts = digest("Talks ended.\n\nThe letter was signed by Professor of Taxation Tarvia State University "
                       "Velkar.")
        self.assertEqual(names(facts, "places"), [])

    def test_a_given_name_that_is_a_place_stays_the_name(self):
        facts = digest("Talks ended.\n\nCoach Jordan Ana Velkar said the team was ready.")
        self.assertEqual(names(facts, "places"), [])

    def test_the_place_an_ambassador_is_sent_to(self):
        facts = digest("Talks ended.\n\nThe deal was signed by Tarvian Ambassador to Kenya Velan Tovar on Monday.")
        self.assertEqual(roles(facts), [("Velan Tovar", "Tarvian Ambassador to Kenya")])
        self.assertEqual(names(facts, "places"), ["Kenya"])


class ManagingAsATitlesWord(unittest.TestCase):
    def test_managing_director_after_a_body(self):
        facts = digest("Talks ended.\n\nThe line is run by Tarvia Railways Managing Director Ana Velkar.")
        self.assertEqual(names(facts, "organisations"), ["Tarvia Railways"])
        self.assertEqual(roles(facts), [("Ana Velkar", "Tarvia Railways Managing Director")])


class AGraveyardNamedAfterAPerson(unittest.TestCase):
    def test_a_name_before_graveyard_is_a_place(self):
        facts = digest("Talks ended.\n\nHe was laid to rest at the Sakhi Velkar graveyard on Monday.")
        self.assertEqual(names(facts, "people"), [])
        self.assertEqual(names(facts, "places"), ["Sakhi Velkar"])


class APartOfTheForceInBrackets(unittest.TestCase):
    def test_the_bracket_after_a_title_is_the_title_s(self):
        facts = digest("Talks ended.\n\nDeputy Commissioner of Police (West) Ana Velkar said the accused fled.")
        self.assertEqual(names(facts, "places"), [])
        self.assertEqual(roles(facts), [("Ana Velkar", "Deputy Commissioner of Police (West)")])

    def test_a_compass_word_in_brackets_after_a_place_is_still_read(self):
        facts = digest("Talks ended.\n\nTarvia and the West (and Velmar) agreed to the plan.")
        self.assertIn("West", names(facts, "places"))


class CommonGivenNamesOfSriLanka(unittest.TestCase):
    def test_two_unknown_words_opening_with_a_sinhala_given_name_are_a_person(self):
        facts = digest("Talks ended.\n\nThe side will be led by Kusal Velkarage, with Charith Tovarage as his "
                       "deputy, while Dushmantha Orskara leads the attack.")
        self.assertEqual(names(facts, "people"), ["Kusal Velkarage", "Charith Tovarage", "Dushmantha Orskara"])

    def test_a_selector_is_a_role(self):
        facts = digest("Talks ended.\n\nChief selector Velan Tovarage said the squad was picked for home "
                       "conditions.")
        self.assertEqual(roles(facts), [("Velan Tovarage", "Chief selector")])


class AMovementsHeadWordBeforeATitle(unittest.TestCase):
    def test_the_title_after_a_movement_s_name_holds_a_person(self):
        facts = digest("Talks ended.\n\nJamaat Secretary General Mia Golam Velkar said the party was ready.")
        self.assertEqual(roles(facts), [("Mia Golam Velkar", "Jamaat Secretary General")])
        self.assertEqual(names(facts, "organisations"), [])


class APalaceNamedInSpanishOrItalian(unittest.TestCase):
    def test_casa_de_and_palazzo_name_buildings_not_people(self):
        facts = digest("Talks ended.\n\nHe spoke at the Casa de Velmaro palace, then flew to the Palazzo Tolvi.")
        self.assertEqual(names(facts, "people"), [])
        self.assertEqual(names(facts, "places"), ["Casa de Velmaro", "Palazzo Tolvi"])

    def test_a_particle_still_makes_a_person(self):
        facts = digest("Talks ended.\n\nHe met Ana de Velmaro on Monday.")
        self.assertEqual(names(facts, "people"), ["Ana de Velmaro"])


class ASecondWordOfAPortfolio(unittest.TestCase):
    def test_school_education_is_all_the_portfolio(self):
        facts = digest("Talks ended.\n\nThe bill was moved by Provincial Minister for School Education Rana Velkar "
                       "on Monday.")
        self.assertEqual(roles(facts), [("Rana Velkar", "Provincial Minister for School Education")])


class TheClubsOfAPlayersCareer(unittest.TestCase):
    def test_a_list_after_played_for_names_clubs_though_a_town_names_one(self):
        facts = digest("Talks ended.\n\nHe later played for Velmar Rovers, Sunderland, Siena and Tolmer United.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Rovers", "Sunderland", "Siena", "Tolmer United"])
        self.assertEqual(names(facts, "people"), [])

    def test_a_country_s_side_stays_the_country(self):
        facts = digest("Talks ended.\n\nHe played for Norway and Sunderland.")
        self.assertEqual(names(facts, "places"), ["Norway"])


class APartyNamedWithAnAcronymInItsOwnLanguage(unittest.TestCase):
    def test_party_after_the_bracket_says_the_name_is_a_body(self):
        facts = digest("Talks ended.\n\nThe motion brought by the hard-left Tarvia Unbowed (LTI) party fell short.")
        self.assertEqual(names(facts, "people"), [])
        self.assertIn("Tarvia Unbowed", names(facts, "organisations"))

    def test_a_country_in_brackets_after_a_player_still_makes_a_person(self):
        facts = digest("Talks ended.\n\nVelan Tovarov (Tarvia) beat Ana Velkar (Orskia) 6-3, 6-4.")
        self.assertEqual(names(facts, "people"), ["Velan Tovarov", "Ana Velkar"])


class AMissionInACountry(unittest.TestCase):
    def test_a_mission_s_name_runs_on_to_its_country(self):
        facts = digest("Talks ended.\n\nThe UN Assistance Mission in Kenya said on Monday that 12 civilians died.")
        self.assertEqual(names(facts, "organisations"), ["UN Assistance Mission in Kenya"])
        self.assertEqual(names(facts, "places"), [])

    def test_its_acronym_counts_the_words_after_in(self):
        facts = digest("Talks ended.\n\nThe U.N. Interim Force in Kenya (UNIFIK) said on Monday that 12 civilians "
                       "died.")
        self.assertEqual(names(facts, "organisations"), ["U.N. Interim Force in Kenya"])
        self.assertEqual(names(facts, "people"), [])

    def test_a_force_in_a_town_is_two_names(self):
        facts = digest("Talks ended.\n\nThe Velmar Force in Orsk met the Air Force in Tolmer.")
        self.assertEqual(names(facts, "places"), ["Orsk", "Tolmer"])


class AParticipleOpeningASentence(unittest.TestCase):
    def test_born_before_a_name_is_no_part_of_it(self):
        facts = digest("Talks ended.\n\nBorn Dharam Singh Velkar in Nasrali village in 1935, Velkar made his debut in 1960.")
        self.assertEqual(names(facts, "people"), ["Dharam Singh Velkar"])

    def test_a_crematorium_named_after_someone_is_no_person(self):
        facts = digest("Talks ended.\n\nThe funeral was held at the Pawan Velk crematorium on Monday.")
        self.assertEqual(names(facts, "people"), [])


class AListAfterAPluralRole(unittest.TestCase):
    def test_judges_and_officials_before_a_list_name_people(self):
        facts = digest("Talks ended.\n\nFormer judges Velan Ali Shah and Athar Tovarallah resigned, as did officials "
                       "Imran Velk and Kasim Orskani.")
        self.assertEqual(names(facts, "people"), ["Velan Ali Shah", "Athar Tovarallah", "Imran Velk",
                                                  "Kasim Orskani"])


class ABuildingOrAThingInAnApposition(unittest.TestCase):
    def test_a_residence_of_an_officer_is_no_person(self):
        facts = digest("Talks ended.\n\nA mob attacked the Velkar House, the residence of the Tolmer corps "
                       "commander, on Monday.")
        self.assertEqual(names(facts, "people"), [])

    def test_a_role_after_a_university_of_a_place_still_counts(self):
        facts = digest("Talks ended.\n\nThe death of Lenn Varsko, a University of Tolmer basketball star, shocked "
                       "fans.")
        self.assertEqual(roles(facts), [("Lenn Varsko", "a University of Tolmer basketball star")])

    def test_a_name_before_airport_or_temple_is_a_place(self):
        facts = digest("Talks ended.\n\nThe plane landed at Ravi Velkan airport on Monday, near the Tarmu Khem "
                       "temple.")
        self.assertEqual(names(facts, "places"), ["Ravi Velkan", "Tarmu Khem"])
        self.assertEqual(names(facts, "people"), [])

    def test_a_sentence_s_first_word_before_stadium_only_qualifies_it(self):
        facts = digest("Talks ended.\n\nHuge stadium lights shone on the square.")
        self.assertEqual(names(facts, "places"), [])


class AFirmNamedWithInitials(unittest.TestCase):
    def test_an_analyst_at_a_firm_of_initials(self):
        facts = digest("Talks ended.\n\n\"Demand is strong,\" said Lin Tovar, an analyst at J.R. Velmont. "
                       "Shares rose.")
        self.assertEqual(names(facts, "organisations"), ["J.R. Velmont"])
        self.assertEqual(names(facts, "people"), ["Lin Tovar"])


class APlaceThatNamesAFirm(unittest.TestCase):
    def test_amazon_without_the_is_the_company(self):
        facts = digest("Talks ended.\n\nVelmar AI, backed by Amazon and Google, is valued at $35 billion.")
        self.assertIn("Amazon", names(facts, "organisations"))
        self.assertEqual(names(facts, "places"), [])

    def test_the_amazon_and_its_rainforest_are_the_place(self):
        for text in ("Fires spread across the Amazon on Monday.", "Fires spread across Amazon rainforest land."):
            with self.subTest(text=text):
                self.assertEqual(names(digest("Talks ended.\n\n" + text), "places"), ["Amazon"])


class APortfolioEndingInATitleWord(unittest.TestCase):
    def test_law_and_justice_ends_a_ministry_s_name(self):
        facts = digest("Talks ended.\n\nThe Ministry of Law and Justice said it had received no request.")
        self.assertEqual(names(facts, "organisations"), ["Ministry of Law and Justice"])

    def test_a_justice_after_and_before_a_name_stays_a_title(self):
        facts = digest("Talks ended.\n\nThe Ministry of Law and Justice Ana Velk met the panel.")
        self.assertNotIn("Ministry of Law and Justice Ana Velk", names(facts, "organisations"))


class NamesInPoliceAndHonoursNews(unittest.TestCase):
    def test_a_man_identified_as_someone_is_a_person(self):
        facts = digest("Talks ended.\n\nThe man, identified as Zorvek Tallam, was arrested in Tolmer in May.")
        self.assertEqual(names(facts, "people"), ["Zorvek Tallam"])

    def test_a_commissionerate_is_a_body(self):
        facts = digest("Talks ended.\n\nAccording to the Commissionerate for Tolmer Refugees, 4,312 people returned.")
        self.assertEqual(names(facts, "organisations"), ["Commissionerate for Tolmer Refugees"])
        self.assertEqual(facts["people"], [])

    def test_a_number_with_a_thousands_comma_is_no_age(self):
        facts = digest("Talks ended.\n\nThe tally kept by the Zorvek Tallam, 4,312 in all, was released.")
        self.assertEqual(facts["people"], [])

    def test_an_honour_with_i_is_no_body(self):
        facts = digest("Talks ended.\n\nShe was awarded the Sitara-i-Khidmat in 1989 and the Hilal-i-Khidmat in 2004.")
        self.assertEqual(facts["organisations"], [])

    def test_a_party_with_i_is_a_body(self):
        facts = digest("Talks ended.\n\nLeaders of the Tehreek-i-Velmar met on Monday.")
        self.assertEqual(names(facts, "organisations"), ["Tehreek-i-Velmar"])

    def test_a_place_with_i_in_a_list_of_districts_stays_a_place(self):
        facts = digest("Talks ended.\n\nMost of the dead were in the Darvi-i-Nool and Chawkat districts of Kunar.")
        self.assertEqual(names(facts, "places"), ["Darvi-i-Nool", "Chawkat", "Kunar"])
        self.assertEqual(facts["organisations"], [])


class PlacesNamedInATitleAndInAList(unittest.TestCase):
    def test_a_district_in_a_title_s_brackets_is_still_a_place_elsewhere(self):
        facts = digest("Talks ended.\n\nThe bus fell near Orsk in Tolmera district, Superintendent of Police "
                       "(Tolmera) Ana Velk said.")
        self.assertIn("Tolmera", names(facts, "places"))

    def test_a_compass_word_before_a_plural_place_word_is_no_body(self):
        facts = digest("Talks ended.\n\nPower was cut to homes in the Central and Velmar provinces on Monday.")
        self.assertEqual(facts["organisations"], [])
        self.assertEqual(names(facts, "places"), ["Velmar"])

    def test_the_refugee_agency_s_name_runs_to_its_end(self):
        facts = digest("Talks ended.\n\nThe boat sank, said Ana Velk, a spokesperson for the United Nations High "
                       "Commissioner for Refugees in Tolmer.")
        self.assertEqual(names(facts, "organisations"), ["United Nations High Commissioner for Refugees"])

    def test_a_state_written_short(self):
        facts = digest("Talks ended.\n\nHimachal's chief minister announced aid for the families on Tuesday.")
        self.assertEqual(names(facts, "places"), ["Himachal"])


class ACabinetsList(unittest.TestCase):
    def test_ministers_listed_with_a_bullet_and_a_dash_before_their_portfolios(self):
        facts = digest("Talks ended.\n\nThe new ministers are:\n• Kulvan Ghesh – Energy, Water Resources and Irrigation\n"
                       "• Mahvir Punt – Education, Science and Technology\n\nThe oath was administered on Sunday.")
        self.assertEqual(names(facts, "people"), ["Kulvan Ghesh", "Mahvir Punt"])
        self.assertEqual((facts["organisations"], facts["places"]), ([], []))

    def test_a_menu_s_body_before_a_dash_stays_a_body(self):
        facts = digest("Menu\n• Velmar Bank – Finance news\n• Sports\n\nTalks ended on Sunday.")
        self.assertEqual((names(facts, "organisations"), facts["people"]), (["Velmar Bank"], []))

    def test_ministers_with_their_portfolios_in_brackets(self):
        facts = digest("Talks ended.\n\nThe new ministers are: Dorvan Aryel (Home), Kulvan Ghesh (Energy, Water "
                       "Resources and Irrigation), Jagat Kharvel (Communication and Information Technology) and "
                       "Mahvir Punt (Education, Science and Technology).")
        self.assertEqual(names(facts, "people"), ["Dorvan Aryel", "Kulvan Ghesh", "Jagat Kharvel", "Mahvir Punt"])
        self.assertEqual((facts["organisations"], facts["places"]), ([], []))

    def test_two_places_in_brackets_are_no_portfolios(self):
        facts = digest("Talks ended.\n\nThe winners were Ana Velk (Tarvia and Velmar) and Lin Tovar.")
        text = "The winners were Ana Velk (Tarvia and Velmar) and Lin Tovar."
        self.assertFalse(digest_module.in_portfolio_brackets(text, text.index("Tarvia"), text.index(" and V")))
        self.assertIn("Ana Velk", names(facts, "people"))


class GivenNamesOfSouthAsia(unittest.TestCase):
    def test_a_common_bangladeshi_given_name_makes_a_person(self):
        facts = digest("Talks ended.\n\nThe party's chief spoke to Tanvir Orskani in Tolmer on Monday.")
        self.assertEqual(names(facts, "people"), ["Tanvir Orskani"])


class ChineseFamilyNames(unittest.TestCase):
    def test_a_family_name_that_is_a_pronoun_after_a_title(self):
        facts = digest("Talks ended.\n\nVice Premier He Mingtao met envoys on Wednesday. He said ties were good.")
        self.assertEqual(roles(facts), [("He Mingtao", "Vice Premier")])

    def test_a_family_name_of_the_hundred_surnames_is_the_short_form(self):
        facts = digest("Talks ended.\n\nPremier Xi Mingtao met envoys on Thursday.\n\nXi told them that ties "
                       "were strong.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["people"]], [("Xi Mingtao", 2)])


class TheOneWordBeforeALeadersTitle(unittest.TestCase):
    def test_it_names_what_the_leader_leads(self):
        facts = digest("Talks ended.\n\nThe coalition named Ana Velk ahead of Wipra leader Kalvo Musek on Friday. "
                       "Musek said Wipra would consult its members.")
        self.assertEqual(names(facts, "organisations"), ["Wipra"])

    def test_not_the_last_word_of_a_longer_name(self):
        facts = digest("Talks ended.\n\nThe Tolland Board of Trustees chairman Ana Velk resigned on Friday.")
        self.assertNotIn("Trustees", names(facts, "organisations"))


class NumberedPartsInThePlural(unittest.TestCase):
    def test_articles_of_a_constitution_name_no_body(self):
        facts = digest("Talks ended.\n\nHe argued that the law violated Articles 25 and 26 of the Constitution.")
        self.assertEqual(facts["organisations"], [])


class PoliceReportsOfSouthAsia(unittest.TestCase):
    def test_a_police_station_s_locality_is_a_place_after_a_title_s_acronym(self):
        facts = digest("Talks ended.\n\nPolice arrested three men in Velgarh on Saturday. Station House Officer "
                       "(SHO) Velgarh police station Inspector Arif Tolani said they had fled.")
        self.assertEqual(names(facts, "places"), ["Velgarh"])
        self.assertEqual(names(facts, "people"), ["Arif Tolani"])

    def test_a_title_s_word_after_its_acronym_names_no_one(self):
        facts = digest("Talks ended.\n\nAccording to Deputy Inspector General (DIG) Operations Faisal Tolani, the "
                       "suspects fled.")
        self.assertEqual(names(facts, "people"), ["Faisal Tolani"])

    def test_the_post_s_area_after_a_title_s_acronym_is_the_title_s(self):
        facts = digest("Talks ended.\n\nSenior Superintendent of Police (SSP) South Mehroz Velani said the men "
                       "fled. Deputy Inspector General (DIG) Operations Faisal Tolani agreed.")
        self.assertEqual(roles(facts), [("Mehroz Velani", "Senior Superintendent of Police South"),
                                        ("Faisal Tolani", "Deputy Inspector General Operations")])


class ATitleBeforeTheBodyItHeads(unittest.TestCase):
    def test_the_body_after_a_title_is_no_part_of_the_name(self):
        facts = digest("Talks ended.\n\nChairman TCB Mohsin Velkani said so. Speaker National Assembly Ayaz Tolk "
                       "agreed, and Chairman Senate Yusuf Orskani prorogued the session.")
        self.assertEqual(roles(facts), [("Mohsin Velkani", "Chairman TCB"), ("Ayaz Tolk", "Speaker National Assembly"),
                                        ("Yusuf Orskani", "Chairman Senate")])
        self.assertEqual(names(facts, "organisations"), ["TCB", "National Assembly", "Senate"])

    def test_a_body_named_with_a_title_s_word_stays_whole(self):
        facts = digest("Talks ended.\n\nThe General Assembly voted on Monday, Major League Baseball said.")
        self.assertEqual(names(facts, "organisations"), ["General Assembly", "Major League Baseball"])


class APapersCreditUnderItsStory(unittest.TestCase):
    def test_published_in_a_paper_dates_the_story_and_names_no_place(self):
        facts = digest("Senate passes water bill\n\nNAIROBI: The Senate on Thursday passed the bill that sets "
                       "up a water authority, with a majority vote despite protests by opposition members.\n\n"
                       "The bill was moved by the minister for water, who said the provinces had been consulted "
                       "over two years and that the authority would begin its work within three months.\n\n"
                       "Published in the Courier, December 5th, 2026")
        self.assertEqual(facts["published"]["value"], "2026-12-05")
        self.assertEqual(names(facts, "places"), ["Nairobi"])


class InitialsAndLongNamesOfSouthAsia(unittest.TestCase):
    def test_initials_that_spell_a_degree_open_a_name_after_a_title(self):
        facts = digest("Talks ended.\n\nKerala Governor R.N. Velkan has returned 10 Bills passed by the Assembly.")
        self.assertEqual(roles(facts), [("R.N. Velkan", "Kerala Governor")])
        self.assertEqual(facts["organisations"], [])

    def test_a_degree_after_a_name_still_ends_it(self):
        facts = digest("Talks ended.\n\nAnn Ruiz M.D. Omar Haddad spoke on Monday.")
        self.assertEqual(names(facts, "people"), ["Ann Ruiz", "Omar Haddad"])

    def test_a_state_s_government_is_no_one_s(self):
        facts = digest("Talks ended.\n\nThe ruling prompted the State government to approach the court again.")
        self.assertEqual(facts["people"], [])

    def test_a_given_name_that_is_a_title_too_opens_a_long_name(self):
        facts = digest("Talks ended.\n\nStanding committee members Amir Kholsru Mahmud Velkari and Orsk Tovar "
                       "were nominated.")
        self.assertIn("Amir Kholsru Mahmud Velkari", names(facts, "people"))


class FirmsOfAMarketReport(unittest.TestCase):
    def test_what_a_name_said_of_its_own_makes_a_body(self):
        facts = digest("Markets were calm. On Tuesday, Velcom said its profit rose 4 percent.")
        self.assertEqual(names(facts, "organisations"), ["Velcom"])
        self.assertEqual(facts["people"], [])

    def test_a_person_who_said_something_of_another_stays_a_person(self):
        facts = digest("Markets were calm. Senator Velk Tarrow said the bill would pass.")
        self.assertEqual(names(facts, "people"), ["Velk Tarrow"])

    def test_the_movers_of_a_market_report_are_firms(self):
        facts = digest("Stocks ended lower. Velcom Sarin, Orskatel and Tarvia Oil were the biggest laggards.")
        self.assertEqual(names(facts, "organisations"), ["Velcom Sarin", "Orskatel", "Tarvia Oil"])
        self.assertEqual(facts["people"], [])

    def test_a_listed_company_of_a_south_asian_index_is_a_body(self):
        facts = digest("Stocks ended lower on Friday. Shares of Velcom fell, while Maruti Suzuki, Sun Pharma "
                       "and Asian Paints gained.")
        self.assertEqual(names(facts, "organisations"), ["Velcom", "Maruti Suzuki", "Sun Pharma", "Asian Paints"])
        self.assertEqual(facts["people"], [])

    def test_two_listed_firms_in_a_list_are_two(self):
        facts = digest("Stocks ended higher. Gains in Infosys, Larsen & Toubro and Wipro lifted the index.")
        self.assertEqual(names(facts, "organisations"), ["Infosys", "Larsen & Toubro", "Wipro"])

    def test_a_partnership_s_name_split_by_a_comma_stays_whole(self):
        facts = digest("Stocks ended higher. Reid, Hart & Co. advised the buyer.")
        self.assertEqual(names(facts, "organisations"), ["Reid, Hart & Co"])

    def test_a_listed_firm_s_possessive_is_no_title_and_name(self):
        facts = digest("Stocks ended higher. Shares of Dr Reddy's rose 2 percent.")
        self.assertEqual(facts["people"], [])
        self.assertEqual(names(facts, "organisations"), ["Dr Reddy's"])

    def test_a_listed_firm_whose_name_ends_in_a_possessive_keeps_it(self):
        facts = digest("Ratings agency Moody's said the bill was neutral for Tarvia's finances. "
                       "Sales at Sainsbury's fell 2 percent.")
        self.assertEqual(names(facts, "organisations"), ["Moody's", "Sainsbury's"])

    def test_a_firm_s_possessive_name_starts_after_a_lower_case_word(self):
        facts = digest("Markets were calm. Shares of Velmar's Corp. rose 2 percent.")
        self.assertEqual(names(facts, "organisations"), ["Velmar's Corp"])

    def test_a_doctor_s_possessive_stays_a_person_s(self):
        facts = digest("Stocks ended higher. Dr Velkan Rao's clinic was shut on Monday.")
        self.assertEqual(names(facts, "people"), ["Velkan Rao"])

    def test_a_firm_without_its_suffix_is_the_firm_though_a_unit_shares_its_first_word(self):
        facts = digest("Markets were calm. Velcom Co. said its Velcom Long Distance unit has been renamed. "
                       "Velcom, the carrier, said the unit is the fifth-largest.")
        self.assertEqual(names(facts, "organisations"), ["Velcom Co", "Velcom Long Distance"])

    def test_a_listed_firm_and_its_name_with_a_suffix_are_one(self):
        facts = digest("Markets were calm. Procter & Gamble Co. said its sales rose. Analysts said "
                       "Procter & Gamble would gain, and that Gamble's rivals would not.")
        self.assertEqual(len(facts["organisations"]), 1)


class AnInterviewsQuestionsAndAnswers(unittest.TestCase):
    def test_a_sentence_begins_after_a_question_s_label(self):
        facts = digest("Talks ended.\n\nQ: Will Tarvia host the summit?\nA: Yes. Ana Velkar has agreed.\n")
        self.assertEqual(names(facts, "people"), ["Ana Velkar"])

    def test_an_answer_s_label_heads_no_results_table(self):
        facts = digest("Q: What about the barrage?\n\nA: Gates 44 and 47 were replaced last year.")
        self.assertEqual(facts["organisations"], [])

    def test_a_ground_and_a_side_s_score_still_name_a_team(self):
        facts = digest("Results on Saturday.\n\nKingsport: Ravenhill 363\n")
        self.assertIn("Ravenhill", names(facts, "organisations"))

    def test_two_innings_after_a_side_still_make_it_a_team(self):
        facts = digest("At Tolbury: Velmar Shire 250 and 198, Orskmoor 301.")
        self.assertIn("Velmar Shire", names(facts, "organisations"))


class ATownsArabicArticle(unittest.TestCase):
    def test_in_before_a_name_opening_with_al_says_where(self):
        facts = digest("Medics said a strike hit a tent sheltering families in al-Velawi on Monday.")
        self.assertEqual(names(facts, "places"), ["al-Velawi"])
        self.assertEqual(facts["organisations"], [])

    def test_a_group_opening_with_al_stays_a_body(self):
        facts = digest("Officials said al-Tarvani had claimed the attack on Monday.")
        self.assertEqual(names(facts, "organisations"), ["al-Tarvani"])


class QuartersAndTownsOfSouthAsia(unittest.TestCase):
    def test_a_town_s_ending_makes_a_place(self):
        facts = digest("Readings rose across the city. The worst was at Velampur, followed by Tolabad "
                       "and Orskgarh, the board said.")
        self.assertEqual(names(facts, "places"), ["Velampur", "Tolabad", "Orskgarh"])

    def test_a_quarter_s_word_makes_a_place_though_a_given_name_opens_it(self):
        facts = digest("Readings rose across the city. Anand Vihar recorded the worst air of 489.")
        self.assertEqual(names(facts, "places"), ["Anand Vihar"])
        self.assertEqual(facts["people"], [])

    def test_a_person_whose_name_has_the_ending_stays_a_person(self):
        facts = digest("Readings rose across the city. Senator Velampur said the board had failed.")
        self.assertEqual(names(facts, "people"), ["Velampur"])


class TwoTitledPeopleJoinedByAnd(unittest.TestCase):
    def test_a_second_title_after_and_opens_a_second_person(self):
        facts = digest("Talks ended. Foreign Minister Ana Ruiz and Economy Minister Carlos Velk accompanied the king.")
        self.assertEqual(roles(facts), [("Ana Ruiz", "Foreign Minister"), ("Carlos Velk", "Economy Minister")])

    def test_two_portfolios_of_one_title_stay_one_title(self):
        facts = digest("Talks ended. Labour and Employment Minister Carlos Velk spoke first.")
        self.assertEqual(roles(facts), [("Carlos Velk", "Labour and Employment Minister")])


class AVerbBeforeARole(unittest.TestCase):
    def test_a_verb_after_an_auxiliary_is_no_part_of_the_role(self):
        facts = digest("Talks ended. The bureau has summoned aide Velan Kharel for questioning.")
        self.assertEqual(roles(facts), [("Velan Kharel", "aide")])


class ATownAfterAPoliceTitle(unittest.TestCase):
    def test_a_town_named_by_its_area_elsewhere_is_cut_from_the_officer(self):
        facts = digest("Police said the men were held in the Tolkot area. SSP Tolkot Tariq Velani said they "
                       "had confessed.")
        self.assertEqual(roles(facts), [("Tariq Velani", "SSP Tolkot")])
        self.assertEqual(names(facts, "places"), ["Tolkot"])

    def test_a_family_name_before_a_given_name_stays_the_officer_s(self):
        facts = digest("Residents of the area protested. SSP Chaudhry Tariq Velani said the men had confessed.")
        self.assertEqual(names(facts, "people"), ["Chaudhry Tariq Velani"])


class BangladeshiInitials(unittest.TestCase):
    def test_initials_after_a_title_open_the_person_s_name(self):
        facts = digest("Talks ended. Chief Election Commissioner AMM Nasir Velkari said the vote would be held.")
        self.assertEqual(roles(facts), [("AMM Nasir Velkari", "Chief Election Commissioner")])
        self.assertEqual(facts["organisations"], [])

    def test_a_body_s_acronym_after_a_title_is_still_a_body(self):
        facts = digest("Talks ended. Chairman TCB Mohsin Velani said prices would fall.")
        self.assertEqual(roles(facts), [("Mohsin Velani", "Chairman TCB")])
        self.assertEqual(names(facts, "organisations"), ["TCB"])


class ARoleOverABodysAnd(unittest.TestCase):
    def test_a_role_reaches_over_the_and_inside_a_body_s_name(self):
        facts = digest("Talks ended. Velan Umarov, secretary of Tolland's National Security and Defence Council, "
                       "met the envoys.")
        self.assertEqual(roles(facts), [("Velan Umarov", "secretary of Tolland's National Security and Defence "
                                                          "Council")])

    def test_a_role_stops_before_a_second_person_after_and(self):
        facts = digest("Talks ended. Velan Umarov, the Tolland Security Council secretary, and Ana Ruiz met the "
                       "envoys.")
        self.assertEqual(roles(facts)[0], ("Velan Umarov", "the Tolland Security Council secretary"))


class LongTitlesBeforeAName(unittest.TestCase):
    def test_a_party_s_committee_title_keeps_the_party_s_whole_name(self):
        facts = digest("Talks ended. Tarvia Nationalist Party (TNP) Standing Committee member Velan Ahmed "
                       "welcomed the schedule.")
        self.assertEqual(roles(facts), [("Velan Ahmed", "Tarvia Nationalist Party (TNP) Standing Committee member")])

    def test_a_conjunction_ends_a_role_in_lower_case(self):
        facts = digest("Talks ended. The day went smoothly although sixth-seeded former champion Velan Ahmed "
                       "struggled.")
        self.assertEqual(roles(facts), [("Velan Ahmed", "sixth-seeded former champion")])


class ABodyAfterATitlesOfWithASubject(unittest.TestCase):
    def test_a_force_after_a_subject_like_word_is_one_body(self):
        facts = digest("Talks ended. Velan Munir was named Chief of Defence Forces on Monday.")
        self.assertEqual(names(facts, "organisations"), ["Defence Forces"])

    def test_a_subject_then_a_body_s_name_are_two(self):
        facts = digest("Talks ended. Professor of Taxation Tolmer State University Ana Ruiz spoke first.")
        self.assertEqual(names(facts, "organisations"), ["Tolmer State University"])


class ACricketScorecard(unittest.TestCase):
    CARD = ("Scoreboard: Tolland v Velmar, 2nd ODI\n\nTolland innings\nRavi Kalan c Orsk b Tovar 14\n"
            "Tolmer Sundar run out (Orsk) 1\nAnil Vakil (capt) not out 66\nExtras (lb 4, w 19) 23\n"
            "Total (5 wickets, 50 overs) 358\nFall of wickets: 1-40, 2-62, 3-257\n"
            "Bowling: Lin Orsk 10-0-66-1, Velan Tovar 10-0-63-2, Kiran Bosk 8-0-75-0\n\n"
            "Velmar chased down 359 with four balls to spare.")

    def test_batsmen_and_bowlers_are_people_though_a_town_opens_a_name(self):
        people = names(digest(self.CARD), "people")
        for name in ("Ravi Kalan", "Tolmer Sundar", "Anil Vakil", "Lin Orsk", "Velan Tovar", "Kiran Bosk"):
            self.assertIn(name, people)

    def test_a_scorecard_s_numbers_are_no_figures_but_the_story_s_are(self):
        self.assertEqual([f["text"] for f in digest(self.CARD)["figures"]], ["359"])

    def test_we_ve_run_out_makes_no_batsman(self):
        facts = digest('Talks ended. "We\'ve run out of places to build roads in Tolmer," she said.')
        self.assertEqual(facts["people"], [])


class ATallyOfSeats(unittest.TestCase):
    def test_the_parties_of_a_tally_are_bodies_and_others_is_none(self):
        facts = digest("Results came in on Saturday.\nTLP 89\nJD(V) 85\nVDP 25\nOthers 9\n\n"
                       "The alliance won 174 of the 243 seats, the commission said.")
        self.assertEqual(names(facts, "organisations"), ["TLP", "JD(V)", "VDP"])

    def test_a_tally_copied_from_a_page_s_table_with_tabs_and_shares(self):
        facts = digest("Results came in on Saturday.\n\nParty\tSeats\tVote share\nTLP\t89\t20.1%\nJD(V)\t85\t19.3%\n\n"
                       "The alliance won 174 of the 243 seats, the commission said.")
        self.assertEqual(names(facts, "organisations"), ["TLP", "JD(V)"])

    def test_a_headline_in_capitals_is_still_one(self):
        facts = digest("TOLMER FLOODS KILL 12\nTOLPUR 2026-12-03\nFloods killed 12 people in Tolmer on Monday.")
        self.assertEqual(facts["organisations"], [])


class ShortFormsOfABodysName(unittest.TestCase):
    def test_a_common_abbreviation_opening_a_body_s_name_is_no_mention_of_it(self):
        facts = digest("The order creates an AI Velmar Task Force. AI firms welcomed it, and AI safety groups did not.")
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]], [("AI Velmar Task Force", 1)])


class BodiesWhoseNamesEndAlike(unittest.TestCase):
    def test_a_body_with_an_acronym_of_its_own_is_no_short_form_of_a_longer_one(self):
        facts = digest("The ruling Velmar Munnetra Kazhagam (VMK) won 18 seats. The All Kerala Anna Velmar Munnetra "
                       "Kazhagam (AKAVMK) won two. The VMK said it was pleased.")
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]],
                         [("Velmar Munnetra Kazhagam", 2), ("All Kerala Anna Velmar Munnetra Kazhagam", 1)])

    def test_a_short_form_with_the_acronym_stays_the_longer_name_s(self):
        facts = digest("Tolmer Men's Assurance Co. is for sale. A TMA spokesman said talks began. Tolmer Men's "
                       "Assurance (TMA) has 300 staff.")
        self.assertEqual(len(facts["organisations"]), 1)


class AffiliationsAndListedShortForms(unittest.TestCase):
    def test_a_state_and_a_party_member_name_the_state_not_a_body(self):
        facts = digest("Markets were calm. Sen. Ana Warlow, a Massachusetts Democrat, said the merger should be "
                       "blocked.")
        self.assertEqual(facts["organisations"], [])
        self.assertEqual(names(facts, "places"), ["Massachusetts"])

    def test_a_body_s_members_by_party_still_name_the_body(self):
        facts = digest("Markets were calm. Senate Democrats said the merger should be blocked.")
        self.assertEqual(names(facts, "organisations"), ["Senate"])

    def test_a_listed_short_form_is_the_listed_body_the_text_names(self):
        facts = digest("Markets were calm. Federal Reserve Chair Ana Ruiz spoke on Wednesday. Kansas City Fed "
                       "President Lin Tovar opposed a cut, and the Fed held rates.")
        mentions = {o["name"]: o["mentions"] for o in facts["organisations"]}
        self.assertEqual(mentions, {"Federal Reserve": 2, "Kansas City Fed": 1})

    def test_a_streaming_business_s_name_is_a_body_s(self):
        facts = digest("Markets were calm. Velflix agreed to buy the studio and the HBO Max streaming business.")
        self.assertEqual(facts["people"], [])
        self.assertIn("HBO Max", names(facts, "organisations"))


class APartysMember(unittest.TestCase):
    def test_a_name_of_the_x_party_is_a_member_though_a_town_opens_it(self):
        facts = digest("Votes were counted. Velaro held a narrow lead over Salvador Nasrell of the Liberal Party, "
                       "and Rixa Monca of the ruling Libre party was third.")
        self.assertEqual(names(facts, "people"), ["Salvador Nasrell", "Rixa Monca"])

    def test_a_wing_of_a_party_stays_a_body(self):
        facts = digest("Votes were counted. The Youth Wing of the Liberal Party protested.")
        self.assertEqual(facts["people"], [])

    def test_a_name_of_a_congress_league_or_front_is_a_member(self):
        facts = digest("The commission declared Ewura Tolbyn of the ruling National Velmar Congress (NVC) the "
                       "winner, ahead of Kofi Orsaman of the Tarvia Freedom Front.")
        self.assertEqual(names(facts, "people"), ["Ewura Tolbyn", "Kofi Orsaman"])

    def test_a_wing_of_a_congress_stays_a_body(self):
        facts = digest("Votes were counted. Members of the Tolmer Youth Wing of the National Velmar Congress marched.")
        self.assertEqual(facts["people"], [])


class HonorificsBeforeAGivenName(unittest.TestCase):
    def test_honorifics_before_a_given_name_are_one_person_s(self):
        for text in ("Syed Sardar Ali Velshah said the schools would open.",
                     "Other ministers include Syed Sardar Ali Velshah (school education)."):
            self.assertEqual(names(digest(text), "people"), ["Syed Sardar Ali Velshah"], text)

    def test_a_body_s_word_before_a_given_name_still_parts_them(self):
        facts = digest("The Tolmer Council Ali Velshah chaired met on Monday.")
        self.assertNotIn("Tolmer Council Ali Velshah", names(facts, "people"))


class AnHonorificAfterATitle(unittest.TestCase):
    def test_sardar_after_a_title_is_no_part_of_the_role(self):
        facts = digest("Talks ended. Federal Minister for Religious Affairs Sardar Muhammad Velkani said talks "
                       "would continue.")
        self.assertEqual(roles(facts), [("Sardar Muhammad Velkani", "Federal Minister for Religious Affairs")])


class SecondGivenNamesOfSouthAsia(unittest.TestCase):
    def test_a_second_given_name_in_the_middle_makes_a_person(self):
        facts = digest("Talks ended. The bureau summoned Bal Krishna Velkar and Top Bahadur Orskmajhi for questioning.")
        self.assertIn("Top Bahadur Orskmajhi", names(facts, "people"))

    def test_a_body_with_such_a_word_inside_stays_a_body(self):
        facts = digest("Talks ended. The Tolpur Lal Bagh Trust said the park would close.")
        self.assertEqual(facts["people"], [])


class SpeakersAfterARoleBetweenCommas(unittest.TestCase):
    def test_a_role_then_the_name_between_commas_then_told(self):
        facts = digest("Talks ended. Former player Arif Velkani filed the petition.\n\n\"The board cannot dissolve "
                       "elected bodies by notice,\" counsel for the petitioners, Barrister Tahir Orskwal, told the court.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Tahir Orskwal"])

    def test_a_role_then_the_name_then_a_clause_between_commas_then_told(self):
        facts = digest("Talks ended.\n\n\"These families have lived here for two decades,\" advocate Ravi Velkanna, who "
                       "appeared for the residents, told the court.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Ravi Velkanna"])

    def test_not_a_name_in_the_next_sentence(self):
        facts = digest("Talks ended. Governor Ana Velsom called the order \"an attack on our state\" and said the "
                       "state would defend its law. Senator Ravi Velkanna, who wrote the law, said the order was void.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Ana Velsom"])

    def test_he_after_a_sentence_whose_unnamed_subject_said_is_nobody_named(self):
        facts = digest("Talks ended. Barrister Tahir Orskwal argued the case.\n\nA board spokesman said the board "
                       "would contest the case. \"We respect the court and will be there,\" he said.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], [None])

    def test_he_after_the_named_speaker_is_still_the_speaker(self):
        facts = digest("Talks ended. Barrister Tahir Orskwal said the board would lose the case.\n\n\"We respect "
                       "the court and will be there,\" he said.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Tahir Orskwal"])


class ADatelinesAgency(unittest.TestCase):
    def test_the_agency_after_a_datelines_day_is_an_organisation(self):
        for text in ("COLOMBO, Nov 27 (Velnext) – The bank held rates, economists polled by Velnext said.",
                     "Tolpur, Dec 2 (Velnext) The council met on Tuesday.",
                     "JERUSALEM/CAIRO (Velnext) — More than 600 trucks entered on Monday."):
            facts = digest(text)
            self.assertEqual((facts["people"], names(facts, "organisations")), ([], ["Velnext"]), text)

    def test_a_name_in_brackets_after_a_day_in_prose_stays_a_person(self):
        for text in ("The final was played on March 12 (Ana Ruiz scored twice).",
                     "He met Tarvo (Ana Ruiz) on Monday."):
            facts = digest(text)
            self.assertEqual((names(facts, "people"), facts["organisations"]), (["Ana Ruiz"], []), text)


class AUnitsNumber(unittest.TestCase):
    def test_the_ordinal_before_a_military_unit_is_part_of_its_name(self):
        facts = digest("Troops of the 22nd Infantry Division held the town, and the 101st Airborne Division "
                       "arrived on Monday.")
        self.assertEqual(names(facts, "organisations"), ["22nd Infantry Division", "101st Airborne Division"])

    def test_a_stations_number_after_it_is_part_of_its_name(self):
        facts = digest("She told Velmar Radio 4's morning show that 300 people had died.")
        self.assertEqual((names(facts, "organisations"), [f["text"] for f in facts["figures"]]),
                         (["Velmar Radio 4"], ["300"]))

    def test_a_count_after_a_station_is_still_a_count(self):
        facts = digest("Officials told Velmar Radio 4 people had died.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Radio"])

    def test_a_city_s_sector_and_its_number_are_a_place(self):
        facts = digest("Ravi Velkan was shot outside his office in Sector 56 on Tuesday. SHO Sector 56 police "
                       "station, Inspector Tarun Velsingh, said the killing was over land. Raids were held in "
                       "Sector G-11/2 and in Orangi Town's Sector 11-1/2.")
        self.assertEqual(names(facts, "places"), ["Sector 56", "Sector G-11/2", "Orangi Town", "Sector 11-1/2"])
        self.assertEqual(names(facts, "people"), ["Ravi Velkan", "Tarun Velsingh"])

    def test_a_body_with_no_number_before_it_is_left_whole(self):
        facts = digest("Ravi Velkan, 52, commanded the Velmar Division from 2015.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Division"])


class RolesInCapitalsAfterATitlesModifier(unittest.TestCase):
    def test_a_role_in_capitals_after_chief_or_senior_is_the_title_of_the_name_after_it(self):
        for text, role in (("Chief Economist Tarvo Velkova said rates would fall.", "Chief Economist"),
                           ("Rates will fall, said Senior Analyst Tarvo Velkova.", "Senior Analyst"),
                           ("Chief Meteorologist Tarvo Velkova said rain would fall.", "Chief Meteorologist")):
            facts = digest(text)
            self.assertEqual([(p["name"], p["role"]) for p in facts["people"]], [("Tarvo Velkova", role)], text)

    def test_an_honorific_after_the_role_leaves_the_role_whole(self):
        facts = digest("Chief Meteorologist Sardar Velsarfraz said the air in Lahore was poor.")
        self.assertEqual([p["role"] for p in facts["people"]], ["Chief Meteorologist"])

    def test_the_role_alone_names_no_one(self):
        facts = digest("The Chief Economist said rates would fall.")
        self.assertEqual(facts["people"], [])


class WhoAfterANameAndWhereAPartyStands(unittest.TestCase):
    def test_who_after_a_comma_makes_a_name_of_several_words_a_person(self):
        facts = digest("The motion failed. Tarva Le Velpen, who leads the group in parliament, accused the "
                       "minister of buying time.")
        self.assertEqual(names(facts, "people"), ["Tarva Le Velpen"])

    def test_who_before_a_score_is_a_side(self):
        facts = digest("Velmar Saint Orsk, who beat Tolland Athletic 2-0 on Saturday, top the table.")
        self.assertEqual(facts["people"], [])

    def test_a_name_after_far_left_or_far_right_is_a_party(self):
        facts = digest("The motion was brought by the far-left France Velbowed (LFI) and the far-right "
                       "Velmar Rally (VR).")
        self.assertIn("France Velbowed", names(facts, "organisations"))
        self.assertEqual(facts["people"], [])

    def test_a_person_after_far_right_who_speaks_stays_a_person(self):
        facts = digest("The far-right Ana Velkova said she would run.")
        self.assertEqual(names(facts, "people"), ["Ana Velkova"])


class InvestorsThatLeadARound(unittest.TestCase):
    def test_who_leads_a_funding_round_is_an_investor(self):
        facts = digest("The startup said it had raised $2 billion in a funding round led by Velmont Horowitz and "
                       "Nvidia.")
        self.assertEqual((facts["people"], names(facts, "organisations")), ([], ["Velmont Horowitz", "Nvidia"]))

    def test_who_leads_a_delegation_is_still_a_person(self):
        facts = digest("The trade delegation was led by Rustam Velkov, officials said.")
        self.assertEqual(names(facts, "people"), ["Rustam Velkov"])


class AnAppositionEndingInABodysAcronym(unittest.TestCase):
    def test_the_role_reaches_the_acronym_in_brackets(self):
        facts = digest("Roza Velbayeva, head of the UN Relief Mission in Tolland (UNRMT), said the schools "
                       "were shut.")
        self.assertEqual([p["role"] for p in facts["people"]], ["head of the UN Relief Mission in Tolland"])


class HonorificsBeforeAName(unittest.TestCase):
    def test_an_honorific_is_shown_with_the_name_and_is_no_role(self):
        facts = digest("The party of ousted prime minister Sheikh Velhasina was barred. Velhasina lives abroad.")
        self.assertEqual([(p["name"], p["role"], p["aliases"], p["mentions"]) for p in facts["people"]],
                         [("Sheikh Velhasina", "ousted prime minister", ["Velhasina"], 2)])

    def test_an_honorific_after_a_title_joins_the_name_not_the_title(self):
        facts = digest("Federal Minister Sardar Velyousaf said the plan was ready.")
        self.assertEqual([(p["name"], p["role"]) for p in facts["people"]], [("Sardar Velyousaf", "Federal Minister")])

    def test_ustad_pandit_and_begum_are_honorifics_but_a_family_name_begum_is_a_name(self):
        facts = digest("He trained under his uncle, Ustad Barkat Ali Velkhan, in Lahore. Party chair Begum Khaleda "
                       "Velzia spoke, and Rokeya Begum, 45, was injured.")
        self.assertEqual([(p["name"], p["role"]) for p in facts["people"]],
                         [("Ustad Barkat Ali Velkhan", None), ("Begum Khaleda Velzia", "Party chair"),
                          ("Rokeya Begum", None)])

    def test_chaudhry_opening_a_name_is_an_honorific_and_after_a_given_name_a_family_name(self):
        facts = digest("Talks ended.\n\nChaudhry Salik Velhussain of the party also attended. Minister Tarvo "
                       "Chaudhry said the bill would pass, and Chaudhry added that the talks went well.")
        self.assertEqual([(p["name"], p["role"], p["mentions"]) for p in facts["people"]],
                         [("Chaudhry Salik Velhussain", None, 1), ("Tarvo Chaudhry", "Minister", 2)])

    def test_a_religious_scholars_title_joins_the_name_and_leaves_the_role_before_it(self):
        facts = digest("Meanwhile, JUI-F chief Maulana Fazlur Velrehman said his party would attend.")
        self.assertEqual([(p["name"], p["role"]) for p in facts["people"]],
                         [("Maulana Fazlur Velrehman", "JUI-F chief")])

    def test_a_courtesy_title_is_still_left_out_of_the_name(self):
        facts = digest("Former minister Dr Ana Velkova spoke in Tolmer.")
        self.assertEqual([(p["name"], p["role"]) for p in facts["people"]], [("Ana Velkova", "Former minister")])


class AReportingPeriodAfterAFirm(unittest.TestCase):
    def test_a_quarter_or_fiscal_year_after_a_firm_is_no_part_of_its_name(self):
        facts = digest("Velmar Holdings Q3 profit rises 11%\n\nTolcom Systems Inc FY26 revenue fell, it said.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Holdings", "Tolcom Systems Inc"])


class ADatelinesTownThatNamesASide(unittest.TestCase):
    def test_the_dateline_is_the_town_though_the_side_is_named_for_it(self):
        for text in ("SOCCER - LEEDS BEAT VELMAR.\nLEEDS 2026-08-30\nLeeds beat Velmar Rovers 2-1 on Sunday. "
                     "Leeds manager Ana Ruiz was pleased.",
                     "LEEDS, Aug 30 (Velnext) - Leeds beat Velmar Rovers 2-1 on Sunday. Leeds manager Ana Ruiz "
                     "was pleased."):
            facts = digest(text)
            self.assertIn("Leeds", names(facts, "organisations"), text)
            self.assertEqual(names(facts, "places"), ["Leeds"], text)

    def test_a_results_line_opening_with_the_town_is_still_the_side(self):
        facts = digest("Results on Sunday:\nLEEDS 2 Velmar Rovers 1\nTolmer 0 Orsk City 3\n")
        self.assertNotIn("Leeds", names(facts, "places"))


class ATitleOfSeveralPeople(unittest.TestCase):
    def test_each_name_after_a_plural_title_holds_it(self):
        facts = digest("A bench of Justices Dipankar Velk, Ana Velkova and K V Tolnathan issued notice.")
        self.assertEqual([(p["name"], p["role"]) for p in facts["people"]],
                         [("Dipankar Velk", "Justice"), ("Ana Velkova", "Justice"), ("K V Tolnathan", "Justice")])

    def test_a_name_after_a_clause_does_not_share_the_title(self):
        facts = digest("Justices Ana Velkova and Lin Torvak dissented, and the court heard Ravi Velkan said.")
        self.assertEqual([p["role"] for p in facts["people"]], ["Justice", "Justice", None])


class ProductsAndBuildingsNamedLikePeople(unittest.TestCase):
    def test_a_product_and_a_building_named_after_a_person_are_no_people(self):
        facts = digest("Apple unveiled the iPhone 18 Pro and updated AirPods Pro at the Steve Velkar Theater. "
                       "Buyers queued for the AirPods Pro on Friday.")
        self.assertEqual(facts["people"], [])

    def test_a_person_named_hall_is_still_a_person(self):
        facts = digest("The vote was close, Maria Hall told reporters in Tolmer.")
        self.assertEqual(names(facts, "people"), ["Maria Hall"])


class ToThatSaysNoPlace(unittest.TestCase):
    def test_a_source_after_according_to_is_no_place(self):
        facts = digest("Schools in Lahore closed. According to VQAir, a Swiss air monitor, Lahore was the most "
                       "polluted city on Monday, and Ana Ruiz spoke to Velkarta about it.")
        self.assertEqual(names(facts, "places"), ["Lahore"])

    def test_to_after_a_verb_of_going_still_says_where(self):
        facts = digest("The convoy travelled to Velkarta on Monday, officials said.")
        self.assertEqual(names(facts, "places"), ["Velkarta"])


class ASpecialistsApposition(unittest.TestCase):
    def test_the_apposition_says_more_than_dr(self):
        facts = digest("Dr Salman Velkazmi, a pulmonologist at Tolmer Hospital, said wards were full.")
        self.assertEqual([p["role"] for p in facts["people"]], ["a pulmonologist at Tolmer Hospital"])

    def test_dr_alone_stays_the_role(self):
        facts = digest("Dr Salman Velkazmi said wards were full.")
        self.assertEqual([p["role"] for p in facts["people"]], ["Dr"])


class WhereTheCorrespondentFilesFrom(unittest.TestCase):
    def test_the_town_after_our_correspondent_is_a_place(self):
        facts = digest("Two people were killed in Kashiani upazila of Velganj early today, police said.\n"
                       "Our Correspondent, Velganj")
        self.assertEqual(facts["people"], [])
        self.assertIn("Velganj", names(facts, "places"))

    def test_a_named_correspondent_is_still_a_person(self):
        facts = digest("Chief Correspondent, Ana Velkova, reported the crash on Sunday.")
        self.assertEqual(names(facts, "people"), ["Ana Velkova"])


class AnExchangesIndex(unittest.TestCase):
    def test_an_index_named_with_its_exchange_is_no_body(self):
        facts = digest("Tolcom drags Sensex lower\n\nThe BSE Sensex lost 0.6% to 85,120.5 on Tuesday, while Tolcom "
                       "Industries fell 2%.")
        self.assertEqual(names(facts, "organisations"), ["Tolcom Industries"])


class AWeeklyIsAPaper(unittest.TestCase):
    def test_a_name_ending_in_weekly_is_a_publication(self):
        facts = digest("In an interview with Velbiz Weekly, the governor spoke about inflation.")
        self.assertEqual((facts["people"], names(facts, "organisations")), ([], ["Velbiz Weekly"]))

    def test_a_unit_a_cell_a_squad_and_a_laboratory_are_bodies(self):
        facts = digest("Officers of the Tolmer Counter Terrorism Unit, the Velkot Anti-Narcotics Cell and the "
                       "Tolmer Bomb Disposal Squad met experts of the Velmar Forensic Laboratory.")
        self.assertEqual(names(facts, "organisations"), ["Tolmer Counter Terrorism Unit", "Velkot Anti-Narcotics Cell",
                                                         "Tolmer Bomb Disposal Squad", "Velmar Forensic Laboratory"])


class SpeakersNamedByARoleBeforeTheQuotation(unittest.TestCase):
    def test_a_role_subject_is_not_the_person_named_before(self):
        facts = digest("Justice Tariq Velmani heard the petition. Deputy Attorney General Nadia Orskwal said the "
                       "order was lawful. The judge remarked that \"rights cannot be suspended by a notification\".")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], [None])

    def test_a_role_subject_is_the_person_last_named_with_that_role(self):
        facts = digest("Chief Minister Ravi Velkanna opened the bridge. Engineer Ana Velsom said it was safe. "
                       "The chief minister said that \"the people of this district waited ten years\".")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Ravi Velkanna"])

    def test_a_quotation_with_its_own_pronoun_keeps_the_person_named_before(self):
        facts = digest("Novelist Tarvo Velmani wrote twelve novels. The author said his books came from life. \"I am a "
                       "thief of ideas,\" he said.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Tarvo Velmani"])


class UnlistedFirstNamesAfterATitlesBody(unittest.TestCase):
    def test_an_unlisted_word_before_a_given_name_opens_the_persons_name(self):
        for text in ("Leader of the Opposition Tejvan Kumar Velraman said relief was late.",
                     "Leader of the Opposition Velkan Tarosh Marin said relief was late.",
                     "Inspector General of Police Tejvan Kumar Velraman told reporters relief was late."):
            facts = digest(text)
            self.assertEqual(len(facts["people"]), 1, text)
            self.assertIn(facts["people"][0]["name"], ("Tejvan Kumar Velraman", "Velkan Tarosh Marin"), text)

    def test_a_word_of_the_post_still_goes_with_the_title(self):
        facts = digest("Deputy Inspector General of Police Operations Imran Tarrow told reporters.")
        self.assertEqual(roles(facts), [("Imran Tarrow", "Deputy Inspector General of Police Operations")])


class LongAimsJoinedByAnd(unittest.TestCase):
    def test_four_words_and_a_body_s_word_are_one_body(self):
        facts = digest("Floods killed 240 people, according to the National Disaster Risk Reduction and "
                       "Management Authority.")
        self.assertEqual(names(facts, "organisations"), ["National Disaster Risk Reduction and Management Authority"])

    def test_a_listed_name_before_and_is_still_a_body_of_its_own(self):
        facts = digest("Talks ended. Officials of the World Health Organization and Velkan Relief Authority met.")
        self.assertIn("World Health Organization", names(facts, "organisations"))


class QuotationsOfABodyThatSays(unittest.TestCase):
    def test_a_body_opening_the_sentence_says_its_quotation(self):
        facts = digest("Talks ended. Provincial Minister Tahir Orskwal told the cabinet the money was ready.\n\n"
                       "The Tolmer Growers Board welcomed the decision but said it was \"too little, too late\" for "
                       "tenants.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], [None])

    def test_a_person_named_before_still_speaks_a_sentence_with_no_body(self):
        facts = digest("Talks ended. Provincial Minister Tahir Orskwal told the cabinet the money was ready.\n\n"
                       "He said it was \"more than the farmers had asked for\" in the talks.")
        self.assertEqual([q["speaker"] for q in facts["quotes"]], ["Tahir Orskwal"])


class PublicSchemesNameNoOne(unittest.TestCase):
    def test_a_card_or_a_scheme_named_after_someone_is_no_person(self):
        for text in ("The money would be paid through the Velma Hari Card within 45 days.",
                     "Families joined the Pradhan Mantri Velkas Yojana last year."):
            self.assertEqual(digest(text)["people"], [], text)


class RolesThatReachOverAndToTheirBody(unittest.TestCase):
    def test_the_body_s_acronym_and_industry_stay_in_the_role(self):
        facts = digest("\"Orders are back,\" said Ana Velkar, executive president of the Tolmer Knitwear "
                       "Manufacturers and Exporters Association (TKMEA).")
        self.assertEqual(roles(facts), [("Ana Velkar", "executive president of the Tolmer Knitwear Manufacturers "
                                                       "and Exporters Association (TKMEA)")])
        facts = digest("Ana Velkar, president of the Tolmer Chamber of Commerce and Industry, said orders were back.")
        self.assertEqual(roles(facts), [("Ana Velkar", "president of the Tolmer Chamber of Commerce and Industry")])

    def test_a_second_person_after_and_is_not_taken_in(self):
        facts = digest("Ana Velkar, president of the Tolmer Chamber of Commerce and Lin Orsk said orders were back.")
        self.assertNotIn("Lin Orsk", roles(facts)[0][1])


class NamesOfMyanmar(unittest.TestCase):
    def test_names_without_a_family_name_are_people(self):
        facts = digest("Critics say the polls cannot be free. Aung San Thiri Kyi, whose party won in 2020, remains in "
                       "prison. Junta spokesman Zaw Min Htet said the vote was fair.")
        self.assertEqual(names(facts, "people"), ["Aung San Thiri Kyi", "Zaw Min Htet"])

    def test_a_word_before_a_name_opening_a_sentence_is_still_cut_off(self):
        facts = digest("Talks ended. Tolmer Ana Velkova said the vote was fair.")
        self.assertNotIn("Tolmer Ana Velkova", names(facts, "people"))


class NumberedEvents(unittest.TestCase):
    def test_a_summit_named_by_its_number_is_no_body(self):
        facts = digest("The COP31 climate summit in Antalya ran a day past its close. COP32 will be held in 2027.")
        self.assertEqual(facts["organisations"], [])
        self.assertEqual(names(facts, "places"), ["Antalya"])


class AFirmsNameWithoutItsSuffixAfterARole(unittest.TestCase):
    def test_the_firm_a_role_is_held_at_stays_the_firm(self):
        facts = digest("Velmar Power Ltd reports record output\n\nMumbai, December 3, 2026 - Velmar Power Ltd today "
                       "announced record output.\n\n\"We are proud of our teams,\" said Anjali Velkar, Managing "
                       "Director and CEO, Velmar Power.\n")
        self.assertEqual(names(facts, "people"), ["Anjali Velkar"])
        self.assertEqual(names(facts, "organisations"), ["Velmar Power Ltd"])


class KinAndAidesInAnApposition(unittest.TestCase):
    def test_someone_s_aide_or_kin_is_a_person(self):
        facts = digest("The court granted bail to Zulfi Velkari, a close aide of former prime minister Imran "
                       "Tarosh, in a graft case.")
        self.assertEqual(names(facts, "people"), ["Zulfi Velkari", "Imran Tarosh"])

    def test_a_body_s_aide_is_no_cue_without_the_words(self):
        facts = digest("The court sent notice to Velmar Holdings, a unit of Tarosh Group, in a graft case.")
        self.assertEqual(facts["people"], [])


class AcronymsOfThings(unittest.TestCase):
    def test_cctv_footage_and_voting_machines_are_no_bodies(self):
        facts = digest("Police in Tolpur identified the suspects through CCTV footage. Officials checked the EVMs "
                       "and the VVPAT slips, and farmers sought a higher MSP.")
        self.assertEqual(facts["organisations"], [])

    def test_the_broadcaster_is_still_a_body(self):
        facts = digest("State broadcaster CCTV said the talks in Tolmer went well.")
        self.assertEqual(names(facts, "organisations"), ["CCTV"])


class PortfoliosListedWithCommas(unittest.TestCase):
    def test_a_minister_s_portfolios_listed_with_commas_are_the_title(self):
        facts = digest("Federal Minister for Planning, Development and Special Initiatives Ahsan Velkar said the dam "
                       "would be built. Federal Minister for Law, Justice and Human Rights Imran Tarosh agreed.")
        self.assertEqual(roles(facts), [("Ahsan Velkar", "Federal Minister for Planning, Development and Special "
                                                         "Initiatives"),
                                        ("Imran Tarosh", "Federal Minister for Law, Justice and Human Rights")])

    def test_two_titled_people_joined_by_and_keep_their_own_titles(self):
        facts = digest("The ceremony was attended by Tolland's Minister of Transport Saleh Velkari and Orsk's High "
                       "Commissioner Munu Tarawar.")
        self.assertEqual(roles(facts), [("Saleh Velkari", "Minister of Transport"),
                                        ("Munu Tarawar", "Orsk's High Commissioner")])


class ListsOfPeopleTheTextNames(unittest.TestCase):
    def test_a_list_s_place_cue_leaves_a_named_person_s_surname_alone(self):
        facts = digest("Velkaraiah, Shivkumar camps spar over pact\n\nSupporters of Deputy Chief Minister D K "
                       "Shivkumar said he had been promised the top job. Chief Minister Velkaraiah said he would "
                       "stay.")
        self.assertEqual(facts["places"], [])
        self.assertIn("D K Shivkumar", names(facts, "people"))

    def test_unnamed_members_still_take_the_list_s_cue(self):
        facts = digest("Families fled the Velkora and Tarvashan camps after the shelling.")
        self.assertEqual(names(facts, "places"), ["Velkora", "Tarvashan"])


class LowerCaseRolesOfSomething(unittest.TestCase):
    def test_a_role_of_something_in_lower_case_before_a_name(self):
        facts = digest("The panel also sentenced former inspector general of police Chowdhury Velmamun to five "
                       "years. He met chief of staff Ana Velkar on Monday.")
        self.assertEqual(roles(facts), [("Chowdhury Velmamun", "former inspector general of police"),
                                        ("Ana Velkar", "chief of staff")])

    def test_a_verb_after_a_pronoun_is_no_part_of_the_role(self):
        facts = digest("Talks ended. He met chief executive Ana Velkar on Monday.")
        self.assertEqual(roles(facts), [("Ana Velkar", "chief executive")])

    def test_a_body_after_of_the_is_no_role_s(self):
        facts = digest("Talks ended. Ana Velkar, a member of the Tolmer Politburo, spoke.")
        self.assertIn("Tolmer Politburo", names(facts, "organisations"))


class APersonByInitialsBeforeAnd(unittest.TestCase):
    def test_initials_and_a_family_name_before_and_are_a_person_not_a_body_s_aim(self):
        facts = digest("UML chair KP Sharma Velkoli and Maoist Centre chair Pushpa Kamal Tarosh signed the pact.")
        self.assertEqual(names(facts, "people"), ["KP Sharma Velkoli", "Pushpa Kamal Tarosh"])
        self.assertNotIn("KP Sharma Velkoli and Maoist Centre", names(facts, "organisations"))


class VerbsBeforeARole(unittest.TestCase):
    def test_a_headline_s_verb_is_no_part_of_the_role(self):
        facts = digest("Tolland's president reshuffles cabinet, replaces finance minister Sri Velmulyani\n\nThe "
                       "president named a new cabinet on Monday.")
        self.assertEqual(roles(facts), [("Sri Velmulyani", "finance minister")])

    def test_an_irregular_past_is_no_part_of_the_role(self):
        facts = digest("Talks ended. A straight left gave defending champion Nate Velmiller the round.")
        self.assertEqual(roles(facts), [("Nate Velmiller", "defending champion")])

    def test_a_portfolio_in_s_still_is(self):
        facts = digest("Talks ended. Tolland sports minister Ana Velkar said so.")
        self.assertEqual(roles(facts), [("Ana Velkar", "Tolland sports minister")])


class WhatIsDoneToAPersonAfterTheName(unittest.TestCase):
    def test_one_jailed_or_arrested_is_a_person(self):
        facts = digest("The vote came a week after the premier's former right-hand man Santos Velcerdan was jailed "
                       "pending trial in a bribery case.")
        self.assertEqual(names(facts, "people"), ["Santos Velcerdan"])

    def test_a_body_fined_or_charged_is_no_person(self):
        facts = digest("Talks ended. Velmar Tarosh was charged with fraud and fined on Monday.")
        self.assertEqual(facts["people"], [])

    def test_one_who_died_resigned_or_was_sworn_in_is_a_person(self):
        for text in ("Talks ended. Velkan Tarosh died on Sunday in Tolpur.", "Talks ended. Velkan Tarosh resigned.",
                     "Talks ended. Velkan Tarosh was sworn in on Sunday."):
            self.assertEqual(names(digest(text), "people"), ["Velkan Tarosh"], text)


class APlacesFullName(unittest.TestCase):
    def test_a_headline_s_short_form_yields_to_the_full_name_the_story_gives(self):
        facts = digest("Bus plunges into gorge in Himachal, 14 dead\n\nSHIMLA: A bus fell into a gorge near "
                       "Velkot in Himachal Pradesh on Thursday.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["places"]],
                         [("Himachal Pradesh", 2), ("Shimla", 1), ("Velkot", 1)])

    def test_a_place_keeps_the_form_the_text_gives_first_when_it_is_no_short_form(self):
        facts = digest("U.S. output fell\n\nOutput in the United States fell 2% in May.")
        self.assertEqual([(p["name"], p["aliases"], p["mentions"]) for p in facts["places"]],
                         [("U.S.", ["United States"], 2)])


class ACompoundInLowerCaseOpeningASentence(unittest.TestCase):
    def test_a_word_whose_hyphened_part_is_lower_case_is_no_name(self):
        for text in ("Stand-in captain Ana Velkar said the side was ready.", "Long-time aide Ana Velkar quit."):
            facts = digest(text)
            self.assertEqual(names(facts, "people"), ["Ana Velkar"], text)
            self.assertEqual(facts["organisations"], [], text)

    def test_a_name_before_the_hyphen_or_a_joined_role_stays(self):
        self.assertEqual(names(digest("Lahore-based Velmar Mills said so."), "places"), ["Lahore"])
        self.assertEqual(roles(digest("Actor-politician Velan Ruiz spoke.")), [("Velan Ruiz", "Actor-politician")])


class APlacesBodyNamedWithOf(unittest.TestCase):
    def test_a_body_word_at_the_end_makes_a_place_s_body(self):
        facts = digest("Talks ended. The Walled City of Tolpur Authority issued notices to 140 shopkeepers.")
        self.assertEqual(names(facts, "organisations"), ["Walled City of Tolpur Authority"])
        self.assertEqual(facts["places"], [])
        self.assertEqual(names(digest("Talks ended. The City of Tolpur grew."), "places"), ["City of Tolpur"])


class AListedBodysFirstWord(unittest.TestCase):
    def test_a_function_word_that_opens_a_listed_body_stays_in_it(self):
        facts = digest("Talks ended. Cancellations on All Nippon Airways flights rose.")
        self.assertEqual(names(facts, "organisations"), ["All Nippon Airways"])


class ANameBeforeAFiguresCurrency(unittest.TestCase):
    def test_a_name_that_runs_on_into_a_currency_ends_before_it(self):
        facts = digest("Talks ended. The cabinet sold the airline to Velkar Habib Corporation for Rs 135 billion.")
        self.assertEqual(names(facts, "organisations"), ["Velkar Habib Corporation"])
        self.assertEqual(facts["figures"][0]["text"], "Rs 135 billion")


class ATitleAfterABodyNamedInATitle(unittest.TestCase):
    def test_a_rank_after_a_chief_of_a_body_leaves_the_body_whole(self):
        facts = digest("Talks ended. Chief of Defence Forces Field Marshal Tom Velkar chaired the meeting.")
        self.assertEqual(names(facts, "organisations"), ["Defence Forces"])
        self.assertEqual(roles(facts), [("Tom Velkar", "Chief of Defence Forces Field Marshal")])


class GroundsAndRiverbanksOfSouthAsia(unittest.TestCase):
    def test_a_maidan_or_a_ghat_is_a_place(self):
        facts = digest("Talks ended. Thousands gathered at Velkar Maidan, and pilgrims bathed at Tolan Ghat.")
        self.assertEqual(names(facts, "places"), ["Velkar Maidan", "Tolan Ghat"])


class AStateOfNigeriaBeforeATitle(unittest.TestCase):
    def test_the_state_before_its_governor_is_the_state_not_the_country(self):
        facts = digest("Talks ended. Niger State Governor Ana Velkar said so.")
        self.assertEqual(names(facts, "places"), ["Niger State"])
        self.assertEqual(roles(facts), [("Ana Velkar", "Niger State Governor")])


class MoreRolesOfLawmakers(unittest.TestCase):
    def test_a_parliamentarian_or_an_assemblyman_is_a_role(self):
        facts = digest("Talks ended. Opposition parliamentarian Ana Velkar and assemblyman Tom Orsk said so.")
        self.assertEqual(roles(facts), [("Ana Velkar", "Opposition parliamentarian"), ("Tom Orsk", "assemblyman")])


class HospitalGroups(unittest.TestCase):
    def test_a_name_ending_in_hospitals_is_a_body(self):
        facts = digest("Talks ended. The software is used at Velmar Hospitals in Tolpur.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Hospitals"])


class CommonGivenNamesThatAreRareWords(unittest.TestCase):
    def test_rory_opens_a_person_s_name(self):
        self.assertEqual(names(digest("Talks ended. Rory Velkar was tied for fourth, five shots back."), "people"),
                         ["Rory Velkar"])


class WhereAnalystsWork(unittest.TestCase):
    def test_firms_named_after_people_where_analysts_work_are_bodies(self):
        facts = digest("Talks ended. Analysts at Velmont Carter, Tolman James and Orsk Sandler raised their "
                       "targets.")
        self.assertEqual(names(facts, "organisations"), ["Velmont Carter", "Tolman James", "Orsk Sandler"])
        self.assertEqual(facts["people"], [])


class SpeakersAfterAPossessiveOrBeforeAnotherClause(unittest.TestCase):
    def test_the_kin_named_after_a_possessive_speaks(self):
        facts = digest("Lin Tovar, 29, was killed. \"This should never have happened,\" said Tovar's mother, "
                       "Ana Velkar, who called for changes.")
        self.assertEqual([(q["speaker"], q["text"]) for q in facts["quotes"]],
                         [("Ana Velkar", "This should never have happened,")])

    def test_a_saying_in_a_clause_after_the_quotation_is_another_s(self):
        facts = digest("Talks ended. Opposition leader Ana Velkar called it \"a budget for the rich\", while "
                       "party leader Tom Orsk said taxes would rise.")
        self.assertEqual([(q["speaker"], q["text"]) for q in facts["quotes"]], [("Ana Velkar", "a budget for the rich")])


class ARoleOfTheBodyBeforeAnApposition(unittest.TestCase):
    def test_a_role_of_the_body_set_off_by_commas_makes_the_name_a_person(self):
        facts = digest("Talks ended. The chairman of the authority, Velan Tarosh, said exports had been delayed.")
        self.assertEqual(roles(facts), [("Velan Tarosh", "chairman of the authority")])


class FirmsAfterTheirTradesPlural(unittest.TestCase):
    def test_miners_or_chipmakers_before_names_make_them_firms_and_their_words_no_surnames(self):
        facts = digest("Talks ended. Gold miners Amara Gold and Orsk-Stillwater fell, while chipmakers Velmont "
                       "and Tolcore rose.")
        self.assertEqual(names(facts, "organisations"), ["Amara Gold", "Orsk-Stillwater", "Velmont", "Tolcore"])
        self.assertEqual(facts["people"], [])


class APostAfterAKinsName(unittest.TestCase):
    def test_a_post_in_an_apposition_outranks_the_kin_before_the_name(self):
        facts = digest("Talks ended. Her son Tarik Velkar, the party's acting chairman, is expected to return. "
                       "His wife Ana Orsk said so.")
        self.assertEqual(roles(facts), [("Tarik Velkar", "the party's acting chairman"), ("Ana Orsk", "wife")])


class AFactionsLettersAfterAnd(unittest.TestCase):
    def test_letters_in_brackets_found_only_loosely_do_not_join_a_person_to_a_body(self):
        facts = digest("Talks ended. Tolsena (UBT) MP Sanjiv Velraut and NCP (SP) leader Supriya Velsule joined the "
                       "protest.")
        self.assertEqual(names(facts, "people"), ["Sanjiv Velraut", "Supriya Velsule"])
        self.assertNotIn("Sanjiv Velraut and NCP", names(facts, "organisations"))

    def test_a_body_s_letters_found_loosely_still_join_its_name_across_and(self):
        facts = digest("Talks ended. The Tolland Council for Water Control and Prevention (CWC) said so.")
        self.assertEqual([(o["name"], o["acronym"]) for o in facts["organisations"]],
                         [("Council for Water Control and Prevention", "CWC")])


class ALatinPhraseOfTheCourts(unittest.TestCase):
    def test_the_first_word_of_prima_facie_opening_a_quotation_is_no_name(self):
        facts = digest("The bench heard the plea. \"Prima facie, the procedure has not been followed,\" the bench "
                       "said. \"Suo motu notice was issued,\" Justice Ana Velkar said.")
        self.assertEqual(names(facts, "people"), ["Ana Velkar"])

    def test_a_given_name_before_another_word_still_names_a_person(self):
        facts = digest("The bench heard the plea. \"Prima Tolan was not heard,\" the lawyer said.")
        self.assertEqual(names(facts, "people"), ["Prima Tolan"])


class ARelativeClauseAfterAName(unittest.TestCase):
    def test_a_clause_opened_by_whom_is_no_role(self):
        facts = digest("Talks ended. A strike killed Tarik Velkar, whom Tolland described as Velwar's chief of "
                       "staff, the group said.")
        self.assertEqual(roles(facts), [("Tarik Velkar", None)])


class AModelAfterTheBodyThatFliesIt(unittest.TestCase):
    def test_an_aircraft_s_designation_after_a_force_is_no_part_of_its_name(self):
        facts = digest("Talks ended. An Indian Air Force C-130J landed, and a Tolland Air Force F-16 escorted it.")
        self.assertEqual(names(facts, "organisations"), ["Indian Air Force", "Tolland Air Force"])

    def test_a_number_in_a_body_s_own_name_stays(self):
        facts = digest("Talks ended. The Velmar COVID-19 Task Force met on Monday.")
        self.assertEqual(names(facts, "organisations"), ["Velmar COVID-19 Task Force"])


class LettersInAnotherLanguagesOrder(unittest.TestCase):
    def test_a_body_s_letters_in_french_order_in_brackets_are_its_acronym(self):
        facts = digest("Talks ended. Tolland will act against the Democratic Forces for the Liberation of Tarvia "
                       "(FDLT), a militia. The FDLT denied it.")
        self.assertEqual([(o["name"], o["acronym"]) for o in facts["organisations"]],
                         [("Democratic Forces for the Liberation of Tarvia", "FDLT")])


class ATitlesLetters(unittest.TestCase):
    def test_the_letters_of_a_title_the_text_gives_a_person_name_no_body(self):
        facts = digest("Talks ended. Chief Election Commissioner Ana Velkar announced the schedule. The CEC said "
                       "papers can be filed until Monday. Deputy Commissioner Tom Orsk said the DC office would help.")
        self.assertEqual(names(facts, "organisations"), [])
        self.assertEqual(names(facts, "people"), ["Ana Velkar", "Tom Orsk"])

    def test_a_body_s_letters_still_name_the_body(self):
        facts = digest("Talks ended. The Central Election Commission (CEC) met. Chief Executive Officer Ana Velkar "
                       "said the CEC would meet again.")
        self.assertEqual(names(facts, "organisations"), ["Central Election Commission"])


class APersonNamedWithABodysWord(unittest.TestCase):
    def test_a_body_s_head_word_before_given_names_opens_a_person_s_name(self):
        facts = digest("Talks ended. Tolland's squad: Ana Velkar, Tanzim Hasan Sakib, Lin Orsk.")
        self.assertEqual(names(facts, "people"), ["Ana Velkar", "Tanzim Hasan Sakib", "Lin Orsk"])
        self.assertEqual(facts["organisations"], [])

    def test_a_body_s_head_word_before_other_words_still_opens_a_body(self):
        facts = digest("Talks ended. Police blamed Tanzim Velwar Tarkani for the attack.")
        self.assertEqual(names(facts, "organisations"), ["Tanzim Velwar Tarkani"])


class HighwaysAreBuiltThings(unittest.TestCase):
    def test_a_highway_named_after_a_listed_place_is_neither_a_body_nor_a_place(self):
        facts = digest("Talks ended. The Indus Highway, the main road link to Tarvia, was closed, and the "
                       "Lahore Motorway reopened.")
        self.assertEqual((facts["organisations"], names(facts, "places")), ([], ["Tarvia"]))


class AManagersSide(unittest.TestCase):
    def test_a_given_name_before_its_side_is_the_manager(self):
        facts = digest("Velmar City are third, eight points behind Mikel Tolarte's side. \"Nothing is decided,\" "
                       "Tolarte said.")
        self.assertEqual(names(facts, "people"), ["Mikel Tolarte"])

    def test_a_club_s_side_is_still_the_club(self):
        facts = digest("Talks ended. Velmar are eight points behind Tolland Rovers' side.")
        self.assertNotIn("Tolland Rovers", names(facts, "people"))


class ALawNamedAfterABody(unittest.TestCase):
    def test_a_bill_named_after_a_body_is_no_body(self):
        facts = digest("Talks ended. The government will bring the Higher Education Commission of Tolland Bill "
                       "and the Velmar Energy Bill.")
        self.assertEqual(facts["organisations"], [])

    def test_the_body_itself_still_is(self):
        facts = digest("Talks ended. The Higher Education Commission of Tolland said so.")
        self.assertEqual(names(facts, "organisations"), ["Higher Education Commission of Tolland"])


class AnExerciseInItsLetters(unittest.TestCase):
    def test_a_revision_of_the_rolls_with_its_letters_is_no_body(self):
        facts = digest("Talks ended. The Special Intensive Revision (SIR) of electoral rolls began in Tolpur. The "
                       "SIR will end in March.")
        self.assertEqual(facts["organisations"], [])


class AWordBeforeABodyAndItsLetters(unittest.TestCase):
    def test_opposition_before_a_party_and_its_letters_is_no_part_of_its_name(self):
        facts = digest("Talks ended. Opposition Velmar Democratic Party (VDP) chairperson Ana Orsk called it dark.")
        self.assertEqual([(o["name"], o["acronym"]) for o in facts["organisations"]],
                         [("Velmar Democratic Party", "VDP")])


class AFirmsPluralPossessiveBeforeItsMan(unittest.TestCase):
    def test_a_firm_s_plural_possessive_ends_its_name_before_a_person_s(self):
        facts = digest("Talks ended. Velmar Securities' Sana Tolwani said the surplus came from lower oil imports.")
        self.assertEqual((names(facts, "organisations"), names(facts, "people")),
                         (["Velmar Securities"], ["Sana Tolwani"]))

    def test_a_body_named_with_a_plural_possessive_stays_whole(self):
        facts = digest("Talks ended. The Tolland Textile Mills' Association and the Velmar Traders' Union said so.")
        self.assertEqual(names(facts, "organisations"),
                         ["Tolland Textile Mills' Association", "Velmar Traders' Union"])


class AChamberNamedAfterItsMembers(unittest.TestCase):
    def test_a_house_of_its_members_is_a_body(self):
        facts = digest("Talks ended. Ana Velkar told the House of Councillors' budget committee that the House of "
                       "Elders would meet.")
        self.assertEqual(names(facts, "organisations"), ["House of Councillors", "House of Elders"])

    def test_a_house_of_another_word_is_not_one_by_its_form(self):
        facts = digest("Talks ended. Ana Velkar bought the House of Velmoor.")
        self.assertNotIn("House of Velmoor", names(facts, "organisations"))


class ASaintsSchool(unittest.TestCase):
    def test_a_saint_s_name_before_its_school_is_no_place(self):
        facts = digest("Talks ended. Gunmen took 30 pupils from St. Morwen's Catholic school in Tolpur.")
        self.assertEqual(names(facts, "places"), ["Tolpur"])

    def test_a_saint_s_town_after_in_still_is_one(self):
        facts = digest("Talks ended. The family had a villa in St. Morwen.")
        self.assertEqual(names(facts, "places"), ["St. Morwen"])


class AGivenNamesInitial(unittest.TestCase):
    def test_an_initial_and_the_surname_are_the_full_name_s_short_form(self):
        facts = digest("Talks ended. Joe Tellak made 138 at Tolpur.\n\nScores: Tolland 334 (J Tellak 138*, "
                       "Z Orskley 76)\n")
        self.assertEqual([(p["name"], p["aliases"]) for p in facts["people"]],
                         [("Joe Tellak", ["J Tellak"]), ("Z Orskley", [])])

    def test_an_initial_that_two_full_names_share_belongs_to_neither(self):
        facts = digest("Talks ended. Joe Tellak and Jane Tellak played. Later J. Tellak was out.")
        self.assertNotIn("J. Tellak", [alias for p in facts["people"] for alias in p["aliases"]])


class ABowlersFiguresInBriefScores(unittest.TestCase):
    def test_an_initial_and_a_surname_before_wickets_and_runs_name_a_bowler(self):
        facts = digest("Talks ended.\n\nScores: Tolland 334 (J Tellak 138*; M Orsvik 6-71, S Bolander 2-52)\n")
        self.assertEqual(names(facts, "people"), ["J Tellak", "M Orsvik", "S Bolander"])

    def test_a_side_s_result_is_no_bowler_s(self):
        facts = digest("Talks ended. Results: Velmar Rovers 2-1 Tolland Town, Orsk United 0-0 Kelvar City.")
        self.assertEqual(facts["people"], [])


class ACitysPolicePost(unittest.TestCase):
    def test_city_before_a_police_officer_s_title_is_the_post_s(self):
        facts = digest("Talks ended. Rawalpindi City Police Officer Khalid Velhamdani and Orskabad Capital City "
                       "Police Officer Bilal Velkamyana said 47 people were held.")
        self.assertEqual(roles(facts), [("Khalid Velhamdani", "Rawalpindi City Police Officer"),
                                        ("Bilal Velkamyana", "Orskabad Capital City Police Officer")])
        self.assertEqual((facts["organisations"], names(facts, "places")), ([], ["Rawalpindi", "Orskabad"]))

    def test_a_city_s_club_before_its_manager_stays_the_club(self):
        facts = digest("Talks ended. Manchester City manager Pep Velola said so.")
        self.assertEqual(names(facts, "organisations"), ["Manchester City"])


class LettersThatSpanTwoNamesJoinedByAnd(unittest.TestCase):
    def test_letters_that_are_the_whole_name_s_keep_it_one_body(self):
        facts = digest("Velkar Ports to invest $1 billion\n\nMumbai: Velkar Ports and Special Economic Zone Ltd "
                       "(VPSEZ) will invest Rs 8,000 crore, the company said. Ravi Velkar, managing director of "
                       "VPSEZ, said so.")
        self.assertIn("Velkar Ports and Special Economic Zone Ltd", names(facts, "organisations"))
        self.assertNotIn("Special Economic Zone Ltd", names(facts, "organisations"))

    def test_a_first_name_told_alone_still_parts_two_bodies_without_letters(self):
        facts = digest("Talks ended. The loan was arranged by Velbank and Orsk Finance International. "
                       "Velbank said it was pleased.")
        self.assertIn("Orsk Finance International", names(facts, "organisations"))
        self.assertNotIn("Velbank and Orsk Finance International", names(facts, "organisations"))


class AHousingSchemesPhase(unittest.TestCase):
    def test_the_number_after_a_phase_is_the_place_s(self):
        facts = digest("Talks ended. He lived in Velmar Housing Phase 6 with his family; police raided a house in "
                       "Velmar Town Phase 8.")
        self.assertEqual(names(facts, "places"), ["Velmar Housing Phase 6", "Velmar Town Phase 8"])

    def test_a_count_after_a_phase_is_no_part_of_it(self):
        facts = digest("Talks ended. Police in Velmar Town Phase 4 people were hurt.")
        self.assertEqual(names(facts, "places"), ["Velmar Town Phase"])


class ACandidateAPartyFielded(unittest.TestCase):
    def test_a_beaten_candidate_of_a_party_is_a_person(self):
        facts = digest("Talks ended. Ravi Tolan won, defeating Velganti Sunora of the Tolland Rashtra Samithi by "
                       "2,400 votes.")
        self.assertIn("Velganti Sunora", names(facts, "people"))
        self.assertEqual(names(facts, "organisations"), ["Tolland Rashtra Samithi"])

    def test_a_beaten_side_stays_a_side(self):
        facts = digest("Talks ended. Velmar Rovers won 2-1, defeating Tolland Athletic at home.")
        self.assertEqual(names(facts, "people"), [])


class AnInitialAfterATitle(unittest.TestCase):
    def test_a_letter_that_is_a_word_too_is_an_initial_after_a_title(self):
        facts = digest("Talks ended. Chief Minister A Velanth Reddy said the result was a referendum.")
        self.assertEqual(roles(facts), [("A Velanth Reddy", "Chief Minister")])

    def test_an_article_before_a_body_after_a_title_is_no_initial(self):
        facts = digest("Talks ended. The minister, a Velmar Party member, spoke.")
        self.assertEqual(names(facts, "people"), [])


class ASeatNamedByItsPlace(unittest.TestCase):
    def test_a_constituency_s_place_is_cut_from_its_house(self):
        facts = digest("Talks ended. She won the Tolpur Hills Assembly bypoll, and he kept the Velganj Lok Sabha "
                       "seat.")
        self.assertEqual(names(facts, "places"), ["Tolpur Hills", "Velganj"])
        self.assertEqual(names(facts, "organisations"), ["Lok Sabha"])

    def test_a_house_s_elections_are_the_house_s(self):
        facts = digest("Talks ended. The Velmar Assembly elections ended on Friday.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Assembly"])


class ATownNamedByItsCrossing(unittest.TestCase):
    def test_a_town_a_crossing_names_is_cut_from_the_person_after_a_title(self):
        facts = digest("Talks ended. Families crossed through the Velkot border crossing on Wednesday. Deputy "
                       "Commissioner Velkot Habibullah Tarzai said they had until December 31 to leave.")
        self.assertEqual(roles(facts), [("Habibullah Tarzai", "Deputy Commissioner Velkot")])
        self.assertEqual(names(facts, "places"), ["Velkot"])

    def test_a_title_s_person_whose_name_the_crossing_lacks_stays_whole(self):
        facts = digest("Talks ended. Families crossed through the Velkot border crossing on Wednesday. Deputy "
                       "Commissioner Tolan Habibullah Tarzai said so.")
        self.assertEqual(roles(facts), [("Tolan Habibullah Tarzai", "Deputy Commissioner")])


class AWorldTownAfterATitle(unittest.TestCase):
    def test_a_town_of_the_world_list_after_a_title_is_the_post_s(self):
        facts = digest("Talks ended. Deputy Commissioner Chakwal Habibullah Tarzai said families had time.")
        self.assertEqual(roles(facts), [("Habibullah Tarzai", "Deputy Commissioner Chakwal")])
        self.assertEqual(names(facts, "places"), ["Chakwal"])

    def test_a_given_name_after_a_title_opens_the_person_s_name(self):
        facts = digest("Talks ended. Coach Jordan Velkari Tolan said the side was ready.")
        self.assertEqual(roles(facts), [("Jordan Velkari Tolan", "Coach")])


class SmallerTownsOfTheWorld(unittest.TestCase):
    def test_a_listed_town_of_under_50000_people_is_a_place_without_a_cue(self):
        facts = digest("Talks ended. Floods hit Chawinda and Bhimber on Monday, officials said.")
        self.assertEqual(names(facts, "places"), ["Chawinda", "Bhimber"])

    def test_a_listed_town_s_name_after_a_title_is_a_person_s(self):
        facts = digest("Talks ended. Senator Chawinda Velkar said the floods had passed.")
        self.assertEqual((names(facts, "people"), facts["places"]), (["Chawinda Velkar"], []))


class ANameAPersonIsKnownBy(unittest.TestCase):
    def test_the_name_after_known_as_is_the_person_s_though_a_town_s_too(self):
        facts = digest("Talks ended. Mayor Velendra Tarshah, known as Bhimber, has not said whether he will "
                       "stand.")
        self.assertEqual((names(facts, "people"), facts["places"]), (["Velendra Tarshah", "Bhimber"], []))

    def test_a_place_known_by_another_name_lends_no_kind(self):
        facts = digest("Talks ended. Residents of Tolpur, known as Velmarabad, left on Monday.")
        self.assertEqual(names(facts, "people"), [])


class PlacesWrittenWithTheirAccents(unittest.TestCase):
    def test_a_listed_place_written_with_accents_is_found_under_its_plain_spelling(self):
        facts = digest("Talks ended. Floods hit Düsseldorf and Neuquén on Monday.")
        self.assertEqual(names(facts, "places"), ["Düsseldorf", "Neuquén"])

    def test_an_accented_name_no_list_holds_stays_unlisted(self):
        facts = digest("Talks ended. Floods hit Velmarén and Tolpür on Monday.")
        self.assertEqual(facts["places"], [])

    def test_letters_without_a_plain_form_in_unicode_are_read_plain_too(self):
        facts = digest("Talks ended. Floods hit Łódź and Diyarbakır on Monday.")
        self.assertEqual(names(facts, "places"), ["Łódź", "Diyarbakır"])


class CitiesADictionaryHoldsAsWords(unittest.TestCase):
    def test_a_city_a_dictionary_holds_as_a_rare_word_is_listed(self):
        facts = digest("Talks ended. Floods hit Surat and Arusha on Monday.")
        self.assertEqual(names(facts, "places"), ["Surat", "Arusha"])


class APartysLettersInItsOwnLanguage(unittest.TestCase):
    def test_a_party_of_plural_members_before_its_letters_is_no_person(self):
        facts = digest("Talks ended. Ana Velk, head of the youth wing of Orsk's Christian Democrats (CDU), said so. "
                       "Labour Minister Velna Tars of the Social Democrats (SPD) said a commission would report.")
        self.assertEqual(names(facts, "people"), ["Ana Velk", "Velna Tars"])

    def test_a_country_s_code_in_brackets_still_names_a_player(self):
        facts = digest("Talks ended. Results: Zorvan Razaki (PAK) beat Lin Tovar (ESP) 11-4 11-8.")
        self.assertEqual(names(facts, "people"), ["Zorvan Razaki", "Lin Tovar"])


class AVerbsGerundBeforeARole(unittest.TestCase):
    def test_a_gerund_before_a_role_is_no_part_of_it(self):
        facts = digest("Talks ended. He won the primary in June by defeating former governor Andros Velkomo, who "
                       "then ran as an independent.")
        self.assertEqual(roles(facts), [("Andros Velkomo", "former governor")])

    def test_a_role_s_own_participle_stays_in_it(self):
        facts = digest("Talks ended. Velmar said managing director Andros Velkomo had resigned.")
        self.assertEqual(roles(facts), [("Andros Velkomo", "managing director")])


class TwoSchoolsJoinedByAnd(unittest.TestCase):
    def test_a_school_after_a_school_is_a_second_body(self):
        facts = digest("Talks ended. He attended the Velmar High School of Science and Tolbury College in Orsk.")
        self.assertEqual(names(facts, "organisations"), ["Velmar High School of Science", "Tolbury College"])

    def test_a_field_after_and_stays_in_the_school_s_name(self):
        facts = digest("Talks ended. She studied at the School of Oriental and African Studies in Velmar.")
        self.assertEqual(names(facts, "organisations"), ["School of Oriental and African Studies"])


class ACodeInHindi(unittest.TestCase):
    def test_a_sanhita_and_its_letters_name_no_body(self):
        facts = digest("Talks ended. A case was registered under section 109 of the Tolland Nyaya Sanhita (TNS), "
                       "police said.")
        self.assertEqual(facts["organisations"], [])


class APunjabiHonorific(unittest.TestCase):
    def test_mian_opens_the_name_in_a_headline_and_in_the_story(self):
        facts = digest("Mian Muhammad Velbaz Tolrif chairs meeting\n\nTOLPUR: Prime Minister Mian Muhammad "
                       "Velbaz Tolrif on Monday directed the provinces to act.")
        self.assertEqual([(p["name"], p["aliases"]) for p in facts["people"]], [("Mian Muhammad Velbaz Tolrif", [])])


class LettersInBracketsAfterAParty(unittest.TestCase):
    def test_letters_of_mixed_case_are_no_faction_s_name(self):
        facts = digest("Talks ended. The Tolkhwa Milli Awami Party (TkMAP) also sent representatives.")
        self.assertIn("Tolkhwa Milli Awami Party", names(facts, "organisations"))

    def test_a_faction_s_words_stay_in_the_party_s_name(self):
        facts = digest("Talks ended. The Velmar Sena (Marxist-Leninist) and the Tolland Janata Party (Ram Velan) met.")
        self.assertEqual(names(facts, "organisations"),
                         ["Velmar Sena (Marxist-Leninist)", "Tolland Janata Party (Ram Velan)"])


class AnAgencyNamedByItsFields(unittest.TestCase):
    def test_an_agency_named_by_its_fields_with_commas_is_one_body(self):
        facts = digest("Talks ended. The Meteorology, Climatology and Geophysical Agency (TMKG) warned of rain.")
        self.assertIn("Meteorology, Climatology and Geophysical Agency", names(facts, "organisations"))


class ALandsPluralPossessiveBeforeItsBody(unittest.TestCase):
    def test_a_listed_land_s_possessive_ends_its_name(self):
        facts = digest("Talks ended. The Maldives' Velmar Majlis on Tuesday passed the bill.")
        self.assertEqual((names(facts, "organisations"), names(facts, "places")), (["Velmar Majlis"], ["Maldives"]))

    def test_a_body_s_plural_possessive_before_its_word_stays_one_name(self):
        facts = digest("Talks ended. The Traders' Association met on Tuesday.")
        self.assertEqual(names(facts, "organisations"), ["Traders' Association"])


class ANameBesideItsKin(unittest.TestCase):
    def test_a_single_name_and_her_husband_is_a_person(self):
        facts = digest("Talks ended. Zarvina and her husband were arrested in Tolpur on Monday.")
        self.assertEqual(names(facts, "people"), ["Zarvina"])

    def test_a_place_one_lived_in_with_one_s_family_stays_a_place(self):
        facts = digest("Talks ended. He lived in Velmarabad with his family.")
        self.assertEqual((facts["people"], names(facts, "places")), ([], ["Velmarabad"]))


class APartysLettersWithItsFaction(unittest.TestCase):
    def test_letters_with_a_faction_s_initial_are_the_party_s(self):
        facts = digest("Talks ended. The Velmar Dal (United) won 85 seats. VD(U) leader Ana Tovar said the VD(U) "
                       "would back the coalition.")
        self.assertEqual([(o["name"], o["acronym"]) for o in facts["organisations"]],
                         [("Velmar Dal (United)", "VD(U)")])


class AFactionOfTwoWords(unittest.TestCase):
    def test_a_faction_of_two_words_gives_two_letters(self):
        facts = digest("Talks ended. The Velmar Janata Party (Ram Velas) won 19 seats. VJP(RV) leaders were sworn in.")
        self.assertEqual([(o["name"], o["acronym"]) for o in facts["organisations"]],
                         [("Velmar Janata Party (Ram Velas)", "VJP(RV)")])


class MoreDesignatedGroups(unittest.TestCase):
    def test_groups_of_the_list_and_their_letters_are_bodies(self):
        facts = digest("Talks ended. Fighters of Hayat Tahrir al-Sham clashed near Velmar. The JMB and ISWAP were "
                       "blamed.")
        self.assertEqual(names(facts, "organisations"), ["Hayat Tahrir al-Sham", "JMB", "ISWAP"])


class AGivenNameAfterAt(unittest.TestCase):
    def test_a_name_after_at_with_no_cue_but_a_given_name_is_no_person(self):
        facts = digest("Talks ended. Aid trucks were waiting at Kerem Tolom, the agency said.")
        self.assertEqual(facts["people"], [])

    def test_a_person_after_at_with_a_person_s_cue_stays_a_person(self):
        facts = digest("Talks ended. The crowd shouted at Imran Tolwar, the party's leader, on Monday.")
        self.assertEqual(names(facts, "people"), ["Imran Tolwar"])


class ARoundOfResultsOnOneLine(unittest.TestCase):
    def test_each_side_of_a_round_s_results_is_a_team(self):
        facts = digest("Talks ended.\nResults: Ravenhill 2 Stonebridge 0; Orskdale 1 Tolmouth 3; Velkirk 2 Brimley 2.")
        self.assertEqual(names(facts, "organisations"),
                         ["Ravenhill", "Stonebridge", "Orskdale", "Tolmouth", "Velkirk", "Brimley"])

    def test_one_result_in_a_sentence_is_no_round(self):
        facts = digest("Talks ended. Velkirk 2 Brimley 2 was the score, said Ana Tovar.")
        self.assertEqual(names(facts, "organisations"), [])


class AModifierBeforeAFirmAndItsLetters(unittest.TestCase):
    def test_a_place_based_modifier_opens_no_name_its_letters_reach_back_to(self):
        facts = digest("Talks ended. Osaka-based Ortava Ports and Tarvia Zone Ltd (OPTZ) said on Tuesday "
                       "it would raise funds.")
        self.assertEqual((names(facts, "organisations"), names(facts, "places")),
                         (["Ortava Ports and Tarvia Zone Ltd"], ["Osaka"]))


class AnAreaAfterATitle(unittest.TestCase):
    def test_an_area_after_a_title_is_the_post_s_though_the_given_name_is_unknown(self):
        facts = digest("Talks ended. The couple were sentenced by Special Judge Central Velrukh Tarjumand on Monday.")
        self.assertEqual(roles(facts), [("Velrukh Tarjumand", "Special Judge Central")])

    def test_a_title_s_person_with_two_words_keeps_both(self):
        facts = digest("Talks ended. Superintendent North Tarjumand said the road was shut.")
        self.assertEqual(names(facts, "people"), ["North Tarjumand"])


class ARateNamedLikeABank(unittest.TestCase):
    def test_a_rate_whose_name_holds_a_bank_names_no_body(self):
        facts = digest("Talks ended. The cap is four points above the Velmar Bank Rate, lenders said.")
        self.assertEqual(facts["organisations"], [])


class AnIndexAfterAPlace(unittest.TestCase):
    def test_an_air_quality_index_after_a_town_is_no_part_of_its_name(self):
        facts = digest("Lahore AQI 'severe' again as smog returns\n\nThe index climbed past 400 on Thursday.")
        self.assertEqual((facts["organisations"], names(facts, "places")), ([], ["Lahore"]))


class ANameWithoutItsAccents(unittest.TestCase):
    def test_a_surname_written_without_its_accents_is_the_same_person(self):
        facts = digest("Velmar pardons Hernandez\n\nThe president pardoned Jorge Ortúzar Hernández on Tuesday. "
                       "Hernández, 57, was released late Monday.")
        self.assertEqual([(p["name"], sorted(p["aliases"])) for p in facts["people"]],
                         [("Jorge Ortúzar Hernández", ["Hernandez", "Hernández"])])


class ARankBeforeTheAreaOfItsPost(unittest.TestCase):
    def test_a_rank_and_its_area_in_brackets_title_the_person_after_them(self):
        for text, title in (("According to SP (Rural) Velan Tarshah, the dispute began.", "SP (Rural)"),
                            ("SSP (Operations) Velan Tarshah said the road was shut.", "SSP (Operations)"),
                            ("DSP (City) Velan Tarshah said the road was shut.", "DSP (City)")):
            facts = digest("Talks ended. " + text)
            self.assertEqual((roles(facts), facts["organisations"]), ([("Velan Tarshah", title)], []), text)

    def test_the_party_of_the_same_letters_stays_a_party(self):
        facts = digest("Talks ended. The SP won 37 seats, and SP chief Velan Tarshah thanked voters.")
        self.assertEqual(names(facts, "organisations"), ["SP"])


class BengaliHeadsOfMovements(unittest.TestCase):
    def test_a_movement_or_a_unity_front_in_bengali_is_a_body(self):
        facts = digest("Talks ended. The party kept seats for the Velmar Andolon and the Tolgoni Oikya, its allies.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Andolon", "Tolgoni Oikya"])


class AListedTownAfterATitlesLetters(unittest.TestCase):
    def test_a_listed_town_after_a_title_s_letters_is_the_post_s(self):
        facts = digest("Talks ended. City Police Officer (CPO) Multan Sarmad Velani said the team arrested him.")
        self.assertEqual((roles(facts), names(facts, "places")),
                         ([("Sarmad Velani", "City Police Officer Multan")], ["Multan"]))

    def test_a_person_right_after_a_title_s_letters_keeps_his_whole_name(self):
        facts = digest("Talks ended. District Police Officer (DPO) Velan Tarshah said the road was shut.")
        self.assertEqual(roles(facts), [("Velan Tarshah", "District Police Officer")])


class AStateAfterAPartysLetters(unittest.TestCase):
    def test_a_capitalised_state_after_a_party_s_letters_is_the_role_s(self):
        facts = digest("Talks ended. VJP State president Nainar Velendran said the Centre had sent a team.")
        self.assertEqual((names(facts, "organisations"), roles(facts)),
                         (["VJP"], [("Nainar Velendran", "VJP State president")]))


class PublicBodiesInSpanishAndPortuguese(unittest.TestCase):
    def test_a_public_body_s_head_word_of_another_language_opens_a_body(self):
        facts = digest("Talks ended. The Servicio Electoral said 15.7 million people may vote, and the Fiscalía "
                       "Velmarense opened a case.")
        self.assertEqual((names(facts, "organisations"), facts["people"]),
                         (["Servicio Electoral", "Fiscalía Velmarense"], []))


class ATitleAfterACommaAndAnd(unittest.TestCase):
    def test_and_after_a_comma_is_no_part_of_the_next_title(self):
        facts = digest("Talks ended. The panel charged Velmar Tarosh, a cousin of Orsk, and Senator Tolan Estravo, "
                       "over kickbacks.")
        self.assertEqual(roles(facts)[-1], ("Tolan Estravo", "Senator"))


class PlayersInASidesBriefScores(unittest.TestCase):
    def test_the_names_in_a_side_s_brief_scores_are_players(self):
        facts = digest("Talks ended.\nBrief scores: Tolland 358/5 in 50 overs (Velan Tovarsh 102, Ravi Orskan 66*; "
                       "Dewan Velkar 2-63) lost to Velmar 362/6 (Tarn Bovusa 110).")
        self.assertEqual(names(facts, "people"), ["Velan Tovarsh", "Ravi Orskan", "Dewan Velkar", "Tarn Bovusa"])

    def test_a_later_name_in_the_brackets_without_a_score_is_no_player(self):
        facts = digest("Talks ended. Velmar rose 12 (led by Tarn Bovusa Holdings and Orsk Delan, a lender) on Monday.")
        self.assertNotIn("Orsk Delan", names(facts, "people"))


class ABodyAuthorisedByAnother(unittest.TestCase):
    def test_an_authorising_body_s_modifier_is_no_part_of_the_name(self):
        facts = digest("Talks ended. Velmar sent 200 officers to the UN-authorised Tolland Suppression Force.")
        self.assertEqual(names(facts, "organisations")[-1], "Tolland Suppression Force")


class CricketCountiesAsClubs(unittest.TestCase):
    def test_a_cricket_story_names_counties_as_clubs(self):
        facts = digest("Talks ended. Essex and Kent face tense finishes as Velan Tovarsh took four wickets. Essex "
                       "need 148 more to win.")
        self.assertEqual(names(facts, "organisations"), ["Essex", "Kent"])

    def test_a_county_outside_a_cricket_story_is_no_club(self):
        facts = digest("Talks ended. Floods hit homes in Kent on Monday, officials said.")
        self.assertNotIn("Kent", names(facts, "organisations"))


class MorePlayersPositions(unittest.TestCase):
    def test_a_position_before_a_name_makes_it_a_player_s(self):
        facts = digest("Talks ended. Former Velmar playmaker Corvin Tarsanto headed home a corner, and fly-half "
                       "Orsk Delanay kicked two penalties.")
        self.assertEqual(roles(facts), [("Corvin Tarsanto", "Former Velmar playmaker"),
                                        ("Orsk Delanay", "fly-half")])


class AWordBeforeOfAfterIn(unittest.TestCase):
    def test_a_capitalised_word_between_in_and_of_is_no_place(self):
        facts = digest("Talks ended. No money shall be drawn but in Consequence of Appropriations made by law.")
        self.assertEqual(facts["places"], [])

    def test_a_place_after_in_stays_a_place(self):
        facts = digest("Talks ended. Fighting broke out in Velmarabad on Monday.")
        self.assertEqual(names(facts, "places"), ["Velmarabad"])


class WhereOneIsStranded(unittest.TestCase):
    def test_where_trucks_are_stranded_is_a_place(self):
        facts = digest("Talks ended. Hundreds of trucks remain stranded at Velkot Kotal, traders said.")
        self.assertEqual(names(facts, "places"), ["Velkot Kotal"])


class AStrongholdInApposition(unittest.TestCase):
    def test_a_name_set_beside_a_stronghold_is_a_place(self):
        facts = digest("Talks ended. Fighters seized Velfasher, the army's last stronghold in the west, on Monday.")
        self.assertEqual(names(facts, "places"), ["Velfasher"])


class ASideAGivenNameOpensBesideATeam(unittest.TestCase):
    def test_a_side_a_given_name_opens_is_a_team_beside_a_team_s_score(self):
        facts = digest("Talks ended.\nVelkirk 2 Hansa Tolbruck 0\nOrskdale 1 Tolmouth 1")
        self.assertEqual(names(facts, "organisations"), ["Velkirk", "Hansa Tolbruck", "Orskdale", "Tolmouth"])

    def test_two_players_scores_stay_players(self):
        facts = digest("Talks ended.\nAnna Velkova 6 Maria Tolbruck 4")
        self.assertEqual(facts["organisations"], [])


class PapersOfAPressDigest(unittest.TestCase):
    DIGEST = ("PRESS DIGEST - Tolland newspapers - August 30.\nFollowing is a summary of stories in leading papers.\n"
              "- - - -\nVELMAR DAILY\nThe cabinet met on Monday to discuss exports.\n- - - -\nORSK\n"
              "Prices of rice rose 5 percent.\n\nTOLLAND STAR\nA new port opens in May.\n")

    def test_a_line_of_capitals_under_a_digest_s_separator_names_a_paper(self):
        self.assertEqual([name.lower() for name in names(digest(self.DIGEST), "organisations")],
                         ["velmar daily", "orsk", "tolland star"])

    def test_outside_a_press_digest_such_a_line_names_nothing(self):
        facts = digest(self.DIGEST.replace("PRESS DIGEST", "NEWS ROUNDUP"))
        self.assertEqual(facts["organisations"], [])


class NationalNewsAgencies(unittest.TestCase):
    def test_a_listed_news_agency_named_alone_is_a_body(self):
        for text, agency in (("Talks ended. Lusa said the minister resigned.", "Lusa"),
                             ("Talks ended. According to Notimex, six died.", "Notimex"),
                             ("Talks ended. Pajhwok quoted a spokesman.", "Pajhwok")):
            self.assertEqual(names(digest(text), "organisations"), [agency], text)


class APersonAndHerFirmAfterAComma(unittest.TestCase):
    def test_a_firm_of_several_words_after_a_comma_joins_no_name_before_it(self):
        facts = digest("Talks ended. According to Ms. Velkora, Old-Mill Journal Corp., her publisher, printed it.")
        self.assertEqual(names(facts, "organisations"), ["Old-Mill Journal Corp"])

    def test_single_surnames_before_a_suffix_stay_one_firm(self):
        facts = digest("Talks ended. Shares of Howell, Tarrant, Velbois Inc. rose 5% on Monday.")
        self.assertEqual(names(facts, "organisations"), ["Howell, Tarrant, Velbois Inc"])


class ABodyInAppositionForOrOf(unittest.TestCase):
    def test_a_magazine_for_its_readers_in_apposition_is_a_body(self):
        facts = digest("Talks ended. But when Velmar Photography, a leading magazine for photographers, chose ten "
                       "prints, sales rose.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Photography"])


class APresidentsSurnameAlone(unittest.TestCase):
    def test_a_president_s_surname_alone_is_a_person(self):
        facts = digest("Talks ended. The rebels accused Eisenhower of promoting war, the envoy said.")
        self.assertEqual(names(facts, "people"), ["Eisenhower"])

    def test_a_place_of_that_name_stays_a_place(self):
        facts = digest("Talks ended. Floods hit homes in Kennedy on Monday, officials said.")
        self.assertEqual(facts["people"], [])


class ALawsTitleWithAnd(unittest.TestCase):
    def test_and_inside_a_bill_s_title_joins_one_title(self):
        facts = digest("Talks ended. The Velmar Media and Broadcasting Commission Bill was passed with 64 votes.")
        self.assertEqual(facts["organisations"], [])


class ACapitalThatIsAWordInADateline(unittest.TestCase):
    def test_a_dateline_names_a_capital_whose_name_is_a_word(self):
        facts = digest("Velmar passes media bill\n\nMALE: The People's Majlis on Tuesday passed a bill.")
        self.assertEqual(names(facts, "places"), ["Male"])

    def test_the_word_in_a_sentence_names_no_place(self):
        facts = digest("Talks ended. Male voters outnumbered women in Velkot, officials said.")
        self.assertNotIn("Male", names(facts, "places"))


class ASidesPlaceInItsLeague(unittest.TestCase):
    def test_a_side_with_its_league_place_set_beside_it_is_a_team(self):
        facts = digest("Talks ended. Chelsea, third, host Tolbury on Sunday.")
        self.assertEqual((names(facts, "organisations"), facts["people"]), (["Chelsea", "Tolbury"], []))


class NicknamesOfAMajorLeaguesTeams(unittest.TestCase):
    def test_a_league_s_story_names_its_teams_by_nickname(self):
        facts = digest("Talks ended. Velan Orsk homered twice as the Orioles beat the Twins 5-3 in a "
                       "matchup of major league leaders.")
        self.assertEqual(names(facts, "organisations"), ["Orioles", "Twins"])

    def test_one_team_named_in_full_makes_a_league_s_story(self):
        facts = digest("Talks ended. The Utah Jazz rallied past the Knicks 101-99 as Corvin Tarsel scored 31.")
        self.assertEqual(names(facts, "organisations"), ["Utah Jazz", "Knicks"])

    def test_a_nickname_outside_a_league_s_story_is_no_club(self):
        facts = digest("Talks ended. Cardinals gathered in Velmarno on Monday, and Pirates seized a tanker.")
        self.assertEqual(facts["organisations"], [])


class AFamilyNameOpeningAPashtunName(unittest.TestCase):
    def test_a_family_name_before_a_given_name_opens_the_name(self):
        facts = digest("Talks ended. Khan Mohammad Velzai, a director of the chamber, said trucks waited.")
        self.assertEqual(names(facts, "people"), ["Khan Mohammad Velzai"])

    def test_a_place_before_a_given_name_is_cut_off(self):
        facts = digest("Talks ended. Houston Maria Velzai, a director of the chamber, said trucks waited.")
        self.assertEqual(names(facts, "people"), ["Maria Velzai"])


class TheAreaOfAPostBeforeTheOfficer(unittest.TestCase):
    def test_an_unlisted_area_after_a_police_post_is_a_place(self):
        facts = digest("Talks ended. SSP Velkot Zafar Siddique Orkani said the driver lost control.")
        self.assertEqual((roles(facts), names(facts, "places")),
                         ([("Zafar Siddique Orkani", "SSP Velkot")], ["Velkot"]))

    def test_an_area_a_post_s_title_names_is_no_place_of_its_own(self):
        facts = digest("Talks ended. SSP Central Zeeshan Velafique said the suspects opened fire.")
        self.assertEqual((roles(facts), facts["places"]), ([("Zeeshan Velafique", "SSP Central")], []))

    def test_a_given_name_after_the_post_opens_the_officer_s_name(self):
        facts = digest("Talks ended. SSP Malik Zafar Orkani said the driver lost control.")
        self.assertEqual((roles(facts), facts["places"]), ([("Malik Zafar Orkani", "SSP")], []))


class WhereAJournalistWorks(unittest.TestCase):
    def test_the_paper_one_began_a_career_at_or_wrote_for_is_a_body(self):
        facts = digest("Talks ended. Velan Orsk began his career at Dawn in 1960, and later wrote for Tolkur.")
        self.assertEqual((names(facts, "organisations"), facts["places"]), (["Dawn", "Tolkur"], []))

    def test_a_person_one_wrote_for_stays_a_person(self):
        facts = digest("Talks ended. Maria Orsk later wrote for Senator Ana Tolkur, aides said.")
        self.assertEqual((names(facts, "people"), facts["organisations"]), (["Maria Orsk", "Ana Tolkur"], []))


class ARoleThatABodyOpeningWithAllHeads(unittest.TestCase):
    def test_all_opening_a_body_s_name_stays_in_the_role(self):
        facts = digest("Talks ended. The All India Velmar Front (AIVF) chief Badruddin Orkal called it inhuman.")
        self.assertEqual(roles(facts), [("Badruddin Orkal", "All India Velmar Front (AIVF) chief")])


class ABodysNameThatAllOpens(unittest.TestCase):
    def test_all_opens_a_body_whose_letters_begin_with_it(self):
        facts = digest("Talks ended. Leaders of the All Velmar Progressives Congress (AVPC) met on Monday.")
        self.assertEqual([(o["name"], o["acronym"]) for o in facts["organisations"]],
                         [("All Velmar Progressives Congress", "AVPC")])

    def test_all_as_a_determiner_stays_out(self):
        facts = digest("All Velmar Party (VP) members voted for the bill on Monday.")
        self.assertEqual([(o["name"], o["acronym"]) for o in facts["organisations"]], [("Velmar Party", "VP")])

    def test_the_role_keeps_all(self):
        facts = digest("The All Tolland Velmar Front (ATVF) chief Badruddin Orkal called the drive inhuman.")
        self.assertEqual(roles(facts), [("Badruddin Orkal", "All Tolland Velmar Front (ATVF) chief")])


class ADatelinesTownBeforeItsAgency(unittest.TestCase):
    def test_a_listed_town_in_capitals_before_an_agency_is_a_place(self):
        facts = digest("PORT SUDAN (AP) - A drone strike killed 46 people in Velkalogi, officials said on Saturday.")
        self.assertEqual((facts["people"], names(facts, "places")[:1]), ([], ["Port Sudan"]))

    def test_a_country_in_brackets_after_a_name_still_tells_a_person(self):
        facts = digest("Talks ended. Zorvan Velkaza (Pakistan) beat Lin Tovarsh (Nepal) 11-4, 11-6.")
        self.assertEqual(names(facts, "people"), ["Zorvan Velkaza", "Lin Tovarsh"])


class AGroupsLeaderWhoseNameALandOpens(unittest.TestCase):
    def test_a_land_s_name_opening_a_leader_s_name_leaves_him_a_person(self):
        facts = digest("Talks ended. The rally was organised by Hami Velpal, a civic group led by Sudan Tamang.")
        self.assertEqual((names(facts, "people"), names(facts, "organisations")), (["Sudan Tamang"], ["Hami Velpal"]))

    def test_a_firm_a_land_s_name_opens_stays_a_firm(self):
        facts = digest("Talks ended. The bid was led by Tarvia Velkar Holdings, a rival said.")
        self.assertEqual(facts["people"], [])


class AGivenNameThatARolesWordQualifies(unittest.TestCase):
    def test_a_given_name_before_a_role_s_word_and_a_name_is_a_team(self):
        facts = digest("Talks ended. Velkar finished fourth, ahead of Mercedes driver Ana Ruizova.")
        self.assertEqual((names(facts, "people"), names(facts, "organisations")), (["Ana Ruizova"], ["Mercedes"]))

    def test_a_given_name_alone_stays_a_person(self):
        facts = digest("Talks ended. The boat left before Leon could board, officials said.")
        self.assertEqual(names(facts, "people"), ["Leon"])


class ATeamPrincipal(unittest.TestCase):
    def test_a_principal_is_a_role(self):
        facts = digest("Talks ended. Velmar team principal Andrea Tolvani praised his composure.")
        self.assertEqual(roles(facts), [("Andrea Tolvani", "Velmar team principal")])


class MoreOfficesAsRoles(unittest.TestCase):
    def test_a_rapporteur_in_apposition_is_a_role(self):
        facts = digest("Talks ended. Tom Velandrews, the UN special rapporteur on Tarvia, called the vote a sham.")
        self.assertEqual(roles(facts), [("Tom Velandrews", "the UN special rapporteur on Tarvia")])

    def test_a_treasurer_before_a_name_is_a_role(self):
        facts = digest("Talks ended. The charges were filed against party treasurer Ana Velkova on Monday.")
        self.assertEqual(roles(facts), [("Ana Velkova", "party treasurer")])


class BodiesNamedInPortugueseAndFrench(unittest.TestCase):
    def test_an_observatory_s_head_word_and_a_body_s_office_in_brazil(self):
        facts = digest("Talks ended. Groups including Greenpeace Brasil and the Observatorio do Velclima objected.")
        self.assertEqual((facts["people"], names(facts, "organisations")),
                         ([], ["Greenpeace Brasil", "Observatorio do Velclima"]))

    def test_a_name_with_a_particle_stays_a_person(self):
        facts = digest("Talks ended. Lawmakers led by Pedro Velupion da Costa objected on Monday.")
        self.assertEqual(names(facts, "people"), ["Pedro Velupion da Costa"])


class AnEventsNameInAHeadline(unittest.TestCase):
    def test_a_listed_name_before_an_event_s_word_in_capitals_names_no_body(self):
        facts = digest("TENNIS - VELMAR TEAMS OPEN ON ROAD FOR 1997 FED CUP.\nThe Fed Cup draw was held in Tolbury.")
        self.assertEqual(facts["organisations"], [])

    def test_a_listed_name_in_a_headline_of_capitals_stays(self):
        facts = digest("FED HOLDS RATES STEADY\nThe Fed held rates on Wednesday, officials said.")
        self.assertEqual(names(facts, "organisations"), ["Fed"])


class ANameEndingAHeadlineOfCapitals(unittest.TestCase):
    def test_a_listed_place_before_the_headline_s_full_stop_is_found(self):
        facts = digest("FLOODS HIT KARACHI.\nRain fell for a third day on Monday, officials said.")
        self.assertEqual(names(facts, "places"), ["Karachi"])

    def test_an_abbreviation_keeps_its_full_stop(self):
        facts = digest("STORMS HIT THE U.S.\nRain fell for a third day on Monday, officials said.")
        self.assertEqual(names(facts, "places"), ["U.S."])


class AResultWithItsScorers(unittest.TestCase):
    def test_the_sides_of_a_result_with_scorers_in_brackets_are_teams(self):
        facts = digest("Results on Saturday:\nTolbury 1 (Ana Ruizek 68th) Velmar Rovers 1 (Lin Tovar 41st).\n"
                       "Orskmouth 2 (Corvin Tarsel 12th, Ana Ruizek 80th) Kelvar 0.\n")
        self.assertEqual((names(facts, "organisations"), facts["places"]),
                         (["Tolbury", "Velmar Rovers", "Orskmouth", "Kelvar"], []))

    def test_a_sentence_with_a_bracket_is_no_result(self):
        facts = digest("Talks ended.\nLahore 2 (the city's second case) and Karachi 4 were reported.\n")
        self.assertEqual(facts["organisations"], [])


class AMarketsIndexBesideItsCity(unittest.TestCase):
    def test_a_city_before_an_index_in_thousands_is_no_club(self):
        facts = digest("WORLD STOCK MARKETS.\nMarkets closed mixed on Friday.\nTokyo 20,345 up 12.3\n"
                       "Frankfurt 2,567 down 4.5\n")
        self.assertEqual((facts["organisations"], names(facts, "places")), ([], ["Tokyo", "Frankfurt"]))

    def test_a_town_before_a_score_and_a_comma_is_still_a_club(self):
        facts = digest("Results on Saturday: Tolbury 2, Velmar Rovers 1; Derby 3, Kelvar 0.")
        self.assertIn("Derby", names(facts, "organisations"))


class TheStateAsAPartyToACase(unittest.TestCase):
    def test_the_state_in_a_case_s_title_is_no_person(self):
        facts = digest("Talks ended.\nCase Title: Meera Velani v. State")
        self.assertEqual(names(facts, "people"), ["Meera Velani"])

    def test_the_other_party_stays_a_person(self):
        facts = digest("Talks ended.\nCase Title: Meera Velani v. Tarun Orsk")
        self.assertEqual(names(facts, "people"), ["Meera Velani", "Tarun Orsk"])


class WhereAForceServes(unittest.TestCase):
    def test_a_name_before_police_is_the_force_s_area(self):
        facts = digest("Talks ended. Two men were arrested, Velkot police said on Monday.")
        self.assertEqual(names(facts, "places"), ["Velkot"])

    def test_a_kind_of_police_opening_a_sentence_is_no_place(self):
        facts = digest("Talks ended. Riot police fired tear gas on Monday.")
        self.assertEqual(facts["places"], [])


class ASettlementOf(unittest.TestCase):
    def test_a_name_after_the_settlement_of_is_a_place(self):
        facts = digest("Talks ended. Settlers in the Jewish settlement of Velkiryat Orba protested.")
        self.assertEqual(names(facts, "places"), ["Velkiryat Orba"])


class ALivePagesCry(unittest.TestCase):
    def test_a_word_in_capitals_before_an_exclamation_mark_names_no_body(self):
        facts = digest("Live updates\n14:32 IST\nWICKET! Aiden Velkram c Tolwan b Orsk 62 (71).\n")
        self.assertEqual(facts["organisations"], [])

    def test_letters_in_capitals_before_a_verb_stay_a_body(self):
        facts = digest("Talks ended.\nVTA fined Velmar on Monday, officials said.\n")
        self.assertEqual(names(facts, "organisations"), ["VTA"])


class AShortNameOfWordsOpenings(unittest.TestCase):
    def test_letters_made_of_the_openings_of_a_bodys_words_are_its_short_name(self):
        facts = digest("Talks ended. The Velmar Unnayan Kartaban (VELUK) sealed 12 buildings. VELUK said more would follow.")
        organisation = facts["organisations"][0]
        self.assertEqual((len(facts["organisations"]), organisation["name"], organisation["acronym"]),
                         (1, "Velmar Unnayan Kartaban", "VELUK"))

    def test_a_word_that_gives_no_letter_breaks_the_match(self):
        facts = digest("Talks ended. Ana Velkar Tolwan (ANTO) spoke on Monday.")
        self.assertNotIn("ANTO", [entity.get("acronym") for kind in ("people", "organisations") for entity in facts[kind]])


class ALongApposition(unittest.TestCase):
    def test_a_role_of_eleven_words_is_read_whole(self):
        facts = digest("Talks ended. Orsk Tavani, a former vice president of the Velmar-Tarvo Joint Chamber "
                       "of Commerce and Industry, said traders had lost money.")
        self.assertEqual(roles(facts), [("Orsk Tavani", "a former vice president of the Velmar-Tarvo Joint "
                                                        "Chamber of Commerce and Industry")])

    def test_a_role_ends_at_a_full_stop_after_capitals(self):
        facts = digest('"Rates will fall," said Lin Tovar, director of research at VMS. A widening of the '
                       'deficit, he said, was likely.')
        self.assertEqual(roles(facts), [("Lin Tovar", "director of research at VMS")])


class AHospitalsUnit(unittest.TestCase):
    def test_a_care_unit_s_letters_name_no_body(self):
        facts = digest("Velma Orskova moved to CCU as condition worsens\n\nShe was moved on Sunday.")
        self.assertEqual(facts["organisations"], [])


class ARoleBeforeOneName(unittest.TestCase):
    def test_a_role_opening_a_sentence_before_a_given_name_alone_is_cut_off(self):
        facts = digest("Talks ended. Actor Vijay, whose party is new, held a rally in Velkot.")
        self.assertEqual(roles(facts), [("Vijay", "Actor")])


class AWordInBracketsAfterAPerson(unittest.TestCase):
    def test_a_given_name_in_brackets_is_another_name_of_the_person(self):
        facts = digest("Talks ended. The award went to Ana Velkova (Declan) on Monday.")
        self.assertEqual(facts["organisations"], [])

    def test_a_laws_letters_in_brackets_make_no_body(self):
        facts = digest("Talks ended. A reporter was held under the Prevention of Velmar Crimes Act (Pevca) on Monday.")
        self.assertEqual(facts["organisations"], [])


class AnInningsOfRuns(unittest.TestCase):
    def test_one_who_made_runs_off_balls_is_a_player(self):
        facts = digest("Talks ended. Velmar reached the target. Rutvan Gaikar made 105 off 93 balls.")
        self.assertIn("Rutvan Gaikar", names(facts, "people"))

    def test_a_firm_that_made_millions_is_no_player(self):
        facts = digest("Talks ended. Velmar Tarkon made 105 million in profit last year.")
        self.assertEqual(facts["people"], [])


class AVillageBeforeItsName(unittest.TestCase):
    def test_a_name_after_in_village_is_a_place(self):
        facts = digest("Talks ended. Five were shot dead in village Kot Velda Das on Monday.")
        self.assertEqual((names(facts, "places"), facts["people"]), (["Kot Velda Das"], []))


class AFirmOfPlatforms(unittest.TestCase):
    def test_platforms_ends_a_firm_s_name(self):
        facts = digest("Talks ended. Velmar's Tarko Platforms signed a deal with Orsk in October.")
        self.assertIn("Tarko Platforms", names(facts, "organisations"))


class InitialsWrittenTwoWays(unittest.TestCase):
    def test_initials_with_and_without_spaces_are_one_person(self):
        facts = digest("Talks ended. Deputy CM D K Velkumar met reporters on Monday. DK Velkumar said the party "
                       "was united, and Velkumar left.")
        self.assertEqual([(p["name"], p["mentions"]) for p in facts["people"]], [("D K Velkumar", 3)])


class HashtagsAndHandles(unittest.TestCase):
    def test_a_hashtag_or_a_handle_names_nothing(self):
        facts = digest("Talks ended. The minister posted on X: “We stand united. #VelmarRising” and tagged @TarvoNews.")
        self.assertEqual((facts["organisations"], facts["people"]), ([], []))


class ASubstitute(unittest.TestCase):
    def test_a_substitute_before_a_name_marks_a_player(self):
        facts = digest("Talks ended. Orsk levelled, and substitute Ferrel Tovanes sealed the win in stoppage time.")
        self.assertEqual(roles(facts), [("Ferrel Tovanes", "substitute")])


class AFirmOfTwoFields(unittest.TestCase):
    def test_a_body_s_word_before_and_and_a_field_is_one_firm(self):
        facts = digest("Talks ended. Ana Ruiz, founder of Velmar Research and Investment Services, said so.")
        self.assertEqual(names(facts, "organisations"), ["Velmar Research and Investment Services"])
