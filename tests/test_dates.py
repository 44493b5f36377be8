"""Dates: forms each rule must find with the value expected, and traps it must leave alone."""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from digest import digest  # noqa: E402

SEED = os.path.join(os.path.dirname(__file__), "..", "seeds", "000_f69399a660d41165.txt")


def found(text, date=None):
    """{text as written: value} of the dates in a text."""
    return {d["text"]: d["value"] for d in digest(text, date)["dates"]}


class SeedDates(unittest.TestCase):
    def test_seed_dates_and_values(self):
        with open(SEED, encoding="utf-8") as handle:
            dates = found(handle.read())
        expected = {"the first half of 2023": "2023-H1", "August 2021": "2021-08", "2007": "2007",
                    "November 11": "2023-11-11", "last year": "2022", "the last 40 years": "P40Y"}
        for text, value in expected.items():
            self.assertEqual(dates.get(text), value, text)


class Forms(unittest.TestCase):
    """Each form, in a sentence with an article date of Monday 2019-03-11."""
    CASES = [
        ("The plant closed on Sept. 5, 2016.", "Sept. 5, 2016", "2016-09-05"),
        ("It opened on 14 February 2010 in Lahore.", "14 February 2010", "2010-02-14"),
        ("The file is dated 2015-06-30.", "2015-06-30", "2015-06-30"),
        ("Sales fell in the second quarter of 2018.", "the second quarter of 2018", "2018-Q2"),
        ("Profits rose in H1 2017 at Velmar.", "H1 2017", "2017-H1"),
        ("Output grew in the second half of last year.", "the second half of last year", "2018-H2"),
        ("Velmont earned $4 million in the first nine months of 2017.", "the first nine months of 2017", "2017"),
        ("Sales slid in the last six weeks of the year.", "the last six weeks of the year", "2019"),
        ("Year-earlier profit at Velmont was $3 million.", "Year-earlier", "2018"),
        ("The vote is due in mid-2020.", "mid-2020", "2020"),
        ("Exports peaked in the 1970s.", "the 1970s", "197"),
        ("Revenue in fiscal 2017 was flat.", "fiscal 2017", "2017"),
        ("The deficit target for FY26 is 5pc.", "FY26", "2026"),
        ("Exports grew in FY2016 and fell after it.", "FY2016", "2016"),
        ("Velmar's revenue rose 4% in Q3 FY26.", "Q3 FY26", "2026-Q3"),
        ("Growth slowed in the first half of FY26.", "the first half of FY26", "2026-H1"),
        ("Velmar's profit fell in H1 FY26.", "H1 FY26", "2026-H1"),
        ("He arrived in July 2004.", "July 2004", "2004-07"),
        ("Output rose in the July-September quarter.", "the July-September quarter", "2018-Q3"),
        ("Sales fell in January-June 2017.", "January-June 2017", "2017-H1"),
        ("The talks began on Friday, March 8.", "Friday, March 8", "2019-03-08"),
        ("The strike ended yesterday.", "yesterday", "2019-03-10"),
        ("The ferry sank last night off Tarvo.", "last night", "2019-03-10TNI"),
        ("Velmont said late yesterday it would sell.", "late yesterday", "2019-03-10"),
        ("Prices peaked in mid-February.", "mid-February", "2019-02"),
        ("Shares of Velmont slid this morning.", "this morning", "2019-03-11TMO"),
        ("The council votes tomorrow afternoon.", "tomorrow afternoon", "2019-03-12TAF"),
        ("Prices rose last month.", "last month", "2019-02"),
        ("The company was sold three years ago.", "three years ago", "2016"),
        ("The plant shut six weeks ago.", "six weeks ago", "2019-W05"),
        ("The plant shut a couple of years ago.", "a couple of years ago", "2017"),
        ("The plant shut a few years ago.", "a few years ago", "PAST_REF"),
        ("Rain is expected next week.", "next week", "2019-W12"),
        ("The talks end this coming week.", "this coming week", "2019-W12"),
        ("She resigned on Tuesday.", "Tuesday", "2019-03-05"),
        ("Output has doubled over the past five years.", "the past five years", "P5Y"),
        ("Prices will rise in the coming months.", "the coming months", "PXM"),
        ("Sales rose in the summer of 2014.", "the summer of 2014", "2014-SU"),
        ("Sales are reported monthly.", "monthly", "P1M"),
        ("The result came a decade ago.", "a decade ago", "2009"),
        ("Output rose in the current fiscal year.", "the current fiscal year", "2019"),
        ("Velmont earned $4 million in the latest period.", "the latest period", "2018-Q4"),
        ("Velmont said its fiscal first quarter was weak.", "fiscal first quarter", "2019-Q1"),
        ("The strike began late last July.", "late last July", "2018-07"),
        ("The repairs took a year and a half.", "a year and a half", "P1.5Y"),
        ("Velmont applied in August of this year.", "August of this year", "2019-08"),
        ("It joined on June 15th of last year.", "June 15th of last year", "2018-06-15"),
        ("Shares fell for six trading days.", "six trading days", "P6D"),
        ("Prices slid over the past couple of weeks.", "the past couple of weeks", "PXW"),
        ("Velmont lost money in the previous fiscal year.", "the previous fiscal year", "2018"),
        ("In nineteen ninety-six the bridge opened.", "nineteen ninety-six", "1996"),
        ("The plan runs to the year two thousand and one.", "the year two thousand and one", "2001"),
        ("On Sunday Peru dropped the plan.", "Sunday", "2019-03-10"),
        ("The firm said October sales rose.", "October", "2018-10"),
        ("It came after a summer of protests.", "a summer", "2019-SU"),
        ("The crew logged 4,000 hours of flying.", "4,000 hours", "PT4000H"),
        ("The talks are set for Jan. 5 - 6 in Geneva.", "Jan. 5 - 6", "2020-01-05"),
        ("The rocks formed about 65 million years ago.", "65 million years ago", "PAST_REF"),
        ("The law was passed in December.", "December", "2018-12"),
        ("He was fined in March of theft.", "March", "2019-03"),
        ("Stocks fell sharply in late October.", "late October", "2018-10"),
        ("She spotted the cheating last March 16.", "last March 16", "2018-03-16"),
        ("The yield holds for a year.", "a year", "P1Y"),
        ("It may take about a week to process.", "a week", "P1W"),
        ("After a decade of growth, the firm slowed.", "a decade", "P1DE"),
        ("Volume doubled over the weekend.", "the weekend", "2019-W10-WE"),
        ("For the week, the shares gained 2%.", "the week", "2019-W11"),
        ("On weekends, the shop stays shut.", "weekends", "XXXX-WXX-WE"),
        ("Two years ago, the firm failed.", "Two years ago", "2017"),
        ("Several months earlier, he had left.", "Several months earlier", "PAST_REF"),
        ("Prices have doubled over the years.", "the years", "PXY"),
        ("It reported losses for 11 consecutive quarters.", "11 consecutive quarters", "P11Q"),
        ("Shops were shut on Boxing Day.", "Boxing Day", "2018-12-26"),
        ("It earned $12 million in the quarter.", "the quarter", "2018-Q4"),
        ("Prices swung during the day.", "the day", "2019-03-11"),
        ("The bells are rung on Sundays.", "Sundays", "XXXX-WXX-7"),
        ("The year-long austerity plan worked.", "year-long", "P1Y"),
        ("It was the closest race in decades.", "decades", "PXDE"),
        ("The temple has stood for centuries.", "centuries", "PXCE"),
        ("On a day when prices fell, the index rose.", "a day", "P1D"),
        ("Sales rose in autumn.", "autumn", "2019-FA"),
        ("It was a day that started nervously.", "a day", "P1D"),
        ("It took several more months of haggling to sign.", "several more months", "PXM"),
        ("Until the other day, nobody knew.", "the other day", "PAST_REF"),
        ("Advertisers are cautious these days.", "these days", "PRESENT_REF"),
        ("The paper sells 170,000 copies daily.", "daily", "P1D"),
        ("Farmers expect a poor harvest this crop year.", "this crop year", "2019"),
        ("The fields start producing later next year.", "later next year", "2020"),
        ("The index fell that far only once this century.", "this century", "20"),
        ("Nobody is worried at the moment.", "at the moment", "PRESENT_REF"),
        ("Prices are falling now.", "now", "PRESENT_REF"),
        ("Output rose in 2009-2010.", "2009-2010", "2009"),
        ("Earnings for Q1 rose.", "Q1", "2019-Q1"),
        ("Sales beat year-earlier levels.", "year-earlier", "2018"),
        ("Trading closed at 14:00 GMT.", "14:00 GMT", "2019-03-11T14:00"),
        ("The match starts at 7.30 pm IST.", "7.30 pm IST", "2019-03-11T19:30"),
        ("Polls open at 8 am and close at 5 pm PKT.", "5 pm PKT", "2019-03-11T17:00"),
        ("Crude fell to $61.20 by 0930 GMT.", "0930 GMT", "2019-03-11T09:30"),
        ("The ferry left at 10:30 p.m. with 40 cars.", "10:30 p.m.", "2019-03-11T22:30"),
        ("The ferry left at 9:12 PM with 40 cars.", "9:12 PM", "2019-03-11T21:12"),
        ("Polls close at 5 PM, officials said.", "5 PM", "2019-03-11T17:00"),
        ("The mayor spoke at noon.", "noon", "2019-03-11T12:00"),
        ("At present, the mill runs one shift.", "At present", "PRESENT_REF"),
        ("The council recently raised fares.", "recently", "PAST_REF"),
        ("In the past, the river flooded each spring.", "the past", "PAST_REF"),
        ("Rates may rise in the future.", "the future", "FUTURE_REF"),
        ("Every day you delay, it grows worse.", "Every day", "P1D"),
        ("Rents have doubled in the last year or so.", "the last year or so", "P1Y"),
        ("It lost money in the year-earlier period.", "the year-earlier period", "2018"),
        ("The mill opened on July 4, 1988. Like the rest of the town that year, it struggled.", "that year", "1988"),
        ("Oil was found in the whole year.", "the whole year", "P1Y"),
        ("It grew in the past half year.", "the past half year", "P6M"),
        ("Gliders flew at least 80 million years back.", "80 million years", "P80000000Y"),
        ("Paper of 45 to 59 days yields 8.2%.", "45 to 59 days", "P45D"),
        ("The meeting ended at 10:30 p.m. Friday after talks.", "10:30 p.m. Friday", "2019-03-08T22:30"),
        ("The relatives have until 9 a.m. EST Tuesday to sign.", "9 a.m. EST Tuesday", "2019-03-12T09:00"),
    ]

    def test_each_form_and_value(self):
        for sentence, text, value in self.CASES:
            with self.subTest(sentence=sentence):
                self.assertEqual(found(sentence, "2019-03-11").get(text), value)


