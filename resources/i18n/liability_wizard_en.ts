<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/liability_wizard/gui/about.py" line="17" />
        <source>网络交易平台责任评估向导</source>
        <translation>Liability Wizard</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/about.py" line="18" />
        <source>依据中华人民共和国法律评估网络交易平台的责任，并生成法律意见书。评估结果供律师参考，不替代律师的专业判断。</source>
        <translation>Assesses an online platform's liability under PRC law and drafts an opinion letter. The assessment assists a lawyer; it does not replace the lawyer's judgement.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/about.py" line="20" />
        <source>随附字体</source>
        <translation>Bundled fonts</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/about.py" line="21" />
        <source>以 SIL Open Font License 1.1 授权，许可证全文见：</source>
        <translation>Licensed under the SIL Open Font License 1.1; full text: </translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/about.py" line="22" />
        <source>图标来自 Tabler Icons，以 MIT 许可证授权，许可证全文见：</source>
        <translation>Icons: Tabler Icons, under the MIT licence; full text: </translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/about.py" line="24" />
        <source>界面基于 Qt for Python (PySide6)，LGPLv3 授权。</source>
        <translation>The interface uses Qt for Python (PySide6), LGPLv3.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/about.py" line="31" />
        <source>关于</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>CaseAnswers</name>
    <message>
        <location filename="../../src/liability_wizard/gui/case_answers.py" line="52" />
        <source>恢复的历史版本</source>
        <extracomment>Where ``date_precision`` lives; its keys are dotted paths themselves, so it is not addressed by path.</extracomment>
        <translation>the restored earlier version</translation>
    </message>
</context>
<context>
    <name>CaseConflictDialog</name>
    <message>
        <location filename="../../src/liability_wizard/gui/case_conflict.py" line="52" />
        <source>案件已被他人修改</source>
        <translation>Case changed by someone else</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_conflict.py" line="54" />
        <source>其他用户</source>
        <translation>another user</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_conflict.py" line="57" />
        <source>此案件已由 %1 修改。</source>
        <translation>%1 has changed this case.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_conflict.py" line="60" />
        <source>此案件已由 %1 于 %2 修改。</source>
        <translation>%1 changed this case at %2.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_conflict.py" line="64" />
        <source>您的修改尚未保存，对方的修改也未被覆盖。无论选择哪一项，两个版本都会保留在“案件历史”中。</source>
        <translation>Your changes are not saved yet, and theirs were not overwritten. Whichever you choose, both versions stay in the case history.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_conflict.py" line="70" />
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_conflict.py" line="70" />
        <source>对方的回答</source>
        <translation>Their answer</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_conflict.py" line="70" />
        <source>我的回答</source>
        <translation>My answer</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_conflict.py" line="82" />
        <source>各问题的回答相同</source>
        <translation>Every question has the same answer</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_conflict.py" line="87" />
        <source>查看对方的修改(&amp;V)</source>
        <translation>&amp;View their changes</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_conflict.py" line="90" />
        <source>保留我的修改（另存为新版本）(&amp;K)</source>
        <translation>&amp;Keep mine (as a new version)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_conflict.py" line="91" />
        <source>放弃我的修改(&amp;D)</source>
        <translation>&amp;Discard mine</translation>
    </message>
</context>
<context>
    <name>CaseHistoryDialog</name>
    <message>
        <location filename="../../src/liability_wizard/gui/case_history.py" line="38" />
        <source>案件历史</source>
        <translation>Case history</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_history.py" line="42" />
        <source>每次出具意见书时、以及两人同时修改时保存的版本（最新的在前）：</source>
        <translation>Versions saved with each letter and when two people changed the case at once (newest first):</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_history.py" line="44" />
        <source>时间</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_history.py" line="44" />
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_history.py" line="44" />
        <source>此后改动的问题</source>
        <translation>Questions changed since</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_history.py" line="55" />
        <source>%1（修改冲突时保留，未出具意见书）</source>
        <translation>%1 (kept on an edit conflict; no letter)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_history.py" line="57" />
        <source>无改动</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_history.py" line="63" />
        <source>尚无历史版本：出具（预览）意见书时会保存一个版本。</source>
        <translation>No history yet: a version is saved with each letter produced.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_history.py" line="65" />
        <source>恢复此版本(&amp;V)</source>
        <translation>Restore this &amp;version</translation>
    </message>
