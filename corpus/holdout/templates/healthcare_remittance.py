"""US health-insurance payment to a provider: the remittance advice (paper ERA / 835, EOP, dental provider EOB).

Three prints: a Medicare Part B Standard Paper Remittance (monospaced capitals: the contractor's heading,
PROVIDER # (PTAN), PAGE #, DATE, CHECK/EFT #; per claim NAME / HIC / ACNT / ICN / ASG / MOA, service lines
PERF PROV / SERV DATE / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD with
CO-45 contractual and CO-253 sequestration (2 %), PT RESP, CLAIM TOTALS and NET; TOTALS with # OF CLAIMS, PROV
ADJ AMT and CHECK AMT); a commercial payer's Explanation of Payment (payer letterhead, payee block with NPI, Tax
ID and Provider ID, EFT trace number, per claim Patient / Member ID / Patient Account # / Claim # tables with
billed, allowed, deductible, copay, coinsurance, not covered, remark codes and paid, a remark-code legend);
and a dental plan's provider EOB (CDT codes D0120 … D2740 with tooth and surface, submitted, maximum allowed,
deductible, coverage %, plan pays, patient pays, check number and check date). Denied claims (CO-16, CO-97,
CO-29, N-codes) print with 0.00 paid.

Truth: a `remittance_advice`. Vendor = the payee (the practice / provider group, with its address; its Tax ID
the tax id where printed; vendor_id = the payer's number for it: PROVIDER # / Provider ID / Provider No.);
customer = the payer (the insurer / contractor in the letterhead, with its address). The "invoices" are the
provider's claims, identified by the **patient account number** the provider submitted (ACNT / Patient
Account # / Patient Acct No. — the provider's own number, as a remittance lists the payee's invoice numbers);
the payer's ICN / claim number, member and HIC ids, NPIs, group numbers and patient names are decoys.
Allocations = every paid claim in print order with its PROV PD / Paid / Plan Pays amount; a denied claim
(0.00 paid) is not an allocation. Payment reference = CHECK/EFT # / EFT trace number / check number; payment
date = the check or EFT date; document date = the remittance date. Payment amount = CHECK AMT / total paid.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, address
from corpus.holdout.fakes_eleventh import PATIENTS_FIRST, PATIENTS_LAST, PAYERS, PROVIDERS, npi
from corpus.holdout.money import fmt_date, fmt_number, money, random_date
from corpus.holdout.render import LETTER

FAMILY = "healthcare_remittance"
DOCUMENT_TYPE = "remittance_advice"
MEDICAL = [("99213", "Office/outpatient visit, est. patient", 110, 160, 1), ("99214", "Office/outpatient visit, est. patient, moderate", 160, 230, 1),
           ("99203", "Office/outpatient visit, new patient", 150, 220, 1), ("36415", "Routine venipuncture", 15, 30, 1), ("85025", "Complete blood count", 25, 45, 1),
           ("80053", "Comprehensive metabolic panel", 35, 60, 1), ("93000", "Electrocardiogram, complete", 45, 90, 1), ("97110", "Therapeutic exercises", 45, 75, 4),
           ("97140", "Manual therapy techniques", 40, 70, 3), ("G0439", "Annual wellness visit, subsequent", 180, 240, 1), ("90686", "Influenza vaccine, quadrivalent", 25, 40, 1),
           ("20610", "Arthrocentesis, major joint", 120, 200, 1), ("11102", "Tangential biopsy of skin", 130, 210, 1)]
DENTAL = [("D0120", "Periodic oral evaluation", 55, 85, False), ("D1110", "Prophylaxis - adult", 90, 140, False), ("D0274", "Bitewings - four images", 60, 95, False),
          ("D2391", "Resin composite - one surface, posterior", 150, 230, True), ("D2740", "Crown - porcelain/ceramic", 1100, 1500, True),
          ("D0220", "Intraoral periapical, first image", 25, 40, False), ("D1206", "Topical fluoride varnish", 30, 55, False), ("D7140", "Extraction, erupted tooth", 150, 260, True)]
DENIALS = [("CO-16", "Claim lacks information needed for adjudication"), ("CO-97", "Benefit included in another service already adjudicated"),
           ("CO-29", "Time limit for filing has expired"), ("CO-109", "Claim not covered by this payer")]
REMARKS = {"CO-45": "Charge exceeds fee schedule/maximum allowable", "PR-1": "Deductible amount", "PR-2": "Coinsurance amount", "PR-3": "Co-payment amount",
           "CO-253": "Sequestration - reduction in federal payment"}
CENT = Decimal("0.01")


def _r(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _mbi(rng: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    return (f"{rng.randrange(1, 10)}{rng.choice(letters)}{rng.choice(letters + '0123456789')}{rng.randrange(10)}{rng.choice(letters)}"
            f"{rng.choice(letters + '0123456789')}{rng.randrange(10)}{rng.choice(letters)}{rng.choice(letters)}{rng.randrange(10)}{rng.randrange(10)}")


def _adjudicate(rng: random.Random, layout: str, services: list[dict], deductible: Decimal, denied: bool) -> Decimal:
    """Allowed, deductible, coinsurance / copay, sequestration and paid per service line; the claim's paid amount."""
    left = deductible
    for s in services:
        if denied:
            s.update(allowed=Decimal("0.00"), deduct=Decimal("0.00"), coins=Decimal("0.00"), copay=Decimal("0.00"), seq=Decimal("0.00"), paid=Decimal("0.00"), pct=0)
            continue
        allowed = _r(s["billed"] * Decimal(str(rng.uniform(0.45, 0.85))))
        deduct = min(left, allowed)
        left -= deduct
        if layout == "medicare":
            coins = _r((allowed - deduct) * Decimal("0.2"))
            before = allowed - deduct - coins
            seq = _r(before * Decimal("0.02"))
            s.update(allowed=allowed, deduct=deduct, coins=coins, copay=Decimal("0.00"), seq=seq, paid=before - seq, pct=80)
        elif layout == "dental":
            pct = {"D0": 100, "D1": 100, "D2": 80 if s["code"] == "D2391" else 50, "D7": 80}[s["code"][:2]]
            plan = _r((allowed - deduct) * pct / 100)
            s.update(allowed=allowed, deduct=deduct, coins=allowed - deduct - plan, copay=Decimal("0.00"), seq=Decimal("0.00"), paid=plan, pct=pct)
        else:
            copay = money(pick(rng, [0, 0, 20, 30, 40])) if s is services[0] else Decimal("0.00")
            copay = min(copay, allowed - deduct)
            coins = _r((allowed - deduct - copay) * Decimal(pick(rng, ["0", "0.1", "0.2", "0.3"])))
            s.update(allowed=allowed, deduct=deduct, coins=coins, copay=copay, seq=Decimal("0.00"), paid=allowed - deduct - copay - coins, pct=0)
    return sum((s["paid"] for s in services), Decimal("0.00"))


