"""Actor dictionaries (seeds/actors/*.csv) and one Aho-Corasick pass per article.

States, their demonyms and capitals, organisations, leaders with their terms of office and state
organs are loaded once per directory and matched with word-boundary and case checks, so that
"US" the country is found but "us" the pronoun is not, and "Chad" needs a capital C.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import ahocorasick

from pipelines.paths import ACTORS_DIR

# kinds of dictionary entry
STATE, DEMONYM, CAPITAL, ORG, PERSON, ORGAN = (
    "state",
    "demonym",
    "capital",
    "org",
    "person",
    "organ",
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One way of writing an actor: the code it maps to, its kind and, for people, a term."""

    code: str
    kind: str
    name: str
    start: date | None = None
    end: date | None = None
    role: str = ""


@dataclass(frozen=True, slots=True)
class Match:
    """An actor written in the text at [start, end), with the dictionary entries it may be."""

    start: int
    end: int
    surface: str
    entries: tuple[Entry, ...]

    @property
    def kind(self) -> str:
        return self.entries[0].kind


def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value.strip()) if value and value.strip() else None
    except ValueError:
        return None


def _rows(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


class Gazetteer:
    """All actor surface forms of one dictionary directory, compiled into one automaton."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.forms: dict[str, list[tuple[str, Entry]]] = {}
        # lower name -> (name, state code): capitals and seats of government
        self.capitals: dict[str, tuple[str, str]] = {}
        self.codes: set[str] = set()
        self.states: set[str] = set()
        for row in _rows(directory / "countries.csv"):
            code = row["code"].strip()
            self.codes.add(code)
            self.states.add(code)
            for name in [row.get("name", ""), *_split(row.get("aliases"))]:
                self._add(name, Entry(code, STATE, name))
            for name in _split(row.get("demonyms")):
                self._add(name, Entry(code, DEMONYM, name))
            for name in _split(row.get("capital")) + _split(row.get("capital_aliases")):
                self._add(name, Entry(code, CAPITAL, name))
                self.capitals[name.lower()] = (name, code)
        for row in _rows(directory / "organisations.csv"):
            code = row["code"].strip()
            self.codes.add(code)
            for name in [row.get("name", ""), *_split(row.get("aliases"))]:
                self._add(name, Entry(code, ORG, name))
        for row in _rows(directory / "leaders.csv"):
            entry_args = (row["country"].strip(), PERSON, row["name"].strip())
            term = (_iso(row.get("start")), _iso(row.get("end")), row.get("role", "").strip())
            for name in [row.get("name", ""), *_split(row.get("aliases"))]:
                self._add(name, Entry(*entry_args, *term))
        for row in _rows(directory / "organs.csv"):
            for name in [row.get("name", ""), *_split(row.get("aliases"))]:
                self._add(name, Entry(row["country"].strip(), ORGAN, name))
                if row.get("kind", "").strip() == "executive":
                    # "signed at the White House": a seat of government is a place in its
                    # state, never a namesake city elsewhere (Casablanca's alternate name)
                    self.capitals.setdefault(name.lower(), (name, row["country"].strip()))
        self._surnames: dict[str, set[str]] | None = None
        self.automaton = ahocorasick.Automaton()
        for key, values in self.forms.items():
            self.automaton.add_word(key, (key, tuple(values)))
        if self.forms:
            self.automaton.make_automaton()

    def fuzzy_person(self, word: str) -> tuple[Entry, ...]:
        """Leaders whose one-word name is one edit from `word` ("Mitterand" -> Mitterrand):
        news spells foreign names many ways. Only for words of six letters or more."""
        if len(word) < 6:
            return ()
        if self._surnames is None:
            index: dict[str, set[str]] = {}
            for key, values in self.forms.items():
                if " " in key or len(key) < 6 or not any(e.kind == PERSON for _, e in values):
                    continue
                for variant in {key, *_deletes(key)}:
                    index.setdefault(variant, set()).add(key)
            self._surnames = index
        low = word.lower()
        keys: set[str] = set()
        for variant in {low, *_deletes(low)}:
            keys |= self._surnames.get(variant, set())
        keys.discard(low)
        keys = {k for k in keys if k[0] == low[0] and _one_edit(k, low)}
        if len(keys) != 1:
            return ()
        (key,) = keys
        return tuple(e for _, e in self.forms[key] if e.kind == PERSON)

    def _add(self, surface: str, entry: Entry) -> None:
        surface = surface.strip()
        if len(surface) < 2 or not entry.code:
            return
        self.forms.setdefault(surface.lower(), []).append((surface, entry))

    def find(self, text: str, lower: str | None = None) -> list[Match]:
        """Leftmost-longest actor matches in `text`, on word boundaries and with case checks."""
        if not self.forms:
            return []
        lower = lower if lower is not None else text.lower()
        found: list[Match] = []
        n = len(text)
        for end_idx, (key, values) in self.automaton.iter(lower):
            start = end_idx - len(key) + 1
            end = end_idx + 1
            if start > 0 and (lower[start - 1].isalnum() or _prefixed(text, start)):
                continue
            if end < n and lower[end].isalnum():
                continue
            written = text[start:end]
            entries = tuple(e for surface, e in values if _case_ok(surface, written))
            if entries:
                found.append(Match(start, end, written, entries))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        out: list[Match] = []
        last_end = -1
        for m in found:
            if m.start >= last_end:
                out.append(m)
                last_end = m.end
        return out


_TOKEN = re.compile(r"[A-Z][a-z]{2,}")


def short_names(text: str, matches: list[Match], start: int = 0) -> list[Match]:
    """`matches` plus each later bare 'Kim' or 'Pelosi' that shortens a person the article
    named in full ("Kim Jong Un ... Kim said"): news gives a full name once, then one part of
    it. A part shared by two people of the article ('Kim Jong Un', 'Kim Yo Jong') is dropped."""
    owners: dict[str, tuple[int, tuple[Entry, ...]]] = {}
    clash: set[str] = set()
    for m in matches:
        if m.kind != PERSON or " " not in m.surface:
            continue
        codes = {e.code for e in m.entries}
        for token in _TOKEN.findall(m.surface):
            seen = owners.get(token)
            if seen is not None and {e.code for e in seen[1]} != codes:
                clash.add(token)
            elif seen is None:
                owners[token] = (m.end, m.entries)
    for token in clash:
        owners.pop(token, None)
    if not owners:
        return matches
    taken = [(m.start, m.end) for m in matches]
    first = min(after for after, _ in owners.values())
    extra = []
    for w in _TOKEN.finditer(text, max(start, first)):
        owner = owners.get(w.group(0))
        if owner is None or (w.end() < len(text) and text[w.end()].isalnum()):
            continue
        after, entries = owner
        if w.start() < after or (w.start() > 0 and text[w.start() - 1].isalnum()):
            continue
        if any(a <= w.start() < b for a, b in taken):
            continue
        extra.append(Match(w.start(), w.end(), w.group(0), entries))
    if not extra:
        return matches
    return sorted(matches + extra, key=lambda m: m.start)


# "U.S. House Speaker Nancy Pelosi", "Saudi national security adviser Musaed al-Aiban": a
# state or demonym, a title, then a name the dictionaries lack
_TITLED_NAME = re.compile(
    r"\s+(?:[\w.'’-]+\s+){0,4}?(?:[Ss]peaker|[Ee]nvoy|[Aa]dvis[eo]r|[Ss]ecretary|[Mm]inister"
    r"|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|[Cc]hief|[Dd]iplomat|[Nn]egotiator"
    r"|[Cc]ommander|[Gg]eneral|[Pp]resident|[Pp]remier|[Cc]hancellor|[Ll]eader|[Oo]fficial)"
    r"\s+((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+|bin|ibn|de|van|von)){1,3})"
)


def titled_names(text: str, matches: list[Match]) -> list[Match]:
    """`matches` plus officials named after their state and title whom the dictionaries lack:
    the name stands for that state for the rest of the article (through `short_names`)."""
    extra = []
    taken = [(m.start, m.end) for m in matches]
    for m in matches:
        if m.kind not in (STATE, DEMONYM, ORGAN):
            continue
        t = _TITLED_NAME.match(text, m.end, m.end + 90)
        if t is None or any(a < t.end(1) and t.start(1) < b for a, b in taken):
            continue
        name = t.group(1)
        extra.append(Match(t.start(1), t.end(1), name, (Entry(m.entries[0].code, PERSON, name),)))
    if not extra:
        return matches
    return sorted(matches + extra, key=lambda x: x.start)


def _one_edit(a: str, b: str) -> bool:
    """Exactly one insertion, deletion or substitution apart."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _prefixed(text: str, start: int) -> bool:
    """'pro-Russian', 'anti-US' are stances, but 'Israel-UAE' and 'U.S.-Japan' name two actors."""
    if text[start - 1] not in "-–":
        return False
    j = start - 1
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j : start - 1].islower()


