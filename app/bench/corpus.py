"""A synthetic archive for the benchmark: raw pages built from real news sentences.

Each page is a headline, a byline naming its source, a date line and 300-700 words of
sentences taken from the seed pages and the FA-KES corpus, with persons and cities planted
in forms the real extraction recognises ("said Defense Minister Khalid Haddad", "in Aleppo,
Syria"). Persons and cities are drawn with a Zipf-like skew, as in real news: a few are in
many articles, most in few. Everything follows from the seed, so two runs give the same pages.
"""

from __future__ import annotations

import csv
import random
import re
from bisect import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

from app.config import PROJECT_ROOT

SEEDS_DIR = PROJECT_ROOT / "seeds"
# The FA-KES export the repo ships for its demo (attribution in seeds/fa-kes.README.md), so
# the same archive is generated wherever the repo is cloned.
FAKES_CSV = SEEDS_DIR / "fa-kes.csv"

WORDS_MIN, WORDS_MAX = 300, 700
FIRST_DAY, LAST_DAY = date(2011, 1, 1), date(2024, 12, 31)
# Zipf exponent of entity popularity. Around 1 is what word and name frequencies in news
# follow; with it the top person of a 100k archive is in ~10% of the articles.
ZIPF_S = 1.05

# The outlets of FA-KES, written as the page would (and as extraction keeps them: shouted
# names like "SANA" come out as "Sana", and "Al-Ahram" would leave a city "Ahram").
SOURCES = (
    "Reuters", "Ahram Online", "Al-Manar", "Al-Alam", "Al-Araby", "Daily Sabah",
    "Syrian Arab News Agency", "Sputnik", "Etilaf", "TRT World", "Jordan Times", "Al Arabiya",
    "National News Agency", "Asharq Al-Awsat", "Interfax",
)  # fmt: skip
REPORTERS_PER_SOURCE = 6
# Countries of the conflicts the archive is about: the Middle East, North and East Africa,
# the Sahel and Ukraine.
COUNTRIES = (
    "SY", "IQ", "YE", "LB", "JO", "IL", "PS", "SA", "IR", "TR", "EG", "LY", "TN", "DZ", "MA",
    "SD", "SS", "SO", "ET", "ML", "NE", "BF", "NG", "TD", "UA", "AF",
)  # fmt: skip
FIRST_NAMES = (
    "Ahmed", "Mohammed", "Khalid", "Omar", "Hassan", "Ali", "Youssef", "Ibrahim", "Tariq",
    "Samir", "Walid", "Karim", "Nabil", "Faisal", "Rami", "Fatima", "Leila", "Amina", "Nadia",
    "Rania", "Mariam", "Yasmin", "Olena", "Oksana", "Andriy", "Dmytro", "Serhiy", "Mykola",
    "Viktor", "Yulia", "John", "Michael", "David", "James", "Robert", "Sarah", "Anne", "Peter",
    "Thomas", "Daniel", "Mustafa", "Hamza", "Bilal", "Abdullah", "Salim", "Jamal", "Adel",
    "Hussein", "Mahmoud", "Aisha",
)  # fmt: skip
LAST_NAMES = (
    "Haddad", "Khoury", "Mansour", "Nasser", "Saleh", "Hamdan", "Aziz", "Rahman", "Farouk",
    "Karimi", "Othman", "Qasim", "Bakr", "Darwish", "Najjar", "Sabbagh", "Tamimi", "Zidan",
    "Hijazi", "Jaber", "Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk",
    "Kravchenko", "Petrenko", "Moroz", "Lysenko", "Marchenko", "Miller", "Walker", "Bennett",
    "Harris", "Coleman", "Fischer", "Laurent", "Moreau", "Rossi", "Ferrari", "Yilmaz",
    "Demir", "Kaya", "Ozturk", "Suleiman", "Abdi", "Okafor", "Traore", "Diallo", "Keita",
)  # fmt: skip
TITLES = (
    "Defense Minister", "Foreign Minister", "Interior Minister", "General", "Colonel",
    "Prime Minister", "spokesman", "commander", "President", "envoy", "Ambassador",
)  # fmt: skip
PERSON_FRAMES = (
    "{sentence} said {title} {name}.",
    '"The situation remains very difficult," {name} told reporters.',
    "{title} {name} said the talks would continue next week.",
)
CITY_FRAMES = (
    "Fighting was reported in {city}, {country}, on {weekday}.",
    "Residents in {city}, {country}, said the situation was calm.",
    "Officials met in {city}, {country}, to discuss the next steps.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Person:
    name: str  # "Khalid Haddad"
    title: str  # "Defense Minister"


@dataclass(frozen=True)
class Place:
    name: str  # "Aleppo"
    country: str  # "Syria"


@dataclass(frozen=True)
class SyntheticArticle:
    number: int
    title: str
    published: date
    source: str
    author: str
    persons: tuple[Person, ...]
    cities: tuple[Place, ...]
    body: str

    @property
    def file_name(self) -> str:
        return f"{self.number:07d}.txt"

    def page(self) -> str:
        """The raw page as a scraper would save it."""
        day = f"{self.published:%B} {self.published.day}, {self.published.year}"
        return f"{self.title}\n\nBy {self.author}, {self.source}\n{day}\n\n{self.body}\n"


def load_sentences(
    seeds_dir: Path = SEEDS_DIR, corpus_csv: Path = FAKES_CSV
) -> tuple[list[str], list[str]]:
    """(sentences, headlines) from the seed pages and, when present, the FA-KES corpus."""
    texts: list[str] = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    headlines: list[str] = []
    if corpus_csv.is_file():
        csv.field_size_limit(1 << 30)
        with corpus_csv.open(encoding="utf-8", newline="") as stream:
            for row in csv.DictReader(stream):
                texts.append(row["article_content"])
                # Without the site suffix ("... | Jordan Times"), which names another source.
                title = re.split(r"\s+[|\-–]\s+", " ".join(row["article_title"].split()))[0]
                if title.isprintable() and "\ufffd" not in title and "." not in title[:-1]:
                    headlines.append(title.rstrip("."))
    sentences = sorted({s for text in texts for s in _sentences(text)})
    headlines = sorted({h for h in headlines if 4 <= len(h.split()) <= 16})
    if not headlines:  # seeds only: headlines made from opening words of sentences
        headlines = sorted({" ".join(s.split()[:9]).rstrip(".,;") for s in sentences})
    return sentences, headlines


_MIN_SENTENCE_WORDS = 8
# FA-KES texts open with their date ("Wed 05 Apr 2017 ...", "Published June 11 2016 ..."),
# which extraction would take for the page's date.
_DATED = re.compile(
    r"^(?:Published|Posted|Updated|Date|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug"
    r"|Sep|Oct|Nov|Dec|\d)",
)


def _sentences(text: str) -> Iterator[str]:
    """Plain story sentences of 8-40 words, without quotes that could run across lines."""
    for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])", " ".join(text.split())):
        words = part.split()
        if (
            _MIN_SENTENCE_WORDS <= len(words) <= 40
            and part[-1] in ".!?"
            and '"' not in part
            and part.isprintable()
            and not _DATED.match(part)
        ):
            yield part


