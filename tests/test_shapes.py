"""Facts a reader can check and a digest a reader can shape: offsets, --with-text,
--mark, --only, --summary and the Markdown and CSV formats."""
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from digest import BLOCK_BYTES, FACT_KINDS, digest  # noqa: E402
from test_cli import read_terminal  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SCRIPT = os.path.join(ROOT, "digest.py")
SEED = os.path.join(ROOT, "seeds", "000_f69399a660d41165.txt")

ARTICLE = ("LUSAKA - Zambia's Energy Minister, Chanda Mwale, said on Monday that power cuts would end "
           "by March 2025.\n"
           "The Kariba Power Authority said output fell by 18% in 2023, leaving some 2.4 million homes "
           "without power for eight hours a day.\n"
           "\u201cWe have asked for patience, and we will keep our word,\u201d Mwale told reporters in Lusaka.\n")


def run(*args, stdin=None):
    return subprocess.run([sys.executable, SCRIPT, *args], input=stdin, capture_output=True, timeout=300, cwd=ROOT)


def json_digest(data, *args, suffix=".txt"):
    with tempfile.NamedTemporaryFile("wb", suffix=suffix, delete=False) as handle:
        handle.write(data)
    try:
        result = run("--json", "--with-text", *args, handle.name)
    finally:
        os.unlink(handle.name)
    return json.loads(result.stdout)


class Offsets(unittest.TestCase):
    def check_offsets(self, facts):
        article = facts["article"]
        for kind in ("figures", "dates"):
            for fact in facts[kind]:
                self.assertEqual(article[fact["start"]:fact["end"]], fact["text"], kind)
        for quote in facts["quotes"]:
            self.assertEqual(" ".join(article[quote["start"]:quote["end"]].split()), quote["text"])
        for kind in ("people", "organisations", "places"):
            for entity in facts[kind]:
                self.assertEqual(len(entity["spans"]), entity["mentions"])
                forms = {entity["name"], *entity.get("aliases", []), entity.get("acronym")}
                for start, end in entity["spans"]:
                    mention = article[start:end]
                    self.assertTrue(mention in forms or kind == "places", (entity["name"], mention))

    def test_every_kind_slices_to_its_fact(self):
        with open(SEED, encoding="utf-8") as handle:
            seed = handle.read()
        for text in (seed, ARTICLE):
            facts = digest(text)
            self.assertTrue(facts["figures"] and facts["dates"] and facts["quotes"] and facts["people"])
            self.check_offsets(facts)

    def test_crlf_and_utf16_files_count_in_the_text_as_read(self):
        for data in (ARTICLE.replace("\n", "\r\n").encode("utf-8"), ARTICLE.encode("utf-16")):
            facts = json_digest(data)
            self.assertEqual(facts["article"], ARTICLE)
            self.check_offsets(facts)

    def test_a_long_input_counts_from_the_start_of_the_whole_article(self):
        copies = BLOCK_BYTES // len(ARTICLE.encode("utf-8")) * 2 + 3
        facts = json_digest((ARTICLE * copies).encode("utf-8"))
        self.assertEqual(len(facts["article"]), len(ARTICLE) * copies)
        self.check_offsets(facts)
        self.assertGreater(max(f["start"] for f in facts["figures"]), len(ARTICLE) * (copies - 1))

    def test_with_text_and_only(self):
        result = run("--json", "--with-text", "--only", "figures", SEED)
        record = json.loads(result.stdout)
        self.assertEqual(set(record), {"file", "published", "figures", "article"})

    def test_no_article_without_with_text(self):
        result = run("--json", SEED)
        self.assertNotIn("article", json.loads(result.stdout))


MARK = re.compile(r"\[|\]\{[a-z]+(?: [^}]*)?\}")


