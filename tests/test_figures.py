"""Figures: forms each rule must find, with value, unit, hedge and what they count; and traps."""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from digest import digest  # noqa: E402

SEED = os.path.join(os.path.dirname(__file__), "..", "seeds", "000_f69399a660d41165.txt")


def figures(text):
    return digest(text)["figures"]


def one(text):
    found = figures(text)
    if len(found) != 1:
        raise AssertionError(f"expected one figure in {text!r}, found {found}")
    return found[0]


class SeedFigures(unittest.TestCase):
    def test_seed_figures(self):
        with open(SEED, encoding="utf-8") as handle:
            found = {f["text"]: f for f in digest(handle.read())["figures"]}
        self.assertEqual(set(found), {"79%", "60 percent", "2,300", "1.7 million", "327,000", "17,000"})
        self.assertEqual(found["1.7 million"]["value"], 1700000)
        self.assertEqual(found["2,300"]["approx"], "some")
        self.assertEqual(found["2,300"]["counts"], "people killed in these attacks")
        self.assertEqual(found["327,000"]["approx"], "more than")
        self.assertEqual(found["79%"]["unit"], "percent")


class Forms(unittest.TestCase):
    def test_lakh_crore_is_one_scale(self):
        found = one("The budget allots Rs 5 lakh crore to roads.")
        self.assertEqual((found["text"], found["value"]), ("Rs 5 lakh crore", 5 * 10 ** 12))

    def test_a_scale_joined_by_a_hyphen(self):
        found = {f["text"]: f for f in figures("Velmar Bank completed a Rs 4,300-crore buyback and signed "
                                               "a $7-billion-a-year supply deal.")}
        self.assertEqual(found["Rs 4,300-crore"]["value"], 43 * 10 ** 9)
        self.assertEqual(found["$7-billion"]["value"], 7 * 10 ** 9)

    def test_plus_after_a_figure_belongs_to_it(self):
        found = {f["text"]: f for f in figures("A 60-plus crowd saw a $3-million-plus gala; tickets were $9 plus tax.")}
        self.assertEqual(set(found), {"60-plus", "$3-million-plus", "$9"})
        self.assertEqual(found["$3-million-plus"]["value"], 3 * 10 ** 6)

    def test_lakh_and_crore_are_scales(self):
        found = {f["text"]: f for f in figures("The board released Rs2.5 crore and will add another Rs 80 lakh.")}
        self.assertEqual(found["Rs2.5 crore"]["value"], 25000000)
        self.assertEqual(found["Rs 80 lakh"]["value"], 8000000)
        self.assertEqual(found["Rs 80 lakh"]["unit"], "PKR")

    def test_a_bond_price_in_32nds_is_one_number(self):
        found = {f["text"]: f["value"] for f in figures("The 10-year note ended at 99 13/32, and rates were 8 1/2%.")}
        self.assertEqual(found, {"99 13/32": 99.40625, "8 1/2%": 8.5})

    def test_a_sum_as_an_adjective_is_money(self):
        found = {f["text"]: (f["value"], f["unit"]) for f in figures(
            "Velmont built a billion-dollar port and the million dollar bridge; a 20-dollar note; a 10-pound fish.")}
        self.assertEqual(found, {"a billion-dollar": (1000000000, "USD"), "million dollar": (1000000, "USD"),
                                 "20-dollar": (20, "USD"), "10": (10, None)})

    def test_a_fraction_alone_is_a_number(self):
        self.assertEqual([(f["text"], f["value"]) for f in figures("The note fell 5/32 and the bond was up 3/8.")],
                         [("5/32", 0.15625), ("3/8", 0.375)])

    def test_a_change_then_a_level_is_no_range(self):
        found = [f["text"] for f in figures("Velmont advanced 2 3/8 to 61 1/4, and Orsk tumbled 2 to 31.")]
        self.assertEqual(found, ["2 3/8", "61 1/4", "2", "31"])
        found = [f["text"] for f in figures("The tolar weakened 0.2% to 7.12 per dollar; the lek rebounded 1.5% to 98.")]
        self.assertEqual(found, ["0.2%", "7.12", "1.5%", "98"])

    def test_dollars_and_kronor_told_apart_by_letters_before_the_sign(self):
        found = {f["text"]: f["unit"] for f in figures("Velmont fell SKr29 to SKr205, bonds lost C$0.45, "
                                                         "and the port cost HK$3 billion.")}
        self.assertEqual(found, {"SKr29": "SEK", "SKr205": "SEK", "C$0.45": "CAD", "HK$3 billion": "HKD"})

    def test_currencies_named_by_a_word_of_their_own(self):
        found = {f["text"]: f["unit"] for f in figures("The law raises 346 billion shillings, the mine 20 million "
                                                         "naira and the port 3 million rand.")}
        self.assertEqual(found, {"346 billion shillings": "KES", "20 million naira": "NGN", "3 million rand": "ZAR"})

    def test_a_pound_of_weight_is_no_money(self):
        self.assertEqual(one("He landed a 10 pound fish.")["text"], "10")

    def test_the_rupee_and_taka_signs(self):
        self.assertEqual(one("The rupee fell to ₹83.2 on Monday.")["unit"], "INR")
        self.assertEqual(one("The fare is Tk 450 a seat.")["unit"], "BDT")

    def test_a_change_told_by_someone_counts_from_after_the_verb_of_saying(self):
        self.assertEqual(one("The Velmont Corporation said output rose 4pc.")["counts"], "output rose 4pc")

    def test_a_change_counts_from_the_clause_not_from_a_decimal_point_before_it(self):
        found = {f["text"]: f for f in figures("Nearly 3.4 million pupils lost 19 school days at 10:30 today.")}
        self.assertEqual(found["19"]["counts"], "Nearly 3.4 million pupils lost 19")

    def test_sums_of_money_without_a_number(self):
        found = {f["text"]: f for f in figures("The council lost millions of pounds, and roads worth "
                                               "several billion dollars are planned.")}
        self.assertEqual(found["millions of pounds"]["unit"], "GBP")
        self.assertEqual(found["millions of pounds"]["value"], 1000000)
        self.assertEqual(found["several billion dollars"]["value"], 1000000000)
        self.assertEqual(found["several billion dollars"]["approx"], "several")

    def test_a_range_is_one_figure_with_low_and_high(self):
        found = {f["text"]: f for f in figures("Some 80% to 90% of traders waited; the market expected "
                                               "$25 million to $30 million and 25 to 30 million viewers.")}
        self.assertEqual((found["80% to 90%"]["value"], found["80% to 90%"]["high"]), (80, 90))
        self.assertEqual(found["$25 million to $30 million"]["high"], 30000000)
        self.assertEqual(found["25 to 30 million"]["value"], 25000000)
        self.assertEqual(one("Between 10-15 people came.")["high"], 15)

    def test_a_range_with_a_currency_on_both_ends(self):
        found = [(f["text"], f["value"], f["high"], f["unit"])
                 for f in figures("Profit will be £2.1bn-£2.3bn, up from £1.7bn-£2bn; tickets cost $5-$10.")]
        self.assertEqual(found, [("£2.1bn-£2.3bn", 2.1e9, 2.3e9, "GBP"), ("£1.7bn-£2bn", 1.7e9, 2e9, "GBP"),
                                 ("$5-$10", 5, 10, "USD")])

    def test_a_vote_and_a_change_are_no_ranges(self):
        self.assertEqual([f["text"] for f in figures("The bill passed 312 to 205.")], ["312", "205"])
        self.assertEqual([f["text"] for f in figures("Rates rose from 5% to 7%.")], ["5%", "7%"])
        self.assertEqual([f["text"] for f in figures("Sales rose 5% to 7% of output.")], ["5%", "7%"])

    def test_number_words_before_hundred_or_dozen(self):
        found = {f["text"]: f["value"] for f in figures("Two hundred people came with three dozen boats; "
                                                        "the dozen guards stayed.")}
        self.assertEqual(found, {"Two hundred": 200, "three dozen": 36})

    def test_a_people_without_a_number_is_no_figure(self):
        self.assertEqual(figures("Millions of people need help in Tarvo."), [])

    def test_a_crowd_without_a_number_is_a_count(self):
        found = {f["text"]: (f["value"], f["approx"]) for f in figures(
            "Thousands fled Tarvo, dozens of homes burned, some two dozen boats sank "
            "and a few hundred stayed.")}
        self.assertEqual(found, {"Thousands": (1000, "several"), "dozens": (12, "several"),
                                 "two dozen": (24, "some"), "a few hundred": (100, "several")})

    def test_percent_words_and_change(self):
        figure = one("Inflation in Turkey rose by 12.5 per cent in a year.")
        self.assertEqual((figure["text"], figure["value"], figure["unit"]), ("12.5 per cent", 12.5, "percent"))
        self.assertEqual(figure["counts"], "Inflation in Turkey rose by 12.5 per cent")

    def test_pc_for_percent(self):
        figure = one("Inflation eased to 26.8pc in October.")
        self.assertEqual((figure["text"], figure["value"], figure["unit"]), ("26.8pc", 26.8, "percent"))

    def test_money(self):
        figure = one("The bank lent $3 billion to the utility.")
        self.assertEqual((figure["text"], figure["value"], figure["unit"]), ("$3 billion", 3e9, "USD"))
        figure = one("Fuel now costs Rs 300 a litre.")
        self.assertEqual((figure["value"], figure["unit"]), (300, "PKR"))
        figure = one("The club paid £5m for him.")
        self.assertEqual((figure["value"], figure["unit"]), (5e6, "GBP"))

    def test_hedge_kept_apart(self):
        figure = one("Nearly 4,800 families were moved to camps.")
        self.assertEqual((figure["text"], figure["approx"]), ("4,800", "nearly"))
        self.assertEqual(figure["counts"], "families moved to camps")

    def test_an_adverb_or_preposition_after_a_figure_counts_nothing(self):
        for sentence in ("Spot gold touched $4,245.10 earlier in the session.",
                         "He held land worth Tk 48.5 crore beyond his known income.",
                         "The yen stood at 77.56 late Tuesday.",
                         "The bond closed 1.63 cents higher."):
            self.assertIsNone(one(sentence)["counts"], sentence)
        found = {f["text"]: f["counts"] for f in figures("Velmar scored 63 off 142 balls.")}
        self.assertEqual(found, {"63": None, "142": "balls"})

    def test_a_unit_joined_to_its_number_by_a_hyphen(self):
        figure = one("Workers will lay a 36-kilometre pipeline to the lake.")
        self.assertEqual((figure["text"], figure["unit"], figure["counts"]), ("36", "km", "kilometre pipeline"))
        figure = one("The Velmar Energy Board approved a 1,200-megawatt plant.")
        self.assertEqual((figure["text"], figure["unit"]), ("1,200", "MW"))
        figure = one("The $300-million-a-year business was sold.")
        self.assertEqual((figure["unit"], figure["counts"]), ("USD", None))

    def test_points_written_with_a_hyphen_after_a_space(self):
        for sentence, written, unit in (("One member favoured a 50 basis-point cut.", "50 basis-point", "basis points"),
                                        ("The gap is a 10 percentage-point lead.", "10 percentage-point",
                                         "percentage points")):
            figure = one(sentence)
            self.assertEqual((figure["text"], figure["unit"]), (written, unit), sentence)

    def test_a_unit_run_into_its_number(self):
        for sentence, written, unit in (("Families walked to Velkot, 60km to the west.", "60km", "km"),
                                        ("Tolpur got 150mm of rain on Sunday.", "150mm", "mm"),
                                        ("A 20MW solar plant opened in Orsk.", "20MW", "MW")):
            figure = one(sentence)
            self.assertEqual((figure["text"], figure["unit"]), (written, unit), sentence)

    def test_fractions(self):
        self.assertEqual(one("About two-thirds of voters backed the plan.")["value"], 2 / 3)
        figure = one("Yields rose to 7 3/4% on Friday.")
        self.assertEqual((figure["text"], figure["value"], figure["unit"]), ("7 3/4%", 7.75, "percent"))

    def test_a_vote_tally_is_two_figures(self):
        self.assertEqual([f["text"] for f in figures("The motion passed 312 to 205 on Thursday.")], ["312", "205"])

    def test_a_hyphenated_vote_is_no_range_and_no_phone_number(self):
        figure = one("The House approved it by a vote of 286-134.")
        self.assertEqual((figure["text"], figure["value"], figure["high"]), ("286-134", 286, None))

    def test_number_words_with_a_scale(self):
        figure = one("The city has three million residents.")
        self.assertEqual((figure["text"], figure["value"]), ("three million", 3e6))


