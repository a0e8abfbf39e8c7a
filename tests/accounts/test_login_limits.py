"""Login rate limits: five failures per address and name in 15 minutes, then a wait."""

from __future__ import annotations

from app.accounts.login_limits import LoginLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_sixth_attempt_within_the_window_must_wait():
    clock = Clock()
    limiter = LoginLimiter(5, 900, clock)
    for _ in range(5):
        assert limiter.retry_after("10.0.0.1", "alice") == 0
        limiter.failed("10.0.0.1", "alice")
        clock.now += 10
    # The first failure was 50 s ago: it ages out in 850 s.
    assert limiter.retry_after("10.0.0.1", "alice") == 851
    # Another name, or another address, is not held up.
    assert limiter.retry_after("10.0.0.1", "bob") == 0
    assert limiter.retry_after("10.0.0.2", "alice") == 0
    # Names are compared without case.
    assert limiter.retry_after("10.0.0.1", "ALICE") == 851


def test_attempts_are_allowed_again_once_the_failures_age_out():
    clock = Clock()
    limiter = LoginLimiter(5, 900, clock)
    for _ in range(5):
        limiter.failed("10.0.0.1", "alice")
    clock.now += 901
    assert limiter.retry_after("10.0.0.1", "alice") == 0


def test_a_success_clears_the_failures_of_the_pair():
    limiter = LoginLimiter(5, 900, Clock())
    for _ in range(4):
        limiter.failed("10.0.0.1", "alice")
    limiter.succeeded("10.0.0.1", "alice")
    for _ in range(4):
        limiter.failed("10.0.0.1", "alice")
    assert limiter.retry_after("10.0.0.1", "alice") == 0


def test_one_address_guessing_many_names_is_held_up_too():
    limiter = LoginLimiter(5, 900, Clock())
    for i in range(50):  # 10 names x 5 failures
        limiter.failed("10.0.0.9", f"name{i}")
    assert limiter.retry_after("10.0.0.9", "someone-else") > 0