class References(unittest.TestCase):
    def test_the_text_timeline_shows_calendar_values_and_durations_only(self):
        from digest import digest, format_text
        out = format_text(digest("The council recently raised fares and now plans a line for 2026. "
                                 "It spent 40 years on the old one.", date="2024-03-05"))
        timeline = out.split("TIMELINE\n")[1]
        self.assertIn("2026", timeline)
        self.assertIn("P40Y", timeline)
        self.assertNotIn("_REF", timeline)
        self.assertNotIn("recently:", timeline)

    def test_an_age_is_in_the_json_but_no_event_of_the_text_timeline(self):
        from digest import digest, format_text
        facts = digest("Dara Velk, 36, said the council met on March 5, 2024.")
        self.assertIn(("36", "P36Y"), [(d["text"], d["value"]) for d in facts["dates"]])
        timeline = format_text(facts).split("TIMELINE\n")[1]
        self.assertIn("2024-03-05", timeline)
        self.assertNotIn("P36Y", timeline)


class TheTimelinesEvents(unittest.TestCase):
    def test_a_date_s_own_comma_parts_no_clause_of_its_event(self):
        from digest import digest, format_text
        timeline = format_text(digest("The commission said the vote will be held on March 5, 2026 after talks "
                                      "in Velkot.", date="2025-11-30")).split("TIMELINE\n")[1]
        self.assertIn("held on March 5, 2026 after talks", " ".join(timeline.split()))


class Ages(unittest.TestCase):
    def test_an_age_told_after_was_or_died_at(self):
        dates = found("Ana Tarrant died on Monday. She was 88. Her brother died at 91 in Lagos.", "2019-08-06")
        self.assertEqual((dates["88"], dates["91"]), ("P88Y", "P91Y"))
        self.assertEqual(found("The rate was 5%. He died at 5 p.m. in Lagos."), {"5 p.m.": None})  # a time, no age

    def test_an_age_told_after_who_is_or_he_is(self):
        dates = found("Ana Ruiz, who is 48, will lead, and Lin Tovar, who is now 63, stays. He is 70.", "2019-08-06")
        self.assertEqual((dates["48"], dates["63"], dates["70"]), ("P48Y", "P63Y", "P70Y"))
        self.assertEqual(found("She is 5 feet tall, and the index is 63.", "2019-08-06"), {})

    def test_an_age_that_ends_a_paragraph(self):
        dates = found("Obituary: Ana Tarrant dies at 86\n\nAna Tarrant died on Monday. She was 86.\n\nBorn in 1940, "
                      "she taught.", "2019-08-06")
        self.assertEqual(dates["86"], "P86Y")
        self.assertEqual(digest("Ana Tarrant died on Monday. She was 86.\n\nBorn in 1940, she taught.")["figures"], [])

    def test_an_age_after_a_name_that_opens_a_paragraph(self):
        dates = found("Ana Ruiz scored both goals.\n\nRuiz, 22, opened the scoring.", "2019-03-11")
        self.assertIn("22", dates)


class Unresolved(unittest.TestCase):
    def test_a_couple_of_years_before_an_event(self):
        self.assertIn("couple of years before", found("They moved couple of years before the flood.", "2019-03-11"))


class Ranges(unittest.TestCase):
    def test_a_range_is_one_date_with_both_ends(self):
        for sentence, text, value, until in (
                ("Prices rose from 1991 to 1995 in Tarvo.", "1991 to 1995", "1991", "1995"),
                ("Work ran from March through May.", "March through May", "2019-03", "2019-05"),
                ("The plan ran in 2009-2010.", "2009-2010", "2009", "2010"),
                ("The 1999-00 season was wet.", "1999-00", "1999", "2000"),
                ("Revenue fell short in January-May.", "January-May", "2019-01", "2019-05"),
                ("Sales in November-February rose.", "November-February", "2018-11", "2019-02"),
                ("Profit rose in the April-June quarter.", "the April-June quarter", "2019-Q2", None),
                ("The fiscal year 2025-26 budget raised taxes.", "fiscal year 2025-26", "2025", "2026"),
                ("Exports rose in FY 2025-26, Tarvo said.", "FY 2025-26", "2025", "2026"),
                ("Exports rose in FY26, Tarvo said.", "FY26", "2026", None)):
            dates = digest(sentence, date="2019-06-15")["dates"]
            self.assertEqual([(d["text"], d["value"], d["until"]) for d in dates], [(text, value, until)], sentence)

    def test_a_range_of_days_in_one_month_is_one_date(self):
        for sentence, text, until in (("Rains are expected from August 28 to 30.", "August 28 to 30", "2019-08-30"),
                                      ("The fair runs August 28 through 30 in Tarvo.", "August 28 through 30",
                                       "2019-08-30"),
                                      ("The fair runs Aug. 28-30 in Tarvo.", "Aug. 28-30", "2019-08-30")):
            facts = digest(sentence, date="2019-08-24")
            self.assertEqual([(d["text"], d["value"], d["until"]) for d in facts["dates"]],
                             [(text, "2019-08-28", until)], sentence)
            self.assertEqual(facts["figures"], [], sentence)

    def test_a_range_of_days_is_one_date_when_its_year_is_unknown(self):
        facts = digest("The committee meets from December 3 to 5 in Tarvo.")
        self.assertEqual([(d["text"], d["value"]) for d in facts["dates"]], [("December 3 to 5", None)])
        self.assertEqual(facts["figures"], [])

    def test_a_range_of_days_with_its_year(self):
        for sentence, text in (("The next meeting is scheduled for February 4-6, 2026.", "February 4-6, 2026"),
                               ("The fair runs 4-6 February 2026 in Tarvo.", "4-6 February 2026")):
            dates = digest(sentence, date="2025-12-05")["dates"]
            self.assertEqual([(d["text"], d["value"], d["until"]) for d in dates],
                             [(text, "2026-02-04", "2026-02-06")], sentence)

    def test_a_range_of_days_written_with_to(self):
        for sentence, text in (("The summit runs from 2 to 4 December 2026 in Tarvo.", "2 to 4 December 2026"),
                               ("The summit runs December 2 to 4, 2026, in Tarvo.", "December 2 to 4, 2026"),
                               ("The summit runs 2nd to 4th December in Tarvo.", "2nd to 4th December")):
            dates = digest(sentence, date="2026-11-20")["dates"]
            self.assertEqual([(d["text"], d["value"], d["until"]) for d in dates],
                             [(text, "2026-12-02", "2026-12-04")], sentence)

    def test_a_change_before_a_day_is_no_range(self):
        dates = digest("Rates rose from 5 to 7 percent on 9 June 2026.")["dates"]
        self.assertEqual([(d["text"], d["value"], d["until"]) for d in dates], [("9 June 2026", "2026-06-09", None)])

    def test_a_scheduled_range_of_days_dates_the_dateline_before_it(self):
        facts = digest("TOLMER, Dec 5 (PTI) The bank cut its rate on Friday. The next meeting is scheduled for "
                       "February 4-6, 2026.")
        self.assertEqual(facts["published"]["value"], "2025-12-05")
        self.assertEqual([(d["text"], d["value"]) for d in facts["dates"]],
                         [("Dec 5", "2025-12-05"), ("Friday", "2025-12-05"), ("February 4-6, 2026", "2026-02-04")])

    def test_a_count_after_a_day_is_no_range(self):
        facts = digest("On Aug. 28 to 30 people died in Tarvo.", date="2019-08-24")
        self.assertEqual([(d["text"], d["until"]) for d in facts["dates"]], [("Aug. 28", None)])
        self.assertEqual([f["text"] for f in facts["figures"]], ["30"])

    def test_the_first_end_takes_the_year_the_second_writes(self):
        for sentence, value in (("Prices rose from March to May 2024 in Tarvo.", "2024-03"),
                                ("Sales grew from November to February 2024.", "2023-11"),
                                ("Clashes killed 40 people between 15 July and 5 August 2024.", "2024-07-15")):
            dates = digest(sentence, date="2026-12-04")["dates"]
            self.assertEqual(dates[0]["value"], value, sentence)

    def test_a_weekday_before_a_dated_day_keeps_its_own_date(self):
        dates = digest("He left on Monday and returned on March 3, 2024.", date="2026-12-04")["dates"]
        self.assertEqual([d["value"] for d in dates], ["2026-11-30", "2024-03-03"])

    def test_two_dates_joined_by_and_stay_two(self):
        dates = digest("Sales rose in 1990 and 1991.", date="2019-06-15")["dates"]
        self.assertEqual([(d["text"], d["until"]) for d in dates], [("1990", None), ("1991", None)])


