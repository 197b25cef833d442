"""Document content: what a document says, independent of how it is laid out.

A `Doc` holds typed values (dates, integer cents) together with the exact strings the layouts print
for them, so the truth file and the page can never disagree. Layouts read `Doc`; `truth.py` turns
it into the truth JSON.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from . import fmt, labels, locales, products
from .locales import LOCALES, Locale, Party

DOC_TYPES = ("invoice", "credit_note", "remittance_advice", "receipt", "statement")

INVOICE_LAYOUTS = ("label_left", "label_above", "totals_right", "two_column", "dense_table", "multi_page",
                   "boxed", "letter", "banner", "centered")
CREDIT_LAYOUTS = ("label_left", "two_column", "totals_right", "boxed", "centered", "banner")
REMIT_LAYOUTS = ("remit_table", "remit_letter", "remit_bank")
RECEIPT_LAYOUTS = ("receipt_pos", "receipt_a5")
STATEMENT_LAYOUTS = ("statement_table", "statement_aging")
LAYOUTS = {"invoice": INVOICE_LAYOUTS, "credit_note": CREDIT_LAYOUTS, "remittance_advice": REMIT_LAYOUTS,
           "receipt": RECEIPT_LAYOUTS, "statement": STATEMENT_LAYOUTS}

TRAP_TEXTS = ["TOTAL {cur} 999,999.00", "Invoice No: FAKE-1", "Amount Due: 1,000,000.00",
              "Invoice Number: FAKE-INV-0001", "Grand Total 888,888.88", "Payment Ref: FAKE-REF-42"]


@dataclass
class Item:
    desc: str
    qty: Decimal
    unit: int          # cents, positive
    amount: int        # cents, positive
    code: str | None = None
    uom: str | None = None


@dataclass
class RemitRow:
    invoice_no: str
    invoice_date: dt.date
    gross: int
    deduction: int
    paid: int


@dataclass
class StmtRow:
    date: dt.date
    ref: str
    desc: str
    debit: int
    credit: int
    balance: int


@dataclass
class Doc:
    rng: random.Random
    doc_type: str
    layout: str
    loc: Locale
    lang: str
    currency: str
    number: str | None = None
    date: dt.date | None = None
    time: str | None = None
    vendor: Party | None = None
    customer: Party | None = None
    # what is printed about the parties
    show_vendor_address: bool = True
    show_vendor_tax: bool = True
    show_customer_address: bool = True
    show_customer_tax: bool = False
    customer_id: str | None = None
    vendor_id: str | None = None
    # money
    items: list[Item] = field(default_factory=list)
    net: int | None = None
    tax: int | None = None
    total: int = 0
    tax_rate: Decimal | None = None
    tax_parts: list[tuple[str, int]] = field(default_factory=list)   # printed tax lines
    show_subtotal: bool = True
    show_tax: bool = True
    show_tax_total: bool = True     # IN: is a "Total tax" line printed besides CGST/SGST
    prices_include_tax: bool = False
    # terms
    terms_days: int | None = None
    terms_text: str | None = None
    discount_text: str | None = None
    due_date: dt.date | None = None
    # credit notes
    ref_invoice: str | None = None
    reason: str | None = None
    # remittance
    remit_rows: list[RemitRow] = field(default_factory=list)
    has_deductions: bool = False
    pay_ref: str | None = None
    pay_date: dt.date | None = None
    pay_method: str | None = None
    # statement
    stmt_rows: list[StmtRow] = field(default_factory=list)
    opening: int = 0
    aging: list[int] = field(default_factory=list)
    # receipt
    tendered: int | None = None
    change: int | None = None
    card: str | None = None
    cashier: str | None = None
    till: str | None = None
    # decoys and traps
    decoys: dict[str, str] = field(default_factory=dict)
    traps: list[dict[str, str]] = field(default_factory=list)
    # presentation choices
    date_pattern: str = "{dd}/{mm}/{Y}"
    marker: str = ""
    cur_pos: str = "prefix"
    slash: bool = False
    thousands: str = ","
    neg_style: str = "positive"
    table_cur: bool = False
    totals_cur: bool = True
    currency_note: bool = False     # print "Currency: XXX" / "(XXX)" explicitly
    embed_fonts: bool = False
    _labels: dict[str, str] = field(default_factory=dict)

    # ------------------------------------------------------------------ formatting helpers
    @property
    def decimals(self) -> int:
        return 0 if (self.slash or self.loc.decimals == 0) else 2

    @property
    def cent_unit(self) -> int:
        return 1 if self.decimals == 2 else 100

    def L(self, key: str, **kw: Any) -> str:
        """The document's label for `key` (chosen once per document)."""
        if key not in self._labels:
            pool = labels.LABELS.get(self.lang, {}).get(key)
            if self.lang == "sw" and pool and self.rng.random() < 0.25:
                pool = None  # Kenyan documents mix Swahili with English labels
            if not pool or self.lang == "en":
                pool = labels.LOCALE_OVERRIDES.get(self.loc.code, {}).get(key) or pool
            if not pool:
                pool = labels.LABELS["en"][key]
            choice = self.rng.choice(pool)
            word = labels.TAX_WORD.get(self.loc.code)
            if word and self.lang == "en":
                choice = choice.replace("VATABLE", "TAXABLE").replace("VAT", word)
            self._labels[key] = choice
        s = self._labels[key]
        return s.format(**kw) if kw else s

    def set_label(self, key: str, value: str) -> None:
        self._labels[key] = value

    def num(self, cents: int) -> str:
        s = fmt.format_number(cents, self.decimals, self.thousands, self.loc.decimal, self.loc.indian)
        return s + "/=" if self.slash else s

    def money(self, cents: int, cur: bool | None = None, credit: bool | None = None) -> str:
        """Printed amount; `cur` adds the currency marker; credit notes apply the negative style."""
        s = self.num(cents)
        if cur is None:
            cur = self.totals_cur
        if cur and not self.slash:
            if self.cur_pos == "prefix":
                s = f"{self.marker}{s}"
            else:
                s = f"{s} {self.marker.strip()}"
        neg = self.doc_type == "credit_note" if credit is None else credit
        if neg and cents:
            s = {"positive": s, "minus": f"-{s}", "paren": f"({s})", "cr": f"{s} CR", "trail": f"{s}-"}[
                self.neg_style]
        return s

    def qty(self, q: Decimal) -> str:
        return fmt.format_qty(q, self.loc.decimal)

    def d(self, date: dt.date) -> str:
        return fmt.format_date(date, self.date_pattern, self.lang)

    def rate_str(self, rate: Decimal) -> str:
        s = f"{rate.normalize():f}"
        return s.replace(".", self.loc.decimal)

    @property
    def issuer(self) -> Party:
        """The party whose letterhead the document carries."""
        return self.customer if self.doc_type == "remittance_advice" else self.vendor

    @property
    def cur_code(self) -> str:
        return self.currency


