"""People of the team: "Ms. LEE Su-jeong, Deputy Director of Intercity Cooperation" and the lines
that follow it (what the person does, their portfolio), plus the team named in the document.

Rules:

- a person line is ``[Mr.|Ms.|Dr. …] NAME, ROLE`` (also after "Presenter:" / "Presented by");
  without an honorific the name must look like a name (an upper-case family name such as
  "LEE Su-jeong", or two to four capitalised words) and the role must contain a role word
  (Director, Official, Officer, Interpreter, Manager, Mayor, Head …);
- the role ends where a date or a new field begins ("… Date: September 30th, 2021", "· 30 September");
- the short lines after a person line (bullets, "*EU IURC", "Responsible for …") up to the next
  person, heading or long paragraph are the person's portfolio ("Responsible for" / "In charge of"
  dropped), joined with "; ";
- the organisation is the team named in the document ("Intercity Cooperation Team, Diplomacy &
  Trade Division, Busan Metropolitan City"), else empty;
- one person per name: a later mention (the presenter line and the team slide) completes the
  first instead of duplicating it.
"""

from __future__ import annotations

import re

from intercity.core.documents.types import ParsedDocument
from intercity.core.extraction.text import DocIndex, clean, split_marker
from intercity.core.extraction.types import PersonFact

_HONORIFIC = r"(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Sir|Madam|Mme|M|Sr|Sra|Herr|Frau)\.?"
_ROLE_WORDS = re.compile(
    r"\b(?:director|official|officer|interpreter|translator|manager|mayor|deputy|head|chief|coordinator|specialist"
    r"|adviser|advisor|secretary|consul|commissioner|assistant|leader|president|minister|ambassador|counsell?or"
    r"|staff|expert|researcher|professor|chair(?:man|woman|person)?|governor|councill?or|representative|attach[ée]"
    r"|delegate|administrator|analyst|planner|engineer|inspector|supervisor|executive|ceo|cfo|cto|editor|consultant"
    r"|directora?|jefe|jefa|alcalde|alcaldesa|int[ée]rprete|comisionad[oa]|maire|adjoint[e]?|chef|charg[ée]e?"
    r"|b[üu]rgermeister(?:in)?|leiter(?:in)?|referent(?:in)?)\b", re.IGNORECASE)
_CAPS_NAME = r"[A-Z]{2,}(?:[\s\-][A-Z]{2,})?\s+[A-Z][a-z]+(?:[\-\s][A-Za-z][a-z]+)?"  # LEE Su-jeong, NAM Gung-min
_NAME_CAPS = r"[A-Z][a-z]+(?:[\-][A-Za-z][a-z]+)?\s+[A-Z]{2,}"  # Su-jeong LEE
_TITLE_NAME = r"[A-Z][a-zà-ÿ'’]+(?:[\-\s](?:de\s+|van\s+|von\s+|da\s+)?[A-Z][a-zà-ÿ'’]+){1,3}"  # Ada Colau
_PREFIX = r"(?:(?:Presenter|Presented\s+by|Speaker|Contact|Author|Prepared\s+by|Moderator|Host)\s*:?\s*)"
_PERSON = re.compile(
    r"^(?P<prefix>" + _PREFIX + r")?(?:(?P<hon>" + _HONORIFIC + r")\s+)?"
    r"(?P<name>" + _CAPS_NAME + "|" + _NAME_CAPS + "|" + _TITLE_NAME + r")\s*[,–—|:]\s*(?P<role>[^\n]{2,160})$")
_ROLE_END = re.compile(r"\s+(?:Date|Tel|Phone|E-?mail|Venue|Place)\s*:|\s+[·|]\s+|\s+\(\s*\d|\s+(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
                       r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
                       re.IGNORECASE)
_PORTFOLIO_PREFIX = re.compile(r"^(?:responsible\s+for|in\s+charge\s+of|in\s+charge\s*:|responsible\s*:|portfolio\s*:|"
                               r"covers?|covering)\s+", re.IGNORECASE)
_ORG = re.compile(r"\b(?:Team|Division|Department|Bureau|Office|Directorate|Unit|Section|Agency|Secretariat)\b"
                  r"|(?:팀|과|국|본부|사무소)(?:\s|,|$)|(?:課|局|室|部)(?:\s|、|,|$)")
_NOT_NAMES = {"international relations", "intercity cooperation", "busan metropolitan", "smart city", "city hall",
              "european union", "united nations", "thank you"}


_INTRO = re.compile(r"^(?:Introducing|Introduction|About|Meet|Overview|Agenda|Contents|Welcome)\b", re.IGNORECASE)
_CITY_WORDS = re.compile(r"\b(?:City|Metropolitan|Municipal|Government|Council|Prefecture|Province)\b|(?:광역시|특별시|시청|市役所|市政府)")


