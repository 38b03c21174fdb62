"""Text similarity: reports are weighed by the content words of their lead."""

from eventfuse.fuse.similarity import LEAD_WORDS, TextPool, content_words

# Words that only come after a report's lead: background that a report of another event shares.
TAIL = " ".join(f"history{n} reaction{n}" for n in range(LEAD_WORDS))
PADDING = " ".join(f"detail{n}" for n in range(LEAD_WORDS))


def test_the_lead_decides_not_the_background():
    pool = TextPool({
        "a": f"Missile strike hits Odesa port warehouse. {PADDING} {TAIL}",
        "b": "Odesa port warehouse hit by a missile strike.",
        "c": f"Flooding closes Lyon schools. {TAIL}",
    })
    assert pool.similarity("a", ["b"]) > pool.similarity("a", ["c"])
    assert pool.similarity("a", ["c"]) == 0.0  # the shared background lies past a's lead


def test_words_counts_the_whole_report():
    text = f"Odesa {PADDING} {TAIL}"
    pool = TextPool({"a": text})
    assert pool.words("a") == len(set(content_words(text))) > LEAD_WORDS
    assert len(pool.unit("a")) == LEAD_WORDS


def test_a_shared_name_weighs_more_than_a_shared_word():
    # "Kadiri" and "shelling" are each in two of the reports; b and c are otherwise alike in size and rarity.
    pool = TextPool({
        "a": "Fighting near Kadiri ended with heavy shelling",
        "b": "Residents of Kadiri counted craters",
        "c": "Residents near granaries counted shelling",
    })
    assert pool.similarity("a", ["b"]) > pool.similarity("a", ["c"]) > 0