# ---------------------------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------------------------
def _rand_date(rng: random.Random) -> dt.date:
    start = dt.date(2023, 1, 2)
    return start + dt.timedelta(days=rng.randint(0, 905))


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _initials(name: str) -> str:
    letters = [w[0] for w in name.split() if w[0].isalpha() and w[0].isupper()]
    return ("".join(letters[:3]) or "AB").upper()


def invoice_number(rng: random.Random, loc: str, lang: str, date: dt.date, vendor: Party,
                   kind: str = "invoice") -> str:
    n = rng.randint(12, 98765)
    Y, yy = date.year, date.year % 100
    ini = _initials(vendor.name)
    if kind == "credit":
        opts = {"de": [f"GS-{Y}-{n % 10000:04d}", f"G{Y}{n:05d}"], "fr": [f"AV{Y}-{n % 10000:04d}", f"AV-{n:05d}"],
                "nl": [f"CN{Y}{n % 10000:04d}", f"C-{Y}-{n % 1000:03d}"],
                "es": [f"R{Y}/{n % 10000:04d}", f"AB-{Y}-{n % 10000:04d}"]}.get(
            lang, [f"CN-{Y}-{n % 10000:04d}", f"CRN/{n:05d}", f"CN{n:06d}", f"{ini}-CN-{n % 10000:04d}"])
        return rng.choice(opts)
    if kind == "receipt":
        return rng.choice([f"{n:06d}", f"R-{n:06d}", f"CS{n:07d}", f"{rng.randint(1, 9):02d}-{n:05d}",
                           f"{Y}{n:06d}"])
    opts = {
        "de": [f"RE-{Y}-{n % 10000:04d}", f"R{Y}{n:05d}", f"{Y}-{n:05d}", f"RG{yy}{n % 10000:04d}"],
        "fr": [f"FA{Y}-{n % 10000:04d}", f"F-{Y}-{n:05d}", f"{Y}{date.month:02d}-{n % 1000:03d}"],
        "nl": [f"{Y}{n % 10000:04d}", f"F{Y}-{n % 1000:03d}", f"{Y}.{n % 10000:04d}"],
        "es": [f"F{Y}/{n % 10000:04d}", f"A-{Y}-{n % 10000:04d}", f"{Y}/{n:05d}", f"FV{yy}-{n % 10000:04d}"],
    }.get(lang)
    if opts is None:
        opts = [f"INV-{Y}-{n % 10000:04d}", f"INV/{yy}/{n:05d}", f"{n:06d}", f"SI-{n:06d}",
                f"{ini}{n:05d}", f"INV{n:07d}", f"{ini}-INV-{n % 10000:04d}", f"{n % 100000:05d}"]
        if loc == "IN":
            fy = Y if date.month >= 4 else Y - 1
            opts += [f"TI/{n % 10000:04d}/{fy % 100}-{(fy + 1) % 100}", f"{ini}/{fy % 100}-{(fy + 1) % 100}/{n % 1000:03d}"]
        if loc == "KE":
            opts += [f"KE-INV-{n:05d}", f"INV/{Y}/{n % 10000:04d}"]
    return rng.choice(opts)


