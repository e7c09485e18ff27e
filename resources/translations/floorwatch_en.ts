<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="122"/>
        <source>Add store account</source>
        <translation>Add store account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="123"/>
        <source>Rename store account</source>
        <translation>Rename store account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="129"/>
        <source>the sub-account login</source>
        <translation>the sub-account login</translation>
    </message>
</context>
<context>
    <name>AgentForm</name>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="135"/>
        <source>Add agent</source>
        <translation>Add agent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="135"/>
        <source>Edit agent</source>
        <translation>Edit agent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="142"/>
        <source>empty: not known</source>
        <translation>empty: not known</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message>
        <location filename="../../ui/notifier.py" line="26"/>
        <source>Desktop &amp;notifications for new alerts</source>
        <translation>Desktop &amp;notifications for new alerts</translation>
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="30"/>
        <source>Alert &amp;sound</source>
        <translation>Alert &amp;sound</translation>
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="60"/>
        <source>Floorwatch: %1 new alerts</source>
        <translation>Floorwatch: %1 new alerts</translation>
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="61"/>
        <source>Floorwatch alert</source>
        <translation>Floorwatch alert</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <location filename="../../ui/alert_panel.py" line="30"/>
        <source>Active alerts</source>
        <translation>Active alerts</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="32"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="36"/>
        <source>Acknowledge the selected alert (Ctrl+K)</source>
        <translation>Acknowledge the selected alert (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="37"/>
        <source>Open incident…</source>
        <translation>Open incident…</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="67"/>
        <source> (acknowledged)</source>
        <translation> (acknowledged)</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="78"/>
        <source>No active alerts</source>
        <translation>No active alerts</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="477"/>
        <source>Show a desktop &amp;notification for each new alert</source>
        <translation>Show a desktop &amp;notification for each new alert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="479"/>
        <source>Play the alert &amp;sound</source>
        <translation>Play the alert &amp;sound</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="484"/>
        <source>An alert is announced once, when it is raised or gets worse. The same switches are in the View menu.</source>
        <translation>An alert is announced once, when it is raised or gets worse. The same switches are in the View menu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="489"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="73"/>
        <source>Demo floor (seed %1)</source>
        <translation>Demo floor (seed %1)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="123"/>
        <source>Wellbeing audit log</source>
        <translation>Wellbeing audit log</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="128"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="128"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="128"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="129"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="129"/>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="135"/>
        <source>case #%1</source>
        <translation>case #%1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="142"/>
        <source>Append-only: entries can be neither changed nor deleted. They never contain the data itself.</source>
        <translation>Append-only: entries can be neither changed nor deleted. They never contain the data itself.</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <location filename="../../ui/backup_job.py" line="97"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/backup_job.py" line="99"/>
        <source>Copy the database to the backup folder now (Ctrl+Shift+B)</source>
        <translation>Copy the database to the backup folder now (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_job.py" line="140"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_job.py" line="153"/>
        <source>Backed up %1</source>
        <translation>Backed up %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_job.py" line="154"/>
        <source>Latest backup: %1</source>
        <translation>Latest backup: %1</translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="27"/>
        <source>Care log</source>
        <translation>Care log</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="31"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="32"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="35"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="35"/>
        <location filename="../../ui/wellbeing/care_dialog.py" line="42"/>
        <location filename="../../ui/wellbeing/care_dialog.py" line="68"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="35"/>
        <location filename="../../ui/wellbeing/care_dialog.py" line="38"/>
        <location filename="../../ui/wellbeing/care_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="36"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="36"/>
        <source>Care entries</source>
        <translation>Care entries</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="43"/>
        <location filename="../../ui/wellbeing/care_dialog.py" line="109"/>
        <source>Whole team</source>
        <translation>Whole team</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="50"/>
        <source>What was done or said</source>
        <translation>What was done or said</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="51"/>
        <source>What was done or said (encrypted)</source>
        <translation>What was done or said (encrypted)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="64"/>
        <source>Add to the log</source>
        <translation>Add to the log</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="69"/>
        <source>Role model on</source>
        <translation>Role model on</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="70"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="76"/>
        <source>&lt;b&gt;Add an entry&lt;/b&gt;</source>
        <translation>&lt;b&gt;Add an entry&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="122"/>
        <source>A one-to-one or a recognition is about one agent: choose them.</source>
        <translation>A one-to-one or a recognition is about one agent: choose them.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="124"/>
        <source>Tick at least one dimension they are a role model on.</source>
        <translation>Tick at least one dimension they are a role model on.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="126"/>
        <source>Say what the care action was.</source>
        <translation>Say what the care action was.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/care_dialog.py" line="137"/>
        <source>Added.</source>
        <translation>Added.</translation>
    </message>
</context>
<context>
    <name>CaseFlowDialog</name>
    <message>
        <location filename="../../ui/wellbeing/case_flow.py" line="30"/>
        <source>Wellbeing case #%1</source>
        <translation>Wellbeing case #%1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/case_flow.py" line="37"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/case_flow.py" line="48"/>
        <source>Record this step</source>
        <translation>Record this step</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/case_flow.py" line="50"/>
        <source>Record the step with the time now (Ctrl+Enter)</source>
        <translation>Record the step with the time now (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/case_flow.py" line="52"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/case_flow.py" line="53"/>
        <source>Pause the case; resume it from the panel</source>
        <translation>Pause the case; resume it from the panel</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/case_flow.py" line="88"/>
        <source>%1 · %2 · opened %3</source>
        <translation>%1 · %2 · opened %3</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/case_flow.py" line="133"/>
        <source>✔ Case closed.</source>
        <translation>✔ Case closed.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="153"/>
        <source>Confirm the statement first.</source>
        <translation>Confirm the statement first.</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="244"/>
        <source>The agent says they are OK to work again</source>
        <translation>The agent says they are OK to work again</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="245"/>
        <source>I confirm it too</source>
        <translation>I confirm it too</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="247"/>
        <source>Level now</source>
        <translation>Level now</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="248"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="256"/>
        <source>Level now (as you both see it)</source>
        <translation>Level now (as you both see it)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="258"/>
        <source>Hand the store accounts back now (the agent comes back online on them)</source>
        <translation>Hand the store accounts back now (the agent comes back online on them)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="266"/>
        <source>%1 store accounts were moved in step %2.</source>
        <translation>%1 store accounts were moved in step %2.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="272"/>
        <source>Both confirm before work resumes.</source>
        <translation>Both confirm before work resumes.</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="52"/>
        <location filename="../../ui/dialogs/complaint_form.py" line="179"/>
        <source>Complete this step</source>
        <translation>Complete this step</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="69"/>
        <source>What happened, what the customer needs, what we did, where it stands. Record what each source says; none may be skipped.</source>
        <translation>What happened, what the customer needs, what we did, where it stands. Record what each source says; none may be skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="81"/>
        <source>General rules, shipping rules, penalty rules…</source>
        <translation>General rules, shipping rules, penalty rules…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="84"/>
        <source>Merchant, customer, courier, platform…</source>
        <translation>Merchant, customer, courier, platform…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="85"/>
        <source>Rules checked</source>
        <translation>Rules checked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="86"/>
        <source>Responsibility</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="93"/>
        <source>Worst-case amount</source>
        <translation>Worst-case amount</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="98"/>
        <source>Refund, compensation, what we propose</source>
        <translation>Refund, compensation, what we propose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="103"/>
        <source>Reported to %1</source>
        <translation>Reported to %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="112"/>
        <source>Worst case</source>
        <translation>Worst case</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="114"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="115"/>
        <source>Risk reported</source>
        <translation>Risk reported</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="121"/>
        <location filename="../../ui/dialogs/complaint_form.py" line="123"/>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="127"/>
        <source>Offer tier %1</source>
        <translation>Offer tier %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="133"/>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="138"/>
        <source>No presumption of bad faith: what the customer said, what was agreed</source>
        <translation>No presumption of bad faith: what the customer said, what was agreed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="141"/>
        <source>The talk</source>
        <translation>The talk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="146"/>
        <source>Yourself, or a trusted person who reports back at every step</source>
        <translation>Yourself, or a trusted person who reports back at every step</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="151"/>
        <source>The follow-up owner&apos;s report</source>
        <translation>The follow-up owner&apos;s report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="152"/>
        <source>Add feedback</source>
        <translation>Add feedback</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="158"/>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="159"/>
        <source>Follow-up owner</source>
        <translation>Follow-up owner</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="160"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="174"/>
        <location filename="../../ui/dialogs/complaint_form.py" line="186"/>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="178"/>
        <source>Record again</source>
        <translation>Record again</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="192"/>
        <source>%1 tier %2 offered by %3</source>
        <translation>%1 tier %2 offered by %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="231"/>
        <source>First report to: %1</source>
        <translation>First report to: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/complaint_form.py" line="231"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="27"/>
        <source>Emergency contacts: %1</source>
        <translation>Emergency contacts: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="31"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="31"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="32"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="32"/>
        <source>Verified by phone on</source>
        <translation>Verified by phone on</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="42"/>
        <source>%1 verified</source>
        <translation>%1 verified</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="52"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="52"/>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="53"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="62"/>
        <source>Kept encrypted; shown only while the panel is unlocked, and every view is written to the audit log.</source>
        <translation>Kept encrypted; shown only while the panel is unlocked, and every view is written to the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="102"/>
        <source>a contact needs a name</source>
        <translation>a contact needs a name</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="103"/>
        <source>name and relation are at most 100 characters</source>
        <translation>name and relation are at most 100 characters</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/records_dialogs.py" line="104"/>
        <source>that is not a phone number (digits, spaces, + - ( ) only)</source>
        <translation>that is not a phone number (digits, spaces, + - ( ) only)</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="175"/>
        <source>not on file</source>
        <translation>not on file</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="177"/>
        <source>verified %1</source>
        <translation>verified %1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="178"/>
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="185"/>
        <source>No emergency contacts on file: add them with Contacts… on the panel.</source>
        <translation>No emergency contacts on file: add them with Contacts… on the panel.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="188"/>
        <source>Contact called</source>
        <translation>Contact called</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="192"/>
        <source>Call result</source>
        <translation>Call result</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="196"/>
        <source>Call note</source>
        <translation>Call note</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="197"/>
        <source>Note on this call</source>
        <translation>Note on this call</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="198"/>
        <source>Record the call</source>
        <translation>Record the call</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="207"/>
        <source>Calls made</source>
        <translation>Calls made</translation>
    </message>
</context>
<context>
    <name>CoverPage</name>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="30"/>
        <source>Replacement for every account</source>
        <translation>Replacement for every account</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="31"/>
        <source>Choose per account</source>
        <translation>Choose per account</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="34"/>
        <source>Replacement</source>
        <translation>Replacement</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="36"/>
        <location filename="../../ui/wellbeing/cover_page.py" line="57"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="36"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="37"/>
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="37"/>
        <source>Store accounts held</source>
        <translation>Store accounts held</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="45"/>
        <source>Replacement for %1</source>
        <translation>Replacement for %1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="52"/>
        <source>The agent holds no store accounts: nothing to move; any live session of theirs is taken offline.</source>
        <translation>The agent holds no store accounts: nothing to move; any live session of theirs is taken offline.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="56"/>
        <source>Coverage of every affected store</source>
        <translation>Coverage of every affected store</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="57"/>
        <source>Online now</source>
        <translation>Online now</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="58"/>
        <source>After the move</source>
        <translation>After the move</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="58"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="59"/>
        <source>Coverage before and after</source>
        <translation>Coverage before and after</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="77"/>
        <source>%1 · %2 accounts · %3 chats now</source>
        <translation>%1 · %2 accounts · %3 chats now</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="82"/>
        <source>Nobody (leave it without a holder)</source>
        <translation>Nobody (leave it without a holder)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="131"/>
        <source>Refused: %1 would have nobody online. Choose an online replacement for its accounts.</source>
        <translation>Refused: %1 would have nobody online. Choose an online replacement for its accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="135"/>
        <source>Warning: %1 stays below its minimum or without anyone online.</source>
        <translation>Warning: %1 stays below its minimum or without anyone online.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/cover_page.py" line="138"/>
        <source>Every store stays covered.</source>
        <translation>Every store stays covered.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="191"/>
        <source>Store account credentials</source>
        <translation>Store account credentials</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="194"/>
        <source>Looking for the keyring…</source>
        <translation>Looking for the keyring…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="200"/>
        <source>Look for a keyring again</source>
        <translation>Look for a keyring again</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="204"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="204"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="204"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="204"/>
        <source>Credential</source>
        <translation>Credential</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="205"/>
        <location filename="../../ui/dialogs/credentials.py" line="221"/>
        <source>Store accounts</source>
        <translation>Store accounts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="206"/>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="206"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="207"/>
        <location filename="../../ui/dialogs/credentials.py" line="222"/>
        <source>Data sources</source>
        <translation>Data sources</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="209"/>
        <source>Name of another data source</source>
        <translation>Name of another data source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="210"/>
        <source>Data source name</source>
        <translation>Data source name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="211"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="224"/>
        <location filename="../../ui/dialogs/credentials.py" line="413"/>
        <source>Set…</source>
        <translation>Set…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="225"/>
        <source>Clear…</source>
        <translation>Clear…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="326"/>
        <source>the encrypted file %1</source>
        <translation>the encrypted file %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="331"/>
        <source>Credentials are kept in the operating system&apos;s keyring: %1.</source>
        <translation>Credentials are kept in the operating system&apos;s keyring: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="334"/>
        <source>Credentials are kept in the encrypted file %1 (no OS keyring on this computer); it stays unlocked until Floorwatch quits.</source>
        <translation>Credentials are kept in the encrypted file %1 (no OS keyring on this computer); it stays unlocked until Floorwatch quits.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="338"/>
        <source>Credentials are kept in the keyring backend chosen in keyring&apos;s configuration: %1.</source>
        <translation>Credentials are kept in the keyring backend chosen in keyring&apos;s configuration: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="342"/>
        <source>No OS keyring is available: this session has no D-Bus session bus, so GNOME Keyring or KWallet cannot be reached. Start Floorwatch from a desktop session, or run it as “dbus-run-session -- floorwatch” with gnome-keyring installed.</source>
        <translation>No OS keyring is available: this session has no D-Bus session bus, so GNOME Keyring or KWallet cannot be reached. Start Floorwatch from a desktop session, or run it as “dbus-run-session -- floorwatch” with gnome-keyring installed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="346"/>
        <source>No OS keyring is available: no Secret Service (GNOME Keyring, KeePassXC) or KWallet answers on the D-Bus session bus. Install and start one (Debian/Ubuntu: “sudo apt install gnome-keyring”, then log in again).</source>
        <translation>No OS keyring is available: no Secret Service (GNOME Keyring, KeePassXC) or KWallet answers on the D-Bus session bus. Install and start one (Debian/Ubuntu: “sudo apt install gnome-keyring”, then log in again).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="350"/>
        <source>No OS keyring is available: the system&apos;s credential store could not be used. Reinstall Floorwatch or check keyring&apos;s configuration (“python -m keyring diagnose”).</source>
        <translation>No OS keyring is available: the system&apos;s credential store could not be used. Reinstall Floorwatch or check keyring&apos;s configuration (“python -m keyring diagnose”).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="354"/>
        <source>The keyring backend %1 keeps secrets unencrypted, so Floorwatch will not use it. Remove the keyrings.alt package or choose a secure backend.</source>
        <translation>The keyring backend %1 keeps secrets unencrypted, so Floorwatch will not use it. Remove the keyrings.alt package or choose a secure backend.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="361"/>
        <source> Credentials were kept in an encrypted file on this computer: unlock it with its passphrase.</source>
        <translation> Credentials were kept in an encrypted file on this computer: unlock it with its passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="363"/>
        <source> Or keep the credentials in an encrypted file protected by a passphrase.</source>
        <translation> Or keep the credentials in an encrypted file protected by a passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="377"/>
        <source>Unlock the encrypted file…</source>
        <translation>Unlock the encrypted file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="378"/>
        <source>Use an encrypted file…</source>
        <translation>Use an encrypted file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="383"/>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="385"/>
        <source>Not stored</source>
        <translation>Not stored</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="386"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="413"/>
        <source>Replace…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="421"/>
        <source>The keyring is locked: unlock it and try again.</source>
        <translation>The keyring is locked: unlock it and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="422"/>
        <source>No keyring is available.</source>
        <translation>No keyring is available.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="423"/>
        <source>The keyring backend is not secure.</source>
        <translation>The keyring backend is not secure.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="424"/>
        <source>Wrong passphrase.</source>
        <translation>Wrong passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="425"/>
        <source>The passphrase is too short.</source>
        <translation>The passphrase is too short.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="426"/>
        <source>That cannot be stored.</source>
        <translation>That cannot be stored.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="427"/>
        <source>The encrypted file is damaged.</source>
        <translation>The encrypted file is damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="428"/>
        <source>The encrypted file cannot be read or written.</source>
        <translation>The encrypted file cannot be read or written.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="430"/>
        <source>The keyring did not answer.</source>
        <translation>The keyring did not answer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="468"/>
        <source>Replace credential</source>
        <translation>Replace credential</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="468"/>
        <source>Set credential</source>
        <translation>Set credential</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="474"/>
        <source>✔ Stored the credential of %1.</source>
        <translation>✔ Stored the credential of %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="482"/>
        <source>Clear credential</source>
        <translation>Clear credential</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="483"/>
        <source>Remove the credential of %1 from %2? A data source that needs it stops working until a new one is set.</source>
        <translation>Remove the credential of %1 from %2? A data source that needs it stops working until a new one is set.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="491"/>
        <source>✔ Removed the credential of %1.</source>
        <translation>✔ Removed the credential of %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="519"/>
        <source>✔ The encrypted file is unlocked.</source>
        <translation>✔ The encrypted file is unlocked.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="500"/>
        <source>No live source</source>
        <translation>No live source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="502"/>
        <source>Data &amp;sources…</source>
        <translation>Data &amp;sources…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="504"/>
        <source>Add, change or remove watched folders and HTTP feeds (Ctrl+Shift+D)</source>
        <translation>Add, change or remove watched folders and HTTP feeds (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="510"/>
        <source>Runs while no source is enabled</source>
        <translation>Runs while no source is enabled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="511"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="517"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="525"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="526"/>
        <source>Data source:</source>
        <translation>Data source:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="527"/>
        <source>&amp;Demo floor:</source>
        <translation>&amp;Demo floor:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="528"/>
        <source>Database file:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="529"/>
        <source>Backup &amp;folder:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="533"/>
        <source>&amp;Keep backups for:</source>
        <translation>&amp;Keep backups for:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="535"/>
        <source>Watched folders and HTTP feeds are set up under Data sources…; changes to them apply at once, a switch between the demo floor and real sources after a restart. A verified copy of the database is made there once a day (and by File → Back up now); older copies are deleted after the number of days. An empty folder means &apos;backups&apos; in Floorwatch&apos;s data folder.</source>
        <translation>Watched folders and HTTP feeds are set up under Data sources…; changes to them apply at once, a switch between the demo floor and real sources after a restart. A verified copy of the database is made there once a day (and by File → Back up now); older copies are deleted after the number of days. An empty folder means &apos;backups&apos; in Floorwatch&apos;s data folder.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="543"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="546"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="307"/>
        <source>Recorded %1 by %2</source>
        <translation>Recorded %1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="313"/>
        <source>%1 store accounts moved to %2; the agent went offline.</source>
        <translation>%1 store accounts moved to %2; the agent went offline.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="316"/>
        <source>Store %1: %2 online before, %3 after</source>
        <translation>Store %1: %2 online before, %3 after</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="320"/>
        <source>Cause: %1</source>
        <translation>Cause: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="323"/>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="326"/>
        <source>Escalated to %1</source>
        <translation>Escalated to %1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="330"/>
        <source>Store accounts handed back.</source>
        <translation>Store accounts handed back.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="332"/>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
</context>
<context>
    <name>Feed</name>
    <message>
        <location filename="../../ui/feed.py" line="50"/>
        <source>the database is busy; trying again</source>
        <translation>the database is busy; trying again</translation>
    </message>
    <message>
        <location filename="../../ui/feed.py" line="51"/>
        <source>the disk is full; nothing new is stored</source>
        <translation>the disk is full; nothing new is stored</translation>
    </message>
    <message>
        <location filename="../../ui/feed.py" line="52"/>
        <source>the database file is read-only</source>
        <translation>the database file is read-only</translation>
    </message>
    <message>
        <location filename="../../ui/feed.py" line="53"/>
        <source>the database file is damaged; restart Floorwatch to restore a backup</source>
        <translation>the database file is damaged; restart Floorwatch to restore a backup</translation>
    </message>
    <message>
        <location filename="../../ui/feed.py" line="55"/>
        <source>the disk reported an error</source>
        <translation>the disk reported an error</translation>
    </message>
    <message>
        <location filename="../../ui/feed.py" line="56"/>
        <source>the database cannot be opened</source>
        <translation>the database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/feed.py" line="99"/>
        <source>importing %1</source>
        <translation>importing %1</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../ui/formatting.py" line="22"/>
        <location filename="../../ui/formatting.py" line="88"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="24"/>
        <location filename="../../ui/models/roster.py" line="100"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="26"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="126"/>
        <source>Empty: the computer&apos;s time zone (%1)</source>
        <translation>Empty: the computer&apos;s time zone (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="130"/>
        <source>Follow the system (%1)</source>
        <translation>Follow the system (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="133"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="134"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="134"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="135"/>
        <source>&amp;Floor name:</source>
        <translation>&amp;Floor name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="136"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="137"/>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Supervisor:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="138"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="139"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="142"/>
        <source>The language and the time zone change the next time Floorwatch starts; the theme changes at once. &apos;Follow the system&apos; picks the dark theme when the desktop is in dark mode.</source>
        <translation>The language and the time zone change the next time Floorwatch starts; the theme changes at once. &apos;Follow the system&apos; picks the dark theme when the desktop is in dark mode.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="148"/>
        <source>General</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/dialogs/help.py" line="130"/>
        <location filename="../../ui/dialogs/help.py" line="132"/>
        <source>Quick guide</source>
        <translation>Quick guide</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <location filename="../../ui/dialogs/help.py" line="167"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Quick guide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="171"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="172"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="176"/>
        <source>Import conversations, sessions, roster or platform KPI files, CSV or Excel (Ctrl+I)</source>
        <translation>Import conversations, sessions, roster or platform KPI files, CSV or Excel (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="194"/>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="195"/>
        <source>Tables (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Tables (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="208"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="209"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="210"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="229"/>
        <source>Cancelling: nothing will be written…</source>
        <translation>Cancelling: nothing will be written…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="244"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="246"/>
        <source>Importing %1 (file %2 of %3)…</source>
        <translation>Importing %1 (file %2 of %3)…</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="95"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="105"/>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="106"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="107"/>
        <source>Copy the whole report to the clipboard</source>
        <translation>Copy the whole report to the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="109"/>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="110"/>
        <source>Save the whole report as a text file</source>
        <translation>Save the whole report as a text file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="130"/>
        <source>Copied to the clipboard</source>
        <translation>Copied to the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="137"/>
        <source>Save import report</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="138"/>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="144"/>
        <source>Could not save to %1: %2</source>
        <translation>Could not save to %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_files.py" line="147"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="62"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="64"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="67"/>
        <source>Reason (needed to reopen)</source>
        <translation>Reason (needed to reopen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="73"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="77"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="78"/>
        <location filename="../../ui/dialogs/incident_detail.py" line="138"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="79"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="96"/>
        <source>Clocks</source>
        <translation>Clocks</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="99"/>
        <source>Running clocks</source>
        <translation>Running clocks</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="100"/>
        <source>Promise kept</source>
        <translation>Promise kept</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="104"/>
        <source>A promise, e.g. call the customer back</source>
        <translation>A promise, e.g. call the customer back</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="109"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="110"/>
        <source>Add promise</source>
        <translation>Add promise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="124"/>
        <source>Playbook checklist</source>
        <translation>Playbook checklist</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="144"/>
        <source>Add to the timeline (Enter)</source>
        <translation>Add to the timeline (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="146"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="148"/>
        <source>Correct selected entry</source>
        <translation>Correct selected entry</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="149"/>
        <source>Writes the text as a correction of the selected entry; the entry itself stays as written</source>
        <translation>Writes the text as a correction of the selected entry; the entry itself stays as written</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="170"/>
        <source>No store</source>
        <translation>No store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="171"/>
        <source>No agent</source>
        <translation>No agent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="172"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="173"/>
        <source>Each change is logged on the timeline with the old value</source>
        <translation>Each change is logged on the timeline with the old value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="177"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="178"/>
        <source>Subtype</source>
        <translation>Subtype</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="179"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="180"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="181"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="182"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="200"/>
        <source>Incident #%1</source>
        <translation>Incident #%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="219"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="221"/>
        <source>Opened %1 · severity %2 · owner %3 · stores: %4 · agents: %5</source>
        <translation>Opened %1 · severity %2 · owner %3 · stores: %4 · agents: %5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="254"/>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="274"/>
        <source>Serious complaint: six steps</source>
        <translation>Serious complaint: six steps</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="308"/>
        <source>No clock running</source>
        <translation>No clock running</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="312"/>
        <source>%1: %2 left</source>
        <translation>%1: %2 left</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="314"/>
        <source>%1: overdue %2 · escalated: %3</source>
        <translation>%1: overdue %2 · escalated: %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="315"/>
        <source>%1: overdue %2</source>
        <translation>%1: overdue %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="372"/>
        <source>Select the entry to correct, type the correction, then press this button</source>
        <translation>Select the entry to correct, type the correction, then press this button</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_detail.py" line="379"/>
        <source>Type the correction first</source>
        <translation>Type the correction first</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../ui/incident_words.py" line="17"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="18"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="19"/>
        <location filename="../../ui/incident_words.py" line="33"/>
        <source>Mitigated</source>
        <translation>Mitigated</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="20"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="21"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="25"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="25"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="26"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="27"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="32"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="34"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="35"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="40"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="48"/>
        <source>Logged</source>
        <translation>Logged</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="49"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="50"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="51"/>
        <location filename="../../ui/models/incidents.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="52"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="53"/>
        <source>Step done</source>
        <translation>Step done</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="54"/>
        <source>Step withdrawn</source>
        <translation>Step withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="55"/>
        <source>Clock started</source>
        <translation>Clock started</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="56"/>
        <source>Clock met</source>
        <translation>Clock met</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="57"/>
        <source>Clock cancelled</source>
        <translation>Clock cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="58"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="59"/>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="60"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="61"/>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="62"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="63"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="68"/>
        <location filename="../../ui/models/incidents.py" line="37"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="69"/>
        <location filename="../../ui/models/incidents.py" line="39"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="69"/>
        <location filename="../../ui/models/incidents.py" line="37"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="70"/>
        <source>Subtype</source>
        <translation>Subtype</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="71"/>
        <location filename="../../ui/models/incidents.py" line="39"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="71"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="76"/>
        <source>Within ¥%1: soothe and resolve quickly</source>
        <translation>Within ¥%1: soothe and resolve quickly</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="77"/>
        <source>Within the supervisor&apos;s range (¥%1): resolve it yourself</source>
        <translation>Within the supervisor&apos;s range (¥%1): resolve it yourself</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="79"/>
        <source>Above ¥%1: report to the manager and operations before continuing</source>
        <translation>Above ¥%1: report to the manager and operations before continuing</translation>
    </message>
    <message>
        <location filename="../../ui/incident_words.py" line="85"/>
        <source>No health details here: name who and what was done. Private notes belong to the agent&apos;s wellbeing case.</source>
        <translation>No health details here: name who and what was done. Private notes belong to the agent&apos;s wellbeing case.</translation>
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
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="25"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="25"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="26"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="47"/>
        <location filename="../../ui/models/incidents.py" line="114"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="60"/>
        <source>worst case %1</source>
        <translation>worst case %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="64"/>
        <source>responsible: %1</source>
        <translation>responsible: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="68"/>
        <source>%1 · follow-up: %2</source>
        <translation>%1 · follow-up: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="91"/>
        <source>tier %1: %2</source>
        <translation>tier %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="95"/>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="97"/>
        <source>(was due %1)</source>
        <translation>(was due %1)</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="126"/>
        <source>corrects #%1: %2</source>
        <translation>corrects #%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/incident_timeline.py" line="130"/>
        <source>(corrected by #%1)</source>
        <translation>(corrected by #%1)</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="38"/>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="38"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="40"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="40"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="53"/>
        <source>%1 overdue %2 · escalated</source>
        <translation>%1 overdue %2 · escalated</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="54"/>
        <source>%1 overdue %2</source>
        <translation>%1 overdue %2</translation>
    </message>
</context>
<context>
    <name>IncidentsDock</name>
    <message>
        <location filename="../../ui/docks/incidents.py" line="44"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="53"/>
        <source>Search titles, timelines, stores, agents…</source>
        <translation>Search titles, timelines, stores, agents…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="55"/>
        <source>Search incidents</source>
        <translation>Search incidents</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="60"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="63"/>
        <source>Incidents shown (CSV)…</source>
        <translation>Incidents shown (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="64"/>
        <source>Their timelines (CSV)…</source>
        <translation>Their timelines (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="73"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="74"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="76"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="77"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="78"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="83"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="85"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="87"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="88"/>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="88"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="89"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="89"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="100"/>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="103"/>
        <source>Edit my playbooks file…</source>
        <translation>Edit my playbooks file…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="104"/>
        <source>Reload playbooks</source>
        <translation>Reload playbooks</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="114"/>
        <source>Incident log</source>
        <translation>Incident log</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="165"/>
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="167"/>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="203"/>
        <source>Your playbooks file has problems, so the built-in playbooks are in use. Fix the file, then Playbooks → Reload playbooks:</source>
        <translation>Your playbooks file has problems, so the built-in playbooks are in use. Fix the file, then Playbooks → Reload playbooks:</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="205"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="215"/>
        <source>The playbooks file could not be created: %1</source>
        <translation>The playbooks file could not be created: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="220"/>
        <source>Editing %1 — reload the playbooks once saved</source>
        <translation>Editing %1 — reload the playbooks once saved</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="256"/>
        <source>No open incidents. Ctrl+N logs one.</source>
        <translation>No open incidents. Ctrl+N logs one.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="258"/>
        <source>%1 shown · %2 active</source>
        <translation>%1 shown · %2 active</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="312"/>
        <source>Export incidents</source>
        <translation>Export incidents</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="314"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="331"/>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/incidents.py" line="334"/>
        <source>%1 rows saved to %2</source>
        <translation>%1 rows saved to %2</translation>
    </message>
</context>
<context>
    <name>KpiMapping</name>
    <message>
        <location filename="../../ui/platform_kpi_actions.py" line="48"/>
        <source>Export column na&amp;mes…</source>
        <translation>Export column na&amp;mes…</translation>
    </message>
    <message>
        <location filename="../../ui/platform_kpi_actions.py" line="49"/>
        <source>Column names of platform KPI exports: add the new name when a platform renames one</source>
        <translation>Column names of platform KPI exports: add the new name when a platform renames one</translation>
    </message>
</context>
<context>
    <name>KpiMappingDialog</name>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="38"/>
        <source>Export column names</source>
        <translation>Export column names</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="46"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="46"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="46"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="46"/>
        <source>Known names</source>
        <translation>Known names</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="47"/>
        <source>Names you added</source>
        <translation>Names you added</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="48"/>
        <source>Fields of the export</source>
        <translation>Fields of the export</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="53"/>
        <source>e.g. 人工接待会话数</source>
        <translation>e.g. 人工接待会话数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="57"/>
        <source>Add name</source>
        <translation>Add name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="60"/>
        <source>Why the name was not added</source>
        <translation>Why the name was not added</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="62"/>
        <source>Names you added for this export</source>
        <translation>Names you added for this export</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="66"/>
        <source>Remove name</source>
        <translation>Remove name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="73"/>
        <source>Column name as the export writes it:</source>
        <translation>Column name as the export writes it:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="77"/>
        <source>Stands for:</source>
        <translation>Stands for:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="85"/>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="92"/>
        <source>Names you added for this export:</source>
        <translation>Names you added for this export:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="106"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="106"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="107"/>
        <source>Agent or account</source>
        <translation>Agent or account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="115"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="115"/>
        <source>rate (%)</source>
        <translation>rate (%)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="116"/>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="116"/>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="117"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="122"/>
        <source>Where it comes from: %1</source>
        <translation>Where it comes from: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="125"/>
        <source>Read by column position: column A is the date, then the fields in the order below. Names only help recognise the file; a renamed column is still read from its position.</source>
        <translation>Read by column position: column A is the date, then the fields in the order below. Names only help recognise the file; a renamed column is still read from its position.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="130"/>
        <source>Columns are found by name, in any order. When the platform renames a column, add its new name here and import the file again.</source>
        <translation>Columns are found by name, in any order. When the platform renames a column, add its new name here and import the file again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="186"/>
        <source>Added: %1 → %2</source>
        <translation>Added: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="205"/>
        <source>Removed: %1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="219"/>
        <source>Type the column name as the export writes it.</source>
        <translation>Type the column name as the export writes it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="221"/>
        <source>The name is longer than %1 characters.</source>
        <translation>The name is longer than %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="223"/>
        <source>The name contains control characters.</source>
        <translation>The name contains control characters.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/kpi_mapping.py" line="225"/>
        <source>This export already knows “%1” as %2.</source>
        <translation>This export already knows “%1” as %2.</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="35"/>
        <location filename="../../ui/wellbeing/step_pages.py" line="49"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="36"/>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="40"/>
        <source>Start the listening timer</source>
        <translation>Start the listening timer</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="44"/>
        <source>Time listened</source>
        <translation>Time listened</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="73"/>
        <source>Listening for %1</source>
        <translation>Listening for %1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="75"/>
        <source>Timer not started</source>
        <translation>Timer not started</translation>
    </message>
</context>
<context>
    <name>LoginCheckDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="28"/>
        <source>Login check</source>
        <translation>Login check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="29"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="29"/>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="30"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="31"/>
        <source>Not logged in</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="32"/>
        <source>Assigned to nobody</source>
        <translation>Assigned to nobody</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="33"/>
        <source>%1 — recorded as item 1 of today&apos;s patrol.</source>
        <translation>%1 — recorded as item 1 of today&apos;s patrol.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="39"/>
        <source>Every store account is as expected.</source>
        <translation>Every store account is as expected.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="43"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="43"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="43"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="43"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="44"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="44"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="64"/>
        <source>Store accounts checked</source>
        <translation>Store accounts checked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="67"/>
        <source>Open incident for the problems</source>
        <translation>Open incident for the problems</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="73"/>
        <source>Checked at %1</source>
        <translation>Checked at %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="87"/>
        <source>Incident not opened: %1</source>
        <translation>Incident not opened: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_check.py" line="91"/>
        <source>Incident #%1 opened</source>
        <translation>Incident #%1 opened</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;New incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Log a new incident (Ctrl+N)</source>
        <translation>Log a new incident (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>&amp;Wallboard (full screen)</source>
        <translation>&amp;Wallboard (full screen)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Pause demo</source>
        <translation>&amp;Pause demo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Store account &amp;credentials…</source>
        <translation>Store account &amp;credentials…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;Login check</source>
        <translation>&amp;Login check</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Check every store account now and record it in today&apos;s patrol (Ctrl+L)</source>
        <translation>Check every store account now and record it in today&apos;s patrol (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Roster…</source>
        <translation>&amp;Roster…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Stores, store accounts, agents and who holds which account (Ctrl+Shift+O)</source>
        <translation>Stores, store accounts, agents and who holds which account (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;About Floorwatch</source>
        <translation>&amp;About Floorwatch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;Print shift report…</source>
        <translation>&amp;Print shift report…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Export shift report as PDF…</source>
        <translation>&amp;Export shift report as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;Yesterday review…</source>
        <translation>&amp;Yesterday review…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>DEMO — simulated floor: every figure comes from the built-in demo simulator, not a real store</source>
        <translation>DEMO — simulated floor: every figure comes from the built-in demo simulator, not a real store</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <location filename="../../ui/main_window.py" line="487"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Data source state</source>
        <translation>Data source state</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>The login check could not be saved: %1</source>
        <translation>The login check could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>About Floorwatch</source>
        <translation>About Floorwatch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401"/>
        <source>Floorwatch %1
The customer-service floor supervisor&apos;s console.
Database: %2</source>
        <translation>Floorwatch %1
The customer-service floor supervisor&apos;s console.
Database: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>The panels could not be refreshed: %1</source>
        <translation>The panels could not be refreshed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>⚠ %1 active alerts</source>
        <translation>⚠ %1 active alerts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>✔ No active alerts</source>
        <translation>✔ No active alerts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473"/>
        <source>Last event: %1</source>
        <translation>Last event: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="493"/>
        <source>last success %1</source>
        <translation>last success %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <source>● DEMO</source>
        <translation>● DEMO</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502"/>
        <source>✖ Offline</source>
        <translation>✖ Offline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502"/>
        <source>○ No source</source>
        <translation>○ No source</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="503"/>
        <source>✖ Source error</source>
        <translation>✖ Source error</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="503"/>
        <source>◌ Connecting</source>
        <translation>◌ Connecting</translation>
    </message>
</context>
<context>
    <name>MetricsDock</name>
    <message>
        <location filename="../../ui/docks/metrics.py" line="107"/>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="120"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="124"/>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="125"/>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="125"/>
        <source>Last 8 hours</source>
        <translation>Last 8 hours</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="126"/>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="126"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="134"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="140"/>
        <location filename="../../ui/docks/metrics.py" line="227"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="141"/>
        <source>Freeze the chart to scroll back; drag or wheel to move in time</source>
        <translation>Freeze the chart to scroll back; drag or wheel to move in time</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="151"/>
        <source>Dashed grey: same hours yesterday · dotted green: target · bands: warning and alarm</source>
        <translation>Dashed grey: same hours yesterday · dotted green: target · bands: warning and alarm</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="180"/>
        <location filename="../../ui/docks/metrics.py" line="279"/>
        <source>Whole floor</source>
        <translation>Whole floor</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="185"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="186"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="213"/>
        <source>%1 compared</source>
        <translation>%1 compared</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="227"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="266"/>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="267"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ui/docks/metrics.py" line="269"/>
        <source>%1 vs yesterday</source>
        <translation>%1 vs yesterday</translation>
    </message>
</context>
<context>
    <name>MultiPicker</name>
    <message>
        <location filename="../../widgets/multi_pick.py" line="22"/>
        <location filename="../../widgets/multi_pick.py" line="23"/>
        <source>Type to filter</source>
        <translation>Type to filter</translation>
    </message>
    <message>
        <location filename="../../widgets/multi_pick.py" line="26"/>
        <source>Choices</source>
        <translation>Choices</translation>
    </message>
    <message>
        <location filename="../../widgets/multi_pick.py" line="95"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../widgets/multi_pick.py" line="101"/>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="36"/>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="41"/>
        <source>Incident type</source>
        <translation>Incident type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="50"/>
        <location filename="../../ui/dialogs/new_incident.py" line="83"/>
        <source>Subtype</source>
        <translation>Subtype</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="52"/>
        <location filename="../../ui/dialogs/new_incident.py" line="84"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="58"/>
        <source>Defaults to the type&apos;s name</source>
        <translation>Defaults to the type&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="59"/>
        <source>No store</source>
        <translation>No store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="60"/>
        <source>Stores involved</source>
        <translation>Stores involved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="63"/>
        <source>No agent</source>
        <translation>No agent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="64"/>
        <source>Agents involved</source>
        <translation>Agents involved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="68"/>
        <source>Who handles it</source>
        <translation>Who handles it</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="77"/>
        <source>Log incident</source>
        <translation>Log incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="81"/>
        <source>Type (1-%1)</source>
        <translation>Type (1-%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="85"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="86"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="87"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="88"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="160"/>
        <source>Pick the type first: its number or the first letters of its name</source>
        <translation>Pick the type first: its number or the first letters of its name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident.py" line="177"/>
        <source>Incident not saved: %1</source>
        <translation>Incident not saved: %1</translation>
    </message>
</context>
<context>
    <name>OfflineMessagesDialog</name>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="27"/>
        <source>Offline messages %1 %2–%3</source>
        <translation>Offline messages %1 %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="33"/>
        <source>%1 conversations arrived while nobody was online on their store; %2 not answered yet.</source>
        <translation>%1 conversations arrived while nobody was online on their store; %2 not answered yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="39"/>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="39"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="39"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="39"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="40"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="46"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offline_messages.py" line="49"/>
        <source>Offline messages</source>
        <translation>Offline messages</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="101"/>
        <source>I shared my own experience instead of giving advice</source>
        <translation>I shared my own experience instead of giving advice</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="103"/>
        <source>Escalated to</source>
        <translation>Escalated to</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="104"/>
        <source>Escalated to (name or role)</source>
        <translation>Escalated to (name or role)</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="106"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="121"/>
        <source>Choose at least one outcome.</source>
        <translation>Choose at least one outcome.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_pages.py" line="123"/>
        <source>Say to whom it was escalated.</source>
        <translation>Say to whom it was escalated.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="111"/>
        <source>Create the encrypted file</source>
        <translation>Create the encrypted file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="112"/>
        <source>Unlock the encrypted file</source>
        <translation>Unlock the encrypted file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="115"/>
        <location filename="../../ui/dialogs/credentials.py" line="135"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="39"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="53"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="119"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="40"/>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="124"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="124"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="46"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="129"/>
        <source>A new file %1 will hold the credentials, encrypted with this passphrase (at least %2 characters). Without the passphrase they cannot be recovered.</source>
        <translation>A new file %1 will hold the credentials, encrypted with this passphrase (at least %2 characters). Without the passphrase they cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="131"/>
        <source>The credentials are in %1. Type its passphrase.</source>
        <translation>The credentials are in %1. Type its passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="137"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="56"/>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="150"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="78"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="110"/>
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="152"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="82"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="22"/>
        <source>Protect wellbeing data</source>
        <translation>Protect wellbeing data</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="23"/>
        <source>Unlock wellbeing data</source>
        <translation>Unlock wellbeing data</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="24"/>
        <source>Change the wellbeing passphrase</source>
        <translation>Change the wellbeing passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="27"/>
        <source>Emotion levels, health events, case notes and emergency contacts are encrypted in the database with a key that only this passphrase opens (at least %1 characters). The passphrase is never stored: if it is forgotten, this data cannot be recovered.</source>
        <translation>Emotion levels, health events, case notes and emergency contacts are encrypted in the database with a key that only this passphrase opens (at least %1 characters). The passphrase is never stored: if it is forgotten, this data cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="31"/>
        <source>Type the wellbeing passphrase. The panel locks again after %1 minutes without input.</source>
        <translation>Type the wellbeing passphrase. The panel locks again after %1 minutes without input.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="34"/>
        <source>The data stays as it is; only the passphrase that opens its key changes (at least %1 characters).</source>
        <translation>The data stays as it is; only the passphrase that opens its key changes (at least %1 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="38"/>
        <location filename="../../ui/wellbeing/passphrase.py" line="52"/>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="46"/>
        <source>Protect</source>
        <translation>Protect</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="47"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="53"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="101"/>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="109"/>
        <source>Wrong passphrase.</source>
        <translation>Wrong passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="112"/>
        <source>A passphrase already exists: unlock instead.</source>
        <translation>A passphrase already exists: unlock instead.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="113"/>
        <source>No passphrase has been set up yet.</source>
        <translation>No passphrase has been set up yet.</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/passphrase.py" line="114"/>
        <source>The wellbeing data cannot be opened: %1</source>
        <translation>The wellbeing data cannot be opened: %1</translation>
    </message>
</context>
<context>
    <name>PatrolDock</name>
    <message>
        <location filename="../../ui/docks/patrol.py" line="41"/>
        <source>Patrol</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="46"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="46"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="47"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="62"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="62"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="62"/>
        <location filename="../../ui/docks/patrol.py" line="77"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="62"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="63"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="72"/>
        <source>Patrol items</source>
        <translation>Patrol items</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="76"/>
        <source>Note for the selected item</source>
        <translation>Note for the selected item</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="85"/>
        <source>OK (O)</source>
        <translation>OK (O)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="86"/>
        <source>Problem (P)</source>
        <translation>Problem (P)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="87"/>
        <source>N/A (N)</source>
        <translation>N/A (N)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="88"/>
        <source>Open incident (I)</source>
        <translation>Open incident (I)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="89"/>
        <source>Evidence (Enter)</source>
        <translation>Evidence (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="97"/>
        <source>Items…</source>
        <translation>Items…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="98"/>
        <source>Reorder, add or retire patrol items</source>
        <translation>Reorder, add or retire patrol items</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="168"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="172"/>
        <source>%1 of %2 patrol items done</source>
        <translation>%1 of %2 patrol items done</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="176"/>
        <source>Patrol %1 ✓</source>
        <translation>Patrol %1 ✓</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="177"/>
        <source>Patrol %1</source>
        <translation>Patrol %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="238"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="260"/>
        <source>Incident not opened: %1</source>
        <translation>Incident not opened: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/patrol.py" line="263"/>
        <source>Incident #%1 opened for this item.</source>
        <translation>Incident #%1 opened for this item.</translation>
    </message>
</context>
<context>
    <name>PatrolItemsDialog</name>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="24"/>
        <source>Patrol items</source>
        <translation>Patrol items</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="27"/>
        <source>Patrol items in order</source>
        <translation>Patrol items in order</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="28"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="29"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="30"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="31"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="44"/>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="49"/>
        <source>New item (Chinese)</source>
        <translation>New item (Chinese)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="50"/>
        <source>New item (English)</source>
        <translation>New item (English)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="80"/>
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patrol_items.py" line="142"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>PickAgentDialog</name>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="158"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>PlatformFiguresTab</name>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="29"/>
        <source>Figures as the platforms&apos; own exports give them (File → Import…), labelled with the export they came from. Where a console metric corresponds, the console&apos;s figure for the same store and day, computed from conversations, is beside it.</source>
        <translation>Figures as the platforms&apos; own exports give them (File → Import…), labelled with the export they came from. Where a console metric corresponds, the console&apos;s figure for the same store and day, computed from conversations, is beside it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="35"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="35"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="35"/>
        <source>Agent or account</source>
        <translation>Agent or account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="36"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="36"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="36"/>
        <source>Platform export</source>
        <translation>Platform export</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="37"/>
        <source>Console (computed)</source>
        <translation>Console (computed)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="39"/>
        <source>Yesterday&apos;s platform export figures</source>
        <translation>Yesterday&apos;s platform export figures</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="47"/>
        <source>No platform export was imported for %1. Import the day&apos;s 生意参谋, 飞鸽, 快手 or 京东 exports with File → Import… to see them here.</source>
        <translation>No platform export was imported for %1. Import the day&apos;s 生意参谋, 飞鸽, 快手 or 京东 exports with File → Import… to see them here.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="58"/>
        <source>(whole store)</source>
        <translation>(whole store)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="60"/>
        <source>As written: %1
File: %2
Imported: %3</source>
        <translation>As written: %1
File: %2
Imported: %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="65"/>
        <source>Imported from: %1</source>
        <translation>Imported from: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_platform.py" line="76"/>
        <source>The console&apos;s %1, computed from the day&apos;s conversations</source>
        <translation>The console&apos;s %1, computed from the day&apos;s conversations</translation>
    </message>
</context>
<context>
    <name>PlatformKpiDialog</name>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="38"/>
        <source>Platform KPIs</source>
        <translation>Platform KPIs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="41"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="43"/>
        <source>No store</source>
        <translation>No store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="44"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="46"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="48"/>
        <source>Last %1 days</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="49"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="51"/>
        <source>Read the imported figures again</source>
        <translation>Read the imported figures again</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="55"/>
        <source>Platform KPI chart</source>
        <translation>Platform KPI chart</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="59"/>
        <source>The platforms&apos; own daily figures from imported exports (File → Import…), one line per store and export. A day without a figure is a gap, not zero.</source>
        <translation>The platforms&apos; own daily figures from imported exports (File → Import…), one line per store and export. A day without a figure is a gap, not zero.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="66"/>
        <source>Figure:</source>
        <translation>Figure:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="67"/>
        <source>Stores:</source>
        <translation>Stores:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="68"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="141"/>
        <source>No platform export has been imported yet. Import the 生意参谋, 飞鸽, 快手 or 京东 exports with File → Import… to chart them here.</source>
        <translation>No platform export has been imported yet. Import the 生意参谋, 飞鸽, 快手 or 京东 exports with File → Import… to chart them here.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platform_kpis.py" line="158"/>
        <source>%1 · %2 to %3 · %4 stores · %5 daily figures</source>
        <translation>%1 · %2 to %3 · %4 stores · %5 daily figures</translation>
    </message>
</context>
<context>
    <name>PlatformKpis</name>
    <message>
        <location filename="../../ui/platform_kpi_actions.py" line="57"/>
        <source>Platform &amp;KPIs…</source>
        <translation>Platform &amp;KPIs…</translation>
    </message>
    <message>
        <location filename="../../ui/platform_kpi_actions.py" line="58"/>
        <source>Chart the platforms&apos; own daily figures from imported exports (Ctrl+Shift+K)</source>
        <translation>Chart the platforms&apos; own daily figures from imported exports (Ctrl+Shift+K)</translation>
    </message>
</context>
<context>
    <name>RecoverDatabase</name>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="127"/>
        <source>The backup is damaged too; nothing was changed. Open another file, or pick an older backup from the backup folder with Open another file…</source>
        <translation>The backup is damaged too; nothing was changed. Open another file, or pick an older backup from the backup folder with Open another file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="131"/>
        <source>The disk is full; nothing was changed. Free some space, then try again.</source>
        <translation>The disk is full; nothing was changed. Free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="134"/>
        <source>Floorwatch may not write to the database&apos;s folder; nothing was changed.</source>
        <translation>Floorwatch may not write to the database&apos;s folder; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="138"/>
        <source>The backup could not be put in place; nothing was changed (%1).</source>
        <translation>The backup could not be put in place; nothing was changed (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="150"/>
        <source>Open a Floorwatch database</source>
        <translation>Open a Floorwatch database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="151"/>
        <source>Databases (*.db);;All files (*)</source>
        <translation>Databases (*.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RecoverDatabaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="47"/>
        <source>Floorwatch — the database cannot be opened</source>
        <translation>Floorwatch — the database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="51"/>
        <source>The floor&apos;s database is damaged and cannot be opened.</source>
        <translation>The floor&apos;s database is damaged and cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="59"/>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="62"/>
        <source>What SQLite reports: %1</source>
        <translation>What SQLite reports: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="66"/>
        <source>Floorwatch has not changed this file, and will not overwrite it.</source>
        <translation>Floorwatch has not changed this file, and will not overwrite it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="71"/>
        <source>Latest backup: %1, %2 (%3).</source>
        <translation>Latest backup: %1, %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="75"/>
        <source>Restoring renames the damaged file to %1 next to it (kept, with what was recorded after the backup), then copies the backup in and opens the console.</source>
        <translation>Restoring renames the damaged file to %1 next to it (kept, with what was recorded after the backup), then copies the backup in and opens the console.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="80"/>
        <source>There is no backup of this database yet. Backups would be in: %1</source>
        <translation>There is no backup of this database yet. Backups would be in: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="84"/>
        <source>Open another database file, or quit and ask IT to recover this file.</source>
        <translation>Open another database file, or quit and ask IT to recover this file.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="88"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="97"/>
        <source>&amp;Restore latest backup (%1)</source>
        <translation>&amp;Restore latest backup (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="98"/>
        <source>&amp;Restore latest backup</source>
        <translation>&amp;Restore latest backup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="100"/>
        <source>&amp;Open another file…</source>
        <translation>&amp;Open another file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recover_database.py" line="101"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report.py" line="90"/>
        <source>Shift report</source>
        <translation>Shift report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="104"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="108"/>
        <source>Other period…</source>
        <translation>Other period…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="115"/>
        <source>What the next shift needs to know</source>
        <translation>What the next shift needs to know</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="116"/>
        <source>Hand-over note</source>
        <translation>Hand-over note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="123"/>
        <source>Name agents in the wellbeing section (needs the Wellbeing panel unlocked)</source>
        <translation>Name agents in the wellbeing section (needs the Wellbeing panel unlocked)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="127"/>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="127"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="128"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="140"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="141"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="142"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="145"/>
        <source>Hand-over note for the next shift</source>
        <translation>Hand-over note for the next shift</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="196"/>
        <source>The period must end after it starts.</source>
        <translation>The period must end after it starts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="201"/>
        <source>The note was not saved: %1</source>
        <translation>The note was not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="206"/>
        <source>Gathering the report…</source>
        <translation>Gathering the report…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="211"/>
        <source>The Wellbeing panel is locked: the report shows anonymous wellbeing counts only. Gathering…</source>
        <translation>The Wellbeing panel is locked: the report shows anonymous wellbeing counts only. Gathering…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="226"/>
        <source>Report ready: %1 pages.</source>
        <translation>Report ready: %1 pages.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="239"/>
        <source>The report could not be gathered: %1</source>
        <translation>The report could not be gathered: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="293"/>
        <source>%1 pages sent to %2.</source>
        <translation>%1 pages sent to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="305"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="306"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report.py" line="319"/>
        <source>Saved %1 (%2 pages).</source>
        <translation>Saved %1 (%2 pages).</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../../ui/report/document.py" line="159"/>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="159"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="160"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="161"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="164"/>
        <location filename="../../ui/report/document.py" line="389"/>
        <source>Shift report</source>
        <translation>Shift report</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="167"/>
        <source>✓ on target</source>
        <translation>✓ on target</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="167"/>
        <source>△ warning</source>
        <translation>△ warning</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="168"/>
        <source>▲ ALARM</source>
        <translation>▲ ALARM</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="184"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="184"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="184"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="185"/>
        <source>Warning level</source>
        <translation>Warning level</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="185"/>
        <source>Alarm level</source>
        <translation>Alarm level</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="185"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="187"/>
        <source>Headline KPIs</source>
        <translation>Headline KPIs</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="193"/>
        <source>Bars: conversations per interval. Line: the metric per interval (gaps: no conversations). Dashed: target. Dotted: warning level.</source>
        <translation>Bars: conversations per interval. Line: the metric per interval (gaps: no conversations). Dashed: target. Dotted: warning level.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="195"/>
        <source>Metrics over the shift</source>
        <translation>Metrics over the shift</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="199"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="215"/>
        <source>%1 stores in service; %2 had time with nobody online.</source>
        <translation>%1 stores in service; %2 had time with nobody online.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="217"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="217"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="217"/>
        <source>Service time</source>
        <translation>Service time</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="218"/>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="218"/>
        <source>Nobody online</source>
        <translation>Nobody online</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="219"/>
        <source>Below minimum</source>
        <translation>Below minimum</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="219"/>
        <source>Uncovered periods</source>
        <translation>Uncovered periods</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="223"/>
        <source>Store coverage</source>
        <translation>Store coverage</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="240"/>
        <location filename="../../ui/report/document.py" line="256"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="241"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="241"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="242"/>
        <source>Mitigated</source>
        <translation>Mitigated</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="242"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="243"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="244"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="244"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="245"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="245"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="246"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="246"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="246"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="247"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="247"/>
        <source>Status at the end</source>
        <translation>Status at the end</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="257"/>
        <location filename="../../ui/report/document.py" line="277"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="257"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="257"/>
        <source>Escalation</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="265"/>
        <source>Opened %1 · resolved %2 · still open %3 · escalations %4</source>
        <translation>Opened %1 · resolved %2 · still open %3 · escalations %4</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="269"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="270"/>
        <source>Escalations</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="274"/>
        <source>✓ OK</source>
        <translation>✓ OK</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="274"/>
        <source>▲ Problem</source>
        <translation>▲ Problem</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="275"/>
        <source>– N/A</source>
        <translation>– N/A</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="276"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="276"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="276"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="277"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="289"/>
        <source>Store patrol</source>
        <translation>Store patrol</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="292"/>
        <source>%1 items done, %2 with a problem</source>
        <translation>%1 items done, %2 with a problem</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="295"/>
        <source>complete at %1</source>
        <translation>complete at %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="301"/>
        <source>No shift in this period.</source>
        <translation>No shift in this period.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="306"/>
        <source>Wellbeing</source>
        <translation>Wellbeing</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="308"/>
        <source>No wellbeing records.</source>
        <translation>No wellbeing records.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="312"/>
        <source>Anonymous counts.</source>
        <translation>Anonymous counts.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="319"/>
        <source>(no note)</source>
        <translation>(no note)</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="320"/>
        <source>Hand-over note for the next shift</source>
        <translation>Hand-over note for the next shift</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="394"/>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="395"/>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/review.py" line="107"/>
        <source>Yesterday review</source>
        <translation>Yesterday review</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="118"/>
        <source>Only rows with marks</source>
        <translation>Only rows with marks</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="122"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="124"/>
        <source>Yesterday by agent</source>
        <translation>Yesterday by agent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="126"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="126"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="128"/>
        <source>Yesterday by store</source>
        <translation>Yesterday by store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="130"/>
        <source>By agent</source>
        <translation>By agent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="131"/>
        <source>By store</source>
        <translation>By store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="133"/>
        <source>Platform exports</source>
        <translation>Platform exports</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="135"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="142"/>
        <source>Save the whole review as a CSV file (Ctrl+E)</source>
        <translation>Save the whole review as a CSV file (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="146"/>
        <source>Recompute</source>
        <translation>Recompute</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="147"/>
        <source>Review the day before today again</source>
        <translation>Review the day before today again</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="180"/>
        <source>Computing the review of %1…</source>
        <translation>Computing the review of %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="205"/>
        <source>Yesterday: %1 · baseline: %2 to %3 (%4 days together)</source>
        <translation>Yesterday: %1 · baseline: %2 to %3 (%4 days together)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="210"/>
        <source>%1 agents, %2 with marks · %3 stores, %4 with marks</source>
        <translation>%1 agents, %2 with marks · %3 stores, %4 with marks</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="226"/>
        <source>The review could not be computed: %1</source>
        <translation>The review could not be computed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="245"/>
        <source>(nobody picked up)</source>
        <translation>(nobody picked up)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="263"/>
        <source>Baseline (%1 days before): no data</source>
        <translation>Baseline (%1 days before): no data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="266"/>
        <source>Baseline (%1 days before, per active day; %2 active days): %3</source>
        <translation>Baseline (%1 days before, per active day; %2 active days): %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="270"/>
        <source>Baseline (%1 days before): %2</source>
        <translation>Baseline (%1 days before): %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="274"/>
        <source>Change: %1 %</source>
        <translation>Change: %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="277"/>
        <source>%1 Alarm: worse than %2</source>
        <translation>%1 Alarm: worse than %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="278"/>
        <source>%1 Warning: worse than %2</source>
        <translation>%1 Warning: worse than %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="282"/>
        <source>%1 Far from the baseline</source>
        <translation>%1 Far from the baseline</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="286"/>
        <source>%1 alarm, %2 warning: off target · %3 far: more than %4 % worse than the baseline (%5: more than %6 % up or down)</source>
        <translation>%1 alarm, %2 warning: off target · %3 far: more than %4 % worse than the baseline (%5: more than %6 % up or down)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="309"/>
        <source>Export review</source>
        <translation>Export review</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="310"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="318"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="319"/>
        <source>The review could not be saved to %1:
%2</source>
        <translation>The review could not be saved to %1:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review.py" line="322"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../../ui/models/roster.py" line="26"/>
        <location filename="../../ui/models/roster.py" line="33"/>
        <location filename="../../ui/roster_words.py" line="20"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="26"/>
        <location filename="../../ui/models/roster.py" line="33"/>
        <location filename="../../ui/roster_words.py" line="22"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="27"/>
        <source>Min. online</source>
        <translation>Min. online</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="27"/>
        <source>Service hours</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="28"/>
        <source>Quiet alert</source>
        <translation>Quiet alert</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="28"/>
        <source>Active accounts</source>
        <translation>Active accounts</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="29"/>
        <location filename="../../ui/models/roster.py" line="35"/>
        <location filename="../../ui/models/roster.py" line="41"/>
        <source>Retired on</source>
        <translation>Retired on</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="34"/>
        <source>Store account</source>
        <translation>Store account</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="34"/>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="39"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="39"/>
        <location filename="../../ui/roster_words.py" line="27"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="40"/>
        <location filename="../../ui/roster_words.py" line="28"/>
        <source>Skill group</source>
        <translation>Skill group</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="40"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="41"/>
        <source>Accounts held</source>
        <translation>Accounts held</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="45"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="45"/>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="46"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="46"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="113"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/models/roster.py" line="152"/>
        <source>Retired on %1</source>
        <translation>Retired on %1</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="21"/>
        <location filename="../../ui/roster_words.py" line="35"/>
        <source>Store name</source>
        <translation>Store name</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="23"/>
        <source>Minimum agents online</source>
        <translation>Minimum agents online</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="24"/>
        <source>Service starts</source>
        <translation>Service starts</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="25"/>
        <source>Service ends</source>
        <translation>Service ends</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="26"/>
        <source>Alert after minutes without customers</source>
        <translation>Alert after minutes without customers</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="29"/>
        <source>Shift starts</source>
        <translation>Shift starts</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="30"/>
        <source>Shift ends</source>
        <translation>Shift ends</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="36"/>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="37"/>
        <source>Agent name</source>
        <translation>Agent name</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="42"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="43"/>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="44"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="45"/>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="46"/>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="47"/>
        <source>Handed back</source>
        <translation>Handed back</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="52"/>
        <source>store</source>
        <translation>store</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="52"/>
        <source>store account</source>
        <translation>store account</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="53"/>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="91"/>
        <source>%1 must be a time of day like 08:00 (not %2).</source>
        <translation>%1 must be a time of day like 08:00 (not %2).</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="94"/>
        <source>%1 must be a whole number (not %2).</source>
        <translation>%1 must be a whole number (not %2).</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="97"/>
        <source>%1 must be at least %2 (not %3).</source>
        <translation>%1 must be at least %2 (not %3).</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="100"/>
        <source>%1 must not be empty.</source>
        <translation>%1 must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="103"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 is longer than %2 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="106"/>
        <source>Unknown platform %1 (known: %2).</source>
        <translation>Unknown platform %1 (known: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="109"/>
        <source>There is already a %1 with that name.</source>
        <translation>There is already a %1 with that name.</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="112"/>
        <source>That %1 is no longer there (id %2); close the roster and open it again.</source>
        <translation>That %1 is no longer there (id %2); close the roster and open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="116"/>
        <source>That %1 is retired; restore it first.</source>
        <translation>That %1 is retired; restore it first.</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="165"/>
        <source>%1 holds %2</source>
        <translation>%1 holds %2</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="166"/>
        <source>%1 no longer holds %2</source>
        <translation>%1 no longer holds %2</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="169"/>
        <location filename="../../ui/roster_words.py" line="174"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="170"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/roster_words.py" line="175"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="55"/>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="60"/>
        <source>Filter (Ctrl+F)</source>
        <translation>Filter (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="63"/>
        <source>Show retired</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="64"/>
        <source>Also list retired stores, accounts and agents (grey, with the date they were retired)</source>
        <translation>Also list retired stores, accounts and agents (grey, with the date they were retired)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="85"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="85"/>
        <source>Add (Ins)</source>
        <translation>Add (Ins)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="86"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="86"/>
        <source>Edit the selected row (Enter)</source>
        <translation>Edit the selected row (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="89"/>
        <source>Retire…</source>
        <translation>Retire…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="89"/>
        <source>Retire the selected row (Del); its history is kept</source>
        <translation>Retire the selected row (Del); its history is kept</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="91"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="92"/>
        <source>Bring a retired row back</source>
        <translation>Bring a retired row back</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="93"/>
        <source>Assign agent…</source>
        <translation>Assign agent…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="94"/>
        <source>Give this store account to an agent</source>
        <translation>Give this store account to an agent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="96"/>
        <source>Unassign…</source>
        <translation>Unassign…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="97"/>
        <source>Take this store account back from an agent</source>
        <translation>Take this store account back from an agent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="104"/>
        <source>History of the selected row</source>
        <translation>History of the selected row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="205"/>
        <source>Stores (%1)</source>
        <translation>Stores (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="205"/>
        <source>Store accounts (%1)</source>
        <translation>Store accounts (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="206"/>
        <source>Agents (%1)</source>
        <translation>Agents (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="243"/>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="244"/>
        <source>History: select a row</source>
        <translation>History: select a row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="273"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="296"/>
        <source>Add a store first: every store account belongs to one.</source>
        <translation>Add a store first: every store account belongs to one.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="307"/>
        <source>✔ Added.</source>
        <translation>✔ Added.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="323"/>
        <source>✔ Saved.</source>
        <translation>✔ Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="336"/>
        <source>Its %1 store accounts are retired with it and %2 assignments end. Restoring the store later does not restore its accounts.</source>
        <translation>Its %1 store accounts are retired with it and %2 assignments end. Restoring the store later does not restore its accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="342"/>
        <source>Nobody holds it.</source>
        <translation>Nobody holds it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="343"/>
        <source>%1 agents hand it back: %2.</source>
        <translation>%1 agents hand it back: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="344"/>
        <location filename="../../ui/dialogs/roster.py" line="349"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="347"/>
        <source>They hold no store accounts.</source>
        <translation>They hold no store accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="348"/>
        <source>They hand back %1 store accounts: %2.</source>
        <translation>They hand back %1 store accounts: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="355"/>
        <source>Retire the store %1?</source>
        <translation>Retire the store %1?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="356"/>
        <source>Retire the store account %1?</source>
        <translation>Retire the store account %1?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="357"/>
        <source>Retire the agent %1?</source>
        <translation>Retire the agent %1?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="359"/>
        <source>The history is kept; a retired row can be restored.</source>
        <translation>The history is kept; a retired row can be restored.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="360"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="364"/>
        <source>✔ Retired %1.</source>
        <translation>✔ Retired %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="370"/>
        <source>✔ Restored %1.</source>
        <translation>✔ Restored %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="386"/>
        <source>No other active agent to give it to; add an agent first.</source>
        <translation>No other active agent to give it to; add an agent first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="390"/>
        <source>Assign agent</source>
        <translation>Assign agent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="391"/>
        <source>Who takes the store account %1?</source>
        <translation>Who takes the store account %1?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="393"/>
        <source>✔ Assigned %1.</source>
        <translation>✔ Assigned %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="404"/>
        <source>✔ %1 handed back.</source>
        <translation>✔ %1 handed back.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="409"/>
        <source>Unassign</source>
        <translation>Unassign</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="410"/>
        <source>Who hands back the store account %1?</source>
        <translation>Who hands back the store account %1?</translation>
    </message>
</context>
<context>
    <name>RosterForm</name>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="100"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="81"/>
        <source>Credential</source>
        <translation>Credential</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="83"/>
        <source>It is kept in %1 and never shown again.</source>
        <translation>It is kept in %1 and never shown again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="87"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="93"/>
        <source>Credential for %1</source>
        <translation>Credential for %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="94"/>
        <source>Password or token</source>
        <translation>Password or token</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="289"/>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="18"/>
        <source>Floor name</source>
        <translation>Floor name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="19"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="20"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="21"/>
        <source>Shift times</source>
        <translation>Shift times</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="22"/>
        <source>Patrol reminder</source>
        <translation>Patrol reminder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="23"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="24"/>
        <source>Keep backups for</source>
        <translation>Keep backups for</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="25"/>
        <source>Demo floor</source>
        <translation>Demo floor</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="30"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="31"/>
        <source>warning level</source>
        <translation>warning level</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="32"/>
        <source>alarm level</source>
        <translation>alarm level</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="44"/>
        <source>%1 must not be empty.</source>
        <translation>%1 must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="45"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 is longer than %2 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="46"/>
        <source>Unknown time zone &apos;%1&apos;: pick one from the list, for example Asia/Shanghai, or leave it empty.</source>
        <translation>Unknown time zone &apos;%1&apos;: pick one from the list, for example Asia/Shanghai, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="53"/>
        <source>%1: &apos;%2&apos; is a file, not a folder.</source>
        <translation>%1: &apos;%2&apos; is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="54"/>
        <source>%1: Floorwatch may not write to &apos;%2&apos;; pick a folder of your own.</source>
        <translation>%1: Floorwatch may not write to &apos;%2&apos;; pick a folder of your own.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="56"/>
        <source>%1: &apos;%2&apos; is not a time of day HH:MM (00:00 to 24:00).</source>
        <translation>%1: &apos;%2&apos; is not a time of day HH:MM (00:00 to 24:00).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="60"/>
        <source>There is no shift &apos;%1&apos;.</source>
        <translation>There is no shift &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="48"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="49"/>
        <source>%1 must be between %2 and %3 days.</source>
        <translation>%1 must be between %2 and %3 days.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="50"/>
        <source>%1: give the full path, for example D:\Floorwatch\backups or /home/you/backups.</source>
        <translation>%1: give the full path, for example D:\Floorwatch\backups or /home/you/backups.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="52"/>
        <source>%1: that drive or location does not exist.</source>
        <translation>%1: that drive or location does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="58"/>
        <source>%1 and %2 overlap: every moment may belong to one shift only.</source>
        <translation>%1 and %2 overlap: every moment may belong to one shift only.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="61"/>
        <source>The shift times could not be read.</source>
        <translation>The shift times could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="97"/>
        <source>%1: higher is better, so the alarm level must not be above the warning level and the warning level not above the target (%2 is above %3).</source>
        <translation>%1: higher is better, so the alarm level must not be above the warning level and the warning level not above the target (%2 is above %3).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="101"/>
        <source>%1: lower is better, so the alarm level must not be below the warning level and the warning level not below the target (%2 is below %3).</source>
        <translation>%1: lower is better, so the alarm level must not be below the warning level and the warning level not below the target (%2 is below %3).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_words.py" line="108"/>
        <source>%1: the %2 cannot be negative.</source>
        <translation>%1: the %2 cannot be negative.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../ui/dialogs/settings_action.py" line="32"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_action.py" line="35"/>
        <source>Floor, shifts, stores, targets, alerts, language and theme (Ctrl+,)</source>
        <translation>Floor, shifts, stores, targets, alerts, language and theme (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="41"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="88"/>
        <source>The settings could not be saved; nothing was changed: %1</source>
        <translation>The settings could not be saved; nothing was changed: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="61"/>
        <source>Problem on this page</source>
        <translation>Problem on this page</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <location filename="../../ui/report/chart.py" line="132"/>
        <source>warning %1</source>
        <translation>warning %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/chart.py" line="134"/>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/chart.py" line="157"/>
        <source>no conversations</source>
        <translation>no conversations</translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="165"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="166"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="167"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="173"/>
        <source>starts</source>
        <translation>starts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="173"/>
        <source>ends</source>
        <translation>ends</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="185"/>
        <source>Restore the default times</source>
        <translation>Restore the default times</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="192"/>
        <source>Times are the floor&apos;s local time, 00:00 to 24:00. A shift that ends at or before its start runs past midnight and belongs to the day it starts. The patrol and the shift report use these shifts.</source>
        <translation>Times are the floor&apos;s local time, 00:00 to 24:00. A shift that ends at or before its start runs past midnight and belongs to the day it starts. The patrol and the shift report use these shifts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="197"/>
        <source>HH:MM, empty: no reminder</source>
        <translation>HH:MM, empty: no reminder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="198"/>
        <source>&amp;Patrol reminder at:</source>
        <translation>&amp;Patrol reminder at:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="202"/>
        <source>Shifts</source>
        <translation>Shifts</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/help.py" line="142"/>
        <location filename="../../ui/dialogs/help.py" line="145"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="146"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="146"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="147"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="43"/>
        <source>Add watched folder</source>
        <translation>Add watched folder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="44"/>
        <location filename="../../ui/dialogs/source_forms.py" line="120"/>
        <source>Watched folder</source>
        <translation>Watched folder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="46"/>
        <source>Add HTTP feed</source>
        <translation>Add HTTP feed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="46"/>
        <source>HTTP feed</source>
        <translation>HTTP feed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="50"/>
        <source>e.g. Tmall exports</source>
        <translation>e.g. Tmall exports</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="51"/>
        <source>e.g. Order centre feed</source>
        <translation>e.g. Order centre feed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="52"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="58"/>
        <source>a folder the exports are saved into</source>
        <translation>a folder the exports are saved into</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="59"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="64"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="65"/>
        <source>&amp;Look every:</source>
        <translation>&amp;Look every:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="70"/>
        <source>&amp;Address (URL):</source>
        <translation>&amp;Address (URL):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="75"/>
        <source>stored in the keyring — leave empty to keep it</source>
        <translation>stored in the keyring — leave empty to keep it</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="76"/>
        <source>API token (optional), kept only in the keyring</source>
        <translation>API token (optional), kept only in the keyring</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="77"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="78"/>
        <source>&amp;Forget the stored token</source>
        <translation>&amp;Forget the stored token</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="81"/>
        <source>&amp;Ask every:</source>
        <translation>&amp;Ask every:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="84"/>
        <source>&amp;Give up after:</source>
        <translation>&amp;Give up after:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="87"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Enabled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="90"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="104"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="154"/>
        <source>The token could not be stored: %1</source>
        <translation>The token could not be stored: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="185"/>
        <source>Give the source a name.</source>
        <translation>Give the source a name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="186"/>
        <source>A source name has at most %1 characters.</source>
        <translation>A source name has at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="188"/>
        <source>Another source already has this name.</source>
        <translation>Another source already has this name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="189"/>
        <source>Choose the folder with Browse…, or type its full path.</source>
        <translation>Choose the folder with Browse…, or type its full path.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="190"/>
        <source>The address must start with http:// or https://.</source>
        <translation>The address must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="191"/>
        <source>The address has no server name.</source>
        <translation>The address has no server name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="192"/>
        <source>Leave the user name and password out of the address; put the token in the Token field (it is kept in the keyring).</source>
        <translation>Leave the user name and password out of the address; put the token in the Token field (it is kept in the keyring).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="195"/>
        <source>This is not a valid address (check the port number and remove spaces).</source>
        <translation>This is not a valid address (check the port number and remove spaces).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="197"/>
        <source>Choose %1 to %2 seconds.</source>
        <translation>Choose %1 to %2 seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="199"/>
        <source>Enter a number of seconds.</source>
        <translation>Enter a number of seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_forms.py" line="200"/>
        <source>This source was removed in the meantime.</source>
        <translation>This source was removed in the meantime.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../ui/source_words.py" line="18"/>
        <source>Demo floor</source>
        <translation>Demo floor</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="19"/>
        <source>Watched folder</source>
        <translation>Watched folder</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="20"/>
        <source>HTTP feed</source>
        <translation>HTTP feed</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="24"/>
        <source>● Demo running</source>
        <translation>● Demo running</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="25"/>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="26"/>
        <source>✖ Offline</source>
        <translation>✖ Offline</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="27"/>
        <source>✖ Error</source>
        <translation>✖ Error</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="28"/>
        <source>○ Stopped</source>
        <translation>○ Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="29"/>
        <source>◌ Connecting</source>
        <translation>◌ Connecting</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="30"/>
        <source>○ Disabled</source>
        <translation>○ Disabled</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="31"/>
        <source>↻ Starts after a restart</source>
        <translation>↻ Starts after a restart</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="38"/>
        <source>the folder is not there (a network drive that is not connected?)</source>
        <translation>the folder is not there (a network drive that is not connected?)</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="40"/>
        <source>the folder cannot be read: %1</source>
        <translation>the folder cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="42"/>
        <source>%1 was imported but could not be moved to %2/: %3</source>
        <translation>%1 was imported but could not be moved to %2/: %3</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="44"/>
        <source>%1 was rejected but could not be moved to %2/: %3</source>
        <translation>%1 was rejected but could not be moved to %2/: %3</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="48"/>
        <source>the server refused the connection (is the feed server running?)</source>
        <translation>the server refused the connection (is the feed server running?)</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="50"/>
        <source>the server&apos;s name cannot be found (network or address?)</source>
        <translation>the server&apos;s name cannot be found (network or address?)</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="51"/>
        <source>the server did not answer in time</source>
        <translation>the server did not answer in time</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="52"/>
        <source>the server&apos;s answer came too slowly</source>
        <translation>the server&apos;s answer came too slowly</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="53"/>
        <source>the connection was cut during the answer</source>
        <translation>the connection was cut during the answer</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="54"/>
        <source>the secure connection failed (certificate?)</source>
        <translation>the secure connection failed (certificate?)</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="55"/>
        <source>the server&apos;s answer is not valid HTTP</source>
        <translation>the server&apos;s answer is not valid HTTP</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="56"/>
        <source>the network cannot reach the server</source>
        <translation>the network cannot reach the server</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="57"/>
        <source>the server answered with an error (%1)</source>
        <translation>the server answered with an error (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="58"/>
        <source>the server refused the token; set it again in Data sources</source>
        <translation>the server refused the token; set it again in Data sources</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="60"/>
        <source>the server redirects elsewhere; enter the new address</source>
        <translation>the server redirects elsewhere; enter the new address</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="62"/>
        <source>the server&apos;s answer is too large</source>
        <translation>the server&apos;s answer is too large</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="63"/>
        <source>the server&apos;s answer is not valid JSON</source>
        <translation>the server&apos;s answer is not valid JSON</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="64"/>
        <source>the server&apos;s answer is not in the feed&apos;s format</source>
        <translation>the server&apos;s answer is not in the feed&apos;s format</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="65"/>
        <source>an event in the answer is not valid (see the log)</source>
        <translation>an event in the answer is not valid (see the log)</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="82"/>
        <source>retry at %1</source>
        <translation>retry at %1</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="89"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/source_words.py" line="100"/>
        <source>last success %1</source>
        <translation>last success %1</translation>
    </message>
</context>
<context>
    <name>SourcesController</name>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="231"/>
        <source>&amp;Data sources…</source>
        <translation>&amp;Data sources…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="234"/>
        <source>Watched folders and HTTP feeds, their state and last success (Ctrl+Shift+D)</source>
        <translation>Watched folders and HTTP feeds, their state and last success (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="277"/>
        <source>The demo floor is running: your sources start when Floorwatch restarts.</source>
        <translation>The demo floor is running: your sources start when Floorwatch restarts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="280"/>
        <source>No source is enabled: the demo floor starts when Floorwatch restarts.</source>
        <translation>No source is enabled: the demo floor starts when Floorwatch restarts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="296"/>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="297"/>
        <source>Floorwatch could not start itself again. Close it and open it again.</source>
        <translation>Floorwatch could not start itself again. Close it and open it again.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="42"/>
        <source>Data sources</source>
        <translation>Data sources</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="46"/>
        <source>Where the floor&apos;s events come from. A watched folder imports the export files dropped into it; an HTTP feed asks a server for new events. What was already imported stays in the database when a source is removed.</source>
        <translation>Where the floor&apos;s events come from. A watched folder imports the export files dropped into it; an HTTP feed asks a server for new events. What was already imported stays in the database when a source is removed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="51"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="51"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="51"/>
        <source>Last success</source>
        <translation>Last success</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="51"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="52"/>
        <source>Where / why</source>
        <translation>Where / why</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="55"/>
        <source>Configured data sources</source>
        <translation>Configured data sources</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="66"/>
        <source>Add &amp;watched folder…</source>
        <translation>Add &amp;watched folder…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="68"/>
        <source>Add &amp;HTTP feed…</source>
        <translation>Add &amp;HTTP feed…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="70"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="72"/>
        <location filename="../../ui/dialogs/sources.py" line="163"/>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="74"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="76"/>
        <source>Retry &amp;now</source>
        <translation>Retry &amp;now</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="77"/>
        <source>Try every offline source again now</source>
        <translation>Try every offline source again now</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="84"/>
        <source>Run the &amp;demo floor while no source is enabled</source>
        <translation>Run the &amp;demo floor while no source is enabled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="90"/>
        <source>Restart &amp;now</source>
        <translation>Restart &amp;now</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="164"/>
        <source>E&amp;nable</source>
        <translation>E&amp;nable</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="202"/>
        <source>Remove data source</source>
        <translation>Remove data source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources.py" line="203"/>
        <source>Remove the source “%1”? It stops, its settings, its place in the feed and its stored token are forgotten. Everything it already imported stays in the database.</source>
        <translation>Remove the source “%1”? It stops, its settings, its place in the feed and its stored token are forgotten. Everything it already imported stays in the database.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/wellbeing/step_base.py" line="50"/>
        <source>You may say: %1</source>
        <translation>You may say: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_base.py" line="57"/>
        <location filename="../../ui/wellbeing/step_base.py" line="63"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/step_base.py" line="58"/>
        <source>Notes (encrypted; never in an incident or a report)</source>
        <translation>Notes (encrypted; never in an incident or a report)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../ui/storage_words.py" line="20"/>
        <source>the disk is full (or the database reached its size limit). Free some space on the drive that holds the database, then try again; what you typed is kept.</source>
        <translation>the disk is full (or the database reached its size limit). Free some space on the drive that holds the database, then try again; what you typed is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="23"/>
        <source>the database file is read-only. Make the file and its folder writable (or move it off a write-protected drive), then try again; what you typed is kept.</source>
        <translation>the database file is read-only. Make the file and its folder writable (or move it off a write-protected drive), then try again; what you typed is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="27"/>
        <source>the database is busy with another write. Try again in a moment; what you typed is kept.</source>
        <translation>the database is busy with another write. Try again in a moment; what you typed is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="29"/>
        <source>the database file is damaged. Copy what you typed somewhere safe, then restart Floorwatch to restore the latest backup.</source>
        <translation>the database file is damaged. Copy what you typed somewhere safe, then restart Floorwatch to restore the latest backup.</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="32"/>
        <source>the disk reported an error (%1). Check the drive, then try again; what you typed is kept.</source>
        <translation>the disk reported an error (%1). Check the drive, then try again; what you typed is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="34"/>
        <source>the database file cannot be opened (%1). Check the drive, then try again; what you typed is kept.</source>
        <translation>the database file cannot be opened (%1). Check the drive, then try again; what you typed is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="54"/>
        <source>⚠ Read-only database: nothing can be saved</source>
        <translation>⚠ Read-only database: nothing can be saved</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="61"/>
        <source>No backup: the backup folder %1 is not a full path. Choose another one in Settings → Data.</source>
        <translation>No backup: the backup folder %1 is not a full path. Choose another one in Settings → Data.</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="63"/>
        <source>No backup: the backup folder %1 cannot be created (is its drive connected?).</source>
        <translation>No backup: the backup folder %1 cannot be created (is its drive connected?).</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="65"/>
        <source>No backup: %1 is a file, not a folder. Choose another backup folder in Settings → Data.</source>
        <translation>No backup: %1 is a file, not a folder. Choose another backup folder in Settings → Data.</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="67"/>
        <source>No backup: Floorwatch may not write to %1. Choose another backup folder in Settings → Data.</source>
        <translation>No backup: Floorwatch may not write to %1. Choose another backup folder in Settings → Data.</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="70"/>
        <source>No backup: the drive that holds %1 is full.</source>
        <translation>No backup: the drive that holds %1 is full.</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="71"/>
        <source>No backup: the database itself is damaged. Your earlier backups are kept; restart Floorwatch to restore the latest one.</source>
        <translation>No backup: the database itself is damaged. Your earlier backups are kept; restart Floorwatch to restore the latest one.</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="74"/>
        <source>No backup: the copy written to %1 failed its check and was deleted. Check that drive.</source>
        <translation>No backup: the copy written to %1 failed its check and was deleted. Check that drive.</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="76"/>
        <source>The backup was stopped; nothing was kept.</source>
        <translation>The backup was stopped; nothing was kept.</translation>
    </message>
    <message>
        <location filename="../../ui/storage_words.py" line="78"/>
        <source>No backup: writing to %1 failed (%2).</source>
        <translation>No backup: writing to %1 failed (%2).</translation>
    </message>
</context>
<context>
    <name>StoreForm</name>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="107"/>
        <source>Add store</source>
        <translation>Add store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="107"/>
        <source>Edit store</source>
        <translation>Edit store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="112"/>
        <source>as the platform shows it</source>
        <translation>as the platform shows it</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="113"/>
        <source>agents, 0 or more</source>
        <translation>agents, 0 or more</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_forms.py" line="116"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
</context>
<context>
    <name>StoresDock</name>
    <message>
        <location filename="../../ui/docks/stores.py" line="118"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="120"/>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="120"/>
        <source>Below minimum</source>
        <translation>Below minimum</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="121"/>
        <source>Nobody online</source>
        <translation>Nobody online</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="121"/>
        <source>Out of hours</source>
        <translation>Out of hours</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="122"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="122"/>
        <location filename="../../ui/docks/stores.py" line="199"/>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="122"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="124"/>
        <source>Not logged in</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="125"/>
        <source>Assigned to nobody</source>
        <translation>Assigned to nobody</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="137"/>
        <source>Store tiles</source>
        <translation>Store tiles</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="157"/>
        <source>Platform filter</source>
        <translation>Platform filter</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="159"/>
        <source>Team filter</source>
        <translation>Team filter</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="160"/>
        <source>Problems only</source>
        <translation>Problems only</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="161"/>
        <source>Show only stores, accounts and agents with a problem (Ctrl+Shift+F)</source>
        <translation>Show only stores, accounts and agents with a problem (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="166"/>
        <source>Find store, account or agent (Ctrl+F)</source>
        <translation>Find store, account or agent (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="179"/>
        <location filename="../../ui/docks/stores.py" line="198"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="181"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="198"/>
        <location filename="../../ui/docks/stores.py" line="205"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="198"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="198"/>
        <source>Online / min</source>
        <translation>Online / min</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="199"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="199"/>
        <source>Arrived 15 min</source>
        <translation>Arrived 15 min</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="200"/>
        <source>Last customer</source>
        <translation>Last customer</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="200"/>
        <source>Accounts online</source>
        <translation>Accounts online</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="200"/>
        <source>Service hours</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="202"/>
        <source>Store coverage</source>
        <translation>Store coverage</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="205"/>
        <source>Store / account</source>
        <translation>Store / account</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="205"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="206"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="206"/>
        <source>On it now</source>
        <translation>On it now</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="209"/>
        <source>Store accounts</source>
        <translation>Store accounts</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="212"/>
        <location filename="../../ui/docks/stores.py" line="385"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="214"/>
        <source>Agents by store</source>
        <translation>Agents by store</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="216"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="217"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="218"/>
        <source>Agents × stores</source>
        <translation>Agents × stores</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="225"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="314"/>
        <source>%1 stores open of %2 · %3 nobody online · %4 below minimum · %5 waiting · %6 account problems</source>
        <translation>%1 stores open of %2 · %3 nobody online · %4 below minimum · %5 waiting · %6 account problems</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="340"/>
        <source> · %1 unassigned</source>
        <translation> · %1 unassigned</translation>
    </message>
    <message>
        <location filename="../../ui/docks/stores.py" line="420"/>
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
</context>
<context>
    <name>StoresPage</name>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="240"/>
        <source>Store thresholds</source>
        <translation>Store thresholds</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="241"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="255"/>
        <source>There are no stores yet: add them in File → Roster…</source>
        <translation>There are no stores yet: add them in File → Roster…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="258"/>
        <source>Service hours are when a store must have agents online (HH:MM, 24:00 for midnight). The coverage alert fires below the minimum; the quiet-store alert after that many minutes without a new customer. Every change is kept in the roster history.</source>
        <translation>Service hours are when a store must have agents online (HH:MM, 24:00 for midnight). The coverage alert fires below the minimum; the quiet-store alert after that many minutes without a new customer. Every change is kept in the roster history.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="264"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="276"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="320"/>
        <location filename="../../ui/dialogs/settings_pages.py" line="332"/>
        <source>Levels for</source>
        <translation>Levels for</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="321"/>
        <source>The whole floor</source>
        <translation>The whole floor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="323"/>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="326"/>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="336"/>
        <source>Metric targets for the floor</source>
        <translation>Metric targets for the floor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="339"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="339"/>
        <source>Better when</source>
        <translation>Better when</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="339"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="339"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="340"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="348"/>
        <source>higher</source>
        <translation>higher</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="349"/>
        <source>lower</source>
        <translation>lower</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="357"/>
        <source>Use the &amp;default levels for this metric</source>
        <translation>Use the &amp;default levels for this metric</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="364"/>
        <source>A store&apos;s own levels win over its team&apos;s, a team&apos;s over the floor&apos;s. An empty cell means no such level. Percentages are typed as 95 for 95 %.</source>
        <translation>A store&apos;s own levels win over its team&apos;s, a team&apos;s over the floor&apos;s. An empty cell means no such level. Percentages are typed as 95 for 95 %.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="368"/>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_pages.py" line="418"/>
        <source>%1: &apos;%2&apos; is not a number.</source>
        <translation>%1: &apos;%2&apos; is not a number.</translation>
    </message>
</context>
<context>
    <name>TileGrid</name>
    <message>
        <location filename="../../widgets/tile_grid.py" line="18"/>
        <source>Status tiles</source>
        <translation>Status tiles</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../widgets/trend_chart.py" line="53"/>
        <source>Trend chart</source>
        <translation>Trend chart</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_chart.py" line="55"/>
        <source>Metric over time; target line and warning and alarm bands</source>
        <translation>Metric over time; target line and warning and alarm bands</translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="19"/>
        <source>Passphrase set up</source>
        <translation>Passphrase set up</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="20"/>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="21"/>
        <source>Wrong passphrase typed</source>
        <translation>Wrong passphrase typed</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="22"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="23"/>
        <source>Locked after idle time</source>
        <translation>Locked after idle time</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="24"/>
        <source>Passphrase changed</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="25"/>
        <source>Levels shown in the roster</source>
        <translation>Levels shown in the roster</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="26"/>
        <source>Case viewed</source>
        <translation>Case viewed</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="27"/>
        <source>Emergency contacts viewed</source>
        <translation>Emergency contacts viewed</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="28"/>
        <source>Care log viewed</source>
        <translation>Care log viewed</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="29"/>
        <source>Audit log viewed</source>
        <translation>Audit log viewed</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="30"/>
        <source>Check-in recorded</source>
        <translation>Check-in recorded</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="31"/>
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="32"/>
        <source>Case step recorded</source>
        <translation>Case step recorded</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="33"/>
        <source>Case paused</source>
        <translation>Case paused</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="34"/>
        <source>Case resumed</source>
        <translation>Case resumed</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="35"/>
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="36"/>
        <source>Store accounts moved</source>
        <translation>Store accounts moved</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="37"/>
        <source>Store accounts handed back</source>
        <translation>Store accounts handed back</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="38"/>
        <source>Call to a contact recorded</source>
        <translation>Call to a contact recorded</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="39"/>
        <source>Emergency contacts changed</source>
        <translation>Emergency contacts changed</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="40"/>
        <source>Care entry added</source>
        <translation>Care entry added</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="41"/>
        <source>Named in a shift report</source>
        <translation>Named in a shift report</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="46"/>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="47"/>
        <source>Below minimum</source>
        <translation>Below minimum</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="48"/>
        <source>Nobody online</source>
        <translation>Nobody online</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="49"/>
        <source>Closed now</source>
        <translation>Closed now</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="53"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="54"/>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="55"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="72"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wellbeing/words.py" line="77"/>
        <source>(supervisor not set)</source>
        <translation>(supervisor not set)</translation>
    </message>
</context>
<context>
    <name>WellbeingDock</name>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="89"/>
        <source>Wellbeing</source>
        <translation>Wellbeing</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="130"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="125"/>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="130"/>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="130"/>
        <source>Since break</source>
        <translation>Since break</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="131"/>
        <source>Handled this shift</source>
        <translation>Handled this shift</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="131"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="133"/>
        <source>Agent roster</source>
        <translation>Agent roster</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="161"/>
        <source>More wellbeing actions</source>
        <translation>More wellbeing actions</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="164"/>
        <source>Change the passphrase…</source>
        <translation>Change the passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="166"/>
        <source>Lock after idle time…</source>
        <translation>Lock after idle time…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="168"/>
        <source>Audit log…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="180"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="193"/>
        <source>Check-in note</source>
        <translation>Check-in note</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="194"/>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="202"/>
        <source>Take the selected agent off the floor and follow the six steps (or resume their open case)</source>
        <translation>Take the selected agent off the floor and follow the six steps (or resume their open case)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="205"/>
        <source>Health event</source>
        <translation>Health event</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="215"/>
        <source>Contacts…</source>
        <translation>Contacts…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="216"/>
        <source>Emergency contacts of the selected agent</source>
        <translation>Emergency contacts of the selected agent</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="218"/>
        <source>Care log…</source>
        <translation>Care log…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="230"/>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="200"/>
        <source>Six steps…</source>
        <translation>Six steps…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="230"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="232"/>
        <source>Unlocked · %1 min</source>
        <translation>Unlocked · %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="233"/>
        <source>Unlocked: locks after %1 min without input</source>
        <translation>Unlocked: locks after %1 min without input</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="236"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="237"/>
        <source>Locked: emotion levels, cases and contacts are hidden</source>
        <translation>Locked: emotion levels, cases and contacts are hidden</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="239"/>
        <source>No passphrase yet</source>
        <translation>No passphrase yet</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="240"/>
        <source>Not set up: protect wellbeing data with a passphrase first</source>
        <translation>Not set up: protect wellbeing data with a passphrase first</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="244"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="245"/>
        <source>Unlock…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="245"/>
        <source>Set up…</source>
        <translation>Set up…</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="276"/>
        <source>Lock after idle time</source>
        <translation>Lock after idle time</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="277"/>
        <source>Lock the wellbeing data after this many minutes without input:</source>
        <translation>Lock the wellbeing data after this many minutes without input:</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="326"/>
        <source>Wellbeing data cannot be read: %1</source>
        <translation>Wellbeing data cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="340"/>
        <source>%1 agents · %2 online · %3 away · %4 offline</source>
        <translation>%1 agents · %2 online · %3 away · %4 offline</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="367"/>
        <source>on break %1</source>
        <translation>on break %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="381"/>
        <source>%1 open cases: unlock to see and resume them</source>
        <translation>%1 open cases: unlock to see and resume them</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="389"/>
        <source>#%1 %2 · %3 · step %4 of %5</source>
        <translation>#%1 %2 · %3 · step %4 of %5</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="394"/>
        <source>paused %1</source>
        <translation>paused %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="399"/>
        <source>Open cases (Enter or double-click to resume):</source>
        <translation>Open cases (Enter or double-click to resume):</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="428"/>
        <source>Select an agent to check in or start a procedure.</source>
        <translation>Select an agent to check in or start a procedure.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="431"/>
        <source>%1: locked</source>
        <translation>%1: locked</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="435"/>
        <source>%1: no check-in recorded yet</source>
        <translation>%1: no check-in recorded yet</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="438"/>
        <source>%1: %2 (%3, recorded by %4)</source>
        <translation>%1: %2 (%3, recorded by %4)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wellbeing.py" line="449"/>
        <source>Select an agent first.</source>
        <translation>Select an agent first.</translation>
    </message>
</context>
</TS>
