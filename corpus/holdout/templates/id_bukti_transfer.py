"""Indonesian payment advices: the bank's BUKTI TRANSFER from internet or mobile banking (a transfer to another account naming the
invoice in the Berita), and a payer's PEMBERITAHUAN PEMBAYARAN letter listing the invoices paid, with PPh 23 (2 %) withheld on
services and other potongan, in whole rupiah, 2023-2025 (invented companies).

Two prints. `id_bukti_transfer_bank` (the bank's name, "Transfer Berhasil", Tanggal Transaksi (= payment and document date), No.
Referensi (= reference), Rekening Sumber with the payer's name, Bank Tujuan, Rekening Tujuan and Nama Penerima (= vendor), Nominal,
Biaya Transfer (decoy, not part of the amount), Total Debet (decoy), Berita naming the invoice), `id_pemberitahuan_pembayaran` (the
payer's letterhead with its NPWP (decoy), Kepada Yth. the supplier, Nomor surat (= reference), the letter's date (= document
date), Tanggal Pembayaran (= payment date), No. Invoice / Tanggal / Nilai Tagihan / PPh 23 / Potongan / Dibayar, Total Dibayar, the
supplier's NPWP where printed (= tax id)).

Truth: a `remittance_advice`; vendor = the payee, customer = the payer; allocations = the amounts paid (after PPh 23 and potongan);
total = the amount transferred (the transfer fee is no part of it).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighth import id_party
from corpus.holdout.fakes_twentyseventh import ID_BANKS, id_account, id_invoice_number
from corpus.holdout.fakes_twentysixth import digits
from corpus.holdout.money import fmt_date, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import party_block
from corpus.holdout.templates._twentyseventh import advice_rows, bank_page
from corpus.holdout.templates._twentysixth import letter_paged

FAMILY = "id_bukti_transfer"
D = Decimal
ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["id_bukti_transfer_bank", "id_pemberitahuan_pembayaran"])
    payer, supplier = id_party(rng), id_party(rng)
    while supplier.name == payer.name:
        supplier = id_party(rng)
    payer_npwp, sup_npwp = payer.tax_id, supplier.tax_id
    payer.tax_id = None
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    cents = chance(rng, 0.3)

    def n(v):
        return amount(v, ".", ",", 2 if cents else 0)

    pattern = pick(rng, ["dmy_slash", "dmy_dash", "d_month_y"])

    def d(x):
        return fmt_date(x, pattern, "id")

    prefix = "".join(ch for ch in supplier.name.split()[1].upper() if ch.isalpha())[:3] or "INV"
    theme = Theme.pick(rng, size=(7.5, 9.0))
    notes: dict = {"payer_npwp": payer_npwp}
    bank, short, length = pick(rng, ID_BANKS)
    if layout == "id_bukti_transfer_bank":
        rows = advice_rows(rng, 1, paid_on, lambda x: id_invoice_number(rng, x, prefix), low=250000, high=480000000, whole=True, credit_label=False)
        total = rows[0]["gross"]
        supplier.tax_id = None
        ref = pick(rng, [digits(rng, 12), f"{paid_on.strftime('%y%m%d')}{digits(rng, 8)}", f"FT{digits(rng, 14)}"])
        doc = Doc(document_type="remittance_advice", locale="ID", currency="IDR", vendor=supplier, customer=payer, invoice_ids=[rows[0]["inv"]],
                  document_date=paid_on, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(rows[0]["inv"], total)],
                  vendor_address_printed=False, customer_address_printed=False)
        to_bank, to_short, to_len = pick(rng, ID_BANKS)
        fee = D(0) if to_short == short else D(pick(rng, [2500, 6500, 6500]))
        berita = pick(rng, ["Pembayaran ", "Pelunasan ", "Byr ", ""]) + rows[0]["inv"]
        clock = f"{rng.randrange(7, 22):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d} WIB"
        src = [("Rekening Sumber", f"{id_account(rng, length)}"), ("Nama Pengirim", f"<b>{esc(payer.name)}</b>")]
        dst = [("Bank Tujuan", esc(to_bank)), ("Rekening Tujuan", id_account(rng, to_len)), ("Nama Penerima", f"<b>{esc(supplier.name)}</b>")]
        op = [("Tanggal Transaksi", f"{d(paid_on)} {clock}"), ("No. Referensi", ref), ("Jenis Transfer", pick(rng, ["BI-FAST", "Online", "SKN", "RTGS"]) if to_short != short else "Antar Rekening"),
              ("Nominal", f"<b>Rp {n(total)}</b>"), ("Biaya Transfer", f"Rp {n(fee)}"), ("Total Debet", f"Rp {n(total + fee)}"), ("Berita", esc(berita)),
              ("Status", "Berhasil")]
        notes.update({"fee": str(fee), "berita": berita})
        return bank_page(doc, layout, theme, bank=f"{bank} ({short})", title=pick(rng, ["BUKTI TRANSFER", "Transfer Berhasil", "Bukti Transaksi - Transfer Dana"]),
                         sections=[("Detail Transaksi", op), ("Dari", src), ("Ke", dst)],
                         foot="Simpan bukti transaksi ini sebagai referensi. Transaksi ini tunduk pada syarat dan ketentuan yang berlaku.",
                         style=pick(rng, ["plain", "ruled", "grid"]), notes=notes)
    count = pick(rng, [1, 2, 3, 4, 6, 9, 15])
    rows = advice_rows(rng, count, paid_on, lambda x: id_invoice_number(rng, x, prefix), low=500000, high=250000000, whole=True,
                       deduct=["PPh 23 (2%)"], deduct_rate=D("0.02"), credit_label=False)
    total = sum((r["paid"] for r in rows), D(0))
    printed = paid_on - timedelta(days=pick(rng, [0, 0, 1, 3]))
    ref = pick(rng, [f"{rng.randrange(1, 999):03d}/FIN/{paid_on.year}", f"PP-{paid_on.strftime('%y%m')}-{rng.randrange(1, 999):03d}", f"{rng.randrange(1, 999)}/KEU/{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][paid_on.month - 1]}/{paid_on.year}"])
    show_tax = chance(rng, 0.5)
    supplier.tax_id = sup_npwp if show_tax else None
    doc = Doc(document_type="remittance_advice", locale="ID", currency="IDR", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows])
    width, height = A4
    W = width - 72
    city = payer.address[-1]
    right = party_block("Kepada Yth.", supplier, [f"NPWP: {sup_npwp}"] if show_tax else [])
    first = (f"<table><tr><td style='width:{W * 0.52:.0f}pt'>{party_block('', payer, [f'NPWP: {payer_npwp}'], big=True)}</td>"
             f"<td style='width:{W * 0.44:.0f}pt'><p>{esc(city)}, {d(printed)}</p><div class='box' style='margin-top:4pt'>{right}</div></td></tr></table>"
             f"<p style='margin-top:6pt'>Nomor: {ref}</p><p>Perihal: Pemberitahuan Pembayaran</p>"
             f"<p class='tt' style='margin-top:8pt'>{pick(rng, ['PEMBERITAHUAN PEMBAYARAN', 'Pemberitahuan Pembayaran', 'PAYMENT ADVICE / PEMBERITAHUAN PEMBAYARAN'])}</p>"
             f"<p>Tanggal Pembayaran: <b>{d(paid_on)}</b> - ke rekening {esc(bank)} a.n. {esc(supplier.name)}</p>"
             f"<p style='margin-top:6pt'>Dengan hormat,</p><p>Bersama ini kami beritahukan bahwa kami telah melakukan pembayaran sebesar Rp {n(total)} "
             f"atas tagihan berikut:</p>")
    show_less = any(r["less"] for r in rows)
    head = ["No. Invoice", "Tanggal", "Nilai Tagihan"] + (["PPh 23"] if show_less else []) + ["Dibayar"]
    fr = [0.27, 0.18, 0.2] + ([0.16] if show_less else []) + [0.2]

    def cells(r):
        out = [esc(r["inv"]), fmt_date(r["date"], "dmy_slash"), n(r["gross"])]
        if show_less:
            out.append(n(r["less"]) if r["less"] else "-")
        return out + [n(r["paid"])]

    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>Total Dibayar: Rp {n(total)}</p>"
               + ("<p class='small'>PPh 23 yang dipotong akan kami kirimkan bukti potongnya (e-Bupot) secara terpisah.</p>" if show_less else "")
               + f"<p style='margin-top:8pt'>Hormat kami,</p><p>{pick(rng, ['Dewi Lestari', 'Budi Santoso', 'Rina Wijaya', 'Agus Setiawan'])}</p>"
               "<p class='small'>Finance &amp; Accounting</p>")
    return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=set(range(2, len(head))), rows=rows, cells=cells,
                        closing=closing, cont=f"Pemberitahuan Pembayaran {ref} (lanjutan)", footer_text="Hal.", notes=notes)