class Traps(unittest.TestCase):
    TRAPS = [
        "The meeting starts at 10:30 in the hall.",
        "She finished 2nd in the race.",
        "The law was passed in 1998.",
        "Call 555-1234 for tickets, or 212-555-0199 at night.",
        "Version 1.2.3 fixed the bug.",
        "It was one of the worst floods.",
        "The vote was held on March 4, 2019.",
        "The firm filed under Chapter 7 of the code.",
        "Article 9 of the charter was cited.",
        "The FTSE 100 and the S&P 500 both closed higher.",
        "Anyone with footage should call 101.",
        "Sales rose in 1998 - 99 and again after the 9/11 attacks.",
        "Robert Hale Jr., 58, retired.",
        "Ballots were printed 36 hours ahead.",
        "Velmont began selling the Tarvo 3200 camera, and a Corvale 747 landed.",
        "The sprint took 9.81 seconds.",
    ]

    def test_a_small_number_after_no_is_a_rank_a_long_one_a_reference(self):
        found = figures("Velmont is the No. 2 carmaker; the council passed Resolution No. 1373.")
        self.assertEqual([(f["text"], f["counts"]) for f in found], [("2", "carmaker")])

    def test_a_tie_breaks_points_belong_to_the_set(self):
        found = figures("Velkova beat Orsini 7-6 (4), 6-7 (2-7), 6-1 in the final.")
        self.assertEqual([f["text"] for f in found], ["7-6", "6-7", "6-1"])

    def test_a_count_after_a_name_stays_a_figure(self):
        self.assertEqual([f["text"] for f in figures("Floods drove Tolland's 1200 residents out; Kestrel 400 people.")],
                         ["1200", "400"])

    def test_a_count_opening_the_text_after_a_determiner_stays_a_figure(self):
        self.assertEqual([f["text"] for f in figures("The 237-seat house met on Monday.")], ["237"])

    def test_no_figure_in_traps(self):
        for sentence in self.TRAPS:
            with self.subTest(sentence=sentence):
                self.assertEqual(figures(sentence), [])


