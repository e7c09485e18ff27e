<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AlertPanel</name>
    <message>
        <location filename="../../ui/alert_panel.py" line="24"/>
        <source>Active alerts</source>
        <translation>当前告警</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="26"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="28"/>
        <source>Acknowledge the selected alert (Ctrl+K)</source>
        <translation>确认所选告警（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="29"/>
        <source>Open incident…</source>
        <translation>建立事件…</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="54"/>
        <source> (acknowledged)</source>
        <translation>（已确认）</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="65"/>
        <source>No active alerts</source>
        <translation>暂无告警</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="53"/>
        <source>Demo floor (seed %1)</source>
        <translation>演示客服现场（种子 %1）</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../ui/formatting.py" line="21"/>
        <location filename="../../ui/formatting.py" line="48"/>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="23"/>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="25"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分钟</translation>
    </message>
</context>
<context>
    <name>IncidentsDock</name>
    <message>
        <location filename="../../ui/docks/incidents.py" line="20"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="22"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="22"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="23"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="23"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="24"/>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="24"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="25"/>
        <source>Mitigated</source>
        <translation>已缓解</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="25"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="26"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="36"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="36"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="36"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="36"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="39"/>
        <source>Incident log</source>
        <translation>事件记录</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="67"/>
        <source>%1 open of %2</source>
        <translation>未处理 %1 / 共 %2</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="70"/>
        <source>No incidents logged. Ctrl+N logs one.</source>
        <translation>暂无事件记录。按 Ctrl+N 新建事件。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>&amp;New incident…</source>
        <translation>新建事件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Log a new incident (Ctrl+N)</source>
        <translation>新建事件（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>&amp;Wallboard (full screen)</source>
        <translation>大屏模式（全屏）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>&amp;Pause demo</source>
        <translation>暂停演示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>&amp;About Floorwatch</source>
        <translation>关于 Floorwatch(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>&amp;Yesterday review…</source>
        <translation>昨日复盘(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>DEMO — simulated floor: every figure comes from the built-in demo simulator, not a real store</source>
        <translation>演示 — 模拟客服现场：所有数据均来自内置演示模拟器，并非真实店铺</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Source: %1</source>
        <translation>数据源：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>About Floorwatch</source>
        <translation>关于 Floorwatch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Floorwatch %1
The customer-service floor supervisor&apos;s console.
Database: %2</source>
        <translation>Floorwatch %1
客服现场主管控制台。
数据库：%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>⚠ %1 active alerts</source>
        <translation>⚠ 当前告警 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>✔ No active alerts</source>
        <translation>✔ 暂无告警</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Last event: %1</source>
        <translation>最近事件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>● DEMO</source>
        <translation>● 演示</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>✖ Offline</source>
        <translation>✖ 离线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>○ No source</source>
        <translation>○ 无数据源</translation>
    </message>
</context>
<context>
    <name>MetricsDock</name>
    <message>
        <location filename="../../ui/docks/metrics.py" line="32"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="44"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="48"/>
        <source>Window</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="49"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="49"/>
        <source>Last 8 hours</source>
        <translation>最近 8 小时</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="50"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="50"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="58"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="64"/>
        <location filename="../../ui/docks/metrics.py" line="157"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="65"/>
        <source>Freeze the chart to scroll back; drag or wheel to move in time</source>
        <translation>冻结图表以回看；拖动或滚动滚轮可前后移动时间</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="75"/>
        <source>Dashed grey: same hours yesterday · dotted green: target · bands: warning and alarm</source>
        <translation>灰色虚线：昨日同时段 · 绿色点线：目标 · 色带：预警与告警</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="105"/>
        <source>Whole floor</source>
        <translation>全场</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="115"/>
        <source>Stores</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="116"/>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="143"/>
        <source>%1 compared</source>
        <translation>对比 %1 项</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="157"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="182"/>
        <source>%1 vs yesterday</source>
        <translation>较昨日 %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="179"/>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="180"/>
        <source>today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="23"/>
        <source>New incident</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="26"/>
        <source>Incident type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="33"/>
        <location filename="../../ui/dialogs/new_incident.py" line="48"/>
        <source>Subtype</source>
        <translation>子类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="35"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="35"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="35"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="36"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="41"/>
        <source>Defaults to the type&apos;s name</source>
        <translation>默认使用事件类型名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="43"/>
        <source>Log incident</source>
        <translation>记录事件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="47"/>
        <source>Type (1-8)</source>
        <translation>类型（1-8）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="49"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="50"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="86"/>
        <source>Incident not saved</source>
        <translation>事件未保存</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/review.py" line="115"/>
        <source>Yesterday review</source>
        <translation>昨日复盘</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="126"/>
        <source>Only rows with marks</source>
        <translation>仅显示有标记的行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="132"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="134"/>
        <source>Yesterday by agent</source>
        <translation>昨日（按客服）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="136"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="136"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="138"/>
        <source>Yesterday by store</source>
        <translation>昨日（按店铺）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="140"/>
        <source>By agent</source>
        <translation>按客服</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="141"/>
        <source>By store</source>
        <translation>按店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="143"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="150"/>
        <source>Save the whole review as a CSV file (Ctrl+E)</source>
        <translation>将完整复盘保存为 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="154"/>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="155"/>
        <source>Review the day before today again</source>
        <translation>重新复盘昨日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="188"/>
        <source>Computing the review of %1…</source>
        <translation>正在计算 %1 的复盘…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="213"/>
        <source>Yesterday: %1 · baseline: %2 to %3 (%4 days together)</source>
        <translation>昨日：%1 · 基线：%2 至 %3（共 %4 天）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="218"/>
        <source>%1 agents, %2 with marks · %3 stores, %4 with marks</source>
        <translation>客服 %1 人，%2 人有标记 · 店铺 %3 家，%4 家有标记</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="233"/>
        <source>The review could not be computed: %1</source>
        <translation>无法计算复盘：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="252"/>
        <source>(nobody picked up)</source>
        <translation>（无人接待）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="270"/>
        <source>Baseline (%1 days before): no data</source>
        <translation>基线（前 %1 天）：无数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="273"/>
        <source>Baseline (%1 days before, per active day; %2 active days): %3</source>
        <translation>基线（前 %1 天，按活跃日平均；活跃 %2 天）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="277"/>
        <source>Baseline (%1 days before): %2</source>
        <translation>基线（前 %1 天）：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="281"/>
        <source>Change: %1 %</source>
        <translation>变化：%1%</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="284"/>
        <source>%1 Alarm: worse than %2</source>
        <translation>%1 告警：差于 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="285"/>
        <source>%1 Warning: worse than %2</source>
        <translation>%1 预警：差于 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="289"/>
        <source>%1 Far from the baseline</source>
        <translation>%1 偏离基线</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="293"/>
        <source>%1 alarm, %2 warning: off target · %3 far: more than %4 % worse than the baseline (%5: more than %6 % up or down)</source>
        <translation>%1 告警、%2 预警：未达目标 · %3 偏离：比基线差 %4% 以上（%5：上下波动超过 %6%）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="317"/>
        <source>Export review</source>
        <translation>导出复盘</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="318"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="326"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="327"/>
        <source>The review could not be saved to %1:
%2</source>
        <translation>无法将复盘保存到 %1：
%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="330"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>StoresDock</name>
    <message>
        <location filename="../../ui/docks/stores.py" line="37"/>
        <source>Stores</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="39"/>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="39"/>
        <source>Below minimum</source>
        <translation>低于最低人数</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="40"/>
        <source>Nobody online</source>
        <translation>无人在线</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="40"/>
        <source>Out of hours</source>
        <translation>非服务时间</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="41"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="41"/>
        <location filename="../../ui/docks/stores.py" line="47"/>
        <source>Away</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="41"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="46"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="46"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="46"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="46"/>
        <source>Online / min</source>
        <translation>在线 / 最低</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="47"/>
        <source>Waiting</source>
        <translation>待回复</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="47"/>
        <source>Arrived 15 min</source>
        <translation>15分钟内进线</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="48"/>
        <source>Last customer</source>
        <translation>最近买家消息</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="50"/>
        <source>Store coverage</source>
        <translation>店铺覆盖情况</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="52"/>
        <location filename="../../ui/docks/stores.py" line="101"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="54"/>
        <source>Agents by store</source>
        <translation>各店铺客服状态</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="56"/>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="57"/>
        <source>Agents × stores</source>
        <translation>客服 × 店铺</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="89"/>
        <source>%1 stores · %2 nobody online · %3 below minimum · %4 waiting</source>
        <translation>店铺 %1 · 无人在线 %2 · 低于最低人数 %3 · 待回复 %4</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../widgets/trend_chart.py" line="32"/>
        <source>Trend chart</source>
        <translation>趋势图</translation>
    </message>
</context>
<context>
    <name>WellbeingDock</name>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="20"/>
        <source>Wellbeing</source>
        <translation>员工关怀</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="21"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="21"/>
        <source>Away</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="22"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="26"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="26"/>
        <source>Team</source>
        <translation>组别</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="26"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="26"/>
        <source>For</source>
        <translation>持续</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="27"/>
        <source>Stores online</source>
        <translation>在线店铺</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="27"/>
        <source>Handled today</source>
        <translation>今日接待</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="27"/>
        <source>Active now</source>
        <translation>当前会话</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="29"/>
        <source>Agent roster</source>
        <translation>客服名单</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="54"/>
        <source>%1 agents · %2 online · %3 away · %4 offline</source>
        <translation>客服 %1 · 在线 %2 · 挂起 %3 · 离线 %4</translation>
    </message>
</context>
</TS>
