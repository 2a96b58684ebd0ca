"""The database schema as numbered migrations, applied in order and recorded in `migrations`.

Never edit a migration that has shipped: add a new (version, sql) pair at the end. `db.migrate`
runs each pending one in its own transaction together with the row that records it, so a
database is always at exactly one version.

Offsets (`start`, `end`) are half-open character offsets into `letters.text`, the stored text,
exactly like the `span` of the `inzet.extract/1` contract.
"""

from __future__ import annotations

MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
"""

_V1_LETTERS = """
-- one row per letter; id = sha256 of the input bytes (content id, so re-ingesting is a no-op)
CREATE TABLE letters (
    id              TEXT PRIMARY KEY CHECK (length(id) = 64 AND id NOT GLOB '*[^0-9a-f]*'),
    source          TEXT NOT NULL,          -- path or URL as given at ingest
    format          TEXT NOT NULL,          -- txt | md | docx | pdf | html | xml
    text            TEXT NOT NULL,          -- the stored text: every span indexes into it
    letter_json     TEXT NOT NULL,          -- the contract's `letter` object
    extraction_json TEXT NOT NULL,          -- the whole inzet.extract/1 object
    evidence_json   TEXT NOT NULL DEFAULT '{}',  -- letter field -> [start, end]
    read_json       TEXT NOT NULL DEFAULT '{}',  -- reader warnings and format metadata
    date            TEXT,                   -- ISO date of the letter
    kind            TEXT NOT NULL CHECK (kind IN ('agenda', 'report', 'other')),
    chamber         TEXT,                   -- TK | EK
    subject         TEXT,
    reference       TEXT,                   -- ministry reference
    kamerstuk       TEXT,                   -- kst-<first dossier>-<number>, as citations write it
    signatory       TEXT,
    dropped         INTEGER NOT NULL DEFAULT 0,  -- facts the extractor could not map to a span
    extractor       TEXT NOT NULL,          -- inzet version that extracted it
    ingested_at     TEXT NOT NULL
);
CREATE INDEX letters_date ON letters(date);
CREATE INDEX letters_kind_date ON letters(kind, date);
CREATE INDEX letters_kamerstuk ON letters(kamerstuk);
CREATE INDEX letters_source ON letters(source);

CREATE TABLE meetings (
    letter_id  TEXT NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    type       TEXT NOT NULL,
    date_start TEXT,
    date_end   TEXT,
    location   TEXT,
    start      INTEGER,
    end        INTEGER,
    rule       TEXT,
    PRIMARY KEY (letter_id, idx),
    CHECK (start IS NULL OR (0 <= start AND start <= end))
);
CREATE INDEX meetings_type_date ON meetings(type, date_start);

CREATE TABLE sections (
    letter_id TEXT NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    heading   TEXT NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    rule      TEXT,
    PRIMARY KEY (letter_id, idx),
    CHECK (0 <= start AND start <= end)
);

CREATE TABLE sentences (
    id        INTEGER PRIMARY KEY,          -- rowid of sentences_fts
    letter_id TEXT NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    section   TEXT,                         -- heading of the section it stands in
    footnote  INTEGER,                      -- footnote number when it is a footnote body
    text      TEXT NOT NULL,                -- letters.text[start:end]
    stems     TEXT NOT NULL DEFAULT '',     -- Snowball Dutch stems of the sentence (store.stems)
    UNIQUE (letter_id, idx),
    CHECK (0 <= start AND start <= end)
);

-- `kind` is the contract's list name: amounts | gdp_shares | deployments | citations | acronyms
CREATE TABLE facts (
    letter_id TEXT NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    idx       INTEGER NOT NULL,             -- position in the contract's list
    value     TEXT NOT NULL,                -- the fact's JSON without span and rule
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    rule      TEXT NOT NULL,
    PRIMARY KEY (letter_id, kind, idx),
    CHECK (0 <= start AND start <= end)
);
CREATE INDEX facts_kind ON facts(kind);
"""

_V2_FTS = """
-- Dutch full-text index over sentences.stems (external content: the stems are stored once),
-- rowid = sentences.id; the triggers keep it in step with sentences.
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    stems,
    content = 'sentences',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_fts_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, stems) VALUES (new.id, new.stems);