class NumberedPartsInThePlural(unittest.TestCase):
    def test_articles_and_sections_give_no_figures(self):
        for text in ("The law violated Articles 25 and 26 of the Constitution.",
                     "A case was registered under Sections 302 and 34 of the code."):
            with self.subTest(text=text):
                self.assertEqual(figures(text), [])

    def test_a_longer_list_of_sections_and_their_glosses_give_no_figures(self):
        for text in ("A case was registered under sections 302, 324 and 34 of the code.",
                     "A case was registered under Sections 80 (dowry death) and 85 of the code."):
            with self.subTest(text=text):
                self.assertEqual(figures(text), [])

    def test_a_count_after_a_list_of_sections_is_still_a_figure(self):
        self.assertEqual([f["text"] for f in figures("Sections 3, 4 and 5 apply to 40 people.")], ["40"])

    def test_a_count_after_a_single_article_is_still_a_figure(self):
        self.assertEqual([f["text"] for f in figures("He cited Article 10-A and 25 people died.")], ["25"])


class AServicesNumber(unittest.TestCase):
    def test_an_emergency_service_s_or_a_helpline_s_number_is_no_figure(self):
        self.assertEqual([f["text"] for f in figures("According to Rescue 1122, 22 people were hurt. Call the "
                                                     "helpline 1099 for help.")], ["22"])