class Tense(unittest.TestCase):
    def test_a_plan_points_to_the_next_weekday(self):
        # 1998-09-30 is a Wednesday
        self.assertEqual(found("The choir planned to travel on Thursday.", "1998-09-30")["Thursday"], "1998-10-01")
        self.assertEqual(found("The team left on Thursday.", "1998-09-30")["Thursday"], "1998-09-24")

    def test_a_schedule_in_the_present_points_ahead(self):
        # 1998-09-30 is a Wednesday
        for sentence in ("The two envoys meet separately Friday with the mediator.",
                         "Velmar, who are second, visit Orskfield on Friday.",
                         "Ana Ruiz leaves Tolpur on Friday.",
                         "The Kings, who are third, play the Orsk Royals in Tolpur on Friday."):
            self.assertEqual(found(sentence, "1998-09-30")["Friday"], "1998-10-02", sentence)
        self.assertEqual(found("The exhibition opens in January.", "1998-09-30")["January"], "1999-01")

    def test_a_past_verb_right_after_a_date_ends_its_clause_in_the_past(self):
        dates = found("Tolland is due to vote on March 5, 2027, after youth-led protests in September toppled the "
                      "government.", "2026-12-04")
        self.assertEqual(dates["September"], "2026-09")
        self.assertEqual(found("The vote will be held in March.", "2026-12-04")["March"], "2027-03")

    def test_an_infinitive_of_a_schedule_verb_tells_no_tense(self):
        # 1998-09-30 is a Wednesday
        self.assertEqual(found("Ana Ruiz agreed to visit Orsk on Friday.", "1998-09-30")["Friday"], "1998-09-25")

    def test_a_future_in_the_sentence_before_does_not_move_a_weekday(self):
        # 1998-09-30 is a Wednesday
        dates = found("The talks will go on. Ana Ruiz left on Thursday.", "1998-09-30")
        self.assertEqual(dates["Thursday"], "1998-09-24")
        self.assertEqual(found("Ana Ruiz will fly home on Thursday.", "1998-09-30")["Thursday"], "1998-10-01")

    def test_the_day_of_a_saying_is_past_though_what_was_said_lies_ahead(self):
        # 2026-12-04 is a Friday
        text = "Heavy rain is likely over the next 48 hours, the weather office said on Thursday."
        self.assertEqual(found(text, "2026-12-04")["Thursday"], "2026-12-03")
        text = "Talks will resume soon, Ana Ruiz told reporters late on Monday."
        self.assertEqual(found(text, "2026-12-04")["Monday"], "2026-11-30")

    def test_a_past_relative_clause_after_a_future_verb_keeps_its_date_past(self):
        text = "The cut would help credit growth, which slowed to 6.29% in October, a record low."
        self.assertEqual(found(text, "2026-12-04")["October"], "2026-10")
        self.assertEqual(found("The panel will meet again in October.", "2026-12-04")["October"], "2027-10")

    def test_what_one_hopes_or_aims_to_do_lies_ahead(self):
        text = "Young activists registered a party, hoping to contest the March 5 elections."
        self.assertEqual(found(text, "2026-12-04")["March 5"], "2027-03-05")
        self.assertEqual(found("The activists hoped to win in March.", "2026-12-04")["March"], "2026-03")

    def test_a_day_after_a_future_verb_still_lies_ahead_when_said_comes_later(self):
        # 2026-12-04 is a Friday
        self.assertEqual(found("The court will rule on Thursday, lawyers said.", "2026-12-04")["Thursday"],
                         "2026-12-10")

    def test_what_someone_expects_lies_ahead(self):
        # 2026-12-03 is a Thursday
        text = "Economists expect the central bank to hold its rate on Friday."
        self.assertEqual(found(text, "2026-12-03")["Friday"], "2026-12-04")
        self.assertEqual(found("The central bank held its rate on Friday.", "2026-12-03")["Friday"], "2026-11-27")

    def test_a_day_something_is_put_off_to_or_waits_for_lies_ahead(self):
        for text in ("The court suspended the deal pending a hearing on Jan. 14.",
                     "The judge adjourned the case to Jan. 14.", "The vote was postponed to Jan. 14.",
                     "The hearing was fixed for Jan. 14.", "The bench listed the matter for hearing on Jan. 14.",
                     "The case was fixed for a hearing on Jan. 14."):
            self.assertEqual(found(text, "2026-12-05")["Jan. 14"], "2027-01-14", text)
        self.assertEqual(found("The judge adjourned the hearing on Jan. 14.", "2026-12-05")["Jan. 14"], "2026-01-14")

    def test_what_is_to_be_held_on_a_day_lies_ahead(self):
        text = "The commission issued a schedule for by-elections in Velkot, to be held on January 15."
        self.assertEqual(found(text, "2026-12-05")["January 15"], "2027-01-15")

    def test_a_security_s_or_a_change_s_schedule_lies_ahead(self):
        for text, day, value in (("The dividend is payable Feb. 15 to stock of record Jan. 5.", "Feb. 15", "1990-02-15"),
                                 ("The dividend is payable Feb. 15 to stock of record Jan. 5.", "Jan. 5", "1990-01-05"),
                                 ("The notes mature Feb. 1.", "Feb. 1", "1990-02-01"),
                                 ("Velmar named a new board, effective Jan. 1.", "Jan. 1", "1990-01-01")):
            self.assertEqual(found(text, "1989-10-26")[day], value, text)
        self.assertEqual(found("The dividend was paid Feb. 15.", "1989-10-26")["Feb. 15"], "1989-02-15")

    def test_till_points_ahead_as_until_does(self):
        # 2026-12-03 is a Thursday
        self.assertEqual(found("The court adjourned the hearing till Monday.", "2026-12-03")["Monday"], "2026-12-07")
        self.assertEqual(found("The court sat on Monday.", "2026-12-03")["Monday"], "2026-11-30")

    def test_until_after_the_past_stays_in_the_past(self):
        # 2026-12-03 is a Thursday
        text = "Some 840 patients were admitted to Velmar hospitals in the 24 hours till Wednesday."
        self.assertEqual(found(text, "2026-12-03")["Wednesday"], "2026-12-02")
        self.assertEqual(found("The Orsk road remained closed until Monday.", "2026-12-03")["Monday"], "2026-11-30")

    def test_until_after_a_putting_off_points_ahead(self):
        # 2026-12-03 is a Thursday
        self.assertEqual(found("The hearing was adjourned till Monday.", "2026-12-03")["Monday"], "2026-12-07")
        text = "The Tolmer commission's term was extended until Monday."
        self.assertEqual(found(text, "2026-12-03")["Monday"], "2026-12-07")
        self.assertEqual(found("Schools in Orsk stay shut until Monday.", "2026-12-03")["Monday"], "2026-12-07")

    def test_a_headline_s_infinitive_points_ahead(self):
        # 2026-12-03 is a Thursday
        dates = found("Velmar minister to visit Orsk on Tuesday\n\nThe minister met traders on Monday.", "2026-12-03")
        self.assertEqual((dates["Tuesday"], dates["Monday"]), ("2026-12-08", "2026-11-30"))

    def test_a_headline_s_fall_to_a_record_stays_in_the_past(self):
        dates = found("Velmar shares fall to record low on Tuesday\n\nVelmar shares fell.", "2026-12-03")
        self.assertEqual(dates["Tuesday"], "2026-12-01")
        dates = found("Ana Ruiz agreed to visit Orsk on Tuesday. She went home.\nShe left.", "2026-12-03")
        self.assertEqual(dates["Tuesday"], "2026-12-01")  # a first line that ends in a full stop is no headline

    def test_a_schedule_in_the_present_points_to_the_next_day(self):
        # 2026-12-03 is a Thursday
        dates = found("The court resumes the hearing on Monday. The court adjourned the hearing on Tuesday.", "2026-12-03")
        self.assertEqual((dates["Monday"], dates["Tuesday"]), ("2026-12-07", "2026-12-01"))

    def test_would_after_a_verb_of_saying_points_to_the_next_day(self):
        dates = found("The minister said the loans would be paid from January 1. Prices fell on November 20.",
                      "2026-12-03")
        self.assertEqual((dates["January 1"], dates["November 20"]), ("2027-01-01", "2026-11-20"))

    def test_a_headline_that_sets_a_day_points_to_the_next_one(self):
        self.assertEqual(found("Tolland sets March 5 polls", "2026-11-30")["March 5"], "2027-03-05")
        self.assertEqual(found("Tolland held polls on March 5.", "2026-11-30")["March 5"], "2026-03-05")

    def test_a_week_has_two_digits_as_iso_8601_writes_it(self):
        self.assertEqual(found("Talks stalled last week.", "2019-02-27")["last week"], "2019-W08")

    def test_a_sunday_papers_last_week_has_just_ended(self):
        # 2019-03-10 is a Sunday: the week just ended is ISO week 10
        self.assertEqual(found("Talks stalled last week.", "2019-03-10")["last week"], "2019-W10")
        self.assertEqual(found("Talks stalled last week.", "2019-03-11")["last week"], "2019-W10")

    def test_last_april_said_in_october_is_this_years(self):
        dates = found("The strike began last April and ended last November.", "2019-10-24")
        self.assertEqual(dates["last April"], "2019-04")
        self.assertEqual(dates["last November"], "2018-11")  # still to come this year
        self.assertEqual(found("Fares rose last September.", "2019-10-24")["last September"], "2018-09")
        self.assertEqual(found("Talks resume next March.", "2019-01-14")["next March"], "2019-03")

    def test_a_month_soon_ahead_is_this_years_even_in_the_past_tense(self):
        # a schedule: a dividend "payable Dec. 12" in a story written in October
        self.assertEqual(found("The board said the dividend was payable Dec. 12.", "2019-10-24")["Dec. 12"],
                         "2019-12-12")
        self.assertEqual(found("Orders fell in August, the firm said.", "2019-03-05")["August"], "2018-08")


