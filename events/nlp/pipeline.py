"""The Stanza Arabic pipeline, loaded once per process from STANZA_RESOURCES_DIR.

Two passes keep the cost where it matters: tokenize+mwt over the whole text (cheap), then
pos, lemma, depparse and NER only on sentences that hold both an actor and a trigger.
"""

import threading
from functools import lru_cache
from pathlib import Path

LIGHT_PROCESSORS = "tokenize,mwt"
FULL_PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
_lock = threading.Lock()


class ModelsMissing(RuntimeError):
    pass


def _configured_threads() -> int | None:
    from django.conf import settings

    return getattr(settings, "NLP_THREADS", None)


def resources_dir() -> Path:
    from django.conf import settings

    return Path(settings.STANZA_RESOURCES_DIR)


def check_resources(directory: Path) -> None:
    if not (directory / "resources.json").exists() or not (directory / "ar").is_dir():
        raise ModelsMissing(
            f"No Arabic Stanza models in {directory}. Run `python manage.py download_models` "
            "(with a network) or `python manage.py download_models --from PATH` (from a copy), "
            "or set STANZA_RESOURCES_DIR."
        )


@lru_cache(maxsize=None)
def get_pipeline(processors: str, pretokenized: bool = False, directory: str | None = None):
    import stanza

    path = Path(directory) if directory else resources_dir()
    check_resources(path)
    threads = _configured_threads()
    if threads:
        import torch

        torch.set_num_threads(threads)
    with _lock:
        return stanza.Pipeline(
            "ar", dir=str(path), processors=processors, download_method=None,
            tokenize_pretokenized=pretokenized, logging_level="WARN",
        )


def light_pipeline():
    return get_pipeline(LIGHT_PROCESSORS)


def full_pipeline_pretokenized():
    return get_pipeline(FULL_PROCESSORS, pretokenized=True)


def full_pipeline():
    """Every processor on raw text: the baseline the benchmark compares against."""
    return get_pipeline(FULL_PROCESSORS)