def _case_ok(surface: str, written: str) -> bool:
    """All-caps forms (US, UN, DPRK) must match exactly; capitalised forms need a capital."""
    letters = [c for c in surface if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 5:
        return written == surface
    if surface[:1].isupper():
        return written[:1].isupper()
    return True


def resolve(entries: tuple[Entry, ...], when: date | None) -> str | None:
    """The code an actor stands for at `when`: a person maps to the state of their term then."""
    people = [e for e in entries if e.kind == PERSON]
    if not people:
        codes = {e.code for e in entries}
        return entries[0].code if len(codes) == 1 else None
    if when is not None:
        live = [
            e
            for e in people
            if (e.start is None or e.start <= when) and (e.end is None or when <= e.end)
        ]
        if live:
            people = live
        else:
            return None
    codes = {e.code for e in people}
    return people[0].code if len(codes) == 1 else None


@lru_cache(maxsize=4)
def load_gazetteer(directory: str) -> Gazetteer:
    """The dictionaries of `directory`, compiled once per process."""
    return Gazetteer(Path(directory))


def default_gazetteer() -> Gazetteer:
    """`GEOEVENTS_ACTORS_DIR` if set (tests, other dictionaries), else seeds/actors."""
    return load_gazetteer(os.environ.get("GEOEVENTS_ACTORS_DIR") or str(ACTORS_DIR))
