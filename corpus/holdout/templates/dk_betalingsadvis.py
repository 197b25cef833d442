"""Danish payment advices: a payer's BETALINGSADVIS letter or e-mail listing the invoices (fakturaer) a transfer settles, with a cash
discount (kontantrabat), a set-off (modregning), a complaint deduction (reklamation) or an advance (aconto) and credit notes
(kreditnotaer), and the online bank's receipt for the payment (an FI card 71 or an account transfer), in kroner, 2023-2025
(invented companies and people).

Three prints. `dk_betalingsadvis_brev` (the supplier in the window on the left and the payer's block on the right with its CVR-nr.
(decoy), telephone and the date (= document date, `15.03.2024` or `15. marts 2024`), the title, "Advisnr." (= reference),
"Betalingsdato" (= payment date), "Vores leverandørnr." (= vendor id, where printed), the supplier's CVR-nr. / SE-nr. where printed
(= tax id); Fakturanr. / Fakturadato / Fakturabeløb / Fradrag / Betalt with numbers such as `2024-0123`; "I alt overført" and the
account the money went to), `dk_betalingsadvis_mail` (a printed e-mail: Fra / Sendt / Til / Emne naming the advice number (=
reference); the invoices in a plain table, the payer's signature with its address and CVR-nr. (decoys); no supplier address),
`dk_netbank_kvittering` (the bank's receipt card: "Betalingen er gennemført", the amount large, Fra konto, Modtager, Kortart 71 with the
betalings-id and kreditornummer (decoys) or Reg.nr. / Kontonr., Tekst til modtager naming the invoice, Betalingsdato (= payment and
document date), Transaktions-ID / Referencenr. (= reference)).

Truth: a `remittance_advice`; vendor = the payee (its CVR number only where printed), customer = the payer; allocations = the amounts
paid per invoice (credit notes negative); total = the amount transferred.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fifteenth import DA_MONTHS, nordic_party
from corpus.holdout.fakes_thirtieth import (
    dk_bank_of,
    dk_bank_reference,
    dk_invoice_numbering,
    fik_creditor,
    fik_payment_id,
)
from corpus.holdout.money import fmt_date, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._thirtieth import confirmation_card
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import mail_header
from corpus.holdout.templates._twentyseventh import advice_rows
from corpus.holdout.templates._twentysixth import letter_paged

FAMILY = "dk_betalingsadvis"
D = Decimal
SIGNERS = ["Mette Kristensen", "Lars Poulsen", "Anne Mortensen", "Henrik Thomsen", "Camilla Rasmussen", "Søren Madsen", "Louise Jørgensen"]


def _long(d: date) -> str:
    return f"{d.day}. {DA_MONTHS[d.month - 1]} {d.year}"


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["dk_betalingsadvis_brev", "dk_betalingsadvis_brev", "dk_betalingsadvis_mail", "dk_netbank_kvittering"])
    payer, supplier = nordic_party(rng, "DK"), nordic_party(rng, "DK")
    while supplier.name == payer.name:
        supplier = nordic_party(rng, "DK")
    payer_cvr, sup_cvr = payer.extra["cvr"], supplier.extra["cvr"]
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)

    def n(v):
        return amount(v, ".", ",")

    pattern = pick(rng, ["dmy_dot", "dmy_dot", "dmy_dash"])

    def d(x):
        return fmt_date(x, pattern)

    numbering = dk_invoice_numbering(rng)
    theme = Theme.pick(rng, size=(7.5, 9.0))
    notes: dict = {"payer_cvr": payer_cvr, "payee_cvr": sup_cvr}
    width, height = A4
    W = width - 72
    if layout == "dk_netbank_kvittering":
        rows = advice_rows(rng, 1, paid_on, numbering, low=150, high=180000)
        total, inv = rows[0]["gross"], rows[0]["inv"]
        ref = dk_bank_reference(rng, paid_on)
        fik = chance(rng, 0.55)
        doc = Doc(document_type="remittance_advice", locale="DK", currency="DKK", vendor=supplier, customer=payer, invoice_ids=[inv], document_date=paid_on,
                  total=total, payment_reference=ref, payment_date=paid_on, allocations=[(inv, total)], vendor_address_printed=False,
                  customer_address_printed=False)
        bank = dk_bank_of(payer.extra["reg"])
        text = pick(rng, ["Faktura ", "Fakt. nr. ", "Betaling af faktura ", "Fakturanr. "]) + inv
        rows_out = [("Fra konto", f"{esc(payer.name)}<br/>Reg.nr. {payer.extra['reg']} Kontonr. {payer.extra['konto']}"), ("Modtager", f"<b>{esc(supplier.name)}</b>")]
        if fik:
            pay_id, creditor = fik_payment_id(rng, inv), fik_creditor(rng)
            rows_out += [("Betalingstype", "Indbetalingskort (FI)"), ("Kortart", "71"), ("Betalings-id", pay_id), ("Kreditornummer", creditor),
                         ("Kodelinje", f"+71&lt;{pay_id}+{creditor}&lt;")]
            notes.update({"payment_id": pay_id, "creditor": creditor})
        else:
            rows_out += [("Betalingstype", pick(rng, ["Overførsel", "Straksoverførsel", "Overførsel til anden bank"])),
                         ("Til reg.nr. / kontonr.", f"{supplier.extra['reg']} {supplier.extra['konto']}")]
        rows_out += [("Tekst til modtager", esc(text)), ("Egen tekst", esc(pick(rng, [supplier.name.split()[0], "Leverandørbetaling", "Kreditor"])))]
        rows_out += [("Beløb", f"{n(total)} DKK"), ("Betalingsdato", d(paid_on)), ("Status", pick(rng, ["Gennemført", "Betalt", "Udført"])),
                     (pick(rng, ["Transaktions-ID", "Referencenr.", "Bankens reference"]), f"<b>{ref}</b>")]
        notes.update({"fik": fik, "text": text})
        return confirmation_card(doc, layout, theme, bank=bank, bank_line=pick(rng, ["Netbank Erhverv", "Business Online", "Netbank"]),
                                 title=pick(rng, ["Kvittering for betaling", "KVITTERING", "Betalingskvittering"]),
                                 status=pick(rng, ["Betalingen er gennemført", "Din betaling er gennemført", "Betalingen er udført"]),
                                 hero=f"{n(total)} kr.", rows=rows_out,
                                 foot=[f"Udskrevet {d(paid_on + timedelta(days=pick(rng, [0, 0, 1, 3])))} fra netbanken. Kvitteringen er gyldig uden underskrift."],
                                 notes=notes)
    count = pick(rng, [1, 2, 3, 4, 5, 7, 10, 16, 25, 40])
    rows = advice_rows(rng, count, paid_on, numbering, low=120, high=95000, deduct=["kontantrabat 2 %", "modregning", "reklamation", "aconto"])
    total = sum((r["paid"] for r in rows), D("0.00"))
    printed = paid_on - timedelta(days=pick(rng, [0, 0, 1, 2]))
    ref = pick(rng, [f"BA-{paid_on.year}-{rng.randrange(1, 999):04d}", f"{rng.randrange(10000, 99999)}", f"ADV{paid_on.strftime('%y%m')}{rng.randrange(1, 99):02d}"])
    email = layout == "dk_betalingsadvis_mail"
    show_tax = not email and chance(rng, 0.55)
    tax_form = pick(rng, [sup_cvr, sup_cvr, f"DK{sup_cvr}", f"DK {sup_cvr}"])
    supplier.tax_id = tax_form if show_tax else None
    vendor_no = f"{pick(rng, ['', '', 'K', '7'])}{rng.randrange(1000, 99999)}" if chance(rng, 0.5) else None
    doc = Doc(document_type="remittance_advice", locale="DK", currency="DKK", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_address_printed=not email, vendor_id=vendor_no)
    show_less = any(r["less"] for r in rows)
    head = ["Fakturanr.", "Fakturadato", "Fakturabeløb"] + (["Fradrag"] if show_less else []) + ["Betalt, DKK"]
    fr = [0.24, 0.17, 0.19] + ([0.22] if show_less else []) + [0.18]
    numeric = set(range(2, len(head)))

    def cells(r):
        out = [esc(r["inv"]) + (" <span class='small'>(kreditnota)</span>" if r["credit"] else ""), d(r["date"]), n(r["gross"])]
        if show_less:
            out.append(f"{n(r['less'])}<br/><span class='small'>{esc(r['reason'])}</span>" if r["less"] else "")
        return out + [n(r["paid"])]

    signer = pick(rng, SIGNERS)
    account = f"reg.nr. {supplier.extra['reg']} kontonr. {supplier.extra['konto']}"
    if email:
        subject = pick(rng, [f"Betalingsadvis {ref}", f"Betalingsadvisering nr. {ref} fra {payer.name}", f"Betaling af fakturaer - advis {ref}"])
        header = mail_header([("Fra:", f"{esc(signer)} &lt;{esc(payer.email or '')}&gt;"), ("Sendt:", f"{_long(printed)} {rng.randrange(8, 17):02d}:{rng.randrange(60):02d}"),
                              ("Til:", f"{esc(supplier.name)} &lt;{esc(supplier.email or '')}&gt;"), ("Emne:", f"<b>{esc(subject)}</b>")], W)
        first = (header + f"<p>{pick(rng, ['Hej,', 'Kære samarbejdspartner', 'Goddag'])}</p>"
                 f"<p>Vi har d. {d(paid_on)} overført <b>{n(total)} kr.</b> til jeres konto ({esc(account)}). Betalingen dækker følgende fakturaer:</p>"
                 + (f"<p>Jeres leverandørnr. hos os: {vendor_no}</p>" if vendor_no else ""))
        closing = (f"<p class='b' style='margin-top:6pt'>I alt: {n(total)} kr.</p>"
                   f"<p style='margin-top:8pt'>{pick(rng, ['Med venlig hilsen', 'Venlig hilsen', 'Mvh.'])}</p><p>{esc(signer)}</p><p class='small'>Kreditorbogholderiet</p>"
                   f"<p class='small b'>{esc(payer.name)}</p>" + "".join(f"<p class='small'>{esc(x)}</p>" for x in payer.address)
                   + f"<p class='small'>CVR-nr. {payer_cvr} · Tlf. {esc(payer.phone or '')}</p>")
        theme.table = pick(rng, ["minimal", "rules"])
        return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                            cont=f"{esc(subject)} (fortsat)", footer_text="Side", notes=notes)
    long_date = chance(rng, 0.45)
    dated = f"{esc(payer.address[-1].split(' ', 1)[1])}, {'den ' if chance(rng, 0.5) else ''}{_long(printed) if long_date else d(printed)}"
    window = (f"<p class='b'>{esc(supplier.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in supplier.address)
              + (f"<p>{pick(rng, ['CVR-nr.', 'CVR/SE-nr.', 'Moms-nr.'])} {tax_form}</p>" if show_tax else ""))
    sender = (f"<p class='b accent' style='font-size:11pt'>{esc(payer.name)}</p>" + "".join(f"<p class='small'>{esc(x)}</p>" for x in payer.address)
              + f"<p class='small'>CVR-nr. {payer_cvr}</p><p class='small'>Tlf. {esc(payer.phone or '')}</p><p class='small'>{esc(payer.email or '')}</p>"
              + f"<p style='margin-top:6pt'>{dated}</p>")
    meta = [("Advisnr.:", ref), ("Betalingsdato:", d(paid_on))] + ([("Vores leverandørnr.:", vendor_no)] if vendor_no else []) + [("Overført til:", esc(account))]
    title = pick(rng, ["BETALINGSADVIS", "Betalingsadvisering", "Meddelelse om betaling"])
    first = (f"<table><tr><td style='width:{W * 0.56:.0f}pt'><div style='margin-top:34pt'>{window}</div></td>"
             f"<td style='width:{W * 0.4:.0f}pt' class='r'>{sender}</td></tr></table>"
             + f"<p class='tt' style='margin-top:12pt'>{title}</p>" + "".join(f"<p>{k} <b>{v}</b></p>" for k, v in meta)
             + f"<p style='margin-top:6pt'>{pick(rng, ['Til rette vedkommende', 'Kære leverandør', 'Hej'])}</p>"
             f"<p>Vi har i dag {'overført' if printed == paid_on else 'bedt banken overføre'} {n(total)} kr. til betaling af nedenstående fakturaer:</p>")
    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>I alt overført: {n(total)} kr.</p>"
               + ("<p class='small'>Fradrag er foretaget i henhold til aftalte betingelser og modtagne kreditnotaer.</p>" if show_less else "")
               + f"<p class='small' style='margin-top:6pt'>Spørgsmål til betalingen bedes rettet til {esc(payer.email or '')}.</p>"
               f"<p style='margin-top:8pt'>Med venlig hilsen</p><p>{esc(signer)}</p><p class='small'>{pick(rng, ['Bogholderiet', 'Økonomiafdelingen', 'Kreditorer'])}</p>")
    notes.update({"long_date": long_date, "vendor_no": vendor_no})
    return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                        cont=f"{title} {ref} (fortsat)", footer_text="Side", notes=notes)
