"""Write the Simplified Chinese translations into floorwatch_zh_CN.ts.

ZH below is the source of truth for our Chinese: English source text -> Chinese. To translate
new strings:

    bash resources/translations/update.sh          # lupdate adds them to the .ts
    # add each new English string and its Chinese to ZH (or CONTEXT_ZH) below,
    # or to a feature's own zh/<feature>.json
    python resources/translations/fill_zh.py       # writes them into the .ts
    bash resources/translations/update.sh          # compiles the .qm

Every message of the .ts gets its translation from CONTEXT_ZH[(context, source)] when there
is one, else from ZH[source]; `type="unfinished"` is removed. Messages with no translation
are listed and the script exits with status 1 (after writing the ones it could fill).

Rules checked for each translation (exit status 1 if one is broken):
- every %1, %2... placeholder of the source appears exactly as often in the translation;
- a source with an `&` accelerator keeps one, Chinese style: "&File" -> "文件(&F)";
- "…" and the status glyphs (● ✖ ○ ×) are kept where the source has them;
- file dialog filters such as "(*.csv)" are kept verbatim (Qt parses them).

Terminology: Stores 店铺, Metrics 指标, Incidents 事件, Wellbeing 员工关怀, agent 客服,
store account 子账号, Online 在线, Away 挂起, Offline 离线, Waiting 待回复, Team 组别,
Severity 级别, DEMO 演示, Source 数据源, target 目标, today 今日.

The .ts is edited as text, the way lupdate writes it, so running update.sh afterwards
changes nothing but what it should (new or removed strings, line numbers).
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

TS = Path(__file__).resolve().with_name("floorwatch_zh_CN.ts")

ZH: dict[str, str] = {
    "Active alerts": "当前告警",
    "Acknowledge": "确认",
    "Acknowledge the selected alert (Ctrl+K)": "确认所选告警（Ctrl+K）",
    "Open incident…": "建立事件…",
    " (acknowledged)": "（已确认）",
    "No active alerts": "暂无告警",
    "&Yesterday review…": "昨日复盘(&Y)…",
    "⚠ %1 active alerts": "⚠ 当前告警 %1 条",
    "✔ No active alerts": "✔ 暂无告警",
    "Demo floor (seed %1)": "演示客服现场（种子 %1）",
    "Trend chart": "趋势图",
    # -- Format: durations (ui/formatting.py) ---------------------------------------------
    "%1 s": "%1秒",
    "%1 min": "%1分钟",
    "%1 h %2 min": "%1小时%2分钟",
    # -- menus and actions (MainWindow) -----------------------------------------------------
    "&File": "文件(&F)",
    "&View": "视图(&V)",
    "&Help": "帮助(&H)",
    "&New incident…": "新建事件(&N)…",
    "Log a new incident (Ctrl+N)": "新建事件（Ctrl+N）",
    "&Quit": "退出(&Q)",
    "&Reset layout": "重置布局(&R)",
    "&Wallboard (full screen)": "大屏模式（全屏）(&W)",
    "&Pause demo": "暂停演示(&P)",
    "&About Floorwatch": "关于 Floorwatch(&A)",
    "About Floorwatch": "关于 Floorwatch",
    "Floorwatch %1\nThe customer-service floor supervisor's console.\nDatabase: %2":
        "Floorwatch %1\n客服现场主管控制台。\n数据库：%2",
    # -- demo bar and status bar (MainWindow) ---------------------------------------------------
    "Demo": "演示",
    "DEMO — simulated floor: every figure comes from the built-in demo simulator, "
    "not a real store": "演示 — 模拟客服现场：所有数据均来自内置演示模拟器，并非真实店铺",
    "Source: %1": "数据源：%1",
    "Last event: %1": "最近事件：%1",
    "● DEMO": "● 演示",
    "● Live": "● 实时",
    "✖ Offline": "✖ 离线",
    "○ No source": "○ 无数据源",
    # -- shared words: states, columns ------------------------------------------------------
    "Online": "在线",
    "Away": "挂起",
    "Offline": "离线",
    "Status": "状态",
    "Agent": "客服",
    "Type": "类型",
    "Title": "标题",
    "Severity": "级别",
    "Low": "低",
    "Medium": "中",
    "High": "高",
    "Critical": "紧急",
    # -- Stores panel -------------------------------------------------------------------------
    "Stores": "店铺",
    "Covered": "已覆盖",
    "Below minimum": "低于最低人数",
    "Nobody online": "无人在线",
    "Out of hours": "非服务时间",
    "Platform": "平台",
    "Store": "店铺",
    "Online / min": "在线 / 最低",
    "Waiting": "待回复",
    "Arrived 15 min": "15分钟内进线",
    "Last customer": "最近买家消息",
    "Store coverage": "店铺覆盖情况",
    "Agents by store": "各店铺客服状态",
    "Coverage": "覆盖情况",
    "Agents × stores": "客服 × 店铺",
    "%1 stores · %2 nobody online · %3 below minimum · %4 waiting":
        "店铺 %1 · 无人在线 %2 · 低于最低人数 %3 · 待回复 %4",
    # -- Metrics panel ------------------------------------------------------------------------
    "Metrics": "指标",
    "Metric": "指标",
    "Window": "时间范围",
    "Last hour": "最近 1 小时",
    "Last 8 hours": "最近 8 小时",
    "Last 24 hours": "最近 24 小时",
    "Chart": "图表",
    "Solid: today · dashed: same hours yesterday · dotted: target":
        "实线：今日 · 虚线：昨日同时段 · 点线：目标",
    "Last 7 days": "最近 7 天",
    "Scope": "范围",
    "Whole floor": "全场",
    "Agents": "客服",
    "%1 compared": "对比 %1 项",
    "Pause": "暂停",
    "Resume": "继续",
    "Freeze the chart to scroll back; drag or wheel to move in time":
        "冻结图表以回看；拖动或滚动滚轮可前后移动时间",
    "Dashed grey: same hours yesterday · dotted green: target · bands: warning and alarm":
        "灰色虚线：昨日同时段 · 绿色点线：目标 · 色带：预警与告警",
    "target %1": "目标 %1",
    "today": "今日",
    "%1 vs yesterday": "较昨日 %1",
    # -- Incidents panel and the new-incident dialog ------------------------------------------
    "Incidents": "事件",
    "Open": "未处理",
    "Acknowledged": "已确认",
    "Mitigated": "已缓解",
    "Resolved": "已解决",
    "Closed": "已关闭",
    "Opened": "创建时间",
    "Incident log": "事件记录",
    "%1 open of %2": "未处理 %1 / 共 %2",
    "No incidents logged. Ctrl+N logs one.": "暂无事件记录。按 Ctrl+N 新建事件。",
    "New incident": "新建事件",
    "Incident type": "事件类型",
    "Subtype": "子类型",
    "Defaults to the type's name": "默认使用事件类型名称",
    "Log incident": "记录事件",
    "Type (1-8)": "类型（1-8）",
    "Incident not saved": "事件未保存",
    # -- Yesterday review dialog ------------------------------------------------------------
    "Yesterday review": "昨日复盘",
    "Computing the review of %1…": "正在计算 %1 的复盘…",
    "Yesterday: %1 · baseline: %2 to %3 (%4 days together)":
        "昨日：%1 · 基线：%2 至 %3（共 %4 天）",
    "%1 agents, %2 with marks · %3 stores, %4 with marks":
        "客服 %1 人，%2 人有标记 · 店铺 %3 家，%4 家有标记",
    "Only rows with marks": "仅显示有标记的行",
    "Yesterday by agent": "昨日（按客服）",
    "Yesterday by store": "昨日（按店铺）",
    "By agent": "按客服",
    "By store": "按店铺",
    "(nobody picked up)": "（无人接待）",
    "Baseline (%1 days before): %2": "基线（前 %1 天）：%2",
    "Baseline (%1 days before): no data": "基线（前 %1 天）：无数据",
    "Baseline (%1 days before, per active day; %2 active days): %3":
        "基线（前 %1 天，按活跃日平均；活跃 %2 天）：%3",
    "Change: %1 %": "变化：%1%",
    "%1 Alarm: worse than %2": "%1 告警：差于 %2",
    "%1 Warning: worse than %2": "%1 预警：差于 %2",
    "%1 Far from the baseline": "%1 偏离基线",
    "%1 alarm, %2 warning: off target · %3 far: more than %4 % worse than the baseline "
    "(%5: more than %6 % up or down)":
        "%1 告警、%2 预警：未达目标 · %3 偏离：比基线差 %4% 以上（%5：上下波动超过 %6%）",
    "The review could not be computed: %1": "无法计算复盘：%1",
    "Export CSV…": "导出 CSV…",
    "Save the whole review as a CSV file (Ctrl+E)": "将完整复盘保存为 CSV 文件（Ctrl+E）",
    "Recompute": "重新计算",
    "Review the day before today again": "重新复盘昨日",
    "Export review": "导出复盘",
    "CSV files (*.csv)": "CSV 文件 (*.csv)",
    "Export failed": "导出失败",
    "The review could not be saved to %1:\n%2": "无法将复盘保存到 %1：\n%2",
    "Saved to %1": "已保存到 %1",
    # -- Wellbeing panel ------------------------------------------------------------------------
    "Wellbeing": "员工关怀",
    "Team": "组别",
    "For": "持续",
    "Stores online": "在线店铺",
    "Handled today": "今日接待",
    "Active now": "当前会话",
    "Agent roster": "客服名单",
    "%1 agents · %2 online · %3 away · %4 offline": "客服 %1 · 在线 %2 · 挂起 %3 · 离线 %4",
}

# Where one English string needs different Chinese in one context: (context, source) -> zh.
CONTEXT_ZH: dict[tuple[str, str], str] = {}

# Each feature may keep its Chinese in zh/<feature>.json ({"English": "中文"}), so that
# people working on different panels do not edit the same dictionary.
EXTRA = Path(__file__).resolve().with_name("zh")


def load_extra(folder: Path = EXTRA) -> dict[str, str]:
    """Every zh/*.json dictionary merged; one English string given two Chinese is an error."""
    merged: dict[str, str] = {}
    for path in sorted(folder.glob("*.json")):
        for source, zh in json.loads(path.read_text(encoding="utf-8")).items():
            known = ZH.get(source, merged.get(source))
            if known is not None and known != zh:
                raise SystemExit(f"{path.name}: {source!r} is already translated as {known!r}")
            merged[source] = zh
    return merged


ZH.update(load_extra())

KEPT_GLYPHS = "…●✖○×"
PLACEHOLDER = re.compile(r"%\d+")
CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE = re.compile(r"<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION = re.compile(r"<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)",
                         re.S)


def protect(text: str) -> str:
    """Escape text for the .ts as lupdate does."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def rule_breaks(source: str, zh: str) -> list[str]:
    """What is wrong with `zh` as the translation of `source`, if anything."""
    problems = []
    if not zh.strip():
        problems.append("empty translation")
    if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(zh)):
        problems.append("placeholders differ")
    if re.search(r"&[^&\s]", source.replace("&&", "")) and not re.search(
            r"\(&[A-Za-z0-9]\)", zh):
        problems.append('accelerator missing: write it as "(&X)"')
    for glyph in KEPT_GLYPHS:
        if source.count(glyph) != zh.count(glyph):
            problems.append(f"glyph {glyph} not kept")
    if source and source[0] in "●✖○" and not zh.startswith(source[0]):
        problems.append(f"glyph {source[0]} must stay first")
    for pattern in re.findall(r"\(\*\.[^)]*\)", source):  # file dialog filters: "(*.csv)"
        if pattern not in zh:
            problems.append(f"file filter {pattern} must stay as is")
    return problems


def fill(ts_text: str) -> tuple[str, list[str], list[str], int]:
    """The .ts with translations set; missing (context, source) names; rule breaks; count."""
    missing: list[str] = []
    broken: list[str] = []
    filled = 0

    def do_context(cm: re.Match) -> str:
        context = html.unescape(cm.group(1))

        def do_message(mm: re.Match) -> str:
            nonlocal filled
            body = mm.group("body")
            sm, tm = SOURCE.search(body), TRANSLATION.search(body)
            if sm is None or tm is None:
                return mm.group(0)
            attrs = tm.group("attrs")
            if "vanished" in attrs or "obsolete" in attrs:
                return mm.group(0)  # no longer in the code: leave as lupdate wrote it
            source = html.unescape(sm.group(1))
            if "numerus" in mm.group("attrs"):
                broken.append(f"[{context}] {source!r}: plural forms are not supported here")
                return mm.group(0)
            zh = CONTEXT_ZH.get((context, source), ZH.get(source))
            if zh is None:
                missing.append(f"[{context}] {source!r}")
                return mm.group(0)
            for problem in rule_breaks(source, zh):
                broken.append(f"[{context}] {source!r} -> {zh!r}: {problem}")
            filled += 1
            new_body = (body[:tm.start()] + f"<translation>{protect(zh)}</translation>"
                        + body[tm.end():])
            return f"<message{mm.group('attrs')}>{new_body}</message>"

        return (ts_text[cm.start():cm.start(2)] + MESSAGE.sub(do_message, cm.group(2))
                + ts_text[cm.end(2):cm.end()])

    return CONTEXT.sub(do_context, ts_text), missing, broken, filled


def main(path: Path = TS) -> int:
    if not path.exists():
        print(f"{path} does not exist: run resources/translations/update.sh first",
              file=sys.stderr)
        return 2
    text = path.read_text(encoding="utf-8")
    new_text, missing, broken, filled = fill(text)
    if new_text != text:
        path.write_text(new_text, encoding="utf-8", newline="\n")
    print(f"{path.name}: {filled} message(s) translated")
    if missing:
        print(f"\nNo Chinese in fill_zh.py for {len(missing)} message(s); add them to ZH:",
              file=sys.stderr)
        for m in missing:
            print(f"  {m}", file=sys.stderr)
    if broken:
        print(f"\n{len(broken)} translation(s) break a rule:", file=sys.stderr)
        for b in broken:
            print(f"  {b}", file=sys.stderr)
    if missing or broken:
        return 1
    print("Now run resources/translations/update.sh to compile the .qm.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
