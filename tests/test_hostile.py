"""Hostile and random input: every pattern runs in linear time, and digest() never breaks.

The time limits here are generous on purpose: they catch a pattern that backtracks
(minutes, not seconds), not a slow machine.  Speed itself is measured by tests/bench.py.
"""
import json
import os
import random
import sys
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from digest import digest  # noqa: E402

SEED = os.path.join(os.path.dirname(__file__), "..", "seeds", "000_f69399a660d41165.txt")
SIZE = 200_000
BLOW_UP = 30.0  # seconds; a backtracking pattern takes far longer on these inputs


def repeat(piece, size=SIZE):
    return piece * (size // len(piece))


HOSTILE = {
    "initials": repeat("A. "),
    "titles": repeat("Mr. Dr. "),
    "hyphen chain": repeat("Ab-"),
    "commas": repeat("1,"),
    "dots": repeat("1."),
    "one long word": "a" * SIZE,
    "apostrophes": repeat("O'"),
    "capitalised words": repeat("Abc "),
    "words in capitals": repeat("ABC "),
    "straight quotes": '"' * SIZE,
    "curly quotes": "“" * SIZE,
    "date ranges": repeat("January 2020 to February "),
    "of chains": repeat("Bank of "),
    "small words inside names": repeat("Save the Doctors Without "),
    "particles": repeat("Ali ul "),
    "digits": "1" * SIZE,
    "money": repeat("$1 "),
    "percentages": repeat("5% "),
    "table row": "Abc " + repeat("1 ") + "x",
    "results table": repeat("Ravenhill 2 Stonebridge 1\nLAKESIDE 71 60 .542 3\nKingsport: Ravenhill 363\n"),
    "towns": repeat("Evanston, Ill., and "),
    "partnerships": repeat("Reid, Hart & Co., "),
    "ministries": repeat("Ministry of Tolk, ") + "and Velk",
    # names joined by "and" or "alias" into one run, which a look back over the whole run
    # made quadratic: twice the size, so that minutes show
    "bodies joined by and": repeat("Bank of Tolland and Bank of Velmar and ", 2 * SIZE),
    "a body and more bodies": "Ministry of Law and " + repeat("Velmar Justice Bank and ", 2 * SIZE),
    "aliases": repeat("Irfan Velkani alias Pappu alias ", 2 * SIZE),
    "aims joined by and the": repeat("Council for the Care of Tolland Birds and the ", 2 * SIZE),
    # an unlisted dateline town on every line, each once looked for in the whole text in lower
    # case: eight times the size, so that a minute shows
    "lines of unlisted datelines": repeat("VELKARA — Police said.\n", 8 * SIZE),
    # a first line in title case, each of whose names was looked for in the whole story after
    # it: sixteen times the size, so that a minute shows
    "a long title whose names the story never repeats": repeat("Velkar Tolmund and Orsk Delany met ", 2 * SIZE)
                                                        + "\n" + repeat("the rain fell on the town. ", 16 * SIZE),
    "town and state": repeat("Abc, "),
    "a list of ministers on one line": repeat("• Ana Ruiz – Finance, Home Affairs and Velmar Tarkon "),
    "brackets after names": repeat("Ana Tovar (Velmarco) Ana Ruiz's Lin Orsk "),
    "a calendar's months and fiscal labels": repeat("Falgun 21, 2082 BS Q3 FY26 the first nine months of 1989 "),
    "times and days": "March 5, 2024. " + repeat("Prices fell at 4pm. Talks were held on Monday. ", 300_000),
    "a copied page of date lines": "Share this article\n" + repeat("Abc Def\nMarch 5, 2024\n")
                                   + "The council in Tolpur voted on Monday to close the market, officials said.\n",
    # a line of a dozen pieces between pipes that ends in one: a menu's pattern tried every
    # way to share the spaces out before it failed
    "lines of pieces between pipes": "Share this article\n"
                                     + repeat("Monday, 30 November 2026 - 09:12 PM | By Ana Ruiz | Tolmer | Home | "
                                              "World | Sport | Opinion | Business | Tech | Velmar | Orsk | Tarvo | "
                                              "Kelso | Lindor | Varn |\n"),
}


# Hostile web pages: each must be read in linear time (the parser of the standard
# library looks again for the end of an unclosed "<" at every later character).
PAGE = "<!DOCTYPE html><html><body>"
HOSTILE_PAGES = {
    "5 MB of nested divs": PAGE + "<div>" * 1_000_000 + "<p>Mayor Ana Ruiz said on Friday.</p>",
    "unclosed tags": PAGE + repeat("<p><b><i>Some words ", 1_000_000),
    "end tags with no start": PAGE + repeat("</div></span>", 1_000_000),
    "unclosed end tags": PAGE + repeat("</", 500_000),
    "unclosed declarations": PAGE + repeat("<!", 500_000),
    "unclosed start tag": PAGE + "<div " + repeat('a="b" ', 500_000),
    "entity flood": PAGE + "<p>" + repeat("&amp;&#8217;&nbsp;&#x27;&bogus;", 1_000_000),
    "comment never closed": PAGE + "<!--" + "x" * 500_000,
    "metadata nested too deep": '<html><head><script type="application/ld+json">' + "[" * 200_000 + "]" * 200_000
                                + "</script></head><body><p>Mayor Ana Ruiz said on Friday.</p>",
}


class Hostile(unittest.TestCase):
    def test_each_hostile_page_finishes_without_a_trace(self):
        for name, page in HOSTILE_PAGES.items():
            with self.subTest(name):
                started = time.perf_counter()
                facts = digest(page)
                self.assertLess(time.perf_counter() - started, BLOW_UP)
                json.dumps(facts)
                self.assertNotIn("<div", facts["lead"][:200])
                if "Mayor Ana Ruiz" in page:  # what the page says is still read
                    self.assertIn("Ana Ruiz", [p["name"] for p in facts["people"]])

    def test_each_hostile_input_finishes_and_gives_sane_output(self):
        for name, text in HOSTILE.items():
            with self.subTest(name):
                started = time.perf_counter()
                facts = digest(text)
                self.assertLess(time.perf_counter() - started, BLOW_UP)
                json.dumps(facts)
                self.assertLessEqual(len(facts["summary"]), 3)

    def test_whole_article_on_one_line(self):
        with open(SEED, encoding="utf-8") as handle:
            line = handle.read().replace("\n", " ")
        text = repeat(line + " ", 2_000_000)
        started = time.perf_counter()
        facts = digest(text)
        self.assertLess(time.perf_counter() - started, BLOW_UP)
        self.assertIn("Anwar ul Haq Kakar", [p["name"] for p in facts["people"]])
        self.assertTrue(all(len(f["context"]) < 400 for f in facts["figures"]))


class Fuzz(unittest.TestCase):
    """Random, shuffled and mutated article text through digest(): no exception,
    JSON-serialisable output, and every reported figure and date is the article's text,
    as read (its no-break spaces plain), at the span reported."""

    def check(self, text):
        facts = digest(text)
        json.dumps(facts)
        article = facts["article"]
        for kind in ("figures", "dates"):
            for fact in facts[kind]:
                self.assertEqual(article[fact["start"]:fact["end"]], fact["text"])
        for quote in facts["quotes"]:
            self.assertIn(quote["text"].split()[0], article)

    def test_random_mutations_of_the_seed(self):
        with open(SEED, encoding="utf-8") as handle:
            seed = handle.read()
        words = seed.split(" ")
        rng = random.Random(20261125)
        alphabet = "AaZz09.,;:'’\"“”()-–$%£€ \n\t\u00a0éü"
        for trial in range(150):
            kind = rng.randrange(4)
            if kind == 0:
                shuffled = words[:]
                rng.shuffle(shuffled)
                text = " ".join(shuffled)
            elif kind == 1:
                chars = list(seed)
                for _ in range(rng.randrange(1, 200)):
                    chars[rng.randrange(len(chars))] = rng.choice(alphabet)
                text = "".join(chars)
            elif kind == 2:
                start = rng.randrange(len(seed))
                text = seed[start:start + rng.randrange(1, 400)]
            else:
                text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 600)))
            with self.subTest(trial=trial, kind=kind):
                self.check(text)

    def test_word_salad_from_the_rules_own_tables(self):
        """Words the rules care about, in random order: titles, demonyms, months, suffixes."""
        import digest as module
        vocabulary = (sorted(module.TITLE_WORDS) + sorted(module.COMPASS_WORDS) + sorted(module.MONTHS)
                      + sorted(module.WEEKDAYS) + sorted(module.ORGANISATION_WORDS)[:60]
                      + sorted(module.GIVEN_NAMES)[:60] + sorted(module.PLACES)[:200:3]
                      + ["of", "for", "and", "the", "ul", "bin", "-", ",", ".", "(TTP)", "said", "in",
                         "1999", "2,300", "45,", "79%", "last", "year", "ago", "“", "”", "&", "Co.", "Ill.",
                         "\n", "AT", "v", "3", "12-1", ":", "M.D.", "Jr.,", "Inc.", "-based", "e-"])
        rng = random.Random(7)
        for trial in range(300):
            text = " ".join(rng.choice(vocabulary) for _ in range(rng.randrange(1, 60)))
            with self.subTest(trial=trial):
                self.check(text)

    def test_lines_of_a_page_in_random_order(self):
        """A copied page's furniture, dates, bylines, headlines and prose, shuffled: the page
        reader's looks above and below the story keep inside the lines."""
        pool = ["Home", "World", "Share", "Copy Link", "0", "10:42 PM", "11.05 GMT", "By Ana Ruiz", "Ana Ruiz",
                "Published December 4, 2026", "Updated on: Dec 05, 2026 06:32 pm IST", "Trending Topics",
                "Related News", "Key Points", "Comments (12)", "News / World / Floods hit Tolmer", "Floods hit Tolmer",
                "", "The council voted on Monday to close the market after three days of protests, officials said.",
                "Floods hit Tolmer as river breaches banks", "Advertisement", "Read more:", "list of 4 items",
                "end of list", "Getty Images", "© 2026 The Courier. All rights reserved.", "Tags: Tolmer, floods",
                "TOLMER (AP) — Police said three men were held.", "Short line.",
                "Velk Ormandy, 52, said the plan was sound and would be finished within the year."]
        rng = random.Random(20261205)
        for trial in range(300):
            text = "\n".join(rng.choice(pool) for _ in range(rng.randrange(1, 25)))
            with self.subTest(trial=trial):
                self.check(text)

    def test_empty_and_blank(self):
        for text in ("", " ", "\n\n", "."):
            facts = digest(text)
            self.assertEqual(facts["people"], [])
            self.assertEqual(facts["summary"], [])


if __name__ == "__main__":
    unittest.main()