class TrillionsShortened(unittest.TestCase):
    def test_tr_and_trn_after_an_amount(self):
        facts = digest("Collection reached Rs4.55 trillion against a target of Rs4.96tr; the plan costs $1trn.")
        self.assertEqual([(f["text"], f["value"]) for f in facts["figures"]],
                         [("Rs4.55 trillion", 4.55e12), ("Rs4.96tr", 4.96e12), ("$1trn", 1e12)])


if __name__ == "__main__":
    unittest.main()


class WhatAHeadlinesFigureCounts(unittest.TestCase):
    def test_a_figure_at_a_lines_end_counts_nothing_of_the_next_line(self):
        facts = digest("Floods kill 148\n\nRescuers in Tolland said on Monday that they kept searching.")
        self.assertEqual([(f["text"], f["counts"]) for f in facts["figures"]], [("148", None)])

    def test_what_a_figure_counts_stops_before_a_sum(self):
        found = {f["text"]: f["counts"] for f in figures("Volume rose to 1.2bn shares worth Rs48.6bn, and 40 "
                                                           "COVID-19 patients left.")}
        self.assertEqual((found["1.2bn"], found["40"]), ("shares worth", "COVID-19 patients left"))

    def test_a_figure_counts_the_rest_of_its_own_line(self):
        facts = digest("Markets shed 900 points\n\nTOLLAND: Shares fell on Tuesday.")
        self.assertEqual([(f["text"], f["counts"]) for f in facts["figures"]], [("900", "points")])


