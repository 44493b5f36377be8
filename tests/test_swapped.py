"""The seed article with other people, organisations, places, figures and dates swapped in.

If a rule only worked because a fact of the seed was written into the code, these fail.
"""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from digest import digest  # noqa: E402

SEED = os.path.join(os.path.dirname(__file__), "..", "seeds", "000_f69399a660d41165.txt")

SWAPS = [
    ("Anwar ul Haq Kakar", "Ximena Ortúzar Lagos"), ("Kakar", "Ortúzar"),
    ("Jan Achakzai", "Bongani Dlamini"), ("Achakzai", "Dlamini"),
    ("Tahreek-e-Taliban Pakistan", "Ejército de Liberación Nacional"), ("TTP", "ELN"),
    ("Geo News", "Radio Caracol"),
    ("Pakistan Institute for Conflict and Security Studies", "Observatory of Violence and Peace"),
    ("PICSS", "OVP"), ("Balochistan", "Cauca"), ("Khyber Pakhtunkhwa", "Nariño"),
    ("Islamabad", "Bogotá"), ("Kabul", "Caracas"), ("Pakistani", "Colombian"),
    ("Pakistan", "Colombia"), ("Afghanistan", "Venezuela"), ("Afghan", "Venezuelan"),
    ("79%", "12.5%"), ("60 percent", "three percent"), ("2,300", "950"),
    ("1.7 million", "2.9 million"), ("327,000", "88,000"), ("17,000", "1,200"),
    ("August 2021", "March 2018"), ("2007", "1964"), ("November 11", "May 2"),
    ("the last 40 years", "the last 6 years"), ("2023", "2019"),
]


class SwappedSeed(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(SEED, encoding="utf-8") as handle:
            text = handle.read()
        for old, new in SWAPS:
            text = text.replace(old, new)
        cls.facts = digest(text)

    def test_people(self):
        people = {p["name"]: p for p in self.facts["people"]}
        self.assertEqual(set(people), {"Ximena Ortúzar Lagos", "Bongani Dlamini"})
        self.assertEqual(people["Bongani Dlamini"]["role"], "Cauca caretaker Minister for Information")
        self.assertEqual(people["Ximena Ortúzar Lagos"]["mentions"], 3)

    def test_organisations(self):
        orgs = {o["name"]: o["acronym"] for o in self.facts["organisations"]}
        self.assertEqual(orgs["Ejército de Liberación Nacional"], "ELN")
        self.assertEqual(orgs["Observatory of Violence and Peace"], "OVP")
        self.assertTrue(any(name.endswith("Radio Caracol") for name in orgs), orgs)
        self.assertIn("UN", orgs)

    def test_places(self):
        places = {p["name"] for p in self.facts["places"]}
        self.assertEqual(places, {"Colombia", "Venezuela", "Bogotá", "Caracas", "Nariño", "Cauca",
                                  "United States"})

    def test_figures_and_dates(self):
        figures = {f["text"]: f["approx"] for f in self.facts["figures"]}
        self.assertEqual(figures, {"12.5%": None, "three percent": None, "950": "some",
                                   "2.9 million": None, "88,000": "more than", "1,200": "over"})
        dates = {d["text"]: d["value"] for d in self.facts["dates"]}
        for text, value in {"the first half of 2019": "2019-H1", "March 2018": "2018-03", "1964": "1964",
                            "May 2": "2019-05-02", "last year": "2018", "the last 6 years": "P6Y"}.items():
            self.assertEqual(dates.get(text), value, text)


if __name__ == "__main__":
    unittest.main()
