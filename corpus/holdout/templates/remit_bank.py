"""Bank-generated payment confirmation used as remittance advice.

The bank's letterhead; "Payment confirmation" / "Transfer details" with transaction reference,
execution date and value date; ordering customer (the payer) with its debit account; beneficiary
(the payee) with IBAN/account, BIC and address; amount and charges (a decoy fee); remittance
information naming the invoice(s), and for several invoices a payment-details table.
"""

from __future__ import annotations

import random
import string
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import bic, iban, make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, Box, Sheet
from corpus.holdout.templates._paid import paid_invoices

FAMILY = "remittance_bank"
DOCUMENT_TYPE = "remittance_advice"

BANKS = ["Meridian Bank", "Northern Trust Savings", "Crestline Bank plc", "Banco Atlántico", "Rheinische Handelsbank",
         "Union Commerciale de Banque", "Harbour Bank of Kenya"]


def build(rng: random.Random) -> Built:
    country = pick(rng, ["GB", "DE", "FR", "NL", "ES", "KE"])
    payer = make_company(rng, country, with_tax=False)
    payee = make_company(rng, country, with_tax=False)
    # an English-language online-banking portal: English month names, local number format
    fmt = Fmt.pick(rng, country, date_pattern=pick(rng, ["dmy_slash", "dmy_dot", "iso", "d_mon_y", "dd_mon_yyyy"]))
    fmt.lang = "en"
    value_date = random_date(rng)
    executed = value_date - timedelta(days=pick(rng, [0, 0, 1]))
    invoices = paid_invoices(rng, value_date, pick(rng, [1, 1, 2, 3, 4]),
                             low=150, high=60000 if country != "KE" else 2_000_000)
    total = sum((inv.paid for inv in invoices), Decimal("0.00"))
    reference = pick(rng, [f"FT{executed.strftime('%y%j')}{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(5))}",
                           f"{rng.randrange(10**11, 10**12)}", f"TRN{rng.randrange(10**8, 10**9)}"])
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=payee, customer=payer,
              invoice_ids=[inv.number for inv in invoices], document_date=executed, total=total,
              payment_reference=reference, payment_date=value_date,
              allocations=[(inv.number, inv.paid) for inv in invoices])

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.5, 9.5), table="rules")
    a = theme.accent
    css = theme.css(f".sect{{background:{a};color:#fff;font-weight:bold;padding:3pt 6pt;margin-top:8pt}} "
                    f"table.f td{{padding:2pt 4pt;border-bottom:0.4pt solid #ccc}}")
    width, height = A4
    bank = pick(rng, BANKS)
    iban_country = country if country in ("GB", "DE", "FR", "NL", "ES") else None
    payer_acct = iban(rng, iban_country) if iban_country else f"{rng.randrange(10**11, 10**13)}"
    payee_acct = iban(rng, iban_country) if iban_country else f"{rng.randrange(10**11, 10**13)}"
    fee = money(pick(rng, [0, 2.5, 5, 12, 25]) if country != "KE" else pick(rng, [110, 220, 500]))
    remit_info = " / ".join(inv.number for inv in invoices)
    if len(invoices) == 1 and chance(rng, 0.5):
        remit_info = f"INVOICE {invoices[0].number}"

    def field_rows(rows: list[tuple[str, str]]) -> str:
        return "<table class='f' style='width:100%'>" + "".join(
            f"<tr><td style='width:35%' class='muted'>{k}</td><td style='width:65%'>{v}</td></tr>" for k, v in rows) + "</table>"

    amount_text = f"{fmt.currency} {fmt.num(total)}"
    head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='big b accent'>{esc(bank)}</p>"
            f"<p class='small muted'>Business Online Banking</p></td><td style='width:40%' class='r small'>"
            f"Printed {fmt.date(executed)}</td></tr></table>"
            f"<p class='b' style='font-size:14pt;margin-top:10pt'>{pick(rng, ['Payment confirmation', 'Transfer details', 'Outgoing payment – confirmation'])}</p>"
            f"<p>The payment below has been {pick(rng, ['executed', 'processed successfully', 'sent'])}.</p>")
    transaction = field_rows([("Transaction reference", reference), ("Status", "Completed"),
                              ("Execution date", fmt.date(executed)), ("Value date", fmt.date(value_date)),
                              ("Amount", f"<b>{amount_text}</b>"),
                              ("Charges", f"{pick(rng, ['SHA', 'OUR'])} – fee {fmt.currency} {fmt.num(fee)} debited separately")])
    ordering = field_rows([("Name", esc(payer.name)), ("Address", lines_html(payer.address)), ("Debit account", payer_acct)])
    bene_rows = [("Name", esc(payee.name)), ("Address", lines_html(payee.address)),
                 ("IBAN" if iban_country else "Account number", payee_acct)]
    if iban_country:
        bene_rows.append(("BIC", bic(rng, country)))
    else:
        bene_rows.append(("Bank", pick(rng, ["Equity Bank Kenya", "KCB Bank Kenya", "Stanbic Bank Kenya"])))
    beneficiary = field_rows(bene_rows)
    remittance = field_rows([("Remittance information", esc(remit_info))])
    detail = ""
    if len(invoices) > 1:
        rows = "".join(f"<tr><td>{esc(inv.number)}</td><td>{fmt.date(inv.invoice_date)}</td><td class='r'>{fmt.num(inv.paid)}</td></tr>"
                       for inv in invoices)
        detail = (f"<p class='sect'>Payment details</p><table class='items' style='width:80%'><tr><th>Invoice</th>"
                  f"<th>Invoice date</th><th class='r'>Amount ({fmt.currency})</th></tr>{rows}"
                  f"<tr class='grand'><td colspan='2'>Total</td><td class='r'>{fmt.num(total)}</td></tr></table>")
    body = (head + "<p class='sect'>Transaction</p>" + transaction + "<p class='sect'>Ordering customer</p>" + ordering
            + "<p class='sect'>Beneficiary</p>" + beneficiary + "<p class='sect'>Remittance</p>" + remittance + detail)
    footer = (f"<p class='tiny muted'>This confirmation is provided for information only and is not a proof of "
              f"receipt by the beneficiary's bank. {esc(bank)} is authorised and regulated by the relevant financial "
              f"authority. Page 1 of 1</p>")
    sheet = Sheet(width=width, height=height, css=css, pages=[[
        Box((48, 40, width - 48, height - 60), body), Box((48, height - 52, width - 48, height - 22), footer)]])
    return Built(doc=doc, sheet=sheet, template="bank_confirmation", notes={"fee": float(fee)})