class BasisPoints(unittest.TestCase):
    def test_basis_points_are_the_figure_s_unit(self):
        found = {f["text"]: f["unit"] for f in figures("The bank cut rates by 25 basis points, after a 50 basis point rise.")}
        self.assertEqual(found, {"25 basis points": "basis points", "50 basis point": "basis points"})


class CurrenciesNamedWithTheirCountry(unittest.TestCase):
    def test_the_country_before_dollars_or_rupees_is_the_currency_s(self):
        facts = digest("Tolmer earned 31.4 billion US dollars; its visa fee is 40 Pakistani rupees.")
        found = {f["text"]: (f["value"], f["unit"]) for f in facts["figures"]}
        self.assertEqual(found, {"31.4 billion US dollars": (31400000000, "USD"), "40 Pakistani rupees": (40, "PKR")})
        self.assertEqual(facts["places"], [])


class CurrencyCodesOfISO4217(unittest.TestCase):
    def test_a_code_before_a_number_is_its_currency(self):
        facts = digest("Outlets face fines of up to MVR 100,000; the levy raised KES 30 billion.")
        found = {f["text"]: (f["value"], f["unit"]) for f in facts["figures"]}
        self.assertEqual(found, {"MVR 100,000": (100000, "MVR"), "KES 30 billion": (30000000000, "KES")})
        self.assertEqual(facts["organisations"], [])

    def test_a_code_that_is_also_a_word_names_no_currency(self):
        self.assertEqual(one("The COP 30 talks ended.")["text"], "30")


class DollarSignsWithASpace(unittest.TestCase):
    def test_a_dollar_sign_with_a_space_before_its_number(self):
        facts = digest("Remittances rose to US$ 6.4 billion in the first ten months.")
        self.assertEqual([(f["text"], f["unit"]) for f in facts["figures"]], [("US$ 6.4 billion", "USD")])
        self.assertEqual(facts["places"], [])


class EastAfricanShillings(unittest.TestCase):
    def test_a_shilling_sign_before_a_number_is_its_currency(self):
        facts = digest("The treasury hopes to raise Sh100 billion, or KSh 5,000 a share; Tolmer paid TSh. 40.")
        found = {f["text"]: (f["value"], f["unit"]) for f in facts["figures"]}
        self.assertEqual(found, {"Sh100 billion": (100000000000, "KES"), "KSh 5,000": (5000, "KES"),
                                 "TSh. 40": (40, "TZS")})


class GulfCurrencies(unittest.TestCase):
    def test_a_dirham_or_qatari_riyal_sign_before_a_number_is_its_currency(self):
        facts = digest("The court fined him Dh50,000; the Velmar tower cost Dhs 2 billion and the port QR500 million.")
        found = {f["text"]: (f["value"], f["unit"]) for f in facts["figures"]}
        self.assertEqual(found, {"Dh50,000": (50000, "AED"), "Dhs 2 billion": (2000000000, "AED"),
                                 "QR500 million": (500000000, "QAR")})
        self.assertEqual(digest("Scan the QR code at Gate 5.")["figures"], [])


class SoutheastAsianCurrencies(unittest.TestCase):
    def test_a_rupiah_ringgit_won_peso_or_baht_sign_before_a_number_is_its_currency(self):
        facts = digest("Velmar set aside Rp 4 trillion, Orskmas earned RM12.3 billion, and Tolcom paid ₩1.2 trillion, "
                       "₱500 and ฿300.")
        found = {f["text"]: (f["value"], f["unit"]) for f in facts["figures"]}
        self.assertEqual(found, {"Rp 4 trillion": (4000000000000, "IDR"), "RM12.3 billion": (12300000000, "MYR"),
                                 "₩1.2 trillion": (1200000000000, "KRW"), "₱500": (500, "PHP"),
                                 "฿300": (300, "THB")})
        self.assertEqual(digest("The RM team met the Rp group at noon.")["figures"], [])


