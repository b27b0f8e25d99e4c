"""A bounded HTTP load: N connections on 127.0.0.1, each sending its next request as soon as the
answer to the last one is read (keep-alive, HTTP/1.1), for a fixed time. Written on asyncio
streams rather than an HTTP client library so the load generator spends its core on sockets, not
on its own bookkeeping; each answer is read whole (Content-Length or chunked), like a browser.

Every connection keeps the cookies it is given, like a visitor's browser, unless `cookies=False`
(a crawler or health check: every request arrives as a stranger)."""
from __future__ import annotations

import asyncio
import itertools
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

# What a browser sends for a page; the API bench passes its own
BROWSER_HEADERS = {'Accept': 'text/html,application/xhtml+xml', 'Accept-Language': 'vi-VN,vi;q=0.9',
                   'Accept-Encoding': 'gzip', 'User-Agent': 'Mozilla/5.0 (bench)'}
JSON_HEADERS = {'Accept': 'application/json', 'Accept-Encoding': 'gzip', 'User-Agent': 'bench'}


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float('nan')
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


@dataclass
class Result:
    label: str
    seconds: float
    latencies: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    response_bytes: int = 0
    answered: int = 0  # every answer, the warm-up's too
    server_cpu: float = 0.0  # CPU seconds the server spent meanwhile, set by the caller

    @property
    def cpu_ms(self) -> float:
        """Server CPU per answer: what the rate would be on a machine where only the server runs."""
        return self.server_cpu / self.answered * 1000 if self.answered else float('nan')

    def add(self, other: Result) -> None:
        """Pool another round's figures into this one."""
        self.seconds += other.seconds
        self.latencies += other.latencies
        self.statuses += other.statuses
        self.response_bytes += other.response_bytes
        self.answered += other.answered
        self.server_cpu += other.server_cpu

    @property
    def requests(self) -> int:
        return len(self.latencies)

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def p50_ms(self) -> float:
        return percentile(self.latencies, 50) * 1000

    @property
    def p95_ms(self) -> float:
        return percentile(self.latencies, 95) * 1000

    @property
    def failures(self) -> int:
        return sum(n for status, n in self.statuses.items() if status != 200)

    def line(self) -> str:
        bad = f'   NON-200: {dict(self.statuses - Counter({200: self.statuses[200]}))}' if self.failures else ''
        cpu = f'   server CPU {self.cpu_ms:5.2f} ms/answer' if self.server_cpu else ''
        return (f'{self.label:<34} {self.rate:8,.1f} req/s   p50 {self.p50_ms:7.1f} ms   p95 {self.p95_ms:7.1f} ms'
                f'   ({self.requests:,} requests){cpu}{bad}')


class ClosedEarly(Exception):
    pass


async def _read_answer(reader: asyncio.StreamReader) -> tuple[int, dict[str, str], int]:
    head = await reader.readuntil(b'\r\n\r\n')
    lines = head.decode('latin-1').split('\r\n')
    status = int(lines[0].split(' ', 2)[1])
    headers: dict[str, str] = {}
    cookies = []
    for line in lines[1:]:
        if ':' in line:
            name, _, value = line.partition(':')
            name = name.strip().lower()
            if name == 'set-cookie':
                cookies.append(value.strip().split(';', 1)[0])
            headers[name] = value.strip()
    if cookies:
        headers['set-cookie'] = '; '.join(cookies)
    size = 0
    if 'content-length' in headers:
        size = int(headers['content-length'])
        await reader.readexactly(size)
    elif headers.get('transfer-encoding', '').lower() == 'chunked':
        while True:
            chunk = int((await reader.readuntil(b'\r\n')).split(b';')[0], 16)
            await reader.readexactly(chunk + 2)
            size += chunk
            if chunk == 0:
                break
    return status, headers, size