class Anchored(unittest.TestCase):
    def test_a_year_counted_in_a_term_has_no_calendar_value(self):
        dates = found("If she stumbles in her first year, she must resign.", "2019-03-11")
        self.assertIn("her first year", dates)
        self.assertIsNone(dates["her first year"])

    def test_the_following_month_counts_from_the_last_date_told(self):
        dates = found("Talks began on March 3. The following month, the firm was sold.", "2019-11-01")
        self.assertEqual(dates["The following month"], "2019-04")

    def test_the_following_year_counts_from_the_last_year_told(self):
        dates = found("Ana Ruiz left Velmont in 1995 and returned the following year; "
                      "the following two years were calm.", "1998-04-18")
        self.assertEqual(dates["the following year"], "1996")
        self.assertEqual(dates["the following two years"], "P2Y")

    def test_a_judged_period_is_the_last_date_told(self):
        dates = found("Stocks jumped on March 4, 2026. The firm called it a great day, in a good year for banks. "
                      "It was a good deal.")
        self.assertEqual((dates["a great day"], dates["a good year"]), ("2026-03-04", "2026"))
        self.assertEqual(len(dates), 3)

    def test_the_same_day_is_the_last_date_told(self):
        dates = found("The board met on March 3, 2018. The chief quit the same day.", "2019-03-11")
        self.assertEqual(dates["the same day"], "2018-03-03")

    def test_the_next_morning_after_a_weekday(self):
        dates = found("She was arrested on Tuesday and was freed on bail the next morning.", "2019-03-14")
        self.assertEqual(dates["the next morning"], "2019-03-13")

    def test_without_a_date_before_it_stays_unresolved(self):
        self.assertIsNone(found("She was freed on bail the next morning.", "2019-03-14")["the next morning"])

    def test_a_year_earlier_in_an_earnings_report_is_that_quarter(self):
        dates = found("Velmont earned $5.2 million in the third quarter, up from $4.1 million a year "
                      "earlier. The year-ago results included a charge.", "2021-10-20")
        self.assertEqual(dates["a year earlier"], "2020-Q3")
        self.assertEqual(dates["year-ago"], "2020-Q3")

    def test_a_quarter_yet_to_begin_told_in_the_past_is_last_year_s(self):
        dates = found("Velmont said its net income in the fourth quarter rose 5%.", "2021-01-25")
        self.assertEqual(dates["the fourth quarter"], "2020-Q4")

    def test_a_quarter_yet_to_begin_that_the_sentence_looks_ahead_to_is_this_year_s(self):
        dates = found("Velmont expects its sales to rise in the fourth quarter.", "2021-01-25")
        self.assertEqual(dates["the fourth quarter"], "2021-Q4")

    def test_this_weekday_in_a_sentence_that_looks_ahead_is_the_coming_one(self):
        self.assertEqual(found("The chief will visit the area this Sunday.", "2025-12-02")["this Sunday"], "2025-12-07")
        self.assertEqual(found("Crowds gathered this Sunday.", "2025-12-02")["this Sunday"], "2025-11-30")

    def test_what_one_prepares_for_lies_ahead(self):
        dates = found("The commission has started preparations for the March 5 elections.", "2025-12-03")
        self.assertEqual(dates["March 5"], "2026-03-05")
        self.assertEqual(found("Police are bracing for protests on Friday.", "2025-12-03")["Friday"], "2025-12-05")

    def test_two_months_that_are_no_quarter_are_a_range_of_months(self):
        dates = digest("Rain fell in June-July.", "2019-11-02")["dates"]
        self.assertEqual([(d["value"], d["until"]) for d in dates], [("2019-06", "2019-07")])

    def test_a_year_earlier_with_no_quarter_told_is_the_year(self):
        dates = found("Wages rose 3.8% in January from a year earlier.", "2021-02-06")
        self.assertEqual(dates["a year earlier"], "2020")

    def test_as_early_as_points_ahead(self):
        # 2000-04-03 is a Monday
        self.assertEqual(found("He could fly as early as Tuesday.", "2000-04-03")["Tuesday"], "2000-04-04")

    def test_a_plan_for_the_same_weekday_is_today(self):
        self.assertEqual(found("Officials will meet late Monday.", "2000-04-03")["late Monday"], "2000-04-03")


class ArticleDate(unittest.TestCase):
    def test_date_option_wins(self):
        facts = digest("The deal was signed last year, in 2015.", "2021-06-01")
        self.assertEqual(found("The deal was signed last year, in 2015.", "2021-06-01")["last year"], "2020")
        self.assertEqual(facts["published"], {"value": "2021-06-01", "source": "option"})

    def test_dateline(self):
        facts = digest("LAHORE, March 3, 2022 - Police said on Tuesday that the market reopened.")
        self.assertEqual(facts["published"]["source"], "dateline")
        self.assertEqual(found("LAHORE, March 3, 2022 - Police said on Tuesday that it reopened.")["Tuesday"],
                         "2022-03-01")

    def test_dateline_without_a_year(self):
        text = "ISLAMABAD, Oct 3 (Reuters) - Police said on Thursday that 12 people were held. A law of 2019 applies."
        facts = digest(text)
        self.assertEqual(facts["published"], {"value": "2019-10-03", "source": "dateline"})
        self.assertEqual(found(text)["Thursday"], "2019-10-03")

    def test_a_story_that_states_only_years_ahead_has_no_year_of_its_own(self):
        text = ("The bank held its rate. Inflation rose in November from October, and is expected to ease "
                "during FY27. The committee will next meet on January 26, 2027.")
        self.assertEqual(digest(text)["published"], {"value": None, "source": None})
        self.assertEqual(found(text)["November"], None)
        self.assertEqual(found(text)["January 26, 2027"], "2027-01-26")

    def test_a_lead_whose_weekday_the_latest_year_denies_is_of_a_later_year(self):
        # 3 October 2019 was a Thursday; the first later 3 October on a Tuesday is in 2023
        text = "ISLAMABAD, Oct 3 (Reuters) - Police said on Tuesday that 12 people were held. A law of 2019 applies."
        self.assertEqual(digest(text)["published"], {"value": "2023-10-03", "source": "dateline"})
        # a verdict tells of a crime years before: 2 December 2025 was a Tuesday
        text = ("Tolmer, Dec 2 (Newswire) - A court here on Tuesday sentenced Velmar Ahsan to death for killing "
                "his wife in 2019. The murder took place on March 14, 2019.")
        self.assertEqual(digest(text)["published"], {"value": "2025-12-02", "source": "dateline"})
        # a wire story names the day without "on": 4 December 2025 was a Thursday
        text = ("TOLMER CITY, Dec 4 (Newswire) - Strikes killed nine people overnight, officials said Thursday. "
                "The war began on Oct. 7, 2023.")
        self.assertEqual(digest(text)["published"], {"value": "2025-12-04", "source": "dateline"})

    def test_a_datelines_weekday_dates_it_between_the_years_told_and_foretold(self):
        text = ("TOLLAND, Dec 3 (Reuters) - Velora Systems said on Wednesday it had raised $2 billion. "
                "Founded in 2021, it will make a second chip, due to be made in 2027.")
        self.assertEqual(digest(text)["published"], {"value": "2025-12-03", "source": "dateline"})

    def test_a_dateline_closed_by_a_double_hyphen(self):
        text = ("TARVALE, Dec 3 (Xinhua) -- Services activity slowed, a survey showed on Wednesday, the "
                "first fall since December 2022.")
        self.assertEqual(digest(text)["published"], {"value": "2025-12-03", "source": "dateline"})

    def test_a_fiscal_year_ending_ahead_is_not_the_articles_year(self):
        text = "Output grew 7.4% in the July-September quarter and is on track for the year ending March 2031."
        self.assertEqual(digest(text)["published"], {"value": None, "source": None})
        text = "Profit fell in the year ended March 2031, the firm said."
        self.assertEqual(digest(text)["published"], {"value": "2031", "source": "text"})

    def test_latest_year_stated(self):
        text = "The dam was begun in 2009 and finished in 2012. It flooded on June 4."
        self.assertEqual(found(text)["June 4"], "2012-06-04")
        self.assertEqual(digest(text)["published"], {"value": "2012", "source": "text"})

    def test_a_year_the_story_schedules_is_not_its_own(self):
        text = "Inflation eased in November, the board said. Its next meeting is scheduled for January 26, 2028."
        self.assertEqual(digest(text)["published"], {"value": None, "source": None})
        text = "The plant opened in 2025 and a second line is due in 2027. It flooded on June 4."
        self.assertEqual(found(text)["June 4"], "2025-06-04")

    def test_a_dateline_without_a_year_lies_before_the_date_the_story_schedules(self):
        text = ("Tarvale, Dec 3 (TNA) - The party on Wednesday named candidates for the vote scheduled for "
                "February 12, 2032. Its leader has lived abroad since 2011.")
        self.assertEqual(digest(text)["published"], {"value": "2031-12-03", "source": "dateline"})
        self.assertEqual(found(text)["Wednesday"], "2031-12-03")

    def test_ahead_of_a_month_points_to_the_next_one(self):
        text = "Police held the party's leaders ahead of the January polls."
        self.assertEqual(found(text, "2029-11-28")["January"], "2030-01")


