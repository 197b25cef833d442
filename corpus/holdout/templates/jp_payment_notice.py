"""Japanese payment notice (支払通知書 / 支払明細書 / お支払のご案内): a customer tells its supplier which invoices it is
paying, in Japanese.

Three prints: a letter (発行日, 支払番号, the supplier addressed "株式会社○○ 御中" with its 取引先コード, the payer's
letterhead with its qualified-invoice registration number 登録番号 T + 13 digits and the person in charge,
"支払通知書", the formal greeting 拝啓 … 敬具, 記, お支払日 / お支払方法 / お支払金額 "¥1,234,560-", a table No. / 請求書番号 /
請求日 / 摘要 / 請求金額 / 相殺額 / 振込手数料 / お支払金額 with 合計, the supplier's bank account as 振込先, 以上); an ERP print
(支払明細書 PAYMENT ADVICE, boxed header with 支払先コード / 支払番号 / 支払日 / 作成日, a breakdown 支払内訳 of the payment
into 銀行振込 and 電子記録債権 (でんさい) with its own 支払期日, rows with the payer's 伝票番号 beside the supplier's
請求書番号, 計上日, 請求金額, 控除額, 支払額); and an e-mail notice (【お支払のご案内】 with the mail header, a short text and a
small table).

Amounts in whole yen: `¥1,234,560`, `1,234,560円`, `¥1,234,560-`; dates `2024/03/29` or `2024-03-29` (the letter's
greeting also prints 令和 dates, the でんさい due date is a decoy).

Truth: a `remittance_advice`. Vendor = the supplier addressed 御中 (name without 御中; its address only where
printed), vendor_id = 取引先コード / 支払先コード; customer = the payer in the letterhead with its address. Payment
reference = 支払番号 (the payer's payment number); payment date = お支払日 / 支払日; document date = 発行日 / 作成日 / the
mail's date. Allocations = every row in print order under the supplier's 請求書番号 with the amount actually paid
(請求金額 less the offset 相殺 and the bank fee 振込手数料 deducted on it), adding up to the お支払金額. The payer's 伝票番号,
its 登録番号, the bank account, the breakdown into transfer and でんさい and the でんさい 支払期日 are decoys.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eleventh import ja_party
from corpus.holdout.fakes_fifth import jp_corporate_number
from corpus.holdout.money import fmt_number, random_date
from corpus.holdout.render import A4

FAMILY = "jp_payment_notice"
DOCUMENT_TYPE = "remittance_advice"
MEMOS = ["{m}月分 部品代", "{m}月締め分", "保守料 {y}年{m}月分", "{m}月分 運送料", "加工賃 {m}月分", "消耗品 {m}月納品分", "業務委託料 {m}月分", "広告制作費"]
OFFSETS = ["安全協力会費", "売掛金相殺", "値引き", "協力会費"]


def _wareki(day: date) -> str:
    return f"令和{day.year - 2018}年{day.month}月{day.day}日"


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["letter", "system", "email"])
    payer, payee = ja_party(rng), ja_party(rng)
    paid_on = random_date(rng, date(2023, 1, 10), 880)
    if chance(rng, 0.6):   # 月末 / 25日 payment runs
        paid_on = date(paid_on.year, paid_on.month, pick(rng, [10, 20, 25, 28]))
    while paid_on.weekday() >= 5:
        paid_on -= timedelta(days=1)
    issued = paid_on - timedelta(days=pick(rng, [0, 2, 3, 5, 7]))
    style = pick(rng, ["{y}{m:02d}{n:04d}", "INV-{n:05d}", "No.{n:06d}", "S{y}{m:02d}-{n:03d}", "{n:07d}"])
    count = rng.randrange(1, 6) if chance(rng, 0.85) else rng.randrange(8, 18)
    n = rng.randrange(10, 5000)
    rows = []
    fee = Decimal(pick(rng, [0, 440, 660, 660, 880, 770]))
    offsets = sorted((rng.randrange(25, 70) for _ in range(count)), reverse=True)
    for back in offsets:
        n += rng.randrange(1, 60)
        billed_on = paid_on - timedelta(days=back)
        gross = Decimal(round(rng.uniform(30, 3000)) * 1000 + pick(rng, [0, 0, 500, 280, 740, 120]))
        offset = Decimal(pick(rng, [2000, 3000, 5000, 11000])) if chance(rng, 0.12) else Decimal(0)
        rows.append({"number": style.format(y=billed_on.strftime("%y"), m=billed_on.month, n=n), "date": billed_on, "gross": gross, "offset": offset,
                     "offset_label": pick(rng, OFFSETS) if offset else "", "fee": Decimal(0),
                     "memo": pick(rng, MEMOS).format(y=billed_on.year, m=billed_on.month), "voucher": f"{rng.randrange(10**7, 10**8)}"})
    rows[-1]["fee"] = fee
    for r in rows:
        r["paid"] = (r["gross"] - r["offset"] - r["fee"]).quantize(Decimal("0.01"))
    total = sum((r["paid"] for r in rows), Decimal("0.00"))
    reference = pick(rng, [f"P{paid_on.strftime('%y%m')}-{rng.randrange(1, 9999):04d}", f"{rng.randrange(10**7, 10**8)}", f"SH{paid_on.strftime('%Y%m%d')}{rng.randrange(10, 99)}"])
    vendor_id = f"{rng.randrange(100000, 999999)}" if layout != "email" or chance(rng, 0.4) else None
    date_form = pick(rng, ["ymd_slash", "ymd_slash", "iso"])
    d = (lambda x: x.strftime("%Y/%m/%d")) if date_form == "ymd_slash" else (lambda x: x.isoformat())
    yen_style = pick(rng, ["pre", "post", "pre_dash"])

    def yen(value: Decimal) -> str:
        text = fmt_number(value, "en", decimals=0)
        return {"pre": f"¥{text}", "post": f"{text}円", "pre_dash": f"¥{text}-"}[yen_style]

    num = lambda v: fmt_number(v, "en", decimals=0)  # noqa: E731
    payee_address = layout == "letter" and chance(rng, 0.5)
    doc = Doc(document_type=DOCUMENT_TYPE, locale="JP", currency="JPY", vendor=payee, customer=payer, invoice_ids=[r["number"] for r in rows],
              document_date=issued, total=total, payment_reference=reference, payment_date=paid_on, allocations=[(r["number"], r["paid"]) for r in rows],
              vendor_id=vendor_id, vendor_address_printed=payee_address)
    reg = f"T{jp_corporate_number(rng)}"
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times"]), size=(8.0, 9.0), table=pick(rng, ["grid", "grid", "header_fill", "boxed"]))
    css = theme.css(".ttl{font-size:17pt;font-weight:bold;text-align:center;letter-spacing:4pt} .big{font-size:13pt;font-weight:bold}"
                    " .box{border:0.8pt solid #333;padding:4pt} .cell{border:0.6pt solid #555;padding:2pt 4pt}")
    width, height = A4
    fee_note = "振込手数料は貴社ご負担とさせていただきます。" if fee else "振込手数料は弊社にて負担いたします。"

    if layout == "letter":
        cols = ["No.", "請求書番号", "請求日", "摘要", "請求金額", "相殺額", "振込手数料", "お支払金額"]
        table_rows = [f"<tr><td class='c'>{i}</td><td>{esc(r['number'])}</td><td>{d(r['date'])}</td><td>{esc(r['memo'])}</td><td class='r'>{num(r['gross'])}</td>"
                      f"<td class='r'>{num(r['offset']) if r['offset'] else ''}</td><td class='r'>{num(r['fee']) if r['fee'] else ''}</td><td class='r'>{num(r['paid'])}</td></tr>"
                      for i, r in enumerate(rows, 1)]
        total_row = (f"<tr class='grand'><td colspan='4' class='c'>合計</td><td class='r'>{num(sum((r['gross'] for r in rows), Decimal(0)))}</td>"
                     f"<td class='r'>{num(sum((r['offset'] for r in rows), Decimal(0)))}</td><td class='r'>{num(fee)}</td><td class='r'>{num(total)}</td></tr>")
        head = (f"<table style='width:100%'><tr><td style='width:60%'></td><td style='width:40%' class='r'>発行日 {d(issued)}<br/>支払番号 {esc(reference)}</td></tr></table>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:55%'><p class='big' style='border-bottom:1pt solid #000'>{esc(payee.name)} 御中</p>"
                + (f"<p class='small'>{lines_html(payee.address)}</p>" if payee_address else "")
                + (f"<p>取引先コード: {vendor_id}</p>" if vendor_id else "")
                + f"</td><td style='width:45%'><p class='b'>{esc(payer.name)}</p><p class='small'>{lines_html(payer.address)}<br/>TEL {payer.phone}<br/>"
                f"担当: {payer.extra['contact']}<br/>登録番号: {reg}</p></td></tr></table>"
                f"<p class='ttl' style='margin-top:10pt'>支払通知書</p>"
                f"<p style='margin-top:8pt'>拝啓　時下ますますご清栄のこととお慶び申し上げます。平素は格別のご高配を賜り、厚く御礼申し上げます。"
                f"さて、下記の通りお支払い致しますので、ご査収くださいますようお願い申し上げます。（{_wareki(issued)}）</p><p class='r'>敬具</p><p class='c'>記</p>"
                f"<table style='width:70%'><tr><td class='cell b' style='width:35%'>お支払日</td><td class='cell' style='width:65%'>{d(paid_on)}</td></tr>"
                f"<tr><td class='cell b'>お支払方法</td><td class='cell'>銀行振込</td></tr>"
                f"<tr><td class='cell b'>お支払金額</td><td class='cell big'>{yen(total)}</td></tr></table>")
        tail = (f"<p style='margin-top:6pt'>振込先: {esc(payee.extra['bank'])}</p><p class='small'>{fee_note}</p>"
                "<p class='small'>ご不明な点がございましたら、上記担当までお問い合わせください。</p><p class='r'>以上</p>")
        header = "<tr>" + "".join(f"<th style='text-align:{'right' if i >= 4 else 'left'}'>{c}</th>" for i, c in enumerate(cols)) + "</tr>"

        def body(chunk, index: int, is_last: bool) -> str:
            return ((head if index == 0 else f"<p class='b'>支払通知書 {esc(reference)}（{index + 1}）</p>")
                    + f"<table class='items'>{header}{''.join(chunk)}{total_row if is_last else ''}</table>" + (tail if is_last else "<p class='small r'>次頁へ続く</p>"))
    elif layout == "system":
        densai = Decimal(0)
        if total > 1_000_000 and chance(rng, 0.5):
            densai = Decimal(int(total * Decimal(pick(rng, ["0.5", "0.6", "0.7"])) / 1000) * 1000)
        transfer = total - densai
        densai_due = paid_on + timedelta(days=pick(rng, [60, 90, 120]))
        cells = [("支払先コード", vendor_id), ("支払番号", esc(reference)), ("支払日", d(paid_on)), ("作成日", d(issued))]
        grid = "<table style='width:100%'>" + "".join(f"<tr><td class='cell b' style='width:40%'>{k}</td><td class='cell' style='width:60%'>{v}</td></tr>" for k, v in cells) + "</table>"
        breakdown = (f"<table style='width:100%;margin-top:4pt'><tr><td class='cell b' style='width:40%'>支払内訳</td><td class='cell' style='width:60%'>"
                     f"銀行振込 {yen(transfer)}" + (f"<br/>電子記録債権（でんさい） {yen(densai)}（支払期日 {d(densai_due)}）" if densai else "") + "</td></tr></table>")
        head = (f"<table style='width:100%'><tr><td style='width:55%'><p class='ttl' style='text-align:left'>支払明細書</p><p class='small muted'>PAYMENT ADVICE</p>"
                f"<p class='big' style='margin-top:8pt'>{esc(payee.name)} 御中</p></td>"
                f"<td style='width:45%'>{grid}</td></tr></table>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:55%'><p>毎度格別のお引き立てを賜り、誠にありがとうございます。下記の通りお支払いいたします。</p>"
                f"<p class='big'>お支払金額合計　{yen(total)}</p>{breakdown}</td>"
                f"<td style='width:45%' class='small'><b>{esc(payer.name)}</b><br/>{lines_html(payer.address)}<br/>{payer.extra['contact']} TEL {payer.phone}</td></tr></table>")
        header = ("<tr><th>伝票番号</th><th>請求書番号</th><th>計上日</th><th>摘要</th><th style='text-align:right'>請求金額</th>"
                  "<th style='text-align:right'>控除額</th><th style='text-align:right'>支払額</th></tr>")
        table_rows = [f"<tr><td>{r['voucher']}</td><td>{esc(r['number'])}</td><td>{d(r['date'])}</td><td>{esc(r['memo'])}"
                      f"{('（' + r['offset_label'] + '）') if r['offset'] else ''}{'（振込手数料）' if r['fee'] else ''}</td>"
                      f"<td class='r'>{num(r['gross'])}</td><td class='r'>{num(r['offset'] + r['fee']) if r['offset'] + r['fee'] else '0'}</td><td class='r'>{num(r['paid'])}</td></tr>"
                      for r in rows]
        total_row = (f"<tr class='grand'><td colspan='4'>合計（{len(rows)}件）</td><td class='r'>{num(sum((r['gross'] for r in rows), Decimal(0)))}</td>"
                     f"<td class='r'>{num(sum((r['offset'] + r['fee'] for r in rows), Decimal(0)))}</td><td class='r'>{num(total)}</td></tr>")
        tail = f"<p class='small' style='margin-top:6pt'>{fee_note} 本明細についてのお問い合わせは {payer.email} まで。</p>"

        def body(chunk, index: int, is_last: bool) -> str:
            return ((head if index == 0 else f"<p class='b'>支払明細書 {esc(reference)} — {index + 1}頁</p>")
                    + f"<table class='items'>{header}{''.join(chunk)}{total_row if is_last else ''}</table>" + (tail if is_last else "<p class='small r'>次頁へ続く</p>"))
    else:
        sent = f"{d(issued)} {rng.randrange(9, 18)}:{rng.randrange(60):02d}"
        head = (f"<table class='small'><tr><td class='b'>差出人:</td><td>{esc(payer.name)} 経理部 &lt;{payer.email}&gt;</td></tr>"
                f"<tr><td class='b'>宛先:</td><td>{payee.email}</td></tr><tr><td class='b'>日時:</td><td>{sent}</td></tr>"
                f"<tr><td class='b'>件名:</td><td>【お支払のご案内】{esc(payer.name)}（支払番号 {esc(reference)}）</td></tr></table><hr/>"
                f"<p>{esc(payee.name)}<br/>ご担当者様</p><p style='margin-top:6pt'>いつも大変お世話になっております。{esc(payer.name)} 経理部でございます。</p>"
                f"<p>下記の通り、{d(paid_on)} にお振込みいたしますのでご案内申し上げます。</p>"
                f"<p style='margin-top:4pt'>■ 支払番号: {esc(reference)}<br/>■ お支払日: {d(paid_on)}<br/>■ お支払金額: {yen(total)}"
                + (f"<br/>■ 取引先コード: {vendor_id}" if vendor_id else "") + "</p>")
        header = ("<tr><th style='width:120pt'>請求書番号</th><th style='width:70pt'>請求日</th><th style='text-align:right;width:80pt'>請求金額</th>"
                  "<th style='text-align:right;width:60pt'>差引</th><th style='text-align:right;width:80pt'>お支払金額</th></tr>")
        table_rows = [f"<tr><td>{esc(r['number'])}</td><td>{d(r['date'])}</td><td class='r'>{num(r['gross'])}</td>"
                      f"<td class='r'>{('-' + num(r['offset'] + r['fee'])) if r['offset'] + r['fee'] else ''}</td><td class='r'>{num(r['paid'])}</td></tr>" for r in rows]
        total_row = f"<tr class='grand'><td colspan='4'>合計</td><td class='r'>{num(total)}</td></tr>"
        tail = (f"<p class='small' style='margin-top:4pt'>※差引は{'振込手数料' if fee else ''}{'・' if fee and any(r['offset'] for r in rows) else ''}"
                f"{'相殺分' if any(r['offset'] for r in rows) else ''}です。</p>" if fee or any(r["offset"] for r in rows) else "") + (
            f"<p style='margin-top:6pt'>ご確認のほど、よろしくお願いいたします。</p><p class='small' style='margin-top:6pt'>――――――――――――<br/>{esc(payer.name)}<br/>"
            f"{payer.extra['contact']}<br/>{lines_html(payer.address)}<br/>TEL {payer.phone}</p>")

        def body(chunk, index: int, is_last: bool) -> str:
            return ((head if index == 0 else "") + f"<table class='items' style='width:80%'>{header}{''.join(chunk)}{total_row if is_last else ''}</table>"
                    + (tail if is_last else ""))

    sheet = paged_sheet(width, height, css, (40, 36, 40, 34), table_rows, body)
    return Built(doc=doc, sheet=sheet, template=f"jp_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"fee": str(fee), "registration": reg, "reference": reference, "rows": len(rows)})