def bump_number(number: str, step: int) -> str:
    """The same numbering scheme, `step` further on (last run of up to 4 digits)."""
    digits = [j for j, ch in enumerate(number) if ch.isdigit()]
    if not digits:
        return f"{number}-{step}"
    last = digits[-1]
    start = last
    while start - 1 in digits and last - start < 3:
        start -= 1
    width = last - start + 1
    val = (int(number[start:last + 1]) + step) % (10 ** width)
    return number[:start] + f"{val:0{width}d}" + number[last + 1:]


def _nice_price(rng: random.Random, usd: float, cur: str, unit: int) -> int:
    v = usd * products.FX[cur] * rng.uniform(0.7, 1.45)
    if cur in ("USD", "GBP", "EUR", "MYR"):
        step = rng.choice([0.01, 0.05, 0.5, 1]) if v < 200 else rng.choice([1, 5, 10])
    elif cur == "INR":
        step = rng.choice([1, 5, 10]) if v < 5000 else 50
    elif cur == "KES":
        step = 5 if v < 1000 else (50 if v < 20000 else 500)
    elif cur == "UGX":
        step = 500 if v < 50000 else 5000
    else:  # TZS
        step = 100 if v < 20000 else 1000
    cents = max(int(round(v / step)) * int(round(step * 100)), unit)
    cents = (cents // unit) * unit or unit
    return cents


def make_items(doc: Doc, n: int, retail: bool = False) -> list[Item]:
    rng = doc.rng
    lang = doc.lang
    items: list[Item] = []
    unit = doc.cent_unit
    if retail:
        pool = products.RETAIL.get(lang, products.RETAIL["en"])
        picks = [rng.choice(pool) for _ in range(n)]
        for desc, usd in picks:
            price = _nice_price(rng, usd, doc.currency, unit)
            q = Decimal(rng.choice([1, 1, 1, 1, 2, 2, 3, 4, 6]))
            items.append(Item(desc, q, price, int(q * price)))
        return items
    period = fmt.format_date(doc.date, "{B} {Y}", lang if lang in fmt.MONTHS else "en")
    if lang in ("en", "sw"):
        cats = products.categories_for(doc.vendor.name) or rng.sample(sorted(products.EN_CATS), 2)
        others = [c for c in sorted(products.EN_CATS) if c not in cats]
        rng.shuffle(others)
        while sum(len(products.EN_CATS[c]) for c in cats) < n and others:
            cats.append(others.pop())
        cat = [it for c in cats for it in products.EN_CATS[c]]
        if lang == "sw":
            cat = products.SW + cat
    else:
        cat = products.CATALOGUES[lang]
    chosen = rng.sample(cat, min(n, len(cat)))
    repeat_word = {"de": "Lieferung", "fr": "livraison", "nl": "levering", "es": "entrega", "sw": "mzigo"}.get(
        lang, "delivery")
    k = 2
    while len(chosen) < n:
        desc, usd, frac = rng.choice(cat)
        chosen.append((f"{desc} - {repeat_word} {k}", usd, frac))
        k += 1
    for desc, usd, frac in chosen:
        desc = desc.replace("{period}", period)
        price = _nice_price(rng, usd, doc.currency, unit)
        if frac and rng.random() < 0.6:
            q = Decimal(rng.choice(["0.5", "1.5", "2.5", "3.5", "7.5", "12.5", "4.25", "2.75"]))
            # keep qty * price an exact number of minor units (and whole units for 0-decimal currencies)
            step = 4 * unit
            price = max((price // step) * step, step)
        elif usd < 30:
            q = Decimal(rng.choice([1, 2, 3, 4, 5, 6, 10, 12, 20, 24, 25, 40, 50, 100]))
        else:
            q = Decimal(rng.choice([1, 1, 1, 2, 2, 3, 4, 5]))
        amount = q * price
        assert amount == amount.to_integral_value() and int(amount) % unit == 0, (q, price)
        code = None
        if rng.random() < 0.8:
            code = rng.choice([f"{_d(rng, 5)}", f"{desc[:2].upper()}-{_d(rng, 3)}", f"SKU{_d(rng, 4)}",
                               f"{rng.choice(string.ascii_uppercase)}{_d(rng, 4)}"])
            code = "".join(ch for ch in code if ch.isascii() and (ch.isalnum() or ch == "-")) or _d(rng, 5)
        items.append(Item(desc, q, price, int(amount), code=code,
                          uom=rng.choice(["pcs", "ea", "box", "hrs", "set", "lot"]) if rng.random() < 0.5 else None))
    return items


def compute_tax(doc: Doc, net: int, rate: Decimal) -> int:
    return fmt.round_cents(Decimal(net) * rate / 100, doc.cent_unit)


def _choose_presentation(doc: Doc) -> None:
    rng, loc = doc.rng, doc.loc
    doc.date_pattern = rng.choice(loc.date_patterns)
    if doc.currency != loc.currency:  # e.g. a Kenyan invoice in USD
        doc.marker = rng.choice(["USD ", "US$ ", "$"])
        doc.cur_pos = "prefix"
        doc.thousands = ","
    else:
        doc.marker = rng.choice(loc.markers)
        doc.thousands = rng.choice(loc.thousands)
        if loc.code in ("DE", "FR", "ES"):
            doc.cur_pos = "suffix" if rng.random() < 0.8 else "prefix"
        elif loc.code == "NL":
            doc.cur_pos = "prefix" if rng.random() < 0.7 else "suffix"
        else:
            doc.cur_pos = "prefix"
        if doc.cur_pos == "prefix" and doc.marker in ("€", "EUR"):
            doc.marker = doc.marker + " "
        if loc.code == "KE" and rng.random() < 0.2 and doc.doc_type in ("invoice", "receipt", "statement"):
            doc.slash = True
    doc.table_cur = rng.random() < 0.2
    doc.totals_cur = rng.random() < 0.8
    doc.currency_note = (not doc.totals_cur and not doc.table_cur) or doc.slash or rng.random() < 0.25
    doc.embed_fonts = doc.loc.code in locales.EU or rng.random() < 0.15


def _base_doc(rng: random.Random, spec: dict) -> Doc:
    loc = LOCALES[spec["locale"]]
    lang = spec.get("lang") or loc.lang
    currency = spec.get("currency") or loc.currency
    doc = Doc(rng=rng, doc_type=spec["doc_type"], layout=spec["layout"], loc=loc, lang=lang, currency=currency)
    doc.date = _rand_date(rng)
    _choose_presentation(doc)
    if doc.currency == "USD" and loc.code != "US":
        doc.slash = False
    return doc


def _terms(doc: Doc, allow_discount: bool = True) -> None:
    rng = doc.rng
    r = rng.random()
    if r < 0.18:
        return  # no terms printed at all
    days = rng.choice([0, 7, 14, 15, 30, 30, 30, 45, 60])
    if rng.random() < 0.8:
        doc.terms_days = days
        doc.terms_text = rng.choice(labels.terms_options(doc.lang, days))
    if rng.random() < 0.7:
        doc.due_date = doc.date + dt.timedelta(days=days)
    if allow_discount and days >= 30 and rng.random() < 0.25:
        pct, ddays = rng.choice([(2, 10), (1, 10), (2, 14), (3, 7)])
        doc.discount_text = rng.choice(labels.discount_options(doc.lang, pct, ddays, days))
        if doc.terms_text is None:
            doc.terms_days = days
            doc.terms_text = rng.choice(labels.terms_options(doc.lang, days))


def _decoys(doc: Doc, kinds: list[str]) -> None:
    rng = doc.rng
    date = doc.date
    for k in kinds:
        if k == "po" and rng.random() < 0.55:
            doc.decoys["po_no"] = rng.choice([f"PO-{_d(rng, 5)}", f"LPO/{_d(rng, 5)}", f"4500{_d(rng, 6)}",
                                              f"PO{date.year}-{_d(rng, 4)}"])
            if rng.random() < 0.5:
                doc.decoys["po_date"] = doc.d(date - dt.timedelta(days=rng.randint(3, 40)))
        elif k == "delivery" and rng.random() < 0.35:
            doc.decoys["delivery_date"] = doc.d(date + dt.timedelta(days=rng.randint(-10, 5)))
        elif k == "quote" and rng.random() < 0.2:
            doc.decoys["quote_no"] = rng.choice([f"QT-{date.year}-{_d(rng, 3)}", f"Q{_d(rng, 6)}", f"EST-{_d(rng, 4)}"])
        elif k == "dn" and rng.random() < 0.25:
            doc.decoys["delivery_note"] = rng.choice([f"DN{_d(rng, 6)}", f"{_d(rng, 5)}", f"DN-{_d(rng, 4)}"])
        elif k == "printed" and rng.random() < 0.3:
            pd = date + dt.timedelta(days=rng.randint(0, 20))
            doc.decoys["printed_on"] = f"{doc.d(pd)} {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}"
        elif k == "prev_balance" and rng.random() < 0.2:
            prev = _nice_price(rng, rng.uniform(100, 9000), doc.currency, doc.cent_unit)
            doc.decoys["previous_balance"] = doc.money(prev, credit=False)
            doc.decoys["paid_to_date"] = doc.money(prev if rng.random() < 0.6 else prev // (2 * doc.cent_unit) * doc.cent_unit,
                                                   credit=False)
        elif k == "sales_rep" and rng.random() < 0.2:
            doc.decoys["sales_rep"] = rng.choice(locales.PEOPLE[doc.loc.code])
        elif k == "etims" and doc.loc.code == "KE" and rng.random() < 0.3:
            doc.decoys["cu_serial"] = f"KRAMW{_d(rng, 3)}{_d(rng, 12)}"
            doc.decoys["cu_invoice"] = f"{_d(rng, 3)}{_d(rng, 16)}"
        elif k == "bank" and rng.random() < 0.6:
            doc.decoys["bank"] = "\n".join(locales.bank_lines(rng, doc.loc.code, doc.lang))
        elif k == "words" and doc.lang in ("en", "sw") and rng.random() < 0.35:
            doc.decoys["words"] = "1"


def _ids(doc: Doc, customer: bool, vendor: bool) -> None:
    rng = doc.rng
    if customer:
        doc.customer_id = rng.choice([f"C{_d(rng, 5)}", f"CUST-{_d(rng, 4)}", f"{_d(rng, 6)}", f"ACC{_d(rng, 6)}",
                                      f"{_initials(doc.customer.name)}{_d(rng, 3)}", f"D{_d(rng, 5)}"])
    if vendor:
        doc.vendor_id = rng.choice([f"V{_d(rng, 5)}", f"SUP-{_d(rng, 4)}", f"{_d(rng, 6)}", f"VEND{_d(rng, 4)}",
                                    f"S{_d(rng, 5)}", f"K{_d(rng, 6)}"])


def _traps(doc: Doc, spec: dict) -> None:
    if not spec.get("traps"):
        return
    rng = doc.rng
    n = rng.choice([1, 2])
    kinds = ["white", "invisible"]
    rng.shuffle(kinds)
    for i in range(n):
        text = rng.choice(TRAP_TEXTS).format(cur=doc.currency)
        doc.traps.append({"kind": kinds[i % 2], "text": text})


def _money_block(doc: Doc, items: list[Item], spec: dict) -> None:
    rng = doc.rng
    net = sum(it.amount for it in items)
    doc.items = items
    no_tax = spec.get("no_tax", rng.random() < 0.12)
    rate = rng.choice(doc.loc.tax_rates)
    doc.net = net
    if no_tax:
        doc.tax_rate = None
        doc.tax = None
        doc.total = net
        doc.show_tax = False
        doc.show_subtotal = rng.random() < 0.5
        if rng.random() < 0.35:  # printed "VAT 0% 0.00" / zero-rated
            doc.tax = 0
            doc.tax_rate = Decimal(0)
            doc.show_tax = True
            doc.show_subtotal = True
            doc.tax_parts = [(doc.L("tax", tax=doc.loc.tax_name, rate="0"), 0)]
        if not doc.show_subtotal:
            doc.net = None
        return
    doc.tax_rate = rate
    doc.show_subtotal = True
    if doc.loc.code == "IN":
        half = rate / 2
        intra = rng.random() < 0.7
        if intra:
            c = compute_tax(doc, net, half)
            s = compute_tax(doc, net, half)
            doc.tax_parts = [(f"CGST @ {doc.rate_str(half)}%", c), (f"SGST @ {doc.rate_str(half)}%", s)]
            doc.tax = c + s
            doc.show_tax_total = rng.random() < 0.5
        else:
            t = compute_tax(doc, net, rate)
            doc.tax_parts = [(f"IGST @ {doc.rate_str(rate)}%", t)]
            doc.tax = t
            doc.show_tax_total = False
    else:
        t = compute_tax(doc, net, rate)
        tax_name = doc.loc.tax_name
        if doc.lang == "sw":
            tax_name = "VAT"
        doc.tax_parts = [(doc.L("tax", tax=tax_name, rate=doc.rate_str(rate)), t)]
        doc.tax = t
    doc.total = net + doc.tax


def _parties(doc: Doc, customer_person: bool = False) -> None:
    rng, code = doc.rng, doc.loc.code
    doc.vendor = locales.make_party(rng, code)
    doc.customer = locales.make_party(rng, code, person=customer_person)
    while doc.customer.name.split()[0] == doc.vendor.name.split()[0]:
        doc.customer = locales.make_party(rng, code, person=customer_person)


def build_invoice(rng: random.Random, spec: dict) -> Doc:
    doc = _base_doc(rng, spec)
    credit = doc.doc_type == "credit_note"
    _parties(doc)
    doc.number = invoice_number(rng, doc.loc.code, doc.lang, doc.date, doc.vendor,
                                "credit" if credit else "invoice")
    doc.show_vendor_address = rng.random() < 0.92
    doc.show_vendor_tax = rng.random() < (0.5 if doc.loc.code == "US" else 0.85)
    doc.show_customer_address = rng.random() < 0.75
    doc.show_customer_tax = doc.loc.code in ("KE", "IN", "TZ", "UG") and rng.random() < 0.5
    _ids(doc, customer=rng.random() < 0.45, vendor=rng.random() < 0.12)
    layout = doc.layout
    n = {"dense_table": rng.randint(14, 24), "multi_page": rng.randint(30, 50), "letter": rng.randint(1, 3),
         "label_left": rng.randint(2, 7), "centered": rng.randint(2, 8), "boxed": rng.randint(2, 8)}.get(
        layout, rng.randint(1, 9))
    if credit:
        n = min(n, rng.randint(1, 4))
    if spec.get("items"):
        n = spec["items"]
    items = make_items(doc, n)
    _money_block(doc, items, spec)
    if credit:
        doc.neg_style = spec.get("neg_style") or rng.choice(["positive", "positive", "minus", "paren", "cr", "trail"])
        if doc.neg_style == "trail" and doc.loc.code not in locales.EU:
            doc.neg_style = "minus"
        ref_date = doc.date - dt.timedelta(days=rng.randint(5, 60))
        doc.ref_invoice = invoice_number(rng, doc.loc.code, doc.lang, ref_date, doc.vendor, "invoice")
        doc.reason = rng.choice(products.CREDIT_REASONS.get(doc.lang, products.CREDIT_REASONS["en"]))
        doc.decoys["ref_invoice_date"] = doc.d(ref_date)
        if rng.random() < 0.3:
            doc.terms_text = None
    else:
        _terms(doc)
    _decoys(doc, ["po", "delivery", "quote", "dn", "printed", "prev_balance", "sales_rep", "etims", "bank", "words"])
    if credit:
        doc.decoys.pop("prev_balance", None)
    _traps(doc, spec)
    return doc


def build_remittance(rng: random.Random, spec: dict) -> Doc:
    doc = _base_doc(rng, spec)
    _parties(doc)
    code = doc.loc.code
    doc.show_vendor_address = rng.random() < 0.55
    doc.show_vendor_tax = code in ("KE", "UG", "TZ", "IN") and rng.random() < 0.45
    doc.show_customer_address = rng.random() < 0.85
    _ids(doc, customer=False, vendor=rng.random() < 0.6)
    n = spec.get("items") or rng.randint(2, 6)
    doc.has_deductions = rng.random() < 0.45
    ded_rate = Decimal("2") if code in ("KE", "IN") else Decimal(rng.choice(["2", "1", "3"]))
    base_date = doc.date - dt.timedelta(days=rng.randint(20, 75))
    prefix_seed = invoice_number(rng, code, doc.lang, base_date, doc.vendor, "invoice")
    seen = set()
    for i in range(n):
        inv_date = base_date + dt.timedelta(days=rng.randint(0, 35))
        inv_no = bump_number(prefix_seed, rng.randint(1, 40) * (i + 1))
        if inv_no in seen:
            inv_no = f"{inv_no}-{i + 1}"
        seen.add(inv_no)
        gross = _nice_price(rng, rng.uniform(80, 4000), doc.currency, doc.cent_unit)
        gross = gross * rng.choice([1, 1, 2, 3])
        ded = 0
        if doc.has_deductions and rng.random() < 0.75:
            ded = fmt.round_cents(Decimal(gross) * ded_rate / 100, doc.cent_unit)
        doc.remit_rows.append(RemitRow(inv_no, inv_date, gross, ded, gross - ded))
    doc.remit_rows.sort(key=lambda r: r.invoice_date)
    if not any(r.deduction for r in doc.remit_rows):
        doc.has_deductions = False
    doc.total = sum(r.paid for r in doc.remit_rows)
    doc.pay_date = doc.date + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2, -1]))
    method, ref = _payment_ref(rng, code, doc)
    doc.pay_method, doc.pay_ref = method, ref
    doc.number = None
    if rng.random() < 0.45:
        doc.decoys["voucher"] = rng.choice([f"PV-{doc.date.year}-{_d(rng, 4)}", f"PV{_d(rng, 6)}", f"RA-{_d(rng, 5)}",
                                            f"{_d(rng, 8)}"])
    _decoys(doc, ["bank", "printed"])
    _traps(doc, spec)
    return doc