class AWeekdayOnADayOfTheMonth(unittest.TestCase):
    def test_friday_the_13th_is_the_last_such_friday_or_the_next_one_ahead(self):
        self.assertEqual(found("The vote, held on Friday the 13th, was annulled.", "2025-11-20"),
                         {"Friday the 13th": "2025-06-13"})
        self.assertEqual(found("The vote will be held on Friday the 13th.", "2025-11-20"),
                         {"Friday the 13th": "2026-02-13"})

    def test_a_weekday_alone_is_still_the_nearest_one(self):
        self.assertEqual(found("The vote was held on Friday.", "2025-11-20"), {"Friday": "2025-11-14"})


class AMonthJustPastTheYearsTurn(unittest.TestCase):
    def test_a_month_early_next_year_told_in_december_without_a_past_is_next_years(self):
        self.assertEqual(found("The civic election is likely to be held in January, the commissioner said.",
                               "2025-12-03")["January"], "2026-01")

    def test_a_passive_in_the_present_tells_no_past(self):
        self.assertEqual(found("Results are expected in February.", "2025-12-28")["February"], "2026-02")
        self.assertEqual(found("Results were expected in February.", "2025-12-28")["February"], "2025-02")

    def test_a_month_in_a_sentence_that_tells_of_the_past_is_this_years(self):
        self.assertEqual(found("Turnout fell sharply in January, the commissioner said.", "2025-12-03")["January"],
                         "2025-01")

    def test_a_month_further_ahead_is_still_this_years(self):
        self.assertEqual(found("Prices rise in April, the commissioner said.", "2025-12-03")["April"], "2025-04")


class TheFiscalAsANoun(unittest.TestCase):
    def test_this_fiscal_and_the_last_fiscal_are_fiscal_years(self):
        self.assertEqual(found("Growth will slow this fiscal after exports rose 5% in the last fiscal.", "2025-11-20"),
                         {"this fiscal": "2025", "the last fiscal": "2024"})

    def test_a_fiscal_year_opening_a_sentence(self):
        self.assertEqual(found("This fiscal year is hard. Next fiscal, growth will pick up.", "2025-11-20"),
                         {"This fiscal year": "2025", "Next fiscal": "2026"})

    def test_fiscal_before_a_noun_is_no_date(self):
        self.assertEqual(found("This fiscal deficit is too high, and the current fiscal gap widened."), {})


class Fortnights(unittest.TestCase):
    def test_a_fortnight_is_two_weeks_and_a_fortnight_ago_a_day(self):
        self.assertEqual(found("Prices rose over the past fortnight; the camp will close in a fortnight.", "2025-11-20"),
                         {"the past fortnight": "P2W", "a fortnight": "P2W"})
        self.assertEqual(found("A fortnight ago, prices fell.", "2025-11-20"), {"A fortnight ago": "2025-W45"})


class AQuarterByItsEnd(unittest.TestCase):
    def test_the_quarter_ended_on_a_day_is_that_day_s_quarter(self):
        dates = found("Results for the quarter ended June 30 were strong, Velcom said.", "2026-12-04")
        self.assertEqual(dates["the quarter"], "2026-Q2")

    def test_the_week_ended_on_a_day_is_that_day_s_week(self):
        dates = found("Reserves rose $21 million to $14.5 billion in the week ended November 21.", "2025-12-03")
        self.assertEqual(dates["the week"], "2025-W47")

    def test_the_week_alone_of_a_market_report_is_this_week(self):
        self.assertEqual(found("For the week, the index fell 3.8%.", "2025-12-03")["the week"], "2025-W49")

    def test_the_quarter_alone_is_the_one_just_ended(self):
        self.assertEqual(found("Profit rose in the quarter, Velcom said.", "2026-12-04")["the quarter"], "2026-Q3")

    def test_q_and_its_number_told_early_in_a_year_is_last_year_s_as_the_words_are(self):
        dates = found("Velcom Q3 profit rises 11%\n\nVelcom on Thursday reported a rise in third-quarter profit.",
                      "2026-01-16")
        self.assertEqual((dates["Q3"], dates["third-quarter"]), ("2025-Q3", "2025-Q3"))
        self.assertEqual(found("Velcom expects more sales in Q4.", "2026-01-16")["Q4"], "2026-Q4")

    def test_a_numbered_quarter_is_a_fiscal_year_s_whatever_month_it_ends(self):
        dates = found("Profit for its fourth quarter ended Sept. 30 rose, Velcom said.", "2026-11-02")
        self.assertEqual(dates["fourth quarter"], "2026-Q4")


class ADayAPeriodEndedOn(unittest.TestCase):
    def test_a_day_after_ended_that_is_still_ahead_this_year_was_last_year_s(self):
        # told on 2026-12-04
        self.assertEqual(found("Profit for the year ended Dec. 31 rose, Velcom said.", "2026-12-04")["Dec. 31"],
                         "2025-12-31")
        self.assertEqual(found("The strike ended December 20, unions said.", "2026-12-04")["December 20"],
                         "2025-12-20")

    def test_a_day_after_a_passive_past_verb_has_gone_by(self):
        self.assertEqual(found("He was arrested on December 20, police said.", "2026-12-04")["December 20"],
                         "2025-12-20")
        self.assertEqual(found("The hearing was scheduled on December 20.", "2026-12-04")["December 20"],
                         "2026-12-20")

    def test_a_day_gone_by_after_ended_is_this_year_s_and_a_day_that_ends_lies_ahead(self):
        self.assertEqual(found("Profit for the year ended March 31 rose.", "2026-12-04")["March 31"], "2026-03-31")
        self.assertEqual(found("The offer ends December 29.", "2026-12-04")["December 29"], "2026-12-29")


class AYearThatEndsAName(unittest.TestCase):
    def test_a_plan_s_year_does_not_date_the_story(self):
        facts = digest("Grants were cut this year, and the board met last month. The plan is not another "
                       "Vision 2035 brochure.")
        self.assertIsNone(facts["published"]["value"])

    def test_the_year_a_record_was_set_in_does_not_date_the_story(self):
        facts = digest("Floods killed 41 people this week. Rivers rose above record levels set in 1993, the "
                       "agency said, and the storm season has been severe this year.")
        self.assertIsNone(facts["published"]["value"])

    def test_a_year_opening_a_sentence_still_dates_an_undated_story(self):
        facts = digest("In 2024 the board met twice. Grants were cut this year.")
        self.assertEqual(facts["published"], {"value": "2024", "source": "text"})


class DayLists(unittest.TestCase):
    def test_more_days_after_a_date_are_days_of_its_month(self):
        facts = digest("The show airs Nov. 5, 8, 14 and 20. On Nov. 9, 10 people were hurt.", "2019-10-20")
        self.assertEqual([(d["text"], d["value"]) for d in facts["dates"]],
                         [("Nov. 5", "2019-11-05"), ("8", "2019-11-08"), ("14", "2019-11-14"), ("20", "2019-11-20"),
                          ("Nov. 9", "2019-11-09")])
        self.assertEqual([f["text"] for f in facts["figures"]], ["10"])


class DayOfMonth(unittest.TestCase):
    def test_on_the_18th_is_a_day_of_the_articles_month(self):
        dates = found("The council met on the 13th and will vote on the 2nd.", "2024-02-15")
        self.assertEqual(dates, {"the 13th": "2024-02-13", "the 2nd": "2024-03-02"})
        self.assertEqual(found("The board met on the 20th.", "2024-02-15"), {"the 20th": "2024-01-20"})

    def test_an_ordinal_before_a_noun_is_no_day(self):
        self.assertEqual(found("She lives on the 5th floor and passed on the 3rd try.", "2024-02-15"), {})

    def test_a_day_of_this_next_or_last_month(self):
        dates = found("Talks resume on the 5th of this month; the vote is on the 3rd of next month, after prices "
                      "rose on the 28th of last month.", "2024-02-15")
        self.assertEqual(dates, {"the 5th of this month": "2024-02-05", "the 3rd of next month": "2024-03-03",
                                 "the 28th of last month": "2024-01-28"})

    def test_an_ordinal_day_of_a_named_month(self):
        self.assertEqual(found("He arrived on the 14th of December.", "2024-02-15"),
                         {"14th of December": "2023-12-14"})