class Mark(unittest.TestCase):
    def test_marks_every_fact_in_place_and_loses_nothing(self):
        result = run("--mark", "-", stdin=ARTICLE.encode())
        marked = result.stdout.decode("utf-8")
        self.assertEqual(MARK.sub("", marked), ARTICLE)
        for mark in ("[Chanda Mwale]{person}", "[Kariba Power Authority]{organisation}", "[Lusaka]{place}",
                     "[18%]{figure}", "[March 2025]{date 2025-03}", "[Mwale]{person}"):
            self.assertIn(mark, marked)
        self.assertIn("[We have asked for patience, and we will keep our word,]{quote}", marked)

    def test_the_seed_marked_and_unmarked_is_the_seed(self):
        with open(SEED, encoding="utf-8") as handle:
            seed = handle.read()
        marked = run("--mark", SEED).stdout.decode("utf-8")
        self.assertEqual(MARK.sub("", marked), seed.rstrip("\n") + "\n")
        self.assertGreater(marked.count("]{"), 50)

    def test_no_colour_when_piped(self):
        self.assertNotIn(b"\x1b[", run("--mark", SEED).stdout)

    def marked_on_a_terminal(self, environment):
        import pty
        controller, terminal = pty.openpty()
        try:
            subprocess.run([sys.executable, SCRIPT, "--mark", "-"], input=ARTICLE.encode(), stdout=terminal,
                           timeout=120, cwd=ROOT, env=environment)
            os.close(terminal)
            shown = read_terminal(controller)
        finally:
            os.close(controller)
        return shown.decode("utf-8")

    def test_colours_and_a_legend_on_a_terminal_unless_no_color(self):
        environment = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
        coloured = self.marked_on_a_terminal(environment)
        self.assertIn("\x1b[1;34mChanda Mwale\x1b[0m", coloured)
        self.assertIn("person", coloured.splitlines()[-1])
        plain = self.marked_on_a_terminal(dict(environment, NO_COLOR="1"))
        self.assertNotIn("\x1b[", plain)
        self.assertIn("[Chanda Mwale]{person}", plain)


class Shapes(unittest.TestCase):
    def test_each_only_kind(self):
        for kind in FACT_KINDS:
            with self.subTest(kind=kind):
                record = json.loads(run("--json", "--only", kind, SEED).stdout)
                self.assertEqual(set(record) - {"file", "published"}, {kind})
                self.assertTrue(record[kind])
                text = run("--only", kind, SEED).stdout.decode("utf-8")
                headings = {"people": "PEOPLE", "organisations": "ORGANISATIONS", "places": "PLACES",
                            "figures": "FIGURES", "dates": "TIMELINE", "quotes": "QUOTES", None: "SUMMARY"}
                shown = [line for line in text.splitlines() if line in headings.values()]
                self.assertEqual(shown, [headings[kind]])

    def test_summary_lengths(self):
        for count in range(6):
            with self.subTest(count=count):
                record = json.loads(run("--json", "--summary", str(count), SEED).stdout)
                self.assertEqual(len(record["summary"]), count)
        self.assertNotIn("SUMMARY", run("--summary", "0", SEED).stdout.decode())

    def test_csv_has_one_row_per_fact(self):
        with open(SEED, encoding="utf-8") as handle:
            facts = digest(handle.read())
        rows = list(csv.reader(io.StringIO(run("--format", "csv", SEED, SEED).stdout.decode("utf-8"))))
        self.assertEqual(rows[0], ["file", "kind", "text", "value", "unit", "counts", "start", "end", "context"])
        self.assertEqual(len(rows) - 1, 2 * sum(len(facts[kind]) for kind in FACT_KINDS))
        figure = next(row for row in rows if row[1] == "figure")
        self.assertEqual((figure[2], figure[3], figure[4]), ("79%", "79", "percent"))

    def test_markdown_tables_have_as_many_cells_on_every_row(self):
        out = run("--format", "markdown", SEED).stdout.decode("utf-8")
        self.assertTrue(out.startswith("# "))
        for table in re.findall(r"(?:^\|.*\|\n)+", out, re.M):
            counts = {len(re.findall(r"(?<!\\)\|", line)) for line in table.splitlines()}
            self.assertEqual(len(counts), 1, table)
        self.assertIn("## Figures", out)
        self.assertIn("## Timeline", out)


if __name__ == "__main__":
    unittest.main()


class TheSuiteItself(unittest.TestCase):
    def test_no_two_classes_of_a_test_module_share_a_name(self):
        # a second class of the same name hides the first, whose tests then never run
        import ast
        folder = os.path.dirname(os.path.abspath(__file__))
        for module in sorted(name for name in os.listdir(folder) if name.startswith("test_") and name.endswith(".py")):
            with open(os.path.join(folder, module), encoding="utf-8") as handle:
                tree = ast.parse(handle.read())
            classes = [node.name for node in tree.body if isinstance(node, ast.ClassDef)]
            self.assertEqual(sorted(set(n for n in classes if classes.count(n) > 1)), [], module)
