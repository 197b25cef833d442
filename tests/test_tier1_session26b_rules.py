"""Tier 1 rules written in session 26, second round, each general rather than tied to one layout:

- a Greek payer's "ΓΝΩΣΤΟΠΟΙΗΣΗ ΕΞΟΦΛΗΣΗΣ": its dateline ("Θεσσαλονίκη, 31 Ιανουαρίου 2025", Greek
  months in the genitive) dates it, not a row's "Ημ/νία"; "Προς:" heads the payee's block, the letterhead
  is the payer's; "Αρ. πληρωμής" is the reference, Greek letters and all; "Κωδ. προμηθευτή" the vendor
  id; "στις ... εξοφλήσαμε" dates the payment; "το ποσό των", "Σύνολο πληρωμής" its sum; the table of
  "Παραστατικό" pays each by its "Πληρωτέο", after "Παρακράτηση φόρου 3%";
- a Greek bank's "ΑΠΟΔΕΙΚΤΙΚΟ ΣΥΝΑΛΛΑΓΗΣ": "Εντολέας" pays and "Δικαιούχος" is paid (not the section
  headings nor the account debited), "Ποσό" rather than "Συνολικό ποσό χρέωσης", "Αριθμός αναφοράς",
  and the "Αιτιολογία" naming invoices whose series' capitals belong to them ("ΤΔΑ 905");
- a Greek "ΧΡΗΜΑΤΙΚΟ ΕΝΤΑΛΜΑ ΠΛΗΡΩΜΗΣ": "Αριθμός εντάλματος" is the reference, the "Τιμολόγιο" column the
  invoices, "Καθαρό πληρωτέο" the sum, and "Ημερομηνία πληρωμής" (an invoice's due date) the payment's
  date on an advice, which reports no due date;
- a Polish bank's "Potwierdzenie realizacji przelewu": "Nadawca" over "Nazwa nadawcy | ...", "Odbiorca"
  over "Nazwa odbiorcy | ...", "Adres odbiorcy"; a split payment's title ("/VAT/.../IDC/.../INV/<invoice>/
  TXT/...") names the invoice after "/INV/", even with a space inside it; "NIP odbiorcy (IDC)" is the
  payee's tax id; "Kwota", "Data realizacji", "Numer referencyjny"; a title listing invoices with
  amounts whose thousands a space parts ("F/2024/11/5208 31 740,86");
- a Polish e-mail ("Od:", "Wysłano:", "Temat: Awizo płatności"): "zleciliśmy przelew na rzecz <payee>
  na kwotę <sum>" names the payee (not "Dzień dobry") and the sum (the first amount after the label,
  not an account number's wrapped group); "Państwa kod dostawcy w naszym systemie", "Numer płatności";
  list lines "- Faktura nr ... z dnia ...: <amount> (potrącono ... - skonto 2%)" by their first amount,
  and "- Korekta nr ...";
- Turkish: an e-mail's "<date> tarihinde <payee> adına ... hesaba toplam <sum>" / "tutarında EFT
  gönderilmiştir." (payee, sum and the payment's date), "Cari kodunuz", "Ödeme referansı", bullets opening
  with the document's number alone; a bank's "HAVALE / EFT DEKONTU" whose "GÖNDEREN BİLGİLERİ" and "ALICI
  BİLGİLERİ" head the rows naming payer and payee; a letter's table of "Makbuz No" paid by "Ödenen Tutar",
  dated by its dateline;
- Jamaica's "TRN / GCT Reg. No." (tax id) and "GCT @ 15%" (tax); Guyana's "G$";
- opticians: an "Optometrist provider no." is no vendor id, a frame's size wrapped onto a line of its own
  stays in its item's description; "Next sight test due" is no due date;
- a US "Fed ID" is the vendor's tax id; a Lebanese address opens at its building ("Immeuble ...").
"""

from __future__ import annotations

import pytest
from drawn_documents import (
    allocation_pairs,
    drawn_lines,
    drawn_pdf,
    invoice_ids,
    item_rows,
    line_ending_at,
    read,
    right_aligned,
)

from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


# 1. A Greek payer's letter