class DatesInFigures(unittest.TestCase):
    def test_a_date_in_numbers_day_first_unless_only_the_second_can_be_a_day(self):
        self.assertEqual(found("The deadline is 31.12.2026; the case was filed 12/31/2026 and heard on 3/12/2026."),
                         {"31.12.2026": "2026-12-31", "12/31/2026": "2026-12-31", "3/12/2026": "2026-12-03"})
        # (3 December is within a month of the text's day, 31 December; 12 March is not)

    def test_either_reading_of_a_date_in_numbers_the_one_within_a_month_of_the_article(self):
        self.assertEqual(found("The order dated 03/12/2026 was signed; the rule of 07/04/2026 stands.", "2026-12-05"),
                         {"03/12/2026": "2026-12-03", "07/04/2026": "2026"})
        self.assertEqual(found("The order dated 03/12/2026 was signed.", "2026-03-20"), {"03/12/2026": "2026-03-12"})

    def test_a_date_in_numbers_with_dashes(self):
        self.assertEqual(found("The notice dated 30-11-2025 was served; the order of 5-12-2025 stands."),
                         {"30-11-2025": "2025-11-30", "5-12-2025": "2025-12-05"})

    def test_a_telephone_number_with_dashes_is_no_date(self):
        self.assertEqual(found("Call the helpline on 0300-12-2025 or 042-11-1999 for details."), {})

    def test_a_fraction_is_no_date(self):
        facts = digest("A 3/4 majority passed the bill.")
        self.assertEqual(facts["dates"], [])
        self.assertEqual([f["text"] for f in facts["figures"]], ["3/4"])


class EdgesOfAMonthOrWeek(unittest.TestCase):
    def test_the_end_of_the_month_and_the_start_of_next_week(self):
        self.assertEqual(found("The plan will be ready by the end of the month, and talks start at the beginning "
                               "of next week.", "2026-12-04"),
                         {"the end of the month": "2026-12", "the beginning of next week": "2026-W50"})

    def test_ramazan_as_pakistan_spells_it_is_a_holiday(self):
        self.assertIn("Ramazan", found("Prices rise in Ramazan."))


class Seconds(unittest.TestCase):
    def test_seconds_are_a_duration_not_a_figure(self):
        facts = digest("Ana Ruiz ran the 400 metres in 47.21 seconds; a 30-second advertisement followed.")
        self.assertEqual({d["text"]: d["value"] for d in facts["dates"]},
                         {"47.21 seconds": "PT47.21S", "30-second": "PT30S"})
        self.assertEqual([f["text"] for f in facts["figures"]], ["400 metres"])

    def test_hours_and_minutes_written_short_are_durations_not_figures(self):
        facts = digest("Velmar: 14 more deaths, 812 admitted in 24 hrs; the sit-in lasted 3hrs and 40 mins.")
        self.assertEqual({d["text"]: d["value"] for d in facts["dates"]},
                         {"24 hrs": "PT24H", "3hrs": "PT3H", "40 mins": "PT40M"})
        self.assertEqual([f["text"] for f in facts["figures"]], ["14", "812"])
        self.assertEqual(found("The talks took three minutes."), {"three minutes": "PT3M"})

    def test_a_number_said_aloud_is_no_year_without_its_second_part(self):
        self.assertEqual(found("Nineteen people signed, and nineteen more joined later."), {})

    def test_a_second_as_an_ordinal_is_no_duration(self):
        self.assertEqual(found("She won a second term, and a second vote followed."), {})


class Holidays(unittest.TestCase):
    def test_south_asian_holidays_are_dates_and_no_names(self):
        facts = digest("Markets close for Eid-ul-Fitr, Durga Puja and Dashain, and reopen after Diwali.", "2026-03-01")
        self.assertEqual([d["text"] for d in facts["dates"]], ["Eid-ul-Fitr", "Durga Puja", "Dashain", "Diwali"])
        self.assertEqual(facts["people"] + facts["organisations"] + facts["places"], [])

    def test_this_next_and_last_say_which_holiday(self):
        self.assertEqual(found("This Christmas will be quiet.", "2024-08-01"), {"This Christmas": "2024-12-25"})
        self.assertEqual(found("Next Christmas is far off.", "2024-08-01"), {"Next Christmas": "2024-12-25"})
        self.assertEqual(found("Next Christmas is far off.", "2024-12-28"), {"Next Christmas": "2025-12-25"})
        self.assertEqual(found("Last Christmas was quiet.", "2024-08-01"), {"Last Christmas": "2023-12-25"})

    def test_a_bare_holiday_follows_the_tense(self):
        self.assertEqual(found("The shop closed at Christmas.", "2024-08-01"), {"Christmas": "2023-12-25"})
        self.assertEqual(found("The shop will close at Christmas.", "2024-08-01"), {"Christmas": "2024-12-25"})

    def test_a_year_before_a_plural_noun_stays_a_year_after_in(self):
        self.assertEqual(found("In 2000 prices rose.", "2024-08-01"), {"2000": "2000"})

    def test_a_year_after_a_possessive_is_a_year(self):
        facts = digest("Velmont's 1988 sales rose, and the firm's 2,000 workers were paid.", "2024-08-01")
        self.assertEqual({d["text"]: d["value"] for d in facts["dates"]}, {"1988": "1988"})
        self.assertEqual([f["text"] for f in facts["figures"]], ["2,000"])


class Traps(unittest.TestCase):
    """Words and numbers that look like dates and are not."""

    def test_a_charter_named_after_a_month_is_no_date(self):
        self.assertEqual(list(found("The vote on the July Charter is due. The October Revolution is past.")), [])

    def test_today_inside_a_title_is_no_date(self):
        self.assertEqual(found("A Tarvia Today poll came out today.", "2019-03-11"), {"today": "2019-03-11"})
    TRAPS = [
        "Officials may decide soon.",
        "The plant is currently shut.",
        "The score was 2:1 at half time.",
        "Protesters will march to the square.",
        "Jan Kowalski spoke to reporters.",
        "The H1N1 virus and the H1 visa rules spread.",
        "The bill costs $2020 a year.",
        "About 2,015 people attended.",
        "Call 555-2019 for details.",
        "He scored 1999 points in his career.",
        "Version 2.1.3 was released.",
        "April Reign posted a message.",
        "She gave to the March of Dimes.",
        "He spoke to Tuesday Weld about the film.",
        "Traders still recall Black Monday.",
        "More than 2000 groups signed the letter.",
        "Up to 1500 people marched.",
        "Program trading is 5% of the average daily volume.",
        "At the end of the day, the quarter-point cut is what counts.",
        "He works weekends and holidays.",
        "She won four titles in the past two seasons.",
        "Shares posted a fall of 3% as an analyst said the fall was overdone.",
        "Prices rose after the fall of the government.",
        "Rallies marked the July uprising and the October revolution.",
        "Tolland posted 491 after centuries from Ana Velkan and Lin Tovar.",
        "The field pumps 11,000 barrels a day.",
        "Farmers sowed in winter wheat fields.",
    ]

    def test_the_fall_after_a_preposition_of_time_is_the_season(self):
        self.assertEqual(set(found("The plant will open in the fall, and the mill this fall.")),
                         {"the fall", "this fall"})

    def test_no_date_in_traps(self):
        for sentence in self.TRAPS:
            with self.subTest(sentence=sentence):
                self.assertEqual(found(sentence), {})


class MonthsWithoutACue(unittest.TestCase):
    def test_a_month_that_is_no_name_needs_no_cue(self):
        self.assertEqual(found("Velcor reported November revenue of 34 million.", "2026-12-04"),
                         {"November": "2026-11"})

    def test_a_name_before_the_month_or_a_month_that_is_a_name(self):
        self.assertEqual(found("Black September struck. Operation November ended. April Velk reported sales."), {})


class KindsOfMatch(unittest.TestCase):
    def test_a_one_day_international_is_no_duration(self):
        self.assertEqual(found("Tolland won the third one-day international. The five-day Test was drawn."), {})

    def test_a_one_day_strike_still_is(self):
        self.assertEqual(found("A one-day strike shut the port."), {"one-day": "P1D"})


if __name__ == "__main__":
    unittest.main()


class TheArticlesYearFromASpan(unittest.TestCase):
    def test_a_span_of_years_gives_its_first_to_the_year_guess(self):
        facts = digest("Cases rose last year, the agency said. It needs $9 billion for 2026-2030.")
        self.assertEqual(facts["published"]["value"], "2026")
        self.assertIn(("last year", "2025"), [(d["text"], d["value"]) for d in facts["dates"]])


