"""Accessibility of the citizen pages and the staff consoles (WCAG 2.1 AA), checked with axe-core in real Chromium.

axe-core comes from the `axe-playwright-python` package (the `test` extra), which ships
`axe.min.js`: nothing is downloaded at test time. Every page is checked with the wcag2a, wcag2aa,
wcag21a and wcag21aa rules; a serious or critical finding fails the test with the rule, its impact
and the elements it found, so the failure says what to fix. Moderate and minor findings are
listed in the message of any failure but do not fail it on their own.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from domain.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from tests.browser.journeys import Journey

CITIZEN_ID = '001090012345'  # Nguyễn Văn An, the demo citizen
TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
BLOCKING = ('critical', 'serious')


def _axe_source() -> str:
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / 'axe.min.js').read_text(encoding='utf-8')


@pytest.fixture(scope='module')
def axe_source() -> str:
    return _axe_source()


def _describe(node: dict) -> str:
    """A selector, the element's start tag and, for contrast, the colours axe measured."""
    text = ' '.join(map(str, node['target'])) + ' ' + re.sub(r'\s+', ' ', node['html'])[:140]
    for check in node.get('any', []):
        data = check.get('data')
        if isinstance(data, dict) and 'contrastRatio' in data:
            text += (f" [{data.get('fgColor')} on {data.get('bgColor')}: {data.get('contrastRatio')}:1,"
                     f" needs {data.get('expectedContrastRatio')}]")
    return text


