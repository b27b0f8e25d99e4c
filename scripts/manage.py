"""Operator commands: python -m scripts.manage <command> (run from the project folder).

  create-staff   create a staff account (agent, supervisor, officer, leader, admin)
  load-reference load missing reference data (provinces, agencies, sectors, holidays)
  demo-data      fill an empty database with the demo data set
"""
from __future__ import annotations

import argparse
import getpass
import sys

from core.db import init_engine, session_scope
from core.errors import DomainError
from core.i18n import error_text
from core.migrate import upgrade_database
from core.settings import reload_settings
from domain.accounts import create_staff_by_command
from domain.demo import ensure_demo_data
from domain.bootstrap import load_static_data
from domain.reference import load_reference_data
from models.accounts import STAFF_ROLES, StaffCreate


def _open() -> None:
    settings = reload_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade_database(init_engine(settings.resolved_database_url))
    with session_scope() as session:
        load_static_data(session)


def _progress_bar(stage: str, done: int, total: int) -> None:
    """A one-line progress bar on the terminal."""
    width = 30
    filled = int(width * done / total) if total else width
    label = {'accounts': 'Tài khoản', 'visits': 'Lượt truy cập', 'records': 'Hồ sơ đồng bộ'}.get(stage, stage)
    sys.stdout.write(f'\r{label:<15} [{"#" * filled}{"." * (width - filled)}] {done:>10,}/{total:,}'
                     .replace(',', '.'))
    if done >= total:
        sys.stdout.write('\n')
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog='python -m scripts.manage', description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest='command', required=True)
    staff = commands.add_parser('create-staff', help='create a staff account')
    staff.add_argument('--role', required=True, choices=STAFF_ROLES)
    staff.add_argument('--name', required=True, help='full name, e.g. "Lê Thị Thu Hà"')
    staff.add_argument('--id-number', required=True, help='12-digit citizen ID (CCCD)')
    staff.add_argument('--phone')
    staff.add_argument('--email')
    staff.add_argument('--agency', help='agency code (required for officers; optional scope for leaders)')
    staff.add_argument('--password-stdin', action='store_true', help='read the password from standard input')
    commands.add_parser('load-reference', help='load missing reference data')
    demo = commands.add_parser('demo-data', help='fill an empty database with demo data')
    demo.add_argument('--scale', type=float, default=0.01,
                      help='share of the launch figures (1 = 77,200 accounts, 20.9 million visits, '
                           '2.9 million records; default 0.01)')
    args = parser.parse_args(argv)

    _open()
    with session_scope() as session:
        if args.command == 'create-staff':
            password = sys.stdin.readline().rstrip('\n') if args.password_stdin else getpass.getpass('Mật khẩu: ')
            try:
                account = create_staff_by_command(session, data=StaffCreate(
                    full_name=args.name, id_number=args.id_number, phone=args.phone, email=args.email,
                    role=args.role, agency_code=args.agency, password=password))
            except DomainError as error:
                for field, code in (error.fields or {'': error.code}).items():
                    print(f'{field or "error"}: {error_text(code, "vi", **error.params)}', file=sys.stderr)
                return 2
            print(f'Đã tạo tài khoản #{account.id} ({account.role}).')
        elif args.command == 'load-reference':
            print(load_reference_data(session))
        elif args.command == 'demo-data':
            if not 0 < args.scale <= 1:
                print('--scale: từ 0 đến 1', file=sys.stderr)
                return 2
            made = ensure_demo_data(session, national_scale=args.scale, progress=_progress_bar)
            print('\nĐã tạo dữ liệu mẫu.' if made else 'Cơ sở dữ liệu đã có tài khoản: bỏ qua.')
    return 0


if __name__ == '__main__':
    sys.exit(main())