def _request(host: str, target: str, headers: dict[str, str], cookie: str) -> bytes:
    lines = [f'GET {target} HTTP/1.1', f'Host: {host}'] + [f'{k}: {v}' for k, v in headers.items()]
    if cookie:
        lines.append(f'Cookie: {cookie}')
    return ('\r\n'.join(lines) + '\r\n\r\n').encode('latin-1')


async def _connection(base: str, targets: Iterator[tuple[str, dict[str, str]]], until: float, cookies: bool,
                      result: Result, measure_from: float) -> None:
    parts = urlsplit(base)
    host = parts.netloc
    jar: dict[str, str] = {}
    reader = writer = None
    try:
        while time.perf_counter() < until:
            if writer is None:
                reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
            target, headers = next(targets)
            cookie = '; '.join(f'{k}={v}' for k, v in jar.items()) if cookies else ''
            sent = time.perf_counter()
            writer.write(_request(host, target, headers, cookie))
            try:
                status, answer_headers, size = await _read_answer(reader)
            except (asyncio.IncompleteReadError, ConnectionError):
                writer.close()
                writer = None
                result.statuses['connection closed'] += 1
                continue
            done = time.perf_counter()
            result.answered += 1
            if sent >= measure_from:
                result.latencies.append(done - sent)
                result.statuses[status] += 1
                result.response_bytes += size
            if cookies and 'set-cookie' in answer_headers:
                for pair in answer_headers['set-cookie'].split('; '):
                    name, _, value = pair.partition('=')
                    jar[name] = value
            if answer_headers.get('connection', '').lower() == 'close':
                writer.close()
                writer = None
    finally:
        if writer is not None:
            writer.close()


async def _run(base: str, make_targets: Callable[[], Iterator[tuple[str, dict[str, str]]]], *, label: str,
               seconds: float, warmup: float, concurrency: int, cookies: bool) -> Result:
    start = time.perf_counter()
    measure_from, until = start + warmup, start + warmup + seconds
    result = Result(label, seconds)
    await asyncio.gather(*(_connection(base, make_targets(), until, cookies, result, measure_from)
                           for _ in range(concurrency)))
    result.seconds = time.perf_counter() - measure_from
    return result


def run(base: str, make_targets: Callable[[], Iterator[tuple[str, dict[str, str]]]], *, label: str,
        seconds: float = 10.0, warmup: float = 2.0, concurrency: int = 10, cookies: bool = True) -> Result:
    """`concurrency` connections sending the targets `make_targets()` yields (one iterator per
    connection) for `warmup` + `seconds`; only answers to requests sent after the warm-up count."""
    return asyncio.run(_run(base, make_targets, label=label, seconds=seconds, warmup=warmup,
                            concurrency=concurrency, cookies=cookies))


def same(path: str, headers: dict[str, str] = BROWSER_HEADERS) -> Callable[[], Iterator[tuple[str, dict[str, str]]]]:
    return lambda: itertools.repeat((path, headers))


async def _count(base: str, path: str, total: int, concurrency: int, headers: dict[str, str]) -> Result:
    """`total` requests for `path`, each on a new connection without cookies."""
    parts = urlsplit(base)
    result = Result(path, 0.0)
    numbers = iter(range(total))

    async def one_at_a_time() -> None:
        for _ in numbers:
            reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
            sent = time.perf_counter()
            writer.write(_request(parts.netloc, path, headers | {'Connection': 'close'}, ''))
            status, _, size = await _read_answer(reader)
            result.latencies.append(time.perf_counter() - sent)
            result.statuses[status] += 1
            result.response_bytes += size
            writer.close()
    start = time.perf_counter()
    await asyncio.gather(*(one_at_a_time() for _ in range(concurrency)))
    result.seconds = time.perf_counter() - start
    return result


def strangers(base: str, path: str, total: int, *, concurrency: int = 10,
              headers: dict[str, str] = BROWSER_HEADERS) -> Result:
    """`total` page loads by visitors who never come back and never open the websocket."""
    return asyncio.run(_count(base, path, total, concurrency, headers))