END;
CREATE TRIGGER sentences_fts_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, stems) VALUES ('delete', old.id, old.stems);
END;
CREATE TRIGGER sentences_fts_au AFTER UPDATE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, stems) VALUES ('delete', old.id, old.stems);
    INSERT INTO sentences_fts(rowid, stems) VALUES (new.id, new.stems);
END;
INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
"""

_V3_SOURCES = """
-- documents seen at a remote source (Tweede Kamer OData), so a sync never ingests one twice
CREATE TABLE remote_documents (
    source      TEXT NOT NULL,              -- tk | koop
    remote_id   TEXT NOT NULL,              -- OData Id, or the publication id for koop
    letter_id   TEXT REFERENCES letters(id) ON DELETE SET NULL,
    nummer      TEXT,                       -- DocumentNummer, e.g. 2026D05130
    kst_id      TEXT,                       -- official publication id, e.g. kst-28676-599
    changed     TEXT,                       -- GewijzigdOp as the source wrote it
    deleted     INTEGER NOT NULL DEFAULT 0, -- the source marked it Verwijderd
    meta_json   TEXT NOT NULL DEFAULT '{}',
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (source, remote_id)
);
CREATE INDEX remote_documents_nummer ON remote_documents(nummer);
CREATE INDEX remote_documents_kst ON remote_documents(kst_id);
CREATE INDEX remote_documents_letter ON remote_documents(letter_id);

-- one cursor per source and scope (dossier set + document kind): where the last sync stopped
CREATE TABLE sync_state (
    source     TEXT NOT NULL,
    scope      TEXT NOT NULL,
    cursor     TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (source, scope)
);