def _greek_letter():
    items = [
        (40, 40, "ΒΙΟΧΗΜΙΚΗ ΜΑΚΕΔΟΝΙΑΣ Α.Ε."),
        (40, 54, "Λεωφ. Γεωργικής Σχολής 118"),
        (40, 68, "546 25 Θεσσαλονίκη"),
        (40, 82, "ΑΦΜ: 094417356"),
        (330, 110, "Θεσσαλονίκη, 31 Ιανουαρίου 2025"),
        (40, 140, "Προς:"),
        (40, 154, "ΣΤΑΘΟΠΟΥΛΟΣ ΣΥΣΚΕΥΑΣΙΕΣ Ι.Κ.Ε."),
        (40, 168, "Οδός Κολοκοτρώνη 47"),
        (40, 182, "262 22 Πάτρα"),
        (40, 196, "ΑΦΜ: 801256734"),
        (330, 154, "Αρ. πληρωμής:"), (430, 154, "ΠΛΗ-2025-0388"),
        (330, 168, "Κωδ. προμηθευτή:"), (430, 168, "Π40271"),
        (150, 230, "ΓΝΩΣΤΟΠΟΙΗΣΗ ΕΞΟΦΛΗΣΗΣ"),
        (40, 258, "Σας ενημερώνουμε ότι στις 30/01/2025 εξοφλήσαμε με μεταφορά στον λογαριασμό σας"),
        (40, 272, "το ποσό των 7.312,44 € για τα παρακάτω παραστατικά:"),
        (40, 300, "Παραστατικό"), (140, 300, "Ημ/νία"), line_ending_at(300, 300, "Αξία"),
        line_ending_at(440, 300, "Παρακράτηση φόρου 3%"), line_ending_at(540, 300, "Πληρωτέο"),
    ]
    y = 314
    for row in [("ΤΠΥ-Α 512", "09/01/2025", "4.218,60", "126,56", "4.092,04"),
                ("ΤΠΥ-Α 547", "21/01/2025", "3.320,00", "99,60", "3.220,40")]:
        items += [(40, y, row[0]), (140, y, row[1]), line_ending_at(300, y, row[2]), line_ending_at(440, y, row[3]),
                  line_ending_at(540, y, row[4])]
        y += 14
    items += [(330, y + 14, "Σύνολο πληρωμής: 7.312,44 €"),
              (40, y + 50, "Με εκτίμηση,"),
              (40, y + 64, "Λογιστήριο")]
    return drawn_lines(items)


def test_a_greek_payers_settlement_letter(patterns):
    values, document_type = read(_greek_letter(), patterns)
    assert document_type == "remittance_advice"
    assert values["document_date"] == "2025-01-31"  # the dateline's month in the genitive, not a row's "Ημ/νία"
    assert values["payment_information.payment_date"] == "2025-01-30"  # "στις 30/01/2025 εξοφλήσαμε"
    assert values["vendor_information.vendor_name"] == "ΣΤΑΘΟΠΟΥΛΟΣ ΣΥΣΚΕΥΑΣΙΕΣ Ι.Κ.Ε."  # under "Προς:"
    assert values["vendor_information.address"] == "Οδός Κολοκοτρώνη 47, 262 22 Πάτρα"
    assert values["vendor_information.tax_id"] == "801256734"  # the Προς block's ΑΦΜ, not the letterhead's
    assert values["customer_information.customer_name"] == "ΒΙΟΧΗΜΙΚΗ ΜΑΚΕΔΟΝΙΑΣ Α.Ε."
    assert values["payment_information.payment_reference"] == "ΠΛΗ-2025-0388"  # with its Greek letters
    assert values["vendor_information.vendor_id"] == "Π40271"
    assert values["payment_information.payment_amount"] == 7312.44
    # each invoice by what was paid ("Πληρωτέο"), after the tax withheld
    assert allocation_pairs(values) == [("ΤΠΥ-Α 512", 4092.04), ("ΤΠΥ-Α 547", 3220.40)]


# 2. A Greek bank's transaction receipt: labels at the left margin, values at the right

def _greek_bank_receipt():
    items = [(40, 40, "ΤΡΑΠΕΖΑ ΑΙΓΑΙΟΥ Α.Ε."),
             (40, 70, "ΑΠΟΔΕΙΚΤΙΚΟ ΣΥΝΑΛΛΑΓΗΣ")]
    y = 100
    for row in ["Στοιχεία εντολέα",
                ("Εντολέας", "ΚΡΗΤΙΚΑ ΕΛΑΙΟΤΡΙΒΕΙΑ Α.Ε."),
                ("Λογαριασμός χρέωσης", "GR16 0110 1250 0000 0001 2300 695"),
                "Στοιχεία δικαιούχου",
                ("Δικαιούχος", "ΜΑΥΡΟΓΙΑΝΝΗΣ ΜΕΤΑΛΛΙΚΑ Ε.Π.Ε."),
                ("IBAN δικαιούχου", "GR96 0172 0470 0050 4706 1234 820"),
                ("Τράπεζα δικαιούχου", "ΤΡΑΠΕΖΑ ΠΕΙΡΑΙΩΣ"),
                "Στοιχεία συναλλαγής",
                ("Ημερομηνία εκτέλεσης", "14/03/2025"),
                ("Ποσό", "18.706,40 €"),
                ("Έξοδα", "2,50 €"),
                ("Συνολικό ποσό χρέωσης", "18.708,90 €"),
                ("Αιτιολογία", "ΕΞΟΦΛΗΣΗ Β-3318 (6.240,15), ΤΔΑ 905 (12.466,25)"),
                ("Αριθμός αναφοράς", "SEPA512870334419")]:
        if isinstance(row, str):
            y += 8
            items.append((40, y, row))
        else:
            items += [(40, y, row[0]), line_ending_at(555, y, row[1])]
        y += 16
    return drawn_lines(items)