</context>
<context>
    <name>CaseSaving</name>
    <message>
        <location filename="../../src/liability_wizard/gui/case_saving.py" line="141" />
        <source>与律所服务器的连接已断开：修改已保存在本机，连接恢复后将自动同步。</source>
        <extracomment>How often the server is asked whether it is back while edits wait on this computer.</extracomment>
        <translation>Lost the connection to the firm's server: changes are kept on this computer and will be saved when it is back.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_saving.py" line="150" />
        <source>与律所服务器的连接已断开，本次操作未完成；正在等待恢复连接（修改会先保存在本机）。</source>
        <translation>Lost the connection to the firm's server; this was not done. Waiting for the server (changes are kept on this computer meanwhile).</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_saving.py" line="180" />
        <source>已与律所服务器恢复连接，保存在本机的修改已同步。</source>
        <translation>Connected to the firm's server again; the changes kept on this computer are saved.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_saving.py" line="213" />
        <source>案件 %1 在断线期间被永久删除，本机保存的修改已另存为新案件 %2。</source>
        <translation>Case %1 was deleted for good while the server was away; the changes kept here were saved as new case %2.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../src/liability_wizard/gui/case_list.py" line="54" />
        <source>案件名称</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_list.py" line="54" />
        <source>委托人</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_list.py" line="54" />
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_list.py" line="54" />
        <source>交易日期</source>
        <translation>Transaction date</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_list.py" line="54" />
        <source>时效届满</source>
        <translation>Limitation expires</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_list.py" line="55" />
        <source>修改时间</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_list.py" line="55" />
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_list.py" line="55" />
        <source>修改人</source>
        <translation>Modified by</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_list.py" line="137" />
        <source>无法评估</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_list.py" line="160" />
        <source>诉讼时效可能已届满</source>
        <translation>The limitation period may have expired</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/case_list.py" line="162" />
        <source>诉讼时效将于 %1 日后届满</source>
        <translation>Limitation expires in %1 day(s)</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="231" />
        <source>案件向导 — %1</source>
        <translation>Case wizard — %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="61" />
        <source>意见书预览(&amp;L)</source>
        <translation>&amp;Letter preview</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="59" />
        <source>案件历史(&amp;Y)…</source>
        <extracomment>Typing is saved this long after the last keystroke. The live result follows the answers this long after the last change. Below this many logical pixels of screen width the result panel starts hidden. The case's stored evaluation snapshots, newest first (``CaseRepository.snapshots``).</extracomment>
        <translation>Histor&amp;y…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="62" />
        <source>结果栏(&amp;R)</source>
        <translation>&amp;Result panel</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="65" />
        <source>关闭(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="66" />
        <source>完成(&amp;F)</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="111" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="113" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="227" />
        <source>为什么问这个</source>
        <translation>Why this is asked</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="230" />
        <source>（未命名）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="251" />
        <source>案件历史</source>
        <translation>Case history</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="265" />
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="286" />
        <source>填写事实后，这里显示评估结果。</source>
        <translation>The assessment appears here as facts are entered.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="287" />
        <source>有必填项未填写（%1），结果栏显示上一次的评估。</source>
        <translation>A required answer is missing (%1); the panel shows the last evaluation.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="288" />
        <source>见页面上的红字</source>
        <translation>see the red text on the page</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="306" />
        <location filename="../../src/liability_wizard/gui/wizard.py" line="323" />
        <source>未保存：</source>
        <translation>Not saved: </translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="312" />
        <source>已自动保存</source>
        <translation>Saved automatically</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="337" />
        <source>修改尚未保存</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard.py" line="338" />
        <source>有修改无法保存：%1

仍然关闭并放弃这些修改吗？</source>
        <translation>Some changes cannot be saved: %1

Close and discard them?</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="340" />
        <source>以上都没有</source>
        <translation>None of these</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="341" />
        <source>不清楚</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>ChoiceBox</name>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="278" />
        <source>（未回答）</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="282" />
        <source>不清楚</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="61" />
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="170" />
        <source>案件数据库</source>
        <translation>Case database</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="64" />
        <source>本机（默认）(&amp;L)</source>
        <translation>This computer (defau&amp;lt)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="65" />
        <source>律所服务器(&amp;F)</source>
        <translation>The &amp;firm's server</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="79" />
        <source>留空则使用钥匙串中已存的密码</source>
        <translation>leave empty to use the password in the keychain</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="81" />
        <source>尽量加密（prefer）</source>
        <translation>Encrypt if possible (prefer)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="81" />
        <source>必须加密（require）</source>
        <translation>Always encrypt (require)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="82" />
        <source>加密并核对服务器证书（verify-full）</source>
        <translation>Encrypt and check the server certificate (verify-full)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="86" />
        <source>选择(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="94" />
        <source>服务器地址(&amp;H)</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="95" />
        <source>端口(&amp;P)</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="96" />
        <source>数据库名(&amp;D)</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="97" />
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="98" />
        <source>密码(&amp;W)</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="99" />
        <source>加密(&amp;E)</source>
        <translation>&amp;Encryption</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="100" />
        <source>CA 证书文件(&amp;C)</source>
        <translation>&amp;CA certificate file</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="104" />
        <source>测试连接(&amp;T)</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="116" />
        <source>注意：环境变量 %1 已指定案件数据库，在去掉它之前，这里的设置不生效。</source>
        <translation>Note: the environment variable %1 names the case database; this setting has no effect until it is removed.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="121" />
        <source>更改在重新连接或下次启动时生效。</source>
        <translation>Changes take effect on reconnecting or at the next start.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="131" />
        <source>选择 CA 证书文件</source>
        <translation>Choose the CA certificate file</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="132" />
        <source>证书 (*.crt *.pem *.cer);;所有文件 (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="149" />
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="170" />
        <source>请填写服务器地址、数据库名和用户名。</source>
        <translation>Please fill in the host, the database and the user name.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="152" />
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="165" />
        <source>连接失败：%1</source>
        <translation>Connection failed: %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="184" />
        <source>无法保存密码</source>
        <translation>Cannot store the password</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/database_settings.py" line="185" />
        <source>无法把密码存入操作系统的钥匙串（%1）。密码未保存到任何地方；可请 IT 人员改用 .pgpass 文件。</source>
        <translation>The password could not be stored in the system keychain (%1). It was not stored anywhere; the IT person can set up a .pgpass file instead.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="112" />
        <source>如 2023-05-20，只知年月写 2023-05</source>
        <translation>e.g. 2023-05-20, or 2023-05 if only the month is known</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="113" />
        <source>如 2023-05-20</source>
        <translation>e.g. 2023-05-20</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="117" />
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="129" />
        <source>精确到日</source>
        <translation>Exact day</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="130" />
        <source>只知年月</source>
        <translation>Month only</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="131" />
        <source>日期精度：日/月</source>
        <translation>Date precision: day/month</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="134" />
        <source>不清楚</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="184" />
        <source>日期看不懂，请写成 2023-05-20 或 2023-05</source>
        <translation>Unreadable date; write 2023-05-20 or 2023-05</translation>
    </message>
</context>
<context>
    <name>FactPage</name>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard_pages.py" line="61" />
        <source>日期晚于今天，请核对。</source>
        <translation>The date is in the future; please check.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard_pages.py" line="62" />
        <source>采取措施的日期早于通知日期，请核对。</source>
        <translation>The measures date is before the notice date; please check.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard_pages.py" line="63" />
        <source>仍在线的日期早于交易日期，请核对。</source>
        <translation>The still-online date is before the transaction date; please check.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard_pages.py" line="64" />
        <source>知道损害的日期早于交易日期，请核对。</source>
        <translation>The harm was discovered before the transaction date; please check.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard_pages.py" line="65" />
        <source>填写了通知日期，但“平台收到过投诉或通知”未选“是”，请核对。</source>
        <translation>A notice date is given but 'complaint or notice received' is not Yes; please check.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard_pages.py" line="67" />
        <source>扩大的损失大于全部损失，请核对。</source>
        <translation>The loss after the notice exceeds the whole loss; please check.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard_pages.py" line="68" />
        <source>选了“完整提供”，但“当事人与平台”页的卖家名称、地址、联系方式都是空的，请核对。</source>
        <translation>'Provided in full' is chosen, but the seller's name, address and contact on the parties page are empty; please check.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard_pages.py" line="72" />
        <source>请填写案件名称</source>
        <translation>Please enter the case name</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard_pages.py" line="73" />
        <source>请填写交易日期（只知年月也可以，如 2023-05）</source>
        <translation>Please enter the transaction date (the month alone will do, e.g. 2023-05)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard_pages.py" line="74" />
        <source>请选择类别</source>
        <translation>Please choose a category</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard_pages.py" line="75" />
        <source>请选择委托人身份</source>
        <translation>Please choose the client's role</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard_pages.py" line="132" />
        <source>为什么问这个：</source>
        <translation>Why this is asked: </translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard_pages.py" line="199" />
        <source>这个问题的说明（F1）</source>
        <translation>Help on this question (F1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/liability_wizard/gui/wizard_pages.py" line="305" />
        <source>本页还有 %n 个问题未回答</source>
        <translation><numerusform>%n question on this page not answered yet</numerusform><numerusform>%n questions on this page not answered yet</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/wizard_pages.py" line="305" />
        <source>本页问题均已回答</source>
        <translation>Every question on this page is answered</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <location filename="../../src/liability_wizard/gui/headline.py" line="41" />
        <source>，但诉讼时效可能已于%1届满</source>
        <extracomment>A limitation deadline this close is shown as a warning.</extracomment>
        <translation>, but limitation may have expired on %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/headline.py" line="44" />
        <source>，诉讼时效将于 %1 日后届满</source>
        <translation>, limitation expires in %1 day(s)</translation>
    </message>
</context>
<context>
    <name>InterruptionList</name>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="403" />
        <source>书面催告（含通过平台客服主张）</source>
        <translation>Written demand (also through the platform's customer service)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="403" />
        <source>投诉（12315、消协、监管部门）</source>
        <translation>Complaint (12315, consumer association, regulator)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="404" />
        <source>调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="404" />
        <source>起诉</source>
        <translation>Lawsuit</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="404" />
        <source>对方同意履行</source>
        <translation>The other side agreed to pay</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="405" />
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="405" />
        <source>卖家（直接侵权人）</source>
        <translation>Seller (direct infringer)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="409" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="409" />
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="409" />
        <source>针对</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="409" />
        <source>程序终结日</source>
        <translation>Procedure ended</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="415" />
        <source>添加中断事由</source>
        <translation>Add an interruption</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="416" />
        <source>删除选中的一行</source>
        <translation>Remove the selected row</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="440" />
        <source>未终结可留空</source>
        <translation>empty if not ended</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="483" />
        <source>每一行都要写明日期（到日），如 2025-04-01</source>
        <translation>Every row needs a date (to the day), e.g. 2025-04-01</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="487" />
        <source>程序终结日看不懂，请写成 2025-06-30</source>
        <translation>Unreadable end date; write 2025-06-30</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="489" />
        <source>只有投诉、调解和起诉有程序终结日</source>
        <translation>Only a complaint, mediation or lawsuit has an end date</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="491" />
        <source>程序终结日早于该事由的日期，请核对</source>
        <translation>The end date is before the date of the act; please check</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="65" />
        <source>法律意见书预览 — %1</source>
        <translation>Opinion letter — %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="78" />
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="82" />
        <source>缩放(&amp;Z)：</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="87" />
        <source>页码(&amp;G)：</source>
        <translation>Pa&amp;ge:</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="92" />
        <source>草稿水印(&amp;D)</source>
        <translation>&amp;Draft watermark</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="98" />
        <source>正在生成…</source>
        <translation>Rendering…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="100" />
        <source>导出 PDF(&amp;E)…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="103" />
        <source>导出 Word(&amp;W)…</source>
        <translation>Export &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="106" />
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="108" />
        <source>关闭(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="122" />
        <source>⚠ 请先核对以下答案，意见书会照原样写入：%1</source>
        <translation>⚠ Please check these answers first; the letter prints them as they are: %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="137" />
        <source>正在生成意见书…</source>
        <translation>Rendering the letter…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="164" />
        <source>共 %n 页</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="176" />
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="230" />
        <source>生成失败</source>
        <translation>Rendering failed</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="177" />
        <source>无法生成意见书</source>
        <translation>Cannot render the letter</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="177" />
        <source>生成法律意见书时出错：%1</source>
        <translation>The letter could not be rendered: %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="182" />
        <source>导出法律意见书</source>
        <translation>Export opinion letter</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="183" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="191" />
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="220" />
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="192" />
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="221" />
        <source>无法写入文件 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="195" />
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="224" />
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="200" />
        <source>导出可编辑的 Word 文档</source>
        <translation>Export an editable Word document</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="201" />
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="210" />
        <source>正在生成 Word 文档…</source>
        <translation>Making the Word document…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="231" />
        <source>无法生成 Word 文档</source>
        <translation>Cannot make the Word document</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="231" />
        <source>生成 Word 文档时出错：%1</source>
        <translation>The Word document could not be made: %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="248" />
        <source>已打印到文件 %1</source>
        <translation>Printed to %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="260" />
        <source>已发送到打印机 %1</source>
        <translation>Sent to printer %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="261" />
        <source>打印失败：%1</source>
        <translation>Printing failed: %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="266" />
        <source>正在发送到打印机…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="269" />
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="269" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="277" />
        <source>打印已取消</source>
        <translation>Printing cancelled</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="307" />
        <source>打印机无法开始打印。</source>
        <translation>The printer could not start.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/letter_preview.py" line="277" />
        <source>已发送到打印机</source>
        <translation>Sent to the printer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="56" />
        <source>网络交易平台责任评估向导</source>
        <translation>Liability Wizard</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="93" />
        <source>搜索案件名称、当事人、标的、备注…</source>
        <translation>Search cases, parties, subject, notes…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="97" />
        <source>搜索(&amp;S)：</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="101" />
        <source>全部结论</source>
        <translation>All conclusions</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="105" />
        <source>结论(&amp;R)：</source>
        <translation>Conclusion filte&amp;r:</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="133" />
        <source>回收站：选中案件后可“还原”或“永久删除”。</source>
        <translation>Trash: select a case to restore it or delete it for good.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="64" />
        <source>正在打开案件数据库…</source>
        <translation>Opening the case database…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="57" />
        <source>正在打开案件…</source>
        <translation>Opening the cases…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="184" />
        <source>新建案件(&amp;N)</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="185" />
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="186" />
        <source>复制为新案件(&amp;U)</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="187" />
        <source>删除到回收站(&amp;D)</source>
        <translation>&amp;Delete to trash</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="188" />
        <source>导入案件文件(&amp;I)…</source>
        <translation>&amp;Import case file…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="189" />
        <source>导出案件文件(&amp;E)…</source>
        <translation>&amp;Export case file…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="190" />
        <source>显示回收站(&amp;T)</source>
        <translation>Show &amp;trash</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="192" />
        <source>还原(&amp;R)</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="193" />
        <source>永久删除(&amp;P)…</source>
        <translation>Delete &amp;permanently…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="194" />
        <source>律所信息与语言(&amp;S)…</source>
        <translation>Firm and language &amp;settings…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="195" />
        <source>案件数据库(&amp;D)…</source>
        <translation>Case &amp;database…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="196" />
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="197" />
        <source>从备份恢复(&amp;B)…</source>
        <translation>Restore from &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="198" />
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="200" />
        <source>案件(&amp;C)</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="206" />
        <source>最近的案件(&amp;M)</source>
        <translation>Recent case&amp;s</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="213" />
        <source>回收站(&amp;B)</source>
        <translation>Recycle &amp;bin</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="216" />
        <source>设置(&amp;G)</source>
        <translation>Settin&amp;gs</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="219" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="221" />
        <source>示例案件(&amp;E)</source>
        <translation>&amp;Example cases</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="226" />
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="270" />
        <source>打开案件数据库</source>
        <translation>Open the case database</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="280" />
        <source>案件数据库</source>
        <translation>Case database</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="286" />
        <source>案件数据库无法打开</source>
        <translation>The case database could not be opened</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="287" />
        <source>无法打开案件数据库</source>
        <translation>Cannot open the case database</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="294" />
        <source>案件数据库：%1</source>
        <translation>Case database: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/liability_wizard/gui/main_window.py" line="303" />
        <source>共 %n 件案件</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/liability_wizard/gui/main_window.py" line="304" />
        <source>约 %n 件案件</source>
        <translation><numerusform>about %n case</numerusform><numerusform>about %n cases</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="315" />
        <source>操作未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="323" />
        <source>案件数据有误</source>
        <translation>Invalid case data</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="333" />
        <source>回收站是空的。</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="335" />
        <source>没有找到与“%1”相符的案件。</source>
        <translation>No case matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="337" />
        <source>没有这一结论的案件。</source>
        <translation>No case has this conclusion.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="339" />
        <source>还没有案件。按 Ctrl+N 新建一件。</source>
        <translation>No cases yet. Press Ctrl+N for a new one.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="399" />
        <source>新案件 %1</source>
        <translation>New case %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="461" />
        <source>打开案件 %1</source>
        <translation>Open case %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="500" />
        <source>案件已移到回收站，可在“回收站”中还原。</source>
        <translation>The case was moved to the trash; it can be restored from there.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="507" />
        <source>案件已还原。</source>
        <translation>The case was restored.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="513" />
        <source>永久删除</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="513" />
        <source>永久删除后无法恢复。确定删除这件案件吗？</source>
        <translation>A permanently deleted case cannot be recovered. Delete it?</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="524" />
        <source>导入案件文件</source>
        <translation>Import case file</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="525" />
        <location filename="../../src/liability_wizard/gui/main_window.py" line="581" />
        <source>案件文件 (*%1)</source>
        <translation>Case files (*%1)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="549" />
        <source>已导入：%1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="580" />
        <source>导出案件文件</source>
        <translation>Export case file</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="595" />
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="595" />
        <source>无法写入文件 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="598" />
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="671" />
        <source>律所信息</source>
        <translation>Firm details</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="671" />
        <source>尚未填写律所信息，是否现在填写？</source>
        <translation>The firm's details are not filled in yet. Fill them in now?</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="707" />
        <source>新的案件数据库设置将在下次启动时生效。</source>
        <translation>The new case database setting takes effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="724" />
        <source>设置未写入文件</source>
        <translation>Settings file not written</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/main_window.py" line="725" />
        <source>律师事务所信息已保存在案件数据库中，但无法写入设置文件：%1</source>
        <translation>The firm's details were saved in the case database, but the settings file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="207" />
        <source>元，未知可留空</source>
        <translation>CNY; leave empty if unknown</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="218" />
        <source>金额不能为负数</source>
        <translation>Amounts cannot be negative</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="16" />
        <source>平台自营</source>
        <translation>Self-operated</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="17" />
        <source>不能提供卖家身份</source>
        <translation>Seller identity</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="18" />
        <source>平台承诺</source>
        <translation>Platform promise</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="19" />
        <source>知道或应当知道</source>
        <translation>Knew or should have known</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="20" />
        <source>通知与删除</source>
        <translation>Notice and takedown</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="21" />
        <source>资质审核与安全保障</source>
        <translation>Qualification review and safety</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="22" />
        <source>食品平台义务</source>
        <translation>Food platform duties</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="25" />
        <source>应承担责任</source>
        <translation>liable</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="26" />
        <source>不承担责任</source>
        <translation>not liable</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="27" />
        <source>尚不确定</source>
        <translation>uncertain</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="28" />
        <source>不适用</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="31" />
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="32" />
        <source>作为销售者承担责任</source>
        <translation>as the seller</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="33" />
        <source>先行赔偿（可向卖家追偿）</source>
        <translation>advance compensation (recoverable from the seller)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="34" />
        <source>履行承诺</source>
        <translation>perform its promise</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="35" />
        <source>连带责任</source>
        <translation>joint liability</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="36" />
        <source>对损害扩大部分承担连带责任</source>
        <translation>joint liability for the loss after the notice</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="37" />
        <source>相应的责任</source>
        <translation>corresponding liability</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="40" />
        <source>平台应承担责任</source>
        <translation>The platform is liable</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="41" />
        <source>平台不承担责任</source>
        <translation>The platform is not liable</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="42" />
        <source>尚不确定，需补充事实</source>
        <translation>Uncertain: more facts needed</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/core/evaluation_names.py" line="43" />
        <source>不在本程序评估范围内</source>
        <translation>Outside what this program assesses</translation>
    </message>
</context>
<context>
    <name>PathSummary</name>
    <message>
        <location filename="../../src/liability_wizard/gui/path_summary.py" line="30" />
        <source>尚无法评估</source>
        <translation>Cannot be evaluated yet</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/path_summary.py" line="34" />
        <source>已填写的页面：</source>
        <translation>Pages gone through: </translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/path_summary.py" line="34" />
        <source>评估结论：</source>
        <translation>Conclusion: </translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="55" />
        <source>消费者</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="56" />
        <source>权利人（知识产权、名誉等）</source>
        <translation>Rights holder (IP, reputation…)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="59" />
        <source>商品</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="60" />
        <source>食品</source>
        <translation>Food</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="61" />
        <source>药品</source>
        <translation>Drug</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="62" />
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="63" />
        <source>网络内容（帖子、视频等）</source>
        <translation>Online content (posts, videos…)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="66" />
        <source>财产损失</source>
        <translation>Property loss</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="67" />
        <source>人身损害</source>
        <translation>Personal injury</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="68" />
        <source>知识产权受侵害</source>
        <translation>IP infringed</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="69" />
        <source>名誉受侵害</source>
        <translation>Reputation harmed</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="70" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="73" />
        <source>完整提供（名称、地址、有效联系方式）</source>
        <translation>Fully (name, address, valid contact)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="74" />
        <source>只提供了一部分</source>
        <translation>Only partly</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="75" />
        <source>没有提供</source>
        <translation>Not at all</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="76" />
        <source>提供了，但不真实或已失效</source>
        <translation>Given, but untrue or no longer valid</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="78" />
        <source>未采取任何措施</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="78" />
        <source>及时采取了必要措施</source>
        <translation>Necessary measures in time</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="79" />
        <source>采取措施不及时</source>
        <translation>Too late</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="80" />
        <source>采取了部分措施，但不是必要措施（如仅删除被通知的链接）</source>
        <translation>Some steps, not the necessary ones (e.g. only the notified link deleted)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="81" />
        <source>多次被投诉</source>
        <translation>Repeated complaints</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="82" />
        <source>侵权明显</source>
        <translation>Obvious infringement</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="83" />
        <source>平台推荐、推广过</source>
        <translation>Promoted by the platform</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="84" />
        <source>平台编辑、整理过</source>
        <translation>Edited by the platform</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="85" />
        <source>价格明显异常</source>
        <translation>Abnormal price</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="86" />
        <source>经营者曾受过处罚</source>
        <translation>Prior penalty</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="87" />
        <source>监管部门曾通知平台</source>
        <translation>Regulator notified the platform</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="89" />
        <source>平台自己</source>
        <translation>The platform itself</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="90" />
        <source>店铺（卖家）</source>
        <translation>The shop (seller)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="91" />
        <source>平台公布的、要求商家执行的赔付标准</source>
        <translation>A compensation standard the platform publishes for its sellers</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="92" />
        <source>客服的答复</source>
        <translation>A customer-service reply</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="93" />
        <source>平台公布的规则</source>
        <translation>A published platform rule</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="94" />
        <source>保障计划（如“假一赔十”服务）</source>
        <translation>A protection plan (e.g. 'ten times for a fake')</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="95" />
        <source>商标权</source>
        <translation>Trademark</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="96" />
        <source>著作权</source>
        <translation>Copyright</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="97" />
        <source>专利权</source>
        <translation>Patent</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="101" />
        <source>案件名称(&amp;T)</source>
        <translation>Case &amp;title</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="102" />
        <source>本所案号</source>
        <translation>Our reference</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="103" />
        <source>委托人身份</source>
        <translation>Client role</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="104" />
        <source>委托人姓名/名称</source>
        <translation>Client name</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="105" />
        <source>委托人联系方式</source>
        <translation>Client contact</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="106" />
        <source>平台名称</source>
        <translation>Platform name</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="107" />
        <source>平台自己销售（自营）</source>
        <translation>Sold by the platform itself</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="108" />
        <source>标注“自营”或足以使人误认为自营</source>
        <translation>Labelled or presented as self-operated</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="109" />
        <source>货款由平台以自己的名义收取（收款方为平台）</source>
        <translation>The platform collected the price in its own name (payee)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="111" />
        <source>通过直播间销售（直播带货）</source>
        <translation>Sold in a live stream</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="113" />
        <source>直播间运营者已明确表明自己不是卖家，并说明了卖家是谁</source>
        <translation>The live-stream room operator made clear it was not the seller and named the seller</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="115" />
        <source>直播间运营者知道或应当知道商品不安全</source>
        <translation>The room operator knew or should have known the goods were unsafe</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="116" />
        <source>外卖（网络餐饮服务）平台</source>
        <translation>Food-delivery platform</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="117" />
        <source>平台援引用户协议中的免责格式条款</source>
        <translation>Platform relies on an exclusion clause</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="118" />
        <source>免责条款原文</source>
        <translation>The exclusion clause, verbatim</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="119" />
        <source>卖家名称</source>
        <translation>Seller name</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="120" />
        <source>卖家地址</source>
        <translation>Seller address</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="121" />
        <source>卖家联系方式</source>
        <translation>Seller contact</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="124" />
        <source>交易（或侵权行为）日期</source>
        <translation>Date of purchase (or infringing act)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="125" />
        <source>侵权链接或内容仍在线的日期</source>
        <translation>Still online on</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="126" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="127" />
        <source>标的（商品、服务或内容）</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="128" />
        <source>价款（元）</source>
        <translation>Price (CNY)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="129" />
        <source>关系消费者生命健康的商品或服务</source>
        <translation>Bears on life and health</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="132" />
        <source>损害类型</source>
        <translation>Kinds of harm</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="133" />
        <source>受侵害的知识产权</source>
        <translation>Intellectual property right infringed</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="134" />
        <source>主张的实际损失（元）</source>
        <translation>Actual loss claimed (CNY)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="135" />
        <source>其中在投诉或通知平台之后才发生的损失（元）</source>
        <translation>Of which loss arising after the complaint or notice (CNY)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="136" />
        <source>知道受损害以及谁应负责的日期</source>
        <translation>Date the client knew of the harm and who was responsible</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="146" />
        <source>问题只是标签小错，既不影响安全也不会误导</source>
        <translation>Only a small label flaw that neither harms safety nor misleads</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="240" />
        <source>诉讼时效</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="241" />
        <source>诉讼时效期间为三年，自知道权利受到损害以及义务人之日起计算（《民法典》第一百八十八条）；权利人向义务人提出履行请求、义务人同意履行、提起诉讼或者申请仲裁、调解等，诉讼时效中断，从中断、有关程序终结时起重新计算（《民法典》第一百九十五条）。</source>
        <translation>The limitation period is three years from when the client knew of the harm and the obligor (Civil Code art. 188); a demand, the obligor's agreement to perform, a lawsuit, arbitration or mediation interrupts it, and it runs anew from the interruption or the end of the procedure (art. 195).</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="245" />
        <source>复核</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="246" />
        <source>逐项核对已填写的答案，点“修改”回到提问处；尚未回答的问题可点击补充。备注原样印入法律意见书。</source>
        <translation>Check every answer; 'Change' goes back to the question, and open questions are links. The notes are printed in the letter as written.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="137" />
        <source>经营者有欺诈行为</source>
        <translation>Seller fraud</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="138" />
        <source>购买时已知道是假货、次品或不安全</source>
        <translation>When buying, the client knew the goods were fake, defective or unsafe</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="140" />
        <source>其中合理生活消费数量的价款（元）</source>
        <translation>Of which the price of a reasonable household quantity (CNY)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="141" />
        <source>明知缺陷仍销售，造成死亡或严重健康损害</source>
        <translation>Knowingly defective, death or serious injury</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="142" />
        <source>造成死亡或健康严重损害</source>
        <translation>Caused death or serious damage to health</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="143" />
        <source>食品不符合食品安全标准</source>
        <translation>Food below safety standards</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="144" />
        <source>假药、劣药</source>
        <translation>Fake or substandard drug</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="145" />
        <source>经营者明知食品/药品不安全</source>
        <translation>Seller knew it was unsafe</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="149" />
        <source>委托人已要求平台提供卖家信息</source>
        <translation>Client asked the platform for the seller's details</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="150" />
        <source>平台提供的卖家真实名称、地址和有效联系方式</source>
        <translation>Seller's real name, address and contact provided</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="152" />
        <source>卖家已不在该平台经营</source>
        <translation>Seller has left the platform</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="153" />
        <source>平台能证明最近一次核验时信息真实有效</source>
        <translation>Platform can prove the data were valid when last verified</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="157" />
        <source>平台作出了高于法律要求的承诺（先行赔付、假一赔十等）</source>
        <translation>Platform promised more than the law requires</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="159" />
        <source>承诺是谁作出的</source>
        <translation>Who made the promise</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="160" />
        <source>承诺的形式</source>
        <translation>Form of the promise</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="161" />
        <source>承诺原文</source>
        <translation>Promise, verbatim</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="162" />
        <source>承诺赔付的金额（元）</source>
        <translation>Promised amount (CNY)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="163" />
        <source>或承诺按价款的几倍赔付（假一赔五填 5）</source>
        <translation>Or the promised multiple of the price (5 for 'five times for a fake')</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="164" />
        <source>承诺比法律规定更有利于消费者</source>
        <translation>More favourable than the law</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="165" />
        <source>平台已经履行了承诺</source>
        <translation>Platform has honoured it</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="168" />
        <source>平台收到过投诉或通知</source>
        <translation>Platform received a complaint or notice</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="169" />
        <source>通知日期</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="170" />
        <source>通知内容完整（身份与联系方式、定位信息、初步证据）</source>
        <translation>Notice complete (identity, location, evidence)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="172" />
        <source>平台已将通知转送卖家/用户</source>
        <translation>Forwarded to the seller / user</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="173" />
        <source>平台采取的措施</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="174" />
        <source>采取措施的日期</source>
        <translation>Measures date</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="175" />
        <source>投诉之后卖家仍未履行（不发货、拒绝退款等）</source>
        <translation>After the complaint the seller still did not perform (no delivery, no refund)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="178" />
        <source>纠纷未了结时平台让卖家退出（或退还保证金、放款）</source>
        <translation>While the dispute was pending the platform let the seller leave (or released its deposit or funds)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="179" />
        <source>表明平台应当知道的事实</source>
        <translation>Facts showing it should have known</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="182" />
        <source>平台对食品经营者进行了实名登记</source>
        <translation>Seller's real name registered</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="183" />
        <source>平台审查了食品经营许可证</source>
        <translation>Food licence reviewed</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="184" />
        <source>平台发现了严重违法行为</source>
        <translation>Serious violation found</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="185" />
        <source>平台随后停止提供平台服务</source>
        <translation>Service then stopped</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="188" />
        <source>平台审核了经营者的资质资格</source>
        <translation>Seller qualifications reviewed</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="189" />
        <source>平台未尽到对消费者的安全保障义务</source>
        <translation>Safety duty to consumers breached</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="192" />
        <source>诉讼时效中断事由</source>
        <translation>Acts interrupting limitation</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="195" />
        <source>律师备注（原样印入意见书）</source>
        <translation>Lawyer's notes (printed as written)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="201" />
        <source>当事人与平台</source>
        <translation>Parties and platform</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="202" />
        <source>委托人的身份决定适用哪些责任依据：消费者依《消费者权益保护法》第四十四条、《电子商务法》第三十八条；权利人依《民法典》第一千一百九十五条、第一千一百九十七条。平台自营的，依《消费者权益保护法》第四十条、《电子商务法》第三十七条第二款作为销售者承担责任；免除平台责任的格式条款依《消费者权益保护法》第二十六条无效。</source>
        <translation>The client's role decides the grounds: a consumer relies on Consumer Protection Law art. 44 and E-Commerce Law art. 38; a rights holder on Civil Code arts. 1195 and 1197. A self-operating platform answers as the seller (Consumer Protection Law art. 40, E-Commerce Law art. 37(2)); a standard term excluding its liability is void (Consumer Protection Law art. 26).</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="207" />
        <source>交易</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="208" />
        <source>交易或侵权行为的日期决定适用哪一部法律：2014年3月15日起适用修正后的《消费者权益保护法》，2019年1月1日起适用《电子商务法》，2021年1月1日起适用《民法典》；侵权内容持续到2021年以后的，依最高人民法院关于《民法典》时间效力的规定第一条适用民法典。关系生命健康的商品适用《电子商务法》第三十八条第二款。</source>
        <translation>The date picks the law: the amended Consumer Protection Law from 2014-03-15, the E-Commerce Law from 2019-01-01, the Civil Code from 2021-01-01; content still online after 2020 falls under the Civil Code (SPC provisions on the Civil Code's temporal effect, art. 1). Life-and-health goods: E-Commerce Law art. 38(2).</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="213" />
        <source>损害</source>
        <translation>Harm</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="214" />
        <source>损失决定赔偿数额；欺诈适用《消费者权益保护法》第五十五条第一款，明知缺陷造成严重损害适用第五十五条第二款，不符合食品安全标准的食品适用《食品安全法》第一百四十八条第二款，假药、劣药适用《药品管理法》第一百四十四条第三款。知道损害的日期决定诉讼时效的起算（《民法典》第一百八十八条）。</source>
        <translation>The loss sets the compensation; fraud: Consumer Protection Law art. 55(1); known defects causing serious harm: art. 55(2); unsafe food: Food Safety Law art. 148(2); fake or substandard drugs: Drug Administration Law art. 144(3). The date the harm became known starts the limitation period (Civil Code art. 188).</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="219" />
        <source>卖家身份</source>
        <translation>Seller identity</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="220" />
        <source>《消费者权益保护法》第四十四条第一款：平台不能提供销售者的真实名称、地址和有效联系方式的，消费者可以要求平台赔偿；《电子商务法》第二十七条要求平台核验、登记并定期核验经营者身份信息。权利人起诉直接侵权人同样需要这些信息。</source>
        <translation>Consumer Protection Law art. 44(1): a platform that cannot give the seller's real name, address and valid contact must compensate the consumer; E-Commerce Law art. 27 requires it to verify, register and re-verify sellers. A rights holder suing the infringer needs the same details.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="224" />
        <source>平台承诺</source>
        <translation>Platform promise</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="225" />
        <source>《消费者权益保护法》第四十四条第一款：平台作出更有利于消费者的承诺的，应当履行承诺。</source>
        <translation>Consumer Protection Law art. 44(1): a platform that promised more favourable terms must keep its promise.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="227" />
        <source>通知与知情</source>
        <translation>Notice and knowledge</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="228" />
        <source>平台知道或者应当知道侵权而未采取必要措施的，承担连带责任：消费者依《消费者权益保护法》第四十四条第二款、《电子商务法》第三十八条第一款；权利人依《民法典》第一千一百九十五条（通知与删除）、第一千一百九十七条，2021年以前为《侵权责任法》第三十六条。</source>
        <translation>A platform that knew or should have known and took no necessary measures is jointly liable: for consumers Consumer Protection Law art. 44(2) and E-Commerce Law art. 38(1); for rights holders Civil Code arts. 1195 (notice and takedown) and 1197, before 2021 Tort Liability Law art. 36.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="232" />
        <source>食品平台义务</source>
        <translation>Food platform duties</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="233" />
        <source>《食品安全法》第一百三十一条第一款：网络食品交易第三方平台未对入网食品经营者实名登记、审查许可证，或者发现严重违法行为未停止提供服务的，与食品经营者承担连带责任。</source>
        <translation>Food Safety Law art. 131(1): a food trading platform that did not register the seller's real name or review its licence, or did not stop serving it after finding a serious violation, is jointly liable.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="236" />
        <source>资质审核与安全保障</source>
        <translation>Qualification review and safety</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/questions.py" line="237" />
        <source>《电子商务法》第三十八条第二款：对关系消费者生命健康的商品或者服务，平台对经营者资质资格未尽到审核义务，或者对消费者未尽到安全保障义务，造成消费者损害的，依法承担相应的责任。</source>
        <translation>E-Commerce Law art. 38(2): for goods or services bearing on life and health, a platform that failed to review the seller's qualifications or breached its safety duty bears corresponding liability for the harm.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../src/liability_wizard/gui/result_panel.py" line="50" />
        <source>填写事实后，这里显示评估结果。</source>
        <translation>The assessment appears here as facts are entered.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/result_panel.py" line="93" />
        <source>尚缺事实：</source>
        <translation>Missing facts: </translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/result_panel.py" line="107" />
        <source>（法律分析以中文显示）</source>
        <translation>The legal analysis below is in Chinese, as is the opinion letter.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/result_panel.py" line="134" />
        <source>责任：</source>
        <translation>Liability: </translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/result_panel.py" line="136" />
        <location filename="../../src/liability_wizard/gui/result_panel.py" line="148" />
        <location filename="../../src/liability_wizard/gui/result_panel.py" line="171" />
        <source>依据：</source>
        <translation>Basis: </translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/result_panel.py" line="142" />
        <source>损失赔偿：</source>
        <translation>Compensation: </translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/result_panel.py" line="142" />
        <source>扩大部分：</source>
        <translation>Loss after notice: </translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/result_panel.py" line="143" />
        <source>惩罚性赔偿：</source>
        <translation>Punitive damages: </translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/result_panel.py" line="144" />
        <source>赔偿</source>
        <translation>Damages</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/result_panel.py" line="156" />
        <source>尚无法计算</source>
        <translation>cannot be computed yet</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/result_panel.py" line="162" />
        <source>⚠ 已届满</source>
        <translation>⚠ expired</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/liability_wizard/gui/result_panel.py" line="166" />
        <source>⚠ 即将届满（剩余 %n 天）</source>
        <translation><numerusform>⚠ expires soon (%n day left)</numerusform><numerusform>⚠ expires soon (%n days left)</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/result_panel.py" line="168" />
        <source>诉讼时效</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/result_panel.py" line="168" />
        <source>届满日：</source>
        <translation>Deadline: </translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="34" />
        <source>卖家（销售者）</source>
        <translation>Seller</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="35" />
        <source>生产者</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="36" />
        <source>直播间运营者</source>
        <translation>Live-stream room operator</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="37" />
        <source>直接侵权人</source>
        <translation>Direct infringer</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="41" />
        <source>尚无法评估：有必填项未填写</source>
        <extracomment>Texts used inside f-strings below, marked here so that lupdate finds them.</extracomment>
        <translation>Cannot be evaluated: a required answer is missing</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="42" />
        <source>若尚缺的事实最终无法证明：</source>
        <translation>If the open facts stay unproven: </translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="43" />
        <source>还可以向谁主张</source>
        <translation>Others the client can claim against</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="44" />
        <source>所有问题均已回答。</source>
        <translation>Every question is answered.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="45" />
        <source>尚有 %1 个问题未回答</source>
        <translation>%1 question(s) not answered yet</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="47" />
        <source>赔偿</source>
        <translation>Damages</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="47" />
        <source>诉讼时效</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="61" />
        <source>（未回答）</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="63" />
        <source>不清楚</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="65" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="65" />
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="71" />
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="72" />
        <source>%1 项</source>
        <translation>%1 item(s)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="73" />
        <source>以上都没有</source>
        <translation>None of these</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="124" />
        <source>损失赔偿</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="125" />
        <source>惩罚性赔偿</source>
        <translation>Punitive damages</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="127" />
        <source>扩大部分</source>
        <translation>Expanded loss</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="129" />
        <source>平台承诺的赔付</source>
        <translation>Promised by the platform</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="133" />
        <source>诉讼时效届满日尚无法计算</source>
        <translation>The limitation deadline cannot be computed yet</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="136" />
        <source>诉讼时效最早可能于%1届满</source>
        <translation>Limitation may expire as early as %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="137" />
        <source>诉讼时效届满日：%1</source>
        <translation>Limitation expires on %1</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="148" />
        <source>%1只知道到月（%2）：%3的结论取决于具体哪一天，请补充具体日期。</source>
        <translation>%1 is known only to the month (%2): the %3 conclusion turns on the exact day; please ask for it.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="179" />
        <source>请核对：</source>
        <translation>Please check: </translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/review.py" line="182" />
        <source>修改</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="27" />
        <source>律所信息与语言</source>
        <translation>Firm and language</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="35" />
        <source>律所要求两名律师签署时填写</source>
        <translation>Fill in when the firm requires two signing lawyers</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="40" />
        <source>选择(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="51" />
        <source>律师事务所名称(&amp;N)</source>
        <translation>Law firm &amp;name</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="52" />
        <source>地址(&amp;D)</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="53" />
        <source>电话(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="54" />
        <source>邮编(&amp;Z)</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="55" />
        <source>电子邮箱(&amp;M)</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="56" />
        <source>承办律师(&amp;L)</source>
        <translation>&amp;Lawyer</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="57" />
        <source>执业证号(&amp;I)</source>
        <translation>L&amp;icence no.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="58" />
        <source>第二承办律师(&amp;S)</source>
        <translation>&amp;Second lawyer</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="59" />
        <source>第二承办律师执业证号(&amp;X)</source>
        <translation>Second lawyer's licence no. (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="60" />
        <source>徽标图片(&amp;G)</source>
        <translation>Lo&amp;go image</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="63" />
        <source>界面语言(&amp;U)</source>
        <translation>&amp;User interface language</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="64" />
        <source>界面语言在下次启动时生效。</source>
        <translation>The language applies from the next start.</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="72" />
        <source>选择徽标图片</source>
        <translation>Choose a logo image</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/settings_dialog.py" line="73" />
        <source>图片 (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../src/liability_wizard/gui/step_list.py" line="50" />
        <source>（%1 未答）</source>
        <translation> (%1 open)</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/step_list.py" line="61" />
        <source>第 %1 步，共 %2 步</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>TriStateChoice</name>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="83" />
        <source>是</source>
        <extracomment>Money as typed: digits, at most two decimals; a minus sign is let in so that it can be explained. Long enough for any real case name, short enough that a letter's first page stays a letter (P15).</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="83" />
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/liability_wizard/gui/answer_widgets.py" line="83" />
        <source>不清楚</source>
        <translation>Unknown</translation>
    </message>
</context>
</TS>