<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>This link is no longer valid. Ask the facilitator for yours.</source>
        <translation>此链接已失效。请向主持人索取您的链接。</translation>
    </message>
    <message>
        <source>The answer could not be read.</source>
        <translation>无法读取该回答。</translation>
    </message>
    <message>
        <source>You said you are done; ask the facilitator to reopen.</source>
        <translation>您已表示完成；如需修改，请联系主持人重新开放。</translation>
    </message>
    <message>
        <source>That is not one of your questions.</source>
        <translation>这不是分配给您的问题。</translation>
    </message>
    <message>
        <source>{name}: answer to {question}</source>
        <translation>{name}：回答了 {question}</translation>
    </message>
    <message>
        <source>{name} is done</source>
        <translation>{name} 已完成</translation>
    </message>
    <message>
        <source>Cannot listen on {host} port {port}: {why}. Choose another address or port.</source>
        <translation>无法在 {host} 的端口 {port} 上监听：{why}。请选择其他地址或端口。</translation>
    </message>
    <message>
        <source>Too many wrong links; wait a minute.</source>
        <translation>无效链接过多；请等待一分钟。</translation>
    </message>
    <message>
        <source>Answering has stopped for now.</source>
        <translation>答题暂时已停止。</translation>
    </message>
    <message>
        <source>Refused: open the link exactly as it was given.</source>
        <translation>已拒绝：请完全按原样打开所提供的链接。</translation>
    </message>
    <message>
        <source>This link is not valid. Ask the facilitator for yours.</source>
        <translation>此链接无效。请向主持人索取您的链接。</translation>
    </message>
    <message>
        <source>Refused: the request came from another site.</source>
        <translation>已拒绝：该请求来自其他网站。</translation>
    </message>
    <message>
        <source>Refused: reload the page and try again.</source>
        <translation>已拒绝：请刷新页面后重试。</translation>
    </message>
    <message>
        <source>The answer must be sent as JSON.</source>
        <translation>回答必须以 JSON 格式发送。</translation>
    </message>
    <message>
        <source>The answer is too long.</source>
        <translation>回答过长。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>新建研讨会(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>打开演示研讨会(&amp;D)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Import &amp;answers (CSV)…</source>
        <translation>导入回答 (CSV)(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Import &amp;pre-work workbook…</source>
        <translation>导入会前准备工作簿(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Edit the &amp;questionnaire…</source>
        <translation>编辑问卷(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Glossary of the questionnaire</source>
        <translation>问卷术语表(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About Partnership Workshop</source>
        <translation>关于 Partnership Workshop(&amp;A)</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside Partnership Workshop. Your last saved change is safe in the workshop file; the app keeps running. Please send the details below to your support contact.</source>
        <translation>Partnership Workshop 内部出现问题。您最后保存的更改已安全存入研讨会文件，应用程序将继续运行。请将以下详细信息发送给您的支持联系人。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详细信息</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>（无日志文件）</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No owner: nobody decides and nobody has joint approval.</source>
        <translation>无负责方：没有人决策，也没有人拥有共同批准权。</translation>
    </message>
    <message>
        <source>Two or more partners decide alone: say who has the final word.</source>
        <translation>两个或更多合作方单独决策：请明确由谁最终拍板。</translation>
    </message>
    <message>
        <source>One partner decides alone but the decision is also marked joint approval: keep one.</source>
        <translation>一方单独决策，但该决策同时被标记为共同批准：请只保留其一。</translation>
    </message>
    <message>
        <source>Only one partner is marked for joint approval: joint approval needs at least two partners.</source>
        <translation>只有一方被标记为共同批准：共同批准至少需要两个合作方。</translation>
    </message>
    <message>
        <source>The last workshop, {path}, is no longer there.</source>
        <translation>上次使用的研讨会 {path} 已不存在。</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>This questionnaire has no glossary.</source>
        <translation>此问卷没有术语表。</translation>
    </message>
    <message>
        <source>does not know (no position)</source>
        <translation>不知道（无立场）</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>无回答</translation>
    </message>
    <message>
        <source>; {n} said don&apos;t know</source>
        <translation>；{n} 人回答“不知道”</translation>
    </message>
    <message>
        <source>Defined {value} (0% not discussed, 100% agreed in writing)</source>
        <translation>定义程度 {value}（0% 表示未讨论，100% 表示已书面约定）</translation>
    </message>
    <message>
        <source>{n} answered</source>
        <translation>{n} 人作答</translation>
    </message>
    <message>
        <source>, consensus {value}</source>
        <translation>，共识度 {value}</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>median {value}; answers: {spread} ({people})</source>
        <translation>中位数 {value}；回答：{spread}（{people}）</translation>
    </message>
    <message>
        <source>mean rank: {parts} ({people})</source>
        <translation>平均排名：{parts}（{people}）</translation>
    </message>
    <message>
        <source>Program baseline: architecture</source>
        <translation>项目基线：架构</translation>
    </message>
    <message>
        <source>design vs industrialization</source>
        <translation>设计与工业化</translation>
    </message>
    <message>
        <source>Program baseline: cost</source>
        <translation>项目基线：成本</translation>
    </message>
    <message>
        <source>engineering vs purchasing</source>
        <translation>研发与采购</translation>
    </message>
    <message>
        <source>Program baseline: timing</source>
        <translation>项目基线：进度</translation>
    </message>
    <message>
        <source>Change control of the program baselines</source>
        <translation>项目基线的变更控制</translation>
    </message>
    <message>
        <source>Deviations from the baseline</source>
        <translation>偏离基线</translation>
    </message>
    <message>
        <source>Quality and standards disputes</source>
        <translation>质量与标准争议</translation>
    </message>
    <message>
        <source>Design to industrialization hand-over</source>
        <translation>从设计到工业化的移交</translation>
    </message>
    <message>
        <source>Supplier selection</source>
        <translation>供应商选择</translation>
    </message>
    <message>
        <source>Hardware vs software release scope</source>
        <translation>硬件与软件的发布范围</translation>
    </message>
    <message>
        <source>hardware vs software</source>
        <translation>硬件与软件</translation>
    </message>
    <message>
        <source>Regional vs global variants</source>
        <translation>区域版本与全球版本</translation>
    </message>
    <message>
        <source>global vs regional</source>
        <translation>全球与区域</translation>
    </message>
    <message>
        <source>Speed vs customization trade-offs</source>
        <translation>速度与定制化的取舍</translation>
    </message>
    <message>
        <source>Cost vs performance trade-offs</source>
        <translation>成本与性能的取舍</translation>
    </message>
    <message>
        <source>Dispute resolution between partners</source>
        <translation>合作方之间的争议解决</translation>
    </message>
    <message>
        <source>Workshop damaged</source>
        <translation>研讨会文件已损坏</translation>
    </message>
    <message>
        <source>{problem}

Put the newest healthy backup in its place now? The damaged file is kept in the backup folder.</source>
        <translation>{problem}

是否立即用最新的完好备份替换它？损坏的文件将保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>备份未恢复</translation>
    </message>
    <message>
        <source>competitively sensitive: share only within the clean-team rules</source>
        <translation>竞争敏感：仅可在洁净团队规则范围内共享</translation>
    </message>
    <message>
        <source> … (full text in the full report)</source>
        <translation> …（完整文本见完整报告）</translation>
    </message>
    <message>
        <source>Leadership summary</source>
        <translation>管理层摘要</translation>
    </message>
    <message>
        <source>Full workshop report</source>
        <translation>研讨会完整报告</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>十亿</translation>
    </message>
    <message>
        <source>m</source>
        <translation>百万</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>一位参与者</translation>
    </message>
    <message>
        <source>{partner} promises {peak} {unit} against {capacity} declared</source>
        <translation>{partner} 承诺 {peak} {unit}，而申报产能为 {capacity}</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation>尚无合作方</translation>
    </message>
    <message>
        <source>date not set</source>
        <translation>日期未定</translation>
    </message>
    <message>
        <source>Facilitator: </source>
        <translation>主持人：</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Not labelled</source>
        <translation>无保密标识</translation>
    </message>
    <message>
        <source>To decide before signing</source>
        <translation>签约前需决定的事项</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>of</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Alignment index</source>
        <translation>一致性指数</translation>
    </message>
    <message>
        <source>mean of the element scores, 0 = none, 100 = full agreement</source>
        <translation>各要素得分的平均值，0 = 无一致，100 = 完全一致</translation>
    </message>
    <message>
        <source>not available: no scored answers from two or more partners yet</source>
        <translation>暂无：尚无来自两个或更多合作方的计分回答</translation>
    </message>
    <message>
        <source>Definition index</source>
        <translation>定义指数</translation>
    </message>
    <message>
        <source>how far the terms are defined, 0 = not discussed, 100 = agreed in writing</source>
        <translation>条款的定义程度，0 = 未讨论，100 = 已书面约定</translation>
    </message>
    <message>
        <source>not available: no definition question answered yet</source>
        <translation>暂无：尚无人回答定义类问题</translation>
    </message>
    <message>
        <source>Readiness checks passed</source>
        <translation>已通过的准备情况检查</translation>
    </message>
    <message>
        <source>{value}% of the checks before the term sheet</source>
        <translation>条款清单前检查项的 {value}%</translation>
    </message>
    <message>
        <source>Gaps not resolved</source>
        <translation>未解决的差距</translation>
    </message>
    <message>
        <source>of {n} gaps: partners differ, nobody has defined it, or a partner does not know</source>
        <translation>共 {n} 个差距：合作方存在分歧、无人定义，或有合作方不知道</translation>
    </message>
    <message>
        <source>discussed, not agreed</source>
        <translation>已讨论，未达成一致</translation>
    </message>
    <message>
        <source>No gap blocks signing: every question below the gap threshold is resolved.</source>
        <translation>没有阻碍签约的差距：所有低于差距阈值的问题均已解决。</translation>
    </message>
    <message>
        <source>No gaps: no question is below the gap threshold, or too few answers are in yet.</source>
        <translation>没有差距：没有问题低于差距阈值，或目前回答过少。</translation>
    </message>
    <message>
        <source>Gaps that block signing</source>
        <translation>阻碍签约的差距</translation>
    </message>
    <message>
        <source>Gaps that block signing ({n})</source>
        <translation>阻碍签约的差距（{n}）</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Where each partner stands</source>
        <translation>各合作方立场</translation>
    </message>
    <message>
        <source>{n} more open gaps are listed under “{section}”.</source>
        <translation>另有 {n} 个未解决差距列于“{section}”中。</translation>
    </message>
    <message>
        <source>Alignment by element</source>
        <translation>各要素的一致性</translation>
    </message>
    <message>
        <source>{n} more under “{section}”.</source>
        <translation>另有 {n} 项列于“{section}”中。</translation>
    </message>
    <message>
        <source>Readiness checks not passed ({n})</source>
        <translation>未通过的准备情况检查（{n}）</translation>
    </message>
    <message>
        <source>Capacity overloads ({n})</source>
        <translation>产能超载（{n}）</translation>
    </message>
    <message>
        <source>Contributions by partner</source>
        <translation>各合作方的投入</translation>
    </message>
    <message>
        <source>Decision-rights conflicts ({n})</source>
        <translation>决策权冲突（{n}）</translation>
    </message>
    <message>
        <source>Decision rights</source>
        <translation>决策权</translation>
    </message>
    <message>
        <source>No open actions, gaps or readiness checks.</source>
        <translation>没有未完成的行动项、差距或准备情况检查。</translation>
    </message>
    <message>
        <source>owner not named yet</source>
        <translation>尚未指定负责人</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>截止 {date}</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>尚无日期</translation>
    </message>
    <message>
        <source>No scored answers yet</source>
        <translation>尚无计分回答</translation>
    </message>
    <message>
        <source>gap threshold</source>
        <translation>差距阈值</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>尚未计分</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合资企业</translation>
    </message>
    <message>
        <source>And {n} more in the full report.</source>
        <translation>完整报告中另有 {n} 项。</translation>
    </message>
    <message>
        <source>{report} of the partnership workshop {title}</source>
        <translation>合作研讨会“{title}”的{report}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>准备情况检查</translation>
    </message>
    <message>
        <source>No readiness checks.</source>
        <translation>无准备情况检查。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Questions in detail</source>
        <translation>问题详情</translation>
    </message>
    <message>
        <source>No questions in this section.</source>
        <translation>本章节没有问题。</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>不计分</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>尚无回答。</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Answers (identical answers counted once)</source>
        <translation>回答（相同回答只计一次）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Position (share of people choosing each option)</source>
        <translation>立场（选择各选项的人数占比）</translation>
    </message>
    <message>
        <source>Position (order by mean rank)</source>
        <translation>立场（按平均排名排序）</translation>
    </message>
    <message>
        <source>Position (mean share of the points)</source>
        <translation>立场（点数平均占比）</translation>
    </message>
    <message>
        <source>{passed} of {total} checks passed.</source>
        <translation>{total} 项检查中已通过 {passed} 项。</translation>
    </message>
    <message>
        <source>Element score {value} of 100.</source>
        <translation>要素得分 {value} / 100。</translation>
    </message>
    <message>
        <source> (text question)</source>
        <translation>（文本题）</translation>
    </message>
    <message>
        <source>: fewer than two partners answered</source>
        <translation>：作答的合作方少于两个</translation>
    </message>
    <message>
        <source>Alignment {value} of 100</source>
        <translation>一致性 {value} / 100</translation>
    </message>
    <message>
        <source>furthest apart: {pair}</source>
        <translation>分歧最大：{pair}</translation>
    </message>
    <message>
        <source>weight {value}</source>
        <translation>权重 {value}</translation>
    </message>
    <message>
        <source>single voice</source>
        <translation>仅一人作答</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识度</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Agreed position</source>
        <translation>商定立场</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>No participants recorded yet.</source>
        <translation>尚未记录参与者。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>职能</translation>
    </message>
    <message>
        <source>Finished answering</source>
        <translation>已完成作答</translation>
    </message>
    <message>
        <source>Questionnaire: {title} ({id}, version {version}), {n} questions.</source>
        <translation>问卷：{title}（{id}，版本 {version}），共 {n} 个问题。</translation>
    </message>
    <message>
        <source>Answers are shown per partner; no answer is attributed to a person. Long texts and lists are cut here; the full report has all of them.</source>
        <translation>回答按合作方显示，不对应到具体个人。较长的文本和列表在此处有删节，完整报告中收录全部内容。</translation>
    </message>
    <message>
        <source>Emoji are printed as their name in brackets, e.g. [automobile]: the report fonts have none.</source>
        <translation>表情符号以方括号中的名称显示，例如 [automobile]：报告字体不含表情符号。</translation>
    </message>
    <message>
        <source>No scored answers yet: alignment needs answers from two or more partners.</source>
        <translation>尚无计分回答：一致性需要来自两个或更多合作方的回答。</translation>
    </message>
    <message>
        <source>Scores from 0 (no alignment) to 100 (full agreement). Questions below {threshold} count as gaps.</source>
        <translation>得分从 0（无一致）到 100（完全一致）。低于 {threshold} 的问题计为差距。</translation>
    </message>
    <message>
        <source>Partner pair</source>
        <translation>合作方组合</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>By partner pair</source>
        <translation>按合作方组合</translation>
    </message>
    <message>
        <source>Gaps ({n})</source>
        <translation>差距（{n}）</translation>
    </message>
    <message>
        <source>The {n} largest of {total} gaps</source>
        <translation>{total} 个差距中最大的 {n} 个</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>题</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Furthest apart</source>
        <translation>分歧最大</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Where a partner&apos;s own team disagrees</source>
        <translation>合作方内部团队意见不一之处</translation>
    </message>
    <message>
        <source>Open (discussed)</source>
        <translation>未解决（已讨论）</translation>
    </message>
    <message>
        <source>No contributions recorded yet.</source>
        <translation>尚未记录投入。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>投入</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Totals and balance</source>
        <translation>合计与平衡</translation>
    </message>
    <message>
        <source>Gives: the value of what a partner contributes; gets: the value of contributions made to it directly. Contributions to the joint venture as a whole benefit all partners and are listed separately. Amounts are summed per currency, not converted.</source>
        <translation>给出：合作方所投入内容的价值；获得：直接投向该合作方的投入的价值。投向整个合资企业的投入惠及所有合作方，单独列示。金额按币种分别汇总，不作换算。</translation>
    </message>
    <message>
        <source>Gate: {gate}</source>
        <translation>关口：{gate}</translation>
    </message>
    <message>
        <source>Tracked by: {metric}</source>
        <translation>跟踪指标：{metric}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>负责人：{owner}</translation>
    </message>
    <message>
        <source>Joint venture as a whole</source>
        <translation>合资企业整体</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项数</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>Gives (value)</source>
        <translation>给出（价值）</translation>
    </message>
    <message>
        <source>Gets (value)</source>
        <translation>获得（价值）</translation>
    </message>
    <message>
        <source>No decision rights recorded yet.</source>
        <translation>尚未记录决策权。</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策事项</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>决策机构</translation>
    </message>
    <message>
        <source>blank: no part in the decision</source>
        <translation>空白：不参与该决策</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>治理</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>治理机构</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>会议频率</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>No governance bodies recorded yet.</source>
        <translation>尚未记录治理机构。</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>升级路径</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Taken to</source>
        <translation>提交至</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>No escalation path recorded yet.</source>
        <translation>尚未记录升级路径。</translation>
    </message>
    <message>
        <source>Review points</source>
        <translation>审查节点</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>May decide</source>
        <translation>可作出的决定</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No review points recorded yet.</source>
        <translation>尚未记录审查节点。</translation>
    </message>
    <message>
        <source>Exit terms</source>
        <translation>退出条款</translation>
    </message>
    <message>
        <source>Renewal timeline</source>
        <translation>续约时间表</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>通知期</translation>
    </message>
    <message>
        <source>Obligations after exit</source>
        <translation>退出后的义务</translation>
    </message>
    <message>
        <source>Rules for changes</source>
        <translation>变更规则</translation>
    </message>
    <message>
        <source>No exit terms recorded yet.</source>
        <translation>尚未记录退出条款。</translation>
    </message>
    <message>
        <source>Exit triggers</source>
        <translation>退出触发条件</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知期</translation>
    </message>
    <message>
        <source>No exit triggers recorded yet.</source>
        <translation>尚未记录退出触发条件。</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>尚未商定</translation>
    </message>
    <message>
        <source>Created jointly</source>
        <translation>共同创建</translation>
    </message>
    <message>
        <source>Shared assets on exit</source>
        <translation>退出时的共享资产</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>On exit</source>
        <translation>退出时</translation>
    </message>
    <message>
        <source>No shared assets recorded yet.</source>
        <translation>尚未记录共享资产。</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>No action items recorded yet.</source>
        <translation>尚未记录行动项。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Clause text</source>
        <translation>条款文本</translation>
    </message>
    <message>
        <source>Where the partners stand</source>
        <translation>各合作方立场</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes</source>
        <translation>主持人备注</translation>
    </message>
    <message>
        <source>Not agreed (draft on file: {draft}).</source>
        <translation>未达成一致（已有草稿：{draft}）。</translation>
    </message>
    <message>
        <source>Not agreed.</source>
        <translation>未达成一致。</translation>
    </message>
    <message>
        <source>Not yet defined: no partner has defined this yet.</source>
        <translation>尚未定义：尚无合作方对此作出定义。</translation>
    </message>
    <message>
        <source>(Draft on file: {draft})</source>
        <translation>（已有草稿：{draft}）</translation>
    </message>
    <message>
        <source> … (shortened: see the app)</source>
        <translation> …（已删节：请在应用中查看）</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>投入</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>{clause} (no row yet)</source>
        <translation>{clause}（尚无对应行）</translation>
    </message>
    <message>
        <source>no clause named</source>
        <translation>未指定条款</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未决事项</translation>
    </message>
    <message>
        <source>What must be settled before signing, with a link to the clause or row each concerns; then the action items.</source>
        <translation>签约前必须解决的事项，并链接到各自相关的条款或行；其后是行动项。</translation>
    </message>
    <message>
        <source>Open gaps ({n})</source>
        <translation>未解决的差距（{n}）</translation>
    </message>
    <message>
        <source>Alignment %</source>
        <translation>一致性 %</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>缺少的内容</translation>
    </message>
    <message>
        <source>Where to fix it</source>
        <translation>修正位置</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Declared capacity</source>
        <translation>申报产能</translation>
    </message>
    <message>
        <source>Promised at peak</source>
        <translation>峰值承诺</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>超载</translation>
    </message>
    <message>
        <source>Contribution clauses</source>
        <translation>投入条款</translation>
    </message>
    <message>
        <source>Capacity overload</source>
        <translation>产能超载</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>行动项 ID</translation>
    </message>
    <message>
        <source>From gap</source>
        <translation>来源差距</translation>
    </message>
    <message>
        <source>Action items ({n})</source>
        <translation>行动项（{n}）</translation>
    </message>
    <message>
        <source>Takes the decision alone</source>
        <translation>单独作出决定</translation>
    </message>
    <message>
        <source>The decision needs this party&apos;s approval together with the others marked J</source>
        <translation>该决定需经此方与其他标记为 J 的各方共同批准</translation>
    </message>
    <message>
        <source>Is asked before the decision is taken</source>
        <translation>在作出决定前征询意见</translation>
    </message>
    <message>
        <source>Is told once the decision is taken</source>
        <translation>在作出决定后知会</translation>
    </message>
    <message>
        <source>Term sheet: {title}</source>
        <translation>条款清单：{title}</translation>
    </message>
    <message>
        <source>Partnership term sheet</source>
        <translation>合作条款清单</translation>
    </message>
    <message>
        <source>Draft term sheet from the partnership workshop &apos;{title}&apos;.</source>
        <translation>来自合作研讨会“{title}”的条款清单草案。</translation>
    </message>
    <message>
        <source>{title}: alignment, readiness and the partners · {confidentiality}</source>
        <translation>{title}：一致性、准备情况与合作方 · {confidentiality}</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Primary purpose</source>
        <translation>主要目的</translation>
    </message>
    <message>
        <source>Secondary purposes</source>
        <translation>次要目的</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Alignment index (0–100)</source>
        <translation>一致性指数（0–100）</translation>
    </message>
    <message>
        <source>Definition index (0–100)</source>
        <translation>定义指数（0–100）</translation>
    </message>
    <message>
        <source>Readiness (checks passed)</source>
        <translation>准备情况（已通过检查）</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>保密级别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Clause A.x per goals question (head 2 of the heads of terms): agreed where its gap is resolved, open (with each partner&apos;s position) where it is not.</source>
        <translation>每个目标问题对应条款 A.x（条款清单第2项）：差距已解决的为已商定，未解决的为未决（并列出各合作方立场）。</translation>
    </message>
    <message>
        <source>Aligned: {position}</source>
        <translation>立场一致：{position}</translation>
    </message>
    <message>
        <source>What each partner brings, in executable terms (clauses B.x; head 4 of the heads of terms). Subtotals below are formulas over the whole table.</source>
        <translation>各合作方的投入，以可执行的条款表述（条款 B.x；条款清单第4项）。下方小计为覆盖整张表的公式。</translation>
    </message>
    <message>
        <source>Who decides at the seams (clauses C.x; head 6 of the heads of terms). D = decides, J = joint approval, C = consulted, I = informed; the cells offer these codes in a drop-down.</source>
        <translation>在衔接环节由谁决策（条款 C.x；条款清单第6项）。D = 决定，J = 共同批准，C = 征询意见，I = 知会；单元格提供这些代码的下拉选项。</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>{partner}: answers</source>
        <translation>{partner}：答案</translation>
    </message>
    <message>
        <source>{n} written answers, too long for one cell; see the app.</source>
        <translation>{n} 条书面回答，超出单元格长度；请在应用中查看。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Milestone gate</source>
        <translation>里程碑关口</translation>
    </message>
    <message>
        <source>Tracking metric</source>
        <translation>跟踪指标</translation>
    </message>
    <message>
        <source>For</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>估值</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Subtotals by partner</source>
        <translation>各合作方小计</translation>
    </message>
    <message>
        <source>Valuation subtotal</source>
        <translation>估值小计</translation>
    </message>
    <message>
        <source>Seam</source>
        <translation>衔接点</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>决策机构</translation>
    </message>
    <message>
        <source>Decision-rights conflict</source>
        <translation>决策权冲突</translation>
    </message>
    <message>
        <source>Decision right</source>
        <translation>决策权</translation>
    </message>
    <message>
        <source>Choose D (decides), J (joint approval), C (consulted) or I (informed).</source>
        <translation>请选择 D（决策）、J（共同批准）、C（征询）或 I（知会）。</translation>
    </message>
    <message>
        <source>D, J, C or I</source>
        <translation>D、J、C 或 I</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>具体含义</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>会议频率</translation>
    </message>
    <message>
        <source>Time limit (days)</source>
        <translation>时限（天）</translation>
    </message>
    <message>
        <source>May decide to</source>
        <translation>可作出的决定</translation>
    </message>
    <message>
        <source>Bodies, the escalation path and the review points (clauses D.x; heads 6, 7 and 12 of the heads of terms).</source>
        <translation>机构、升级路径和审查节点（条款 D.x；条款清单第6、7和12项）。</translation>
    </message>
    <message>
        <source>Renewal, exit triggers, shared assets and how changes are proposed (clauses E.x; head 12 of the heads of terms).</source>
        <translation>续期、退出触发条件、共享资产以及变更的提出方式（条款 E.x；条款清单第12项）。</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>通知期（天）</translation>
    </message>
    <message>
        <source>Shared assets</source>
        <translation>共享资产</translation>
    </message>
    <message>
        <source>Element scores per partner pair (0–100, higher = more aligned) and the gaps, most severe first, with the clauses and actions they lead to.</source>
        <translation>各合作方组合的要素得分（0–100，越高越一致）以及差距（按严重程度降序），并列出其对应的条款和行动项。</translation>
    </message>
    <message>
        <source>Element scores</source>
        <translation>要素得分</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>所有合作方</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Heads of terms not yet agreed ({n} of 16)</source>
        <translation>尚未商定的条款事项（{n} / 16）</translation>
    </message>
    <message>
        <source>Heads of terms not yet agreed</source>
        <translation>尚未商定的条款事项</translation>
    </message>
    <message>
        <source>Every head of terms is agreed or not applicable.</source>
        <translation>所有条款事项均已商定或不适用。</translation>
    </message>
    <message>
        <source>{n} of the 16 heads are not yet agreed; the term sheet shows each partner&apos;s position on them. Numbers are those of the term sheet.</source>
        <translation>16 项条款事项中有 {n} 项尚未商定；条款清单列出了各合作方对此的立场。编号与条款清单一致。</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>一个合作方</translation>
    </message>
    <message>
        <source>Proposed by {partner}</source>
        <translation>由 {partner} 提议</translation>
    </message>
    <message>
        <source>Open (recorded as agreed)</source>
        <translation>未解决（记录为已商定）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Open gaps</source>
        <translation>未解决的差距</translation>
    </message>
    <message>
        <source>See {annex}.</source>
        <translation>见{annex}。</translation>
    </message>
    <message>
        <source>{n} contribution(s): see {annex}.</source>
        <translation>{n} 项投入：见{annex}。</translation>
    </message>
    <message>
        <source>Valuations in {currencies}.</source>
        <translation>估值货币：{currencies}。</translation>
    </message>
    <message>
        <source>{n} decision(s), {conflicts} with a conflict: see {annex}.</source>
        <translation>{n} 项决策，其中 {conflicts} 项存在冲突：见{annex}。</translation>
    </message>
    <message>
        <source>({n} days)</source>
        <translation>（{n} 天）</translation>
    </message>
    <message>
        <source>(no time limit)</source>
        <translation>（无时限）</translation>
    </message>
    <message>
        <source>Within the capacity each partner declared.</source>
        <translation>在各合作方申报的产能范围内。</translation>
    </message>
    <message>
        <source>{partner} promises {peak} {unit} against {capacity} declared.</source>
        <translation>{partner} 承诺 {peak} {unit}，而申报产能为 {capacity}。</translation>
    </message>
    <message>
        <source>For antitrust review before signing.</source>
        <translation>签署前须经反垄断审查。</translation>
    </message>
    <message>
        <source>({n} days&apos; notice)</source>
        <translation>（提前 {n} 天通知）</translation>
    </message>
    <message>
        <source>Notice: {period}</source>
        <translation>通知期：{period}</translation>
    </message>
    <message>
        <source>no treatment yet</source>
        <translation>尚未约定处理方式</translation>
    </message>
    <message>
        <source>Heads of terms: {title}</source>
        <translation>条款清单：{title}</translation>
    </message>
    <message>
        <source>Draft for discussion · {confidentiality}. Part A binds the parties once signed; Part B does not. Clause numbers are fixed: the same number means the same head or point in every version.</source>
        <translation>讨论稿 · {confidentiality}。A部分自签署起对各方具有约束力；B部分不具约束力。条款编号固定：同一编号在每个版本中指同一事项或要点。</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Agreed text</source>
        <translation>商定文本</translation>
    </message>
    <message>
        <source>{partner}: position</source>
        <translation>{partner}：立场</translation>
    </message>
    <message>
        <source>Today&apos;s terms (annex)</source>
        <translation>当前条款（附件）</translation>
    </message>
    <message>
        <source>Not applicable.</source>
        <translation>不适用。</translation>
    </message>
    <message>
        <source>Not agreed (draft on file: {text})</source>
        <translation>未商定（存档草稿：{text}）</translation>
    </message>
    <message>
        <source>Open (recorded as agreed; a linked gap is open)</source>
        <translation>未解决（记录为已商定，但有关联差距未解决）</translation>
    </message>
    <message>
        <source>Open: {ids}</source>
        <translation>未解决：{ids}</translation>
    </message>
    <message>
        <source>Linked: {ids}</source>
        <translation>关联：{ids}</translation>
    </message>
    <message>
        <source>Part A: Binding provisions</source>
        <translation>A部分：具有约束力的条款</translation>
    </message>
    <message>
        <source>Binding provisions</source>
        <translation>具有约束力的条款</translation>
    </message>
    <message>
        <source>As in clause 15.4.</source>
        <translation>同第15.4条。</translation>
    </message>
    <message>
        <source>Part A, row {n}</source>
        <translation>A部分，第 {n} 行</translation>
    </message>
    <message>
        <source>Part B: Heads of terms (not binding)</source>
        <translation>B部分：条款清单（不具约束力）</translation>
    </message>
    <message>
        <source>Set out in Part A (A.1–A.5).</source>
        <translation>见A部分（A.1–A.5）。</translation>
    </message>
    <message>
        <source>Heads of terms, clause {clause}, column &apos;{column}&apos;</source>
        <translation>条款清单，条款 {clause}，列“{column}”</translation>
    </message>
    <message>
        <source>Heads of terms</source>
        <translation>条款清单</translation>
    </message>
    <message>
        <source>Annex A Goals and scope</source>
        <translation>附件A 目标与范围</translation>
    </message>
    <message>
        <source>Annex B Contributions</source>
        <translation>附件B 投入</translation>
    </message>
    <message>
        <source>Annex C Decision rights</source>
        <translation>附件C 决策权</translation>
    </message>
    <message>
        <source>Annex D Governance</source>
        <translation>附件D 治理</translation>
    </message>
    <message>
        <source>Annex E Exit and change</source>
        <translation>附件E 退出与变更</translation>
    </message>
    <message>
        <source>Annex F Analytics</source>
        <translation>附件F 分析</translation>
    </message>
    <message>
        <source>Annex G Alignment</source>
        <translation>附件G 一致性</translation>
    </message>
    <message>
        <source>Annex A: Goals and scope</source>
        <translation>附件A：目标与范围</translation>
    </message>
    <message>
        <source>Annex B: Contributions</source>
        <translation>附件B：投入</translation>
    </message>
    <message>
        <source>Annex C: Decision rights</source>
        <translation>附件C：决策权</translation>
    </message>
    <message>
        <source>Annex D: Governance</source>
        <translation>附件D：治理</translation>
    </message>
    <message>
        <source>Annex E: Exit and change</source>
        <translation>附件E：退出与变更</translation>
    </message>
    <message>
        <source>Annex F: Analytics</source>
        <translation>附件F：分析</translation>
    </message>
    <message>
        <source>Annex G: Alignment</source>
        <translation>附件G：一致性</translation>
    </message>
    <message>
        <source>Annex {letter}</source>
        <translation>附件{letter}</translation>
    </message>
    <message>
        <source>{done} of {total} participants done</source>
        <translation>{total} 位参与者中已完成 {done} 位</translation>
    </message>
    <message>
        <source>Updated as answers come in. Right arrow: the slides.</source>
        <translation>随答案提交实时更新。右方向键：进入幻灯片。</translation>
    </message>
    <message>
        <source>{partner}: done</source>
        <translation>{partner}：已完成</translation>
    </message>
    <message>
        <source>{partner} {done} of {total} done</source>
        <translation>{partner}：{total} 人中已完成 {done} 人</translation>
    </message>
    <message>
        <source>{partner}: no participants</source>
        <translation>{partner}：无参与者</translation>
    </message>
    <message>
        <source>Alignment index {value}</source>
        <translation>一致性指数 {value}</translation>
    </message>
    <message>
        <source>Definition {value}</source>
        <translation>定义程度 {value}</translation>
    </message>
    <message>
        <source>{n} gaps to discuss: partners differ (alignment below {t:.0%}), nobody has defined it, or a partner does not know</source>
        <translation>需讨论 {n} 个差距：合作方存在分歧（一致性低于 {t:.0%}）、无人定义，或有合作方不知道</translation>
    </message>
    <message>
        <source>Gap {n} of {total}  ·  {element}</source>
        <translation>差距 {n} / {total}  ·  {element}</translation>
    </message>
    <message>
        <source>Alignment {value}</source>
        <translation>一致性 {value}</translation>
    </message>
    <message>
        <source>Defined {value}</source>
        <translation>定义程度 {value}</translation>
    </message>
    <message>
        <source>Does not know: {names}</source>
        <translation>不知道：{names}</translation>
    </message>
    <message>
        <source>Question {n} of {total}  ·  {element}</source>
        <translation>问题 {n} / {total}  ·  {element}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Licences:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <source>About Partnership Workshop</source>
        <translation>关于 Partnership Workshop</translation>
    </message>
    <message>
        <source>Partnership Workshop</source>
        <translation>Partnership Workshop</translation>
    </message>
    <message>
        <source>Run partnership alignment workshops offline.</source>
        <translation>离线开展合作伙伴协同研讨会。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Workshop file:</source>
        <translation>研讨会文件：</translation>
    </message>
    <message>
        <source>File schema:</source>
        <translation>文件架构：</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>Action</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From question</source>
        <translation>来源问题</translation>
    </message>
    <message>
        <source>Status: &apos;{value}&apos; is not open, in progress or done.</source>
        <translation>状态：“{value}”不是“未开始”“进行中”或“已完成”之一。</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>编辑行动项</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Action items</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>&amp;Add action item</source>
        <translation>添加行动项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove action item</source>
        <translation>删除行动项(&amp;R)</translation>
    </message>
    <message>
        <source>Create from open &amp;gaps</source>
        <translation>根据未解决差距创建(&amp;G)</translation>
    </message>
    <message>
        <source>One action item per unresolved gap that has none yet</source>
        <translation>为每个尚无行动项的未解决差距创建一个行动项</translation>
    </message>
    <message>
        <source>The gaps are hidden until the answers are revealed.</source>
        <translation>在公布回答之前，差距处于隐藏状态。</translation>
    </message>
    <message>
        <source>{total} action items, {done} done.</source>
        <translation>共 {total} 个行动项，已完成 {done} 个。</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>新行动项</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>添加行动项</translation>
    </message>
    <message>
        <source>Remove action item &apos;{name}&apos;</source>
        <translation>删除行动项“{name}”</translation>
    </message>
    <message>
        <source>Every unresolved gap already has an action item.</source>
        <translation>每个未解决的差距都已有行动项。</translation>
    </message>
    <message>
        <source>Create {n} action items from gaps</source>
        <translation>根据差距创建 {n} 个行动项</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>行动项</translation>
    </message>
</context>
<context>
    <name>AlignmentPage</name>
    <message>
        <source>Answers are hidden until the facilitator reveals them</source>
        <translation>在主持人公布之前，回答处于隐藏状态</translation>
    </message>
    <message>
        <source>&amp;Reveal the answers</source>
        <translation>公布回答(&amp;R)</translation>
    </message>
    <message>
        <source>Alignment views</source>
        <translation>一致性视图</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>All partners together</source>
        <translation>所有合作方合计</translation>
    </message>
    <message>
        <source>One line per partner pair</source>
        <translation>每对合作方一条线</translation>
    </message>
    <message>
        <source>Radar series</source>
        <translation>雷达图数据系列</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Gaps, most severe first</source>
        <translation>差距（按严重程度降序）</translation>
    </message>
    <message>
        <source>Partner positions</source>
        <translation>各合作方立场</translation>
    </message>
    <message>
        <source>Discussion notes</source>
        <translation>讨论记录</translation>
    </message>
    <message>
        <source>Agreed position</source>
        <translation>商定立场</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due date of the gap</source>
        <translation>差距的截止日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Discussion &amp;notes</source>
        <translation>讨论记录(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;greed position</source>
        <translation>商定立场(&amp;G)</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>负责人(&amp;W)</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>截止(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>Add &amp;action item from this gap</source>
        <translation>根据此差距添加行动项(&amp;A)</translation>
    </message>
    <message>
        <source>The chosen gap</source>
        <translation>所选差距</translation>
    </message>
    <message>
        <source>Each cell: how closely a pair of partners answered a question (100% = the same answer). Red is far apart, green is aligned.</source>
        <translation>每个单元格：一对合作方在某个问题上回答的接近程度（100% 表示回答相同）。红色表示分歧大，绿色表示一致。</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Questions where a partner&apos;s own participants disagree with each other.</source>
        <translation>同一合作方内部参与者意见不一致的问题。</translation>
    </message>
    <message>
        <source>Internal disagreements</source>
        <translation>内部分歧</translation>
    </message>
    <message>
        <source>No alignment scores yet: answers are missing.</source>
        <translation>尚无一致性得分：缺少回答。</translation>
    </message>
    <message>
        <source>Overall alignment: {value} of 100</source>
        <translation>总体一致性：{value} / 100</translation>
    </message>
    <message>
        <source>Definition: {value} of 100</source>
        <translation>定义程度：{value} / 100</translation>
    </message>
    <message>
        <source>{count} gaps, most severe first</source>
        <translation>{count} 个差距（按严重程度降序）</translation>
    </message>
    <message>
        <source>A gap is a question where partners differ (alignment below {threshold}%), nobody has defined it yet (below {blind}% defined), or a partner does not know.</source>
        <translation>差距是指合作方之间存在分歧（一致性低于 {threshold}%）、尚无人定义（定义程度低于 {blind}%），或某一合作方表示不知道的问题。</translation>
    </message>
    <message>
        <source>Reveal the answers</source>
        <translation>公布回答</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>所有合作方</translation>
    </message>
    <message>
        <source>No gap selected</source>
        <translation>未选择差距</translation>
    </message>
    <message>
        <source>{title} — {kinds}</source>
        <translation>{title} — {kinds}</translation>
    </message>
    <message>
        <source>, alignment {value}</source>
        <translation>，一致性 {value}</translation>
    </message>
    <message>
        <source>Discussion of &apos;{title}&apos;</source>
        <translation>关于“{title}”的讨论</translation>
    </message>
    <message>
        <source>This gap already has an action item; see the Actions page.</source>
        <translation>此差距已有行动项；请参阅“行动项”页面。</translation>
    </message>
    <message>
        <source>Close the gap: {title}</source>
        <translation>弥合差距：{title}</translation>
    </message>
    <message>
        <source>Add action item from a gap</source>
        <translation>根据差距添加行动项</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>一致性</translation>
    </message>
</context>
<context>
    <name>AllocationPanel</name>
    <message>
        <source>Save &amp;points</source>
        <translation>保存点数(&amp;P)</translation>
    </message>
    <message>
        <source>the points must add up to {total:g}.</source>
        <translation>各项分数之和必须为 {total:g}。</translation>
    </message>
    <message>
        <source> — {left:g} left</source>
        <translation> — 剩余 {left:g}</translation>
    </message>
    <message>
        <source> — {over:g} too many</source>
        <translation> — 超出 {over:g}</translation>
    </message>
    <message>
        <source>Total: {total:g} of {target:g} points</source>
        <translation>合计：{total:g} / {target:g} 分</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Agree a position on: {question}</source>
        <translation>就以下事项商定立场：{question}</translation>
    </message>
    <message>
        <source>{kinds}, alignment {alignment}%, furthest apart: {a} and {b}.</source>
        <translation>{kinds}，一致性 {alignment}%，分歧最大：{a} 与 {b}。</translation>
    </message>
    <message>
        <source>{kinds}, alignment {alignment}%.</source>
        <translation>{kinds}，一致性 {alignment}%。</translation>
    </message>
    <message>
        <source>{kinds}, furthest apart: {a} and {b}.</source>
        <translation>{kinds}，分歧最大：{a} 与 {b}。</translation>
    </message>
    <message>
        <source>{kinds}.</source>
        <translation>{kinds}。</translation>
    </message>
    <message>
        <source>Complete before signing: {check}</source>
        <translation>签约前完成：{check}</translation>
    </message>
    <message>
        <source>nobody decides; mark one partner D or joint approval J.</source>
        <translation>没有人决策；请将一个合作方标为 D，或标为共同批准 J。</translation>
    </message>
    <message>
        <source>{partners} decides but it is also marked joint approval; keep one.</source>
        <translation>{partners} 单独决策，但该决策同时被标记为共同批准；请只保留其一。</translation>
    </message>
    <message>
        <source>{partners} both decide; keep one, or mark it joint approval.</source>
        <translation>{partners} 都单独决策；请只保留一方，或标记为共同批准。</translation>
    </message>
    <message>
        <source>only {partner} is marked for joint approval; joint approval needs at least two partners.</source>
        <translation>只有 {partner} 被标记为共同批准；共同批准至少需要两个合作方。</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Two or more names listed as one group (&quot;Nordwerk and Hanil&quot;).</extracomment>
        <translation>与</translation>
    </message>
    <message>
        <source>{number} {head}: recorded as agreed, but linked gap {gaps} is still open.</source>
        <translation>{number} {head}：已记录为已商定，但关联差距 {gaps} 尚未解决。</translation>
    </message>
    <message>
        <source>{number} {head}: recorded as agreed, but linked gaps {gaps} are still open.</source>
        <translation>{number} {head}：已记录为已商定，但关联差距 {gaps} 尚未解决。</translation>
    </message>
    <message>
        <source>{number} {head}: recorded as agreed (its linked gaps are shown after Reveal).</source>
        <translation>{number} {head}：已记录为已商定（关联差距将在公布回答后显示）。</translation>
    </message>
    <message>
        <source>{number} {head}: {partner} has no {fields}.</source>
        <translation>{number} {head}：{partner} 缺少{fields}。</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>某个合作方</translation>
    </message>
    <message>
        <source>{number} {head}: proposed by {partner}, not yet agreed.</source>
        <translation>{number} {head}：由 {partner} 提议，尚未商定。</translation>
    </message>
    <message>
        <source>{number} {head}: open.</source>
        <translation>{number} {head}：未解决。</translation>
    </message>
    <message>
        <source>The heads of terms this phase needs ({count} of {total}) are agreed</source>
        <translation>本阶段所需的条款事项（{count} / {total}）均已商定</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>How a tuple parameter is listed (&quot;quantity, unit&quot;); Chinese lists with 、.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>How the kinds of one gap are listed (&quot;partners differ; a partner does not know&quot;).</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>{value} of {low}–{high} ({anchor})</source>
        <translation>{value} / {low}–{high}（{anchor}）</translation>
    </message>
    <message>
        <source>{value} of {low}–{high}</source>
        <translation>{value} / {low}–{high}</translation>
    </message>
    <message>
        <source>does not know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无回答</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>tracking metric</source>
        <translation>跟踪指标</translation>
    </message>
    <message>
        <source>{partner} has no contribution.</source>
        <translation>{partner} 没有任何投入。</translation>
    </message>
    <message>
        <source>An unknown partner</source>
        <translation>未知合作方</translation>
    </message>
    <message>
        <source>{partner}: {contribution} has no {fields}.</source>
        <translation>{partner}：{contribution} 缺少{fields}。</translation>
    </message>
    <message>
        <source>Every partner has a contribution with quantity, unit, start, end and tracking metric</source>
        <translation>每个合作方都有注明数量、单位、开始日期、结束日期和跟踪指标的投入</translation>
    </message>
    <message>
        <source>The decision-rights matrix has no decisions.</source>
        <translation>决策权矩阵中没有任何决策。</translation>
    </message>
    <message>
        <source>{decision}: {problem}</source>
        <translation>{decision}：{problem}</translation>
    </message>
    <message>
        <source>Every decision has exactly one partner that decides, or joint approval</source>
        <translation>每项决策都恰有一个决策方，或采用共同批准</translation>
    </message>
    <message>
        <source>The escalation path has {count} step; joint-approval decisions need at least {minimum}.</source>
        <translation>升级路径只有 {count} 个步骤；共同批准的决策至少需要 {minimum} 个。</translation>
    </message>
    <message>
        <source>The escalation path has {count} steps; joint-approval decisions need at least {minimum}.</source>
        <translation>升级路径有 {count} 个步骤；共同批准的决策至少需要 {minimum} 个。</translation>
    </message>
    <message>
        <source>Escalation level {level} ({body}) has no time limit.</source>
        <translation>第 {level} 级升级（{body}）没有时限。</translation>
    </message>
    <message>
        <source>Joint-approval decisions have an escalation path of at least two steps with time limits</source>
        <translation>共同批准的决策有至少两个带时限步骤的升级路径</translation>
    </message>
    <message>
        <source>No review point: add at least one date or milestone to expand, narrow or redirect the scope.</source>
        <translation>没有审查节点：请至少添加一个日期或里程碑，用于扩大、缩小或调整合作范围。</translation>
    </message>
    <message>
        <source>At least one review point</source>
        <translation>至少一个审查节点</translation>
    </message>
    <message>
        <source>The exit terms name a renewal timeline</source>
        <translation>退出条款写明了续约时间表</translation>
    </message>
    <message>
        <source>The renewal timeline is empty.</source>
        <translation>续约时间表为空。</translation>
    </message>
    <message>
        <source>At least one exit trigger</source>
        <translation>至少一个退出触发条件</translation>
    </message>
    <message>
        <source>No exit trigger is listed.</source>
        <translation>未列出任何退出触发条件。</translation>
    </message>
    <message>
        <source>The notice period is empty.</source>
        <translation>通知期为空。</translation>
    </message>
    <message>
        <source>Exit trigger {trigger} has no notice period, and no general notice period is named.</source>
        <translation>退出触发条件 {trigger} 没有通知期，也未写明通用通知期。</translation>
    </message>
    <message>
        <source>The exit terms name notice periods</source>
        <translation>退出条款写明了通知期</translation>
    </message>
    <message>
        <source>The exit terms name the obligations that survive exit</source>
        <translation>退出条款写明了退出后仍存续的义务</translation>
    </message>
    <message>
        <source>The obligations after exit are empty.</source>
        <translation>退出后的义务为空。</translation>
    </message>
    <message>
        <source>{asset} has no treatment on exit.</source>
        <translation>{asset} 没有退出时的处置方式。</translation>
    </message>
    <message>
        <source>No shared asset (IP, plants, tooling, data) is listed.</source>
        <translation>未列出任何共享资产（知识产权、工厂、工装模具、数据）。</translation>
    </message>
    <message>
        <source>Every shared asset has a treatment on exit</source>
        <translation>每项共享资产都已有退出时的处置方式</translation>
    </message>
    <message>
        <source>{kinds}, alignment {alignment}%</source>
        <translation>{kinds}，一致性 {alignment}%</translation>
    </message>
    <message>
        <source>{gap} ({state}) is {status} with no owner and no due date.</source>
        <translation>{gap}（{state}）状态为“{status}”，没有负责人，也没有截止日期。</translation>
    </message>
    <message>
        <source>{gap} ({state}) is {status} with no owner.</source>
        <translation>{gap}（{state}）状态为“{status}”，没有负责人。</translation>
    </message>
    <message>
        <source>{gap} ({state}) is {status} with no due date.</source>
        <translation>{gap}（{state}）状态为“{status}”，没有截止日期。</translation>
    </message>
    <message>
        <source>Every serious gap is resolved or has an owner and a due date</source>
        <translation>每个严重差距都已解决，或已有负责人和截止日期</translation>
    </message>
    <message>
        <source>The answers are revealed and the gaps discussed</source>
        <translation>回答已公布，差距已讨论</translation>
    </message>
    <message>
        <source>The answers are hidden (blind mode) until the facilitator reveals them.</source>
        <translation>在主持人公布之前，回答处于隐藏状态（盲答模式）。</translation>
    </message>
</context>
<context>
    <name>BodiesModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>会议频率</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Kind: choose one from the list.</source>
        <translation>类型：请从列表中选择一项。</translation>
    </message>
    <message>
        <source>Edit governance body</source>
        <translation>编辑治理机构</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Press {key}</source>
        <translation>按 {key}</translation>
    </message>
</context>
<context>
    <name>ContributionTotalsModel</name>
    <message>
        <source>Party</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>给出</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>获得</translation>
    </message>
    <message>
        <source>Value given</source>
        <translation>给出的价值</translation>
    </message>
    <message>
        <source>Value received</source>
        <translation>获得的价值</translation>
    </message>
    <message>
        <source>Quantities given</source>
        <translation>给出的数量</translation>
    </message>
    <message>
        <source>{name} gives {gives} contributions and receives {gets}.</source>
        <translation>{name} 提供 {gives} 项投入，获得 {gets} 项。</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>估值</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Milestone gate</source>
        <translation>里程碑关口</translation>
    </message>
    <message>
        <source>Tracking metric</source>
        <translation>跟踪指标</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合资企业</translation>
    </message>
    <message>
        <source>Partner: choose one of the workshop&apos;s partners.</source>
        <translation>合作方：请选择本研讨会的一个合作方。</translation>
    </message>
    <message>
        <source>Recipient: choose a partner or the joint venture.</source>
        <translation>接收方：请选择一个合作方或合资企业。</translation>
    </message>
    <message>
        <source>Category: &apos;{value}&apos; is not a contribution category.</source>
        <translation>类别：“{value}”不是投入类别。</translation>
    </message>
    <message>
        <source>Edit contribution {column}</source>
        <translation>编辑投入：{column}</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>What each partner brings</source>
        <translation>各合作方的投入</translation>
    </message>
    <message>
        <source>&amp;Add contribution</source>
        <translation>添加投入(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove contribution</source>
        <translation>删除投入(&amp;R)</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>投入</translation>
    </message>
    <message>
        <source>Totals and balance</source>
        <translation>合计与平衡</translation>
    </message>
    <message>
        <source>Totals and gives/gets balance</source>
        <translation>合计及给予/获得平衡</translation>
    </message>
    <message>
        <source>{partner} promises up to {peak} {unit} {when}, beyond its declared capacity of {capacity}.</source>
        <translation>{partner} 承诺最多 {peak} {unit}（{when}），超出其申报产能 {capacity}。</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合资企业</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>从 {start} 到 {end}</translation>
    </message>
    <message>
        <source>from {start} on</source>
        <translation>自 {start} 起</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>至 {end}</translation>
    </message>
    <message>
        <source>at all times</source>
        <translation>任何时候</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>新投入</translation>
    </message>
    <message>
        <source>Add contribution</source>
        <translation>添加投入</translation>
    </message>
    <message>
        <source>Remove contribution &apos;{name}&apos;</source>
        <translation>删除投入“{name}”</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No date (type {iso} or {local})</source>
        <translation>无日期（按 {iso} 或 {local} 格式输入）</translation>
    </message>
    <message>
        <source>Type a date as {iso} or {local}, or press Alt+Down for a calendar. Clear the field for no date.</source>
        <translation>请按 {iso} 或 {local} 格式输入日期，或按 Alt+下箭头打开日历。清空该字段表示无日期。</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>选择日期 (Alt+下箭头)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>DealTermsPage</name>
    <message>
        <source>Heads of terms</source>
        <translation>条款清单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提议方</translation>
    </message>
    <message>
        <source>Agreed text</source>
        <translation>商定文本</translation>
    </message>
    <message>
        <source>Further linked gaps</source>
        <translation>其他关联差距</translation>
    </message>
    <message>
        <source>Question ids, e.g. G09, X12</source>
        <translation>问题编号，例如 G09、X12</translation>
    </message>
    <message>
        <source>Linked actions</source>
        <translation>关联行动项</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Each partner&apos;s position</source>
        <translation>各合作方立场</translation>
    </message>
    <message>
        <source>The parties</source>
        <translation>各方</translation>
    </message>
    <message>
        <source>Head of terms</source>
        <translation>条款事项</translation>
    </message>
    <message>
        <source>Deal terms</source>
        <translation>交易条款</translation>
    </message>
    <message>
        <source>Position of {partner}</source>
        <translation>{partner} 的立场</translation>
    </message>
    <message>
        <source>Shown as: {status}.</source>
        <translation>显示为：{status}。</translation>
    </message>
    <message>
        <source>Recorded as agreed, but these linked gaps are open: {ids}.</source>
        <translation>已记录为已商定，但以下关联差距尚未解决：{ids}。</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Linked through the questionnaire: {ids}. Open: {open}.</source>
        <translation>通过问卷关联：{ids}。未解决：{open}。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Linked through the questionnaire: {ids}. Which are open is shown after Reveal.</source>
        <translation>通过问卷关联：{ids}。揭示后显示哪些尚未解决。</translation>
    </message>
    <message>
        <source>Edit the parties</source>
        <translation>编辑各方信息</translation>
    </message>
    <message>
        <source>Edit head {number}</source>
        <translation>编辑第 {number} 项</translation>
    </message>
    <message>
        <source>Further linked gaps: {qid} is not a question of this workshop.</source>
        <translation>其他关联差距：{qid} 不是本研讨会的问题。</translation>
    </message>
</context>
<context>
    <name>DecisionRightsModel</name>
    <message>
        <source>Decision</source>
        <translation>决策事项</translation>
    </message>
    <message>
        <source>Seam</source>
        <translation>衔接点</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>决策机构</translation>
    </message>
    <message>
        <source>Taken by: choose a governance body.</source>
        <translation>决策机构：请选择一个治理机构。</translation>
    </message>
    <message>
        <source>{partner} on &apos;{decision}&apos;: &apos;{value}&apos; is not D, J, C or I.</source>
        <translation>{partner} 在“{decision}”上：“{value}”不是 D、J、C 或 I。</translation>
    </message>
    <message>
        <source>Set {partner}&apos;s right on &apos;{decision}&apos;</source>
        <translation>设置 {partner} 在“{decision}”上的权限</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>编辑决策事项</translation>
    </message>
</context>
<context>
    <name>DisagreementsModel</name>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识度</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>作答人数</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Edit {column}</source>
        <translation>编辑{column}</translation>
    </message>
</context>
<context>
    <name>EscalationModel</name>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Body or role</source>
        <translation>机构或角色</translation>
    </message>
    <message>
        <source>Time limit (days)</source>
        <translation>时限（天）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Level: give a number (1 = first level).</source>
        <translation>级别：请输入数字（1 表示第一级）。</translation>
    </message>
    <message>
        <source>Edit escalation step</source>
        <translation>编辑升级步骤</translation>
    </message>
</context>
<context>
    <name>ExitPage</name>
    <message>
        <source>One shared asset has no treatment on exit (marked).</source>
        <translation>有一项共享资产没有退出时的处置方式（已标记）。</translation>
    </message>
    <message>
        <source>{n} shared assets have no treatment on exit (marked).</source>
        <translation>有 {n} 项共享资产没有退出时的处置方式（已标记）。</translation>
    </message>
    <message>
        <source>Every shared asset has a treatment on exit.</source>
        <translation>每项共享资产都已有退出时的处置方式。</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>编辑{field}</translation>
    </message>
    <message>
        <source>Created jointly</source>
        <translation>共同创建</translation>
    </message>
    <message>
        <source>New exit trigger</source>
        <translation>新退出触发条件</translation>
    </message>
    <message>
        <source>Add exit trigger</source>
        <translation>添加退出触发条件</translation>
    </message>
    <message>
        <source>New shared asset</source>
        <translation>新共享资产</translation>
    </message>
    <message>
        <source>Add shared asset</source>
        <translation>添加共享资产</translation>
    </message>
    <message>
        <source>Exit and change</source>
        <translation>退出与变更</translation>
    </message>
</context>
<context>
    <name>ExitPageForm</name>
    <message>
        <source>Exit and change terms</source>
        <translation>退出与变更条款</translation>
    </message>
    <message>
        <source>&amp;Renewal timeline</source>
        <translation>续约时间表(&amp;R)</translation>
    </message>
    <message>
        <source>Renewal timeline</source>
        <translation>续约时间表</translation>
    </message>
    <message>
        <source>&amp;Notice period</source>
        <translation>通知期(&amp;N)</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>通知期</translation>
    </message>
    <message>
        <source>Ongoing &amp;obligations</source>
        <translation>持续义务(&amp;O)</translation>
    </message>
    <message>
        <source>Ongoing obligations after exit</source>
        <translation>退出后的持续义务</translation>
    </message>
    <message>
        <source>Rules for proposing &amp;changes</source>
        <translation>变更提议规则(&amp;C)</translation>
    </message>
    <message>
        <source>Rules for proposing changes</source>
        <translation>变更提议规则</translation>
    </message>
    <message>
        <source>Exit triggers</source>
        <translation>退出触发条件</translation>
    </message>
    <message>
        <source>Add &amp;trigger</source>
        <translation>添加触发条件(&amp;T)</translation>
    </message>
    <message>
        <source>Remove tri&amp;gger</source>
        <translation>删除触发条件(&amp;G)</translation>
    </message>
    <message>
        <source>Shared assets and their treatment on exit</source>
        <translation>共享资产及其退出时的处置</translation>
    </message>
    <message>
        <source>Add &amp;asset</source>
        <translation>添加资产(&amp;A)</translation>
    </message>
    <message>
        <source>Remove a&amp;sset</source>
        <translation>删除资产(&amp;S)</translation>
    </message>
    <message>
        <source>Assets without a treatment on exit are marked.</source>
        <translation>没有退出处置方式的资产已被标记。</translation>
    </message>
</context>
<context>
    <name>ExitTriggersModel</name>
    <message>
        <source>Exit trigger</source>
        <translation>退出触发条件</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>通知期（天）</translation>
    </message>
    <message>
        <source>Edit exit trigger</source>
        <translation>编辑退出触发条件</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Why it is a gap</source>
        <translation>差距原因</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Furthest apart</source>
        <translation>分歧最大</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <source>Governance views</source>
        <translation>治理视图</translation>
    </message>
    <message>
        <source>Decision rights</source>
        <translation>决策权</translation>
    </message>
    <message>
        <source>(blank = no part)</source>
        <translation>（留空 = 不参与）</translation>
    </message>
    <message>
        <source>Add &amp;starter decisions</source>
        <translation>添加常用决策事项(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add decision</source>
        <translation>添加决策事项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove decision</source>
        <translation>删除决策事项(&amp;R)</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>治理机构</translation>
    </message>
    <message>
        <source>&amp;Add body</source>
        <translation>添加机构(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove body</source>
        <translation>删除机构(&amp;R)</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Escalation steps</source>
        <translation>升级步骤</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>添加步骤(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>删除步骤(&amp;R)</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>升级路径</translation>
    </message>
    <message>
        <source>Review points</source>
        <translation>审查节点</translation>
    </message>
    <message>
        <source>&amp;Add review point</source>
        <translation>添加审查节点(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove review point</source>
        <translation>删除审查节点(&amp;R)</translation>
    </message>
    <message>
        <source>May decide to: any of continue, expand, narrow, redirect, exit.</source>
        <translation>可作出的决定：继续、扩大、收窄、调整方向、退出。</translation>
    </message>
    <message>
        <source>One decision needs attention (marked): no owner, or two deciders.</source>
        <translation>有一项决策需要关注（已标记）：无负责方或有两个决策方。</translation>
    </message>
    <message>
        <source>{n} decisions need attention (marked): no owner, or two deciders.</source>
        <translation>有 {n} 项决策需要关注（已标记）：无负责方或有两个决策方。</translation>
    </message>
    <message>
        <source>Every decision has exactly one owner or joint approval.</source>
        <translation>每项决策都恰有一个负责方或共同批准。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>新决策事项</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>添加决策事项</translation>
    </message>
    <message>
        <source>The starter decisions are already in the list.</source>
        <translation>常用决策事项已在列表中。</translation>
    </message>
    <message>
        <source>Add starter decisions</source>
        <translation>添加常用决策事项</translation>
    </message>
    <message>
        <source>New body</source>
        <translation>新机构</translation>
    </message>
    <message>
        <source>Add governance body</source>
        <translation>添加治理机构</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>指导委员会</translation>
    </message>
    <message>
        <source>Add escalation step</source>
        <translation>添加升级步骤</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>年度审查</translation>
    </message>
    <message>
        <source>Add review point</source>
        <translation>添加审查节点</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>治理</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Thank you, {name}. Your answers are saved.</source>
        <translation>谢谢，{name}。您的回答已保存。</translation>
    </message>
    <message>
        <source>Everyone has finished. The facilitator can now reveal the answers.</source>
        <translation>所有人都已完成。主持人现在可以公布回答。</translation>
    </message>
    <message>
        <source>Please hand over to the next participant.</source>
        <translation>请交给下一位参与者。</translation>
    </message>
    <message>
        <source>Start answering as {name}</source>
        <translation>以 {name} 的身份开始作答</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>{pair}: not both answered</source>
        <translation>{pair}：并非双方都已作答</translation>
    </message>
    <message>
        <source>{question}
{pair}: alignment {value}</source>
        <translation>{question}
{pair}：一致性 {value}</translation>
    </message>
</context>
<context>
    <name>ImportFlows</name>
    <message>
        <source>Import answers</source>
        <translation>导入回答</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Answers not imported</source>
        <translation>回答未导入</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Import answers from {file}</source>
        <translation>从 {file} 导入回答</translation>
    </message>
    <message>
        <source>Answers imported</source>
        <translation>回答已导入</translation>
    </message>
    <message>
        <source>Import pre-work workbook</source>
        <translation>导入会前准备工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Pre-work not imported</source>
        <translation>会前准备未导入</translation>
    </message>
    <message>
        <source>Import pre-work from {file}</source>
        <translation>从 {file} 导入会前准备</translation>
    </message>
    <message>
        <source>Pre-work imported</source>
        <translation>会前准备已导入</translation>
    </message>
    <message>
        <source>Answers differ</source>
        <translation>回答不一致</translation>
    </message>
    <message>
        <source>The workbook has answers that differ from those already stored:</source>
        <translation>工作簿中的回答与已保存的回答不同：</translation>
    </message>
    <message>
        <source>
… and {n} more</source>
        <translation>
……另有 {n} 项</translation>
    </message>
    <message>
        <source>Use the workbook&apos;s</source>
        <translation>采用工作簿中的回答</translation>
    </message>
    <message>
        <source>Keep the stored</source>
        <translation>保留已保存的回答</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>JumpPanel</name>
    <message>
        <source>Go to a slide</source>
        <translation>跳转到幻灯片</translation>
    </message>
    <message>
        <source>All elements</source>
        <translation>所有要素</translation>
    </message>
    <message>
        <source>All kinds of gap</source>
        <translation>所有差距类型</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>任何严重程度</translation>
    </message>
    <message>
        <source>Severity at least {value}</source>
        <translation>严重程度至少 {value}</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Show the gaps of this element</source>
        <translation>显示该要素的差距</translation>
    </message>
    <message>
        <source>Kind of gap</source>
        <translation>差距类型</translation>
    </message>
    <message>
        <source>Show the gaps of this kind</source>
        <translation>显示该类型的差距</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Show the gaps of this severity or more</source>
        <translation>显示达到该严重程度的差距</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>幻灯片</translation>
    </message>
    <message>
        <source>Enter shows the chosen slide</source>
        <translation>按 Enter 显示所选幻灯片</translation>
    </message>
    <message>
        <source>Enter  show the slide   ·   Esc  close this list</source>
        <translation>Enter  显示该幻灯片   ·   Esc  关闭列表</translation>
    </message>
    <message>
        <source>{shown} of {total} gaps shown</source>
        <translation>显示 {total} 个差距中的 {shown} 个</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Engineering</source>
        <translation>研发</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>制造</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Tooling</source>
        <translation>工装模具</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Market access</source>
        <translation>市场准入</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>资本</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Shared strategic goals</source>
        <translation>共同的战略目标</translation>
    </message>
    <message>
        <source>Complementary strengths</source>
        <translation>优势互补</translation>
    </message>
    <message>
        <source>Clear roles and governance</source>
        <translation>明确的角色与治理</translation>
    </message>
    <message>
        <source>Cultural readiness for change</source>
        <translation>变革的文化准备度</translation>
    </message>
    <message>
        <source>Agreement on an exit path</source>
        <translation>就退出路径达成一致</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>治理</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>文化</translation>
    </message>
    <message>
        <source>Exit path</source>
        <translation>退出路径</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Not yet defined</source>
        <translation>尚未定义</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>已讨论</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Joint approval</source>
        <translation>共同批准</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>征询</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>知会</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>知识产权</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Partnership strategy</source>
        <translation>合作战略</translation>
    </message>
    <message>
        <source>Partner screening and due diligence</source>
        <translation>合作方筛选与尽职调查</translation>
    </message>
    <message>
        <source>Deal structuring and implementation</source>
        <translation>交易结构设计与实施</translation>
    </message>
    <message>
        <source>Ongoing assessment and restructuring</source>
        <translation>持续评估与重组</translation>
    </message>
    <message>
        <source>Portfolio management and exit</source>
        <translation>组合管理与退出</translation>
    </message>
    <message>
        <source>Production efficiency</source>
        <translation>生产效率</translation>
    </message>
    <message>
        <source>Electrification assets and supply chain</source>
        <translation>电动化资产与供应链</translation>
    </message>
    <message>
        <source>Software and digital platforms</source>
        <translation>软件与数字平台</translation>
    </message>
    <message>
        <source>Strategic flexibility</source>
        <translation>战略灵活性</translation>
    </message>
    <message>
        <source>Autonomy and mobility rollout</source>
        <translation>自动驾驶与出行服务落地</translation>
    </message>
    <message>
        <source>Scale (likert)</source>
        <translation>量表（李克特）</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Split points (allocation)</source>
        <translation>分配点数（配置）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>自由文本</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>作答中</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>已公布</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>谈判中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>指导委员会</translation>
    </message>
    <message>
        <source>Execution committee</source>
        <translation>执行委员会</translation>
    </message>
    <message>
        <source>Joint PMO</source>
        <translation>联合项目管理办公室</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>expand</source>
        <translation>扩大</translation>
    </message>
    <message>
        <source>narrow</source>
        <translation>收窄</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>调整方向</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已商定</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>各方</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>法律实体</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>注册地</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>注册号</translation>
    </message>
    <message>
        <source>Signing entity</source>
        <translation>签约主体</translation>
    </message>
    <message>
        <source>Parent guarantee</source>
        <translation>母公司担保</translation>
    </message>
    <message>
        <source>Purpose and scope</source>
        <translation>目的与范围</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>职能</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>排除事项</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Form (contracts only or joint company)</source>
        <translation>形式（仅合同或合资公司）</translation>
    </message>
    <message>
        <source>Shareholding and seat</source>
        <translation>股权结构与注册地</translation>
    </message>
    <message>
        <source>Ancillary agreements</source>
        <translation>附属协议</translation>
    </message>
    <message>
        <source>Contributions and valuation</source>
        <translation>投入与估值</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>投入</translation>
    </message>
    <message>
        <source>Valuation method</source>
        <translation>估值方法</translation>
    </message>
    <message>
        <source>Currency basis</source>
        <translation>计价货币</translation>
    </message>
    <message>
        <source>Remedy for non-delivery</source>
        <translation>未交付的补救措施</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Funding plan</source>
        <translation>资金计划</translation>
    </message>
    <message>
        <source>Capital calls</source>
        <translation>追加出资通知</translation>
    </message>
    <message>
        <source>Overruns</source>
        <translation>超支</translation>
    </message>
    <message>
        <source>Remedy for non-funding</source>
        <translation>未出资的补救措施</translation>
    </message>
    <message>
        <source>Bodies and seats</source>
        <translation>机构与席位</translation>
    </message>
    <message>
        <source>Quorum, voting and casting vote</source>
        <translation>法定人数、表决与决定票</translation>
    </message>
    <message>
        <source>Decision rights</source>
        <translation>决策权</translation>
    </message>
    <message>
        <source>Reserved matters</source>
        <translation>保留事项</translation>
    </message>
    <message>
        <source>Deadlock</source>
        <translation>僵局</translation>
    </message>
    <message>
        <source>Escalation steps</source>
        <translation>升级步骤</translation>
    </message>
    <message>
        <source>Mediation or expert</source>
        <translation>调解或专家裁定</translation>
    </message>
    <message>
        <source>Deadlock remedy</source>
        <translation>僵局解决机制</translation>
    </message>
    <message>
        <source>Intellectual property</source>
        <translation>知识产权</translation>
    </message>
    <message>
        <source>Background IP and licences</source>
        <translation>既有知识产权与许可</translation>
    </message>
    <message>
        <source>Foreground IP</source>
        <translation>新产生的知识产权</translation>
    </message>
    <message>
        <source>Ring-fenced technology</source>
        <translation>隔离保护的技术</translation>
    </message>
    <message>
        <source>IP on exit</source>
        <translation>退出时的知识产权</translation>
    </message>
    <message>
        <source>Exclusivity and non-compete</source>
        <translation>排他性与竞业禁止</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Antitrust review</source>
        <translation>反垄断审查</translation>
    </message>
    <message>
        <source>Supply and offtake</source>
        <translation>供应与包销</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Pricing basis</source>
        <translation>定价基础</translation>
    </message>
    <message>
        <source>Take-or-pay</source>
        <translation>照付不议</translation>
    </message>
    <message>
        <source>Allocation in shortage</source>
        <translation>短缺时的分配</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>转让</translation>
    </message>
    <message>
        <source>Lock-up</source>
        <translation>锁定期</translation>
    </message>
    <message>
        <source>Pre-emption</source>
        <translation>优先购买权</translation>
    </message>
    <message>
        <source>Tag-along and drag-along</source>
        <translation>随售权与拖售权</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Renewal and term</source>
        <translation>续期与期限</translation>
    </message>
    <message>
        <source>Shared assets on exit</source>
        <translation>退出时的共享资产</translation>
    </message>
    <message>
        <source>Surviving obligations</source>
        <translation>存续义务</translation>
    </message>
    <message>
        <source>Information and confidentiality</source>
        <translation>信息与保密</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>保密级别</translation>
    </message>
    <message>
        <source>Clean team</source>
        <translation>洁净团队</translation>
    </message>
    <message>
        <source>Approvals and conditions precedent</source>
        <translation>审批与先决条件</translation>
    </message>
    <message>
        <source>Merger control</source>
        <translation>经营者集中审查</translation>
    </message>
    <message>
        <source>Foreign-investment screening</source>
        <translation>外商投资审查</translation>
    </message>
    <message>
        <source>Foreign-subsidy review</source>
        <translation>外国补贴审查</translation>
    </message>
    <message>
        <source>Export licences</source>
        <translation>出口许可</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>数据传输</translation>
    </message>
    <message>
        <source>Long-stop date</source>
        <translation>最终截止日</translation>
    </message>
    <message>
        <source>Disputes and governing law</source>
        <translation>争议解决与适用法律</translation>
    </message>
    <message>
        <source>Arbitration institution</source>
        <translation>仲裁机构</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Governing law</source>
        <translation>适用法律</translation>
    </message>
    <message>
        <source>Binding provisions</source>
        <translation>具有约束力的条款</translation>
    </message>
    <message>
        <source>Exclusivity period</source>
        <translation>排他期</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Non-binding effect</source>
        <translation>非约束力</translation>
    </message>
    <message>
        <source>Save for the binding provisions in Part A, these heads of terms are not binding and create no obligation to enter into any agreement.</source>
        <translation>除A部分具有约束力的条款外，本条款清单不具约束力，亦不产生订立任何协议的义务。</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Competitively sensitive: the partners may also be competitors. Give only what your organisation&apos;s rules on sharing information with competitors allow; if in doubt, ask your legal team first or skip this question.</source>
        <translation>竞争敏感：合作方之间也可能是竞争对手。请只提供贵组织关于与竞争对手共享信息的规定所允许的内容；如有疑问，请先咨询法务团队或跳过此问题。</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>战略</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法务</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <source>partners differ</source>
        <translation>合作方存在分歧</translation>
    </message>
    <message>
        <source>nobody has defined this yet</source>
        <translation>尚无人定义</translation>
    </message>
    <message>
        <source>a partner does not know</source>
        <translation>有合作方不知道</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Live answering</source>
        <translation>现场作答</translation>
    </message>
    <message>
        <source>Participants answer on their own phones or laptops over this room&apos;s network (room Wi-Fi or this laptop&apos;s hotspot); no internet is needed. Each participant&apos;s link opens their own questionnaire only.</source>
        <translation>参与者通过本会议室的网络（会议室 Wi-Fi 或本笔记本电脑的热点）在自己的手机或笔记本电脑上作答，无需连接互联网。每位参与者的链接只会打开其本人的问卷。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Address to serve on</source>
        <translation>提供服务的地址</translation>
    </message>
    <message>
        <source>The address of this computer on the room&apos;s network. 127.0.0.1 serves this computer only.</source>
        <translation>本计算机在会议室网络中的地址。127.0.0.1 仅供本机访问。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>QR code of the chosen participant&apos;s link</source>
        <translation>所选参与者链接的二维码</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>复制链接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New link</source>
        <translation>新链接(&amp;N)</translation>
    </message>
    <message>
        <source>A new link for this participant; the old one ends</source>
        <translation>为此参与者生成新链接；旧链接将失效</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新开放(&amp;R)</translation>
    </message>
    <message>
        <source>Let a participant who said &quot;I&apos;m done&quot; change answers again</source>
        <translation>允许已点击“我已完成”的参与者再次修改回答</translation>
    </message>
    <message>
        <source>Save &amp;handout (PDF)...</source>
        <translation>保存分发材料 (PDF)(&amp;H)...</translation>
    </message>
    <message>
        <source>Pro&amp;jector slide</source>
        <translation>投影幻灯片(&amp;J)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This workshop is open read-only; answers could not be saved.</source>
        <translation>此研讨会以只读方式打开；无法保存回答。</translation>
    </message>
    <message>
        <source>Serving on {url} (address {host} only). Participants on this network open their own link or scan their QR code.</source>
        <translation>正在 {url} 提供服务（仅限地址 {host}）。此网络中的参与者可打开自己的链接或扫描自己的二维码。</translation>
    </message>
    <message>
        <source>Stop live answering? Every participant&apos;s link stops working until you start it again.</source>
        <translation>停止现场作答？在您重新启动之前，所有参与者的链接都将无法使用。</translation>
    </message>
    <message>
        <source>Not serving: nothing listens on the network until you press Start.</source>
        <translation>未提供服务：在您点击“启动”之前，网络上不会有任何监听。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation>{n} / {m}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>{name} is not done</source>
        <translation>{name} 尚未完成</translation>
    </message>
    <message>
        <source>Save the participants&apos; handout</source>
        <translation>保存参与者分发材料</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop steps</source>
        <translation>研讨会步骤</translation>
    </message>
    <message>
        <source>Partnership Workshop</source>
        <translation>Partnership Workshop</translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation>无法打开研讨会</translation>
    </message>
    <message>
        <source>{problem}

Open it read-only?</source>
        <translation>{problem}

以只读方式打开？</translation>
    </message>
    <message>
        <source>Workshop cannot be changed here</source>
        <translation>无法在此修改研讨会</translation>
    </message>
    <message>
        <source>Read-only: this workshop is being changed elsewhere or may not be changed by you. Changes cannot be saved.</source>
        <translation>只读：此研讨会正在其他位置被修改，或您无权修改。无法保存更改。</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>将新研讨会另存为</translation>
    </message>
    <message>
        <source>Cannot create workshop</source>
        <translation>无法创建研讨会</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>打开研讨会</translation>
    </message>
    <message>
        <source>Cannot create the demo</source>
        <translation>无法创建演示</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Partnership workshops (*.workshop);;All files (*)</source>
        <translation>合作研讨会 (*.workshop);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>副本另存为</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Choose a name other than the open file.</source>
        <translation>请选择与当前打开文件不同的名称。</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>副本未保存</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>副本已保存到 {path}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>NOT SAVED: {message}</source>
        <translation>未保存：{message}</translation>
    </message>
    <message>
        <source>(no workshop open)</source>
        <translation>（未打开研讨会）</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>## User guide

1. **Setup**: workshop title, purpose, phase, date; add 2 to 6 partners and their
   participants.
2. **Questionnaire**: choose who is answering; press 1-9 to answer and go on, Enter or
   Right for the next question, Left to go back.
3. **Alignment**: reveal the answers, then discuss the gaps one by one.
4. **Contributions**, **Governance**, **Exit**, **Actions**: record what was agreed.
5. **Review**: fix what the readiness checklist asks, then export the term sheet and the
   leadership summary.

Every change is saved at once; Edit &gt; Undo takes it back. F5 starts presentation mode;
Esc leaves it.
</source>
        <translation>## 用户指南

1. **设置**：研讨会标题、目的、阶段、日期；添加 2 至 6 个合作方及其
   参与者。
2. **问卷**：选择作答人；按 1-9 作答并继续，按 Enter 或
   右箭头进入下一题，左箭头返回。
3. **一致性**：公布回答，然后逐一讨论差距。
4. **投入**、**治理**、**退出**、**行动项**：记录商定的内容。
5. **审阅**：完成准备清单中的事项，然后导出条款清单和
   管理层摘要。

每项更改都会立即保存；“编辑 &gt; 撤销”可将其撤回。F5 启动演示模式；
Esc 退出。
</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>新建研讨会</translation>
    </message>
    <message>
        <source>Partnership workshop</source>
        <translation>合作研讨会</translation>
    </message>
    <message>
        <source>{title} ({n} questions, version {v})</source>
        <translation>{title}（{n} 个问题，版本 {v}）</translation>
    </message>
    <message>
        <source>{label} – your template</source>
        <translation>{label} – 您的模板</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>问卷(&amp;Q)：</translation>
    </message>
    <message>
        <source>Some of your templates cannot be used:</source>
        <translation>您的部分模板无法使用：</translation>
    </message>
    <message>
        <source>Give the workshop a title.</source>
        <translation>请为研讨会输入标题。</translation>
    </message>
</context>
<context>
    <name>NumberPanel</name>
    <message>
        <source>Number answer</source>
        <translation>数字回答</translation>
    </message>
    <message>
        <source>from {v:g}</source>
        <translation>从 {v:g}</translation>
    </message>
    <message>
        <source>to {v:g}</source>
        <translation>到 {v:g}</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Read-only: this workshop is open in another window.</source>
        <translation>只读：此研讨会已在另一个窗口中打开。</translation>
    </message>
    <message>
        <source>Remove &apos;{name}&apos;</source>
        <translation>删除“{name}”</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>职能</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Name: &apos;{name}&apos; is already a participant of this partner; give each person a different name (for example with an initial).</source>
        <translation>姓名：“{name}”已是该合作方的参与者；请为每个人使用不同的名称（例如加上姓名首字母）。</translation>
    </message>
    <message>
        <source>Function of {name}: &apos;{text}&apos; is not one of {allowed}.</source>
        <translation>{name} 的职能：“{text}”不在 {allowed} 之列。</translation>
    </message>
    <message>
        <source>Language of {name}: &apos;{text}&apos; is not one of {allowed}.</source>
        <translation>{name} 的语言：“{text}”不在 {allowed} 之中。</translation>
    </message>
    <message>
        <source>Edit participant {name}</source>
        <translation>编辑参与者 {name}</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>产能</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Edit partner {name}</source>
        <translation>编辑合作方 {name}</translation>
    </message>
    <message>
        <source>Declared capacity per unit, e.g. engineer-years = 40; FTE = 12</source>
        <translation>按单位申报的产能，例如 engineer-years = 40; FTE = 12</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Left and Right move between slides; G filters the gaps and jumps to a slide; P shows progress; T switches theme; S moves to the next screen; M chooses the screen from a menu; Esc leaves</source>
        <translation>左右方向键切换幻灯片；G 筛选差距并跳转到幻灯片；P 显示进度；T 切换主题；S 移到下一个屏幕；M 从菜单中选择屏幕；Esc 退出</translation>
    </message>
    <message>
        <source>Alignment by element</source>
        <translation>各要素的一致性</translation>
    </message>
    <message>
        <source>Progress: who is done</source>
        <translation>进度：谁已完成</translation>
    </message>
    <message>
        <source>{n}. Overview</source>
        <translation>{n}. 概览</translation>
    </message>
    <message>
        <source>{n}. Answers are not revealed yet</source>
        <translation>{n}. 答案尚未揭示</translation>
    </message>
    <message>
        <source>{n}. Gap {gap}: {title} ({element})</source>
        <translation>{n}. 差距 {gap}：{title}（{element}）</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>{n} / {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>已筛选</translation>
    </message>
    <message>
        <source>{title}   ·   {where}   ·   ← →  move   ·   G  go to   ·   T  theme   ·   Esc  leave</source>
        <translation>{title}   ·   {where}   ·   ← →  翻页   ·   G  跳转   ·   T  主题   ·   Esc  退出</translation>
    </message>
    <message>
        <source>S  next screen</source>
        <translation>S  下一个屏幕</translation>
    </message>
    <message>
        <source>M  choose the screen</source>
        <translation>M  选择屏幕</translation>
    </message>
    <message>
        <source>Answers are not revealed yet</source>
        <translation>回答尚未公布</translation>
    </message>
    <message>
        <source>The facilitator reveals the alignment on the Alignment page.</source>
        <translation>主持人将在“一致性”页面公布一致性结果。</translation>
    </message>
    <message>
        <source>Show on screen</source>
        <translation>显示在屏幕</translation>
    </message>
    <message>
        <source>Show the presentation on this screen</source>
        <translation>在此屏幕上显示演示</translation>
    </message>
    <message>
        <source>(this computer&apos;s main screen)</source>
        <translation>（本机主屏幕）</translation>
    </message>
    <message>
        <source>Screen {n}: {name} ({width} × {height})</source>
        <translation>屏幕 {n}：{name}（{width} × {height}）</translation>
    </message>
    <message>
        <source>Screen {n} ({width} × {height})</source>
        <translation>屏幕 {n}（{width} × {height}）</translation>
    </message>
</context>
<context>
    <name>ProgressShown</name>
    <message>
        <source>%v of %m questions</source>
        <translation>%v / %m 个问题</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>合作方：</translation>
    </message>
    <message>
        <source>%p% · {done} of {n} participants done</source>
        <translation>%p% · 已完成 {done} / {n} 位参与者</translation>
    </message>
    <message>
        <source>{partner}:</source>
        <translation>{partner}：</translation>
    </message>
</context>
<context>
    <name>ProjectorSlide</name>
    <message>
        <source>Live answering - projector</source>
        <translation>现场作答 - 投影</translation>
    </message>
    <message>
        <source>1. Join this room&apos;s Wi-Fi.
2. Scan the QR code on your own handout (or type its link).
3. Answer one question at a time; press &quot;I&apos;m done&quot; at the end.

Serving on {url} · {done} of {n} finished</source>
        <translation>1. 连接本会议室的 Wi-Fi。
2. 扫描您本人分发材料上的二维码（或输入其链接）。
3. 逐题作答；完成后点击“我已完成”。

服务地址 {url} · 已完成 {done} / {n}</translation>
    </message>
    <message>
        <source>(not started)</source>
        <translation>（未启动）</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>None ticked: the question is for every one.</source>
        <translation>未勾选任何项：此问题面向所有人。</translation>
    </message>
    <message>
        <source>Answers may be competitively sensitive</source>
        <translation>回答可能涉及竞争敏感信息</translation>
    </message>
    <message>
        <source>A position on the matter</source>
        <translation>对该事项的立场</translation>
    </message>
    <message>
        <source>How far it is defined (definition ladder)</source>
        <translation>定义程度（定义阶梯）</translation>
    </message>
    <message>
        <source>Scale from</source>
        <translation>量表起点</translation>
    </message>
    <message>
        <source>Scale to</source>
        <translation>量表终点</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Add o&amp;ption</source>
        <translation>添加选项(&amp;P)</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>删除选项</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Element:</source>
        <translation>要素(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>S&amp;hort title:</source>
        <translation>简短标题(&amp;H)：</translation>
    </message>
    <message>
        <source>He&amp;lp:</source>
        <translation>帮助(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>Phases
(none: all):</source>
        <translation>阶段
（不选：全部）：</translation>
    </message>
    <message>
        <source>Purposes
(none: all):</source>
        <translation>目的
（不选：全部）：</translation>
    </message>
    <message>
        <source>Functions
(none: all):</source>
        <translation>职能
（不选：全部）：</translation>
    </message>
    <message>
        <source>&amp;Clause:</source>
        <translation>条款(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>衡量(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>量表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Anchors:</source>
        <translation>锚点(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>选项(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Points to split:</source>
        <translation>待分配点数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Mi&amp;nimum:</source>
        <translation>最小值(&amp;N)：</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>最大值(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>容差(&amp;T)：</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>{field} 存在问题</translation>
    </message>
    <message>
        <source>Option A</source>
        <translation>选项 A</translation>
    </message>
    <message>
        <source>Option B</source>
        <translation>选项 B</translation>
    </message>
</context>
<context>
    <name>QuestionPreview</name>
    <message>
        <source>Fix the problems shown beside the fields to see the preview.</source>
        <translation>请先修正字段旁显示的问题，以查看预览。</translation>
    </message>
    <message>
        <source>Points to split: {n:g}</source>
        <translation>待分配点数：{n:g}</translation>
    </message>
</context>
<context>
    <name>QuestionScopeBox</name>
    <message>
        <source>Questions asked in this workshop</source>
        <translation>本研讨会中提出的问题</translation>
    </message>
    <message>
        <source>&amp;Blind-spot threshold:</source>
        <translation>盲点阈值(&amp;B)：</translation>
    </message>
    <message>
        <source>Blind-spot threshold</source>
        <translation>盲点阈值</translation>
    </message>
    <message>
        <source>A question measuring how far something is defined is a blind spot when the partners&apos; definition (0 not discussed, 1 agreed in writing) is below this.</source>
        <translation>衡量某事项定义程度的问题，若合作方的定义程度（0 表示未讨论，1 表示已书面约定）低于此值，即为盲点。</translation>
    </message>
    <message>
        <source>Questions asked: tick to include, untick to exclude</source>
        <translation>提出的问题：勾选以纳入，取消勾选以排除</translation>
    </message>
    <message>
        <source>(included by you)</source>
        <translation>（由您纳入）</translation>
    </message>
    <message>
        <source>(excluded by you)</source>
        <translation>（由您排除）</translation>
    </message>
    <message>
        <source>(not for this phase or purpose)</source>
        <translation>（不适用于此阶段或目的）</translation>
    </message>
    <message>
        <source>{n} of {total} questions are asked. The phase and purposes choose them; tick a question to include it or untick it to exclude it (Space toggles).</source>
        <translation>共提出 {total} 个问题中的 {n} 个。问题由阶段和目的决定；勾选问题可将其纳入，取消勾选可将其排除（按空格键切换）。</translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditor</name>
    <message>
        <source>Edit questionnaire</source>
        <translation>编辑问卷</translation>
    </message>
    <message>
        <source>Read-only: this workshop is open in another window.</source>
        <translation>只读：此研讨会已在另一个窗口中打开。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>添加问题(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Switch o&amp;ff</source>
        <translation>停用(&amp;F)</translation>
    </message>
    <message>
        <source>A switched-off question is not asked or scored; its answers stay. A question not meant for this workshop&apos;s phase or purposes can be switched on.</source>
        <translation>停用的问题不会被提出或计分，其回答会保留。不属于本研讨会阶段或目的的问题可以启用。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Question and questionnaire</source>
        <translation>问题与问卷</translation>
    </message>
    <message>
        <source>The chosen question</source>
        <translation>所选问题</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save question</source>
        <translation>保存问题(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>问题(&amp;Q)</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>预览(&amp;R)</translation>
    </message>
    <message>
        <source>Questionnaire &amp;&amp; &amp;glossary</source>
        <translation>问卷与术语表(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source> (switched off)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source> (not asked in this phase)</source>
        <translation>（本阶段不提出）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save your changes to question {id}?</source>
        <translation>是否保存对问题 {id} 的更改？</translation>
    </message>
    <message>
        <source>Switch o&amp;n</source>
        <translation>启用(&amp;N)</translation>
    </message>
    <message>
        <source>This question has answers: its wording may change (the change is kept with the questionnaire); its type, options and scale may not.</source>
        <translation>此问题已有回答：可以修改其措辞（修改记录随问卷保存），但不能修改类型、选项和量表。</translation>
    </message>
    <message>
        <source>Edited {date}: {field} was “{was}”.</source>
        <translation>编辑于 {date}：{field} 原为“{was}”。</translation>
    </message>
    <message>
        <source>Edit question {id}</source>
        <translation>编辑问题 {id}</translation>
    </message>
    <message>
        <source>Question has answers</source>
        <translation>问题已有回答</translation>
    </message>
    <message>
        <source>Add your version as a new question and switch {id} off?</source>
        <translation>是否将您的版本添加为新问题并停用 {id}？</translation>
    </message>
    <message>
        <source>Duplicate {old} as {new}</source>
        <translation>将 {old} 复制为 {new}</translation>
    </message>
    <message>
        <source>Add question {id}</source>
        <translation>添加问题 {id}</translation>
    </message>
    <message>
        <source>Duplicate question {id}</source>
        <translation>复制问题 {id}</translation>
    </message>
    <message>
        <source>Move question {id}</source>
        <translation>移动问题 {id}</translation>
    </message>
    <message>
        <source>Switch off question {id}</source>
        <translation>停用问题 {id}</translation>
    </message>
    <message>
        <source>Switch on question {id}</source>
        <translation>启用问题 {id}</translation>
    </message>
    <message>
        <source>Remove question {id}</source>
        <translation>删除问题 {id}</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>{name} has typed an answer that is not saved: {error}</source>
        <translation>{name} 输入的回答尚未保存：{error}</translation>
    </message>
    <message>
        <source>{name} has answered {n} of {total} questions and has not pressed &quot;I&apos;m done&quot;.</source>
        <translation>{name} 已回答 {total} 个问题中的 {n} 个，尚未点击“我已完成”。</translation>
    </message>
    <message>
        <source>Switch participant?</source>
        <translation>切换参与者？</translation>
    </message>
    <message>
        <source>Switch to {name}?</source>
        <translation>切换到 {name}？</translation>
    </message>
    <message>
        <source>That was the last question. Press &quot;I&apos;m done&quot; when finished.</source>
        <translation>这是最后一个问题。完成后请点击“我已完成”。</translation>
    </message>
    <message>
        <source>Answer to {question}</source>
        <translation>对 {question} 的回答</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
    <message>
        <source>Comment on {q}</source>
        <translation>对 {q} 的备注</translation>
    </message>
    <message>
        <source>{name} is done</source>
        <translation>{name} 已完成</translation>
    </message>
    <message>
        <source>{name} is not done</source>
        <translation>{name} 尚未完成</translation>
    </message>
    <message>
        <source>Blind mode: only your own answers are shown until the facilitator reveals them.</source>
        <translation>盲答模式：在主持人公布之前，只显示您自己的回答。</translation>
    </message>
    <message>
        <source>Only the chosen participant&apos;s answers are shown here.</source>
        <translation>此处只显示所选参与者的回答。</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
</context>
<context>
    <name>QuestionnaireSettings</name>
    <message>
        <source>Template &amp;id:</source>
        <translation>模板 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Sections (one per element):</source>
        <translation>章节（每个要素一个）：</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Intro</source>
        <translation>引言</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Glossary (terms participants must know):</source>
        <translation>术语表（参与者必须了解的术语）：</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Add &amp;term</source>
        <translation>添加术语(&amp;T)</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>删除术语</translation>
    </message>
    <message>
        <source>Save &amp;questionnaire details</source>
        <translation>保存问卷详细信息(&amp;Q)</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Edit questionnaire details</source>
        <translation>编辑问卷详细信息</translation>
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message>
        <source>Participant answering</source>
        <translation>作答参与者</translation>
    </message>
    <message>
        <source>&amp;Who is answering:</source>
        <translation>作答人(&amp;W)：</translation>
    </message>
    <message>
        <source>I&apos;m &amp;done</source>
        <translation>我已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Mark this participant as finished</source>
        <translation>将此参与者标记为已完成</translation>
    </message>
    <message>
        <source>&amp;Live answering...</source>
        <translation>现场作答(&amp;L)...</translation>
    </message>
    <message>
        <source>Participants answer on their own phones or laptops</source>
        <translation>参与者在自己的手机或笔记本电脑上作答</translation>
    </message>
    <message>
        <source>Progress of this participant</source>
        <translation>此参与者的进度</translation>
    </message>
    <message>
        <source>Progress of this partner</source>
        <translation>此合作方的进度</translation>
    </message>
    <message>
        <source>This participant:</source>
        <translation>此参与者：</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知期</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>备注(&amp;C)：</translation>
    </message>
    <message>
        <source>Optional: why this answer?</source>
        <translation>可选：为什么这样回答？</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← 上一题(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>Leave this question unanswered and go on</source>
        <translation>不回答此问题并继续</translation>
    </message>
    <message>
        <source>Don&apos;t &amp;know</source>
        <translation>不知道(&amp;K)</translation>
    </message>
    <message>
        <source>Answer &quot;Don&apos;t know&quot; and go on (key 0). It counts as an answer, not a view.</source>
        <translation>回答“不知道”并继续（按键 0）。这计为一个回答，而非一种立场。</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>下一题(&amp;N) →</translation>
    </message>
    <message>
        <source>Keys: 1-9 answer and go on · 0 don&apos;t know · Enter or → next · ← back · Shift+Enter new line in a text answer · Tab moves between fields</source>
        <translation>按键：1-9 作答并继续 · 0 不知道 · Enter 或 → 下一题 · ← 上一题 · Shift+Enter 在文本回答中换行 · Tab 在字段间切换</translation>
    </message>
    <message>
        <source>Nobody is answering yet</source>
        <translation>尚无人作答</translation>
    </message>
    <message>
        <source>Answering: {name}</source>
        <translation>作答人：{name}</translation>
    </message>
    <message>
        <source>Add partners and participants on the Setup page first.</source>
        <translation>请先在“设置”页面添加合作方和参与者。</translation>
    </message>
    <message>
        <source>This questionnaire has no questions.</source>
        <translation>此问卷没有问题。</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>问题 {n} / {total}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>尚未作答</translation>
    </message>
    <message>
        <source>Answered: don&apos;t know</source>
        <translation>已作答：不知道</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <source>{n} answer(s) of this participant are to questions this workshop no longer asks ({ids}); they are kept in the file but not scored.</source>
        <translation>此参与者有 {n} 个回答针对本研讨会已不再提出的问题（{ids}）；这些回答保留在文件中，但不计分。</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of alignment scores</source>
        <translation>一致性得分雷达图</translation>
    </message>
    <message>
        <source>Not enough scores yet</source>
        <translation>得分尚不足</translation>
    </message>
</context>
<context>
    <name>RadarTable</name>
    <message>
        <source>Alignment scores as a table</source>
        <translation>以表格显示一致性得分</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>Drag to order, or select and press Ctrl+Up / Ctrl+Down. First = most important.</source>
        <translation>拖动排序，或选中后按 Ctrl+上箭头 / Ctrl+下箭头。第一位 = 最重要。</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Save this &amp;order</source>
        <translation>保存此顺序(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>缺少的内容</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups of &apos;{name}&apos;, newest first. A backup is taken when a changed workshop is closed. They are kept in {folder}</source>
        <translation>“{name}”的备份，最新的在前。关闭已修改的研讨会时会创建备份。备份保存在 {folder}</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet.</source>
        <translation>此研讨会尚无备份。</translation>
    </message>
    <message>
        <source>&amp;Restore here</source>
        <translation>在此恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the workshop&apos;s content with the backup; Edit &gt; Undo takes it back.</source>
        <translation>用备份替换研讨会内容；“编辑 &gt; 撤销”可将其撤回。</translation>
    </message>
    <message>
        <source>Restore as a &amp;new file…</source>
        <translation>恢复为新文件(&amp;N)…</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>备份未恢复</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>恢复 {when} 的备份</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; Edit &gt; Undo takes it back.</source>
        <translation>已恢复 {when} 的备份；“编辑 &gt; 撤销”可将其撤回。</translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation>将备份恢复为</translation>
    </message>
    <message>
        <source>Partnership workshops (*.workshop);;All files (*)</source>
        <translation>合作研讨会 (*.workshop);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Readiness</source>
        <translation>准备情况</translation>
    </message>
    <message>
        <source>Select a check that is not ready and press Enter, or use the button, to go where it is fixed.</source>
        <translation>选择一项未就绪的检查项并按 Enter，或使用按钮，即可转到修正位置。</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>准备情况清单</translation>
    </message>
    <message>
        <source>&amp;Go to where this is fixed</source>
        <translation>转到修正位置(&amp;G)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export &amp;Excel term sheet…</source>
        <translation>导出 Excel 条款清单(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>导出 PDF 摘要(&amp;P)…</translation>
    </message>
    <message>
        <source>Leadership summary</source>
        <translation>管理层摘要</translation>
    </message>
    <message>
        <source>Full report</source>
        <translation>完整报告</translation>
    </message>
    <message>
        <source>PDF variant</source>
        <translation>PDF 版本</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>页面尺寸</translation>
    </message>
    <message>
        <source>Export pre-&amp;work workbook…</source>
        <translation>导出会前准备工作簿(&amp;W)…</translation>
    </message>
    <message>
        <source>Partner for the pre-work workbook</source>
        <translation>会前准备工作簿对应的合作方</translation>
    </message>
    <message>
        <source>Ready for the term sheet: {passed} of {total} checks</source>
        <translation>条款清单准备情况：{total} 项检查中已通过 {passed} 项</translation>
    </message>
    <message>
        <source>Add a partner on the Setup page first.</source>
        <translation>请先在“设置”页面添加合作方。</translation>
    </message>
    <message>
        <source>Export reveals the results</source>
        <translation>导出会公开结果</translation>
    </message>
    <message>
        <source>Blind mode is on and the answers have not been revealed yet.

{contents} Anyone who sees the file sees them.

Export it anyway?</source>
        <translation>盲答模式已开启，且回答尚未公布。

{contents} 任何看到该文件的人都能看到这些内容。

仍要导出吗？</translation>
    </message>
    <message>
        <source>The Excel term sheet contains the results: alignment scores, gaps and each partner&apos;s answers.</source>
        <translation>Excel 条款清单包含结果：一致性得分、差距以及各合作方的回答。</translation>
    </message>
    <message>
        <source>Export the Excel term sheet</source>
        <translation>导出 Excel 条款清单</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the term sheet…</source>
        <translation>正在导出条款清单…</translation>
    </message>
    <message>
        <source>The PDF summary contains the results: alignment scores, gaps and each partner&apos;s answers.</source>
        <translation>PDF 摘要包含结果：一致性得分、差距以及各合作方的回答。</translation>
    </message>
    <message>
        <source>Export the PDF summary</source>
        <translation>导出 PDF 摘要</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the PDF summary…</source>
        <translation>正在导出 PDF 摘要…</translation>
    </message>
    <message>
        <source>The pre-work workbook of {partner} contains the answers its participants have given so far, one sheet each.</source>
        <translation>{partner} 的会前准备工作簿包含其参与者迄今的回答，每人一张工作表。</translation>
    </message>
    <message>
        <source>Export the pre-work workbook</source>
        <translation>导出会前准备工作簿</translation>
    </message>
    <message>
        <source>Exporting the pre-work workbook…</source>
        <translation>正在导出会前准备工作簿…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Saved {name}.

Open the folder?</source>
        <translation>已保存 {name}。

打开所在文件夹？</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Review and export</source>
        <translation>审阅与导出</translation>
    </message>
</context>
<context>
    <name>ReviewPointsModel</name>
    <message>
        <source>Review point</source>
        <translation>审查节点</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>May decide to</source>
        <translation>可作出的决定</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>May decide to: &apos;{value}&apos; is not one of {allowed}.</source>
        <translation>可作出的决定：“{value}”不在 {allowed} 之列。</translation>
    </message>
    <message>
        <source>Edit review point</source>
        <translation>编辑审查节点</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Workshop setup</source>
        <translation>研讨会设置</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>Partners (2 to 6)</source>
        <translation>合作方（2 至 6 个）</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>添加合作方(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>颜色(&amp;O)…</translation>
    </message>
    <message>
        <source>Remove partner…</source>
        <translation>删除合作方…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>合作方(&amp;P)：</translation>
    </message>
    <message>
        <source>Partner whose participants are shown</source>
        <translation>显示其参与者的合作方</translation>
    </message>
    <message>
        <source>(not given: asked everything)</source>
        <translation>（未指定：提出全部问题）</translation>
    </message>
    <message>
        <source>Add &amp;participant</source>
        <translation>添加参与者(&amp;P)</translation>
    </message>
    <message>
        <source>Remove participant…</source>
        <translation>删除参与者…</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation>研讨会日期</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>编辑研讨会详细信息</translation>
    </message>
    <message>
        <source>Partner {n}</source>
        <translation>合作方 {n}</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>添加合作方</translation>
    </message>
    <message>
        <source>Select a partner first.</source>
        <translation>请先选择一个合作方。</translation>
    </message>
    <message>
        <source>Colour of {name}</source>
        <translation>{name} 的颜色</translation>
    </message>
    <message>
        <source>Change colour of {name}</source>
        <translation>更改 {name} 的颜色</translation>
    </message>
    <message>
        <source>{n} participant(s)</source>
        <translation>{n} 位参与者</translation>
    </message>
    <message>
        <source>{n} answer(s)</source>
        <translation>{n} 个回答</translation>
    </message>
    <message>
        <source>{n} contribution(s) by or to this partner</source>
        <translation>该合作方提供或接收的 {n} 项投入</translation>
    </message>
    <message>
        <source>its part in {n} decision right(s)</source>
        <translation>其在 {n} 项决策权中的角色</translation>
    </message>
    <message>
        <source>its ownership of {n} shared asset(s)</source>
        <translation>其对 {n} 项共享资产的所有权</translation>
    </message>
    <message>
        <source>Remove {name}? This also removes:

{list}

Undo brings it all back.</source>
        <translation>删除 {name}？这还将删除：

{list}

撤销可全部恢复。</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>删除合作方</translation>
    </message>
    <message>
        <source>Remove partner {name}</source>
        <translation>删除合作方 {name}</translation>
    </message>
    <message>
        <source>Add a partner first.</source>
        <translation>请先添加一个合作方。</translation>
    </message>
    <message>
        <source>Participant {n}</source>
        <translation>参与者 {n}</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>添加参与者</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>请先选择一位参与者。</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>删除参与者</translation>
    </message>
    <message>
        <source>Remove {name} and their {n} answer(s)? Undo brings them back.</source>
        <translation>删除 {name} 及其 {n} 个回答？撤销可将其恢复。</translation>
    </message>
    <message>
        <source>Remove participant {name}</source>
        <translation>删除参与者 {name}</translation>
    </message>
    <message>
        <source>A workshop needs at least {n} partners; add {missing} more.</source>
        <translation>一个研讨会至少需要 {n} 个合作方；请再添加 {missing} 个。</translation>
    </message>
    <message>
        <source>A workshop has at most {n} partners.</source>
        <translation>一个研讨会最多有 {n} 个合作方。</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SharedAssetsModel</name>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Treatment on exit</source>
        <translation>退出时的处置</translation>
    </message>
    <message>
        <source>Created jointly</source>
        <translation>共同创建</translation>
    </message>
    <message>
        <source>Kind: &apos;{value}&apos; is not an asset kind.</source>
        <translation>类型：“{value}”不是资产类型。</translation>
    </message>
    <message>
        <source>Brought by: choose a partner or &apos;jointly&apos;.</source>
        <translation>提供方：请选择一个合作方或“共同”。</translation>
    </message>
    <message>
        <source>Edit shared asset</source>
        <translation>编辑共享资产</translation>
    </message>
    <message>
        <source>No treatment on exit: say what happens to {name}.</source>
        <translation>没有退出时的处置方式：请说明 {name} 将如何处理。</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Partnership Workshop</source>
        <translation>Partnership Workshop</translation>
    </message>
    <message>
        <source>Find where the partners disagree before the deal is signed, agree contributions, decision rights and exit terms, and leave with a term sheet and a leadership summary.</source>
        <translation>在签约之前找出合作方的分歧，商定投入、决策权和退出条款，最终形成一份条款清单和一份管理层摘要。</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>新建研讨会(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Recent workshops:</source>
        <translation>最近的研讨会(&amp;R)：</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>最近的研讨会</translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation>{name}（缺失）</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>{what}: &apos;{raw}&apos; is not a whole number.</source>
        <translation>{what}：“{raw}”不是整数。</translation>
    </message>
    <message>
        <source>{what}: &apos;{raw}&apos; is not a number.</source>
        <translation>{what}：“{raw}”不是数字。</translation>
    </message>
    <message>
        <source>{what}: &apos;{raw}&apos; is not a date; type it as {iso} or {local}.</source>
        <translation>{what}：“{raw}”不是日期；请按 {iso} 或 {local} 格式输入。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>TemplateButtons</name>
    <message>
        <source>Save as &amp;template</source>
        <translation>另存为模板(&amp;T)</translation>
    </message>
    <message>
        <source>E&amp;xport (YAML or Excel)…</source>
        <translation>导出 (YAML 或 Excel)(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import a template file…</source>
        <translation>导入模板文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Replace template?</source>
        <translation>替换模板？</translation>
    </message>
    <message>
        <source>Your templates already hold {id} version {v}. Replace it? (To keep both, change the version on the Questionnaire tab first.)</source>
        <translation>您的模板中已有 {id} 版本 {v}。是否替换？（如需同时保留，请先在“问卷”选项卡中修改版本号。）</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>模板已保存</translation>
    </message>
    <message>
        <source>Saved as {path}. New workshops can start from it.</source>
        <translation>已保存为 {path}。新研讨会可以基于它创建。</translation>
    </message>
    <message>
        <source>Export the questionnaire</source>
        <translation>导出问卷</translation>
    </message>
    <message>
        <source>Template (*.yaml);;Excel form (*.xlsx)</source>
        <translation>模板 (*.yaml);;Excel 表单 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot export the questionnaire</source>
        <translation>无法导出问卷</translation>
    </message>
    <message>
        <source>Import a template file</source>
        <translation>导入模板文件</translation>
    </message>
    <message>
        <source>Templates (*.yaml *.yml *.xlsx)</source>
        <translation>模板 (*.yaml *.yml *.xlsx)</translation>
    </message>
    <message>
        <source>Cannot import the template</source>
        <translation>无法导入模板</translation>
    </message>
    <message>
        <source>It breaks these writing rules:</source>
        <translation>它违反了以下编写规则：</translation>
    </message>
    <message>
        <source>Template imported</source>
        <translation>模板已导入</translation>
    </message>
</context>
<context>
    <name>TextPanel</name>
    <message>
        <source>Text answer</source>
        <translation>文本回答</translation>
    </message>
    <message>
        <source>Save &amp;text</source>
        <translation>保存文本(&amp;T)</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Primary purpose:</source>
        <translation>主要目的(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Secondary purposes:</source>
        <translation>次要目的(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>阶段(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>主持人(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Gap threshold:</source>
        <translation>差距阈值(&amp;G)：</translation>
    </message>
    <message>
        <source>Questions whose alignment is below this value are listed as gaps.</source>
        <translation>一致性低于此值的问题将被列为差距。</translation>
    </message>
    <message>
        <source>&amp;Confidentiality label:</source>
        <translation>保密标识(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Blind mode: nobody sees other answers until the facilitator reveals them</source>
        <translation>盲答模式(&amp;B)：在主持人公布之前，任何人都看不到他人的回答</translation>
    </message>
    <message>
        <source>Reports may name who &amp;wrote a comment</source>
        <translation>报告可注明备注的撰写人(&amp;W)</translation>
    </message>
</context>
</TS>