def test_a_greek_bank_transaction_receipt(patterns):
    values, document_type = read(_greek_bank_receipt(), patterns)
    assert document_type == "remittance_advice"
    # the rows under the headings name the parties: not "Στοιχεία δικαιούχου", nor the account debited
    assert values["vendor_information.vendor_name"] == "ΜΑΥΡΟΓΙΑΝΝΗΣ ΜΕΤΑΛΛΙΚΑ Ε.Π.Ε."
    assert values["customer_information.customer_name"] == "ΚΡΗΤΙΚΑ ΕΛΑΙΟΤΡΙΒΕΙΑ Α.Ε."
    assert "customer_information.address" not in values
    assert values["payment_information.payment_amount"] == 18706.40  # "Ποσό", not the sum debited with fees
    assert values["payment_information.payment_date"] == "2025-03-14"
    assert values["payment_information.payment_reference"] == "SEPA512870334419"
    # a series' capitals before its number belong to it ("ΤΔΑ 905"); "ΕΞΟΦΛΗΣΗ" ("settlement") is none
    assert allocation_pairs(values) == [("Β-3318", 6240.15), ("ΤΔΑ 905", 12466.25)]


# 3. A Greek public body's payment warrant

def _greek_payment_warrant():
    items = [
        (40, 40, "ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ"),
        (40, 54, "ΔΗΜΟΣ ΚΑΛΑΜΑΤΑΣ"),
        (40, 68, "Διεύθυνση Οικονομικών Υπηρεσιών"),
        (180, 100, "ΧΡΗΜΑΤΙΚΟ ΕΝΤΑΛΜΑ ΠΛΗΡΩΜΗΣ"),
        (330, 124, "Αριθμός εντάλματος:"), (440, 124, "2861/2024"),
        (40, 150, "ΔΙΚΑΙΟΥΧΟΣ"),
        (40, 164, "ΑΦΟΙ ΛΑΜΠΡΟΠΟΥΛΟΙ Ο.Ε."),
        (40, 178, "Αριστομένους 204"),
        (40, 192, "241 00 Καλαμάτα"),
        (40, 206, "ΑΦΜ: 998142657"),
        (30, 236, "Τιμολόγιο"), (110, 236, "Ημ/νία"), line_ending_at(250, 236, "Καθαρή αξία"), line_ending_at(310, 236, "ΦΠΑ"),
        line_ending_at(390, 236, "Σύνολο"), line_ending_at(470, 236, "Κρατήσεις"), line_ending_at(560, 236, "Πληρωτέο"),
    ]
    y = 250
    for row in [("ΤΔΑ 1184", "03/06/2024", "18.500,00", "4.440,00", "22.940,00", "1.104,77", "21.835,23"),
                ("ΤΔΑ 1217", "27/06/2024", "24.300,00", "5.832,00", "30.132,00", "1.451,14", "28.680,86")]:
        items += [(30, y, row[0]), (110, y, row[1])] + [
            line_ending_at(x, y, text) for x, text in zip((250, 310, 390, 470, 560), row[2:], strict=True)]
        y += 14
    items += [(330, y + 14, "Καθαρό πληρωτέο: 50.516,09 €"),
              (40, y + 40, "Ημερομηνία πληρωμής: 19/07/2024"),
              (40, y + 70, "Ο Προϊστάμενος Οικονομικών Υπηρεσιών")]
    return drawn_lines(items)


def _greek_invoice():
    items = [
        (40, 40, "ΑΦΟΙ ΛΑΜΠΡΟΠΟΥΛΟΙ Ο.Ε."),
        (40, 54, "Αριστομένους 204"),
        (40, 68, "241 00 Καλαμάτα"),
        (40, 82, "ΑΦΜ: 998142657"),
        (360, 40, "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ"),
        (360, 54, "Αριθμός: ΤΔΑ 1184"),
        (360, 68, "Ημερομηνία: 03/06/2024"),
        (40, 110, "Πελάτης: ΔΗΜΟΣ ΚΑΛΑΜΑΤΑΣ"),
        (40, 140, "Περιγραφή"), line_ending_at(540, 140, "Αξία"),
        (40, 154, "Συντήρηση φωτισμού πλατείας"), line_ending_at(540, 154, "18.500,00"),
        (360, 178, "Καθαρή αξία:"), line_ending_at(540, 178, "18.500,00"),
        (360, 192, "ΦΠΑ 24%:"), line_ending_at(540, 192, "4.440,00"),
        (360, 206, "Σύνολο:"), line_ending_at(540, 206, "22.940,00 €"),
        (40, 236, "Ημερομηνία πληρωμής: 03/07/2024"),
    ]
    return drawn_lines(items)



def test_a_greek_payment_warrant(patterns):
    values, document_type = read(_greek_payment_warrant(), patterns)
    assert document_type == "remittance_advice"
    assert values["payment_information.payment_reference"] == "2861/2024"  # "Αριθμός εντάλματος"
    assert values["vendor_information.vendor_name"] == "ΑΦΟΙ ΛΑΜΠΡΟΠΟΥΛΟΙ Ο.Ε."
    # "Ημερομηνία πληρωμής" dates the payment the advice announces; an advice reports no due date
    assert values["payment_information.payment_date"] == "2024-07-19"
    assert "payment_terms.due_date" not in values
    assert values["payment_information.payment_amount"] == 50516.09
    assert allocation_pairs(values) == [("ΤΔΑ 1184", 21835.23), ("ΤΔΑ 1217", 28680.86)]


