"""Chinese VAT invoice (发票) as printed, 2023-2025: the paper general VAT invoice and the fully digital e-invoice.

Two prints, Chinese labels only. `fapiao_paper`: the 增值税普通发票 form (province in the title, 发票代码 12
digits, 发票号码 8 digits, 开票日期 `2024年03月15日`, 校验码 in groups, 机器编号), the 购买方 box (名称 /
纳税人识别号 / 地址、电话 / 开户行及账号) beside the 密码区 of cipher characters, the item table 货物或应税劳务、服务
名称 / 规格型号 / 单位 / 数量 / 单价 / 金额 / 税率 / 税额 with tax-classification names (`*信息技术服务*软件维护费`),
合计 with `¥`, 价税合计（大写）`ⓧ壹仟贰佰叁拾肆元伍角陆分` and （小写）`¥1234.56`, the 销售方 box, 备注, 收款人 / 复核 /
开票人 / 销售方（章）. `fapiao_digital`: the 数电票 电子发票（普通发票）with a 20-digit 发票号码, 购买方信息 / 销售方信息
(名称 and 统一社会信用代码/纳税人识别号 only, no addresses), 项目名称 / 规格型号 / 单位 / 数量 / 单价 / 金额 / 税率/征收率 /
税额, 合计, 价税合计, 备注 and 开票人.

Prices are keyed tax-inclusive and the form prints them net: 金额 = the inclusive amount / (1 + rate) rounded to
the fen, 税额 the rest, and 单价 the net unit price with up to eight decimals (`884.95575221`). Rates 13 %
(goods), 9 % (transport, construction), 6 % (services), 1 % / 3 % (small-scale taxpayers).

Truth: id = 发票号码 (the 8-digit number on paper, the 20-digit one on the digital invoice); 发票代码, 校验码,
机器编号 and the cipher area are decoys. Vendor = 销售方 名称, tax id = its 纳税人识别号 (the 18-character
unified social credit code with its GB 32100 check character), address = the address part of 地址、电话 (the
phone is not part of it; null on the digital invoice); customer = 购买方 名称 likewise, its code a decoy.
Net = 合计 金额, tax = 合计 税额, total = 价税合计（小写）; lines as printed (unit price with its decimals).
"""

from __future__ import annotations

import random
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twelfth import cn_party, words_cn_upper
from corpus.holdout.money import fmt_number, random_date
from corpus.holdout.render import A4, Box, Sheet, fits

FAMILY = "cn_fapiao"
DOCUMENT_TYPE = "invoice"
D = Decimal
ITEMS = [("*信息技术服务*软件维护费", "", "项", 3000, 60000, D(6)), ("*信息技术服务*云服务器租赁费", "4核8G", "月", 800, 6000, D(6)),
         ("*现代服务*咨询服务费", "", "次", 5000, 80000, D(6)), ("*现代服务*会议服务费", "", "次", 2000, 30000, D(6)),
         ("*计算机配套产品*笔记本电脑", "14英寸", "台", 4500, 12000, D(13)), ("*纸制品*复印纸", "A4 70g", "箱", 120, 260, D(13)),
         ("*塑料制品*包装袋", "50x70cm", "个", 0.5, 3, D(13)), ("*电子元件*集成电路", "STM32F103", "个", 8, 45, D(13)),
         ("*运输服务*国内道路货物运输服务", "", "次", 600, 9000, D(9)), ("*建筑服务*装修工程", "", "项", 20000, 180000, D(9)),
         ("*餐饮服务*餐费", "", "次", 300, 5000, D(6)), ("*办公设备*激光打印机", "A4黑白", "台", 900, 3500, D(13)),
         ("*劳务*保洁服务费", "", "月", 2000, 9000, D(6)), ("*金属制品*不锈钢螺栓", "M10x50", "盒", 35, 120, D(13))]
PROVINCES = {"31": "上海", "11": "北京", "44": "广东", "33": "浙江", "32": "江苏", "51": "四川"}
CLERKS = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "周婷"]


def _lines(rng: random.Random, small: bool) -> tuple[list[Line], list[D]]:
    count = rng.randrange(1, 6)
    chosen = rng.sample(ITEMS, count)
    lines, taxes = [], []
    for name, spec, unit, low, high, tax_rate in chosen:
        r = D(pick(rng, [1, 3])) if small else tax_rate
        qty = D(pick(rng, [1, 1, 1, 2, 3, 5, 10, 20, 50, 100])) if unit not in ("项", "次") else D(1)
        incl_unit = D(str(round(rng.uniform(low, high), 2 if high < 50 else 0)))
        incl = (qty * incl_unit).quantize(D("0.01"))
        amount = (incl / (1 + r / 100)).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        unit_price = (amount / qty).quantize(D("0.00000001"), rounding=ROUND_HALF_UP).normalize()
        if unit_price == unit_price.to_integral_value():
            unit_price = unit_price.quantize(D("0.01"))
        line = Line(name, qty, unit_price, amount, unit, spec, r)
        lines.append(line)
        taxes.append(incl - amount)
    return lines, taxes


