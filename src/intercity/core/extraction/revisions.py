"""Tracked changes printed into the text of a working draft: "[DELETED: …]", "[INSERTED: …]",
"[COMMENT AB: …]" (a word processor's "all markup" view exported to text). The facts are those of
the final reading: deleted text and reviewers' comments are no facts, inserted text is.

``final_reading(doc)`` returns the document with the deleted text, the comments and the markup
around inserted text replaced by spaces of the same length, so that every offset still points into
the original wording (``doc.text[b.start:b.end]`` stays the block's text).
"""

from __future__ import annotations

import dataclasses
import re

from intercity.core.documents.types import ParsedDocument

# the markup's words, upper case as such exports print them (a bracketed "[deleted]" in prose is left alone)
_DELETED = (r"DELETED|REMOVED|DELETION|IZBRISANO|OBRISANO|IZBRISAN[OA]?|GELÖSCHT|GELOESCHT|SUPPRIMÉ|SUPPRIME|ELIMINADO|BORRADO"
            r"|CANCELLATO|ELIMINATO|EXCLUÍDO|EXCLUIDO|VERWIJDERD|USUNIĘTO|USUNIETO|ODSTRANĚNO|ZMAZANÉ|ИЗБРИСАНО|УДАЛЕНО|ВИДАЛЕНО"
            r"|IZBRISANO|SILINDI|TÖRÖLVE|STERS|RADERAT|SLETTET|POISTETTU")
_INSERTED = (r"INSERTED|ADDED|INSERTION|DODANO|DODATO|UMETNUTO|EINGEFÜGT|EINGEFUEGT|HINZUGEFÜGT|AJOUTÉ|AJOUTE|INSÉRÉ|INSERTADO"
             r"|AÑADIDO|AGREGADO|INSERITO|AGGIUNTO|INSERIDO|ADICIONADO|INGEVOEGD|TOEGEVOEGD|DODANE|WSTAWIONO|VLOŽENO|VLOŽENÉ"
             r"|ДОДАДЕНО|ДОДАТО|ДОБАВЛЕНО|ДОДАНО|EKLENDİ|EKLENDI|BESZÚRVA|ADĂUGAT|INFOGAT|TILFØJET|LISÄTTY")
_COMMENT = (r"COMMENT|KOMENTAR|KOMMENTAR|COMMENTAIRE|COMENTARIO|COMMENTO|COMENTÁRIO|OPMERKING|KOMENTARZ|KOMENTÁŘ|KOMENTÁR"
            r"|КОМЕНТАР|КОММЕНТАРИЙ|KOMMENT|YORUM|MEGJEGYZÉS|KOMMENTTI")
# "[WORD: text]" or "[WORD AB: text]" (a reviewer's initials or name before the colon); no bracket inside
_MARK = re.compile(r"\[(?P<word>" + _DELETED + "|" + _INSERTED + "|" + _COMMENT + r")\b(?P<who>[^\[\]:\n]{0,30}):\s*"
                   r"(?P<body>[^\[\]]*)\]")
_DEL_RE = re.compile(r"(?:" + _DELETED + r")$")
_INS_RE = re.compile(r"(?:" + _INSERTED + r")$")


def _blank(s: str) -> str:
    """Spaces of the same length, line breaks kept (line numbers and blocks stay as read)."""
    return re.sub(r"[^\n]", " ", s)


def final_text(text: str) -> str:
    """``text`` as it reads once the changes are accepted and the comments removed (same length)."""
    if "[" not in text or not _MARK.search(text):
        return text
    out = []
    pos = 0
    for m in _MARK.finditer(text):
        out.append(text[pos:m.start()])
        word = m.group("word")
        if _INS_RE.match(word):
            out.append(_blank(text[m.start():m.start("body")]) + m.group("body") + " ")
        else:  # deleted text, a comment
            out.append(_blank(m.group()))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def has_tracked_changes(text: str) -> bool:
    """A deletion or an insertion marked (comments alone are no draft's markup: "[COMMENT: …]" may be a note)."""
    return any(not re.match(r"(?:" + _COMMENT + r")$", m.group("word")) for m in _MARK.finditer(text))


def final_reading(doc: ParsedDocument) -> ParsedDocument:
    """The document (and its attachments) with its tracked changes accepted, offsets unchanged."""
    atts = [final_reading(a) for a in (doc.attachments or [])]
    if not has_tracked_changes(doc.text):
        if all(a is b for a, b in zip(atts, doc.attachments or [])):
            return doc
        return dataclasses.replace(doc, attachments=atts)
    text = final_text(doc.text)
    blocks = []
    for b in doc.blocks:
        nb = dataclasses.replace(b)
        if doc.text[b.start:b.end] == b.text:
            nb.text = text[b.start:b.end]
        else:
            nb.text = final_text(b.text)
        blocks.append(nb)
    return dataclasses.replace(doc, text=text, blocks=blocks, attachments=atts)