def _payment_ref(rng: random.Random, code: str, doc: Doc) -> tuple[str, str]:
    d = doc.pay_date
    ymd = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"
    bank = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
    opts = {
        "KE": [("EFT", f"EFT{ymd}{_d(rng, 4)}"), ("RTGS", f"RTGS/{bank}/{ymd}/{_d(rng, 4)}"),
               ("Cheque", f"CHQ {_d(rng, 6)}"), ("EFT", f"FT{ymd[:2]}{_d(rng, 3)}{bank}{_d(rng, 2)}"),
               ("M-PESA", f"Q{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(9))}")],
        "UG": [("EFT", f"EFT/{_d(rng, 8)}"), ("RTGS", f"RTGS{ymd}{_d(rng, 3)}"), ("Cheque", f"CHQ {_d(rng, 6)}")],
        "TZ": [("EFT", f"EFT/{_d(rng, 8)}"), ("TISS", f"TISS{ymd}{_d(rng, 4)}"), ("Cheque", f"CHQ {_d(rng, 6)}")],
        "US": [("ACH", f"ACH {_d(rng, 10)}"), ("Check", f"Check #{_d(rng, 5)}"), ("Wire", f"WIRE-{_d(rng, 8)}")],
        "GB": [("BACS", f"BACS{_d(rng, 8)}"), ("Faster Payment", f"FPS-{_d(rng, 10)}"), ("CHAPS", f"CHAPS {_d(rng, 9)}")],
        "IN": [("NEFT", f"NEFT N{_d(rng, 3)}{ymd}{_d(rng, 6)}"), ("RTGS", f"UTR {bank}R5{ymd}{_d(rng, 8)}"),
               ("IMPS", f"IMPS {_d(rng, 12)}"), ("Cheque", f"Chq No. {_d(rng, 6)}")],
        "MY": [("IBG", f"IBG{_d(rng, 10)}"), ("DuitNow", f"DN{ymd}{_d(rng, 6)}")],
    }.get(code, [("SEPA", f"SEPA-{d.year}{d.month:02d}{d.day:02d}-{_d(rng, 4)}"), ("SEPA", f"{_d(rng, 10)}"),
                 ("SEPA", f"TRF{_d(rng, 9)}")])
    method, ref = rng.choice(opts)
    method_words = {
        "de": {"SEPA": rng.choice(["SEPA-Überweisung", "Überweisung"])},
        "fr": {"SEPA": rng.choice(["Virement SEPA", "Virement bancaire"])},
        "nl": {"SEPA": rng.choice(["SEPA-overboeking", "Overboeking"])},
        "es": {"SEPA": rng.choice(["Transferencia SEPA", "Transferencia bancaria"])},
    }.get(doc.lang, {})
    method = method_words.get(method, {"EFT": rng.choice(["EFT", "Electronic Funds Transfer", "Bank transfer (EFT)"]),
                                       "ACH": rng.choice(["ACH", "ACH Credit"])}.get(method, method))
    return method, ref