class CurrencySignsWithAFullStop(unittest.TestCase):
    def test_rs_with_a_full_stop_ends_no_sentence(self):
        facts = digest("The council would allocate Rs. 30 billion for relief. Officials in Tolmer agreed.")
        self.assertEqual([(f["text"], f["context"]) for f in facts["figures"]],
                         [("Rs. 30 billion", "The council would allocate Rs. 30 billion for relief.")])


class NumberedStagesAndZones(unittest.TestCase):
    def test_the_number_of_a_stage_a_phase_or_a_sector_is_no_figure(self):
        self.assertEqual([f["text"] for f in figures("The board invoked Stage 3 of the plan, and Phase 2 work in "
                                                     "Sector 18 stopped, idling 40 trucks.")], ["40"])


class LakhsAndCroresGrouped(unittest.TestCase):
    def test_digits_grouped_by_twos_above_a_thousand(self):
        found = [(f["text"], f["value"]) for f in figures("Gold rose to Rs 1,31,400; the fund holds Rs 12,34,56,789 "
                                                          "and sold 2,50,000 units, up from 4,800.")]
        self.assertEqual(found, [("Rs 1,31,400", 131400), ("Rs 12,34,56,789", 123456789), ("2,50,000", 250000),
                                 ("4,800", 4800)])
        self.assertEqual(digest("Gold rose to Rs 1,31,400 on Monday.")["organisations"], [])


class RupeesOfTheStorysCountry(unittest.TestCase):
    def test_rs_is_the_rupee_of_the_country_the_story_names(self):
        for text, unit in (("MUMBAI: Gold rose Rs 1,200 in India on Wednesday.", "INR"),
                           ("KARACHI: Petrol costs Rs 268 a litre.", "PKR"),
                           ("COLOMBO: Rice costs Rs. 250 a kilo in Sri Lanka.", "LKR"),
                           ("KATHMANDU: The fee is 500 rupees.", "NPR"),
                           ("Prices rose by Rs 5.", "PKR")):
            self.assertEqual([f["unit"] for f in figures(text)], [unit], text)

    def test_paise_are_a_hundredth_of_the_story_s_rupee(self):
        for text, written, unit in (("MUMBAI: The rupee fell 18 paise to 90.42 against the dollar.", "18 paise",
                                     "INR paise"),
                                    ("KARACHI: Petrol rose 50 paisa a litre.", "50 paisa", "PKR paise")):
            found = figures(text)
            self.assertEqual((found[0]["text"], found[0]["unit"]), (written, unit), text)

    def test_pence_are_a_hundredth_of_a_pound(self):
        found = figures("Velmar shares rose 25 pence to 310 pence in London.")
        self.assertEqual([(f["text"], f["unit"]) for f in found], [("25 pence", "GBP pence"), ("310 pence", "GBP pence")])

    def test_a_rupee_written_as_pakistan_s_stays_so(self):
        found = figures("In Delhi, India, a PKR 500 note and 300 Pakistani rupees were found beside Rs 20.")
        self.assertEqual([f["unit"] for f in found], ["PKR", "PKR", "INR"])


class RupeesOfTheCountryTheirClauseNames(unittest.TestCase):
    def test_a_figure_s_own_clause_names_its_rupee_in_a_roundup(self):
        found = figures("Pakistan's cabinet met in Islamabad. Pakistan's budget rose. Sri Lanka's parliament "
                        "approved Rs 4.4 trillion, and Pakistan set aside Rs 90 billion.")
        self.assertEqual([f["unit"] for f in found], ["LKR", "PKR"])

    def test_a_country_in_the_sentence_before_leaves_the_story_s_rupee(self):
        found = figures("KARACHI: Traders in Karachi met. Imports from India fell. Petrol now costs Rs 268 a litre.")
        self.assertEqual([f["unit"] for f in found], ["PKR"])