def city_pool(count: int, rng: random.Random) -> list[Place]:
    """Real GeoNames cities of the conflict countries, biggest first, shuffled in bands so
    popularity loosely follows population."""
    from app.extract.gazetteer import gazetteer

    gaz = gazetteer()
    cities = [
        c
        for c in gaz.cities.values()
        if c.country_code in COUNTRIES
        and c.population >= 20_000
        and re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?", c.name)
    ]
    cities.sort(key=lambda c: (-c.population, c.geonames_id))
    seen: set[str] = set()
    unique = []
    for city in cities:  # one city per name, or extraction could resolve it elsewhere
        if city.name not in seen:
            seen.add(city.name)
            unique.append(Place(city.name, gaz.countries[city.country_code]))
    chosen = unique[:count]
    for start in range(0, len(chosen), 20):
        band = chosen[start : start + 20]
        rng.shuffle(band)
        chosen[start : start + 20] = band
    return chosen


def person_pool(count: int, rng: random.Random) -> list[Person]:
    """Distinct plausible names (given name + surname, a middle initial-free double surname
    when the simple combinations run out)."""
    combos = [f"{f} {last}" for f in FIRST_NAMES for last in LAST_NAMES]
    rng.shuffle(combos)
    if count > len(combos):
        more = [
            f"{f} {a}-{b}" for f in FIRST_NAMES for a in LAST_NAMES for b in LAST_NAMES if a != b
        ]
        rng.shuffle(more)
        combos += more
    return [Person(name, rng.choice(TITLES)) for name in combos[:count]]


