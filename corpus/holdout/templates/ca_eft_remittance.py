"""Canadian EFT payment advices from public bodies and large payers — municipalities, universities, health authorities,
school districts — in English, French or both, CAD, 2023-2025.

Three prints. `ca_gov_bilingual` (PAYMENT ADVICE / AVIS DE PAIEMENT: the payer's letterhead, the supplier in the window, a
bilingual grid — Supplier No. / N° de fournisseur, Payment No. / N° de paiement, Date Issued / Date d'émission, Payment Date
/ Date de paiement, Payment Method / Mode de paiement EFT / TEF, Deposited to / Déposé au institution, transit and masked
account, Amount / Montant —; Invoice No. / N° de facture, Invoice Date, PO No. / N° de BC, Voucher / Pièce (the payer's own
number), Gross / Brut, Deductions / Retenues with a code, Net Paid / Net payé; deduction codes HB holdback, SP short pay,
DC early-payment discount; credit memos as negative rows; long runs over pages with "Page 2 of 3" and the total on the last),
`ca_municipal_holdback` (a municipality paying a construction supplier: Invoice # / Date / Description / Invoice Amount /
HST 13% / Holdback 10% / Amount Paid, holdback releases of earlier invoices as their own rows, the summary Total Invoiced,
Less Holdback Retained, Add Holdback Released, Total EFT Payment, a note on the Construction Act's holdback),
`ca_qc_avis_paiement` (a Québec body's AVIS DE PAIEMENT in French: Numéro de fournisseur, Numéro de paiement, Date de
paiement, Mode de paiement Dépôt direct, N° facture / Date / Description / Montant brut / Retenue contractuelle / Escompte /
Montant payé, amounts as "1 234,56 $").

Truth: a `remittance_advice`; vendor = the supplier paid (window address), vendor_id = Supplier No. / Numéro de fournisseur;
customer = the payer with its letterhead address; payment reference = Payment No. / Numéro de paiement (vouchers, PO
numbers, the batch and the bank account are decoys); payment date = Payment Date; document date = Date Issued where printed,
else the payment date; allocations = every row in table order with the amount paid on it (after holdback, short pay and
discount; a holdback release under the earlier invoice's number with the amount released; credit memos negative); total =
payment amount = the EFT total.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, make_company
from corpus.holdout.fakes_eighteenth import CA_PAYERS
from corpus.holdout.money import MONTHS, fmt_number, money, random_date
from corpus.holdout.render import LETTER
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "ca_eft_remittance"
D = Decimal
DESCRIPTIONS = ["Road salt delivery", "Janitorial services - May", "Consulting services", "Snow removal - Zone 3", "Lab supplies", "IT hardware",
                "Asphalt patching", "Fleet maintenance", "Office furniture", "Printing services", "Water meters", "Traffic signal repairs",
                "Progress billing No. {k}", "Catering - council meeting", "Software licences"]
DESCRIPTIONS_FR = ["Fournitures de laboratoire", "Entretien ménager - mai", "Services professionnels", "Déneigement - secteur 3", "Matériel informatique",
                   "Réparation de pavage", "Entretien de la flotte", "Mobilier de bureau", "Services d'impression", "Décompte progressif n° {k}",
                   "Licences de logiciels", "Produits sanitaires"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["ca_gov_bilingual", "ca_gov_bilingual", "ca_municipal_holdback", "ca_qc_avis_paiement"])
    lang_of = "fr" if layout == "ca_qc_avis_paiement" else "en"
    payers = [p for p in CA_PAYERS if p[2] == lang_of] if layout != "ca_gov_bilingual" else CA_PAYERS
    name, lines, _lang = pick(rng, payers)
    payer = Party(name=name, address=list(lines), country="CA", phone=f"({rng.randrange(204, 905)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}")
    supplier = make_company(rng, "CA")
    supplier.tax_id = None
    pay_date = random_date(rng, date(2023, 1, 9), 1000)
    issued = pay_date - timedelta(days=pick(rng, [0, 1, 2, 3])) if layout == "ca_gov_bilingual" else None
    count = pick(rng, [1, 2, 3, 4, 6, 8, 12] + ([18, 26, 34, 44] if layout == "ca_gov_bilingual" else []))
    if layout == "ca_municipal_holdback":
        count = pick(rng, [1, 2, 2, 3, 4])
    seq = rng.randrange(1000, 90000)
    style = pick(rng, ["INV-{n}", "{n}", "{n:06d}", "{y}-{n}", "F{n}"])
    vprefix = pick(rng, ["V", "AP", ""])
    poprefix = pick(rng, ["PO", "45", "BC"] if layout != "ca_municipal_holdback" else ["PO", "45"])
    rows = []
    for k in range(count):
        seq += rng.randrange(1, 60)
        day = pay_date - timedelta(days=rng.randrange(20, 95))
        gross = money(round(rng.uniform(150, 48000), pick(rng, [0, 2, 2])))
        row = {"ref": style.format(n=seq, y=day.year), "day": day, "gross": gross, "code": "", "deduct": D("0.00"), "hst": D("0.00"),
               "desc": pick(rng, DESCRIPTIONS_FR if lang_of == "fr" else DESCRIPTIONS).format(k=k + 2), "po": f"{poprefix}{rng.randrange(10**5, 10**6)}",
               "voucher": f"{vprefix}{rng.randrange(10**6, 10**7)}", "kind": "invoice"}
        if layout == "ca_municipal_holdback":
            row["hst"] = money(gross * D("13") / 113)
            row["deduct"] = money(gross * D("0.10"))
            row["code"] = "HB"
        elif chance(rng, 0.22):
            row["code"] = pick(rng, ["HB", "SP", "DC", "DC"])
            share = {"HB": D("0.10"), "SP": D(pick(rng, ["0.05", "0.12", "0.3"])), "DC": D("0.02")}[row["code"]]
            row["deduct"] = money(gross * share)
        rows.append(row)
    if layout == "ca_municipal_holdback" or (count > 2 and chance(rng, 0.2)):
        for _ in range(pick(rng, [1, 1, 2])):
            old = seq - rng.randrange(200, 900)
            amount = money(round(rng.uniform(800, 12000), 2))
            rows.append({"ref": style.format(n=old, y=pay_date.year - 1), "day": pay_date - timedelta(days=rng.randrange(120, 400)), "gross": D("0.00"),
                         "code": "HBR", "deduct": -amount, "hst": D("0.00"), "desc": "Holdback release" if lang_of == "en" else "Libération de retenue",
                         "po": f"{poprefix}{rng.randrange(10**5, 10**6)}", "voucher": f"{vprefix}{rng.randrange(10**6, 10**7)}", "kind": "release"})
    if count > 1 and layout != "ca_municipal_holdback" and chance(rng, 0.3):
        target = pick(rng, rows)
        amount = money(min(target["gross"] * D("0.4"), D(str(round(rng.uniform(40, 2500), 2)))))
        rows.append({"ref": f"CM-{rng.randrange(100, 9999)}", "day": target["day"] + timedelta(days=rng.randrange(2, 15)), "gross": -amount, "code": "",
                     "deduct": D("0.00"), "hst": D("0.00"), "desc": "Credit memo" if lang_of == "en" else "Note de crédit", "po": target["po"],
                     "voucher": f"{vprefix}{rng.randrange(10**6, 10**7)}", "kind": "credit"})
    for row in rows:
        row["paid"] = row["gross"] - row["deduct"]
    total = sum((r["paid"] for r in rows), D("0.00"))
    if total <= 0:
        rows[0]["gross"] += -total + D("500.00")
        rows[0]["paid"] = rows[0]["gross"] - rows[0]["deduct"]
        total = sum((r["paid"] for r in rows), D("0.00"))
    supplier_no = pick(rng, [f"{rng.randrange(10**5, 10**6)}", f"S{rng.randrange(10**4, 10**5)}", f"V-{rng.randrange(10**4, 10**5)}", f"{rng.randrange(10**7, 10**8)}"])
    pay_no = pick(rng, [f"{rng.randrange(10**7, 10**8)}", f"EFT{rng.randrange(10**5, 10**6)}", f"DD-{rng.randrange(10**5, 10**6)}", f"TEF{rng.randrange(10**6, 10**7)}"])
    batch = f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
    doc = Doc(document_type="remittance_advice", locale="CA", currency="CAD", vendor=supplier, customer=payer, invoice_ids=[r["ref"] for r in rows],
              document_date=issued or pay_date, total=total, payment_reference=pay_no, payment_date=pay_date,
              allocations=[(r["ref"], r["paid"]) for r in rows], vendor_id=supplier_no)
    french = layout == "ca_qc_avis_paiement"

    def n(value: D) -> str:
        if french:
            text = fmt_number(abs(value), "fr_nbsp") + "\u00a0$"
        else:
            text = fmt_number(abs(value), "en")
        return f"-{text}" if value < 0 else text

    date_style = pick(rng, ["iso", "iso", "long"])

    def d(x: date) -> str:
        if date_style == "iso":
            return x.isoformat()
        if french:
            return f"{'1er' if x.day == 1 else x.day} {MONTHS['fr'][x.month - 1]} {x.year}"
        return f"{MONTHS['en'][x.month - 1]} {x.day}, {x.year}"

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times", "Courier"]), size=(7.2, 8.2), table=pick(rng, ["rules", "grid", "minimal", "zebra"]))
    css = theme.css(".t{font-size:13pt;font-weight:bold} .lh{font-size:11pt;font-weight:bold} .tiny{font-size:6.4pt;color:#555}")
    width, height = LETTER
    W = width - 80
    letterhead = f"<p class='lh' style='color:{theme.accent}'>{esc(payer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in payer.address)
    window = f"<p class='b'>{esc(supplier.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in supplier.address)
    bank = (f"Institution {pick(rng, ['001', '002', '003', '004', '006', '815'])} Transit {rng.randrange(10000, 99999)} "
            f"{'Compte' if french else 'Account'} ****{rng.randrange(1000, 9999)}")
    if layout == "ca_gov_bilingual":
        meta = [("Supplier No. / N° de fournisseur", supplier_no), ("Payment No. / N° de paiement", f"<b>{pay_no}</b>"),
                ("Date Issued / Date d'émission", d(issued)), ("Payment Date / Date de paiement", d(pay_date)),
                ("Payment Method / Mode de paiement", "EFT / TEF"), ("Deposited to / Déposé au", bank), ("Amount / Montant", f"<b>${n(total)}</b>")]
        head = ["Invoice No. / N° de facture", "Invoice Date / Date", "PO No. / N° de BC", "Voucher / Pièce", "Gross / Brut", "Deductions / Retenues", "Net Paid / Net payé"]
        cols = pts(W, 0.17, 0.12, 0.13, 0.12, 0.14, 0.16, 0.16)

        def cells(r) -> list[str]:
            deduct = "" if not r["deduct"] else f"{n(r['deduct'])} {r['code']}" if r["code"] != "HBR" else f"{n(r['deduct'])} HBR"
            return [r["ref"], r["day"].isoformat(), r["po"], r["voucher"], n(r["gross"]), deduct, n(r["paid"])]
        first = (beside(f"<p class='t'>PAYMENT ADVICE / AVIS DE PAIEMENT</p><div style='margin-top:14pt'>{window}</div>", letterhead, (W - 230, 230))
                 + kv_rows(meta, (170, W - 170)))
        closing = ("<p class='tiny' style='margin-top:6pt'>Deduction codes / Codes de retenue: HB = Holdback / Retenue; HBR = Holdback release / Libération de retenue; "
                   "SP = Short pay / Paiement partiel; DC = Discount / Escompte.</p>"
                   f"<p class='tiny'>Batch / Lot {batch}. For enquiries contact Accounts Payable / Pour toute question : {payer.phone}.</p>")
        total_row = ("Total / Total", n(total))
    elif layout == "ca_municipal_holdback":
        head = ["Invoice #", "Date", "Description", "Invoice Amount", "HST 13%", "Holdback 10%", "Amount Paid"]
        cols = pts(W, 0.12, 0.11, 0.23, 0.14, 0.11, 0.13, 0.16)

        def cells(r) -> list[str]:
            if r["kind"] == "release":
                return [r["ref"], r["day"].isoformat(), esc(r["desc"]), "", "", f"({n(-r['deduct'])})", n(r["paid"])]
            return [r["ref"], r["day"].isoformat(), esc(r["desc"]), n(r["gross"]), n(r["hst"]), n(r["deduct"]), n(r["paid"])]
        invoiced = sum((r["gross"] for r in rows), D("0.00"))
        retained = sum((r["deduct"] for r in rows if r["deduct"] > 0), D("0.00"))
        released = -sum((r["deduct"] for r in rows if r["deduct"] < 0), D("0.00"))
        meta = [("Supplier No.", supplier_no), ("Payment No.", f"<b>{pay_no}</b>"), ("Payment Date", d(pay_date)), ("Payment Method", "EFT - Direct Deposit"),
                ("Bank", bank)]
        first = (beside(letterhead + f"<div style='margin-top:14pt'>{window}</div>", "<p class='t'>EFT REMITTANCE ADVICE</p>" + kv_rows(meta, (80, 150)), (W - 230, 230)))
        summary = rows_html([("Total Invoiced", n(invoiced)), ("Less Holdback Retained", f"({n(retained)})"), ("Add Holdback Released", n(released)),
                             ("Total EFT Payment", n(total))], widths=(150, 90))
        closing = (f"<div style='margin-left:{W - 240:.0f}pt;margin-top:6pt'>{summary}</div>"
                   "<p class='tiny' style='margin-top:8pt'>Holdback of 10% is retained on each progress invoice and released after the lien period under the "
                   "Construction Act expires without claims. Please quote the payment number on all enquiries.</p>")
        total_row = None
    else:
        meta = [("Numéro de fournisseur", supplier_no), ("Numéro de paiement", f"<b>{pay_no}</b>"), ("Date de paiement", d(pay_date)),
                ("Mode de paiement", "Dépôt direct"), ("Montant", f"<b>{n(total)}</b>")]
        head = ["N° facture", "Date facture", "Description", "Montant brut", "Retenue contractuelle", "Escompte", "Montant payé"]
        cols = pts(W, 0.13, 0.12, 0.23, 0.14, 0.13, 0.11, 0.14)

        def cells(r) -> list[str]:
            retenue = n(r["deduct"]) if r["code"] in ("HB", "SP", "HBR") and r["deduct"] else ""
            escompte = n(r["deduct"]) if r["code"] == "DC" else ""
            return [r["ref"], r["day"].strftime("%d/%m/%Y") if date_style == "long" else r["day"].isoformat(), esc(r["desc"]),
                    n(r["gross"]) if r["kind"] != "release" else "", retenue, escompte, n(r["paid"])]
        first = beside(letterhead + f"<div style='margin-top:14pt'>{window}</div>", "<p class='t'>AVIS DE PAIEMENT</p>" + kv_rows(meta, (110, 130)), (W - 240, 240))
        closing = (f"<p class='tiny' style='margin-top:8pt'>Le montant a été déposé dans votre compte : {bank}. Pour toute question, communiquez avec le "
                   f"Service des comptes fournisseurs au {payer.phone} en mentionnant le numéro de paiement.</p>")
        total_row = ("Total payé", n(total))
    numeric = {3, 4, 5, 6} if layout != "ca_gov_bilingual" else {4, 5, 6}

    def table(chunk, last: bool) -> str:
        ths = "".join(f"<th style='width:{w};{'text-align:right' if j in numeric else ''}'>{h}</th>" for j, (h, w) in enumerate(zip(head, cols, strict=True)))
        body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j in numeric else ''}'>{c}</td>" for j, (c, w) in enumerate(zip(cells(r), cols, strict=True)))
                       + "</tr>" for r in chunk)
        foot = f"<tr><td colspan='6' class='r b'>{total_row[0]}</td><td class='r b'>{total_row[1]}</td></tr>" if last and total_row else ""
        return f"<table class='items'><tr>{ths}</tr>{body}{foot}</table>"

    def page(chunk, index, last):
        top = first if index == 0 else f"<p class='b'>{esc(payer.name)} - {pay_no} ({'suite' if french else 'continued / suite'})</p>"
        return top + table(chunk, last) + (closing if last else "")

    page_word = "Page {p} de {c}" if french else "Page {p} of / de {c}" if layout == "ca_gov_bilingual" else "Page {p} of {c}"
    sheet = paged(width, height, css, (40.0, 36.0, 40.0, 30.0), rows, page,
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>{page_word.format(p=p, c=c)}</p>", footer_height=14.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"batch": batch, "vouchers": [r["voucher"] for r in rows], "releases": sum(1 for r in rows if r["kind"] == "release"),
                        "credits": sum(1 for r in rows if r["kind"] == "credit"), "holdbacks": sum(1 for r in rows if r["code"] == "HB")})
