"""Pakistani courier COD remittance statements: the payout a courier sends an e-commerce merchant for the cash it collected on
delivery, in English, PKR, 2023-2025 (invented couriers).

Two prints. `cod_payment_statement` (the merchant portal's "COD Payment Statement": the courier's letterhead with its NTN and
STRN, the merchant's account number and name, Payment ID (= payment reference), statement period (decoy dates), a table
Sr. / CN No. (consignment, decoy) / Order Ref / Booking Date / City / Status / COD Amount / Delivery Charges / GST on charges /
Net Payable, returned shipments (RTO) with no COD and their return charges negative, a summary block — Total COD Collected,
Less Delivery Charges, Less GST (16 %), Net Amount Transferred — and the merchant's bank, IBAN and title; often several pages),
`cod_remittance_email` (the finance team's e-mail "COD Remittance - Payment ID ...": Dear Merchant, transferred on, the IBAN,
and a compact table Order Ref / CN / COD / Charges / Paid).

Truth: a `remittance_advice`; vendor = the merchant paid (its address where printed, its courier account number as vendor id;
its NTN never its tax id: the payee's NTN on a courier payout is not printed as a VAT number), customer = the courier with its
address; invoice ids = the merchant's order references in print order (consignment numbers are decoys); allocations = each
order's net payable (COD less charges and GST; an RTO negative); total = payment amount = the net transferred; payment
reference = the Payment ID (the bank's transaction reference a decoy); payment date = the transfer date; document date = the
statement's / e-mail's date.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyfirst import pk_consignment, pk_courier, pk_merchant
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import pts, rows_html
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfirst import build_paged, party_html

FAMILY = "pk_courier_cod_remittance"
D = Decimal
CITIES = ["Karachi", "Lahore", "Islamabad", "Rawalpindi", "Faisalabad", "Multan", "Peshawar", "Quetta", "Hyderabad", "Sialkot", "Gujranwala"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["cod_payment_statement", "cod_payment_statement", "cod_remittance_email"])
    courier, merchant = pk_courier(rng), pk_merchant(rng)
    issued = random_date(rng, date(2023, 1, 9), 1000)
    paid = issued + timedelta(days=rng.randrange(0, 3))
    prefix = pick(rng, ["KHI", "LHE", "ISB", ""]) if chance(rng, 0.4) else ""
    count = rng.randrange(3, 40) if layout == "cod_payment_statement" else rng.randrange(2, 9)
    gst = D(16)
    rows = []
    used = set()
    while len(rows) < count:
        ref = pick(rng, [f"#{rng.randrange(1001, 99999)}", f"ORD-{rng.randrange(10000, 999999)}", f"{rng.randrange(100000, 999999)}"])
        if ref in used:
            continue
        used.add(ref)
        rto = chance(rng, 0.08)
        cod = D(0) if rto else money(pick(rng, [rng.randrange(450, 15000), rng.randrange(900, 4500)]))
        charge = money(pick(rng, [150, 180, 200, 220, 250, 280, 350]))
        tax = money(charge * gst / 100)
        net = cod - charge - tax
        booked = issued - timedelta(days=rng.randrange(3, 20))
        rows.append({"ref": ref, "cn": pk_consignment(rng, prefix), "city": pick(rng, CITIES), "status": "Returned" if rto else "Delivered",
                     "cod": cod, "charge": charge, "tax": tax, "net": net, "booked": booked})
    total = sum((r["net"] for r in rows), D("0.00"))
    if total <= 0:
        rows[0]["cod"] += money(5000)
        rows[0]["net"] += money(5000)
        rows[0]["status"] = "Delivered"
        total = sum((r["net"] for r in rows), D("0.00"))
    pay_id = pick(rng, [f"PAY-{paid.strftime('%y%m%d')}-{rng.randrange(1000, 9999)}", f"CODP{rng.randrange(10**7, 10**8)}"])
    bank_ref = f"FT{rng.randrange(10**9, 10**10)}"
    account = f"{pick(rng, ['MRC', 'ACC', 'CUST'])}-{rng.randrange(10000, 99999)}"
    email = layout == "cod_remittance_email"
    doc = Doc(document_type="remittance_advice", locale="PK", currency="PKR", vendor=merchant, customer=courier,
              invoice_ids=[r["ref"] for r in rows], document_date=issued, total=total, payment_reference=pay_id, payment_date=paid,
              allocations=[(r["ref"], r["net"]) for r in rows], vendor_id=account, vendor_address_printed=not email,
              customer_address_printed=True)

    def n(v):
        return amount(v, ",", ".")

    dfmt = pick(rng, ["%d-%m-%Y", "%d/%m/%Y", "%d-%b-%Y"])
    d = lambda x: x.strftime(dfmt)  # noqa: E731
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.2, 8.4))
    css = theme.css(".t{font-size:13pt;font-weight:bold}")
    width, height = A4
    W = width - 72
    if not email:
        start = issued - timedelta(days=pick(rng, [7, 14, 15]))
        first = (f"<p class='t accent'>{esc(courier.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in courier.address)
                 + f"<p class='small'>NTN: {courier.tax_id} &#160; STRN: {courier.extra['strn']} &#160; UAN: {courier.phone}</p>"
                 + "<p class='t c' style='margin-top:8pt'>COD PAYMENT STATEMENT</p>"
                 + f"<table style='margin-top:4pt'><tr><td style='width:{W / 2 - 6:.0f}pt'>{party_html('Merchant', merchant, [f'Account No: {account}', f'Contact: {merchant.phone}'])}</td>"
                 + f"<td style='width:{W / 2 - 6:.0f}pt'><p>Payment ID: <b>{pay_id}</b></p><p>Statement Date: {d(issued)}</p><p>Period: {d(start)} to {d(issued - timedelta(days=1))}</p>"
                 + f"<p>Transfer Date: {d(paid)}</p><p>Bank Ref: {bank_ref}</p></td></tr></table>")
        head = ["Sr.", "CN No.", "Order Ref", "Booked", "City", "Status", "COD Amount", "Delivery Charges", "GST 16%", "Net Payable"]
        widths = pts(W, 0.04, 0.13, 0.1, 0.09, 0.09, 0.08, 0.1, 0.1, 0.08, 0.11)
        numeric = {6, 7, 8, 9}
        items = list(enumerate(rows, 1))

        def cells(item):
            i, r = item
            return [str(i), r["cn"], esc(r["ref"]), d(r["booked"]), r["city"], r["status"], n(r["cod"]), n(r["charge"]), n(r["tax"]), n(r["net"])]

        cod = sum((r["cod"] for r in rows), D(0))
        ch = sum((r["charge"] for r in rows), D(0))
        tx = sum((r["tax"] for r in rows), D(0))
        closing = (f"<div style='margin-left:{W - 250:.0f}pt;margin-top:6pt'>"
                   + rows_html([("Total COD Collected", n(cod)), ("Less: Delivery Charges", n(ch)), ("Less: GST on Services (16%)", n(tx)),
                                ("Net Amount Transferred (PKR)", n(total))], widths=(160, 90)) + "</div>"
                   + f"<p style='margin-top:8pt'>Beneficiary: {esc(merchant.extra['account_title'])} &#160; Bank: {merchant.extra['bank']} &#160; IBAN: {merchant.extra['iban']}</p>"
                   + "<p class='tiny muted' style='margin-top:6pt'>This is a system generated statement. Discrepancies must be reported within 7 days.</p>")
        return build_paged(doc, layout, width, height, css, first, head, widths, numeric, items, cells, closing, cont=f"COD Payment Statement {pay_id} (cont.)",
                           footer_text="Page", notes={"bank_ref": bank_ref, "cns": [r["cn"] for r in rows], "ntn": merchant.extra["ntn"]})
    first = (f"<p class='small muted'>From: finance@{courier.name.split()[0].lower()}.com.pk</p><p class='small muted'>To: {esc(merchant.name)} &lt;merchant&gt;</p>"
             + f"<p class='small muted'>Date: {issued.strftime('%a, %d %b %Y')} {rng.randrange(9, 18)}:{rng.randrange(10, 59)}</p>"
             + f"<p class='b' style='margin-top:4pt'>Subject: COD Remittance - Payment ID {pay_id}</p><hr/>"
             + f"<p>Dear {esc(merchant.name)} (Account {account}),</p>"
             + f"<p>We have transferred <b>PKR {n(total)}</b> to your account {merchant.extra['iban']} on {d(paid)} against the following shipments:</p>")
    head = ["Order Ref", "CN", "COD", "Charges incl. GST", "Paid"]
    widths = pts(W, 0.2, 0.25, 0.17, 0.2, 0.18)

    def cells(r):
        return [esc(r["ref"]), r["cn"], n(r["cod"]), n(r["charge"] + r["tax"]), n(r["net"])]

    closing = (f"<p style='margin-top:6pt'>Total paid: <b>{n(total)}</b></p><p>Bank transaction ref: {bank_ref}</p>"
               + f"<p style='margin-top:8pt'>Regards,<br/>Finance Department<br/>{esc(courier.name)}<br/>{esc(', '.join(courier.address))}</p>")
    return build_paged(doc, layout, width, height, css, first, head, widths, {2, 3, 4}, rows, cells, closing, cont="(cont.)",
                       notes={"bank_ref": bank_ref}, footer_text="")