def test_a_greek_invoices_payment_date_stays_its_due_date(patterns):
    """(guard) On a Greek invoice "Ημερομηνία πληρωμής" is when it is to be paid: its due date."""
    values, document_type = read(_greek_invoice(), patterns)
    assert document_type == "invoice"
    assert values["payment_terms.due_date"] == "2024-07-03"
    assert "payment_information.payment_date" not in values


# 4. A Polish bank's transfer confirmations

def _polish_confirmation(title: str, amount: str, extra: list[tuple[str, str]]):
    items = [(40, 40, "Bank Spółdzielczy w Lesznie"),
             (40, 70, "Potwierdzenie realizacji przelewu")]
    y = 100
    for row in ["Nadawca",
                ("Nazwa nadawcy", "Piekarnia Zawadzki Sp. z o.o."),
                ("Adres nadawcy", "ul. Krótka 7, 64-100 Leszno"),
                ("Rachunek nadawcy", "27 8669 0001 0302 4417 2000 0010"),
                "Odbiorca",
                ("Nazwa odbiorcy", "Młynarstwo Grabowski S.A."),
                ("Adres odbiorcy", "ul. Szeroka 41, 62-800 Kalisz"),
                ("Rachunek odbiorcy", "61 1090 1463 0000 0001 4022 3517"),
                "Dane przelewu",
                ("Tytuł", title),
                ("Kwota", amount),
                *extra]:
        if isinstance(row, str):
            y += 8
            items.append((40, y, row))
        else:
            items += [(40, y, row[0]), (200, y, row[1])]
        y += 16
    return drawn_lines(items)


def _polish_split_payment():
    return _polish_confirmation("/VAT/6981,34/IDC/6181033427/INV/FS-4418/25/TXT/platnosc", "37.335,12 PLN", [
        ("Kwota VAT", "6.981,34 PLN"),
        ("NIP odbiorcy (IDC)", "6181033427"),
        ("Data realizacji", "16.06.2025"),
        ("Numer referencyjny", "ELX/2025/408817265")])


def _polish_split_payment_spaced_invoice():
    return _polish_confirmation("/VAT/4212,50/IDC/6181033427/INV/FV 2087/2024/TXT/FAKTURA", "22.526,30 PLN", [
        ("Data realizacji", "03.10.2024"),
        ("Numer referencyjny", "ELX/2024/117390542")])


def _polish_confirmation_listing_invoices():
    return _polish_confirmation("Faktury: F/2024/11/5208 31 740,86; FV 2671/2024 18 205,40", "49 946,26 PLN", [
        ("Data realizacji", "09.12.2024"),
        ("Numer referencyjny", "ELX/2024/603318740")])


def _polish_invoice():
    items = [
        (360, 40, "FAKTURA VAT nr FV/0412/2024"),
        (360, 54, "Data wystawienia: 22.05.2024"),
        (40, 80, "Sprzedawca:"),
        (40, 94, "Tartak Zieliński Sp. z o.o."),
        (40, 108, "ul. Leśna 14, 11-200 Bartoszyce"),
        (40, 122, "NIP: 7431987205"),
        (320, 80, "Odbiorca:"),
        (320, 94, "Stolarnia Pawlak Sp. j."),
        (320, 108, "ul. Polna 3, 10-437 Olsztyn"),
        (320, 122, "NIP: 7392210488"),
        (40, 160, "Lp."), (70, 160, "Nazwa towaru"), (300, 160, "Ilość"), (370, 160, "Cena netto"),
        (470, 160, "Wartość netto"),
        (40, 174, "1"), (70, 174, "Deska sosnowa 32 mm"), line_ending_at(330, 174, "40"), line_ending_at(430, 174, "96,00"),
        line_ending_at(540, 174, "3840,00"),
        (300, 200, "Razem do zapłaty:"), line_ending_at(540, 200, "4723,20 zł"),
    ]
    return drawn_lines(items)


def test_a_polish_split_payment_confirmation(patterns):
    values, document_type = read(_polish_split_payment(), patterns)
    assert document_type == "remittance_advice"
    # "Odbiorca" over "Nazwa odbiorcy | ...": the recipient is paid, "Nadawca" pays
    assert values["vendor_information.vendor_name"] == "Młynarstwo Grabowski S.A."
    assert values["vendor_information.address"] == "ul. Szeroka 41, 62-800 Kalisz"
    assert values["customer_information.customer_name"] == "Piekarnia Zawadzki Sp. z o.o."
    assert values["vendor_information.tax_id"] == "6181033427"  # "NIP odbiorcy (IDC)"
    assert invoice_ids(values) == ["FS-4418/25"]  # the title's part after "/INV/"
    assert values["payment_information.payment_amount"] == 37335.12  # "Kwota", not "Kwota VAT"
    assert values["payment_information.payment_reference"] == "ELX/2025/408817265"
    assert values["payment_information.payment_date"] == "2025-06-16"
    # an invoice with a space inside it after "/INV/"
    values, _ = read(_polish_split_payment_spaced_invoice(), patterns)
    assert invoice_ids(values) == ["FV 2087/2024"]
    assert values["vendor_information.vendor_name"] == "Młynarstwo Grabowski S.A."