class Zipf:
    """Draws indexes 0..n-1 with probability proportional to 1 / (rank + 1) ** s."""

    def __init__(self, n: int, s: float = ZIPF_S) -> None:
        self._cum = list(accumulate(1 / (rank + 1) ** s for rank in range(n)))

    def draw(self, rng: random.Random) -> int:
        return min(bisect(self._cum, rng.random() * self._cum[-1]), len(self._cum) - 1)


def generate(count: int, seed: int = 0) -> Iterator[SyntheticArticle]:
    """``count`` articles, the same ones for the same seed."""
    rng = random.Random(seed)
    sentences, headlines = load_sentences()
    # Pools grow with the archive, as a bigger archive names more people and places.
    persons = person_pool(max(50, count // 10), rng)
    places = city_pool(max(40, min(count // 30, 3000)), rng)
    pick_person, pick_place = Zipf(len(persons)), Zipf(len(places))
    source_weights = [1 / (rank + 1) ** 0.7 for rank in range(len(SOURCES))]
    # A few staff reporters per outlet (bylines are persons too, to extraction).
    reporters = {
        source: [
            f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            for _ in range(REPORTERS_PER_SOURCE)
        ]
        for source in SOURCES
    }
    span = (LAST_DAY - FIRST_DAY).days
    for number in range(count):
        who = _distinct(rng, pick_person, persons, rng.randint(1, 4))
        where = _distinct(rng, pick_place, places, rng.randint(1, 4))
        planted = [_person_sentence(rng, p, sentences) for p in who]
        planted += [_city_sentence(rng, c) for c in where]
        target = rng.randint(WORDS_MIN, WORDS_MAX)
        body = _body(rng, sentences, planted, target)
        source = rng.choices(SOURCES, source_weights)[0]
        yield SyntheticArticle(
            number=number,
            title=rng.choice(headlines),
            published=FIRST_DAY + timedelta(days=rng.randint(0, span)),
            source=source,
            author=rng.choice(reporters[source]),
            persons=tuple(who),
            cities=tuple(where),
            body=body,
        )


def _distinct(rng: random.Random, zipf: Zipf, pool: list, k: int) -> list:  # type: ignore[type-arg]
    chosen: list = []  # type: ignore[type-arg]
    while len(chosen) < min(k, len(pool)):
        item = pool[zipf.draw(rng)]
        if item not in chosen:
            chosen.append(item)
    return chosen


def _person_sentence(rng: random.Random, person: Person, sentences: list[str]) -> str:
    frame = rng.choice(PERSON_FRAMES)
    lead = rng.choice(sentences).rstrip(".!?")
    return frame.format(sentence=lead, title=person.title, name=person.name)


def _city_sentence(rng: random.Random, place: Place) -> str:
    frame = rng.choice(CITY_FRAMES)
    return frame.format(city=place.name, country=place.country, weekday=rng.choice(WEEKDAYS))


def _body(rng: random.Random, sentences: list[str], planted: list[str], target: int) -> str:
    """Paragraphs of 2-5 sentences, at least ``target`` words and at most WORDS_MAX, with the
    planted sentences at random places."""
    chosen = list(planted)
    words = sum(len(s.split()) for s in chosen)
    target = min(target, WORDS_MAX - _MIN_SENTENCE_WORDS)  # so a last sentence always fits
    while words < target:
        sentence = rng.choice(sentences)
        n = len(sentence.split())
        if words + n > WORDS_MAX:
            continue
        chosen.insert(rng.randint(0, len(chosen)), sentence)
        words += n
    paragraphs, i = [], 0
    while i < len(chosen):
        n = rng.randint(2, 5)
        paragraphs.append(" ".join(chosen[i : i + n]))
        i += n
    return "\n\n".join(paragraphs)


def write_pages(
    articles: Iterator[SyntheticArticle], directory: Path, per_folder: int = 1000
) -> int:
    """One .txt page per article, in sub-folders of ``per_folder`` pages."""
    count = 0
    for article in articles:
        folder = directory / f"{article.number // per_folder:04d}"
        if article.number % per_folder == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / article.file_name).write_text(article.page(), encoding="utf-8")
        count += 1
    return count