-- alert rules; each has an Atom feed in the web app (/feeds/<name>.atom)
CREATE TABLE watch_rules (
    name       TEXT PRIMARY KEY CHECK (name GLOB '[a-z0-9]*' AND name NOT GLOB '*[^a-z0-9_-]*'),
    kind       TEXT NOT NULL CHECK (kind IN ('search', 'dossier', 'expiring', 'pledge')),
    arg        TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""

_V4_FILTER_TOKENS = """
-- index letter kind, chamber, year, meeting types and the sentence's fact kinds as tokens beside the
-- stems (see store/stems.py filter_tokens), so search filters run inside FTS5
UPDATE sentences SET stems = stems || ' ' || (
  SELECT trim('zzk' || l.kind
    || coalesce(' zzc' || lower(l.chamber), '')
    || coalesce(' zzy' || substr(l.date, 1, 4), '')
    || coalesce(' ' || (SELECT replace(group_concat(DISTINCT 'zzm' || lower(replace(m.type, '-', ''))), ',', ' ')
                         FROM meetings m WHERE m.letter_id = l.id), '')
    || coalesce(' ' || (SELECT replace(group_concat(DISTINCT 'zzf' || replace(f.kind, '_', '')), ',', ' ')
                         FROM facts f WHERE f.letter_id = sentences.letter_id
                           AND f.start < sentences.end AND f.end > sentences.start), ''))
  FROM letters l WHERE l.id = sentences.letter_id);
INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
"""

_V5_CHANGE_STAMP = """
-- a counter bumped by every write to letters, in the writer's own transaction (by trigger, so no write
-- path can forget it): readers key cross-letter results on it and compute them once per change
CREATE TABLE changes (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    stamp INTEGER NOT NULL
);
INSERT INTO changes (id, stamp) VALUES (1, (SELECT count(*) FROM letters));
CREATE TRIGGER letters_stamp_ai AFTER INSERT ON letters BEGIN
    UPDATE changes SET stamp = stamp + 1 WHERE id = 1;
END;
CREATE TRIGGER letters_stamp_ad AFTER DELETE ON letters BEGIN
    UPDATE changes SET stamp = stamp + 1 WHERE id = 1;
END;
CREATE TRIGGER letters_stamp_au AFTER UPDATE ON letters BEGIN
    UPDATE changes SET stamp = stamp + 1 WHERE id = 1;
END;
"""

_V6_EXTRACTOR_VERSION = """
-- the version of the extraction rules a letter's facts came from (inzet.extract.VERSION); letters
-- stored before it was recorded get 0, so they count as stale and `inzet reindex` extracts them again
ALTER TABLE letters ADD COLUMN extractor_version INTEGER NOT NULL DEFAULT 0;
CREATE INDEX letters_extractor_version ON letters(extractor_version);
"""

_V7_META_COLUMN = """
-- the filter tokens leave the stems for a column of their own, `meta`, which search weighs 0 in bm25: a
-- filter then never changes a score (a filtered search ranks exactly like the unfiltered one, filtered),
-- and a date range can be matched as year tokens however many years it spans. Undated letters get
-- `zzynone`, so "every year but these" is a NOT. The tokens migration 4 and ingest appended to the
-- stems start at the kind token ` zzk…`, which every sentence has. letters(id, date) lets the exact day
-- bounds of a range read a letter's date without its row (and the long text before the date in it).
ALTER TABLE sentences ADD COLUMN meta TEXT NOT NULL DEFAULT '';
DROP TRIGGER sentences_fts_ai;
DROP TRIGGER sentences_fts_ad;
DROP TRIGGER sentences_fts_au;
DROP TABLE sentences_fts;
UPDATE sentences SET
  stems = CASE WHEN instr(' ' || stems, ' zzk') > 0
               THEN rtrim(substr(stems, 1, instr(' ' || stems, ' zzk') - 1)) ELSE stems END,
  meta = CASE WHEN instr(' ' || stems, ' zzk') > 0
              THEN substr(stems, instr(' ' || stems, ' zzk')) ELSE '' END
         || CASE WHEN instr(' ' || stems, ' zzy') > 0 THEN '' ELSE ' zzynone' END;
UPDATE sentences SET meta = ltrim(meta) WHERE meta LIKE ' %';
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    stems,
    meta,
    content = 'sentences',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_fts_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, stems, meta) VALUES (new.id, new.stems, new.meta);
END;
CREATE TRIGGER sentences_fts_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, stems, meta) VALUES ('delete', old.id, old.stems, old.meta);
END;
CREATE TRIGGER sentences_fts_au AFTER UPDATE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, stems, meta) VALUES ('delete', old.id, old.stems, old.meta);
    INSERT INTO sentences_fts(rowid, stems, meta) VALUES (new.id, new.stems, new.meta);
END;
INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
CREATE INDEX letters_id_date ON letters(id, date);
"""

# -- migration 8: what bounds bm25, so search scores only the matches that can be best ------------------
# FTS5's bm25 adds, per query phrase, IDF x tf(k1 + 1) / (tf + k1(1 - b + b D / avgdl)): where each phrase
# occurs once, a sentence scores lower the longer it is (D counts `stems` and `meta` tokens). So the best of a
# common word's matches are short sentences and sentences where a word repeats; these two tables, kept by
# the store from `sentences`, find both (inzet/topk.py, store/bounds.py). A sentence whose stems or meta hold
# anything but [a-z0-9] words split by single spaces might tokenize otherwise in FTS5: it gets dl 0 and one
# entry ('', 0) in search_short instead, and is then scored for every query. The writer indexes what it
# inserts (in Python, cheaper than per row in SQL); triggers drop the entries of deleted rows and mark every
# inserted or changed one in search_unindexed, where search finds any row that was not indexed.
SHORT_MAX = 16          # search_short lists every word of the sentences of at most this many tokens


def _length(x: str) -> str:
    """SQL for the token count of sentence row `x` (stems and meta), 0 when they are not regular."""
    regular = (f"({x}.stems || ' ' || {x}.meta) NOT GLOB '*[^a-z0-9 ]*'"
               f" AND instr(' ' || {x}.stems || ' ' || {x}.meta || ' ', '  ') = 0")
    return (f"CASE WHEN {regular} THEN length({x}.stems) - length(replace({x}.stems, ' ', ''))"
            f" + length({x}.meta) - length(replace({x}.meta, ' ', '')) + 2 ELSE 0 END")


def _words(x: str, dl: str, irregular: str = "[]") -> str:
    """json_each over the stems of row `x` when `dl` (its length) is not 0, else over `irregular`."""
    return f"""json_each(CASE WHEN {dl} THEN '["' || replace({x}.stems, ' ', '","') || '"]' ELSE '{irregular}' END)"""


_OLD_DL = f"({_length('old')})"
_UNINDEX_OLD = f"""
    DELETE FROM search_short WHERE id = old.id AND dl = {_OLD_DL}
        AND key IN (SELECT value FROM {_words("old", _OLD_DL)} UNION ALL SELECT '');
    DELETE FROM search_repeats WHERE id = old.id AND dl = {_OLD_DL}
        AND key IN (SELECT value FROM {_words("old", _OLD_DL)}
                    UNION ALL SELECT substr(value, 1, 3) || '*' FROM {_words("old", _OLD_DL)});"""
# the same for every stored sentence at once, in migration 8
_SENTENCES = f"(SELECT s.id AS id, s.stems AS stems, {_length('s')} AS dl FROM sentences s)"
_WORD_COUNTS = f"(SELECT r.id AS id, r.dl AS dl, j.value AS key, count(*) AS n FROM {_SENTENCES} r, " \
               f"{_words('r', 'r.dl')} j GROUP BY r.id, j.value)"
_INDEX_ALL = f"""
INSERT INTO search_short (key, dl, id)
    SELECT * FROM (SELECT DISTINCT CASE WHEN r.dl THEN j.value ELSE '' END, r.dl, r.id
                   FROM {_SENTENCES} r, {_words("r", "r.dl", "[0]")} j WHERE r.dl <= {SHORT_MAX})
    ORDER BY 1, 2, 3;
INSERT INTO search_repeats (key, dl, id, n)
    SELECT * FROM (SELECT key, dl, id, n FROM {_WORD_COUNTS} WHERE n > 1
                   UNION ALL
                   SELECT substr(key, 1, 3) || '*', dl, id, sum(n) FROM {_WORD_COUNTS} WHERE length(key) >= 3
                   GROUP BY id, substr(key, 1, 3) HAVING count(*) > 1)
    ORDER BY 1, 2, 3;"""

_V8_SEARCH_BOUNDS = f"""
-- search_short: each word (key) of each sentence (id) of at most SHORT_MAX tokens (dl, `meta` included)
CREATE TABLE search_short (
    key TEXT NOT NULL,
    dl  INTEGER NOT NULL,
    id  INTEGER NOT NULL,
    PRIMARY KEY (key, dl, id)
) WITHOUT ROWID;
-- search_repeats: each word that occurs n >= 2 times in a sentence, and each first three letters shared by
-- two different words of it (key 'oek*', n = how many words start so), with the sentence's length dl
CREATE TABLE search_repeats (
    key TEXT NOT NULL,
    dl  INTEGER NOT NULL,
    id  INTEGER NOT NULL,
    n   INTEGER NOT NULL,
    PRIMARY KEY (key, dl, id)
) WITHOUT ROWID;
-- sentences written since the store last indexed (by SQL of its own, not `Store`): search scores every
-- match while there is one
CREATE TABLE search_unindexed (id INTEGER PRIMARY KEY);
-- document frequencies per column: the IDF that FTS5's bm25 will use
CREATE VIRTUAL TABLE sentences_vocab USING fts5vocab(sentences_fts, col);
{_INDEX_ALL.strip()}
CREATE TRIGGER sentences_search_ai AFTER INSERT ON sentences BEGIN
    INSERT OR IGNORE INTO search_unindexed (id) VALUES (new.id);
END;
CREATE TRIGGER sentences_search_ad AFTER DELETE ON sentences BEGIN{_UNINDEX_OLD}
    DELETE FROM search_unindexed WHERE id = old.id;
END;
CREATE TRIGGER sentences_search_au AFTER UPDATE ON sentences BEGIN{_UNINDEX_OLD}
    INSERT OR IGNORE INTO search_unindexed (id) VALUES (new.id);
END;
"""

# (version, name, sql) in the order they are applied.
MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "letters, meetings, sections, sentences, facts", _V1_LETTERS),
    (2, "sentences_fts: Dutch stems, unicode61 remove_diacritics 2", _V2_FTS),
    (3, "remote_documents, sync_state, watch_rules", _V3_SOURCES),
    (4, "filter tokens in the full-text index", _V4_FILTER_TOKENS),
    (5, "change stamp bumped by every letter write", _V5_CHANGE_STAMP),
    (6, "letters.extractor_version: which rules extracted a letter", _V6_EXTRACTOR_VERSION),
    (7, "filter tokens in their own FTS column, weighed 0 by search", _V7_META_COLUMN),
    (8, "search_short, search_repeats, search_unindexed, sentences_vocab: what bounds bm25", _V8_SEARCH_BOUNDS),
]

LATEST = MIGRATIONS[-1][0]


def statements(sql: str) -> list[str]:
    """Split a migration script into complete statements (triggers stay whole)."""
    import sqlite3

    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        if not buf and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        raise ValueError(f"incomplete statement in migration: {buf.strip()[:60]!r}")
    return out