def test_a_polish_transfer_title_listing_invoices_with_spaced_amounts(patterns):
    values, document_type = read(_polish_confirmation_listing_invoices(), patterns)
    assert document_type == "remittance_advice"
    # "F/2023/03/6447 49 057,12": thousands parted by a space are one amount, no invoice number
    assert allocation_pairs(values) == [("F/2024/11/5208", 31740.86), ("FV 2671/2024", 18205.40)]
    assert values["payment_information.payment_amount"] == 49946.26


def test_a_polish_odbiorca_alone_is_the_customer(patterns):
    """(guard) On a Polish faktura that names no sender of money, "Odbiorca" is still the buyer."""
    values, document_type = read(_polish_invoice(), patterns)
    assert document_type == "invoice"
    assert values["vendor_information.vendor_name"] == "Tartak Zieliński Sp. z o.o."
    assert values["customer_information.customer_name"] == "Stolarnia Pawlak Sp. j."


# 5. A Polish e-mailed payment advice

def _polish_email(listed: list[str], amount: str, account: str):
    header = [("Od:", "Dział Księgowości Kowalczyk Logistyka sp. k. <ksiegowosc@kowalczyk-log.pl>"),
              ("Wysłano:", "2025-04-17 09:21"),
              ("Do:", "biuro@nowak-chlodnie.pl"),
              ("Temat:", "Awizo płatności 388/04/2025/P")]
    items = [item for i, (label, value) in enumerate(header)
             for item in ((40, 50 + 14 * i, label), (110, 50 + 14 * i, value))]
    lines = [
        "Dzień dobry,",
        "",
        f"informujemy, że w dniu 15.04.2025 zleciliśmy przelew na rzecz Nowak Chłodnie Sp. z o.o. na kwotę {amount}"
        f" PLN na rachunek {account[:2]}",
        f"{account[2:]}.",
        "Państwa kod dostawcy w naszym systemie: DOST-2093",
        "Numer płatności: 388/04/2025/P",
        "",
        *listed,
        "",
        "Z poważaniem",
        "Dział Księgowości",
        "Kowalczyk Logistyka sp. k.",
    ]
    items += [(40, 130 + 14 * i, line) for i, line in enumerate(lines) if line]
    return drawn_lines(items, width=720)  # (a wide window's long lines)


def _polish_email_with_a_discount():
    return _polish_email(["- Faktura nr 233/03/2025 z dnia 04.03.2025: 18 442,17 PLN",
                          "- Faktura nr FV 1187/2025 z dnia 26.03.2025: 6 715,90 PLN (potrącono 137,06 - skonto 2%)"],
                         "25 158,07", "68 1140 2004 0000 3102 7761 5518")


def _polish_email_with_a_correction():
    return _polish_email(["- Faktura nr 241/03/2025 z dnia 11.03.2025: 12 904,35 PLN",
                          "- Faktura nr FV 1203/2025 z dnia 28.03.2025: 4 381,20 PLN",
                          "- Korekta nr KOR/88/2025 z dnia 02.04.2025: -417,62 PLN"],
                         "16 867,93", "47 1140 2004 0000 3102 7761 7224")


def test_a_polish_emailed_advice_with_a_discount(patterns):
    values, document_type = read(_polish_email_with_a_discount(), patterns)
    assert document_type == "remittance_advice"
    # the payee named in the sentence, not the greeting; the sender's company pays
    assert values["vendor_information.vendor_name"] == "Nowak Chłodnie Sp. z o.o."
    assert values["customer_information.customer_name"] == "Kowalczyk Logistyka sp. k."
    assert values["vendor_information.vendor_id"] == "DOST-2093"
    assert values["payment_information.payment_reference"] == "388/04/2025/P"
    assert values["payment_information.payment_date"] == "2025-04-15"
    # the first amount after "na kwotę", not the account number's "68" that wraps to the next line
    assert values["payment_information.payment_amount"] == 25158.07
    # the first amount after the number, not the discount taken in brackets after it
    assert allocation_pairs(values) == [("233/03/2025", 18442.17), ("FV 1187/2025", 6715.90)]


