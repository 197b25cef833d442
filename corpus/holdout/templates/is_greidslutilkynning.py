"""Icelandic payment advices: a payer's GREIÐSLUTILKYNNING letter or e-mail listing the invoices (reikningar) a transfer settles, with a
cash discount (staðgreiðsluafsláttur), a set-off (skuldajöfnun), a complaint deduction (kvörtun) or an advance (fyrirframgreiðsla) and
credit invoices (kreditreikningar), and the online bank's receipt for the transfer (millifærsla), in whole krónur, 2023-2025
(invented companies).

Three prints. `is_greidslutilkynning_bref` (the payer's name and its Kt. and VSK-nr. (decoys) on the left, the title with "Nr." (=
reference) and "Dags." (= document date, `15.03.2024` or `15. mars 2024`) boxed on the right; the supplier under "Viðtakandi" with its
kennitala (decoy) and its VSK-nr. where printed (= tax id); "Greiðsludagur" (= payment date), "Lánardrottinsnúmer" (= vendor id, where
printed); Reikningur nr. / Dags. / Upphæð / Frádráttur / Greitt; "Samtals greitt" and the account the money went to), `is_greidslutilkynning_tolvupostur`
(a printed e-mail: Frá / Sent / Til / Efni naming the notice number (= reference); the invoices in a plain table, the payer's signature
with its kennitala (decoy); no supplier address), `is_millifaersla_kvittun` (the bank's receipt as a grid of boxes: Úttektarreikningur
and Kennitala greiðanda, Innleggsreikningur and Kennitala viðtakanda (decoys), Nafn viðtakanda, Upphæð, Skýring and Tilvísun naming the
invoice, Dagsetning (= payment and document date), Færslunúmer / Tilvísun banka (= reference)).

Truth: a `remittance_advice`; vendor = the payee (its VSK-nr. only where printed), customer = the payer; allocations = the amounts paid
per invoice (credit invoices negative); total = the amount transferred.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_seventeenth import is_party
from corpus.holdout.fakes_thirtieth import is_bank_of, is_bank_reference, is_invoice_numbering, is_long_date
from corpus.holdout.money import fmt_date, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import form_grid, form_page, mail_header
from corpus.holdout.templates._twentyseventh import advice_rows
from corpus.holdout.templates._twentysixth import letter_paged

FAMILY = "is_greidslutilkynning"
D = Decimal
SIGNERS = ["Guðrún Jónsdóttir", "Sigurður Ólafsson", "Anna Kristjánsdóttir", "Jón Einarsson", "Helga Magnúsdóttir", "Ólafur Gunnarsson", "Sigríður Stefánsdóttir"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["is_greidslutilkynning_bref", "is_greidslutilkynning_bref", "is_greidslutilkynning_tolvupostur", "is_millifaersla_kvittun"])
    payer, supplier = is_party(rng), is_party(rng)
    while supplier.name == payer.name:
        supplier = is_party(rng)
    payer_vsk, sup_vsk = payer.tax_id, supplier.tax_id
    payer.tax_id = None
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    kr = pick(rng, [" kr.", "", " kr"])

    def n(v):
        return amount(v, ".", ",", 0)

    def d(x):
        return fmt_date(x, "dmy_dot")

    numbering = is_invoice_numbering(rng)
    theme = Theme.pick(rng, size=(7.5, 9.0))
    notes: dict = {"payer_kt": payer.extra["kt"], "payer_vsk": payer_vsk, "payee_kt": supplier.extra["kt"]}
    width, height = A4
    W = width - 72
    if layout == "is_millifaersla_kvittun":
        rows = advice_rows(rng, 1, paid_on, numbering, low=4000, high=9_000_000, whole=True)
        total, inv = rows[0]["gross"], rows[0]["inv"]
        supplier.tax_id = None
        ref = is_bank_reference(rng, paid_on)
        doc = Doc(document_type="remittance_advice", locale="IS", currency="ISK", vendor=supplier, customer=payer, invoice_ids=[inv], document_date=paid_on,
                  total=total, payment_reference=ref, payment_date=paid_on, allocations=[(inv, total)], vendor_address_printed=False,
                  customer_address_printed=False)
        bank = is_bank_of(payer.extra["account"])
        explanation = pick(rng, ["Reikningur", "Greiðsla", "Vörukaup", "Þjónusta"])
        when = fmt_date(paid_on, pick(rng, ["dmy_dot", "iso"]))
        ref_label = pick(rng, ["Færslunúmer", "Tilvísun banka", "Kvittunarnúmer"])
        grid = form_grid([[("Dagsetning", f"{when} {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}", 0.4), ("Tegund", pick(rng, ["Millifærsla", "Innlend millifærsla"]), 0.3),
                           (ref_label, ref, 0.3)],
                          [("Greiðandi", esc(payer.name), 0.6), ("Kennitala greiðanda", payer.extra["kt"], 0.4)],
                          [("Úttektarreikningur", payer.extra["account"], 1.0)],
                          [("Nafn viðtakanda", esc(supplier.name), 0.6), ("Kennitala viðtakanda", supplier.extra["kt"], 0.4)],
                          [("Innleggsreikningur", supplier.extra["account"], 0.6), ("Banki viðtakanda", esc(is_bank_of(supplier.extra["account"])), 0.4)],
                          [("Upphæð", f"{n(total)} kr.", 0.4), ("Skýring", explanation, 0.25), ("Tilvísun", esc(inv), 0.35)]], W - 12)
        body = (f"<p class='fh accent'>{esc(bank)}</p><p class='small muted'>{pick(rng, ['Netbanki fyrirtækja', 'Netbanki', 'Fyrirtækjabanki'])}</p>"
                + f"<p class='b' style='margin-top:10pt;font-size:12pt'>{pick(rng, ['KVITTUN FYRIR MILLIFÆRSLU', 'Kvittun', 'Millifærsla - kvittun'])}</p>"
                + f"<div style='margin-top:6pt'>{grid}</div>"
                + (f"<p style='margin-top:8pt'>Tilkynning send á netfang viðtakanda: {esc(supplier.email or '')}</p>" if chance(rng, 0.5) else "")
                + f"<p style='margin-top:6pt'>Staða: <span class='stamp'>{pick(rng, ['FRAMKVÆMD', 'Framkvæmd', 'Staðfest'])}</span></p>"
                + "<p class='small muted' style='margin-top:12pt'>Kvittun þessi er prentuð úr netbanka og er gild án undirskriftar.</p>")
        notes.update({"explanation": explanation})
        return form_page(doc, layout, theme, width, height, body, notes=notes)
    count = pick(rng, [1, 2, 3, 4, 5, 6, 8, 12, 20, 32])
    rows = advice_rows(rng, count, paid_on, numbering, low=3000, high=4_500_000, whole=True,
                       deduct=["staðgreiðsluafsláttur 2%", "skuldajöfnun", "kvörtun", "fyrirframgreiðsla"])
    total = sum((r["paid"] for r in rows), D(0))
    printed = paid_on - timedelta(days=pick(rng, [0, 0, 1, 2]))
    ref = pick(rng, [f"GT-{paid_on.year}-{rng.randrange(1, 999):03d}", f"{rng.randrange(1000, 99999)}", f"G{paid_on.strftime('%y%m')}-{rng.randrange(1, 99):02d}"])
    email = layout == "is_greidslutilkynning_tolvupostur"
    show_tax = not email and chance(rng, 0.55)
    supplier.tax_id = sup_vsk if show_tax else None
    vendor_no = f"{rng.randrange(10000, 99999)}" if chance(rng, 0.45) else None
    doc = Doc(document_type="remittance_advice", locale="IS", currency="ISK", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_address_printed=not email, vendor_id=vendor_no)
    show_less = any(r["less"] for r in rows)
    head = ["Reikningur nr.", "Dags.", "Upphæð"] + (["Frádráttur"] if show_less else []) + ["Greitt"]
    fr = [0.25, 0.16, 0.19] + ([0.22] if show_less else []) + [0.18]
    numeric = set(range(2, len(head)))

    def cells(r):
        out = [esc(r["inv"]) + (" <span class='small'>(kreditreikningur)</span>" if r["credit"] else ""), d(r["date"]), n(r["gross"])]
        if show_less:
            out.append(f"{n(r['less'])}<br/><span class='small'>{esc(r['reason'])}</span>" if r["less"] else "")
        return out + [n(r["paid"])]

    signer = pick(rng, SIGNERS)
    deposit = f"{supplier.extra['account']}, kt. {supplier.extra['kt']}"
    if email:
        subject = pick(rng, [f"Greiðslutilkynning {ref}", f"Greiðsla reikninga - {ref}", f"Greiðsluyfirlit nr. {ref}"])
        header = mail_header([("Frá:", f"{esc(signer)} &lt;{esc(payer.email or '')}&gt;"), ("Sent:", f"{is_long_date(printed)} {rng.randrange(8, 17):02d}:{rng.randrange(60):02d}"),
                              ("Til:", f"{esc(supplier.name)} &lt;{esc(supplier.email or '')}&gt;"), ("Efni:", f"<b>{esc(subject)}</b>")], W)
        first = (header + f"<p>{pick(rng, ['Góðan dag,', 'Sæl og blessuð,', 'Góðan daginn,'])}</p>"
                 f"<p>{esc(payer.name)} hefur {d(paid_on)} greitt <b>{n(total)} kr.</b> inn á reikning {esc(deposit)}. Greiðslan er vegna eftirtalinna reikninga:</p>"
                 + (f"<p>Lánardrottinsnúmer ykkar hjá okkur: {vendor_no}</p>" if vendor_no else ""))
        closing = (f"<p class='b' style='margin-top:6pt'>Samtals: {n(total)} kr.</p>"
                   f"<p style='margin-top:8pt'>{pick(rng, ['Með kveðju', 'Kær kveðja', 'Bestu kveðjur'])}</p><p>{esc(signer)}</p><p class='small'>Bókhald</p>"
                   f"<p class='small b'>{esc(payer.name)}</p>" + "".join(f"<p class='small'>{esc(x)}</p>" for x in payer.address)
                   + f"<p class='small'>Kt. {payer.extra['kt']} · Sími {esc(payer.phone or '')}</p>")
        theme.table = pick(rng, ["minimal", "rules"])
        return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                            cont=f"{esc(subject)} (framhald)", footer_text="Síða", notes=notes)
    long_date = chance(rng, 0.45)
    title = pick(rng, ["GREIÐSLUTILKYNNING", "Greiðslutilkynning", "Tilkynning um greiðslu"])
    payer_head = (f"<p class='t accent'>{esc(payer.name)}</p>" + "".join(f"<p class='small'>{esc(x)}</p>" for x in payer.address)
                  + f"<p class='small'>Kt. {payer.extra['kt']} · VSK-nr. {payer_vsk}</p><p class='small'>Sími {esc(payer.phone or '')} · {esc(payer.email or '')}</p>")
    title_box = (f"<div class='box'><p class='tt'>{title}</p><p>Nr. <b>{ref}</b></p>"
                 f"<p>Dags. <b>{is_long_date(printed) if long_date else d(printed)}</b></p></div>")
    addressee = (f"<p class='muted small'>{pick(rng, ['Viðtakandi', 'Til', 'Móttakandi greiðslu'])}</p><p class='b'>{esc(supplier.name)}</p>"
                 + "".join(f"<p>{esc(x)}</p>" for x in supplier.address) + f"<p>Kt. {supplier.extra['kt']}</p>"
                 + (f"<p>VSK-nr. {sup_vsk}</p>" if show_tax else ""))
    meta = [("Greiðsludagur:", d(paid_on))] + ([("Lánardrottinsnúmer:", vendor_no)] if vendor_no else []) + [("Lagt inn á reikning:", esc(deposit))]
    first = (f"<table><tr><td style='width:{W * 0.55:.0f}pt'>{payer_head}</td><td style='width:{W * 0.41:.0f}pt'>{title_box}</td></tr></table>"
             + f"<div style='margin-top:12pt;width:{W * 0.5:.0f}pt'>{addressee}</div>"
             + "".join(f"<p style='margin-top:2pt'>{k} <b>{v}</b></p>" for k, v in meta)
             + f"<p style='margin-top:6pt'>{pick(rng, ['Ágæti viðskiptavinur,', 'Góðan dag,', 'Til þess er málið varðar,'])}</p>"
             f"<p>Hér með tilkynnist að við höfum greitt eftirtalda reikninga, samtals {n(total)} kr.:</p>")
    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>Samtals greitt: {n(total)}{kr}</p>"
               + ("<p class='small'>Frádráttur skv. samkomulagi og móttekinni kreditreikningum.</p>" if show_less else "")
               + f"<p style='margin-top:10pt'>Virðingarfyllst,</p><p>{esc(signer)}</p><p class='small'>{pick(rng, ['fjármálastjóri', 'bókari', 'aðalbókari'])}</p>")
    notes.update({"long_date": long_date, "vendor_no": vendor_no})
    return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                        cont=f"{title} {ref} (framhald)", footer_text="Síða", notes=notes)
