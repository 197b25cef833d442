"""Bank wholesale lockbox remittance report: one deposit of several customers' cheques.

Three prints: a remittance detail report (bank letterhead, lockbox number, the lockbox owner, deposit
date, process date, deposit id; per cheque a block with batch / item, cheque number, cheque date,
remitter, ABA and masked account, cheque amount, then the invoices it pays with the amount applied);
a flat "Lockbox Deposit Detail" table (one row per invoice: batch, item, check no., remitter, invoice
no., amount applied, check amount on the cheque's first row); and a monospaced transmission print in
capitals of the same table with batch subtotals.

Truth: a remittance advice whose vendor is the lockbox owner (the payee; its address where printed);
customer null, because one deposit carries several payers' cheques; payment reference = the deposit
id; payment date = the deposit date; document date = the report / process date; payment amount =
total = the deposit total; allocations = every invoice applied, in print order, with its amount
applied (cheques paying several invoices split over them). Batch, item and sequence numbers, cheque
numbers, ABA routing and account numbers, remitters' names and cheque dates are decoys.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.fakes_eighth import aba_routing, fmt_of
from corpus.holdout.money import random_date
from corpus.holdout.render import LETTER, Box, Sheet, paginate
from corpus.holdout.templates._paid import paid_invoices

FAMILY = "lockbox_remittance"
DOCUMENT_TYPE = "remittance_advice"
BANKS = ["First Meridian Bank, N.A.", "Lakeshore National Bank", "Pacific Western Trust Company", "Commonwealth Bank & Trust", "Great Lakes Commerce Bank"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["detail", "flat", "mono"])
    vendor = make_company(rng, "US", with_tax=False)
    deposited = random_date(rng)
    processed = deposited + timedelta(days=pick(rng, [0, 0, 1]))
    cheque_count = rng.randrange(2, 8) if chance(rng, 0.75) else rng.randrange(8, 15)
    invoices = paid_invoices(rng, deposited, cheque_count + rng.randrange(0, 9), low=90, high=18000, discount_share=0.15)
    rng.shuffle(invoices)
    # every cheque pays at least one invoice; the rest fall to cheques at random, kept in print order
    owners = list(range(cheque_count)) + [rng.randrange(cheque_count) for _ in range(len(invoices) - cheque_count)]
    rng.shuffle(owners)
    cheques = []
    for c in range(cheque_count):
        payer = make_company(rng, "US", with_tax=False)
        paid = [inv for inv, owner in zip(invoices, owners, strict=True) if owner == c]
        cheques.append({"payer": payer.name, "number": f"{rng.randrange(1000, 999999)}", "aba": aba_routing(rng),
                        "account": f"****{rng.randrange(1000, 9999)}", "date": deposited - timedelta(days=rng.randrange(2, 9)),
                        "invoices": paid, "amount": sum((inv.paid for inv in paid), Decimal("0.00")),
                        "batch": f"{rng.randrange(1, 4):03d}" if layout != "detail" or chance(rng, 0.5) else "001"})
    cheques.sort(key=lambda ch: ch["batch"])
    printed = [inv for ch in cheques for inv in ch["invoices"]]
    total = sum((ch["amount"] for ch in cheques), Decimal("0.00"))
    lockbox = f"{rng.randrange(10**5, 10**6)}"
    deposit_id = pick(rng, [f"{deposited.strftime('%Y%m%d')}{rng.randrange(1, 99):02d}{rng.randrange(100, 999)}",
                            f"DEP-{lockbox}-{deposited.strftime('%m%d')}{rng.randrange(1, 9)}", f"{rng.randrange(10**9, 10**10)}"])
    address_printed = layout != "mono" or chance(rng, 0.5)
    doc = Doc(document_type=DOCUMENT_TYPE, locale="US", currency="USD", vendor=vendor, customer=None,
              invoice_ids=[inv.number for inv in printed], document_date=processed, total=total, payment_reference=deposit_id,
              payment_date=deposited, allocations=[(inv.number, inv.paid) for inv in printed], vendor_address_printed=address_printed)
    fmt = fmt_of("US", "USD", number_style="en", symbol="$", position="pre", date_pattern=pick(rng, ["mdy_slash", "mdy_slash", "iso"]))
    m, num = fmt.money, fmt.num
    bank = pick(rng, BANKS)

    mono = layout == "mono"
    theme = Theme.pick(rng, font="Courier" if mono else pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.0, 8.0),
                       table=pick(rng, ["rules", "grid", "minimal"]))
    css = theme.css(".blk{border:0.6pt solid #999;padding:3pt;margin-top:4pt} .blk td{padding:1pt 4pt} .hd td{padding:1pt 6pt 1pt 0}")
    width, height = LETTER

    def up(text: str) -> str:
        return text.upper() if mono else text

    header_pairs = [("Lockbox Number", lockbox), ("Company", esc(vendor.name)), ("Deposit Date", fmt.date(deposited)),
                    ("Process Date", fmt.date(processed)), ("Deposit ID", esc(deposit_id)), ("Checks", str(len(cheques))),
                    ("Deposit Total", m(total))]
    head = (f"<table style='width:100%'><tr><td style='width:330pt'><p class='b' style='font-size:11pt'>{esc(up(bank))}</p>"
            f"<p class='small'>{up('Treasury Services · Wholesale Lockbox')}</p></td><td style='width:190pt' class='r'><p class='b'>"
            f"{up('Remittance Detail Report' if layout == 'detail' else 'Lockbox Deposit Detail')}</p><p class='small'>{up('Page')} 1</p></td></tr></table>"
            "<table class='hd' style='margin-top:6pt'>" + "".join(f"<tr><td class='b'>{up(k)}:</td><td>{v}</td></tr>" for k, v in header_pairs) + "</table>"
            + (f"<p class='small'>{lines_html(vendor.address)}</p>" if address_printed else ""))

    def batch_total(batch: str) -> str:
        in_batch = [ch for ch in cheques if ch["batch"] == batch]
        amount = sum((ch["amount"] for ch in in_batch), Decimal("0.00"))
        return (f"<tr><td></td><td></td><td></td><td>BATCH {batch} TOTAL ({len(in_batch)} ITEMS)</td><td></td><td></td>"
                f"<td class='r'>{num(amount)}</td></tr>")

    if layout == "detail":
        blocks = []
        for item, ch in enumerate(cheques, 1):
            inv_rows = "".join(f"<tr><td style='width:30%'>{esc(inv.number)}</td><td style='width:25%' class='r'>{num(inv.paid)}</td>"
                               f"<td style='width:45%' class='small muted'>{'discount taken ' + num(inv.discount) if inv.discount else ''}</td></tr>"
                               for inv in ch["invoices"])
            blocks.append(f"<div class='blk'><table style='width:100%'><tr><td style='width:17%'>Batch {ch['batch']} / Item {item:03d}</td>"
                          f"<td style='width:15%'>Check # {ch['number']}</td><td style='width:14%'>{fmt.date(ch['date'])}</td>"
                          f"<td style='width:34%'>{esc(ch['payer'])}<br/><span class='small muted'>ABA {ch['aba']} Acct {ch['account']}</span></td>"
                          f"<td style='width:20%' class='r b'>{m(ch['amount'])}</td></tr></table>"
                          f"<table style='width:70%;margin-left:20pt'><tr><td class='b'>Invoice</td><td class='b r'>Amount Applied</td><td></td></tr>"
                          f"{inv_rows}</table></div>")
        foot = f"<p class='b r' style='margin-top:6pt'>Deposit Total: {m(total)} ({len(cheques)} checks, {len(printed)} invoices)</p>"

        def body(chunk, index, is_last):
            top = head if index == 0 else f"<p class='b'>Lockbox {lockbox} · Deposit {esc(deposit_id)} (continued, page {index + 1})</p>"
            return top + "".join(chunk) + (foot if is_last else "")

        pages = paginate(blocks, body, css, lambda _i: (36, 36, width - 36, height - 36))
    else:
        rows = []
        for item, ch in enumerate(cheques, 1):
            if mono and item > 1 and ch["batch"] != cheques[item - 2]["batch"]:
                rows.append(batch_total(cheques[item - 2]["batch"]))
            for k, inv in enumerate(ch["invoices"]):
                first = k == 0
                rows.append(f"<tr><td>{ch['batch'] if first else ''}</td><td>{f'{item:03d}' if first else ''}</td><td>{ch['number'] if first else ''}</td>"
                            f"<td>{esc(up(ch['payer'])) if first else ''}</td><td>{esc(inv.number)}</td><td class='r'>{num(inv.paid)}</td>"
                            f"<td class='r'>{num(ch['amount']) if first else ''}</td></tr>")
        if mono:
            rows.append(batch_total(cheques[-1]["batch"]))
        th = "".join(f"<th style='width:{w}pt;text-align:{a}'>{up(t)}</th>" for t, w, a in
                     [("Batch", 30, "left"), ("Item", 26, "left"), ("Check No.", 46, "left"), ("Remitter", 150, "left"),
                      ("Invoice No.", 72, "left"), ("Amt Applied", 62, "right"), ("Check Amt", 62, "right")])
        foot = (f"<tr><td></td><td></td><td></td><td class='b'>{up('Deposit total')}</td><td></td><td class='r b'>{num(total)}</td>"
                f"<td class='r b'>{num(total)}</td></tr>")

        def body(chunk, index, is_last):
            top = head if index == 0 else f"<p class='b'>{up('Lockbox')} {lockbox} · {up('Deposit')} {esc(deposit_id)} ({up('page')} {index + 1})</p>"
            return top + f"<table class='items'><tr>{th}</tr>{''.join(chunk)}{foot if is_last else ''}</table>"

        pages = paginate(rows, body, css, lambda _i: (36, 36, width - 36, height - 36))
    sheet = Sheet(width=width, height=height, css=css, pages=[[Box((36, 36, width - 36, height - 36), html)] for html in pages])
    return Built(doc=doc, sheet=sheet, template=f"lockbox_{layout}", png_scan_ok=len(pages) == 1,
                 notes={"lockbox": lockbox, "cheques": [ch["number"] for ch in cheques], "payers": [ch["payer"] for ch in cheques]})
