"""Indonesian sales invoice (Faktur Penjualan) and its Faktur Pajak, in Indonesian.

Two prints: the seller's commercial invoice alone ("FAKTUR PENJUALAN" / "INVOICE": No. Faktur, Tanggal,
Kepada Yth., No. PO and No. Surat Jalan, Syarat Pembayaran, Jatuh Tempo, No. / Nama Barang / Kuantitas /
Satuan / Harga Satuan / Jumlah, then Jumlah, Potongan Harga, Dasar Pengenaan Pajak, PPN 11%, Total, the
bank account "a.n." the seller and the number of the faktur pajak issued for it); and the same invoice
followed by the e-Faktur print on page two ("Faktur Pajak", Kode dan Nomor Seri Faktur Pajak, Pengusaha
Kena Pajak and Pembeli Barang Kena Pajak / Penerima Jasa Kena Pajak with name, address and NPWP, the
item column "Rp 45.000,00 x 20 Rim", Harga Jual / Penggantian, Dikurangi Potongan Harga, Dasar
Pengenaan Pajak, PPN = 11% x Dasar Pengenaan Pajak, Total PPnBM, place and date, signer, Referensi).

Truth: the id is the commercial invoice number (printed as Referensi on the faktur pajak); the nomor
seri faktur pajak is a decoy (a tax-office serial, not the seller's invoice number). Tax id = the
seller's NPWP as printed (15 digits dotted, or 16 digits); the buyer's NPWP is a decoy. Net = Dasar
Pengenaan Pajak (after the Potongan Harga, which is the printed adjustment between the lines and the
net), tax = PPN (11 %, rounded down to the rupiah as e-Faktur does), total = Total. Rupiah amounts
print with "." thousands and ",00" (or no) decimals. Dates fall in 2023-2024, the years of the flat 11 % rate
(2025's 12 % on a DPP of 11/12 of the price is not modelled).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighth import faktur_serial, fmt_of, id_party
from corpus.holdout.money import fmt_number, random_date
from corpus.holdout.render import A4, Box, Sheet, paginate

FAMILY = "id_faktur_pajak"
DOCUMENT_TYPE = "invoice"
# name, unit, low, high (rupiah)
ITEMS = [("Kertas HVS A4 80 gr", "Rim", 42000, 58000), ("Tinta printer Epson 003 hitam", "Botol", 75000, 110000),
         ("Semen Portland 50 kg", "Sak", 62000, 78000), ("Besi beton ulir D13 12 m", "Batang", 115000, 160000),
         ("Kabel NYA 2,5 mm merah (100 m)", "Roll", 390000, 520000), ("Pipa PVC 3 inch AW", "Batang", 140000, 210000),
         ("Oli mesin SAE 15W-40 (20 L)", "Pail", 980000, 1450000), ("Jasa perawatan AC split 1 PK", "Unit", 85000, 150000),
         ("Jasa pengiriman Jakarta - Surabaya", "Trip", 2500000, 6500000), ("Sarung tangan katun", "Lusin", 36000, 60000),
         ("Palet kayu 120 x 100 cm", "Pcs", 95000, 175000), ("Lampu LED 18 W", "Pcs", 32000, 68000),
         ("Jasa konsultasi sistem akuntansi", "Jam", 450000, 1200000), ("Cat tembok interior 25 kg", "Pail", 780000, 1350000),
         ("Baut baja M12 x 50", "Kotak", 55000, 98000), ("Air mineral galon 19 L", "Galon", 18000, 24000)]
BANKS = ["Bank Central Asia (BCA)", "Bank Mandiri", "Bank Negara Indonesia (BNI)", "Bank Rakyat Indonesia (BRI)", "CIMB Niaga"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["invoice", "with_faktur", "with_faktur"])
    vendor, customer = id_party(rng), id_party(rng)
    issued = random_date(rng, date(2023, 1, 2), 720)
    lines = []
    for name, unit, low, high in rng.sample(ITEMS, rng.randrange(1, 9)):
        price = Decimal(round(rng.uniform(low, high), -2))
        qty = Decimal(pick(rng, [1, 2, 3, 5, 6, 10, 12, 20, 24, 50, 100]))
        lines.append(Line(name, qty, price, price * qty, unit))
    gross = sum((li.amount for li in lines), Decimal(0))
    discount = (gross * Decimal(pick(rng, ["0.02", "0.05", "0.03"]))).quantize(Decimal(1), ROUND_FLOOR) if chance(rng, 0.25) else Decimal(0)
    dpp = gross - discount
    ppn = (dpp * Decimal("0.11")).quantize(Decimal(1), ROUND_FLOOR)
    total = dpp + ppn
    decimals = 2 if chance(rng, 0.6) else 0
    fmt = fmt_of("ID", "IDR", number_style="de", symbol="Rp", position=pick(rng, ["pre_space", "pre"]),
                 date_pattern=pick(rng, ["d_month_y", "dmy_slash", "dmy_dash"]), lang="id")

    def num(value: Decimal) -> str:
        return fmt_number(value, "de", decimals=decimals)

    def rp(value: Decimal) -> str:
        return f"Rp{' ' if fmt.position == 'pre_space' else ''}{num(value)}"

    number = pick(rng, [f"INV/{issued.year}/{issued.month:02d}/{rng.randrange(1, 9999):04d}", f"FJ-{issued.strftime('%y%m')}-{rng.randrange(1, 999):03d}",
                        f"{rng.randrange(1, 999):03d}/SJM-INV/{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][issued.month - 1]}/{issued.year}"])
    days = pick(rng, [14, 30, 30, 45, 60])
    terms = pick(rng, [f"{days} hari", f"Net {days} hari", f"Kredit {days} hari"])
    due = issued + timedelta(days=days)
    serial = faktur_serial(rng, issued.year)
    doc = Doc(document_type=DOCUMENT_TYPE, locale="ID", currency="IDR", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=dpp, tax=ppn, lines=lines, payment_terms=terms, due_date=due,
              lines_adjustment=-discount)
    po, sj = f"PO-{rng.randrange(10**4, 10**5)}", f"SJ/{issued.year}/{rng.randrange(1000, 9999)}"
    bank = pick(rng, BANKS)
    account = f"{rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.5))
    css = theme.css(".ttl{font-size:15pt;font-weight:bold} .fp td{border:0.6pt solid #000;padding:2pt 4pt} .box{border:0.8pt solid #000;padding:4pt}")
    width, height = A4
    cols = [Col("No.", width="24pt"), Col("Nama Barang / Jasa", width="180pt"), Col("Kuantitas", "right", "50pt"), Col("Satuan", width="40pt"),
            Col("Harga Satuan", "right", "75pt"), Col("Jumlah", "right", "80pt")]
    rows = [[str(i), esc(li.description), fmt.qty(li.quantity), li.unit, num(li.unit_price), num(li.amount)] for i, li in enumerate(lines, 1)]
    title = pick(rng, ["FAKTUR PENJUALAN", "INVOICE", "FAKTUR"])
    meta = [("No. Faktur" if title != "INVOICE" else "No. Invoice", esc(number)), ("Tanggal", fmt.date(issued)), ("No. PO", po),
            ("No. Surat Jalan", sj), ("Syarat Pembayaran", esc(terms)), ("Jatuh Tempo", fmt.date(due))]
    head = (f"<table style='width:100%'><tr><td style='width:60%'>{logo(vendor.name, rng, theme.accent)}<p class='b' style='font-size:12pt'>"
            f"{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}</p><p class='small'>Telp. {vendor.phone} · NPWP: {vendor.tax_id}</p></td>"
            f"<td style='width:40%' class='r'><p class='ttl accent'>{title}</p></td></tr></table>"
            f"<table style='width:100%;margin-top:8pt'><tr><td style='width:55%'><p class='muted'>Kepada Yth.</p><p class='b'>{esc(customer.name)}</p>"
            f"<p>{lines_html(customer.address)}</p><p class='small'>NPWP: {customer.tax_id}</p></td><td style='width:45%'><table class='kv'>"
            + "".join(f"<tr><td style='width:95pt'>{k}</td><td>: {v}</td></tr>" for k, v in meta) + "</table></td></tr></table>")
    tot = [("Jumlah", rp(gross), False)]
    if discount:
        tot.append(("Potongan Harga", rp(discount), False))
    tot += [("Dasar Pengenaan Pajak", rp(dpp), False), ("PPN 11%", rp(ppn), False), ("Total", rp(total), True)]
    tail = (totals_table(tot) + f"<p class='small' style='margin-top:6pt'>No. Seri Faktur Pajak: {serial}</p>"
            f"<p class='small'>Pembayaran harap ditransfer ke rekening {bank} No. {account} a.n. {esc(vendor.name)}</p>"
            f"<table style='width:100%;margin-top:14pt'><tr><td style='width:60%'></td><td class='c' style='width:40%'>Hormat kami,"
            f"<br/><br/><br/>( ______________________ )</td></tr></table>")

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{title} {esc(number)} (lanjutan)</p>"
        return top + items_table(cols, chunk, zebra=theme.table == "zebra") + (tail if is_last else "<p class='small r'>bersambung</p>")

    rect = (42, 38, width - 42, height - 38)
    pages = paginate(rows, body, css, lambda _i: rect)
    if layout == "with_faktur":
        signer_city = vendor.address[-1].rsplit(" ", 1)[0].upper()
        fp_rows = "".join(f"<tr><td class='c'>{i}</td><td>{esc(li.description)}<br/>Rp {num(li.unit_price)} x {fmt.qty(li.quantity)} {li.unit}</td>"
                          f"<td class='r'>{num(li.amount)}</td></tr>" for i, li in enumerate(lines, 1))
        party = ("<tr><td colspan='3' class='b'>{title}</td></tr><tr><td colspan='3'>Nama : {name}<br/>Alamat : {addr}<br/>NPWP : {npwp}</td></tr>")
        faktur = (f"<p class='c b' style='font-size:13pt'>Faktur Pajak</p><table class='fp' style='width:100%'>"
                  f"<tr><td colspan='3'>Kode dan Nomor Seri Faktur Pajak : {serial}</td></tr>"
                  + party.format(title="Pengusaha Kena Pajak", name=esc(vendor.name), addr=esc(", ".join(vendor.address)), npwp=vendor.tax_id)
                  + party.format(title="Pembeli Barang Kena Pajak / Penerima Jasa Kena Pajak", name=esc(customer.name),
                                 addr=esc(", ".join(customer.address)), npwp=customer.tax_id)
                  + "<tr><td class='b c' style='width:8%'>No.</td><td class='b c' style='width:62%'>Nama Barang Kena Pajak / Jasa Kena Pajak</td>"
                  "<td class='b c' style='width:30%'>Harga Jual/Penggantian/Uang Muka/Termin (Rp)</td></tr>" + fp_rows
                  + f"<tr><td colspan='2'>Harga Jual / Penggantian</td><td class='r'>{num(gross)}</td></tr>"
                  f"<tr><td colspan='2'>Dikurangi Potongan Harga</td><td class='r'>{num(discount)}</td></tr>"
                  f"<tr><td colspan='2'>Dikurangi Uang Muka yang telah diterima</td><td class='r'></td></tr>"
                  f"<tr><td colspan='2'>Dasar Pengenaan Pajak</td><td class='r'>{num(dpp)}</td></tr>"
                  f"<tr><td colspan='2'>PPN = 11% x Dasar Pengenaan Pajak</td><td class='r'>{num(ppn)}</td></tr>"
                  f"<tr><td colspan='2'>Total PPnBM (Pajak Penjualan Barang Mewah)</td><td class='r'>{num(Decimal(0))}</td></tr></table>"
                  f"<table style='width:100%;margin-top:10pt'><tr><td style='width:55%' class='small'>Referensi: {esc(number)}</td>"
                  f"<td style='width:45%' class='c'>{esc(signer_city)}, {fmt.date(issued, 'd_month_y')}<br/><br/><br/>"
                  f"{esc(pick(rng, ['BUDI SANTOSO', 'SITI RAHAYU', 'AGUS WIJAYA', 'DEWI LESTARI']))}</td></tr></table>"
                  "<p class='tiny muted' style='margin-top:8pt'>Sesuai dengan ketentuan yang berlaku, Direktorat Jenderal Pajak mengatur bahwa "
                  "Faktur Pajak ini telah ditandatangani secara elektronik sehingga tidak diperlukan tanda tangan basah pada Faktur Pajak ini.</p>")
        pages.append(faktur)
    sheet = Sheet(width=width, height=height, css=css, pages=[[Box(rect, html)] for html in pages])
    return Built(doc=doc, sheet=sheet, template=f"id_{layout}", png_scan_ok=len(pages) == 1,
                 notes={"faktur_serial": serial, "buyer_npwp": customer.tax_id, "po": po, "surat_jalan": sj})