def _price(value: D) -> str:
    text = format(value, "f")
    return text if "." in text else text + ".00"


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["paper", "digital"])
    vendor, customer = cn_party(rng), cn_party(rng)
    issued = random_date(rng, date(2023, 1, 3), 890)
    small = chance(rng, 0.15)
    lines, taxes = _lines(rng, small)
    net = sum((li.amount for li in lines), D("0.00"))
    tax = sum(taxes, D("0.00"))
    total = net + tax
    day = f"{issued.year}年{issued.month:02d}月{issued.day:02d}日"
    clerk = pick(rng, CLERKS)
    if layout == "paper":
        number = f"{rng.randrange(10**7):08d}"
        code = f"0{rng.choice(['31', '11', '44', '33', '32', '51'])}00{issued.year % 100:02d}{rng.randrange(10**5):05d}"
    else:
        number = f"{issued.year % 100:02d}{pick(rng, ['31', '11', '44', '33', '32', '51'])}2000000{rng.randrange(10**8, 10**9)}"
        code = ""
    doc = Doc(document_type=DOCUMENT_TYPE, locale="CN", currency="CNY", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, vendor_address_printed=layout == "paper", customer_address_printed=layout == "paper")
    color = pick(rng, ["#8d5a2b", "#7a4b1e", "#1f4e79"]) if layout == "paper" else "#8d3b2b"
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times"]), size=(7.5, 8.0), table="grid")
    css = theme.css(f"table.f{{width:100%;border-collapse:collapse}} table.f td{{border:0.8pt solid {color};padding:2pt 3pt}}"
                    f" .lab{{color:{color}}} .ttl{{font-size:16pt;color:{color};text-align:center;letter-spacing:2pt;font-weight:bold}}"
                    f" .side{{color:{color};text-align:center;width:14pt}} .cipher{{font-family:Courier;font-size:7pt;letter-spacing:0.5pt}}")
    upper = words_cn_upper(total)
    rows_html = "".join(
        f"<tr><td>{esc(li.description)}</td><td>{esc(li.code)}</td><td class='c'>{li.unit}</td><td class='r'>{fmt_number(li.quantity, 'plain', decimals=0)}</td>"
        f"<td class='r'>{_price(li.unit_price)}</td><td class='r'>{fmt_number(li.amount, 'plain')}</td><td class='c'>{li.tax_rate}%</td>"
        f"<td class='r'>{fmt_number(t, 'plain')}</td></tr>" for li, t in zip(lines, taxes, strict=True))
    pad = "".join("<tr>" + "<td>&#160;</td>" * 8 + "</tr>" for _ in range(max(0, 4 - len(lines))))
    width, height = A4
    if layout == "paper":
        province = PROVINCES[vendor.tax_id[2:4]]      # the seller's tax bureau issues the form
        check = " ".join(f"{rng.randrange(10**5):05d}" for _ in range(4))
        cipher = "<br/>".join("".join(pick(rng, list("0123456789+-*/<>")) for _ in range(27)) for _ in range(4))

        def party_box(party, side: str, right_label: str, right: str) -> str:
            cells = [("名 称：", f"<b>{esc(party.name)}</b>"), ("纳税人识别号：", party.tax_id),
                     ("地 址、电 话：", f"{esc(party.address_text)} {party.phone}"), ("开户行及账号：", esc(party.extra["bank"]))]
            rows = []
            for i, (k, v) in enumerate(cells):
                lead = f"<td class='side lab' rowspan='4'>{side}</td>" if i == 0 else ""
                tail = f"<td class='side lab' rowspan='4'>{right_label}</td><td class='cipher' rowspan='4' style='width:30%'>{right}</td>" if i == 0 else ""
                rows.append(f"<tr>{lead}<td class='lab' style='width:15%;border-right:none'>{k}</td><td style='width:45%;border-left:none'>{v}</td>{tail}</tr>")
            return "<table class='f'>" + "".join(rows) + "</table>"

        html = (f"<table style='width:100%'><tr><td style='width:28%' class='small'><span class='lab'>机器编号：</span>{rng.randrange(10**11, 10**12)}</td>"
                f"<td style='width:44%'><p class='ttl'>{province}增值税普通发票</p><p class='c small lab'>{pick(rng, ['发 票 联', '记 账 联'])}</p></td>"
                f"<td style='width:28%' class='small'><span class='lab'>发票代码：</span>{code}<br/><span class='lab'>发票号码：</span><b>{number}</b><br/>"
                f"<span class='lab'>开票日期：</span>{day}<br/><span class='lab'>校 验 码：</span>{check}</td></tr></table>"
                + party_box(customer, "购<br/>买<br/>方", "密<br/>码<br/>区", cipher) +
                f"<table class='f'><tr class='lab'><td class='c lab' style='width:30%'>货物或应税劳务、服务名称</td><td class='c lab' style='width:10%'>规格型号</td>"
                f"<td class='c lab' style='width:6%'>单位</td><td class='c lab' style='width:7%'>数量</td><td class='c lab' style='width:13%'>单价</td>"
                f"<td class='c lab' style='width:13%'>金额</td><td class='c lab' style='width:7%'>税率</td><td class='c lab' style='width:14%'>税额</td></tr>"
                f"{rows_html}{pad}<tr><td class='c lab'>合 计</td><td></td><td></td><td></td><td></td><td class='r'>¥{fmt_number(net, 'plain')}</td><td></td>"
                f"<td class='r'>¥{fmt_number(tax, 'plain')}</td></tr>"
                f"<tr><td class='c lab'>价税合计（大写）</td><td colspan='4'>ⓧ{upper}</td><td colspan='3'><span class='lab'>（小写）</span>¥{fmt_number(total, 'plain')}</td></tr></table>"
                + party_box(vendor, "销<br/>售<br/>方", "备<br/><br/>注", pick(rng, ['', '', '合同编号：HT' + str(rng.randrange(10**5, 10**6)), '项目：' + str(issued.year) + '年度服务'])) +
                f"<table style='width:100%'><tr><td class='lab' style='width:25%'>收款人：{pick(rng, CLERKS)}</td><td class='lab' style='width:25%'>复核：{pick(rng, CLERKS)}</td>"
                f"<td class='lab' style='width:25%'>开票人：{clerk}</td><td class='lab' style='width:25%'>销售方：（章）</td></tr></table>")
        template = "fapiao_paper"
    else:
        special = chance(rng, 0.3)
        html = (f"<table style='width:100%'><tr><td style='width:22%'></td><td style='width:50%'><p class='ttl'>电子发票（{'增值税专用发票' if special else '普通发票'}）</p>"
                f"<p class='c lab'>━━━━━━━━━━━━━━━━━━━━</p></td><td style='width:28%' class='small'><span class='lab'>发票号码：</span><b>{number}</b><br/>"
                f"<span class='lab'>开票日期：</span>{day}</td></tr></table>"
                f"<table class='f' style='margin-top:4pt'><tr><td class='side lab'>购<br/>买<br/>方<br/>信<br/>息</td><td style='width:46%'>"
                f"<span class='lab'>名称：</span>{esc(customer.name)}<br/><br/><span class='lab'>统一社会信用代码/纳税人识别号：</span>{customer.tax_id}</td>"
                f"<td class='side lab'>销<br/>售<br/>方<br/>信<br/>息</td><td style='width:46%'><span class='lab'>名称：</span>{esc(vendor.name)}<br/><br/>"
                f"<span class='lab'>统一社会信用代码/纳税人识别号：</span>{vendor.tax_id}</td></tr></table>"
                f"<table class='f'><tr><td class='c lab' style='width:30%'>项目名称</td><td class='c lab' style='width:10%'>规格型号</td><td class='c lab' style='width:6%'>单位</td>"
                f"<td class='c lab' style='width:7%'>数量</td><td class='c lab' style='width:13%'>单价</td><td class='c lab' style='width:13%'>金额</td>"
                f"<td class='c lab' style='width:8%'>税率/征收率</td><td class='c lab' style='width:13%'>税额</td></tr>{rows_html}"
                f"<tr><td class='c lab'>合 计</td><td></td><td></td><td></td><td></td><td class='r'>¥{fmt_number(net, 'plain')}</td><td></td><td class='r'>¥{fmt_number(tax, 'plain')}</td></tr>"
                f"<tr><td class='c lab'>价税合计（大写）</td><td colspan='4'>ⓧ{upper}</td><td colspan='3'><span class='lab'>（小写）</span>¥{fmt_number(total, 'plain')}</td></tr>"
                f"<tr><td class='c lab'>备<br/>注</td><td colspan='7'>{pick(rng, ['', '购方开户银行：' + esc(customer.extra['bank']), '合同编号：HT' + str(rng.randrange(10**5, 10**6))])}</td></tr></table>"
                f"<p style='margin-top:4pt'><span class='lab'>开票人：</span>{clerk}</p>")
        template = "fapiao_digital"
    rect = (36, 60, width - 36, height * 0.62)
    if not fits(html, css, rect):
        rect = (36, 40, width - 36, height - 40)
        if not fits(html, css, rect):
            raise AssertionError("fapiao overflows")
    boxes = [Box(rect, html)]
    if chance(rng, 0.7):
        boxes.append(Box((40, 14, 84, 58), kind="qr", payload=f"01,10,{code},{number},{total},{issued:%Y%m%d}"))
    sheet = Sheet(width=width, height=height, css=css, pages=[boxes])
    return Built(doc=doc, sheet=sheet, template=template, notes={"code": code, "small_scale": small, "upper": upper})
