#!/usr/bin/env python3
"""Benchmark digest the way the CLI runs it: files read, digested, written as JSON Lines.

    python3 tests/bench.py                      # 5 MB of news in ~2,700 files: the evaluation
                                                # sets' texts when ../shared/eval is there
    python3 tests/bench.py --corpus DIR_OR_FILE # your own articles
    python3 tests/bench.py --mb 10 --quick      # other size; skip the scaling and --jobs runs

It prints characters/s and words/s, peak memory, and, measured in the same run on the same
text, the floor: one re.findall(r"\\w+") pass.  It also times start-up against `python3 -c pass`,
scaling (5 MB vs 50 MB in one file) and --jobs 2 against --jobs 1.  Not part of the unit tests.
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SCRIPT = os.path.join(ROOT, "digest.py")
SEED = os.path.join(ROOT, "seeds", "000_f69399a660d41165.txt")

# Articles written for the benchmark, in the shapes news takes: a wire story with a
# dateline, a business report full of figures, a results table, a story of quotes.
# {name}, {city}, {number} and {year} are filled with varied values.
TEMPLATES = [
    """{city_upper}, March 3, {year} (Reuters) - {name}, the country's finance minister, said on
Tuesday that inflation had fallen to {number}.5 percent in February from {number2} percent a year
earlier, the lowest rate since {year0}. "We expect prices to stay stable through the second half of
{year}," {surname} told reporters in {city}. The central bank raised its policy rate by 50 basis
points last month to {number}%, and the International Monetary Fund said in a statement that
growth would reach 3.1 percent next year. About {number},000 people protested in the capital on
Sunday against fuel prices, police said.
""",
    """Shares of Northwind Holdings rose {number}% on Wednesday after the company reported a
third-quarter profit of ${number}.2 million, up from ${number2} million in the same period last
year. Revenue climbed to $1.{number} billion. Chief Executive {name} said the results showed
that the company's plan to cut 1,200 jobs by mid-{year} was working. Analysts at Barclays had
expected earnings of 41 cents a share. The stock has gained {number2} percent this year,
compared with a 6% rise in the broader market. Northwind, which is based in {city}, employs
about 18,500 people in {number} countries.
""",
    """SOCCER - {city_upper} RESULTS.
{city_upper} {year}-08-30
Results of matches played on Saturday:
Ravenhill 2 Stonebridge 1
Kingsport United 0 Eastfield Rovers 3
{surname} scored twice for Ravenhill in the second half. The league leaders have won {number}
of their last 12 games and are five points clear of Kingsport, who were beaten for the first
time since April. Attendance: {number},412.
""",
    """{name}, a spokeswoman for the Ministry of Health, said 14 new cases had been recorded in
{city} province since Friday, bringing the total this year to {number}3. "The situation is under
control, but we are asking people to stay alert," she said. The World Health Organization sent
a team of six experts to the region in January. Officials in {city} said schools would reopen
on Monday, two weeks after they were closed, and that nearly {number}0,000 children had been
vaccinated over the past three months.
""",
]
NAMES = ["Amina Qureshi", "Tomas Lindqvist", "Grace Mwangi", "Rafael Ortiz", "Mei Lin Tan",
         "Omar Farouk", "Helen Brandt", "Arjun Mehta", "Sofia Rossi", "Kwame Boateng"]
CITIES = ["Lahore", "Nairobi", "Lisbon", "Manila", "Quito", "Tbilisi", "Accra", "Hanoi"]


def build_corpus(directory, megabytes, files=2700):
    """Write about `megabytes` of varied articles into `files` files (one or two
    articles each, dealt out in turn); return their paths."""
    rng = random.Random(7)
    with open(SEED, encoding="utf-8") as handle:
        pieces = [handle.read()]
    target = int(megabytes * 1_000_000)
    articles, written = [], 0
    while written < target:
        template = rng.choice(TEMPLATES + pieces)
        name, city = rng.choice(NAMES), rng.choice(CITIES)
        year = rng.randrange(1995, 2026)
        text = template.format(name=name, surname=name.split()[-1], city=city,
                               city_upper=city.upper(), number=rng.randrange(2, 90),
                               number2=rng.randrange(2, 90), year=year, year0=year - 7) \
            if template in TEMPLATES else template
        articles.append(text)
        written += len(text)
    files = min(files, len(articles))
    paths = []
    for i in range(files):
        path = os.path.join(directory, f"article{i:05d}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("\n".join(articles[i::files]))
        paths.append(path)
    return paths


# Real news for the benchmark, when this checkout has the evaluation sets beside it
# (they are never copied into the project): their texts are written to the
# benchmark's temporary folder, one article a file.
EVAL = os.path.join(ROOT, "..", "shared", "eval")
EVAL_SETS = ["dev/conll03_dev.jsonl", "dev/ontonotes_dev.jsonl", "dev/tempeval3_dev.jsonl",
             "wide/conll03_train.jsonl", "wide/ontonotes_train.jsonl", "wide/tempeval3_train.jsonl"]


def news_corpus(directory, megabytes, files=2700):
    """Write about `megabytes` of the evaluation sets' news into `files` files (their
    articles dealt out in turn, the sets repeated as needed); return their paths, or
    None when the sets are not there."""
    import json
    texts = []
    for name in EVAL_SETS:
        path = os.path.join(EVAL, name)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as handle:
                texts += [json.loads(line)["text"] for line in handle if line.strip()]
    if not texts:
        return None
    target, articles, written = int(megabytes * 1_000_000), [], 0
    while written < target:
        text = texts[len(articles) % len(texts)]
        articles.append(text)
        written += len(text)
    paths = []
    for i in range(min(files, len(articles))):
        path = os.path.join(directory, f"news{i:05d}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("\n\n".join(articles[i::files]))
        paths.append(path)
    return paths


def read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def corpus_files(corpus):
    if os.path.isdir(corpus):
        return sorted(os.path.join(corpus, n) for n in os.listdir(corpus) if n.endswith(".txt"))
    return [corpus]


# Runs a command and prints its seconds and peak memory.  The command is started from this
# small process, not from the benchmark: on Linux a child started from a big process is
# charged that process's memory as its own peak.
MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
result = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
elapsed = time.perf_counter() - started
sys.stderr.buffer.write(result.stderr)
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, result.returncode)
"""


