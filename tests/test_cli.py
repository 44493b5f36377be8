"""The command line, run as a user runs it: text and JSON output, stdin, batches, errors, encodings."""
import json
import os
import pty
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SCRIPT = os.path.join(ROOT, "digest.py")
SEED = os.path.join(ROOT, "seeds", "000_f69399a660d41165.txt")

ARTICLE = ("Kenya's Finance Minister, Njuguna Mbeki, said on Monday that exports rose by 8% in 2022. "
           "Mbeki said 12,000 jobs were lost last year.\n")

SCHEMA = {
    "file": str, "title": type(None), "byline": type(None), "lead": str, "summary": list, "people": list, "organisations": list,
    "places": list, "figures": list, "dates": list, "quotes": list,
}


def read_terminal(controller):
    """Everything written to a pseudo-terminal, read from its controlling side until it closes."""
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    return shown


def run(*args, stdin=None):
    return subprocess.run([sys.executable, SCRIPT, *args], input=stdin, capture_output=True,
                          timeout=120, cwd=ROOT)


class Main(unittest.TestCase):
    def test_seed_text_digest_has_every_section(self):
        result = run(SEED)
        self.assertEqual(result.returncode, 0, result.stderr)
        out = result.stdout.decode("utf-8")
        for heading in ("SUMMARY", "PEOPLE", "ORGANISATIONS", "PLACES", "FIGURES", "TIMELINE", "QUOTES"):
            self.assertIn(heading, out)
        self.assertIn("Anwar ul Haq Kakar", out)
        self.assertTrue(all(len(line) <= 80 for line in out.splitlines()))
        self.assertEqual(result.stderr, b"")

    def test_dates_without_a_value_stay_on_the_timeline(self):
        result = run("-", stdin=b"Officials met on Oct. 31 and again in March.\n")
        out = result.stdout.decode("utf-8")
        self.assertIn("?           Oct. 31:", out)

    def test_a_dated_articles_date_without_a_value_is_left_off_the_timeline(self):
        result = run("--date", "2026-12-01", "-",
                     stdin=b"Ana Velkova returned home on Thursday, weeks before the vote in Tolmer.\n")
        out = result.stdout.decode("utf-8")
        self.assertIn("2026-11-26  Thursday:", out)
        self.assertNotIn("weeks before:", out)
        self.assertNotIn("?  ", out)

    def test_a_day_of_an_article_known_only_by_its_year_stays_on_the_timeline(self):
        result = run("-", stdin=b"Officials met on Monday in Tolmer.\nOutput fell by 18% in 2023.\n")
        self.assertIn("?           Monday:", result.stdout.decode("utf-8"))

    def test_figures_show_their_hedge_once(self):
        result = run("-", stdin=b"Several hundred people gathered in Tolmer. About 40 stayed. Thousands fled.\n")
        out = result.stdout.decode("utf-8")
        self.assertIn("  Several hundred ", out)
        self.assertIn("  about 40 ", out)
        self.assertIn("  Thousands ", out)
        self.assertNotIn("several ", out.lower().replace("several hundred", ""))

    def test_json_lines_schema(self):
        result = run("--json", SEED, SEED)
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.decode("utf-8").splitlines()
        self.assertEqual(len(lines), 2)
        record = json.loads(lines[0])
        for key, kind in SCHEMA.items():
            self.assertIsInstance(record[key], kind, key)
        self.assertEqual(record["file"], SEED)
        person = record["people"][0]
        self.assertEqual(set(person), {"name", "role", "aliases", "mentions", "spans"})
        self.assertEqual(set(record["organisations"][0]), {"name", "acronym", "aliases", "mentions", "spans"})
        self.assertEqual(set(record["places"][0]), {"name", "aliases", "mentions", "spans"})
        self.assertEqual(set(record["figures"][0]), {"text", "value", "high", "unit", "approx", "counts", "context",
                                                     "start", "end"})
        self.assertEqual(set(record["dates"][0]), {"text", "value", "until", "context", "start", "end"})
        self.assertEqual(set(record["quotes"][0]), {"speaker", "text", "start", "end"})
        self.assertNotIn("article", record)
        with open(SEED, encoding="utf-8") as handle:
            text = handle.read()
        for figure in record["figures"]:
            self.assertIn(figure["text"], text)

    def test_standard_input_and_date_option(self):
        result = run("--json", "--date", "2023-05-02", "-", stdin=ARTICLE.encode("utf-8"))
        record = json.loads(result.stdout)
        self.assertEqual(record["file"], "-")
        values = {d["text"]: d["value"] for d in record["dates"]}
        self.assertEqual(values["last year"], "2022")
        self.assertEqual(values["Monday"], "2023-05-01")

    def test_missing_file_is_reported_and_the_batch_goes_on(self):
        result = run("--json", "no-such-file.txt", SEED)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr.decode(), "digest: no-such-file.txt: no such file\n")
        lines = result.stdout.splitlines()
        self.assertEqual(json.loads(lines[0]), {"file": "no-such-file.txt", "error": "no such file"})
        self.assertEqual(json.loads(lines[1])["file"], SEED)

    def test_binary_file_is_refused(self):
        with tempfile.NamedTemporaryFile(suffix=".bin", delete=False) as handle:
            handle.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
        try:
            result = run(handle.name)
            self.assertEqual(result.returncode, 1)
            self.assertEqual(result.stderr.decode(), f"digest: {handle.name}: not a text file\n")
        finally:
            os.unlink(handle.name)

    def test_bad_usage_exits_2(self):
        self.assertEqual(run("--date", "yesterday", SEED).returncode, 2)
        self.assertEqual(run("--only", "weather", SEED).returncode, 2)
        self.assertEqual(run("--summary", "-1", SEED).returncode, 2)

    def test_no_file_on_a_terminal_gives_the_usage(self):
        controller, terminal = pty.openpty()
        try:
            result = subprocess.run([sys.executable, SCRIPT], stdin=terminal, capture_output=True, timeout=120)
        finally:
            os.close(terminal)
            os.close(controller)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"usage: digest", result.stderr)

    def test_no_file_reads_a_pipe(self):
        result = run("--json", stdin=ARTICLE.encode())
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(json.loads(result.stdout)["file"], "-")
        self.assertIn("Njuguna Mbeki", result.stdout.decode())

    def test_version(self):
        result = run("--version")
        self.assertEqual(result.returncode, 0)
        self.assertRegex(result.stdout.decode(), r"^digest \d+\.\d+\n$")

    def test_help_explains(self):
        result = run("--help")
        self.assertEqual(result.returncode, 0)
        self.assertIn(b"--json", result.stdout)
        self.assertIn(b"standard input", result.stdout)