def test_a_polish_emailed_advice_with_a_correction(patterns):
    values, document_type = read(_polish_email_with_a_correction(), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Nowak Chłodnie Sp. z o.o."
    assert values["payment_information.payment_amount"] == 16867.93
    assert allocation_pairs(values) == [("241/03/2025", 12904.35), ("FV 1203/2025", 4381.20),
                                        ("KOR/88/2025", -417.62)]


# 6. Turkish payment advices: an e-mail, a bank's receipt, a letter's table

def _turkish_email():
    header = [("Kimden:", "Muhasebe - Akdeniz Gıda Sanayi A.Ş. <muhasebe@akdenizgida.com.tr>"),
              ("Tarih:", "9 Mart 2023 Perşembe 11:40"),
              ("Kime:", "tahsilat@yildizambalaj.com.tr"),
              ("Konu:", "Ödeme bildirimi")]
    items = [item for i, (label, value) in enumerate(header)
             for item in ((40, 50 + 14 * i, label), (100, 50 + 14 * i, value))]
    lines = [
        "Sayın Yetkili,",
        "",
        "08.03.2023 tarihinde Yıldız Ambalaj Sanayi A.Ş. adına TR52 0006 4000 0011 2340 0781 55 IBAN numaralı hesaba toplam 342.118,60 TL",
        "tutarında EFT gönderilmiştir.",
        "Cari kodunuz: T31877",
        "Ödeme referansı: ODM-2023-0412",
        "",
        "Ödemeye konu belgeler:",
        "- YAS2023000000214 (06.01.2023): 198.406,25 TL",
        "- YAS2023000000377 (27.01.2023): 143.712,35 TL",
        "",
        "Saygılarımızla,",
        "Akdeniz Gıda Sanayi A.Ş.",
        "Muhasebe Departmanı",
    ]
    items += [(40, 130 + 14 * i, line) for i, line in enumerate(lines) if line]
    return drawn_lines(items, width=720)


def _turkish_bank_receipt():
    items = [(40, 40, "Ege Katılım Bankası A.Ş."),
             (40, 70, "HAVALE / EFT DEKONTU")]
    y = 100
    for row in ["GÖNDEREN BİLGİLERİ",
                ("Gönderen", "Marmara Kimya Ticaret Ltd. Şti."),
                ("Gönderen IBAN", "TR41 0020 6000 0154 7712 8800 01"),
                "ALICI BİLGİLERİ",
                ("Alıcı", "Boğaziçi Laboratuvar Cihazları A.Ş."),
                ("Alıcı IBAN", "TR09 0001 2009 4520 0058 0012 44"),
                ("Alıcı Banka", "Türkiye Halk Bankası"),
                "İŞLEM BİLGİLERİ",
                ("İşlem Tarihi", "17.05.2023"),
                ("Tutar", "86.420,00 TL"),
                ("Açıklama", "FATURA NO BLC2023000000918 ODEMESI"),
                ("Dekont No", "2023051700418821")]:
        if isinstance(row, str):
            y += 8
            items.append((40, y, row))
        else:
            items += [(40, y, row[0]), line_ending_at(555, y, row[1])]
        y += 16
    return drawn_lines(items)


def _turkish_letter():
    items = [
        (40, 40, "Anadolu Yayıncılık A.Ş."),
        (40, 54, "Cumhuriyet Cad. No: 118 Şişli"),
        (40, 68, "34367 İstanbul"),
        (380, 96, "İstanbul, 14.03.2023"),
        (40, 120, "Sayın Av. Selin Kaya"),
        (40, 134, "Hukuk Bürosu"),
        (200, 150, "ÖDEME BİLDİRİMİ"),
        (40, 170, "Aşağıdaki serbest meslek makbuzlarınız için ödeme yapılmıştır."),
        (30, 192, "Sıra"), (65, 192, "Makbuz No"), (145, 192, "Tarih"), line_ending_at(290, 192, "Brüt Ücret"),
        line_ending_at(350, 192, "KDV"), line_ending_at(460, 192, "G.V. Stopajı %20"), line_ending_at(560, 192, "Ödenen Tutar"),
    ]
    y = 206
    for row in [("1", "SMM-2023-041", "10.02.2023", "12.500,00", "2.500,00", "2.500,00", "12.500,00"),
                ("2", "SMM-2023-057", "28.02.2023", "8.200,00", "1.640,00", "1.640,00", "8.200,00")]:
        items += [(30, y, row[0]), (65, y, row[1]), (145, y, row[2])] + [
            line_ending_at(x, y, text) for x, text in zip((290, 350, 460, 560), row[3:], strict=True)]
        y += 14
    items += [(330, y + 14, "Toplam ödenen: 20.700,00 TL"),
              (40, y + 50, "Saygılarımızla,"),
              (40, y + 64, "Anadolu Yayıncılık A.Ş.")]
    return drawn_lines(items)


def test_a_turkish_emailed_payment_advice(patterns):
    values, document_type = read(_turkish_email(), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Yıldız Ambalaj Sanayi A.Ş."  # "... adına"
    # the sentence's verb ("gönderilmiştir") on the next line makes its date the payment's
    assert values["payment_information.payment_date"] == "2023-03-08"
    assert values["payment_information.payment_amount"] == 342118.60
    assert values["financial_data.currency"] == "TRY"
    assert values["vendor_information.vendor_id"] == "T31877"  # "Cari kodunuz"
    assert values["payment_information.payment_reference"] == "ODM-2023-0412"
    # bullets that open with the document's number alone
    assert allocation_pairs(values) == [("YAS2023000000214", 198406.25), ("YAS2023000000377", 143712.35)]


def test_a_turkish_eft_receipt(patterns):
    values, document_type = read(_turkish_bank_receipt(), patterns)
    assert document_type == "remittance_advice"
    # "GÖNDEREN BİLGİLERİ" over "Gönderen | ...": the row names the party, not the section's heading
    assert values["customer_information.customer_name"] == "Marmara Kimya Ticaret Ltd. Şti."
    assert values["vendor_information.vendor_name"] == "Boğaziçi Laboratuvar Cihazları A.Ş."
    assert values["payment_information.payment_amount"] == 86420.00
    assert values["payment_information.payment_date"] == "2023-05-17"


def test_a_turkish_payment_letters_receipt_table(patterns):
    values, document_type = read(_turkish_letter(), patterns)
    assert document_type == "remittance_advice"
    assert values["document_date"] == "2023-03-14"  # "İstanbul, 14.03.2023", not a row's "Tarih"
    # each receipt ("Makbuz No") by what was paid ("Ödenen Tutar"), not its gross fee
    assert allocation_pairs(values) == [("SMM-2023-041", 12500.00), ("SMM-2023-057", 8200.00)]
    assert values["payment_information.payment_amount"] == 20700.00


# 7. Jamaica's GCT and Guyana's dollar

def _jamaican_invoice():
    return drawn_pdf([
        (40, 44, "Port Royal Marine Electrical Ltd", 14),
        (40, 60, "27 Harbour Street, Kingston"),
        (40, 72, "TRN / GCT Reg. No.: 104-372-918"),
        (400, 44, "INVOICE", 13, "hebo"),
        (380, 70, "Invoice No:"), (460, 70, "PRM-21884"),
        (380, 82, "Date:"), (460, 82, "11/04/2024"),
        (40, 110, "Bill To", 8.5, "hebo"),
        (40, 122, "Ocho Rios Cruise Terminal Services Ltd"),
        (40, 134, "Main Street, Ocho Rios, St. Ann"),
        (40, 164, "Description", 8, "hebo"), right_aligned(540, 164, "Amount", 8, "hebo"),
        (40, 178, "Rewiring of shore power panel, berth 2", 8), right_aligned(540, 178, "98,350.00", 8),
        (380, 214, "GCT @ 15%"), right_aligned(540, 214, "14,752.50"),
        (380, 228, "Total", 9, "hebo"), right_aligned(540, 228, "J$113,102.50", 9, "hebo"),
    ])


def _guyanese_invoice():
    return drawn_pdf([
        (40, 44, "Demerara Timber & Hardware Inc.", 14),
        (40, 60, "14 Water Street, Georgetown"),
        (40, 72, "Tel: 592-226-4418"),
        (400, 44, "INVOICE", 13, "hebo"),
        (380, 70, "Invoice No:"), (460, 70, "DTH-5520"),
        (380, 82, "Date:"), (460, 82, "02/09/2024"),
        (40, 110, "Bill To", 8.5, "hebo"),
        (40, 122, "Berbice Housing Developers Ltd"),
        (40, 134, "New Amsterdam, Berbice"),
        (40, 164, "Description", 8, "hebo"), right_aligned(320, 164, "Qty", 8, "hebo"),
        right_aligned(400, 164, "Unit Price", 8, "hebo"), right_aligned(540, 164, "Amount", 8, "hebo"),
        (40, 178, "Greenheart beams 6x6x16", 8), right_aligned(320, 178, "120", 8),
        right_aligned(400, 178, "12,480.00", 8), right_aligned(540, 178, "1,497,600.00", 8),
        (380, 202, "Subtotal"), right_aligned(540, 202, "1,497,600.00"),
        (380, 214, "VAT 14%"), right_aligned(540, 214, "209,664.00"),
        (380, 228, "Total", 9, "hebo"), right_aligned(540, 228, "G$1,707,264.00", 9, "hebo"),
    ])


def test_jamaican_gct_and_guyanese_dollars(patterns):
    values, document_type = read(_jamaican_invoice(), patterns)
    assert document_type == "invoice"
    assert values["vendor_information.tax_id"] == "104-372-918"  # "TRN / GCT Reg. No."
    assert values["financial_data.tax_amount"] == 14752.50  # "GCT @ 15%"
    assert values["financial_data.currency"] == "JMD"
    values, _ = read(_guyanese_invoice(), patterns)
    assert values["financial_data.currency"] == "GYD"  # "G$"
    assert values["financial_data.total_amount"] == 1707264.00


# 8. Opticians' receipts

def _optician_receipt():
    return drawn_pdf([
        (60, 40, "Clearview Eyecare Fremantle", 12, "hebo"),
        (60, 54, "41 Market Street, Fremantle WA 6160", 8),
        (60, 64, "ABN 63 118 402 775", 8),
        (60, 84, "TAX INVOICE / RECEIPT", 9, "hebo"),
        (60, 96, "Date: 22/10/2024", 8), right_aligned(320, 96, "Receipt 7741-0028", 8),
        (60, 108, "Patient: Ms Harriet Okonkwo", 8),
        (60, 118, "Optometrist provider no. 541893KJ", 8),
        # (the frame's size wrapped onto a line of its own, its price centred beside the two lines)
        (60, 138, "Frame Calloway CL2208 Tortoise", 8),
        (60, 148, "54-17", 8), right_aligned(320, 143, "289.00", 8),
        (60, 160, "Progressive lenses 1.6 anti-glare", 8), right_aligned(320, 160, "418.00*", 8),
        (60, 172, "Comprehensive eye examination", 8), right_aligned(320, 172, "95.50", 8),
        (60, 192, "TOTAL", 9, "hebo"), right_aligned(320, 192, "$802.50", 9, "hebo"),
        (60, 204, "Includes GST", 8), right_aligned(320, 204, "$38.00", 8),
        (60, 216, "EFTPOS", 8), right_aligned(320, 216, "$802.50", 8),
        (60, 232, "* taxable item", 7),
    ])


def _uk_optician_receipt():
    return drawn_pdf([
        (60, 40, "Hartley & Pryce Opticians", 12, "hebo"),
        (60, 54, "8 Castle Street, Shrewsbury SY1 2AZ", 8),
        (60, 64, "VAT Reg No: GB 284 6610 37", 8),
        (60, 84, "RECEIPT", 9, "hebo"),
        (60, 96, "Date: 18/11/2024", 8),
        (60, 108, "Patient: Mr Owen Rhys-Davies", 8),
        (60, 128, "Single vision lenses", 8), right_aligned(320, 128, "139.00", 8),
        (60, 140, "Frame Aldgate AL114 Gunmetal", 8), right_aligned(320, 140, "115.00", 8),
        (60, 160, "TOTAL", 9, "hebo"), right_aligned(320, 160, "£254.00", 9, "hebo"),
        (60, 172, "Card", 8), right_aligned(320, 172, "£254.00", 8),
        (60, 192, "PD 62 mm · Next sight test due 18/11/2026", 8),
    ])


def test_opticians_receipts(patterns):
    values, document_type = read(_optician_receipt(), patterns)
    assert document_type == "receipt"
    assert "vendor_information.vendor_id" not in values  # the optometrist's provider number
    assert values["financial_data.total_amount"] == 802.50
    # the frame's size on a line of its own is part of its description; "418.00*" is marked taxable
    assert item_rows(values) == [("Frame Calloway CL2208 Tortoise 54-17", None, None, 289.00),
                                 ("Progressive lenses 1.6 anti-glare", None, None, 418.00),
                                 ("Comprehensive eye examination", None, None, 95.50)]
    # the next sight test is a recall, no due date
    values, document_type = read(_uk_optician_receipt(), patterns)
    assert document_type == "receipt"
    assert "payment_terms.due_date" not in values
    assert values["financial_data.total_amount"] == 254.00


# 9. A US federal id; a Lebanese letterhead

def _us_rental_invoice():
    return drawn_pdf([
        (40, 44, "Cascade Lift & Equipment Rentals", 14),
        (40, 60, "2210 Industrial Way, Tacoma, WA 98421"),
        (40, 72, "Fed ID 91-4428736"),
        (400, 44, "RENTAL INVOICE", 12, "hebo"),
        (380, 70, "Invoice No:"), (460, 70, "R-118842"),
        (380, 82, "Date:"), (460, 82, "05/14/2024"),
        (40, 110, "Bill To", 8.5, "hebo"),
        (40, 122, "Puget Sound Glazing Inc."),
        (40, 134, "880 Dock Street, Tacoma, WA 98402"),
        (40, 164, "Description", 8, "hebo"), right_aligned(540, 164, "Amount", 8, "hebo"),
        (40, 178, "Scissor lift 26 ft, 4 weeks", 8), right_aligned(540, 178, "1,640.00", 8),
        (380, 202, "Subtotal"), right_aligned(540, 202, "1,640.00"),
        (380, 214, "Sales Tax 10.3%"), right_aligned(540, 214, "168.92"),
        (380, 228, "Total", 9, "hebo"), right_aligned(540, 228, "$1,808.92", 9, "hebo"),
    ])


def _lebanese_invoice():
    return drawn_pdf([
        (40, 44, "Imprimerie Haddad Sarl", 14),
        (40, 60, "Immeuble Sursock"),
        (40, 72, "Rue Gouraud, Gemmayzeh"),
        (40, 84, "Beyrouth"),
        (40, 96, "Liban"),
        (420, 44, "FACTURE", 14, "hebo"),
        (380, 70, "Facture n° :"), (460, 70, "IH-2024-317"),
        (380, 82, "Date :"), (460, 82, "12/06/2024"),
        (40, 130, "Client :", 8.5, "hebo"), (90, 130, "Librairie Antoine Sal"),
        (40, 160, "Désignation", 8, "hebo"), right_aligned(540, 160, "Montant", 8, "hebo"),
        (40, 174, "Impression de 500 catalogues", 8), right_aligned(540, 174, "2,450.00", 8),
        (380, 198, "Total", 9, "hebo"), right_aligned(540, 198, "USD 2,450.00", 9, "hebo"),
    ])


def test_a_us_federal_id_and_a_lebanese_building(patterns):
    values, _ = read(_us_rental_invoice(), patterns)
    assert values["vendor_information.tax_id"] == "91-4428736"  # "Fed ID"
    assert values["vendor_information.address"] == "2210 Industrial Way, Tacoma, WA 98421"
    values, _ = read(_lebanese_invoice(), patterns)
    assert values["vendor_information.vendor_name"] == "Imprimerie Haddad Sarl"
    # the address opens with the building ("Immeuble ...")
    assert values["vendor_information.address"] == "Immeuble Sursock, Rue Gouraud, Gemmayzeh, Beyrouth, Liban"
