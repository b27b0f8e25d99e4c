"""Vietnamese search: without diacritics, any case, đ as d, abbreviations; best first."""
from __future__ import annotations

import pytest

from core.errors import NotFound, ValidationFailed
from domain.catalog import find_template, procedure_public, search_procedures
from tests.factories import load_test_procedures, procedure_record


@pytest.fixture
def catalogue(session):
    load_test_procedures(session)
    return session


@pytest.mark.parametrize('query, expected', [
    ('doi giay phep lai xe', '1.000001'),
    ('ĐỔI GIẤY PHÉP', '1.000001'),
    ('Doi GPLX', '1.000001'),
    ('gplx', '1.000001'),
    ('dang ky khai sinh', '1.000002'),
    ('đăng ký khai sinh', '1.000002'),
    ('DANG KY KHAI SINH', '1.000002'),
    ('ly lich tu phap', '1.000003'),
    ('lltp', '1.000003'),
    ('the bhyt', '1.000004'),
    ('bao hiem y te', '1.000004'),
    ('dkkd ho kinh doanh', '2.000005'),
    ('khai sin', '1.000002'),  # a word still being typed
])
def test_queries_people_type_find_the_procedure(catalogue, query, expected):
    page = search_procedures(catalogue, q=query)
    assert page.items and page.items[0].code == expected, [i.code for i in page.items]


def test_d_with_stroke_is_typed_as_d(catalogue):
    assert search_procedures(catalogue, q='dang ky').total == 2
    assert search_procedures(catalogue, q='Đăng Ký').total == 2


def test_matched_words_are_highlighted_and_escaped(catalogue):
    item = search_procedures(catalogue, q='khai sinh').items[0]
    assert item.highlighted_name == 'Đăng ký <mark>khai</mark> <mark>sinh</mark>'


def test_filters_and_empty_results(catalogue):
    assert {i.code for i in search_procedures(catalogue, sector='BHYT').items} == {'1.000004'}
    assert {i.code for i in search_procedures(catalogue, level=4).items} == {'2.000005'}
    assert {i.code for i in search_procedures(catalogue, agency='BTP').items} == {'1.000002', '1.000003'}
    assert search_procedures(catalogue, q='khai sinh', sector='DUONGBO').total == 0
    assert search_procedures(catalogue, q='xyzzy').items == []


def test_query_syntax_is_never_passed_through(catalogue):
    for hostile in ('"', 'NEAR(a b)', 'a OR', '*', "'; DROP TABLE procedure; --", 'c/o', ':*&|!'):
        search_procedures(catalogue, q=hostile)  # no error
    assert search_procedures(catalogue).total == 5


def test_bad_parameters_are_refused(catalogue):
    with pytest.raises(ValidationFailed):
        search_procedures(catalogue, level=7)
    with pytest.raises(ValidationFailed):
        search_procedures(catalogue, page=0)
    with pytest.raises(ValidationFailed):
        search_procedures(catalogue, q='x' * 201)


def test_procedure_record_has_every_published_field(catalogue):
    record = procedure_public(catalogue, '1.000001', template_url=lambda name: f'/t/{name}')
    assert record.channels[0].fee_vnd == 135000 and record.channels[0].processing_days == 5
    assert record.documents[0].template_url == '/t/mau-1.000001-0.docx'
    assert record.fields[0].prefill == 'full_name'
    assert record.faqs[0].answer == '5 ngày làm việc.'
    with pytest.raises(NotFound):
        procedure_public(catalogue, 'nope')


def test_templates_only_from_level_two(catalogue):
    find_template(catalogue, '1.000004', 'mau-1.000004-0.docx')
    with pytest.raises(NotFound):
        find_template(catalogue, '1.000004', '../../etc/passwd')


def test_everyday_phrases_find_the_official_name(session):
    load_test_procedures(session, [
        procedure_record('3.000001', 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu', sector='DATDAI',
                         ministry='BTNMT'),
        procedure_record('3.000002', 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp'),
        procedure_record('3.000003', 'Đăng ký hoạt động đo đạc và bản đồ', sector='DATDAI', ministry='BTNMT'),
    ])
    assert search_procedures(session, q='so do').items[0].code == '3.000001'
    assert search_procedures(session, q='lam so do').items[0].code == '3.000001'
    assert search_procedures(session, q='bang lai').items[0].code == '3.000002'


def test_only_the_last_word_is_a_prefix(session):
    load_test_procedures(session, [
        procedure_record('3.000004', 'Đăng ký khai sinh'),
        procedure_record('3.000005', 'Đăng ký doanh nghiệp'),
    ])
    assert [i.code for i in search_procedures(session, q='do khai sinh').items] == []
    assert [i.code for i in search_procedures(session, q='dang ky do').items] == ['3.000005']
