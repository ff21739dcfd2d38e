"""Measure the search in one configured Django (run by bench/search_bench.py, which sets the environment):
relevance on the query set, and latency of the search page and of autocomplete. Prints one JSON line."""

import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ.setdefault("DEBUG", "0")

import django

django.setup()

from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment, teardown_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402

from bench.relevance import evaluate, load_queries  # noqa: E402

ROUNDS = 3


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def latency(client, url_name, params_list):
    timings = []
    for params, language in params_list:  # warm-up: caches, connections, the vocabulary
        with translation.override(language):
            client.get(reverse(url_name), params)
        break
    for _round in range(ROUNDS):
        for params, language in params_list:
            with translation.override(language):
                url = reverse(url_name)
            start = time.perf_counter()
            response = client.get(url, params)
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, params, response.status_code)
    return {"p50": statistics.median(timings), "p95": percentile(timings, 0.95), "n": len(timings)}


def main():
    setup_test_environment()
    client = Client(HTTP_HOST="127.0.0.1")
    relevance = evaluate(client)
    teardown_test_environment()  # latency without the test framework's template instrumentation
    queries = load_queries()
    search_params = [({"q": item["q"]}, language) for language, item in queries]
    autocomplete_params = [({"q": item["q"][:4]}, language) for language, item in queries]
    result = {
        "mrr": relevance["mrr"],
        "recall3": relevance["recall3"],
        "queries": relevance["count"],
        "misses": relevance["misses"],
        "search": latency(client, "search", search_params),
        "autocomplete": latency(client, "search_autocomplete", autocomplete_params),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
