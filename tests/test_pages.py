"""Articles as people bring them: web pages in the shapes news sites use, and the same
stories copied from a browser window.  Every story, name and site here is invented."""
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from digest import article_of, digest, is_furniture  # noqa: E402

SCRIPT = os.path.join(os.path.dirname(__file__), "..", "digest.py")

STORY = [
    "NAIROBI - Kenya's Water Minister, Amina Odhiambo, said on Tuesday that the Velmont River Authority "
    "would spend $40 million on new dams in the next two years.",
    "Odhiambo told reporters in Nairobi that rainfall had fallen by 30% since 2019, leaving about "
    "1.2 million people short of clean water.",
    "The Velmont River Authority said in a statement that work would begin in March.",
]
TITLE = "Kenya Plans New Dams as Rains Fail"
FURNITURE_NAMES = ("Gerald Pinkerton", "Lena Marsh", "Harbour Ledger", "Cookie Policy", "Image Credit",
                   "Related Posts", "Tolland", "Corvale", "Rosen")
RELATED = ("<li><a href='/a'>Corvale Council Backs Tolland Bridge Plan</a></li>"
           "<li><a href='/b'>Dr. Anika Rosen Wins Harbour Science Prize</a></li>")
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in STORY)

WIRE_STORY = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{TITLE} | The Harbour Ledger</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@graph": [{{"@type": "WebSite",
"name": "The Harbour Ledger"}}, {{"@type": "NewsArticle", "headline": "{TITLE}",
"datePublished": "2024-03-05T09:30:00+03:00", "author": [{{"@type": "Person", "name": "Maria Okafor"}}]}}]}}</script>
<script>var teaser = "President Gerald Pinkerton said on Monday that talks had failed.";</script>
<style>p {{ color: black }}</style></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<header><div class="logo">The Harbour Ledger</div></header>
<main><article><h1>{TITLE}</h1><div class="byline">By Maria Okafor, Senior Correspondent</div>
<div class="share-bar"><a>Facebook</a><a>Twitter</a></div>
<figure><img src="dam.jpg"><figcaption>A dry riverbed near Tolland. Image Credit: Lena Marsh</figcaption></figure>
<div class="article-body">{PARAGRAPHS}</div></article>
<aside class="related"><h3>Related Posts</h3><ul>{RELATED}</ul></aside></main>
<footer><p>&copy; 2024 The Harbour Ledger. All rights reserved.</p><a href="/c">Cookie Policy</a></footer>
</body></html>"""

NATIONAL_DAILY = f"""<!doctype html><html lang="en"><head>
<meta property="og:title" content="{TITLE} - Daily Courier">
<meta property="og:site_name" content="Daily Courier"><meta name="author" content="Li Wei">
<meta property="article:published_time" content="2024-03-05T05:00:00Z"></head>
<body><div id="top-menu"><a>Home</a> <a>Politics</a></div><div id="page"><div class="col-main">
<h1 class="headline">{TITLE}</h1><span class="author-name">Li Wei</span>
<div class="story">{PARAGRAPHS}</div><div class="tags">Tags: <a>Tolland</a> <a>water</a></div></div>
<div class="sidebar"><h3>Most Read</h3><ol>{RELATED}</ol></div></div>
<div class="comments"><p>Great piece, Gerald Pinkerton, but what about Corvale?</p></div></body></html>"""

REGIONAL_SITE = f"""<html><head><title>{TITLE} - Corvale Regional News</title></head><body>
<div class="wrapper"><h1>{TITLE}</h1><p class="meta">Posted <time datetime="2024-03-05">March 5, 2024</time>
by <a rel="author" href="/staff/tomas">Tomas Ruiz</a></p>
<div class="content">{"".join(f'<div class="para"><p>{p}</p></div>' for p in STORY)}</div>
<div class="newsletter"><p>Sign up for our morning newsletter from Corvale, every weekday.</p></div>
</div><p>Copyright 2024 Corvale Regional News</p></body></html>"""

BLOG = f"""<html><body><div id="head"><a>Home</a> | <a>About</a> | <a>Archive</a></div>
<div id="post"><h2>{TITLE}</h2><p>Published March 5, 2024</p>{PARAGRAPHS}<p>Share this article</p></div>
<div id="foot"><p>Copyright 2024 Northgate Notes</p></div></body></html>"""

COPIED = "\n".join(["Skip to content", "Home | World | Business | Sport", "The Harbour Ledger", TITLE,
                    "By Maria Okafor, Senior Correspondent", "Published March 5, 2024", "Share this article",
                    "Facebook", "Image Credit: Lena Marsh/Ledger"] + STORY
                   + ["Advertisement", "Related Posts", "Corvale Council Backs Tolland Bridge Plan",
                      "Dr. Anika Rosen Wins Harbour Science Prize", "Sign up for our newsletter",
                      "© 2024 The Harbour Ledger. All rights reserved.", "Cookie Policy | Privacy Policy"])

# A broadcaster's page copied whole: a menu one item a line, a breadcrumb, a standfirst,
# a date line twice, share buttons, a source line and a list of other stories.
COPIED_BROADCASTER = "\n".join(
    ["Skip links", "Skip to Content", "play", "Live", "Show navigation menu", "Navigation menu", "News",
     "Middle East", "Africa", "Asia", "Close navigation menu", "News|Floods", TITLE,
     "Work on three dams will start in March, as millions of homes face cuts, the minister says.",
     "Published On 5 Mar 2024", "5 Mar 2024", "Click here to share on social media", "share2", "Save"]
    + STORY + ["Source: Harbour Ledger and news agencies", "Advertisement", "Keep reading", "list of 2 items",
               "list 1 of 2", "Corvale council backs Tolland bridge plan", "list 2 of 2",
               "Dr Anika Rosen wins harbour science prize", "end of list"])

PAGES = {"wire story": (WIRE_STORY, "Maria Okafor"), "national daily": (NATIONAL_DAILY, "Li Wei"),
         "regional site": (REGIONAL_SITE, "Tomas Ruiz"), "blog": (BLOG, None),
         "copied text": (COPIED, "Maria Okafor"), "copied broadcaster": (COPIED_BROADCASTER, None)}


def digest_file(data, suffix):
    """The JSON digest of a file holding `data`, by the command line."""
    with tempfile.NamedTemporaryFile("wb", suffix=suffix, delete=False) as handle:
        handle.write(data)
    try:
        result = subprocess.run([sys.executable, SCRIPT, "--json", handle.name], capture_output=True, timeout=120)
    finally:
        os.unlink(handle.name)
    return json.loads(result.stdout)


def roles(facts):
    return [(p["name"], p["role"]) for p in facts["people"]]


def names(facts, kind):
    return [entity["name"] for entity in facts[kind]]


class Pages(unittest.TestCase):
    def test_each_page_gives_its_title_byline_date_and_the_story_facts(self):
        for shape, (page, author) in PAGES.items():
            with self.subTest(shape):
                facts = digest(page)
                self.assertEqual(facts["title"], TITLE)
                self.assertEqual(facts["byline"], author)
                self.assertEqual(facts["published"], {"value": "2024-03-05", "source": "metadata"})
                self.assertTrue(facts["lead"].startswith(("NAIROBI - Kenya's Water Minister", "Work on three dams")),
                                facts["lead"])
                self.assertIn("Amina Odhiambo", names(facts, "people"))
                self.assertIn("Velmont River Authority", names(facts, "organisations"))
                self.assertIn("Nairobi", names(facts, "places"))
                self.assertIn("$40 million", [f["text"] for f in facts["figures"]])
                self.assertIn("2024-03", [d["value"] for d in facts["dates"]])  # "in March"

    def test_a_byline_block_whose_spans_run_together_is_no_part_of_the_story(self):
        page = ('<html><head><title>Storm hits Tolland</title><script type="application/ld+json">'
                '{"@type":"NewsArticle","headline":"Storm hits Tolland","datePublished":"2026-12-03T07:12:45Z",'
                '"author":[{"@type":"Person","name":"Velan Morgan"}]}</script></head><body><article>'
                '<h1>Storm hits Tolland</h1><div class="byline"><span>Velan Morgan</span><span>Courier Tolland'
                '</span></div><p>More than 20,000 homes in Tolland are without power after the storm, officials '
                'said.</p><p>First Minister Eluned Velk urged people to keep off the beaches.</p>'
                '</article></body></html>')
        facts = digest(page)
        self.assertTrue(facts["lead"].startswith("More than 20,000 homes"), facts["lead"])
        self.assertEqual([(p["name"], p["role"]) for p in facts["people"]], [("Eluned Velk", "First Minister")])

    def test_spans_side_by_side_are_two_pieces_and_a_signed_date_under_the_standfirst_is_the_byline(self):
        page = ('<html><head><title>Strikes hit Tolmer | Courier</title><meta property="article:published_time" '
                'content="2026-12-04T10:05:00Z"></head><body><main><h1>Strikes hit Tolmer</h1>'
                '<p class="subhead">Health officials say at least 33 people were killed, including children, in the '
                'deadliest day since the truce.</p><div class="article-info"><span>By <a>Velan Humsa</a></span>'
                '<span>Published On 4 Dec 2026</span><span>4 Dec 2026</span></div>'
                '<p>Air strikes have killed at least 33 people across Tolmer, according to the health ministry.</p>'
                '<p>Foreign Minister Badr Velkati spoke with envoys on Wednesday, officials said.</p></main></body></html>')
        facts = digest(page)
        self.assertEqual(facts["byline"], "Velan Humsa")
        self.assertEqual(names(facts, "people"), ["Badr Velkati"])
        self.assertNotIn("20264", [f["text"] for f in facts["figures"]])

    def test_the_headline_is_part_of_the_story(self):
        for shape, (page, author) in PAGES.items():
            with self.subTest(shape):
                facts = digest(page)
                kenya = next(p for p in facts["places"] if p["name"] == "Kenya")
                starts = [start for start, _ in kenya["spans"]]
                self.assertEqual(facts["article"][starts[0]:starts[0] + 5], "Kenya")
                self.assertTrue(facts["article"].startswith(TITLE), shape)  # "Kenya Plans New Dams ..."
                self.assertFalse(facts["lead"].startswith(TITLE), facts["lead"])

    def test_nothing_of_the_page_around_the_story_is_a_fact(self):
        for shape, (page, _) in PAGES.items():
            with self.subTest(shape):
                facts = digest(page)
                found = json.dumps({k: facts[k] for k in ("people", "organisations", "places", "figures",
                                                          "dates", "quotes", "summary", "lead")})
                for furniture in FURNITURE_NAMES + ("Okafor", "Li Wei", "Tomas Ruiz", "&copy;", "<", "Middle East",
                                                    "Asia", "Floods", "share2"):
                    self.assertNotIn(furniture, found)

    def test_a_page_inside_one_form_or_one_furniture_class_keeps_its_story(self):
        for opening, closing in (('<body class="has-ads"><form id="mainForm" method="post">', "</form></body>"),
                                 ('<body><div class="layout with-sidebar"><header>', "</header></div></body>")):
            page = (f"<html><head><title>{TITLE}</title></head>{opening}<nav><a>Home</a><a>World</a></nav>"
                    f"<div class='story'>{PARAGRAPHS}</div><aside class='related'><ul>{RELATED}</ul></aside>"
                    f"{closing}</html>")
            facts = digest(page)
            with self.subTest(opening):
                self.assertIn("Amina Odhiambo", names(facts, "people"))
                self.assertNotIn("Anika Rosen", json.dumps(facts))

    def test_paragraphs_each_in_a_div_of_their_own_stay_together(self):
        long = " ".join(STORY[1:] * 4)
        page = ("<html><body><div class='content'><div class='para'><p>By Chanda Mwale</p></div>"
                "<div class='para'><p>NAIROBI 2024-03-05</p></div>"
                f"<div class='para'><p>{STORY[0]}</p></div><div class='para'><p>{long}</p></div></div></body></html>")
        facts = digest(page)
        self.assertTrue(facts["lead"].startswith("NAIROBI"), facts["lead"])
        self.assertIn("Nairobi", names(facts, "places"))

    def test_a_page_longer_than_a_block(self):
        filler = "<ul class='related'>" + "<li><a href='/x'>Corvale Council Backs Tolland Bridge Plan</a></li>" * 6000
        record = digest_file((WIRE_STORY.replace("<footer>", filler + "</ul><footer>")).encode("utf-8"), ".html")
        self.assertEqual((record["title"], record["published"]["source"]), (TITLE, "metadata"))
        self.assertIn("Amina Odhiambo", [p["name"] for p in record["people"]])
        self.assertNotIn("Tolland", json.dumps(record["places"]))
        long_story = WIRE_STORY.replace(PARAGRAPHS, PARAGRAPHS * 800)  # longer than a block
        record = digest_file(long_story.encode("utf-8"), ".html")
        self.assertEqual(record["title"], TITLE)
        self.assertEqual(next(p for p in record["people"] if p["name"] == "Amina Odhiambo")["mentions"], 1600)

    def test_the_given_date_wins_over_the_page(self):
        facts = digest(WIRE_STORY, date="2024-04-01")
        self.assertEqual(facts["published"], {"value": "2024-04-01", "source": "option"})

    def test_html_is_known_by_its_content_not_its_name(self):
        record = digest_file(NATIONAL_DAILY.encode("utf-8"), ".txt")
        self.assertEqual((record["title"], record["byline"]), (TITLE, "Li Wei"))
        self.assertNotIn("<", record["lead"])

    def test_a_page_declaring_windows_1252_is_read_in_it(self):
        page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
                '</head><body><article><p>The mayor of Quito, Jos\u00e9 Pe\u00f1a, said on Friday that the '
                '\u201cnew plan\u201d would cost $3 million over the next five years.</p></article></body></html>')
        record = digest_file(page.encode("cp1252"), ".html")
        self.assertIn("Jos\u00e9 Pe\u00f1a", [p["name"] for p in record["people"]])
        self.assertIn("\u201cnew plan\u201d", record["lead"])

    def test_a_post_embedded_from_a_social_network_is_no_part_of_the_story(self):
        page = ('<html><body><article><h1>Tolland and the fund agree on a loan</h1>'
                '<p>TOLLAND: Tolland and the fund reached an agreement on Wednesday on a loan of $7 billion.</p>'
                '<blockquote class="twitter-tweet"><p>Great news for Tolland!</p>&mdash; Ana Ruiz (@anaruiz) '
                '<a href="#">October 15, 2026</a></blockquote>'
                '<p>The loan still needs the approval of the fund\'s board, officials said.</p></article></body></html>')
        facts = digest(page)
        self.assertEqual(facts["people"], [])
        self.assertEqual([d["text"] for d in facts["dates"]], ["Wednesday"])

    def test_a_page_that_is_all_navigation_gives_an_empty_digest(self):
        page = "<html><body><nav>" + "".join(f"<a href='/{n}'>{n}</a>" for n in ("Home", "World", "Sport")) \
               + "</nav><ul><li><a href='/x'>Corvale Council Backs Tolland Bridge Plan</a></li></ul></body></html>"
        facts = digest(page)
        self.assertEqual((facts["lead"], facts["people"], facts["places"]), ("", [], []))

    def test_a_script_that_reads_like_an_article_is_no_story(self):
        page = ("<html><head><script>" + "President Gerald Pinkerton said on Monday that talks had failed. " * 50
                + "</script></head><body><p>Short.</p></body></html>")
        self.assertEqual(digest(page)["people"], [])


    def test_a_date_and_writer_in_a_meta_line_and_a_writers_note_that_is_no_byline(self):
        page = ("<html><head><title>Council delays vote - Tolmer Courier</title></head><body>"
                "<h1>Council delays vote</h1>"
                "<div class='post-meta'>Courier Correspondent | Tolmer | Published: 04 Dec 2026, 08:15 AM</div>"
                "<div class='post-content'><p>TOLMER, Dec 4 - The city council on Wednesday delayed a vote on "
                "the water tax, officials said.</p><p>Mayor Ana Velk said the vote would be held on Monday.</p></div>"
                "<div class='author-box'><p>Courier Correspondent covers politics for the Tolmer Courier.</p></div>"
                "</body></html>")
        facts = digest(page)
        self.assertEqual((facts["byline"], facts["published"]["value"]), ("Courier Correspondent", "2026-12-04"))
        self.assertEqual({d["text"]: d["value"] for d in facts["dates"]}["Wednesday"], "2026-12-02")


class CopiedText(unittest.TestCase):
    def test_furniture_lines(self):
        for line in ("Share this article", "Read more: Corvale council approves budget", "Related Posts",
                     "Sign up for our morning newsletter", "Cookie Policy", "© 2024 The Daily Courier",
                     "Photo: J. Ruiz/Courier", "Updated 3 hours ago", "4 min read", "Advertisement",
                     "Home | World | Business | Sport", "Tags: farming, water, Tolland", "Follow us on Telegram",
                     "Reporting by Ana Ruiz; Editing by Li Wei", "Tomas Ruiz in Corvale contributed to this report.",
                     "Facebook  Twitter  WhatsApp  Email", "Share | Tweet | Copy link", "Home / News / World",
                     "Crowds at the gate. (Courier Photo by Ana Ruiz)", "Story continues below this ad",
                     "Ana Ruiz is a Senior Correspondent with The Courier. She covers farming.",
                     "Explore more on these topics", "Reuse this content",
                     "— Ana Ruiz (@anaruiz) October 15, 2026", "Great day for Tolland! pic.twitter.com/x7Yq2",
                     "Advertisement - Scroll to continue", "Edited by: Ana Ruiz", "(With inputs from PTI)",
                     "Trending Topics", "Read Full Story", "Don't miss", "WATCH: Ana Ruiz on the vote",
                     "Catch all the Business News, Market News and Latest News Updates on the Courier.",
                     "Get Latest Updates on Tolland News", "Disclaimer: The views expressed are the author's own.",
                     "(This story has not been edited by Courier staff and is auto-generated from a feed.)",
                     "Crowds at the gate on Monday. | Photo Credit: Ana Ruiz", "Courier Photo: Lin Tovar",
                     "COMMENTS (2)", "Like Business on Facebook, follow @CourierBiz on Twitter to stay informed.",
                     "Navigate to news section", "Also Read | Court hears the case", "The Courier - Back to home",
                     "Home / Tolland News", "Home » Business", "Related topics",
                     "Get the latest lifestyle updates on the Courier, along with festive wishes!",
                     "Lin Tovar/Tolland Courier/AP", "Ana Ruiz / Velmar News",
                     "Item 1 of 2 Workers at a mill in Tolpur, March 7, 2024. REUTERS/Ana Ruiz/File Photo",
                     "[1/2]Workers at a mill in Tolpur. REUTERS/Ana Ruiz Purchase Licensing Rights, opens new tab",
                     "Copyright 2026 The Tolland Courier. All Rights Reserved. This material may not be published, "
                     "broadcast, rewritten or redistributed without permission.",
                     "Follow the Courier's coverage of the floods at https://courier.example/hub/floods",
                     "Representative image", "(Representational image)", "File photo", "Edited By: Ana Ruiz",
                     "For the latest news, follow us on Velmar News", "Read Time: 3 mins", "Recommended Videos",
                     "Copy URL", "Share via", "Sponsored by Velmar", "Read Full Article", "Story continues",
                     "Top Headlines", "Add as a preferred source on Google",
                     "Download The Tolland Courier App to get Daily Market Updates.",
                     "Trending Topics: Velmar today, Gold rate, IPO news",
                     "Follow Courier Business on X, LinkedIn, Instagram and Facebook for insights on business, "
                     "finance and tech from Tolland and across the globe.",
                     "Our Standards: The Courier Trust Principles., opens new tab", "Purchase Licensing Rights",
                     "Suggested Topics:", "+ Text Size", "AA", "Medium", "SEO Keywords: Velmar Party, polls",
                     "Key Points", "Tolland > Crime & Justice", "FOR IMMEDIATE RELEASE", "About Velmar Pharmaceuticals",
                     "Media Contact:", "###", "Key Events"):
            self.assertTrue(is_furniture(line), line)

    def test_story_lines_are_no_furniture(self):
        for line in ("More than 300 people were moved from their homes.", "See you in court, she said.",
                     "Voters must register by March 5.", "Home prices rose by 4% in May.",
                     "Share prices fell in Karachi on Monday.", "Following the vote, the council met again.",
                     "Facebook and Twitter removed the posts.", "Ana Ruiz is a reporter who was held for a week.",
                     "The vote was 12 / 9 in favour.", "Crowds at the gate (pictured) cheered.",
                     "The minister - who spoke (in Tolland) - left.", "Get the latest figures, she said.",
                     "Watch the video of the vote, Ana Ruiz said.", "Home to 3,000 people, the town flooded.",
                     "Story continues to grow as the council meets.", "For the latest figures, the council waits.",
                     "Followers of the sect met on Friday, and many posted on Facebook.",
                     "Large crowds gathered in Tolpur.", "Keywords matter to search engines, she said.",
                     "About 40 people died in Tolmer.", "About Velmar, little is known."):
            self.assertFalse(is_furniture(line), line)

    def test_a_plain_article_comes_back_as_it_is(self):
        text = "CRICKET - CORVALE WIN.\nLONDON 2024-03-05\nCorvale beat Tolland by six wickets.\nScores: 212, 213-4\n"
        self.assertEqual(article_of(text).text, text)
        self.assertIsNone(article_of(text).title)

    def test_a_results_table_copied_from_a_page_is_kept(self):
        table = ["1. Amina Odhiambo (Kenya) 2:21.05", "2. Ruth Lindqvist (Sweden) 2:21.40",
                 "3. Mei Tanaka (Japan) 2:22.13", "4. Ana Ruiz (Spain) 2:22.50", "5. Ida Berg (Norway) 2:23.00",
                 "6. Zainab Bello (Nigeria) 2:23.41", "7. Sofia Conti (Italy) 2:24.02"]
        page = "\n".join(["Home | World | Sport | Results", "Share this article"] + table
                         + ["Related Posts", "Corvale Council Backs Tolland Bridge Plan"])
        self.assertEqual(article_of(page).text, "\n".join(table))

    def test_a_short_results_table_is_kept_in_a_page_and_in_copied_text(self):
        table = ["CRICKET - TOLLAND LEAGUE RESULTS", "Corvale 212 Tolland 180", "Harwick 145 Velmont 146",
                 "Ardloch 99 Kestrel 101"]
        copied = "\n".join(["Home | World | Sport", "Share this article"] + table + ["Related Posts"])
        page = ("<html><body><nav><a href='/'>Home</a></nav><article>" + "".join(f"<p>{row}</p>" for row in table)
                + "</article><footer>© 2024 The Daily Courier</footer></body></html>")
        for text in (copied, page):
            self.assertIn("Harwick 145 Velmont 146", article_of(text).text)

    def test_copied_links_with_no_figures_are_no_story(self):
        text = "\n".join(["Home | World | Sport", "Share this article", "Council backs bridge plan",
                          "Floods close schools", "Related Posts"])
        self.assertEqual(article_of(text).text, "")

    def test_a_byline_is_the_author_not_a_person_of_the_story(self):
        facts = digest(COPIED)
        self.assertEqual(facts["byline"], "Maria Okafor")
        self.assertNotIn("Maria Okafor", names(facts, "people"))

    def test_a_live_pages_headings_give_way_to_its_sentences_in_the_summary(self):
        page = "\n".join(["Tolland election results LIVE: Velmar Alliance heads for landslide",
                          "Updated: Nov 14, 2026, 18:42 IST", "17:55 IST",
                          "EC: Velmar Alliance leads in 201 of 243 seats",
                          "The commission's trends show the Velmar Alliance ahead in 201 seats, with the Orsk Party "
                          "leading in 90.",
                          "17:20 IST", "Ravi Velkan retains Tolpur",
                          "Opposition leader Ravi Velkan has kept the Tolpur seat by 14,532 votes, the commission said.",
                          "16:45 IST", "Prime Minister Ana Velkova thanked the voters of Tolland on Friday.",
                          "15:10 IST", "The Tarvo Party has failed to win a single seat so far, its leader said."])
        facts = digest(page)
        self.assertEqual([s.split()[0] for s in facts["summary"]], ["Opposition", "Prime", "The"])

    def test_a_desk_byline_with_its_town_is_the_byline_not_a_summary_line(self):
        for desk, byline in (("Staff Correspondent, Velganj", "Staff Correspondent"), ("Web Desk", "Web Desk")):
            page = "\n".join(["Home | National | Sports", "Flood toll rises to 45 in Velganj", desk,
                              "The death toll from floods in Velganj rose to 45 on Saturday, officials said.",
                              "More than 1.5 million people were marooned in four districts, the commissioner said.",
                              "The army has been deployed to assist rescue operations."])
            facts = digest(page)
            self.assertEqual(facts["byline"], byline)
            self.assertNotIn(desk, facts["summary"] + [facts["lead"]])

    def test_a_named_writers_rank_is_no_desk(self):
        page = "\n".join(["Home | National | Sports", "Flood toll rises to 45 in Velganj", "Senior Correspondent, Ana Velkova",
                          "The death toll from floods in Velganj rose to 45 on Saturday, officials said.",
                          "The army was deployed to help rescue work, the commissioner said."])
        self.assertNotEqual(digest(page)["byline"], "Senior Correspondent")

    def test_the_author_and_the_date_on_one_line(self):
        for signed in ("Zorvan Afridi | November 12, 2026", "Zorvan Afridi November 12, 2026"):
            page = "\n".join(["Home | World | Sport", "Tolland flood toll rises as rains lash north", signed,
                              "The death toll from floods in Tolland rose to 48 on Thursday, officials said.",
                              "Related Posts"])
            facts = digest(page)
            self.assertEqual((facts["byline"], facts["published"]["value"]), ("Zorvan Afridi", "2026-11-12"))
            self.assertTrue(facts["lead"].startswith("The death toll"), facts["lead"])
            self.assertNotIn("Zorvan Afridi", names(facts, "people"))

    def test_a_name_alone_by_the_date_line_is_the_byline(self):
        page = "\n".join(["Home", "Latest", "Sport", "Tolland flood toll rises as rains lash north", "Zorvan Afridi",
                          "Published November 12, 2026", "Share this article",
                          "The death toll from floods in Tolland rose to 48 on Thursday, officials said."])
        facts = digest(page)
        self.assertEqual(facts["byline"], "Zorvan Afridi")
        self.assertEqual(facts["published"]["value"], "2026-11-12")
        self.assertNotIn("Zorvan Afridi", names(facts, "people"))

    def test_no_date_from_a_year_the_text_speaks_of_in_the_future(self):
        facts = digest("The Velmont River Authority said on Monday that the dams would be finished by 2031. "
                       "Work began in 2023.")
        self.assertEqual(facts["published"]["value"], "2023")

    def test_a_caption_under_a_lone_credit_and_a_writer_above_a_job_and_a_place(self):
        page = "\n".join(["Skip to main content", "Home", "News", "Sport", "Envoys meet Velmar in Orskgrad",
                          "2 hours ago", "Share", "Velan Rostova", "Tolland editor, Orskgrad", "Getty Images",
                          "Velmar met the envoys in Orskgrad on Tuesday evening, when 70 people protested",
                          "Envoys held five hours of talks with President Arvid Velmar in Orskgrad, officials said "
                          "on Wednesday.", "Related topics"])
        facts = digest(page)
        self.assertEqual((facts["title"], facts["byline"]), ("Envoys meet Velmar in Orskgrad", "Velan Rostova"))
        self.assertTrue(facts["lead"].startswith("Envoys held five hours"), facts["lead"])
        self.assertEqual(facts["figures"], [])

    def test_a_date_run_into_its_time_and_a_menus_label_of_four_words(self):
        page = "\n".join(["Courier", "World News", "Politics", "Courier Buyline Personal Finance", "My Account",
                          "World News", "Tolland's economy grows 8.2% in July-September", "By LIN TOVARSKA",
                          "December 1, 20263:45 PM GMT+5:30Updated 2 days ago", "Share",
                          "VELKARA, Dec 1 (Courier) - Tolland's economy grew 8.2% in the July-September quarter, "
                          "which was the fastest pace in a year, and it beat what was forecast, the data showed.",
                          "Reporting by Lin Tovarska"])
        facts = digest(page)
        self.assertEqual((facts["title"], facts["byline"], facts["published"]["value"]),
                         ("Tolland's economy grows 8.2% in July-September", "Lin Tovarska", "2026-12-01"))

    def test_no_break_spaces_and_invisible_characters_of_copied_text_read_as_plain_text(self):
        text = ("TOLPUR: Finance Minister\u00a0Ana Velrani said on\u00a0Friday that Rs\u00a05,000 crore would go to "
                "the Tolpur\u00a0Police. Prime Minister Lin\u200b Velsharif agreed, and 40\u00a0per cent of the "
                "anti\u00adgraft budget was cut.")
        facts = digest(text)
        self.assertEqual(roles(facts), [("Ana Velrani", "Finance Minister"), ("Lin Velsharif", "Prime Minister")])
        self.assertEqual(names(facts, "organisations"), ["Tolpur Police"])
        self.assertEqual([f["text"] for f in facts["figures"]], ["Rs 5,000 crore", "40 per cent"])
        self.assertIn("anti" + "graft", facts["article"])

    def test_a_page_title_inside_the_story_s_first_line_is_not_read_twice(self):
        page = ("<html><head><title>CRICKET - VELMAR TAKE OVER AT TOP AFTER INNINGS VICTORY. | Velnews</title></head>"
                "<body><article><p>CRICKET - VELMAR TAKE OVER AT TOP AFTER INNINGS VICTORY.</p>"
                "<p>All-rounder Ana Velkan took four for 38 on Friday as Velmar beat Orskshire by an innings and 39 "
                "runs in two days to take over at the head of the county championship.</p></article></body></html>")
        facts = digest(page)
        self.assertEqual(facts["title"], "VELMAR TAKE OVER AT TOP AFTER INNINGS VICTORY.")
        self.assertEqual((names(facts, "organisations"), facts["places"]), (["Velmar", "Orskshire"], []))

    def test_a_story_of_one_table_line_is_kept_though_the_menu_has_more_lines(self):
        rates = ("PRIME RATE: 10 1/2%. FEDERAL FUNDS: 8 3/4% high, 8 1/2% low, 8 5/8% near closing bid. "
                 "DISCOUNT RATE: 7%. CALL MONEY: 9 3/4% to 10%. TOLLAND BANK CERTIFICATES: 8.05% one month; "
                 "8.02% two months; 8% three months; 7.98% six months.")
        page = "\n".join(["Skip to content", "Home", "World", "Business", "Sport", "Rates in brief",
                          "Published 2026-12-04", "Share", rates, "Related Posts", "Markets close higher on Friday",
                          "© 2026 Velnews. All rights reserved."])
        facts = digest(page)
        self.assertEqual([f["text"] for f in facts["figures"]][:3], ["10 1/2%", "8 3/4%", "8 1/2%"])

    def test_a_name_above_the_writer_s_outlet_and_town_is_the_byline(self):
        page = "\n".join(["Skip to content", "Home", "News", "Sport",
                          "Velmar election: Opposition claims victory", "2 hours ago", "Share", "Save",
                          "Ana Velkova", "Tolland News, Tolpur", "Image source, Velpix",
                          "The opposition in Velmar has claimed victory in Thursday's election, with partial "
                          "results giving its leader, Tarvo Orskovic, a clear lead.",
                          "The election commission said turnout was 61%, the highest since 2012."])
        facts = digest(page)
        self.assertEqual((facts["title"], facts["byline"]), ("Velmar election: Opposition claims victory",
                                                             "Ana Velkova"))
        self.assertEqual(names(facts, "people"), ["Tarvo Orskovic"])

    def test_a_date_joined_to_its_time_by_at_dates_the_page(self):
        page = "\n".join(["Skip to content", "The Velmar Times", "Subscribe", "World",
                          "Tolland court jails former minister for graft", "By Ana Velrahman",
                          "December 4, 2026 at 3:15 p.m. GMT+6", "Listen", "3 min", "Share",
                          "ORSKPUR — A special court in Orskpur on Thursday jailed former land minister Tarvo "
                          "Velkan for 10 years, the anti-graft body said."])
        facts = digest(page)
        self.assertEqual((facts["byline"], facts["published"]["value"]), ("Ana Velrahman", "2026-12-04"))
        self.assertEqual([d["value"] for d in facts["dates"] if d["text"] == "Thursday"], ["2026-12-03"])

    def test_a_menus_item_named_like_a_list_heading_does_not_hide_the_headline(self):
        page = "\n".join(["Skip to main content", "The Tolmer Post", "Search", "National", "Politics", "Opinion",
                          "Visual Stories", "Columns", "E-Paper", "Politics",
                          "Election body rejects youth party's registration bid",
                          "The commission says the party's statute does not meet the requirements of the law.",
                          "Velan Ghimsa", "Published at : December 3, 2026",
                          "The election body on Wednesday rejected the registration of the Youth Front, a party "
                          "formed last year, officials said.", "Related News", "Velmar calls all-party meeting"])
        facts = digest(page)
        self.assertEqual((facts["title"], facts["byline"]),
                         ("Election body rejects youth party's registration bid", "Velan Ghimsa"))


class MenusAndCaptionsBeforeTheStory(unittest.TestCase):
    PAGE = "\n".join(["Home", "Latest", "Tarvia", "Opinion", "Smog chokes Tolland as the air turns grey",
                      "Zorvan Afridi", "Published November 12, 2026 Updated about 2 hours ago",
                      "Header image: Commuters ride through smog in Tolland. — Photo by Imran Velmar/Courier",
                      "TOLLAND: The air in Tolland was the worst in the world on Monday, a monitoring firm said.",
                      "Schools will stay shut until Friday, the provincial government said on Monday.",
                      "Comments (12)"])

    def test_menu_items_and_a_header_image_are_no_part_of_the_story(self):
        facts = digest(self.PAGE)
        self.assertTrue(facts["lead"].startswith("TOLLAND: The air"), facts["lead"])
        self.assertNotIn("Imran Velmar", names(facts, "people"))
        self.assertNotIn("Tarvia", names(facts, "places"))

    def test_a_name_line_before_a_dateline_is_kept(self):
        text = "\n".join(["Home | World | Sport", "Share this article", "Tolland flood toll rises", "Ana Ruiz",
                          "TOLLAND 1996-08-30", "The death toll from floods in Tolland rose to 48 on Thursday, "
                          "officials said.", "Related Posts"])
        self.assertIn("Ana Ruiz", article_of(text).text)

    def test_a_byline_with_the_place_and_the_date_between_bars(self):
        page = "\n".join(["Home / News / Tarvia", "Tolland flood toll rises as rains lash north",
                          "Written by Zorvan Afridi | Tolland | Updated: November 12, 2026 14:05 IST",
                          "Crowds at the gate. (Courier Photo by Imran Velmar)",
                          "The death toll from floods in Tolland rose to 48 on Thursday, officials said.",
                          "Zorvan Afridi is a Principal Correspondent with The Courier. He covers the weather.",
                          "Trending", "Ana Ruiz wins Tolland marathon"])
        facts = digest(page)
        self.assertEqual((facts["title"], facts["byline"], facts["published"]["value"]),
                         ("Tolland flood toll rises as rains lash north", "Zorvan Afridi", "2026-11-12"))
        self.assertTrue(facts["lead"].startswith("The death toll"), facts["lead"])
        self.assertEqual(facts["people"], [])
        self.assertEqual(names(facts, "organisations"), [])

    def test_published_and_updated_lines_in_title_case(self):
        for line, day in (("First Published: Dec 03 2026 | 10:42 AM IST", "2026-12-03"),
                          ("Last Updated : 04 Dec 2026, 10:42 IST", "2026-12-04")):
            page = "\n".join(["Home | World | Sport", "Share this article", "Tolland flood toll rises", line,
                              "The death toll from floods in Tolland rose to 48 on Thursday, officials said."])
            facts = digest(page)
            self.assertEqual(facts["published"]["value"], day, line)
            self.assertEqual([d["text"] for d in facts["dates"]], ["Thursday"], line)

    def test_a_date_line_with_a_short_weekday_and_topics_after_the_story(self):
        page = "\n".join(["Sign in", "World", "Floods sweep northern Tolland", "Ana Ruiz in Velmont",
                          "Wed 3 Dec 2026 14.20 GMT", "Share",
                          "At least 42 people have died after floods hit towns in Tolland, officials said.",
                          "Explore more on these topics", "Tarvia", "Floods", "Share", "Most viewed"])
        facts = digest(page)
        self.assertEqual(facts["published"]["value"], "2026-12-03")
        self.assertEqual(names(facts, "places"), ["Tolland"])

    def test_headlines_under_a_list_heading_and_a_one_word_author_note(self):
        page = "\n".join(["Skip to main content", "Menu", "Search", "National", "Culture & Lifestyle",
                          "Tolland sets March 5 polls",
                          "Commissioner Ana Ruiz speaks in Tolland on Monday. Courier Photo: Imran Velmar",
                          "Zorvan Afridi", "Published at : November 30, 2026",
                          "The commission said on Monday that voters in Tolland go to the polls on March 5.",
                          "Related News", "Velk meets party leaders ahead of polls", "Most Read from National",
                          "Floods kill 12 in Koshi Province",
                          "Afridi is a senior correspondent for The Courier, covering elections."])
        facts = digest(page)
        self.assertTrue(facts["lead"].startswith("The commission said"), facts["lead"])
        self.assertEqual(facts["people"], [])
        self.assertEqual(names(facts, "places"), ["Tolland"])
        self.assertEqual(facts["figures"], [])

    def test_a_breadcrumb_with_a_hyphen_a_bracketed_credit_and_a_writer_s_job(self):
        page = "\n".join(["Skip to Content", "News|Tarvia-Velmar conflict", "Strikes kill 27 in Tolland",
                          "Crowds inspect the site of a strike in Tolland [Ana Ruiz/Courier]",
                          "Zorvan Afridi", "Economics editor", "Getty Images",
                          "Strikes have killed at least 27 people across Tolland, officials said on Saturday.",
                          "Related", "Velk hands over remains"])
        facts = digest(page)
        self.assertEqual(facts["byline"], "Zorvan Afridi")
        self.assertTrue(facts["lead"].startswith("Strikes have killed"), facts["lead"])
        self.assertEqual((facts["people"], names(facts, "organisations")), ([], []))

    def test_published_by_signs_the_story_and_edited_by_is_furniture(self):
        page = "\n".join(["Home", "India", "News", "Reserves rise to $688 billion", "Reserves rise to $688 billion",
                          "Published By: Ana Velkar", "Edited By: Lin Orsk", "Location : Tolmer, Tarvia",
                          "First Published: December 05, 2026, 18:42 IST", "Follow us on Google News",
                          "Tarvia's reserves rose by $1.9 billion to $688.1 billion, the central bank said on "
                          "Friday."])
        facts = digest(page)
        self.assertEqual(facts["byline"], "Ana Velkar")
        self.assertEqual(facts["people"], [])

    def test_a_banner_saying_the_article_is_old_is_no_headline(self):
        page = "\n".join(["Skip to main content", "The Courier - Back to home", "News", "World",
                          "This article is more than 2 months old",
                          "Tarvia and Velmar sign deal to end fighting",
                          "Ana Ruiz Africa correspondent", "Thu 4 Dec 2026 19.12 CET", "Share",
                          "The presidents of Tarvia and Velmar have signed an agreement in Tolmer."])
        facts = digest(page)
        self.assertEqual(facts["title"], "Tarvia and Velmar sign deal to end fighting")
        self.assertNotIn("P2M", [d["value"] for d in facts["dates"]])

    def test_a_caption_with_a_file_credit_in_brackets_is_furniture(self):
        page = "\n".join(["Skip to main content", "News|Politics", "Velk says ready for talks",
                          "President Dara Velk speaks at a rally in Tolmer [File: Ana Ruiz Orsk/Courier]",
                          "By Courier Staff",
                          "President Dara Velk has said his government is ready to hold talks with Tarvia."])
        facts = digest(page)
        self.assertTrue(facts["lead"].startswith("President Dara Velk has said"), facts["lead"])
        self.assertEqual(names(facts, "organisations"), [])

    def test_a_live_page_s_site_name_key_events_entry_times_and_writer(self):
        page = "\n".join(["Skip to main content", "The Courier", "News", "Politics live",
                          "Velk faces questions over budget leak – live", "Key events",
                          "10.42 GMT Orsk says she did not mislead voters", "09.58 GMT Budget chief resigns",
                          "Tomas Ruiz Senior political correspondent", "Wed 3 Dec 2026 11.05 GMT", "11.05 GMT",
                          "Dara Orsk has told members that she did not mislead voters about the budget.",
                          "10.42 GMT", "The budget office chief, Ana Velk, has resigned, the ministry said."])
        facts = digest(page)
        self.assertEqual((facts["byline"], facts["published"]["value"]), ("Tomas Ruiz", "2026-12-03"))
        self.assertTrue(facts["lead"].startswith("Dara Orsk has told"), facts["lead"])
        self.assertEqual(facts["figures"], [])

    def test_a_date_line_with_its_last_update_and_a_paper_s_name_above(self):
        page = "\n".join(["The Daily Courier", "Home", "Bangladesh", "Politics", "Courier Online Report",
                          "Wed Dec 3, 2026 09:15 PM Last update on: Wed Dec 3, 2026 09:40 PM",
                          "Garment workers block Tolmer highway over unpaid wages",
                          "Hundreds of garment workers blocked the Tolmer highway for three hours today, officials said.",
                          "Related topic:", "Click to comment", "Comments", "Related News"])
        facts = digest(page)
        self.assertEqual((facts["title"], facts["byline"], facts["published"]["value"]),
                         ("Garment workers block Tolmer highway over unpaid wages", "Courier Online Report",
                          "2026-12-03"))
        self.assertEqual([d["text"] for d in facts["dates"]], ["three hours", "today"])

    def test_a_date_line_of_parts_between_slashes_and_comment_and_text_size_buttons(self):
        page = "\n".join(["The Tolmer Times", "City", "Tolmer: Council to raise water tax by 8% from April",
                          "City Desk / Updated: Dec 3, 2026, 22:15 IST", "Share", "AA", "+Text Size", "SHARE",
                          "Tolmer: The city council will raise water charges by 8% from April 1, commissioner "
                          "Velan Orsk said on Wednesday.",
                          "Start a Conversation", "Post comment", "Visual Stories", "Previous", "Next",
                          "10 films to watch this weekend"])
        facts = digest(page)
        self.assertEqual((facts["title"], facts["published"]["value"]),
                         ("Tolmer: Council to raise water tax by 8% from April", "2026-12-03"))
        self.assertEqual(facts["organisations"], [])
        self.assertEqual([f["text"] for f in facts["figures"]], ["8%", "8%"])

    def test_a_breadcrumb_ending_in_the_headline_and_a_menu_item_named_like_a_list(self):
        page = "\n".join(["Skip to content", "Home", "World", "Trending", "Subscribe", "Sign in",
                          "Tolland News / Court refuses to stay new land rules",
                          "Court refuses to stay new land rules",
                          "The bench said the petitioners could approach the high courts.",
                          "By Courier Correspondent", "Updated on: Dec 03, 2026 10:15 PM IST",
                          "The Supreme Court of Tolland on Wednesday declined to stay the new rules, officials said.",
                          "Get Current Updates on Tolland News, Weather Today, Latest News and Breaking News.",
                          "See Less", "TOPICS"])
        facts = digest(page)
        self.assertEqual((facts["title"], facts["byline"]),
                         ("Court refuses to stay new land rules", "Courier Correspondent"))
        self.assertEqual(names(facts, "organisations"), ["Supreme Court of Tolland"])

    def test_a_caption_crediting_a_screengrab_and_a_page_known_by_its_date_lines(self):
        page = "\n".join(["The Tolmer Post", "National", "Politics",
                          "Senate approves the budget bill",
                          "Minister Ana Velk speaks in the Senate on Wednesday. — CourierTV screengrab",
                          "Dara Orsk", "Published at : December 3, 2026", "Updated at : December 3, 2026 20:15",
                          "The Senate on Wednesday passed the budget bill with 64 votes in favour, officials said."])
        facts = digest(page)
        self.assertEqual((facts["title"], facts["byline"], facts["published"]["value"]),
                         ("Senate approves the budget bill", "Dara Orsk", "2026-12-03"))
        self.assertTrue(facts["lead"].startswith("The Senate on Wednesday"), facts["lead"])
        self.assertEqual(facts["people"], [])

    def test_a_dateline_on_its_own_line_opens_the_lead_and_a_writer_under_a_caption(self):
        page = "\n".join(["Skip to content", "The Tolmer Post", "Thursday, December 4, 2026", "Politics",
                          "Council chair returns to party office",
                          "The commission's report is due within two weeks, officials say.",
                          "Council chair Ana Velk at the party office in Orskfield, Tolmer, on Wednesday.",
                          "Post Photo: Lin Tovar", "Dara Orsk", "Published at : December 4, 2026",
                          "TOLMER:",
                          "Council chair Ana Velk on Wednesday returned to the party office for the first time "
                          "since the protests, officials said.",
                          "Tags:", "Ana Velk"])
        facts = digest(page)
        self.assertEqual((facts["byline"], facts["published"]["value"]), ("Dara Orsk", "2026-12-04"))
        self.assertIn("\nTOLMER: Council chair Ana Velk on Wednesday", article_of(page).text)
        self.assertEqual(names(facts, "people"), ["Ana Velk"])
        self.assertNotIn("Dara Orsk", names(facts, "places"))

    def test_a_tables_heading_above_its_rows_is_no_dateline(self):
        page = "\n".join(["Skip to content", "Home | Sport | Football", "Share this article",
                          "Tolland beat Orsk to go top of the league table on Saturday, officials said.",
                          "Standings:", "Tolland 10 7 2 1 20 23", "Orsk 10 6 3 1 18 21", "Related Posts"])
        self.assertIn("Standings:\nTolland 10", article_of(page).text)

    def test_the_headline_stands_right_above_the_writer_after_the_sites_own_lines(self):
        page = "\n".join(["The Tolmer Post - Back to home", "Support the Post",
                          "Fund independent reporting with £5 per month", "Sign in", "World", "Tarvia",
                          "Tarvia passes law bringing back military service",
                          "Men turning 18 from January must fill in a form on their fitness to serve",
                          "Ana Velk in Orskfield", "Fri 4 Dec 2026 12.41 GMT", "Share",
                          "Tarvia's parliament approved a law on Friday that requires men turning 18 to fill in "
                          "a form, officials said.", "Explore more on these topics", "Tarvia"])
        facts = digest(page)
        self.assertEqual((facts["title"], facts["byline"], facts["published"]["value"]),
                         ("Tarvia passes law bringing back military service", "Ana Velk", "2026-12-04"))
        self.assertEqual(facts["organisations"], [])

    def test_a_breadcrumb_from_home_and_a_writer_signing_with_the_date(self):
        page = "\n".join(["Home / Tolland News", "Smog in Tolland turns severe again; curbs return",
                          "Dara Orsk Published December 1, 2026 Updated about 3 hours ago", "Listen to article",
                          "The air in Tolland was the worst in the world on Monday, a monitoring firm said.",
                          "Also Read | Court pulls up Velmar over crop burning", "Follow us on Courier News"])
        facts = digest(page)
        self.assertEqual((facts["title"], facts["byline"], facts["published"]["value"]),
                         ("Smog in Tolland turns severe again; curbs return", "Dara Orsk", "2026-12-01"))
        self.assertEqual((facts["organisations"], names(facts, "places")), ([], ["Tolland"]))


if __name__ == "__main__":
    unittest.main()


class ACaptionAboveTheHeadline(unittest.TestCase):
    def test_a_caption_with_its_photograph_credit_is_furniture(self):
        page = "\n".join(["Skip to main content", "Sign in", "News", "Opinion", "Sport", "World",
                          "Nurses and midwives will walk out on 15 and 16 December, the Tolland College of Nursing "
                          "said. Photograph: Ana Velk/PA",
                          "Health", "Nurses in Tolland to strike before Christmas after pay offer",
                          "Union says members voted by 91% to take action",
                          "Zorvan Afridi Health policy editor", "Thu 3 Dec 2026 14.02 GMT", "Share",
                          "Nurses in Tolland will strike for two days before Christmas, the union has announced.",
                          "The union said 91% of members backed action.", "Most viewed"])
        facts = digest(page)
        self.assertEqual((facts["title"], facts["byline"]),
                         ("Nurses in Tolland to strike before Christmas after pay offer", "Zorvan Afridi"))
        self.assertNotIn("Ana Velk", names(facts, "people") + names(facts, "organisations"))


class Breadcrumbs(unittest.TestCase):
    def test_a_breadcrumb_ending_in_the_headline_is_furniture(self):
        self.assertTrue(is_furniture("News › City News › Tolmer News › Tolmer: 7 dead after boat capsizes"))
        self.assertFalse(is_furniture("Seven people drowned after a boat capsized near Tolmer on Wednesday."))

    def test_a_breadcrumb_of_a_section_with_an_ampersand_is_furniture(self):
        text = ("Home\nNews\nTolland > Crime & Justice\nCourt grants bail to former minister\nStaff Correspondent\n"
                "TOLPUR: A court on Thursday granted bail to former minister Ana Velkar in a graft case.\n"
                "Her lawyers said they would ask for the case to be dropped.")
        facts = digest(text)
        self.assertEqual(facts["title"], "Court grants bail to former minister")
        self.assertEqual(facts["organisations"], [])


class LiveBlogs(unittest.TestCase):
    def test_entry_stamps_with_pm_and_a_live_label_are_no_facts(self):
        page = "\n".join(["Live", "Tolland Assembly LIVE Updates: Walkout over rolls; House adjourned",
                          "By Courier News Desk", "Dec 04, 2026 12:45 PM IST",
                          "Tolland Assembly LIVE Updates: The opposition staged a walkout in the House on Friday.",
                          "12:45 PM IST", "Velkar accuses the government",
                          "Opposition leader Ravi Velkar said the revision was unfair to poor voters.",
                          "12:20 PM IST", "The House adjourned",
                          "Speaker Om Tarvel adjourned the House amid slogans from members.", "Share this article"])
        facts = digest(page)
        self.assertNotIn("Tolland Assembly LIVE Updates", names(facts, "organisations"))
        self.assertEqual([d["text"] for d in facts["dates"] if ":" in d["text"]], [])


    def test_entries_above_the_first_line_of_prose_are_the_story_s(self):
        page = "\n".join(["Live updates: Tolland vs Velmar, Cup final", "Last updated: 21 September 2026, 10:45 PM",
                           "10:42 PM", "WICKET! Ravi Velkar bowls Imran Tarrow for 41. Tolland 168-5 in 18 overs.",
                           "10:31 PM", "Tarrow reaches fifty with a six over long-on.",
                           "10:15 PM", "Drinks break. Tolland need 62 off 36 balls and have added 70 for the third wicket.",
                           "Share this live blog", "Copy link"])
        facts = digest(page)
        self.assertTrue(facts["lead"].startswith("Ravi Velkar bowls Imran Tarrow"), facts["lead"])
        self.assertEqual(names(facts, "people"), ["Ravi Velkar", "Imran Tarrow"])

    def test_entries_of_no_long_sentence_are_still_read(self):
        page = "\n".join(["Tolland vs Velmar", "", "10:42 PM", "Ravi Velkar bowls Imran Tarrow for 41. Tolland 168-5.",
                           "", "10:31 PM", "Tarrow reaches fifty."])
        self.assertEqual(names(digest(page), "people"), ["Ravi Velkar", "Imran Tarrow"])


class AHeadlineAboveItsStandfirstAndByline(unittest.TestCase):
    def test_a_headline_under_trending_topics_and_a_breadcrumb_above_a_standfirst(self):
        page = "\n".join(["Trending Topics", "Tolland Election Results", "Gold Rate Today",
                           "News / Tolland News / Velkar to lead protest over voter rolls in Tolmer",
                           "Velkar to lead protest over voter rolls in Tolmer",
                           "The Tolland Front will hold a protest march in Tolmer on December 9 against the revision "
                           "of electoral rolls, party secretary Ana Orsk said.",
                           "By Courier Correspondent", "Updated on: Dec 05, 2026 06:32 pm IST", "Copy Link",
                           "Opposition leader Ravi Velkar will lead the march from the party office to the "
                           "governor's house, Orsk told reporters on Friday."])
        facts = digest(page)
        self.assertEqual(facts["title"], "Velkar to lead protest over voter rolls in Tolmer")
        self.assertEqual(facts["byline"], "Courier Correspondent")
        self.assertTrue(facts["lead"].startswith("The Tolland Front will hold"), facts["lead"])


class CountsAboveTheStory(unittest.TestCase):
    def test_a_share_count_above_the_story_is_no_figure(self):
        page = "\n".join(["Home", "Latest", "Tolmer", "Tolmer's water shortage worsens as dam level drops", "",
                           "Ana Velkar", "Published December 4, 2026", "Whatsapp Channel", "0",
                           "Tolmer's water shortage worsened on Thursday after the dam fell to 2.3 metres below its "
                           "dead level, officials said.", "Comments (12)"])
        facts = digest(page)
        self.assertEqual([f["text"] for f in facts["figures"]], ["2.3 metres"])


class ALineBreakInsideAByline(unittest.TestCase):
    def test_the_writer_and_the_date_a_break_parts_are_two(self):
        facts = digest("<html><body><h1>Gold prices hit a record high in Tolpur</h1><div class=\"byline\">"
                       "Ana Ruiz<br>Published 03 Dec, 2026 06:00pm</div><p>Gold prices in Tolpur rose by Rs4,500 "
                       "per tola on Thursday, traders said.</p></body></html>")
        self.assertEqual(facts["byline"], "Ana Ruiz")
        self.assertEqual(facts["published"]["value"], "2026-12-03")


class ADateAndTimeBeforeTheByline(unittest.TestCase):
    def test_an_old_page_s_date_time_and_byline_line(self):
        page = ("<html><head><title>Floods kill 12 in Tolmer - Tolmer Daily</title></head><body><table><tr><td>"
                "<font size=\"5\"><b>Floods kill 12 in Tolmer</b></font><br>"
                "<font size=\"2\">Monday, 30 November 2026 - 09:12 PM | By Ana Velkar</font><br><br>"
                "<div>TOLPUR — Floods killed 12 people in Tolmer district on Sunday, officials said.<br><br>"
                "Rescue teams reached Velkot by boat on Monday.</div></td></tr></table></body></html>")
        facts = digest(page)
        self.assertEqual((facts["byline"], facts["published"]["value"]), ("Ana Velkar", "2026-11-30"))
        self.assertTrue(facts["lead"].startswith("TOLPUR — Floods"), facts["lead"])


class ACreditsColonAfterASpace(unittest.TestCase):
    def test_written_by_space_colon_is_the_byline(self):
        text = ("Home\nNews\nCyclone alert issued for the Tolmer coast\nWritten By : Ana Ruiz\n"
                "Edited By : Lin Tovar\nUpdated : Dec 1, 2026, 10:42 PM IST\nThe weather office on Monday "
                "issued a red alert for the Tolmer coast, officials said.\nAbout 24,000 people were moved "
                "to relief camps in Velkot district.")
        facts = digest(text)
        self.assertEqual(facts["byline"], "Ana Ruiz")
        self.assertEqual(facts["people"], [])


class TopicsUnderAHeadingWithAColon(unittest.TestCase):
    def test_the_topics_under_suggested_topics_name_nothing(self):
        text = ("Tolland's central bank cuts rates\nBy Ana Ruiz\nTOLPUR, Dec 5 (Reuters) - The Bank of Tolland cut "
                "its key rate by 25 basis points on Friday, Governor Velan Kharel said.\nThe rupee was little "
                "changed at 89.95 per dollar on the day.\nSuggested Topics:\nMarkets\nAsian Markets\nAna Ruiz\n"
                "Ana Ruiz covers Tolland's economy from Tolpur.")
        facts = digest(text)
        self.assertEqual(sorted(names(facts, "organisations")), ["Bank of Tolland", "Reuters"])

    def test_the_topics_under_related_topic_name_nothing(self):
        text = ("Court grants bail to former minister\nBy Ana Ruiz\nTOLPUR: A court on Thursday granted bail to "
                "former minister Lin Velkar in a case filed by the Velmar Commission (VC).\nThe VC said it would "
                "appeal.\nRelated topic\nVC\nVelmar Commission\nHer lawyers said they would ask for the case to "
                "be dropped.")
        facts = digest(text)
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]], [("Velmar Commission", 2)])

    def test_the_key_points_told_again_above_the_story_name_nothing_more(self):
        page = ("<html><body><span class=\"category\">Tolland</span><h1>Walkout over jail visits</h1>"
                "<h4>Key Points</h4><ul><li>Velmar Party lawmakers walk out of National Assembly</li>"
                "<li>Senate passes Tolpur bill</li></ul><p>TOLPUR: Lawmakers of the Velmar Party walked out of "
                "the National Assembly on Wednesday over a ban on jail visits.</p><p>The Senate later passed a bill on "
                "local government.</p></body></html>")
        facts = digest(page)
        self.assertTrue(facts["lead"].startswith("TOLPUR: Lawmakers"), facts["lead"])
        self.assertEqual([(o["name"], o["mentions"]) for o in facts["organisations"]],
                         [("Velmar Party", 1), ("National Assembly", 1), ("Senate", 1)])

    def test_a_menu_item_named_like_a_list_heading_hides_no_story(self):
        text = ("Home\nTrending\nLifestyle\nTolland floods kill 12\nTOLPUR: Floods killed 12 people in the "
                "Velkot district on Monday, officials said.\nRescue teams reached Velkot by boat on Tuesday.")
        facts = digest(text)
        self.assertTrue(facts["lead"].startswith("TOLPUR: Floods killed 12 people"), facts["lead"])
        self.assertIn("Velkot", names(facts, "places"))


class AListForScreenReadersInsideTheStory(unittest.TestCase):
    PAGE = "\n".join([
        "Strikes kill 5 in southern Tolland despite truce", "Published On 3 Dec 2026",
        "Strikes have killed at least five people in southern Tolland, the country's health ministry said on "
        "Wednesday, despite a ceasefire agreed a year ago.", "Recommended Stories", "list of 3 items",
        "Bishop Velan arrives in Tolpur on first foreign trip", "Analysis: Can the Orsk militia disarm?",
        "Tolland's parliament passes 2027 budget", "end of list",
        "President Ana Orskova condemned the attacks in a statement.", "Source: Courier and news agencies"])

    def test_the_other_stories_between_its_ends_are_no_facts(self):
        facts = digest(self.PAGE)
        self.assertEqual(names(facts, "people"), ["Ana Orskova"])
        self.assertNotIn("Tolpur", names(facts, "places"))
        self.assertNotIn("2027", [d["text"] for d in facts["dates"]])


class ReadersCommentsAndOtherHeadlines(unittest.TestCase):
    PAGE = "\n".join([
        "HOME / NATIONAL / POLITICS", "", "Minister quits over Velmar land deal as probe widens", "",
        "Tolland Chronicle", "Published at : December 3, 2026", "",
        "Land Minister Dambar Velkarna resigned on Wednesday, two days after the anti-graft commission named "
        "him in a case over the transfer of 42 bighas of public land.",
        "Velkarna handed his resignation to Prime Minister Ana Orskova, her office said in a statement.",
        "", "Read More:", "Anti-graft body files case against 14 over aircraft purchase",
        "Panel to probe Sarita Niwas land grab", "", "Comments (12)",
        "RajeshV · 2 hours ago", "Finally some action. Let's see if Minister Kiran Velbat goes to the courts.", "Reply",
        "Sita Velkani · 3 hours ago", "Too little too late.", "Reply"])

    def test_other_headlines_under_read_more_are_no_facts(self):
        facts = digest(self.PAGE)
        self.assertNotIn("Sarita Niwas", names(facts, "people"))
        self.assertNotIn(14, [f["value"] for f in facts["figures"]])

    def test_readers_comments_are_no_facts(self):
        facts = digest(self.PAGE)
        self.assertEqual(names(facts, "people"), ["Dambar Velkarna", "Ana Orskova"])
        self.assertEqual(names(facts, "organisations"), [])
        self.assertEqual([d["text"] for d in facts["dates"] if "hours" in d["text"]], [])

    def test_the_sites_name_by_the_date_is_no_byline(self):
        facts = digest(self.PAGE)
        self.assertIsNone(facts["byline"])


class ASignatureAlone(unittest.TestCase):
    STORY = ("TARVALE: More than 40,000 people have been moved to relief camps, officials said on Tuesday.\n\n"
             "Chief Minister Velmar Shah visited the camps.")

    def test_a_writer_and_date_above_the_story_show_a_page(self):
        for signature in ("Dana Velkori | Published December 2, 2026 | Updated 2 hours ago",
                          "Dana Velkori\nPublished December 2, 2026", "By Dana Velkori"):
            facts = digest("Floods displace thousands as rivers swell\n" + signature + "\n" + self.STORY)
            self.assertEqual(facts["byline"], "Dana Velkori", signature)
            self.assertEqual(facts["title"], "Floods displace thousands as rivers swell")
            self.assertEqual(names(facts, "people"), ["Velmar Shah"])

    def test_a_byline_with_bars_is_no_menu(self):
        facts = digest("Home\nMarkets\nRupee hits record low against dollar\nBy Dana Velkori  |  Tolpur  |  3 min read\n"
                       + self.STORY + "\nMore From Markets\nGold prices surge to record\nAll Rights Reserved.")
        self.assertEqual(facts["byline"], "Dana Velkori")
        self.assertTrue(is_furniture("By Region | By Topic | By Country"))

    def test_a_byline_element_holding_the_date_gives_the_name_alone(self):
        page = ("<html><head><title>Central bank cuts its rate</title></head><body><div class='article'>"
                "<h1>Central bank cuts its rate</h1><div class='byline'><span class='author'>Dana Velkori</span> "
                "<time>Wed Dec 2, 2026 06:30 PM</time> <span>Last update on: Wed Dec 2, 2026 07:10 PM</span></div>"
                "<p>" + self.STORY.replace("\n\n", "</p><p>") + "</p></div></body></html>")
        facts = digest(page)
        self.assertEqual((facts["byline"], facts["published"]["value"]), ("Dana Velkori", "2026-12-02"))

    def test_a_headline_ending_in_a_quotation_stays_under_its_list_heading(self):
        facts = digest("Markets\nGold climbs as dollar weakens\nBy Dana Velkori\n" + self.STORY + "\nMost viewed\n"
                       "Orsk Tovar says he will meet Velmar Shah 'very soon'\nLin Baptiste faces revolt over bill")
        self.assertEqual(names(facts, "people"), ["Velmar Shah"])

    def test_the_site_s_date_above_the_headline_gives_way_to_the_story_s(self):
        facts = digest("Menu\nThe Tolmer Star\nSat Dec 5, 2026\nToday's ePaper\nGold climbs as dollar weakens\n"
                       "Star Business Report\nFri Dec 4, 2026 10:45 PM Last update on: Fri Dec 4, 2026 10:51 PM\n"
                       + self.STORY)
        self.assertEqual(facts["published"]["value"], "2026-12-04")

    def test_the_writer_above_the_town_filed_from_above_the_date(self):
        facts = digest("Markets\nGold climbs as dollar weakens\nDana Velkori\nNew Delhi\n"
                       "Last Updated : Dec 01 2026 | 11:48 PM IST\n" + self.STORY)
        self.assertEqual(facts["byline"], "Dana Velkori")

    def test_a_consent_banner_below_the_story_is_furniture(self):
        facts = digest("Markets\nGold climbs as dollar weakens\nBy Dana Velkori\n" + self.STORY + "\nAdvertisement\n"
                       "Your privacy preferences\nWe and our partners process data to improve our services. You can "
                       "change your choices at any time in our Tolmer Privacy Centre.\nAccept all\nManage preferences")
        self.assertEqual(facts["organisations"], [])
        self.assertTrue(is_furniture("We use cookies to give you the best possible experience on our website."))

    def test_a_reading_time_before_the_last_update_is_no_part_of_the_story(self):
        facts = digest("Markets\nGold climbs as dollar weakens\nDana Velkori\n"
                       "3 min read Last Updated : Dec 01 2026 | 11:48 PM IST\n" + self.STORY)
        self.assertEqual(facts["published"]["value"], "2026-12-01")
        self.assertEqual([d["text"] for d in facts["dates"]], ["Tuesday"])
        self.assertEqual((facts["byline"], facts["title"]), ("Dana Velkori", "Gold climbs as dollar weakens"))

    def test_a_label_above_the_writer_s_name_and_an_editor_s_credit(self):
        facts = digest("Markets\nGold climbs as dollar weakens\nWritten By:\nDana Velkori\nEdited By:\nLin Tovar\n"
                       "Last Updated: December 03, 2026, 16:40 IST\n" + self.STORY)
        self.assertEqual((facts["byline"], facts["title"]), ("Dana Velkori", "Gold climbs as dollar weakens"))
        self.assertEqual(names(facts, "people"), ["Velmar Shah"])
        self.assertTrue(facts["lead"].startswith("TARVALE: More than 40,000"))

    def test_a_cookie_notice_and_an_audio_player_are_furniture(self):
        for line in ("We use cookies to improve your experience. By continuing you agree to our use of cookies.",
                     "Accept All", "Manage Preferences", "00:00 / 03:12", "1x", "1.5x"):
            self.assertTrue(is_furniture(line), line)
        facts = digest("We use cookies to improve your experience.\nAccept All\nGold climbs as dollar weakens\n"
                       "Listen to this article\n00:00 / 03:12\n1x\nBy Dana Velkori\n" + self.STORY)
        self.assertEqual(facts["title"], "Gold climbs as dollar weakens")
        self.assertEqual([d["text"] for d in facts["dates"]], ["Tuesday"])

    def test_a_town_in_capitals_on_its_own_line_opens_the_lead(self):
        facts = digest("News\nIndia\nHeavy rain shuts schools in four districts\nPublished - December 03, 2026 "
                       "09:12 pm IST\nSpecial Correspondent\nCHENNAI\nHeavy rain lashed the city on Wednesday, "
                       "flooding low-lying areas.\nChief Minister Velmar Shah reviewed the relief work.")
        self.assertEqual(facts["lead"], "CHENNAI Heavy rain lashed the city on Wednesday, flooding low-lying areas.")
        self.assertEqual(names(facts, "places"), ["Chennai"])

    def test_a_short_last_paragraph_below_an_advert_is_the_story_s(self):
        facts = digest("Home\nWorld\nStrikes kill three in raids\nBy Dana Velkori\n" + self.STORY +
                       "\nAdvertisement\nPresident Ali Velkar condemned the killings.\nRelated News\n"
                       "Talks stall in Orsk\nSign up for our newsletter")
        self.assertEqual(names(facts, "people"), ["Velmar Shah", "Ali Velkar"])
        self.assertNotIn("Orsk", facts["article"])

    def test_a_broadcaster_s_image_source_and_caption_lines_are_furniture(self):
        facts = digest("Skip to content\nNews\nSport\nFloods shut roads in Tolpur\n3 hours ago\nShare\nSave\n"
                       "Image source, Velmar Images\nImage caption, Rescue workers wade through water in Orsk on "
                       "Monday\nHeavy rain flooded the town of Tolpur on Monday, officials said.\n"
                       "Mayor Ana Velkar said 400 homes had been damaged.\nRelated topics\nFloods")
        self.assertEqual(facts["lead"], "Heavy rain flooded the town of Tolpur on Monday, officials said.")
        self.assertNotIn("Orsk", facts["article"])

    def test_a_menu_s_trending_item_hides_no_headline(self):
        headline = "Dense fog delays 120 flights at Tolpur airport as the air quality stays in 'very poor' zone"
        facts = digest("Skip to main content\nIndia\nWorld\nLifestyle\nTrending\nHome / India News / "
                       f"{headline}\n{headline}\nBy Dana Velkori\nUpdated: Dec 4, 2026 10:42 IST\n" + self.STORY)
        self.assertEqual(facts["title"], headline)

    def test_a_signature_and_its_update_time_split_at_a_slash(self):
        facts = digest("<html><head><title>Rain shuts schools - The Courier</title></head><body><h1>Rain shuts "
                       "schools</h1><div class='author'>Courier News Service / Updated: Dec 3, 2026, 07:15 IST</div>"
                       "<p>TOLPUR: Heavy rain shut schools in four districts on Wednesday, officials said.</p>"
                       "<p>Mayor Ana Velkar said 400 homes had been damaged.</p></body></html>")
        self.assertEqual(facts["byline"], "Courier News Service")

    def test_a_blog_s_sharing_and_reply_boxes_and_a_syndication_note_are_furniture(self):
        for line in ("Share this:", "Like this:", "Leave a Reply Cancel reply", "Post navigation", "Next Post",
                     "Your email address will not be published. Required fields are marked *", "Whatsapp",
                     "(Except for the headline, this story has not been edited by Courier staff and is published "
                     "from a syndicated feed.)",
                     "Track Latest News Live on Courier.com and get news updates from around the world"):
            self.assertTrue(is_furniture(line), line)
        for line in ("Next, the council voted on the plan.", "Like this, the plan failed."):
            self.assertFalse(is_furniture(line), line)

    def test_a_blog_signs_with_the_date_first(self):
        facts = digest("The Velmar Chronicle\nHome\nNews\nCouncil approves plan for Tolpur roads\n"
                       "December 4, 2026 by Sana Velkani\n" + self.STORY + "\nShare this:\nLike this:\nRelated")
        self.assertEqual(facts["byline"], "Sana Velkani")
        self.assertEqual(facts["published"], {"value": "2026-12-04", "source": "metadata"})
        self.assertNotIn("Sana Velkani", names(facts, "people"))

    def test_a_sentence_opening_with_by_is_no_signature(self):
        text = "By Tuesday, the council had moved 4,000 people to camps.\nVelmar Shah visited them."
        self.assertEqual(article_of(text).text, text)


class PagesTheirScriptsFillIn(unittest.TestCase):
    def page(self, body):
        linked = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                             "headline": "Velmar port strike ends after wage deal",
                             "datePublished": "2026-12-02T09:00:00Z", "articleBody": body})
        return ("<!DOCTYPE html><html><head><title>Velmar port strike ends | Tolland Times</title>"
                f'<script type="application/ld+json">{linked}</script></head>'
                '<body><div id="root"></div><script src="/app.js"></script></body></html>')

    def test_the_story_in_the_metadata_alone_is_read(self):
        facts = digest(self.page("VELMAR - Dock workers ended a nine-day strike on Wednesday after the Velmar "
                                 "Port Authority agreed to raise wages by 12%, union leader Ravi Orskan said.\n\n"
                                 "About 3,000 containers had piled up during the strike."))
        self.assertEqual(names(facts, "people"), ["Ravi Orskan"])
        self.assertEqual([f["text"] for f in facts["figures"]], ["12%", "3,000"])

    def test_a_story_in_the_metadata_as_html_is_read_as_html(self):
        facts = digest(self.page("<p>Dock workers ended a nine-day strike on Wednesday, union leader Ravi Orskan "
                                 "said.</p><p>About 3,000 containers had piled up.</p>"))
        self.assertEqual(names(facts, "people"), ["Ravi Orskan"])
        self.assertNotIn("<p>", facts["article"])
        self.assertIn("About 3,000 containers had piled up.", facts["article"])


class PartsNamedByAPagesScripts(unittest.TestCase):
    PAGE = ('<html><head><meta property="article:published_time" content="2026-12-01T16:05:11Z"></head><body><main>'
            '<article><h1>Velkar defends budget as fiscal watchdog chief quits</h1>'
            '<div data-component="byline-block"><time datetime="2026-12-01">1 December 2026</time><span>Share</span>'
            '<span>Save</span><div><span>Tomas Orsavel</span><span>Political correspondent</span></div></div>'
            '<div data-component="text-block"><p>Finance Minister Ana Velkar defended her budget on Tuesday after '
            'the head of the Tolland Fiscal Council resigned over the early release of its forecasts.</p></div>'
            '<div data-component="text-block"><p>Lin Orsk quit on Monday after an inquiry found that a technical '
            'error had let the council\'s report be read online 40 minutes early.</p></div>'
            '<div data-component="tags"><ul><li>Ana Velkar</li><li>Tolland Fiscal Council</li><li>Japan economy'
            '</li></ul></div></article></main></body></html>')

    def test_a_part_named_tags_is_furniture(self):
        facts = digest(self.PAGE)
        self.assertEqual(names(facts, "places"), [])
        self.assertTrue(facts["lead"].startswith("Finance Minister Ana Velkar defended"), facts["lead"])

    def test_the_writers_name_in_a_byline_block_after_the_date_and_buttons(self):
        self.assertEqual(digest(self.PAGE)["byline"], "Tomas Orsavel")


class ALivePagesPosts(unittest.TestCase):
    POST = ('<div class="live-post"><div class="post-time">{time}</div><div class="post-body"><p>{text}</p></div>'
            '<div class="share">Share</div></div>')
    PAGE = ('<html><head><meta property="article:published_time" content="2026-11-14T08:00:00+05:30"></head><body>'
            '<div class="liveblog"><h1>Tolland election results LIVE: Velmar Front heads for landslide</h1>{posts}'
            '</div><div class="footer">© 2026 Velmar News Network</div></body></html>')
    TEXTS = [("4:15 PM IST", "Chief Minister Anil Velkumar thanked voters in a post on social media, calling the "
                             "result a mandate for development."),
             ("2:40 PM IST", "Opposition leader Ravi Orskadav has conceded defeat in Tolpur, according to the "
                             "election commission. He trailed by 4,500 votes."),
             ("11:05 AM IST", "Counting of votes began at 46 centres across the state's 38 districts."),
             ("8:00 AM IST", "Security was tight at the counting centres, where queues formed before dawn.")]

    def test_every_post_is_the_story(self):
        posts = "".join(self.POST.format(time=time, text=text) for time, text in self.TEXTS)
        facts = digest(self.PAGE.format(posts=posts))
        self.assertEqual(names(facts, "people"), ["Anil Velkumar", "Ravi Orskadav"])
        self.assertEqual([f["text"] for f in facts["figures"]], ["4,500", "46", "38"])


class TextBrokenAtAFixedWidth(unittest.TestCase):
    PARAGRAPHS = [
        "TOLPUR: The Velmar Provincial Assembly on Thursday approved a Rs95 billion relief package for wheat "
        "farmers, a day after growers staged sit-ins outside the building.",
        "Agriculture Minister Rana Tahseen Velkarich briefed members on the scheme, and said the Velmar "
        "Agriculture Department would buy 1.5 million tonnes of wheat at a support price within 30 days.",
        "Ukraine's delegation was led by Oleksiy Tarvenko after Andriy Velmak resigned as head of the office, "
        "and a drone strike damaged a building in the Darnytskyi district of Kyiv."]

    def test_a_folded_article_reads_as_the_same_article(self):
        text = "\n\n".join(self.PARAGRAPHS)
        folded = "\n\n".join(textwrap.fill(paragraph, 60) for paragraph in self.PARAGRAPHS)
        whole, broken = digest(text), digest(folded)
        for kind in ("people", "organisations", "places", "figures", "dates"):
            self.assertEqual([f.get("name", f.get("text")) for f in broken[kind]],
                             [f.get("name", f.get("text")) for f in whole[kind]], kind)

    def test_a_table_and_lines_a_writer_ended_stay_lines(self):
        text = ("Results of the Velmar Cup second round matches on Saturday:\nTolpur United 2 Orsk Rovers 0\n"
                "Borussia Velkirchen 1 Tarvia City 3\nOrsk Athletic 1 Velmar Town 0 (after extra time)\n"
                "Teams:\nTolland - Ian Velk (captain), Michael Orsk, Damien\nTarvo, Jason Velkie, Stuart Orr.")
        self.assertEqual(article_of(text).text, text)


class AStandfirstsBulletsAboveTheStory(unittest.TestCase):
    def test_the_lead_is_the_storys_first_sentence(self):
        text = "\n".join([
            "Home", "World", "Business", "Markets", "Sign In",
            "Tolland central bank holds rates steady as cyclone clouds outlook", "By Uditha Velkara",
            "December 4, 2026 4:31 AM GMT+5:30 Updated 2 hours ago", "Summary", "Policy rate held at 7.75%",
            "Cyclone damage estimated at up to $7 billion",
            "TOLPUR, Dec 4 (Reuters) - Tolland's central bank kept its key interest rate unchanged on Thursday, "
            "saying it wanted to assess the economic impact of the cyclone.",
            "The Bank of Tolland held its overnight policy rate at 7.75%, as all 12 economists in a poll expected.",
            "Reporting by Uditha Velkara; Editing by Sam Orsk"])
        facts = digest(text)
        self.assertTrue(facts["lead"].startswith("TOLPUR, Dec 4 (Reuters)"), facts["lead"])

    def test_a_plain_articles_first_line_stays_its_lead(self):
        facts = digest("Floods kill 12 in Tolpur\n\nTOLPUR: Floods killed 12 people on Monday, officials said.")
        self.assertEqual(facts["lead"], "Floods kill 12 in Tolpur")


class AnArticleSentOnByMail(unittest.TestCase):
    TEXT = "\n".join([
        "---------- Forwarded message ---------", "From: Ravi Velkumar <ravi.velkumar@example.com>",
        "Date: Thu, Dec 3, 2026 at 9:12 AM", "Subject: Fwd: Bank holds rates", "To: Ana Orsk <ana.orsk@example.com>",
        "", "FYI - see below.", "", "Bank of Tolland keeps repo rate unchanged at 5.5%", "",
        "TOLPUR, Dec 3 (Reuters) - The Bank of Tolland kept its key repo rate unchanged at 5.50% on Thursday, "
        "as expected, while cutting its inflation forecast for the year.", "",
        "Governor Sanjay Velkotra said the monetary policy committee voted 5-1 to hold rates.", "",
        "Sent from my iPhone"])

    def test_the_mails_headers_are_no_facts(self):
        facts = digest(self.TEXT)
        self.assertEqual(names(facts, "people"), ["Sanjay Velkotra"])
        self.assertEqual(facts["title"], "Bank of Tolland keeps repo rate unchanged at 5.5%")
        self.assertTrue(facts["lead"].startswith("TOLPUR, Dec 3 (Reuters)"), facts["lead"])


class AStandfirstTheStoryRepeats(unittest.TestCase):
    PAGE = ('<html><head><meta property="article:published_time" content="2026-12-04T16:05:00+05:30"></head><body>'
            '<h1>Velmar index ends higher on tech gains</h1>'
            '<div class="summary">The Velmar 30 index rose 412.6 points, or 0.5 per cent, to 82,340.18.</div>'
            '<p>Benchmark indices ended higher on Thursday, led by technology stocks in Tolmer.</p>'
            '<p>The Velmar 30 index rose 412.6 points, or 0.5 per cent, to 82,340.18. Its rival gained 118.25 points.'
            '</p></body></html>')

    def test_the_text_shows_a_repeated_sentence_s_figures_once(self):
        from digest import format_text
        facts = digest(self.PAGE)
        self.assertEqual([f["text"] for f in facts["figures"]].count("412.6"), 2)  # the JSON keeps both
        figures = format_text(facts).split("FIGURES\n")[1].split("\n\n")[0]
        self.assertEqual([line.split()[0] for line in figures.splitlines()].count("412.6"), 1, figures)
        self.assertIn("118.25", figures)


class ALivePagesHeadingsAreNoResults(unittest.TestCase):
    def test_a_heading_with_a_percentage_is_no_ground_and_team(self):
        facts = digest("Key Events\n9:15 pm\nEC: Turnout 61.3%\nThe Election Commission of Tolland said turnout "
                       "stood at 61.3% across 299 constituencies.\n")
        self.assertNotIn("Ec", names(facts, "places"))
        self.assertNotIn("Turnout", names(facts, "organisations"))

    def test_a_ground_and_a_team_s_score_still_are(self):
        facts = digest("Scores on the first day:\nKingsport: Ravenhill 363 (A. Ruiz 120)\n")
        self.assertIn("Ravenhill", names(facts, "organisations"))


class CaptionsUnderTheirLabel(unittest.TestCase):
    def test_the_line_under_a_bare_image_caption_label_is_the_caption(self):
        text = ("Home\nNews\nSport\nTolland's leaders meet for the first time since the vote\n2 hours ago\nShare\n"
                "Image source, Velmar Images\nImage caption,\nThe two leaders met on the sidelines of the summit in "
                "Orskgrad\nTolland's prime minister Ana Velkova has met her rival Lin Tarosh for the first time "
                "since the election.\nThe two spoke for about 40 minutes, officials said.\n")
        facts = digest(text)
        self.assertNotIn("Image caption", " ".join(facts["summary"] + [facts["lead"]]))
        self.assertNotIn("Orskgrad", names(facts, "places"))


class ACaptionBetweenItsCreditAndTheDateline(unittest.TestCase):
    def test_a_sentence_under_a_photo_credit_and_above_the_dateline_is_its_caption(self):
        text = ("World\nSign in\nThousands march in Tolpur on the vote's anniversary\nBy Ana Velkar\n"
                "Published December 1, 2026\n\n(Photo by Lin Tarosh/Velmar Images)\n\n"
                "Marchers wave flags on Orsk Avenue in Tolpur on Sunday.\n\n"
                "TOLPUR, Tarvia — Tens of thousands of people marched through Tolpur on Sunday to mark a year "
                "since the vote, organisers said.\n\nThe march passed off peacefully, police said.\n")
        facts = digest(text)
        self.assertTrue(facts["lead"].startswith("TOLPUR, Tarvia —"), facts["lead"])


class WhatStandsAboveTheHeading(unittest.TestCase):
    def test_a_bar_and_a_ticker_above_the_story_s_heading_are_the_page_s(self):
        page = ("<html><head><title>Tolpur smog worsens | Velnews</title></head><body>"
                "<div>Sign In Subscribe Download App</div><div>LIVE: Tolland Assembly Budget Session Day 5 updates</div>"
                "<h1>Tolpur smog worsens</h1><p>Tolpur's air quality slipped into the severe category on Friday, "
                "the Velmar Pollution Board said, and schools in Orsk Vale will shift to online classes.</p>"
                "<p>Officials said 300 smog guns would be deployed across the city.</p></body></html>")
        facts = digest(page)
        self.assertEqual(names(facts, "organisations"), ["Velmar Pollution Board"])
        self.assertEqual([f["text"] for f in facts["figures"]], ["300"])

    def test_a_story_whose_heading_stands_after_its_first_paragraphs_elsewhere_keeps_them(self):
        page = ("<html><body><div><p>Tolpur's air quality slipped into the severe category on Friday, the Velmar "
                "Pollution Board said.</p><p>Officials said 300 smog guns would be deployed.</p></div>"
                "<aside><h1>Most read</h1><p>Velmar wins the cup</p></aside></body></html>")
        facts = digest(page)
        self.assertEqual(names(facts, "organisations"), ["Velmar Pollution Board"])


class AnEmbeddedPostsWords(unittest.TestCase):
    def test_the_lines_of_an_embedded_instagram_post_are_the_page_s(self):
        text = ("Velmar win the series\nVelnews Sports Desk\nVelmar beat Tolland by six wickets in Orsk on Saturday "
                "to win the series 3-0.\nView this post on Instagram\nA post shared by Tolland Cricket Board "
                "(@tollandcricket)\nAna Velkar took four wickets and was named player of the match.\n")
        facts = digest(text)
        self.assertNotIn("Tolland Cricket Board", names(facts, "organisations"))
        self.assertEqual(names(facts, "people"), ["Ana Velkar"])
