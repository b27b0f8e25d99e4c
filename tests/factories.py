"""Small builders for test data, through the domain functions themselves."""
from __future__ import annotations

import itertools

from sqlmodel import Session

from domain.accounts import create_staff_by_command, register_account
from models.accounts import Account, CitizenRegister, StaffCreate

PASSWORD = 'a long enough passphrase'
_serial = itertools.count(1)


def citizen_id(province: str = '01') -> str:
    return f'0{province}09{next(_serial):07d}'


def phone() -> str:
    return f'091{next(_serial):07d}'


def make_citizen(session: Session, **overrides) -> Account:
    data = dict(kind='citizen', full_name='Nguyễn Văn Thử', id_number=citizen_id(), phone=phone(),
                password=PASSWORD, consent=True)
    data.update(overrides)
    return register_account(session, data=CitizenRegister(**data), ip='127.0.0.1')


def make_staff(session: Session, role: str, agency_code: str | None = None, **overrides) -> Account:
    data = dict(full_name='Cán Bộ Thử', id_number=citizen_id(), phone=phone(), role=role,
                agency_code=agency_code, password=PASSWORD)
    data.update(overrides)
    return create_staff_by_command(session, data=StaffCreate(**data))


def procedure_record(code: str, name: str, *, level: int = 3, sector: str = 'DUONGBO', ministry: str = 'BGTVT',
                     implementing_level: str = 'province', keywords: list[str] | None = None, days: int = 5,
                     fee: int = 0, documents: int = 1, applicants: list[str] | None = None) -> dict:
    """A complete catalogue record, shaped like domain/data/procedures.json."""
    return {
        'code': code, 'decision': 'Quyết định số 1/QĐ-TEST ngày 01/01/2019', 'name': name, 'name_en': name,
        'implementing_level': implementing_level, 'sector': sector, 'ministry': ministry, 'service_level': level,
        'launch_service': False, 'applicants': applicants or ['citizen', 'enterprise'],
        'steps': ['Bước 1: Nộp hồ sơ.', 'Bước 2: Nhận kết quả.'],
        'channels': [{'kind': 'direct', 'processing_days': days, 'fee_vnd': fee, 'fee_description': 'Không',
                      'description': 'Nộp trực tiếp'}]
        + ([{'kind': 'online', 'processing_days': days, 'fee_vnd': fee, 'fee_description': 'Không',
             'description': 'Nộp trực tuyến'}] if level >= 3 else []),
        'documents': [{'name': f'Giấy tờ số {i + 1}', 'template': f'mau-{code}-{i}.docx' if i == 0 else None,
                       'originals': 1, 'copies': 0} for i in range(documents)],
        'implementing_agency': 'Sở Giao thông vận tải', 'competent_agency': 'Sở Giao thông vận tải',
        'receiving_address': 'Bộ phận Một cửa', 'result': 'Giấy phép', 'legal_basis': ['Luật Giao thông đường bộ 2008'],
        'conditions': 'Không', 'keywords': keywords or [], 'life_events': [],
        'fields': [{'name': 'full_name', 'label': 'Họ và tên', 'label_en': 'Full name', 'type': 'text',
                    'required': True, 'options': [], 'prefill': 'full_name'},
                   {'name': 'birth_date', 'label': 'Ngày sinh', 'label_en': 'Date of birth', 'type': 'date',
                    'required': True, 'options': [], 'prefill': None},
                   {'name': 'licence_class', 'label': 'Hạng', 'label_en': 'Class', 'type': 'select',
                    'required': False, 'options': ['A1', 'B2'], 'prefill': None}] if level >= 3 else [],
        'faqs': [{'question': 'Mất bao lâu?', 'answer': f'{days} ngày làm việc.'}],
    }


def load_test_procedures(session: Session, records: list[dict] | None = None) -> None:
    from domain.catalog import load_procedures

    load_procedures(session, records or [
        procedure_record('1.000001', 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
                         keywords=['GPLX', 'đổi bằng lái'], days=5, fee=135000),
        procedure_record('1.000002', 'Đăng ký khai sinh', sector='HOTICH', ministry='BTP',
                         implementing_level='commune', keywords=['khai sinh'], days=3),
        procedure_record('1.000003', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', sector='LLTP',
                         ministry='BTP', keywords=['LLTP'], days=10, fee=200000),
        procedure_record('1.000004', 'Cấp lại thẻ bảo hiểm y tế do bị mất, hỏng', sector='BHYT', ministry='BLDTBXH',
                         keywords=['BHYT'], level=2),
        procedure_record('2.000005', 'Đăng ký thành lập hộ kinh doanh', sector='HKD', ministry='BKHDT',
                         implementing_level='district', keywords=['ĐKKD', 'HKD'], level=4),
    ])


def pdf_bytes(extra: bytes = b'') -> bytes:
    return b'%PDF-1.4\n1 0 obj<<>>endobj\n' + extra + b'\ntrailer<<>>\n%%EOF\n'


def run_together(engine, jobs, *, timeout: float = 120) -> list:
    """Run each job(session) in its own thread with its own Session, all released at once by a
    barrier. Returns each job's result, or the exception it raised (its session rolled back)."""
    import threading

    from sqlmodel import Session

    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)

    def run(index, job):
        with Session(engine, expire_on_commit=False) as session:
            barrier.wait(timeout=30)
            try:
                results[index] = job(session)
            except BaseException as error:  # noqa: BLE001 (handed to the main thread)
                session.rollback()
                results[index] = error
    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout)
    assert not any(thread.is_alive() for thread in threads), 'a worker hung'
    return results
