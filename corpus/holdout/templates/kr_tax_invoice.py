"""Korean tax invoice: the printed National Tax Service e-tax invoice (전자세금계산서) and a Korean supplier's bilingual
invoice (청구서 / INVOICE), 2023-2025.

Two prints. The e-tax invoice form, in one colour (red for the supplier's copy 공급자 보관용, blue for the
recipient's 공급받는자 보관용): title 전자세금계산서 with 승인번호 (the NTS approval number `20240315-41000012-71234567`),
the 공급자 (supplier) and 공급받는자 (recipient) halves side by side — 등록번호 (business registration number
`123-45-67890`), 종사업장번호, 상호(법인명), 성명 (the representative), 사업장주소, 업태 / 종목, 이메일 — then 작성일자 / 공급가액
/ 세액 / 수정사유, 비고, up to four item rows 월 / 일 / 품목 / 규격 / 수량 / 단가 / 공급가액 / 세액 / 비고 (more items are
summarised in one row "A4 복사용지 외 11건"), and 합계금액 / 현금 / 수표 / 어음 / 외상미수금 with "이 금액을 (청구) 함" or
"(영수) 함". The bilingual invoice: 청구서 INVOICE, Invoice No. 청구번호, Date 발행일, Due Date 결제기한, Customer Code
고객코드, No. / Description 품목 / Qty 수량 / Unit Price 단가 / Amount 공급가액, Supply Amount 공급가액 / VAT 부가세 (10%) /
Total 합계, the bank account 입금계좌 with the holder 예금주, and a note on the e-tax invoice to follow.

VAT 10 % (per line, truncated to the won on the e-tax form); amounts in whole won `1,234,000`, `₩1,234,000`,
`1,234,000원`, `KRW 1,234,000`; dates `2024-03-15` (작성일자), `2024/03/15`.

Truth: on the e-tax invoice the id is the 승인번호 (the form has no other number; it is what both parties and
the NTS quote); on the bilingual invoice the Invoice No. (the 승인번호 of an e-tax invoice it mentions is then a
decoy). Vendor = 공급자 상호 as printed, tax id = its 등록번호 (check digit over weights 1 3 7 1 3 7 1 3 5);
customer = 공급받는자 상호 with its 사업장주소; the recipient's 등록번호, both 성명 (representatives), 업태 / 종목,
종사업장번호 and the bank account are decoys. Net = 공급가액, tax = 세액, total = 합계금액; lines = the printed item
rows (a summarised row "… 외 N건" is one line without quantity). 청구 / 영수 and the 현금 / 외상미수금 split are not
payment terms; the bilingual invoice's 결제기한 is the due date.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc, lines_html, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eleventh import kr_approval_number, kr_party
from corpus.holdout.money import fmt_number, random_date
from corpus.holdout.render import A4, Box, Sheet, fits
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "kr_tax_invoice"
DOCUMENT_TYPE = "invoice"
ITEMS = [("A4 복사용지 80g", "BOX", 21, 32), ("레이저 토너 카트리지", "EA", 68, 190), ("사무용 의자", "EA", 120, 390), ("모니터 27인치", "EA", 230, 480),
         ("소프트웨어 유지보수", "식", 500, 3500), ("클라우드 서버 사용료", "월", 300, 2800), ("화물 운송비", "건", 150, 900),
         ("포장 박스 (대)", "EA", 1, 3), ("스테인리스 볼트 M10", "BOX", 18, 45), ("인테리어 공사", "식", 3000, 18000), ("광고 대행 수수료", "건", 800, 6000),
         ("식자재 (채소류)", "KG", 3, 9), ("LED 조명 교체", "EA", 35, 90), ("산업용 장갑", "BOX", 25, 60), ("컨설팅 용역", "M/M", 4000, 9000)]
SPECS = {"A4 복사용지 80g": "2500매", "모니터 27인치": "QHD", "스테인리스 볼트 M10": "100개입", "포장 박스 (대)": "600x400x400", "산업용 장갑": "10켤레"}
BANKS = ["국민은행", "신한은행", "우리은행", "하나은행", "기업은행", "농협은행"]


def _tax(amount: Decimal) -> Decimal:
    return (amount / 10).quantize(Decimal(1), rounding=ROUND_DOWN).quantize(Decimal("0.01"))


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["etax", "etax", "invoice"])
    vendor, customer = kr_party(rng), kr_party(rng)
    written = random_date(rng, date(2023, 1, 3), 895)
    count = rng.randrange(1, 5) if chance(rng, 0.8) else rng.randrange(6, 14)
    chosen = [ITEMS[i % len(ITEMS)] for i in rng.sample(range(max(count, len(ITEMS))), count)]
    items: list[Line] = []
    for desc, unit, low, high in chosen:
        qty = Decimal(pick(rng, [1, 1, 2, 3, 5, 10, 20, 50])) if unit not in ("식", "월", "M/M", "건") else Decimal(pick(rng, [1, 1, 1, 2, 3]))
        price = Decimal(round(rng.uniform(low, high) * 10) * 100)
        items.append(Line(desc, qty, price.quantize(Decimal("0.01")), (qty * price).quantize(Decimal("0.01")), unit, SPECS.get(desc, "")))
    summarised = layout == "etax" and len(items) > 4
    net = sum((li.amount for li in items), Decimal("0.00"))
    if layout == "etax":
        taxes = [_tax(li.amount) for li in items]
        tax = _tax(net) if summarised else sum(taxes, Decimal("0.00"))
    else:
        tax = _tax(net)
    total = net + tax
    approval = kr_approval_number(rng, written)
    if summarised:
        lines = [Line(f"{items[0].description} 외 {len(items) - 1}건", None, None, net)]
    else:
        lines = items
    style = pick(rng, ["won", "won_pre", "krw", "plain"])

    def num(value: Decimal) -> str:
        return fmt_number(value, "en", decimals=0)

    def money_(value: Decimal) -> str:
        return {"won": f"{num(value)}원", "won_pre": f"₩{num(value)}", "krw": f"KRW {num(value)}", "plain": num(value)}[style]

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 8.5), table="grid")
    if layout == "etax":
        color = pick(rng, ["#d32f2f", "#1565c0"])
        copy = "공급자 보관용" if color == "#d32f2f" else "공급받는자 보관용"
        receipt = chance(rng, 0.3)
        doc = Doc(document_type=DOCUMENT_TYPE, locale="KR", currency="KRW", vendor=vendor, customer=customer, invoice_ids=[approval], document_date=written,
                  total=total, net=net, tax=tax, lines=lines)
        css = theme.css(f"table.f{{width:100%;border-collapse:collapse}} table.f td{{border:0.8pt solid {color};padding:2pt 3pt;font-size:{theme.size - 0.5}pt}}"
                        f" td.h{{color:{color};text-align:center;background:#fff}} td.side{{color:{color};text-align:center;font-weight:bold;width:14pt}}"
                        f" .ttl{{font-size:17pt;font-weight:bold;color:{color};text-align:center;letter-spacing:3pt}}")

        def half(label: str, party, other: bool) -> str:
            sub = "" if chance(rng, 0.85) else f"{rng.randrange(1, 9):04d}"
            return (f"<td class='side' rowspan='5'>{label}</td>"
                    f"<td class='h' style='width:34pt'>등록번호</td><td class='b' style='width:78pt'>{party.tax_id}</td><td class='h' style='width:30pt'>종사업장<br/>번호</td><td style='width:28pt'>{sub}</td>"), [
                f"<td class='h'>상호<br/>(법인명)</td><td class='b'>{esc(party.name)}</td><td class='h'>성명</td><td>{party.extra['ceo']}</td>",
                f"<td class='h'>사업장<br/>주소</td><td colspan='3'>{esc(' '.join(party.address))}</td>",
                f"<td class='h'>업태</td><td>{party.extra['type']}</td><td class='h'>종목</td><td>{party.extra['item']}</td>",
                f"<td class='h'>이메일</td><td colspan='3'>{party.email}</td>"]

        left_first, left_rest = half("공<br/>급<br/>자", vendor, False)
        right_first, right_rest = half("공<br/>급<br/>받<br/>는<br/>자", customer, True)
        parties = "<table class='f'>" + f"<tr>{left_first}{right_first}</tr>" + "".join(f"<tr>{a}{b}</tr>" for a, b in zip(left_rest, right_rest, strict=True)) + "</table>"
        top = (f"<table class='f'><tr><td style='width:60%;border-right:none' rowspan='2'><p class='ttl'>전자세금계산서</p></td>"
               f"<td class='h' style='width:14%'>승인번호</td><td class='b' style='width:26%'>{approval}</td></tr>"
               f"<tr><td class='h'>관리번호</td><td>{'' if chance(rng, 0.6) else f'{rng.randrange(10**5, 10**6)}'}</td></tr></table>")
        summary = (f"<table class='f'><tr><td class='h' style='width:22%'>작성일자</td><td class='h' style='width:26%'>공급가액</td><td class='h' style='width:22%'>세액</td>"
                   f"<td class='h' style='width:30%'>수정사유</td></tr><tr><td class='c'>{written.isoformat()}</td><td class='r'>{num(net)}</td><td class='r'>{num(tax)}</td>"
                   f"<td class='c'>해당 없음</td></tr><tr><td class='h'>비고</td><td colspan='3'>{pick(rng, ['', '', f'{written.month}월분', '계약번호 ' + str(rng.randrange(1000, 9999))])}</td></tr></table>")
        head_cells = "".join(f"<td class='h' style='width:{w}pt'>{t}</td>" for t, w in (("월", 16), ("일", 16), ("품목", 120), ("규격", 56), ("수량", 36),
                                                                                         ("단가", 62), ("공급가액", 72), ("세액", 62), ("비고", 36)))
        rows = ""
        for i in range(4):
            if i < len(lines):
                li = lines[i]
                if li.quantity is None:
                    rows += (f"<tr><td class='c'>{written.month:02d}</td><td class='c'>{written.day:02d}</td><td>{esc(li.description)}</td><td></td><td></td><td></td>"
                             f"<td class='r'>{num(li.amount)}</td><td class='r'>{num(tax)}</td><td></td></tr>")
                else:
                    rows += (f"<tr><td class='c'>{written.month:02d}</td><td class='c'>{written.day:02d}</td><td>{esc(li.description)}</td><td>{esc(li.code)}</td>"
                             f"<td class='r'>{fmt_number(li.quantity, 'en', decimals=0)}</td><td class='r'>{num(li.unit_price)}</td><td class='r'>{num(li.amount)}</td>"
                             f"<td class='r'>{num(_tax(li.amount))}</td><td></td></tr>")
            else:
                rows += "<tr>" + "<td>&#160;</td>" * 9 + "</tr>"
        items_html = (f"<table class='f'><tr>{head_cells}</tr>{rows}</table>")
        cash, unpaid = (total, Decimal("0")) if receipt else (Decimal("0"), total)
        bottom = (f"<table class='f'><tr><td class='h' style='width:18%'>합계금액</td><td class='h' style='width:14%'>현금</td><td class='h' style='width:14%'>수표</td>"
                  f"<td class='h' style='width:14%'>어음</td><td class='h' style='width:16%'>외상미수금</td><td rowspan='2' class='c' style='width:24%'>이 금액을 "
                  f"<b>({'영수' if receipt else '청구'})</b> 함</td></tr><tr><td class='r b'>{num(total)}</td><td class='r'>{num(cash) if cash else ''}</td><td></td><td></td>"
                  f"<td class='r'>{num(unpaid) if unpaid else ''}</td></tr></table>")
        html = (f"<p class='small' style='color:{color}'>[{copy}]</p>" + top + parties + summary + items_html + bottom
                + f"<p class='tiny muted' style='margin-top:4pt'>국세청 홈택스(www.hometax.go.kr)에서 승인번호로 진위 여부를 확인할 수 있습니다. 발급일시 {written.isoformat()} "
                  f"{rng.randrange(9, 18):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}</p>")
        if summarised:
            detail = "".join(f"<tr><td>{i}</td><td>{esc(li.description)}</td><td>{esc(li.code)}</td><td class='r'>{fmt_number(li.quantity, 'en', decimals=0)}</td>"
                             f"<td class='r'>{num(li.unit_price)}</td><td class='r'>{num(li.amount)}</td></tr>" for i, li in enumerate(items, 1))
            html += (f"<p class='b' style='margin-top:10pt'>품목 상세 (참고용)</p><table class='f'><tr><td class='h'>No</td><td class='h'>품목</td><td class='h'>규격</td>"
                     f"<td class='h'>수량</td><td class='h'>단가</td><td class='h'>공급가액</td></tr>{detail}</table>")
        width, height = A4
        rect = (30, 40, width - 30, height - 40)
        if not fits(html, css, rect):
            raise AssertionError("e-tax form overflows")
        sheet = Sheet(width=width, height=height, css=css, pages=[[Box(rect, html)]])
        return Built(doc=doc, sheet=sheet, template="kr_etax", notes={"approval": approval, "copy": copy, "receipt": receipt, "summarised": summarised})

    number = pick(rng, [f"INV-{written.strftime('%Y%m')}-{rng.randrange(1, 999):03d}", f"{written.strftime('%y%m%d')}-{rng.randrange(10, 99)}",
                        f"HB{written.year}{rng.randrange(1000, 9999)}"])
    due = written + timedelta(days=pick(rng, [14, 30, 30, 45]))
    if chance(rng, 0.5):
        due = date(due.year, due.month, 1) + timedelta(days=32)
        due = date(due.year, due.month, 1) - timedelta(days=1)      # 말일 (end of month)
    customer_id = f"C-{rng.randrange(1000, 9999)}" if chance(rng, 0.6) else None
    date_form = pick(rng, ["iso", "ymd_slash"])
    d = (lambda x: x.isoformat()) if date_form == "iso" else (lambda x: x.strftime("%Y/%m/%d"))
    doc = Doc(document_type=DOCUMENT_TYPE, locale="KR", currency="KRW", vendor=vendor, customer=customer, invoice_ids=[number], document_date=written,
              total=total, net=net, tax=tax, lines=lines, due_date=due, customer_id=customer_id)
    css = theme.css(".ttl{font-size:18pt;font-weight:bold} .lbl{color:#555;font-size:7pt}")
    meta = [("Invoice No. 청구번호", f"<b>{esc(number)}</b>"), ("Date 발행일", d(written)), ("Due Date 결제기한", d(due))]
    if customer_id:
        meta.append(("Customer Code 고객코드", customer_id))
    head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name.replace('(주)', '').replace('주식회사', '').strip(), rng, theme.accent)}"
            f"<p class='b' style='font-size:12pt;margin-top:4pt'>{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}<br/>Tel {vendor.phone} · {vendor.email}</p>"
            f"<p class='small'>사업자등록번호 Business Reg. No.: {vendor.tax_id} · 대표 {vendor.extra['ceo']}</p></td>"
            f"<td style='width:45%' class='r'><p class='ttl accent'>청구서 INVOICE</p><table class='kv' style='width:100%'>"
            + "".join(f"<tr><td class='b' style='width:55%'>{k}</td><td style='width:45%'>{v}</td></tr>" for k, v in meta) + "</table></td></tr></table>"
            f"<table style='width:100%;margin-top:10pt'><tr><td style='width:60%'><p class='lbl'>공급받는자 BILL TO</p><p class='b'>{esc(customer.name)} 귀중</p>"
            f"<p>{lines_html(customer.address)}</p><p class='small'>사업자등록번호: {customer.tax_id}</p></td><td style='width:40%'></td></tr></table>")
    cols = [Col("No.", "center", "26pt"), Col("Description 품목", width="210pt"), Col("Qty 수량", "right", "48pt"), Col("Unit Price 단가", "right", "80pt"),
            Col("Amount 공급가액", "right", "90pt")]
    rows = [[str(i), esc(li.description) + (f" ({esc(li.code)})" if li.code and chance(rng, 0.5) else ""), fmt_number(li.quantity, "en", decimals=0),
             num(li.unit_price), num(li.amount)] for i, li in enumerate(lines, 1)]
    # a description printed with its spec in brackets still contains the description
    tot = (f"<table style='width:100%;margin-top:6pt'><tr><td style='width:52%'></td><td style='width:28%'>Supply Amount 공급가액</td><td class='r' style='width:20%'>{money_(net)}</td></tr>"
           f"<tr><td></td><td>VAT 부가세 (10%)</td><td class='r'>{money_(tax)}</td></tr>"
           f"<tr class='grand'><td></td><td>Total 합계</td><td class='r'>{money_(total)}</td></tr></table>")
    bank = pick(rng, BANKS)
    account = f"{rng.randrange(100, 999)}-{rng.randrange(10**5, 10**6)}-{rng.randrange(10, 99)}-{rng.randrange(100, 999)}"
    tail = (tot + f"<p style='margin-top:8pt'>입금계좌 Bank: {bank} {account} (예금주: {esc(vendor.name)})</p>"
            + pick(rng, [f"<p class='small'>전자세금계산서는 {d(written)}자로 발행되었습니다 (승인번호 {approval}).</p>",
                         "<p class='small'>세금계산서는 입금 확인 후 발행됩니다. The tax invoice will be issued via Hometax.</p>"])
            + "<p class='small muted'>Please quote the invoice number with your remittance. 문의: " + vendor.email + "</p>")
    width, height = A4
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                          continued=lambda i: f"<p class='b'>{esc(number)} ({i + 1})</p>")
    return Built(doc=doc, sheet=sheet, template="kr_invoice", png_scan_ok=len(sheet.pages) == 1, notes={"approval": approval, "bank": account})