def measured(command, stdin=None):
    """(seconds, peak memory in MB) of a command run with its output thrown away."""
    result = subprocess.run([sys.executable, "-c", MEASURE, *command], stdin=stdin,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed, peak, returncode = result.stdout.split()
    if int(returncode) != 0:
        sys.exit(f"bench: {' '.join(command[:3])} ... failed: {result.stderr.decode()[-500:]}")
    return float(elapsed), float(peak)


def timed(command, stdin=None):
    return measured(command, stdin)[0]


def run_digest(paths, jobs=1):
    """(seconds, peak MB) for the CLI to digest the files as JSON Lines (with --files-from)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(paths))
    try:
        return measured([sys.executable, SCRIPT, "--json", "--jobs", str(jobs), "--files-from", listing.name])
    finally:
        os.unlink(listing.name)


def floor_seconds(paths):
    """Seconds for one re.findall(r"\\w+") pass over the same files, reading included."""
    started = time.perf_counter()
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            re.findall(r"\w+", handle.read())
    return time.perf_counter() - started


def best_of(runs, function, *args):
    return min(function(*args) for _ in range(runs))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", help="a directory of *.txt articles or one file (default: build one)")
    parser.add_argument("--mb", type=float, default=5, help="size of the built corpus in MB (default 5)")
    parser.add_argument("--quick", action="store_true", help="skip start-up, scaling and --jobs runs")
    parser.add_argument("--written", action="store_true",
                        help="use the articles written for the benchmark even when real news is at hand")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        paths, source = (corpus_files(args.corpus), args.corpus) if args.corpus else (None, None)
        if paths is None and not args.written:
            paths, source = news_corpus(work, args.mb), "the evaluation sets' news"
        if paths is None:
            paths, source = build_corpus(work, args.mb), "articles written for the benchmark"
        print(f"texts: {source}")
        texts = [read(p) for p in paths]
        chars = sum(len(t) for t in texts)
        words = sum(len(re.findall(r"\w+", t)) for t in texts)
        print(f"corpus: {len(paths)} files, {chars:,} characters, {words:,} words")

        seconds, peak = run_digest(paths)
        floor = best_of(3, floor_seconds, paths)
        print(f"digest --json:  {seconds:7.2f} s  {chars / seconds / 1e6:6.2f} MB/s  "
              f"{words / seconds:,.0f} words/s  peak memory {peak:.0f} MB")
        print(f"\\w+ floor:      {floor:7.2f} s  {chars / floor / 1e6:6.2f} MB/s  "
              f"digest is {floor / seconds:.2f} of the floor")
        if args.quick:
            return

        startup = best_of(5, timed, [sys.executable, SCRIPT, SEED])
        bare = best_of(5, timed, [sys.executable, "-c", "pass"])
        print(f"start-up:       digest on the seed {startup * 1000:.0f} ms, python3 -c pass "
              f"{bare * 1000:.0f} ms, difference {(startup - bare) * 1000:.0f} ms")

        one_file = os.path.join(work, "one.txt")
        for size in (5, 50):
            with open(one_file, "w", encoding="utf-8") as handle:
                joined = "\n".join(texts)
                handle.write((joined * (int(size * 1e6) // len(joined) + 1))[:int(size * 1e6)])
            with open(one_file, "rb") as stdin:
                elapsed, peak = measured([sys.executable, SCRIPT, "--json", "-"], stdin=stdin)
            print(f"one file {size:2d} MB: {elapsed:7.2f} s  peak memory {peak:.0f} MB")
        one_jobs = run_digest(paths, jobs=1)[0]
        two_jobs = run_digest(paths, jobs=2)[0]
        print(f"--jobs 2:       {two_jobs:7.2f} s against {one_jobs:.2f} s with --jobs 1 "
              f"({one_jobs / two_jobs:.2f}x)")


if __name__ == "__main__":
    main()