def organisation_of(doc: ParsedDocument) -> str:
    """The team the document names: the short line naming the most organisational units
    ("Intercity Cooperation Team, Diplomacy & Trade Division, Busan Metropolitan City")."""
    best, best_score = "", 0
    for b in doc.blocks[:80]:
        text = clean(b.text)
        text = re.sub(r"^" + _PREFIX, "", text)
        text = re.sub(r"^(?:Prepared\s+(?:for|by)\s+(?:the\s+)?|By\s+the\s+|From\s*:\s*)", "", text, flags=re.IGNORECASE)
        if not 8 <= len(text) <= 140 or _INTRO.match(text) or person_in(text) or "@" in text:
            continue
        units = len(_ORG.findall(text))
        if not units:
            continue
        score = units + (1 if _CITY_WORDS.search(text) else 0) + (1 if "," in text else 0)
        if text.endswith((".", "。")) and len(text.split()) > 12:
            score -= 2
        if score > best_score:
            best, best_score = text.rstrip(" ."), score
    return best if best_score >= 2 else ""


def _is_name(name: str, hon: str | None, prefix: str | None) -> bool:
    if name.casefold() in _NOT_NAMES:
        return False
    if re.fullmatch(_CAPS_NAME, name) or re.fullmatch(_NAME_CAPS, name):
        return True
    return bool(hon or prefix)


def person_in(text: str) -> tuple[str, str, int, int] | None:
    """(name, role, start, end) when ``text`` is a person line."""
    m = _PERSON.match(text)
    if not m:
        return None
    name = m.group("name").strip()
    role = m.group("role")
    cut = _ROLE_END.search(role)
    if cut:
        role = role[:cut.start()]
    role = role.strip(" ,;:-–")
    if not role or not _is_name(name, m.group("hon"), m.group("prefix")):
        return None
    if not _ROLE_WORDS.search(role) or len(role.split()) > 12:
        return None
    start = m.start("hon") if m.group("hon") else m.start("name")
    end = m.start("role") + len(m.group("role")[:cut.start()] if cut else m.group("role").rstrip())
    return name, role, start, end


def extract_people(doc: ParsedDocument, index: DocIndex) -> list[PersonFact]:
    organisation = organisation_of(doc)
    people: list[PersonFact] = []
    by_name: dict[str, PersonFact] = {}
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        raw = b.text
        marker = split_marker(raw)
        text = raw[marker.length:] if marker.bullet and marker.number is None else raw
        offset = len(raw) - len(text)
        found = person_in(clean(text)) if "**" in text or "<" in text else person_in(text.strip())
        if not found:
            i += 1
            continue
        name, role, s, e = found
        lead = len(text) - len(text.lstrip())
        ev = index.evidence(b.start + offset + lead + s, b.start + offset + lead + e, b)
        # the portfolio: the short lines that follow (a byline such as "Presenter: …" has none)
        portfolio: list[str] = []
        j = i + 1
        byline = bool(re.match(_PREFIX, text.strip()))
        while not byline and j < len(blocks):
            nb = blocks[j]
            t = clean(nb.text)
            if not t:
                j += 1
                continue
            if nb.kind in ("title", "heading", "header", "notes") or person_in(t) or len(t) > 140:
                break
            if nb.slide != b.slide or (nb.page != b.page and nb.page is not None):
                break
            m2 = split_marker(t)
            line = t[m2.length:] if m2.bullet else t
            line = line.lstrip("*-• ").strip()
            if not line or _looks_like_heading(line, nb.kind) or _INTRO.match(line):
                break
            line = _PORTFOLIO_PREFIX.sub("", line).strip()
            if line:
                portfolio.append(line)
            j += 1
        key = name.casefold()
        if key in by_name:
            fact = by_name[key]
            if not fact.portfolio and portfolio:
                fact.portfolio = "; ".join(portfolio)
            if not byline and fact.byline:
                fact.evidence = ev  # the team slide rather than the presenter line
                fact.byline = False
            if len(role) > len(fact.role) and not fact.role:
                fact.role = role
        else:
            fact = PersonFact(name=name, role=role, organisation=organisation, portfolio="; ".join(portfolio), evidence=ev)
            fact.byline = byline
            by_name[key] = fact
            people.append(fact)
        i = j if portfolio else i + 1
    for fact in people:
        fact.__dict__.pop("byline", None)
    return people


def _looks_like_heading(line: str, kind: str) -> bool:
    """A slide title such as "Busan Metropolitan City - Introduction" ends the portfolio."""
    return bool(re.search(r"\s[-–]\s*(?:Introduction|Overview|Contents)$", line)) or line.lower() in {"thank you", "contents"}