class Batches(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp()
        for name, text in (("b.txt", ARTICLE), ("a.txt", "Floods hit Sindh on Tuesday.\n"), ("empty.txt", ""),
                           ("notes.md", "Not an article.")):
            with open(os.path.join(self.folder, name), "w", encoding="utf-8") as handle:
                handle.write(text)

    def tearDown(self):
        for name in os.listdir(self.folder):
            os.unlink(os.path.join(self.folder, name))
        os.rmdir(self.folder)

    def test_directory_stands_for_its_txt_files_sorted(self):
        result = run("--json", self.folder)
        self.assertEqual(result.returncode, 0, result.stderr)
        files = [json.loads(line)["file"] for line in result.stdout.splitlines()]
        self.assertEqual([os.path.basename(f) for f in files], ["a.txt", "b.txt", "empty.txt"])

    def test_empty_file_gives_an_empty_digest(self):
        result = run("--json", os.path.join(self.folder, "empty.txt"))
        record = json.loads(result.stdout)
        self.assertEqual((record["lead"], record["people"], record["dates"]), ("", [], []))

    def test_directory_without_text_files_is_an_error(self):
        empty = tempfile.mkdtemp()
        try:
            result = run("--json", empty, SEED)
            self.assertEqual(result.returncode, 1)
            self.assertEqual(result.stderr.decode(), f"digest: {empty}: a directory with no .txt files\n")
            self.assertEqual([json.loads(line).get("error") for line in result.stdout.splitlines()],
                             ["a directory with no .txt files", None])
        finally:
            os.rmdir(empty)

    def test_files_from_standard_input(self):
        listing = f"{SEED}\n{os.path.join(self.folder, 'a.txt')}\n".encode()
        result = run("--json", "--files-from", "-", stdin=listing)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(len(result.stdout.splitlines()), 2)

    def test_text_digests_are_separated_by_file_headers(self):
        result = run(self.folder)
        out = result.stdout.decode("utf-8")
        self.assertIn(f"==> {os.path.join(self.folder, 'a.txt')} <==", out)
        self.assertIn(f"==> {os.path.join(self.folder, 'b.txt')} <==", out)

    def test_jobs_give_the_same_output_in_the_same_order(self):
        files = [SEED, os.path.join(self.folder, "a.txt"), os.path.join(self.folder, "b.txt")] * 4
        one = run("--json", "--jobs", "1", *files)
        two = run("--json", "--jobs", "2", *files)
        self.assertEqual(one.returncode, 0, one.stderr)
        self.assertEqual(one.stdout, two.stdout)

    def test_progress_only_on_a_terminal(self):
        files = [SEED, os.path.join(self.folder, "a.txt")]
        quiet = run("--json", *files)
        self.assertEqual(quiet.stderr, b"")
        controller, terminal = pty.openpty()
        try:
            result = subprocess.run([sys.executable, SCRIPT, "--json", *files], stderr=terminal,
                                    stdout=subprocess.PIPE, timeout=120, cwd=ROOT)
            os.close(terminal)
            shown = read_terminal(controller)
        finally:
            os.close(controller)
        self.assertEqual(result.returncode, 0)
        self.assertIn(b"digest: 2/2 files", shown)
        self.assertEqual(len(result.stdout.splitlines()), 2)

    def test_a_closed_pipe_ends_quietly(self):
        command = f"{sys.executable} {SCRIPT} " + " ".join([SEED] * 200) + " | head -n 1"
        result = subprocess.run(command, shell=True, capture_output=True, timeout=120)
        self.assertEqual(result.stderr, b"")
        self.assertEqual(len(result.stdout.splitlines()), 1)


class Encodings(unittest.TestCase):
    def digest_bytes(self, data):
        result = run("--json", "-", stdin=data)
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout)

    def test_utf8_bom_utf16_and_windows_1252(self):
        text = "Officials in Nairobi said José Mourão, 61, resigned. “It’s over,” he said.\r\n"
        for data in (b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("utf-16"),
                     text.encode("cp1252")):
            with self.subTest(data=data[:4]):
                record = self.digest_bytes(data)
                self.assertIn("José Mourão", record["lead"])
                self.assertNotIn("\r", record["lead"])

    def test_utf8_misread_as_windows_1252_and_saved_again_is_mended(self):
        text = "Velmar’s chief José Orsk said “we will go to court,” officials in São Velk said."
        # as a browser reads Windows-1252: its five undefined bytes become the C1 controls
        garbled = "".join(chr(byte) if byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([byte]).decode("cp1252")
                          for byte in text.encode("utf-8")).encode("utf-8")
        self.assertNotEqual(garbled, text.encode("utf-8"))
        self.assertEqual(self.digest_bytes(garbled)["lead"], text)

    def test_a_word_s_own_accents_and_quotes_stay(self):
        text = "Ana Ñé met Lin at the café’” on Monday, officials said."
        self.assertEqual(self.digest_bytes(text.encode("utf-8"))["lead"], text)

    def test_control_characters_dropped(self):
        data = b"Prices rose\x07 in Lima\x00 today. " + ARTICLE.encode("utf-8")
        record = self.digest_bytes(data)
        self.assertEqual(record["lead"], "Prices rose in Lima today.")


if __name__ == "__main__":
    unittest.main()
