"""10,000 (or any number of) realistic procedures for benchmarks, made from the seeded
catalogue by varying the subject, level and circumstances the way the real database does."""
from __future__ import annotations

import copy
import random

from domain.reference import read_data

QUALIFIERS = (
    'đối với công dân Việt Nam định cư ở nước ngoài', 'đối với người nước ngoài', 'trường hợp bị mất, hỏng',
    'có yếu tố nước ngoài', 'tại khu vực biên giới', 'cho doanh nghiệp nhỏ và vừa', 'lần đầu', 'cấp lại',
    'điều chỉnh nội dung', 'gia hạn', 'thực hiện tại cấp huyện', 'thực hiện tại cấp xã', 'trong khu công nghiệp',
    'đối với hộ kinh doanh', 'đối với hợp tác xã', 'cho người có công với cách mạng', 'cho trẻ em dưới 6 tuổi',
    'đối với tàu cá', 'đối với phương tiện thủy nội địa', 'trong lĩnh vực y tế dự phòng',
)
LEVELS = ('central', 'province', 'district', 'commune')


def generate_procedures(count: int, *, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    base = read_data('procedures.json')
    records = []
    for index in range(count):
        record = copy.deepcopy(base[index % len(base)])
        if index >= len(base):
            qualifier = QUALIFIERS[rng.randrange(len(QUALIFIERS))]
            record['name'] = f'{record["name"]} {qualifier}'
            record['name_en'] = f'{record["name_en"]} (variant {index})'
            record['implementing_level'] = rng.choice(LEVELS)
            record['code'] = f'9.{index:06d}'
            record['keywords'] = record['keywords'] + [qualifier.split()[-1]]
        records.append(record)
    return records