class TheArticlesYearFromItsText(unittest.TestCase):
    def test_a_year_that_names_a_past_thing_is_not_the_articles(self):
        dates = found("Judges on Wednesday questioned a 1977 law. A ruling is expected by June.")
        self.assertEqual((dates["1977"], dates["June"]), ("1977", None))

    def test_a_laws_year_is_not_the_articles(self):
        dates = found("The court cited the Tarvia Forests Act, 1927. A ruling is expected on January 14.")
        self.assertEqual((dates["1927"], dates["January 14"]), ("1927", None))

    def test_a_year_told_plainly_still_is(self):
        self.assertEqual(found("In 2019 the economy grew. A ruling is expected by June.")["June"], "2019-06")

    def test_a_year_end_with_no_year_of_the_article_has_no_value(self):
        self.assertEqual(found("The board met under a 1969 law. Profits will rise by year-end.")["year-end"], None)

    def test_a_month_and_day_told_in_full_elsewhere_takes_that_year(self):
        dates = found("Tolland will hold March 5 polls\n\nTOLLAND, Dec 3 - Polls will be held on March 5, 2026, "
                      "officials said.", "2026-12-03")
        self.assertEqual(dates["March 5"], "2026-03-05")


class TensAndOnesInWords(unittest.TestCase):
    def test_a_count_of_tens_and_ones_in_words_is_read_whole(self):
        self.assertEqual(found("He left Orsk twenty-seven years ago.", "2026-12-04"),
                         {"twenty-seven years ago": "1999"})
        self.assertEqual(found("Ana Ruiz served thirty-five years in jail."), {"thirty-five years": "P35Y"})
        self.assertEqual(found("Tolland adopted a five-year plan."), {"five-year": "P5Y"})


class AYearAfterAPossessive(unittest.TestCase):
    def test_a_year_after_its_or_their_is_a_year(self):
        facts = digest("The Velmar Bank said it remained committed to its 2028 targets.")
        self.assertEqual(([d["text"] for d in facts["dates"]], facts["figures"]), (["2028"], []))


class TheEndOfAMonthJoinedByAHyphen(unittest.TestCase):
    def test_end_december_and_december_end_are_the_month(self):
        self.assertEqual(found("The bridge will open by end-December.", "2026-12-04"), {"end-December": "2026-12"})
        self.assertEqual(found("The bridge will open by December-end.", "2026-12-04"), {"December-end": "2026-12"})
        self.assertEqual(found("Velmar held an end-of-year party."), {})


class HalfAUnit(unittest.TestCase):
    def test_half_a_unit_is_half_its_length(self):
        self.assertEqual(found("The accord has lasted half a century."), {"half a century": "P50Y"})
        self.assertEqual(found("Prices doubled over the past half decade."), {"the past half decade": "P5Y"})
        self.assertEqual(found("She ate half a cake."), {})


class AWeekOfAMonth(unittest.TestCase):
    def test_a_week_of_a_month_is_that_week(self):
        self.assertEqual(found("Polls are due in the first week of February.", "2026-12-04"),
                         {"the first week of February": "2027-W05"})
        self.assertEqual(found("The rupee fell in the last week of November.", "2026-12-04"),
                         {"the last week of November": "2026-W49"})
        self.assertEqual(found("It rained in the second week of March 2025.", "2026-12-04"),
                         {"the second week of March 2025": "2025-W10"})


class AYearSaidAfterADay(unittest.TestCase):
    def test_the_year_said_after_a_month_and_day_is_its_year(self):
        dates = found("The bureau filed its charges on November 2 last year.", "2026-12-04")
        self.assertEqual((dates["November 2"], dates["last year"]), ("2025-11-02", "2025"))
        self.assertEqual(found("The Velmar talks resume on 5 March next year.", "2026-12-04")["5 March"], "2027-03-05")

    def test_a_day_of_that_year_is_of_the_year_last_told(self):
        dates = found("They met at Orsk in the summer of 1972. The accord they signed on July 2 of that year "
                      "lasted.", "2026-12-04")
        self.assertEqual((dates["July 2"], dates["that year"]), ("1972-07-02", "1972"))

    def test_a_year_that_owns_what_follows_is_not_the_days(self):
        self.assertEqual(found("On May 30 last year's winner, Ana Ruiz, spoke.", "2026-12-04")["May 30"], "2026-05-30")


class ClockTimesWithAStop(unittest.TestCase):
    def test_a_time_written_with_a_stop_before_its_zone(self):
        self.assertEqual(found("The vote ended at 10.42 GMT.", "2026-12-03")["10.42 GMT"], "2026-12-03T10:42")

    def test_a_number_with_a_stop_and_no_zone_stays_a_figure(self):
        self.assertEqual(found("Shares rose 10.42 points.", "2026-12-03"), {})


class TimesOnTheirDay(unittest.TestCase):
    def test_a_time_falls_on_the_day_its_clause_names(self):
        dates = found("The house rose at 2 pm on Tuesday. Workers left at 2:00pm after the firm "
                      "promised to pay by December 10.", "2026-12-02")
        self.assertEqual((dates["2 pm"], dates["2:00pm"]), ("2026-12-01T14:00", "2026-12-02T14:00"))

    def test_a_decimal_point_and_the_time_s_own_by_end_no_clause(self):
        dates = found("Velmar shares rose on Tuesday, up 0.6% at $4.20 by 0930 GMT.", "2026-12-02")
        self.assertEqual(dates["0930 GMT"], "2026-12-01T09:30")


class DaysListedBeforeTheMonth(unittest.TestCase):
    def test_each_day_of_a_list_before_a_day_and_month_is_a_date(self):
        facts = digest("The walkout, on 15 and 16 December 2026, and talks on 3, 4 and 5 March 2027 were set.")
        self.assertEqual([(d["text"], d["value"]) for d in facts["dates"]],
                         [("15", "2026-12-15"), ("16 December 2026", "2026-12-16"), ("3", "2027-03-03"),
                          ("4", "2027-03-04"), ("5 March 2027", "2027-03-05")])
        self.assertEqual(facts["figures"], [])

    def test_a_sum_before_a_day_and_month_is_no_day(self):
        facts = digest("He paid £15 and 16 December 2026 was the deadline.")
        self.assertEqual([d["text"] for d in facts["dates"]], ["16 December 2026"])


class TheYearOfADatelineByItsWeekday(unittest.TestCase):
    def test_the_dateline_s_day_is_the_article_s_though_the_story_tells_it_of_another_year(self):
        # 3 December 2024 was a Tuesday, 3 December 2025 a Wednesday
        text = ("TOLMER, Dec 3 (Newswire) -- President Ana Velkami on Wednesday marked a year since the "
                "crisis. Lawmakers had met on the night of Dec. 3-4, 2024.")
        self.assertEqual(found(text)["Dec 3"], "2025-12-03")
        self.assertEqual(found(text)["Dec. 3-4, 2024"], "2024-12-03")

    def test_the_lead_s_weekday_moves_the_year_on_from_the_latest_named(self):
        facts = digest("TOLMER, Dec 4 (Newswire) - The central bank held its rate on Thursday. Inflation was the "
                       "lowest since December 2022.")
        self.assertEqual(facts["published"]["value"], "2025-12-04")

    def test_a_dateline_comes_before_the_day_its_story_foretells(self):
        facts = digest("TOLMER, Dec 4 (Newswire) - Tolland's interim government on Friday named a new finance "
                       "minister. The country is due to vote on March 5, 2027.")
        self.assertEqual(facts["published"]["value"], "2026-12-04")

    def test_the_day_before_the_dateline_keeps_the_latest_year(self):
        facts = digest("TOLMER, Dec 4 (Newswire) - The central bank held its rate on Saturday. Inflation fell to "
                       "4.1% in November 2022.")
        self.assertEqual(facts["published"]["value"], "2022-12-04")

    def test_a_record_since_a_year_bounds_the_story_s_year_and_no_more(self):
        facts = digest("TOLPUR, Dec 2 - The fire on Tuesday was the city's deadliest since 1948.")
        self.assertEqual(facts["published"], {"value": None, "source": None})
        facts = digest("TOLPUR, Dec 2 - Prices rose on Tuesday. He has been under arrest since 2021.")
        self.assertEqual(facts["published"], {"value": "2025-12-02", "source": "dateline"})

    def test_a_year_after_since_is_no_year_of_the_story(self):
        # 1 December 2008 was a Monday, and so was 1 December 2025: "since 2008" leaves it open
        text = ("VELDA, Dec 1 (Newswire) - Bond yields rose on Monday to their highest since 2008. The "
                "central bank meets on December 18.")
        facts = digest(text)
        self.assertEqual(facts["published"], {"value": None, "source": None})
        self.assertEqual(found(text)["December 18"], None)
        self.assertEqual(digest("Exports have fallen since 2019. The next round of talks is on June 4.")["published"],
                         {"value": None, "source": None})

    def test_a_full_date_that_names_a_past_event_is_no_dateline(self):
        facts = digest("TOLMER: The court on Tuesday granted bail in cases of the May 9, 2023 riots. "
                       "It adjourned another case till December 15.")
        self.assertEqual(facts["published"]["value"], None)
        facts = digest("TOLMER, May 9, 2023: The court on Tuesday granted bail.")
        self.assertEqual(facts["published"]["value"], "2023-05-09")

    def test_the_end_of_a_reported_period_is_no_dateline(self):
        facts = digest("TOLMER: Velmar Bank on Wednesday reported a profit of Rs69bn for the nine months ended "
                       "September 30, 2025, up 8pc.")
        self.assertEqual(facts["published"], {"value": "2025", "source": "text"})
        self.assertEqual(found("TOLMER: Velmar Bank on Wednesday reported a profit of Rs69bn for the nine "
                               "months ended September 30, 2025.")["Wednesday"], None)
        facts = digest("TOLMER, September 30, 2025: Velmar Bank on Wednesday reported a profit.")
        self.assertEqual(facts["published"]["value"], "2025-09-30")

    def test_the_year_of_a_law_s_name_is_no_article_s_year(self):
        facts = digest("The court weighed the 1977 Velmar Emergency Powers Act on Wednesday. A ruling is expected "
                       "by June.")
        self.assertEqual(facts["published"]["value"], None)
        self.assertEqual({d["text"]: d["value"] for d in facts["dates"]}["June"], None)

    def test_a_plan_years_ahead_leaves_the_weekday_to_date_the_dateline(self):
        facts = digest("TOLMER, Dec 1 - The minister laid the foundation stone of the airport on Monday. It is "
                       "expected to open in 2029.")
        self.assertEqual(facts["published"]["value"], "2025-12-01")

    def test_years_only_foretold_put_the_dateline_before_them(self):
        facts = digest("ORSK, Dec 3 (Newswire) - Velmar Motors said on Wednesday it would build a plant that "
                       "will open in 2028 and make 90,000 cars a year by 2030.")
        self.assertEqual(facts["published"]["value"], "2025-12-03")