class NigeriasNaira(unittest.TestCase):
    def test_n_before_a_sum_of_money_is_the_naira(self):
        found = [(f["text"], f["value"], f["unit"]) for f in figures(
            "The naira weakened to N1,455 per dollar; lawmakers approved N1.2trn and ₦500 billion.")]
        self.assertEqual(found, [("N1,455", 1455, "NGN"), ("N1.2trn", 1200000000000, "NGN"),
                                 ("₦500 billion", 500000000000, "NGN")])

    def test_n_before_a_model_or_a_road_is_no_currency(self):
        self.assertEqual(figures("Nurses wore N95 masks on the N5 road."), [])


class ThePhilippinePeso(unittest.TestCase):
    def test_p_before_a_sum_of_money_is_the_peso(self):
        found = [(f["text"], f["value"], f["unit"]) for f in figures(
            "The audit found P545 billion was spent, and each family got P5,000.")]
        self.assertEqual(found, [("P545 billion", 545000000000, "PHP"), ("P5,000", 5000, "PHP")])

    def test_p_before_a_platform_is_no_currency(self):
        self.assertEqual(figures("The train left from the P5 platform at Velmar."), [])


class RowsOfATable(unittest.TestCase):
    def test_a_standings_table_gives_no_figures(self):
        facts = digest("Standings after Sunday's matches.\n\nStandings (played, won, drawn, lost, points):\n"
                       "Tolmer Rovers 14 10 2 2 32\nVelmar City 14 9 3 2 30\n")
        self.assertEqual(facts["figures"], [])

    def test_a_list_of_results_gives_no_figures(self):
        facts = digest("Results on Sunday.\n\nResults:\nTolmer Rovers 2 Velmar 1\nOrsk City 0 Darsi United 3 "
                       "(half-time 0-1)\n")
        self.assertEqual(facts["figures"], [])

    def test_a_paragraph_ending_in_a_phone_number_keeps_its_figures(self):
        facts = digest("Shares fell.\n\nThe bank sold 40 percent of its stake on Monday. -- Tolmer newsroom "
                       "+44 171 542 7658")
        self.assertIn("40 percent", [f["text"] for f in facts["figures"]])

    def test_a_line_with_three_numbers_is_no_row(self):
        facts = digest("Shares fell.\n\nThe index closed at 4,766, down 32 points from 4,798 on Monday, and 12")
        self.assertEqual([f["text"] for f in facts["figures"]][:3], ["4,766", "32", "4,798"])


class HalfOfAScale(unittest.TestCase):
    def test_half_a_million_is_half_of_it(self):
        figure = one("The agency said half a million people in the north faced hunger.")
        self.assertEqual((figure["text"], figure["value"]), ("half a million", 500000))

    def test_half_a_dozen_is_still_six(self):
        figure = one("Half a dozen towns were cut off.")
        self.assertEqual((figure["text"], figure["value"]), ("Half a dozen", 6))


class TelephoneNumbers(unittest.TestCase):
    def test_an_international_telephone_number_is_no_figure(self):
        self.assertEqual(figures("Media contact: Rohan Velkar, +91 98200 12345. Or call +92-21-3456-7890."), [])

    def test_a_signed_change_is_still_a_figure(self):
        self.assertEqual([f["text"] for f in figures("Prices rose +5% in a year.")], ["5%"])


class UnitsJoinedByAHyphen(unittest.TestCase):
    def test_a_50_basis_point_rise(self):
        figure = one("Analysts had expected a 50-basis-point rise.")
        self.assertEqual((figure["text"], figure["value"], figure["unit"]), ("50-basis-point", 50, "basis points"))

    def test_bps_is_basis_points_written_short(self):
        found = {f["text"]: (f["value"], f["high"], f["unit"])
                 for f in figures("Traders priced in a 100-150bps cut; yields rose 25 bps and spreads 5bp.")}
        self.assertEqual(found, {"100-150bps": (100, 150, "basis points"), "25 bps": (25, None, "basis points"),
                                 "5bp": (5, None, "basis points")})


