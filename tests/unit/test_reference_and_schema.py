"""Reference data as data, migrations equal to the models, the audit trail append-only."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError
from sqlmodel import SQLModel

from core.migrate import include_name
from domain.audit import record_event
from domain.reference import load_reference_data
from models.accounts import Role
from models.agencies import Agency, Sector
from models.places import AdministrativeUnit


def test_the_63_provinces_with_official_codes_and_names(session):
    units = {u.code: u.name for u in session.execute(select(AdministrativeUnit)).scalars()}
    assert len(units) == 63
    assert units['01'] == 'Thành phố Hà Nội'
    assert units['79'] == 'Thành phố Hồ Chí Minh'
    assert units['96'] == 'Tỉnh Cà Mau'
    assert units['48'] == 'Thành phố Đà Nẵng'
    assert units['66'] == 'Tỉnh Đắk Lắk'


def test_22_ministries_and_63_people_s_committees(session):
    kinds = dict(session.execute(select(Agency.kind, func.count()).group_by(Agency.kind)).all())
    assert kinds['ministry'] == 18 and kinds['ministerial_agency'] == 4
    assert kinds['province_committee'] == 63
    names = set(session.execute(select(Agency.name)).scalars())
    assert {'Ngân hàng Nhà nước Việt Nam', 'Văn phòng Chính phủ', 'Thanh tra Chính phủ', 'Ủy ban Dân tộc'} <= names
    assert 'Ủy ban nhân dân thành phố Hà Nội' in names
    assert session.execute(select(func.count(Sector.id))).scalar_one() >= 15
    assert {r.code for r in session.execute(select(Role)).scalars()} == {
        'citizen', 'enterprise', 'agent', 'supervisor', 'officer', 'leader', 'admin'}


def test_loading_reference_data_again_adds_nothing(session):
    assert sum(load_reference_data(session).values()) == 0


def test_migrations_produce_exactly_the_models(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={'compare_type': True, 'include_name': include_name})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_audit_trail_refuses_update_and_delete(session):
    record_event(session, action='test.event', entity='test', entity_id=1)
    session.commit()
    for statement in ("UPDATE audit_event SET action = 'forged'", 'DELETE FROM audit_event'):
        with pytest.raises(DatabaseError):
            session.execute(text(statement))
        session.rollback()
    assert session.execute(text('SELECT action FROM audit_event')).scalar_one() == 'test.event'


def _seed_catalogue(connection) -> None:
    """One ministry, sector and procedure with a channel, written as an older schema holds them."""
    connection.exec_driver_sql("INSERT INTO role(code, name, name_en) VALUES ('citizen', 'Công dân', 'Citizen')")
    connection.exec_driver_sql("INSERT INTO agency(code, name, name_en, kind, active) VALUES ('BTP', 'Bộ Tư pháp', "
                               "'Ministry of Justice', 'ministry', true)")
    connection.exec_driver_sql("INSERT INTO sector(code, name, name_en, agency_id) VALUES ('HOTICH', 'Hộ tịch', "
                               "'Civil status', 1)")
    connection.exec_driver_sql(
        "INSERT INTO procedure(code, decision, name, name_en, implementing_level, sector_id, agency_id, "
        "service_level, launch_service, applicants, steps, implementing_agency, competent_agency, "
        "receiving_address, result, legal_basis, conditions, keywords, search_name, search_text, active, "
        "created_at) VALUES ('1.0', 'QĐ', 'Đăng ký khai sinh', 'Birth', 'commune', 1, 1, 3, true, '[]', '[]', 'x', "
        "'x', 'x', 'x', '[]', 'x', '[]', 'dang ky khai sinh', '', true, '2020-01-01 00:00:00')")
    connection.exec_driver_sql("INSERT INTO procedure_channel(procedure_id, kind, processing_days, fee_vnd, "
                               "fee_description, description) VALUES (1, 'online', 3, 0, 'Không', 'x')")


def test_upgrading_a_database_that_holds_data_keeps_it(tmp_path):
    """Batch migrations on SQLite recreate tables; rows and their references must survive."""
    from core import db
    from core.migrate import upgrade_database
    from domain.bootstrap import load_static_data

    engine = db.make_engine(f'sqlite:///{tmp_path / "old.db"}')
    upgrade_database(engine, '1b85c93723de')  # the schema before procedures knew portal integration
    with engine.begin() as connection:
        _seed_catalogue(connection)
    upgrade_database(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql('SELECT name, portal_integrated FROM procedure').one() == ('Đăng ký khai sinh', 0)
        assert connection.exec_driver_sql('SELECT count(*) FROM procedure_channel').scalar_one() == 1
        assert connection.exec_driver_sql('PRAGMA foreign_keys').scalar_one() == 1
    engine.dispose()
    assert load_static_data  # the loaders still run on the upgraded schema (see main.py)


@contextmanager
def _empty_database(backend: str, tmp_path) -> Iterator:
    """A database with no tables yet: a SQLite file, or a PostgreSQL schema of its own."""
    from core import db

    if backend == 'sqlite':
        engine = db.make_engine(f'sqlite:///{tmp_path / "old.db"}')
        yield engine
        engine.dispose()
        return
    schema = f'portal_upgrade_{uuid.uuid4().hex[:12]}'
    url = make_url(os.environ['PORTAL_TEST_DATABASE_URL']).set(drivername='postgresql+psycopg') \
        .render_as_string(hide_password=False)
    admin = db.make_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA {schema}'))
    engine = db.make_engine(url, connect_args={'options': f'-csearch_path={schema}'})
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA {schema} CASCADE'))
        admin.dispose()


@pytest.mark.parametrize('backend', ['sqlite'] + (['postgresql'] if os.environ.get('PORTAL_TEST_DATABASE_URL') else []))
def test_upgrading_marks_documents_that_apply_only_if_any_as_optional(backend, tmp_path):
    """Documents loaded before ProcedureDocument.required existed: those whose names say "(nếu có)"
    ("if any") or name the one case they are for become optional, the others stay required."""
    from core.migrate import upgrade_database

    names = {'Tờ khai đăng ký khai sinh': True,
             'Giấy tờ chứng minh thuộc đối tượng được miễn, giảm phí (nếu có)': False,
             'Phụ lục giảm trừ gia cảnh cho người phụ thuộc (Mẫu 02-1/BK-QTT-TNCN, nếu có)': False,
             'Bản mô tả sáng chế (gồm phần mô tả, yêu cầu bảo hộ và hình vẽ nếu có)': True,
             'Văn bản ủy quyền (trường hợp ủy quyền yêu cầu cấp Phiếu lý lịch tư pháp số 1)': False,
             'Sổ hộ khẩu của hộ nơi chuyển đến (Trường hợp nhập vào hộ đã có)': False,
             'Bản khai nhân khẩu (Mẫu HK01, đối với trường hợp phải khai)': False,
             'Bản chính giấy tờ đã được hợp pháp hóa lãnh sự (trừ trường hợp được miễn)': True}
    with _empty_database(backend, tmp_path) as engine:
        upgrade_database(engine, '28d670299a3a')  # the schema before documents could be optional
        with engine.begin() as connection:
            _seed_catalogue(connection)
            for position, name in enumerate(names):
                connection.execute(text('INSERT INTO procedure_document(procedure_id, position, name, originals, '
                                        'copies) VALUES (1, :position, :name, 1, 0)'),
                                   {'position': position, 'name': name})
        upgrade_database(engine)
        with engine.connect() as connection:
            rows = connection.execute(text('SELECT name, required FROM procedure_document')).all()
    assert {name: bool(required) for name, required in rows} == names
