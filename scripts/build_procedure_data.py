#!/usr/bin/env python3
"""Sinh dữ liệu mẫu Cơ sở dữ liệu quốc gia về thủ tục hành chính.

Ghi hai tệp:
  domain/data/procedures.json   – danh mục thủ tục hành chính (>= 300 thủ tục)
  domain/data/life_events.json  – danh mục sự kiện trong đời sống (nhóm dịch vụ theo sự kiện)

Chỉ dùng thư viện chuẩn Python 3.11; kết quả hoàn toàn xác định (không dùng số ngẫu nhiên).
Mã thủ tục được suy ra từ băm SHA-1 của tên thủ tục nên không thay đổi khi sắp xếp lại danh sách.

Chạy:  python scripts/build_procedure_data.py
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "domain" / "data"

LEVELS = {"TW": "central", "T": "province", "H": "district", "X": "commune"}
LEVEL_INDEX = {"TW": 0, "T": 1, "H": 2, "X": 3}

PORTAL = "Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)"


# ---------------------------------------------------------------------------
# Tiện ích
# ---------------------------------------------------------------------------
def vnd(n: int) -> str:
    """135000 -> '135.000'."""
    return f"{n:,}".replace(",", ".")


def strip_accents(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def slugify(s: str, max_words: int = 10) -> str:
    words = re.findall(r"[a-z0-9]+", strip_accents(s).lower())
    return "-".join(words[:max_words])


def F(name, label, label_en, type="text", required=True, options=None, prefill=None):
    """Một trường của biểu mẫu trực tuyến."""
    return {
        "name": name,
        "label": label,
        "label_en": label_en,
        "type": type,
        "required": required,
        "options": list(options or []),
        "prefill": prefill,
    }


# Các trường dùng chung ------------------------------------------------------
FULL_NAME_C = F("full_name", "Họ và tên người nộp hồ sơ", "Applicant's full name", prefill="full_name")
FULL_NAME_E = F("full_name", "Họ và tên người đại diện hoặc người được ủy quyền nộp hồ sơ",
                "Full name of the legal representative or authorised person", prefill="full_name")
ID_NUMBER = F("id_number", "Số CMND/CCCD/Hộ chiếu", "ID card, citizen identity card or passport number",
              prefill="id_number")
PHONE = F("phone", "Số điện thoại liên hệ", "Contact phone number", "phone", prefill="phone")
EMAIL = F("email", "Thư điện tử", "Email address", "email", required=False, prefill="email")
ADDRESS = F("address", "Địa chỉ liên hệ", "Contact address", prefill="address")
ENT_NAME = F("enterprise_name", "Tên doanh nghiệp, tổ chức", "Enterprise or organisation name")
TAX_CODE = F("tax_code", "Mã số thuế (mã số doanh nghiệp)", "Tax code (enterprise code)")
TAX_CODE_ANY = F("tax_code", "Mã số thuế", "Tax code")
REQUEST = F("request_content", "Nội dung đề nghị", "Request details", "textarea")
REASON = F("reason", "Lý do đề nghị", "Reason for the request", "textarea")
DOB = F("date_of_birth", "Ngày, tháng, năm sinh", "Date of birth", "date")
RECEIVE = F("receive_method", "Hình thức nhận kết quả", "Result delivery method", "select",
            options=["Nhận trực tiếp tại nơi nộp hồ sơ", "Nhận qua dịch vụ bưu chính công ích"])
RECEIVE4 = F("receive_method", "Hình thức nhận kết quả", "Result delivery method", "select",
             options=["Nhận kết quả điện tử trên Cổng Dịch vụ công quốc gia",
                      "Nhận trực tiếp tại nơi nộp hồ sơ", "Nhận qua dịch vụ bưu chính công ích"])
SI_CODE = F("social_insurance_code", "Mã số bảo hiểm xã hội", "Social insurance code")
PARCEL = F("parcel_number", "Số thửa đất", "Land parcel number")
MAP_SHEET = F("map_sheet", "Số tờ bản đồ", "Cadastral map sheet number")
PARCEL_ADDR = F("parcel_address", "Địa chỉ thửa đất", "Land parcel address")
CERT_NO = F("certificate_number", "Số phát hành Giấy chứng nhận (số seri)", "Certificate serial number",
            required=False)

# ---------------------------------------------------------------------------
# Sự kiện trong đời sống
# ---------------------------------------------------------------------------
LIFE_EVENTS = [
    {"code": "birth", "name": "Có con nhỏ", "name_en": "Having a baby", "icon": "child_care"},
    {"code": "marriage", "name": "Kết hôn", "name_en": "Getting married", "icon": "favorite"},
    {"code": "death", "name": "Khai tử, mai táng", "name_en": "Death and funeral", "icon": "local_florist"},
    {"code": "residence", "name": "Cư trú và giấy tờ tùy thân", "name_en": "Residence and identity papers",
     "icon": "badge"},
    {"code": "education", "name": "Học tập", "name_en": "Education", "icon": "school"},
    {"code": "employment", "name": "Việc làm", "name_en": "Employment", "icon": "work"},
    {"code": "health", "name": "Khám chữa bệnh và bảo hiểm y tế", "name_en": "Health care and health insurance",
     "icon": "local_hospital"},
    {"code": "driving", "name": "Giấy phép lái xe", "name_en": "Driving licence", "icon": "drive_eta"},
    {"code": "own_vehicle", "name": "Sở hữu và sử dụng phương tiện", "name_en": "Owning and using a vehicle",
     "icon": "directions_car"},
    {"code": "house_land", "name": "Nhà ở và đất đai", "name_en": "Housing and land", "icon": "home"},
    {"code": "start_business", "name": "Khởi sự kinh doanh", "name_en": "Starting a business", "icon": "store"},
    {"code": "business_operation", "name": "Hoạt động sản xuất, kinh doanh", "name_en": "Running a business",
     "icon": "business_center"},
    {"code": "tax", "name": "Nghĩa vụ thuế", "name_en": "Tax obligations", "icon": "receipt_long"},
    {"code": "import_export", "name": "Xuất khẩu, nhập khẩu hàng hóa", "name_en": "Importing and exporting goods",
     "icon": "local_shipping"},
    {"code": "travel_abroad", "name": "Xuất nhập cảnh, đi nước ngoài", "name_en": "Travelling and living abroad",
     "icon": "flight_takeoff"},
    {"code": "social_support", "name": "Trợ giúp xã hội và người có công",
     "name_en": "Social assistance and people with meritorious services", "icon": "volunteer_activism"},
    {"code": "retirement", "name": "Nghỉ hưu", "name_en": "Retirement", "icon": "elderly"},
]

# ---------------------------------------------------------------------------
# Người ký quyết định công bố theo bộ, ngành
# ---------------------------------------------------------------------------
DECISION_SIGNER = {
    "BQP": ("BQP", "Bộ trưởng Bộ Quốc phòng"),
    "BCA": ("BCA", "Bộ trưởng Bộ Công an"),
    "BNG": ("BNG", "Bộ trưởng Bộ Ngoại giao"),
    "BNV": ("BNV", "Bộ trưởng Bộ Nội vụ"),
    "BTP": ("BTP", "Bộ trưởng Bộ Tư pháp"),
    "BKHDT": ("BKHĐT", "Bộ trưởng Bộ Kế hoạch và Đầu tư"),
    "BTC": ("BTC", "Bộ trưởng Bộ Tài chính"),
    "BCT": ("BCT", "Bộ trưởng Bộ Công Thương"),
    "BNNPTNT": ("BNN", "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"),
    "BGTVT": ("BGTVT", "Bộ trưởng Bộ Giao thông vận tải"),
    "BXD": ("BXD", "Bộ trưởng Bộ Xây dựng"),
    "BTNMT": ("BTNMT", "Bộ trưởng Bộ Tài nguyên và Môi trường"),
    "BTTTT": ("BTTTT", "Bộ trưởng Bộ Thông tin và Truyền thông"),
    "BLDTBXH": ("LĐTBXH", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội"),
    "BVHTTDL": ("BVHTTDL", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
    "BKHCN": ("BKHCN", "Bộ trưởng Bộ Khoa học và Công nghệ"),
    "BGDDT": ("BGDĐT", "Bộ trưởng Bộ Giáo dục và Đào tạo"),
    "BYT": ("BYT", "Bộ trưởng Bộ Y tế"),
    "UBDT": ("UBDT", "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"),
    "NHNN": ("NHNN", "Thống đốc Ngân hàng Nhà nước Việt Nam"),
    "TTCP": ("TTCP", "Tổng Thanh tra Chính phủ"),
    "VPCP": ("VPCP", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"),
    # Bảo hiểm xã hội Việt Nam công bố thủ tục thuộc lĩnh vực BHXH, BHYT
    "BHXHVN": ("BHXH", "Tổng Giám đốc Bảo hiểm xã hội Việt Nam"),
}


def R(entity: str) -> str:
    return f"Bộ phận Tiếp nhận và Trả kết quả của {entity}"


UBND_X = "Ủy ban nhân dân cấp xã"
UBND_H = "Ủy ban nhân dân cấp huyện"
UBND_T = "Ủy ban nhân dân cấp tỉnh"

# ---------------------------------------------------------------------------
# Cấu hình theo lĩnh vực
#   agencies: cấp -> (cơ quan thực hiện, cơ quan có thẩm quyền, địa chỉ tiếp nhận)
#   decisions: danh sách (số, ngày) quyết định công bố; chọn theo cấp thực hiện
#   issuer: mã dùng để tra người ký quyết định (mặc định là bộ quản lý lĩnh vực)
# ---------------------------------------------------------------------------
SECT: dict[str, dict] = {}


def sector(code, *, agencies, legal, decisions, kw=(), ev="", app="c", fields=None, review=None,
           issuer=None, post=True):
    SECT[code] = {
        "agencies": agencies, "legal": list(legal), "decisions": list(decisions), "kw": list(kw),
        "ev": ev.split(), "app": app, "fields": fields, "review": review or {}, "issuer": issuer,
        "post": post,
    }


sector(
    "HOTICH",
    agencies={
        "X": (UBND_X, UBND_X, R(UBND_X)),
        "H": ("Phòng Tư pháp cấp huyện", UBND_H, R(UBND_H)),
        "T": ("Sở Tư pháp", "Sở Tư pháp", R("Sở Tư pháp")),
    },
    legal=[
        "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014",
        "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "Thông tư số 15/2015/TT-BTP ngày 16/11/2015 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP",
        "Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ trưởng Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc trung ương",
    ],
    decisions=[("1380", "30/06/2016"), ("2555", "06/10/2017"), ("1872", "04/09/2019"), ("2613", "16/12/2019")],
    kw=["hộ tịch"],
    fields=[F("subject_name", "Họ, chữ đệm, tên của người được đăng ký", "Full name of the registered person"),
            F("subject_dob", "Ngày, tháng, năm sinh của người được đăng ký", "Date of birth of the registered person", "date"),
            REQUEST, RECEIVE],
    review={
        "X": "Bước 4: Công chức tư pháp - hộ tịch kiểm tra, xác minh (nếu cần); nếu thấy việc đăng ký đúng quy định thì ghi vào Sổ hộ tịch, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử và trình Chủ tịch Ủy ban nhân dân cấp xã ký cấp kết quả.",
        "H": "Bước 4: Công chức làm công tác hộ tịch của Phòng Tư pháp kiểm tra, xác minh hồ sơ, báo cáo Trưởng phòng Tư pháp trình Chủ tịch Ủy ban nhân dân cấp huyện ký cấp kết quả; ghi vào Sổ hộ tịch và cập nhật Cơ sở dữ liệu hộ tịch điện tử.",
    },
)

sector(
    "LLTP",
    agencies={
        "T": ("Sở Tư pháp", "Giám đốc Sở Tư pháp", R("Sở Tư pháp")),
        "TW": ("Trung tâm Lý lịch tư pháp quốc gia - Bộ Tư pháp", "Trung tâm Lý lịch tư pháp quốc gia",
               R("Trung tâm Lý lịch tư pháp quốc gia")),
    },
    legal=[
        "Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/6/2009",
        "Nghị định số 111/2010/NĐ-CP ngày 23/11/2010 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Lý lịch tư pháp",
        "Thông tư số 13/2011/TT-BTP ngày 27/6/2011 của Bộ trưởng Bộ Tư pháp ban hành và hướng dẫn việc sử dụng biểu mẫu và mẫu sổ lý lịch tư pháp",
        "Thông tư số 244/2016/TT-BTC ngày 11/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp",
    ],
    decisions=[("2183", "25/10/2017"), ("1406", "10/06/2019")],
    kw=["lý lịch tư pháp", "LLTP", "phiếu LLTP", "xác nhận không tiền án"],
    ev="employment travel_abroad",
)

sector(
    "CHUNGTHUC",
    agencies={
        "X": (UBND_X, "Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân cấp xã", R(UBND_X)),
        "H": ("Phòng Tư pháp cấp huyện", "Trưởng phòng hoặc Phó Trưởng phòng Tư pháp cấp huyện", R(UBND_H)),
    },
    legal=[
        "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
        "Thông tư số 20/2015/TT-BTP ngày 29/12/2015 của Bộ trưởng Bộ Tư pháp quy định chi tiết một số điều và biện pháp thi hành Nghị định số 23/2015/NĐ-CP",
        "Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực",
    ],
    decisions=[("1329", "22/05/2017"), ("774", "10/04/2018")],
    kw=["chứng thực", "công chứng", "sao y bản chính"],
    ev="residence",
    post=False,
)

sector(
    "QUOCTICH",
    agencies={"T": ("Sở Tư pháp", "Chủ tịch nước", R("Sở Tư pháp"))},
    legal=[
        "Luật Quốc tịch Việt Nam số 24/2008/QH12 ngày 13/11/2008",
        "Luật số 56/2014/QH13 ngày 24/6/2014 sửa đổi, bổ sung một số điều của Luật Quốc tịch Việt Nam",
        "Nghị định số 78/2009/NĐ-CP ngày 22/9/2009 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Quốc tịch Việt Nam",
        "Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực quốc tịch",
    ],
    decisions=[("2530", "05/10/2017")],
    kw=["quốc tịch", "quốc tịch Việt Nam"],
    ev="residence travel_abroad",
    post=False,
)

sector(
    "DUONGBO",
    agencies={
        "T": ("Sở Giao thông vận tải", "Sở Giao thông vận tải", R("Sở Giao thông vận tải")),
        "TW": ("Tổng cục Đường bộ Việt Nam", "Tổng cục Đường bộ Việt Nam", R("Tổng cục Đường bộ Việt Nam")),
    },
    legal=[
        "Luật Giao thông đường bộ số 23/2008/QH12 ngày 13/11/2008",
        "Thông tư số 12/2017/TT-BGTVT ngày 15/4/2017 của Bộ trưởng Bộ Giao thông vận tải quy định về đào tạo, sát hạch, cấp giấy phép lái xe cơ giới đường bộ",
        "Thông tư số 188/2016/TT-BTC ngày 08/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí sát hạch lái xe; lệ phí cấp bằng, chứng chỉ hoạt động trên các phương tiện và lệ phí đăng ký, cấp biển xe máy chuyên dùng",
    ],
    decisions=[("2290", "31/07/2017"), ("1984", "25/10/2019")],
    kw=["giao thông", "đường bộ"],
    ev="driving",
    fields=[ENT_NAME, TAX_CODE,
            F("vehicle_count", "Số lượng phương tiện đề nghị", "Number of vehicles concerned", "number"),
            REQUEST, RECEIVE],
    app="e",
)

sector(
    "DKPT",
    agencies={
        "T": ("Phòng Cảnh sát giao thông Công an tỉnh, thành phố trực thuộc trung ương",
              "Phòng Cảnh sát giao thông Công an tỉnh, thành phố trực thuộc trung ương",
              R("Phòng Cảnh sát giao thông Công an tỉnh, thành phố trực thuộc trung ương")),
        "H": ("Công an cấp huyện", "Công an cấp huyện", R("Công an cấp huyện")),
    },
    legal=[
        "Luật Giao thông đường bộ số 23/2008/QH12 ngày 13/11/2008",
        "Thông tư số 15/2014/TT-BCA ngày 04/4/2014 của Bộ trưởng Bộ Công an quy định về đăng ký xe",
        "Thông tư số 229/2016/TT-BTC ngày 11/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí đăng ký, cấp biển phương tiện giao thông cơ giới đường bộ",
    ],
    decisions=[("4937", "12/10/2017"), ("7563", "28/11/2018")],
    kw=["đăng ký xe", "biển số xe", "cà vẹt xe", "giấy đăng ký xe"],
    ev="own_vehicle",
    app="ce",
    fields=[F("vehicle_type", "Loại xe", "Vehicle type", "select",
              options=["Xe ô tô", "Xe mô tô, xe gắn máy", "Rơ moóc, sơ mi rơ moóc", "Xe máy điện"]),
            F("brand", "Nhãn hiệu, số loại", "Make and model"),
            F("chassis_number", "Số khung", "Chassis number"),
            F("engine_number", "Số máy", "Engine number"),
            F("plate_number", "Biển số xe (nếu đã có)", "Plate number (if any)", required=False),
            RECEIVE],
)

sector(
    "XLVP",
    agencies={
        "T": ("Phòng Cảnh sát giao thông Công an tỉnh, thành phố trực thuộc trung ương",
              "Người có thẩm quyền xử phạt vi phạm hành chính",
              R("Phòng Cảnh sát giao thông Công an tỉnh, thành phố trực thuộc trung ương")),
    },
    legal=[
        "Luật Xử lý vi phạm hành chính số 15/2012/QH13 ngày 20/6/2012",
        "Nghị định số 81/2013/NĐ-CP ngày 19/7/2013 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xử lý vi phạm hành chính",
        "Thông tư số 153/2013/TT-BTC ngày 31/10/2013 của Bộ trưởng Bộ Tài chính quy định về thủ tục thu, nộp tiền phạt, biên lai thu tiền phạt và kinh phí từ ngân sách nhà nước bảo đảm hoạt động của các lực lượng xử phạt vi phạm hành chính",
    ],
    decisions=[("281", "13/01/2020")],
    kw=["vi phạm hành chính", "tiền phạt", "xử phạt"],
    ev="own_vehicle driving",
    app="ce",
    post=False,
)

sector(
    "CUTRU",
    agencies={
        "X": ("Công an cấp xã", "Trưởng Công an cấp xã", R("Công an cấp xã")),
        "H": ("Công an cấp huyện", "Trưởng Công an cấp huyện", R("Công an cấp huyện")),
    },
    legal=[
        "Luật Cư trú số 81/2006/QH11 ngày 29/11/2006",
        "Luật số 36/2013/QH13 ngày 20/6/2013 sửa đổi, bổ sung một số điều của Luật Cư trú",
        "Nghị định số 31/2014/NĐ-CP ngày 18/4/2014 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú",
        "Thông tư số 35/2014/TT-BCA ngày 09/9/2014 của Bộ trưởng Bộ Công an quy định chi tiết một số điều của Luật Cư trú và Nghị định số 31/2014/NĐ-CP",
        "Thông tư số 36/2014/TT-BCA ngày 09/9/2014 của Bộ trưởng Bộ Công an quy định về biểu mẫu sử dụng trong đăng ký, quản lý cư trú",
    ],
    decisions=[("5548", "13/11/2017"), ("6203", "25/11/2019")],
    kw=["cư trú", "hộ khẩu", "sổ hộ khẩu"],
    ev="residence",
    fields=[F("residence_address", "Địa chỉ nơi đăng ký cư trú", "Residence address", prefill="address"),
            F("from_date", "Thời gian bắt đầu cư trú", "Start date of residence", "date"),
            F("household_head", "Họ và tên chủ hộ", "Head of household"),
            REASON],
    post=False,
)

sector(
    "XNC",
    agencies={
        "T": ("Phòng Quản lý xuất nhập cảnh Công an tỉnh, thành phố trực thuộc trung ương",
              "Phòng Quản lý xuất nhập cảnh Công an tỉnh, thành phố trực thuộc trung ương",
              R("Phòng Quản lý xuất nhập cảnh Công an tỉnh, thành phố trực thuộc trung ương")),
        "TW": ("Cục Quản lý xuất nhập cảnh - Bộ Công an", "Cục Quản lý xuất nhập cảnh - Bộ Công an",
               R("Cục Quản lý xuất nhập cảnh - Bộ Công an")),
    },
    legal=[
        "Nghị định số 136/2007/NĐ-CP ngày 17/8/2007 của Chính phủ về xuất cảnh, nhập cảnh của công dân Việt Nam",
        "Nghị định số 94/2015/NĐ-CP ngày 16/10/2015 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 136/2007/NĐ-CP",
        "Thông tư số 29/2016/TT-BCA ngày 06/7/2016 của Bộ trưởng Bộ Công an hướng dẫn việc cấp hộ chiếu phổ thông và giấy thông hành ở trong nước cho công dân Việt Nam",
        "Thông tư số 219/2016/TT-BTC ngày 10/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực xuất cảnh, nhập cảnh, quá cảnh, cư trú tại Việt Nam",
    ],
    decisions=[("7071", "20/12/2017"), ("2214", "05/04/2018")],
    kw=["xuất nhập cảnh", "hộ chiếu", "passport"],
    ev="travel_abroad",
    fields=[DOB,
            F("gender", "Giới tính", "Gender", "select", options=["Nam", "Nữ"]),
            F("birth_place", "Nơi sinh (tỉnh, thành phố)", "Place of birth (province)"),
            F("permanent_address", "Địa chỉ thường trú", "Permanent address", prefill="address"),
            F("old_passport", "Số hộ chiếu đã được cấp gần nhất (nếu có)", "Most recent passport number (if any)",
              required=False),
            RECEIVE],
)

sector(
    "BHYT",
    agencies={
        "H": ("Bảo hiểm xã hội cấp huyện", "Bảo hiểm xã hội cấp huyện", R("Bảo hiểm xã hội cấp huyện")),
        "T": ("Bảo hiểm xã hội cấp tỉnh", "Bảo hiểm xã hội cấp tỉnh", R("Bảo hiểm xã hội cấp tỉnh")),
    },
    legal=[
        "Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14/11/2008",
        "Luật số 46/2014/QH13 ngày 13/6/2014 sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế",
        "Nghị định số 146/2018/NĐ-CP ngày 17/10/2018 của Chính phủ quy định chi tiết và hướng dẫn biện pháp thi hành một số điều của Luật Bảo hiểm y tế",
        "Quyết định số 595/QĐ-BHXH ngày 14/4/2017 của Tổng Giám đốc Bảo hiểm xã hội Việt Nam ban hành quy trình thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp, bảo hiểm tai nạn lao động, bệnh nghề nghiệp; quản lý sổ bảo hiểm xã hội, thẻ bảo hiểm y tế",
    ],
    decisions=[("1040", "29/07/2019"), ("896", "30/06/2017")],
    kw=["bảo hiểm y tế", "BHYT", "thẻ BHYT"],
    ev="health",
    issuer="BHXHVN",
    fields=[SI_CODE,
            F("card_number", "Số thẻ bảo hiểm y tế", "Health insurance card number", required=False),
            F("hospital", "Nơi đăng ký khám bệnh, chữa bệnh ban đầu", "Registered primary health-care facility"),
            RECEIVE],
)

sector(
    "BHXH",
    agencies={
        "H": ("Bảo hiểm xã hội cấp huyện", "Bảo hiểm xã hội cấp huyện", R("Bảo hiểm xã hội cấp huyện")),
        "T": ("Bảo hiểm xã hội cấp tỉnh", "Bảo hiểm xã hội cấp tỉnh", R("Bảo hiểm xã hội cấp tỉnh")),
    },
    legal=[
        "Luật Bảo hiểm xã hội số 58/2014/QH13 ngày 20/11/2014",
        "Nghị định số 115/2015/NĐ-CP ngày 11/11/2015 của Chính phủ quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc",
        "Thông tư số 59/2015/TT-BLĐTBXH ngày 29/12/2015 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc",
        "Quyết định số 166/QĐ-BHXH ngày 31/01/2019 của Tổng Giám đốc Bảo hiểm xã hội Việt Nam ban hành Quy trình giải quyết hưởng các chế độ bảo hiểm xã hội, chi trả các chế độ bảo hiểm xã hội, bảo hiểm thất nghiệp",
    ],
    decisions=[("1040", "29/07/2019"), ("896", "30/06/2017")],
    kw=["bảo hiểm xã hội", "BHXH", "sổ BHXH"],
    ev="employment",
    issuer="BHXHVN",
    fields=[SI_CODE,
            F("employer", "Đơn vị công tác (nếu có)", "Employer (if any)", required=False),
            REQUEST, RECEIVE],
)

sector(
    "THUE",
    agencies={
        "TW": ("Tổng cục Thuế; cơ quan thuế quản lý trực tiếp", "Cơ quan thuế quản lý trực tiếp người nộp thuế",
               R("cơ quan thuế quản lý trực tiếp")),
        "T": ("Cục Thuế tỉnh, thành phố trực thuộc trung ương", "Cục Thuế tỉnh, thành phố trực thuộc trung ương",
              R("Cục Thuế tỉnh, thành phố trực thuộc trung ương")),
        "H": ("Chi cục Thuế, Chi cục Thuế khu vực", "Chi cục Thuế, Chi cục Thuế khu vực",
              R("Chi cục Thuế, Chi cục Thuế khu vực")),
    },
    legal=[
        "Luật Quản lý thuế số 78/2006/QH11 ngày 29/11/2006",
        "Luật số 21/2012/QH13 ngày 20/11/2012 sửa đổi, bổ sung một số điều của Luật Quản lý thuế",
        "Nghị định số 83/2013/NĐ-CP ngày 22/7/2013 của Chính phủ quy định chi tiết thi hành một số điều của Luật Quản lý thuế",
        "Thông tư số 156/2013/TT-BTC ngày 06/11/2013 của Bộ trưởng Bộ Tài chính hướng dẫn thi hành một số điều của Luật Quản lý thuế",
    ],
    decisions=[("2589", "21/12/2017"), ("1462", "12/07/2019"), ("2194", "30/10/2019")],
    kw=["thuế", "cơ quan thuế"],
    ev="tax",
    app="e",
    fields=[TAX_CODE_ANY,
            F("tax_office", "Cơ quan thuế quản lý", "Managing tax office"),
            F("tax_period", "Kỳ tính thuế", "Tax period", "select",
              options=["Tháng", "Quý", "Năm", "Từng lần phát sinh"]),
            F("amount", "Số tiền (đồng)", "Amount (VND)", "number"),
            EMAIL],
)

sector(
    "HAIQUAN",
    agencies={
        "T": ("Chi cục Hải quan nơi đăng ký tờ khai", "Chi cục trưởng Chi cục Hải quan nơi đăng ký tờ khai",
              R("Chi cục Hải quan nơi đăng ký tờ khai")),
        "TW": ("Tổng cục Hải quan", "Tổng cục trưởng Tổng cục Hải quan", R("Tổng cục Hải quan")),
    },
    legal=[
        "Luật Hải quan số 54/2014/QH13 ngày 23/6/2014",
        "Nghị định số 08/2015/NĐ-CP ngày 21/01/2015 của Chính phủ quy định chi tiết và biện pháp thi hành Luật Hải quan về thủ tục hải quan, kiểm tra, giám sát, kiểm soát hải quan",
        "Nghị định số 59/2018/NĐ-CP ngày 20/4/2018 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 08/2015/NĐ-CP",
        "Thông tư số 38/2015/TT-BTC ngày 25/3/2015 của Bộ trưởng Bộ Tài chính quy định về thủ tục hải quan; kiểm tra, giám sát hải quan; thuế xuất khẩu, thuế nhập khẩu và quản lý thuế đối với hàng hóa xuất khẩu, nhập khẩu",
        "Thông tư số 39/2018/TT-BTC ngày 20/4/2018 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều tại Thông tư số 38/2015/TT-BTC",
    ],
    decisions=[("2770", "22/12/2015"), ("1919", "16/10/2019")],
    kw=["hải quan", "tờ khai hải quan", "VNACCS"],
    ev="import_export",
    app="e",
    fields=[ENT_NAME, TAX_CODE,
            F("customs_office", "Chi cục Hải quan làm thủ tục", "Customs branch handling the procedure"),
            F("declaration_number", "Số tờ khai hải quan (nếu đã có)", "Customs declaration number (if any)", required=False),
            REQUEST, EMAIL],
    post=False,
)

sector(
    "NGANSACH",
    agencies={
        "T": ("Sở Tài chính", "Sở Tài chính", R("Sở Tài chính")),
        "TW": ("Cục Tin học và Thống kê tài chính - Bộ Tài chính", "Bộ Tài chính",
               R("Cục Tin học và Thống kê tài chính - Bộ Tài chính")),
        "H": ("Kho bạc Nhà nước cấp huyện", "Kho bạc Nhà nước cấp huyện", R("Kho bạc Nhà nước cấp huyện")),
    },
    legal=[
        "Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25/6/2015",
        "Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước",
        "Thông tư số 185/2015/TT-BTC ngày 17/11/2015 của Bộ trưởng Bộ Tài chính hướng dẫn đăng ký, cấp và sử dụng mã số đơn vị có quan hệ với ngân sách",
    ],
    decisions=[("2589", "21/12/2017"), ("1834", "23/09/2019")],
    kw=["ngân sách nhà nước", "mã số ĐVQHNS", "mã ngân sách"],
    ev="",
    app="e",
    fields=[F("unit_name", "Tên đơn vị", "Unit name"),
            F("governing_body", "Cơ quan chủ quản cấp trên", "Superior governing body"),
            F("unit_type", "Loại hình đơn vị", "Unit type", "select",
              options=["Đơn vị dự toán", "Đơn vị sử dụng ngân sách", "Dự án đầu tư xây dựng cơ bản",
                       "Đơn vị khác có quan hệ với ngân sách"]),
            F("unit_address", "Địa chỉ trụ sở đơn vị", "Unit address"),
            EMAIL],
)

sector(
    "XNK",
    agencies={
        "TW": ("Phòng Quản lý xuất nhập khẩu khu vực thuộc Cục Xuất nhập khẩu - Bộ Công Thương",
               "Cục Xuất nhập khẩu - Bộ Công Thương",
               R("Phòng Quản lý xuất nhập khẩu khu vực - Cục Xuất nhập khẩu")),
    },
    legal=[
        "Luật Quản lý ngoại thương số 05/2017/QH14 ngày 12/6/2017",
        "Nghị định số 69/2018/NĐ-CP ngày 15/5/2018 của Chính phủ quy định chi tiết một số điều của Luật Quản lý ngoại thương",
    ],
    decisions=[("1104", "11/04/2018"), ("3541", "28/11/2019")],
    kw=["xuất nhập khẩu", "thương nhân"],
    ev="import_export",
    app="e",
    fields=[ENT_NAME, TAX_CODE,
            F("goods_description", "Hàng hóa liên quan", "Goods concerned", "textarea"),
            F("hs_code", "Mã số hàng hóa (mã HS)", "HS code of the goods", required=False),
            F("partner_country", "Nước, vùng lãnh thổ đối tác", "Partner country or territory", required=False),
            EMAIL],
)

sector(
    "XTTM",
    agencies={
        "T": ("Sở Công Thương", "Sở Công Thương", R("Sở Công Thương")),
        "TW": ("Cục Xúc tiến thương mại - Bộ Công Thương", "Bộ Công Thương (Cục Xúc tiến thương mại)",
               R("Cục Xúc tiến thương mại - Bộ Công Thương")),
    },
    legal=[
        "Luật Thương mại số 36/2005/QH11 ngày 14/6/2005",
        "Nghị định số 81/2018/NĐ-CP ngày 22/5/2018 của Chính phủ quy định chi tiết Luật Thương mại về hoạt động xúc tiến thương mại",
    ],
    decisions=[("3054", "30/08/2018"), ("2916", "24/08/2018")],
    kw=["xúc tiến thương mại", "khuyến mại", "khuyến mãi"],
    ev="business_operation",
    app="e",
    fields=[ENT_NAME, TAX_CODE,
            F("programme_name", "Tên chương trình", "Programme name"),
            F("start_date", "Thời gian bắt đầu", "Start date", "date"),
            F("end_date", "Thời gian kết thúc", "End date", "date"),
            F("area", "Địa bàn thực hiện", "Area of implementation"),
            EMAIL],
)

sector(
    "DIEN",
    agencies={
        "H": ("Điện lực quận, huyện thuộc Công ty Điện lực tỉnh, thành phố (đơn vị phân phối điện)",
              "Công ty Điện lực tỉnh, thành phố trực thuộc trung ương",
              "Phòng giao dịch khách hàng của Điện lực quận, huyện"),
        "T": ("Sở Công Thương", "Sở Công Thương", R("Sở Công Thương")),
    },
    legal=[
        "Luật Điện lực số 28/2004/QH11 ngày 03/12/2004",
        "Luật số 24/2012/QH13 ngày 20/11/2012 sửa đổi, bổ sung một số điều của Luật Điện lực",
        "Nghị định số 137/2013/NĐ-CP ngày 21/10/2013 của Chính phủ quy định chi tiết thi hành một số điều của Luật Điện lực",
        "Thông tư số 39/2015/TT-BCT ngày 18/11/2015 của Bộ trưởng Bộ Công Thương quy định hệ thống điện phân phối",
    ],
    decisions=[("3745", "15/10/2018"), ("2731", "23/09/2019")],
    kw=["điện", "cấp điện", "điện lực", "EVN"],
    ev="house_land",
    app="ce",
    fields=[F("customer_code", "Mã khách hàng sử dụng điện", "Electricity customer code"),
            F("supply_address", "Địa chỉ sử dụng điện", "Address of electricity use", prefill="address"),
            REQUEST, EMAIL],
)

sector(
    "KCB",
    agencies={
        "T": ("Sở Y tế", "Giám đốc Sở Y tế", R("Sở Y tế")),
        "TW": ("Cục Quản lý Khám, chữa bệnh - Bộ Y tế", "Bộ trưởng Bộ Y tế",
               R("Bộ Y tế (Cục Quản lý Khám, chữa bệnh)")),
    },
    legal=[
        "Luật Khám bệnh, chữa bệnh số 40/2009/QH12 ngày 23/11/2009",
        "Nghị định số 109/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định cấp chứng chỉ hành nghề đối với người hành nghề và cấp giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh",
        "Nghị định số 155/2018/NĐ-CP ngày 12/11/2018 của Chính phủ sửa đổi, bổ sung một số quy định liên quan đến điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của Bộ Y tế",
        "Thông tư số 278/2016/TT-BTC ngày 14/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực y tế",
    ],
    decisions=[("5937", "30/12/2016"), ("4849", "31/10/2019")],
    kw=["khám bệnh, chữa bệnh", "y tế", "Sở Y tế"],
    ev="health",
    app="ce",
    fields=[F("qualification", "Văn bằng chuyên môn", "Professional qualification"),
            F("practice_scope", "Phạm vi hoạt động chuyên môn đề nghị", "Requested scope of professional activity",
              "textarea"),
            F("facility_name", "Tên cơ sở khám bệnh, chữa bệnh", "Name of the health-care facility"),
            F("facility_address", "Địa chỉ cơ sở", "Facility address"),
            EMAIL, RECEIVE],
)

sector(
    "DKKD",
    agencies={
        "T": ("Phòng Đăng ký kinh doanh thuộc Sở Kế hoạch và Đầu tư",
              "Phòng Đăng ký kinh doanh thuộc Sở Kế hoạch và Đầu tư",
              R("Phòng Đăng ký kinh doanh - Sở Kế hoạch và Đầu tư")),
        "H": ("Phòng Tài chính - Kế hoạch thuộc Ủy ban nhân dân cấp huyện",
              "Phòng Tài chính - Kế hoạch thuộc Ủy ban nhân dân cấp huyện", R(UBND_H)),
    },
    legal=[
        "Luật Doanh nghiệp số 68/2014/QH13 ngày 26/11/2014",
        "Nghị định số 78/2015/NĐ-CP ngày 14/9/2015 của Chính phủ về đăng ký doanh nghiệp",
        "Nghị định số 108/2018/NĐ-CP ngày 23/8/2018 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 78/2015/NĐ-CP",
        "Thông tư số 02/2019/TT-BKHĐT ngày 08/01/2019 của Bộ trưởng Bộ Kế hoạch và Đầu tư sửa đổi, bổ sung một số điều của Thông tư số 20/2015/TT-BKHĐT hướng dẫn về đăng ký doanh nghiệp",
        "Thông tư số 215/2016/TT-BTC ngày 10/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp",
    ],
    decisions=[("1141", "24/08/2018"), ("1596", "18/10/2019")],
    kw=["đăng ký doanh nghiệp", "ĐKKD", "giấy phép kinh doanh", "Giấy chứng nhận đăng ký doanh nghiệp"],
    ev="start_business",
    app="ce",
    fields=[F("enterprise_name", "Tên doanh nghiệp", "Enterprise name"),
            F("enterprise_code", "Mã số doanh nghiệp", "Enterprise code"),
            F("head_office", "Địa chỉ trụ sở chính", "Head office address"),
            F("registration_content", "Nội dung đăng ký, thông báo", "Registration or notification content",
              "textarea"),
            EMAIL],
)

sector(
    "HKD",
    agencies={
        "H": ("Phòng Tài chính - Kế hoạch thuộc Ủy ban nhân dân cấp huyện",
              "Phòng Tài chính - Kế hoạch thuộc Ủy ban nhân dân cấp huyện", R(UBND_H)),
    },
    legal=[
        "Nghị định số 78/2015/NĐ-CP ngày 14/9/2015 của Chính phủ về đăng ký doanh nghiệp (Chương VIII - Hộ kinh doanh)",
        "Nghị định số 108/2018/NĐ-CP ngày 23/8/2018 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 78/2015/NĐ-CP",
        "Thông tư số 02/2019/TT-BKHĐT ngày 08/01/2019 của Bộ trưởng Bộ Kế hoạch và Đầu tư sửa đổi, bổ sung một số điều của Thông tư số 20/2015/TT-BKHĐT hướng dẫn về đăng ký doanh nghiệp",
        "Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ trưởng Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc trung ương",
    ],
    decisions=[("1141", "24/08/2018"), ("1884", "12/12/2019")],
    kw=["hộ kinh doanh", "HKD", "kinh doanh cá thể", "giấy phép kinh doanh hộ cá thể"],
    ev="start_business",
    fields=[F("business_name", "Tên hộ kinh doanh", "Household business name"),
            F("business_code", "Số Giấy chứng nhận đăng ký hộ kinh doanh", "Household business registration number"),
            F("business_address", "Địa điểm kinh doanh", "Business location"),
            F("registration_content", "Nội dung đăng ký", "Registration content", "textarea"),
            EMAIL],
)

sector(
    "LAODONG",
    agencies={
        "TW": ("Cục Quản lý lao động ngoài nước - Bộ Lao động - Thương binh và Xã hội",
               "Cục Quản lý lao động ngoài nước", R("Cục Quản lý lao động ngoài nước")),
        "T": ("Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội",
              R("Sở Lao động - Thương binh và Xã hội")),
    },
    legal=[
        "Bộ luật Lao động số 10/2012/QH13 ngày 18/6/2012",
        "Luật Việc làm số 38/2013/QH13 ngày 16/11/2013",
    ],
    decisions=[("1629", "30/11/2018"), ("1092", "18/07/2019")],
    kw=["lao động", "việc làm"],
    ev="employment",
    app="e",
    fields=[ENT_NAME, TAX_CODE,
            F("worker_count", "Số lượng người lao động", "Number of workers", "number"),
            REQUEST, EMAIL],
)

sector(
    "DATDAI",
    agencies={
        "H": ("Văn phòng đăng ký đất đai hoặc Chi nhánh Văn phòng đăng ký đất đai", UBND_H,
              R("Chi nhánh Văn phòng đăng ký đất đai cấp huyện")),
        "T": ("Sở Tài nguyên và Môi trường", UBND_T, R("Sở Tài nguyên và Môi trường")),
        "X": (UBND_X, "Chủ tịch Ủy ban nhân dân cấp xã", R(UBND_X)),
    },
    legal=[
        "Luật Đất đai số 45/2013/QH13 ngày 29/11/2013",
        "Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai",
        "Nghị định số 01/2017/NĐ-CP ngày 06/01/2017 của Chính phủ sửa đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai",
        "Thông tư số 24/2014/TT-BTNMT ngày 19/5/2014 của Bộ trưởng Bộ Tài nguyên và Môi trường quy định về hồ sơ địa chính",
    ],
    decisions=[("2555", "20/10/2017"), ("1839", "27/08/2019"), ("634", "29/03/2018")],
    kw=["đất đai", "sổ đỏ", "sổ hồng", "QSDĐ", "quyền sử dụng đất"],
    ev="house_land",
    fields=[PARCEL, MAP_SHEET, PARCEL_ADDR, CERT_NO, REQUEST, RECEIVE],
)

sector(
    "MOITRUONG",
    agencies={
        "T": ("Sở Tài nguyên và Môi trường", UBND_T, R("Sở Tài nguyên và Môi trường")),
        "H": ("Phòng Tài nguyên và Môi trường cấp huyện", UBND_H, R(UBND_H)),
        "TW": ("Tổng cục Môi trường - Bộ Tài nguyên và Môi trường", "Bộ Tài nguyên và Môi trường",
               R("Bộ Tài nguyên và Môi trường")),
    },
    legal=[
        "Luật Bảo vệ môi trường số 55/2014/QH13 ngày 23/6/2014",
        "Nghị định số 18/2015/NĐ-CP ngày 14/02/2015 của Chính phủ quy định về quy hoạch bảo vệ môi trường, đánh giá môi trường chiến lược, đánh giá tác động môi trường và kế hoạch bảo vệ môi trường",
        "Nghị định số 40/2019/NĐ-CP ngày 13/5/2019 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định quy định chi tiết, hướng dẫn thi hành Luật Bảo vệ môi trường",
    ],
    decisions=[("1756", "26/07/2019"), ("2391", "25/09/2019")],
    kw=["môi trường", "bảo vệ môi trường"],
    ev="business_operation",
    app="e",
    fields=[ENT_NAME, TAX_CODE,
            F("project_name", "Tên dự án, cơ sở", "Project or facility name"),
            F("project_location", "Địa điểm thực hiện", "Location"),
            REQUEST, EMAIL],
)

sector(
    "XAYDUNG",
    agencies={
        "H": ("Phòng Quản lý đô thị hoặc Phòng Kinh tế và Hạ tầng cấp huyện", UBND_H, R(UBND_H)),
        "T": ("Sở Xây dựng", "Sở Xây dựng", R("Sở Xây dựng")),
    },
    legal=[
        "Luật Xây dựng số 50/2014/QH13 ngày 18/6/2014",
        "Nghị định số 59/2015/NĐ-CP ngày 18/6/2015 của Chính phủ về quản lý dự án đầu tư xây dựng",
        "Nghị định số 42/2017/NĐ-CP ngày 05/4/2017 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 59/2015/NĐ-CP",
    ],
    decisions=[("1008", "28/09/2018"), ("839", "12/08/2019")],
    kw=["xây dựng", "giấy phép xây dựng", "GPXD"],
    ev="house_land",
    app="ce",
    fields=[F("construction_address", "Địa điểm xây dựng", "Construction site address"),
            PARCEL,
            F("floor_area", "Tổng diện tích sàn (m²)", "Total floor area (m²)", "number"),
            F("floors", "Số tầng", "Number of storeys", "number"),
            F("permit_number", "Số giấy phép xây dựng đã cấp (nếu có)", "Existing permit number (if any)",
              required=False),
            RECEIVE],
)

sector(
    "GIAODUC",
    agencies={
        "T": ("Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo", R("Sở Giáo dục và Đào tạo")),
        "H": ("Phòng Giáo dục và Đào tạo", "Phòng Giáo dục và Đào tạo", R(UBND_H)),
        "TW": ("Cục Quản lý chất lượng - Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo",
               R("Cục Quản lý chất lượng - Bộ Giáo dục và Đào tạo")),
    },
    legal=[
        "Luật Giáo dục số 38/2005/QH11 ngày 14/6/2005",
        "Luật số 44/2009/QH12 ngày 25/11/2009 sửa đổi, bổ sung một số điều của Luật Giáo dục",
    ],
    decisions=[("4765", "10/11/2017"), ("1782", "28/06/2019"), ("3524", "23/08/2018")],
    kw=["giáo dục", "học sinh", "văn bằng"],
    ev="education",
    fields=[DOB,
            F("school", "Trường, cơ sở giáo dục", "School or educational institution"),
            F("graduation_year", "Năm tốt nghiệp hoặc năm học", "Graduation year or school year", "number"),
            REQUEST, RECEIVE],
)

sector(
    "VANHOA",
    agencies={
        "T": ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch",
              R("Sở Văn hóa, Thể thao và Du lịch")),
        "X": (UBND_X, "Chủ tịch Ủy ban nhân dân cấp xã", R(UBND_X)),
    },
    legal=[
        "Luật Di sản văn hóa số 28/2001/QH10 ngày 29/6/2001, được sửa đổi, bổ sung bởi Luật số 32/2009/QH12",
    ],
    decisions=[("4597", "19/12/2018"), ("3961", "31/10/2019")],
    kw=["văn hóa", "biểu diễn nghệ thuật"],
    ev="business_operation",
    app="e",
    fields=[ENT_NAME, TAX_CODE,
            F("business_address", "Địa điểm kinh doanh, tổ chức", "Business or event location"),
            REQUEST, EMAIL],
)

sector(
    "DULICH",
    agencies={
        "T": ("Sở Du lịch hoặc Sở Văn hóa, Thể thao và Du lịch", "Sở Du lịch hoặc Sở Văn hóa, Thể thao và Du lịch",
              R("Sở Văn hóa, Thể thao và Du lịch")),
        "TW": ("Tổng cục Du lịch - Bộ Văn hóa, Thể thao và Du lịch", "Tổng cục Du lịch",
               R("Tổng cục Du lịch")),
    },
    legal=[
        "Luật Du lịch số 09/2017/QH14 ngày 19/6/2017",
        "Nghị định số 168/2017/NĐ-CP ngày 31/12/2017 của Chính phủ quy định chi tiết một số điều của Luật Du lịch",
        "Thông tư số 06/2017/TT-BVHTTDL ngày 15/12/2017 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch quy định chi tiết một số điều của Luật Du lịch",
        "Thông tư số 33/2018/TT-BTC ngày 30/3/2018 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành, phí thẩm định cấp thẻ hướng dẫn viên du lịch",
    ],
    decisions=[("1203", "29/03/2018"), ("3913", "30/10/2018")],
    kw=["du lịch", "lữ hành"],
    ev="business_operation",
    app="ce",
    fields=[ENT_NAME, TAX_CODE,
            F("business_address", "Địa chỉ trụ sở", "Head office address"),
            REQUEST, EMAIL],
)

sector(
    "BAOTRO",
    agencies={
        "H": ("Phòng Lao động - Thương binh và Xã hội", "Chủ tịch Ủy ban nhân dân cấp huyện", R(UBND_X)),
        "X": (UBND_X, "Chủ tịch Ủy ban nhân dân cấp xã", R(UBND_X)),
        "T": ("Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội",
              R("Sở Lao động - Thương binh và Xã hội")),
    },
    legal=[
        "Nghị định số 136/2013/NĐ-CP ngày 21/10/2013 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội",
        "Thông tư liên tịch số 29/2014/TTLT-BLĐTBXH-BTC ngày 24/10/2014 hướng dẫn thực hiện một số điều của Nghị định số 136/2013/NĐ-CP",
    ],
    decisions=[("1542", "08/11/2017"), ("1265", "14/09/2018"), ("516", "25/04/2019")],
    kw=["bảo trợ xã hội", "trợ cấp xã hội"],
    ev="social_support",
    fields=[F("beneficiary_name", "Họ và tên đối tượng", "Beneficiary's full name"),
            F("beneficiary_dob", "Ngày, tháng, năm sinh của đối tượng", "Beneficiary's date of birth", "date"),
            F("beneficiary_group", "Nhóm đối tượng", "Beneficiary group", "select",
              options=["Người cao tuổi", "Người khuyết tật", "Trẻ em có hoàn cảnh đặc biệt",
                       "Người đơn thân nghèo đang nuôi con", "Hộ nghèo, hộ cận nghèo", "Đối tượng khác"]),
            F("residence_address", "Nơi cư trú", "Place of residence", prefill="address"),
            RECEIVE],
)

sector(
    "NGUOICOCONG",
    agencies={
        "T": ("Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội",
              R("Sở Lao động - Thương binh và Xã hội")),
        "H": ("Phòng Lao động - Thương binh và Xã hội", UBND_H, R(UBND_X)),
    },
    legal=[
        "Pháp lệnh Ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11 ngày 29/6/2005",
        "Pháp lệnh số 04/2012/UBTVQH13 ngày 16/7/2012 sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi người có công với cách mạng",
        "Nghị định số 31/2013/NĐ-CP ngày 09/4/2013 của Chính phủ quy định chi tiết, hướng dẫn thi hành một số điều của Pháp lệnh Ưu đãi người có công với cách mạng",
        "Thông tư số 05/2013/TT-BLĐTBXH ngày 15/5/2013 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn về thủ tục lập hồ sơ, quản lý hồ sơ, thực hiện chế độ ưu đãi người có công với cách mạng và thân nhân",
    ],
    decisions=[("1615", "25/11/2016"), ("1117", "18/09/2017")],
    kw=["người có công", "chính sách ưu đãi", "thương binh, liệt sĩ"],
    ev="social_support",
    fields=[F("beneficiary_name", "Họ và tên người có công", "Full name of the person with meritorious services"),
            F("relationship", "Quan hệ với người có công", "Relationship with the person", "select",
              options=["Bản thân", "Vợ hoặc chồng", "Con", "Cha, mẹ", "Người thờ cúng", "Thân nhân khác"]),
            F("record_number", "Số hồ sơ người có công (nếu có)", "Record number (if any)", required=False),
            REQUEST],
)

sector(
    "NONGNGHIEP",
    agencies={
        "TW": ("Chi cục Kiểm dịch thực vật vùng - Cục Bảo vệ thực vật", "Cục Bảo vệ thực vật",
               R("Chi cục Kiểm dịch thực vật vùng")),
        "T": ("Chi cục Trồng trọt và Bảo vệ thực vật", "Sở Nông nghiệp và Phát triển nông thôn",
              R("Sở Nông nghiệp và Phát triển nông thôn")),
    },
    legal=[
        "Luật Bảo vệ và kiểm dịch thực vật số 41/2013/QH13 ngày 25/11/2013",
        "Thông tư số 33/2014/TT-BNNPTNT ngày 30/10/2014 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn quy định trình tự, thủ tục kiểm dịch thực vật nhập khẩu, xuất khẩu, quá cảnh và sau nhập khẩu vật thể thuộc diện kiểm dịch thực vật",
    ],
    decisions=[("4759", "22/11/2017"), ("2830", "08/07/2019")],
    kw=["bảo vệ thực vật", "kiểm dịch thực vật"],
    ev="business_operation",
    app="e",
    fields=[ENT_NAME, TAX_CODE,
            F("goods_name", "Tên hàng hóa, vật thể", "Name of goods or articles"),
            F("quantity", "Khối lượng (kg)", "Quantity (kg)", "number"),
            F("border_gate", "Cửa khẩu xuất, nhập", "Border gate"),
            EMAIL],
)

sector(
    "THUYSAN",
    agencies={
        "T": ("Chi cục Thủy sản", "Sở Nông nghiệp và Phát triển nông thôn",
              R("Sở Nông nghiệp và Phát triển nông thôn")),
        "H": ("Phòng Nông nghiệp và Phát triển nông thôn", UBND_H, R(UBND_H)),
    },
    legal=[
        "Luật Thủy sản số 18/2017/QH14 ngày 21/11/2017",
        "Nghị định số 26/2019/NĐ-CP ngày 08/3/2019 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Thủy sản",
        "Thông tư số 23/2018/TT-BNNPTNT ngày 15/11/2018 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn quy định về đăng kiểm viên tàu cá; công nhận cơ sở đăng kiểm tàu cá; bảo đảm an toàn kỹ thuật tàu cá, tàu kiểm ngư; đăng ký tàu cá, tàu công vụ thủy sản; xóa đăng ký tàu cá và đánh dấu tàu cá",
    ],
    decisions=[("5078", "27/12/2018"), ("1190", "08/04/2019")],
    kw=["thủy sản", "tàu cá", "ngư dân"],
    ev="business_operation",
    fields=[F("vessel_owner", "Chủ tàu", "Vessel owner"),
            F("vessel_number", "Số đăng ký tàu cá (nếu có)", "Fishing vessel registration number (if any)",
              required=False),
            F("vessel_length", "Chiều dài lớn nhất của tàu (m)", "Overall length of the vessel (m)", "number"),
            F("port", "Cảng cá đăng ký", "Registered fishing port"),
            RECEIVE],
)

sector(
    "VIENTHONG",
    agencies={
        "T": ("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông", R("Sở Thông tin và Truyền thông")),
        "TW": ("Cục Phát thanh, truyền hình và thông tin điện tử - Bộ Thông tin và Truyền thông",
               "Bộ Thông tin và Truyền thông", R("Bộ Thông tin và Truyền thông")),
    },
    legal=[
        "Luật Viễn thông số 41/2009/QH12 ngày 23/11/2009",
        "Nghị định số 72/2013/NĐ-CP ngày 15/7/2013 của Chính phủ về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng",
        "Nghị định số 27/2018/NĐ-CP ngày 01/3/2018 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 72/2013/NĐ-CP",
    ],
    decisions=[("1813", "30/10/2018"), ("2162", "21/12/2017")],
    kw=["thông tin điện tử", "Internet"],
    ev="business_operation",
    app="e",
    fields=[ENT_NAME, TAX_CODE,
            F("domain_name", "Tên miền sử dụng", "Domain name"),
            F("service_description", "Mô tả dịch vụ, nội dung thông tin cung cấp", "Description of the service",
              "textarea"),
            EMAIL],
)

sector(
    "XUATBAN",
    agencies={
        "T": ("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông", R("Sở Thông tin và Truyền thông")),
    },
    legal=[
        "Luật Xuất bản số 19/2012/QH13 ngày 20/11/2012",
        "Nghị định số 195/2013/NĐ-CP ngày 21/11/2013 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xuất bản",
        "Nghị định số 60/2014/NĐ-CP ngày 19/6/2014 của Chính phủ quy định về hoạt động in",
        "Nghị định số 25/2018/NĐ-CP ngày 28/02/2018 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 60/2014/NĐ-CP",
    ],
    decisions=[("1746", "19/10/2018")],
    kw=["xuất bản", "in ấn", "xuất bản phẩm"],
    ev="business_operation",
    app="e",
    fields=[ENT_NAME, TAX_CODE,
            F("publication_title", "Tên tài liệu, xuất bản phẩm hoặc sản phẩm in", "Title of the publication or printed product"),
            F("copies", "Số lượng bản", "Number of copies", "number"),
            EMAIL],
)

sector(
    "KHCN",
    agencies={
        "T": ("Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", R("Sở Khoa học và Công nghệ")),
    },
    legal=[
        "Luật Khoa học và Công nghệ số 29/2013/QH13 ngày 18/6/2013",
        "Nghị định số 08/2014/NĐ-CP ngày 27/01/2014 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa học và Công nghệ",
    ],
    decisions=[("3466", "29/11/2017"), ("2813", "27/09/2019")],
    kw=["khoa học và công nghệ", "KH&CN"],
    ev="business_operation",
    app="e",
    fields=[ENT_NAME, TAX_CODE,
            F("field", "Lĩnh vực hoạt động khoa học và công nghệ", "Field of science and technology activity"),
            REQUEST, EMAIL],
)

sector(
    "SHTT",
    agencies={
        "TW": ("Cục Sở hữu trí tuệ - Bộ Khoa học và Công nghệ", "Cục Sở hữu trí tuệ",
               R("Cục Sở hữu trí tuệ (trụ sở tại Hà Nội, Văn phòng đại diện tại Thành phố Hồ Chí Minh và Thành phố Đà Nẵng)")),
    },
    legal=[
        "Luật Sở hữu trí tuệ số 50/2005/QH11 ngày 29/11/2005",
        "Luật số 36/2009/QH12 ngày 19/6/2009 sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ",
        "Nghị định số 103/2006/NĐ-CP ngày 22/9/2006 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Sở hữu trí tuệ về sở hữu công nghiệp",
        "Thông tư số 01/2007/TT-BKHCN ngày 14/02/2007 của Bộ trưởng Bộ Khoa học và Công nghệ hướng dẫn thi hành Nghị định số 103/2006/NĐ-CP",
        "Thông tư số 263/2016/TT-BTC ngày 14/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí sở hữu công nghiệp",
    ],
    decisions=[("2155", "31/07/2017"), ("3727", "28/12/2018")],
    kw=["sở hữu trí tuệ", "sở hữu công nghiệp", "văn bằng bảo hộ"],
    ev="business_operation",
    app="ce",
    fields=[F("applicant_name", "Tên người nộp đơn", "Applicant's name"),
            F("object_name", "Tên đối tượng đề nghị bảo hộ", "Name of the subject matter"),
            F("classification", "Nhóm, phân loại (nếu có)", "Class or classification (if any)", required=False),
            F("description", "Mô tả tóm tắt", "Short description", "textarea"),
            EMAIL],
)

sector(
    "TIENTE",
    agencies={
        "TW": ("Ngân hàng Nhà nước Việt Nam (Vụ Quản lý ngoại hối)", "Thống đốc Ngân hàng Nhà nước Việt Nam",
               R("Ngân hàng Nhà nước Việt Nam")),
        "T": ("Ngân hàng Nhà nước chi nhánh tỉnh, thành phố", "Ngân hàng Nhà nước chi nhánh tỉnh, thành phố",
              R("Ngân hàng Nhà nước chi nhánh tỉnh, thành phố")),
    },
    legal=[
        "Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12 ngày 16/6/2010",
        "Pháp lệnh Ngoại hối số 28/2005/PL-UBTVQH11 ngày 13/12/2005, được sửa đổi, bổ sung bởi Pháp lệnh số 06/2013/UBTVQH13",
    ],
    decisions=[("2576", "11/12/2017"), ("1627", "02/08/2019")],
    kw=["ngân hàng", "ngoại hối"],
    ev="business_operation",
    app="e",
    fields=[ENT_NAME, TAX_CODE,
            F("amount", "Số tiền (quy đổi đồng Việt Nam)", "Amount (VND equivalent)", "number"),
            REQUEST, EMAIL],
)

sector(
    "THIDUA",
    agencies={
        "H": ("Phòng Nội vụ cấp huyện", "Chủ tịch Ủy ban nhân dân cấp huyện", R(UBND_H)),
        "T": ("Ban Thi đua - Khen thưởng thuộc Sở Nội vụ", "Chủ tịch Ủy ban nhân dân cấp tỉnh", R("Sở Nội vụ")),
    },
    legal=[
        "Luật Thi đua, khen thưởng số 15/2003/QH11 ngày 26/11/2003",
        "Luật số 39/2013/QH13 ngày 16/11/2013 sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng",
        "Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
    ],
    decisions=[("4194", "29/12/2017")],
    kw=["thi đua, khen thưởng", "khen thưởng"],
    ev="",
    app="ce",
)

sector(
    "TONGIAO",
    agencies={
        "X": (UBND_X, UBND_X, R(UBND_X)),
        "T": ("Ban Tôn giáo thuộc Sở Nội vụ", "Sở Nội vụ", R("Sở Nội vụ")),
    },
    legal=[
        "Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 ngày 18/11/2016",
        "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo",
    ],
    decisions=[("1102", "05/04/2018")],
    kw=["tôn giáo", "tín ngưỡng"],
    ev="",
    app="ce",
)

sector(
    "NGOAIGIAO",
    agencies={
        "TW": ("Cục Lãnh sự - Bộ Ngoại giao", "Cục Lãnh sự - Bộ Ngoại giao",
               R("Cục Lãnh sự - Bộ Ngoại giao, số 40 Trần Phú, Ba Đình, Hà Nội")),
        "T": ("Sở Ngoại vụ", "Sở Ngoại vụ", R("Sở Ngoại vụ")),
    },
    legal=[
        "Nghị định số 111/2011/NĐ-CP ngày 05/12/2011 của Chính phủ về chứng nhận lãnh sự, hợp pháp hóa lãnh sự",
        "Thông tư số 01/2012/TT-BNG ngày 20/3/2012 của Bộ trưởng Bộ Ngoại giao hướng dẫn thực hiện một số quy định của Nghị định số 111/2011/NĐ-CP",
        "Thông tư số 157/2016/TT-BTC ngày 24/10/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực ngoại giao",
    ],
    decisions=[("2418", "22/11/2017"), ("1906", "30/08/2019")],
    kw=["lãnh sự", "hợp pháp hóa lãnh sự", "chứng nhận lãnh sự"],
    ev="travel_abroad",
    app="ce",
    fields=[F("document_name", "Tên giấy tờ, tài liệu đề nghị chứng nhận", "Document to be certified"),
            F("document_count", "Số lượng bản", "Number of copies", "number"),
            F("destination_country", "Nước sử dụng giấy tờ", "Country where the document will be used"),
            F("purpose", "Mục đích sử dụng", "Purpose of use"),
            RECEIVE],
)

sector(
    "DANTOC",
    agencies={
        "T": ("Ban Dân tộc tỉnh", "Chủ tịch Ủy ban nhân dân cấp tỉnh", R("Ban Dân tộc tỉnh")),
        "H": ("Phòng Dân tộc cấp huyện", UBND_H, R(UBND_H)),
    },
    legal=[
        "Nghị định số 05/2011/NĐ-CP ngày 14/01/2011 của Chính phủ về công tác dân tộc",
    ],
    decisions=[("568", "28/09/2018")],
    kw=["dân tộc thiểu số", "công tác dân tộc"],
    ev="social_support",
)

sector(
    "KHIEUNAI",
    agencies={
        "X": ("Công chức tiếp công dân cấp xã", "Chủ tịch Ủy ban nhân dân cấp xã", "Bộ phận tiếp công dân của Ủy ban nhân dân cấp xã"),
        "H": ("Thanh tra huyện", "Chủ tịch Ủy ban nhân dân cấp huyện", "Ban Tiếp công dân cấp huyện"),
        "T": ("Thanh tra tỉnh", "Chủ tịch Ủy ban nhân dân cấp tỉnh", "Ban Tiếp công dân tỉnh"),
    },
    legal=[
        "Luật Khiếu nại số 02/2011/QH13 ngày 11/11/2011",
        "Luật Tố cáo số 25/2018/QH14 ngày 12/6/2018",
        "Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2013",
        "Nghị định số 75/2012/NĐ-CP ngày 03/10/2012 của Chính phủ quy định chi tiết một số điều của Luật Khiếu nại",
    ],
    decisions=[("1070", "30/12/2019")],
    kw=["khiếu nại", "tố cáo", "tiếp công dân"],
    ev="",
    app="ce",
)

sector(
    "NGHIAVUQS",
    agencies={
        "X": ("Ban Chỉ huy quân sự cấp xã", "Chủ tịch Ủy ban nhân dân cấp xã", R(UBND_X)),
        "H": ("Ban Chỉ huy quân sự cấp huyện", "Chủ tịch Ủy ban nhân dân cấp huyện", R(UBND_H)),
    },
    legal=[
        "Luật Nghĩa vụ quân sự số 78/2015/QH13 ngày 19/6/2015",
        "Nghị định số 13/2016/NĐ-CP ngày 19/02/2016 của Chính phủ quy định trình tự, thủ tục đăng ký và chế độ, chính sách của công dân trong thời gian đăng ký, khám, kiểm tra sức khỏe nghĩa vụ quân sự",
        "Thông tư số 140/2015/TT-BQP ngày 21/12/2015 của Bộ trưởng Bộ Quốc phòng quy định tổ chức, hoạt động của cơ quan quân sự địa phương trong đăng ký nghĩa vụ quân sự",
    ],
    decisions=[("5474", "20/12/2016")],
    kw=["nghĩa vụ quân sự", "NVQS", "quân sự"],
    ev="",
    post=False,
)


# ===========================================================================
# DANH MỤC THỦ TỤC
#   P(lĩnh vực, cấp, mức độ DVC, tên, tên tiếng Anh, số ngày làm việc, lệ phí (đồng), mô tả phí,
#     thành phần hồ sơ, kết quả, từ khóa ("a; b"), sự kiện ("birth marriage"), **tùy chọn)
#   Tùy chọn: app ("c" | "e" | "ce"), cond, legal (bổ sung), legal_only, fields, faqs, launch,
#     post, impl, comp, recv, steps, online_fee, online_fee_desc, ministry, issuer, eresult, kind, lookup
# ===========================================================================
PROCS: list[dict] = []


def P(sec, lvl, sl, name, en, days, fee, feed, docs, result, kw, ev=None, **o):
    PROCS.append(dict(sector=sec, lvl=lvl, sl=sl, name=name, en=en, days=days, fee=fee, feed=feed,
                      docs=docs, result=result, kw=kw, ev=ev, **o))


ID_SHOW = "Giấy tờ tùy thân của người nộp hồ sơ (hộ chiếu, chứng minh nhân dân hoặc thẻ căn cước công dân) – xuất trình bản chính"
HK_SHOW = "Sổ hộ khẩu hoặc giấy tờ khác chứng minh nơi cư trú – xuất trình bản chính"
AUTH_DOC = "Văn bản ủy quyền theo quy định của pháp luật (trường hợp ủy quyền thực hiện thủ tục)"
ENT_AUTH = "Văn bản ủy quyền cho người nộp hồ sơ (trường hợp người nộp không phải là người đại diện theo pháp luật)"
HT_FREE = "Miễn lệ phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật"

# ---------------------------------------------------------------- HỘ TỊCH --
P("HOTICH", "X", 3, "Đăng ký khai sinh", "Birth registration", 1, 0,
  "Miễn lệ phí đối với trường hợp đăng ký khai sinh đúng hạn; đăng ký khai sinh quá hạn nộp lệ phí theo mức do Hội đồng nhân dân cấp tỉnh quy định",
  ["Tờ khai đăng ký khai sinh theo mẫu",
   "Giấy chứng sinh do cơ sở y tế cấp; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh",
   "Giấy tờ tùy thân của người đi đăng ký khai sinh (hộ chiếu, chứng minh nhân dân hoặc thẻ căn cước công dân) – xuất trình bản chính",
   "Giấy chứng nhận kết hôn của cha, mẹ trẻ (nếu cha, mẹ đã đăng ký kết hôn) – xuất trình bản chính",
   "Văn bản ủy quyền có chứng thực (trường hợp ủy quyền thực hiện việc đăng ký khai sinh)"],
  "Giấy khai sinh (bản chính) và bản sao Giấy khai sinh nếu có yêu cầu",
  "khai sinh; giấy khai sinh; làm giấy khai sinh; giấy chứng sinh; khai sinh cho con", "birth",
  launch=True,
  cond="Trẻ em chưa được đăng ký khai sinh; cha, mẹ có trách nhiệm đăng ký khai sinh cho con trong thời hạn 60 ngày kể từ ngày sinh con.",
  fields=[F("child_name", "Họ, chữ đệm, tên của trẻ", "Child's full name"),
          F("child_dob", "Ngày, tháng, năm sinh của trẻ", "Child's date of birth", "date"),
          F("child_gender", "Giới tính của trẻ", "Child's gender", "select", options=["Nam", "Nữ"]),
          F("birth_place", "Nơi sinh", "Place of birth"),
          F("father_name", "Họ, chữ đệm, tên của cha", "Father's full name", required=False),
          F("mother_name", "Họ, chữ đệm, tên của mẹ", "Mother's full name"),
          F("relationship", "Quan hệ với trẻ", "Relationship to the child", "select",
            options=["Cha", "Mẹ", "Ông", "Bà", "Người thân thích khác"])],
  faqs=[("Thời hạn đăng ký khai sinh cho trẻ là bao lâu?",
         "Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm đăng ký khai sinh cho con; trường hợp cha, mẹ không thể đi đăng ký thì ông, bà hoặc người thân thích khác, cá nhân, tổ chức đang nuôi dưỡng trẻ em có trách nhiệm đăng ký khai sinh cho trẻ."),
        ("Đăng ký khai sinh có phải nộp lệ phí không?",
         "Đăng ký khai sinh đúng hạn được miễn lệ phí. Trường hợp đăng ký khai sinh quá hạn thì nộp lệ phí theo mức do Hội đồng nhân dân cấp tỉnh nơi đăng ký quy định."),
        ("Tôi có thể đăng ký khai sinh cho con ở đâu?",
         "Tại Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ. Nếu nộp hồ sơ trực tuyến, bạn mang bản chính Giấy chứng sinh đến khi nhận Giấy khai sinh.")])

P("HOTICH", "X", 3, "Đăng ký khai tử", "Death registration", 1, 0,
  "Miễn lệ phí đối với trường hợp đăng ký khai tử đúng hạn; đăng ký quá hạn nộp lệ phí theo mức do Hội đồng nhân dân cấp tỉnh quy định",
  ["Tờ khai đăng ký khai tử theo mẫu",
   "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp",
   ID_SHOW,
   "Văn bản ủy quyền có chứng thực (trường hợp ủy quyền thực hiện việc đăng ký khai tử)"],
  "Trích lục khai tử (bản chính)",
  "khai tử; giấy chứng tử; trích lục khai tử; báo tử; người mất", "death",
  launch=True,
  cond="Trong thời hạn 15 ngày kể từ ngày có người chết, vợ, chồng hoặc con, cha, mẹ hoặc người thân thích khác của người chết có trách nhiệm đi đăng ký khai tử.",
  fields=[F("deceased_name", "Họ, chữ đệm, tên của người chết", "Full name of the deceased"),
          F("deceased_dob", "Ngày, tháng, năm sinh của người chết", "Date of birth of the deceased", "date"),
          F("death_date", "Ngày, giờ chết", "Date of death", "date"),
          F("death_place", "Nơi chết", "Place of death"),
          F("death_cause", "Nguyên nhân chết", "Cause of death"),
          F("relationship", "Quan hệ với người chết", "Relationship to the deceased", "select",
            options=["Vợ hoặc chồng", "Con", "Cha, mẹ", "Người thân thích khác", "Cơ quan, tổ chức"])],
  faqs=[("Giấy báo tử do ai cấp?",
         "Người chết tại cơ sở y tế thì Thủ trưởng cơ sở y tế cấp Giấy báo tử; chết tại nhà thì Ủy ban nhân dân cấp xã căn cứ xác nhận của người làm chứng để cấp; các trường hợp thi hành án tử hình, tòa án tuyên bố chết thì dùng bản án, quyết định thay Giấy báo tử."),
        ("Đăng ký khai tử ở đâu?",
         "Tại Ủy ban nhân dân cấp xã nơi cư trú cuối cùng của người chết; trường hợp không xác định được nơi cư trú cuối cùng thì tại nơi người đó chết hoặc nơi phát hiện thi thể.")])

P("HOTICH", "X", 3, "Đăng ký kết hôn", "Marriage registration", 1, 0,
  "Miễn lệ phí đối với đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước",
  ["Tờ khai đăng ký kết hôn theo mẫu (hai bên nam, nữ có thể khai chung một Tờ khai)",
   "Giấy xác nhận tình trạng hôn nhân (trường hợp đăng ký kết hôn tại Ủy ban nhân dân cấp xã không phải nơi thường trú của bên nam, bên nữ)",
   "Giấy tờ tùy thân của hai bên nam, nữ (hộ chiếu, chứng minh nhân dân hoặc thẻ căn cước công dân) – xuất trình bản chính",
   HK_SHOW],
  "Giấy chứng nhận kết hôn (02 bản chính, mỗi bên vợ, chồng giữ 01 bản)",
  "kết hôn; đăng ký kết hôn; giấy đăng ký kết hôn; giấy chứng nhận kết hôn; cưới", "marriage",
  launch=True, post=False,
  cond="Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên; việc kết hôn do nam và nữ tự nguyện quyết định; không bị mất năng lực hành vi dân sự; không thuộc trường hợp cấm kết hôn theo Luật Hôn nhân và gia đình.",
  legal=["Luật Hôn nhân và gia đình số 52/2014/QH13 ngày 19/6/2014"],
  fields=[F("partner_name", "Họ, chữ đệm, tên của bên còn lại", "Full name of the other party"),
          F("partner_dob", "Ngày, tháng, năm sinh của bên còn lại", "Date of birth of the other party", "date"),
          F("partner_id_number", "Số giấy tờ tùy thân của bên còn lại", "ID number of the other party"),
          F("partner_residence", "Nơi cư trú của bên còn lại", "Residence of the other party"),
          F("marriage_count", "Kết hôn lần thứ mấy", "Which marriage this is", "select",
            options=["Lần thứ nhất", "Lần thứ hai", "Lần thứ ba trở lên"]),
          F("registration_date", "Ngày dự kiến đến nhận Giấy chứng nhận kết hôn", "Preferred date to sign the register", "date")],
  faqs=[("Sau khi nộp hồ sơ trực tuyến, chúng tôi có phải đến Ủy ban nhân dân không?",
         "Có. Khi trả Giấy chứng nhận kết hôn, hai bên nam, nữ phải cùng có mặt, kiểm tra nội dung và ký vào Sổ đăng ký kết hôn, Giấy chứng nhận kết hôn."),
        ("Đăng ký kết hôn có mất phí không?",
         "Công dân Việt Nam cư trú trong nước đăng ký kết hôn được miễn lệ phí.")])

P("HOTICH", "X", 3, "Cấp Giấy xác nhận tình trạng hôn nhân", "Issuance of certificate of marital status", 3, 5000,
  "Lệ phí: 5.000 đồng/trường hợp (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định); " + HT_FREE.lower(),
  ["Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu",
   "Giấy tờ chứng minh việc ly hôn, hủy kết hôn hoặc giấy tờ chứng minh vợ, chồng đã chết (trường hợp đã có vợ, chồng)",
   ID_SHOW, HK_SHOW],
  "Giấy xác nhận tình trạng hôn nhân (bản chính, có giá trị 06 tháng kể từ ngày cấp)",
  "xác nhận tình trạng hôn nhân; giấy xác nhận độc thân; xác nhận độc thân; tình trạng hôn nhân", "marriage house_land",
  launch=True,
  fields=[F("purpose", "Mục đích sử dụng", "Purpose of use", "select",
            options=["Đăng ký kết hôn", "Mua bán, chuyển nhượng, thế chấp tài sản", "Vay vốn ngân hàng",
                     "Xuất khẩu lao động, đi học ở nước ngoài", "Mục đích khác"]),
          F("marital_status", "Tình trạng hôn nhân hiện tại", "Current marital status", "select",
            options=["Chưa đăng ký kết hôn với ai", "Đang có vợ/chồng", "Đã ly hôn", "Vợ/chồng đã chết"]),
          F("partner_name", "Họ tên người dự định kết hôn (nếu mục đích là kết hôn)",
            "Name of the intended spouse (if for marriage)", required=False),
          F("residence_period", "Thời gian cư trú tại địa phương", "Period of residence in the locality"),
          RECEIVE],
  faqs=[("Giấy xác nhận tình trạng hôn nhân có giá trị bao lâu?",
         "Giấy xác nhận tình trạng hôn nhân có giá trị 06 tháng kể từ ngày cấp và chỉ sử dụng cho mục đích ghi trong Giấy xác nhận."),
        ("Tôi đã từng thay đổi nơi thường trú thì phải làm gì?",
         "Trường hợp đã từng đăng ký thường trú ở nhiều nơi, bạn cần chứng minh tình trạng hôn nhân tại các nơi cư trú trước đây hoặc cơ quan đăng ký hộ tịch sẽ tiến hành xác minh; thời hạn giải quyết có thể kéo dài thêm.")])

P("HOTICH", "X", 4, "Cấp bản sao trích lục hộ tịch", "Issuance of copies of civil-status extracts", 1, 8000,
  "Phí: 8.000 đồng/bản sao trích lục/sự kiện hộ tịch đã đăng ký",
  ["Tờ khai cấp bản sao trích lục hộ tịch theo mẫu",
   "Văn bản ủy quyền (trường hợp ủy quyền thực hiện yêu cầu cấp bản sao trích lục hộ tịch)",
   ID_SHOW],
  "Bản sao trích lục hộ tịch (khai sinh, kết hôn, khai tử hoặc sự kiện hộ tịch khác đã đăng ký)",
  "trích lục hộ tịch; bản sao giấy khai sinh; bản sao giấy đăng ký kết hôn; bản sao trích lục khai tử; sao lục", "birth marriage death",
  launch=True, eresult=True,
  comp="Cơ quan đăng ký hộ tịch đang lưu giữ Sổ hộ tịch hoặc Cơ sở dữ liệu hộ tịch điện tử",
  fields=[F("event_type", "Loại sự kiện hộ tịch", "Type of civil-status event", "select",
            options=["Khai sinh", "Kết hôn", "Khai tử", "Nhận cha, mẹ, con", "Giám hộ", "Thay đổi, cải chính hộ tịch"]),
          F("subject_name", "Họ, chữ đệm, tên của người được cấp bản sao trích lục", "Full name of the person in the record"),
          F("registration_number", "Số đăng ký (ghi trên giấy tờ hộ tịch)", "Registration number"),
          F("registration_date", "Ngày đăng ký", "Date of registration", "date"),
          F("registry_office", "Cơ quan đã đăng ký", "Registry office where registered"),
          F("copies", "Số lượng bản sao", "Number of copies", "number"),
          RECEIVE4],
  faqs=[("Bản sao trích lục hộ tịch có giá trị như bản sao giấy khai sinh không?",
         "Có. Bản sao trích lục hộ tịch được cấp từ Sổ hộ tịch hoặc Cơ sở dữ liệu hộ tịch có giá trị sử dụng thay cho bản chính trong các giao dịch."),
        ("Tôi có thể nhận kết quả qua bưu điện không?",
         "Có. Khi nộp trực tuyến, bạn chọn hình thức nhận kết quả qua dịch vụ bưu chính công ích và thanh toán phí, cước trực tuyến.")])

P("HOTICH", "X", 3, "Đăng ký lại khai sinh", "Re-registration of birth", 5, 0,
  "Theo mức thu do Hội đồng nhân dân cấp tỉnh quy định; " + HT_FREE.lower(),
  ["Tờ khai đăng ký lại khai sinh theo mẫu",
   "Bản sao toàn bộ hồ sơ, giấy tờ của người yêu cầu hoặc hồ sơ, giấy tờ, tài liệu khác có thông tin liên quan đến nội dung khai sinh",
   "Văn bản cam đoan về việc đã đăng ký khai sinh nhưng không lưu giữ được bản chính Giấy khai sinh",
   ID_SHOW],
  "Giấy khai sinh (bản chính) có ghi chú “Đăng ký lại”",
  "đăng ký lại khai sinh; mất giấy khai sinh; làm lại giấy khai sinh", "birth",
  cond="Việc khai sinh đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất.")

P("HOTICH", "X", 2, "Đăng ký khai sinh kết hợp nhận cha, mẹ, con", "Birth registration combined with recognition of parentage", 3, 0,
  "Miễn lệ phí khai sinh đúng hạn; lệ phí nhận cha, mẹ, con theo mức do Hội đồng nhân dân cấp tỉnh quy định",
  ["Tờ khai đăng ký khai sinh theo mẫu",
   "Tờ khai đăng ký nhận cha, mẹ, con theo mẫu",
   "Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh",
   "Văn bản, tài liệu, chứng cứ chứng minh quan hệ cha, con hoặc mẹ, con (văn bản của cơ quan y tế, cơ quan giám định xác nhận quan hệ huyết thống)",
   ID_SHOW],
  "Giấy khai sinh (bản chính) và Trích lục đăng ký nhận cha, mẹ, con",
  "khai sinh kết hợp nhận cha; nhận cha cho con; khai sinh cho con ngoài giá thú", "birth")

P("HOTICH", "X", 3, "Đăng ký nhận cha, mẹ, con", "Registration of recognition of parentage", 3, 15000,
  "Lệ phí: 15.000 đồng/trường hợp (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Tờ khai đăng ký nhận cha, mẹ, con theo mẫu",
   "Văn bản, tài liệu, chứng cứ chứng minh quan hệ cha, con hoặc mẹ, con",
   ID_SHOW],
  "Trích lục đăng ký nhận cha, mẹ, con (bản chính)",
  "nhận cha mẹ con; nhận con; xác nhận cha cho con", "birth",
  post=False,
  cond="Bên nhận, bên được nhận là cha, mẹ, con còn sống vào thời điểm đăng ký và không có tranh chấp.")

P("HOTICH", "X", 3, "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", "Registration of change, correction or supplement of civil-status information", 3, 15000,
  "Lệ phí: 15.000 đồng/trường hợp đối với thay đổi, cải chính hộ tịch (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định); bổ sung thông tin hộ tịch miễn lệ phí",
  ["Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch theo mẫu",
   "Giấy tờ liên quan làm căn cứ cho việc thay đổi, cải chính, bổ sung thông tin hộ tịch",
   "Bản chính giấy tờ hộ tịch cần thay đổi, cải chính",
   ID_SHOW],
  "Trích lục thay đổi, cải chính hộ tịch hoặc bản chính giấy tờ hộ tịch đã được ghi nội dung bổ sung",
  "cải chính hộ tịch; thay đổi họ tên; sửa giấy khai sinh; đổi tên con; bổ sung thông tin hộ tịch", "birth residence",
  cond="Việc thay đổi, cải chính hộ tịch cho người chưa đủ 14 tuổi; bổ sung thông tin hộ tịch cho công dân Việt Nam cư trú trong nước.")

P("HOTICH", "X", 2, "Đăng ký giám hộ", "Guardianship registration", 3, 0,
  "Miễn lệ phí đối với đăng ký giám hộ",
  ["Tờ khai đăng ký giám hộ theo mẫu",
   "Văn bản cử người giám hộ theo quy định của Bộ luật Dân sự",
   ID_SHOW],
  "Trích lục đăng ký giám hộ (bản chính)",
  "giám hộ; người giám hộ; giám hộ trẻ em", "birth social_support",
  legal=["Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015"])

P("HOTICH", "X", 1, "Đăng ký chấm dứt giám hộ", "Registration of termination of guardianship", 2, 0, "Không",
  ["Tờ khai đăng ký chấm dứt giám hộ theo mẫu",
   "Giấy tờ làm căn cứ chấm dứt việc giám hộ theo quy định của Bộ luật Dân sự",
   ID_SHOW],
  "Trích lục đăng ký chấm dứt giám hộ (bản chính)",
  "chấm dứt giám hộ; thôi giám hộ", "social_support")

P("HOTICH", "X", 2, "Đăng ký lại kết hôn", "Re-registration of marriage", 5, 0,
  "Theo mức thu do Hội đồng nhân dân cấp tỉnh quy định; " + HT_FREE.lower(),
  ["Tờ khai đăng ký lại kết hôn theo mẫu",
   "Bản sao Giấy chứng nhận kết hôn được cấp trước đây; nếu không có thì nộp bản sao hồ sơ, giấy tờ cá nhân có các thông tin liên quan đến nội dung đăng ký kết hôn",
   ID_SHOW],
  "Giấy chứng nhận kết hôn (bản chính) có ghi chú “Đăng ký lại”",
  "đăng ký lại kết hôn; mất giấy đăng ký kết hôn", "marriage", post=False)

P("HOTICH", "X", 1, "Đăng ký lại khai tử", "Re-registration of death", 5, 0,
  "Theo mức thu do Hội đồng nhân dân cấp tỉnh quy định",
  ["Tờ khai đăng ký lại khai tử theo mẫu",
   "Bản sao Giấy chứng tử trước đây được cấp hợp lệ hoặc văn bản, giấy tờ liên quan đến việc chết",
   ID_SHOW],
  "Trích lục khai tử (bản chính) có ghi chú “Đăng ký lại”",
  "đăng ký lại khai tử; mất giấy chứng tử", "death")

P("HOTICH", "X", 1, "Đăng ký khai sinh lưu động", "Mobile birth registration", 5, 0,
  "Miễn lệ phí",
  ["Tờ khai đăng ký khai sinh theo mẫu",
   "Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh"],
  "Giấy khai sinh (bản chính)",
  "khai sinh lưu động; đăng ký hộ tịch lưu động", "birth",
  cond="Áp dụng đối với trẻ em sinh ra mà cha, mẹ bị khuyết tật, ốm bệnh không thể đi đăng ký khai sinh, hoặc tại địa bàn có điều kiện đặc biệt khó khăn.")

P("HOTICH", "X", 1, "Đăng ký kết hôn lưu động", "Mobile marriage registration", 5, 0,
  "Miễn lệ phí",
  ["Tờ khai đăng ký kết hôn theo mẫu",
   "Giấy tờ tùy thân của hai bên nam, nữ – xuất trình bản chính"],
  "Giấy chứng nhận kết hôn (bản chính)",
  "kết hôn lưu động; đăng ký hộ tịch lưu động", "marriage", post=False,
  cond="Áp dụng khi một hoặc cả hai bên nam, nữ bị khuyết tật, ốm bệnh không thể đi đăng ký kết hôn được.")

P("HOTICH", "X", 2, "Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
  "Joint procedure for birth registration, permanent residence registration and health insurance card issuance for children under 6", 10, 0,
  "Miễn lệ phí đăng ký khai sinh đúng hạn; lệ phí đăng ký thường trú theo mức do Hội đồng nhân dân cấp tỉnh quy định",
  ["Tờ khai đăng ký khai sinh theo mẫu",
   "Phiếu báo thay đổi hộ khẩu, nhân khẩu (Mẫu HK02)||phieu-bao-thay-doi-ho-khau-nhan-khau-hk02.docx",
   "Tờ khai tham gia bảo hiểm xã hội, bảo hiểm y tế (Mẫu TK1-TS)||mau-tk1-ts.docx",
   "Giấy chứng sinh do cơ sở y tế cấp",
   "Sổ hộ khẩu của cha, mẹ hoặc của người nuôi dưỡng trẻ – xuất trình bản chính"],
  "Giấy khai sinh, Sổ hộ khẩu đã ghi tên trẻ và thẻ bảo hiểm y tế của trẻ em dưới 6 tuổi",
  "liên thông khai sinh; nhập hộ khẩu cho con; thẻ BHYT trẻ em; khai sinh thường trú BHYT", "birth health residence",
  legal=["Thông tư liên tịch số 05/2015/TTLT-BTP-BCA-BYT ngày 15/5/2015 hướng dẫn thực hiện liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi"],
  faqs=[("Liên thông ba thủ tục giúp gì cho người dân?",
         "Người dân chỉ nộp một bộ hồ sơ tại Ủy ban nhân dân cấp xã và nhận cả Giấy khai sinh, Sổ hộ khẩu đã nhập khẩu cho trẻ và thẻ bảo hiểm y tế, không phải đi lại nhiều cơ quan.")])

P("HOTICH", "H", 3, "Đăng ký khai sinh có yếu tố nước ngoài", "Birth registration with foreign elements", 3, 75000,
  "Lệ phí: 75.000 đồng/trường hợp (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định); " + HT_FREE.lower(),
  ["Tờ khai đăng ký khai sinh theo mẫu",
   "Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh",
   "Văn bản thỏa thuận của cha, mẹ về việc lựa chọn quốc tịch cho con (trường hợp cha hoặc mẹ là người nước ngoài)",
   "Giấy tờ tùy thân của cha, mẹ (hộ chiếu, thẻ căn cước công dân hoặc giấy tờ có giá trị thay hộ chiếu) – xuất trình bản chính",
   "Giấy chứng nhận kết hôn của cha, mẹ (nếu có) – xuất trình bản chính"],
  "Giấy khai sinh (bản chính)",
  "khai sinh có yếu tố nước ngoài; khai sinh cho con lai; quốc tịch cho con", "birth travel_abroad",
  fields=[F("child_name", "Họ, chữ đệm, tên của trẻ", "Child's full name"),
          F("child_dob", "Ngày, tháng, năm sinh của trẻ", "Child's date of birth", "date"),
          F("birth_place", "Nơi sinh", "Place of birth"),
          F("father_nationality", "Quốc tịch của cha", "Father's nationality"),
          F("mother_nationality", "Quốc tịch của mẹ", "Mother's nationality"),
          F("chosen_nationality", "Quốc tịch lựa chọn cho trẻ", "Nationality chosen for the child")])

P("HOTICH", "H", 2, "Đăng ký kết hôn có yếu tố nước ngoài", "Marriage registration with foreign elements", 15, 1000000,
  "Lệ phí: 1.000.000 đồng/trường hợp (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Tờ khai đăng ký kết hôn theo mẫu",
   "Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền của nước ngoài cấp, đã được hợp pháp hóa lãnh sự và dịch ra tiếng Việt",
   "Giấy xác nhận của tổ chức y tế có thẩm quyền xác nhận người đó không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi của mình",
   "Bản sao hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài",
   ID_SHOW],
  "Giấy chứng nhận kết hôn (bản chính)",
  "kết hôn với người nước ngoài; kết hôn có yếu tố nước ngoài; lấy chồng nước ngoài; lấy vợ nước ngoài", "marriage travel_abroad",
  post=False,
  legal=["Luật Hôn nhân và gia đình số 52/2014/QH13 ngày 19/6/2014"],
  faqs=[("Người nước ngoài có phải có mặt khi trao Giấy chứng nhận kết hôn không?",
         "Có. Hai bên nam, nữ phải có mặt tại trụ sở Ủy ban nhân dân cấp huyện để nhận Giấy chứng nhận kết hôn; trường hợp một bên vắng mặt vì lý do chính đáng thì được gia hạn nhưng không quá 60 ngày.")])

P("HOTICH", "H", 3, "Đăng ký khai tử có yếu tố nước ngoài", "Death registration with foreign elements", 3, 75000,
  "Lệ phí: 75.000 đồng/trường hợp (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Tờ khai đăng ký khai tử theo mẫu",
   "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp",
   ID_SHOW],
  "Trích lục khai tử (bản chính)",
  "khai tử người nước ngoài; khai tử có yếu tố nước ngoài", "death travel_abroad",
  fields=[F("deceased_name", "Họ, chữ đệm, tên của người chết", "Full name of the deceased"),
          F("deceased_nationality", "Quốc tịch của người chết", "Nationality of the deceased"),
          F("death_date", "Ngày chết", "Date of death", "date"),
          F("death_place", "Nơi chết", "Place of death")])

P("HOTICH", "H", 2, "Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài", "Recognition of parentage with foreign elements", 15, 1500000,
  "Lệ phí: 1.500.000 đồng/trường hợp (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Tờ khai đăng ký nhận cha, mẹ, con theo mẫu",
   "Văn bản, tài liệu, chứng cứ chứng minh quan hệ cha, con hoặc mẹ, con",
   "Bản sao hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài",
   ID_SHOW],
  "Trích lục đăng ký nhận cha, mẹ, con (bản chính)",
  "nhận cha mẹ con có yếu tố nước ngoài; nhận con người nước ngoài", "birth travel_abroad", post=False)

P("HOTICH", "H", 2, "Đăng ký thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc", "Change, correction and supplement of civil status and re-determination of ethnicity", 3, 28000,
  "Lệ phí: 28.000 đồng/trường hợp (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch theo mẫu",
   "Giấy tờ làm căn cứ thay đổi, cải chính hộ tịch, xác định lại dân tộc",
   "Bản chính giấy tờ hộ tịch cần thay đổi, cải chính",
   ID_SHOW],
  "Trích lục thay đổi, cải chính hộ tịch, xác định lại dân tộc",
  "xác định lại dân tộc; cải chính hộ tịch từ đủ 14 tuổi; thay đổi dân tộc", "residence",
  cond="Áp dụng đối với người từ đủ 14 tuổi trở lên cư trú ở trong nước; xác định lại dân tộc theo quy định của Bộ luật Dân sự.")

P("HOTICH", "H", 3, "Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài",
  "Recording in the civil-status register a marriage of a Vietnamese citizen concluded abroad", 5, 75000,
  "Lệ phí: 75.000 đồng/trường hợp (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Tờ khai ghi vào Sổ hộ tịch việc kết hôn theo mẫu",
   "Bản sao giấy tờ chứng nhận việc kết hôn do cơ quan có thẩm quyền của nước ngoài cấp, đã được hợp pháp hóa lãnh sự",
   ID_SHOW],
  "Trích lục ghi chú kết hôn",
  "ghi chú kết hôn; kết hôn ở nước ngoài", "marriage travel_abroad")

P("HOTICH", "H", 1, "Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài",
  "Recording a divorce or annulment granted abroad in the civil-status register", 10, 75000,
  "Lệ phí: 75.000 đồng/trường hợp (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Tờ khai ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn theo mẫu",
   "Bản sao giấy tờ ly hôn đã có hiệu lực pháp luật do cơ quan có thẩm quyền của nước ngoài cấp, đã được hợp pháp hóa lãnh sự",
   ID_SHOW],
  "Trích lục ghi chú ly hôn",
  "ghi chú ly hôn; ly hôn ở nước ngoài", "marriage travel_abroad")

P("HOTICH", "H", 1, "Ghi vào Sổ hộ tịch việc hộ tịch khác của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài",
  "Recording other civil-status events of Vietnamese citizens registered abroad", 3, 75000,
  "Lệ phí: 75.000 đồng/trường hợp (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Tờ khai ghi vào Sổ hộ tịch việc hộ tịch khác theo mẫu",
   "Bản sao giấy tờ hộ tịch do cơ quan có thẩm quyền của nước ngoài cấp, đã được hợp pháp hóa lãnh sự",
   ID_SHOW],
  "Trích lục ghi chú hộ tịch",
  "ghi chú khai sinh; khai sinh ở nước ngoài; ghi chú hộ tịch", "birth travel_abroad")

# ----------------------------------------------------------- LÝ LỊCH TƯ PHÁP --
LLTP_FIELDS = [DOB,
               F("birth_place", "Nơi sinh", "Place of birth"),
               F("permanent_address", "Nơi thường trú", "Permanent residence", prefill="address"),
               F("card_type", "Loại Phiếu lý lịch tư pháp", "Type of judicial record card", "select",
                 options=["Phiếu lý lịch tư pháp số 1", "Phiếu lý lịch tư pháp số 2"]),
               F("copies", "Số lượng Phiếu yêu cầu cấp", "Number of copies", "number"),
               F("purpose", "Mục đích sử dụng Phiếu", "Purpose of use"),
               RECEIVE]
P("LLTP", "T", 4, "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
  "Issuance of judicial record cards to Vietnamese citizens and foreigners residing in Vietnam", 10, 200000,
  "Phí: 200.000 đồng/lần/người; sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng/lần/người; trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo được miễn phí; từ Phiếu thứ 3 trở đi thu thêm 5.000 đồng/Phiếu",
  ["Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu",
   "Bản chụp giấy chứng minh nhân dân, thẻ căn cước công dân hoặc hộ chiếu của người được cấp Phiếu lý lịch tư pháp",
   "Bản chụp sổ hộ khẩu hoặc giấy chứng nhận thường trú, tạm trú của người được cấp Phiếu lý lịch tư pháp",
   "Văn bản ủy quyền (trường hợp ủy quyền yêu cầu cấp Phiếu lý lịch tư pháp số 1)",
   "Giấy tờ chứng minh thuộc đối tượng được miễn, giảm phí (nếu có)"],
  "Phiếu lý lịch tư pháp số 1 hoặc Phiếu lý lịch tư pháp số 2",
  "lý lịch tư pháp; phiếu lý lịch tư pháp số 1; phiếu lý lịch tư pháp số 2; giấy xác nhận không tiền án tiền sự", None,
  launch=True,
  fields=LLTP_FIELDS,
  faqs=[("Phiếu lý lịch tư pháp số 1 và số 2 khác nhau thế nào?",
         "Phiếu số 1 cấp cho cá nhân, cơ quan, tổ chức và chỉ ghi án tích chưa được xóa; Phiếu số 2 cấp cho cơ quan tiến hành tố tụng hoặc theo yêu cầu của chính cá nhân để biết nội dung lý lịch tư pháp của mình và ghi đầy đủ án tích đã được xóa và chưa được xóa."),
        ("Có được ủy quyền làm Phiếu lý lịch tư pháp không?",
         "Được ủy quyền đối với Phiếu số 1 (văn bản ủy quyền phải chứng thực, trừ trường hợp người ủy quyền là cha, mẹ, vợ, chồng, con). Phiếu số 2 không được ủy quyền."),
        ("Thời hạn cấp Phiếu lý lịch tư pháp là bao lâu?",
         "Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp người được cấp là công dân Việt Nam đã cư trú ở nhiều nơi hoặc có thời gian cư trú ở nước ngoài, người nước ngoài thì không quá 15 ngày.")])

P("LLTP", "TW", 4, "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đã cư trú tại Việt Nam",
  "Issuance of judicial record cards to Vietnamese citizens and foreigners who formerly resided in Vietnam", 15, 200000,
  "Phí: 200.000 đồng/lần/người; sinh viên, người có công với cách mạng: 100.000 đồng/lần/người; từ Phiếu thứ 3 trở đi thu thêm 5.000 đồng/Phiếu",
  ["Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu",
   "Bản chụp hộ chiếu hoặc thẻ căn cước công dân của người được cấp Phiếu lý lịch tư pháp",
   "Bản chụp giấy tờ chứng minh thời gian cư trú tại Việt Nam (đối với người nước ngoài)",
   "Văn bản ủy quyền (trường hợp ủy quyền yêu cầu cấp Phiếu lý lịch tư pháp số 1)"],
  "Phiếu lý lịch tư pháp số 1 hoặc Phiếu lý lịch tư pháp số 2",
  "lý lịch tư pháp người nước ngoài; LLTP Trung tâm quốc gia; lý lịch tư pháp khi ở nước ngoài", None,
  fields=LLTP_FIELDS,
  cond="Áp dụng đối với công dân Việt Nam không xác định được nơi thường trú, tạm trú hoặc đang cư trú ở nước ngoài và người nước ngoài đã cư trú tại Việt Nam.")

P("LLTP", "T", 3, "Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội",
  "Issuance of judicial record cards at the request of state agencies and political and socio-political organisations", 10, 0,
  "Không",
  ["Văn bản yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu, ghi rõ mục đích sử dụng và thông tin về người được cấp Phiếu"],
  "Phiếu lý lịch tư pháp số 1",
  "lý lịch tư pháp cho cơ quan nhà nước; tra cứu án tích cán bộ", "employment",
  app="e")

P("LLTP", "T", 1, "Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng",
  "Issuance of judicial record cards at the request of proceeding-conducting agencies", 5, 0,
  "Không",
  ["Văn bản yêu cầu cấp Phiếu lý lịch tư pháp của cơ quan tiến hành tố tụng"],
  "Phiếu lý lịch tư pháp số 2",
  "lý lịch tư pháp cho cơ quan tố tụng; cơ quan điều tra; viện kiểm sát", "",
  app="e")

# --------------------------------------------------------------- CHỨNG THỰC --
CT_FEE_COPY = "Phí: 2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản"
P("CHUNGTHUC", "X", 1, "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
  "Certification of copies from originals issued or certified by competent Vietnamese authorities", 1, 2000, CT_FEE_COPY,
  ["Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao",
   "Bản sao cần chứng thực (trường hợp người yêu cầu tự chuẩn bị bản chụp)"],
  "Bản sao được chứng thực từ bản chính",
  "chứng thực bản sao; sao y bản chính; công chứng giấy tờ; photo công chứng", "residence education employment",
  app="ce",
  faqs=[("Chứng thực bản sao có cần mang bản chính không?",
         "Có. Người yêu cầu phải xuất trình bản chính giấy tờ, văn bản để đối chiếu; cơ quan chứng thực không chứng thực bản sao từ bản chính bị tẩy xóa, sửa chữa hoặc không còn rõ nội dung.")])

P("CHUNGTHUC", "X", 1, "Chứng thực chữ ký trong các giấy tờ, văn bản", "Certification of signatures on papers and documents", 1, 10000,
  "Phí: 10.000 đồng/trường hợp (trường hợp được tính là một hoặc nhiều chữ ký trong cùng một giấy tờ, văn bản)",
  ["Giấy tờ, văn bản mà người yêu cầu chứng thực sẽ ký",
   ID_SHOW],
  "Giấy tờ, văn bản đã được chứng thực chữ ký",
  "chứng thực chữ ký; xác nhận chữ ký; chứng thực điểm chỉ", "employment",
  app="ce",
  cond="Người yêu cầu chứng thực phải ký trước mặt người thực hiện chứng thực; áp dụng cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu không thể ký, không thể điểm chỉ được.")

P("CHUNGTHUC", "X", 1, "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở",
  "Certification of contracts and transactions on movable property, land use rights and houses", 2, 50000,
  "Phí: 50.000 đồng/hợp đồng, giao dịch",
  ["Dự thảo hợp đồng, giao dịch",
   "Bản sao giấy tờ tùy thân của người yêu cầu chứng thực",
   "Bản sao Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở hoặc giấy tờ thay thế được pháp luật quy định (đối với hợp đồng liên quan đến bất động sản)"],
  "Hợp đồng, giao dịch được chứng thực",
  "chứng thực hợp đồng; hợp đồng mua bán đất; hợp đồng tặng cho; chứng thực chuyển nhượng QSDĐ", "house_land",
  app="ce")

P("CHUNGTHUC", "X", 1, "Chứng thực di chúc", "Certification of wills", 2, 50000, "Phí: 50.000 đồng/di chúc",
  ["Dự thảo di chúc",
   "Bản sao giấy tờ tùy thân của người lập di chúc",
   "Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế đối với tài sản định đoạt trong di chúc"],
  "Di chúc được chứng thực",
  "chứng thực di chúc; lập di chúc; thừa kế", "death house_land")

P("CHUNGTHUC", "X", 1, "Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở",
  "Certification of agreements on division of inheritance consisting of movables, land use rights or houses", 2, 50000,
  "Phí: 50.000 đồng/văn bản",
  ["Dự thảo văn bản thỏa thuận phân chia di sản",
   "Bản sao giấy tờ tùy thân của người nhận di sản",
   "Bản sao giấy chứng tử hoặc giấy tờ chứng minh người để lại di sản đã chết",
   "Bản sao giấy tờ chứng minh quan hệ giữa người để lại di sản và người được hưởng di sản",
   "Bản sao giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở của người để lại di sản"],
  "Văn bản thỏa thuận phân chia di sản được chứng thực",
  "phân chia di sản; khai nhận thừa kế; chia thừa kế", "death house_land")

P("CHUNGTHUC", "X", 1, "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch",
  "Certification of amendment, supplement or cancellation of contracts and transactions", 2, 30000,
  "Phí: 30.000 đồng/hợp đồng, giao dịch",
  ["Dự thảo hợp đồng, giao dịch sửa đổi, bổ sung, hủy bỏ",
   "Bản sao giấy tờ tùy thân của người yêu cầu chứng thực",
   "Hợp đồng, giao dịch đã được chứng thực trước đây"],
  "Hợp đồng, giao dịch sửa đổi, bổ sung, hủy bỏ được chứng thực",
  "sửa đổi hợp đồng; hủy hợp đồng chứng thực", "house_land", app="ce")

P("CHUNGTHUC", "H", 1, "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận",
  "Certification of copies from originals issued or certified by competent foreign authorities", 1, 2000, CT_FEE_COPY,
  ["Bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của nước ngoài cấp, đã được hợp pháp hóa lãnh sự (trừ trường hợp được miễn)",
   "Bản sao cần chứng thực (trường hợp người yêu cầu tự chuẩn bị bản chụp)"],
  "Bản sao được chứng thực từ bản chính",
  "chứng thực giấy tờ nước ngoài; sao y bằng cấp nước ngoài", "travel_abroad education", app="ce")

P("CHUNGTHUC", "H", 1, "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Phòng Tư pháp",
  "Certification of signatures of translators who are collaborators of the district Justice Division", 1, 10000,
  "Phí: 10.000 đồng/trường hợp",
  ["Bản dịch và giấy tờ, văn bản cần dịch",
   "Bản chính giấy tờ tùy thân của người dịch"],
  "Bản dịch được chứng thực chữ ký người dịch",
  "chứng thực bản dịch; dịch thuật công chứng; dịch công chứng", "travel_abroad education", app="ce")

P("CHUNGTHUC", "H", 2, "Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực",
  "Issuance of certified copies of previously certified contracts and transactions", 2, 2000, CT_FEE_COPY,
  ["Văn bản đề nghị cấp bản sao có chứng thực hợp đồng, giao dịch theo mẫu",
   ID_SHOW],
  "Bản sao có chứng thực hợp đồng, giao dịch",
  "bản sao hợp đồng chứng thực; sao hợp đồng", "house_land", app="ce")

# ----------------------------------------------------------------- QUỐC TỊCH --
P("QUOCTICH", "T", 1, "Nhập quốc tịch Việt Nam", "Naturalisation as a Vietnamese citizen", 115, 3000000,
  "Lệ phí: 3.000.000 đồng/trường hợp; miễn lệ phí đối với người không quốc tịch là người có hoàn cảnh kinh tế đặc biệt khó khăn có xác nhận của Ủy ban nhân dân cấp xã",
  ["Đơn xin nhập quốc tịch Việt Nam theo mẫu",
   "Bản sao Giấy khai sinh, hộ chiếu hoặc giấy tờ khác có giá trị thay thế",
   "Bản khai lý lịch theo mẫu",
   "Phiếu lý lịch tư pháp do cơ quan có thẩm quyền của Việt Nam và nước ngoài cấp",
   "Giấy tờ chứng minh trình độ tiếng Việt, chỗ ở thường trú và khả năng bảo đảm cuộc sống tại Việt Nam"],
  "Quyết định cho nhập quốc tịch Việt Nam của Chủ tịch nước",
  "nhập quốc tịch; xin quốc tịch Việt Nam", None,
  cond="Người xin nhập quốc tịch có năng lực hành vi dân sự đầy đủ; tuân thủ Hiến pháp và pháp luật Việt Nam; biết tiếng Việt đủ để hòa nhập; đã thường trú ở Việt Nam từ 05 năm trở lên; có khả năng bảo đảm cuộc sống tại Việt Nam.")

P("QUOCTICH", "T", 1, "Trở lại quốc tịch Việt Nam ở trong nước", "Restoration of Vietnamese nationality (in-country application)", 85, 2500000,
  "Lệ phí: 2.500.000 đồng/trường hợp",
  ["Đơn xin trở lại quốc tịch Việt Nam theo mẫu",
   "Bản sao Giấy khai sinh, hộ chiếu hoặc giấy tờ khác có giá trị thay thế",
   "Bản khai lý lịch theo mẫu",
   "Phiếu lý lịch tư pháp do cơ quan có thẩm quyền cấp",
   "Giấy tờ chứng minh người xin trở lại quốc tịch Việt Nam đã từng có quốc tịch Việt Nam"],
  "Quyết định cho trở lại quốc tịch Việt Nam của Chủ tịch nước",
  "trở lại quốc tịch; khôi phục quốc tịch Việt Nam", None)

P("QUOCTICH", "T", 2, "Thôi quốc tịch Việt Nam ở trong nước", "Renunciation of Vietnamese nationality (in-country application)", 75, 2500000,
  "Lệ phí: 2.500.000 đồng/trường hợp",
  ["Đơn xin thôi quốc tịch Việt Nam theo mẫu",
   "Bản khai lý lịch theo mẫu",
   "Bản sao hộ chiếu Việt Nam, giấy chứng minh nhân dân hoặc giấy tờ khác chứng minh quốc tịch Việt Nam",
   "Phiếu lý lịch tư pháp do cơ quan có thẩm quyền của Việt Nam cấp",
   "Giấy tờ xác nhận về việc người đó đang làm thủ tục nhập quốc tịch nước ngoài"],
  "Quyết định cho thôi quốc tịch Việt Nam của Chủ tịch nước",
  "thôi quốc tịch; từ bỏ quốc tịch Việt Nam", None)

P("QUOCTICH", "T", 3, "Cấp Giấy xác nhận có quốc tịch Việt Nam ở trong nước", "Issuance of certificate of Vietnamese nationality (in-country)", 20, 100000,
  "Lệ phí: 100.000 đồng/trường hợp",
  ["Tờ khai đề nghị xác nhận có quốc tịch Việt Nam theo mẫu",
   "Bản sao giấy tờ chứng minh có quốc tịch Việt Nam hoặc giấy tờ làm căn cứ xác định quốc tịch Việt Nam",
   "02 ảnh chân dung cỡ 4x6 cm chụp không quá 06 tháng"],
  "Giấy xác nhận có quốc tịch Việt Nam",
  "xác nhận quốc tịch; chứng minh quốc tịch Việt Nam", None,
  comp="Giám đốc Sở Tư pháp")

P("QUOCTICH", "T", 2, "Cấp Giấy xác nhận là người gốc Việt Nam ở trong nước", "Issuance of certificate of Vietnamese origin (in-country)", 20, 100000,
  "Lệ phí: 100.000 đồng/trường hợp",
  ["Tờ khai đề nghị xác nhận là người gốc Việt Nam theo mẫu",
   "Bản sao giấy tờ chứng minh người đó đã từng có quốc tịch Việt Nam hoặc có cha, mẹ, ông, bà đã từng có quốc tịch Việt Nam",
   "02 ảnh chân dung cỡ 4x6 cm chụp không quá 06 tháng"],
  "Giấy xác nhận là người gốc Việt Nam",
  "người gốc Việt Nam; Việt kiều; người Việt Nam ở nước ngoài", None,
  comp="Giám đốc Sở Tư pháp")

# ------------------------------------------------------------------ ĐƯỜNG BỘ --
GPLX_CLASSES = ["A1", "A2", "A3", "A4", "B1", "B2", "C", "D", "E", "FB2", "FC", "FD", "FE"]
GPLX_FEE = "Lệ phí: 135.000 đồng/lần cấp"
GPLX_FIELDS = [F("license_number", "Số giấy phép lái xe", "Driving licence number"),
               F("license_class", "Hạng giấy phép lái xe", "Licence class", "select", options=GPLX_CLASSES),
               F("license_issue_date", "Ngày cấp giấy phép lái xe", "Licence issue date", "date"),
               F("license_issuer", "Nơi cấp giấy phép lái xe", "Issuing authority"),
               F("delivery_address", "Địa chỉ nhận kết quả", "Delivery address", prefill="address"),
               RECEIVE]
P("DUONGBO", "T", 4, "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp", "Renewal or exchange of driving licences issued by the transport sector",
  5, 135000, GPLX_FEE,
  ["Đơn đề nghị đổi, cấp lại giấy phép lái xe theo mẫu",
   "Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp (trừ trường hợp đổi giấy phép lái xe không thời hạn các hạng A1, A2, A3)",
   "Bản sao giấy phép lái xe, chứng minh nhân dân hoặc thẻ căn cước công dân hoặc hộ chiếu còn thời hạn",
   "Bản sao hồ sơ gốc phù hợp với giấy phép lái xe (nếu có)",
   "01 ảnh màu cỡ 3x4 cm nền màu xanh (đối với hồ sơ nộp trực tuyến thì tải lên ảnh chụp)"],
  "Giấy phép lái xe bằng vật liệu PET",
  "đổi GPLX; đổi bằng lái xe; gia hạn bằng lái; đổi giấy phép lái xe; bằng lái xe PET; GPLX hết hạn", "driving",
  launch=True, app="c",
  cond="Giấy phép lái xe còn thời hạn hoặc quá thời hạn sử dụng dưới 03 tháng; trường hợp quá hạn từ 03 tháng đến dưới 01 năm phải sát hạch lại lý thuyết, quá hạn từ 01 năm trở lên phải sát hạch lại cả lý thuyết và thực hành.",
  fields=GPLX_FIELDS,
  steps=["Bước 1: Cá nhân khai Đơn đề nghị đổi giấy phép lái xe trên Cổng Dịch vụ công quốc gia, tải lên ảnh chân dung và bản chụp giấy khám sức khỏe hoặc chuẩn bị hồ sơ giấy theo quy định.",
         "Bước 2: Nộp hồ sơ trực tuyến hoặc trực tiếp tại Bộ phận Tiếp nhận và Trả kết quả của Sở Giao thông vận tải và thanh toán lệ phí 135.000 đồng.",
         "Bước 3: Sở Giao thông vận tải kiểm tra hồ sơ, đối chiếu dữ liệu trên Hệ thống thông tin giấy phép lái xe; trường hợp hồ sơ chưa hợp lệ thì thông báo để người đề nghị bổ sung.",
         "Bước 4: Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Giao thông vận tải in và cấp đổi giấy phép lái xe bằng vật liệu PET.",
         "Bước 5: Nhận giấy phép lái xe tại Sở Giao thông vận tải hoặc qua dịch vụ bưu chính công ích; khi nhận phải nộp lại bản chính giấy phép lái xe cũ để đối chiếu, cắt góc."],
  faqs=[("Giấy phép lái xe quá hạn bao lâu thì vẫn được đổi mà không phải thi lại?",
         "Giấy phép lái xe quá hạn dưới 03 tháng được đổi mà không phải sát hạch lại. Quá hạn từ 03 tháng đến dưới 01 năm phải sát hạch lại lý thuyết; từ 01 năm trở lên phải sát hạch lại cả lý thuyết và thực hành."),
        ("Đổi giấy phép lái xe trực tuyến có phải đến Sở Giao thông vận tải không?",
         "Không bắt buộc. Bạn có thể chọn nhận giấy phép lái xe mới qua bưu điện; nhân viên bưu chính sẽ thu lại giấy phép lái xe cũ để đối chiếu khi giao giấy phép mới."),
        ("Lệ phí đổi giấy phép lái xe là bao nhiêu?",
         "Lệ phí cấp đổi giấy phép lái xe là 135.000 đồng/lần theo Thông tư số 188/2016/TT-BTC; có thể thanh toán trực tuyến.")])

P("DUONGBO", "T", 4, "Cấp giấy phép lái xe quốc tế", "Issuance of international driving permits", 5, 135000, GPLX_FEE,
  ["Tờ khai đề nghị cấp giấy phép lái xe quốc tế theo mẫu",
   "Bản sao giấy phép lái xe quốc gia bằng vật liệu PET còn giá trị sử dụng",
   "Bản sao hộ chiếu còn thời hạn (trang có số hộ chiếu, họ tên, ảnh, ngày cấp, cơ quan cấp); đối với người nước ngoài nộp thêm bản sao thị thực hoặc thẻ thường trú, thẻ tạm trú",
   "01 ảnh màu cỡ 3x4 cm nền trắng (đối với hồ sơ nộp trực tuyến thì tải lên ảnh chụp)"],
  "Giấy phép lái xe quốc tế (IDP) theo mẫu của Công ước Viên năm 1968 về giao thông đường bộ",
  "giấy phép lái xe quốc tế; bằng lái quốc tế; IDP; lái xe ở nước ngoài; GPLX quốc tế", "driving travel_abroad",
  launch=True, app="c",
  legal=["Thông tư số 29/2015/TT-BGTVT ngày 06/7/2015 của Bộ trưởng Bộ Giao thông vận tải quy định về cấp, sử dụng giấy phép lái xe quốc tế"],
  cond="Người đề nghị có giấy phép lái xe quốc gia do Việt Nam cấp bằng vật liệu PET còn giá trị sử dụng; thời hạn của giấy phép lái xe quốc tế không quá 03 năm và không vượt quá thời hạn của giấy phép lái xe quốc gia.",
  fields=[F("license_number", "Số giấy phép lái xe quốc gia", "National driving licence number"),
          F("license_class", "Hạng giấy phép lái xe", "Licence class", "select", options=GPLX_CLASSES),
          F("license_expiry", "Ngày hết hạn giấy phép lái xe quốc gia", "National licence expiry date", "date"),
          F("passport_number", "Số hộ chiếu", "Passport number"),
          F("destination_country", "Quốc gia dự kiến sử dụng", "Intended country of use"),
          RECEIVE],
  steps=["Bước 1: Cá nhân khai Tờ khai đề nghị cấp giấy phép lái xe quốc tế trên Cổng Dịch vụ công quốc gia hoặc Cổng dịch vụ công của Tổng cục Đường bộ Việt Nam, tải lên ảnh chân dung, bản chụp giấy phép lái xe và hộ chiếu.",
         "Bước 2: Thanh toán lệ phí 135.000 đồng trực tuyến hoặc nộp hồ sơ, lệ phí trực tiếp tại Bộ phận Tiếp nhận và Trả kết quả của Sở Giao thông vận tải.",
         "Bước 3: Sở Giao thông vận tải kiểm tra, xác thực giấy phép lái xe trên Hệ thống thông tin giấy phép lái xe.",
         "Bước 4: Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Giao thông vận tải cấp giấy phép lái xe quốc tế.",
         "Bước 5: Nhận giấy phép lái xe quốc tế trực tiếp (xuất trình bản chính giấy phép lái xe quốc gia và hộ chiếu để đối chiếu) hoặc qua dịch vụ bưu chính công ích."],
  faqs=[("Giấy phép lái xe quốc tế do Việt Nam cấp được sử dụng ở những nước nào?",
         "Giấy phép lái xe quốc tế do Việt Nam cấp có giá trị tại các nước, vùng lãnh thổ tham gia Công ước Viên năm 1968 về giao thông đường bộ; người lái xe phải mang theo giấy phép lái xe quốc gia khi điều khiển phương tiện."),
        ("Giấy phép lái xe bằng giấy bìa có được cấp giấy phép lái xe quốc tế không?",
         "Không. Bạn cần đổi sang giấy phép lái xe bằng vật liệu PET trước, sau đó mới đề nghị cấp giấy phép lái xe quốc tế.")])

P("DUONGBO", "T", 3, "Đổi giấy phép lái xe do ngành Công an cấp", "Exchange of driving licences issued by the police", 5, 135000, GPLX_FEE,
  ["Đơn đề nghị đổi giấy phép lái xe theo mẫu",
   "Quyết định ra quân trong thời hạn không quá 06 tháng hoặc quyết định thôi việc, chuyển ngành, nghỉ hưu của cấp có thẩm quyền",
   "Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp",
   "Bản sao giấy phép lái xe do ngành Công an cấp còn thời hạn sử dụng"],
  "Giấy phép lái xe bằng vật liệu PET do ngành Giao thông vận tải cấp",
  "đổi bằng lái công an; GPLX công an cấp", "driving", app="c", fields=GPLX_FIELDS)

P("DUONGBO", "T", 2, "Đổi giấy phép lái xe quân sự do Bộ Quốc phòng cấp", "Exchange of military driving licences issued by the Ministry of National Defence", 5, 135000, GPLX_FEE,
  ["Đơn đề nghị đổi giấy phép lái xe theo mẫu",
   "Quyết định ra quân, thôi việc, chuyển ngành hoặc nghỉ hưu trong thời hạn không quá 06 tháng kể từ ngày có quyết định",
   "Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp",
   "Bản sao giấy phép lái xe quân sự còn thời hạn sử dụng"],
  "Giấy phép lái xe bằng vật liệu PET",
  "đổi bằng lái quân sự; GPLX quân đội; xuất ngũ đổi bằng lái", "driving", app="c")

P("DUONGBO", "T", 3, "Đổi giấy phép lái xe hoặc bằng lái xe của nước ngoài cấp", "Exchange of driving licences issued by foreign countries", 5, 135000, GPLX_FEE,
  ["Đơn đề nghị đổi giấy phép lái xe theo mẫu",
   "Bản dịch giấy phép lái xe nước ngoài ra tiếng Việt được bảo chứng chất lượng dịch thuật hoặc chứng thực",
   "Bản sao hộ chiếu (phần số hộ chiếu, họ tên, ảnh, thời hạn sử dụng) và thị thực hoặc thẻ cư trú",
   "Bản sao giấy phép lái xe nước ngoài còn thời hạn sử dụng"],
  "Giấy phép lái xe Việt Nam bằng vật liệu PET",
  "đổi bằng lái nước ngoài; bằng lái xe nước ngoài; người nước ngoài lái xe ở Việt Nam", "driving travel_abroad",
  app="c", fields=GPLX_FIELDS,
  cond="Người nước ngoài cư trú, làm việc, học tập tại Việt Nam từ 03 tháng trở lên hoặc công dân Việt Nam có giấy phép lái xe nước ngoài còn thời hạn sử dụng.")

P("DUONGBO", "T", 3, "Cấp lại giấy phép lái xe", "Reissuance of lost driving licences", 5, 135000, GPLX_FEE,
  ["Đơn đề nghị đổi, cấp lại giấy phép lái xe theo mẫu",
   "Hồ sơ gốc phù hợp với giấy phép lái xe bị mất (nếu có)",
   "Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp",
   "Bản sao giấy chứng minh nhân dân hoặc thẻ căn cước công dân hoặc hộ chiếu còn thời hạn"],
  "Giấy phép lái xe bằng vật liệu PET",
  "mất bằng lái xe; cấp lại GPLX; làm lại bằng lái; mất giấy phép lái xe", "driving",
  app="c", fields=GPLX_FIELDS,
  cond="Giấy phép lái xe bị mất còn thời hạn sử dụng hoặc quá thời hạn dưới 03 tháng, có hồ sơ gốc, không phát hiện đang bị cơ quan có thẩm quyền thu giữ, xử lý; sau 02 tháng kể từ ngày nộp đủ hồ sơ thì được cấp lại.",
  faqs=[("Mất giấy phép lái xe bao lâu thì được cấp lại?",
         "Sau 02 tháng kể từ ngày nộp đủ hồ sơ, nếu không phát hiện giấy phép lái xe đang bị cơ quan có thẩm quyền thu giữ, xử lý thì Sở Giao thông vận tải cấp lại giấy phép lái xe; người đề nghị được chụp ảnh và nhận giấy hẹn khi nộp hồ sơ.")])

P("DUONGBO", "T", 2, "Cấp mới giấy phép lái xe", "Issuance of new driving licences after passing the driving test", 10, 135000,
  "Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần; phí sát hạch lý thuyết, thực hành nộp riêng theo Thông tư số 188/2016/TT-BTC",
  ["Đơn đề nghị học, sát hạch để cấp giấy phép lái xe theo mẫu",
   "Bản sao giấy chứng minh nhân dân hoặc thẻ căn cước công dân hoặc hộ chiếu còn thời hạn",
   "Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp",
   "Danh sách thí sinh đạt kết quả kỳ sát hạch do Hội đồng sát hạch lập"],
  "Giấy phép lái xe bằng vật liệu PET",
  "thi bằng lái xe; học lái xe; sát hạch lái xe; thi GPLX", "driving",
  app="c",
  cond="Người học lái xe đủ tuổi, sức khỏe, trình độ văn hóa theo quy định và đã đạt kết quả kỳ sát hạch lái xe.")

P("DUONGBO", "T", 4, "Cấp Giấy phép kinh doanh vận tải bằng xe ô tô", "Issuance of licences for road transport business by car", 5, 200000,
  "Phí thẩm định cấp giấy phép kinh doanh vận tải: 200.000 đồng/giấy phép",
  ["Giấy đề nghị cấp Giấy phép kinh doanh vận tải bằng xe ô tô theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc Giấy chứng nhận đăng ký hộ kinh doanh",
   "Bản sao văn bằng, chứng chỉ của người trực tiếp điều hành hoạt động vận tải",
   "Phương án kinh doanh vận tải bằng xe ô tô theo mẫu",
   "Quyết định thành lập và quy định chức năng, nhiệm vụ của bộ phận quản lý, theo dõi các điều kiện về an toàn giao thông"],
  "Giấy phép kinh doanh vận tải bằng xe ô tô",
  "giấy phép kinh doanh vận tải; kinh doanh taxi; vận tải hành khách; vận tải hàng hóa", "start_business own_vehicle",
  legal=["Nghị định số 86/2014/NĐ-CP ngày 10/9/2014 của Chính phủ về kinh doanh và điều kiện kinh doanh vận tải bằng xe ô tô"])

P("DUONGBO", "T", 4, "Cấp lại Giấy phép kinh doanh vận tải bằng xe ô tô khi có sự thay đổi nội dung của Giấy phép", "Reissuance of road transport business licences upon changes of content", 5, 200000,
  "Phí thẩm định cấp giấy phép kinh doanh vận tải: 200.000 đồng/giấy phép",
  ["Giấy đề nghị cấp lại Giấy phép kinh doanh vận tải bằng xe ô tô theo mẫu",
   "Giấy phép kinh doanh vận tải đã được cấp",
   "Tài liệu chứng minh sự thay đổi của những nội dung ghi trong Giấy phép kinh doanh"],
  "Giấy phép kinh doanh vận tải bằng xe ô tô (cấp lại)",
  "cấp lại giấy phép kinh doanh vận tải; thay đổi giấy phép vận tải", "business_operation own_vehicle",
  legal=["Nghị định số 86/2014/NĐ-CP ngày 10/9/2014 của Chính phủ về kinh doanh và điều kiện kinh doanh vận tải bằng xe ô tô"])

P("DUONGBO", "T", 4, "Cấp phù hiệu xe taxi, xe hợp đồng, xe vận tải hàng hóa bằng công-ten-nơ, xe đầu kéo, xe ô tô tải", "Issuance of badges for taxis, contract vehicles, container trucks, tractors and trucks",
  2, 0, "Không",
  ["Giấy đề nghị cấp phù hiệu, biển hiệu theo mẫu",
   "Bản sao giấy đăng ký xe ô tô; trường hợp xe không thuộc sở hữu của đơn vị kinh doanh vận tải thì nộp thêm bản sao hợp đồng thuê phương tiện hoặc hợp đồng dịch vụ",
   "Bản sao Giấy chứng nhận kiểm định an toàn kỹ thuật và bảo vệ môi trường của xe"],
  "Phù hiệu xe ô tô kinh doanh vận tải",
  "phù hiệu xe; phù hiệu taxi; phù hiệu xe tải; phù hiệu xe hợp đồng; xe công nghệ", "own_vehicle business_operation",
  eresult=False)

P("DUONGBO", "T", 4, "Cấp Giấy phép liên vận Việt - Lào cho phương tiện", "Issuance of Vietnam - Laos cross-border transport permits for vehicles", 2, 50000,
  "Lệ phí: 50.000 đồng/giấy phép",
  ["Giấy đề nghị cấp Giấy phép liên vận Việt - Lào cho phương tiện theo mẫu",
   "Bản sao giấy đăng ký phương tiện",
   "Bản sao hợp đồng thuê phương tiện (trường hợp phương tiện không thuộc sở hữu của đơn vị)"],
  "Giấy phép liên vận Việt - Lào",
  "liên vận Việt Lào; giấy phép liên vận; vận tải quốc tế", "own_vehicle travel_abroad")

P("DUONGBO", "T", 3, "Cấp giấy phép thi công công trình đường bộ trên quốc lộ đang khai thác", "Permits for construction works on operating national highways", 7, 0, "Không",
  ["Đơn đề nghị cấp giấy phép thi công theo mẫu",
   "Văn bản chấp thuận xây dựng công trình thiết yếu hoặc chấp thuận thiết kế của cơ quan có thẩm quyền",
   "Hồ sơ thiết kế bản vẽ thi công đã được phê duyệt",
   "Phương án tổ chức thi công bảo đảm an toàn giao thông"],
  "Giấy phép thi công",
  "giấy phép thi công đường bộ; đào đường; thi công trên quốc lộ", "business_operation",
  impl="Sở Giao thông vận tải hoặc Cục Quản lý đường bộ theo phân cấp",
  legal=["Thông tư số 50/2015/TT-BGTVT ngày 23/9/2015 của Bộ trưởng Bộ Giao thông vận tải hướng dẫn thực hiện một số điều của Nghị định số 11/2010/NĐ-CP quy định về quản lý và bảo vệ kết cấu hạ tầng giao thông đường bộ"])

P("DUONGBO", "T", 1, "Cấp giấy phép xe tập lái", "Issuance of learner-driver vehicle permits", 3, 0, "Không",
  ["Bảng kê danh sách xe đề nghị cấp giấy phép xe tập lái theo mẫu",
   "Bản sao giấy đăng ký xe và Giấy chứng nhận kiểm định an toàn kỹ thuật và bảo vệ môi trường",
   "Bản sao hợp đồng thuê xe tập lái (nếu có)"],
  "Giấy phép xe tập lái",
  "xe tập lái; trung tâm đào tạo lái xe", "business_operation")

P("DUONGBO", "T", 2, "Cấp Giấy chứng nhận giáo viên dạy thực hành lái xe", "Issuance of certificates for practical driving instructors", 3, 0, "Không",
  ["Văn bản đề nghị cấp Giấy chứng nhận giáo viên dạy thực hành lái xe của cơ sở đào tạo theo mẫu",
   "Danh sách giáo viên đã hoàn thành tập huấn nghiệp vụ",
   "Bản sao giấy phép lái xe của giáo viên"],
  "Giấy chứng nhận giáo viên dạy thực hành lái xe",
  "giáo viên dạy lái xe; thầy dạy lái", "employment")

P("DUONGBO", "T", 1, "Cấp Giấy chứng nhận kiểm định an toàn kỹ thuật và bảo vệ môi trường phương tiện giao thông cơ giới đường bộ",
  "Issuance of technical safety and environmental inspection certificates for road motor vehicles", 1, 330000,
  "Giá dịch vụ kiểm định: 240.000 đồng/xe đối với xe ô tô chở người dưới 10 chỗ; lệ phí cấp Giấy chứng nhận: 90.000 đồng/giấy; các loại xe khác theo biểu giá quy định",
  ["Giấy đăng ký xe (bản chính hoặc bản sao có chứng thực, bản sao kèm bản gốc giấy biên nhận của tổ chức tín dụng đang giữ bản chính)",
   "Bản sao Phiếu kiểm tra chất lượng xuất xưởng (đối với xe kiểm định lần đầu)",
   "Bản chính Giấy chứng nhận bảo hiểm trách nhiệm dân sự của chủ xe cơ giới còn hiệu lực"],
  "Giấy chứng nhận kiểm định và Tem kiểm định",
  "đăng kiểm xe; đăng kiểm ô tô; kiểm định xe; tem đăng kiểm", "own_vehicle",
  app="ce", post=False,
  impl="Đơn vị đăng kiểm xe cơ giới", comp="Cục Đăng kiểm Việt Nam", recv="Đơn vị đăng kiểm xe cơ giới trên toàn quốc",
  legal=["Thông tư số 70/2015/TT-BGTVT ngày 09/11/2015 của Bộ trưởng Bộ Giao thông vận tải quy định về kiểm định an toàn kỹ thuật và bảo vệ môi trường phương tiện giao thông cơ giới đường bộ",
         "Thông tư số 238/2016/TT-BTC ngày 11/11/2016 của Bộ trưởng Bộ Tài chính quy định về giá dịch vụ kiểm định an toàn kỹ thuật và chất lượng xe cơ giới"],
  faqs=[("Có cần đặt lịch trước khi đăng kiểm xe không?",
         "Không bắt buộc, nhưng nhiều đơn vị đăng kiểm cho phép đăng ký lịch hẹn qua điện thoại hoặc trực tuyến để giảm thời gian chờ đợi.")])

P("DUONGBO", "T", 3, "Đăng ký, cấp biển số xe máy chuyên dùng lần đầu", "First-time registration and plate issuance for special-use machines", 3, 200000,
  "Lệ phí: 200.000 đồng/lần/xe (cấp đăng ký kèm biển số)",
  ["Tờ khai đăng ký xe máy chuyên dùng theo mẫu",
   "Bản sao giấy tờ xác định quyền sở hữu xe máy chuyên dùng (hóa đơn, hợp đồng mua bán)",
   "Giấy tờ xác định nguồn gốc xe máy chuyên dùng (tờ khai hàng hóa nhập khẩu hoặc phiếu kiểm tra chất lượng xuất xưởng)"],
  "Giấy chứng nhận đăng ký và biển số xe máy chuyên dùng",
  "xe máy chuyên dùng; đăng ký xe công trình; xe nâng, máy xúc", "own_vehicle business_operation",
  app="ce",
  fields=[F("machine_type", "Loại xe máy chuyên dùng", "Type of special-use machine", "select",
            options=["Máy thi công", "Máy nông nghiệp, lâm nghiệp", "Xe nâng hàng", "Loại khác"]),
          F("brand", "Nhãn hiệu, số loại", "Make and model"),
          F("frame_number", "Số khung (số thân máy)", "Frame number"),
          F("engine_number", "Số động cơ", "Engine number"),
          F("manufacture_year", "Năm sản xuất", "Year of manufacture", "number"),
          RECEIVE],
  legal=["Thông tư số 22/2019/TT-BGTVT ngày 12/6/2019 của Bộ trưởng Bộ Giao thông vận tải quy định về đăng ký xe máy chuyên dùng"])

# -------------------------------------------------------------- ĐĂNG KÝ XE --
P("DKPT", "T", 2, "Đăng ký, cấp biển số xe ô tô lần đầu", "First-time registration and plate issuance for cars", 2, 150000,
  "Lệ phí: xe ô tô con dưới 10 chỗ ngồi (không hoạt động kinh doanh vận tải) tại Hà Nội, Thành phố Hồ Chí Minh từ 2.000.000 đến 20.000.000 đồng; các loại xe ô tô khác từ 150.000 đến 500.000 đồng tùy khu vực",
  ["Giấy khai đăng ký xe theo mẫu",
   "Chứng từ nguồn gốc xe (tờ khai hàng hóa nhập khẩu hoặc phiếu kiểm tra chất lượng xuất xưởng)",
   "Chứng từ chuyển quyền sở hữu xe (hóa đơn, hợp đồng mua bán)",
   "Chứng từ lệ phí trước bạ",
   ID_SHOW],
  "Giấy chứng nhận đăng ký xe và biển số xe ô tô",
  "đăng ký xe ô tô; biển số ô tô; bấm biển số; mua xe mới", None,
  faqs=[("Sau khi nộp hồ sơ bao lâu thì nhận được giấy đăng ký xe ô tô?",
         "Biển số được cấp ngay sau khi tiếp nhận hồ sơ hợp lệ; Giấy chứng nhận đăng ký xe được cấp trong thời hạn không quá 02 ngày làm việc.")])

P("DKPT", "H", 2, "Đăng ký, cấp biển số xe mô tô, xe gắn máy lần đầu", "First-time registration and plate issuance for motorcycles and mopeds", 2, 50000,
  "Lệ phí: tại Hà Nội, Thành phố Hồ Chí Minh từ 500.000 đến 4.000.000 đồng tùy giá trị xe; tại thành phố trực thuộc tỉnh, thị xã từ 200.000 đến 800.000 đồng; khu vực khác 50.000 đồng",
  ["Giấy khai đăng ký xe theo mẫu",
   "Chứng từ nguồn gốc xe (phiếu kiểm tra chất lượng xuất xưởng hoặc tờ khai hàng hóa nhập khẩu)",
   "Hóa đơn hoặc chứng từ chuyển quyền sở hữu xe",
   "Chứng từ lệ phí trước bạ",
   ID_SHOW],
  "Giấy chứng nhận đăng ký xe và biển số xe mô tô, xe gắn máy",
  "đăng ký xe máy; biển số xe máy; mua xe máy mới; cà vẹt xe máy", None)

P("DKPT", "H", 3, "Đăng ký sang tên xe trong cùng tỉnh, thành phố trực thuộc trung ương", "Registration of vehicle ownership transfer within the same province", 2, 30000,
  "Lệ phí cấp đổi giấy đăng ký không kèm theo biển số: 30.000 đồng/lần/xe; trường hợp cấp đổi kèm biển số: xe ô tô 150.000 đồng, xe mô tô 50.000 đồng",
  ["Giấy khai đăng ký xe theo mẫu",
   "Giấy chứng nhận đăng ký xe",
   "Chứng từ chuyển quyền sở hữu xe (hợp đồng mua bán, cho, tặng có công chứng hoặc chứng thực)",
   "Chứng từ lệ phí trước bạ",
   ID_SHOW],
  "Giấy chứng nhận đăng ký xe mang tên chủ xe mới",
  "sang tên xe; mua xe cũ; chuyển nhượng xe; sang tên xe máy", None)

P("DKPT", "T", 2, "Đăng ký sang tên, di chuyển xe sang tỉnh, thành phố trực thuộc trung ương khác", "Registration of vehicle transfer to another province", 2, 0, "Không",
  ["Giấy khai sang tên, di chuyển xe theo mẫu",
   "Giấy chứng nhận đăng ký xe và biển số xe",
   "Chứng từ chuyển quyền sở hữu xe",
   ID_SHOW],
  "Phiếu sang tên, di chuyển kèm hồ sơ gốc của xe",
  "di chuyển xe; rút hồ sơ gốc; chuyển vùng xe", None)

P("DKPT", "T", 3, "Cấp đổi, cấp lại giấy chứng nhận đăng ký xe, biển số xe", "Exchange or reissuance of vehicle registration certificates and plates", 2, 30000,
  "Lệ phí cấp đổi, cấp lại giấy đăng ký không kèm biển số: 30.000 đồng/lần/xe; cấp đổi, cấp lại biển số: xe ô tô 100.000 đồng, xe mô tô 50.000 đồng",
  ["Giấy khai đăng ký xe theo mẫu",
   "Giấy chứng nhận đăng ký xe hoặc biển số cũ (trường hợp đổi)",
   ID_SHOW],
  "Giấy chứng nhận đăng ký xe hoặc biển số xe được cấp đổi, cấp lại",
  "mất cà vẹt; mất giấy đăng ký xe; đổi biển số; cấp lại đăng ký xe", None)

P("DKPT", "T", 4, "Đăng ký xe tạm thời", "Temporary vehicle registration", 1, 50000,
  "Lệ phí cấp giấy đăng ký kèm theo biển số tạm thời: 50.000 đồng/lần/xe",
  ["Giấy khai đăng ký xe theo mẫu",
   "Bản sao chứng từ nguồn gốc xe",
   "Bản sao chứng từ chuyển quyền sở hữu xe",
   ID_SHOW],
  "Giấy chứng nhận đăng ký xe tạm thời và biển số tạm thời",
  "đăng ký tạm thời; biển số tạm; xe chạy thử", None, eresult=True,
  cond="Áp dụng đối với xe nhập khẩu, sản xuất lắp ráp lưu hành từ kho, cảng, nhà máy đến nơi đăng ký; xe chạy thử nghiệm; xe tạm nhập tái xuất tham gia hội nghị, hội chợ.")

P("DKPT", "H", 3, "Thu hồi giấy chứng nhận đăng ký, biển số xe", "Revocation of vehicle registration certificates and plates", 2, 0, "Không",
  ["Giấy khai thu hồi đăng ký, biển số xe theo mẫu",
   "Giấy chứng nhận đăng ký xe và biển số xe",
   ID_SHOW],
  "Giấy chứng nhận thu hồi đăng ký, biển số xe",
  "thu hồi biển số; xe hỏng không sử dụng; hủy đăng ký xe", None)

P("DKPT", "T", 4, "Nộp lệ phí đăng ký, cấp biển số phương tiện giao thông cơ giới đường bộ", "Payment of registration and licence-plate fees for road motor vehicles", 1, 0,
  "Không thu thêm phí dịch vụ; số lệ phí phải nộp theo Thông tư số 229/2016/TT-BTC: xe ô tô con dưới 10 chỗ tại Hà Nội, Thành phố Hồ Chí Minh từ 2.000.000 đến 20.000.000 đồng; xe ô tô khác từ 150.000 đến 500.000 đồng; xe mô tô từ 50.000 đến 4.000.000 đồng tùy khu vực và giá trị xe",
  ["Thông báo số tiền lệ phí đăng ký xe do cơ quan đăng ký xe cung cấp (mã hồ sơ đăng ký xe)",
   "Giấy nộp tiền vào ngân sách nhà nước (Mẫu C1-02/NS, được lập tự động khi thanh toán trực tuyến)||giay-nop-tien-vao-ngan-sach-c1-02-ns.docx"],
  "Biên lai thu lệ phí điện tử; thông tin nộp lệ phí được chuyển đến cơ quan đăng ký xe",
  "lệ phí đăng ký xe; phí biển số; nộp lệ phí biển số trực tuyến; đăng ký xe trực tuyến", "own_vehicle",
  launch=True, kind="payment", eresult=True,
  lookup="mã hồ sơ đăng ký xe hoặc số khung, số máy của xe",
  direct_desc="Nộp trực tiếp bằng tiền mặt hoặc thẻ ngân hàng tại cơ quan đăng ký xe khi làm thủ tục đăng ký.",
  fields=[F("registration_code", "Mã hồ sơ đăng ký xe", "Vehicle registration file code"),
          F("vehicle_type", "Loại xe", "Vehicle type", "select", options=["Xe ô tô", "Xe mô tô, xe gắn máy", "Rơ moóc, sơ mi rơ moóc"]),
          F("chassis_number", "Số khung", "Chassis number"),
          F("engine_number", "Số máy", "Engine number"),
          F("amount", "Số tiền lệ phí (đồng)", "Fee amount (VND)", "number")],
  faqs=[("Nộp lệ phí đăng ký xe trực tuyến xong tôi có phải mang biên lai đến cơ quan đăng ký xe không?",
         "Không cần mang biên lai giấy. Thông tin nộp lệ phí được tự động chuyển đến cơ quan đăng ký xe; bạn chỉ cần mang mã hồ sơ và giấy tờ xe theo quy định khi đến bấm biển số.")])

# ------------------------------------------------------ XỬ LÝ VI PHẠM HÀNH CHÍNH --
P("XLVP", "T", 4, "Nộp tiền phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ", "Payment of administrative fines for road traffic violations", 1, 0,
  "Không thu phí; người vi phạm nộp số tiền phạt ghi trong quyết định xử phạt vi phạm hành chính",
  ["Quyết định xử phạt vi phạm hành chính (số quyết định hoặc mã tra cứu in trên quyết định)",
   "Giấy nộp tiền vào ngân sách nhà nước (Mẫu C1-02/NS, được lập tự động khi thanh toán trực tuyến)||giay-nop-tien-vao-ngan-sach-c1-02-ns.docx"],
  "Biên lai thu tiền phạt điện tử; giấy tờ bị tạm giữ được trả qua dịch vụ bưu chính công ích nếu người nộp phạt đăng ký",
  "nộp phạt giao thông; nộp phạt nguội; phạt vi phạm giao thông; nộp phạt trực tuyến; lấy lại bằng lái bị tạm giữ", None,
  launch=True, kind="payment", eresult=True,
  comp="Người có thẩm quyền ra quyết định xử phạt vi phạm hành chính (Cảnh sát giao thông)",
  recv="Kho bạc Nhà nước, ngân hàng thương mại nơi Kho bạc Nhà nước mở tài khoản hoặc Cổng Dịch vụ công quốc gia",
  lookup="số quyết định xử phạt vi phạm hành chính và biển số phương tiện",
  direct_desc="Nộp trực tiếp tại Kho bạc Nhà nước hoặc ngân hàng thương mại nơi Kho bạc Nhà nước mở tài khoản được ghi trong quyết định xử phạt.",
  legal=["Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và đường sắt"],
  fields=[F("decision_number", "Số quyết định xử phạt", "Penalty decision number"),
          F("decision_date", "Ngày ra quyết định", "Decision date", "date"),
          F("plate_number", "Biển số phương tiện", "Vehicle plate number", required=False),
          F("amount", "Số tiền phạt (đồng)", "Fine amount (VND)", "number"),
          F("return_documents", "Hình thức nhận lại giấy tờ bị tạm giữ", "How to receive seized documents", "select",
            options=["Không có giấy tờ bị tạm giữ", "Nhận trực tiếp tại nơi tạm giữ", "Nhận qua dịch vụ bưu chính công ích"])],
  faqs=[("Nộp phạt trực tuyến xong thì lấy lại giấy phép lái xe bị tạm giữ như thế nào?",
         "Khi nộp phạt trực tuyến, bạn có thể đăng ký nhận lại giấy tờ bị tạm giữ qua dịch vụ bưu chính công ích; cơ quan Cảnh sát giao thông sẽ chuyển giấy tờ đến địa chỉ bạn đăng ký và bạn thanh toán cước bưu chính."),
        ("Thời hạn nộp tiền phạt là bao lâu?",
         "Trong thời hạn 10 ngày kể từ ngày nhận quyết định xử phạt; quá thời hạn sẽ bị cưỡng chế thi hành và mỗi ngày chậm nộp phải nộp thêm 0,05% trên tổng số tiền phạt chưa nộp.")])

P("XLVP", "T", 1, "Giải quyết đề nghị hoãn thi hành quyết định phạt tiền", "Handling requests to postpone execution of fine decisions", 3, 0, "Không",
  ["Đơn đề nghị hoãn thi hành quyết định phạt tiền theo mẫu, có xác nhận của Ủy ban nhân dân cấp xã nơi cư trú hoặc cơ quan, tổ chức nơi làm việc về hoàn cảnh kinh tế đặc biệt khó khăn",
   "Bản sao quyết định xử phạt vi phạm hành chính"],
  "Quyết định hoãn thi hành quyết định phạt tiền",
  "hoãn nộp phạt; khó khăn kinh tế nộp phạt", None, app="c",
  cond="Cá nhân bị phạt tiền từ 2.000.000 đồng trở lên, đang gặp khó khăn đặc biệt, đột xuất về kinh tế do thiên tai, thảm họa, hỏa hoạn, dịch bệnh, bệnh hiểm nghèo, tai nạn.")

P("XLVP", "T", 1, "Giải quyết đề nghị nộp tiền phạt nhiều lần", "Handling requests to pay fines in instalments", 5, 0, "Không",
  ["Đơn đề nghị nộp tiền phạt nhiều lần theo mẫu, có xác nhận của Ủy ban nhân dân cấp xã nơi cư trú hoặc cơ quan, tổ chức nơi làm việc",
   "Bản sao quyết định xử phạt vi phạm hành chính"],
  "Văn bản chấp thuận hoặc không chấp thuận việc nộp tiền phạt nhiều lần",
  "nộp phạt nhiều lần; trả góp tiền phạt", None,
  cond="Bị phạt tiền từ 20.000.000 đồng trở lên đối với cá nhân, 200.000.000 đồng trở lên đối với tổ chức và có hoàn cảnh kinh tế đặc biệt khó khăn.")

P("XLVP", "T", 1, "Giải quyết đề nghị giảm, miễn tiền phạt vi phạm hành chính", "Handling requests for reduction or exemption of administrative fines", 15, 0, "Không",
  ["Đơn đề nghị giảm, miễn tiền phạt theo mẫu, có xác nhận của Ủy ban nhân dân cấp xã nơi cư trú về hoàn cảnh khó khăn",
   "Bản sao quyết định xử phạt vi phạm hành chính"],
  "Quyết định giảm, miễn phần còn lại hoặc toàn bộ tiền phạt",
  "miễn tiền phạt; giảm tiền phạt", None,
  legal=["Thông tư số 19/2016/TT-BCA ngày 25/4/2016 của Bộ trưởng Bộ Công an hướng dẫn một số điều của Luật Xử lý vi phạm hành chính"])

# ----------------------------------------------------------------- CƯ TRÚ --
CT_FEE = "Lệ phí: 15.000 đồng/lần đăng ký tại các quận của thành phố trực thuộc trung ương, phường nội thành của thành phố thuộc tỉnh; các khu vực khác theo mức do Hội đồng nhân dân cấp tỉnh quy định"
P("CUTRU", "H", 2, "Đăng ký thường trú", "Permanent residence registration", 15, 15000, CT_FEE,
  ["Phiếu báo thay đổi hộ khẩu, nhân khẩu (Mẫu HK02)||phieu-bao-thay-doi-ho-khau-nhan-khau-hk02.docx",
   "Bản khai nhân khẩu (Mẫu HK01, đối với trường hợp phải khai)||ban-khai-nhan-khau-hk01.docx",
   "Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp (Giấy chứng nhận quyền sở hữu nhà ở, hợp đồng thuê, mượn, ở nhờ có công chứng hoặc chứng thực)",
   "Giấy chuyển hộ khẩu (trường hợp chuyển đi ngoài phạm vi xã, thị trấn của huyện thuộc tỉnh hoặc ngoài phạm vi tỉnh)",
   "Sổ hộ khẩu của hộ nơi chuyển đến (trường hợp nhập vào hộ đã có)"],
  "Sổ hộ khẩu (cấp mới hoặc đã bổ sung nhân khẩu)",
  "đăng ký thường trú; nhập hộ khẩu; chuyển hộ khẩu; hộ khẩu thường trú", None,
  cond="Công dân có chỗ ở hợp pháp; đối với thành phố trực thuộc trung ương phải đáp ứng thêm điều kiện về thời gian tạm trú theo Luật Cư trú.",
  faqs=[("Đăng ký thường trú vào nhà thuê cần điều kiện gì?",
         "Cần có hợp đồng thuê nhà có công chứng hoặc chứng thực, được chủ nhà đồng ý cho đăng ký thường trú bằng văn bản; riêng tại thành phố trực thuộc trung ương phải đáp ứng điều kiện diện tích bình quân và thời gian tạm trú theo quy định.")])

P("CUTRU", "X", 3, "Đăng ký tạm trú", "Temporary residence registration", 3, 15000, CT_FEE,
  ["Phiếu báo thay đổi hộ khẩu, nhân khẩu (Mẫu HK02)||phieu-bao-thay-doi-ho-khau-nhan-khau-hk02.docx",
   "Bản khai nhân khẩu (Mẫu HK01, đối với trường hợp phải khai)||ban-khai-nhan-khau-hk01.docx",
   "Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp; trường hợp thuê, mượn, ở nhờ phải được chủ nhà đồng ý bằng văn bản",
   ID_SHOW],
  "Sổ tạm trú",
  "đăng ký tạm trú; sổ tạm trú; KT3; tạm trú nhà trọ", None,
  faqs=[("Sinh viên thuê trọ có phải đăng ký tạm trú không?",
         "Có. Công dân đến sinh sống, học tập, làm việc tại xã, phường, thị trấn ngoài nơi đăng ký thường trú từ 30 ngày trở lên phải đăng ký tạm trú tại Công an cấp xã.")])

P("CUTRU", "X", 3, "Gia hạn tạm trú", "Extension of temporary residence", 1, 0, "Không",
  ["Phiếu báo thay đổi hộ khẩu, nhân khẩu (Mẫu HK02)||phieu-bao-thay-doi-ho-khau-nhan-khau-hk02.docx",
   "Sổ tạm trú đã được cấp"],
  "Sổ tạm trú đã được gia hạn",
  "gia hạn tạm trú; hết hạn tạm trú", None)

P("CUTRU", "X", 4, "Thông báo lưu trú", "Notification of stay", 1, 0, "Không",
  ["Thông tin người lưu trú (họ tên, số giấy tờ tùy thân, lý do lưu trú, thời gian lưu trú) khai trực tuyến, qua điện thoại hoặc sổ tiếp nhận lưu trú",
   "Phiếu khai báo lưu trú theo mẫu (trường hợp thông báo bằng văn bản)||phieu-khai-bao-luu-tru.docx"],
  "Thông tin lưu trú được ghi vào sổ tiếp nhận lưu trú hoặc hệ thống quản lý cư trú",
  "thông báo lưu trú; khai báo lưu trú; khách ở qua đêm; nhà nghỉ khai báo", None,
  app="ce", eresult=True,
  fields=[F("guest_name", "Họ và tên người lưu trú", "Guest's full name"),
          F("guest_id", "Số giấy tờ tùy thân của người lưu trú", "Guest's ID number"),
          F("stay_address", "Địa chỉ nơi lưu trú", "Address of stay", prefill="address"),
          F("stay_from", "Lưu trú từ ngày", "Stay from", "date"),
          F("stay_to", "Lưu trú đến ngày", "Stay until", "date")],
  cond="Thông báo trước 23 giờ; trường hợp người đến lưu trú sau 23 giờ thì thông báo trước 08 giờ sáng ngày hôm sau.")

P("CUTRU", "X", 4, "Khai báo tạm vắng", "Declaration of temporary absence", 1, 0, "Không",
  ["Phiếu khai báo tạm vắng (Mẫu CT03)||phieu-khai-bao-tam-vang-ct03.docx",
   ID_SHOW],
  "Phiếu khai báo tạm vắng có xác nhận của Công an cấp xã",
  "khai báo tạm vắng; tạm vắng; vắng mặt nơi cư trú", None,
  cond="Áp dụng đối với bị can, bị cáo đang tại ngoại, người bị án treo, người đang chấp hành biện pháp giáo dục tại xã, người trong độ tuổi nghĩa vụ quân sự đi khỏi huyện từ 03 tháng trở lên.")

P("CUTRU", "H", 2, "Tách sổ hộ khẩu", "Separation of household registration books", 7, 10000,
  "Lệ phí: 10.000 đồng/lần (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Phiếu báo thay đổi hộ khẩu, nhân khẩu (Mẫu HK02)||phieu-bao-thay-doi-ho-khau-nhan-khau-hk02.docx",
   "Sổ hộ khẩu",
   "Ý kiến đồng ý bằng văn bản của chủ hộ (trường hợp tách sổ hộ khẩu cùng chỗ ở hợp pháp)"],
  "Sổ hộ khẩu mới",
  "tách hộ khẩu; tách sổ hộ khẩu; tách hộ", None)

P("CUTRU", "H", 2, "Cấp đổi sổ hộ khẩu", "Exchange of household registration books", 3, 8000,
  "Lệ phí: 8.000 đồng/lần (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Phiếu báo thay đổi hộ khẩu, nhân khẩu (Mẫu HK02)||phieu-bao-thay-doi-ho-khau-nhan-khau-hk02.docx",
   "Sổ hộ khẩu bị hư hỏng hoặc cần đổi theo địa giới hành chính mới"],
  "Sổ hộ khẩu (cấp đổi)",
  "đổi sổ hộ khẩu; sổ hộ khẩu rách", None)

P("CUTRU", "H", 2, "Cấp lại sổ hộ khẩu", "Reissuance of lost household registration books", 5, 8000,
  "Lệ phí: 8.000 đồng/lần (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Phiếu báo thay đổi hộ khẩu, nhân khẩu (Mẫu HK02)||phieu-bao-thay-doi-ho-khau-nhan-khau-hk02.docx",
   "Đơn trình báo mất sổ hộ khẩu có xác nhận của Công an cấp xã||"],
  "Sổ hộ khẩu (cấp lại)",
  "mất sổ hộ khẩu; cấp lại hộ khẩu", None)

P("CUTRU", "H", 1, "Xóa đăng ký thường trú", "Deregistration of permanent residence", 3, 0, "Không",
  ["Phiếu báo thay đổi hộ khẩu, nhân khẩu (Mẫu HK02)||phieu-bao-thay-doi-ho-khau-nhan-khau-hk02.docx",
   "Sổ hộ khẩu",
   "Giấy tờ chứng minh thuộc trường hợp xóa đăng ký thường trú (trích lục khai tử, quyết định tuyển dụng vào Công an, Quân đội…)"],
  "Sổ hộ khẩu đã được điều chỉnh",
  "xóa hộ khẩu; xóa thường trú; cắt khẩu người chết", "death residence")

P("CUTRU", "H", 1, "Xác nhận việc trước đây đã đăng ký thường trú", "Confirmation of previous permanent residence registration", 5, 0, "Không",
  ["Phiếu báo thay đổi hộ khẩu, nhân khẩu (Mẫu HK02)||phieu-bao-thay-doi-ho-khau-nhan-khau-hk02.docx",
   ID_SHOW],
  "Giấy xác nhận việc trước đây đã đăng ký thường trú",
  "xác nhận thường trú cũ; chứng minh nơi ở trước đây", None)

CCCD_LEGAL = ["Luật Căn cước công dân số 59/2014/QH13 ngày 20/11/2014",
              "Nghị định số 137/2015/NĐ-CP ngày 31/12/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước công dân",
              "Thông tư số 07/2016/TT-BCA ngày 01/02/2016 của Bộ trưởng Bộ Công an quy định chi tiết một số điều của Luật Căn cước công dân và Nghị định số 137/2015/NĐ-CP",
              "Thông tư số 59/2019/TT-BTC ngày 30/8/2019 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí cấp Căn cước công dân"]
CCCD_IMPL = "Đội Cảnh sát quản lý hành chính về trật tự xã hội Công an cấp huyện"
P("CUTRU", "H", 2, "Cấp thẻ Căn cước công dân", "Issuance of citizen identity cards", 7, 30000,
  "Lệ phí: 30.000 đồng/thẻ đối với công dân chuyển từ Chứng minh nhân dân 9 số, 12 số sang thẻ Căn cước công dân; cấp lần đầu cho công dân đủ 14 tuổi không thu lệ phí",
  ["Tờ khai Căn cước công dân (Mẫu CC01)||to-khai-can-cuoc-cong-dan-cc01.docx",
   "Sổ hộ khẩu – xuất trình bản chính",
   "Chứng minh nhân dân cũ (trường hợp chuyển từ Chứng minh nhân dân sang thẻ Căn cước công dân)"],
  "Thẻ Căn cước công dân",
  "căn cước công dân; làm CCCD; CCCD gắn chip; đổi CMND sang CCCD; chứng minh nhân dân; CMND", None,
  impl=CCCD_IMPL, comp="Cục Cảnh sát quản lý hành chính về trật tự xã hội - Bộ Công an", legal_only=CCCD_LEGAL,
  post=False,
  faqs=[("Làm thẻ Căn cước công dân mất bao lâu?",
         "Không quá 07 ngày làm việc đối với trường hợp cấp mới, đổi thẻ tại thành phố, thị xã; không quá 15 ngày làm việc tại các huyện miền núi vùng cao, biên giới, hải đảo và 20 ngày làm việc đối với các khu vực còn lại.")])

P("CUTRU", "H", 2, "Đổi thẻ Căn cước công dân", "Exchange of citizen identity cards", 7, 50000,
  "Lệ phí: 50.000 đồng/thẻ; miễn lệ phí khi đổi thẻ theo độ tuổi hoặc do sai sót của cơ quan cấp",
  ["Tờ khai Căn cước công dân (Mẫu CC01)||to-khai-can-cuoc-cong-dan-cc01.docx",
   "Thẻ Căn cước công dân cũ",
   "Giấy tờ hợp pháp chứng minh nội dung thay đổi thông tin nhân thân (nếu có)"],
  "Thẻ Căn cước công dân (đổi)",
  "đổi CCCD; đổi căn cước; CCCD hết hạn; thay đổi thông tin CCCD", None,
  impl=CCCD_IMPL, comp="Cục Cảnh sát quản lý hành chính về trật tự xã hội - Bộ Công an", legal_only=CCCD_LEGAL,
  post=False)

P("CUTRU", "H", 2, "Cấp lại thẻ Căn cước công dân", "Reissuance of lost citizen identity cards", 7, 70000,
  "Lệ phí: 70.000 đồng/thẻ",
  ["Tờ khai Căn cước công dân (Mẫu CC01)||to-khai-can-cuoc-cong-dan-cc01.docx",
   "Sổ hộ khẩu – xuất trình bản chính"],
  "Thẻ Căn cước công dân (cấp lại)",
  "mất CCCD; mất căn cước; cấp lại căn cước công dân", None,
  impl=CCCD_IMPL, comp="Cục Cảnh sát quản lý hành chính về trật tự xã hội - Bộ Công an", legal_only=CCCD_LEGAL,
  post=False)

P("CUTRU", "H", 4, "Xác nhận số Chứng minh nhân dân khi đã được cấp thẻ Căn cước công dân", "Confirmation of former ID card number after issuance of a citizen identity card", 7, 0, "Không",
  ["Tờ khai Căn cước công dân (Mẫu CC01)||to-khai-can-cuoc-cong-dan-cc01.docx",
   "Bản sao Chứng minh nhân dân cũ (nếu có)",
   "Thẻ Căn cước công dân – xuất trình bản chính"],
  "Giấy xác nhận số Chứng minh nhân dân",
  "xác nhận số CMND; xác nhận CMND cũ; giấy xác nhận hai số chứng minh", None,
  impl=CCCD_IMPL, comp=CCCD_IMPL, legal_only=CCCD_LEGAL,
  fields=[F("old_id_number", "Số Chứng minh nhân dân cũ", "Former ID card number"),
          F("old_id_issue_date", "Ngày cấp Chứng minh nhân dân cũ", "Issue date of former ID card", "date"),
          F("purpose", "Mục đích sử dụng giấy xác nhận", "Purpose of the confirmation"),
          RECEIVE],
  faqs=[("Vì sao cần giấy xác nhận số Chứng minh nhân dân?",
         "Khi chuyển sang thẻ Căn cước công dân, số định danh thay đổi; giấy xác nhận dùng để chứng minh hai số là của cùng một người khi giao dịch ngân hàng, đất đai, hợp đồng đã ký bằng số Chứng minh nhân dân cũ.")])

# --------------------------------------------------------------- XUẤT NHẬP CẢNH --
P("XNC", "T", 3, "Cấp hộ chiếu phổ thông ở trong nước", "Issuance of ordinary passports in Vietnam", 8, 200000,
  "Lệ phí: 200.000 đồng/hộ chiếu cấp mới; cấp lại do bị hỏng hoặc bị mất: 400.000 đồng",
  ["Tờ khai đề nghị cấp hộ chiếu phổ thông (Mẫu X01)||to-khai-de-nghi-cap-ho-chieu-x01.docx",
   "02 ảnh mới chụp cỡ 4x6 cm, mặt nhìn thẳng, đầu để trần, phông nền màu trắng",
   "Giấy chứng minh nhân dân hoặc thẻ Căn cước công dân còn giá trị – xuất trình bản chính",
   "Bản sao Giấy khai sinh (đối với trẻ em dưới 14 tuổi)"],
  "Hộ chiếu phổ thông",
  "làm hộ chiếu; passport; cấp hộ chiếu; hộ chiếu phổ thông; xin hộ chiếu", None,
  fields=[DOB,
          F("gender", "Giới tính", "Gender", "select", options=["Nam", "Nữ"]),
          F("birth_place", "Nơi sinh (tỉnh, thành phố)", "Place of birth (province)"),
          F("permanent_address", "Địa chỉ thường trú", "Permanent address", prefill="address"),
          F("old_passport", "Số hộ chiếu đã được cấp gần nhất (nếu có)", "Most recent passport number (if any)", required=False),
          F("request_type", "Nội dung đề nghị", "Request type", "select",
            options=["Cấp hộ chiếu lần đầu", "Cấp hộ chiếu do hết hạn", "Cấp hộ chiếu có gắn con trẻ dưới 09 tuổi"]),
          RECEIVE],
  faqs=[("Làm hộ chiếu trực tuyến có phải đến cơ quan xuất nhập cảnh không?",
         "Có. Sau khi khai tờ khai trực tuyến, bạn đến Phòng Quản lý xuất nhập cảnh theo lịch hẹn để chụp ảnh, lấy vân tay và xuất trình giấy tờ; có thể đăng ký nhận hộ chiếu qua bưu điện."),
        ("Hộ chiếu phổ thông có thời hạn bao lâu?",
         "Hộ chiếu phổ thông cấp cho người từ 14 tuổi trở lên có thời hạn 10 năm; cấp cho trẻ em dưới 14 tuổi có thời hạn 05 năm và không được gia hạn.")])

P("XNC", "T", 3, "Cấp lại hộ chiếu phổ thông do bị mất hoặc bị hỏng", "Reissuance of lost or damaged ordinary passports", 8, 400000,
  "Lệ phí: 400.000 đồng/hộ chiếu",
  ["Tờ khai đề nghị cấp hộ chiếu phổ thông (Mẫu X01)||to-khai-de-nghi-cap-ho-chieu-x01.docx",
   "02 ảnh mới chụp cỡ 4x6 cm, phông nền màu trắng",
   "Đơn trình báo mất hộ chiếu có xác nhận của cơ quan Công an nơi trình báo hoặc hộ chiếu bị hỏng",
   "Giấy chứng minh nhân dân hoặc thẻ Căn cước công dân còn giá trị – xuất trình bản chính"],
  "Hộ chiếu phổ thông (cấp lại)",
  "mất hộ chiếu; hỏng hộ chiếu; làm lại hộ chiếu", None)

P("XNC", "TW", 2, "Cấp hộ chiếu phổ thông tại Cục Quản lý xuất nhập cảnh", "Issuance of ordinary passports at the Immigration Department", 8, 200000,
  "Lệ phí: 200.000 đồng/hộ chiếu cấp mới",
  ["Tờ khai đề nghị cấp hộ chiếu phổ thông (Mẫu X01)||to-khai-de-nghi-cap-ho-chieu-x01.docx",
   "02 ảnh mới chụp cỡ 4x6 cm, phông nền màu trắng",
   "Giấy chứng minh nhân dân hoặc thẻ Căn cước công dân còn giá trị – xuất trình bản chính",
   "Giấy tờ chứng minh lý do cấp bách hoặc trường hợp đặc biệt (nếu có)"],
  "Hộ chiếu phổ thông",
  "hộ chiếu tại Cục Quản lý xuất nhập cảnh; hộ chiếu gấp", None,
  cond="Áp dụng đối với người có giấy tờ chứng minh việc cần cấp hộ chiếu để đi nước ngoài vì lý do cấp thiết như cấp cứu, thăm người thân bị ốm nặng hoặc dự tang lễ.")

P("XNC", "T", 4, "Trình báo mất hộ chiếu phổ thông", "Reporting the loss of ordinary passports", 1, 0, "Không",
  ["Đơn trình báo mất hộ chiếu phổ thông theo mẫu",
   ID_SHOW],
  "Xác nhận tiếp nhận đơn trình báo và thông báo hủy giá trị hộ chiếu bị mất",
  "mất hộ chiếu; trình báo mất passport; hủy hộ chiếu", None,
  fields=[F("passport_number", "Số hộ chiếu bị mất", "Lost passport number"),
          F("loss_date", "Ngày phát hiện bị mất", "Date of loss", "date"),
          F("loss_place", "Nơi bị mất", "Place of loss"),
          F("circumstances", "Hoàn cảnh bị mất", "Circumstances", "textarea")])

P("XNC", "T", 4, "Khai báo tạm trú cho người nước ngoài tại Việt Nam qua Trang thông tin điện tử", "Online temporary residence declaration for foreigners staying in Vietnam", 1, 0, "Không",
  ["Phiếu khai báo tạm trú cho người nước ngoài (Mẫu NA17)||phieu-khai-bao-tam-tru-nguoi-nuoc-ngoai-na17.docx",
   "Thông tin khai báo tạm trú của người nước ngoài (họ tên, quốc tịch, số hộ chiếu, thời gian tạm trú) khai trực tuyến"],
  "Xác nhận khai báo tạm trú trên hệ thống",
  "khai báo tạm trú người nước ngoài; khách nước ngoài lưu trú; khách sạn khai báo", "travel_abroad business_operation",
  app="e", eresult=True,
  legal=["Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam số 47/2014/QH13 ngày 16/6/2014",
         "Thông tư số 53/2016/TT-BCA ngày 28/12/2016 của Bộ trưởng Bộ Công an quy định cách thức thực hiện khai báo, tiếp nhận thông tin tạm trú của người nước ngoài tại Việt Nam"],
  legal_only=True,
  fields=[F("establishment_name", "Tên cơ sở lưu trú", "Accommodation establishment name"),
          F("guest_name", "Họ và tên khách", "Guest's full name"),
          F("guest_nationality", "Quốc tịch", "Nationality"),
          F("guest_passport", "Số hộ chiếu", "Passport number"),
          F("stay_from", "Ngày đến", "Arrival date", "date"),
          F("stay_to", "Ngày dự kiến đi", "Expected departure date", "date")])

P("XNC", "T", 2, "Cấp giấy thông hành biên giới Việt Nam - Lào cho công dân Việt Nam", "Issuance of Vietnam - Laos border passes to Vietnamese citizens", 5, 50000,
  "Lệ phí: 50.000 đồng/giấy thông hành",
  ["Tờ khai đề nghị cấp giấy thông hành biên giới theo mẫu",
   "02 ảnh mới chụp cỡ 4x6 cm, phông nền màu trắng",
   "Giấy chứng minh nhân dân hoặc thẻ Căn cước công dân – xuất trình bản chính"],
  "Giấy thông hành biên giới Việt Nam - Lào",
  "giấy thông hành Lào; qua biên giới Lào; thông hành biên giới", None)

# ------------------------------------------------------------ BẢO HIỂM Y TẾ --
TK1 = "Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (Mẫu TK1-TS)||mau-tk1-ts.docx"
P("BHYT", "H", 4, "Cấp lại thẻ bảo hiểm y tế do bị mất, hỏng", "Reissuance of lost or damaged health insurance cards", 7, 0, "Không",
  [TK1, "Thẻ bảo hiểm y tế bị hỏng (trường hợp thẻ bị hỏng, rách nát)"],
  "Thẻ bảo hiểm y tế (cấp lại)",
  "cấp lại thẻ BHYT; mất thẻ bảo hiểm y tế; thẻ BHYT bị hỏng; làm lại thẻ bảo hiểm y tế", "health",
  launch=True,
  fields=[SI_CODE,
          F("card_number", "Số thẻ bảo hiểm y tế (nếu nhớ)", "Health insurance card number (if known)", required=False),
          F("reason", "Lý do cấp lại", "Reason for reissuance", "select", options=["Thẻ bị mất", "Thẻ bị hỏng, rách nát"]),
          F("hospital", "Nơi đăng ký khám bệnh, chữa bệnh ban đầu", "Registered primary health-care facility"),
          F("delivery_address", "Địa chỉ nhận thẻ", "Card delivery address", prefill="address"),
          RECEIVE],
  faqs=[("Trong thời gian chờ cấp lại thẻ, tôi có được khám chữa bệnh bảo hiểm y tế không?",
         "Có. Trong thời gian chờ cấp lại thẻ, người tham gia vẫn được hưởng quyền lợi bảo hiểm y tế; có thể dùng ứng dụng hoặc xuất trình giấy tờ tùy thân có ảnh để cơ sở khám bệnh, chữa bệnh tra cứu thông tin thẻ."),
        ("Cấp lại thẻ bảo hiểm y tế có mất phí không?",
         "Không. Cơ quan bảo hiểm xã hội cấp lại thẻ miễn phí trong thời hạn 07 ngày làm việc; nếu chọn nhận qua bưu điện thì thanh toán cước bưu chính."),
        ("Tôi không nhớ mã số bảo hiểm xã hội thì làm thế nào?",
         "Bạn có thể tra cứu mã số bảo hiểm xã hội trên Cổng thông tin điện tử của Bảo hiểm xã hội Việt Nam bằng họ tên, ngày sinh và tỉnh, thành phố nơi tham gia, hoặc liên hệ tổng đài 1900 9068.")])

P("BHYT", "H", 4, "Cấp đổi thẻ bảo hiểm y tế do thay đổi thông tin", "Exchange of health insurance cards due to changes of information", 3, 0, "Không",
  [TK1, "Giấy tờ chứng minh thông tin thay đổi (giấy khai sinh, thẻ căn cước công dân…)", "Thẻ bảo hiểm y tế đang sử dụng"],
  "Thẻ bảo hiểm y tế (cấp đổi)",
  "đổi thẻ BHYT; sai thông tin thẻ bảo hiểm y tế; đổi nơi khám ban đầu", "health residence",
  faqs=[("Tôi muốn đổi nơi đăng ký khám bệnh, chữa bệnh ban đầu thì làm khi nào?",
         "Người tham gia được thay đổi nơi đăng ký khám bệnh, chữa bệnh ban đầu vào đầu mỗi quý (trong 15 ngày đầu của tháng đầu mỗi quý).")])

P("BHYT", "H", 3, "Đăng ký, đóng, cấp thẻ bảo hiểm y tế đối với người chỉ tham gia bảo hiểm y tế", "Registration, contribution and card issuance for persons participating only in health insurance", 5, 0,
  "Không thu phí; mức đóng theo đối tượng tham gia quy định tại Luật Bảo hiểm y tế",
  [TK1, "Danh sách người chỉ tham gia bảo hiểm y tế (do đơn vị lập)", "Giấy tờ chứng minh thuộc đối tượng được ngân sách nhà nước đóng hoặc hỗ trợ mức đóng (nếu có)"],
  "Thẻ bảo hiểm y tế",
  "tham gia BHYT; mua bảo hiểm y tế; thẻ BHYT học sinh sinh viên", "health education",
  app="ce")

P("BHYT", "H", 4, "Đăng ký, đóng bảo hiểm y tế theo hộ gia đình và cấp thẻ bảo hiểm y tế", "Household health insurance registration, contribution and card issuance", 5, 0,
  "Không thu phí; mức đóng: người thứ nhất bằng 4,5% mức lương cơ sở; người thứ hai, thứ ba, thứ tư đóng lần lượt bằng 70%, 60%, 50% mức đóng của người thứ nhất; từ người thứ năm trở đi bằng 40% mức đóng của người thứ nhất",
  [TK1, "Tờ khai cung cấp thông tin hộ gia đình tham gia bảo hiểm y tế (Mẫu DK01)||mau-dk01.docx"],
  "Thẻ bảo hiểm y tế của các thành viên hộ gia đình",
  "BHYT hộ gia đình; mua bảo hiểm y tế hộ gia đình; đóng BHYT trực tuyến", "health",
  fields=[F("household_head", "Họ và tên chủ hộ", "Head of household"),
          F("members", "Số thành viên tham gia", "Number of participating members", "number"),
          F("period", "Thời gian đóng", "Contribution period", "select", options=["03 tháng", "06 tháng", "12 tháng"]),
          F("hospital", "Nơi đăng ký khám bệnh, chữa bệnh ban đầu", "Registered primary health-care facility"),
          RECEIVE])

P("BHYT", "H", 4, "Gia hạn thẻ bảo hiểm y tế theo hộ gia đình", "Renewal of household health insurance cards", 1, 0,
  "Không thu phí; số tiền đóng theo mức đóng bảo hiểm y tế hộ gia đình hiện hành",
  ["Thông tin mã số bảo hiểm xã hội của các thành viên cần gia hạn (khai trực tuyến)",
   "Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (Mẫu TK1-TS, chỉ nộp khi có thay đổi thông tin)||mau-tk1-ts.docx"],
  "Thẻ bảo hiểm y tế được gia hạn giá trị sử dụng; biên lai thu tiền điện tử",
  "gia hạn BHYT; gia hạn thẻ bảo hiểm y tế; đóng tiếp BHYT hộ gia đình", "health",
  kind="payment", lookup="mã số bảo hiểm xã hội của người tham gia", eresult=True,
  direct_desc="Nộp trực tiếp tại đại lý thu bảo hiểm y tế hoặc cơ quan bảo hiểm xã hội cấp huyện.",
  fields=[SI_CODE,
          F("members", "Số thành viên gia hạn", "Number of members to renew", "number"),
          F("period", "Thời gian gia hạn", "Renewal period", "select", options=["03 tháng", "06 tháng", "12 tháng"]),
          F("amount", "Số tiền phải đóng (đồng)", "Amount due (VND)", "number")])

P("BHYT", "H", 4, "Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", "Issuance of health insurance cards for children under 6", 5, 0, "Không",
  [TK1, "Bản sao Giấy khai sinh hoặc Giấy chứng sinh của trẻ"],
  "Thẻ bảo hiểm y tế của trẻ em dưới 6 tuổi",
  "thẻ BHYT trẻ em; bảo hiểm y tế cho con; BHYT dưới 6 tuổi", "birth health")

P("BHYT", "H", 2, "Thanh toán trực tiếp chi phí khám bệnh, chữa bệnh bảo hiểm y tế", "Direct reimbursement of health insurance medical costs", 40, 0, "Không",
  ["Giấy đề nghị thanh toán trực tiếp chi phí khám bệnh, chữa bệnh bảo hiểm y tế theo mẫu",
   "Bản chụp thẻ bảo hiểm y tế và giấy tờ tùy thân có ảnh",
   "Bản chính hóa đơn, chứng từ thu tiền và bảng kê chi phí khám bệnh, chữa bệnh",
   "Bản sao giấy ra viện hoặc sổ khám bệnh"],
  "Tiền thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế",
  "thanh toán trực tiếp BHYT; hoàn tiền bảo hiểm y tế; khám trái tuyến", "health",
  faqs=[("Trường hợp nào được thanh toán trực tiếp chi phí khám chữa bệnh bảo hiểm y tế?",
         "Khi khám, chữa bệnh tại cơ sở chưa ký hợp đồng khám bệnh, chữa bệnh bảo hiểm y tế, cấp cứu, hoặc khi cơ sở chưa thanh toán đúng quyền lợi theo thẻ bảo hiểm y tế.")])

P("BHYT", "H", 3, "Cấp Giấy chứng nhận không cùng chi trả chi phí khám bệnh, chữa bệnh bảo hiểm y tế trong năm", "Certificate of exemption from co-payment of health insurance costs within the year", 1, 0, "Không",
  ["Giấy đề nghị cấp Giấy chứng nhận không cùng chi trả theo mẫu",
   "Bản chính hóa đơn, chứng từ thu tiền cùng chi trả của cơ sở khám bệnh, chữa bệnh trong năm",
   "Thẻ bảo hiểm y tế – xuất trình bản chính"],
  "Giấy chứng nhận không cùng chi trả trong năm",
  "miễn cùng chi trả; BHYT 5 năm liên tục; không cùng chi trả", "health",
  cond="Người tham gia bảo hiểm y tế 05 năm liên tục trở lên và có số tiền cùng chi trả chi phí khám bệnh, chữa bệnh trong năm lớn hơn 06 tháng lương cơ sở.")

# ----------------------------------------------------------- BẢO HIỂM XÃ HỘI --
P("BHXH", "H", 4, "Đăng ký đóng bảo hiểm xã hội bắt buộc, bảo hiểm y tế, bảo hiểm thất nghiệp; cấp sổ bảo hiểm xã hội, thẻ bảo hiểm y tế",
  "Registration of compulsory social, health and unemployment insurance; issuance of social insurance books and health insurance cards", 5, 0, "Không",
  ["Tờ khai đơn vị tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (Mẫu TK3-TS)||mau-tk3-ts.docx",
   "Danh sách lao động tham gia bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp (Mẫu D02-TS)||mau-d02-ts.docx",
   TK1,
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập (đối với đơn vị tham gia lần đầu)"],
  "Sổ bảo hiểm xã hội, thẻ bảo hiểm y tế của người lao động",
  "đóng BHXH cho nhân viên; tham gia bảo hiểm bắt buộc; BHTN; báo tăng lao động", "employment business_operation",
  app="e", eresult=False,
  fields=[ENT_NAME, TAX_CODE,
          F("unit_code", "Mã đơn vị bảo hiểm xã hội (nếu đã có)", "Social insurance unit code (if any)", required=False),
          F("worker_count", "Số lao động đăng ký", "Number of employees registered", "number"),
          F("start_month", "Tháng bắt đầu đóng", "First contribution month", "date"),
          EMAIL],
  faqs=[("Doanh nghiệp có bắt buộc nộp hồ sơ bảo hiểm xã hội điện tử không?",
         "Đơn vị sử dụng lao động nên thực hiện giao dịch điện tử với cơ quan bảo hiểm xã hội bằng chữ ký số để nộp hồ sơ, nhận kết quả nhanh chóng và không phải đến cơ quan bảo hiểm xã hội.")])

P("BHXH", "H", 4, "Đăng ký, đóng bảo hiểm xã hội tự nguyện", "Registration and contribution of voluntary social insurance", 5, 0,
  "Không thu phí; mức đóng hằng tháng bằng 22% mức thu nhập do người tham gia lựa chọn, Nhà nước hỗ trợ một phần đối với người thuộc hộ nghèo, hộ cận nghèo và đối tượng khác",
  [TK1],
  "Sổ bảo hiểm xã hội",
  "BHXH tự nguyện; đóng bảo hiểm xã hội tự nguyện; lương hưu cho lao động tự do", "employment retirement",
  legal=["Nghị định số 134/2015/NĐ-CP ngày 29/12/2015 của Chính phủ quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội tự nguyện"],
  fields=[SI_CODE,
          F("income", "Mức thu nhập làm căn cứ đóng (đồng/tháng)", "Monthly income used as contribution basis (VND)", "number"),
          F("method", "Phương thức đóng", "Contribution method", "select",
            options=["Hằng tháng", "03 tháng một lần", "06 tháng một lần", "12 tháng một lần", "Một lần cho nhiều năm về sau"]),
          RECEIVE],
  faqs=[("Ai được tham gia bảo hiểm xã hội tự nguyện?",
         "Công dân Việt Nam từ đủ 15 tuổi trở lên và không thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc."),
        ("Mức thu nhập tối thiểu để đóng bảo hiểm xã hội tự nguyện là bao nhiêu?",
         "Mức thu nhập làm căn cứ đóng thấp nhất bằng mức chuẩn hộ nghèo của khu vực nông thôn và cao nhất bằng 20 lần mức lương cơ sở.")])

P("BHXH", "H", 4, "Cấp lại sổ bảo hiểm xã hội do bị mất, hỏng", "Reissuance of lost or damaged social insurance books", 10, 0, "Không",
  [TK1, "Sổ bảo hiểm xã hội bị hỏng (trường hợp sổ bị hỏng)"],
  "Sổ bảo hiểm xã hội (cấp lại)",
  "mất sổ BHXH; cấp lại sổ bảo hiểm xã hội; sổ BHXH bị hỏng", "employment")

P("BHXH", "H", 4, "Điều chỉnh thông tin nhân thân trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế", "Correction of personal information on social insurance books and health insurance cards", 10, 0, "Không",
  [TK1, "Bản sao giấy tờ chứng minh thông tin điều chỉnh (giấy khai sinh, thẻ căn cước công dân, quyết định thay đổi hộ tịch)", "Sổ bảo hiểm xã hội"],
  "Sổ bảo hiểm xã hội, thẻ bảo hiểm y tế đã được điều chỉnh thông tin",
  "sửa thông tin sổ BHXH; sai ngày sinh sổ bảo hiểm; điều chỉnh nhân thân", "employment residence")

P("BHXH", "H", 3, "Giải quyết hưởng chế độ thai sản đối với người lao động thôi việc trước thời điểm sinh con, nhận con nuôi", "Maternity benefits for employees who left their job before giving birth or adopting", 5, 0, "Không",
  ["Đơn đề nghị hưởng chế độ thai sản theo mẫu",
   "Bản sao Giấy khai sinh hoặc Giấy chứng sinh của con",
   "Sổ bảo hiểm xã hội",
   "Bản sao giấy chứng nhận nuôi con nuôi (trường hợp nhận nuôi con nuôi dưới 06 tháng tuổi)"],
  "Quyết định hưởng chế độ thai sản và tiền trợ cấp thai sản",
  "thai sản; trợ cấp thai sản; chế độ sinh con; nghỉ việc trước khi sinh; BHXH thai sản", "birth employment",
  fields=[SI_CODE,
          F("child_dob", "Ngày sinh của con", "Child's date of birth", "date"),
          F("child_count", "Số con sinh trong một lần sinh", "Number of children born", "number"),
          F("bank_account", "Số tài khoản nhận tiền", "Bank account for payment", required=False),
          F("bank_name", "Ngân hàng nơi mở tài khoản", "Bank name", required=False)],
  faqs=[("Nghỉ việc trước khi sinh có được hưởng thai sản không?",
         "Có, nếu đã đóng bảo hiểm xã hội từ đủ 06 tháng trở lên trong thời gian 12 tháng trước khi sinh con. Người lao động tự nộp hồ sơ cho cơ quan bảo hiểm xã hội nơi cư trú.")])

P("BHXH", "H", 4, "Giải quyết hưởng chế độ ốm đau", "Sickness benefits", 6, 0, "Không",
  ["Danh sách người lao động đề nghị hưởng chế độ ốm đau do đơn vị sử dụng lao động lập theo mẫu",
   "Giấy chứng nhận nghỉ việc hưởng bảo hiểm xã hội hoặc bản sao giấy ra viện"],
  "Quyết định hưởng chế độ ốm đau và tiền trợ cấp",
  "ốm đau; nghỉ ốm hưởng BHXH; trợ cấp ốm đau; con ốm mẹ nghỉ", "health employment",
  app="e")

P("BHXH", "H", 3, "Giải quyết hưởng bảo hiểm xã hội một lần", "One-time social insurance benefit", 10, 0, "Không",
  ["Đơn đề nghị hưởng bảo hiểm xã hội một lần theo mẫu",
   "Sổ bảo hiểm xã hội",
   "Giấy tờ chứng minh thuộc trường hợp hưởng bảo hiểm xã hội một lần (hộ chiếu định cư, trích sao hồ sơ bệnh án… nếu có)"],
  "Quyết định hưởng trợ cấp bảo hiểm xã hội một lần và tiền trợ cấp",
  "rút BHXH một lần; lấy bảo hiểm xã hội một lần; BHXH 1 lần", "employment retirement",
  cond="Người lao động sau 01 năm nghỉ việc mà chưa đủ 20 năm đóng bảo hiểm xã hội và không tiếp tục đóng; ra nước ngoài để định cư; mắc bệnh nguy hiểm đến tính mạng hoặc đủ tuổi hưởng lương hưu nhưng chưa đủ 20 năm đóng.")

P("BHXH", "T", 2, "Giải quyết hưởng lương hưu đối với người lao động tham gia bảo hiểm xã hội bắt buộc", "Retirement pension for employees under compulsory social insurance", 20, 0, "Không",
  ["Đơn đề nghị hưởng lương hưu theo mẫu (đối với người đang bảo lưu thời gian đóng bảo hiểm xã hội)",
   "Sổ bảo hiểm xã hội",
   "Quyết định nghỉ việc hưởng chế độ hưu trí hoặc văn bản chấm dứt hợp đồng lao động",
   "Biên bản giám định mức suy giảm khả năng lao động (trường hợp nghỉ hưu do suy giảm khả năng lao động)"],
  "Quyết định hưởng lương hưu",
  "lương hưu; nghỉ hưu; hưu trí; chế độ hưu", "retirement",
  faqs=[("Cần đóng bảo hiểm xã hội bao nhiêu năm để được hưởng lương hưu?",
         "Người lao động cần có đủ 20 năm đóng bảo hiểm xã hội trở lên và đủ tuổi nghỉ hưu theo quy định để hưởng lương hưu hằng tháng.")])

P("BHXH", "H", 2, "Giải quyết hưởng trợ cấp mai táng, trợ cấp tuất", "Funeral allowance and survivorship benefits", 8, 0, "Không",
  ["Tờ khai của thân nhân đề nghị hưởng chế độ tử tuất theo mẫu",
   "Bản sao giấy chứng tử hoặc trích lục khai tử",
   "Sổ bảo hiểm xã hội của người chết (đối với người đang đóng hoặc bảo lưu)",
   "Biên bản giám định mức suy giảm khả năng lao động của thân nhân (nếu có)"],
  "Quyết định hưởng trợ cấp mai táng, trợ cấp tuất",
  "tử tuất; trợ cấp mai táng; tiền tuất; chế độ tử tuất", "death social_support")

P("BHXH", "T", 2, "Giải quyết hưởng trợ cấp tai nạn lao động, bệnh nghề nghiệp", "Occupational accident and disease benefits", 10, 0, "Không",
  ["Văn bản đề nghị giải quyết chế độ tai nạn lao động, bệnh nghề nghiệp của đơn vị sử dụng lao động theo mẫu",
   "Biên bản điều tra tai nạn lao động hoặc bản sao hồ sơ bệnh nghề nghiệp",
   "Giấy ra viện sau khi đã điều trị thương tật, bệnh tật",
   "Biên bản giám định mức suy giảm khả năng lao động của Hội đồng giám định y khoa"],
  "Quyết định hưởng trợ cấp tai nạn lao động, bệnh nghề nghiệp",
  "tai nạn lao động; bệnh nghề nghiệp; trợ cấp TNLĐ", "employment health",
  app="e",
  legal=["Luật An toàn, vệ sinh lao động số 84/2015/QH13 ngày 25/6/2015"])

P("BHXH", "H", 3, "Giải quyết hưởng trợ cấp dưỡng sức, phục hồi sức khỏe sau thai sản, ốm đau", "Convalescence allowance after maternity or sickness", 6, 0, "Không",
  ["Danh sách người lao động đề nghị hưởng trợ cấp dưỡng sức, phục hồi sức khỏe theo mẫu do đơn vị sử dụng lao động lập"],
  "Quyết định hưởng trợ cấp và tiền trợ cấp dưỡng sức, phục hồi sức khỏe",
  "dưỡng sức sau sinh; phục hồi sức khỏe; dưỡng sức sau ốm", "birth health",
  app="e")

P("BHXH", "H", 3, "Chuyển nơi hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng", "Transfer of the place of receiving pensions and monthly social insurance allowances", 5, 0, "Không",
  ["Đơn đề nghị chuyển nơi hưởng lương hưu, trợ cấp bảo hiểm xã hội theo mẫu"],
  "Giấy giới thiệu chuyển hồ sơ hưởng lương hưu, trợ cấp đến nơi mới",
  "chuyển nơi nhận lương hưu; chuyển hưu về tỉnh khác", "retirement residence")

P("BHXH", "TW", 4, "Đăng ký sử dụng phương thức giao dịch điện tử trong lĩnh vực bảo hiểm xã hội", "Registration for electronic transactions in social insurance", 1, 0, "Không",
  ["Tờ khai đăng ký sử dụng phương thức giao dịch điện tử trong lĩnh vực bảo hiểm xã hội theo mẫu",
   "Chứng thư số còn hiệu lực của đơn vị (khai báo trực tuyến)"],
  "Thông báo chấp nhận đăng ký giao dịch điện tử và tài khoản giao dịch",
  "giao dịch điện tử BHXH; kê khai BHXH điện tử; I-VAN bảo hiểm", "business_operation employment",
  app="e", eresult=True,
  impl="Bảo hiểm xã hội Việt Nam (Trung tâm Công nghệ thông tin)", comp="Bảo hiểm xã hội Việt Nam",
  recv="Cổng thông tin điện tử của Bảo hiểm xã hội Việt Nam",
  legal=["Luật Giao dịch điện tử số 51/2005/QH11 ngày 29/11/2005",
         "Nghị định số 166/2016/NĐ-CP ngày 24/12/2016 của Chính phủ quy định về giao dịch điện tử trong lĩnh vực bảo hiểm xã hội, bảo hiểm y tế và bảo hiểm thất nghiệp"])

# -------------------------------------------------------------------- THUẾ --
TAX_E_LEGAL = ["Thông tư số 110/2015/TT-BTC ngày 28/7/2015 của Bộ trưởng Bộ Tài chính hướng dẫn giao dịch điện tử trong lĩnh vực thuế",
               "Thông tư số 84/2016/TT-BTC ngày 17/6/2016 của Bộ trưởng Bộ Tài chính hướng dẫn thủ tục thu nộp ngân sách nhà nước đối với các khoản thuế và thu nội địa"]
TNCN_LEGAL = ["Luật Thuế thu nhập cá nhân số 04/2007/QH12 ngày 21/11/2007",
              "Luật số 26/2012/QH13 ngày 22/11/2012 sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân",
              "Thông tư số 111/2013/TT-BTC ngày 15/8/2013 của Bộ trưởng Bộ Tài chính hướng dẫn thực hiện Luật Thuế thu nhập cá nhân"]
REG_LEGAL = ["Thông tư số 95/2016/TT-BTC ngày 28/6/2016 của Bộ trưởng Bộ Tài chính hướng dẫn về đăng ký thuế"]
TAX_TYPES = ["Thuế giá trị gia tăng", "Thuế thu nhập doanh nghiệp", "Thuế thu nhập cá nhân", "Lệ phí môn bài",
             "Thuế tài nguyên", "Thuế tiêu thụ đặc biệt", "Tiền thuê đất", "Khoản thu khác"]

P("THUE", "TW", 4, "Nộp thuế điện tử đối với doanh nghiệp", "Electronic tax payment for enterprises", 1, 0,
  "Không thu phí; số thuế phải nộp theo tờ khai, thông báo của cơ quan thuế",
  ["Tờ khai đăng ký sử dụng dịch vụ nộp thuế điện tử (Mẫu 01/ĐK-NTĐT, chỉ nộp khi đăng ký lần đầu)||to-khai-dang-ky-nop-thue-dien-tu-01-dk-ntdt.docx",
   "Giấy nộp tiền vào ngân sách nhà nước điện tử (Mẫu C1-02/NS) có chữ ký số của người nộp thuế||giay-nop-tien-vao-ngan-sach-c1-02-ns.docx"],
  "Chứng từ nộp thuế điện tử có chữ ký số của ngân hàng và Thông báo xác nhận nộp thuế điện tử",
  "nộp thuế điện tử; nộp thuế online; giấy nộp tiền NSNN; nộp thuế doanh nghiệp; eTax; MST", "tax business_operation",
  launch=True, eresult=True,
  direct_desc="Nộp tiền trực tiếp tại Kho bạc Nhà nước hoặc ngân hàng thương mại được ủy nhiệm thu bằng Giấy nộp tiền vào ngân sách nhà nước.",
  legal=TAX_E_LEGAL,
  fields=[TAX_CODE, ENT_NAME,
          F("tax_type", "Loại thuế, khoản nộp", "Type of tax or payment", "select", options=TAX_TYPES),
          F("tax_period", "Kỳ thuế", "Tax period"),
          F("amount", "Số tiền nộp (đồng)", "Amount to pay (VND)", "number"),
          F("bank", "Ngân hàng trích nợ tài khoản", "Bank to debit")],
  steps=["Bước 1: Doanh nghiệp đăng ký sử dụng dịch vụ nộp thuế điện tử với cơ quan thuế và ngân hàng thương mại đã kết nối với Tổng cục Thuế (chỉ thực hiện một lần).",
         "Bước 2: Đăng nhập Cổng Dịch vụ công quốc gia hoặc Cổng thông tin điện tử của Tổng cục Thuế, lập Giấy nộp tiền vào ngân sách nhà nước điện tử và ký số.",
         "Bước 3: Ngân hàng kiểm tra số dư, trích nợ tài khoản của doanh nghiệp và chuyển tiền vào tài khoản thu ngân sách nhà nước tại Kho bạc Nhà nước.",
         "Bước 4: Doanh nghiệp nhận Thông báo xác nhận nộp thuế điện tử và chứng từ nộp thuế có chữ ký số của ngân hàng qua hộp thư điện tử đã đăng ký."],
  faqs=[("Nộp thuế điện tử có được sử dụng thay cho giấy nộp tiền bản giấy không?",
         "Có. Chứng từ nộp thuế điện tử có giá trị pháp lý như chứng từ giấy; doanh nghiệp không phải nộp bản giấy cho cơ quan thuế."),
        ("Doanh nghiệp có thể nộp thuế điện tử ngoài giờ hành chính không?",
         "Có. Dịch vụ hoạt động 24/7; giao dịch sau giờ ngân hàng khóa sổ được hạch toán vào ngày làm việc tiếp theo, ngày nộp thuế là ngày ngân hàng trích nợ thành công.")])

P("THUE", "T", 4, "Khai, nộp thuế thu nhập cá nhân đối với cá nhân có thu nhập từ tiền lương, tiền công trực tiếp khai thuế với cơ quan thuế",
  "Declaration and payment of personal income tax by individuals with salary income declaring directly to the tax authority", 1, 0,
  "Không thu phí; số thuế thu nhập cá nhân phải nộp theo Biểu thuế lũy tiến từng phần",
  ["Tờ khai thuế thu nhập cá nhân (Mẫu 02/KK-TNCN)||to-khai-thue-tncn-02-kk-tncn.docx",
   "Bản chụp chứng từ khấu trừ thuế hoặc chứng từ nộp thuế ở nước ngoài (nếu có)"],
  "Thông báo chấp nhận tờ khai thuế điện tử; chứng từ nộp thuế thu nhập cá nhân điện tử",
  "thuế TNCN; thuế thu nhập cá nhân; khai thuế cá nhân; nộp thuế TNCN online; MST cá nhân", "tax employment",
  launch=True, app="c", eresult=True,
  legal=TNCN_LEGAL + ["Thông tư số 92/2015/TT-BTC ngày 15/6/2015 của Bộ trưởng Bộ Tài chính hướng dẫn thực hiện thuế giá trị gia tăng và thuế thu nhập cá nhân đối với cá nhân cư trú có hoạt động kinh doanh"] + TAX_E_LEGAL[:1],
  fields=[F("tax_code", "Mã số thuế cá nhân", "Personal tax code"),
          F("income_source", "Nguồn thu nhập", "Source of income", "select",
            options=["Tiền lương, tiền công do tổ chức quốc tế, Đại sứ quán, Lãnh sự quán trả",
                     "Tiền lương, tiền công từ nước ngoài", "Tiền lương, tiền công từ tổ chức chưa khấu trừ thuế"]),
          F("tax_period", "Kỳ tính thuế", "Tax period", "select", options=["Quý", "Năm"]),
          F("taxable_income", "Tổng thu nhập chịu thuế (đồng)", "Total taxable income (VND)", "number"),
          F("tax_office", "Cơ quan thuế quản lý", "Managing tax office"),
          EMAIL],
  steps=["Bước 1: Cá nhân đăng nhập Cổng Dịch vụ công quốc gia hoặc Cổng thông tin điện tử của Tổng cục Thuế bằng tài khoản giao dịch thuế điện tử.",
         "Bước 2: Khai Tờ khai thuế thu nhập cá nhân theo mẫu, đính kèm chứng từ (nếu có) và gửi tờ khai cho cơ quan thuế quản lý.",
         "Bước 3: Cơ quan thuế tiếp nhận, kiểm tra và gửi Thông báo chấp nhận tờ khai thuế điện tử.",
         "Bước 4: Cá nhân lập giấy nộp tiền điện tử, thanh toán số thuế phải nộp qua ngân hàng hoặc trung gian thanh toán và nhận chứng từ nộp thuế điện tử."],
  faqs=[("Ai phải tự khai thuế thu nhập cá nhân với cơ quan thuế?",
         "Cá nhân cư trú nhận tiền lương, tiền công do tổ chức quốc tế, Đại sứ quán, Lãnh sự quán tại Việt Nam hoặc từ nước ngoài trả mà chưa được khấu trừ thuế phải khai thuế theo quý trực tiếp với cơ quan thuế."),
        ("Hạn nộp tờ khai thuế thu nhập cá nhân theo quý là khi nào?",
         "Chậm nhất là ngày thứ 30 của quý tiếp theo quý phát sinh nghĩa vụ thuế.")])

P("THUE", "T", 4, "Khai, nộp lệ phí môn bài", "Declaration and payment of licence fees (business licence tax)", 1, 0,
  "Không thu phí; mức lệ phí môn bài: doanh nghiệp có vốn điều lệ trên 10 tỷ đồng 3.000.000 đồng/năm, từ 10 tỷ đồng trở xuống 2.000.000 đồng/năm; chi nhánh, văn phòng đại diện, địa điểm kinh doanh 1.000.000 đồng/năm; hộ, cá nhân kinh doanh có doanh thu trên 500 triệu đồng/năm 1.000.000 đồng, từ 300 đến 500 triệu đồng 500.000 đồng, từ 100 đến 300 triệu đồng 300.000 đồng",
  ["Tờ khai lệ phí môn bài (Mẫu 01/MBAI)||to-khai-le-phi-mon-bai-01-mbai.docx",
   "Giấy nộp tiền vào ngân sách nhà nước (lập trực tuyến khi nộp lệ phí)"],
  "Thông báo chấp nhận tờ khai lệ phí môn bài; chứng từ nộp lệ phí môn bài điện tử",
  "lệ phí môn bài; thuế môn bài; nộp môn bài; môn bài doanh nghiệp mới", "tax start_business",
  launch=True, app="ce", eresult=True,
  legal=["Nghị định số 139/2016/NĐ-CP ngày 04/10/2016 của Chính phủ quy định về lệ phí môn bài",
         "Thông tư số 302/2016/TT-BTC ngày 15/11/2016 của Bộ trưởng Bộ Tài chính hướng dẫn về lệ phí môn bài"] + TAX_E_LEGAL,
  fields=[TAX_CODE, ENT_NAME,
          F("payer_type", "Đối tượng nộp", "Payer type", "select",
            options=["Doanh nghiệp có vốn điều lệ trên 10 tỷ đồng", "Doanh nghiệp có vốn điều lệ từ 10 tỷ đồng trở xuống",
                     "Chi nhánh, văn phòng đại diện, địa điểm kinh doanh", "Hộ, cá nhân kinh doanh"]),
          F("year", "Năm tính lệ phí", "Fee year", "number"),
          F("amount", "Số tiền lệ phí (đồng)", "Fee amount (VND)", "number")],
  steps=["Bước 1: Người nộp lệ phí đăng nhập Cổng Dịch vụ công quốc gia, khai Tờ khai lệ phí môn bài (doanh nghiệp mới thành lập khai chậm nhất là ngày cuối cùng của tháng bắt đầu hoạt động sản xuất, kinh doanh).",
         "Bước 2: Ký số và gửi tờ khai đến cơ quan thuế quản lý trực tiếp; nhận Thông báo chấp nhận tờ khai.",
         "Bước 3: Lập giấy nộp tiền điện tử và thanh toán lệ phí môn bài qua ngân hàng hoặc trung gian thanh toán (hạn nộp chậm nhất là ngày 30 tháng 01 hằng năm).",
         "Bước 4: Nhận chứng từ nộp lệ phí môn bài điện tử; thông tin được đồng bộ vào Cơ sở dữ liệu của ngành thuế."],
  faqs=[("Doanh nghiệp mới thành lập có được miễn lệ phí môn bài không?",
         "Theo Nghị định số 139/2016/NĐ-CP, doanh nghiệp mới thành lập phải nộp lệ phí môn bài; nếu thành lập trong 06 tháng cuối năm thì nộp 50% mức lệ phí môn bài cả năm. Hộ, cá nhân kinh doanh có doanh thu từ 100 triệu đồng/năm trở xuống được miễn."),
        ("Tờ khai lệ phí môn bài có phải nộp hằng năm không?",
         "Không. Người nộp lệ phí chỉ khai một lần khi mới ra hoạt động kinh doanh hoặc khi có thay đổi vốn điều lệ làm thay đổi mức lệ phí; hằng năm chỉ nộp tiền lệ phí.")])

P("THUE", "H", 4, "Khai, nộp lệ phí trước bạ đối với ô tô, xe máy", "Declaration and payment of registration fees for cars and motorcycles", 1, 0,
  "Không thu phí; mức lệ phí trước bạ: xe máy 2% giá tính lệ phí trước bạ (nộp lần đầu tại thành phố trực thuộc trung ương, thành phố thuộc tỉnh, thị xã nơi Ủy ban nhân dân tỉnh đóng trụ sở: 5%); ô tô chở người dưới 10 chỗ nộp lần đầu từ 10% đến 15% theo quy định của Hội đồng nhân dân cấp tỉnh; ô tô khác 2%",
  ["Tờ khai lệ phí trước bạ (Mẫu 02/LPTB)||to-khai-le-phi-truoc-ba-02-lptb.docx",
   "Bản sao hóa đơn bán hàng hoặc giấy tờ chuyển nhượng tài sản hợp pháp",
   "Bản sao phiếu kiểm tra chất lượng xuất xưởng (xe sản xuất, lắp ráp trong nước) hoặc tờ khai hàng hóa nhập khẩu (xe nhập khẩu)",
   "Bản sao giấy đăng ký xe của chủ cũ (đối với xe đã qua sử dụng)",
   "Bản sao giấy tờ chứng minh thuộc diện miễn lệ phí trước bạ (nếu có)"],
  "Thông báo nộp lệ phí trước bạ và chứng từ nộp lệ phí trước bạ điện tử (sử dụng để đăng ký xe)",
  "lệ phí trước bạ; thuế trước bạ; trước bạ ô tô; trước bạ xe máy; LPTB; mua xe mới; đăng ký xe", "own_vehicle tax",
  launch=True, app="ce", eresult=True,
  legal=["Nghị định số 140/2016/NĐ-CP ngày 10/10/2016 của Chính phủ về lệ phí trước bạ",
         "Nghị định số 20/2019/NĐ-CP ngày 21/02/2019 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 140/2016/NĐ-CP",
         "Thông tư số 301/2016/TT-BTC ngày 15/11/2016 của Bộ trưởng Bộ Tài chính hướng dẫn về lệ phí trước bạ"] + TAX_E_LEGAL,
  fields=[F("vehicle_type", "Loại xe", "Vehicle type", "select",
            options=["Xe ô tô chở người dưới 10 chỗ", "Xe ô tô khác", "Xe mô tô, xe gắn máy"]),
          F("brand", "Nhãn hiệu, số loại", "Make and model"),
          F("chassis_number", "Số khung", "Chassis number"),
          F("engine_number", "Số máy", "Engine number"),
          F("price", "Giá trị tài sản theo hóa đơn (đồng)", "Invoice value (VND)", "number"),
          F("tax_office", "Chi cục Thuế nơi đăng ký xe", "Tax office where the vehicle is registered")],
  steps=["Bước 1: Người nộp lệ phí đăng nhập Cổng Dịch vụ công quốc gia, khai Tờ khai lệ phí trước bạ và tải lên bản chụp hóa đơn, giấy tờ nguồn gốc xe.",
         "Bước 2: Chi cục Thuế nơi đăng ký xe tiếp nhận, kiểm tra và gửi Thông báo nộp lệ phí trước bạ điện tử trong thời hạn 01 ngày làm việc.",
         "Bước 3: Người nộp lệ phí thanh toán số lệ phí trước bạ trực tuyến qua ngân hàng hoặc trung gian thanh toán.",
         "Bước 4: Nhận chứng từ nộp lệ phí trước bạ điện tử; thông tin được chia sẻ cho cơ quan đăng ký xe để làm thủ tục đăng ký, cấp biển số."],
  faqs=[("Lệ phí trước bạ xe máy là bao nhiêu?",
         "Mức thu là 2% giá tính lệ phí trước bạ; trường hợp nộp lần đầu tại thành phố trực thuộc trung ương, thành phố thuộc tỉnh hoặc thị xã nơi Ủy ban nhân dân tỉnh đóng trụ sở thì mức thu là 5%."),
        ("Giá tính lệ phí trước bạ được xác định thế nào?",
         "Giá tính lệ phí trước bạ là giá trong Bảng giá tính lệ phí trước bạ do Bộ Tài chính ban hành; trường hợp giá trên hóa đơn cao hơn thì tính theo giá trên hóa đơn."),
        ("Sau khi nộp lệ phí trước bạ trực tuyến tôi có cần in chứng từ mang đến cơ quan đăng ký xe không?",
         "Không bắt buộc. Thông tin nộp lệ phí trước bạ được chia sẻ điện tử cho cơ quan Công an; bạn chỉ cần cung cấp mã hồ sơ khi đăng ký xe.")])

P("THUE", "H", 4, "Đăng ký thuế lần đầu đối với hộ kinh doanh, cá nhân kinh doanh", "First-time tax registration for household and individual businesses", 3, 0, "Không",
  ["Tờ khai đăng ký thuế (Mẫu 03-ĐK-TCT)||to-khai-dang-ky-thue-03-dk-tct.docx",
   "Bản sao Giấy chứng nhận đăng ký hộ kinh doanh (nếu có)",
   "Bản sao giấy chứng minh nhân dân hoặc thẻ căn cước công dân hoặc hộ chiếu của cá nhân kinh doanh"],
  "Giấy chứng nhận đăng ký thuế hoặc Thông báo mã số thuế",
  "đăng ký thuế; mã số thuế hộ kinh doanh; MST; cấp mã số thuế; đăng ký thuế hộ kinh doanh", "tax start_business",
  launch=True, app="c", eresult=True,
  legal=REG_LEGAL + ["Thông tư số 92/2015/TT-BTC ngày 15/6/2015 của Bộ trưởng Bộ Tài chính hướng dẫn thực hiện thuế giá trị gia tăng và thuế thu nhập cá nhân đối với cá nhân cư trú có hoạt động kinh doanh"],
  fields=[F("business_name", "Tên hộ kinh doanh, cá nhân kinh doanh", "Name of the household or individual business"),
          F("business_address", "Địa điểm kinh doanh", "Business location"),
          F("business_lines", "Ngành nghề kinh doanh", "Business lines", "textarea"),
          F("revenue", "Doanh thu dự kiến trong năm (đồng)", "Expected annual revenue (VND)", "number"),
          F("tax_office", "Chi cục Thuế quản lý", "Managing tax office"),
          EMAIL],
  faqs=[("Hộ kinh doanh đã có Giấy chứng nhận đăng ký hộ kinh doanh có phải đăng ký thuế riêng không?",
         "Có. Hộ kinh doanh đăng ký thuế tại Chi cục Thuế quản lý địa điểm kinh doanh trong thời hạn 10 ngày làm việc kể từ ngày được cấp Giấy chứng nhận đăng ký hộ kinh doanh."),
        ("Mã số thuế của hộ kinh doanh là mã số thuế của ai?",
         "Mã số thuế được cấp cho cá nhân đại diện hộ kinh doanh; trường hợp cá nhân đã có mã số thuế cá nhân thì dùng mã số đó và không cấp mã số mới.")])

P("THUE", "H", 4, "Đăng ký thuế lần đầu đối với cá nhân có thu nhập chịu thuế thu nhập cá nhân", "First-time tax registration for individuals with income subject to personal income tax", 3, 0, "Không",
  ["Tờ khai đăng ký thuế (Mẫu 05-ĐK-TCT)||to-khai-dang-ky-thue-05-dk-tct.docx",
   "Bản sao giấy chứng minh nhân dân hoặc thẻ căn cước công dân hoặc hộ chiếu"],
  "Thông báo mã số thuế cá nhân",
  "mã số thuế cá nhân; MST cá nhân; đăng ký MST; thuế TNCN", "tax employment",
  app="c", legal=REG_LEGAL + TNCN_LEGAL[:1],
  fields=[DOB, F("permanent_address", "Địa chỉ thường trú", "Permanent address", prefill="address"),
          F("employer", "Tổ chức chi trả thu nhập (nếu có)", "Income-paying organisation (if any)", required=False),
          F("tax_office", "Cơ quan thuế nơi đăng ký", "Tax office of registration"), EMAIL])

P("THUE", "H", 4, "Thay đổi thông tin đăng ký thuế đối với cá nhân", "Change of tax registration information for individuals", 2, 0, "Không",
  ["Tờ khai điều chỉnh, bổ sung thông tin đăng ký thuế (Mẫu 08-MST)||to-khai-dieu-chinh-thong-tin-dang-ky-thue-08-mst.docx",
   "Bản sao giấy tờ chứng minh thông tin thay đổi (thẻ căn cước công dân, sổ hộ khẩu…)"],
  "Thông báo mã số thuế hoặc Giấy chứng nhận đăng ký thuế với thông tin đã cập nhật",
  "thay đổi thông tin MST; cập nhật CCCD mã số thuế; đổi địa chỉ mã số thuế", "tax",
  app="c", legal=REG_LEGAL,
  fields=[F("tax_code", "Mã số thuế cá nhân", "Personal tax code"),
          F("changed_item", "Thông tin thay đổi", "Information to change", "select",
            options=["Số CMND/CCCD/Hộ chiếu", "Địa chỉ thường trú", "Địa chỉ liên hệ", "Họ và tên", "Thông tin khác"]),
          F("new_value", "Nội dung sau khi thay đổi", "New value"), EMAIL])

P("THUE", "T", 4, "Hoàn thuế giá trị gia tăng đối với dự án đầu tư", "VAT refund for investment projects", 6, 0, "Không",
  ["Giấy đề nghị hoàn trả khoản thu ngân sách nhà nước (Mẫu 01/ĐNHT)||giay-de-nghi-hoan-tra-01-dnht.docx",
   "Bảng kê hóa đơn, chứng từ hàng hóa, dịch vụ mua vào (Mẫu 01-1/HT)||bang-ke-hoa-don-mua-vao-01-1-ht.docx",
   "Bản sao Giấy chứng nhận đăng ký đầu tư hoặc quyết định đầu tư của dự án",
   ENT_AUTH],
  "Quyết định hoàn thuế hoặc Quyết định hoàn thuế kiêm bù trừ thu ngân sách nhà nước",
  "hoàn thuế GTGT; hoàn thuế VAT; hoàn thuế dự án đầu tư; thuế giá trị gia tăng", "tax business_operation",
  legal=["Luật Thuế giá trị gia tăng số 13/2008/QH12 ngày 03/6/2008",
         "Thông tư số 219/2013/TT-BTC ngày 31/12/2013 của Bộ trưởng Bộ Tài chính hướng dẫn thi hành Luật Thuế giá trị gia tăng"],
  cond="Dự án đầu tư có số thuế giá trị gia tăng của hàng hóa, dịch vụ mua vào sử dụng cho đầu tư chưa được khấu trừ hết từ 300 triệu đồng trở lên.")

P("THUE", "T", 4, "Khai thuế giá trị gia tăng theo phương pháp khấu trừ", "VAT declaration under the credit method", 1, 0, "Không",
  ["Tờ khai thuế giá trị gia tăng (Mẫu 01/GTGT)||to-khai-thue-gtgt-01-gtgt.docx",
   "Các phụ lục kèm theo tờ khai (nếu có)"],
  "Thông báo chấp nhận tờ khai thuế điện tử",
  "khai thuế GTGT; thuế giá trị gia tăng; tờ khai VAT; khai thuế tháng quý", "tax business_operation",
  legal=["Luật Thuế giá trị gia tăng số 13/2008/QH12 ngày 03/6/2008"] + TAX_E_LEGAL[:1], eresult=True,
  faqs=[("Doanh nghiệp khai thuế giá trị gia tăng theo tháng hay theo quý?",
         "Doanh nghiệp có tổng doanh thu bán hàng hóa, cung cấp dịch vụ của năm trước liền kề từ 50 tỷ đồng trở xuống được khai theo quý; doanh nghiệp mới thành lập được khai theo quý; các trường hợp còn lại khai theo tháng.")])

P("THUE", "T", 4, "Khai quyết toán thuế thu nhập doanh nghiệp", "Annual corporate income tax finalisation", 1, 0, "Không",
  ["Tờ khai quyết toán thuế thu nhập doanh nghiệp (Mẫu 03/TNDN)||to-khai-quyet-toan-thue-tndn-03-tndn.docx",
   "Báo cáo tài chính năm",
   "Các phụ lục về ưu đãi thuế, chuyển lỗ, giao dịch liên kết (nếu có)"],
  "Thông báo chấp nhận tờ khai quyết toán thuế điện tử",
  "quyết toán thuế TNDN; thuế thu nhập doanh nghiệp; báo cáo tài chính năm", "tax business_operation",
  legal=["Luật Thuế thu nhập doanh nghiệp số 14/2008/QH12 ngày 03/6/2008",
         "Thông tư số 78/2014/TT-BTC ngày 18/6/2014 của Bộ trưởng Bộ Tài chính hướng dẫn thi hành Luật Thuế thu nhập doanh nghiệp"] + TAX_E_LEGAL[:1],
  eresult=True)

P("THUE", "T", 4, "Thông báo phát hành hóa đơn", "Notification of invoice issuance", 1, 0, "Không",
  ["Thông báo phát hành hóa đơn (Mẫu TB01/AC)||thong-bao-phat-hanh-hoa-don-tb01-ac.docx",
   "Hóa đơn mẫu (liên giao cho người mua)"],
  "Thông báo phát hành hóa đơn được công bố trên Trang thông tin điện tử của Tổng cục Thuế",
  "phát hành hóa đơn; hóa đơn đặt in; hóa đơn tự in", "tax start_business",
  legal=["Nghị định số 51/2010/NĐ-CP ngày 14/5/2010 của Chính phủ quy định về hóa đơn bán hàng hóa, cung ứng dịch vụ",
         "Thông tư số 39/2014/TT-BTC ngày 31/3/2014 của Bộ trưởng Bộ Tài chính hướng dẫn thi hành về hóa đơn bán hàng hóa, cung ứng dịch vụ"],
  eresult=True)

P("THUE", "T", 4, "Đăng ký sử dụng hóa đơn điện tử có mã của cơ quan thuế", "Registration to use e-invoices authenticated by the tax authority", 1, 0, "Không",
  ["Tờ khai đăng ký, thay đổi thông tin sử dụng hóa đơn điện tử theo mẫu||to-khai-dang-ky-su-dung-hoa-don-dien-tu.docx"],
  "Thông báo chấp nhận đăng ký sử dụng hóa đơn điện tử",
  "hóa đơn điện tử; HĐĐT; hóa đơn có mã; e-invoice", "tax business_operation",
  legal=["Nghị định số 119/2018/NĐ-CP ngày 12/9/2018 của Chính phủ quy định về hóa đơn điện tử khi bán hàng hóa, cung cấp dịch vụ",
         "Thông tư số 68/2019/TT-BTC ngày 30/9/2019 của Bộ trưởng Bộ Tài chính hướng dẫn thực hiện Nghị định số 119/2018/NĐ-CP"],
  eresult=True)

P("THUE", "H", 2, "Cấp hóa đơn lẻ cho tổ chức, hộ, cá nhân không kinh doanh có phát sinh bán hàng hóa, cung ứng dịch vụ", "Issuance of single invoices to non-business organisations and individuals", 1, 0, "Không",
  ["Đơn đề nghị cấp hóa đơn lẻ theo mẫu",
   "Hợp đồng mua bán hàng hóa, cung ứng dịch vụ hoặc chứng từ chứng minh việc mua bán",
   "Chứng từ nộp thuế (nếu có)"],
  "Hóa đơn bán hàng hoặc hóa đơn giá trị gia tăng lẻ",
  "hóa đơn lẻ; mua hóa đơn lẻ; xuất hóa đơn cho cá nhân", "tax",
  app="ce",
  legal=["Thông tư số 39/2014/TT-BTC ngày 31/3/2014 của Bộ trưởng Bộ Tài chính hướng dẫn thi hành về hóa đơn bán hàng hóa, cung ứng dịch vụ"])

P("THUE", "H", 2, "Miễn, giảm thuế sử dụng đất phi nông nghiệp", "Exemption or reduction of non-agricultural land use tax", 30, 0, "Không",
  ["Văn bản đề nghị miễn, giảm thuế sử dụng đất phi nông nghiệp theo mẫu",
   "Giấy tờ chứng minh thuộc đối tượng được miễn, giảm thuế (giấy chứng nhận thương binh, hộ nghèo, biên bản thiệt hại…)"],
  "Quyết định miễn, giảm thuế sử dụng đất phi nông nghiệp",
  "thuế đất phi nông nghiệp; miễn thuế đất; thuế nhà đất", "tax house_land",
  app="c",
  legal=["Luật Thuế sử dụng đất phi nông nghiệp số 48/2010/QH12 ngày 17/6/2010",
         "Thông tư số 153/2011/TT-BTC ngày 11/11/2011 của Bộ trưởng Bộ Tài chính hướng dẫn về thuế sử dụng đất phi nông nghiệp"])

P("THUE", "H", 3, "Khai thuế đối với hộ kinh doanh, cá nhân kinh doanh nộp thuế theo phương pháp khoán", "Tax declaration for household and individual businesses under the presumptive method", 1, 0, "Không",
  ["Tờ khai thuế đối với hộ kinh doanh, cá nhân kinh doanh (Mẫu 01/CNKD)||to-khai-thue-ho-ca-nhan-kinh-doanh-01-cnkd.docx"],
  "Thông báo nộp thuế khoán và công khai thông tin hộ kinh doanh",
  "thuế khoán; thuế hộ kinh doanh; thuế cá thể", "tax business_operation",
  app="c",
  fields=[TAX_CODE_ANY,
          F("business_address", "Địa điểm kinh doanh", "Business location"),
          F("business_lines", "Ngành nghề kinh doanh", "Business lines"),
          F("revenue", "Doanh thu khoán dự kiến trong năm (đồng)", "Expected annual revenue (VND)", "number"),
          F("tax_year", "Năm tính thuế", "Tax year", "number"),
          EMAIL],
  legal=["Thông tư số 92/2015/TT-BTC ngày 15/6/2015 của Bộ trưởng Bộ Tài chính hướng dẫn thực hiện thuế giá trị gia tăng và thuế thu nhập cá nhân đối với cá nhân cư trú có hoạt động kinh doanh"],
  faqs=[("Hộ kinh doanh có doanh thu bao nhiêu thì không phải nộp thuế?",
         "Hộ, cá nhân kinh doanh có doanh thu từ 100 triệu đồng/năm trở xuống không phải nộp thuế giá trị gia tăng và thuế thu nhập cá nhân nhưng vẫn phải khai doanh thu với cơ quan thuế.")])

P("THUE", "T", 4, "Xác nhận việc thực hiện nghĩa vụ thuế", "Confirmation of fulfilment of tax obligations", 5, 0, "Không",
  ["Văn bản đề nghị xác nhận việc thực hiện nghĩa vụ thuế theo mẫu",
   ENT_AUTH],
  "Thư xác nhận việc thực hiện nghĩa vụ thuế",
  "xác nhận nghĩa vụ thuế; xác nhận không nợ thuế; xác nhận hoàn thành nghĩa vụ thuế", "tax business_operation",
  app="ce",
  fields=[TAX_CODE_ANY,
          F("period_from", "Xác nhận từ ngày", "Period from", "date"),
          F("period_to", "Xác nhận đến ngày", "Period to", "date"),
          F("purpose", "Mục đích sử dụng thư xác nhận", "Purpose of the confirmation"),
          EMAIL])

P("THUE", "T", 3, "Gia hạn nộp thuế", "Extension of tax payment deadlines", 10, 0, "Không",
  ["Văn bản đề nghị gia hạn nộp thuế theo mẫu",
   "Tài liệu chứng minh lý do đề nghị gia hạn (biên bản xác định thiệt hại do thiên tai, hỏa hoạn, tai nạn bất ngờ; văn bản xác nhận di dời cơ sở…)"],
  "Quyết định gia hạn nộp thuế hoặc văn bản không chấp thuận",
  "gia hạn nộp thuế; chậm nộp thuế; khó khăn nộp thuế", "tax business_operation",
  cond="Người nộp thuế bị thiệt hại vật chất do thiên tai, hỏa hoạn, tai nạn bất ngờ, phải ngừng sản xuất kinh doanh do di dời cơ sở theo yêu cầu của cơ quan nhà nước hoặc các trường hợp khác theo quy định.")

P("THUE", "T", 1, "Nộp dần tiền thuế nợ", "Payment of tax arrears in instalments", 10, 0, "Không",
  ["Văn bản đề nghị nộp dần tiền thuế nợ theo mẫu",
   "Thư bảo lãnh của tổ chức tín dụng đối với số tiền thuế nợ",
   "Văn bản cam kết nộp dần tiền thuế nợ"],
  "Văn bản chấp thuận hoặc không chấp thuận nộp dần tiền thuế nợ",
  "nộp dần tiền thuế; trả góp tiền thuế; nợ thuế", "tax business_operation")

P("THUE", "H", 4, "Khai thuế đối với cá nhân cho thuê tài sản", "Tax declaration for individuals leasing property", 1, 0, "Không",
  ["Tờ khai thuế đối với hoạt động cho thuê tài sản (Mẫu 01/TTS)||to-khai-thue-cho-thue-tai-san-01-tts.docx",
   "Bản sao hợp đồng thuê tài sản, phụ lục hợp đồng (khai lần đầu)",
   "Bản sao văn bản ủy quyền (trường hợp bên thuê khai thay)"],
  "Thông báo nộp thuế hoặc Thông báo chấp nhận tờ khai",
  "thuế cho thuê nhà; cho thuê tài sản; thuế cho thuê căn hộ", "tax house_land",
  app="c",
  fields=[TAX_CODE_ANY,
          F("property_address", "Địa chỉ tài sản cho thuê", "Address of the leased property"),
          F("lease_from", "Thời hạn thuê từ ngày", "Lease start date", "date"),
          F("lease_to", "Thời hạn thuê đến ngày", "Lease end date", "date"),
          F("revenue", "Doanh thu cho thuê trong kỳ (đồng)", "Rental revenue in the period (VND)", "number"),
          EMAIL],
  legal=["Thông tư số 92/2015/TT-BTC ngày 15/6/2015 của Bộ trưởng Bộ Tài chính hướng dẫn thực hiện thuế giá trị gia tăng và thuế thu nhập cá nhân đối với cá nhân cư trú có hoạt động kinh doanh"],
  faqs=[("Cho thuê nhà với giá bao nhiêu thì phải nộp thuế?",
         "Cá nhân cho thuê tài sản có tổng doanh thu cho thuê trong năm dương lịch trên 100 triệu đồng phải nộp thuế giá trị gia tăng 5% và thuế thu nhập cá nhân 5% trên doanh thu.")])

P("THUE", "H", 3, "Khai thuế thu nhập cá nhân đối với cá nhân có thu nhập từ chuyển nhượng bất động sản", "Personal income tax declaration on income from real estate transfers", 5, 0,
  "Không thu phí; thuế thu nhập cá nhân bằng 2% giá chuyển nhượng",
  ["Tờ khai thuế thu nhập cá nhân đối với thu nhập từ chuyển nhượng bất động sản (Mẫu 03/BĐS-TNCN)||to-khai-thue-tncn-chuyen-nhuong-bds-03-bds-tncn.docx",
   "Bản sao Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
   "Hợp đồng chuyển nhượng bất động sản có công chứng hoặc chứng thực",
   "Giấy tờ chứng minh thuộc đối tượng được miễn thuế (nếu có)"],
  "Thông báo nộp thuế thu nhập cá nhân",
  "thuế TNCN mua bán nhà đất; thuế chuyển nhượng bất động sản; sang tên sổ đỏ nộp thuế", "tax house_land",
  app="c", legal=TNCN_LEGAL,
  fields=[F("tax_code", "Mã số thuế cá nhân (nếu có)", "Personal tax code (if any)", required=False),
          PARCEL, MAP_SHEET, PARCEL_ADDR,
          F("transfer_price", "Giá chuyển nhượng ghi trên hợp đồng (đồng)", "Transfer price in the contract (VND)", "number"),
          F("exemption", "Thuộc trường hợp miễn thuế", "Tax exemption case", "select",
            options=["Không", "Chuyển nhượng giữa người thân trong gia đình", "Nhà ở, đất ở duy nhất", "Trường hợp khác"])])

P("THUE", "T", 4, "Đăng ký thuế lần đầu đối với tổ chức kinh tế, tổ chức khác không phải doanh nghiệp", "First-time tax registration for economic and other organisations that are not enterprises", 3, 0, "Không",
  ["Tờ khai đăng ký thuế (Mẫu 01-ĐK-TCT)||to-khai-dang-ky-thue-01-dk-tct.docx",
   "Bản sao quyết định thành lập hoặc giấy phép hoạt động do cơ quan có thẩm quyền cấp"],
  "Giấy chứng nhận đăng ký thuế",
  "đăng ký thuế tổ chức; mã số thuế hợp tác xã; MST đơn vị sự nghiệp", "tax start_business",
  legal=REG_LEGAL)

P("THUE", "TW", 4, "Đăng ký giao dịch với cơ quan thuế bằng phương thức điện tử", "Registration for electronic transactions with the tax authority", 1, 0, "Không",
  ["Tờ khai đăng ký giao dịch với cơ quan thuế bằng phương thức điện tử (Mẫu 01/ĐK-TĐT)||to-khai-dang-ky-giao-dich-thue-dien-tu-01-dk-tdt.docx"],
  "Thông báo chấp nhận đăng ký giao dịch thuế điện tử và tài khoản giao dịch thuế điện tử",
  "thuế điện tử; tài khoản thuế điện tử; đăng ký eTax; chữ ký số thuế", "tax start_business",
  legal=TAX_E_LEGAL[:1], eresult=True)

P("THUE", "T", 4, "Quyết toán thuế thu nhập cá nhân đối với cá nhân có thu nhập từ tiền lương, tiền công trực tiếp quyết toán với cơ quan thuế",
  "Personal income tax finalisation by individuals with salary income settling directly with the tax authority", 1, 0, "Không",
  ["Tờ khai quyết toán thuế thu nhập cá nhân (Mẫu 02/QTT-TNCN)||to-khai-quyet-toan-thue-tncn-02-qtt-tncn.docx",
   "Phụ lục giảm trừ gia cảnh cho người phụ thuộc (Mẫu 02-1/BK-QTT-TNCN, nếu có)||phu-luc-giam-tru-gia-canh-02-1-bk-qtt-tncn.docx",
   "Bản chụp chứng từ khấu trừ thuế thu nhập cá nhân do tổ chức trả thu nhập cấp"],
  "Thông báo chấp nhận tờ khai quyết toán; số thuế nộp thừa được hoàn hoặc bù trừ (nếu có)",
  "quyết toán thuế TNCN; hoàn thuế thu nhập cá nhân; giảm trừ gia cảnh; người phụ thuộc", "tax employment",
  app="c", legal=TNCN_LEGAL + TAX_E_LEGAL[:1], eresult=True,
  fields=[F("tax_code", "Mã số thuế cá nhân", "Personal tax code"),
          F("tax_year", "Năm quyết toán", "Tax year", "number"),
          F("total_income", "Tổng thu nhập chịu thuế (đồng)", "Total taxable income (VND)", "number"),
          F("dependants", "Số người phụ thuộc", "Number of dependants", "number"),
          F("result_option", "Đề nghị xử lý số thuế nộp thừa", "Handling of overpaid tax", "select",
            options=["Hoàn trả vào tài khoản", "Bù trừ vào kỳ sau", "Không phát sinh số thuế nộp thừa"]),
          EMAIL],
  faqs=[("Hạn quyết toán thuế thu nhập cá nhân là khi nào?",
         "Cá nhân trực tiếp quyết toán với cơ quan thuế nộp hồ sơ chậm nhất là ngày thứ 90 kể từ ngày kết thúc năm dương lịch."),
        ("Mức giảm trừ gia cảnh hiện hành là bao nhiêu?",
         "Mức giảm trừ đối với bản thân người nộp thuế là 9 triệu đồng/tháng và mỗi người phụ thuộc là 3,6 triệu đồng/tháng.")])

# ---------------------------------------------------------------- HẢI QUAN --
HQ_TAX_LEGAL = ["Luật Thuế xuất khẩu, thuế nhập khẩu số 107/2016/QH13 ngày 06/4/2016",
                "Nghị định số 134/2016/NĐ-CP ngày 01/9/2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Thuế xuất khẩu, thuế nhập khẩu"]
P("HAIQUAN", "T", 4, "Hủy tờ khai hải quan", "Cancellation of customs declarations", 1, 0, "Không",
  ["Văn bản đề nghị hủy tờ khai hải quan theo mẫu (đối với tờ khai hải quan giấy) hoặc thông tin đề nghị hủy tờ khai trên Hệ thống xử lý dữ liệu điện tử hải quan||van-ban-de-nghi-huy-to-khai-hai-quan.docx",
   "Chứng từ chứng minh lý do hủy tờ khai (nếu có)"],
  "Thông báo chấp nhận hủy tờ khai hải quan trên Hệ thống xử lý dữ liệu điện tử hải quan",
  "hủy tờ khai; hủy tờ khai hải quan; tờ khai VNACCS; hàng không xuất được", None,
  launch=True, eresult=True,
  cond="Tờ khai hết hiệu lực sau 15 ngày kể từ ngày đăng ký mà hàng hóa chưa đến cửa khẩu hoặc chưa đưa vào khu vực giám sát hải quan; khai nhiều lần cho cùng một lô hàng; hàng hóa đã khai nhưng không xuất khẩu, nhập khẩu; hoặc theo yêu cầu của người khai hải quan trước khi kiểm tra thực tế.",
  fields=[TAX_CODE,
          F("declaration_number", "Số tờ khai hải quan", "Customs declaration number"),
          F("declaration_date", "Ngày đăng ký tờ khai", "Declaration date", "date"),
          F("customs_office", "Chi cục Hải quan đăng ký tờ khai", "Customs branch where declared"),
          F("cancel_reason", "Lý do hủy tờ khai", "Reason for cancellation", "select",
            options=["Quá thời hạn mà hàng hóa chưa đến cửa khẩu", "Khai nhiều lần cho một lô hàng",
                     "Hàng hóa không xuất khẩu, nhập khẩu", "Khai sai các chỉ tiêu không được khai bổ sung", "Lý do khác"]),
          F("explanation", "Giải trình chi tiết", "Detailed explanation", "textarea", required=False)],
  steps=["Bước 1: Người khai hải quan gửi đề nghị hủy tờ khai (số tờ khai, lý do hủy) qua Hệ thống xử lý dữ liệu điện tử hải quan hoặc Cổng Dịch vụ công quốc gia.",
         "Bước 2: Công chức hải quan kiểm tra lý do, điều kiện hủy tờ khai và tình trạng hàng hóa trong thời hạn 08 giờ làm việc kể từ khi nhận được đề nghị.",
         "Bước 3: Chi cục trưởng Chi cục Hải quan phê duyệt; Hệ thống hủy tờ khai và phản hồi kết quả cho người khai hải quan.",
         "Bước 4: Người khai hải quan nhận thông báo kết quả; trường hợp không chấp nhận hủy, cơ quan hải quan thông báo rõ lý do."],
  faqs=[("Tờ khai hải quan đã được thông quan có hủy được không?",
         "Không. Tờ khai chỉ được hủy khi hàng hóa chưa được thông quan hoặc chưa qua khu vực giám sát hải quan, trừ các trường hợp đặc biệt theo quy định của Thông tư số 38/2015/TT-BTC đã được sửa đổi."),
        ("Thời gian xử lý đề nghị hủy tờ khai là bao lâu?",
         "Trong thời hạn 08 giờ làm việc kể từ khi nhận được đề nghị hủy tờ khai của người khai hải quan.")])

P("HAIQUAN", "T", 4, "Khai bổ sung hồ sơ hải quan", "Supplementary customs declarations", 1, 0, "Không",
  ["Văn bản khai bổ sung hồ sơ hải quan theo mẫu (đối với tờ khai hải quan giấy) hoặc thông tin khai bổ sung trên Hệ thống xử lý dữ liệu điện tử hải quan||van-ban-khai-bo-sung-ho-so-hai-quan.docx",
   "Chứng từ liên quan đến việc khai bổ sung (hợp đồng, hóa đơn, vận đơn, chứng từ thanh toán đã điều chỉnh)"],
  "Thông báo chấp nhận nội dung khai bổ sung; quyết định thông quan hoặc điều chỉnh số thuế phải nộp (nếu có)",
  "khai bổ sung; sửa tờ khai hải quan; khai bổ sung sau thông quan; AMA", None,
  launch=True, eresult=True,
  cond="Khai bổ sung trước thời điểm cơ quan hải quan thông báo kết quả phân luồng hoặc trước khi kiểm tra trực tiếp hồ sơ; khai bổ sung sau thông quan trong thời hạn 60 ngày kể từ ngày thông quan và trước khi cơ quan hải quan quyết định kiểm tra sau thông quan, thanh tra.",
  fields=[TAX_CODE,
          F("declaration_number", "Số tờ khai hải quan", "Customs declaration number"),
          F("customs_office", "Chi cục Hải quan đăng ký tờ khai", "Customs branch where declared"),
          F("amend_stage", "Thời điểm khai bổ sung", "Stage of amendment", "select",
            options=["Trước khi phân luồng", "Sau khi phân luồng, trước khi thông quan", "Sau khi thông quan"]),
          F("amended_items", "Chỉ tiêu khai bổ sung", "Items amended", "textarea"),
          F("reason", "Lý do khai bổ sung", "Reason for amendment", "textarea")],
  steps=["Bước 1: Người khai hải quan khai bổ sung các chỉ tiêu thông tin trên Hệ thống xử lý dữ liệu điện tử hải quan và gửi kèm chứng từ liên quan.",
         "Bước 2: Cơ quan hải quan tiếp nhận, kiểm tra nội dung khai bổ sung trong thời hạn 08 giờ làm việc kể từ khi nhận đủ hồ sơ.",
         "Bước 3: Trường hợp chấp nhận, Hệ thống cập nhật thông tin tờ khai và tính lại số thuế phải nộp (nếu có); trường hợp không chấp nhận, cơ quan hải quan thông báo lý do.",
         "Bước 4: Người khai hải quan nhận kết quả trên Hệ thống và nộp số thuế chênh lệch, tiền chậm nộp (nếu có)."],
  faqs=[("Khai bổ sung sau thông quan có bị phạt không?",
         "Người khai hải quan tự phát hiện sai sót và khai bổ sung trong thời hạn 60 ngày kể từ ngày thông quan, trước khi cơ quan hải quan kiểm tra sau thông quan, thanh tra thì không bị xử phạt về hành vi khai sai nhưng phải nộp đủ số thuế còn thiếu và tiền chậm nộp (nếu có).")])

P("HAIQUAN", "T", 4, "Thủ tục hải quan đối với hàng hóa xuất khẩu, nhập khẩu theo hợp đồng mua bán", "Customs clearance of goods exported or imported under sales contracts", 1, 20000,
  "Lệ phí làm thủ tục hải quan: 20.000 đồng/tờ khai",
  ["Tờ khai hàng hóa xuất khẩu, nhập khẩu theo các chỉ tiêu thông tin quy định (khai trên Hệ thống VNACCS/VCIS)||to-khai-hang-hoa-xuat-khau-nhap-khau.docx",
   "Hóa đơn thương mại",
   "Vận tải đơn hoặc chứng từ vận tải tương đương (đối với hàng nhập khẩu)",
   "Giấy phép xuất khẩu, nhập khẩu và kết quả kiểm tra chuyên ngành (nếu có)",
   "Giấy chứng nhận xuất xứ hàng hóa (C/O) để hưởng thuế suất ưu đãi đặc biệt (nếu có)"],
  "Quyết định thông quan hàng hóa trên Hệ thống xử lý dữ liệu điện tử hải quan",
  "thông quan; làm thủ tục hải quan; xuất khẩu; nhập khẩu; VNACCS; luồng xanh", "import_export business_operation",
  legal=["Thông tư số 274/2016/TT-BTC ngày 14/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí hải quan và lệ phí hàng hóa, phương tiện vận tải quá cảnh"],
  eresult=True)

P("HAIQUAN", "TW", 3, "Xác định trước mã số, xuất xứ, trị giá hải quan", "Advance rulings on tariff classification, origin and customs value", 30, 0, "Không",
  ["Đơn đề nghị xác định trước mã số, xuất xứ, trị giá hải quan theo mẫu",
   "Tài liệu kỹ thuật, catalogue, hình ảnh, mẫu hàng hóa dự kiến xuất khẩu, nhập khẩu",
   "Bản sao hợp đồng mua bán hoặc tài liệu giao dịch liên quan (nếu có)"],
  "Văn bản thông báo kết quả xác định trước",
  "xác định trước mã HS; phân loại hàng hóa; trị giá hải quan", "import_export")

P("HAIQUAN", "T", 4, "Thông báo Danh mục hàng hóa miễn thuế", "Notification of the list of duty-exempt goods", 3, 0, "Không",
  ["Công văn thông báo Danh mục hàng hóa miễn thuế theo mẫu||cong-van-thong-bao-danh-muc-hang-hoa-mien-thue.docx",
   "Danh mục hàng hóa miễn thuế theo mẫu||danh-muc-hang-hoa-mien-thue.docx",
   "Bản sao Giấy chứng nhận đăng ký đầu tư hoặc văn bản chủ trương đầu tư"],
  "Thông báo tiếp nhận Danh mục hàng hóa miễn thuế trên Hệ thống",
  "danh mục miễn thuế; miễn thuế nhập khẩu; tạo tài sản cố định", "import_export business_operation",
  legal=HQ_TAX_LEGAL, eresult=True)

P("HAIQUAN", "T", 4, "Hoàn thuế đối với hàng hóa đã nhập khẩu nhưng phải tái xuất", "Duty refund for imported goods that must be re-exported", 6, 0, "Không",
  ["Công văn đề nghị hoàn thuế theo mẫu",
   "Chứng từ thanh toán hàng hóa xuất khẩu qua ngân hàng",
   "Bản sao hợp đồng xuất khẩu và tờ khai hàng hóa tái xuất"],
  "Quyết định hoàn thuế",
  "hoàn thuế nhập khẩu; tái xuất; hoàn thuế hải quan", "import_export",
  legal=HQ_TAX_LEGAL)

P("HAIQUAN", "T", 4, "Thủ tục hải quan đối với hàng hóa quá cảnh", "Customs procedures for goods in transit", 1, 20000,
  "Lệ phí hàng hóa quá cảnh: 200.000 đồng/tờ khai; lệ phí làm thủ tục hải quan theo quy định",
  ["Tờ khai vận chuyển hàng hóa quá cảnh (khai trên Hệ thống)||to-khai-van-chuyen-hang-hoa-qua-canh.docx",
   "Vận tải đơn hoặc chứng từ vận tải có giá trị tương đương",
   "Giấy phép quá cảnh (đối với hàng hóa phải có giấy phép)"],
  "Quyết định chấp nhận vận chuyển hàng hóa quá cảnh",
  "quá cảnh; hàng quá cảnh; chuyển cửa khẩu", "import_export")

P("HAIQUAN", "TW", 2, "Cấp chứng chỉ nghiệp vụ khai hải quan", "Issuance of customs declaration professional certificates", 10, 0, "Không",
  ["Đơn đề nghị cấp chứng chỉ nghiệp vụ khai hải quan theo mẫu",
   "Bản sao bằng tốt nghiệp cao đẳng trở lên thuộc chuyên ngành luật, kinh tế hoặc kỹ thuật",
   "02 ảnh màu cỡ 3x4 cm"],
  "Chứng chỉ nghiệp vụ khai hải quan",
  "chứng chỉ khai hải quan; nhân viên đại lý hải quan; thi nghiệp vụ hải quan", "employment",
  app="c",
  cond="Đạt kết quả kỳ thi cấp chứng chỉ nghiệp vụ khai hải quan hoặc thuộc trường hợp được miễn thi theo quy định.",
  legal=["Thông tư số 12/2015/TT-BTC ngày 30/01/2015 của Bộ trưởng Bộ Tài chính quy định chi tiết thủ tục cấp chứng chỉ nghiệp vụ khai hải quan; cấp và thu hồi mã số nhân viên đại lý hải quan; trình tự, thủ tục công nhận và hoạt động đại lý làm thủ tục hải quan"])

P("HAIQUAN", "TW", 3, "Công nhận đại lý làm thủ tục hải quan", "Recognition of customs brokers", 5, 0, "Không",
  ["Văn bản đề nghị công nhận đủ điều kiện hoạt động đại lý làm thủ tục hải quan theo mẫu",
   "Bản sao chứng chỉ nghiệp vụ khai hải quan của nhân viên",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp"],
  "Quyết định công nhận đại lý làm thủ tục hải quan",
  "đại lý hải quan; dịch vụ khai thuê hải quan; logistics", "start_business import_export",
  legal=["Thông tư số 12/2015/TT-BTC ngày 30/01/2015 của Bộ trưởng Bộ Tài chính quy định chi tiết thủ tục cấp chứng chỉ nghiệp vụ khai hải quan; cấp và thu hồi mã số nhân viên đại lý hải quan; trình tự, thủ tục công nhận và hoạt động đại lý làm thủ tục hải quan"])

P("HAIQUAN", "T", 4, "Thủ tục hải quan đối với nguyên liệu, vật tư nhập khẩu để gia công cho thương nhân nước ngoài", "Customs procedures for materials imported for processing for foreign traders", 1, 20000,
  "Lệ phí làm thủ tục hải quan: 20.000 đồng/tờ khai",
  ["Thông báo cơ sở sản xuất, nơi lưu giữ nguyên liệu, vật tư, máy móc, thiết bị và sản phẩm xuất khẩu theo mẫu||thong-bao-co-so-san-xuat-gia-cong.docx",
   "Hợp đồng gia công và phụ lục hợp đồng",
   "Tờ khai hàng hóa nhập khẩu (khai trên Hệ thống)"],
  "Quyết định thông quan hàng hóa nhập khẩu gia công",
  "gia công xuất khẩu; nhập nguyên liệu gia công; sản xuất xuất khẩu", "import_export business_operation")

P("HAIQUAN", "T", 1, "Thủ tục hải quan đối với hành lý của người xuất cảnh, nhập cảnh", "Customs procedures for luggage of persons entering or leaving Vietnam", 1, 0, "Không",
  ["Tờ khai hải quan dành cho người xuất cảnh, nhập cảnh theo mẫu (đối với hành lý vượt định mức miễn thuế hoặc phải khai báo)",
   "Hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu – xuất trình bản chính"],
  "Hành lý được thông quan",
  "khai báo hành lý; hải quan sân bay; mang ngoại tệ; định mức miễn thuế hành lý", "travel_abroad",
  app="c", post=False,
  impl="Chi cục Hải quan cửa khẩu", comp="Chi cục Hải quan cửa khẩu", recv="Khu vực làm thủ tục hải quan tại cửa khẩu",
  faqs=[("Mang bao nhiêu ngoại tệ khi xuất cảnh thì phải khai báo hải quan?",
         "Cá nhân mang ngoại tệ tiền mặt trên 5.000 đô la Mỹ hoặc ngoại tệ khác có giá trị tương đương, hoặc trên 15.000.000 đồng Việt Nam tiền mặt phải khai báo hải quan tại cửa khẩu.")])

P("HAIQUAN", "T", 3, "Thủ tục hải quan đối với hàng hóa xuất khẩu, nhập khẩu gửi qua dịch vụ bưu chính", "Customs procedures for exported and imported goods sent by post", 1, 0, "Không",
  ["Tờ khai hàng hóa xuất khẩu, nhập khẩu (khai trên Hệ thống hoặc tờ khai hải quan giấy theo mẫu)||to-khai-hang-hoa-xuat-khau-nhap-khau.docx",
   "Hóa đơn thương mại hoặc chứng từ có giá trị tương đương (nếu có)",
   "Giấy phép, kết quả kiểm tra chuyên ngành đối với hàng hóa thuộc diện phải có"],
  "Hàng hóa gửi qua dịch vụ bưu chính được thông quan",
  "bưu phẩm quốc tế; hàng gửi bưu điện; hàng chuyển phát nhanh", "import_export",
  app="ce",
  legal=["Thông tư số 56/2019/TT-BTC ngày 23/8/2019 của Bộ trưởng Bộ Tài chính quy định thủ tục hải quan đối với hàng hóa xuất khẩu, nhập khẩu gửi qua dịch vụ bưu chính"])

# ------------------------------------------------------------ NGÂN SÁCH NHÀ NƯỚC --
P("NGANSACH", "T", 4, "Cấp mã số đơn vị có quan hệ với ngân sách", "Issuance of budget-relationship unit codes", 2, 0, "Không",
  ["Tờ khai đăng ký mã số đơn vị có quan hệ với ngân sách theo mẫu (khai trực tuyến trên Hệ thống đăng ký mã số đơn vị có quan hệ với ngân sách)||to-khai-dang-ky-ma-so-dvqhns.docx",
   "Bản sao quyết định thành lập đơn vị hoặc văn bản giao nhiệm vụ của cơ quan có thẩm quyền",
   "Văn bản của cơ quan chủ quản xác nhận đơn vị thuộc đối tượng cấp mã số (nếu có)"],
  "Giấy chứng nhận mã số đơn vị có quan hệ với ngân sách (bản điện tử)",
  "mã số ĐVQHNS; mã quan hệ ngân sách; mã số đơn vị sử dụng ngân sách; mã ngân sách", "",
  launch=True, eresult=True,
  fields=[F("unit_name", "Tên đơn vị", "Unit name"),
          F("governing_body", "Cơ quan chủ quản cấp trên", "Superior governing body"),
          F("unit_type", "Loại hình đơn vị", "Unit type", "select",
            options=["Đơn vị dự toán", "Đơn vị sử dụng ngân sách", "Đơn vị khác có quan hệ với ngân sách"]),
          F("establishment_decision", "Số quyết định thành lập", "Establishment decision number"),
          F("unit_address", "Địa chỉ trụ sở đơn vị", "Unit address"),
          EMAIL],
  steps=["Bước 1: Đơn vị truy cập Cổng Dịch vụ công quốc gia hoặc Hệ thống đăng ký mã số đơn vị có quan hệ với ngân sách của Bộ Tài chính, khai Tờ khai đăng ký và tải lên bản chụp quyết định thành lập.",
         "Bước 2: Sở Tài chính (đối với đơn vị thuộc địa phương) hoặc Bộ Tài chính (đối với đơn vị thuộc trung ương) tiếp nhận, kiểm tra hồ sơ điện tử.",
         "Bước 3: Trong thời hạn 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, cơ quan tài chính cấp mã số và Giấy chứng nhận mã số đơn vị có quan hệ với ngân sách.",
         "Bước 4: Đơn vị nhận Giấy chứng nhận điện tử qua thư điện tử hoặc tải về trên hệ thống; trường hợp từ chối, cơ quan tài chính thông báo lý do."],
  faqs=[("Mã số đơn vị có quan hệ với ngân sách dùng để làm gì?",
         "Mã số được dùng trong các giao dịch với Kho bạc Nhà nước, cơ quan tài chính như mở tài khoản, cấp phát, thanh toán, quyết toán kinh phí ngân sách nhà nước."),
        ("Đơn vị có phải đăng ký lại mã số khi thay đổi tên gọi không?",
         "Không. Đơn vị chỉ cần thông báo thay đổi thông tin; mã số đơn vị có quan hệ với ngân sách được giữ nguyên trong suốt quá trình hoạt động.")])

P("NGANSACH", "T", 4, "Cấp mã số đơn vị có quan hệ với ngân sách cho dự án đầu tư", "Issuance of budget-relationship codes for investment projects", 2, 0, "Không",
  ["Tờ khai đăng ký mã số đơn vị có quan hệ với ngân sách dùng cho dự án đầu tư theo mẫu||to-khai-ma-so-dvqhns-du-an-dau-tu.docx",
   "Bản sao quyết định phê duyệt chủ trương đầu tư hoặc quyết định đầu tư dự án"],
  "Giấy chứng nhận mã số đơn vị có quan hệ với ngân sách dùng cho dự án đầu tư",
  "mã dự án đầu tư; mã số dự án XDCB; mã ngân sách dự án", "", eresult=True)

P("NGANSACH", "T", 4, "Thông báo thay đổi thông tin về mã số đơn vị có quan hệ với ngân sách", "Notification of changes to budget-relationship unit code information", 2, 0, "Không",
  ["Tờ khai điều chỉnh thông tin mã số đơn vị có quan hệ với ngân sách theo mẫu||to-khai-dieu-chinh-thong-tin-ma-so-dvqhns.docx",
   "Bản sao văn bản của cơ quan có thẩm quyền về việc thay đổi thông tin"],
  "Giấy chứng nhận mã số đơn vị có quan hệ với ngân sách với thông tin đã điều chỉnh",
  "thay đổi thông tin mã ngân sách; điều chỉnh mã ĐVQHNS", "")

P("NGANSACH", "H", 3, "Mở và sử dụng tài khoản tại Kho bạc Nhà nước", "Opening and using accounts at the State Treasury", 1, 0, "Không",
  ["Giấy đề nghị mở và sử dụng tài khoản theo mẫu",
   "Bản đăng ký mẫu dấu, mẫu chữ ký theo mẫu",
   "Bản sao quyết định thành lập đơn vị và quyết định bổ nhiệm chủ tài khoản, kế toán trưởng"],
  "Thông báo mở tài khoản tại Kho bạc Nhà nước",
  "mở tài khoản kho bạc; tài khoản dự toán; kho bạc nhà nước", "",
  legal=["Thông tư số 61/2014/TT-BTC ngày 12/5/2014 của Bộ trưởng Bộ Tài chính hướng dẫn đăng ký và sử dụng tài khoản tại Kho bạc Nhà nước trong điều kiện áp dụng Hệ thống thông tin quản lý Ngân sách và Kho bạc"])

P("NGANSACH", "H", 4, "Kiểm soát, thanh toán các khoản chi thường xuyên của ngân sách nhà nước qua Kho bạc Nhà nước", "Control and payment of recurrent state budget expenditures via the State Treasury", 2, 0, "Không",
  ["Giấy rút dự toán ngân sách nhà nước hoặc Ủy nhiệm chi theo mẫu",
   "Hợp đồng, hóa đơn, bảng kê chứng từ thanh toán liên quan đến khoản chi",
   "Dự toán năm được cấp có thẩm quyền giao (gửi một lần vào đầu năm)"],
  "Khoản chi được Kho bạc Nhà nước kiểm soát và thanh toán cho đơn vị thụ hưởng",
  "kiểm soát chi kho bạc; rút dự toán; dịch vụ công kho bạc", "",
  legal=["Thông tư số 161/2012/TT-BTC ngày 02/10/2012 của Bộ trưởng Bộ Tài chính quy định chế độ kiểm soát, thanh toán các khoản chi ngân sách nhà nước qua Kho bạc Nhà nước",
         "Thông tư số 39/2016/TT-BTC ngày 01/3/2016 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 161/2012/TT-BTC"])

P("NGANSACH", "T", 1, "Thẩm tra, phê duyệt quyết toán dự án hoàn thành sử dụng vốn nhà nước", "Appraisal and approval of final accounts of completed state-funded projects", 90, 0,
  "Chi phí thẩm tra, phê duyệt quyết toán xác định theo tỷ lệ phần trăm trên tổng mức đầu tư theo Thông tư số 09/2016/TT-BTC",
  ["Tờ trình đề nghị phê duyệt quyết toán dự án hoàn thành của chủ đầu tư",
   "Báo cáo quyết toán dự án hoàn thành theo mẫu",
   "Các văn bản pháp lý có liên quan (quyết định đầu tư, quyết định phê duyệt dự toán)",
   "Hợp đồng, biên bản nghiệm thu, thanh lý hợp đồng",
   "Báo cáo kết quả kiểm toán quyết toán dự án hoàn thành (nếu có)"],
  "Quyết định phê duyệt quyết toán dự án hoàn thành",
  "quyết toán dự án; dự án hoàn thành; vốn đầu tư công", "",
  legal=["Thông tư số 09/2016/TT-BTC ngày 18/01/2016 của Bộ trưởng Bộ Tài chính quy định về quyết toán dự án hoàn thành thuộc nguồn vốn nhà nước",
         "Thông tư số 64/2018/TT-BTC ngày 30/7/2018 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 09/2016/TT-BTC"])

# ----------------------------------------------------------- XUẤT NHẬP KHẨU --
CO_LEGAL = ["Nghị định số 31/2018/NĐ-CP ngày 08/3/2018 của Chính phủ quy định chi tiết Luật Quản lý ngoại thương về xuất xứ hàng hóa",
            "Thông tư số 05/2018/TT-BCT ngày 03/4/2018 của Bộ trưởng Bộ Công Thương quy định về xuất xứ hàng hóa"]
P("XNK", "TW", 4, "Cấp Giấy chứng nhận xuất xứ hàng hóa (C/O)", "Issuance of certificates of origin (C/O)", 1, 0, "Không",
  ["Đơn đề nghị cấp Giấy chứng nhận xuất xứ hàng hóa theo mẫu (khai trên Hệ thống quản lý và cấp chứng nhận xuất xứ điện tử eCoSys)||don-de-nghi-cap-c-o.docx",
   "Mẫu C/O tương ứng đã được khai hoàn chỉnh",
   "Bản in tờ khai hải quan xuất khẩu",
   "Bản sao hóa đơn thương mại",
   "Bảng kê khai chi tiết hàng hóa đáp ứng tiêu chí xuất xứ ưu đãi hoặc không ưu đãi",
   "Bản sao vận tải đơn hoặc chứng từ vận tải tương đương (nếu có)"],
  "Giấy chứng nhận xuất xứ hàng hóa (C/O) mẫu tương ứng (D, E, AK, AJ, CPTPP, EUR.1…)",
  "C/O; chứng nhận xuất xứ; CO form D; CO form E; eCoSys; xuất xứ hàng hóa", "import_export business_operation",
  launch=True, eresult=False,
  legal=CO_LEGAL,
  fields=[ENT_NAME, TAX_CODE,
          F("co_form", "Mẫu C/O đề nghị cấp", "C/O form requested", "select",
            options=["Mẫu D (ASEAN)", "Mẫu E (ASEAN - Trung Quốc)", "Mẫu AK (ASEAN - Hàn Quốc)", "Mẫu AJ (ASEAN - Nhật Bản)",
                     "Mẫu VJ (Việt Nam - Nhật Bản)", "Mẫu CPTPP", "Mẫu EUR.1", "Mẫu B (không ưu đãi)"]),
          F("export_declaration", "Số tờ khai hải quan xuất khẩu", "Export customs declaration number"),
          F("hs_code", "Mã số hàng hóa (mã HS)", "HS code of the goods"),
          F("importing_country", "Nước nhập khẩu", "Importing country"),
          EMAIL],
  steps=["Bước 1: Thương nhân đăng ký hồ sơ thương nhân (lần đầu) và khai báo hồ sơ đề nghị cấp C/O trên Hệ thống eCoSys hoặc qua Cổng Dịch vụ công quốc gia, ký số hồ sơ.",
         "Bước 2: Phòng Quản lý xuất nhập khẩu khu vực kiểm tra hồ sơ điện tử; trường hợp cần thiết yêu cầu bổ sung chứng từ hoặc kiểm tra tại cơ sở sản xuất.",
         "Bước 3: Trong thời hạn 06 giờ làm việc kể từ khi nhận được hồ sơ đầy đủ, hợp lệ, cơ quan cấp C/O trả kết quả cấp C/O (08 giờ làm việc đối với hồ sơ nộp trực tiếp).",
         "Bước 4: Thương nhân nhận C/O bản giấy tại cơ quan cấp hoặc qua dịch vụ bưu chính; đối với C/O điện tử, kết quả được truyền trực tiếp cho cơ quan hải quan nước nhập khẩu."],
  faqs=[("C/O dùng để làm gì?",
         "C/O chứng minh hàng hóa có xuất xứ Việt Nam, giúp nhà nhập khẩu được hưởng thuế suất ưu đãi theo các hiệp định thương mại tự do mà Việt Nam tham gia."),
        ("Thời gian cấp C/O là bao lâu?",
         "Không quá 06 giờ làm việc đối với hồ sơ khai qua Hệ thống eCoSys và 08 giờ làm việc đối với hồ sơ nộp trực tiếp, kể từ khi nhận được hồ sơ đầy đủ, hợp lệ.")])

P("XNK", "TW", 4, "Cấp lại Giấy chứng nhận xuất xứ hàng hóa (C/O)", "Reissuance of certificates of origin (C/O)", 1, 0, "Không",
  ["Đơn đề nghị cấp lại Giấy chứng nhận xuất xứ hàng hóa theo mẫu||don-de-nghi-cap-lai-c-o.docx",
   "Bản gốc C/O đã cấp (trường hợp sửa đổi) hoặc văn bản giải trình lý do mất, thất lạc",
   "Chứng từ chứng minh nội dung cần sửa đổi (nếu có)"],
  "Giấy chứng nhận xuất xứ hàng hóa (C/O) cấp lại",
  "cấp lại C/O; sửa C/O; mất C/O", "import_export", legal=CO_LEGAL)

P("XNK", "TW", 4, "Đăng ký hồ sơ thương nhân đề nghị cấp Giấy chứng nhận xuất xứ hàng hóa", "Trader profile registration for certificate of origin applications", 1, 0, "Không",
  ["Đăng ký mẫu chữ ký của người được ủy quyền ký Đơn đề nghị cấp C/O và con dấu của thương nhân theo mẫu||dang-ky-mau-chu-ky-con-dau-c-o.docx",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
   "Danh mục các cơ sở sản xuất của thương nhân (nếu có)"],
  "Hồ sơ thương nhân được chấp nhận trên Hệ thống eCoSys",
  "hồ sơ thương nhân C/O; đăng ký eCoSys", "import_export start_business",
  legal=CO_LEGAL, eresult=True)

P("XNK", "TW", 4, "Cấp giấy phép nhập khẩu tự động", "Issuance of automatic import licences", 7, 0, "Không",
  ["Đơn đăng ký nhập khẩu tự động theo mẫu",
   "Bản sao hợp đồng nhập khẩu",
   "Bản sao hóa đơn thương mại và chứng từ thanh toán"],
  "Giấy phép nhập khẩu tự động",
  "nhập khẩu tự động; giấy phép nhập khẩu; thép nhập khẩu", "import_export",
  legal=["Thông tư số 12/2018/TT-BCT ngày 15/6/2018 của Bộ trưởng Bộ Công Thương quy định chi tiết một số điều của Luật Quản lý ngoại thương và Nghị định số 69/2018/NĐ-CP"],
  eresult=True)

P("XNK", "TW", 3, "Cấp Giấy chứng nhận mã số kinh doanh tạm nhập, tái xuất", "Issuance of temporary import for re-export business code certificates", 8, 0, "Không",
  ["Văn bản đề nghị cấp mã số kinh doanh tạm nhập, tái xuất theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
   "Văn bản xác nhận về kho, bãi phục vụ hoạt động kinh doanh tạm nhập, tái xuất"],
  "Giấy chứng nhận mã số kinh doanh tạm nhập, tái xuất",
  "tạm nhập tái xuất; mã số kinh doanh TNTX", "import_export business_operation")

P("XNK", "TW", 3, "Cấp văn bản chấp thuận cho thương nhân tự chứng nhận xuất xứ hàng hóa", "Approval for traders to self-certify origin", 15, 0, "Không",
  ["Văn bản đề nghị được tự chứng nhận xuất xứ hàng hóa theo mẫu",
   "Danh mục hàng hóa dự kiến tự chứng nhận xuất xứ",
   "Báo cáo về năng lực sản xuất, kiểm soát xuất xứ của thương nhân"],
  "Văn bản chấp thuận tự chứng nhận xuất xứ hàng hóa",
  "tự chứng nhận xuất xứ; nhà xuất khẩu đủ điều kiện", "import_export", legal=CO_LEGAL)

P("XNK", "TW", 4, "Cấp Giấy phép xuất khẩu, nhập khẩu tiền chất công nghiệp", "Export and import licences for industrial precursors", 7, 0, "Không",
  ["Văn bản đề nghị cấp giấy phép xuất khẩu, nhập khẩu tiền chất công nghiệp theo mẫu",
   "Bản sao hợp đồng hoặc thỏa thuận mua bán tiền chất",
   "Báo cáo tình hình xuất khẩu, nhập khẩu tiền chất của lần được cấp phép trước"],
  "Giấy phép xuất khẩu, nhập khẩu tiền chất công nghiệp",
  "tiền chất công nghiệp; hóa chất nhập khẩu", "import_export",
  impl="Cục Hóa chất - Bộ Công Thương", comp="Cục Hóa chất - Bộ Công Thương", recv=R("Cục Hóa chất - Bộ Công Thương"),
  legal=["Luật Hóa chất số 06/2007/QH12 ngày 21/11/2007",
         "Nghị định số 113/2017/NĐ-CP ngày 09/10/2017 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hóa chất"],
  eresult=True)

P("XNK", "TW", 3, "Cấp Giấy chứng nhận đủ điều kiện kinh doanh xuất khẩu gạo", "Certificate of eligibility for rice export business", 20, 0, "Không",
  ["Văn bản đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh xuất khẩu gạo theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
   "Hợp đồng thuê kho chứa, cơ sở xay, xát hoặc giấy tờ chứng minh quyền sở hữu"],
  "Giấy chứng nhận đủ điều kiện kinh doanh xuất khẩu gạo",
  "xuất khẩu gạo; thương nhân xuất khẩu gạo", "import_export business_operation",
  legal=["Nghị định số 107/2018/NĐ-CP ngày 15/8/2018 của Chính phủ về kinh doanh xuất khẩu gạo"])

# --------------------------------------------------------- XÚC TIẾN THƯƠNG MẠI --
KM_FIELDS = [TAX_CODE,
             F("programme_name", "Tên chương trình khuyến mại", "Promotion programme name"),
             F("start_date", "Thời gian bắt đầu", "Start date", "date"),
             F("end_date", "Thời gian kết thúc", "End date", "date"),
             F("promotion_goods", "Hàng hóa, dịch vụ được khuyến mại", "Promoted goods or services", "textarea"),
             F("prize_value", "Tổng giá trị giải thưởng (đồng)", "Total prize value (VND)", "number")]
P("XTTM", "T", 4, "Đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi trên địa bàn 01 tỉnh, thành phố trực thuộc trung ương",
  "Registration of games-of-chance sales promotions within one province", 5, 0, "Không",
  ["Văn bản đề nghị thực hiện chương trình khuyến mại theo mẫu",
   "Thể lệ chương trình khuyến mại theo mẫu",
   "Mẫu vé số dự thưởng hoặc hình ảnh hàng hóa khuyến mại, hàng hóa dùng để khuyến mại",
   "Bản sao giấy tờ chứng minh chất lượng hàng hóa khuyến mại, hàng hóa dùng để khuyến mại theo quy định"],
  "Văn bản xác nhận đăng ký thực hiện khuyến mại",
  "đăng ký khuyến mại; khuyến mãi bốc thăm; quay số trúng thưởng; cào trúng thưởng; may rủi", None,
  launch=True, eresult=True, fields=KM_FIELDS + [F("area", "Địa bàn (tỉnh, thành phố) thực hiện", "Province of implementation")],
  cond="Thương nhân phải trích 50% giá trị giải thưởng đã công bố vào ngân sách nhà nước trong trường hợp không có người trúng thưởng.",
  faqs=[("Chương trình khuyến mại nào phải đăng ký, chương trình nào chỉ cần thông báo?",
         "Chương trình khuyến mại mang tính may rủi (bốc thăm, quay số, cào trúng thưởng) phải đăng ký và được xác nhận trước khi thực hiện; các hình thức khác như giảm giá, tặng quà, tặng phiếu mua hàng chỉ phải thông báo."),
        ("Tổng giá trị giải thưởng có bị giới hạn không?",
         "Tổng giá trị hàng hóa, dịch vụ dùng để khuyến mại không được vượt quá 50% tổng giá trị của hàng hóa, dịch vụ được khuyến mại.")])

P("XTTM", "TW", 4, "Đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi trên địa bàn từ 02 tỉnh, thành phố trực thuộc trung ương trở lên",
  "Registration of games-of-chance sales promotions in two or more provinces", 5, 0, "Không",
  ["Văn bản đề nghị thực hiện chương trình khuyến mại theo mẫu",
   "Thể lệ chương trình khuyến mại theo mẫu",
   "Mẫu vé số dự thưởng hoặc hình ảnh hàng hóa khuyến mại, hàng hóa dùng để khuyến mại",
   "Bản sao giấy tờ chứng minh chất lượng hàng hóa khuyến mại, hàng hóa dùng để khuyến mại theo quy định"],
  "Văn bản xác nhận đăng ký thực hiện khuyến mại",
  "đăng ký khuyến mại toàn quốc; khuyến mại nhiều tỉnh; quay số trúng thưởng", None,
  launch=True, eresult=True, fields=KM_FIELDS + [F("area", "Các tỉnh, thành phố thực hiện", "Provinces of implementation", "textarea")])

P("XTTM", "T", 4, "Thông báo thực hiện khuyến mại", "Notification of sales promotions", 1, 0, "Không",
  ["Thông báo thực hiện khuyến mại theo mẫu"],
  "Hồ sơ thông báo được tiếp nhận trên Hệ thống; thương nhân được thực hiện khuyến mại theo nội dung đã thông báo",
  "thông báo khuyến mại; khuyến mãi giảm giá; tặng quà; thông báo khuyến mãi", None,
  launch=True, eresult=True, fields=KM_FIELDS[:5] + [F("promotion_type", "Hình thức khuyến mại", "Promotion type", "select",
      options=["Tặng hàng mẫu, dùng thử", "Tặng hàng hóa, dịch vụ không thu tiền", "Giảm giá", "Tặng phiếu mua hàng",
               "Tặng phiếu dự thi", "Khách hàng thường xuyên", "Hình thức khác"])],
  cond="Thương nhân gửi thông báo đến Sở Công Thương nơi thực hiện khuyến mại chậm nhất 03 ngày làm việc trước khi thực hiện khuyến mại.",
  steps=["Bước 1: Thương nhân khai Thông báo thực hiện khuyến mại trên Cổng Dịch vụ công quốc gia hoặc Cổng dịch vụ công của Bộ Công Thương, chọn các tỉnh, thành phố nơi thực hiện.",
         "Bước 2: Hệ thống chuyển thông báo đến Sở Công Thương các tỉnh, thành phố nơi thực hiện khuyến mại chậm nhất 03 ngày làm việc trước ngày bắt đầu.",
         "Bước 3: Sở Công Thương tiếp nhận, theo dõi; trường hợp nội dung không phù hợp quy định thì có văn bản yêu cầu thương nhân điều chỉnh.",
         "Bước 4: Thương nhân nhận thông báo tiếp nhận hồ sơ trên hệ thống và thực hiện khuyến mại theo nội dung đã thông báo."],
  faqs=[("Chương trình giảm giá có bị giới hạn mức giảm không?",
         "Mức giảm giá tối đa không được vượt quá 50% giá hàng hóa, dịch vụ ngay trước thời gian khuyến mại, trừ các chương trình khuyến mại tập trung do cơ quan có thẩm quyền tổ chức.")])

P("XTTM", "T", 4, "Đăng ký sửa đổi, bổ sung nội dung chương trình khuyến mại theo hình thức mang tính may rủi", "Registration of amendments to games-of-chance promotion programmes", 5, 0, "Không",
  ["Văn bản đề nghị sửa đổi, bổ sung nội dung chương trình khuyến mại theo mẫu",
   "Tài liệu liên quan đến nội dung sửa đổi, bổ sung"],
  "Văn bản xác nhận việc sửa đổi, bổ sung nội dung chương trình khuyến mại",
  "sửa đổi chương trình khuyến mại; gia hạn khuyến mại", None, eresult=True, fields=KM_FIELDS[:5])

P("XTTM", "T", 4, "Thông báo sửa đổi, bổ sung nội dung chương trình khuyến mại", "Notification of amendments to sales promotion programmes", 1, 0, "Không",
  ["Thông báo sửa đổi, bổ sung nội dung chương trình khuyến mại theo mẫu",
   "Tài liệu liên quan đến nội dung sửa đổi, bổ sung"],
  "Hồ sơ thông báo sửa đổi, bổ sung được tiếp nhận",
  "sửa thông báo khuyến mại; thay đổi khuyến mãi", None, fields=KM_FIELDS[:5])

P("XTTM", "T", 4, "Đăng ký tổ chức hội chợ, triển lãm thương mại tại Việt Nam", "Registration of trade fairs and exhibitions in Vietnam", 7, 0, "Không",
  ["Đơn đăng ký tổ chức hội chợ, triển lãm thương mại theo mẫu",
   "Kế hoạch tổ chức hội chợ, triển lãm (thời gian, địa điểm, quy mô, thành phần tham gia)"],
  "Văn bản xác nhận đăng ký tổ chức hội chợ, triển lãm thương mại",
  "hội chợ; triển lãm thương mại; tổ chức hội chợ", None)

P("XTTM", "TW", 4, "Đăng ký tổ chức hội chợ, triển lãm thương mại ở nước ngoài", "Registration of trade fairs and exhibitions abroad", 7, 0, "Không",
  ["Đơn đăng ký tổ chức hội chợ, triển lãm thương mại ở nước ngoài theo mẫu",
   "Kế hoạch tổ chức, danh sách doanh nghiệp tham gia dự kiến"],
  "Văn bản xác nhận đăng ký tổ chức hội chợ, triển lãm thương mại ở nước ngoài",
  "hội chợ nước ngoài; triển lãm quốc tế; xúc tiến xuất khẩu", "business_operation import_export")

P("XTTM", "T", 3, "Cấp Giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam", "Licence to establish representative offices of foreign traders in Vietnam", 7, 3000000,
  "Lệ phí: 3.000.000 đồng/giấy phép",
  ["Đơn đề nghị cấp Giấy phép thành lập Văn phòng đại diện theo mẫu",
   "Bản sao giấy đăng ký kinh doanh của thương nhân nước ngoài được hợp pháp hóa lãnh sự",
   "Báo cáo tài chính có kiểm toán hoặc tài liệu chứng minh thương nhân hoạt động tối thiểu 01 năm",
   "Văn bản bổ nhiệm người đứng đầu Văn phòng đại diện",
   "Bản sao hợp đồng thuê địa điểm đặt trụ sở Văn phòng đại diện"],
  "Giấy phép thành lập Văn phòng đại diện",
  "văn phòng đại diện nước ngoài; thương nhân nước ngoài; VPĐD", "start_business",
  legal=["Nghị định số 07/2016/NĐ-CP ngày 25/01/2016 của Chính phủ quy định chi tiết Luật Thương mại về Văn phòng đại diện, Chi nhánh của thương nhân nước ngoài tại Việt Nam",
         "Thông tư số 143/2016/TT-BTC ngày 26/9/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí cấp giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam"])

# ---------------------------------------------------------------------- ĐIỆN --
P("DIEN", "H", 4, "Cấp điện mới từ lưới điện hạ áp", "New electricity connection from the low-voltage grid", 3, 0,
  "Không thu phí; đơn vị điện lực đầu tư công tơ và đường dây đến công tơ, khách hàng tự đầu tư đường dây sau công tơ",
  ["Giấy đề nghị mua điện theo mẫu",
   "Bản sao giấy tờ tùy thân (chứng minh nhân dân, thẻ căn cước công dân hoặc hộ chiếu) của người đề nghị mua điện",
   "Bản sao một trong các giấy tờ xác định chủ thể sử dụng hợp pháp địa điểm mua điện (Giấy chứng nhận quyền sử dụng đất, hợp đồng thuê nhà, giấy xác nhận cư trú…)",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh (đối với mục đích ngoài sinh hoạt)"],
  "Hợp đồng mua bán điện và công tơ điện được lắp đặt, cấp điện",
  "cấp điện mới; lắp công tơ điện; xin cấp điện; đồng hồ điện; mắc điện; hợp đồng mua bán điện", "house_land start_business",
  launch=True, eresult=False,
  legal=["Thông tư số 24/2016/TT-BCT ngày 30/11/2016 của Bộ trưởng Bộ Công Thương quy định một số nội dung về rút ngắn thời gian tiếp cận điện năng",
         "Thông tư số 16/2014/TT-BCT ngày 29/5/2014 của Bộ trưởng Bộ Công Thương quy định về thực hiện giá bán điện"],
  fields=[EMAIL,
          F("supply_address", "Địa chỉ đề nghị cấp điện", "Address of the connection", prefill="address"),
          F("purpose", "Mục đích sử dụng điện", "Purpose of use", "select",
            options=["Sinh hoạt", "Kinh doanh, dịch vụ", "Sản xuất", "Hành chính sự nghiệp"]),
          F("phase", "Loại công tơ đề nghị", "Meter type", "select", options=["Công tơ 1 pha", "Công tơ 3 pha"]),
          F("household_members", "Số hộ dùng chung (đối với mục đích sinh hoạt)", "Number of households sharing (residential)", "number", required=False),
          F("installation_date", "Ngày mong muốn khảo sát, lắp đặt", "Preferred survey/installation date", "date", required=False)],
  steps=["Bước 1: Khách hàng khai Giấy đề nghị mua điện trên Cổng Dịch vụ công quốc gia hoặc Cổng dịch vụ khách hàng của ngành điện, tải lên bản chụp giấy tờ theo quy định.",
         "Bước 2: Điện lực quận, huyện tiếp nhận, liên hệ khách hàng để khảo sát điều kiện cấp điện tại địa điểm mua điện.",
         "Bước 3: Điện lực và khách hàng ký Hợp đồng mua bán điện (ký điện tử hoặc ký trực tiếp khi lắp đặt).",
         "Bước 4: Điện lực lắp đặt công tơ, treo tháo và nghiệm thu, đóng điện trong thời hạn không quá 03 ngày làm việc đối với khu vực thành phố, thị xã (05 ngày làm việc đối với khu vực nông thôn) kể từ khi nhận đủ hồ sơ hợp lệ."],
  faqs=[("Khách hàng thuê nhà có được đề nghị cấp điện riêng không?",
         "Được. Người thuê nhà có thể ký hợp đồng mua bán điện khi có hợp đồng thuê nhà và văn bản cam kết thanh toán tiền điện của chủ nhà hoặc người thuê theo quy định của đơn vị điện lực."),
        ("Cấp điện mới có mất chi phí không?",
         "Đơn vị điện lực đầu tư công tơ và đường dây đến vị trí lắp đặt công tơ; khách hàng chỉ tự đầu tư đường dây và thiết bị điện sau công tơ.")])

P("DIEN", "T", 4, "Thanh toán tiền điện", "Electricity bill payment", 1, 0,
  "Không thu phí; số tiền thanh toán theo hóa đơn tiền điện của kỳ thanh toán",
  ["Thông báo tiền điện hoặc hóa đơn tiền điện điện tử (mã khách hàng sử dụng điện)",
   "Giấy đề nghị thanh toán tiền điện tự động qua ngân hàng theo mẫu (đối với khách hàng đăng ký trích nợ tự động)"],
  "Biên nhận thanh toán điện tử; hóa đơn tiền điện được ghi nhận đã thanh toán",
  "thanh toán tiền điện; trả tiền điện online; hóa đơn tiền điện; EVN; tiền điện tháng", "house_land",
  launch=True, kind="payment", eresult=True,
  impl="Tổng công ty Điện lực, Công ty Điện lực tỉnh, thành phố trực thuộc trung ương",
  comp="Đơn vị điện lực bán điện cho khách hàng",
  recv="Cổng Dịch vụ công quốc gia, điểm thu tiền điện của đơn vị điện lực hoặc ngân hàng, tổ chức trung gian thanh toán",
  lookup="mã khách hàng sử dụng điện (in trên thông báo, hóa đơn tiền điện)",
  direct_desc="Thanh toán trực tiếp tại quầy thu tiền điện của đơn vị điện lực, điểm thu hộ của ngân hàng hoặc bưu điện.",
  legal=["Thông tư số 16/2014/TT-BCT ngày 29/5/2014 của Bộ trưởng Bộ Công Thương quy định về thực hiện giá bán điện",
         "Quyết định số 648/QĐ-BCT ngày 20/3/2019 của Bộ trưởng Bộ Công Thương về điều chỉnh mức giá bán lẻ điện bình quân và quy định giá bán điện"],
  fields=[F("customer_code", "Mã khách hàng sử dụng điện", "Electricity customer code"),
          F("billing_period", "Kỳ hóa đơn (tháng/năm)", "Billing period (month/year)"),
          F("amount", "Số tiền thanh toán (đồng)", "Amount to pay (VND)", "number"),
          EMAIL,
          F("payment_channel", "Phương thức thanh toán", "Payment method", "select",
            options=["Thẻ ngân hàng nội địa", "Thẻ tín dụng quốc tế", "Ví điện tử", "Internet Banking"])],
  faqs=[("Thanh toán tiền điện trên Cổng Dịch vụ công quốc gia có mất phí không?",
         "Không. Người dùng chỉ thanh toán đúng số tiền trên hóa đơn tiền điện; giao dịch được cập nhật ngay vào hệ thống của ngành điện."),
        ("Tôi có thể thanh toán tiền điện cho người khác không?",
         "Có. Bạn chỉ cần nhập đúng mã khách hàng sử dụng điện in trên thông báo hoặc hóa đơn tiền điện để tra cứu số tiền và thanh toán.")])

P("DIEN", "T", 3, "Cấp điện mới từ lưới điện trung áp", "New electricity connection from the medium-voltage grid", 5, 0,
  "Không thu phí; khách hàng đầu tư trạm biến áp và đường dây theo thỏa thuận đấu nối",
  ["Giấy đề nghị đấu nối và mua điện theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập",
   "Bản sao giấy tờ xác định quyền sử dụng hợp pháp địa điểm mua điện",
   "Hồ sơ thiết kế công trình điện của khách hàng"],
  "Thỏa thuận đấu nối, Hợp đồng mua bán điện và công trình được đóng điện",
  "cấp điện trung áp; trạm biến áp; đấu nối lưới điện; tiếp cận điện năng", "business_operation",
  app="e",
  impl="Công ty Điện lực tỉnh, thành phố trực thuộc trung ương", comp="Công ty Điện lực tỉnh, thành phố trực thuộc trung ương",
  recv="Phòng giao dịch khách hàng của Công ty Điện lực tỉnh, thành phố",
  legal=["Thông tư số 24/2016/TT-BCT ngày 30/11/2016 của Bộ trưởng Bộ Công Thương quy định một số nội dung về rút ngắn thời gian tiếp cận điện năng"])

P("DIEN", "H", 4, "Thay đổi chủ thể hợp đồng mua bán điện", "Change of the party to an electricity purchase contract", 3, 0, "Không",
  ["Giấy đề nghị thay đổi chủ thể hợp đồng mua bán điện theo mẫu",
   "Bản sao giấy tờ tùy thân của chủ thể mới",
   "Bản sao giấy tờ chứng minh quyền sử dụng hợp pháp địa điểm mua điện của chủ thể mới"],
  "Hợp đồng mua bán điện mới đứng tên chủ thể mới",
  "sang tên hợp đồng điện; đổi tên chủ hộ điện; mua nhà sang tên công tơ", "house_land")

P("DIEN", "H", 4, "Thay đổi mục đích sử dụng điện", "Change of electricity use purpose", 3, 0, "Không",
  ["Giấy đề nghị thay đổi mục đích sử dụng điện theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký kinh doanh (trường hợp chuyển sang mục đích kinh doanh)"],
  "Phụ lục hợp đồng mua bán điện với giá bán điện theo mục đích mới",
  "đổi giá điện; thay đổi mục đích sử dụng điện; giá điện kinh doanh", "house_land business_operation")

P("DIEN", "H", 3, "Kiểm tra, kiểm định công tơ điện theo yêu cầu của khách hàng", "Meter inspection and verification at the customer's request", 3, 0,
  "Không thu phí nếu công tơ chạy sai; trường hợp công tơ đạt yêu cầu kỹ thuật, khách hàng trả chi phí kiểm định theo quy định",
  ["Giấy đề nghị kiểm tra, kiểm định công tơ điện theo mẫu"],
  "Biên bản kiểm tra, kiểm định công tơ và kết quả xử lý",
  "kiểm định công tơ; công tơ chạy nhanh; đồng hồ điện sai; tiền điện tăng bất thường", "house_land")

P("DIEN", "H", 4, "Chấm dứt hợp đồng mua bán điện", "Termination of electricity purchase contracts", 1, 0, "Không",
  ["Giấy đề nghị chấm dứt hợp đồng mua bán điện theo mẫu",
   "Hóa đơn tiền điện kỳ gần nhất đã thanh toán"],
  "Biên bản thanh lý hợp đồng mua bán điện",
  "thanh lý hợp đồng điện; cắt điện theo yêu cầu; hủy hợp đồng điện", "house_land")

P("DIEN", "T", 3, "Cấp giấy phép hoạt động điện lực trong lĩnh vực bán lẻ điện tại địa phương", "Electricity operation licences for retail electricity sale at local level", 15, 700000,
  "Phí thẩm định cấp giấy phép hoạt động điện lực: 700.000 đồng/hồ sơ",
  ["Văn bản đề nghị cấp giấy phép hoạt động điện lực theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập",
   "Danh sách trích ngang người trực tiếp quản lý kỹ thuật, vận hành kèm bản sao văn bằng",
   "Tài liệu về hệ thống lưới điện, phạm vi bán lẻ điện"],
  "Giấy phép hoạt động điện lực",
  "giấy phép hoạt động điện lực; bán lẻ điện; điện nông thôn", "business_operation",
  app="e",
  legal=["Thông tư số 36/2018/TT-BCT ngày 16/10/2018 của Bộ trưởng Bộ Công Thương quy định trình tự, thủ tục cấp, thu hồi giấy phép hoạt động điện lực",
         "Thông tư số 167/2016/TT-BTC ngày 26/10/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép hoạt động điện lực"])

P("DIEN", "T", 2, "Cấp giấy phép hoạt động tư vấn chuyên ngành điện lực thuộc thẩm quyền cấp của địa phương", "Licences for specialised electricity consultancy at local level", 15, 800000,
  "Phí thẩm định cấp giấy phép hoạt động điện lực: 800.000 đồng/hồ sơ",
  ["Văn bản đề nghị cấp giấy phép hoạt động điện lực theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
   "Danh sách chuyên gia tư vấn kèm bản sao văn bằng, chứng chỉ hành nghề",
   "Danh mục các dự án tư vấn đã thực hiện (nếu có)"],
  "Giấy phép hoạt động điện lực lĩnh vực tư vấn",
  "tư vấn thiết kế điện; tư vấn giám sát điện; giấy phép điện lực", "business_operation",
  app="e",
  legal=["Thông tư số 36/2018/TT-BCT ngày 16/10/2018 của Bộ trưởng Bộ Công Thương quy định trình tự, thủ tục cấp, thu hồi giấy phép hoạt động điện lực",
         "Thông tư số 167/2016/TT-BTC ngày 26/10/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép hoạt động điện lực"])

# ---------------------------------------------------- KHÁM BỆNH, CHỮA BỆNH --
CCHN_DOCS = ["Đơn đề nghị cấp chứng chỉ hành nghề khám bệnh, chữa bệnh theo mẫu",
             "Bản sao hợp lệ văn bằng chuyên môn liên quan đến phạm vi hoạt động chuyên môn đề nghị cấp",
             "Giấy xác nhận quá trình thực hành theo mẫu",
             "Giấy chứng nhận đủ sức khỏe để hành nghề khám bệnh, chữa bệnh do cơ sở khám bệnh, chữa bệnh có thẩm quyền cấp",
             "Phiếu lý lịch tư pháp",
             "02 ảnh màu nền trắng cỡ 04 cm x 06 cm chụp trong thời gian không quá 06 tháng"]
CCHN_FIELDS = [F("title", "Chức danh chuyên môn", "Professional title", "select",
                 options=["Bác sĩ", "Y sĩ", "Điều dưỡng", "Hộ sinh", "Kỹ thuật viên", "Lương y", "Người có bài thuốc gia truyền"]),
               F("qualification", "Văn bằng chuyên môn", "Professional qualification"),
               F("practice_scope", "Phạm vi hoạt động chuyên môn đề nghị", "Requested scope of professional activity", "textarea"),
               F("practice_place", "Cơ sở xác nhận quá trình thực hành", "Facility certifying the practice period"),
               EMAIL, RECEIVE]
CCHN_FEE = "Phí thẩm định cấp chứng chỉ hành nghề: 360.000 đồng/hồ sơ"
GPHD_FEE = "Phí thẩm định cấp giấy phép hoạt động: bệnh viện 10.500.000 đồng; phòng khám đa khoa 5.700.000 đồng; phòng khám chuyên khoa, phòng chẩn trị y học cổ truyền, nhà hộ sinh, cơ sở dịch vụ cận lâm sàng 4.300.000 đồng; trạm y tế cấp xã, cơ sở dịch vụ y tế 3.100.000 đồng"
GPHD_DOCS = ["Đơn đề nghị cấp giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh theo mẫu",
             "Bản sao hợp lệ quyết định thành lập hoặc Giấy chứng nhận đăng ký doanh nghiệp",
             "Bản sao hợp lệ chứng chỉ hành nghề của người chịu trách nhiệm chuyên môn kỹ thuật và người phụ trách bộ phận chuyên môn",
             "Danh sách ghi rõ họ tên, số chứng chỉ hành nghề, phạm vi hoạt động chuyên môn của từng người hành nghề",
             "Bản kê khai cơ sở vật chất, thiết bị y tế, tổ chức nhân sự của cơ sở",
             "Dự kiến phạm vi hoạt động chuyên môn và danh mục kỹ thuật đề nghị thực hiện"]
GPHD_FIELDS = [F("facility_name", "Tên cơ sở khám bệnh, chữa bệnh", "Name of the health-care facility"),
               F("facility_type", "Hình thức tổ chức", "Type of facility", "select",
                 options=["Bệnh viện", "Phòng khám đa khoa", "Phòng khám chuyên khoa", "Phòng chẩn trị y học cổ truyền",
                          "Nhà hộ sinh", "Cơ sở dịch vụ cận lâm sàng", "Cơ sở dịch vụ y tế"]),
               F("facility_address", "Địa chỉ cơ sở", "Facility address"),
               F("technical_director", "Người chịu trách nhiệm chuyên môn kỹ thuật", "Person in charge of professional matters"),
               F("director_license", "Số chứng chỉ hành nghề của người chịu trách nhiệm chuyên môn", "Practising certificate number of the person in charge"),
               EMAIL]
P("KCB", "T", 3, "Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh đối với người Việt Nam thuộc thẩm quyền của Sở Y tế",
  "Issuance of medical practising certificates to Vietnamese nationals under the authority of provincial Departments of Health", 30, 360000, CCHN_FEE,
  CCHN_DOCS,
  "Chứng chỉ hành nghề khám bệnh, chữa bệnh",
  "chứng chỉ hành nghề; CCHN; chứng chỉ hành nghề y; bác sĩ; điều dưỡng; hành nghề khám chữa bệnh", "health employment",
  launch=True, app="c", eresult=False,
  cond="Có văn bằng chuyên môn phù hợp; có văn bản xác nhận quá trình thực hành (bác sĩ 18 tháng, y sĩ 12 tháng, điều dưỡng, hộ sinh, kỹ thuật viên 09 tháng); có giấy chứng nhận đủ sức khỏe và không thuộc trường hợp bị cấm hành nghề.",
  fields=CCHN_FIELDS,
  faqs=[("Bác sĩ mới tốt nghiệp cần thực hành bao lâu để được cấp chứng chỉ hành nghề?",
         "Bác sĩ phải có thời gian thực hành tại cơ sở khám bệnh, chữa bệnh từ 18 tháng trở lên; y sĩ 12 tháng; điều dưỡng, hộ sinh, kỹ thuật viên 09 tháng."),
        ("Chứng chỉ hành nghề khám bệnh, chữa bệnh có thời hạn không?",
         "Chứng chỉ hành nghề được cấp một lần và có giá trị trong phạm vi cả nước; người hành nghề phải cập nhật kiến thức y khoa liên tục theo quy định.")])

P("KCB", "TW", 3, "Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh đối với người Việt Nam thuộc thẩm quyền của Bộ Y tế",
  "Issuance of medical practising certificates to Vietnamese nationals under the authority of the Ministry of Health", 30, 360000, CCHN_FEE,
  CCHN_DOCS, "Chứng chỉ hành nghề khám bệnh, chữa bệnh",
  "chứng chỉ hành nghề Bộ Y tế; CCHN bệnh viện trung ương", "health employment",
  app="c", fields=CCHN_FIELDS,
  cond="Áp dụng đối với người làm việc tại các cơ sở khám bệnh, chữa bệnh trực thuộc Bộ Y tế, các bộ, ngành khác theo phân cấp.")

P("KCB", "T", 2, "Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh đối với người nước ngoài, người Việt Nam định cư ở nước ngoài thuộc thẩm quyền của Sở Y tế",
  "Issuance of medical practising certificates to foreigners and overseas Vietnamese under the authority of provincial Departments of Health", 30, 360000, CCHN_FEE,
  CCHN_DOCS[:3] + ["Giấy chứng nhận biết tiếng Việt thành thạo hoặc sử dụng thành thạo ngôn ngữ khác đã đăng ký, hoặc đủ trình độ phiên dịch chuyên ngành y",
                   "Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phạm tội do cơ quan có thẩm quyền của nước ngoài cấp, đã được hợp pháp hóa lãnh sự"],
  "Chứng chỉ hành nghề khám bệnh, chữa bệnh",
  "bác sĩ nước ngoài; CCHN người nước ngoài", "health employment", app="c")

P("KCB", "T", 3, "Cấp lại chứng chỉ hành nghề khám bệnh, chữa bệnh đối với người Việt Nam bị mất hoặc hư hỏng",
  "Reissuance of lost or damaged medical practising certificates for Vietnamese nationals", 10, 360000, CCHN_FEE,
  ["Đơn đề nghị cấp lại chứng chỉ hành nghề khám bệnh, chữa bệnh theo mẫu",
   "Chứng chỉ hành nghề bị hư hỏng (trường hợp bị hư hỏng)",
   "02 ảnh màu nền trắng cỡ 04 cm x 06 cm"],
  "Chứng chỉ hành nghề khám bệnh, chữa bệnh (cấp lại)",
  "mất chứng chỉ hành nghề; cấp lại CCHN", "health employment",
  app="c", fields=CCHN_FIELDS[:3] + [EMAIL, RECEIVE])

P("KCB", "T", 2, "Cấp điều chỉnh phạm vi hoạt động chuyên môn trong chứng chỉ hành nghề khám bệnh, chữa bệnh",
  "Adjustment of the scope of professional activity in medical practising certificates", 10, 360000, CCHN_FEE,
  ["Đơn đề nghị điều chỉnh phạm vi hoạt động chuyên môn theo mẫu",
   "Bản sao hợp lệ văn bằng, giấy chứng nhận đào tạo chuyên môn liên quan đến phạm vi đề nghị điều chỉnh",
   "Giấy xác nhận quá trình thực hành đối với phạm vi chuyên môn mới"],
  "Chứng chỉ hành nghề khám bệnh, chữa bệnh với phạm vi hoạt động chuyên môn đã điều chỉnh",
  "điều chỉnh phạm vi hành nghề; bổ sung phạm vi chuyên môn", "health employment", app="c")

P("KCB", "T", 3, "Cấp giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh thuộc thẩm quyền của Sở Y tế",
  "Operating licences for health-care facilities under the authority of provincial Departments of Health", 90, 4300000, GPHD_FEE,
  GPHD_DOCS,
  "Giấy phép hoạt động khám bệnh, chữa bệnh",
  "giấy phép hoạt động phòng khám; mở phòng khám; GPHĐ khám chữa bệnh; phòng khám tư nhân", "health start_business",
  launch=True, eresult=False,
  cond="Cơ sở đáp ứng điều kiện về cơ sở vật chất, thiết bị y tế, nhân sự theo từng hình thức tổ chức; người chịu trách nhiệm chuyên môn kỹ thuật có chứng chỉ hành nghề phù hợp và đã có thời gian hành nghề khám bệnh, chữa bệnh ít nhất 36 tháng.",
  fields=GPHD_FIELDS,
  faqs=[("Người đứng đầu phòng khám cần điều kiện gì?",
         "Người chịu trách nhiệm chuyên môn kỹ thuật của phòng khám phải có chứng chỉ hành nghề phù hợp với chuyên khoa và có thời gian hành nghề khám bệnh, chữa bệnh ít nhất 36 tháng."),
        ("Sở Y tế có thẩm định thực tế tại cơ sở không?",
         "Có. Sở Y tế thành lập đoàn thẩm định tại cơ sở trước khi cấp giấy phép; trường hợp chưa đáp ứng, cơ sở được hướng dẫn khắc phục và đề nghị thẩm định lại.")])

P("KCB", "T", 3, "Cấp giấy phép hoạt động đối với phòng khám đa khoa thuộc thẩm quyền của Sở Y tế",
  "Operating licences for general clinics under the authority of provincial Departments of Health", 90, 5700000,
  "Phí thẩm định cấp giấy phép hoạt động: 5.700.000 đồng/lần",
  GPHD_DOCS, "Giấy phép hoạt động khám bệnh, chữa bệnh",
  "phòng khám đa khoa; mở phòng khám đa khoa", "health start_business", fields=GPHD_FIELDS)

P("KCB", "TW", 2, "Cấp giấy phép hoạt động đối với bệnh viện thuộc Bộ Y tế, bệnh viện tư nhân hoặc thuộc các bộ khác",
  "Operating licences for hospitals under the Ministry of Health, private hospitals and hospitals under other ministries", 90, 10500000,
  "Phí thẩm định cấp giấy phép hoạt động: 10.500.000 đồng/lần",
  GPHD_DOCS[:5] + ["Điều lệ tổ chức và hoạt động, phương án hoạt động ban đầu của bệnh viện"],
  "Giấy phép hoạt động khám bệnh, chữa bệnh",
  "bệnh viện tư nhân; giấy phép bệnh viện", "health start_business", app="e")

P("KCB", "T", 2, "Cấp lại giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh khi thay đổi địa điểm",
  "Reissuance of operating licences for health-care facilities relocating", 60, 4300000,
  "Phí thẩm định: theo mức thu cấp mới tương ứng với hình thức tổ chức của cơ sở (từ 3.100.000 đến 10.500.000 đồng)",
  ["Đơn đề nghị cấp lại giấy phép hoạt động theo mẫu",
   "Bản kê khai cơ sở vật chất, thiết bị y tế tại địa điểm mới",
   "Bản sao giấy tờ chứng minh quyền sử dụng hợp pháp địa điểm mới"],
  "Giấy phép hoạt động khám bệnh, chữa bệnh (cấp lại)",
  "chuyển địa điểm phòng khám; cấp lại giấy phép hoạt động", "health business_operation", app="e")

P("KCB", "T", 2, "Điều chỉnh giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh khi thay đổi quy mô giường bệnh hoặc cơ cấu tổ chức hoặc phạm vi hoạt động chuyên môn",
  "Adjustment of health-care facility operating licences upon changes in bed capacity, structure or scope of activity", 60, 4300000,
  "Phí thẩm định: 4.300.000 đồng/lần",
  ["Đơn đề nghị điều chỉnh nội dung giấy phép hoạt động theo mẫu",
   "Hồ sơ nhân sự, bản kê khai cơ sở vật chất, thiết bị y tế tương ứng với nội dung điều chỉnh",
   "Danh mục kỹ thuật dự kiến bổ sung (trường hợp thay đổi phạm vi hoạt động chuyên môn)"],
  "Giấy phép hoạt động khám bệnh, chữa bệnh đã được điều chỉnh",
  "điều chỉnh giấy phép hoạt động; tăng giường bệnh; bổ sung chuyên khoa", "health business_operation", app="e")

P("KCB", "T", 1, "Cấp giấy chứng nhận là lương y", "Issuance of traditional medicine practitioner certificates", 30, 0, "Không",
  ["Đơn đề nghị cấp giấy chứng nhận là lương y theo mẫu",
   "Bản sao hợp lệ giấy chứng nhận đã qua đào tạo về y học cổ truyền hoặc văn bản chứng minh là người có thành tích trong khám bệnh, chữa bệnh bằng y học cổ truyền",
   "Sơ yếu lý lịch có xác nhận của Ủy ban nhân dân cấp xã nơi cư trú",
   "02 ảnh màu cỡ 04 cm x 06 cm"],
  "Giấy chứng nhận là lương y",
  "lương y; y học cổ truyền; thầy thuốc đông y", "health employment", app="c",
  legal=["Thông tư số 29/2015/TT-BYT ngày 12/10/2015 của Bộ trưởng Bộ Y tế quy định cấp, cấp lại giấy chứng nhận là lương y"])

P("KCB", "T", 3, "Công bố cơ sở đủ điều kiện thực hiện khám sức khỏe", "Declaration of facilities eligible to perform health checks", 10, 0, "Không",
  ["Văn bản công bố đủ điều kiện thực hiện khám sức khỏe theo mẫu",
   "Danh sách người thực hiện khám sức khỏe kèm bản sao chứng chỉ hành nghề",
   "Bản kê khai cơ sở vật chất, thiết bị y tế phục vụ khám sức khỏe"],
  "Cơ sở được đăng tải trên Cổng thông tin điện tử của Sở Y tế là cơ sở đủ điều kiện khám sức khỏe",
  "khám sức khỏe; cơ sở khám sức khỏe lái xe; khám sức khỏe xin việc", "health business_operation", app="e",
  legal=["Thông tư số 14/2013/TT-BYT ngày 06/5/2013 của Bộ trưởng Bộ Y tế hướng dẫn khám sức khỏe"])

P("KCB", "T", 2, "Phê duyệt lần đầu danh mục kỹ thuật của cơ sở khám bệnh, chữa bệnh", "First-time approval of the list of medical techniques of health-care facilities", 30, 0, "Không",
  ["Văn bản đề nghị phê duyệt danh mục kỹ thuật theo mẫu",
   "Danh mục kỹ thuật đề nghị phê duyệt",
   "Bản kê khai nhân lực, trang thiết bị tương ứng với từng kỹ thuật"],
  "Quyết định phê duyệt danh mục kỹ thuật",
  "danh mục kỹ thuật; phân tuyến kỹ thuật", "health business_operation", app="e",
  legal=["Thông tư số 43/2013/TT-BYT ngày 11/12/2013 của Bộ trưởng Bộ Y tế quy định chi tiết phân tuyến chuyên môn kỹ thuật đối với hệ thống cơ sở khám bệnh, chữa bệnh"])

P("KCB", "T", 1, "Cấp phép hoạt động khám bệnh, chữa bệnh nhân đạo theo đợt, khám bệnh, chữa bệnh lưu động", "Permits for humanitarian and mobile medical examination campaigns", 10, 0, "Không",
  ["Văn bản đề nghị cho phép tổ chức khám bệnh, chữa bệnh nhân đạo theo mẫu",
   "Danh sách người tham gia khám bệnh, chữa bệnh kèm bản sao chứng chỉ hành nghề",
   "Kế hoạch tổ chức khám bệnh, chữa bệnh (thời gian, địa điểm, phạm vi chuyên môn)"],
  "Văn bản cho phép tổ chức khám bệnh, chữa bệnh nhân đạo",
  "khám bệnh nhân đạo; khám lưu động; khám từ thiện", "health social_support", app="ce")

# --------------------------------------------------- ĐĂNG KÝ DOANH NGHIỆP --
DN_FEE = "Lệ phí đăng ký doanh nghiệp: 100.000 đồng/lần; phí công bố nội dung đăng ký doanh nghiệp: 300.000 đồng/lần"
DN_FEE_ONLINE = "Miễn lệ phí đăng ký doanh nghiệp khi đăng ký qua mạng điện tử; phí công bố nội dung đăng ký doanh nghiệp: 300.000 đồng/lần"
DN_FOUND_DOCS = ["Giấy đề nghị đăng ký doanh nghiệp theo mẫu",
                 "Điều lệ công ty",
                 "Danh sách thành viên hoặc danh sách cổ đông sáng lập (đối với công ty có nhiều thành viên, cổ đông)",
                 "Bản sao giấy tờ pháp lý của cá nhân (thẻ căn cước công dân, chứng minh nhân dân hoặc hộ chiếu) đối với người thành lập doanh nghiệp và người đại diện theo pháp luật",
                 "Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập đối với thành viên, cổ đông là tổ chức",
                 "Văn bản ủy quyền cho người đi nộp hồ sơ (trường hợp ủy quyền)"]
DN_FOUND_FIELDS = [F("enterprise_name", "Tên doanh nghiệp dự kiến (tiếng Việt)", "Proposed enterprise name (Vietnamese)"),
                   F("enterprise_name_foreign", "Tên doanh nghiệp bằng tiếng nước ngoài (nếu có)", "Enterprise name in a foreign language (if any)", required=False),
                   F("head_office", "Địa chỉ trụ sở chính", "Head office address"),
                   F("charter_capital", "Vốn điều lệ (đồng)", "Charter capital (VND)", "number"),
                   F("business_lines", "Ngành, nghề kinh doanh (mã ngành cấp 4)", "Business lines (level-4 codes)", "textarea"),
                   EMAIL]
DN_FAQS = [("Thời hạn cấp Giấy chứng nhận đăng ký doanh nghiệp là bao lâu?",
            "Trong thời hạn 03 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ, Phòng Đăng ký kinh doanh cấp Giấy chứng nhận đăng ký doanh nghiệp; mã số doanh nghiệp đồng thời là mã số thuế."),
           ("Đăng ký doanh nghiệp qua mạng có phải nộp hồ sơ giấy không?",
            "Hồ sơ đăng ký qua mạng sử dụng chữ ký số hoặc tài khoản đăng ký kinh doanh có giá trị pháp lý như hồ sơ giấy; trường hợp dùng tài khoản đăng ký kinh doanh, người nộp không phải nộp thêm hồ sơ giấy.")]


def DN(name, en, sl, kw, app="ce", docs=None, fields=None, faqs=None, **o):
    P("DKKD", "T", sl, name, en, 3, 400000, DN_FEE, docs or DN_FOUND_DOCS,
      "Giấy chứng nhận đăng ký doanh nghiệp", kw, None, app=app,
      online_fee=300000, online_fee_desc=DN_FEE_ONLINE, fields=fields or DN_FOUND_FIELDS,
      faqs=faqs, eresult=True, **o)


DN("Đăng ký thành lập doanh nghiệp tư nhân", "Registration of establishment of sole proprietorships", 4,
   "thành lập doanh nghiệp tư nhân; DNTN; mở công ty; đăng ký kinh doanh; giấy phép kinh doanh", app="c",
   docs=[DN_FOUND_DOCS[0], DN_FOUND_DOCS[3], DN_FOUND_DOCS[5]],
   fields=[F("enterprise_name", "Tên doanh nghiệp tư nhân dự kiến", "Proposed sole proprietorship name"),
           F("head_office", "Địa chỉ trụ sở chính", "Head office address"),
           F("investment_capital", "Vốn đầu tư của chủ doanh nghiệp (đồng)", "Owner's investment capital (VND)", "number"),
           F("business_lines", "Ngành, nghề kinh doanh (mã ngành cấp 4)", "Business lines (level-4 codes)", "textarea"),
           EMAIL],
   faqs=DN_FAQS[:1] + [("Chủ doanh nghiệp tư nhân được thành lập bao nhiêu doanh nghiệp tư nhân?",
                        "Mỗi cá nhân chỉ được quyền thành lập một doanh nghiệp tư nhân và không được đồng thời là chủ hộ kinh doanh, thành viên công ty hợp danh.")])
DN("Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên", "Registration of establishment of single-member limited liability companies", 4,
   "thành lập công ty TNHH một thành viên; mở công ty TNHH; đăng ký kinh doanh; giấy phép kinh doanh", faqs=DN_FAQS)
DN("Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên", "Registration of establishment of multi-member limited liability companies", 4,
   "thành lập công ty TNHH hai thành viên; mở công ty; đăng ký kinh doanh", faqs=DN_FAQS[:1])
DN("Đăng ký thành lập công ty cổ phần", "Registration of establishment of joint-stock companies", 4,
   "thành lập công ty cổ phần; mở công ty cổ phần; cổ đông sáng lập; đăng ký kinh doanh",
   faqs=DN_FAQS[:1] + [("Công ty cổ phần cần tối thiểu bao nhiêu cổ đông?",
                        "Công ty cổ phần phải có tối thiểu 03 cổ đông và không hạn chế số lượng tối đa.")])
DN("Đăng ký thành lập công ty hợp danh", "Registration of establishment of partnerships", 4,
   "thành lập công ty hợp danh; thành viên hợp danh", app="c")

DN_CHANGE_DOCS = ["Thông báo thay đổi nội dung đăng ký doanh nghiệp theo mẫu",
                  "Nghị quyết, quyết định và bản sao biên bản họp của Hội đồng thành viên, Đại hội đồng cổ đông hoặc quyết định của chủ sở hữu về việc thay đổi",
                  ENT_AUTH]
DN_CHANGE_FIELDS = [F("enterprise_code", "Mã số doanh nghiệp", "Enterprise code"),
                    F("enterprise_name", "Tên doanh nghiệp", "Enterprise name"),
                    F("change_content", "Nội dung thay đổi", "Content of the change", "textarea"),
                    F("effective_date", "Ngày có hiệu lực của quyết định thay đổi", "Effective date of the change", "date"),
                    EMAIL]
DN_CHANGE_RESULT = "Giấy chứng nhận đăng ký doanh nghiệp hoặc Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp"


def DNC(name, en, sl, kw, fee=400000, feed=DN_FEE, online_fee=300000, online_fee_desc=DN_FEE_ONLINE, docs=None,
        result=DN_CHANGE_RESULT, ev="business_operation", **o):
    P("DKKD", "T", sl, name, en, o.pop("days", 3), fee, feed, docs or DN_CHANGE_DOCS, result, kw, ev, app="e",
      online_fee=online_fee, online_fee_desc=online_fee_desc, fields=o.pop("fields", DN_CHANGE_FIELDS), eresult=True, **o)


DNC("Đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp", "Registration of change of an enterprise's head office address", 4,
    "đổi địa chỉ công ty; chuyển trụ sở; thay đổi trụ sở chính; ĐKKD",
    docs=["Thông báo thay đổi nội dung đăng ký doanh nghiệp theo mẫu",
          "Quyết định và bản sao biên bản họp về việc thay đổi địa chỉ trụ sở chính",
          ENT_AUTH],
    faqs=[("Chuyển trụ sở sang quận khác trong cùng tỉnh có phải làm thủ tục với cơ quan thuế trước không?",
           "Trường hợp chuyển trụ sở làm thay đổi cơ quan thuế quản lý, doanh nghiệp phải thực hiện thủ tục với cơ quan thuế nơi chuyển đi trước khi đăng ký thay đổi địa chỉ với Phòng Đăng ký kinh doanh.")])
DNC("Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, công ty cổ phần", "Registration of change of the legal representative of LLCs and joint-stock companies", 4,
    "thay đổi người đại diện; đổi giám đốc; đổi người đại diện pháp luật")
DNC("Đăng ký thay đổi vốn điều lệ, thay đổi tỷ lệ vốn góp", "Registration of change of charter capital or capital contribution ratios", 4,
    "tăng vốn điều lệ; giảm vốn điều lệ; thay đổi vốn góp; chuyển nhượng vốn")
DNC("Đăng ký đổi tên doanh nghiệp", "Registration of change of enterprise name", 4,
    "đổi tên công ty; thay đổi tên doanh nghiệp")
DNC("Thông báo thay đổi ngành, nghề kinh doanh", "Notification of change of business lines", 4,
    "bổ sung ngành nghề; thay đổi ngành nghề kinh doanh; mã ngành", fee=300000,
    feed="Phí công bố nội dung đăng ký doanh nghiệp: 300.000 đồng/lần", online_fee_desc="Phí công bố nội dung đăng ký doanh nghiệp: 300.000 đồng/lần",
    result="Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp")
DNC("Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo", "Notification of business suspension or early resumption", 4,
    "tạm ngừng kinh doanh; tạm dừng hoạt động công ty; tiếp tục kinh doanh", fee=0, feed="Không", online_fee=0, online_fee_desc="Không",
    docs=["Thông báo tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn theo mẫu",
          "Nghị quyết, quyết định của chủ sở hữu, Hội đồng thành viên hoặc Đại hội đồng cổ đông về việc tạm ngừng kinh doanh"],
    result="Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn",
    cond="Doanh nghiệp gửi thông báo chậm nhất 15 ngày trước ngày tạm ngừng kinh doanh hoặc tiếp tục kinh doanh; thời hạn tạm ngừng mỗi lần không quá 01 năm.",
    faqs=[("Doanh nghiệp được tạm ngừng kinh doanh tối đa bao lâu?",
           "Thời hạn tạm ngừng kinh doanh mỗi lần không quá 01 năm; tổng thời gian tạm ngừng liên tiếp không quá 02 năm.")])
DNC("Giải thể doanh nghiệp", "Dissolution of enterprises", 3,
    "giải thể công ty; đóng cửa công ty; chấm dứt hoạt động doanh nghiệp", fee=0, feed="Không", online_fee=0, online_fee_desc="Không",
    docs=["Thông báo về việc giải thể doanh nghiệp theo mẫu",
          "Quyết định giải thể và bản sao biên bản họp của Hội đồng thành viên hoặc Đại hội đồng cổ đông",
          "Báo cáo thanh lý tài sản doanh nghiệp; danh sách chủ nợ và số nợ đã thanh toán",
          "Xác nhận của cơ quan thuế về việc hoàn thành nghĩa vụ thuế",
          "Con dấu và Giấy chứng nhận sử dụng mẫu dấu (đối với doanh nghiệp sử dụng con dấu do cơ quan công an cấp)"],
    result="Thông báo về việc giải thể doanh nghiệp; tình trạng pháp lý của doanh nghiệp được cập nhật là đã giải thể", days=5)
DNC("Đăng ký hoạt động chi nhánh, văn phòng đại diện của doanh nghiệp", "Registration of operation of branches and representative offices", 4,
    "mở chi nhánh; thành lập văn phòng đại diện; chi nhánh công ty", fee=100000,
    feed="Lệ phí đăng ký: 100.000 đồng/lần", online_fee=0, online_fee_desc="Miễn lệ phí khi đăng ký qua mạng điện tử",
    docs=["Thông báo lập chi nhánh, văn phòng đại diện theo mẫu",
          "Quyết định và bản sao biên bản họp về việc thành lập chi nhánh, văn phòng đại diện",
          "Bản sao giấy tờ pháp lý của cá nhân đối với người đứng đầu chi nhánh, văn phòng đại diện"],
    result="Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện", ev="start_business business_operation")
DNC("Cấp lại Giấy chứng nhận đăng ký doanh nghiệp do bị mất, cháy, rách, nát hoặc bị tiêu hủy dưới hình thức khác",
    "Reissuance of lost or destroyed enterprise registration certificates", 4,
    "mất giấy phép kinh doanh; cấp lại GCN đăng ký doanh nghiệp; mất đăng ký kinh doanh", fee=0, feed="Không", online_fee=0, online_fee_desc="Không",
    docs=["Giấy đề nghị cấp lại Giấy chứng nhận đăng ký doanh nghiệp theo mẫu", ENT_AUTH],
    result="Giấy chứng nhận đăng ký doanh nghiệp (cấp lại)")
DNC("Chuyển đổi công ty trách nhiệm hữu hạn một thành viên thành công ty cổ phần", "Conversion of single-member LLCs into joint-stock companies", 3,
    "chuyển đổi loại hình doanh nghiệp; chuyển đổi thành công ty cổ phần",
    docs=["Giấy đề nghị đăng ký doanh nghiệp theo mẫu", "Điều lệ công ty cổ phần",
          "Danh sách cổ đông sáng lập và cổ đông là nhà đầu tư nước ngoài (nếu có)",
          "Quyết định chuyển đổi của chủ sở hữu công ty",
          "Hợp đồng chuyển nhượng phần vốn hoặc giấy tờ chứng minh việc huy động vốn"],
    result="Giấy chứng nhận đăng ký doanh nghiệp của công ty cổ phần")

P("DKKD", "H", 3, "Đăng ký thành lập hợp tác xã", "Registration of establishment of cooperatives", 5, 100000,
  "Lệ phí: 100.000 đồng/lần (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Giấy đề nghị đăng ký hợp tác xã theo mẫu",
   "Điều lệ hợp tác xã",
   "Phương án sản xuất, kinh doanh",
   "Danh sách thành viên, hội đồng quản trị, giám đốc, ban kiểm soát hoặc kiểm soát viên",
   "Nghị quyết hội nghị thành lập hợp tác xã"],
  "Giấy chứng nhận đăng ký hợp tác xã",
  "thành lập hợp tác xã; HTX; kinh tế tập thể", "start_business",
  legal_only=["Luật Hợp tác xã số 23/2012/QH13 ngày 20/11/2012",
              "Nghị định số 193/2013/NĐ-CP ngày 21/11/2013 của Chính phủ quy định chi tiết một số điều của Luật Hợp tác xã",
              "Thông tư số 07/2019/TT-BKHĐT ngày 08/4/2019 của Bộ trưởng Bộ Kế hoạch và Đầu tư sửa đổi, bổ sung một số điều của Thông tư số 03/2014/TT-BKHĐT hướng dẫn về đăng ký hợp tác xã"],
  fields=[F("coop_name", "Tên hợp tác xã", "Cooperative name"),
          F("head_office", "Địa chỉ trụ sở chính", "Head office address"),
          F("members", "Số thành viên", "Number of members", "number"),
          F("charter_capital", "Vốn điều lệ (đồng)", "Charter capital (VND)", "number"),
          F("business_lines", "Ngành, nghề kinh doanh", "Business lines", "textarea"), EMAIL])

# ------------------------------------------------------------ HỘ KINH DOANH --
HKD_FEE = "Lệ phí: 100.000 đồng/lần (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)"
P("HKD", "H", 3, "Đăng ký thành lập hộ kinh doanh", "Registration of household businesses", 3, 100000, HKD_FEE,
  ["Giấy đề nghị đăng ký hộ kinh doanh theo mẫu",
   "Bản sao giấy tờ pháp lý của cá nhân (thẻ căn cước công dân, chứng minh nhân dân hoặc hộ chiếu) đối với cá nhân hoặc các thành viên hộ gia đình đăng ký hộ kinh doanh",
   "Bản sao biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình đăng ký hộ kinh doanh)",
   "Văn bản ủy quyền cho thành viên hộ gia đình làm chủ hộ kinh doanh (nếu có)"],
  "Giấy chứng nhận đăng ký hộ kinh doanh",
  "đăng ký hộ kinh doanh; giấy phép kinh doanh hộ cá thể; mở cửa hàng; kinh doanh nhỏ; HKD; ĐKKD", None,
  launch=True, eresult=False,
  cond="Cá nhân là công dân Việt Nam đủ 18 tuổi, có năng lực hành vi dân sự đầy đủ; mỗi cá nhân chỉ được đăng ký một hộ kinh doanh trên phạm vi toàn quốc; tên hộ kinh doanh không trùng với tên hộ kinh doanh đã đăng ký trong phạm vi huyện.",
  fields=[F("business_name", "Tên hộ kinh doanh dự kiến", "Proposed household business name"),
          F("business_address", "Địa điểm kinh doanh", "Business location"),
          F("business_lines", "Ngành, nghề kinh doanh", "Business lines", "textarea"),
          F("capital", "Vốn kinh doanh (đồng)", "Business capital (VND)", "number"),
          F("employees", "Số lao động", "Number of workers", "number"),
          F("registrant_type", "Hình thức đăng ký", "Registrant type", "select",
            options=["Cá nhân đăng ký", "Các thành viên hộ gia đình đăng ký"]),
          EMAIL],
  faqs=[("Trường hợp nào không phải đăng ký hộ kinh doanh?",
         "Hộ gia đình sản xuất nông, lâm, ngư nghiệp, làm muối và những người bán hàng rong, quà bánh rong, buôn chuyến, kinh doanh lưu động, làm dịch vụ có thu nhập thấp không phải đăng ký hộ kinh doanh, trừ trường hợp kinh doanh các ngành, nghề có điều kiện."),
        ("Hộ kinh doanh được sử dụng bao nhiêu lao động?",
         "Hộ kinh doanh sử dụng thường xuyên từ 10 lao động trở lên phải đăng ký thành lập doanh nghiệp."),
        ("Sau khi có Giấy chứng nhận đăng ký hộ kinh doanh cần làm gì tiếp?",
         "Hộ kinh doanh thực hiện đăng ký thuế, khai lệ phí môn bài với Chi cục Thuế quản lý địa bàn; các thủ tục này có thể thực hiện trực tuyến trên Cổng Dịch vụ công quốc gia.")])

P("HKD", "H", 3, "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", "Registration of changes to household business registration", 3, 50000,
  "Lệ phí: 50.000 đồng/lần (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Thông báo thay đổi nội dung đăng ký hộ kinh doanh theo mẫu",
   "Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh đã cấp",
   "Bản sao biên bản họp thành viên hộ gia đình về việc thay đổi (trường hợp thay đổi chủ hộ kinh doanh)"],
  "Giấy chứng nhận đăng ký hộ kinh doanh (cấp thay đổi)",
  "thay đổi hộ kinh doanh; đổi địa điểm kinh doanh; bổ sung ngành nghề hộ kinh doanh", "business_operation")

P("HKD", "H", 4, "Tạm ngừng hoạt động hộ kinh doanh", "Temporary suspension of household businesses", 3, 0, "Không",
  ["Thông báo tạm ngừng hoạt động hộ kinh doanh theo mẫu"],
  "Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh",
  "tạm ngừng hộ kinh doanh; nghỉ kinh doanh tạm thời", "business_operation",
  cond="Hộ kinh doanh gửi thông báo trước ít nhất 03 ngày làm việc trước khi tạm ngừng kinh doanh.")

P("HKD", "H", 4, "Chấm dứt hoạt động hộ kinh doanh", "Termination of household businesses", 3, 0, "Không",
  ["Thông báo chấm dứt hoạt động hộ kinh doanh theo mẫu",
   "Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh",
   "Thông báo của cơ quan thuế về việc hộ kinh doanh đã hoàn thành nghĩa vụ thuế"],
  "Thông báo về việc chấm dứt hoạt động hộ kinh doanh",
  "đóng hộ kinh doanh; chấm dứt kinh doanh; trả giấy phép kinh doanh", "business_operation")

P("HKD", "H", 3, "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh", "Reissuance of household business registration certificates", 3, 0, "Không",
  ["Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh theo mẫu",
   "Giấy chứng nhận đăng ký hộ kinh doanh bị rách, nát (nếu có)"],
  "Giấy chứng nhận đăng ký hộ kinh doanh (cấp lại)",
  "mất giấy phép kinh doanh hộ cá thể; cấp lại đăng ký hộ kinh doanh", "business_operation")

# ---------------------------------------------------------- VIỆC LÀM, LAO ĐỘNG --
XKLD_LEGAL = ["Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 72/2006/QH11 ngày 29/11/2006",
              "Nghị định số 126/2007/NĐ-CP ngày 01/8/2007 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng",
              "Thông tư số 21/2007/TT-BLĐTBXH ngày 08/10/2007 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn chi tiết một số điều của Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng và Nghị định số 126/2007/NĐ-CP"]
GPLD_LEGAL = ["Bộ luật Lao động số 10/2012/QH13 ngày 18/6/2012",
              "Nghị định số 11/2016/NĐ-CP ngày 03/02/2016 của Chính phủ quy định chi tiết thi hành một số điều của Bộ luật Lao động về lao động nước ngoài làm việc tại Việt Nam",
              "Thông tư số 40/2016/TT-BLĐTBXH ngày 25/10/2016 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn thi hành một số điều của Nghị định số 11/2016/NĐ-CP"]
BHTN_LEGAL = ["Luật Việc làm số 38/2013/QH13 ngày 16/11/2013",
              "Nghị định số 28/2015/NĐ-CP ngày 12/3/2015 của Chính phủ quy định chi tiết thi hành một số điều của Luật Việc làm về bảo hiểm thất nghiệp",
              "Thông tư số 28/2015/TT-BLĐTBXH ngày 31/7/2015 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn thực hiện Điều 52 của Luật Việc làm và một số điều của Nghị định số 28/2015/NĐ-CP"]
TTDVVL = "Trung tâm Dịch vụ việc làm tỉnh, thành phố trực thuộc trung ương"

P("LAODONG", "TW", 4, "Đăng ký hợp đồng cung ứng lao động", "Registration of labour supply contracts (sending workers abroad)", 5, 0, "Không",
  ["Văn bản đăng ký hợp đồng cung ứng lao động theo mẫu",
   "Bản sao Hợp đồng cung ứng lao động kèm bản dịch tiếng Việt có chứng thực",
   "Bản sao mẫu Hợp đồng lao động ký giữa doanh nghiệp với người lao động kèm bản dịch tiếng Việt",
   "Tài liệu chứng minh việc tuyển dụng lao động (giấy phép tuyển dụng, văn bản cho phép của cơ quan có thẩm quyền nước tiếp nhận)",
   "Phương án thực hiện Hợp đồng cung ứng lao động"],
  "Văn bản chấp thuận đăng ký hợp đồng cung ứng lao động",
  "hợp đồng cung ứng lao động; xuất khẩu lao động; đưa người lao động đi làm việc ở nước ngoài; XKLĐ", "employment travel_abroad",
  launch=True, eresult=True, legal_only=XKLD_LEGAL,
  cond="Doanh nghiệp có Giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài; hợp đồng cung ứng lao động phù hợp với pháp luật Việt Nam và nước tiếp nhận lao động.",
  fields=[ENT_NAME, TAX_CODE,
          F("license_number", "Số Giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài", "Overseas labour service licence number"),
          F("partner_name", "Tên đối tác nước ngoài", "Foreign partner name"),
          F("country", "Nước, vùng lãnh thổ tiếp nhận lao động", "Receiving country or territory"),
          F("worker_count", "Số lượng lao động dự kiến", "Planned number of workers", "number"),
          F("occupation", "Ngành nghề, công việc", "Occupation or job")],
  faqs=[("Sau khi đăng ký bao lâu thì doanh nghiệp được thực hiện hợp đồng cung ứng lao động?",
         "Doanh nghiệp được thực hiện hợp đồng sau 05 ngày làm việc kể từ ngày Cục Quản lý lao động ngoài nước nhận được hồ sơ đăng ký hợp lệ nếu không có văn bản từ chối."),
        ("Hợp đồng cung ứng lao động có phải dịch sang tiếng Việt không?",
         "Có. Hợp đồng và tài liệu bằng tiếng nước ngoài phải kèm bản dịch tiếng Việt có chứng thực.")])

P("LAODONG", "TW", 3, "Đăng ký hợp đồng đưa người lao động đi làm việc ở nước ngoài của doanh nghiệp trúng thầu, nhận thầu, tổ chức, cá nhân đầu tư ra nước ngoài",
  "Registration of contracts sending workers abroad by contractors and overseas investors", 10, 0, "Không",
  ["Văn bản đăng ký hợp đồng đưa người lao động đi làm việc ở nước ngoài theo mẫu",
   "Bản sao hợp đồng trúng thầu, nhận thầu hoặc Giấy chứng nhận đăng ký đầu tư ra nước ngoài",
   "Bản sao hợp đồng lao động và phương án đưa người lao động đi làm việc ở nước ngoài"],
  "Văn bản chấp thuận đăng ký hợp đồng",
  "đưa lao động đi làm việc ở nước ngoài; doanh nghiệp trúng thầu nước ngoài; đầu tư ra nước ngoài", "employment travel_abroad",
  legal_only=XKLD_LEGAL)

P("LAODONG", "T", 3, "Đăng ký hợp đồng nhận lao động thực tập thời hạn dưới 90 ngày", "Registration of contracts receiving workers for internships of less than 90 days abroad", 5, 0, "Không",
  ["Văn bản đăng ký hợp đồng nhận lao động thực tập theo mẫu",
   "Bản sao hợp đồng nhận lao động thực tập kèm bản dịch tiếng Việt",
   "Danh sách người lao động đi thực tập"],
  "Văn bản chấp thuận đăng ký hợp đồng nhận lao động thực tập",
  "thực tập sinh nước ngoài; đi thực tập ngắn hạn; đào tạo nâng cao tay nghề", "employment travel_abroad",
  legal_only=XKLD_LEGAL)

P("LAODONG", "T", 3, "Đăng ký hợp đồng lao động trực tiếp giao kết của người lao động đi làm việc ở nước ngoài", "Registration of employment contracts directly concluded by workers going abroad", 5, 0, "Không",
  ["Đơn đăng ký hợp đồng lao động trực tiếp giao kết theo mẫu",
   "Bản sao hợp đồng lao động kèm bản dịch tiếng Việt",
   "Bản sao hộ chiếu còn thời hạn"],
  "Văn bản xác nhận đăng ký hợp đồng lao động trực tiếp giao kết",
  "hợp đồng cá nhân đi nước ngoài; tự tìm việc ở nước ngoài; đăng ký hợp đồng lao động", "employment travel_abroad",
  app="c", legal_only=XKLD_LEGAL,
  fields=[F("employer_abroad", "Tên người sử dụng lao động ở nước ngoài", "Name of the foreign employer"),
          F("country", "Nước làm việc", "Country of work"),
          F("job", "Công việc", "Job"),
          F("contract_term", "Thời hạn hợp đồng (tháng)", "Contract term (months)", "number"),
          F("passport_number", "Số hộ chiếu", "Passport number")])

GPLD_DOCS = ["Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động theo mẫu",
             "Giấy chứng nhận sức khỏe do cơ quan, tổ chức y tế có thẩm quyền cấp",
             "Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải là người phạm tội do cơ quan có thẩm quyền của nước ngoài cấp",
             "Văn bản chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia hoặc lao động kỹ thuật",
             "Văn bản chấp thuận nhu cầu sử dụng người lao động nước ngoài",
             "Bản sao hộ chiếu còn giá trị và 02 ảnh màu cỡ 4 cm x 6 cm"]
GPLD_FIELDS = [ENT_NAME, TAX_CODE,
               F("worker_name", "Họ và tên người lao động nước ngoài", "Foreign worker's full name"),
               F("nationality", "Quốc tịch", "Nationality"),
               F("passport_number", "Số hộ chiếu", "Passport number"),
               F("position", "Vị trí công việc", "Job position", "select",
                 options=["Nhà quản lý", "Giám đốc điều hành", "Chuyên gia", "Lao động kỹ thuật"]),
               F("work_from", "Thời hạn làm việc từ ngày", "Work period from", "date")]
P("LAODONG", "T", 4, "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam", "Issuance of work permits to foreign workers in Vietnam", 5, 600000,
  "Lệ phí: 600.000 đồng/giấy phép (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  GPLD_DOCS, "Giấy phép lao động",
  "giấy phép lao động; work permit; người nước ngoài làm việc; GPLĐ", "employment business_operation",
  legal_only=GPLD_LEGAL, fields=GPLD_FIELDS,
  faqs=[("Giấy phép lao động có thời hạn bao lâu?",
         "Thời hạn của giấy phép lao động tối đa là 02 năm và theo thời hạn của hợp đồng lao động hoặc văn bản cử sang làm việc.")])

P("LAODONG", "T", 4, "Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam", "Reissuance of work permits for foreign workers", 3, 450000,
  "Lệ phí: 450.000 đồng/giấy phép (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Văn bản đề nghị cấp lại giấy phép lao động theo mẫu",
   "02 ảnh màu cỡ 4 cm x 6 cm",
   "Giấy phép lao động còn thời hạn đã được cấp (trường hợp bị hỏng hoặc thay đổi thông tin)",
   "Bản sao hộ chiếu còn giá trị"],
  "Giấy phép lao động (cấp lại)",
  "cấp lại giấy phép lao động; gia hạn work permit", "employment business_operation",
  legal_only=GPLD_LEGAL, fields=GPLD_FIELDS)

P("LAODONG", "T", 4, "Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động", "Confirmation that foreign workers are exempt from work permits", 3, 0, "Không",
  ["Văn bản đề nghị xác nhận không thuộc diện cấp giấy phép lao động theo mẫu",
   "Danh sách trích ngang về người lao động nước ngoài",
   "Giấy tờ chứng minh người lao động nước ngoài không thuộc diện cấp giấy phép lao động"],
  "Văn bản xác nhận không thuộc diện cấp giấy phép lao động",
  "miễn giấy phép lao động; không thuộc diện cấp GPLĐ", "employment business_operation",
  legal_only=GPLD_LEGAL, fields=GPLD_FIELDS)

P("LAODONG", "T", 4, "Chấp thuận nhu cầu sử dụng người lao động nước ngoài", "Approval of the demand to employ foreign workers", 15, 0, "Không",
  ["Báo cáo giải trình nhu cầu sử dụng người lao động nước ngoài theo mẫu",
   "Văn bản ủy quyền (nếu có)"],
  "Văn bản chấp thuận nhu cầu sử dụng người lao động nước ngoài",
  "nhu cầu sử dụng lao động nước ngoài; giải trình lao động nước ngoài", "employment business_operation",
  legal_only=GPLD_LEGAL)

P("LAODONG", "T", 3, "Giải quyết hưởng trợ cấp thất nghiệp", "Unemployment benefit claims", 20, 0, "Không",
  ["Đề nghị hưởng trợ cấp thất nghiệp theo mẫu",
   "Bản chính hoặc bản sao có chứng thực của hợp đồng lao động đã hết hạn, quyết định thôi việc hoặc giấy tờ xác nhận chấm dứt hợp đồng lao động",
   "Sổ bảo hiểm xã hội"],
  "Quyết định hưởng trợ cấp thất nghiệp",
  "trợ cấp thất nghiệp; bảo hiểm thất nghiệp; BHTN; mất việc làm; nghỉ việc", "employment",
  app="c", impl=TTDVVL, comp="Giám đốc Sở Lao động - Thương binh và Xã hội", recv=R(TTDVVL),
  legal_only=BHTN_LEGAL,
  cond="Người lao động đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trở lên trong thời gian 24 tháng trước khi chấm dứt hợp đồng lao động; nộp hồ sơ trong thời hạn 03 tháng kể từ ngày chấm dứt hợp đồng và chưa tìm được việc làm sau 15 ngày kể từ ngày nộp hồ sơ.",
  fields=[SI_CODE,
          F("termination_date", "Ngày chấm dứt hợp đồng lao động", "Employment termination date", "date"),
          F("last_employer", "Đơn vị làm việc trước khi thất nghiệp", "Last employer"),
          F("bank_account", "Số tài khoản nhận trợ cấp", "Bank account for benefit payment", required=False),
          F("bank_name", "Ngân hàng nơi mở tài khoản", "Bank name", required=False),
          F("desired_job", "Công việc mong muốn tìm kiếm", "Desired job", required=False)],
  faqs=[("Mức hưởng trợ cấp thất nghiệp là bao nhiêu?",
         "Mức hưởng hằng tháng bằng 60% mức bình quân tiền lương tháng đóng bảo hiểm thất nghiệp của 06 tháng liền kề trước khi thất nghiệp, tối đa không quá 05 lần mức lương cơ sở hoặc 05 lần mức lương tối thiểu vùng tùy đối tượng."),
        ("Tôi có thể nộp hồ sơ hưởng trợ cấp thất nghiệp ở tỉnh khác không?",
         "Có. Người lao động nộp hồ sơ tại Trung tâm Dịch vụ việc làm nơi muốn nhận trợ cấp thất nghiệp, không bắt buộc là nơi làm việc trước đây.")])

P("LAODONG", "T", 2, "Hỗ trợ học nghề cho người lao động đang hưởng trợ cấp thất nghiệp", "Vocational training support for unemployment benefit recipients", 20, 0, "Không",
  ["Đề nghị hỗ trợ học nghề theo mẫu",
   "Bản sao quyết định hưởng trợ cấp thất nghiệp"],
  "Quyết định hỗ trợ học nghề",
  "học nghề miễn phí; hỗ trợ học nghề BHTN", "employment education",
  app="c", impl=TTDVVL, comp="Giám đốc Sở Lao động - Thương binh và Xã hội", recv=R(TTDVVL),
  legal_only=BHTN_LEGAL)

P("LAODONG", "T", 3, "Thông báo về việc tìm kiếm việc làm hằng tháng", "Monthly job-search notification by unemployment benefit recipients", 1, 0, "Không",
  ["Thông báo về việc tìm kiếm việc làm theo mẫu"],
  "Xác nhận việc thông báo tìm kiếm việc làm trong tháng",
  "thông báo tìm việc; trình báo hằng tháng thất nghiệp", "employment",
  app="c", impl=TTDVVL, comp=TTDVVL, recv=R(TTDVVL), legal_only=BHTN_LEGAL,
  fields=[SI_CODE,
          F("month", "Tháng thông báo", "Month of notification", "date"),
          F("job_search", "Tình hình tìm kiếm việc làm trong tháng", "Job search activities in the month", "textarea"),
          F("employment_status", "Tình trạng việc làm", "Employment status", "select",
            options=["Chưa có việc làm", "Đã có việc làm", "Đang học nghề"])])

P("LAODONG", "T", 2, "Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp hoạt động dịch vụ việc làm", "Licences for private employment service enterprises", 7, 0, "Không",
  ["Văn bản đề nghị cấp giấy phép hoạt động dịch vụ việc làm theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
   "Giấy chứng nhận đã ký quỹ hoạt động dịch vụ việc làm",
   "Giấy tờ chứng minh quyền sử dụng hợp pháp địa điểm đặt trụ sở"],
  "Giấy phép hoạt động dịch vụ việc làm",
  "dịch vụ việc làm; môi giới việc làm; công ty giới thiệu việc làm", "start_business",
  legal=["Nghị định số 52/2014/NĐ-CP ngày 23/5/2014 của Chính phủ quy định điều kiện, thủ tục cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp hoạt động dịch vụ việc làm"])

P("LAODONG", "T", 3, "Đăng ký nội quy lao động", "Registration of internal labour regulations", 7, 0, "Không",
  ["Văn bản đề nghị đăng ký nội quy lao động",
   "Nội quy lao động",
   "Biên bản góp ý của tổ chức đại diện tập thể lao động tại cơ sở",
   "Các văn bản của người sử dụng lao động có quy định liên quan đến kỷ luật lao động, trách nhiệm vật chất (nếu có)"],
  "Thông báo về việc đăng ký nội quy lao động",
  "nội quy lao động; kỷ luật lao động", "business_operation")

P("LAODONG", "T", 1, "Gửi thỏa ước lao động tập thể cấp doanh nghiệp", "Submission of enterprise-level collective labour agreements", 5, 0, "Không",
  ["Thỏa ước lao động tập thể đã được ký kết",
   "Biên bản lấy ý kiến tập thể người lao động về nội dung thỏa ước"],
  "Xác nhận tiếp nhận thỏa ước lao động tập thể",
  "thỏa ước lao động tập thể; công đoàn", "business_operation")

P("LAODONG", "TW", 2, "Cấp giấy phép hoạt động cho thuê lại lao động", "Labour outsourcing (sub-leasing) licences", 20, 0, "Không",
  ["Văn bản đề nghị cấp giấy phép hoạt động cho thuê lại lao động theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
   "Giấy chứng nhận tiền ký quỹ hoạt động cho thuê lại lao động",
   "Bản lý lịch tự thuật và Phiếu lý lịch tư pháp của người đại diện theo pháp luật"],
  "Giấy phép hoạt động cho thuê lại lao động",
  "cho thuê lại lao động; thuê ngoài nhân sự; outsourcing", "start_business",
  impl="Bộ Lao động - Thương binh và Xã hội (Cục Việc làm)", comp="Bộ trưởng Bộ Lao động - Thương binh và Xã hội",
  recv=R("Bộ Lao động - Thương binh và Xã hội"),
  legal=["Nghị định số 29/2019/NĐ-CP ngày 20/3/2019 của Chính phủ quy định chi tiết thi hành khoản 3 Điều 54 của Bộ luật Lao động về việc cấp phép hoạt động cho thuê lại lao động"])

P("LAODONG", "T", 4, "Khai trình việc sử dụng lao động", "Declaration of labour use", 1, 0, "Không",
  ["Bản khai trình việc sử dụng lao động theo mẫu"],
  "Xác nhận việc khai trình sử dụng lao động",
  "khai trình lao động; báo cáo sử dụng lao động; doanh nghiệp mới tuyển dụng", "start_business employment",
  eresult=True,
  legal=["Nghị định số 03/2014/NĐ-CP ngày 16/01/2014 của Chính phủ quy định chi tiết thi hành một số điều của Bộ luật Lao động về việc làm",
         "Thông tư số 23/2014/TT-BLĐTBXH ngày 29/8/2014 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn thực hiện một số điều của Nghị định số 03/2014/NĐ-CP"])

# -------------------------------------------------------------------- ĐẤT ĐAI --
GCN_FEE = "Lệ phí cấp Giấy chứng nhận: 100.000 đồng/giấy đối với trường hợp cấp cả quyền sử dụng đất và tài sản gắn liền với đất, 25.000 đồng/giấy đối với trường hợp chỉ có quyền sử dụng đất (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định); phí thẩm định hồ sơ theo quy định của địa phương"
GDBD_LEGAL = ["Nghị định số 102/2017/NĐ-CP ngày 01/9/2017 của Chính phủ về đăng ký biện pháp bảo đảm",
              "Thông tư liên tịch số 09/2016/TTLT-BTP-BTNMT ngày 23/6/2016 của Bộ Tư pháp và Bộ Tài nguyên và Môi trường hướng dẫn việc đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
              "Thông tư số 202/2016/TT-BTC ngày 09/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực đăng ký giao dịch bảo đảm"]
DK_FORM = "Đơn đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (Mẫu 04a/ĐK)||don-dang-ky-cap-giay-chung-nhan-04a-dk.docx"
BD_FORM = "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu 09/ĐK)||don-dang-ky-bien-dong-dat-dai-09-dk.docx"
P("DATDAI", "H", 2, "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu",
  "First-time land registration and issuance of land use right and house ownership certificates", 30, 100000, GCN_FEE,
  [DK_FORM,
   "Một trong các loại giấy tờ về quyền sử dụng đất quy định tại Điều 100 của Luật Đất đai (nếu có)",
   "Giấy tờ chứng minh quyền sở hữu nhà ở, công trình xây dựng (nếu có tài sản đề nghị chứng nhận)",
   "Chứng từ thực hiện nghĩa vụ tài chính hoặc giấy tờ liên quan đến việc miễn, giảm nghĩa vụ tài chính (nếu có)",
   "Sơ đồ nhà ở, công trình xây dựng (trừ trường hợp trong giấy tờ đã có sơ đồ phù hợp)"],
  "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
  "cấp sổ đỏ lần đầu; làm sổ đỏ; cấp GCN QSDĐ; sổ hồng; cấp giấy chứng nhận quyền sử dụng đất", None,
  app="c",
  faqs=[("Thời gian cấp sổ đỏ lần đầu là bao lâu?",
         "Không quá 30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ (không tính thời gian niêm yết công khai, thời gian thực hiện nghĩa vụ tài chính); tại các xã miền núi, hải đảo, vùng sâu, vùng xa được tăng thêm 10 ngày.")])

P("DATDAI", "H", 2, "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, chuyển nhượng, cho thuê, cho thuê lại, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất",
  "Registration of changes in land use rights due to conversion, transfer, lease, inheritance, donation or capital contribution", 10, 28000,
  "Lệ phí chứng nhận đăng ký biến động: 28.000 đồng/lần (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định); phí thẩm định hồ sơ theo quy định của địa phương",
  [BD_FORM,
   "Hợp đồng, văn bản về việc chuyển đổi, chuyển nhượng, cho thuê, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất có công chứng hoặc chứng thực",
   "Bản gốc Giấy chứng nhận đã cấp",
   "Tờ khai lệ phí trước bạ và tờ khai thuế thu nhập cá nhân (nếu có)||",
   "Văn bản chấp thuận của cơ quan nhà nước có thẩm quyền (đối với trường hợp phải được chấp thuận)"],
  "Giấy chứng nhận đã được xác nhận nội dung biến động hoặc Giấy chứng nhận mới",
  "sang tên sổ đỏ; chuyển nhượng quyền sử dụng đất; mua bán nhà đất; tặng cho đất; thừa kế đất", None,
  app="c",
  faqs=[("Sang tên sổ đỏ cần nộp những khoản tiền nào?",
         "Người chuyển nhượng nộp thuế thu nhập cá nhân 2% giá chuyển nhượng (trừ trường hợp được miễn); người nhận chuyển nhượng nộp lệ phí trước bạ 0,5% giá trị nhà, đất; ngoài ra nộp phí thẩm định hồ sơ và lệ phí cấp Giấy chứng nhận theo quy định của địa phương.")])

P("DATDAI", "H", 3, "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất", "Exchange of land use right and house ownership certificates", 7, 50000,
  "Lệ phí cấp đổi Giấy chứng nhận: 50.000 đồng/giấy (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Đơn đề nghị cấp đổi, cấp lại Giấy chứng nhận (Mẫu 10/ĐK)||don-de-nghi-cap-doi-cap-lai-giay-chung-nhan-10-dk.docx",
   "Bản gốc Giấy chứng nhận đã cấp",
   "Bản sao hợp đồng thế chấp (trường hợp đất đang thế chấp tại tổ chức tín dụng)"],
  "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (cấp đổi)",
  "đổi sổ đỏ; cấp đổi GCN; sổ đỏ cũ; sổ bị rách", None, app="c")

P("DATDAI", "H", 2, "Cấp lại Giấy chứng nhận hoặc cấp lại Trang bổ sung của Giấy chứng nhận do bị mất", "Reissuance of lost land use right certificates or supplementary pages", 10, 50000,
  "Lệ phí cấp lại Giấy chứng nhận: 50.000 đồng/giấy (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Đơn đề nghị cấp đổi, cấp lại Giấy chứng nhận (Mẫu 10/ĐK)||don-de-nghi-cap-doi-cap-lai-giay-chung-nhan-10-dk.docx",
   "Giấy xác nhận của Ủy ban nhân dân cấp xã về việc đã niêm yết thông báo mất giấy trong thời gian 15 ngày",
   "Giấy tờ chứng minh đã đăng tin 03 lần trên phương tiện thông tin đại chúng ở địa phương (đối với tổ chức)"],
  "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (cấp lại)",
  "mất sổ đỏ; cấp lại sổ đỏ; mất GCN QSDĐ; mất sổ hồng", None, app="c")

P("DATDAI", "H", 3, "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", "Registration of mortgages over land use rights and land-attached assets", 1, 80000,
  "Phí đăng ký giao dịch bảo đảm: 80.000 đồng/hồ sơ",
  ["Phiếu yêu cầu đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất theo mẫu",
   "Hợp đồng thế chấp hoặc hợp đồng thế chấp có công chứng, chứng thực",
   "Bản gốc Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
   ENT_AUTH],
  "Giấy chứng nhận đã được ghi nội dung đăng ký thế chấp; Phiếu yêu cầu đăng ký có chứng nhận của Văn phòng đăng ký đất đai",
  "thế chấp sổ đỏ; vay ngân hàng bằng sổ đỏ; đăng ký giao dịch bảo đảm; thế chấp nhà đất", None,
  app="ce", legal=GDBD_LEGAL,
  faqs=[("Đăng ký thế chấp quyền sử dụng đất mất bao lâu?",
         "Văn phòng đăng ký đất đai giải quyết trong ngày nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ thì hoàn thành ngay trong ngày làm việc tiếp theo.")])

P("DATDAI", "H", 3, "Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", "Deregistration of mortgages over land use rights and land-attached assets", 1, 20000,
  "Phí xóa đăng ký giao dịch bảo đảm: 20.000 đồng/hồ sơ",
  ["Phiếu yêu cầu xóa đăng ký thế chấp theo mẫu",
   "Bản gốc Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
   "Văn bản đồng ý xóa đăng ký thế chấp của bên nhận thế chấp (trường hợp người yêu cầu là bên thế chấp)"],
  "Giấy chứng nhận đã được ghi nội dung xóa đăng ký thế chấp",
  "xóa thế chấp; giải chấp sổ đỏ; trả hết nợ ngân hàng", None, app="ce", legal=GDBD_LEGAL)

P("DATDAI", "H", 2, "Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân", "Permission to change land use purpose for households and individuals", 15, 0,
  "Không thu phí; người sử dụng đất nộp tiền sử dụng đất theo quy định khi chuyển mục đích",
  ["Đơn xin chuyển mục đích sử dụng đất theo mẫu",
   "Bản gốc Giấy chứng nhận quyền sử dụng đất hoặc Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất"],
  "Quyết định cho phép chuyển mục đích sử dụng đất; Giấy chứng nhận đã được chỉnh lý",
  "chuyển đất nông nghiệp sang đất ở; chuyển mục đích sử dụng đất; lên thổ cư", None, app="c",
  comp="Ủy ban nhân dân cấp huyện", impl="Phòng Tài nguyên và Môi trường cấp huyện", recv=R(UBND_H),
  faqs=[("Chuyển đất vườn sang đất ở phải nộp bao nhiêu tiền sử dụng đất?",
         "Đối với đất vườn, ao trong cùng thửa đất có nhà ở, tiền sử dụng đất bằng 50% chênh lệch giữa tiền sử dụng đất tính theo giá đất ở và giá đất nông nghiệp; các trường hợp khác thu bằng mức chênh lệch theo bảng giá đất của tỉnh.")])

P("DATDAI", "H", 2, "Tách thửa hoặc hợp thửa đất", "Subdivision or merging of land parcels", 15, 0,
  "Phí thẩm định hồ sơ và lệ phí cấp Giấy chứng nhận theo quy định của Hội đồng nhân dân cấp tỉnh",
  ["Đơn đề nghị tách thửa hoặc hợp thửa (Mẫu 11/ĐK)||don-de-nghi-tach-thua-hop-thua-11-dk.docx",
   "Bản gốc Giấy chứng nhận đã cấp"],
  "Giấy chứng nhận cho thửa đất mới sau khi tách, hợp thửa",
  "tách thửa; tách sổ đỏ; hợp thửa; chia đất", None, app="c")

P("DATDAI", "H", 2, "Đính chính Giấy chứng nhận đã cấp", "Correction of issued land use right certificates", 10, 0, "Không",
  ["Đơn đề nghị đính chính Giấy chứng nhận đã cấp theo mẫu",
   "Bản gốc Giấy chứng nhận đã cấp",
   "Giấy tờ chứng minh thông tin đúng (thẻ căn cước công dân, giấy khai sinh…)"],
  "Giấy chứng nhận đã được đính chính",
  "sai thông tin sổ đỏ; đính chính sổ đỏ; sửa tên trên sổ đỏ", None, app="c")

P("DATDAI", "T", 4, "Cung cấp dữ liệu đất đai", "Provision of land data", 2, 0,
  "Phí khai thác và sử dụng tài liệu đất đai: theo mức thu do Hội đồng nhân dân cấp tỉnh quy định",
  ["Phiếu yêu cầu cung cấp dữ liệu đất đai theo mẫu",
   "Văn bản ủy quyền (trường hợp ủy quyền yêu cầu cung cấp dữ liệu)"],
  "Dữ liệu đất đai (trích lục bản đồ địa chính, trích sao hồ sơ địa chính, thông tin thửa đất)",
  "tra cứu thông tin thửa đất; trích lục bản đồ địa chính; kiểm tra quy hoạch; thông tin sổ đỏ", None,
  app="ce", impl="Văn phòng đăng ký đất đai thuộc Sở Tài nguyên và Môi trường", comp="Văn phòng đăng ký đất đai",
  legal=["Thông tư số 34/2014/TT-BTNMT ngày 30/6/2014 của Bộ trưởng Bộ Tài nguyên và Môi trường quy định về xây dựng, quản lý, khai thác hệ thống thông tin đất đai"],
  fields=[PARCEL, MAP_SHEET, PARCEL_ADDR,
          F("data_type", "Loại dữ liệu yêu cầu", "Requested data", "select",
            options=["Trích lục bản đồ địa chính", "Trích sao hồ sơ địa chính", "Thông tin về quy hoạch sử dụng đất", "Thông tin về giá đất"]),
          F("purpose", "Mục đích sử dụng dữ liệu", "Purpose of use"), RECEIVE])

P("DATDAI", "H", 1, "Giao đất, cho thuê đất cho hộ gia đình, cá nhân không thông qua hình thức đấu giá quyền sử dụng đất", "Land allocation or lease to households and individuals without auction", 20, 0,
  "Không thu phí; người được giao đất, thuê đất nộp tiền sử dụng đất, tiền thuê đất theo quy định",
  ["Đơn xin giao đất, cho thuê đất theo mẫu",
   "Trích lục bản đồ địa chính thửa đất hoặc trích đo địa chính thửa đất",
   "Bản sao văn bản thẩm định nhu cầu sử dụng đất (đối với dự án không phải trình cơ quan nhà nước có thẩm quyền xét duyệt)"],
  "Quyết định giao đất, cho thuê đất; Hợp đồng thuê đất (trường hợp thuê đất)",
  "giao đất; thuê đất; xin cấp đất", None, app="c",
  impl="Phòng Tài nguyên và Môi trường cấp huyện", comp="Ủy ban nhân dân cấp huyện", recv=R(UBND_H))

P("DATDAI", "T", 1, "Gia hạn sử dụng đất ngoài khu công nghệ cao, khu kinh tế", "Extension of land use terms outside high-tech parks and economic zones", 7, 0, "Không",
  ["Đơn xin gia hạn sử dụng đất theo mẫu",
   "Bản gốc Giấy chứng nhận đã cấp",
   "Bản sao quyết định đầu tư bổ sung hoặc Giấy chứng nhận đầu tư điều chỉnh có thể hiện thời hạn hoạt động của dự án"],
  "Quyết định gia hạn sử dụng đất; Giấy chứng nhận đã được xác nhận gia hạn",
  "gia hạn sử dụng đất; hết thời hạn sử dụng đất; dự án hết hạn thuê đất", "house_land business_operation", app="ce")

P("DATDAI", "X", 1, "Hòa giải tranh chấp đất đai", "Mediation of land disputes", 45, 0, "Không",
  ["Đơn đề nghị hòa giải tranh chấp đất đai",
   "Giấy tờ, tài liệu có liên quan đến thửa đất tranh chấp (nếu có)"],
  "Biên bản hòa giải thành hoặc hòa giải không thành",
  "tranh chấp đất; hòa giải đất đai; lấn chiếm ranh giới", None, app="c", post=False,
  cond="Tranh chấp đất đai mà các bên không tự hòa giải được; hòa giải tại Ủy ban nhân dân cấp xã là thủ tục bắt buộc trước khi khởi kiện tại Tòa án hoặc đề nghị Ủy ban nhân dân cấp có thẩm quyền giải quyết.")

P("DATDAI", "H", 1, "Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân cấp huyện", "Settlement of land disputes under the authority of district People's Committee chairpersons", 45, 0, "Không",
  ["Đơn yêu cầu giải quyết tranh chấp đất đai",
   "Biên bản hòa giải tại Ủy ban nhân dân cấp xã",
   "Trích lục bản đồ, hồ sơ địa chính qua các thời kỳ liên quan đến diện tích đất tranh chấp",
   "Các tài liệu làm chứng cứ, chứng minh trong quá trình giải quyết tranh chấp"],
  "Quyết định giải quyết tranh chấp đất đai",
  "giải quyết tranh chấp đất; tranh chấp ranh giới; khiếu nại đất đai", None, app="c",
  impl="Phòng Tài nguyên và Môi trường cấp huyện", comp="Chủ tịch Ủy ban nhân dân cấp huyện", recv=R(UBND_H))

P("DATDAI", "H", 1, "Đăng ký xác lập quyền sử dụng hạn chế thửa đất liền kề", "Registration of easements over adjacent land parcels", 10, 0, "Không",
  [BD_FORM,
   "Hợp đồng hoặc văn bản thỏa thuận hoặc quyết định của Tòa án về việc xác lập quyền sử dụng hạn chế thửa đất liền kề, kèm theo sơ đồ thể hiện vị trí, kích thước phần diện tích thửa đất",
   "Bản gốc Giấy chứng nhận đã cấp"],
  "Giấy chứng nhận đã được xác nhận nội dung quyền sử dụng hạn chế",
  "lối đi chung; quyền sử dụng hạn chế; đất liền kề", None, app="c")

# ------------------------------------------------------------------ MÔI TRƯỜNG --
P("MOITRUONG", "T", 2, "Thẩm định, phê duyệt báo cáo đánh giá tác động môi trường", "Appraisal and approval of environmental impact assessment reports", 30, 0,
  "Phí thẩm định báo cáo đánh giá tác động môi trường: tính theo tổng vốn đầu tư của dự án, mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định",
  ["Văn bản đề nghị thẩm định báo cáo đánh giá tác động môi trường theo mẫu",
   "07 bản báo cáo đánh giá tác động môi trường của dự án",
   "01 bản báo cáo nghiên cứu khả thi hoặc tài liệu tương đương của dự án"],
  "Quyết định phê duyệt báo cáo đánh giá tác động môi trường",
  "ĐTM; đánh giá tác động môi trường; báo cáo ĐTM; môi trường dự án", None,
  faqs=[("Dự án nào phải lập báo cáo đánh giá tác động môi trường?",
         "Các dự án thuộc danh mục tại Phụ lục II Nghị định số 40/2019/NĐ-CP (như dự án khu công nghiệp, nhà máy có quy mô lớn, dự án sử dụng đất của khu bảo tồn…) phải lập báo cáo đánh giá tác động môi trường trước khi triển khai.")])

P("MOITRUONG", "H", 3, "Xác nhận đăng ký kế hoạch bảo vệ môi trường", "Certification of registration of environmental protection plans", 10, 0, "Không",
  ["Văn bản đề nghị đăng ký kế hoạch bảo vệ môi trường theo mẫu",
   "03 bản kế hoạch bảo vệ môi trường theo mẫu",
   "01 bản báo cáo đầu tư hoặc phương án sản xuất, kinh doanh, dịch vụ"],
  "Giấy xác nhận đăng ký kế hoạch bảo vệ môi trường",
  "kế hoạch bảo vệ môi trường; cam kết bảo vệ môi trường; giấy phép môi trường cơ sở nhỏ", "business_operation start_business",
  app="ce")

P("MOITRUONG", "T", 3, "Cấp sổ đăng ký chủ nguồn thải chất thải nguy hại", "Registration of hazardous waste generators", 15, 0,
  "Phí thẩm định: theo mức thu do Hội đồng nhân dân cấp tỉnh quy định",
  ["Đơn đăng ký chủ nguồn thải chất thải nguy hại theo mẫu",
   "Bản sao quyết định phê duyệt báo cáo đánh giá tác động môi trường hoặc giấy xác nhận kế hoạch bảo vệ môi trường",
   "Danh sách chất thải nguy hại phát sinh dự kiến"],
  "Sổ đăng ký chủ nguồn thải chất thải nguy hại",
  "chất thải nguy hại; chủ nguồn thải; quản lý chất thải", None,
  legal=["Thông tư số 36/2015/TT-BTNMT ngày 30/6/2015 của Bộ trưởng Bộ Tài nguyên và Môi trường về quản lý chất thải nguy hại"])

P("MOITRUONG", "TW", 2, "Cấp giấy phép xử lý chất thải nguy hại", "Hazardous waste treatment licences", 30, 0,
  "Phí thẩm định: theo Thông tư của Bộ Tài chính quy định mức thu phí thẩm định cấp giấy phép xử lý chất thải nguy hại",
  ["Đơn đăng ký cấp giấy phép xử lý chất thải nguy hại theo mẫu",
   "Bản sao quyết định phê duyệt báo cáo đánh giá tác động môi trường",
   "Bản mô tả hệ thống xử lý, thiết bị, phương tiện vận chuyển chất thải nguy hại",
   "Kế hoạch vận hành thử nghiệm xử lý chất thải nguy hại"],
  "Giấy phép xử lý chất thải nguy hại",
  "xử lý chất thải nguy hại; giấy phép môi trường; thu gom chất thải", None,
  legal=["Thông tư số 36/2015/TT-BTNMT ngày 30/6/2015 của Bộ trưởng Bộ Tài nguyên và Môi trường về quản lý chất thải nguy hại"])

P("MOITRUONG", "T", 2, "Kiểm tra, xác nhận hoàn thành công trình bảo vệ môi trường phục vụ giai đoạn vận hành của dự án", "Inspection and certification of completion of environmental protection works", 15, 0, "Không",
  ["Văn bản đề nghị kiểm tra, xác nhận hoàn thành công trình bảo vệ môi trường theo mẫu",
   "Báo cáo kết quả thực hiện các công trình bảo vệ môi trường phục vụ giai đoạn vận hành của dự án",
   "Kết quả quan trắc môi trường trong thời gian vận hành thử nghiệm"],
  "Giấy xác nhận hoàn thành công trình bảo vệ môi trường",
  "nghiệm thu công trình môi trường; vận hành thử nghiệm; xác nhận hoàn thành", None)

P("MOITRUONG", "H", 3, "Xác nhận đề án bảo vệ môi trường đơn giản", "Certification of simple environmental protection schemes", 10, 0, "Không",
  ["Văn bản đề nghị xác nhận đề án bảo vệ môi trường đơn giản theo mẫu",
   "03 bản đề án bảo vệ môi trường đơn giản"],
  "Giấy xác nhận đề án bảo vệ môi trường đơn giản",
  "đề án bảo vệ môi trường; cơ sở đang hoạt động", None, app="ce",
  legal=["Thông tư số 26/2015/TT-BTNMT ngày 28/5/2015 của Bộ trưởng Bộ Tài nguyên và Môi trường quy định đề án bảo vệ môi trường chi tiết, đề án bảo vệ môi trường đơn giản"])

# ---------------------------------------------------------------- XÂY DỰNG --
GPXD_LEGAL = ["Thông tư số 15/2016/TT-BXD ngày 30/6/2016 của Bộ trưởng Bộ Xây dựng hướng dẫn về cấp giấy phép xây dựng"]
P("XAYDUNG", "H", 3, "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Construction permits for individual houses", 15, 75000,
  "Lệ phí: 75.000 đồng/giấy phép (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Đơn đề nghị cấp giấy phép xây dựng theo mẫu",
   "Bản sao một trong những giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai",
   "02 bộ bản vẽ thiết kế xây dựng (mặt bằng công trình trên lô đất, mặt bằng, mặt cắt, mặt đứng các tầng, mặt bằng móng, sơ đồ đấu nối hạ tầng kỹ thuật)",
   "Bản cam kết bảo đảm an toàn đối với công trình liền kề (đối với công trình xây chen có tầng hầm)"],
  "Giấy phép xây dựng",
  "xin phép xây dựng; giấy phép xây nhà; GPXD nhà ở; xây nhà mới", None, app="c", legal=GPXD_LEGAL,
  faqs=[("Nhà ở nông thôn có phải xin giấy phép xây dựng không?",
         "Nhà ở riêng lẻ ở nông thôn không thuộc khu vực có quy hoạch đô thị, quy hoạch chi tiết xây dựng điểm dân cư nông thôn đã được phê duyệt và không thuộc khu vực bảo tồn, di tích được miễn giấy phép xây dựng."),
        ("Thời hạn cấp giấy phép xây dựng nhà ở riêng lẻ là bao lâu?",
         "Không quá 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xem xét thêm thì được kéo dài nhưng không quá 10 ngày và phải thông báo bằng văn bản cho chủ đầu tư.")])

P("XAYDUNG", "T", 2, "Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II", "Construction permits for special-grade, grade I and grade II works", 20, 150000,
  "Lệ phí: 150.000 đồng/giấy phép (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Đơn đề nghị cấp giấy phép xây dựng theo mẫu",
   "Bản sao giấy tờ chứng minh quyền sử dụng đất",
   "Bản sao quyết định phê duyệt dự án kèm văn bản thông báo kết quả thẩm định thiết kế của cơ quan chuyên môn về xây dựng",
   "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế đã được phê duyệt",
   "Bản kê khai năng lực, kinh nghiệm của tổ chức, cá nhân thiết kế"],
  "Giấy phép xây dựng",
  "giấy phép xây dựng công trình; dự án xây dựng; GPXD công trình lớn", "business_operation", app="e", legal=GPXD_LEGAL)

P("XAYDUNG", "H", 3, "Điều chỉnh giấy phép xây dựng nhà ở riêng lẻ", "Adjustment of construction permits for individual houses", 15, 75000,
  "Lệ phí: 75.000 đồng/giấy phép (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Đơn đề nghị điều chỉnh giấy phép xây dựng theo mẫu",
   "Bản chính giấy phép xây dựng đã được cấp",
   "02 bộ bản vẽ thiết kế liên quan đến phần điều chỉnh"],
  "Giấy phép xây dựng điều chỉnh",
  "điều chỉnh giấy phép xây dựng; thay đổi thiết kế nhà", None, app="c", legal=GPXD_LEGAL)

P("XAYDUNG", "H", 3, "Gia hạn giấy phép xây dựng", "Extension of construction permits", 5, 15000,
  "Lệ phí: 15.000 đồng/giấy phép (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Đơn đề nghị gia hạn giấy phép xây dựng theo mẫu",
   "Bản chính giấy phép xây dựng đã được cấp"],
  "Giấy phép xây dựng đã được gia hạn",
  "gia hạn giấy phép xây dựng; giấy phép xây dựng hết hạn", None, app="c", legal=GPXD_LEGAL,
  cond="Trong thời hạn 12 tháng kể từ ngày được cấp giấy phép mà công trình chưa khởi công thì phải đề nghị gia hạn; mỗi giấy phép chỉ được gia hạn tối đa 02 lần, mỗi lần 12 tháng.")

P("XAYDUNG", "H", 2, "Cấp lại giấy phép xây dựng", "Reissuance of construction permits", 5, 15000,
  "Lệ phí: 15.000 đồng/giấy phép (mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quy định)",
  ["Đơn đề nghị cấp lại giấy phép xây dựng theo mẫu, trong đó giải trình rõ lý do đề nghị cấp lại",
   "Bản chính giấy phép xây dựng đã được cấp (trường hợp bị rách, nát)"],
  "Giấy phép xây dựng (cấp lại)",
  "mất giấy phép xây dựng; cấp lại GPXD", None, app="c", legal=GPXD_LEGAL)

P("XAYDUNG", "T", 3, "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III", "Construction practising certificates, grades II and III", 20, 300000,
  "Lệ phí: 300.000 đồng/chứng chỉ",
  ["Đơn đề nghị cấp chứng chỉ hành nghề hoạt động xây dựng theo mẫu",
   "02 ảnh màu cỡ 4 x 6 cm có nền màu trắng",
   "Bản sao văn bằng đào tạo chuyên môn phù hợp",
   "Bản khai kinh nghiệm công việc chuyên môn theo mẫu",
   "Kết quả sát hạch đạt yêu cầu"],
  "Chứng chỉ hành nghề hoạt động xây dựng",
  "chứng chỉ hành nghề xây dựng; kỹ sư xây dựng; giám sát thi công; CCHN xây dựng", "employment",
  app="c",
  legal=["Nghị định số 100/2018/NĐ-CP ngày 16/7/2018 của Chính phủ sửa đổi, bổ sung, bãi bỏ một số quy định về điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của Bộ Xây dựng",
         "Thông tư số 172/2016/TT-BTC ngày 27/10/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí cấp chứng chỉ hành nghề hoạt động xây dựng"],
  fields=[F("certificate_field", "Lĩnh vực đề nghị cấp chứng chỉ", "Field of the certificate", "select",
            options=["Khảo sát xây dựng", "Thiết kế quy hoạch xây dựng", "Thiết kế xây dựng công trình", "Giám sát thi công xây dựng", "Định giá xây dựng", "Quản lý dự án"]),
          F("grade", "Hạng chứng chỉ", "Certificate grade", "select", options=["Hạng II", "Hạng III"]),
          F("qualification", "Trình độ chuyên môn", "Professional qualification"),
          F("experience_years", "Số năm kinh nghiệm", "Years of experience", "number"),
          EMAIL, RECEIVE])

P("XAYDUNG", "T", 3, "Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III", "Construction capacity certificates for organisations, grades II and III", 20, 1000000,
  "Lệ phí: 1.000.000 đồng/chứng chỉ",
  ["Đơn đề nghị cấp chứng chỉ năng lực hoạt động xây dựng theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập",
   "Bản kê khai năng lực tài chính, máy móc, thiết bị theo mẫu",
   "Danh sách cá nhân chủ chốt kèm bản sao chứng chỉ hành nghề",
   "Bản kê khai kinh nghiệm thực hiện công việc của tổ chức kèm văn bản chứng minh"],
  "Chứng chỉ năng lực hoạt động xây dựng",
  "chứng chỉ năng lực xây dựng; năng lực nhà thầu; doanh nghiệp xây dựng", "business_operation",
  app="e",
  legal=["Nghị định số 100/2018/NĐ-CP ngày 16/7/2018 của Chính phủ sửa đổi, bổ sung, bãi bỏ một số quy định về điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của Bộ Xây dựng",
         "Thông tư số 172/2016/TT-BTC ngày 27/10/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí cấp chứng chỉ hành nghề hoạt động xây dựng"])

P("XAYDUNG", "T", 1, "Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở", "Appraisal of construction designs developed after the basic design", 30, 0,
  "Phí thẩm định thiết kế xây dựng: tính theo tỷ lệ phần trăm chi phí xây dựng trong dự toán công trình theo Thông tư số 210/2016/TT-BTC",
  ["Tờ trình thẩm định thiết kế xây dựng theo mẫu",
   "Hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở",
   "Bản sao quyết định phê duyệt dự án đầu tư xây dựng",
   "Báo cáo kết quả khảo sát xây dựng"],
  "Văn bản thông báo kết quả thẩm định thiết kế xây dựng",
  "thẩm định thiết kế; thiết kế kỹ thuật; thiết kế bản vẽ thi công", "business_operation",
  app="e")

# --------------------------------------------------------------- GIÁO DỤC --
VB_LEGAL = ["Thông tư số 19/2015/TT-BGDĐT ngày 08/9/2015 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân"]
THI_LEGAL = ["Thông tư số 04/2017/TT-BGDĐT ngày 25/01/2017 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy chế thi trung học phổ thông quốc gia và xét công nhận tốt nghiệp trung học phổ thông",
             "Thông tư số 03/2019/TT-BGDĐT ngày 28/3/2019 của Bộ trưởng Bộ Giáo dục và Đào tạo sửa đổi, bổ sung một số điều của Quy chế thi trung học phổ thông quốc gia"]
CT_LEGAL = ["Quyết định số 51/2002/QĐ-BGDĐT ngày 25/12/2002 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy định chuyển trường và tiếp nhận học sinh học tại các trường trung học cơ sở và trung học phổ thông"]
P("GIAODUC", "T", 3, "Phúc khảo bài thi trung học phổ thông quốc gia", "Re-marking of national upper-secondary examination papers", 15, 0, "Không",
  ["Đơn phúc khảo bài thi theo mẫu"],
  "Thông báo kết quả phúc khảo bài thi",
  "phúc khảo; chấm lại bài thi; điểm thi THPT quốc gia; thi tốt nghiệp", None,
  legal=THI_LEGAL,
  fields=[DOB,
          F("candidate_number", "Số báo danh", "Candidate number"),
          F("exam_council", "Hội đồng thi", "Examination council"),
          F("subjects", "Bài thi, môn thi đề nghị phúc khảo", "Papers or subjects to re-mark", "textarea")],
  cond="Thí sinh nộp đơn phúc khảo trong thời hạn 10 ngày kể từ ngày công bố kết quả thi.")

P("GIAODUC", "T", 4, "Đăng ký dự thi trung học phổ thông quốc gia", "Registration for the national upper-secondary examination", 1, 0, "Không",
  ["Phiếu đăng ký dự thi trung học phổ thông quốc gia theo mẫu",
   "02 ảnh cỡ 4 x 6 cm",
   "Bản sao giấy tờ chứng minh được hưởng chế độ ưu tiên, khuyến khích (nếu có)"],
  "Phiếu xác nhận đăng ký dự thi",
  "đăng ký thi THPT quốc gia; đăng ký dự thi; thi tốt nghiệp THPT; xét tuyển đại học", None,
  legal=THI_LEGAL,
  fields=[DOB,
          F("school", "Trường trung học phổ thông", "Upper-secondary school"),
          F("exam_purpose", "Mục đích dự thi", "Purpose of the examination", "select",
            options=["Xét công nhận tốt nghiệp", "Xét công nhận tốt nghiệp và xét tuyển sinh", "Chỉ xét tuyển sinh"]),
          F("combination", "Bài thi tổ hợp đăng ký", "Combined examination", "select",
            options=["Khoa học Tự nhiên", "Khoa học Xã hội"]),
          F("foreign_language", "Ngoại ngữ", "Foreign language", "select",
            options=["Tiếng Anh", "Tiếng Pháp", "Tiếng Trung Quốc", "Tiếng Nga", "Tiếng Đức", "Tiếng Nhật", "Tiếng Hàn"])])

P("GIAODUC", "T", 3, "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "Issuance of copies of diplomas and certificates from master registers", 1, 0, "Không",
  ["Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc theo mẫu",
   ID_SHOW],
  "Bản sao văn bằng, chứng chỉ từ sổ gốc",
  "bản sao bằng tốt nghiệp; mất bằng tốt nghiệp THPT; sao bằng từ sổ gốc", None,
  legal=VB_LEGAL + ["Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch"],
  fields=[DOB,
          F("diploma_type", "Loại văn bằng", "Type of diploma", "select",
            options=["Bằng tốt nghiệp trung học phổ thông", "Bằng tốt nghiệp bổ túc trung học phổ thông", "Chứng chỉ"]),
          F("graduation_year", "Năm tốt nghiệp", "Graduation year", "number"),
          F("school", "Trường đã học", "School attended"),
          F("copies", "Số lượng bản sao", "Number of copies", "number"),
          RECEIVE])

P("GIAODUC", "T", 3, "Chỉnh sửa nội dung văn bằng, chứng chỉ", "Correction of diploma and certificate contents", 5, 0, "Không",
  ["Đơn đề nghị chỉnh sửa văn bằng, chứng chỉ theo mẫu",
   "Văn bằng, chứng chỉ đề nghị chỉnh sửa",
   "Bản sao quyết định thay đổi, cải chính hộ tịch hoặc giấy khai sinh làm căn cứ chỉnh sửa"],
  "Quyết định chỉnh sửa văn bằng, chứng chỉ và văn bằng, chứng chỉ đã chỉnh sửa",
  "sửa bằng tốt nghiệp; sai tên trên bằng; chỉnh sửa văn bằng", None, legal=VB_LEGAL)

P("GIAODUC", "T", 2, "Công nhận văn bằng tốt nghiệp các cấp học phổ thông do cơ sở nước ngoài cấp", "Recognition of foreign general-education diplomas", 15, 0, "Không",
  ["Đơn đề nghị công nhận văn bằng theo mẫu",
   "Bản sao văn bằng đề nghị công nhận kèm bản dịch tiếng Việt có chứng thực",
   "Bản sao học bạ hoặc kết quả học tập kèm bản dịch tiếng Việt có chứng thực"],
  "Giấy công nhận văn bằng tốt nghiệp",
  "công nhận bằng nước ngoài; du học về nước; bằng tốt nghiệp phổ thông nước ngoài", "education travel_abroad")

P("GIAODUC", "TW", 3, "Công nhận văn bằng do cơ sở giáo dục nước ngoài cấp", "Recognition of higher-education degrees awarded by foreign institutions", 20, 0, "Không",
  ["Đơn đề nghị công nhận văn bằng theo mẫu",
   "Bản sao văn bằng đề nghị công nhận kèm bản dịch tiếng Việt có chứng thực",
   "Bản sao phụ lục văn bằng hoặc bảng điểm kèm bản dịch tiếng Việt có chứng thực",
   "Văn bản ủy quyền cho phép cơ quan công nhận văn bằng xác minh thông tin văn bằng (nếu cần)"],
  "Giấy công nhận văn bằng",
  "công nhận bằng đại học nước ngoài; bằng thạc sĩ nước ngoài; du học", "education travel_abroad employment",
  legal=["Thông tư số 26/2013/TT-BGDĐT ngày 15/7/2013 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định trình tự, thủ tục công nhận văn bằng của người Việt Nam do cơ sở giáo dục nước ngoài cấp"],
  fields=[DOB,
          F("degree", "Văn bằng đề nghị công nhận", "Degree to be recognised", "select",
            options=["Cử nhân", "Kỹ sư", "Thạc sĩ", "Tiến sĩ", "Văn bằng khác"]),
          F("institution", "Cơ sở giáo dục cấp bằng", "Awarding institution"),
          F("country", "Quốc gia", "Country"),
          F("graduation_year", "Năm cấp bằng", "Year of award", "number"),
          RECEIVE])

P("GIAODUC", "T", 2, "Chuyển trường đối với học sinh trung học phổ thông", "Transfer of upper-secondary students between schools", 3, 0, "Không",
  ["Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký",
   "Học bạ (bản chính)",
   "Giấy chứng nhận trúng tuyển vào lớp 10 hoặc bằng tốt nghiệp trung học cơ sở",
   "Giấy giới thiệu chuyển trường do Hiệu trưởng nhà trường nơi đi cấp"],
  "Văn bản đồng ý tiếp nhận học sinh chuyển trường",
  "chuyển trường THPT; chuyển trường cấp 3; chuyển trường cho con", "education residence",
  legal=CT_LEGAL)

P("GIAODUC", "H", 2, "Chuyển trường đối với học sinh trung học cơ sở", "Transfer of lower-secondary students between schools", 3, 0, "Không",
  ["Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký",
   "Học bạ (bản chính)",
   "Giấy giới thiệu chuyển trường do Hiệu trưởng nhà trường nơi đi cấp"],
  "Văn bản đồng ý tiếp nhận học sinh chuyển trường",
  "chuyển trường THCS; chuyển trường cấp 2", "education residence",
  legal=CT_LEGAL)

P("GIAODUC", "T", 1, "Xét tuyển sinh vào trường phổ thông dân tộc nội trú", "Admission to ethnic minority boarding schools", 20, 0, "Không",
  ["Đơn xin dự tuyển vào trường phổ thông dân tộc nội trú",
   "Bản sao giấy khai sinh",
   "Học bạ cấp học dưới",
   "Giấy xác nhận nơi thường trú của học sinh và cha mẹ tại vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn"],
  "Quyết định công nhận trúng tuyển",
  "trường dân tộc nội trú; tuyển sinh nội trú; học sinh dân tộc thiểu số", "education social_support",
  legal=["Thông tư số 01/2016/TT-BGDĐT ngày 15/01/2016 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy chế tổ chức và hoạt động của trường phổ thông dân tộc nội trú"])

P("GIAODUC", "H", 1, "Cho phép trường mầm non, trường mẫu giáo, nhà trẻ hoạt động giáo dục", "Permission for kindergartens and nurseries to begin educational activities", 20, 0, "Không",
  ["Tờ trình đề nghị cho phép hoạt động giáo dục",
   "Bản sao quyết định thành lập hoặc cho phép thành lập",
   "Danh sách cán bộ quản lý, giáo viên kèm bản sao văn bằng",
   "Văn bản xác nhận về cơ sở vật chất, thiết bị, đồ chơi bảo đảm điều kiện",
   "Quy chế tổ chức và hoạt động của nhà trường"],
  "Quyết định cho phép hoạt động giáo dục",
  "mở trường mầm non; nhóm trẻ tư thục; cho phép hoạt động giáo dục", "education start_business",
  app="e",
  legal=["Nghị định số 46/2017/NĐ-CP ngày 21/4/2017 của Chính phủ quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục"])

P("GIAODUC", "H", 2, "Xét duyệt miễn, giảm học phí và hỗ trợ chi phí học tập", "Tuition fee exemption or reduction and study-cost support", 10, 0, "Không",
  ["Đơn đề nghị miễn, giảm học phí theo mẫu",
   "Bản sao giấy tờ chứng minh thuộc đối tượng miễn, giảm học phí (giấy chứng nhận hộ nghèo, giấy xác nhận khuyết tật…)"],
  "Quyết định miễn, giảm học phí, hỗ trợ chi phí học tập",
  "miễn học phí; giảm học phí; hỗ trợ chi phí học tập; học sinh nghèo", "education social_support",
  legal=["Nghị định số 86/2015/NĐ-CP ngày 02/10/2015 của Chính phủ quy định về cơ chế thu, quản lý học phí đối với cơ sở giáo dục thuộc hệ thống giáo dục quốc dân và chính sách miễn, giảm học phí, hỗ trợ chi phí học tập",
         "Thông tư liên tịch số 09/2016/TTLT-BGDĐT-BTC-BLĐTBXH ngày 30/3/2016 hướng dẫn thực hiện một số điều của Nghị định số 86/2015/NĐ-CP"])

# -------------------------------------------------------------------- VĂN HÓA --
VH_KARAOKE_LEGAL = ["Nghị định số 54/2019/NĐ-CP ngày 19/6/2019 của Chính phủ quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường",
                    "Thông tư số 212/2016/TT-BTC ngày 10/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép kinh doanh karaoke, vũ trường"]
P("VANHOA", "T", 3, "Cấp giấy phép phê duyệt nội dung chương trình biểu diễn nghệ thuật, trình diễn thời trang cho các tổ chức thuộc địa phương",
  "Approval of the content of performing arts and fashion show programmes for local organisations", 5, 1500000,
  "Phí thẩm định chương trình: độ dài đến 50 phút 1.500.000 đồng; từ 51 đến 100 phút 2.000.000 đồng; từ 101 đến 150 phút 3.000.000 đồng; từ 151 đến 200 phút 3.500.000 đồng",
  ["Đơn đề nghị cấp giấy phép tổ chức biểu diễn nghệ thuật, trình diễn thời trang theo mẫu",
   "Kịch bản, danh mục tác phẩm gắn với tên tác giả, người chịu trách nhiệm chính về nội dung chương trình",
   "Bản nhạc hoặc lời của tác phẩm đề nghị công diễn (đối với tác phẩm nước ngoài phải có bản dịch tiếng Việt)",
   "Văn bản chấp thuận của tác giả hoặc chủ sở hữu quyền tác giả (nếu có)"],
  "Giấy phép phê duyệt nội dung chương trình biểu diễn nghệ thuật, trình diễn thời trang",
  "giấy phép biểu diễn; tổ chức ca nhạc; trình diễn thời trang; văn nghệ", None,
  legal=["Nghị định số 79/2012/NĐ-CP ngày 05/10/2012 của Chính phủ quy định về biểu diễn nghệ thuật, trình diễn thời trang; thi người đẹp và người mẫu; lưu hành, kinh doanh bản ghi âm, ghi hình ca múa nhạc, sân khấu",
         "Nghị định số 15/2016/NĐ-CP ngày 15/3/2016 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 79/2012/NĐ-CP",
         "Thông tư số 288/2016/TT-BTC ngày 15/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định chương trình nghệ thuật biểu diễn"],
  legal_only=True)

P("VANHOA", "T", 3, "Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke", "Licences for karaoke services", 5, 4000000,
  "Phí thẩm định tại thành phố trực thuộc trung ương và thành phố, thị xã trực thuộc tỉnh: từ 01 đến 03 phòng 4.000.000 đồng, từ 04 đến 05 phòng 6.000.000 đồng, từ 06 phòng trở lên 12.000.000 đồng; tại khu vực khác: từ 01 đến 03 phòng 2.000.000 đồng, từ 04 đến 05 phòng 3.000.000 đồng, từ 06 phòng trở lên 6.000.000 đồng",
  ["Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke theo mẫu",
   "Bản sao Giấy chứng nhận thẩm duyệt thiết kế về phòng cháy và chữa cháy hoặc biên bản kiểm tra về phòng cháy và chữa cháy",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh"],
  "Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
  "giấy phép karaoke; kinh doanh karaoke; mở quán karaoke", "start_business business_operation",
  app="ce", legal=VH_KARAOKE_LEGAL, legal_only=True,
  fields=[ENT_NAME, TAX_CODE,
          F("business_address", "Địa điểm kinh doanh", "Business location"),
          F("rooms", "Số phòng hát", "Number of karaoke rooms", "number"),
          F("room_area", "Diện tích phòng nhỏ nhất (m²)", "Smallest room area (m²)", "number"),
          EMAIL],
  cond="Phòng hát có diện tích sử dụng từ 20 m² trở lên (không kể công trình phụ); không đặt chốt cửa bên trong phòng hát hoặc thiết bị báo động; bảo đảm điều kiện về phòng cháy và chữa cháy.")

P("VANHOA", "T", 2, "Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường", "Licences for dance-hall (discotheque) services", 5, 15000000,
  "Phí thẩm định: tại thành phố trực thuộc trung ương và thành phố, thị xã trực thuộc tỉnh 15.000.000 đồng/giấy; tại khu vực khác 10.000.000 đồng/giấy",
  ["Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường theo mẫu",
   "Bản sao Giấy chứng nhận thẩm duyệt thiết kế về phòng cháy và chữa cháy hoặc biên bản kiểm tra về phòng cháy và chữa cháy",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp"],
  "Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường",
  "giấy phép vũ trường; kinh doanh bar; sàn nhảy", "start_business business_operation",
  legal=VH_KARAOKE_LEGAL, legal_only=True,
  cond="Phòng vũ trường có diện tích sử dụng từ 80 m² trở lên; cách trường học, bệnh viện, cơ sở tôn giáo, di tích lịch sử - văn hóa từ 200 m trở lên.")

P("VANHOA", "T", 2, "Đăng ký tổ chức lễ hội", "Registration of festivals", 20, 0, "Không",
  ["Văn bản đăng ký tổ chức lễ hội theo mẫu",
   "Kế hoạch tổ chức lễ hội (nội dung, thời gian, địa điểm, phương án bảo đảm an ninh trật tự, vệ sinh môi trường)"],
  "Văn bản chấp thuận tổ chức lễ hội",
  "tổ chức lễ hội; đăng ký lễ hội; lễ hội truyền thống", "",
  app="ce", comp=UBND_T,
  legal=["Nghị định số 110/2018/NĐ-CP ngày 29/8/2018 của Chính phủ quy định về quản lý và tổ chức lễ hội"], legal_only=True)

P("VANHOA", "X", 1, "Xét tặng danh hiệu Gia đình văn hóa hằng năm", "Annual award of the 'Cultured Family' title", 5, 0, "Không",
  ["Bản đăng ký tham gia xây dựng danh hiệu Gia đình văn hóa của hộ gia đình",
   "Biên bản họp bình xét của thôn, tổ dân phố"],
  "Quyết định tặng danh hiệu Gia đình văn hóa và Giấy khen",
  "gia đình văn hóa; danh hiệu văn hóa; khu dân cư văn hóa", "",
  app="c", post=False,
  legal=["Nghị định số 122/2018/NĐ-CP ngày 17/9/2018 của Chính phủ quy định về xét tặng danh hiệu “Gia đình văn hóa”; “Thôn văn hóa”, “Làng văn hóa”, “Ấp văn hóa”, “Bản văn hóa”, “Tổ dân phố văn hóa”"], legal_only=True)

P("VANHOA", "T", 3, "Cấp giấy phép nhập khẩu văn hóa phẩm không nhằm mục đích kinh doanh", "Import licences for non-commercial cultural products", 7, 0, "Không",
  ["Đơn đề nghị cấp giấy phép nhập khẩu văn hóa phẩm theo mẫu",
   "Bản sao vận đơn hoặc giấy báo nhận hàng",
   "Danh mục văn hóa phẩm nhập khẩu kèm hình ảnh hoặc bản sao nội dung"],
  "Giấy phép nhập khẩu văn hóa phẩm",
  "nhập khẩu văn hóa phẩm; tranh ảnh nhập khẩu; đĩa phim nhập khẩu", "import_export",
  app="ce",
  legal=["Nghị định số 32/2012/NĐ-CP ngày 12/4/2012 của Chính phủ về quản lý xuất khẩu, nhập khẩu văn hóa phẩm không nhằm mục đích kinh doanh"], legal_only=True)

P("VANHOA", "T", 4, "Tiếp nhận hồ sơ thông báo sản phẩm quảng cáo trên bảng quảng cáo, băng-rôn", "Notification of advertising products on billboards and banners", 5, 0, "Không",
  ["Văn bản thông báo sản phẩm quảng cáo theo mẫu, ghi rõ nội dung, thời gian, địa điểm quảng cáo, số lượng bảng quảng cáo, băng-rôn",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp của người kinh doanh dịch vụ quảng cáo",
   "Ma-két sản phẩm quảng cáo in màu có chữ ký của tổ chức, cá nhân quảng cáo",
   "Bản sao giấy tờ chứng minh sự phù hợp của hàng hóa, dịch vụ quảng cáo theo quy định"],
  "Văn bản xác nhận tiếp nhận hồ sơ thông báo sản phẩm quảng cáo",
  "quảng cáo ngoài trời; băng rôn; biển quảng cáo; pano", None,
  legal=["Luật Quảng cáo số 16/2012/QH13 ngày 21/6/2012",
         "Nghị định số 181/2013/NĐ-CP ngày 14/11/2013 của Chính phủ quy định chi tiết thi hành một số điều của Luật Quảng cáo"], legal_only=True)

# --------------------------------------------------------------------- DU LỊCH --
LH_FEE = "Phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành: 3.000.000 đồng/giấy phép"
HDV_FEE = "Phí thẩm định cấp thẻ hướng dẫn viên du lịch: 650.000 đồng/thẻ"
HDV_FIELDS = [DOB,
              F("qualification", "Trình độ chuyên môn, chứng chỉ nghiệp vụ hướng dẫn du lịch", "Qualification or tour-guiding certificate"),
              F("languages", "Ngoại ngữ sử dụng (đối với thẻ quốc tế)", "Languages used (international card)", required=False),
              F("employer", "Doanh nghiệp lữ hành hoặc tổ chức xã hội - nghề nghiệp quản lý", "Managing travel company or professional association", required=False),
              RECEIVE]
P("DULICH", "T", 3, "Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa", "Domestic tour operator licences", 10, 3000000, LH_FEE,
  ["Đơn đề nghị cấp giấy phép kinh doanh dịch vụ lữ hành theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
   "Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành nội địa",
   "Bản sao quyết định bổ nhiệm hoặc hợp đồng lao động giữa doanh nghiệp và người phụ trách kinh doanh dịch vụ lữ hành",
   "Bản sao văn bằng hoặc chứng chỉ nghiệp vụ điều hành du lịch nội địa của người phụ trách kinh doanh"],
  "Giấy phép kinh doanh dịch vụ lữ hành nội địa",
  "giấy phép lữ hành nội địa; công ty du lịch; mở công ty du lịch; tour du lịch", "start_business business_operation",
  app="e",
  cond="Doanh nghiệp ký quỹ kinh doanh dịch vụ lữ hành nội địa 100.000.000 đồng tại ngân hàng; người phụ trách kinh doanh tốt nghiệp trung cấp trở lên chuyên ngành về lữ hành hoặc có chứng chỉ nghiệp vụ điều hành du lịch nội địa.")

P("DULICH", "TW", 3, "Cấp giấy phép kinh doanh dịch vụ lữ hành quốc tế", "International tour operator licences", 10, 3000000, LH_FEE,
  ["Đơn đề nghị cấp giấy phép kinh doanh dịch vụ lữ hành theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
   "Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành quốc tế",
   "Bản sao quyết định bổ nhiệm hoặc hợp đồng lao động của người phụ trách kinh doanh dịch vụ lữ hành",
   "Bản sao văn bằng hoặc chứng chỉ nghiệp vụ điều hành du lịch quốc tế của người phụ trách kinh doanh"],
  "Giấy phép kinh doanh dịch vụ lữ hành quốc tế",
  "giấy phép lữ hành quốc tế; tour nước ngoài; inbound; outbound", "start_business business_operation travel_abroad",
  app="e",
  cond="Ký quỹ 250.000.000 đồng đối với kinh doanh dịch vụ lữ hành cho khách du lịch quốc tế đến Việt Nam, 500.000.000 đồng đối với kinh doanh dịch vụ lữ hành cho khách du lịch ra nước ngoài.")

P("DULICH", "T", 3, "Cấp thẻ hướng dẫn viên du lịch nội địa", "Domestic tour guide cards", 10, 650000, HDV_FEE,
  ["Đơn đề nghị cấp thẻ hướng dẫn viên du lịch theo mẫu",
   "Sơ yếu lý lịch có xác nhận của Ủy ban nhân dân cấp xã nơi cư trú",
   "Bản sao văn bằng tốt nghiệp trung cấp trở lên chuyên ngành hướng dẫn du lịch hoặc chứng chỉ nghiệp vụ hướng dẫn du lịch nội địa",
   "Giấy chứng nhận sức khỏe do cơ sở khám bệnh, chữa bệnh có thẩm quyền cấp trong thời hạn không quá 06 tháng",
   "02 ảnh chân dung màu cỡ 3 cm x 4 cm"],
  "Thẻ hướng dẫn viên du lịch nội địa",
  "thẻ hướng dẫn viên; hướng dẫn viên du lịch; HDV nội địa", "employment",
  app="c", fields=HDV_FIELDS)

P("DULICH", "T", 3, "Cấp thẻ hướng dẫn viên du lịch quốc tế", "International tour guide cards", 10, 650000, HDV_FEE,
  ["Đơn đề nghị cấp thẻ hướng dẫn viên du lịch theo mẫu",
   "Sơ yếu lý lịch có xác nhận của Ủy ban nhân dân cấp xã nơi cư trú",
   "Bản sao văn bằng tốt nghiệp cao đẳng trở lên chuyên ngành hướng dẫn du lịch hoặc chứng chỉ nghiệp vụ hướng dẫn du lịch quốc tế",
   "Bản sao giấy tờ chứng minh sử dụng thành thạo ngoại ngữ đăng ký hành nghề",
   "Giấy chứng nhận sức khỏe do cơ sở khám bệnh, chữa bệnh có thẩm quyền cấp trong thời hạn không quá 06 tháng",
   "02 ảnh chân dung màu cỡ 3 cm x 4 cm"],
  "Thẻ hướng dẫn viên du lịch quốc tế",
  "thẻ hướng dẫn viên quốc tế; HDV quốc tế; hướng dẫn khách nước ngoài", "employment",
  app="c", fields=HDV_FIELDS)

P("DULICH", "T", 3, "Cấp đổi thẻ hướng dẫn viên du lịch quốc tế, thẻ hướng dẫn viên du lịch nội địa", "Renewal of international and domestic tour guide cards", 10, 650000, HDV_FEE,
  ["Đơn đề nghị cấp đổi thẻ hướng dẫn viên du lịch theo mẫu",
   "Giấy chứng nhận sức khỏe do cơ sở khám bệnh, chữa bệnh có thẩm quyền cấp trong thời hạn không quá 06 tháng",
   "Giấy chứng nhận đã qua khóa cập nhật kiến thức cho hướng dẫn viên du lịch",
   "02 ảnh chân dung màu cỡ 3 cm x 4 cm"],
  "Thẻ hướng dẫn viên du lịch (cấp đổi)",
  "đổi thẻ hướng dẫn viên; thẻ HDV hết hạn", "employment",
  app="c", fields=HDV_FIELDS,
  cond="Thẻ hướng dẫn viên du lịch có thời hạn 05 năm; hướng dẫn viên đề nghị cấp đổi khi thẻ hết hạn hoặc chuyển từ thẻ nội địa sang thẻ quốc tế.")

P("DULICH", "T", 2, "Công nhận hạng cơ sở lưu trú du lịch hạng 1 sao, 2 sao đối với khách sạn, làng du lịch", "Classification of 1-star and 2-star hotels and tourist villages", 30, 1500000,
  "Phí thẩm định công nhận hạng cơ sở lưu trú du lịch hạng 1 sao, 2 sao: 1.500.000 đồng/hồ sơ",
  ["Đơn đề nghị công nhận hạng cơ sở lưu trú du lịch theo mẫu",
   "Biểu đánh giá chất lượng cơ sở lưu trú du lịch theo tiêu chuẩn quốc gia",
   "Danh sách người quản lý và nhân viên kèm văn bằng, chứng chỉ nghiệp vụ",
   "Bản sao giấy tờ chứng nhận đủ điều kiện về an ninh trật tự, phòng cháy và chữa cháy"],
  "Quyết định công nhận hạng cơ sở lưu trú du lịch và biển hiệu hạng sao",
  "xếp hạng khách sạn; khách sạn 2 sao; công nhận hạng sao", None,
  app="e")

# ------------------------------------------------------------ BẢO TRỢ XÃ HỘI --
NKT_LEGAL = ["Luật Người khuyết tật số 51/2010/QH12 ngày 17/6/2010",
             "Nghị định số 28/2012/NĐ-CP ngày 10/4/2012 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật",
             "Thông tư số 01/2019/TT-BLĐTBXH ngày 02/01/2019 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện"]
P("BAOTRO", "H", 2, "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng",
  "Granting, adjusting or ending monthly social allowances and monthly care support", 22, 0, "Không",
  ["Tờ khai đề nghị trợ giúp xã hội theo mẫu",
   "Bản sao giấy khai sinh (đối với trẻ em) hoặc bản sao Giấy xác nhận khuyết tật (đối với người khuyết tật)",
   "Bản sao sổ hộ khẩu hoặc giấy tờ chứng minh nơi cư trú",
   "Giấy tờ xác nhận hộ nghèo, hộ cận nghèo (nếu có)"],
  "Quyết định trợ cấp xã hội hằng tháng hoặc quyết định điều chỉnh, thôi hưởng",
  "trợ cấp xã hội hằng tháng; trợ cấp người cao tuổi; trợ cấp người khuyết tật; trẻ mồ côi", "social_support retirement",
  faqs=[("Người cao tuổi từ bao nhiêu tuổi được hưởng trợ cấp xã hội hằng tháng?",
         "Người từ đủ 80 tuổi trở lên không có lương hưu, trợ cấp bảo hiểm xã hội hằng tháng được hưởng trợ cấp xã hội hằng tháng; người cao tuổi thuộc hộ nghèo không có người phụng dưỡng được hưởng từ đủ 60 tuổi.")])

P("BAOTRO", "H", 2, "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "Funeral cost support for social protection beneficiaries", 5, 0, "Không",
  ["Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu",
   "Bản sao giấy chứng tử hoặc trích lục khai tử",
   "Bản sao quyết định hưởng trợ cấp xã hội của người chết (đối với đối tượng đang hưởng trợ cấp)"],
  "Quyết định hỗ trợ chi phí mai táng",
  "hỗ trợ mai táng; chi phí mai táng; trợ cấp mai táng bảo trợ xã hội", "death social_support")

P("BAOTRO", "X", 2, "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật", "Determination of disability level and issuance of disability certificates", 25, 0, "Không",
  ["Đơn đề nghị xác định, xác định lại mức độ khuyết tật theo mẫu",
   "Bản sao các giấy tờ liên quan đến khuyết tật (bệnh án, giấy tờ khám, điều trị, phẫu thuật, biên bản giám định y khoa…)"],
  "Giấy xác nhận khuyết tật",
  "giấy xác nhận khuyết tật; người khuyết tật; mức độ khuyết tật", "social_support health",
  legal=NKT_LEGAL, legal_only=True)

P("BAOTRO", "X", 2, "Đổi, cấp lại Giấy xác nhận khuyết tật", "Exchange or reissuance of disability certificates", 5, 0, "Không",
  ["Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật theo mẫu",
   "Giấy xác nhận khuyết tật bị hư hỏng (trường hợp đổi)"],
  "Giấy xác nhận khuyết tật (đổi, cấp lại)",
  "cấp lại giấy xác nhận khuyết tật; mất giấy khuyết tật", "social_support",
  legal=NKT_LEGAL, legal_only=True)

P("BAOTRO", "H", 1, "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở", "Emergency social assistance for building or repairing houses", 10, 0, "Không",
  ["Tờ khai đề nghị hỗ trợ về nhà ở theo mẫu",
   "Biên bản xác nhận thiệt hại về nhà ở do thiên tai, hỏa hoạn hoặc lý do bất khả kháng"],
  "Quyết định hỗ trợ làm nhà ở, sửa chữa nhà ở",
  "hỗ trợ làm nhà; nhà bị sập; thiên tai; hỗ trợ khẩn cấp", "social_support house_land")

P("BAOTRO", "T", 1, "Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội cấp tỉnh", "Admission of social protection beneficiaries in special difficulty to provincial social assistance centres", 15, 0, "Không",
  ["Đơn đề nghị tiếp nhận vào cơ sở trợ giúp xã hội của đối tượng hoặc người giám hộ",
   "Bản sao giấy khai sinh hoặc giấy tờ tùy thân của đối tượng",
   "Giấy xác nhận khuyết tật, hồ sơ bệnh án (đối với người khuyết tật, người tâm thần)"],
  "Quyết định tiếp nhận đối tượng vào cơ sở trợ giúp xã hội",
  "trung tâm bảo trợ xã hội; nuôi dưỡng tập trung; người già neo đơn", "social_support")

P("BAOTRO", "H", 1, "Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập thuộc thẩm quyền của Phòng Lao động - Thương binh và Xã hội",
  "Registration of non-public social assistance facilities under district Labour Divisions", 5, 0, "Không",
  ["Tờ khai đăng ký thành lập cơ sở trợ giúp xã hội theo mẫu",
   "Dự thảo quy chế hoạt động của cơ sở",
   "Bản sao giấy tờ chứng minh quyền sử dụng đất, quyền sở hữu nhà hoặc hợp đồng thuê trụ sở"],
  "Giấy chứng nhận đăng ký thành lập cơ sở trợ giúp xã hội",
  "cơ sở bảo trợ xã hội tư nhân; viện dưỡng lão; nhà dưỡng lão", "social_support start_business",
  app="ce", comp="Phòng Lao động - Thương binh và Xã hội", recv=R(UBND_H),
  legal=["Nghị định số 103/2017/NĐ-CP ngày 12/9/2017 của Chính phủ quy định về thành lập, tổ chức, hoạt động, giải thể và quản lý các cơ sở trợ giúp xã hội"])

P("BAOTRO", "H", 2, "Chi trả trợ cấp xã hội hằng tháng khi đối tượng thay đổi nơi cư trú giữa các quận, huyện, thị xã, thành phố thuộc tỉnh",
  "Payment of monthly social allowances when beneficiaries move between districts", 10, 0, "Không",
  ["Văn bản đề nghị chi trả trợ cấp tại nơi cư trú mới theo mẫu",
   "Bản sao quyết định hưởng trợ cấp xã hội hằng tháng",
   "Giấy tờ chứng minh nơi cư trú mới"],
  "Quyết định thôi hưởng tại nơi cũ và quyết định hưởng trợ cấp tại nơi cư trú mới",
  "chuyển nơi nhận trợ cấp xã hội; thay đổi nơi cư trú trợ cấp", "social_support residence")

# ------------------------------------------------------------- NGƯỜI CÓ CÔNG --
P("NGUOICOCONG", "T", 2, "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", "Allowance for the worship of martyrs", 15, 0, "Không",
  ["Bản khai đề nghị trợ cấp thờ cúng liệt sĩ theo mẫu",
   "Biên bản ủy quyền của gia đình liệt sĩ cho người thờ cúng (nếu có)",
   "Bản sao Bằng “Tổ quốc ghi công”"],
  "Quyết định trợ cấp thờ cúng liệt sĩ",
  "thờ cúng liệt sĩ; trợ cấp liệt sĩ; gia đình liệt sĩ", None)

P("NGUOICOCONG", "T", 2, "Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ và hỗ trợ thăm viếng mộ liệt sĩ", "Introduction letters and support for visiting martyrs' graves", 5, 0, "Không",
  ["Đơn đề nghị cấp giấy giới thiệu thăm viếng mộ liệt sĩ theo mẫu, có xác nhận của Ủy ban nhân dân cấp xã",
   "Bản sao Giấy báo tin mộ liệt sĩ của nơi quản lý mộ"],
  "Giấy giới thiệu đi thăm viếng mộ liệt sĩ; tiền hỗ trợ thăm viếng",
  "thăm mộ liệt sĩ; viếng mộ liệt sĩ; nghĩa trang liệt sĩ", None)

P("NGUOICOCONG", "T", 1, "Giải quyết chế độ ưu đãi đối với Bà mẹ Việt Nam anh hùng", "Preferential treatment for Vietnamese Heroic Mothers", 20, 0, "Không",
  ["Bản khai cá nhân theo mẫu",
   "Bản sao quyết định phong tặng hoặc truy tặng danh hiệu “Bà mẹ Việt Nam anh hùng”"],
  "Quyết định trợ cấp ưu đãi đối với Bà mẹ Việt Nam anh hùng",
  "Bà mẹ Việt Nam anh hùng; phụng dưỡng mẹ anh hùng", None)

P("NGUOICOCONG", "T", 1, "Giải quyết chế độ ưu đãi đối với người hoạt động kháng chiến bị nhiễm chất độc hóa học", "Preferential treatment for resistance fighters exposed to toxic chemicals", 30, 0, "Không",
  ["Bản khai cá nhân theo mẫu",
   "Bản sao giấy tờ chứng minh thời gian hoạt động kháng chiến tại vùng mà quân đội Mỹ sử dụng chất độc hóa học",
   "Biên bản giám định của Hội đồng giám định y khoa có thẩm quyền"],
  "Quyết định trợ cấp ưu đãi hằng tháng",
  "chất độc da cam; nhiễm chất độc hóa học; dioxin", "social_support health")

P("NGUOICOCONG", "T", 2, "Giải quyết trợ cấp mai táng phí, trợ cấp một lần khi người có công với cách mạng từ trần", "Funeral allowance and lump-sum allowance upon the death of people with meritorious services", 15, 0, "Không",
  ["Bản khai của thân nhân theo mẫu",
   "Bản sao giấy chứng tử hoặc trích lục khai tử",
   "Biên bản ủy quyền của các thân nhân (nếu có)"],
  "Quyết định trợ cấp mai táng phí, trợ cấp một lần",
  "mai táng phí người có công; trợ cấp khi người có công từ trần", "death social_support")

P("NGUOICOCONG", "H", 1, "Hỗ trợ người có công với cách mạng cải thiện nhà ở", "Housing improvement support for people with meritorious services", 30, 0, "Không",
  ["Đơn đề nghị hỗ trợ nhà ở theo mẫu, có xác nhận của Ủy ban nhân dân cấp xã về thực trạng nhà ở",
   "Bản sao giấy tờ chứng minh là người có công với cách mạng hoặc thân nhân liệt sĩ"],
  "Quyết định hỗ trợ xây mới hoặc sửa chữa nhà ở",
  "hỗ trợ nhà ở người có công; nhà tình nghĩa; sửa nhà", "social_support house_land",
  legal=["Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013 của Thủ tướng Chính phủ về hỗ trợ người có công với cách mạng về nhà ở"])

P("NGUOICOCONG", "T", 2, "Cấp trích lục hoặc sao hồ sơ người có công với cách mạng", "Issuance of extracts or copies of records of people with meritorious services", 5, 0, "Không",
  ["Đơn đề nghị cấp trích lục hoặc sao hồ sơ người có công theo mẫu",
   ID_SHOW],
  "Bản trích lục hoặc bản sao hồ sơ người có công",
  "trích lục hồ sơ liệt sĩ; sao hồ sơ thương binh", None)

# ------------------------------------------------------- TRỒNG TRỌT, BVTV --
P("NONGNGHIEP", "TW", 4, "Cấp Giấy chứng nhận kiểm dịch thực vật xuất khẩu, tái xuất khẩu", "Phytosanitary certificates for export and re-export", 1, 0,
  "Phí kiểm dịch thực vật theo Thông tư số 231/2016/TT-BTC, tính theo khối lượng, số lượng lô hàng",
  ["Giấy đăng ký kiểm dịch thực vật theo mẫu",
   "Bản sao chứng từ xuất khẩu (hợp đồng, thư tín dụng, vận đơn, hóa đơn thương mại)",
   "Giấy chứng nhận kiểm dịch thực vật của nước xuất khẩu (đối với hàng tái xuất khẩu)"],
  "Giấy chứng nhận kiểm dịch thực vật xuất khẩu (Phytosanitary Certificate)",
  "kiểm dịch thực vật; chứng thư kiểm dịch; xuất khẩu nông sản; phytosanitary", "import_export business_operation",
  eresult=True,
  legal=["Thông tư số 231/2016/TT-BTC ngày 11/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực bảo vệ thực vật"])

P("NONGNGHIEP", "TW", 4, "Cấp Giấy chứng nhận kiểm dịch thực vật nhập khẩu, quá cảnh và vận chuyển nội địa", "Phytosanitary certificates for import, transit and domestic transport", 1, 0,
  "Phí kiểm dịch thực vật theo Thông tư số 231/2016/TT-BTC, tính theo khối lượng, số lượng lô hàng",
  ["Giấy đăng ký kiểm dịch thực vật theo mẫu",
   "Bản sao Giấy phép kiểm dịch thực vật nhập khẩu (đối với vật thể phải phân tích nguy cơ dịch hại)",
   "Bản sao Giấy chứng nhận kiểm dịch thực vật của nước xuất khẩu"],
  "Giấy chứng nhận kiểm dịch thực vật nhập khẩu, quá cảnh và vận chuyển nội địa",
  "kiểm dịch nhập khẩu; nhập khẩu nông sản; kiểm dịch trái cây", "import_export",
  eresult=True,
  legal=["Thông tư số 231/2016/TT-BTC ngày 11/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực bảo vệ thực vật"])

NN_TRADE_FIELDS = [ENT_NAME, TAX_CODE,
                   F("business_address", "Địa điểm cơ sở buôn bán, sản xuất", "Address of the establishment"),
                   F("manager_name", "Người trực tiếp quản lý, bán hàng", "Person directly in charge"),
                   F("training_certificate", "Số giấy chứng nhận bồi dưỡng chuyên môn", "Professional training certificate number"),
                   EMAIL]
P("NONGNGHIEP", "T", 3, "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật", "Certificates of eligibility to trade in plant protection products", 20, 500000,
  "Phí thẩm định điều kiện buôn bán thuốc bảo vệ thực vật: 500.000 đồng/lần",
  ["Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật theo mẫu",
   "Bản thuyết minh về điều kiện buôn bán thuốc bảo vệ thực vật theo mẫu",
   "Bản sao văn bằng, giấy chứng nhận bồi dưỡng chuyên môn về thuốc bảo vệ thực vật của chủ cơ sở và người trực tiếp bán thuốc"],
  "Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật",
  "buôn bán thuốc bảo vệ thực vật; đại lý thuốc BVTV; thuốc trừ sâu", "start_business business_operation",
  app="ce", fields=NN_TRADE_FIELDS,
  legal=["Nghị định số 66/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định điều kiện đầu tư kinh doanh về bảo vệ và kiểm dịch thực vật; giống cây trồng; nuôi động vật rừng thông thường; chăn nuôi; thủy sản; thực phẩm",
         "Thông tư số 21/2015/TT-BNNPTNT ngày 08/6/2015 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn về quản lý thuốc bảo vệ thực vật"])

P("NONGNGHIEP", "T", 3, "Cấp Giấy chứng nhận đủ điều kiện buôn bán phân bón", "Certificates of eligibility to trade in fertilisers", 15, 500000,
  "Phí thẩm định điều kiện buôn bán phân bón: 500.000 đồng/lần",
  ["Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện buôn bán phân bón theo mẫu",
   "Bản thuyết minh điều kiện buôn bán phân bón theo mẫu",
   "Bản sao giấy chứng nhận bồi dưỡng chuyên môn về phân bón của người trực tiếp buôn bán"],
  "Giấy chứng nhận đủ điều kiện buôn bán phân bón",
  "buôn bán phân bón; đại lý phân bón; cửa hàng vật tư nông nghiệp", "start_business business_operation",
  app="ce", fields=NN_TRADE_FIELDS,
  legal=["Nghị định số 108/2017/NĐ-CP ngày 20/9/2017 của Chính phủ về quản lý phân bón"], legal_only=True)

P("NONGNGHIEP", "T", 3, "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm nông, lâm, thủy sản",
  "Food safety certificates for agro-forestry-fishery food establishments", 15, 0,
  "Phí thẩm định cấp Giấy chứng nhận theo Thông tư số 44/2018/TT-BTC của Bộ trưởng Bộ Tài chính",
  ["Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo mẫu",
   "Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện an toàn thực phẩm",
   "Giấy xác nhận đủ sức khỏe và giấy xác nhận đã được tập huấn kiến thức về an toàn thực phẩm của chủ cơ sở và người trực tiếp sản xuất, kinh doanh"],
  "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
  "an toàn thực phẩm; ATTP; giấy chứng nhận vệ sinh an toàn thực phẩm; cơ sở chế biến", "start_business business_operation",
  app="ce",
  fields=[ENT_NAME, TAX_CODE,
          F("business_address", "Địa chỉ cơ sở sản xuất, kinh doanh", "Address of the establishment"),
          F("business_type", "Loại hình sản xuất, kinh doanh", "Type of activity", "select",
            options=["Sơ chế, chế biến", "Kinh doanh, phân phối", "Bảo quản, kho lạnh", "Sản xuất ban đầu"]),
          F("products", "Nhóm sản phẩm", "Product group", "textarea"),
          EMAIL],
  impl="Chi cục Quản lý chất lượng nông lâm sản và thủy sản", comp="Sở Nông nghiệp và Phát triển nông thôn",
  legal=["Luật An toàn thực phẩm số 55/2010/QH12 ngày 17/6/2010",
         "Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm",
         "Thông tư số 38/2018/TT-BNNPTNT ngày 25/12/2018 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn quy định việc thẩm định, chứng nhận cơ sở sản xuất, kinh doanh thực phẩm nông, lâm, thủy sản đủ điều kiện an toàn thực phẩm"],
  legal_only=True)

# ------------------------------------------------------------------ THỦY SẢN --
P("THUYSAN", "T", 3, "Cấp giấy phép khai thác thủy sản", "Fishing licences", 6, 40000,
  "Lệ phí cấp giấy phép khai thác thủy sản: 40.000 đồng/lần",
  ["Đơn đề nghị cấp giấy phép khai thác thủy sản theo mẫu",
   "Bản sao Giấy chứng nhận an toàn kỹ thuật tàu cá (đối với tàu có chiều dài lớn nhất từ 12 mét trở lên)",
   "Bản sao văn bằng hoặc chứng chỉ thuyền trưởng, máy trưởng",
   "Bản sao Giấy chứng nhận đăng ký tàu cá"],
  "Giấy phép khai thác thủy sản",
  "giấy phép khai thác thủy sản; đánh bắt cá; giấy phép tàu cá; ngư dân", None, app="c")

P("THUYSAN", "T", 2, "Cấp văn bản chấp thuận đóng mới, cải hoán, thuê, mua tàu cá trên biển", "Approval to build, convert, hire or purchase sea-going fishing vessels", 3, 0, "Không",
  ["Đơn đề nghị đóng mới, cải hoán, thuê, mua tàu cá theo mẫu",
   "Bản sao hồ sơ thiết kế tàu cá được cơ sở đăng kiểm thẩm định (đối với đóng mới, cải hoán)"],
  "Văn bản chấp thuận đóng mới, cải hoán, thuê, mua tàu cá",
  "đóng tàu cá; cải hoán tàu cá; mua tàu cá", None, app="c")

P("THUYSAN", "T", 2, "Đăng ký tàu cá", "Fishing vessel registration", 3, 0, "Không",
  ["Tờ khai đăng ký tàu cá theo mẫu",
   "Bản chính biên bản kiểm tra an toàn kỹ thuật tàu cá (đối với tàu cá thuộc diện đăng kiểm)",
   "Văn bản chấp thuận đóng mới, cải hoán, thuê, mua tàu cá",
   "02 ảnh màu cỡ 9 x 12 cm chụp toàn tàu theo hướng hai bên mạn tàu"],
  "Giấy chứng nhận đăng ký tàu cá",
  "đăng ký tàu cá; số đăng ký tàu cá; tàu đánh cá", None, app="c")

P("THUYSAN", "T", 2, "Cấp giấy chứng nhận an toàn kỹ thuật tàu cá", "Technical safety certificates for fishing vessels", 3, 0,
  "Giá dịch vụ đăng kiểm tàu cá theo quy định của Bộ Nông nghiệp và Phát triển nông thôn",
  ["Giấy đề nghị kiểm tra an toàn kỹ thuật tàu cá theo mẫu",
   "Hồ sơ thiết kế tàu cá đã được thẩm định (đối với kiểm tra lần đầu)",
   "Giấy chứng nhận an toàn kỹ thuật tàu cá cũ (đối với kiểm tra định kỳ)"],
  "Giấy chứng nhận an toàn kỹ thuật tàu cá",
  "đăng kiểm tàu cá; an toàn kỹ thuật tàu cá", None, app="c",
  impl="Cơ sở đăng kiểm tàu cá", comp="Cơ sở đăng kiểm tàu cá")

P("THUYSAN", "H", 2, "Cấp giấy xác nhận đăng ký nuôi trồng thủy sản lồng bè, đối tượng thủy sản nuôi chủ lực", "Registration confirmation for cage aquaculture and key farmed species", 5, 0, "Không",
  ["Đơn đề nghị cấp giấy xác nhận đăng ký nuôi trồng thủy sản theo mẫu",
   "Bản sao quyết định giao, cho thuê mặt nước hoặc giấy tờ chứng minh quyền sử dụng hợp pháp khu vực nuôi"],
  "Giấy xác nhận đăng ký nuôi trồng thủy sản",
  "nuôi cá lồng bè; nuôi tôm; đăng ký nuôi trồng thủy sản", None, app="c",
  impl="Phòng Nông nghiệp và Phát triển nông thôn cấp huyện", comp=UBND_H)

# -------------------------------------------------------- VIỄN THÔNG, INTERNET --
P("VIENTHONG", "T", 3, "Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp", "Licences for aggregated news websites", 10, 0, "Không",
  ["Đơn đề nghị cấp giấy phép thiết lập trang thông tin điện tử tổng hợp theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập",
   "Đề án hoạt động có chữ ký, dấu của người đứng đầu tổ chức",
   "Văn bản chấp thuận của tổ chức cung cấp nguồn tin để bảo đảm tính hợp pháp của nguồn tin"],
  "Giấy phép thiết lập trang thông tin điện tử tổng hợp",
  "trang thông tin điện tử tổng hợp; giấy phép website; báo điện tử tổng hợp", None,
  cond="Tổ chức có nhân sự, tên miền, hệ thống kỹ thuật và biện pháp quản lý thông tin đáp ứng quy định; tên miền sử dụng còn thời hạn tối thiểu 06 tháng.")

P("VIENTHONG", "TW", 3, "Cấp giấy phép thiết lập mạng xã hội", "Licences to establish social networks", 30, 0, "Không",
  ["Đơn đề nghị cấp giấy phép thiết lập mạng xã hội theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
   "Đề án hoạt động có chữ ký, dấu của người đứng đầu doanh nghiệp",
   "Thỏa thuận cung cấp và sử dụng dịch vụ mạng xã hội"],
  "Giấy phép thiết lập mạng xã hội",
  "giấy phép mạng xã hội; diễn đàn trực tuyến; ứng dụng mạng xã hội", None)

P("VIENTHONG", "TW", 4, "Cấp giấy phép sử dụng tần số vô tuyến điện đối với thiết bị vô tuyến điện đặt trên tàu cá", "Radio frequency licences for radio equipment on fishing vessels", 7, 0,
  "Lệ phí cấp giấy phép và phí sử dụng tần số vô tuyến điện theo Thông tư số 265/2016/TT-BTC",
  ["Bản khai đề nghị cấp giấy phép sử dụng tần số vô tuyến điện cho đài tàu cá theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký tàu cá"],
  "Giấy phép sử dụng tần số và thiết bị vô tuyến điện đặt trên tàu cá",
  "giấy phép tần số tàu cá; máy thông tin liên lạc tàu cá; đài tàu", None,
  app="c", eresult=True,
  impl="Cục Tần số vô tuyến điện - Bộ Thông tin và Truyền thông", comp="Cục Tần số vô tuyến điện",
  recv=R("Cục Tần số vô tuyến điện và các Trung tâm Tần số vô tuyến điện khu vực"),
  legal=["Luật Tần số vô tuyến điện số 42/2009/QH12 ngày 23/11/2009",
         "Thông tư số 265/2016/TT-BTC ngày 14/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí sử dụng tần số vô tuyến điện, lệ phí cấp giấy phép sử dụng tần số vô tuyến điện"],
  legal_only=True,
  fields=[F("vessel_number", "Số đăng ký tàu cá", "Fishing vessel registration number"),
          F("vessel_owner", "Chủ tàu", "Vessel owner"),
          F("equipment_type", "Loại thiết bị vô tuyến điện", "Type of radio equipment", "select",
            options=["Máy thu phát sóng ngắn (HF)", "Máy thu phát VHF", "Thiết bị giám sát hành trình", "Thiết bị khác"]),
          F("port", "Cảng cá đăng ký", "Registered fishing port")])

P("VIENTHONG", "TW", 3, "Cấp Giấy chứng nhận đăng ký cung cấp dịch vụ trò chơi điện tử G2, G3, G4 trên mạng", "Registration certificates for G2, G3 and G4 online game services", 15, 0, "Không",
  ["Đơn đề nghị cấp Giấy chứng nhận đăng ký cung cấp dịch vụ trò chơi điện tử theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
   "Đề án cung cấp dịch vụ trò chơi điện tử"],
  "Giấy chứng nhận đăng ký cung cấp dịch vụ trò chơi điện tử G2, G3, G4 trên mạng",
  "trò chơi điện tử; game online; phát hành game", None)

# -------------------------------------------------------- XUẤT BẢN, IN, PHÁT HÀNH --
P("XUATBAN", "T", 3, "Cấp giấy phép hoạt động in", "Printing operation licences", 15, 0, "Không",
  ["Đơn đề nghị cấp giấy phép hoạt động in theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
   "Bản sao giấy tờ chứng minh quyền sử dụng hợp pháp mặt bằng sản xuất",
   "Bản sao văn bằng của người đứng đầu cơ sở in và danh mục thiết bị in"],
  "Giấy phép hoạt động in",
  "giấy phép in; cơ sở in; in bao bì; in ấn phẩm", None)

P("XUATBAN", "T", 4, "Đăng ký hoạt động cơ sở in", "Registration of printing establishments", 7, 0, "Không",
  ["Tờ khai đăng ký hoạt động cơ sở in theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh",
   "Bản sao giấy tờ chứng minh quyền sở hữu hoặc hợp đồng thuê, mua thiết bị in"],
  "Văn bản xác nhận đăng ký hoạt động cơ sở in",
  "đăng ký cơ sở in; in tờ rơi; in nhãn hàng", "start_business business_operation")

P("XUATBAN", "T", 3, "Cấp giấy phép xuất bản tài liệu không kinh doanh", "Licences to publish non-commercial materials", 10, 0, "Không",
  ["Đơn đề nghị cấp giấy phép xuất bản tài liệu không kinh doanh theo mẫu",
   "02 bản thảo tài liệu in hoặc bản điện tử tài liệu",
   "Bản sao quyết định thành lập hoặc Giấy chứng nhận đăng ký doanh nghiệp của tổ chức đề nghị cấp phép"],
  "Giấy phép xuất bản tài liệu không kinh doanh",
  "xuất bản tài liệu; in kỷ yếu; tài liệu nội bộ", None, app="ce")

P("XUATBAN", "T", 3, "Cấp giấy phép nhập khẩu xuất bản phẩm không kinh doanh", "Licences to import non-commercial publications", 10, 0, "Không",
  ["Đơn đề nghị cấp giấy phép nhập khẩu xuất bản phẩm không kinh doanh theo mẫu",
   "Danh mục xuất bản phẩm nhập khẩu",
   "Bản sao vận đơn hoặc giấy báo nhận hàng"],
  "Giấy phép nhập khẩu xuất bản phẩm không kinh doanh",
  "nhập khẩu sách; nhập khẩu xuất bản phẩm; sách nước ngoài", "import_export", app="ce")

# ------------------------------------------------------------- KHOA HỌC CÔNG NGHỆ --
P("KHCN", "T", 3, "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước", "Registration of results of privately funded science and technology tasks", 15, 0, "Không",
  ["Phiếu đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ theo mẫu",
   "Báo cáo tổng hợp kết quả thực hiện nhiệm vụ khoa học và công nghệ (bản giấy và bản điện tử)"],
  "Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ",
  "đăng ký kết quả nghiên cứu; đề tài khoa học; nhiệm vụ KHCN", None, app="ce",
  legal=["Thông tư số 14/2014/TT-BKHCN ngày 11/6/2014 của Bộ trưởng Bộ Khoa học và Công nghệ quy định việc thu thập, đăng ký, lưu giữ và công bố thông tin về nhiệm vụ khoa học và công nghệ"])

P("KHCN", "T", 3, "Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", "Registration certificates for science and technology organisations", 15, 0, "Không",
  ["Đơn đăng ký hoạt động khoa học và công nghệ theo mẫu",
   "Bản sao quyết định thành lập tổ chức khoa học và công nghệ",
   "Điều lệ tổ chức và hoạt động",
   "Danh sách nhân lực khoa học và công nghệ kèm bản sao văn bằng"],
  "Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ",
  "tổ chức khoa học công nghệ; viện nghiên cứu tư nhân; trung tâm KHCN", "start_business",
  legal=["Thông tư số 03/2014/TT-BKHCN ngày 31/3/2014 của Bộ trưởng Bộ Khoa học và Công nghệ hướng dẫn điều kiện thành lập và đăng ký hoạt động của tổ chức khoa học và công nghệ"])

P("KHCN", "T", 2, "Cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ", "Certificates of science and technology enterprises", 7, 0, "Không",
  ["Đơn đề nghị cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ theo mẫu",
   "Văn bản xác nhận, công nhận kết quả khoa học và công nghệ",
   "Phương án sản xuất, kinh doanh sản phẩm hình thành từ kết quả khoa học và công nghệ"],
  "Giấy chứng nhận doanh nghiệp khoa học và công nghệ",
  "doanh nghiệp KHCN; ưu đãi thuế doanh nghiệp khoa học công nghệ; start-up công nghệ", None,
  legal=["Nghị định số 13/2019/NĐ-CP ngày 01/02/2019 của Chính phủ về doanh nghiệp khoa học và công nghệ"])

P("KHCN", "T", 3, "Cấp giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn đoán trong y tế", "Radiation work licences for diagnostic X-ray equipment in health care", 15, 2000000,
  "Phí thẩm định an toàn bức xạ: 2.000.000 đồng/thiết bị X-quang chẩn đoán trong y tế",
  ["Đơn đề nghị cấp giấy phép tiến hành công việc bức xạ theo mẫu",
   "Báo cáo đánh giá an toàn bức xạ theo mẫu",
   "Bản sao chứng chỉ nhân viên bức xạ của người phụ trách an toàn",
   "Bản sao biên bản kiểm định thiết bị X-quang và kết quả đo kiểm tra liều bức xạ tại nơi làm việc"],
  "Giấy phép tiến hành công việc bức xạ",
  "an toàn bức xạ; máy X-quang; giấy phép bức xạ; phòng khám X-quang", "health business_operation",
  legal=["Luật Năng lượng nguyên tử số 18/2008/QH12 ngày 03/6/2008",
         "Thông tư số 08/2010/TT-BKHCN ngày 22/7/2010 của Bộ trưởng Bộ Khoa học và Công nghệ hướng dẫn việc khai báo, cấp giấy phép tiến hành công việc bức xạ và cấp chứng chỉ nhân viên bức xạ",
         "Thông tư số 287/2016/TT-BTC ngày 15/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định an toàn bức xạ"],
  legal_only=True)

# ----------------------------------------------------------- SỞ HỮU TRÍ TUỆ --
P("SHTT", "TW", 4, "Đăng ký nhãn hiệu", "Trademark registration", 240, 1000000,
  "Lệ phí nộp đơn: 150.000 đồng; phí công bố đơn: 120.000 đồng; phí tra cứu thông tin phục vụ thẩm định: 180.000 đồng/nhóm sản phẩm, dịch vụ; phí thẩm định nội dung: 550.000 đồng/nhóm sản phẩm, dịch vụ (tính cho 01 nhóm có không quá 06 sản phẩm, dịch vụ)",
  ["Tờ khai đăng ký nhãn hiệu theo mẫu",
   "05 mẫu nhãn hiệu có kích thước không lớn hơn 80 x 80 mm",
   "Danh mục hàng hóa, dịch vụ mang nhãn hiệu được phân nhóm theo Bảng phân loại quốc tế Ni-xơ",
   "Quy chế sử dụng nhãn hiệu tập thể, nhãn hiệu chứng nhận (đối với các loại nhãn hiệu này)",
   "Giấy ủy quyền (trường hợp nộp đơn thông qua tổ chức dịch vụ đại diện sở hữu công nghiệp)"],
  "Giấy chứng nhận đăng ký nhãn hiệu",
  "đăng ký nhãn hiệu; bảo hộ thương hiệu; đăng ký logo; trademark; văn bằng bảo hộ", None,
  eresult=False,
  fields=[F("applicant_name", "Tên người nộp đơn (chủ đơn)", "Applicant's name"),
          F("mark_name", "Nhãn hiệu (phần chữ)", "Trademark (word element)"),
          F("mark_type", "Loại nhãn hiệu", "Type of mark", "select",
            options=["Nhãn hiệu thông thường", "Nhãn hiệu tập thể", "Nhãn hiệu chứng nhận", "Nhãn hiệu liên kết"]),
          F("nice_classes", "Nhóm sản phẩm, dịch vụ theo Bảng phân loại Ni-xơ", "Nice classes"),
          F("goods_services", "Danh mục sản phẩm, dịch vụ", "List of goods and services", "textarea"),
          EMAIL],
  faqs=[("Đăng ký nhãn hiệu mất bao lâu?",
         "Theo quy định, đơn được thẩm định hình thức trong 01 tháng, công bố trong 02 tháng kể từ ngày được chấp nhận hợp lệ và thẩm định nội dung không quá 09 tháng kể từ ngày công bố đơn."),
        ("Giấy chứng nhận đăng ký nhãn hiệu có hiệu lực bao lâu?",
         "Giấy chứng nhận đăng ký nhãn hiệu có hiệu lực 10 năm kể từ ngày nộp đơn và có thể gia hạn nhiều lần liên tiếp, mỗi lần 10 năm.")])

P("SHTT", "TW", 3, "Đăng ký sáng chế", "Patent applications", 360, 150000,
  "Lệ phí nộp đơn: 150.000 đồng; phí công bố đơn, phí tra cứu thông tin và phí thẩm định nội dung nộp theo Thông tư số 263/2016/TT-BTC",
  ["Tờ khai đăng ký sáng chế theo mẫu",
   "Bản mô tả sáng chế (gồm phần mô tả, yêu cầu bảo hộ và hình vẽ nếu có)",
   "Bản tóm tắt sáng chế",
   "Tài liệu xác nhận quyền nộp đơn (trường hợp thụ hưởng quyền từ người khác)",
   "Giấy ủy quyền (trường hợp nộp đơn thông qua đại diện)"],
  "Bằng độc quyền sáng chế hoặc Bằng độc quyền giải pháp hữu ích",
  "đăng ký sáng chế; bằng độc quyền sáng chế; giải pháp hữu ích; patent", None)

P("SHTT", "TW", 3, "Đăng ký kiểu dáng công nghiệp", "Industrial design registration", 150, 150000,
  "Lệ phí nộp đơn: 150.000 đồng; phí công bố đơn, phí tra cứu thông tin và phí thẩm định nội dung nộp theo Thông tư số 263/2016/TT-BTC",
  ["Tờ khai đăng ký kiểu dáng công nghiệp theo mẫu",
   "Bản mô tả kiểu dáng công nghiệp",
   "Bộ ảnh chụp hoặc bộ bản vẽ kiểu dáng công nghiệp",
   "Giấy ủy quyền (trường hợp nộp đơn thông qua đại diện)"],
  "Bằng độc quyền kiểu dáng công nghiệp",
  "kiểu dáng công nghiệp; bảo hộ mẫu mã; bao bì sản phẩm", None)

P("SHTT", "TW", 2, "Cấp chứng chỉ hành nghề dịch vụ đại diện sở hữu công nghiệp", "Practising certificates for industrial property representatives", 30, 0,
  "Phí thẩm định hồ sơ và lệ phí cấp chứng chỉ theo Thông tư số 263/2016/TT-BTC",
  ["Tờ khai yêu cầu cấp chứng chỉ hành nghề dịch vụ đại diện sở hữu công nghiệp theo mẫu",
   "Bản sao văn bằng tốt nghiệp đại học",
   "Bản sao giấy chứng nhận kết quả kiểm tra nghiệp vụ đại diện sở hữu công nghiệp",
   "02 ảnh cỡ 3 x 4 cm"],
  "Chứng chỉ hành nghề dịch vụ đại diện sở hữu công nghiệp",
  "đại diện sở hữu công nghiệp; chứng chỉ hành nghề sở hữu trí tuệ", "employment", app="c")

P("SHTT", "TW", 3, "Cấp Giấy chứng nhận đăng ký quyền tác giả", "Copyright registration certificates", 15, 100000,
  "Lệ phí: tác phẩm viết, tác phẩm âm nhạc, nhiếp ảnh, mỹ thuật ứng dụng 100.000 đồng/giấy chứng nhận; tác phẩm điện ảnh 500.000 đồng; chương trình máy tính, sưu tập dữ liệu 600.000 đồng",
  ["Tờ khai đăng ký quyền tác giả theo mẫu",
   "02 bản sao tác phẩm đăng ký quyền tác giả",
   "Giấy cam đoan về việc tự sáng tạo tác phẩm",
   "Giấy ủy quyền (trường hợp người nộp hồ sơ là người được ủy quyền)"],
  "Giấy chứng nhận đăng ký quyền tác giả",
  "bản quyền tác giả; đăng ký bản quyền; quyền tác giả phần mềm; copyright", None,
  ministry="BVHTTDL", issuer="BVHTTDL", decision=("3961", "31/10/2019"),
  impl="Cục Bản quyền tác giả - Bộ Văn hóa, Thể thao và Du lịch", comp="Cục Bản quyền tác giả",
  recv=R("Cục Bản quyền tác giả (trụ sở tại Hà Nội và các Văn phòng đại diện)"),
  legal=["Luật Sở hữu trí tuệ số 50/2005/QH11 ngày 29/11/2005",
         "Nghị định số 22/2018/NĐ-CP ngày 23/02/2018 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Sở hữu trí tuệ về quyền tác giả, quyền liên quan",
         "Thông tư số 211/2016/TT-BTC ngày 10/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí cấp Giấy chứng nhận đăng ký quyền tác giả, quyền liên quan"],
  legal_only=True,
  fields=[F("author_name", "Tên tác giả", "Author's name"),
          F("owner_name", "Chủ sở hữu quyền tác giả", "Copyright owner"),
          F("work_title", "Tên tác phẩm", "Title of the work"),
          F("work_type", "Loại hình tác phẩm", "Type of work", "select",
            options=["Tác phẩm văn học, khoa học", "Tác phẩm âm nhạc", "Tác phẩm mỹ thuật, nhiếp ảnh", "Tác phẩm điện ảnh",
                     "Chương trình máy tính", "Loại hình khác"]),
          F("publication_date", "Ngày công bố tác phẩm (nếu đã công bố)", "Date of publication (if published)", "date", required=False),
          EMAIL])

# ------------------------------------------------------------ HOẠT ĐỘNG NGÂN HÀNG --
VAY_LEGAL = ["Thông tư số 03/2016/TT-NHNN ngày 26/02/2016 của Thống đốc Ngân hàng Nhà nước Việt Nam hướng dẫn một số nội dung về quản lý ngoại hối đối với việc vay, trả nợ nước ngoài của doanh nghiệp"]
P("TIENTE", "TW", 2, "Cấp Giấy phép hoạt động cung ứng dịch vụ trung gian thanh toán", "Licences for payment intermediary services", 60, 0,
  "Lệ phí cấp giấy phép theo quy định của Bộ Tài chính",
  ["Đơn đề nghị cấp Giấy phép hoạt động cung ứng dịch vụ trung gian thanh toán theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
   "Đề án cung ứng dịch vụ trung gian thanh toán",
   "Văn bản chứng minh vốn điều lệ tối thiểu theo quy định",
   "Lý lịch và bản sao văn bằng của người đại diện theo pháp luật, Tổng giám đốc và cán bộ quản lý kỹ thuật"],
  "Giấy phép hoạt động cung ứng dịch vụ trung gian thanh toán",
  "trung gian thanh toán; ví điện tử; cổng thanh toán; fintech", "start_business",
  impl="Vụ Thanh toán - Ngân hàng Nhà nước Việt Nam",
  legal=["Nghị định số 101/2012/NĐ-CP ngày 22/11/2012 của Chính phủ về thanh toán không dùng tiền mặt",
         "Nghị định số 80/2016/NĐ-CP ngày 01/7/2016 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 101/2012/NĐ-CP",
         "Thông tư số 39/2014/TT-NHNN ngày 11/12/2014 của Thống đốc Ngân hàng Nhà nước Việt Nam hướng dẫn về dịch vụ trung gian thanh toán"],
  legal_only=True)

P("TIENTE", "TW", 4, "Đăng ký khoản vay nước ngoài của doanh nghiệp không được Chính phủ bảo lãnh", "Registration of foreign loans of enterprises without government guarantee", 12, 0, "Không",
  ["Đơn đăng ký khoản vay nước ngoài theo mẫu (khai trực tuyến trên Trang điện tử quản lý vay, trả nợ nước ngoài)",
   "Bản sao hồ sơ pháp lý của bên đi vay",
   "Bản sao phương án sử dụng vốn vay nước ngoài được phê duyệt",
   "Bản sao thỏa thuận vay nước ngoài kèm bản dịch tiếng Việt có xác nhận của bên đi vay",
   "Văn bản chứng minh mục đích vay"],
  "Văn bản xác nhận đăng ký khoản vay nước ngoài",
  "vay nước ngoài; khoản vay trung dài hạn; quản lý ngoại hối", None,
  impl="Vụ Quản lý ngoại hối (khoản vay trên 10 triệu USD) hoặc Ngân hàng Nhà nước chi nhánh tỉnh, thành phố nơi doanh nghiệp đặt trụ sở chính",
  legal=VAY_LEGAL)

P("TIENTE", "TW", 4, "Đăng ký thay đổi khoản vay nước ngoài của doanh nghiệp không được Chính phủ bảo lãnh", "Registration of changes to foreign loans of enterprises without government guarantee", 12, 0, "Không",
  ["Đơn đăng ký thay đổi khoản vay nước ngoài theo mẫu",
   "Bản sao văn bản xác nhận đăng ký khoản vay đã cấp",
   "Bản sao thỏa thuận thay đổi khoản vay kèm bản dịch tiếng Việt"],
  "Văn bản xác nhận đăng ký thay đổi khoản vay nước ngoài",
  "thay đổi khoản vay nước ngoài; gia hạn khoản vay", None,
  impl="Vụ Quản lý ngoại hối hoặc Ngân hàng Nhà nước chi nhánh tỉnh, thành phố nơi doanh nghiệp đặt trụ sở chính",
  legal=VAY_LEGAL)

P("TIENTE", "TW", 1, "Cấp Giấy phép kinh doanh mua, bán vàng miếng", "Licences to trade gold bars", 30, 0, "Không",
  ["Đơn đề nghị cấp Giấy phép kinh doanh mua, bán vàng miếng theo mẫu",
   "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
   "Báo cáo tình hình kinh doanh vàng và số thuế đã nộp trong 02 năm liền kề"],
  "Giấy phép kinh doanh mua, bán vàng miếng",
  "kinh doanh vàng miếng; mua bán vàng", None,
  legal=["Nghị định số 24/2012/NĐ-CP ngày 03/4/2012 của Chính phủ về quản lý hoạt động kinh doanh vàng",
         "Thông tư số 16/2012/TT-NHNN ngày 25/5/2012 của Thống đốc Ngân hàng Nhà nước Việt Nam hướng dẫn một số điều của Nghị định số 24/2012/NĐ-CP"],
  legal_only=True)

# ---------------------------------------------------------- THI ĐUA, KHEN THƯỞNG --
P("THIDUA", "H", 1, "Tặng danh hiệu Chiến sĩ thi đua cơ sở", "Award of the title 'Grassroots Emulation Fighter'", 20, 0, "Không",
  ["Tờ trình đề nghị khen thưởng của cơ quan, đơn vị",
   "Biên bản họp Hội đồng thi đua, khen thưởng",
   "Báo cáo thành tích của cá nhân theo mẫu",
   "Chứng nhận sáng kiến, giải pháp công tác được công nhận"],
  "Quyết định tặng danh hiệu Chiến sĩ thi đua cơ sở",
  "chiến sĩ thi đua; khen thưởng cán bộ; danh hiệu thi đua", "")

P("THIDUA", "H", 1, "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện về thực hiện nhiệm vụ chính trị", "Award of certificates of merit of district People's Committee chairpersons", 20, 0, "Không",
  ["Tờ trình đề nghị khen thưởng của cơ quan, đơn vị",
   "Biên bản họp Hội đồng thi đua, khen thưởng",
   "Báo cáo thành tích của tập thể, cá nhân theo mẫu"],
  "Quyết định khen thưởng và Giấy khen",
  "giấy khen; khen thưởng cấp huyện", "")

P("THIDUA", "T", 2, "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh về thành tích thực hiện nhiệm vụ chính trị", "Award of certificates of merit of provincial People's Committee chairpersons", 20, 0, "Không",
  ["Tờ trình đề nghị khen thưởng của cơ quan, đơn vị",
   "Biên bản họp Hội đồng thi đua, khen thưởng",
   "Báo cáo thành tích của tập thể, cá nhân theo mẫu"],
  "Quyết định khen thưởng và Bằng khen",
  "bằng khen; khen thưởng cấp tỉnh", "")

# ---------------------------------------------------------------- TÔN GIÁO --
P("TONGIAO", "X", 2, "Đăng ký sinh hoạt tôn giáo tập trung", "Registration of concentrated religious activities", 20, 0, "Không",
  ["Văn bản đăng ký sinh hoạt tôn giáo tập trung theo mẫu",
   "Văn bản tóm tắt giáo lý, giáo luật, lễ nghi của tôn giáo",
   "Bản sao giấy tờ chứng minh hợp pháp về địa điểm sinh hoạt tôn giáo tập trung",
   "Văn bản cam kết của người đại diện nhóm về việc tuân thủ quy định của pháp luật"],
  "Văn bản chấp thuận đăng ký sinh hoạt tôn giáo tập trung",
  "sinh hoạt tôn giáo; điểm nhóm tôn giáo; tín đồ", "", app="c")

P("TONGIAO", "X", 2, "Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động tôn giáo ở một xã", "Notification of annual religious activity lists for organisations operating in one commune", 15, 0, "Không",
  ["Văn bản thông báo danh mục hoạt động tôn giáo theo mẫu",
   "Danh mục hoạt động tôn giáo dự kiến trong năm"],
  "Văn bản xác nhận tiếp nhận thông báo",
  "hoạt động tôn giáo hằng năm; lễ hội tôn giáo", "", app="e")

P("TONGIAO", "T", 1, "Đăng ký người được bổ nhiệm, bầu cử, suy cử làm chức việc của tổ chức tôn giáo", "Registration of persons appointed or elected as dignitaries of religious organisations", 20, 0, "Không",
  ["Văn bản đăng ký người được bổ nhiệm, bầu cử, suy cử làm chức việc theo mẫu",
   "Sơ yếu lý lịch của người được bổ nhiệm, bầu cử, suy cử",
   "Phiếu lý lịch tư pháp của người được bổ nhiệm, bầu cử, suy cử"],
  "Văn bản chấp thuận đăng ký",
  "chức việc tôn giáo; bổ nhiệm chức sắc", "", app="e")

# ------------------------------------------------------------------ LÃNH SỰ --
LS_DOCS = ["Tờ khai chứng nhận lãnh sự, hợp pháp hóa lãnh sự theo mẫu",
           ID_SHOW,
           "Giấy tờ, tài liệu đề nghị chứng nhận lãnh sự hoặc hợp pháp hóa lãnh sự",
           "01 bản chụp giấy tờ, tài liệu đề nghị chứng nhận lãnh sự hoặc hợp pháp hóa lãnh sự",
           "Phong bì có ghi rõ địa chỉ người nhận (trường hợp hồ sơ gửi qua đường bưu điện)"]
P("NGOAIGIAO", "TW", 3, "Chứng nhận lãnh sự giấy tờ, tài liệu tại Bộ Ngoại giao", "Consular certification of documents at the Ministry of Foreign Affairs", 1, 30000,
  "Lệ phí: 30.000 đồng/bản",
  LS_DOCS, "Giấy tờ, tài liệu được đóng dấu chứng nhận lãnh sự",
  "chứng nhận lãnh sự; xác nhận giấy tờ đi nước ngoài; dịch thuật đi du học", None,
  faqs=[("Chứng nhận lãnh sự và hợp pháp hóa lãnh sự khác nhau thế nào?",
         "Chứng nhận lãnh sự là việc chứng nhận con dấu, chữ ký trên giấy tờ của Việt Nam để sử dụng ở nước ngoài; hợp pháp hóa lãnh sự là việc chứng nhận con dấu, chữ ký trên giấy tờ của nước ngoài để được công nhận và sử dụng tại Việt Nam."),
        ("Giấy tờ nào được miễn chứng nhận lãnh sự?",
         "Giấy tờ được miễn theo điều ước quốc tế mà Việt Nam và nước sử dụng là thành viên, hoặc theo nguyên tắc có đi có lại; giấy tờ chuyển giao trực tiếp hoặc qua đường ngoại giao giữa cơ quan có thẩm quyền hai nước.")])

P("NGOAIGIAO", "TW", 3, "Hợp pháp hóa lãnh sự giấy tờ, tài liệu tại Bộ Ngoại giao", "Consular legalisation of documents at the Ministry of Foreign Affairs", 1, 30000,
  "Lệ phí: 30.000 đồng/bản",
  LS_DOCS[:2] + ["Giấy tờ, tài liệu đề nghị hợp pháp hóa đã được cơ quan đại diện ngoại giao, lãnh sự của nước ngoài tại Việt Nam chứng nhận",
                 "01 bản dịch giấy tờ, tài liệu sang tiếng Việt hoặc tiếng Anh (nếu giấy tờ không được lập bằng các thứ tiếng này)",
                 LS_DOCS[4]],
  "Giấy tờ, tài liệu được đóng dấu hợp pháp hóa lãnh sự",
  "hợp pháp hóa lãnh sự; giấy tờ nước ngoài; bằng cấp nước ngoài", None)

P("NGOAIGIAO", "TW", 2, "Cấp hộ chiếu ngoại giao, hộ chiếu công vụ tại Bộ Ngoại giao", "Issuance of diplomatic and official passports at the Ministry of Foreign Affairs", 5, 200000,
  "Lệ phí: 200.000 đồng/hộ chiếu",
  ["Tờ khai đề nghị cấp hộ chiếu ngoại giao, hộ chiếu công vụ theo mẫu, có xác nhận của cơ quan trực tiếp quản lý",
   "Quyết định cử hoặc cho phép đi nước ngoài của cơ quan có thẩm quyền",
   "02 ảnh mới chụp cỡ 4 x 6 cm, phông nền màu trắng"],
  "Hộ chiếu ngoại giao hoặc hộ chiếu công vụ",
  "hộ chiếu công vụ; hộ chiếu ngoại giao; đi công tác nước ngoài", "travel_abroad employment",
  app="c",
  legal=["Nghị định số 136/2007/NĐ-CP ngày 17/8/2007 của Chính phủ về xuất cảnh, nhập cảnh của công dân Việt Nam",
         "Nghị định số 94/2015/NĐ-CP ngày 16/10/2015 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 136/2007/NĐ-CP",
         "Thông tư số 157/2016/TT-BTC ngày 24/10/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực ngoại giao"],
  legal_only=True)

P("NGOAIGIAO", "T", 2, "Chứng nhận lãnh sự, hợp pháp hóa lãnh sự giấy tờ, tài liệu tại cơ quan ngoại vụ địa phương", "Consular certification and legalisation at provincial foreign affairs departments", 1, 30000,
  "Lệ phí: 30.000 đồng/bản",
  LS_DOCS, "Giấy tờ, tài liệu được chứng nhận lãnh sự hoặc hợp pháp hóa lãnh sự",
  "chứng nhận lãnh sự tại Sở Ngoại vụ; hợp pháp hóa lãnh sự địa phương", None,
  impl="Sở Ngoại vụ được Bộ Ngoại giao ủy quyền", comp="Sở Ngoại vụ")

# ---------------------------------------------------------------- DÂN TỘC --
P("DANTOC", "T", 1, "Công nhận người có uy tín trong đồng bào dân tộc thiểu số", "Recognition of prestigious persons in ethnic minority communities", 30, 0, "Không",
  ["Biên bản họp bình chọn của thôn, bản, buôn, làng",
   "Văn bản đề nghị công nhận của Ủy ban nhân dân cấp xã kèm danh sách trích ngang theo mẫu",
   "Văn bản thẩm định, đề nghị của Ủy ban nhân dân cấp huyện"],
  "Quyết định công nhận người có uy tín trong đồng bào dân tộc thiểu số",
  "người có uy tín; già làng; trưởng bản", "",
  app="c",
  legal=["Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số"])

P("DANTOC", "H", 1, "Hỗ trợ đất ở, đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo", "Support with residential land, production land and domestic water for poor ethnic minority households", 30, 0, "Không",
  ["Đơn đề nghị hỗ trợ có xác nhận của Ủy ban nhân dân cấp xã",
   "Bản sao giấy chứng nhận hộ nghèo",
   "Biên bản họp bình xét của thôn, bản"],
  "Quyết định hỗ trợ của Ủy ban nhân dân cấp huyện",
  "hỗ trợ đất sản xuất; nước sinh hoạt; hộ nghèo dân tộc thiểu số", "social_support house_land",
  app="c",
  legal=["Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ phê duyệt chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số và miền núi giai đoạn 2017 - 2020"])

# ------------------------------------------------------- KHIẾU NẠI, TỐ CÁO --
P("KHIEUNAI", "X", 2, "Giải quyết khiếu nại lần đầu tại cấp xã", "First-instance complaint resolution at commune level", 30, 0, "Không",
  ["Đơn khiếu nại theo mẫu",
   "Tài liệu, chứng cứ có liên quan đến nội dung khiếu nại (nếu có)",
   "Văn bản ủy quyền khiếu nại (trường hợp ủy quyền)"],
  "Quyết định giải quyết khiếu nại lần đầu",
  "khiếu nại cấp xã; đơn khiếu nại; khiếu nại quyết định hành chính", "",
  cond="Khiếu nại trong thời hiệu 90 ngày kể từ ngày nhận được quyết định hành chính hoặc biết được hành vi hành chính; thời hạn giải quyết không quá 30 ngày, vụ việc phức tạp không quá 45 ngày.")

P("KHIEUNAI", "T", 2, "Giải quyết khiếu nại lần hai tại cấp tỉnh", "Second-instance complaint resolution at provincial level", 45, 0, "Không",
  ["Đơn khiếu nại theo mẫu",
   "Bản sao quyết định giải quyết khiếu nại lần đầu",
   "Tài liệu, chứng cứ có liên quan (nếu có)"],
  "Quyết định giải quyết khiếu nại lần hai",
  "khiếu nại lần hai; khiếu nại cấp tỉnh", "",
  cond="Người khiếu nại không đồng ý với quyết định giải quyết lần đầu hoặc quá thời hạn mà khiếu nại lần đầu không được giải quyết; thời hạn giải quyết không quá 45 ngày, vụ việc phức tạp không quá 60 ngày.")

P("KHIEUNAI", "H", 1, "Giải quyết tố cáo tại cấp huyện", "Handling of denunciations at district level", 30, 0, "Không",
  ["Đơn tố cáo hoặc văn bản ghi nội dung tố cáo trực tiếp có chữ ký hoặc điểm chỉ của người tố cáo||don-to-cao.docx",
   "Thông tin, tài liệu, chứng cứ liên quan đến nội dung tố cáo (nếu có)"],
  "Kết luận nội dung tố cáo",
  "tố cáo; đơn tố cáo; tố cáo cán bộ", "",
  legal=["Luật Tố cáo số 25/2018/QH14 ngày 12/6/2018",
         "Nghị định số 31/2019/NĐ-CP ngày 10/4/2019 của Chính phủ quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo"],
  legal_only=True)

P("KHIEUNAI", "H", 1, "Tiếp công dân tại cấp huyện", "Citizen reception at district level", 1, 0, "Không",
  [ID_SHOW,
   "Đơn khiếu nại, tố cáo, kiến nghị, phản ánh và tài liệu kèm theo (nếu có)"],
  "Ý kiến trả lời, hướng dẫn hoặc phiếu tiếp nhận đơn",
  "tiếp công dân; kiến nghị phản ánh; gặp lãnh đạo huyện", "",
  legal=["Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2013",
         "Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ quy định chi tiết một số điều của Luật Tiếp công dân"],
  legal_only=True)

# --------------------------------------------------------- NGHĨA VỤ QUÂN SỰ --
P("NGHIAVUQS", "X", 2, "Đăng ký nghĩa vụ quân sự lần đầu", "First-time military service registration", 1, 0, "Không",
  ["Phiếu tự khai sức khỏe nghĩa vụ quân sự theo mẫu",
   "Bản chụp Giấy khai sinh",
   ID_SHOW],
  "Giấy chứng nhận đăng ký nghĩa vụ quân sự",
  "đăng ký nghĩa vụ quân sự; đủ 17 tuổi; đăng ký NVQS lần đầu", "",
  cond="Công dân nam đủ 17 tuổi trong năm; việc đăng ký nghĩa vụ quân sự lần đầu được thực hiện vào tháng 4 hằng năm.")

P("NGHIAVUQS", "X", 1, "Đăng ký nghĩa vụ quân sự tạm vắng", "Registration of temporary absence for military service purposes", 1, 0, "Không",
  ["Giấy chứng nhận đăng ký nghĩa vụ quân sự – xuất trình bản chính",
   "Giấy tờ chứng minh việc đi khỏi nơi cư trú hoặc nơi làm việc từ 03 tháng trở lên (nếu có)"],
  "Sổ đăng ký nghĩa vụ quân sự được cập nhật thông tin tạm vắng",
  "tạm vắng nghĩa vụ quân sự; đi làm ăn xa", "residence")

P("NGHIAVUQS", "X", 1, "Đăng ký di chuyển nghĩa vụ quân sự khi thay đổi nơi cư trú hoặc nơi làm việc, học tập", "Transfer of military service registration upon change of residence, work or study place", 1, 0, "Không",
  ["Giấy chứng nhận đăng ký nghĩa vụ quân sự – xuất trình bản chính",
   "Giấy tờ chứng minh việc thay đổi nơi cư trú hoặc nơi làm việc, học tập"],
  "Giấy giới thiệu di chuyển đăng ký nghĩa vụ quân sự",
  "di chuyển nghĩa vụ quân sự; chuyển hộ khẩu nghĩa vụ quân sự", "residence")

P("NGHIAVUQS", "H", 1, "Tạm hoãn gọi nhập ngũ và miễn gọi nhập ngũ", "Deferral and exemption from military call-up", 10, 0, "Không",
  ["Đơn đề nghị tạm hoãn hoặc miễn gọi nhập ngũ",
   "Giấy tờ chứng minh lý do tạm hoãn, miễn gọi nhập ngũ (giấy xác nhận đang học tập, kết luận sức khỏe, xác nhận hoàn cảnh gia đình…)"],
  "Quyết định tạm hoãn gọi nhập ngũ hoặc miễn gọi nhập ngũ",
  "tạm hoãn nghĩa vụ quân sự; miễn nghĩa vụ quân sự; hoãn đi bộ đội", "education",
  comp="Chủ tịch Ủy ban nhân dân cấp huyện", recv=R(UBND_X))


# ---------------------------------------------------------------------------
# Biểu mẫu trực tuyến riêng cho một số thủ tục (thay cho biểu mẫu mặc định của lĩnh vực)
# ---------------------------------------------------------------------------
BANK_FIELDS = [F("bank_account", "Số tài khoản nhận tiền", "Bank account for payment", required=False),
               F("bank_name", "Ngân hàng nơi mở tài khoản", "Bank name", required=False)]
UNIT_CODE = F("unit_code", "Mã đơn vị tham gia bảo hiểm xã hội", "Social insurance unit code")
INVOICE_TYPE = F("invoice_type", "Loại hóa đơn", "Invoice type", "select",
                 options=["Hóa đơn giá trị gia tăng", "Hóa đơn bán hàng", "Phiếu xuất kho kiêm vận chuyển nội bộ"])
XKLD_FIELDS = [ENT_NAME, TAX_CODE,
               F("partner_name", "Tên đối tác nước ngoài", "Foreign partner name"),
               F("country", "Nước, vùng lãnh thổ tiếp nhận lao động", "Receiving country or territory"),
               F("worker_count", "Số lượng lao động", "Number of workers", "number"),
               F("duration", "Thời hạn làm việc (tháng)", "Duration of work (months)", "number"),
               EMAIL]
FIELD_OVERRIDES = {
    "Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III": [
        ENT_NAME, TAX_CODE,
        F("capacity_field", "Lĩnh vực đề nghị cấp chứng chỉ năng lực", "Field of the capacity certificate", "select",
          options=["Khảo sát xây dựng", "Lập quy hoạch xây dựng", "Thiết kế, thẩm tra thiết kế", "Thi công xây dựng",
                   "Giám sát thi công xây dựng", "Tư vấn quản lý dự án"]),
        F("grade", "Hạng chứng chỉ", "Certificate grade", "select", options=["Hạng II", "Hạng III"]),
        EMAIL],
    "Cấp giấy phép hoạt động in": [
        ENT_NAME, TAX_CODE,
        F("print_address", "Địa chỉ cơ sở sản xuất in", "Address of the printing facility"),
        F("print_products", "Sản phẩm in đề nghị cấp phép", "Printed products requested", "textarea"),
        F("equipment", "Thiết bị in chính", "Main printing equipment", "textarea"),
        EMAIL],
    "Đăng ký hoạt động cơ sở in": [
        ENT_NAME, TAX_CODE,
        F("print_address", "Địa chỉ cơ sở in", "Address of the printing establishment"),
        F("equipment", "Thiết bị in đăng ký sử dụng", "Printing equipment registered", "textarea"),
        EMAIL],
    "Cấp giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn đoán trong y tế": [
        ENT_NAME, TAX_CODE,
        F("facility_address", "Địa chỉ cơ sở đặt thiết bị", "Address where the equipment is installed"),
        F("device_count", "Số lượng thiết bị X-quang", "Number of X-ray devices", "number"),
        F("device_model", "Nhãn hiệu, model thiết bị", "Equipment make and model"),
        F("safety_officer", "Người phụ trách an toàn bức xạ", "Radiation safety officer"),
        EMAIL],
    "Cấp Giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam": [
        F("foreign_trader", "Tên thương nhân nước ngoài", "Name of the foreign trader"),
        F("home_country", "Quốc gia nơi thương nhân đăng ký thành lập", "Country of incorporation"),
        F("office_address", "Địa chỉ đặt trụ sở Văn phòng đại diện", "Representative office address"),
        F("head_of_office", "Người đứng đầu Văn phòng đại diện", "Head of the representative office"),
        F("activities", "Nội dung hoạt động", "Scope of activities", "textarea"),
        EMAIL],
    "Cấp giấy phép hoạt động điện lực trong lĩnh vực bán lẻ điện tại địa phương": [
        ENT_NAME, TAX_CODE,
        F("retail_area", "Phạm vi bán lẻ điện (xã, huyện)", "Retail area (communes, districts)"),
        F("customers", "Số khách hàng sử dụng điện", "Number of electricity customers", "number"),
        EMAIL],
    "Cấp điện mới từ lưới điện trung áp": [
        ENT_NAME, TAX_CODE,
        F("supply_address", "Địa điểm đề nghị cấp điện", "Connection address"),
        F("capacity", "Công suất đăng ký sử dụng (kVA)", "Requested capacity (kVA)", "number"),
        F("purpose", "Mục đích sử dụng điện", "Purpose of use", "select",
          options=["Sản xuất", "Kinh doanh, dịch vụ", "Hành chính sự nghiệp", "Khác"]),
        EMAIL],
    "Đăng ký hợp đồng đưa người lao động đi làm việc ở nước ngoài của doanh nghiệp trúng thầu, nhận thầu, tổ chức, cá nhân đầu tư ra nước ngoài": XKLD_FIELDS,
    "Đăng ký hợp đồng nhận lao động thực tập thời hạn dưới 90 ngày": XKLD_FIELDS,
    "Đăng ký sử dụng phương thức giao dịch điện tử trong lĩnh vực bảo hiểm xã hội": [
        ENT_NAME, TAX_CODE, UNIT_CODE,
        F("cert_serial", "Số sê-ri chứng thư số", "Digital certificate serial number"),
        F("cert_provider", "Tổ chức cung cấp dịch vụ chứng thực chữ ký số", "Digital signature provider"),
        EMAIL],
    "Giải quyết hưởng chế độ ốm đau": [
        ENT_NAME, TAX_CODE, UNIT_CODE,
        F("employee_count", "Số người lao động đề nghị hưởng", "Number of employees claiming", "number"),
        F("period", "Đợt đề nghị (tháng/năm)", "Claim period (month/year)"),
        EMAIL],
    "Giải quyết hưởng trợ cấp dưỡng sức, phục hồi sức khỏe sau thai sản, ốm đau": [
        ENT_NAME, TAX_CODE, UNIT_CODE,
        F("employee_count", "Số người lao động đề nghị hưởng", "Number of employees claiming", "number"),
        F("period", "Đợt đề nghị (tháng/năm)", "Claim period (month/year)"),
        EMAIL],
    "Giải quyết hưởng bảo hiểm xã hội một lần": [
        SI_CODE,
        F("termination_date", "Ngày nghỉ việc", "Date of leaving employment", "date"),
        F("reason_case", "Trường hợp đề nghị hưởng", "Eligibility case", "select",
          options=["Sau 01 năm nghỉ việc, chưa đủ 20 năm đóng", "Ra nước ngoài để định cư", "Mắc bệnh nguy hiểm đến tính mạng",
                   "Đủ tuổi hưởng lương hưu nhưng chưa đủ 20 năm đóng"]),
        *BANK_FIELDS, RECEIVE],
    "Chuyển nơi hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng": [
        SI_CODE,
        F("current_province", "Tỉnh, thành phố đang hưởng", "Province currently paying"),
        F("new_address", "Địa chỉ nơi cư trú mới", "New residence address", prefill="address"),
        *BANK_FIELDS],
    "Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi": [
        F("child_name", "Họ và tên trẻ", "Child's full name"),
        F("child_dob", "Ngày sinh của trẻ", "Child's date of birth", "date"),
        F("birth_certificate", "Số Giấy khai sinh hoặc Giấy chứng sinh", "Birth certificate number"),
        F("hospital", "Nơi đăng ký khám bệnh, chữa bệnh ban đầu", "Registered primary health-care facility"),
        RECEIVE],
    "Thông báo phát hành hóa đơn": [
        TAX_CODE, INVOICE_TYPE,
        F("invoice_template", "Mẫu số, ký hiệu hóa đơn", "Invoice form and serial"),
        F("quantity", "Số lượng hóa đơn phát hành", "Number of invoices issued", "number"),
        F("start_date", "Ngày bắt đầu sử dụng", "Start date of use", "date"),
        EMAIL],
    "Đăng ký sử dụng hóa đơn điện tử có mã của cơ quan thuế": [
        TAX_CODE, INVOICE_TYPE,
        F("provider", "Tổ chức cung cấp dịch vụ hóa đơn điện tử", "E-invoice service provider"),
        F("start_date", "Ngày bắt đầu sử dụng", "Start date of use", "date"),
        EMAIL],
    "Đăng ký thuế lần đầu đối với tổ chức kinh tế, tổ chức khác không phải doanh nghiệp": [
        F("organisation_name", "Tên tổ chức", "Organisation name"),
        F("establishment_decision", "Số quyết định thành lập hoặc giấy phép hoạt động", "Establishment decision or licence number"),
        F("head_office", "Địa chỉ trụ sở", "Head office address"),
        F("tax_office", "Cơ quan thuế nơi đăng ký", "Tax office of registration"),
        EMAIL],
    "Đăng ký giao dịch với cơ quan thuế bằng phương thức điện tử": [
        TAX_CODE,
        F("cert_serial", "Số sê-ri chứng thư số", "Digital certificate serial number"),
        F("cert_provider", "Tổ chức cung cấp dịch vụ chứng thực chữ ký số", "Digital signature provider"),
        EMAIL],
    "Kiểm soát, thanh toán các khoản chi thường xuyên của ngân sách nhà nước qua Kho bạc Nhà nước": [
        F("unit_code", "Mã số đơn vị có quan hệ với ngân sách", "Budget-relationship unit code"),
        F("account_number", "Số tài khoản dự toán tại Kho bạc Nhà nước", "Budget account number at the State Treasury"),
        F("beneficiary", "Đơn vị, cá nhân thụ hưởng", "Beneficiary"),
        F("amount", "Số tiền đề nghị thanh toán (đồng)", "Amount requested (VND)", "number"),
        F("content", "Nội dung chi", "Purpose of the expenditure", "textarea")],
    "Công bố cơ sở đủ điều kiện thực hiện khám sức khỏe": [
        F("facility_name", "Tên cơ sở khám bệnh, chữa bệnh", "Name of the health-care facility"),
        F("facility_address", "Địa chỉ cơ sở", "Facility address"),
        F("license_number", "Số giấy phép hoạt động", "Operating licence number"),
        F("exam_scope", "Phạm vi khám sức khỏe", "Scope of health checks", "select",
          options=["Khám sức khỏe cho người từ đủ 18 tuổi trở lên", "Khám sức khỏe cho người lái xe",
                   "Khám sức khỏe cho người lao động đi làm việc ở nước ngoài", "Khám sức khỏe định kỳ"]),
        EMAIL],
    "Cấp lại hộ chiếu phổ thông do bị mất hoặc bị hỏng": [
        DOB,
        F("birth_place", "Nơi sinh (tỉnh, thành phố)", "Place of birth (province)"),
        F("old_passport", "Số hộ chiếu bị mất hoặc bị hỏng", "Number of the lost or damaged passport"),
        F("reason", "Lý do cấp lại", "Reason for reissuance", "select", options=["Hộ chiếu bị mất", "Hộ chiếu bị hỏng"]),
        RECEIVE],
}


# ===========================================================================
# DỰNG DỮ LIỆU
# ===========================================================================
SECTOR_DECISION_ABBR = {"NONGNGHIEP": "BNN-BVTV", "THUYSAN": "BNN-TCTS"}

TEMPLATE_PREFIXES = ("Tờ khai", "Đơn ", "Giấy đề nghị", "Văn bản đề nghị", "Phiếu đề nghị", "Phiếu yêu cầu",
                     "Bản khai", "Tờ trình", "Phiếu đăng ký", "Phiếu khai báo", "Phiếu tự khai", "Văn bản đăng ký",
                     "Đề nghị hưởng", "Đề nghị hỗ trợ")

ABBREVIATIONS = [
    ("giấy phép lái xe", "GPLX"), ("bảo hiểm y tế", "BHYT"), ("bảo hiểm xã hội", "BHXH"),
    ("bảo hiểm thất nghiệp", "BHTN"), ("căn cước công dân", "CCCD"), ("chứng minh nhân dân", "CMND"),
    ("giấy chứng nhận", "GCN"), ("đăng ký doanh nghiệp", "ĐKKD"), ("đăng ký kinh doanh", "ĐKKD"),
    ("thành lập công ty", "ĐKKD"), ("thành lập doanh nghiệp", "ĐKKD"), ("lý lịch tư pháp", "LLTP"),
    ("xuất xứ", "C/O"), ("mã số thuế", "MST"), ("đăng ký thuế", "MST"), ("thu nhập cá nhân", "TNCN"),
    ("giá trị gia tăng", "GTGT"), ("quyền sử dụng đất", "QSDĐ"), ("hộ kinh doanh", "HKD"),
    ("thu nhập doanh nghiệp", "TNDN"), ("chứng chỉ hành nghề", "CCHN"), ("giấy phép lao động", "GPLĐ"),
    ("giấy phép xây dựng", "GPXD"), ("lệ phí trước bạ", "LPTB"), ("hóa đơn điện tử", "HĐĐT"),
    ("giấy phép kinh doanh", "GPKD"), ("người lao động đi làm việc ở nước ngoài", "XKLĐ"),
]

APPLICANTS = {"c": ["citizen"], "e": ["enterprise"], "ce": ["citizen", "enterprise"]}
SUBJECT = {"c": "Công dân", "e": "Tổ chức, doanh nghiệp", "ce": "Tổ chức, cá nhân"}


def days_text(d: int) -> str:
    return f"{d:02d}" if d < 10 else str(d)


def auto_template(name: str):
    if not (name.startswith(TEMPLATE_PREFIXES) or "theo mẫu" in name):
        return None
    base = re.sub(r"^\d{2} ", "", name)
    for cut in (" theo mẫu", " (", ";", " – ", " có xác nhận", " do cha, mẹ", " kèm theo", " ghi rõ", ", trong đó"):
        idx = base.find(cut)
        if idx > 0:
            base = base[:idx]
    return slugify(base, 12) + ".docx"


def parse_doc(spec: str) -> dict:
    if "||" in spec:
        name, tpl = spec.split("||", 1)
        tpl = tpl or None
    else:
        name, tpl = spec, auto_template(spec)
    originals, copies = 1, 0
    low = name.lower()
    m = re.match(r"^(\d{2}) (bản sao|bản chụp)", low)
    if m:
        originals, copies = 0, int(m.group(1))
    elif low.startswith(("bản sao", "bản chụp")):
        originals, copies = 0, 1
    else:
        m = re.match(r"^(\d{2}) ", name)
        if m:
            originals = int(m.group(1))
    return {"name": name, "template": tpl, "originals": originals, "copies": copies}


def join_or(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " hoặc " + items[-1]


def build_steps(p, sl, app, recv, impl, comp, days, post, fee, online_fee, eresult, review):
    if p.get("steps"):
        return list(p["steps"])
    if p.get("kind") == "payment":
        return [
            f"Bước 1: Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản đã đăng ký và chọn dịch vụ “{p['name']}”.",
            f"Bước 2: Nhập {p['lookup']} để tra cứu; hệ thống hiển thị thông tin chi tiết và số tiền phải nộp.",
            "Bước 3: Kiểm tra thông tin, chọn ngân hàng hoặc tổ chức trung gian thanh toán và xác nhận thanh toán trực tuyến.",
            f"Bước 4: Nhận thông báo kết quả giao dịch và biên lai điện tử; thông tin thanh toán được chuyển tự động đến {impl}.",
        ]
    subj = SUBJECT[app]
    s1 = f"Bước 1: {subj} chuẩn bị hồ sơ theo quy định"
    if sl >= 3:
        s1 += " hoặc khai thông tin, tải lên bản chụp giấy tờ trên Cổng Dịch vụ công quốc gia"
    elif sl == 2:
        s1 += "; mẫu đơn, tờ khai được cung cấp trên Cổng Dịch vụ công quốc gia"
    ways = [f"trực tiếp tại {recv}"]
    if post:
        ways.append("qua dịch vụ bưu chính công ích")
    if sl >= 3:
        ways.append("trực tuyến trên Cổng Dịch vụ công quốc gia")
    s2 = "Bước 2: Nộp hồ sơ " + join_or(ways)
    if fee or online_fee:
        s2 += "; nộp phí, lệ phí theo quy định" + (" (có thể thanh toán trực tuyến)" if sl == 4 else "")
    s3 = ("Bước 3: Cán bộ tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường hợp hồ sơ đầy đủ thì tiếp nhận và hẹn ngày trả kết quả, "
          "trường hợp chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.")
    s4 = review or (f"Bước 4: {comp} xem xét, giải quyết hồ sơ trong thời hạn {days_text(days)} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; "
                    "trường hợp không giải quyết thì trả lời bằng văn bản và nêu rõ lý do.")
    outs = ["trực tiếp tại nơi nộp hồ sơ"]
    if post or sl == 4:
        outs.append("qua dịch vụ bưu chính công ích")
    if sl == 4 and eresult:
        outs.append("bản điện tử trên Cổng Dịch vụ công quốc gia")
    s5 = f"Bước 5: {subj} nhận kết quả " + join_or(outs) + "."
    return [s1 + ".", s2 + ".", s3, s4, s5]


def build_channels(p, sl, recv, impl, days, fee, feed, online_fee, online_feed, post, eresult):
    payment = p.get("kind") == "payment"
    ch = [{
        "kind": "direct", "processing_days": days, "fee_vnd": fee, "fee_description": feed,
        "description": p.get("direct_desc") or f"Nộp hồ sơ trực tiếp tại {recv}.",
    }]
    if post and not payment:
        ch.append({"kind": "post", "processing_days": days, "fee_vnd": fee, "fee_description": feed,
                   "description": f"Gửi hồ sơ qua dịch vụ bưu chính công ích đến {recv}."})
    if sl >= 3:
        if payment:
            desc = ("Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) bằng thẻ ngân hàng, "
                    "tài khoản ngân hàng hoặc ví điện tử của các ngân hàng, tổ chức trung gian thanh toán đã kết nối với Cổng.")
        elif sl == 4:
            what = "Nộp hồ sơ, thanh toán phí, lệ phí trực tuyến" if online_fee else "Nộp hồ sơ trực tuyến"
            how = "nhận kết quả điện tử hoặc qua dịch vụ bưu chính công ích" if eresult else "nhận kết quả qua dịch vụ bưu chính công ích hoặc tại nơi giải quyết"
            desc = f"{what} và {how} (dịch vụ công trực tuyến mức độ 4) trên {PORTAL}."
        else:
            desc = (f"Nộp hồ sơ trực tuyến (dịch vụ công trực tuyến mức độ 3) trên {PORTAL}; "
                    "xuất trình bản chính giấy tờ để đối chiếu khi nhận kết quả.")
        ch.append({"kind": "online", "processing_days": days, "fee_vnd": online_fee, "fee_description": online_feed,
                   "description": desc})
    return ch


def build_keywords(p, cfg):
    raw = [k.strip() for k in p["kw"].split(";") if k.strip()] + cfg["kw"]
    hay = (p["name"] + " " + p["kw"]).lower()
    for phrase, abbr in ABBREVIATIONS:
        if phrase in hay:
            raw.append(abbr)
    seen, out = set(), []
    for k in raw:
        key = k.lower()
        if key not in seen:
            seen.add(key)
            out.append(k)
    return out


def build_fields(p, cfg, sl, app):
    if sl < 3:
        return []
    head = [FULL_NAME_E if app == "e" else FULL_NAME_C, ID_NUMBER, PHONE]
    extra = p.get("fields") or FIELD_OVERRIDES.get(p["name"]) or cfg.get("fields") or [REQUEST, EMAIL, RECEIVE]
    out, seen = [], set()
    for f in head + list(extra):
        if f["name"] in seen:
            continue
        seen.add(f["name"])
        g = {**f, "options": list(f["options"])}
        if app == "ce" and (f is ENT_NAME or f is TAX_CODE):
            # Thủ tục dành cho cả cá nhân và tổ chức: thông tin tổ chức chỉ bắt buộc với tổ chức
            g["required"] = False
            g["label"] += " (đối với tổ chức)"
            g["label_en"] += " (organisations only)"
        out.append(g)
    return out


def build_faqs(p, sl, days, online_fee):
    faqs = [{"question": q, "answer": a} for q, a in p.get("faqs") or []]
    if faqs or sl < 3:
        return faqs
    if p.get("kind") == "payment":
        return faqs
    if sl == 3:
        online = ("Có. Thủ tục được cung cấp dịch vụ công trực tuyến mức độ 3: bạn đăng nhập Cổng Dịch vụ công quốc gia, "
                  "khai thông tin và tải lên bản chụp các giấy tờ trong thành phần hồ sơ; bản chính được xuất trình để đối chiếu khi nhận kết quả.")
    else:
        pay = "nộp hồ sơ, thanh toán phí, lệ phí và nhận kết quả" if online_fee else "nộp hồ sơ và nhận kết quả"
        online = (f"Có. Thủ tục được cung cấp dịch vụ công trực tuyến mức độ 4: toàn bộ việc {pay} được thực hiện trực tuyến "
                  "hoặc qua dịch vụ bưu chính công ích, bạn không phải đến cơ quan giải quyết.")
    faqs.append({"question": "Tôi có thể nộp hồ sơ thủ tục này trực tuyến không?", "answer": online})
    faqs.append({"question": "Thời hạn giải quyết thủ tục là bao lâu?",
                 "answer": f"{days_text(days)} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; kết quả được trả theo hình thức bạn đã chọn khi nộp hồ sơ."})
    return faqs


def date_key(text: str):
    """Ngày (năm, tháng, ngày) đầu tiên xuất hiện sau chữ 'ngày' trong chuỗi, hoặc None."""
    m = re.search(r"ngày (\d{1,2})/(\d{1,2})/(\d{4})", text)
    return (int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def make_code(name: str, used: set) -> str:
    h = int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16)
    prefix = "1" if h % 3 else "2"
    num = 100 + (h // 7) % 12900
    while f"{prefix}.{num:06d}" in used:
        num += 1
    code = f"{prefix}.{num:06d}"
    used.add(code)
    return code


def build(ref_sectors: list[dict]) -> list[dict]:
    sector_ministry = {s["code"]: s["ministry_code"] for s in ref_sectors}
    used_codes: set[str] = set()
    out = []
    for p in PROCS:
        sec, lvl, sl = p["sector"], p["lvl"], p["sl"]
        cfg = SECT[sec]
        app = p.get("app") or cfg["app"]
        ministry = p.get("ministry") or sector_ministry[sec]
        ag = cfg["agencies"].get(lvl)
        impl = p.get("impl") or (ag[0] if ag else None)
        if impl is None:
            raise SystemExit(f"Thiếu cơ quan thực hiện cho {p['name']} ({sec}/{lvl})")
        comp = p.get("comp") or (ag[1] if ag else impl)
        recv = p.get("recv") or (ag[2] if ag else R(impl))

        lo = p.get("legal_only")
        if lo is True:
            legal = list(p["legal"])
        elif isinstance(lo, list):
            legal = list(lo)
        else:
            legal = cfg["legal"] + list(p.get("legal") or [])
        legal = list(dict.fromkeys(legal))

        issuer = p.get("issuer") or cfg["issuer"] or ministry
        abbr, signer = DECISION_SIGNER[issuer]
        if not p.get("issuer"):
            abbr = SECTOR_DECISION_ABBR.get(sec, abbr)
        num, date = p.get("decision") or cfg["decisions"][LEVEL_INDEX[lvl] % len(cfg["decisions"])]
        newest = max((date_key(x) for x in legal if date_key(x)), default=(0, 0, 0))
        if date_key("ngày " + date) < newest:
            # Quyết định công bố phải ban hành sau văn bản quy phạm pháp luật mới nhất làm căn cứ
            later = sorted((d for d in cfg["decisions"] if date_key("ngày " + d[1]) >= newest),
                           key=lambda d: date_key("ngày " + d[1]))
            if p.get("decision") or not later:
                raise SystemExit(f"Quyết định công bố ban hành trước căn cứ pháp lý: {p['name']}")
            num, date = later[0]
        decision = f"Quyết định số {num}/QĐ-{abbr} ngày {date} của {signer}"

        fee = p["fee"]
        feed = p["feed"] or ("Không" if fee == 0 else f"Lệ phí: {vnd(fee)} đồng/hồ sơ")
        online_fee = p.get("online_fee", fee)
        online_feed = p.get("online_fee_desc", feed)
        post = p.get("post", cfg["post"])
        eresult = p.get("eresult", False)
        days = p["days"]

        ev = p["ev"]
        events = cfg["ev"] if ev is None else ev.split()

        out.append({
            "code": make_code(p["name"], used_codes),
            "decision": decision,
            "name": p["name"],
            "name_en": p["en"],
            "implementing_level": LEVELS[lvl],
            "sector": sec,
            "ministry": ministry,
            "service_level": sl,
            "launch_service": bool(p.get("launch", False)),
            "applicants": APPLICANTS[app],
            "steps": build_steps(p, sl, app, recv, impl, comp, days, post, fee, online_fee, eresult,
                                 cfg["review"].get(lvl)),
            "channels": build_channels(p, sl, recv, impl, days, fee, feed, online_fee, online_feed, post, eresult),
            "documents": [parse_doc(d) for d in p["docs"]],
            "implementing_agency": impl,
            "competent_agency": comp,
            "receiving_address": recv,
            "result": p["result"],
            "legal_basis": legal,
            "conditions": p.get("cond") or "Không",
            "keywords": build_keywords(p, cfg),
            "life_events": list(dict.fromkeys(events)),
            "fields": build_fields(p, cfg, sl, app),
            "faqs": build_faqs(p, sl, days, online_fee),
        })
    return out


# ===========================================================================
# KIỂM TRA
# ===========================================================================
KEYS = ["code", "decision", "name", "name_en", "implementing_level", "sector", "ministry", "service_level",
        "launch_service", "applicants", "steps", "channels", "documents", "implementing_agency", "competent_agency",
        "receiving_address", "result", "legal_basis", "conditions", "keywords", "life_events", "fields", "faqs"]

LAUNCH_REQUIRED = [
    ("Đổi giấy phép lái xe", "đổi giấy phép lái xe do ngành giao thông vận tải cấp"),
    ("Giấy phép lái xe quốc tế", "cấp giấy phép lái xe quốc tế"),
    ("Cấp điện mới hạ áp", "cấp điện mới từ lưới điện hạ áp"),
    ("Thanh toán tiền điện", "thanh toán tiền điện"),
    ("Nộp thuế điện tử doanh nghiệp", "nộp thuế điện tử đối với doanh nghiệp"),
    ("Khai, nộp thuế TNCN", "khai, nộp thuế thu nhập cá nhân"),
    ("Lệ phí môn bài", "lệ phí môn bài"),
    ("Đăng ký khai sinh", "đăng ký khai sinh"),
    ("Đăng ký khai tử", "đăng ký khai tử"),
    ("Đăng ký kết hôn", "đăng ký kết hôn"),
    ("Xác nhận tình trạng hôn nhân", "xác nhận tình trạng hôn nhân"),
    ("Bản sao trích lục hộ tịch", "bản sao trích lục hộ tịch"),
    ("Phiếu lý lịch tư pháp", "phiếu lý lịch tư pháp"),
    ("Cấp lại thẻ BHYT", "cấp lại thẻ bảo hiểm y tế"),
    ("Giấy chứng nhận xuất xứ C/O", "giấy chứng nhận xuất xứ hàng hóa"),
    ("Đăng ký thực hiện khuyến mại", "đăng ký thực hiện khuyến mại"),
    ("Thông báo thực hiện khuyến mại", "thông báo thực hiện khuyến mại"),
    ("Chứng chỉ hành nghề KCB", "chứng chỉ hành nghề khám bệnh, chữa bệnh"),
    ("Giấy phép hoạt động cơ sở KCB", "giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh"),
    ("Đăng ký thành lập hộ kinh doanh", "đăng ký thành lập hộ kinh doanh"),
    ("Đăng ký thuế", "đăng ký thuế"),
    ("Hủy tờ khai hải quan", "hủy tờ khai hải quan"),
    ("Khai bổ sung hồ sơ hải quan", "khai bổ sung hồ sơ hải quan"),
    ("Đăng ký hợp đồng cung ứng lao động", "hợp đồng cung ứng lao động"),
    ("Mã số đơn vị có quan hệ với ngân sách", "mã số đơn vị có quan hệ với ngân sách"),
    ("Nộp phạt vi phạm giao thông đường bộ", "phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ"),
    ("Lệ phí trước bạ ô tô, xe máy", "lệ phí trước bạ"),
    ("Lệ phí đăng ký xe", "lệ phí đăng ký, cấp biển số"),
]
PAYMENT_WORDS = ("nộp thuế", "nộp tiền", "nộp lệ phí", "nộp phạt", "thanh toán", "lệ phí môn bài", "lệ phí trước bạ",
                 "thuế thu nhập cá nhân", "đăng ký thuế")
ENGLISH_RE = re.compile(r"\b(the|and|of|for|with|application|form|please|submit|todo|lorem|ipsum)\b", re.I)
TEMPLATE_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\.(docx|pdf)$")
CODE_RE = re.compile(r"^[12]\.\d{6}$")
FIELD_TYPES = {"text", "textarea", "date", "number", "select", "email", "phone"}
PREFILLS = {None, "full_name", "id_number", "phone", "email", "address"}


def validate(procs, life_events, ref_sectors, ref_ministries):
    sector_codes = {s["code"] for s in ref_sectors}
    ministry_codes = {m["code"] for m in ref_ministries}
    ev_codes = {e["code"] for e in life_events}
    n = len(procs)
    assert n >= 300, n
    assert len({p["code"] for p in procs}) == n, "mã thủ tục bị trùng"
    assert len({p["name"] for p in procs}) == n, "tên thủ tục bị trùng"
    assert len({p["sector"] for p in procs}) >= 25
    assert len(life_events) >= 10 and len(ev_codes) == len(life_events)
    for e in life_events:
        assert set(e) == {"code", "name", "name_en", "icon"} and all(e.values())
        assert len(e["code"]) <= 32 and len(e["name"]) <= 120 and len(e["name_en"]) <= 120 and len(e["icon"]) <= 40
    levels = Counter(p["service_level"] for p in procs)
    share = {k: levels[k] / n for k in (1, 2, 3, 4)}
    assert 0.10 <= share[1] <= 0.20 and 0.20 <= share[2] <= 0.30, share
    assert 0.25 <= share[3] <= 0.35 and 0.25 <= share[4] <= 0.35, share
    for p in procs:
        tag = f"{p['code']} {p['name']}"
        assert list(p) == KEYS, tag
        assert CODE_RE.match(p["code"]), tag
        assert p["sector"] in sector_codes and p["ministry"] in ministry_codes, tag
        assert p["implementing_level"] in {"central", "province", "district", "commune"}, tag
        assert p["service_level"] in (1, 2, 3, 4), tag
        assert p["decision"].startswith("Quyết định số ") and "/QĐ-" in p["decision"], tag
        newest = max((date_key(x) for x in p["legal_basis"] if date_key(x)), default=(0, 0, 0))
        assert date_key(p["decision"]) >= newest, f"quyết định công bố sớm hơn căn cứ pháp lý: {tag}"
        assert any(ord(c) > 127 for c in p["name"]), tag
        assert p["name_en"] and all(ord(c) < 128 for c in p["name_en"]), tag
        # Giới hạn độ dài theo lược đồ cơ sở dữ liệu của cổng (models/catalog.py)
        assert len(p["decision"]) <= 300 and len(p["name"]) <= 400 and len(p["name_en"]) <= 400, tag
        assert len(p["implementing_agency"]) <= 300 and len(p["competent_agency"]) <= 300, tag
        assert all(len(c["fee_description"]) <= 400 for c in p["channels"]), tag
        assert all(len(d["name"]) <= 400 and len(d["template"] or "") <= 200 for d in p["documents"]), tag
        assert all(len(f["name"]) <= 64 and len(f["label"]) <= 200 and len(f["label_en"]) <= 200 for f in p["fields"]), tag
        assert p["applicants"] in (["citizen"], ["enterprise"], ["citizen", "enterprise"]), tag
        assert 3 <= len(p["steps"]) <= 5 and all(s.startswith(f"Bước {i}:") for i, s in enumerate(p["steps"], 1)), tag
        kinds = [c["kind"] for c in p["channels"]]
        assert len(kinds) == len(set(kinds)) and set(kinds) <= {"direct", "online", "post"}, tag
        assert ("online" in kinds) == (p["service_level"] >= 3), tag
        for c in p["channels"]:
            assert isinstance(c["processing_days"], int) and c["processing_days"] >= 1, tag
            assert isinstance(c["fee_vnd"], int) and c["fee_vnd"] >= 0 and c["fee_description"] and c["description"], tag
        assert 1 <= len(p["documents"]) <= 6, tag
        for d in p["documents"]:
            assert set(d) == {"name", "template", "originals", "copies"}, tag
            assert d["template"] is None or TEMPLATE_RE.match(d["template"]), (tag, d["template"])
            assert d["originals"] + d["copies"] >= 1, tag
        if p["service_level"] >= 2:
            assert any(d["template"] for d in p["documents"]), f"thiếu biểu mẫu: {tag}"
        for k in ("implementing_agency", "competent_agency", "receiving_address", "result", "conditions"):
            assert isinstance(p[k], str) and p[k].strip(), (tag, k)
        assert p["legal_basis"] and all(isinstance(x, str) and x for x in p["legal_basis"]), tag
        assert len(p["keywords"]) >= 3, tag
        assert set(p["life_events"]) <= ev_codes, tag
        if p["service_level"] >= 3:
            assert 4 <= len(p["fields"]) <= 10, (tag, len(p["fields"]))
            names = [f["name"] for f in p["fields"]]
            assert len(names) == len(set(names)), tag
            for f in p["fields"]:
                assert set(f) == {"name", "label", "label_en", "type", "required", "options", "prefill"}, tag
                assert f["type"] in FIELD_TYPES and f["prefill"] in PREFILLS, tag
                assert bool(f["options"]) == (f["type"] == "select"), (tag, f["name"])
        else:
            assert p["fields"] == [], tag
        assert len(p["faqs"]) <= 3, tag
        for q in p["faqs"]:
            assert set(q) == {"question", "answer"} and q["question"].endswith("?") and q["answer"], tag
        # Không lẫn tiếng Anh, không có văn bản giữ chỗ trong các trường tiếng Việt
        vi_text = " ".join([p["name"], p["result"], p["conditions"], p["implementing_agency"], p["receiving_address"]]
                           + p["steps"] + [d["name"] for d in p["documents"]] + [f["label"] for f in p["fields"]]
                           + [q["question"] + q["answer"] for q in p["faqs"]] + [c["description"] for c in p["channels"]])
        assert not ENGLISH_RE.search(vi_text.replace("dichvucong.gov.vn", "")), (tag, ENGLISH_RE.search(vi_text).group(0))
        assert "Thủ tục số" not in vi_text, tag
        if p["launch_service"]:
            assert p["service_level"] >= 3, tag
            if any(w in p["name"].lower() for w in PAYMENT_WORDS):
                assert p["service_level"] == 4, tag
    assert set(FIELD_OVERRIDES) <= {p["name"] for p in procs}, "biểu mẫu riêng gắn với tên thủ tục không tồn tại"
    launch = [p for p in procs if p["launch_service"]]
    for label, needle in LAUNCH_REQUIRED:
        assert any(needle in p["name"].lower() for p in launch), f"thiếu dịch vụ khai trương: {label}"
    with_events = sum(1 for p in procs if p["life_events"])
    assert with_events / n >= 0.80, with_events / n
    assert sum(1 for p in procs if p["faqs"]) >= 100
    assert len({p["implementing_level"] for p in procs}) == 4


def summary(procs, ref_sectors):
    names = {s["code"]: s["name"] for s in ref_sectors}
    n = len(procs)
    print(f"Tổng số thủ tục: {n}")
    lv = Counter(p["service_level"] for p in procs)
    print("Theo mức độ dịch vụ công: " + ", ".join(f"mức {k}: {lv[k]} ({lv[k] / n:.0%})" for k in (1, 2, 3, 4)))
    il = Counter(p["implementing_level"] for p in procs)
    print("Theo cấp thực hiện: " + ", ".join(f"{k}: {il[k]}" for k in ("central", "province", "district", "commune")))
    print(f"Dịch vụ khai trương (launch_service): {sum(p['launch_service'] for p in procs)}")
    print(f"Có sự kiện đời sống: {sum(1 for p in procs if p['life_events'])}/{n}; "
          f"có câu hỏi thường gặp: {sum(1 for p in procs if p['faqs'])}; "
          f"số lĩnh vực: {len({p['sector'] for p in procs})}")
    print("Theo lĩnh vực (tổng | mức 1/2/3/4):")
    by = {}
    for p in procs:
        by.setdefault(p["sector"], Counter())[p["service_level"]] += 1
    for sec, c in sorted(by.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        print(f"  {sec:<12} {sum(c.values()):>3} | {c[1]}/{c[2]}/{c[3]}/{c[4]}  {names[sec]}")


def main() -> int:
    ref_sectors = json.loads((DATA / "sectors.json").read_text(encoding="utf-8"))
    ref_ministries = json.loads((DATA / "ministries.json").read_text(encoding="utf-8"))
    procs = build(ref_sectors)
    validate(procs, LIFE_EVENTS, ref_sectors, ref_ministries)
    (DATA / "procedures.json").write_text(json.dumps(procs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (DATA / "life_events.json").write_text(json.dumps(LIFE_EVENTS, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    summary(procs, ref_sectors)
    print(f"Đã ghi {DATA / 'procedures.json'} và {DATA / 'life_events.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
