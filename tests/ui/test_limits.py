"""Per-session rate limit and the longest question."""

from __future__ import annotations

import threading

from ui.limits import AddressLimiter, RateLimiter, client_address, question_problem


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_question_length_and_emptiness():
    assert question_problem("What was decided?", 100) is None
    assert "type a question" in question_problem("   ", 100)
    problem = question_problem("x" * 101, 100)
    assert "at most 100 characters" in problem and "101" in problem
    assert question_problem("  " + "x" * 100 + "  ", 100) is None  # surrounding spaces do not count


def test_a_session_gets_its_quota_per_sliding_minute():
    clock = Clock()
    limiter = RateLimiter(3, clock=clock)
    assert [limiter.wait_seconds("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    clock.now += 20
    wait = limiter.wait_seconds("a")
    assert 39 <= wait <= 40  # the first question leaves the window 40 s after the 4th try
    assert "3 questions" in limiter.message(wait) and "40 seconds" in limiter.message(wait)
    assert limiter.wait_seconds("b") == 0.0  # other sessions are not affected
    clock.now += 41
    assert limiter.wait_seconds("a") == 0.0


def test_zero_means_no_limit_and_idle_sessions_are_forgotten():
    assert all(RateLimiter(0).wait_seconds("a") == 0.0 for _ in range(100))
    limiter = RateLimiter(1, max_sessions=10)
    for n in range(50):
        limiter.wait_seconds(f"s{n}")
    assert len(limiter._asked) == 10
    assert limiter.wait_seconds("s49") > 0 and limiter.wait_seconds("s0") == 0.0


def test_concurrent_questions_never_exceed_the_quota():
    limiter = RateLimiter(50)
    allowed: list[bool] = []
    lock = threading.Lock()

    def ask() -> None:
        for _ in range(20):
            ok = limiter.wait_seconds("shared") == 0.0
            with lock:
                allowed.append(ok)

    threads = [threading.Thread(target=ask) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(allowed) == 50 and len(allowed) == 200


def test_the_client_address_is_the_peer_unless_a_proxy_header_is_trusted():
    headers = {"x-forwarded-for": "198.51.100.7, 203.0.113.9", "forwarded": 'for=192.0.2.1, for="[2001:db8::1]:443"'}
    assert client_address("10.0.0.5", headers) == "10.0.0.5"  # nobody said to trust a header
    assert client_address("10.0.0.5", headers, "X-Forwarded-For") == "203.0.113.9"  # what the proxy appended
    assert client_address("10.0.0.5", headers, "Forwarded") == "2001:db8::1"
    assert client_address("10.0.0.5", {}, "X-Forwarded-For") == "10.0.0.5"  # no header: the connection
    assert client_address(None, {}) == "unknown"


def test_the_address_quota_is_shared_by_every_session_of_an_address():
    clock = Clock()
    limiter = AddressLimiter(2, clock=clock)
    assert [limiter.wait_seconds("192.0.2.1") for _ in range(3)][:2] == [0.0, 0.0]
    assert limiter.wait_seconds("192.0.2.1") > 0 and "from your network" in limiter.message(30)
    assert limiter.wait_seconds("192.0.2.2") == 0.0