def _provider(rng: random.Random, kind: str, caps: bool) -> Party:
    name = pick(rng, PROVIDERS["dental" if kind == "dental" else "medical"])
    lines = address(rng, "US")
    party = Party(name=name.upper() if caps else name, address=[line.upper() for line in lines] if caps else lines, country="US",
                  tax_id=f"{rng.randrange(10, 99)}-{rng.randrange(10**6, 10**7)}", phone=None)
    return party


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["medicare", "eop", "dental"])
    caps = layout == "medicare"
    payer_name, payer_lines = pick(rng, PAYERS["medicare" if layout == "medicare" else "dental" if layout == "dental" else "commercial"])
    payer = Party(name=payer_name, address=list(payer_lines[1:]) if layout != "medicare" else list(payer_lines[1:]), country="US")
    payee = _provider(rng, layout, caps)
    if layout == "medicare":
        payee.tax_id = None
    paid_on = random_date(rng, date(2023, 1, 9), 880)
    while paid_on.weekday() >= 5:
        paid_on += timedelta(days=1)
    advised = paid_on if layout == "medicare" or chance(rng, 0.5) else paid_on - timedelta(days=pick(rng, [1, 2, 3]))
    acct_style = pick(rng, ["{p}{y}-{n:06d}", "{n:08d}", "{p}{n:07d}", "{n:06d}-{s:02d}"])
    prefix = "".join(w[0] for w in payee.name.split()[:3]).upper()
    count = rng.randrange(1, 6) if chance(rng, 0.8) else rng.randrange(8, 16)
    start = rng.randrange(1000, 900000)
    claims = []
    for index in range(count):
        start += rng.randrange(1, 40)
        acct = acct_style.format(p=prefix, y=paid_on.strftime("%y"), n=start, s=rng.randrange(1, 20))
        served = paid_on - timedelta(days=rng.randrange(12, 60))
        patient = f"{pick(rng, PATIENTS_LAST)}, {pick(rng, PATIENTS_FIRST)}"
        denied = index > 0 and chance(rng, 0.12)
        catalog = DENTAL if layout == "dental" else MEDICAL
        services = []
        for code, desc, low, high, extra in rng.sample(catalog, rng.randrange(1, 4)):
            units = 1 if layout == "dental" else rng.randrange(1, extra + 1)
            billed = money(rng.uniform(low, high) * units)
            services.append({"code": code, "desc": desc, "units": units, "billed": billed, "tooth": (f"{rng.randrange(1, 33)}" if layout == "dental" and extra else ""),
                             "surface": pick(rng, ["O", "MO", "DO", "B", ""]) if layout == "dental" and code == "D2391" else ""})
        deductible = pick(rng, [Decimal("0"), Decimal("0"), Decimal("0"), money(pick(rng, [50, 100, 150, 226, 240, 257]))])
        paid = _adjudicate(rng, layout, services, deductible, denied)
        if not denied and paid <= 0:
            paid = _adjudicate(rng, layout, services, Decimal("0"), denied)
        claims.append({"acct": acct, "served": served, "patient": patient, "denied": denied, "services": services, "paid": paid,
                       "denial": pick(rng, DENIALS) if denied else None, "icn": f"{rng.randrange(10**12, 10**13)}{rng.randrange(10, 99)}",
                       "member": (_mbi(rng) if layout == "medicare" else pick(rng, [_mbi(rng), f"W{rng.randrange(10**8, 10**9)}", f"XYZ{rng.randrange(10**8, 10**9)}"])),
                       "billed": sum((s["billed"] for s in services), Decimal("0.00"))})
    paid_claims = [c for c in claims if not c["denied"]]
    total = sum((c["paid"] for c in paid_claims), Decimal("0.00"))
    reference = pick(rng, [f"{rng.randrange(10**8, 10**9)}", f"EFT{rng.randrange(10**9, 10**10)}", f"{rng.randrange(10**6, 10**7):08d}"]) \
        if layout != "dental" else f"{rng.randrange(10**5, 10**7):07d}"
    vendor_id = (f"{rng.randrange(10**5, 10**6)}{rng.choice('ABCDEFGH')}{rng.randrange(10)}" if layout == "medicare"
                 else f"{pick(rng, ['P', 'PRV', ''])}{rng.randrange(10**5, 10**8)}" if layout == "eop" or chance(rng, 0.5) else None)
    doc = Doc(document_type=DOCUMENT_TYPE, locale="US", currency="USD", vendor=payee, customer=payer, invoice_ids=[c["acct"] for c in paid_claims],
              document_date=advised, total=total, payment_reference=reference, payment_date=paid_on,
              allocations=[(c["acct"], c["paid"]) for c in paid_claims], vendor_id=vendor_id)
    payee_npi = npi(rng, entity=2)
    num = lambda v: fmt_number(v, "en")  # noqa: E731
    width, height = LETTER

    if layout == "medicare":
        theme = Theme.pick(rng, font="Courier", size=(6.5, 7.0), table="minimal", accent="#000000")
        css = theme.css("td{padding:0.3pt 2pt;white-space:nowrap} .rule td{border-top:0.6pt dashed #000}")
        d8 = lambda x: x.strftime("%m/%d/%Y")  # noqa: E731
        head = (f"<table style='width:100%'><tr><td style='width:60%'>{esc(payer.name)}<br/>{lines_html(payer_lines)}</td>"
                f"<td style='width:40%'>MEDICARE<br/>REMITTANCE<br/>ADVICE</td></tr>"
                f"<tr><td><br/>{esc(payee.name)}<br/>{lines_html(payee.address)}</td><td><br/>PROVIDER #: {vendor_id}<br/>PAGE #: {{page}}<br/>DATE: {d8(advised)}<br/>"
                f"CHECK/EFT #: {reference}</td></tr></table><p>&#160;</p>")
        header_row = ("<tr><td>PERF PROV</td><td>SERV DATE</td><td>POS</td><td>NOS</td><td>PROC</td><td>MODS</td><td class='r'>BILLED</td><td class='r'>ALLOWED</td>"
                      "<td class='r'>DEDUCT</td><td class='r'>COINS</td><td>GRP/RC-AMT</td><td class='r'>PROV PD</td></tr>")
        blocks = []
        for c in claims:
            rows = [f"<tr class='rule'><td colspan='12'>NAME {esc(c['patient'])} &#160; HIC {c['member']} &#160; ACNT {esc(c['acct'])} &#160; ICN {c['icn']} &#160; ASG Y "
                    f"&#160; MOA {'MA01' if not c['denied'] else 'MA130'}</td></tr>"]
            perf = npi(rng)
            for s in c["services"]:
                mods = pick(rng, ["", "", "25", "GP", "59"]) if s["code"].startswith("9") else ""
                rc = (f"CO-45 {num(s['billed'] - s['allowed'])}" if not c["denied"] else f"{c['denial'][0]} {num(s['billed'])}")
                rows.append(f"<tr><td>{perf}</td><td>{c['served'].strftime('%m%d')} {c['served'].strftime('%m%d%y')}</td><td>11</td><td>{s['units']}</td><td>{s['code']}</td><td>{mods}</td>"
                            f"<td class='r'>{num(s['billed'])}</td><td class='r'>{num(s['allowed'])}</td><td class='r'>{num(s['deduct'])}</td><td class='r'>{num(s['coins'])}</td>"
                            f"<td>{rc}</td><td class='r'>{num(s['paid'])}</td></tr>")
                if s["seq"]:
                    rows.append(f"<tr><td colspan='10'></td><td>CO-253 {num(s['seq'])}</td><td></td></tr>")
            pt = sum((s["deduct"] + s["coins"] for s in c["services"]), Decimal("0.00"))
            rc_total = sum((s["billed"] - s["allowed"] + s["seq"] for s in c["services"]), Decimal("0.00")) if not c["denied"] else c["billed"]
            rows.append(f"<tr><td colspan='2'>PT RESP {num(pt)}</td><td colspan='4'>CLAIM TOTALS</td><td class='r'>{num(c['billed'])}</td>"
                        f"<td class='r'>{num(sum((s['allowed'] for s in c['services']), Decimal('0.00')))}</td><td class='r'>{num(sum((s['deduct'] for s in c['services']), Decimal('0.00')))}</td>"
                        f"<td class='r'>{num(sum((s['coins'] for s in c['services']), Decimal('0.00')))}</td><td>{num(rc_total)}</td><td class='r'>{num(c['paid'])}</td></tr>")
            rows.append(f"<tr><td colspan='10'>{'ADJ TO TOTALS: PREV PD 0.00 INTEREST 0.00 LATE FILING CHARGE 0.00' if not c['denied'] else c['denial'][1].upper()}</td>"
                        f"<td>NET</td><td class='r'>{num(c['paid'])}</td></tr>")
            blocks.append("".join(rows))
        tail = ("<p>&#160;</p><table style='width:100%'><tr class='rule'><td>TOTALS:</td><td># OF CLAIMS</td><td>BILLED AMT</td><td>ALLOWED AMT</td><td>DEDUCT AMT</td>"
                "<td>COINS AMT</td><td>TOTAL RC-AMT</td><td>PROV PD AMT</td><td>PROV ADJ AMT</td><td>CHECK AMT</td></tr>"
                f"<tr><td></td><td>{len(claims)}</td><td>{num(sum((c['billed'] for c in claims), Decimal('0.00')))}</td>"
                f"<td>{num(sum((s['allowed'] for c in claims for s in c['services']), Decimal('0.00')))}</td>"
                f"<td>{num(sum((s['deduct'] for c in claims for s in c['services']), Decimal('0.00')))}</td>"
                f"<td>{num(sum((s['coins'] for c in claims for s in c['services']), Decimal('0.00')))}</td>"
                f"<td>{num(sum((c['billed'] for c in claims), Decimal('0.00')) - total - sum((s['deduct'] + s['coins'] for c in claims for s in c['services']), Decimal('0.00')))}</td>"
                f"<td>{num(total)}</td><td>0.00</td><td>{num(total)}</td></tr></table>"
                "<p>&#160;</p><p>GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES</p>"
                + "".join(f"<p>{k} {v.upper()}</p>" for k, v in (("CO", "CONTRACTUAL OBLIGATION"), ("PR", "PATIENT RESPONSIBILITY"), ("45", REMARKS["CO-45"].upper()),
                                                                 ("253", REMARKS["CO-253"].upper()), ("MA01", "ALERT: IF YOU DO NOT AGREE WITH WHAT WE APPROVED "
                                                                                                          "FOR THESE SERVICES, YOU MAY APPEAL OUR DECISION."))))

        def body(chunk, index: int, is_last: bool) -> str:
            return (head.replace("{page}", str(index + 1)) + f"<table style='width:100%'>{header_row}{''.join(chunk)}</table>"
                    + (tail if is_last else "<p>CONTINUED ON NEXT PAGE</p>"))

        sheet = paged_sheet(width, height, css, (28, 30, 28, 30), blocks, body)
    elif layout == "eop":
        theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.0, 8.0), table=pick(rng, ["grid", "rules", "header_fill"]))
        css = theme.css(".ttl{font-size:14pt;font-weight:bold} .claim{margin-top:6pt} .lbl{color:#555}")
        d = lambda x: fmt_date(x, pick(rng, ["mdy_slash"]))  # noqa: E731
        pay_box = (f"<table class='kv'><tr><td class='b'>Payment Date</td><td>{d(paid_on)}</td></tr><tr><td class='b'>Payment Method</td><td>EFT</td></tr>"
                   f"<tr><td class='b'>EFT Trace Number</td><td>{reference}</td></tr><tr><td class='b'>Payment Amount</td><td>${num(total)}</td></tr>"
                   f"<tr><td class='b'>Date Issued</td><td>{d(advised)}</td></tr></table>")
        head = (f"<table style='width:100%'><tr><td style='width:55%'><p class='ttl accent'>{esc(payer.name)}</p><p class='small'>{lines_html(payer.address)}</p></td>"
                f"<td style='width:45%' class='r'><p class='ttl'>Explanation of Payment</p><p class='small'>Provider Remittance Advice</p></td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:55%'><p class='lbl'>PAYEE</p><p class='b'>{esc(payee.name)}</p><p>{lines_html(payee.address)}</p>"
                f"<p class='small'>Payee NPI: {payee_npi} · Tax ID: {payee.tax_id} · Provider ID: {vendor_id}</p></td><td style='width:45%'>{pay_box}</td></tr></table>")
        blocks = []
        for c in claims:
            rows = "".join(f"<tr><td>{d(c['served'])}</td><td>{s['code']}</td><td>{s['units']}</td><td class='r'>{num(s['billed'])}</td><td class='r'>{num(s['allowed'])}</td>"
                           f"<td class='r'>{num(s['deduct'])}</td><td class='r'>{num(s['copay'])}</td><td class='r'>{num(s['coins'])}</td>"
                           f"<td class='r'>{num(s['billed'] - s['allowed']) if not c['denied'] else num(s['billed'])}</td>"
                           f"<td>{'CO-45' if not c['denied'] else c['denial'][0]}{' PR-1' if s['deduct'] else ''}{' PR-3' if s['copay'] else ''}{' PR-2' if s['coins'] else ''}</td>"
                           f"<td class='r'>{num(s['paid'])}</td></tr>" for s in c["services"])
            blocks.append(f"<table class='items claim'><tr><td colspan='11' class='b'>Patient: {esc(c['patient'].title())} &#160; Member ID: {c['member']} &#160; "
                          f"Patient Account #: {esc(c['acct'])} &#160; Claim #: {c['icn']}</td></tr>"
                          "<tr><th>Dates of Service</th><th>Procedure</th><th>Units</th><th style='text-align:right'>Billed</th><th style='text-align:right'>Allowed</th>"
                          "<th style='text-align:right'>Deductible</th><th style='text-align:right'>Copay</th><th style='text-align:right'>Coinsurance</th>"
                          "<th style='text-align:right'>Not Covered</th><th>Remark</th><th style='text-align:right'>Paid</th></tr>"
                          f"{rows}<tr class='grand'><td colspan='3'>Claim Total</td><td class='r'>{num(c['billed'])}</td><td colspan='6'>"
                          f"{'Claim denied: ' + c['denial'][1] if c['denied'] else ''}</td><td class='r'>{num(c['paid'])}</td></tr></table>")
        legend = "".join(f"<p class='small'>{k}: {v}</p>" for k, v in REMARKS.items() if k != "CO-253")
        legend += "".join(f"<p class='small'>{c['denial'][0]}: {c['denial'][1]}</p>" for c in claims if c["denied"])
        tail = (f"<table style='width:100%;margin-top:8pt'><tr class='grand'><td style='width:70%'>Total Paid to Provider ({len(paid_claims)} claim{'s' if len(paid_claims) > 1 else ''})</td>"
                f"<td class='r' style='width:30%'>${num(total)}</td></tr></table><p class='b' style='margin-top:6pt'>Remark codes</p>{legend}"
                "<p class='tiny muted'>This is not a bill. Patient responsibility amounts may be billed to the member. Questions: call Provider Services.</p>")
        sheet = paged_sheet(width, height, css, (36, 34, 36, 34), blocks,
                            lambda chunk, index, is_last: (head if index == 0 else f"<p class='b'>{esc(payer.name)} – EFT {reference} – page {index + 1}</p>")
                            + "".join(chunk) + (tail if is_last else "<p class='small r'>continued</p>"))
    else:
        theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times"]), size=(7.0, 8.0), table=pick(rng, ["grid", "rules", "zebra"]))
        css = theme.css(".ttl{font-size:14pt;font-weight:bold} .stub{border:1pt dashed #666;padding:6pt;margin-top:8pt}")
        date_pattern = pick(rng, ["mdy_slash", "mon_d_y"])
        d = lambda x: fmt_date(x, date_pattern)  # noqa: E731
        head = (f"<table style='width:100%'><tr><td style='width:55%'><p class='ttl accent'>{esc(payer.name)}</p><p class='small'>{lines_html(payer.address)}</p></td>"
                f"<td style='width:45%' class='r'><p class='ttl'>Provider Explanation of Benefits</p><p>Statement Date: {d(advised)}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:55%'><p class='b'>{esc(payee.name)}</p><p>{lines_html(payee.address)}</p></td>"
                f"<td style='width:45%'><table class='kv'>" + (f"<tr><td class='b'>Provider No.</td><td>{vendor_id}</td></tr>" if vendor_id else "")
                + f"<tr><td class='b'>Tax ID</td><td>{payee.tax_id}</td></tr><tr><td class='b'>NPI</td><td>{payee_npi}</td></tr>"
                f"<tr><td class='b'>Check No.</td><td>{reference}</td></tr><tr><td class='b'>Check Date</td><td>{d(paid_on)}</td></tr>"
                f"<tr><td class='b'>Check Amount</td><td>${num(total)}</td></tr></table></td></tr></table>")
        blocks = []
        for c in claims:
            rows = "".join(f"<tr><td>{s['tooth']}</td><td>{s['surface']}</td><td>{s['code']} {esc(s['desc'])}</td><td>{fmt_date(c['served'], 'mdy_slash')}</td>"
                           f"<td class='r'>{num(s['billed'])}</td><td class='r'>{num(s['allowed'])}</td><td class='r'>{num(s['deduct'])}</td><td class='r'>{s['pct']}%</td>"
                           f"<td class='r'>{num(s['paid'])}</td><td class='r'>{num(s['allowed'] - s['paid']) if not c['denied'] else num(s['billed'])}</td></tr>" for s in c["services"])
            blocks.append(f"<table class='items'><tr><td colspan='10' class='b'>Patient: {esc(c['patient'].title())} &#160; Subscriber ID: {c['member']} &#160; "
                          f"Patient Acct No.: {esc(c['acct'])} &#160; Claim No.: {c['icn'][:11]}</td></tr>"
                          "<tr><th>Tooth</th><th>Surf</th><th>Procedure</th><th>Date</th><th style='text-align:right'>Submitted</th><th style='text-align:right'>Max Allowed</th>"
                          "<th style='text-align:right'>Ded</th><th style='text-align:right'>Cov %</th><th style='text-align:right'>Plan Pays</th>"
                          "<th style='text-align:right'>Patient Pays</th></tr>"
                          f"{rows}<tr class='grand'><td colspan='8'>{'Denied – ' + c['denial'][1] if c['denied'] else 'Claim total'}</td>"
                          f"<td class='r'>{num(c['paid'])}</td><td></td></tr></table>")
        tail = (f"<table style='width:100%;margin-top:8pt'><tr class='grand'><td style='width:70%'>Total Plan Payment</td><td class='r' style='width:30%'>${num(total)}</td></tr></table>"
                f"<div class='stub'><p class='b'>PAY TO THE ORDER OF: {esc(payee.name)}</p><p>Check No. {reference} &#160; Date {d(paid_on)} &#160; Amount ${num(total)}</p>"
                "<p class='tiny'>NON-NEGOTIABLE – THIS IS NOT A CHECK. Payment has been issued separately.</p></div>")
        sheet = paged_sheet(width, height, css, (36, 34, 36, 34), blocks,
                            lambda chunk, index, is_last: (head if index == 0 else f"<p class='b'>{esc(payer.name)} – Check {reference} – page {index + 1}</p>")
                            + "".join(chunk) + (tail if is_last else "<p class='small r'>continued</p>"))
    return Built(doc=doc, sheet=sheet, template=f"era_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"claims": len(claims), "denied": sum(1 for c in claims if c["denied"]), "payee_npi": payee_npi, "reference": reference})
