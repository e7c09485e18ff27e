<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="122"/>
        <source>Add store account</source>
        <translation>添加子账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="123"/>
        <source>Rename store account</source>
        <translation>重命名子账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="129"/>
        <source>the sub-account login</source>
        <translation>子账号登录名</translation>
    </message>
</context>
<context>
    <name>AgentForm</name>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="135"/>
        <source>Add agent</source>
        <translation>添加客服</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="135"/>
        <source>Edit agent</source>
        <translation>编辑客服</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="142"/>
        <source>empty: not known</source>
        <translation>留空表示未知</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message>
        <location filename="../../ui/notifier.py" line="26"/>
        <source>Desktop &amp;notifications for new alerts</source>
        <translation>新告警桌面通知(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="30"/>
        <source>Alert &amp;sound</source>
        <translation>告警提示音(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="60"/>
        <source>Floorwatch: %1 new alerts</source>
        <translation>Floorwatch：%1 条新告警</translation>
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="61"/>
        <source>Floorwatch alert</source>
        <translation>Floorwatch 告警</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <location filename="../../ui/alert_panel.py" line="30"/>
        <source>Active alerts</source>
        <translation>当前告警</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="32"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="36"/>
        <source>Acknowledge the selected alert (Ctrl+K)</source>
        <translation>确认所选告警（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="37"/>
        <source>Open incident…</source>
        <translation>建立事件…</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="67"/>
        <source> (acknowledged)</source>
        <translation>（已确认）</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="78"/>
        <source>No active alerts</source>
        <translation>暂无告警</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="477"/>
        <source>Show a desktop &amp;notification for each new alert</source>
        <translation>每条新告警弹出桌面通知(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="479"/>
        <source>Play the alert &amp;sound</source>
        <translation>播放告警提示音(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="484"/>
        <source>An alert is announced once, when it is raised or gets worse. The same switches are in the View menu.</source>
        <translation>每条告警只在出现或升级时提醒一次。“视图”菜单里也有同样的开关。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="489"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="73"/>
        <source>Demo floor (seed %1)</source>
        <translation>演示客服现场（种子 %1）</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="123"/>
        <source>Wellbeing audit log</source>
        <translation>员工关怀审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="128"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="128"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="128"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="129"/>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="129"/>
        <source>Audit entries</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="135"/>
        <source>case #%1</source>
        <translation>个案 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="142"/>
        <source>Append-only: entries can be neither changed nor deleted. They never contain the data itself.</source>
        <translation>只可追加：记录既不能修改也不能删除，且从不包含数据本身。</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <location filename="../../ui/backup_job.py" line="97"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_job.py" line="99"/>
        <source>Copy the database to the backup folder now (Ctrl+Shift+B)</source>
        <translation>立即把数据库复制到备份文件夹（Ctrl+Shift+B）</translation>
    </message>
    <message>
        <location filename="../../ui/backup_job.py" line="140"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_job.py" line="153"/>
        <source>Backed up %1</source>
        <translation>已备份 %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_job.py" line="154"/>
        <source>Latest backup: %1</source>
        <translation>最新备份：%1</translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="27"/>
        <source>Care log</source>
        <translation>关怀记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="31"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="32"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="35"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="35"/>
        <location filename="../../ui/wellbeing/care_dialog.py" line="42"/>
        <location filename="../../ui/wellbeing/care_dialog.py" line="68"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="35"/>
        <location filename="../../ui/wellbeing/care_dialog.py" line="38"/>
        <location filename="../../ui/wellbeing/care_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="36"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="36"/>
        <source>Care entries</source>
        <translation>关怀记录条目</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="43"/>
        <location filename="../../ui/wellbeing/care_dialog.py" line="109"/>
        <source>Whole team</source>
        <translation>全组</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="50"/>
        <source>What was done or said</source>
        <translation>做了什么 / 说了什么</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="51"/>
        <source>What was done or said (encrypted)</source>
        <translation>做了什么 / 说了什么（加密保存）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="64"/>
        <source>Add to the log</source>
        <translation>加入记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="69"/>
        <source>Role model on</source>
        <translation>标杆维度</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="70"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="76"/>
        <source>&lt;b&gt;Add an entry&lt;/b&gt;</source>
        <translation>&lt;b&gt;新增一条&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="122"/>
        <source>A one-to-one or a recognition is about one agent: choose them.</source>
        <translation>一对一沟通和标杆表扬针对某一位客服：请选择客服。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="124"/>
        <source>Tick at least one dimension they are a role model on.</source>
        <translation>请至少勾选一个标杆维度。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="126"/>
        <source>Say what the care action was.</source>
        <translation>请写明关怀行动的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="137"/>
        <source>Added.</source>
        <translation>已添加。</translation>
    </message>
</context>
<context>
    <name>CaseFlowDialog</name>
    <message>
        <location filename="../../ui/wellbeing/case_flow.py" line="30"/>
        <source>Wellbeing case #%1</source>
        <translation>员工关怀个案 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/case_flow.py" line="37"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/case_flow.py" line="48"/>
        <source>Record this step</source>
        <translation>记录此步骤</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/case_flow.py" line="50"/>
        <source>Record the step with the time now (Ctrl+Enter)</source>
        <translation>以当前时间记录此步骤（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/case_flow.py" line="52"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/case_flow.py" line="53"/>
        <source>Pause the case; resume it from the panel</source>
        <translation>暂停个案；可在面板中继续</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/case_flow.py" line="88"/>
        <source>%1 · %2 · opened %3</source>
        <translation>%1 · %2 · 开始于 %3</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/case_flow.py" line="133"/>
        <source>✔ Case closed.</source>
        <translation>✔ 个案已结案。</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="153"/>
        <source>Confirm the statement first.</source>
        <translation>请先勾选确认。</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="244"/>
        <source>The agent says they are OK to work again</source>
        <translation>客服表示可以继续工作</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="245"/>
        <source>I confirm it too</source>
        <translation>我也确认无异常</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="247"/>
        <source>Level now</source>
        <translation>当前情绪分级</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="248"/>
        <source>Not recorded</source>
        <translation>不记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="256"/>
        <source>Level now (as you both see it)</source>
        <translation>当前情绪分级（双方共同确认）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="258"/>
        <source>Hand the store accounts back now (the agent comes back online on them)</source>
        <translation>现在交还店铺子账号（该客服重新上线接待）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="266"/>
        <source>%1 store accounts were moved in step %2.</source>
        <translation>第 %2 步已转移 %1 个店铺子账号。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="272"/>
        <source>Both confirm before work resumes.</source>
        <translation>双方都确认后才能恢复工作。</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="52"/>
        <location filename="../../ui/dialogs/complaint_form.py" line="179"/>
        <source>Complete this step</source>
        <translation>完成此步骤</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="69"/>
        <source>What happened, what the customer needs, what we did, where it stands. Record what each source says; none may be skipped.</source>
        <translation>顾客遇到什么问题、需求是什么、我们怎么处理的、处理到哪一步了。逐一记录每个信息来源的内容，一个都不能少。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="81"/>
        <source>General rules, shipping rules, penalty rules…</source>
        <translation>平台规则总则、发货总则、违规处罚规则…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="84"/>
        <source>Merchant, customer, courier, platform…</source>
        <translation>商家、顾客、快递、平台…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="85"/>
        <source>Rules checked</source>
        <translation>对照的规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="86"/>
        <source>Responsibility</source>
        <translation>责任方</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="93"/>
        <source>Worst-case amount</source>
        <translation>最坏情况金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="98"/>
        <source>Refund, compensation, what we propose</source>
        <translation>退款、赔付、我们的处理方案</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="103"/>
        <source>Reported to %1</source>
        <translation>已报备%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="112"/>
        <source>Worst case</source>
        <translation>最坏情况</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="114"/>
        <source>Plan</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="115"/>
        <source>Risk reported</source>
        <translation>风险报备</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="121"/>
        <location filename="../../ui/dialogs/complaint_form.py" line="123"/>
        <source>Tier %1</source>
        <translation>第 %1 档</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="127"/>
        <source>Offer tier %1</source>
        <translation>给出第 %1 档</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="133"/>
        <source>Offered</source>
        <translation>已给出</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="138"/>
        <source>No presumption of bad faith: what the customer said, what was agreed</source>
        <translation>不先入为主：顾客说了什么，达成了什么</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="141"/>
        <source>The talk</source>
        <translation>沟通情况</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="146"/>
        <source>Yourself, or a trusted person who reports back at every step</source>
        <translation>自己，或可完全信任、每一步都反馈的人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="151"/>
        <source>The follow-up owner&apos;s report</source>
        <translation>跟进人的反馈</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="152"/>
        <source>Add feedback</source>
        <translation>记录反馈</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="158"/>
        <source>Solution</source>
        <translation>确认的方案</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="159"/>
        <source>Follow-up owner</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="160"/>
        <source>Feedback</source>
        <translation>跟进反馈</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="174"/>
        <location filename="../../ui/dialogs/complaint_form.py" line="186"/>
        <source>%1 at %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="178"/>
        <source>Record again</source>
        <translation>重新记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="192"/>
        <source>%1 tier %2 offered by %3</source>
        <translation>%1 %3 给出第 %2 档</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="231"/>
        <source>First report to: %1</source>
        <translation>须先报备：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="231"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="27"/>
        <source>Emergency contacts: %1</source>
        <translation>紧急联系人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="31"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="31"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="31"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="32"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="32"/>
        <source>Verified by phone on</source>
        <translation>电话核实日期</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="42"/>
        <source>%1 verified</source>
        <translation>%1 已核实</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="52"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="52"/>
        <source>relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="53"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="62"/>
        <source>Kept encrypted; shown only while the panel is unlocked, and every view is written to the audit log.</source>
        <translation>加密保存；仅在面板解锁时显示，每次查看都记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="102"/>
        <source>a contact needs a name</source>
        <translation>联系人必须填写姓名</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="103"/>
        <source>name and relation are at most 100 characters</source>
        <translation>姓名和关系最多 100 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="104"/>
        <source>that is not a phone number (digits, spaces, + - ( ) only)</source>
        <translation>这不是电话号码（只能包含数字、空格和 + - ( )）</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="175"/>
        <source>not on file</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="177"/>
        <source>verified %1</source>
        <translation>%1 已核实</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="178"/>
        <source>not verified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="185"/>
        <source>No emergency contacts on file: add them with Contacts… on the panel.</source>
        <translation>未登记紧急联系人：请在面板上点击“紧急联系人…”添加。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="188"/>
        <source>Contact called</source>
        <translation>拨打的联系人</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="192"/>
        <source>Call result</source>
        <translation>拨打结果</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="196"/>
        <source>Call note</source>
        <translation>通话备注</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="197"/>
        <source>Note on this call</source>
        <translation>本次通话备注</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="198"/>
        <source>Record the call</source>
        <translation>记录本次拨打</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="207"/>
        <source>Calls made</source>
        <translation>拨打记录</translation>
    </message>
</context>
<context>
    <name>CoverPage</name>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="30"/>
        <source>Replacement for every account</source>
        <translation>所有子账号的接手客服</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="31"/>
        <source>Choose per account</source>
        <translation>逐个子账号选择</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="34"/>
        <source>Replacement</source>
        <translation>接手客服</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="36"/>
        <location filename="../../ui/wellbeing/cover_page.py" line="57"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="36"/>
        <source>Account</source>
        <translation>子账号</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="36"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="37"/>
        <source>Goes to</source>
        <translation>交给</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="37"/>
        <source>Store accounts held</source>
        <translation>持有的店铺子账号</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="45"/>
        <source>Replacement for %1</source>
        <translation>%1 的接手客服</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="52"/>
        <source>The agent holds no store accounts: nothing to move; any live session of theirs is taken offline.</source>
        <translation>该客服未持有店铺子账号：无需转移；其在线会话将下线。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="56"/>
        <source>Coverage of every affected store</source>
        <translation>受影响店铺的在线情况</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="57"/>
        <source>Online now</source>
        <translation>当前在线</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="58"/>
        <source>After the move</source>
        <translation>转移后</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="58"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="59"/>
        <source>Coverage before and after</source>
        <translation>转移前后的在线情况</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="77"/>
        <source>%1 · %2 accounts · %3 chats now</source>
        <translation>%1 · 子账号 %2 个 · 当前接待 %3 个</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="82"/>
        <source>Nobody (leave it without a holder)</source>
        <translation>不指定（暂无人持有）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="131"/>
        <source>Refused: %1 would have nobody online. Choose an online replacement for its accounts.</source>
        <translation>无法转移：%1 将无人在线。请为其子账号选择一位在线的接手客服。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="135"/>
        <source>Warning: %1 stays below its minimum or without anyone online.</source>
        <translation>注意：%1 在线人数低于最低要求或无人在线。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="138"/>
        <source>Every store stays covered.</source>
        <translation>每个店铺都仍有人在线。</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="191"/>
        <source>Store account credentials</source>
        <translation>子账号凭据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="194"/>
        <source>Looking for the keyring…</source>
        <translation>正在查找密钥环…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="200"/>
        <source>Look for a keyring again</source>
        <translation>重新查找密钥环</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="204"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="204"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="204"/>
        <source>Account</source>
        <translation>子账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="204"/>
        <source>Credential</source>
        <translation>凭据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="205"/>
        <location filename="../../ui/dialogs/credentials.py" line="221"/>
        <source>Store accounts</source>
        <translation>子账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="206"/>
        <source>Data source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="206"/>
        <source>Secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="207"/>
        <location filename="../../ui/dialogs/credentials.py" line="222"/>
        <source>Data sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="209"/>
        <source>Name of another data source</source>
        <translation>其他数据源的名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="210"/>
        <source>Data source name</source>
        <translation>数据源名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="211"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="224"/>
        <location filename="../../ui/dialogs/credentials.py" line="413"/>
        <source>Set…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="225"/>
        <source>Clear…</source>
        <translation>清除…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="326"/>
        <source>the encrypted file %1</source>
        <translation>加密文件 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="331"/>
        <source>Credentials are kept in the operating system&apos;s keyring: %1.</source>
        <translation>凭据保存在操作系统的密钥环中：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="334"/>
        <source>Credentials are kept in the encrypted file %1 (no OS keyring on this computer); it stays unlocked until Floorwatch quits.</source>
        <translation>凭据保存在加密文件 %1 中（本机没有系统密钥环）；在 Floorwatch 退出前保持解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="338"/>
        <source>Credentials are kept in the keyring backend chosen in keyring&apos;s configuration: %1.</source>
        <translation>凭据保存在 keyring 配置所选的后端中：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="342"/>
        <source>No OS keyring is available: this session has no D-Bus session bus, so GNOME Keyring or KWallet cannot be reached. Start Floorwatch from a desktop session, or run it as “dbus-run-session -- floorwatch” with gnome-keyring installed.</source>
        <translation>没有可用的系统密钥环：当前会话没有 D-Bus 会话总线，无法连接 GNOME Keyring 或 KWallet。请在桌面会话中启动 Floorwatch，或在安装 gnome-keyring 后用“dbus-run-session -- floorwatch”启动。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="346"/>
        <source>No OS keyring is available: no Secret Service (GNOME Keyring, KeePassXC) or KWallet answers on the D-Bus session bus. Install and start one (Debian/Ubuntu: “sudo apt install gnome-keyring”, then log in again).</source>
        <translation>没有可用的系统密钥环：D-Bus 会话总线上没有 Secret Service（GNOME Keyring、KeePassXC）或 KWallet 响应。请安装并启动其中之一（Debian/Ubuntu：“sudo apt install gnome-keyring”，然后重新登录）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="350"/>
        <source>No OS keyring is available: the system&apos;s credential store could not be used. Reinstall Floorwatch or check keyring&apos;s configuration (“python -m keyring diagnose”).</source>
        <translation>没有可用的系统密钥环：无法使用系统的凭据存储。请重新安装 Floorwatch，或检查 keyring 的配置（“python -m keyring diagnose”）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="354"/>
        <source>The keyring backend %1 keeps secrets unencrypted, so Floorwatch will not use it. Remove the keyrings.alt package or choose a secure backend.</source>
        <translation>密钥环后端 %1 以未加密方式保存密钥，Floorwatch 不会使用它。请卸载 keyrings.alt 包或选择安全的后端。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="361"/>
        <source> Credentials were kept in an encrypted file on this computer: unlock it with its passphrase.</source>
        <translation>本机已有保存凭据的加密文件：请输入口令解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="363"/>
        <source> Or keep the credentials in an encrypted file protected by a passphrase.</source>
        <translation>也可以把凭据保存在受口令保护的加密文件中。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="377"/>
        <source>Unlock the encrypted file…</source>
        <translation>解锁加密文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="378"/>
        <source>Use an encrypted file…</source>
        <translation>使用加密文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="383"/>
        <source>Stored</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="385"/>
        <source>Not stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="386"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="413"/>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="421"/>
        <source>The keyring is locked: unlock it and try again.</source>
        <translation>密钥环已锁定：请解锁后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="422"/>
        <source>No keyring is available.</source>
        <translation>没有可用的密钥环。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="423"/>
        <source>The keyring backend is not secure.</source>
        <translation>密钥环后端不安全。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="424"/>
        <source>Wrong passphrase.</source>
        <translation>口令错误。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="425"/>
        <source>The passphrase is too short.</source>
        <translation>口令太短。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="426"/>
        <source>That cannot be stored.</source>
        <translation>无法保存该内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="427"/>
        <source>The encrypted file is damaged.</source>
        <translation>加密文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="428"/>
        <source>The encrypted file cannot be read or written.</source>
        <translation>无法读取或写入加密文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="430"/>
        <source>The keyring did not answer.</source>
        <translation>密钥环没有响应。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="468"/>
        <source>Replace credential</source>
        <translation>替换凭据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="468"/>
        <source>Set credential</source>
        <translation>设置凭据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="474"/>
        <source>✔ Stored the credential of %1.</source>
        <translation>✔ 已保存 %1 的凭据。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="482"/>
        <source>Clear credential</source>
        <translation>清除凭据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="483"/>
        <source>Remove the credential of %1 from %2? A data source that needs it stops working until a new one is set.</source>
        <translation>从 %2 中删除 %1 的凭据？需要它的数据源将停止工作，直到设置新的凭据。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="491"/>
        <source>✔ Removed the credential of %1.</source>
        <translation>✔ 已删除 %1 的凭据。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="519"/>
        <source>✔ The encrypted file is unlocked.</source>
        <translation>✔ 加密文件已解锁。</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="500"/>
        <source>No live source</source>
        <translation>无实时数据源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="502"/>
        <source>Data &amp;sources…</source>
        <translation>数据源(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="504"/>
        <source>Add, change or remove watched folders and HTTP feeds (Ctrl+Shift+D)</source>
        <translation>添加、修改或删除监视文件夹和 HTTP 数据接口（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="510"/>
        <source>Runs while no source is enabled</source>
        <translation>未启用数据源时运行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="511"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="517"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="525"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="526"/>
        <source>Data source:</source>
        <translation>数据源：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="527"/>
        <source>&amp;Demo floor:</source>
        <translation>演示现场(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="528"/>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="529"/>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="533"/>
        <source>&amp;Keep backups for:</source>
        <translation>备份保留(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="535"/>
        <source>Watched folders and HTTP feeds are set up under Data sources…; changes to them apply at once, a switch between the demo floor and real sources after a restart. A verified copy of the database is made there once a day (and by File → Back up now); older copies are deleted after the number of days. An empty folder means &apos;backups&apos; in Floorwatch&apos;s data folder.</source>
        <translation>监视文件夹和 HTTP 数据源在“数据源…”中设置，修改立即生效；在演示现场和真实数据源之间切换需重启后生效。每天会在备份文件夹中生成一份经过校验的数据库副本（也可用“文件 → 立即备份”随时备份），超过保留天数的旧副本会被删除。文件夹留空表示 Floorwatch 数据目录下的 backups。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="543"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="546"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="307"/>
        <source>Recorded %1 by %2</source>
        <translation>%1 由 %2 记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="313"/>
        <source>%1 store accounts moved to %2; the agent went offline.</source>
        <translation>%1 个店铺子账号已交给 %2；该客服已下线。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="316"/>
        <source>Store %1: %2 online before, %3 after</source>
        <translation>店铺 %1：转移前在线 %2 人，转移后 %3 人</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="320"/>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="323"/>
        <source>Outcome: %1</source>
        <translation>处理方式：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="326"/>
        <source>Escalated to %1</source>
        <translation>已升级给 %1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="330"/>
        <source>Store accounts handed back.</source>
        <translation>店铺子账号已交还。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="332"/>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>Feed</name>
    <message>
        <location filename="../../ui/feed.py" line="50"/>
        <source>the database is busy; trying again</source>
        <translation>数据库正忙，稍后重试</translation>
    </message>
    <message>
        <location filename="../../ui/feed.py" line="51"/>
        <source>the disk is full; nothing new is stored</source>
        <translation>磁盘已满，新数据未能保存</translation>
    </message>
    <message>
        <location filename="../../ui/feed.py" line="52"/>
        <source>the database file is read-only</source>
        <translation>数据库文件为只读</translation>
    </message>
    <message>
        <location filename="../../ui/feed.py" line="53"/>
        <source>the database file is damaged; restart Floorwatch to restore a backup</source>
        <translation>数据库文件已损坏；请重启 Floorwatch 以恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/feed.py" line="55"/>
        <source>the disk reported an error</source>
        <translation>磁盘报告错误</translation>
    </message>
    <message>
        <location filename="../../ui/feed.py" line="56"/>
        <source>the database cannot be opened</source>
        <translation>数据库无法打开</translation>
    </message>
    <message>
        <location filename="../../ui/feed.py" line="99"/>
        <source>importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../ui/formatting.py" line="22"/>
        <location filename="../../ui/formatting.py" line="88"/>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="24"/>
        <location filename="../../ui/models/roster.py" line="100"/>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="26"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分钟</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="126"/>
        <source>Empty: the computer&apos;s time zone (%1)</source>
        <translation>留空：使用本机时区（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="130"/>
        <source>Follow the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="133"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="134"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="134"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="135"/>
        <source>&amp;Floor name:</source>
        <translation>客服部名称(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="136"/>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="137"/>
        <source>&amp;Supervisor:</source>
        <translation>值班主管(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="138"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="139"/>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="142"/>
        <source>The language and the time zone change the next time Floorwatch starts; the theme changes at once. &apos;Follow the system&apos; picks the dark theme when the desktop is in dark mode.</source>
        <translation>语言和时区在下次启动 Floorwatch 时生效；主题立即生效。“跟随系统”会在桌面处于深色模式时使用深色主题。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="148"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/dialogs/help.py" line="130"/>
        <location filename="../../ui/dialogs/help.py" line="132"/>
        <source>Quick guide</source>
        <translation>快速上手</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <location filename="../../ui/dialogs/help.py" line="167"/>
        <source>&amp;Quick guide</source>
        <translation>快速上手(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="171"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="172"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="176"/>
        <source>Import conversations, sessions, roster or platform KPI files, CSV or Excel (Ctrl+I)</source>
        <translation>导入会话、状态、名册或平台数据文件，CSV 或 Excel（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="194"/>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="195"/>
        <source>Tables (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="208"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="209"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="210"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="229"/>
        <source>Cancelling: nothing will be written…</source>
        <translation>正在取消：不会写入任何数据…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="244"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="246"/>
        <source>Importing %1 (file %2 of %3)…</source>
        <translation>正在导入 %1（第 %2 个文件，共 %3 个）…</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="95"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="105"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="106"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="107"/>
        <source>Copy the whole report to the clipboard</source>
        <translation>把整份报告复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="109"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="110"/>
        <source>Save the whole report as a text file</source>
        <translation>把整份报告保存为文本文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="130"/>
        <source>Copied to the clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="137"/>
        <source>Save import report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="138"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="144"/>
        <source>Could not save to %1: %2</source>
        <translation>无法保存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="147"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="62"/>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="64"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="67"/>
        <source>Reason (needed to reopen)</source>
        <translation>原因（重新打开时必填）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="73"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="77"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="78"/>
        <location filename="../../ui/dialogs/incident_detail.py" line="138"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="79"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="96"/>
        <source>Clocks</source>
        <translation>计时</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="99"/>
        <source>Running clocks</source>
        <translation>进行中的计时</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="100"/>
        <source>Promise kept</source>
        <translation>承诺已兑现</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="104"/>
        <source>A promise, e.g. call the customer back</source>
        <translation>承诺事项，例如：回电顾客</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="109"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="110"/>
        <source>Add promise</source>
        <translation>添加承诺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="124"/>
        <source>Playbook checklist</source>
        <translation>预案检查清单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="144"/>
        <source>Add to the timeline (Enter)</source>
        <translation>添加到时间线（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="146"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="148"/>
        <source>Correct selected entry</source>
        <translation>更正所选记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="149"/>
        <source>Writes the text as a correction of the selected entry; the entry itself stays as written</source>
        <translation>将输入内容作为所选记录的更正；原记录保持不变</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="170"/>
        <source>No store</source>
        <translation>未选店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="171"/>
        <source>No agent</source>
        <translation>未选客服</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="172"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="173"/>
        <source>Each change is logged on the timeline with the old value</source>
        <translation>每项修改都会连同原值记入时间线</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="177"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="178"/>
        <source>Subtype</source>
        <translation>子类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="179"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="180"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="181"/>
        <source>Stores</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="182"/>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="200"/>
        <source>Incident #%1</source>
        <translation>事件 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="219"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="221"/>
        <source>Opened %1 · severity %2 · owner %3 · stores: %4 · agents: %5</source>
        <translation>创建于 %1 · 级别 %2 · 负责人 %3 · 店铺：%4 · 客服：%5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="254"/>
        <source>%1 at %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="274"/>
        <source>Serious complaint: six steps</source>
        <translation>严重客诉：六步处理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="308"/>
        <source>No clock running</source>
        <translation>没有进行中的计时</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="312"/>
        <source>%1: %2 left</source>
        <translation>%1：剩余 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="314"/>
        <source>%1: overdue %2 · escalated: %3</source>
        <translation>%1：已超时 %2 · 已升级：%3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="315"/>
        <source>%1: overdue %2</source>
        <translation>%1：已超时 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="372"/>
        <source>Select the entry to correct, type the correction, then press this button</source>
        <translation>先选中要更正的记录，输入更正内容，再点此按钮</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="379"/>
        <source>Type the correction first</source>
        <translation>请先输入更正内容</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../ui/incident_words.py" line="17"/>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="18"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="19"/>
        <location filename="../../ui/incident_words.py" line="33"/>
        <source>Mitigated</source>
        <translation>已缓解</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="20"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="21"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="25"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="25"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="26"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="27"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="32"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="34"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="35"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="40"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="40"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="48"/>
        <source>Logged</source>
        <translation>创建事件</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="49"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="50"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="51"/>
        <location filename="../../ui/models/incidents.py" line="36"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="52"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="53"/>
        <source>Step done</source>
        <translation>完成步骤</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="54"/>
        <source>Step withdrawn</source>
        <translation>撤销步骤</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="55"/>
        <source>Clock started</source>
        <translation>开始计时</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="56"/>
        <source>Clock met</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="57"/>
        <source>Clock cancelled</source>
        <translation>取消计时</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="58"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="59"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="60"/>
        <source>Reported</source>
        <translation>已报备</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="61"/>
        <source>Offer</source>
        <translation>给出补偿</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="62"/>
        <source>Follow-up</source>
        <translation>跟进反馈</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="63"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="68"/>
        <location filename="../../ui/models/incidents.py" line="37"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="69"/>
        <location filename="../../ui/models/incidents.py" line="39"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="69"/>
        <location filename="../../ui/models/incidents.py" line="37"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="70"/>
        <source>Subtype</source>
        <translation>子类型</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="71"/>
        <location filename="../../ui/models/incidents.py" line="39"/>
        <source>Stores</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="71"/>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="76"/>
        <source>Within ¥%1: soothe and resolve quickly</source>
        <translation>¥%1 以内：安抚情绪，尽快解决</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="77"/>
        <source>Within the supervisor&apos;s range (¥%1): resolve it yourself</source>
        <translation>在主管权限内（¥%1）：自行处理</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="79"/>
        <source>Above ¥%1: report to the manager and operations before continuing</source>
        <translation>超过 ¥%1：须先向上级和运营报备才能继续</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="85"/>
        <source>No health details here: name who and what was done. Private notes belong to the agent&apos;s wellbeing case.</source>
        <translation>此处不记录健康细节：只写涉及谁、做了什么。私密内容请记在员工关怀档案中。</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="24"/>
        <location filename="../../ui/models/incidents.py" line="36"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="24"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="25"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="25"/>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="26"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="47"/>
        <location filename="../../ui/models/incidents.py" line="114"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="60"/>
        <source>worst case %1</source>
        <translation>最坏情况 %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="64"/>
        <source>responsible: %1</source>
        <translation>责任方：%1</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="68"/>
        <source>%1 · follow-up: %2</source>
        <translation>%1 · 跟进人：%2</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="91"/>
        <source>tier %1: %2</source>
        <translation>第 %1 档：%2</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="95"/>
        <source>to %1</source>
        <translation>报备对象：%1</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="97"/>
        <source>(was due %1)</source>
        <translation>（应于 %1 前完成）</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="126"/>
        <source>corrects #%1: %2</source>
        <translation>更正 #%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="130"/>
        <source>(corrected by #%1)</source>
        <translation>（已由 #%1 更正）</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="38"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="40"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="38"/>
        <source>Next deadline</source>
        <translation>最近时限</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="53"/>
        <source>%1 overdue %2 · escalated</source>
        <translation>%1 超时 %2 · 已升级</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="54"/>
        <source>%1 overdue %2</source>
        <translation>%1 超时 %2</translation>
    </message>
</context>
<context>
    <name>IncidentsDock</name>
    <message>
        <location filename="../../ui/docks/incidents.py" line="44"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="87"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="73"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="53"/>
        <source>Search titles, timelines, stores, agents…</source>
        <translation>搜索标题、时间线、店铺、客服…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="55"/>
        <source>Search incidents</source>
        <translation>搜索事件</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="60"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="63"/>
        <source>Incidents shown (CSV)…</source>
        <translation>当前列出的事件（CSV）…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="64"/>
        <source>Their timelines (CSV)…</source>
        <translation>这些事件的时间线（CSV）…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="74"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="76"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="77"/>
        <source>Active</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="78"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="83"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="85"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="88"/>
        <source>Any date</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="88"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="89"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="89"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="100"/>
        <source>Playbooks</source>
        <translation>预案</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="103"/>
        <source>Edit my playbooks file…</source>
        <translation>编辑我的预案文件…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="104"/>
        <source>Reload playbooks</source>
        <translation>重新载入预案</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="114"/>
        <source>Incident log</source>
        <translation>事件记录</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="165"/>
        <source>All stores</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="167"/>
        <source>All agents</source>
        <translation>全部客服</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="203"/>
        <source>Your playbooks file has problems, so the built-in playbooks are in use. Fix the file, then Playbooks → Reload playbooks:</source>
        <translation>你的预案文件有问题，当前使用内置预案。请修改文件后点击 预案 → 重新载入预案：</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="205"/>
        <source>… and %1 more</source>
        <translation>… 另有 %1 处</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="215"/>
        <source>The playbooks file could not be created: %1</source>
        <translation>无法创建预案文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="220"/>
        <source>Editing %1 — reload the playbooks once saved</source>
        <translation>正在编辑 %1 — 保存后请重新载入预案</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="256"/>
        <source>No open incidents. Ctrl+N logs one.</source>
        <translation>暂无未处理事件。按 Ctrl+N 新建。</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="258"/>
        <source>%1 shown · %2 active</source>
        <translation>列出 %1 件 · 处理中 %2 件</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="312"/>
        <source>Export incidents</source>
        <translation>导出事件</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="314"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="331"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="334"/>
        <source>%1 rows saved to %2</source>
        <translation>已将 %1 行保存到 %2</translation>
    </message>
</context>
<context>
    <name>KpiMapping</name>
    <message>
        <location filename="../../ui/platform_kpi_actions.py" line="48"/>
        <source>Export column na&amp;mes…</source>
        <translation>导出表列名(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/platform_kpi_actions.py" line="49"/>
        <source>Column names of platform KPI exports: add the new name when a platform renames one</source>
        <translation>平台数据导出表的列名：平台改了列名时，在这里添加新列名</translation>
    </message>
</context>
<context>
    <name>KpiMappingDialog</name>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="38"/>
        <source>Export column names</source>
        <translation>导出表列名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="46"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="46"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="46"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="46"/>
        <source>Known names</source>
        <translation>已知列名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="47"/>
        <source>Names you added</source>
        <translation>自定义列名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="48"/>
        <source>Fields of the export</source>
        <translation>导出表的字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="53"/>
        <source>e.g. 人工接待会话数</source>
        <translation>例如 人工接待会话数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="57"/>
        <source>Add name</source>
        <translation>添加列名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="60"/>
        <source>Why the name was not added</source>
        <translation>列名未添加的原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="62"/>
        <source>Names you added for this export</source>
        <translation>为此导出表添加的列名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="66"/>
        <source>Remove name</source>
        <translation>删除列名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="73"/>
        <source>Column name as the export writes it:</source>
        <translation>导出表中的列名：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="77"/>
        <source>Stands for:</source>
        <translation>对应字段：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="85"/>
        <source>Export:</source>
        <translation>导出表：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="92"/>
        <source>Names you added for this export:</source>
        <translation>为此导出表添加的列名：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="106"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="106"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="107"/>
        <source>Agent or account</source>
        <translation>客服/子账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="115"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="115"/>
        <source>rate (%)</source>
        <translation>比率（%）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="116"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="116"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="117"/>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="122"/>
        <source>Where it comes from: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="125"/>
        <source>Read by column position: column A is the date, then the fields in the order below. Names only help recognise the file; a renamed column is still read from its position.</source>
        <translation>按列的位置读取：A 列为日期，其后各列依下表顺序。列名只用于识别文件；改了名的列仍按其位置读取。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="130"/>
        <source>Columns are found by name, in any order. When the platform renames a column, add its new name here and import the file again.</source>
        <translation>按列名查找各列，顺序不限。平台改了列名时，在这里添加新列名，然后重新导入文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="186"/>
        <source>Added: %1 → %2</source>
        <translation>已添加：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="205"/>
        <source>Removed: %1</source>
        <translation>已删除：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="219"/>
        <source>Type the column name as the export writes it.</source>
        <translation>请输入导出表中写的列名。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="221"/>
        <source>The name is longer than %1 characters.</source>
        <translation>列名超过 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="223"/>
        <source>The name contains control characters.</source>
        <translation>列名含有控制字符。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="225"/>
        <source>This export already knows “%1” as %2.</source>
        <translation>此导出表已将“%1”识别为%2。</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="35"/>
        <location filename="../../ui/wellbeing/step_pages.py" line="49"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="36"/>
        <source>Not said</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="40"/>
        <source>Start the listening timer</source>
        <translation>开始倾听计时</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="44"/>
        <source>Time listened</source>
        <translation>倾听时长</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="73"/>
        <source>Listening for %1</source>
        <translation>已倾听 %1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="75"/>
        <source>Timer not started</source>
        <translation>尚未开始计时</translation>
    </message>
</context>
<context>
    <name>LoginCheckDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="28"/>
        <source>Login check</source>
        <translation>登录检查</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="29"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="29"/>
        <source>Away</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="30"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="31"/>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="32"/>
        <source>Assigned to nobody</source>
        <translation>未分配给任何客服</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="33"/>
        <source>%1 — recorded as item 1 of today&apos;s patrol.</source>
        <translation>%1——已记入今日巡店第 1 项。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="39"/>
        <source>Every store account is as expected.</source>
        <translation>所有子账号状态正常。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="43"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="43"/>
        <source>Account</source>
        <translation>子账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="43"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="43"/>
        <source>Since</source>
        <translation>持续</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="44"/>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="44"/>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="64"/>
        <source>Store accounts checked</source>
        <translation>已检查的子账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="67"/>
        <source>Open incident for the problems</source>
        <translation>为这些问题建立事件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="73"/>
        <source>Checked at %1</source>
        <translation>检查时间 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="87"/>
        <source>Incident not opened: %1</source>
        <translation>事件未登记：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="91"/>
        <source>Incident #%1 opened</source>
        <translation>已建立事件 #%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;New incident…</source>
        <translation>新建事件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Log a new incident (Ctrl+N)</source>
        <translation>新建事件（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>&amp;Wallboard (full screen)</source>
        <translation>大屏模式（全屏）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Pause demo</source>
        <translation>暂停演示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;About Floorwatch</source>
        <translation>关于 Floorwatch(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Store account &amp;credentials…</source>
        <translation>子账号凭据(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;Login check</source>
        <translation>登录检查(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Check every store account now and record it in today&apos;s patrol (Ctrl+L)</source>
        <translation>立即检查所有子账号并记入今日巡店（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Roster…</source>
        <translation>客服名单(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Stores, store accounts, agents and who holds which account (Ctrl+Shift+O)</source>
        <translation>店铺、子账号、客服及分配关系（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;Print shift report…</source>
        <translation>打印交接班报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Export shift report as PDF…</source>
        <translation>导出交接班报告 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;Yesterday review…</source>
        <translation>昨日复盘(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>DEMO — simulated floor: every figure comes from the built-in demo simulator, not a real store</source>
        <translation>演示 — 模拟客服现场：所有数据均来自内置演示模拟器，并非真实店铺</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <location filename="../../ui/main_window.py" line="487"/>
        <source>Source: %1</source>
        <translation>数据源：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Data source state</source>
        <translation>数据源状态</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>The login check could not be saved: %1</source>
        <translation>登录检查未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>About Floorwatch</source>
        <translation>关于 Floorwatch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401"/>
        <source>Floorwatch %1
The customer-service floor supervisor&apos;s console.
Database: %2</source>
        <translation>Floorwatch %1
客服现场主管控制台。
数据库：%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>The panels could not be refreshed: %1</source>
        <translation>面板刷新失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>⚠ %1 active alerts</source>
        <translation>⚠ 当前告警 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>✔ No active alerts</source>
        <translation>✔ 暂无告警</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473"/>
        <source>Last event: %1</source>
        <translation>最近事件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="493"/>
        <source>last success %1</source>
        <translation>最近成功 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <source>● DEMO</source>
        <translation>● 演示</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502"/>
        <source>✖ Offline</source>
        <translation>✖ 离线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502"/>
        <source>○ No source</source>
        <translation>○ 无数据源</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="503"/>
        <source>✖ Source error</source>
        <translation>✖ 数据源出错</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="503"/>
        <source>◌ Connecting</source>
        <translation>◌ 连接中</translation>
    </message>
</context>
<context>
    <name>MetricsDock</name>
    <message>
        <location filename="../../ui/docks/metrics.py" line="107"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="120"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="124"/>
        <source>Window</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="125"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="125"/>
        <source>Last 8 hours</source>
        <translation>最近 8 小时</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="126"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="126"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="134"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="140"/>
        <location filename="../../ui/docks/metrics.py" line="227"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="141"/>
        <source>Freeze the chart to scroll back; drag or wheel to move in time</source>
        <translation>冻结图表以回看；拖动或滚动滚轮可前后移动时间</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="151"/>
        <source>Dashed grey: same hours yesterday · dotted green: target · bands: warning and alarm</source>
        <translation>灰色虚线：昨日同时段 · 绿色点线：目标 · 色带：预警与告警</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="180"/>
        <location filename="../../ui/docks/metrics.py" line="279"/>
        <source>Whole floor</source>
        <translation>全场</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="185"/>
        <source>Stores</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="186"/>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="213"/>
        <source>%1 compared</source>
        <translation>对比 %1 项</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="227"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="269"/>
        <source>%1 vs yesterday</source>
        <translation>较昨日 %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="266"/>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="267"/>
        <source>today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>MultiPicker</name>
    <message>
        <location filename="../../widgets/multi_pick.py" line="22"/>
        <location filename="../../widgets/multi_pick.py" line="23"/>
        <source>Type to filter</source>
        <translation>输入以筛选</translation>
    </message>
    <message>
        <location filename="../../widgets/multi_pick.py" line="26"/>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../widgets/multi_pick.py" line="95"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../widgets/multi_pick.py" line="101"/>
        <source>%1 and %2 more</source>
        <translation>%1 及另外 %2 项</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="36"/>
        <source>New incident</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="41"/>
        <source>Incident type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="50"/>
        <location filename="../../ui/dialogs/new_incident.py" line="83"/>
        <source>Subtype</source>
        <translation>子类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="58"/>
        <source>Defaults to the type&apos;s name</source>
        <translation>默认使用事件类型名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="59"/>
        <source>No store</source>
        <translation>未选店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="60"/>
        <source>Stores involved</source>
        <translation>涉及店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="63"/>
        <source>No agent</source>
        <translation>未选客服</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="64"/>
        <source>Agents involved</source>
        <translation>涉及客服</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="68"/>
        <source>Who handles it</source>
        <translation>由谁处理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="77"/>
        <source>Log incident</source>
        <translation>记录事件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="86"/>
        <source>Stores</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="87"/>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="88"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="160"/>
        <source>Pick the type first: its number or the first letters of its name</source>
        <translation>请先选择类型：按类型编号，或输入其英文名称的首字母</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="177"/>
        <source>Incident not saved: %1</source>
        <translation>事件未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="52"/>
        <location filename="../../ui/dialogs/new_incident.py" line="84"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="81"/>
        <source>Type (1-%1)</source>
        <translation>类型（1-%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="85"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>OfflineMessagesDialog</name>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="27"/>
        <source>Offline messages %1 %2–%3</source>
        <translation>离线咨询 %1 %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="33"/>
        <source>%1 conversations arrived while nobody was online on their store; %2 not answered yet.</source>
        <translation>共 %1 个咨询在店铺无人在线时进店，其中 %2 个尚未回复。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="39"/>
        <source>Arrived</source>
        <translation>进店时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="39"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="39"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="39"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="40"/>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="46"/>
        <source>Not yet</source>
        <translation>尚未回复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="49"/>
        <source>Offline messages</source>
        <translation>离线咨询</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="101"/>
        <source>I shared my own experience instead of giving advice</source>
        <translation>我分享了自己的经历，而不是直接给建议</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="103"/>
        <source>Escalated to</source>
        <translation>升级给</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="104"/>
        <source>Escalated to (name or role)</source>
        <translation>升级给（姓名或职务）</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="106"/>
        <source>Outcome</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="121"/>
        <source>Choose at least one outcome.</source>
        <translation>请至少选择一种处理方式。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="123"/>
        <source>Say to whom it was escalated.</source>
        <translation>请写明升级给谁。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="111"/>
        <source>Create the encrypted file</source>
        <translation>创建加密文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="112"/>
        <source>Unlock the encrypted file</source>
        <translation>解锁加密文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="115"/>
        <location filename="../../ui/dialogs/credentials.py" line="135"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="39"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="53"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="119"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="40"/>
        <source>Repeat the passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="124"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="124"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="46"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="129"/>
        <source>A new file %1 will hold the credentials, encrypted with this passphrase (at least %2 characters). Without the passphrase they cannot be recovered.</source>
        <translation>将新建文件 %1 保存凭据，并用此口令加密（至少 %2 个字符）。忘记口令将无法恢复凭据。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="131"/>
        <source>The credentials are in %1. Type its passphrase.</source>
        <translation>凭据保存在 %1 中。请输入它的口令。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="137"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="56"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="150"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="78"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="110"/>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="152"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="82"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="22"/>
        <source>Protect wellbeing data</source>
        <translation>保护员工关怀数据</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="23"/>
        <source>Unlock wellbeing data</source>
        <translation>解锁员工关怀数据</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="24"/>
        <source>Change the wellbeing passphrase</source>
        <translation>修改员工关怀口令</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="27"/>
        <source>Emotion levels, health events, case notes and emergency contacts are encrypted in the database with a key that only this passphrase opens (at least %1 characters). The passphrase is never stored: if it is forgotten, this data cannot be recovered.</source>
        <translation>情绪分级、健康事件、个案记录和紧急联系人在数据库中加密保存，只有此口令能打开其密钥（至少 %1 个字符）。口令本身从不保存：一旦忘记，这些数据将无法恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="31"/>
        <source>Type the wellbeing passphrase. The panel locks again after %1 minutes without input.</source>
        <translation>请输入员工关怀口令。无操作 %1 分钟后面板将重新锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="34"/>
        <source>The data stays as it is; only the passphrase that opens its key changes (at least %1 characters).</source>
        <translation>数据保持不变，只更换打开密钥的口令（至少 %1 个字符）。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="38"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="52"/>
        <source>Current passphrase</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="46"/>
        <source>Protect</source>
        <translation>设置保护</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="47"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="53"/>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="101"/>
        <source>Checking the passphrase…</source>
        <translation>正在核对口令…</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="109"/>
        <source>Wrong passphrase.</source>
        <translation>口令错误。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="112"/>
        <source>A passphrase already exists: unlock instead.</source>
        <translation>口令已设置：请直接解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="113"/>
        <source>No passphrase has been set up yet.</source>
        <translation>尚未设置口令。</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="114"/>
        <source>The wellbeing data cannot be opened: %1</source>
        <translation>无法打开员工关怀数据：%1</translation>
    </message>
</context>
<context>
    <name>PatrolDock</name>
    <message>
        <location filename="../../ui/docks/patrol.py" line="41"/>
        <source>Patrol</source>
        <translation>巡店</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="46"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="46"/>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="47"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="62"/>
        <source>Item</source>
        <translation>巡店项目</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="62"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="62"/>
        <location filename="../../ui/docks/patrol.py" line="77"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="62"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="63"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="72"/>
        <source>Patrol items</source>
        <translation>巡店项目</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="76"/>
        <source>Note for the selected item</source>
        <translation>所选项目的备注</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="85"/>
        <source>OK (O)</source>
        <translation>正常 (O)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="86"/>
        <source>Problem (P)</source>
        <translation>有问题 (P)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="87"/>
        <source>N/A (N)</source>
        <translation>不适用 (N)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="88"/>
        <source>Open incident (I)</source>
        <translation>转为事件 (I)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="89"/>
        <source>Evidence (Enter)</source>
        <translation>查看依据 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="97"/>
        <source>Items…</source>
        <translation>巡店项目…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="98"/>
        <source>Reorder, add or retire patrol items</source>
        <translation>调整顺序、添加或停用巡店项目</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="168"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="172"/>
        <source>%1 of %2 patrol items done</source>
        <translation>巡店已完成 %1 / %2 项</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="176"/>
        <source>Patrol %1 ✓</source>
        <translation>巡店 %1 ✓</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="177"/>
        <source>Patrol %1</source>
        <translation>巡店 %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="238"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="260"/>
        <source>Incident not opened: %1</source>
        <translation>事件未登记：%1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="263"/>
        <source>Incident #%1 opened for this item.</source>
        <translation>已为此项登记事件 #%1。</translation>
    </message>
</context>
<context>
    <name>PatrolItemsDialog</name>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="24"/>
        <source>Patrol items</source>
        <translation>巡店项目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="27"/>
        <source>Patrol items in order</source>
        <translation>巡店项目（按顺序）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="28"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="29"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="30"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="31"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="44"/>
        <source>Add item</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="49"/>
        <source>New item (Chinese)</source>
        <translation>新项目（中文）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="50"/>
        <source>New item (English)</source>
        <translation>新项目（英文）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="80"/>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="142"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>PickAgentDialog</name>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="158"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
</context>
<context>
    <name>PlatformFiguresTab</name>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="29"/>
        <source>Figures as the platforms&apos; own exports give them (File → Import…), labelled with the export they came from. Where a console metric corresponds, the console&apos;s figure for the same store and day, computed from conversations, is beside it.</source>
        <translation>平台自己导出表中的数据（文件 → 导入…），注明来自哪个导出表。有对应指标时，旁边列出控制台根据会话算出的同一店铺同一天的数值。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="35"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="35"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="35"/>
        <source>Agent or account</source>
        <translation>客服/子账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="36"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="36"/>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="36"/>
        <source>Platform export</source>
        <translation>平台导出</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="37"/>
        <source>Console (computed)</source>
        <translation>控制台（计算）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="39"/>
        <source>Yesterday&apos;s platform export figures</source>
        <translation>昨日平台导出数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="47"/>
        <source>No platform export was imported for %1. Import the day&apos;s 生意参谋, 飞鸽, 快手 or 京东 exports with File → Import… to see them here.</source>
        <translation>%1 没有导入平台导出数据。用“文件 → 导入…”导入当天的生意参谋、飞鸽、快手或京东导出表后，会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="58"/>
        <source>(whole store)</source>
        <translation>（全店）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="60"/>
        <source>As written: %1
File: %2
Imported: %3</source>
        <translation>原文：%1
文件：%2
导入时间：%3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="65"/>
        <source>Imported from: %1</source>
        <translation>导入自：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="76"/>
        <source>The console&apos;s %1, computed from the day&apos;s conversations</source>
        <translation>控制台根据当天会话计算的%1</translation>
    </message>
</context>
<context>
    <name>PlatformKpiDialog</name>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="38"/>
        <source>Platform KPIs</source>
        <translation>平台数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="41"/>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="43"/>
        <source>No store</source>
        <translation>未选店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="44"/>
        <source>Stores</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="46"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="48"/>
        <source>Last %1 days</source>
        <translation>最近 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="49"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="51"/>
        <source>Read the imported figures again</source>
        <translation>重新读取已导入的数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="55"/>
        <source>Platform KPI chart</source>
        <translation>平台数据图表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="59"/>
        <source>The platforms&apos; own daily figures from imported exports (File → Import…), one line per store and export. A day without a figure is a gap, not zero.</source>
        <translation>平台导出表中的每日数据（文件 → 导入…），每个店铺和导出表一条线。没有数据的日子是空缺，不是零。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="66"/>
        <source>Figure:</source>
        <translation>数据项：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="67"/>
        <source>Stores:</source>
        <translation>店铺：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="68"/>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="141"/>
        <source>No platform export has been imported yet. Import the 生意参谋, 飞鸽, 快手 or 京东 exports with File → Import… to chart them here.</source>
        <translation>还没有导入平台导出数据。用“文件 → 导入…”导入生意参谋、飞鸽、快手或京东的导出表后，可在这里绘图。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="158"/>
        <source>%1 · %2 to %3 · %4 stores · %5 daily figures</source>
        <translation>%1 · %2 至 %3 · %4 个店铺 · %5 个每日数据</translation>
    </message>
</context>
<context>
    <name>PlatformKpis</name>
    <message>
        <location filename="../../ui/platform_kpi_actions.py" line="57"/>
        <source>Platform &amp;KPIs…</source>
        <translation>平台数据(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../ui/platform_kpi_actions.py" line="58"/>
        <source>Chart the platforms&apos; own daily figures from imported exports (Ctrl+Shift+K)</source>
        <translation>绘制导入的平台每日数据（Ctrl+Shift+K）</translation>
    </message>
</context>
<context>
    <name>RecoverDatabase</name>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="127"/>
        <source>The backup is damaged too; nothing was changed. Open another file, or pick an older backup from the backup folder with Open another file…</source>
        <translation>备份文件也已损坏，未做任何更改。请打开其他文件，或通过“打开其他文件…”从备份文件夹中选择更早的备份。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="131"/>
        <source>The disk is full; nothing was changed. Free some space, then try again.</source>
        <translation>磁盘已满，未做任何更改。请腾出空间后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="134"/>
        <source>Floorwatch may not write to the database&apos;s folder; nothing was changed.</source>
        <translation>Floorwatch 无权写入数据库所在文件夹，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="138"/>
        <source>The backup could not be put in place; nothing was changed (%1).</source>
        <translation>无法恢复备份，未做任何更改（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="150"/>
        <source>Open a Floorwatch database</source>
        <translation>打开 Floorwatch 数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="151"/>
        <source>Databases (*.db);;All files (*)</source>
        <translation>数据库 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>RecoverDatabaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="47"/>
        <source>Floorwatch — the database cannot be opened</source>
        <translation>Floorwatch — 无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="51"/>
        <source>The floor&apos;s database is damaged and cannot be opened.</source>
        <translation>客服部的数据库已损坏，无法打开。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="59"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="62"/>
        <source>What SQLite reports: %1</source>
        <translation>SQLite 报告：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="66"/>
        <source>Floorwatch has not changed this file, and will not overwrite it.</source>
        <translation>Floorwatch 没有改动这个文件，也不会覆盖它。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="71"/>
        <source>Latest backup: %1, %2 (%3).</source>
        <translation>最新备份：%1，%2（%3）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="75"/>
        <source>Restoring renames the damaged file to %1 next to it (kept, with what was recorded after the backup), then copies the backup in and opens the console.</source>
        <translation>恢复时会先把损坏的文件在原位置改名为 %1（保留下来，其中有备份之后记录的内容），再复制备份并打开控制台。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="80"/>
        <source>There is no backup of this database yet. Backups would be in: %1</source>
        <translation>这个数据库还没有备份。备份应位于：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="84"/>
        <source>Open another database file, or quit and ask IT to recover this file.</source>
        <translation>请打开其他数据库文件，或退出并请 IT 同事修复这个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="88"/>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="97"/>
        <source>&amp;Restore latest backup (%1)</source>
        <translation>恢复最新备份（%1）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="98"/>
        <source>&amp;Restore latest backup</source>
        <translation>恢复最新备份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="100"/>
        <source>&amp;Open another file…</source>
        <translation>打开其他文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="101"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report.py" line="90"/>
        <source>Shift report</source>
        <translation>交接班报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="104"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="108"/>
        <source>Other period…</source>
        <translation>其他时段…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="115"/>
        <source>What the next shift needs to know</source>
        <translation>下一班需要知道的事项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="116"/>
        <source>Hand-over note</source>
        <translation>交接备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="123"/>
        <source>Name agents in the wellbeing section (needs the Wellbeing panel unlocked)</source>
        <translation>在员工关怀部分写明客服姓名（需先解锁员工关怀面板）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="127"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="127"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="128"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="140"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="141"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="142"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="145"/>
        <source>Hand-over note for the next shift</source>
        <translation>交接备注（给下一班）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="196"/>
        <source>The period must end after it starts.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="201"/>
        <source>The note was not saved: %1</source>
        <translation>备注未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="206"/>
        <source>Gathering the report…</source>
        <translation>正在汇总报告…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="211"/>
        <source>The Wellbeing panel is locked: the report shows anonymous wellbeing counts only. Gathering…</source>
        <translation>员工关怀面板已锁定：报告只显示匿名统计。正在汇总…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="226"/>
        <source>Report ready: %1 pages.</source>
        <translation>报告已生成：共 %1 页。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="239"/>
        <source>The report could not be gathered: %1</source>
        <translation>无法汇总报告：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="293"/>
        <source>%1 pages sent to %2.</source>
        <translation>已将 %1 页发送到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="305"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="306"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="319"/>
        <source>Saved %1 (%2 pages).</source>
        <translation>已保存 %1（共 %2 页）。</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../../ui/report/document.py" line="159"/>
        <source>Floor</source>
        <translation>客服部</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="159"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="160"/>
        <source>Supervisor</source>
        <translation>值班主管</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="161"/>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="164"/>
        <location filename="../../ui/report/document.py" line="389"/>
        <source>Shift report</source>
        <translation>交接班报告</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="167"/>
        <source>✓ on target</source>
        <translation>✓ 达标</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="167"/>
        <source>△ warning</source>
        <translation>△ 预警</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="168"/>
        <source>▲ ALARM</source>
        <translation>▲ 告警</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="184"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="184"/>
        <source>Value</source>
        <translation>本时段</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="184"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="185"/>
        <source>Warning level</source>
        <translation>预警线</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="185"/>
        <source>Alarm level</source>
        <translation>告警线</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="185"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="187"/>
        <source>Headline KPIs</source>
        <translation>核心指标</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="193"/>
        <source>Bars: conversations per interval. Line: the metric per interval (gaps: no conversations). Dashed: target. Dotted: warning level.</source>
        <translation>柱：每个时段的接待量。折线：每个时段的指标值（断开处：无接待）。虚线：目标。点线：预警线。</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="195"/>
        <source>Metrics over the shift</source>
        <translation>指标走势</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="199"/>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="215"/>
        <source>%1 stores in service; %2 had time with nobody online.</source>
        <translation>服务中店铺 %1 家，其中 %2 家出现无人在线时段。</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="217"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="217"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="217"/>
        <source>Service time</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="218"/>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="218"/>
        <source>Nobody online</source>
        <translation>无人在线</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="219"/>
        <source>Below minimum</source>
        <translation>低于最低人数</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="219"/>
        <source>Uncovered periods</source>
        <translation>无人在线时段</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="223"/>
        <source>Store coverage</source>
        <translation>店铺覆盖情况</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="240"/>
        <location filename="../../ui/report/document.py" line="256"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="241"/>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="241"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="242"/>
        <source>Mitigated</source>
        <translation>已缓解</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="242"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="243"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="244"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="244"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="245"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="245"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="246"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="246"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="246"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="247"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="247"/>
        <source>Status at the end</source>
        <translation>结束时状态</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="257"/>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="257"/>
        <source>Escalation</source>
        <translation>升级内容</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="265"/>
        <source>Opened %1 · resolved %2 · still open %3 · escalations %4</source>
        <translation>新开 %1 起 · 已解决 %2 起 · 未关闭 %3 起 · 升级 %4 次</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="269"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="270"/>
        <source>Escalations</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="274"/>
        <source>✓ OK</source>
        <translation>✓ 正常</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="274"/>
        <source>▲ Problem</source>
        <translation>▲ 有问题</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="275"/>
        <source>– N/A</source>
        <translation>– 不适用</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="289"/>
        <source>Store patrol</source>
        <translation>巡店</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="292"/>
        <source>%1 items done, %2 with a problem</source>
        <translation>已完成 %1 项，%2 项有问题</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="295"/>
        <source>complete at %1</source>
        <translation>完成于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="276"/>
        <source>Item</source>
        <translation>巡店项目</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="276"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="276"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="277"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="257"/>
        <location filename="../../ui/report/document.py" line="277"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="301"/>
        <source>No shift in this period.</source>
        <translation>此时段内没有班次。</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="306"/>
        <source>Wellbeing</source>
        <translation>员工关怀</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="308"/>
        <source>No wellbeing records.</source>
        <translation>无员工关怀记录。</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="312"/>
        <source>Anonymous counts.</source>
        <translation>仅匿名计数。</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="319"/>
        <source>(no note)</source>
        <translation>（无备注）</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="320"/>
        <source>Hand-over note for the next shift</source>
        <translation>交接备注（给下一班）</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="394"/>
        <source>Page %1 / %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="395"/>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/review.py" line="107"/>
        <source>Yesterday review</source>
        <translation>昨日复盘</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="118"/>
        <source>Only rows with marks</source>
        <translation>仅显示有标记的行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="122"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="124"/>
        <source>Yesterday by agent</source>
        <translation>昨日（按客服）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="126"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="126"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="128"/>
        <source>Yesterday by store</source>
        <translation>昨日（按店铺）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="130"/>
        <source>By agent</source>
        <translation>按客服</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="131"/>
        <source>By store</source>
        <translation>按店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="133"/>
        <source>Platform exports</source>
        <translation>平台导出</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="135"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="142"/>
        <source>Save the whole review as a CSV file (Ctrl+E)</source>
        <translation>将完整复盘保存为 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="146"/>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="147"/>
        <source>Review the day before today again</source>
        <translation>重新复盘昨日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="180"/>
        <source>Computing the review of %1…</source>
        <translation>正在计算 %1 的复盘…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="205"/>
        <source>Yesterday: %1 · baseline: %2 to %3 (%4 days together)</source>
        <translation>昨日：%1 · 基线：%2 至 %3（共 %4 天）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="210"/>
        <source>%1 agents, %2 with marks · %3 stores, %4 with marks</source>
        <translation>客服 %1 人，%2 人有标记 · 店铺 %3 家，%4 家有标记</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="226"/>
        <source>The review could not be computed: %1</source>
        <translation>无法计算复盘：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="245"/>
        <source>(nobody picked up)</source>
        <translation>（无人接待）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="263"/>
        <source>Baseline (%1 days before): no data</source>
        <translation>基线（前 %1 天）：无数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="266"/>
        <source>Baseline (%1 days before, per active day; %2 active days): %3</source>
        <translation>基线（前 %1 天，按活跃日平均；活跃 %2 天）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="270"/>
        <source>Baseline (%1 days before): %2</source>
        <translation>基线（前 %1 天）：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="274"/>
        <source>Change: %1 %</source>
        <translation>变化：%1%</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="277"/>
        <source>%1 Alarm: worse than %2</source>
        <translation>%1 告警：差于 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="278"/>
        <source>%1 Warning: worse than %2</source>
        <translation>%1 预警：差于 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="282"/>
        <source>%1 Far from the baseline</source>
        <translation>%1 偏离基线</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="286"/>
        <source>%1 alarm, %2 warning: off target · %3 far: more than %4 % worse than the baseline (%5: more than %6 % up or down)</source>
        <translation>%1 告警、%2 预警：未达目标 · %3 偏离：比基线差 %4% 以上（%5：上下波动超过 %6%）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="309"/>
        <source>Export review</source>
        <translation>导出复盘</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="310"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="318"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="319"/>
        <source>The review could not be saved to %1:
%2</source>
        <translation>无法将复盘保存到 %1：
%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="322"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../../ui/models/roster.py" line="26"/>
        <location filename="../../ui/models/roster.py" line="33"/>
        <location filename="../../ui/roster_words.py" line="20"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="26"/>
        <location filename="../../ui/models/roster.py" line="33"/>
        <location filename="../../ui/roster_words.py" line="22"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="27"/>
        <source>Min. online</source>
        <translation>最少在线</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="27"/>
        <source>Service hours</source>
        <translation>服务时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="28"/>
        <source>Quiet alert</source>
        <translation>无消息告警</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="44"/>
        <source>Retired</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="28"/>
        <source>Active accounts</source>
        <translation>在用子账号</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="29"/>
        <location filename="../../ui/models/roster.py" line="35"/>
        <location filename="../../ui/models/roster.py" line="41"/>
        <source>Retired on</source>
        <translation>停用时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="34"/>
        <source>Store account</source>
        <translation>子账号</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="34"/>
        <source>Held by</source>
        <translation>负责客服</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="39"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="39"/>
        <location filename="../../ui/roster_words.py" line="27"/>
        <source>Team</source>
        <translation>组别</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="40"/>
        <location filename="../../ui/roster_words.py" line="28"/>
        <source>Skill group</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="40"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="41"/>
        <source>Accounts held</source>
        <translation>负责子账号数</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="45"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="45"/>
        <source>Changed by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="46"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="46"/>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="113"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="152"/>
        <source>Retired on %1</source>
        <translation>停用于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="21"/>
        <location filename="../../ui/roster_words.py" line="35"/>
        <source>Store name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="23"/>
        <source>Minimum agents online</source>
        <translation>最少在线客服数</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="24"/>
        <source>Service starts</source>
        <translation>服务开始</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="25"/>
        <source>Service ends</source>
        <translation>服务结束</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="26"/>
        <source>Alert after minutes without customers</source>
        <translation>无新顾客告警（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="29"/>
        <source>Shift starts</source>
        <translation>班次开始</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="30"/>
        <source>Shift ends</source>
        <translation>班次结束</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="36"/>
        <source>Account name</source>
        <translation>子账号名称</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="37"/>
        <source>Agent name</source>
        <translation>客服姓名</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="42"/>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="43"/>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="45"/>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="46"/>
        <source>Assigned</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="47"/>
        <source>Handed back</source>
        <translation>交还</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="52"/>
        <source>store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="52"/>
        <source>store account</source>
        <translation>子账号</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="53"/>
        <source>agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="91"/>
        <source>%1 must be a time of day like 08:00 (not %2).</source>
        <translation>%1必须是时刻，例如 08:00（填写的是 %2）。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="94"/>
        <source>%1 must be a whole number (not %2).</source>
        <translation>%1必须是整数（填写的是 %2）。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="97"/>
        <source>%1 must be at least %2 (not %3).</source>
        <translation>%1不能小于 %2（填写的是 %3）。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="100"/>
        <source>%1 must not be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="103"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1超过了 %2 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="106"/>
        <source>Unknown platform %1 (known: %2).</source>
        <translation>未知平台 %1（已知平台：%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="109"/>
        <source>There is already a %1 with that name.</source>
        <translation>已有同名的%1。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="112"/>
        <source>That %1 is no longer there (id %2); close the roster and open it again.</source>
        <translation>找不到该%1（编号 %2），可能已被修改；请关闭名册后重新打开。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="116"/>
        <source>That %1 is retired; restore it first.</source>
        <translation>该%1已停用，请先恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="165"/>
        <source>%1 holds %2</source>
        <translation>%1 接手 %2</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="166"/>
        <source>%1 no longer holds %2</source>
        <translation>%1 不再负责 %2</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="169"/>
        <location filename="../../ui/roster_words.py" line="174"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="170"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="175"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="55"/>
        <source>Roster</source>
        <translation>名册</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="60"/>
        <source>Filter (Ctrl+F)</source>
        <translation>筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="63"/>
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="64"/>
        <source>Also list retired stores, accounts and agents (grey, with the date they were retired)</source>
        <translation>同时列出已停用的店铺、子账号和客服（灰色显示，并注明停用时间）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="85"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="85"/>
        <source>Add (Ins)</source>
        <translation>添加（Ins）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="86"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="86"/>
        <source>Edit the selected row (Enter)</source>
        <translation>编辑所选行（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="89"/>
        <source>Retire…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="89"/>
        <source>Retire the selected row (Del); its history is kept</source>
        <translation>停用所选行（Del）；变更记录会保留</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="91"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="92"/>
        <source>Bring a retired row back</source>
        <translation>恢复已停用的行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="93"/>
        <source>Assign agent…</source>
        <translation>分配客服…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="94"/>
        <source>Give this store account to an agent</source>
        <translation>把这个子账号交给一位客服</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="96"/>
        <source>Unassign…</source>
        <translation>收回…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="97"/>
        <source>Take this store account back from an agent</source>
        <translation>从客服手中收回这个子账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="104"/>
        <source>History of the selected row</source>
        <translation>所选行的变更记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="205"/>
        <source>Stores (%1)</source>
        <translation>店铺（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="205"/>
        <source>Store accounts (%1)</source>
        <translation>子账号（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="206"/>
        <source>Agents (%1)</source>
        <translation>客服（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="243"/>
        <source>History of %1</source>
        <translation>%1 的变更记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="244"/>
        <source>History: select a row</source>
        <translation>变更记录：请先选择一行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="273"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="296"/>
        <source>Add a store first: every store account belongs to one.</source>
        <translation>请先添加店铺：每个子账号都属于一个店铺。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="307"/>
        <source>✔ Added.</source>
        <translation>✔ 已添加。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="323"/>
        <source>✔ Saved.</source>
        <translation>✔ 已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="336"/>
        <source>Its %1 store accounts are retired with it and %2 assignments end. Restoring the store later does not restore its accounts.</source>
        <translation>其 %1 个子账号将一并停用，%2 个分配随之结束。之后恢复店铺不会自动恢复这些子账号。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="342"/>
        <source>Nobody holds it.</source>
        <translation>目前没有客服负责它。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="343"/>
        <source>%1 agents hand it back: %2.</source>
        <translation>%1 位客服将交还它：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="344"/>
        <location filename="../../ui/dialogs/roster.py" line="349"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="347"/>
        <source>They hold no store accounts.</source>
        <translation>该客服目前没有负责的子账号。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="348"/>
        <source>They hand back %1 store accounts: %2.</source>
        <translation>该客服将交还 %1 个子账号：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="355"/>
        <source>Retire the store %1?</source>
        <translation>停用店铺 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="356"/>
        <source>Retire the store account %1?</source>
        <translation>停用子账号 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="357"/>
        <source>Retire the agent %1?</source>
        <translation>停用客服 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="359"/>
        <source>The history is kept; a retired row can be restored.</source>
        <translation>变更记录会保留，停用后可以恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="360"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="364"/>
        <source>✔ Retired %1.</source>
        <translation>✔ 已停用 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="370"/>
        <source>✔ Restored %1.</source>
        <translation>✔ 已恢复 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="386"/>
        <source>No other active agent to give it to; add an agent first.</source>
        <translation>没有其他在职客服可以分配；请先添加客服。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="390"/>
        <source>Assign agent</source>
        <translation>分配客服</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="391"/>
        <source>Who takes the store account %1?</source>
        <translation>由谁接手子账号 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="393"/>
        <source>✔ Assigned %1.</source>
        <translation>✔ 已分配 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="404"/>
        <source>✔ %1 handed back.</source>
        <translation>✔ 已收回 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="409"/>
        <source>Unassign</source>
        <translation>收回子账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="410"/>
        <source>Who hands back the store account %1?</source>
        <translation>由谁交还子账号 %1？</translation>
    </message>
</context>
<context>
    <name>RosterForm</name>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="100"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="81"/>
        <source>Credential</source>
        <translation>凭据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="83"/>
        <source>It is kept in %1 and never shown again.</source>
        <translation>它将保存在 %1 中，之后不会再显示。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="87"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="93"/>
        <source>Credential for %1</source>
        <translation>%1 的凭据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="94"/>
        <source>Password or token</source>
        <translation>密码或令牌</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="289"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="18"/>
        <source>Floor name</source>
        <translation>客服部名称</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="19"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="20"/>
        <source>Supervisor</source>
        <translation>值班主管</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="21"/>
        <source>Shift times</source>
        <translation>班次时间</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="22"/>
        <source>Patrol reminder</source>
        <translation>巡店提醒</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="23"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="24"/>
        <source>Keep backups for</source>
        <translation>备份保留天数</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="25"/>
        <source>Demo floor</source>
        <translation>演示现场</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="30"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="31"/>
        <source>warning level</source>
        <translation>预警线</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="32"/>
        <source>alarm level</source>
        <translation>告警线</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="44"/>
        <source>%1 must not be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="45"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1超过了 %2 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="46"/>
        <source>Unknown time zone &apos;%1&apos;: pick one from the list, for example Asia/Shanghai, or leave it empty.</source>
        <translation>未知时区“%1”：请从列表中选择，例如 Asia/Shanghai，或留空。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="53"/>
        <source>%1: &apos;%2&apos; is a file, not a folder.</source>
        <translation>%1：“%2”是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="54"/>
        <source>%1: Floorwatch may not write to &apos;%2&apos;; pick a folder of your own.</source>
        <translation>%1：Floorwatch 无权写入“%2”，请选择一个自己有权限的文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="56"/>
        <source>%1: &apos;%2&apos; is not a time of day HH:MM (00:00 to 24:00).</source>
        <translation>%1：“%2”不是有效时间，应为 HH:MM（00:00 到 24:00）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="60"/>
        <source>There is no shift &apos;%1&apos;.</source>
        <translation>没有“%1”这个班次。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="48"/>
        <source>%1 must be a whole number.</source>
        <translation>%1必须是整数。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="49"/>
        <source>%1 must be between %2 and %3 days.</source>
        <translation>%1必须在 %2 到 %3 天之间。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="50"/>
        <source>%1: give the full path, for example D:\Floorwatch\backups or /home/you/backups.</source>
        <translation>%1：请填写完整路径，例如 D:\Floorwatch\backups 或 /home/you/backups。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="52"/>
        <source>%1: that drive or location does not exist.</source>
        <translation>%1：该磁盘或位置不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="58"/>
        <source>%1 and %2 overlap: every moment may belong to one shift only.</source>
        <translation>%1和%2时间重叠：每个时刻只能属于一个班次。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="61"/>
        <source>The shift times could not be read.</source>
        <translation>无法读取班次时间。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="97"/>
        <source>%1: higher is better, so the alarm level must not be above the warning level and the warning level not above the target (%2 is above %3).</source>
        <translation>%1：数值越高越好，因此告警线不能高于预警线，预警线不能高于目标（现在%2高于%3）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="101"/>
        <source>%1: lower is better, so the alarm level must not be below the warning level and the warning level not below the target (%2 is below %3).</source>
        <translation>%1：数值越低越好，因此告警线不能低于预警线，预警线不能低于目标（现在%2低于%3）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="108"/>
        <source>%1: the %2 cannot be negative.</source>
        <translation>%1：%2不能为负数。</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../ui/dialogs/settings_action.py" line="32"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_action.py" line="35"/>
        <source>Floor, shifts, stores, targets, alerts, language and theme (Ctrl+,)</source>
        <translation>客服部、班次、店铺、目标、告警、语言和主题（Ctrl+,）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="41"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="88"/>
        <source>The settings could not be saved; nothing was changed: %1</source>
        <translation>设置未能保存，所有内容均未更改：%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="61"/>
        <source>Problem on this page</source>
        <translation>本页的问题</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <location filename="../../ui/report/chart.py" line="132"/>
        <source>warning %1</source>
        <translation>预警 %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/chart.py" line="134"/>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/chart.py" line="157"/>
        <source>no conversations</source>
        <translation>无接待</translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="165"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="166"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="167"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="173"/>
        <source>starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="173"/>
        <source>ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="185"/>
        <source>Restore the default times</source>
        <translation>恢复默认时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="192"/>
        <source>Times are the floor&apos;s local time, 00:00 to 24:00. A shift that ends at or before its start runs past midnight and belongs to the day it starts. The patrol and the shift report use these shifts.</source>
        <translation>时间为客服部当地时间，00:00 到 24:00。结束时间早于或等于开始时间的班次跨过午夜，算作开始那一天的班次。巡店和交班报告都按这些班次划分。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="197"/>
        <source>HH:MM, empty: no reminder</source>
        <translation>HH:MM，留空则不提醒</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="198"/>
        <source>&amp;Patrol reminder at:</source>
        <translation>巡店提醒时间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="202"/>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/help.py" line="142"/>
        <location filename="../../ui/dialogs/help.py" line="145"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="146"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="146"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="147"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="43"/>
        <source>Add watched folder</source>
        <translation>添加监视文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="44"/>
        <location filename="../../ui/dialogs/source_forms.py" line="120"/>
        <source>Watched folder</source>
        <translation>监视文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="46"/>
        <source>Add HTTP feed</source>
        <translation>添加 HTTP 数据接口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="46"/>
        <source>HTTP feed</source>
        <translation>HTTP 数据接口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="50"/>
        <source>e.g. Tmall exports</source>
        <translation>例如：天猫导出</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="51"/>
        <source>e.g. Order centre feed</source>
        <translation>例如：订单中心接口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="52"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="58"/>
        <source>a folder the exports are saved into</source>
        <translation>保存导出文件的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="59"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="64"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="65"/>
        <source>&amp;Look every:</source>
        <translation>检查间隔(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="70"/>
        <source>&amp;Address (URL):</source>
        <translation>地址 (URL)(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="75"/>
        <source>stored in the keyring — leave empty to keep it</source>
        <translation>已保存在系统密钥环中——留空则保持不变</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="76"/>
        <source>API token (optional), kept only in the keyring</source>
        <translation>API 令牌（可选），只保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="77"/>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="78"/>
        <source>&amp;Forget the stored token</source>
        <translation>删除已保存的令牌(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="81"/>
        <source>&amp;Ask every:</source>
        <translation>请求间隔(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="84"/>
        <source>&amp;Give up after:</source>
        <translation>超时时间(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="87"/>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="90"/>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="104"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="154"/>
        <source>The token could not be stored: %1</source>
        <translation>令牌无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="185"/>
        <source>Give the source a name.</source>
        <translation>请为数据源命名。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="186"/>
        <source>A source name has at most %1 characters.</source>
        <translation>数据源名称最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="188"/>
        <source>Another source already has this name.</source>
        <translation>已有同名的数据源。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="189"/>
        <source>Choose the folder with Browse…, or type its full path.</source>
        <translation>请用“浏览…”选择文件夹，或输入完整路径。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="190"/>
        <source>The address must start with http:// or https://.</source>
        <translation>地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="191"/>
        <source>The address has no server name.</source>
        <translation>地址中没有服务器名。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="192"/>
        <source>Leave the user name and password out of the address; put the token in the Token field (it is kept in the keyring).</source>
        <translation>地址中不要包含用户名和密码；请把令牌填在“令牌”一栏（保存在系统密钥环中）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="195"/>
        <source>This is not a valid address (check the port number and remove spaces).</source>
        <translation>这不是有效的地址（请检查端口号并去掉空格）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="197"/>
        <source>Choose %1 to %2 seconds.</source>
        <translation>请选择 %1 到 %2 秒。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="199"/>
        <source>Enter a number of seconds.</source>
        <translation>请输入秒数。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="200"/>
        <source>This source was removed in the meantime.</source>
        <translation>该数据源已被删除。</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../ui/source_words.py" line="18"/>
        <source>Demo floor</source>
        <translation>演示现场</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="19"/>
        <source>Watched folder</source>
        <translation>监视文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="20"/>
        <source>HTTP feed</source>
        <translation>HTTP 数据接口</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="24"/>
        <source>● Demo running</source>
        <translation>● 演示运行中</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="25"/>
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="26"/>
        <source>✖ Offline</source>
        <translation>✖ 离线</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="27"/>
        <source>✖ Error</source>
        <translation>✖ 出错</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="28"/>
        <source>○ Stopped</source>
        <translation>○ 已停止</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="29"/>
        <source>◌ Connecting</source>
        <translation>◌ 连接中</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="30"/>
        <source>○ Disabled</source>
        <translation>○ 已停用</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="31"/>
        <source>↻ Starts after a restart</source>
        <translation>↻ 重启后启动</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="38"/>
        <source>the folder is not there (a network drive that is not connected?)</source>
        <translation>文件夹不存在（网络盘未连接？）</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="40"/>
        <source>the folder cannot be read: %1</source>
        <translation>文件夹无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="42"/>
        <source>%1 was imported but could not be moved to %2/: %3</source>
        <translation>%1 已导入，但无法移到 %2/：%3</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="44"/>
        <source>%1 was rejected but could not be moved to %2/: %3</source>
        <translation>%1 被拒绝导入，且无法移到 %2/：%3</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="48"/>
        <source>the server refused the connection (is the feed server running?)</source>
        <translation>服务器拒绝连接（接口服务是否在运行？）</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="50"/>
        <source>the server&apos;s name cannot be found (network or address?)</source>
        <translation>找不到服务器名（网络或地址有误？）</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="51"/>
        <source>the server did not answer in time</source>
        <translation>服务器未在规定时间内应答</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="52"/>
        <source>the server&apos;s answer came too slowly</source>
        <translation>服务器应答过慢</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="53"/>
        <source>the connection was cut during the answer</source>
        <translation>应答过程中连接被中断</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="54"/>
        <source>the secure connection failed (certificate?)</source>
        <translation>安全连接失败（证书问题？）</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="55"/>
        <source>the server&apos;s answer is not valid HTTP</source>
        <translation>服务器的应答不是有效的 HTTP</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="56"/>
        <source>the network cannot reach the server</source>
        <translation>网络无法连到服务器</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="57"/>
        <source>the server answered with an error (%1)</source>
        <translation>服务器返回错误（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="58"/>
        <source>the server refused the token; set it again in Data sources</source>
        <translation>服务器拒绝了令牌；请在“数据源”中重新设置</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="60"/>
        <source>the server redirects elsewhere; enter the new address</source>
        <translation>服务器重定向到别处；请填写新地址</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="62"/>
        <source>the server&apos;s answer is too large</source>
        <translation>服务器的应答过大</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="63"/>
        <source>the server&apos;s answer is not valid JSON</source>
        <translation>服务器的应答不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="64"/>
        <source>the server&apos;s answer is not in the feed&apos;s format</source>
        <translation>服务器的应答不符合接口格式</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="65"/>
        <source>an event in the answer is not valid (see the log)</source>
        <translation>应答中有无效事件（见日志）</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="82"/>
        <source>retry at %1</source>
        <translation>%1 重试</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="89"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="100"/>
        <source>last success %1</source>
        <translation>最近成功 %1</translation>
    </message>
</context>
<context>
    <name>SourcesController</name>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="231"/>
        <source>&amp;Data sources…</source>
        <translation>数据源(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="234"/>
        <source>Watched folders and HTTP feeds, their state and last success (Ctrl+Shift+D)</source>
        <translation>监视文件夹和 HTTP 数据接口：状态和最近成功时间（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="277"/>
        <source>The demo floor is running: your sources start when Floorwatch restarts.</source>
        <translation>演示现场正在运行：你的数据源将在 Floorwatch 重启后启动。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="280"/>
        <source>No source is enabled: the demo floor starts when Floorwatch restarts.</source>
        <translation>没有启用的数据源：演示现场将在 Floorwatch 重启后启动。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="296"/>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="297"/>
        <source>Floorwatch could not start itself again. Close it and open it again.</source>
        <translation>Floorwatch 无法自行重启。请关闭后重新打开。</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="42"/>
        <source>Data sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="46"/>
        <source>Where the floor&apos;s events come from. A watched folder imports the export files dropped into it; an HTTP feed asks a server for new events. What was already imported stays in the database when a source is removed.</source>
        <translation>现场数据的来源。监视文件夹会导入放入其中的导出文件；HTTP 数据接口向服务器获取新事件。删除数据源时，已导入的数据仍保留在数据库中。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="51"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="51"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="51"/>
        <source>Last success</source>
        <translation>最近成功</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="51"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="52"/>
        <source>Where / why</source>
        <translation>位置 / 原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="55"/>
        <source>Configured data sources</source>
        <translation>已配置的数据源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="66"/>
        <source>Add &amp;watched folder…</source>
        <translation>添加监视文件夹(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="68"/>
        <source>Add &amp;HTTP feed…</source>
        <translation>添加 HTTP 数据接口(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="70"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="72"/>
        <location filename="../../ui/dialogs/sources.py" line="163"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="74"/>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="76"/>
        <source>Retry &amp;now</source>
        <translation>立即重试(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="77"/>
        <source>Try every offline source again now</source>
        <translation>立即重试所有离线的数据源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="84"/>
        <source>Run the &amp;demo floor while no source is enabled</source>
        <translation>未启用数据源时运行演示现场(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="90"/>
        <source>Restart &amp;now</source>
        <translation>立即重启(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="164"/>
        <source>E&amp;nable</source>
        <translation>启用(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="202"/>
        <source>Remove data source</source>
        <translation>删除数据源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="203"/>
        <source>Remove the source “%1”? It stops, its settings, its place in the feed and its stored token are forgotten. Everything it already imported stays in the database.</source>
        <translation>删除数据源“%1”？它将停止运行，其设置、读取进度和已保存的令牌都会被删除。它已导入的全部数据仍保留在数据库中。</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/wellbeing/step_base.py" line="50"/>
        <source>You may say: %1</source>
        <translation>参考话术：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_base.py" line="57"/>
        <location filename="../../ui/wellbeing/step_base.py" line="63"/>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_base.py" line="58"/>
        <source>Notes (encrypted; never in an incident or a report)</source>
        <translation>记录（加密保存；不会出现在事件或报告中）</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../ui/storage_words.py" line="20"/>
        <source>the disk is full (or the database reached its size limit). Free some space on the drive that holds the database, then try again; what you typed is kept.</source>
        <translation>磁盘已满（或数据库已达到大小上限）。请在存放数据库的磁盘上腾出空间后重试；已输入的内容仍保留。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="23"/>
        <source>the database file is read-only. Make the file and its folder writable (or move it off a write-protected drive), then try again; what you typed is kept.</source>
        <translation>数据库文件是只读的。请让该文件及其文件夹可写（或把它移出写保护的磁盘）后重试；已输入的内容仍保留。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="27"/>
        <source>the database is busy with another write. Try again in a moment; what you typed is kept.</source>
        <translation>数据库正忙于另一项写入。请稍后重试；已输入的内容仍保留。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="29"/>
        <source>the database file is damaged. Copy what you typed somewhere safe, then restart Floorwatch to restore the latest backup.</source>
        <translation>数据库文件已损坏。请先把已输入的内容复制到安全的地方，再重启 Floorwatch 恢复最新备份。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="32"/>
        <source>the disk reported an error (%1). Check the drive, then try again; what you typed is kept.</source>
        <translation>磁盘报告错误（%1）。请检查磁盘后重试；已输入的内容仍保留。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="34"/>
        <source>the database file cannot be opened (%1). Check the drive, then try again; what you typed is kept.</source>
        <translation>无法打开数据库文件（%1）。请检查磁盘后重试；已输入的内容仍保留。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="54"/>
        <source>⚠ Read-only database: nothing can be saved</source>
        <translation>⚠ 数据库只读：任何内容都无法保存</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="61"/>
        <source>No backup: the backup folder %1 is not a full path. Choose another one in Settings → Data.</source>
        <translation>未备份：备份文件夹 %1 不是完整路径。请在“设置 → 数据”中另选文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="63"/>
        <source>No backup: the backup folder %1 cannot be created (is its drive connected?).</source>
        <translation>未备份：无法创建备份文件夹 %1（磁盘是否已连接？）。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="65"/>
        <source>No backup: %1 is a file, not a folder. Choose another backup folder in Settings → Data.</source>
        <translation>未备份：%1 是文件而不是文件夹。请在“设置 → 数据”中另选备份文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="67"/>
        <source>No backup: Floorwatch may not write to %1. Choose another backup folder in Settings → Data.</source>
        <translation>未备份：Floorwatch 无权写入 %1。请在“设置 → 数据”中另选备份文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="70"/>
        <source>No backup: the drive that holds %1 is full.</source>
        <translation>未备份：%1 所在的磁盘已满。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="71"/>
        <source>No backup: the database itself is damaged. Your earlier backups are kept; restart Floorwatch to restore the latest one.</source>
        <translation>未备份：数据库本身已损坏。之前的备份均保留；请重启 Floorwatch 恢复最新备份。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="74"/>
        <source>No backup: the copy written to %1 failed its check and was deleted. Check that drive.</source>
        <translation>未备份：写入 %1 的副本未通过校验，已删除。请检查该磁盘。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="76"/>
        <source>The backup was stopped; nothing was kept.</source>
        <translation>备份已中止，未保留任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="78"/>
        <source>No backup: writing to %1 failed (%2).</source>
        <translation>未备份：写入 %1 失败（%2）。</translation>
    </message>
</context>
<context>
    <name>StoreForm</name>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="107"/>
        <source>Add store</source>
        <translation>添加店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="107"/>
        <source>Edit store</source>
        <translation>编辑店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="112"/>
        <source>as the platform shows it</source>
        <translation>与平台上显示的一致</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="113"/>
        <source>agents, 0 or more</source>
        <translation>客服人数，0 或以上</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="116"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
</context>
<context>
    <name>StoresDock</name>
    <message>
        <location filename="../../ui/docks/stores.py" line="118"/>
        <source>Stores</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="120"/>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="120"/>
        <source>Below minimum</source>
        <translation>低于最低人数</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="121"/>
        <source>Nobody online</source>
        <translation>无人在线</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="121"/>
        <source>Out of hours</source>
        <translation>非服务时间</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="122"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="122"/>
        <location filename="../../ui/docks/stores.py" line="199"/>
        <source>Away</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="122"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="198"/>
        <location filename="../../ui/docks/stores.py" line="205"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="179"/>
        <location filename="../../ui/docks/stores.py" line="198"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="124"/>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="125"/>
        <source>Assigned to nobody</source>
        <translation>未分配给任何客服</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="137"/>
        <source>Store tiles</source>
        <translation>店铺看板</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="157"/>
        <source>Platform filter</source>
        <translation>平台筛选</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="159"/>
        <source>Team filter</source>
        <translation>组别筛选</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="160"/>
        <source>Problems only</source>
        <translation>只看问题</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="161"/>
        <source>Show only stores, accounts and agents with a problem (Ctrl+Shift+F)</source>
        <translation>只显示有问题的店铺、子账号和客服（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="166"/>
        <source>Find store, account or agent (Ctrl+F)</source>
        <translation>查找店铺、子账号或客服（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="181"/>
        <source>Team</source>
        <translation>组别</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="198"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="198"/>
        <source>Online / min</source>
        <translation>在线 / 最低</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="199"/>
        <source>Waiting</source>
        <translation>待回复</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="199"/>
        <source>Arrived 15 min</source>
        <translation>15分钟内进线</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="200"/>
        <source>Last customer</source>
        <translation>最近买家消息</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="200"/>
        <source>Accounts online</source>
        <translation>子账号在线</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="200"/>
        <source>Service hours</source>
        <translation>服务时间</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="202"/>
        <source>Store coverage</source>
        <translation>店铺覆盖情况</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="205"/>
        <source>Store / account</source>
        <translation>店铺 / 子账号</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="205"/>
        <source>Since</source>
        <translation>持续</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="206"/>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="206"/>
        <source>On it now</source>
        <translation>当前在线客服</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="209"/>
        <source>Store accounts</source>
        <translation>子账号</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="212"/>
        <location filename="../../ui/docks/stores.py" line="385"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="214"/>
        <source>Agents by store</source>
        <translation>各店铺客服状态</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="216"/>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="217"/>
        <source>Accounts</source>
        <translation>子账号</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="218"/>
        <source>Agents × stores</source>
        <translation>客服 × 店铺</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="225"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="314"/>
        <source>%1 stores open of %2 · %3 nobody online · %4 below minimum · %5 waiting · %6 account problems</source>
        <translation>营业店铺 %1/%2 · 无人在线 %3 · 人手不足 %4 · 待回复 %5 · 子账号问题 %6</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="340"/>
        <source> · %1 unassigned</source>
        <translation> · %1 个未分配</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="420"/>
        <source>%1 waiting</source>
        <translation>待回复 %1</translation>
    </message>
</context>
<context>
    <name>StoresPage</name>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="240"/>
        <source>Store thresholds</source>
        <translation>店铺阈值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="241"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="255"/>
        <source>There are no stores yet: add them in File → Roster…</source>
        <translation>还没有店铺：请在“文件 → 花名册…”中添加。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="258"/>
        <source>Service hours are when a store must have agents online (HH:MM, 24:00 for midnight). The coverage alert fires below the minimum; the quiet-store alert after that many minutes without a new customer. Every change is kept in the roster history.</source>
        <translation>服务时间内店铺必须有客服在线（HH:MM，午夜写 24:00）。在线人数低于最少人数时触发值守告警；连续这么多分钟没有新顾客时触发店铺冷清告警。每次修改都记入花名册历史。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="264"/>
        <source>Stores</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="276"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="320"/>
        <location filename="../../ui/dialogs/settings_pages.py" line="332"/>
        <source>Levels for</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="321"/>
        <source>The whole floor</source>
        <translation>全场</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="323"/>
        <source>Store: %1</source>
        <translation>店铺：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="326"/>
        <source>Team: %1</source>
        <translation>组别：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="336"/>
        <source>Metric targets for the floor</source>
        <translation>客服部指标目标</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="339"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="339"/>
        <source>Better when</source>
        <translation>优劣方向</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="339"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="339"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="340"/>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="348"/>
        <source>higher</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="349"/>
        <source>lower</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="357"/>
        <source>Use the &amp;default levels for this metric</source>
        <translation>该指标使用默认值(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="364"/>
        <source>A store&apos;s own levels win over its team&apos;s, a team&apos;s over the floor&apos;s. An empty cell means no such level. Percentages are typed as 95 for 95 %.</source>
        <translation>店铺自己的目标优先于组别的，组别的优先于全场的。留空表示不设该线。百分比请输入 95 表示 95%。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="368"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="418"/>
        <source>%1: &apos;%2&apos; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
</context>
<context>
    <name>TileGrid</name>
    <message>
        <location filename="../../widgets/tile_grid.py" line="18"/>
        <source>Status tiles</source>
        <translation>状态卡片</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../widgets/trend_chart.py" line="53"/>
        <source>Trend chart</source>
        <translation>趋势图</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_chart.py" line="55"/>
        <source>Metric over time; target line and warning and alarm bands</source>
        <translation>指标随时间的变化，带目标线及预警、告警区域</translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="19"/>
        <source>Passphrase set up</source>
        <translation>已设置口令</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="20"/>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="21"/>
        <source>Wrong passphrase typed</source>
        <translation>口令输入错误</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="22"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="23"/>
        <source>Locked after idle time</source>
        <translation>空闲超时自动锁定</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="24"/>
        <source>Passphrase changed</source>
        <translation>已修改口令</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="25"/>
        <source>Levels shown in the roster</source>
        <translation>名单中显示情绪分级</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="26"/>
        <source>Case viewed</source>
        <translation>查看个案</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="27"/>
        <source>Emergency contacts viewed</source>
        <translation>查看紧急联系人</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="28"/>
        <source>Care log viewed</source>
        <translation>查看关怀记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="29"/>
        <source>Audit log viewed</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="30"/>
        <source>Check-in recorded</source>
        <translation>记录情绪分级</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="31"/>
        <source>Case opened</source>
        <translation>开始个案</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="32"/>
        <source>Case step recorded</source>
        <translation>记录个案步骤</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="33"/>
        <source>Case paused</source>
        <translation>暂停个案</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="34"/>
        <source>Case resumed</source>
        <translation>继续个案</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="35"/>
        <source>Case closed</source>
        <translation>个案结案</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="36"/>
        <source>Store accounts moved</source>
        <translation>转移店铺子账号</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="37"/>
        <source>Store accounts handed back</source>
        <translation>交还店铺子账号</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="38"/>
        <source>Call to a contact recorded</source>
        <translation>记录联系人拨打</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="39"/>
        <source>Emergency contacts changed</source>
        <translation>修改紧急联系人</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="40"/>
        <source>Care entry added</source>
        <translation>新增关怀记录</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="41"/>
        <source>Named in a shift report</source>
        <translation>在交接班报告中写明姓名</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="46"/>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="47"/>
        <source>Below minimum</source>
        <translation>低于最低人数</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="48"/>
        <source>Nobody online</source>
        <translation>无人在线</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="49"/>
        <source>Closed now</source>
        <translation>当前非营业时间</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="53"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="54"/>
        <source>Away</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="55"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="72"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="77"/>
        <source>(supervisor not set)</source>
        <translation>（未设置值班主管）</translation>
    </message>
</context>
<context>
    <name>WellbeingDock</name>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="89"/>
        <source>Wellbeing</source>
        <translation>员工关怀</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="130"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="130"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="125"/>
        <source>Open cases</source>
        <translation>未结个案</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="130"/>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="130"/>
        <source>Since break</source>
        <translation>距上次休息</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="131"/>
        <source>Handled this shift</source>
        <translation>本班接待</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="131"/>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="133"/>
        <source>Agent roster</source>
        <translation>客服名单</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="161"/>
        <source>More wellbeing actions</source>
        <translation>更多员工关怀操作</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="164"/>
        <source>Change the passphrase…</source>
        <translation>修改口令…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="166"/>
        <source>Lock after idle time…</source>
        <translation>空闲自动锁定时间…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="168"/>
        <source>Audit log…</source>
        <translation>审计日志…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="180"/>
        <source>Check-in</source>
        <translation>情绪分级</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="193"/>
        <source>Check-in note</source>
        <translation>情绪分级备注</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="194"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="202"/>
        <source>Take the selected agent off the floor and follow the six steps (or resume their open case)</source>
        <translation>让所选客服下线并按六步处理（或继续其未结个案）</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="205"/>
        <source>Health event</source>
        <translation>健康事件</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="215"/>
        <source>Contacts…</source>
        <translation>紧急联系人…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="216"/>
        <source>Emergency contacts of the selected agent</source>
        <translation>所选客服的紧急联系人</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="218"/>
        <source>Care log…</source>
        <translation>关怀记录…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="230"/>
        <source>Checking the passphrase…</source>
        <translation>正在核对口令…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="200"/>
        <source>Six steps…</source>
        <translation>六步处理…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="230"/>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="232"/>
        <source>Unlocked · %1 min</source>
        <translation>已解锁 · %1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="233"/>
        <source>Unlocked: locks after %1 min without input</source>
        <translation>已解锁：无操作 %1 分钟后自动锁定</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="236"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="237"/>
        <source>Locked: emotion levels, cases and contacts are hidden</source>
        <translation>已锁定：情绪分级、个案和联系人已隐藏</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="239"/>
        <source>No passphrase yet</source>
        <translation>未设置口令</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="240"/>
        <source>Not set up: protect wellbeing data with a passphrase first</source>
        <translation>未设置：请先设置口令保护员工关怀数据</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="244"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="245"/>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="245"/>
        <source>Set up…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="276"/>
        <source>Lock after idle time</source>
        <translation>空闲自动锁定</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="277"/>
        <source>Lock the wellbeing data after this many minutes without input:</source>
        <translation>无操作多少分钟后锁定员工关怀数据：</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="326"/>
        <source>Wellbeing data cannot be read: %1</source>
        <translation>无法读取员工关怀数据：%1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="340"/>
        <source>%1 agents · %2 online · %3 away · %4 offline</source>
        <translation>客服 %1 · 在线 %2 · 挂起 %3 · 离线 %4</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="367"/>
        <source>on break %1</source>
        <translation>休息中 %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="381"/>
        <source>%1 open cases: unlock to see and resume them</source>
        <translation>未结个案 %1 个：解锁后可查看并继续</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="389"/>
        <source>#%1 %2 · %3 · step %4 of %5</source>
        <translation>#%1 %2 · %3 · 第 %4/%5 步</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="394"/>
        <source>paused %1</source>
        <translation>%1 暂停</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="399"/>
        <source>Open cases (Enter or double-click to resume):</source>
        <translation>未结个案（回车或双击继续）：</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="428"/>
        <source>Select an agent to check in or start a procedure.</source>
        <translation>选择一位客服以记录情绪分级或开始处理流程。</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="431"/>
        <source>%1: locked</source>
        <translation>%1：已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="435"/>
        <source>%1: no check-in recorded yet</source>
        <translation>%1：尚无情绪分级记录</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="438"/>
        <source>%1: %2 (%3, recorded by %4)</source>
        <translation>%1：%2（%3，由 %4 记录）</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="449"/>
        <source>Select an agent first.</source>
        <translation>请先选择一位客服。</translation>
    </message>
</context>
</TS>