class TwoDaysAway(unittest.TestCase):
    def test_the_day_before_yesterday_and_the_day_after_tomorrow(self):
        dates = found("The minister visited Tolpur the day before yesterday and will return the day after tomorrow. "
                      "Day before yesterday, it rained.", "2026-12-05")
        self.assertEqual((dates["the day before yesterday"], dates["the day after tomorrow"],
                          dates["Day before yesterday"]), ("2026-12-03", "2026-12-07", "2026-12-03"))

    def test_the_day_before_an_event_is_no_date_of_its_own(self):
        self.assertEqual(found("The day before the vote, it rained in Tolpur.", "2026-12-05"), {})


class CenturiesOfRuns(unittest.TestCase):
    def test_a_batsman_s_52nd_century_is_no_date(self):
        self.assertEqual(found("Velkar hits 52nd century as Tolland win.", "2026-12-05"), {})

    def test_a_century_of_history_still_is(self):
        self.assertEqual(found("The fort dates from the 19th century.", "2026-12-05"), {"the 19th century": "18"})


class ADayForetoldOnceIsAheadEverywhere(unittest.TestCase):
    def test_a_headline_s_day_takes_the_year_of_the_same_day_foretold_in_the_story(self):
        facts = digest("Tolland finalises polling centres for March 5 vote\n\nThe vote is scheduled for March 5, "
                       "officials said.", "2026-12-04")
        self.assertEqual([(d["text"], d["value"]) for d in facts["dates"]],
                         [("March 5", "2027-03-05"), ("March 5", "2027-03-05")])

    def test_a_day_told_of_the_past_alone_stays_past(self):
        self.assertEqual(found("Tolland voted on March 5, officials said.", "2026-12-04"), {"March 5": "2026-03-05"})


class TheTenseOfTheClauseASayingReports(unittest.TestCase):
    def test_a_month_after_the_turn_of_the_year_in_a_reported_clause_is_next_year_s(self):
        self.assertEqual(found("The commission said the last date for withdrawal is January 20.", "2026-12-04"),
                         {"January 20": "2027-01-20"})

    def test_a_past_verb_in_the_reported_clause_still_tells_the_past(self):
        self.assertEqual(found("The commission said turnout fell on January 20.", "2026-12-04"),
                         {"January 20": "2026-01-20"})


class AnAveragesRate(unittest.TestCase):
    def test_annual_in_an_average_rate_is_no_date(self):
        self.assertEqual(found("Tolland's economy grew at an average annual rate of 5%, and its annual average "
                               "inflation was 3%.", "2026-12-04"), {})

    def test_an_annual_report_still_is(self):
        self.assertEqual(found("Velmar published its annual report.", "2026-12-04"), {"annual": "P1Y"})


class ATasksDeadline(unittest.TestCase):
    def test_the_day_by_which_a_task_set_is_to_be_done_lies_ahead(self):
        self.assertEqual(found("The authority was told to install 5,000 cameras in Tolpur by June 30.", "2026-12-04"),
                         {"June 30": "2027-06-30"})

    def test_a_day_by_which_something_was_done_is_past(self):
        self.assertEqual(found("The work in Tolpur was done by June 30.", "2026-12-04"), {"June 30": "2026-06-30"})

    def test_a_task_set_before_the_past_the_story_tells_is_past(self):
        self.assertEqual(found("Velmar had agreed to sell the unit by June 30.", "2026-12-04"),
                         {"June 30": "2026-06-30"})


class AWeekdayBeforeADayAndMonth(unittest.TestCase):
    def test_a_weekday_before_a_day_and_its_month_is_one_date(self):
        self.assertEqual(found("Ana Velkar was sworn in on Thursday, 20 November, in Tolpur.", "2025-11-21"),
                         {"Thursday, 20 November": "2025-11-20"})

    def test_with_no_date_of_the_story_the_weekday_picks_the_year_next_to_the_latest_told(self):
        self.assertEqual(found("Tolland grew in 2026. Ana Velkar was sworn in on Thursday, 20 November."),
                         {"2026": "2026", "Thursday, 20 November": "2025-11-20"})


class AMonthForetoldInTheHeadline(unittest.TestCase):
    def test_the_story_s_month_takes_the_headline_s_future_when_its_sentence_tells_no_past(self):
        facts = digest("Velspace to launch test flight in January\n\nThe Velmar Space Agency will launch the first "
                       "uncrewed orbital test flight of its long-delayed human spaceflight programme from Tolpur in "
                       "January, its chairman said on Thursday.", "2026-12-04")
        self.assertEqual([(d["text"], d["value"]) for d in facts["dates"]],
                         [("January", "2027-01"), ("January", "2027-01"), ("Thursday", "2026-12-03")])

    def test_a_month_its_own_sentence_tells_of_the_past_stays_past(self):
        facts = digest("Velspace to launch test flight in January\n\nFears have resurfaced for the first time since "
                       "the end of January.", "2026-12-04")
        self.assertEqual([(d["text"], d["value"]) for d in facts["dates"]][0], ("January", "2027-01"))
        self.assertEqual([d["value"] for d in facts["dates"] if d["start"] > 40], ["2026-01"])


class WhatIsExpectedByADate(unittest.TestCase):
    def test_what_is_expected_by_a_month_lies_ahead(self):
        self.assertEqual(found("Ana Velkar was appointed in 2022. A ruling is expected by the end of June.",
                               "2026-12-05"), {"2022": "2022", "June": "2027-06"})

    def test_what_was_expected_by_a_month_is_past(self):
        self.assertEqual(found("A ruling was expected by the end of June, Ana Velkar said.", "2026-12-05"),
                         {"June": "2026-06"})


class AHearingSetForADay(unittest.TestCase):
    def test_the_day_a_hearing_is_set_for_lies_ahead(self):
        self.assertEqual(found("Justice Ana Velkar said the petition raised weighty questions and set the hearing for "
                               "January 14.", "2026-12-05"), {"January 14": "2027-01-14"})

    def test_a_day_something_was_set_on_is_past(self):
        self.assertEqual(found("The fire was set on January 14, police said.", "2026-12-05"),
                         {"January 14": "2026-01-14"})


class TheLatestFiscalYear(unittest.TestCase):
    def test_a_firm_s_latest_or_most_recent_fiscal_year_is_the_last_one(self):
        for text, phrase in (("Velmar reported a loss for its most recent fiscal year.", "its most recent fiscal year"),
                             ("Sales rose in the latest fiscal year, Orsk said.", "the latest fiscal year")):
            self.assertEqual(found(text, "1989-10-26")[phrase], "1988", text)

    def test_a_firm_s_latest_or_most_recent_quarter_is_the_last_one(self):
        for text, phrase in (("Velmar's sales rose in its latest quarter.", "its latest quarter"),
                             ("Orsk's sales rose in the most recent quarter.", "the most recent quarter")):
            self.assertEqual(found(text, "1989-10-26")[phrase], "1989-Q3", text)


class TheDaysAhead(unittest.TestCase):
    def test_the_days_or_weeks_ahead_lie_ahead(self):
        self.assertEqual(found("More rain is expected in Velkot in the days ahead.", "2026-12-05")["the days ahead"],
                         "FUTURE_REF")


class TheWeekendOfAWeekendsPaper(unittest.TestCase):
    def test_a_saturday_paper_s_weekend_is_the_one_it_stands_in(self):
        # 2019-03-16 was a Saturday, in ISO week 11
        self.assertEqual(found("Volume doubled over the weekend.", "2019-03-16")["the weekend"], "2019-W11-WE")

    def test_a_weekday_paper_s_weekend_past_is_the_last_one(self):
        self.assertEqual(found("Volume doubled over the weekend.", "2019-03-13")["the weekend"], "2019-W10-WE")


class NepalsCalendar(unittest.TestCase):
    def test_a_bikram_sambat_date_is_a_date_of_no_gregorian_value(self):
        facts = digest("The vote is slated for Falgun 21, 2082 BS, and the list for Mangsir 5, officials said.",
                       "2026-12-05")
        self.assertEqual(([d["text"] for d in facts["dates"]], [d["value"] for d in facts["dates"]], facts["figures"]),
                         (["Falgun 21, 2082 BS", "Mangsir 5"], [None, None], []))
