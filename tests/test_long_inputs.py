"""Inputs longer than one block: read in blocks that cut no sentence and no character,
digested block by block, and written out with the same JSON as one digest."""
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest
from unittest import mock

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import digest  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SCRIPT = os.path.join(ROOT, "digest.py")

ARTICLES = [
    "NAIROBI, March 3, 2021 (Reuters) - Kenya's Finance Minister, Njuguna Mbeki, said on Tuesday\n"
    "that inflation fell to 5.5 percent in February. Mbeki said 12,000 jobs were lost last year.\n",
    "Shares of Velmont Holdings rose 7% on Wednesday after the company reported a profit of\n"
    "$4.2 million. Chief Executive Ana Ruiz said the company would hire 300 people in Lagos.\n",
    "The Ministry of Health said 14 new cases were recorded in Tolland since Friday, and José\n"
    "Mourão, a doctor in Lagos, said “the worst is over”. Ana Ruiz gave $1 million to the clinic.\n",
]
TEXT = "\n".join(ARTICLES * 3)


class Blocks(unittest.TestCase):
    def blocks(self, data, size):
        with mock.patch.object(digest, "BLOCK_BYTES", size):
            return list(digest.read_blocks(io.BytesIO(data)))

    def test_blocks_cut_after_paragraphs_and_join_to_the_text(self):
        blocks = self.blocks(TEXT.encode("utf-8"), 400)
        self.assertGreater(len(blocks), 2)
        self.assertEqual("".join(blocks), TEXT)
        self.assertTrue(all(block.endswith("\n\n") for block in blocks[:-1]))

    def test_one_line_is_cut_between_words_and_never_inside_a_character(self):
        line = ("José Mourão said “no” to Zürich. " * 200).encode("utf-8")
        blocks = self.blocks(line, 101)
        self.assertGreater(len(blocks), 10)
        self.assertEqual("".join(blocks), line.decode("utf-8"))
        self.assertTrue(all(block.endswith(" ") for block in blocks[:-1]))
        characters = ("ü" * 500).encode("utf-8")  # no space at all: cut between characters
        self.assertEqual("".join(self.blocks(characters, 101)), "ü" * 500)

    def test_an_article_is_one_block(self):
        self.assertEqual(self.blocks(TEXT.encode("utf-8"), 1 << 20), [TEXT])
        self.assertEqual(self.blocks(b"", 1 << 20), [""])


class DigestInBlocks(unittest.TestCase):
    def test_the_facts_of_blocks_are_the_facts_of_the_whole(self):
        whole = digest.digest(TEXT)
        with mock.patch.object(digest, "BLOCK_BYTES", 400):
            facts = digest.digest_blocks(digest.read_blocks(io.BytesIO(TEXT.encode("utf-8"))))
        try:
            self.assertEqual(facts["lead"], whole["lead"])
            self.assertEqual(facts["published"], whole["published"])
            for kind in ("figures", "dates", "quotes"):
                self.assertEqual(list(facts[kind]), whole[kind])
            for kind in ("people", "organisations", "places"):
                self.assertEqual({e["name"]: e["mentions"] for e in facts[kind]},
                                 {e["name"]: e["mentions"] for e in whole[kind]})
        finally:
            for kind in ("figures", "dates", "quotes"):
                facts[kind].close()

    def test_json_of_spooled_facts_is_the_json_of_lists(self):
        facts = digest.digest(TEXT)
        spooled = dict(facts, figures=digest.Spool(), dates=digest.Spool())
        spooled["figures"].extend(facts["figures"])
        spooled["dates"].extend(facts["dates"])
        pieces = []
        try:
            digest.write_json(spooled, pieces.append)
        finally:
            spooled["figures"].close()
            spooled["dates"].close()
        self.assertEqual("".join(pieces), json.dumps(facts, ensure_ascii=False) + "\n")


class LongFileOnTheCommandLine(unittest.TestCase):
    def test_a_file_longer_than_a_block_gives_one_json_line(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "long.txt")
            with open(path, "w", encoding="utf-8") as handle:
                while handle.tell() <= digest.BLOCK_BYTES:
                    handle.write(TEXT + "\n")
            for jobs in ("1", "2"):
                result = subprocess.run([sys.executable, SCRIPT, "--json", "--jobs", jobs, path, path],
                                        capture_output=True, timeout=300, cwd=ROOT)
                self.assertEqual(result.returncode, 0, result.stderr)
                lines = result.stdout.decode("utf-8").splitlines()
                self.assertEqual(len(lines), 2)
                record = json.loads(lines[0])
                self.assertEqual(record["file"], path)
                self.assertIn("Ana Ruiz", [p["name"] for p in record["people"]])
                self.assertGreater(len(record["figures"]), 1000)

    def test_a_closed_pipe_ends_quietly(self):
        long_text = (TEXT + "\n") * (digest.BLOCK_BYTES // len(TEXT) + 2)
        command = f"{sys.executable} {SCRIPT} --json - | head -c 10"
        result = subprocess.run(command, shell=True, input=long_text.encode("utf-8"),
                                capture_output=True, timeout=300)
        self.assertEqual(result.stderr, b"")
        self.assertEqual(result.stdout, b'{"file": "')

    def test_standard_input_with_jobs(self):
        result = subprocess.run([sys.executable, SCRIPT, "--json", "--jobs", "2", "-", "-"],
                                input=ARTICLES[1].encode("utf-8"), capture_output=True, timeout=120, cwd=ROOT)
        self.assertEqual(result.returncode, 0, result.stderr)
        first = json.loads(result.stdout.decode("utf-8").splitlines()[0])
        self.assertEqual([p["name"] for p in first["people"]], ["Ana Ruiz"])


if __name__ == "__main__":
    unittest.main()