class NumberedPartsInLowerCase(unittest.TestCase):
    def test_a_phase_or_a_class_by_its_number_is_no_figure(self):
        self.assertEqual([f["text"] for f in figures("The council will spend Rs 3,200 crore on road phase 2, and "
                                                     "class 10 exams begin in sector 62.")], ["Rs 3,200 crore"])

    def test_a_type_by_its_number_is_no_figure(self):
        self.assertEqual([f["text"] for f in figures("The drug treats type 2 diabetes in 40 clinics.")], ["40"])

    def test_a_products_number_is_no_figure(self):
        self.assertEqual([f["text"] for f in figures("Velcom unveiled the iPhone 18 Pro and the eVelo 3, from $1,099.")],
                         ["$1,099"])

    def test_a_count_before_such_a_word_still_is(self):
        self.assertEqual([f["text"] for f in figures("Doctors saw 40 stage 3 patients.")], ["40"])


class ScalesInTitleCase(unittest.TestCase):
    def test_a_headline_s_scale_and_percent_in_title_case_count(self):
        facts = digest("Velmar Raises $42 Million, Shares Jump 4 Percent\n\nVelmar raised the money on Monday.")
        self.assertEqual([(f["text"], f["value"]) for f in facts["figures"]],
                         [("$42 Million", 42e6), ("4 Percent", 4)])


class ARangeOfRatesEachWithItsSign(unittest.TestCase):
    def test_two_rates_joined_by_a_dash_are_one_figure_from_the_first_to_the_second(self):
        found = one("Traders price a cut to a range of 3.50%-3.75% at the Velmar bank.")
        self.assertEqual((found["text"], found["value"], found["high"], found["unit"]),
                         ("3.50%-3.75%", 3.5, 3.75, "percent"))

    def test_a_rate_alone_still_ends_at_its_sign(self):
        self.assertEqual(one("Velmar shares rose 4%-a record.")["text"], "4%")


class ScalesInCapitals(unittest.TestCase):
    def test_a_headline_s_scale_in_capitals_counts(self):
        facts = digest("VELMAR RAISES $120 MILLION IN NEW FUNDING\n\nVelmar raised the money on Monday.")
        self.assertEqual([(f["text"], f["value"]) for f in facts["figures"]], [("$120 MILLION", 120e6)])


class ASumBeforeAColon(unittest.TestCase):
    def test_a_headline_s_sum_keeps_its_scale_before_the_colon_that_credits_it(self):
        self.assertEqual([f["text"] for f in figures("Velmar reserves rise to $689.2 billion: central bank")],
                         ["$689.2 billion"])

    def test_a_number_right_before_a_colon_is_still_no_figure(self):
        self.assertEqual(figures("Step 2: the Velmar board votes at 10:30."), [])


class AQuantityWithItsMeasure(unittest.TestCase):
    def test_a_measure_after_a_number_is_part_of_the_figure(self):
        found = figures("The quake struck 22 km west of Velkot. Velmar pumps 2 million barrels a day "
                        "and a fire burned 300 acres; the dam is 40 feet high.")
        self.assertEqual([(f["text"], f["unit"]) for f in found],
                         [("22 km", "km"), ("2 million barrels", "barrels"), ("300 acres", "acres"),
                          ("40 feet", "feet")])

    def test_a_weight_in_grams_and_a_field_in_bighas_take_their_measure(self):
        found = figures("Ten grams of gold fell; 10 grams cost Rs1,800 and 1,140 bighas were cleared.")
        self.assertEqual([f["text"] for f in found], ["10 grams", "Rs1,800", "1,140 bighas"])

    def test_points_and_what_a_number_counts_stay_outside_it(self):
        found = figures("The Velmar index fell 50 points as 4,800 people marched.")
        self.assertEqual([f["text"] for f in found], ["50", "4,800"])


class ScalesOfTheWiresAndOfNepal(unittest.TestCase):
    def test_wire_shorthand_and_nepal_s_arba_scale_a_sum(self):
        found = [(f["text"], f["value"]) for f in figures(
            "Velmar Bank held $1.2bln and 300 mln euros, and Nepal set aside Rs 2 arba for roads.")]
        self.assertEqual(found, [("$1.2bln", 1200000000), ("300 mln euros", 300000000), ("Rs 2 arba", 2000000000)])

    def test_arab_is_no_scale(self):
        self.assertEqual([f["text"] for f in figures("Talks ended. Ministers of 12 Arab states met.")], ["12"])
