from __future__ import annotations

import logging

import pytest

from core.errors import ValidationFailed
from core.logs import RedactingFilter, redact
from core.privacy import mask_id_number, mask_phone
from core.security import check_password_policy, hash_password, verify_password


def test_argon2_hash_verifies_and_is_salted():
    first, second = hash_password('a long enough passphrase'), hash_password('a long enough passphrase')
    assert first.startswith('$argon2id$') and first != second
    assert verify_password('a long enough passphrase', first)
    assert not verify_password('a long enough passphrasE', first)


def test_passwords_are_never_truncated():
    sixty_four = 'p' * 63 + 'q'
    stored = hash_password(sixty_four)
    assert not verify_password(sixty_four[:-1], stored)
    with pytest.raises(ValidationFailed):
        hash_password(sixty_four + 'r')
    assert not verify_password(sixty_four + 'r', stored)


def test_no_composition_rules():
    check_password_policy('đây là một câu dài dễ nhớ')  # lower-case words only are fine
    with pytest.raises(ValidationFailed):
        check_password_policy('aaaaaaaaaaaa')


def test_masks():
    assert mask_id_number('001234567889') == '0012******89'
    assert mask_phone('0912345678') == '091****678'


def test_logs_never_carry_id_numbers_phones_passwords_or_tokens():
    line = 'login 001090012345 from 0912345678 password=hunter2hunter token: abc.def eyJhbGciOi.eyJzdWIi.sig'
    cleaned = redact(line)
    for secret in ('001090012345', '0912345678', 'hunter2hunter', 'abc.def', 'eyJhbGciOi'):
        assert secret not in cleaned
    record = logging.LogRecord('x', logging.INFO, __file__, 1, 'user %s', ('001090012345',), None)
    RedactingFilter().filter(record)
    assert '001090012345' not in record.getMessage()
