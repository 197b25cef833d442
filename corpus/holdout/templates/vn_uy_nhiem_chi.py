"""Vietnamese payment advices: the payer's ỦY NHIỆM CHI (payment order) as the bank returns it, the bank's GIẤY BÁO NỢ (debit advice)
from internet banking, and a payer's THÔNG BÁO THANH TOÁN letter listing the VAT invoices (hóa đơn) a transfer settles, with an
early-payment discount (chiết khấu thanh toán), a set-off (bù trừ công nợ) or a penalty and reducing adjustment invoices (điều
chỉnh giảm), in whole đồng, 2023-2025 (invented companies).

Three prints. `vn_uy_nhiem_chi_form` (the bilingual form "ỦY NHIỆM CHI / PAYMENT ORDER": Số / No. (the payer's order number: a
decoy), Ngày / Date (= document and payment date), Tên đơn vị trả tiền / Payer with its account and bank, Tên đơn vị nhận tiền /
Payee (= vendor) with its account and bank, Số tiền bằng số and bằng chữ, Nội dung naming the invoice and its serial (often
without diacritics), the signatures, and the bank's stamp with "Số giao dịch / Ref. No." (= reference)), `vn_giay_bao_no` (the
bank's GIẤY BÁO NỢ / DEBIT ADVICE: Số tham chiếu (= reference), Ngày giao dịch (= date), the debited account, Số tiền, Phí and
VAT on the fee (decoys, no part of the amount), Người hưởng and Nội dung), `vn_thong_bao_thanh_toan` (a letter under the national
motto: the payer's name with its Số `045/TB-TC` (= reference), "Hà Nội, ngày 15 tháng 03 năm 2024" (= document date), "Kính gửi"
the supplier with its MST where printed (= tax id), the payment date, STT / Số hóa đơn / Ký hiệu / Ngày / Giá trị / Khấu trừ /
Thanh toán, Tổng cộng and the amount in words; the payer's MST (decoy)).

Truth: a `remittance_advice`; vendor = the payee (its MST only where printed), customer = the payer; ids = the invoices' Số (the
serials are no ids); allocations = the amounts paid (adjustment invoices negative); total = the amount transferred.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eleventh import vn_party, vn_person, words_vietnamese
from corpus.holdout.fakes_twentyeighth import vn_long_date, vn_serial, vn_transfer_ref
from corpus.holdout.money import fmt_date, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import form_grid, form_page
from corpus.holdout.templates._twentysecond import party_block
from corpus.holdout.templates._twentyseventh import advice_rows, bank_page
from corpus.holdout.templates._twentysixth import letter_paged

FAMILY = "vn_uy_nhiem_chi"
D = Decimal


def plain(text: str) -> str:
    """Vietnamese without its diacritics, as many banks' systems carry the payment details (`Thanh toan HD so ...`)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _city(party) -> str:
    return party.address[-1].replace("Thành phố ", "").replace("Tỉnh ", "")


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["vn_uy_nhiem_chi_form", "vn_uy_nhiem_chi_form", "vn_giay_bao_no", "vn_thong_bao_thanh_toan", "vn_thong_bao_thanh_toan"])
    payer, supplier = vn_party(rng), vn_party(rng)
    while supplier.name == payer.name:
        supplier = vn_party(rng)
    payer_mst, sup_mst = payer.tax_id, supplier.tax_id
    payer.tax_id = None
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    sep = pick(rng, [".", ".", ","])

    def n(v):
        return amount(v, sep, ",", 0)

    def d(x):
        return fmt_date(x, "dmy_slash")

    state = {"n": rng.randrange(1, 3000)}
    serials: dict[str, str] = {}

    def number(issued):
        state["n"] += rng.randrange(1, 90)
        inv = f"{state['n']:08d}"
        serials[inv] = vn_serial(rng, issued)
        return inv

    theme = Theme.pick(rng, font=pick(rng, ["Times", "Helvetica", "Times"]), size=(7.5, 9.0))
    notes: dict = {"payer_mst": payer_mst}
    width, height = A4
    W = width - 72
    if layout in ("vn_uy_nhiem_chi_form", "vn_giay_bao_no"):
        rows = advice_rows(rng, 1, paid_on, number, low=3_000_000, high=850_000_000, whole=True, credit_label=False)
        total = rows[0]["gross"]
        inv = rows[0]["inv"]
        supplier.tax_id = None
        ref = vn_transfer_ref(rng, paid_on)
        details = pick(rng, [f"Thanh toán hóa đơn số {inv} ký hiệu {serials[inv]}", f"TT HD {inv} KH {serials[inv]}", f"Thanh toan tien hang theo HD so {inv}",
                             f"{payer.name.split()[-1]} thanh toan HD {inv}"])
        if chance(rng, 0.5):
            details = plain(details)
        doc = Doc(document_type="remittance_advice", locale="VN", currency="VND", vendor=supplier, customer=payer, invoice_ids=[inv], document_date=paid_on,
                  total=total, payment_reference=ref, payment_date=paid_on, allocations=[(inv, total)], vendor_address_printed=False,
                  customer_address_printed=layout == "vn_uy_nhiem_chi_form" and chance(rng, 0.5))
        payer_bank, payee_bank = payer.extra["bank"], supplier.extra["bank"]
        notes.update({"details": details, "serial": serials[inv]})
        if layout == "vn_giay_bao_no":
            fee = D(pick(rng, [0, 5500, 11000, 22000]))
            clock = f"{rng.randrange(8, 18):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
            sections = [("Thông tin giao dịch / Transaction", [("Số tham chiếu / Reference No.", f"<b>{ref}</b>"), ("Ngày giao dịch / Date", f"{d(paid_on)} {clock}"),
                                                                ("Số tiền / Amount", f"<b>{n(total)} VND</b>"), ("Phí / Fee", f"{n(fee)} VND"),
                                                                ("VAT phí / VAT on fee", f"{n(fee / 11)} VND" if fee else "0 VND")]),
                        ("Tài khoản ghi nợ / Debit account", [("Chủ tài khoản / Account name", f"<b>{esc(payer.name)}</b>"),
                                                              ("Số tài khoản / Account No.", payer.extra["bank_account"])]),
                        ("Người hưởng / Beneficiary", [("Tên / Name", f"<b>{esc(supplier.name)}</b>"), ("Số tài khoản / Account No.", supplier.extra["bank_account"]),
                                                        ("Ngân hàng / Bank", esc(payee_bank)), ("Nội dung / Remarks", esc(details))])]
            notes["fee"] = str(fee)
            return bank_page(doc, layout, theme, bank=payer_bank, title=pick(rng, ["GIẤY BÁO NỢ / DEBIT ADVICE", "GIẤY BÁO NỢ", "DEBIT ADVICE - GIẤY BÁO NỢ"]),
                             sections=sections, foot="Giấy báo nợ được in từ hệ thống ngân hàng điện tử, không cần chữ ký và con dấu.",
                             style=pick(rng, ["plain", "ruled", "grid"]), notes=notes)
        order = f"{rng.randrange(1, 999):03d}"
        payer_cell = esc(payer.name) + (f"<br/>{esc(', '.join(payer.address))}" if doc.customer_address_printed else "")
        grid = form_grid([[("Tên đơn vị trả tiền / Payer", payer_cell, 1.0)],
                          [("Số tài khoản / Account No.", payer.extra["bank_account"], 0.4), ("Tại ngân hàng / At bank", esc(payer_bank), 0.6)],
                          [("Tên đơn vị nhận tiền / Payee", esc(supplier.name), 1.0)],
                          [("Số tài khoản / Account No.", supplier.extra["bank_account"], 0.4), ("Tại ngân hàng / At bank", esc(payee_bank), 0.6)],
                          [("Số tiền bằng số / Amount in figures", f"{n(total)} VND", 0.4), ("Số tiền bằng chữ / Amount in words", esc(words_vietnamese(total)), 0.6)],
                          [("Nội dung thanh toán / Details of payment", esc(details), 1.0)]], W - 12)
        signer, chief = vn_person(rng), vn_person(rng)
        sigs = (f"<table style='margin-top:8pt'><tr><td class='c' style='width:{W * 0.3:.0f}pt'><p class='b'>Kế toán trưởng</p><p class='small'>Chief Accountant</p>"
                f"<p style='margin-top:18pt'>{esc(chief)}</p></td><td class='c' style='width:{W * 0.3:.0f}pt'><p class='b'>Chủ tài khoản</p><p class='small'>Account holder</p>"
                f"<p style='margin-top:18pt'>{esc(signer)}</p></td><td style='width:{W * 0.34:.0f}pt' class='boxed'><p class='b'>NGÂN HÀNG / BANK</p>"
                f"<p class='small'>Ghi sổ ngày / Posted on: {d(paid_on)}</p><p class='small'>Số giao dịch / Ref. No.:</p><p class='b'>{ref}</p>"
                f"<p class='small'>Giao dịch viên / Teller: {pick(rng, ['HUONGNT', 'LANPT', 'TUANLM', 'ANHVD'])}</p></td></tr></table>")
        body = (f"<table><tr><td style='width:{W * 0.6:.0f}pt'><p class='fh accent'>ỦY NHIỆM CHI</p><p class='b'>PAYMENT ORDER</p></td>"
                f"<td style='width:{W * 0.34:.0f}pt'><p>Số / No.: <b>{order}</b></p><p>Ngày / Date: <b>{d(paid_on)}</b></p></td></tr></table>"
                + f"<div style='margin-top:6pt'>{grid}</div>" + sigs
                + "<p class='small muted' style='margin-top:10pt'>Liên 2: Ngân hàng trả lại cho khách hàng / Copy 2: returned to the customer</p>")
        notes["order"] = order
        return form_page(doc, layout, theme, width, height, body, notes=notes)
    count = pick(rng, [1, 2, 3, 4, 5, 7, 11, 18])
    rows = advice_rows(rng, count, paid_on, number, low=2_000_000, high=600_000_000, whole=True,
                       deduct=["chiết khấu thanh toán", "bù trừ công nợ", "phạt chậm giao hàng"])
    total = sum((r["paid"] for r in rows), D(0))
    printed = paid_on - timedelta(days=pick(rng, [0, 0, 1, 2]))
    ref = pick(rng, [f"{rng.randrange(1, 300):03d}/TB-TC", f"{rng.randrange(1, 300)}/{paid_on.year}/TB-KT", f"{rng.randrange(1, 300):03d}/CV-TCKT"])
    show_tax = chance(rng, 0.6)
    supplier.tax_id = sup_mst if show_tax else None
    doc = Doc(document_type="remittance_advice", locale="VN", currency="VND", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows])
    left = (f"<p class='b'>{esc(payer.name)}</p>" + "".join(f"<p class='small'>{esc(x)}</p>" for x in payer.address)
            + f"<p class='small'>MST: {payer_mst}</p><p style='margin-top:4pt'>Số: {ref}</p>")
    right = "<p class='b c'>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class='b c'>Độc lập - Tự do - Hạnh phúc</p>"
    addressee = party_block("Kính gửi:", supplier, [f"MST: {sup_mst}"] if show_tax else [])
    first = (f"<table><tr><td style='width:{W * 0.45:.0f}pt'>{left}</td><td style='width:{W * 0.51:.0f}pt'>{right}"
             f"<p class='c' style='margin-top:6pt'><i>{esc(_city(payer))}, {vn_long_date(printed)}</i></p></td></tr></table>"
             + "<p class='tt c' style='margin-top:10pt'>THÔNG BÁO THANH TOÁN</p>"
             + f"<p class='c small'>(V/v thanh toán tiền hàng, dịch vụ)</p><div class='box' style='margin-top:6pt'>{addressee}</div>"
             + f"<p style='margin-top:6pt'>{esc(payer.name)} xin thông báo: ngày <b>{d(paid_on)}</b> chúng tôi đã chuyển khoản số tiền "
             f"<b>{n(total)} đồng</b> vào tài khoản số {supplier.extra['bank_account']} tại {esc(supplier.extra['bank'])} để thanh toán các hóa đơn sau:</p>")
    show_less = any(r["less"] for r in rows)
    head = ["STT", "Số hóa đơn", "Ký hiệu", "Ngày hóa đơn", "Giá trị hóa đơn"] + (["Khấu trừ"] if show_less else []) + ["Số tiền thanh toán"]
    fr = [0.06, 0.15, 0.13, 0.14, 0.17] + ([0.17] if show_less else []) + [0.18]
    numeric = set(range(4, len(head)))
    index = {r["inv"]: i + 1 for i, r in enumerate(rows)}

    def cells(r):
        out = [str(index[r["inv"]]), esc(r["inv"]) + (" <span class='small'>(điều chỉnh giảm)</span>" if r["credit"] else ""), serials[r["inv"]], d(r["date"]), n(r["gross"])]
        if show_less:
            out.append(f"{n(r['less'])}<br/><span class='small'>{esc(r['reason'])}</span>" if r["less"] else "")
        return out + [n(r["paid"])]

    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>Tổng cộng: {n(total)} đồng</p>"
               f"<p><i>Bằng chữ: {esc(words_vietnamese(total))}</i></p>"
               f"<p style='margin-top:6pt'>Đề nghị Quý công ty kiểm tra và xác nhận. Trân trọng cảm ơn!</p>"
               f"<table style='margin-top:8pt'><tr><td style='width:{W * 0.5:.0f}pt'><p class='small'><i>Nơi nhận:</i></p><p class='small'>- Như trên;</p>"
               f"<p class='small'>- Lưu: TC-KT.</p></td><td class='c' style='width:{W * 0.46:.0f}pt'><p class='b'>KẾ TOÁN TRƯỞNG</p>"
               f"<p style='margin-top:20pt'>{esc(vn_person(rng))}</p></td></tr></table>")
    notes["serials"] = sorted(serials[r["inv"]] for r in rows)
    return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                        cont=f"Thông báo thanh toán số {ref} (tiếp theo)", footer_text="Trang", notes=notes)