def build_statement(rng: random.Random, spec: dict) -> Doc:
    doc = _base_doc(rng, spec)
    _parties(doc)
    doc.show_vendor_tax = rng.random() < 0.5
    doc.show_customer_address = rng.random() < 0.9
    _ids(doc, customer=rng.random() < 0.85, vendor=False)
    unit = doc.cent_unit
    start = doc.date - dt.timedelta(days=rng.randint(28, 62))
    doc.opening = _nice_price(rng, rng.uniform(0, 6000), doc.currency, unit) if rng.random() < 0.8 else 0
    bal = doc.opening
    rows: list[StmtRow] = []
    events = []
    for _ in range(rng.randint(3, 9)):
        day = start + dt.timedelta(days=rng.randint(1, (doc.date - start).days - 1))
        r = rng.random()
        if r < 0.6:
            events.append((day, "inv"))
        elif r < 0.9:
            events.append((day, "pay"))
        else:
            events.append((day, "cn"))
    events.sort()
    inv_seed = invoice_number(rng, doc.loc.code, doc.lang, start, doc.vendor, "invoice")
    cn_seed = invoice_number(rng, doc.loc.code, doc.lang, start, doc.vendor, "credit")
    pay_seed = rng.choice([f"PMT-{_d(rng, 5)}", f"RCPT{_d(rng, 6)}", f"RV{_d(rng, 5)}", f"OR-{_d(rng, 5)}"])
    counter = {"inv": 0, "cn": 0, "pay": 0}

    def next_no(kind: str) -> str:
        counter[kind] += 1
        seed_no = {"inv": inv_seed, "cn": cn_seed, "pay": pay_seed}[kind]
        return bump_number(seed_no, counter[kind] * rng.randint(1, 12))

    for day, kind in events:
        if kind == "inv":
            amt = _nice_price(rng, rng.uniform(300, 8000), doc.currency, unit)
            ref = next_no("inv")
            desc = {"de": "Rechnung", "fr": "Facture", "nl": "Factuur", "es": "Factura"}.get(doc.lang, "Invoice")
            bal += amt
            rows.append(StmtRow(day, ref, desc, amt, 0, bal))
        else:
            if bal <= 0:
                continue
            if kind == "pay":
                amt = min(bal, _nice_price(rng, rng.uniform(300, 6000), doc.currency, unit))
                ref = next_no("pay")
                desc = {"de": "Zahlung", "fr": "Règlement", "nl": "Betaling", "es": "Cobro"}.get(
                    doc.lang, rng.choice(["Payment - thank you", "Payment received", "Receipt"]))
            else:
                amt = min(bal, _nice_price(rng, rng.uniform(50, 800), doc.currency, unit))
                ref = next_no("cn")
                desc = {"de": "Gutschrift", "fr": "Avoir", "nl": "Creditnota", "es": "Abono"}.get(doc.lang, "Credit note")
            bal -= amt
            rows.append(StmtRow(day, ref, desc, 0, amt, bal))
    if not rows or bal <= 0:
        amt = _nice_price(rng, rng.uniform(300, 8000), doc.currency, unit)
        day = doc.date - dt.timedelta(days=2)
        bal += amt
        rows.append(StmtRow(day, next_no("inv"),
                            {"de": "Rechnung", "fr": "Facture", "nl": "Factuur", "es": "Factura"}.get(doc.lang, "Invoice"),
                            amt, 0, bal))
    doc.stmt_rows = rows
    doc.total = bal
    # ageing buckets that add up to the balance
    parts = [0] * 5
    rem = bal
    for i in range(4):
        if rem <= 0:
            break
        take = (int(rem * rng.uniform(0.2, 0.8)) // 100) * 100 if i < 3 and rng.random() < 0.7 else 0
        parts[i] = take
        rem -= take
    parts[rng.choice([0, 1])] += rem
    doc.aging = parts
    if rng.random() < 0.5:
        doc.terms_days = rng.choice([14, 30])
        doc.terms_text = rng.choice(labels.terms_options(doc.lang, doc.terms_days))
    if rng.random() < 0.4:
        doc.due_date = doc.date + dt.timedelta(days=rng.choice([7, 14, 15, 30]))
    _decoys(doc, ["bank", "printed"])
    _traps(doc, spec)
    return doc


def build_receipt(rng: random.Random, spec: dict) -> Doc:
    doc = _base_doc(rng, spec)
    code = doc.loc.code
    doc.vendor = locales.make_party(rng, code, name=locales.shop_name(rng, code, doc.lang))
    if doc.layout == "receipt_pos" and rng.random() < 0.5:
        doc.vendor.name = doc.vendor.name.upper()  # till rolls often print the shop name in capitals
    doc.customer = None
    doc.show_customer_address = False
    doc.show_vendor_tax = rng.random() < 0.8
    doc.number = invoice_number(rng, code, doc.lang, doc.date, doc.vendor, "receipt")
    doc.time = f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}" + (f":{rng.randint(0, 59):02d}" if rng.random() < 0.6 else "")
    doc.vendor.address = doc.vendor.address[: rng.choice([1, 2, 2, 3])]
    n = spec.get("items") or rng.randint(2, 12)
    items = make_items(doc, n, retail=True)
    doc.items = items
    gross = sum(it.amount for it in items)
    rate = rng.choice(doc.loc.tax_rates)
    tax_name = doc.loc.tax_name if doc.loc.code != "IN" else "GST"
    if code == "US":
        doc.prices_include_tax = False
        doc.net = gross
        doc.tax = compute_tax(doc, gross, rate)
        doc.total = gross + doc.tax
        doc.tax_rate = rate
        doc.tax_parts = [(f"{rng.choice(['Sales Tax', 'TAX', 'Tax'])} {doc.rate_str(rate)}%", doc.tax)]
    else:
        doc.prices_include_tax = True
        doc.total = gross
        doc.tax = fmt.round_cents(Decimal(gross) * rate / (100 + rate), doc.cent_unit)
        doc.tax_rate = rate
        doc.tax_parts = [(f"{tax_name} {doc.rate_str(rate)}%", doc.tax)]
        doc.net = gross - doc.tax
        if rng.random() < 0.3:
            doc.net = None  # only the VAT amount is printed
        if rng.random() < 0.12:
            doc.tax = None
            doc.tax_parts = []
            doc.net = None
    doc.show_subtotal = doc.net is not None
    doc.show_tax = doc.tax is not None
    if rng.random() < 0.65:
        note = 100 * 100 if doc.currency in ("KES", "INR") else (1000 * 100 if doc.currency in ("UGX", "TZS") else 10 * 100)
        if doc.currency == "UGX":
            note = 10000 * 100
        tendered = ((doc.total // note) + rng.choice([1, 1, 2])) * note
        doc.tendered = tendered
        doc.change = tendered - doc.total
    else:
        doc.card = rng.choice([f"VISA ****{_d(rng, 4)}", f"MASTERCARD ****{_d(rng, 4)}",
                               f"M-PESA {''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(10))}"
                               if code == "KE" else f"DEBIT ****{_d(rng, 4)}"])
    doc.cashier = rng.choice(locales.PEOPLE[code]).split()[0]
    doc.till = f"{rng.randint(1, 12):02d}"
    _traps(doc, spec)
    return doc


BUILDERS = {"invoice": build_invoice, "credit_note": build_invoice, "remittance_advice": build_remittance,
            "statement": build_statement, "receipt": build_receipt}


def build(rng: random.Random, spec: dict) -> Doc:
    return BUILDERS[spec["doc_type"]](rng, spec)