class Audit:
    """Runs axe on pages and keeps every finding, page by page."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.pages: dict[str, list[dict]] = {}

    def check(self, page: Page, name: str) -> list[dict]:
        # the page has drawn its content (NiceGUI builds the DOM with Vue after the load)
        expect(page.locator('#main [role=heading][aria-level="1"], #main h1').first).to_be_visible()
        if not page.evaluate('typeof window.axe !== "undefined"'):
            page.add_script_tag(content=self.source)
        result = page.evaluate('tags => axe.run(document, {runOnly: {type: "tag", values: tags}, '
                               'resultTypes: ["violations"]})', TAGS)
        findings = [{'rule': v['id'], 'impact': v['impact'] or 'minor', 'help': v['help'],
                     'targets': [_describe(n) for n in v['nodes']]}
                    for v in result['violations']]
        self.pages[name] = findings
        return findings

    def counts(self, name: str) -> dict[str, int]:
        counts: dict[str, int] = {}
        for finding in self.pages[name]:
            counts[finding['impact']] = counts.get(finding['impact'], 0) + len(finding['targets'])
        return counts

    def report(self) -> str:
        lines = []
        for name, findings in self.pages.items():
            lines.append(f'{name}: {self.counts(name) or "no findings"}')
            for f in findings:
                shown = ', '.join(f['targets'][:3]) + (f' (+{len(f["targets"]) - 3} more)' if len(f['targets']) > 3 else '')
                lines.append(f'  [{f["impact"]}] {f["rule"]}: {f["help"]} -> {shown}')
        return '\n'.join(lines)

    def assert_clean(self) -> None:
        blocking = [name for name, findings in self.pages.items()
                    if any(f['impact'] in BLOCKING for f in findings)]
        print('\naxe-core findings by page:\n' + self.report())
        assert not blocking, (f'serious or critical accessibility findings on {", ".join(blocking)}:\n'
                              + self.report())


def _log_in(page: Page, identifier: str, password: str) -> None:
    main = page.locator('#main')
    main.get_by_label('Số CCCD/mã số thuế hoặc số điện thoại').fill(identifier)
    main.get_by_label('Mật khẩu', exact=True).fill(password)
    main.get_by_role('button', name='Đăng nhập', exact=True).click()


def _lang(page: Page) -> str:
    return page.evaluate('document.documentElement.lang')


def test_public_pages_have_no_serious_findings(journey: Journey, axe_source: str) -> None:
    audit = Audit(axe_source)
    page = journey.new_page()
    url = journey.url

    page.goto(url + '/')
    assert _lang(page) == 'vi'
    audit.check(page, 'home /')

    page.goto(url + '/procedures?q=doi+giay+phep+lai+xe')
    procedure = page.locator('#main').get_by_role('link', name='Đổi giấy phép lái xe do ngành Giao thông vận tải cấp')
    expect(procedure).to_be_visible()
    audit.check(page, 'search /procedures?q=')

    procedure.click()
    expect(page.locator('#main').get_by_role('button', name='Nộp hồ sơ trực tuyến')).to_be_visible()
    audit.check(page, 'procedure /procedures/{code}')

    page.goto(url + '/login')
    audit.check(page, 'login /login')
    page.goto(url + '/dang-ky')
    audit.check(page, 'registration /dang-ky')

    page.goto(url + '/tra-cuu')
    audit.check(page, 'tracking /tra-cuu')
    main = page.locator('#main')
    main.get_by_label('Mã hồ sơ').fill('UBND-01-000000-0000')
    main.get_by_label('Số định danh của người nộp').fill(CITIZEN_ID)
    main.get_by_role('button', name='Tra cứu').click()
    expect(page.get_by_role('alert').filter(has_text='Không tìm thấy hồ sơ')).to_be_visible()
    audit.check(page, 'tracking /tra-cuu (not found)')

    page.goto(url + '/phan-anh')
    audit.check(page, 'feedback /phan-anh')
    page.goto(url + '/ho-tro')
    audit.check(page, 'support /ho-tro')
    page.goto(url + '/thong-ke')
    audit.check(page, 'statistics /thong-ke')
    audit.assert_clean()


def test_citizen_pages_have_no_serious_findings(journey: Journey, axe_source: str) -> None:
    audit = Audit(axe_source)
    page = journey.new_page()
    url = journey.url
    page.goto(url + '/login?next=/ho-so')
    _log_in(page, CITIZEN_ID, DEMO_PASSWORD)
    page.wait_for_url(url + '/ho-so')
    mine = page.locator('#main').get_by_role('link').filter(has_text=re.compile(r'[A-Z0-9-]+-\d{6}-\d{4}'))
    expect(mine.first).to_be_visible()
    audit.check(page, 'my dossiers /ho-so')

    code = re.search(r'[A-Z0-9-]+-\d{6}-\d{4}', mine.first.inner_text()).group(0)
    mine.first.click()
    page.wait_for_url(re.compile(r'/ho-so/\d+$'))
    expect(page.locator('#main').get_by_text(code).first).to_be_visible()
    audit.check(page, 'dossier /ho-so/{id}')

    page.goto(url + '/procedures?q=doi+giay+phep+lai+xe')
    page.locator('#main').get_by_role('link', name='Đổi giấy phép lái xe do ngành Giao thông vận tải cấp').click()
    page.locator('#main').get_by_role('button', name='Nộp hồ sơ trực tuyến').click()
    page.wait_for_url(re.compile(r'/ho-so/moi/'))
    expect(page.locator('#main').get_by_label('Họ và tên người nộp hồ sơ *')).to_be_visible()
    audit.check(page, 'dossier form /ho-so/moi/{code}')

    page.goto(url + '/thanh-toan')
    audit.check(page, 'payments /thanh-toan')
    page.goto(url + '/tai-khoan')
    audit.check(page, 'account /tai-khoan')

    # public tracking with a result: the code of her dossier and her ID number
    page.goto(url + '/tra-cuu')
    main = page.locator('#main')
    main.get_by_label('Mã hồ sơ').fill(code)
    main.get_by_label('Số định danh của người nộp').fill(CITIZEN_ID)
    main.get_by_role('button', name='Tra cứu').click()
    expect(main.get_by_text(code, exact=True)).to_be_visible()
    audit.check(page, 'tracking /tra-cuu (result)')
    audit.assert_clean()


STAFF_PAGES = (  # (role, pages after logging in): the consoles staff work in all day
    ('officer', ('/agency', '/agency/thanh-toan')),
    ('agent', ('/callcenter', '/callcenter/phan-anh')),
    ('supervisor', ('/callcenter/wallboard', '/callcenter/bao-cao')),
    ('leader', ('/dashboards',)),
    ('admin', ('/admin/accounts', '/admin/clients')),
)


def test_staff_consoles_have_no_serious_findings(journey: Journey, axe_source: str) -> None:
    audit = Audit(axe_source)
    for role, paths in STAFF_PAGES:
        staff = next(d for d in DEMO_ACCOUNTS if d.role == role)
        page = journey.new_page()
        page.goto(journey.url + '/login?next=' + paths[0])
        _log_in(page, staff.id_number, DEMO_PASSWORD)
        page.wait_for_url(journey.url + paths[0])
        for path in paths:
            if page.url != journey.url + path:
                page.goto(journey.url + path)
            page.wait_for_load_state('networkidle')
            expect(page.locator('#main .q-spinner')).to_have_count(0)  # the lists have loaded
            audit.check(page, f'{role} {path}')
    audit.assert_clean()


def test_english_pages_say_so_and_have_no_serious_findings(journey: Journey, axe_source: str) -> None:
    audit = Audit(axe_source)
    page = journey.new_page()
    page.goto(journey.url + '/')
    assert _lang(page) == 'vi'
    page.get_by_role('link', name='Chuyển sang tiếng Anh').click()
    expect(page.get_by_role('navigation').get_by_role('link', name='Procedures', exact=True)).to_be_visible()
    assert _lang(page).startswith('en'), _lang(page)
    audit.check(page, 'home / (English)')
    page.goto(journey.url + '/login')
    assert _lang(page).startswith('en'), _lang(page)
    audit.check(page, 'login /login (English)')
    audit.assert_clean()


def _focused(page: Page) -> dict:
    """What has the keyboard focus: its name, whether it is in the main content, whether the focus
    shows (an outline of 2 px or more on it or, for a text field, on its Quasar field; a ring drawn
    with a box shadow on a Quasar button)."""
    return page.evaluate('''() => {
        const el = document.activeElement;
        const ring = el.closest('.q-field') || el;
        const style = getComputedStyle(ring);
        const box = el.getBoundingClientRect();
        const labelled = el.labels && el.labels.length ? el.labels[0].innerText : '';
        return {tag: el.tagName.toLowerCase(), href: el.getAttribute('href') || '',
                name: (el.getAttribute('aria-label') || labelled || el.innerText || '').trim(),
                type: el.getAttribute('type') || '', inMain: !!el.closest('#main'),
                outline: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2)
                         || getComputedStyle(el).boxShadow !== 'none',
                onScreen: box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0};
    }''')


def test_keyboard_skip_link_and_login_form_in_order_with_visible_focus(journey: Journey) -> None:
    page = journey.new_page()
    page.goto(journey.url + '/')
    expect(page.locator('#main [role=heading][aria-level="1"], #main h1').first).to_be_visible()

    page.keyboard.press('Tab')  # the first stop from the top is the skip link, shown when focused
    first = _focused(page)
    assert first['href'] == '#main' and first['name'] == 'Bỏ qua đến nội dung chính', first
    assert first['onScreen'] and first['outline'], f'the focused skip link does not show: {first}'
    page.keyboard.press('Enter')  # it takes the keyboard past the header to the main content
    page.keyboard.press('Tab')
    after = _focused(page)
    assert after['inMain'] and after['outline'], after

    # the login form: the identifier has the focus, then the password, then the button
    page.get_by_role('banner').get_by_role('link', name='Đăng nhập').click()
    page.wait_for_url(journey.url + '/login')
    expect(page.locator('#main').get_by_label('Mật khẩu', exact=True)).to_be_visible()
    order = [_focused(page)]
    while order[-1]['name'] != 'Đăng nhập' and len(order) < 5:
        page.keyboard.press('Tab')
        order.append(_focused(page))
    names = [stop['name'] for stop in order]
    assert names[:2] == ['Số CCCD/mã số thuế hoặc số điện thoại', 'Mật khẩu'] and names[-1] == 'Đăng nhập', names
    hidden = [stop for stop in order if not (stop['inMain'] and stop['outline'] and stop['onScreen'])]
    assert not hidden, f'focus not visible or outside the form: {hidden}'
