<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>Tierwise</source>
        <translation>Tierwise</translation>
    </message>
    <message>
        <source>Imported proposals. Select one to read its text.</source>
        <translation>已导入的方案。选择一个方案以查看其文本。</translation>
    </message>
    <message>
        <source>Import a proposal (PDF, DOCX, TXT or Markdown) with File › Import or Ctrl+O.</source>
        <translation>通过“文件 › 导入”或 Ctrl+O 导入方案（PDF、DOCX、TXT 或 Markdown）。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Import Proposals…</source>
        <translation>导入方案(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Export Summary PDF…</source>
        <translation>导出摘要 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Remove Document</source>
        <translation>移除文档(&amp;R)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workspace file to open (created if missing)</source>
        <translation>要打开的工作区文件（不存在则新建）</translation>
    </message>
    <message>
        <source>Import these documents at start</source>
        <translation>启动时导入这些文档</translation>
    </message>
</context>
<context>
    <name>tw::analysis::ContractAnalyzer</name>
    <message>
        <source>No rules for %1 text: its risky clauses were not checked, so an empty list of findings does not mean the document is clean.</source>
        <translation>没有适用于 %1 文本的规则：未检查其中的风险条款，因此发现项列表为空并不代表该文档没有问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) have no text layer and were not analysed (try --ocr).</source>
        <translation>
            <numerusform>%n 页没有文本层，未进行分析（可尝试 --ocr）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::analysis::RulePackLoader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: rule "%2": %3</source>
        <translation>%1：规则 "%2"：%3</translation>
    </message>
    <message>
        <source>%1 must be a non-empty string</source>
        <translation>%1 必须是非空字符串</translation>
    </message>
    <message>
        <source>%1 is not a valid regular expression: %2 at offset %3</source>
        <translation>%1 不是有效的正则表达式：%2（偏移 %3）</translation>
    </message>
    <message>
        <source>"%1" is missing</source>
        <translation>缺少 "%1"</translation>
    </message>
    <message>
        <source>"%1" must be an array of regular expressions</source>
        <translation>"%1" 必须是正则表达式数组</translation>
    </message>
    <message>
        <source>"%1" is empty</source>
        <translation>"%1" 为空</translation>
    </message>
    <message>
        <source>"%1" entry %2</source>
        <translation>"%1" 第 %2 项</translation>
    </message>
    <message>
        <source>"%1" must be an array of strings</source>
        <translation>"%1" 必须是字符串数组</translation>
    </message>
    <message>
        <source>"%1" has unknown value "%2" (allowed: %3)</source>
        <translation>"%1" 的值 "%2" 未知（允许的值：%3）</translation>
    </message>
    <message>
        <source>"%1" must be an object with "en" and "zh" texts</source>
        <translation>"%1" 必须是包含 "en" 和 "zh" 文本的对象</translation>
    </message>
    <message>
        <source>"%1" needs both an English ("en") and a Chinese ("zh") text</source>
        <translation>"%1" 需要同时提供英文（"en"）和中文（"zh"）文本</translation>
    </message>
    <message>
        <source>a rule has no "id"</source>
        <translation>有规则缺少 "id"</translation>
    </message>
    <message>
        <source>unknown field "%1"</source>
        <translation>未知字段 "%1"</translation>
    </message>
    <message>
        <source>category "%1" is not one of %2</source>
        <translation>类别 "%1" 不是以下之一：%2</translation>
    </message>
    <message>
        <source>severity "%1" must be low, medium or high</source>
        <translation>严重程度 "%1" 必须为 low、medium 或 high</translation>
    </message>
    <message>
        <source>a rule has either "patterns" or "document", not both</source>
        <translation>规则只能包含 "patterns" 或 "document" 之一，不能同时包含</translation>
    </message>
    <message>
        <source>"document" must be an object</source>
        <translation>"document" 必须是对象</translation>
    </message>
    <message>
        <source>unknown field "document.%1"</source>
        <translation>未知字段 "document.%1"</translation>
    </message>
    <message>
        <source>"exception_scope" must be "clause" or "sentence"</source>
        <translation>"exception_scope" 必须为 "clause" 或 "sentence"</translation>
    </message>
    <message>
        <source>"once_per_sentence" must be true or false</source>
        <translation>"once_per_sentence" 必须为 true 或 false</translation>
    </message>
    <message>
        <source>"absent_nearby" must be an array of {"pattern", "within"}</source>
        <translation>"absent_nearby" 必须是由 {"pattern", "within"} 组成的数组</translation>
    </message>
    <message>
        <source>"absent_nearby.within" must be a number of characters</source>
        <translation>"absent_nearby.within" 必须是字符数</translation>
    </message>
    <message>
        <source>"not_negated" must be true or false</source>
        <translation>"not_negated" 必须为 true 或 false</translation>
    </message>
    <message>
        <source>"critical_tier" must be true or false</source>
        <translation>"critical_tier" 必须为 true 或 false</translation>
    </message>
    <message>
        <source>"reference_not_attached" needs a pattern with a named group (?&lt;ref&gt;...)</source>
        <translation>"reference_not_attached" 需要包含命名分组 (?&lt;ref&gt;...) 的模式</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>不是有效的 JSON：%1（偏移 %2）</translation>
    </message>
    <message>
        <source>a rule pack must be a JSON object</source>
        <translation>规则包必须是 JSON 对象</translation>
    </message>
    <message>
        <source>the pack has no "id"</source>
        <translation>规则包缺少 "id"</translation>
    </message>
    <message>
        <source>"rules" must be an array</source>
        <translation>"rules" 必须是数组</translation>
    </message>
    <message>
        <source>the pack has neither "rules" nor "disable"</source>
        <translation>规则包既没有 "rules" 也没有 "disable"</translation>
    </message>
    <message>
        <source>every entry of "rules" must be an object</source>
        <translation>"rules" 中的每一项都必须是对象</translation>
    </message>
    <message>
        <source>the id is used twice in this pack</source>
        <translation>该 id 在此规则包中出现了两次</translation>
    </message>
    <message>
        <source>no "languages" for the rule or the pack</source>
        <translation>规则和规则包均未指定 "languages"</translation>
    </message>
    <message>
        <source>%1: cannot read the rule pack: %2</source>
        <translation>%1：无法读取规则包：%2</translation>
    </message>
    <message>
        <source>"quote" must be "match", "phrase", "clause" or "sentence"</source>
        <translation>"quote" 必须为 "match"、"phrase"、"clause" 或 "sentence"</translation>
    </message>
</context>
<context>
    <name>tw::charts::DocumentOverviewChart</name>
    <message>
        <source>Proposal length</source>
        <translation>方案篇幅</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Lines (÷10)</source>
        <translation>行数（÷10）</translation>
    </message>
</context>
<context>
    <name>tw::cli::AnalyzeCommand</name>
    <message numerus="yes">
        <source>%1: %2, %n page(s), language %3
</source>
        <translation>
            <numerusform>%1：%2，%n 页，语言 %3
</numerusform>
        </translation>
    </message>
    <message>
        <source>rule packs: %1
</source>
        <translation>规则包：%1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>
terms (%1)
</source>
        <translation>
条款（%1）
</translation>
    </message>
    <message>
        <source>
findings (%1)
</source>
        <translation>
发现项（%1）
</translation>
    </message>
    <message>
        <source>doc</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>  none found, but the check was incomplete (see warning)
</source>
        <translation>  未发现问题，但检查不完整（见警告）
</translation>
    </message>
</context>
<context>
    <name>tw::cli::SummaryCommand</name>
    <message>
        <source>%1
  format %2, %3 pages, %4 lines, language %5
</source>
        <translation>%1
  格式 %2，%3 页，%4 行，语言 %5
</translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation>  警告：%1
</translation>
    </message>
</context>
<context>
    <name>tw::evaluation::Ahp</name>
    <message>
        <source>The comparison matrix is empty</source>
        <translation>比较矩阵为空</translation>
    </message>
    <message>
        <source>The comparison matrix has %1 rows; at most 15 criteria can be compared</source>
        <translation>比较矩阵有 %1 行；最多只能比较 15 项准则</translation>
    </message>
    <message>
        <source>The comparison matrix is not square: row %1 has %2 values, expected %3</source>
        <translation>比较矩阵不是方阵：第 %1 行有 %2 个值，应为 %3 个</translation>
    </message>
    <message>
        <source>Comparison (%1, %2) is %3; every comparison must be a positive number</source>
        <translation>比较值 (%1, %2) 为 %3；每个比较值都必须是正数</translation>
    </message>
    <message>
        <source>Comparison (%1, %1) is %2; an element compared with itself must be 1</source>
        <translation>比较值 (%1, %1) 为 %2；元素与自身比较的值必须为 1</translation>
    </message>
    <message>
        <source>Comparisons (%1, %2) = %3 and (%2, %1) = %4 are not reciprocal</source>
        <translation>比较值 (%1, %2) = %3 与 (%2, %1) = %4 不互为倒数</translation>
    </message>
    <message>
        <source>Consistency ratio %1 is above %2: the pairwise judgements contradict each other; revise the comparisons that disagree most</source>
        <translation>一致性比率 %1 高于 %2：两两比较的判断相互矛盾；请修改分歧最大的比较</translation>
    </message>
</context>
<context>
    <name>tw::evaluation::EvaluationReport</name>
    <message>
        <source>Evaluation: %1
</source>
        <translation>评估：%1
</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Horizon %1 years, discount rate %2 %, %3 Monte Carlo trials (seed %4); money in %5
</source>
        <translation>评估期 %1 年，折现率 %2%，蒙特卡洛模拟 %3 次（种子 %4）；金额单位 %5
</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n 台服务器</numerusform>
        </translation>
    </message>
    <message>
        <source>No recommendation: every offer is knocked out.
</source>
        <translation>无推荐：所有报价均被否决。
</translation>
    </message>
    <message>
        <source>Recommended: %1 (weighted score %2; TOPSIS winner %3); TCO mean %4, P90 %5
</source>
        <translation>推荐：%1（加权得分 %2；TOPSIS 最优 %3）；TCO 均值 %4，P90 %5
</translation>
    </message>
    <message>
        <source>Weights from AHP: consistency ratio %1%2
</source>
        <translation>权重来自 AHP：一致性比率 %1%2
</translation>
    </message>
    <message>
        <source> (above 0.10: revise the judgements)</source>
        <translation>（高于 0.10：请修改判断）</translation>
    </message>
    <message>
        <source>
Ranking
</source>
        <translation>
排名
</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>TOPSIS</source>
        <translation>TOPSIS</translation>
    </message>
    <message>
        <source>TCO mean</source>
        <translation>TCO 均值</translation>
    </message>
    <message>
        <source>TCO P90</source>
        <translation>TCO P90</translation>
    </message>
    <message>
        <source>
Knocked out
</source>
        <translation>
已否决
</translation>
    </message>
    <message numerus="yes">
        <source>
Risk-adjusted TCO over %n year(s) (mean = contract + downtime + T&amp;M - credits)
</source>
        <translation>
            <numerusform>
%n 年期风险调整 TCO（均值 = 合同 + 停机 + T&amp;M - 服务赔偿）
</numerusform>
        </translation>
    </message>
    <message>
        <source>
Most sensitive weight: %1 (%2 %): %3 stays the winner for weights %4-%5 %; a change of %6 points flips it to %7
</source>
        <translation>
最敏感的权重：%1（%2%）：权重在 %4-%5% 范围内时 %3 仍为最优；变动 %6 个百分点则最优变为 %7
</translation>
    </message>
    <message>
        <source>
No single weight change flips the winner.
</source>
        <translation>
任何单一权重的变动都不会改变最优方案。
</translation>
    </message>
    <message>
        <source>low_price: %1 quotes %2 per server-year, %3 % of the others' median %4
</source>
        <translation>low_price：%1 的报价为每服务器年 %2，是其他报价中位数 %4 的 %3%
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>
== Findings to negotiate (high severity first, up to 5 per vendor) ==
</source>
        <translation>
== 待谈判的发现项（按严重程度从高到低，每家供应商最多 5 项）==
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s)
</source>
        <translation>
            <numerusform>%1：%n 项发现
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::evaluation::EvaluationRun</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>response time</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>on-site time</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>resolution time</source>
        <translation>修复时间</translation>
    </message>
    <message>
        <source>No binding %1 is promised; the tier requires at most %2</source>
        <translation>未承诺有约束力的%1；该等级要求不超过 %2</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>等级 %1：%2</translation>
    </message>
    <message>
        <source>%1, history %2: %3</source>
        <translation>%1，历史数据 %2：%3</translation>
    </message>
    <message>
        <source>Tier %1: every offer is knocked out; no recommendation</source>
        <translation>等级 %1：所有报价均被否决；无推荐</translation>
    </message>
    <message>
        <source>Tier %1: the weighted sum prefers %2, TOPSIS prefers %3</source>
        <translation>等级 %1：加权求和法推荐 %2，TOPSIS 推荐 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>tw::evaluation::KnockOutCheck</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 of %2 exceeds the tier's maximum of %3</source>
        <translation>%2 的%1超过该等级的上限 %3</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>On-site time</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>修复时间</translation>
    </message>
    <message>
        <source>Coverage %1 is below the tier's minimum of %2</source>
        <translation>服务时段 %1 低于该等级的最低要求 %2</translation>
    </message>
    <message>
        <source>Parts quality "%1" is below the required "%2"</source>
        <translation>备件质量“%1”低于要求的“%2”</translation>
    </message>
    <message>
        <source>Historical attainment of %1 % is below the tier's minimum of %2 %</source>
        <translation>历史达成率 %1% 低于该等级的最低要求 %2%</translation>
    </message>
</context>
<context>
    <name>tw::evaluation::LowPriceCheck</name>
    <message>
        <source>%1 quotes %2 for tier %3; the median of the other %4 proposals is %5</source>
        <translation>%1 对等级 %3 的报价为 %2；其他 %4 份方案的中位数为 %5</translation>
    </message>
    <message>
        <source>The price is %1 % of the median of the other proposals for this tier. A price this low often means reduced scope, refurbished or compatible parts, subcontracted engineers, or charges moved into exclusions and T&amp;M.</source>
        <translation>该价格为此等级其他方案中位数的 %1%。如此低的价格通常意味着服务范围缩减、使用翻新或兼容备件、工程师外包，或将费用转入除外条款和按工时材料计费（T&amp;M）项目。</translation>
    </message>
    <message>
        <source>Ask the vendor to confirm in writing that the quoted price includes every service level, part quality and coverage in its proposal, with no extra charges for on-site visits or parts during the term.</source>
        <translation>请供应商书面确认：报价已包含其方案中的所有服务级别、备件质量和服务时段，且合同期内上门服务和备件均不另行收费。</translation>
    </message>
</context>
<context>
    <name>tw::evaluation::OfferBuilder</name>
    <message>
        <source>unknown field "%1" (one of %2)</source>
        <translation>未知字段 "%1"（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>must be a number &gt; 0%1</source>
        <translation>必须是大于 0 的数字%1</translation>
    </message>
    <message>
        <source> or null</source>
        <translation>或 null</translation>
    </message>
    <message>
        <source>must be a number &gt;= 0</source>
        <translation>必须是不小于 0 的数字</translation>
    </message>
    <message>
        <source>must be a number between 0 and 1</source>
        <translation>必须是 0 到 1 之间的数字</translation>
    </message>
    <message>
        <source>must be a coverage such as "7x24" or "5x9"</source>
        <translation>必须是服务时段，如 "7x24" 或 "5x9"</translation>
    </message>
    <message>
        <source>unknown parts quality "%1"</source>
        <translation>未知备件质量 "%1"</translation>
    </message>
    <message>
        <source>unknown parts locality "%1"</source>
        <translation>未知备件库位置 "%1"</translation>
    </message>
    <message>
        <source>unknown certification "%1" (none, industry, oem)</source>
        <translation>未知认证 "%1"（none、industry、oem）</translation>
    </message>
    <message>
        <source>unknown presence "%1" (remote, regional, local_city, resident)</source>
        <translation>未知工程师驻点类型 "%1"（remote、regional、local_city、resident）</translation>
    </message>
    <message>
        <source>must be an object {"kind": "fixed"|"capped"|"unbounded", "percent": N}</source>
        <translation>必须是对象 {"kind": "fixed"|"capped"|"unbounded", "percent": N}</translation>
    </message>
    <message>
        <source>a capped price adjustment needs "percent" &gt;= 0</source>
        <translation>有上限的调价需要 "percent" &gt;= 0</translation>
    </message>
    <message>
        <source>must be an object of credit terms</source>
        <translation>必须是由服务赔偿条款组成的对象</translation>
    </message>
    <message>
        <source>unknown credit term "%1" (one of %2)</source>
        <translation>未知服务赔偿条款 "%1"（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>%1 must be a number &gt;= 0</source>
        <translation>%1 必须是不小于 0 的数字</translation>
    </message>
    <message>
        <source>not promised: scored as the worst acceptable %1 min</source>
        <translation>未承诺：按最差可接受值 %1 分钟计分</translation>
    </message>
    <message>
        <source>no coverage found: 5x9 assumed</source>
        <translation>未找到服务时段：按 5x9 计</translation>
    </message>
    <message>
        <source>no parts commitment found</source>
        <translation>未找到备件承诺</translation>
    </message>
    <message>
        <source>no parts stock location found</source>
        <translation>未找到备件库位置</translation>
    </message>
    <message>
        <source>no certification found</source>
        <translation>未找到认证</translation>
    </message>
    <message>
        <source>engineer presence is not read from documents: remote assumed</source>
        <translation>不从文档中读取工程师驻点情况：按远程计</translation>
    </message>
    <message>
        <source>%1, tier %2: price in %3 but the spec has no exchange rate for it</source>
        <translation>%1，等级 %2：价格以 %3 计价，但评估规格中没有该币种的汇率</translation>
    </message>
    <message>
        <source>no price adjustment clause: fixed</source>
        <translation>无调价条款：按固定价格计</translation>
    </message>
    <message>
        <source>no service credits found</source>
        <translation>未找到服务赔偿条款</translation>
    </message>
    <message>
        <source>the tier's assumption</source>
        <translation>该等级的假设值</translation>
    </message>
    <message>
        <source>the tier's repair estimate</source>
        <translation>该等级的修复时间估计值</translation>
    </message>
    <message>
        <source>resolution minus on-site promise</source>
        <translation>修复承诺减去到场承诺</translation>
    </message>
    <message>
        <source>%1, tier %2: no per-server-year price found in the documents; add an override "price_per_server_year" with its reason</source>
        <translation>%1，等级 %2：文档中未找到每服务器年价格；请添加覆盖项 "price_per_server_year" 并注明理由</translation>
    </message>
</context>
<context>
    <name>tw::evaluation::WeightVector</name>
    <message>
        <source>Weight %1 is %2; weights must be finite and not negative</source>
        <translation>权重 %1 为 %2；权重必须为有限值且不能为负</translation>
    </message>
    <message>
        <source>All weights are zero</source>
        <translation>所有权重均为零</translation>
    </message>
</context>
<context>
    <name>tw::gui::MainWindow</name>
    <message>
        <source>Import Proposals</source>
        <translation>导入方案</translation>
    </message>
    <message>
        <source>Proposals (%1)</source>
        <translation>方案 (%1)</translation>
    </message>
    <message>
        <source>Reading proposals…</source>
        <translation>正在读取方案…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n proposal(s)</source>
        <translation>
            <numerusform>已导入 %n 份方案</numerusform>
        </translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled; %n file(s) not read</source>
        <translation>
            <numerusform>导入已取消；%n 个文件未读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n page(s) · %3</source>
        <translation>
            <numerusform>%1 · %2 · %n 页 · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>— page %1 —</source>
        <translation>— 第 %1 页 —</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>移除文档</translation>
    </message>
    <message>
        <source>Export Summary PDF</source>
        <translation>导出摘要 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>tw::history::CalendarSpec</name>
    <message>
        <source>calendar "%1" is not understood; use 7x24, 5x9, 5x9@09:00-18:00 or 5x9+cn</source>
        <translation>无法识别日历 "%1"；请使用 7x24、5x9、5x9@09:00-18:00 或 5x9+cn</translation>
    </message>
    <message>
        <source>calendar "%1": unknown holiday set "%2" (known: cn)</source>
        <translation>日历 "%1"：未知节假日集 "%2"（已知：cn）</translation>
    </message>
    <message>
        <source>calendar "%1": %2 working days a week is not possible</source>
        <translation>日历 "%1"：每周 %2 个工作日无效</translation>
    </message>
    <message>
        <source>calendar "%1": %2 hours a day is not possible</source>
        <translation>日历 "%1"：每天 %2 小时无效</translation>
    </message>
    <message>
        <source>calendar "%1": the window must be HH:MM-HH:MM within one day, start before end</source>
        <translation>日历 "%1"：时间窗必须为 HH:MM-HH:MM，位于同一天内，且开始早于结束</translation>
    </message>
    <message>
        <source>calendar "%1": the window %2 lasts %3 minutes, not the %4 hours the pattern says</source>
        <translation>日历 "%1"：时间窗 %2 持续 %3 分钟，与模式规定的 %4 小时不符</translation>
    </message>
</context>
<context>
    <name>tw::history::ChinaHolidayLoader</name>
    <message>
        <source>%1: cannot read the holiday calendar (%2)</source>
        <translation>%1：无法读取节假日日历（%2）</translation>
    </message>
    <message>
        <source>%1: the holiday calendar is not valid JSON (%2)</source>
        <translation>%1：节假日日历不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>%1: the holiday calendar lists no years</source>
        <translation>%1：节假日日历未列出任何年份</translation>
    </message>
    <message>
        <source>%1: a year entry has no valid "year"</source>
        <translation>%1：某个年份条目缺少有效的 "year"</translation>
    </message>
    <message>
        <source>%1: %2 %3 has no valid "off" range</source>
        <translation>%1：%2 %3 缺少有效的 "off" 范围</translation>
    </message>
    <message>
        <source>%1: %2 %3 has an invalid working day "%4"</source>
        <translation>%1：%2 %3 含有无效的调休工作日 "%4"</translation>
    </message>
</context>
<context>
    <name>tw::history::ColumnMapping</name>
    <message>
        <source>mapping "%1" is not COLUMN=FIELD</source>
        <translation>映射 "%1" 不符合 COLUMN=FIELD 格式</translation>
    </message>
    <message>
        <source>mapping "%1": the file has no column "%2" (columns: %3)</source>
        <translation>映射 "%1"：文件中没有列“%2”（现有列：%3）</translation>
    </message>
    <message>
        <source>mapping "%1": unknown field "%2" (known: %3, ignore)</source>
        <translation>映射 "%1"：未知字段 "%2"（已知字段：%3, ignore）</translation>
    </message>
</context>
<context>
    <name>tw::history::HistoryJson</name>
    <message>
        <source>(no vendor)</source>
        <translation>（无供应商）</translation>
    </message>
</context>
<context>
    <name>tw::history::IcsHolidayImport</name>
    <message>
        <source>%1: cannot read the calendar file (%2)</source>
        <translation>%1：无法读取日历文件（%2）</translation>
    </message>
    <message>
        <source>%1: the calendar file is not UTF-8 text as iCalendar requires</source>
        <translation>%1：日历文件不是 iCalendar 要求的 UTF-8 文本</translation>
    </message>
    <message>
        <source>%1: not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>%1：不是 iCalendar 文件（没有 BEGIN:VCALENDAR）</translation>
    </message>
    <message>
        <source>%1: event ending on line %2 has no valid DTSTART</source>
        <translation>%1：结束于第 %2 行的事件没有有效的 DTSTART</translation>
    </message>
    <message>
        <source>%1: event ending on line %2 has an invalid DTEND</source>
        <translation>%1：结束于第 %2 行的事件的 DTEND 无效</translation>
    </message>
    <message>
        <source>%1: event ending on line %2 spans more than a year</source>
        <translation>%1：结束于第 %2 行的事件跨度超过一年</translation>
    </message>
</context>
<context>
    <name>tw::history::ImportChunk</name>
    <message>
        <source>%1 "%2" is not a date</source>
        <translation>%1“%2”不是有效日期</translation>
    </message>
    <message>
        <source>%1 "%2" is not a date; left out</source>
        <translation>%1“%2”不是有效日期；已剔除</translation>
    </message>
    <message>
        <source>row has %1 fields where the header has %2</source>
        <translation>该行有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>vendor cell is %1 bytes long</source>
        <translation>供应商单元格长度为 %1 字节</translation>
    </message>
    <message>
        <source>priority cell is %1 bytes long</source>
        <translation>优先级单元格长度为 %1 字节</translation>
    </message>
    <message>
        <source>missing priority</source>
        <translation>缺少优先级</translation>
    </message>
    <message>
        <source>missing ticket id</source>
        <translation>缺少工单编号</translation>
    </message>
    <message>
        <source>ticket id cell is %1 bytes long</source>
        <translation>工单编号单元格长度为 %1 字节</translation>
    </message>
    <message>
        <source>%1 "%2" is not a date; event ignored</source>
        <translation>%1“%2”不是有效日期；已忽略该事件</translation>
    </message>
</context>
<context>
    <name>tw::history::SlaTargets</name>
    <message>
        <source>target "%1" is not PRIORITY:metric=duration,...</source>
        <translation>目标 "%1" 不符合 PRIORITY:metric=duration,... 格式</translation>
    </message>
    <message>
        <source>target "%1": "%2" is not metric=duration (e.g. onsite=4h)</source>
        <translation>目标 "%1"："%2" 不符合 metric=duration 格式（例如 onsite=4h）</translation>
    </message>
    <message>
        <source>target "%1": unknown metric "%2" (response, onsite, resolution)</source>
        <translation>目标 "%1"：未知指标 "%2"（response、onsite、resolution）</translation>
    </message>
</context>
<context>
    <name>tw::history::TicketImporter</name>
    <message>
        <source>no priority column found (columns: %1); name one with --map COLUMN=priority</source>
        <translation>未找到优先级列（现有列：%1）；请用 --map COLUMN=priority 指定</translation>
    </message>
    <message>
        <source>no opened-time column found (columns: %1); name one with --map COLUMN=opened</source>
        <translation>未找到开单时间列（现有列：%1）；请用 --map COLUMN=opened 指定</translation>
    </message>
    <message>
        <source>no response, on-site or resolution time column found (columns: %1); name one with --map COLUMN=responded|onsite|resolved</source>
        <translation>未找到响应时间、到场时间或修复时间列（现有列：%1）；请用 --map COLUMN=responded|onsite|resolved 指定</translation>
    </message>
    <message>
        <source>the event log has no ticket id column (columns: %1); name one with --map COLUMN=id</source>
        <translation>事件日志中没有工单编号列（现有列：%1）；请用 --map COLUMN=id 指定</translation>
    </message>
    <message>
        <source>%1 has no such date: %2/%3/%4 read %5</source>
        <translation>%1 中不存在日期 %2/%3/%4（解读方式：%5）</translation>
    </message>
    <message>
        <source>day-first like the rest of the column</source>
        <translation>日在前，与该列其他值一致</translation>
    </message>
    <message>
        <source>month-first like the rest of the column</source>
        <translation>月在前，与该列其他值一致</translation>
    </message>
    <message>
        <source>%1 has no such date: %2-%3-%4</source>
        <translation>%1 中不存在日期 %2-%3-%4</translation>
    </message>
    <message>
        <source>%1 %2 is before opened %3; left out</source>
        <translation>%1 %2 早于开单时间 %3；已剔除</translation>
    </message>
    <message>
        <source>response</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>on-site</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>修复时间</translation>
    </message>
    <message>
        <source>missing opened time</source>
        <translation>缺少开单时间</translation>
    </message>
    <message>
        <source>; left out</source>
        <translation>；已剔除</translation>
    </message>
    <message>
        <source>; event ignored</source>
        <translation>；已忽略该事件</translation>
    </message>
    <message>
        <source>missing priority</source>
        <translation>缺少优先级</translation>
    </message>
    <message>
        <source>missing vendor</source>
        <translation>缺少供应商</translation>
    </message>
    <message>
        <source>unknown vendor "%1"</source>
        <translation>未知供应商“%1”</translation>
    </message>
</context>
<context>
    <name>tw::io::CsvParser</name>
    <message>
        <source>a quoted field is never closed (the rest of the file was read into it)</source>
        <translation>有带引号的字段未闭合（文件的其余内容都被读入了该字段）</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation>字段 %1 的结束引号后还有文本</translation>
    </message>
    <message>
        <source>row has more than %1 fields</source>
        <translation>该行字段数超过 %1 个</translation>
    </message>
</context>
<context>
    <name>tw::io::CsvReader</name>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation>%1：无法打开文件（%2）</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB, more than the 4096 MB a table may have</source>
        <translation>%1：文件大小为 %2 MB，超过表格允许的上限 4096 MB</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1：无法读取文件（%2）</translation>
    </message>
    <message>
        <source>%1: the text is in none of the supported encodings (UTF-8, UTF-16, GB18030)</source>
        <translation>%1：文本不属于任何支持的编码（UTF-8、UTF-16、GB18030）</translation>
    </message>
    <message>
        <source>%1: the file has no header row</source>
        <translation>%1：文件没有表头行</translation>
    </message>
    <message>
        <source>%1: the header row is malformed: %2</source>
        <translation>%1：表头行格式错误：%2</translation>
    </message>
</context>
<context>
    <name>tw::io::DocumentImporter</name>
    <message>
        <source>%1: old Word .doc files are not supported; save it as .docx or PDF</source>
        <translation>%1：不支持旧版 Word .doc 文件；请另存为 .docx 或 PDF</translation>
    </message>
    <message>
        <source>%1: unsupported document type (use PDF, DOCX, TXT or Markdown)</source>
        <translation>%1：不支持的文档类型（请使用 PDF、DOCX、TXT 或 Markdown）</translation>
    </message>
</context>
<context>
    <name>tw::io::DocxNumbering</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>tw::io::DocxPartParser</name>
    <message>
        <source>the part declares a DTD, which Word documents never do</source>
        <translation>该部件声明了 DTD，而 Word 文档从不这样做</translation>
    </message>
    <message>
        <source>the part has no content</source>
        <translation>该部件没有内容</translation>
    </message>
    <message>
        <source>the root element &lt;%1&gt; is not WordprocessingML</source>
        <translation>根元素 &lt;%1&gt; 不是 WordprocessingML</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>元素嵌套深度超过 %1 层</translation>
    </message>
</context>
<context>
    <name>tw::io::DocxReader</name>
    <message>
        <source>%1: file not found</source>
        <translation>%1：找不到文件</translation>
    </message>
    <message>
        <source>%1: is a folder, not a document</source>
        <translation>%1：是文件夹，不是文档</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes)</source>
        <translation>%1：文件为空（0 字节）</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: is not a Word document (it is a PDF)</source>
        <translation>%1：不是 Word 文档（而是 PDF）</translation>
    </message>
    <message>
        <source>%1: is not a .docx Word document (it is a Word 97-2003 .doc or a password-protected file); save it as an unprotected .docx</source>
        <translation>%1：不是 .docx Word 文档（而是 Word 97-2003 .doc 或受密码保护的文件）；请另存为不受保护的 .docx</translation>
    </message>
    <message>
        <source>%1: is not a Word document (it is an RTF file)</source>
        <translation>%1：不是 Word 文档（而是 RTF 文件）</translation>
    </message>
    <message>
        <source>%1: is not a Word document (it is not a ZIP archive)</source>
        <translation>%1：不是 Word 文档（不是 ZIP 压缩包）</translation>
    </message>
    <message>
        <source>it is an Excel workbook</source>
        <translation>这是 Excel 工作簿</translation>
    </message>
    <message>
        <source>it is a PowerPoint presentation</source>
        <translation>这是 PowerPoint 演示文稿</translation>
    </message>
    <message>
        <source>it is an OpenDocument file</source>
        <translation>这是 OpenDocument 文件</translation>
    </message>
    <message>
        <source>the archive has no %1</source>
        <translation>压缩包中没有 %1</translation>
    </message>
    <message>
        <source>%1: is not a Word document (%2)</source>
        <translation>%1：不是 Word 文档（%2）</translation>
    </message>
    <message>
        <source>the styles (%1) are damaged; numbering and page breaks set by styles are missing</source>
        <translation>样式（%1）已损坏；由样式设置的编号和分页符将缺失</translation>
    </message>
    <message>
        <source>the list numbering (%1) is damaged at %2; list labels are missing</source>
        <translation>列表编号（%1）在 %2 处损坏；列表标签将缺失</translation>
    </message>
    <message>
        <source>%1: the Word document is damaged: %2, %3</source>
        <translation>%1：Word 文档已损坏：%2，%3</translation>
    </message>
    <message>
        <source>%1: extraction was cancelled</source>
        <translation>%1：提取已取消</translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation>文档不包含任何文本</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) skipped; text inside images is not read</source>
        <translation>
            <numerusform>已跳过 %n 张图片；不读取图片中的文字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n embedded object(s), such as spreadsheets, skipped</source>
        <translation>
            <numerusform>已跳过 %n 个嵌入对象（如电子表格）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported chunk(s) of HTML or RTF (altChunk) skipped</source>
        <translation>
            <numerusform>已跳过 %n 个导入的 HTML 或 RTF 块（altChunk）</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 (%2) are damaged at %3 and were skipped</source>
        <translation>%1（%2）在 %3 处损坏，已跳过</translation>
    </message>
    <message>
        <source>%1 is missing from the package; its text was skipped</source>
        <translation>包中缺少 %1；已跳过其文本</translation>
    </message>
    <message>
        <source>%1 is damaged at %2; its text was skipped</source>
        <translation>%1 在 %2 处损坏；已跳过其文本</translation>
    </message>
</context>
<context>
    <name>tw::io::FileCheck</name>
    <message>
        <source>a PDF</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>a ZIP archive or Word document</source>
        <translation>ZIP 压缩包或 Word 文档</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>二进制数据</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1：找不到文件</translation>
    </message>
    <message>
        <source>%1: is a folder, not a document</source>
        <translation>%1：是文件夹，不是文档</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes)</source>
        <translation>%1：文件为空（0 字节）</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1：文件大于 %2 MB</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: cannot be read completely</source>
        <translation>%1：无法完整读取</translation>
    </message>
    <message>
        <source>%1: is not %2 (it is %3)</source>
        <translation>%1：不是%2（而是%3）</translation>
    </message>
</context>
<context>
    <name>tw::io::PdfReader</name>
    <message>
        <source>%1: not a readable PDF (the file is damaged or truncated)</source>
        <translation>%1：不是可读的 PDF（文件已损坏或不完整）</translation>
    </message>
    <message>
        <source>%1: document is password-protected; give its password</source>
        <translation>%1：文档受密码保护；请提供密码</translation>
    </message>
    <message>
        <source>%1: document is password-protected and the password is wrong</source>
        <translation>%1：文档受密码保护，且密码错误</translation>
    </message>
    <message>
        <source>%1: the PDF has no pages</source>
        <translation>%1：PDF 没有页面</translation>
    </message>
    <message>
        <source>%1: extraction was cancelled</source>
        <translation>%1：提取已取消</translation>
    </message>
    <message>
        <source>%1: page could not be read</source>
        <translation>%1：无法读取页面</translation>
    </message>
    <message>
        <source>page %1 has no text layer (scanned?); enable OCR to read it</source>
        <translation>第 %1 页没有文本层（可能是扫描件）；请启用 OCR 读取</translation>
    </message>
    <message>
        <source>page %1 was read by OCR</source>
        <translation>第 %1 页已通过 OCR 读取</translation>
    </message>
    <message>
        <source>OCR is not available (Tesseract or its English/Chinese language data is not installed)</source>
        <translation>OCR 不可用（未安装 Tesseract 或其英文/中文语言数据）</translation>
    </message>
</context>
<context>
    <name>tw::io::SafeZipReader</name>
    <message>
        <source>%1: not a readable ZIP archive (error %2)</source>
        <translation>%1：不是可读的 ZIP 压缩包（错误 %2）</translation>
    </message>
    <message>
        <source>%1: the archive has %2 entries, more than the limit of %3</source>
        <translation>%1：压缩包有 %2 个条目，超过上限 %3</translation>
    </message>
    <message>
        <source>%1: the archive contains an unsafe entry name "%2"</source>
        <translation>%1：压缩包包含不安全的条目名“%2”</translation>
    </message>
    <message>
        <source>%1: the archive has no entry "%2"</source>
        <translation>%1：压缩包中没有条目“%2”</translation>
    </message>
    <message>
        <source>%1: cannot decompress entry "%2"</source>
        <translation>%1：无法解压条目“%2”</translation>
    </message>
    <message>
        <source>%1: entry "%2" decompresses to more than %3 MB; refusing it as a possible ZIP bomb</source>
        <translation>%1：条目“%2”解压后超过 %3 MB；可能是 ZIP 炸弹，已拒绝</translation>
    </message>
    <message>
        <source>%1: the archive decompresses to more than %2 MB; refusing it as a possible ZIP bomb</source>
        <translation>%1：压缩包解压后超过 %2 MB；可能是 ZIP 炸弹，已拒绝</translation>
    </message>
    <message>
        <source>%1: entry "%2" has a compression ratio above %3:1; refusing it as a possible ZIP bomb</source>
        <translation>%1：条目“%2”的压缩比超过 %3:1；可能是 ZIP 炸弹，已拒绝</translation>
    </message>
    <message>
        <source>%1: entry "%2" is corrupt (error %3)</source>
        <translation>%1：条目“%2”已损坏（错误 %3）</translation>
    </message>
</context>
<context>
    <name>tw::io::SandboxedExtractor</name>
    <message>
        <source>%1: the document reader could not be started (%2)</source>
        <translation>%1：无法启动文档读取程序（%2）</translation>
    </message>
    <message>
        <source>%1: extraction was cancelled</source>
        <translation>%1：提取已取消</translation>
    </message>
    <message>
        <source>%1: reading took longer than %2 s and was stopped (the file may be malformed)</source>
        <translation>%1：读取耗时超过 %2 秒，已停止（文件格式可能有误）</translation>
    </message>
    <message>
        <source>%1: reading needed more than %2 MB of memory and was stopped (the file may be a decompression bomb)</source>
        <translation>%1：读取所需内存超过 %2 MB，已停止（文件可能是解压炸弹）</translation>
    </message>
    <message>
        <source>%1: the document reader crashed on this file</source>
        <translation>%1：文档读取程序处理此文件时崩溃</translation>
    </message>
    <message>
        <source>%1: the document reader failed (exit status %2)</source>
        <translation>%1：文档读取程序失败（退出状态 %2）</translation>
    </message>
    <message>
        <source>%1: the document reader returned malformed output</source>
        <translation>%1：文档读取程序返回了格式错误的输出</translation>
    </message>
</context>
<context>
    <name>tw::io::SpecLoader</name>
    <message>
        <source>no column "%1" in the header (%2)</source>
        <translation>表头中没有列“%1”（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n row(s) not used (see tierwise-cli history)</source>
        <translation>
            <numerusform>%1，%2：%n 行未使用（参见 tierwise-cli history）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::io::SpecParser</name>
    <message>
        <source>unknown field (expected one of %1)</source>
        <translation>未知字段（应为以下之一：%1）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be &gt; %1</source>
        <translation>必须大于 %1</translation>
    </message>
    <message>
        <source>must be &gt;= %1</source>
        <translation>必须大于或等于 %1</translation>
    </message>
    <message>
        <source>must be &lt;= %1</source>
        <translation>必须小于或等于 %1</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>必须是字符串数组</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be [ideal, worst acceptable]</source>
        <translation>必须为 [理想值, 最差可接受值]</translation>
    </message>
    <message>
        <source>ideal and worst must differ and be &gt;= 0</source>
        <translation>理想值与最差值必须不同，且均不小于 0</translation>
    </message>
    <message>
        <source>"%1" is not a coverage such as "7x24" or "5x9"</source>
        <translation>"%1" 不是有效的服务时段（如 "7x24" 或 "5x9"）</translation>
    </message>
    <message>
        <source>unknown parts quality "%1"</source>
        <translation>未知备件质量 "%1"</translation>
    </message>
    <message>
        <source>give either "weights" or "ahp", not both</source>
        <translation>只能给出 "weights" 或 "ahp" 之一，不能同时给出</translation>
    </message>
    <message>
        <source>needs "weights" or "ahp"</source>
        <translation>需要 "weights" 或 "ahp"</translation>
    </message>
    <message>
        <source>unknown criterion (expected one of %1)</source>
        <translation>未知准则（应为以下之一：%1）</translation>
    </message>
    <message>
        <source>unknown criterion "%1"</source>
        <translation>未知准则 "%1"</translation>
    </message>
    <message>
        <source>criterion "%1" appears twice</source>
        <translation>准则 "%1" 出现了两次</translation>
    </message>
    <message>
        <source>must have one row per criterion (%1), has %2</source>
        <translation>必须每个准则一行（共 %1 行），实际为 %2 行</translation>
    </message>
    <message>
        <source>file "%1" does not exist</source>
        <translation>文件“%1”不存在</translation>
    </message>
    <message>
        <source>unknown ticket field "%1"</source>
        <translation>未知工单字段 "%1"</translation>
    </message>
    <message>
        <source>unknown time zone "%1" (use an IANA name such as Asia/Shanghai)</source>
        <translation>未知时区 "%1"（请使用 IANA 名称，如 Asia/Shanghai）</translation>
    </message>
    <message>
        <source>must be "dmy" or "mdy"</source>
        <translation>必须为 "dmy" 或 "mdy"</translation>
    </message>
    <message>
        <source>must be a priority label P1..P9</source>
        <translation>必须是 P1..P9 的优先级标签</translation>
    </message>
    <message>
        <source>is required when "segments" is given</source>
        <translation>给出 "segments" 时为必填项</translation>
    </message>
    <message>
        <source>is required when "segment_column" is given</source>
        <translation>给出 "segment_column" 时为必填项</translation>
    </message>
    <message>
        <source>unknown tier "%1"</source>
        <translation>未知等级“%1”</translation>
    </message>
    <message>
        <source>the vendor does not bid for tier "%1"</source>
        <translation>该供应商未投标等级“%1”</translation>
    </message>
    <message>
        <source>%1: cannot open the spec: %2</source>
        <translation>%1：无法打开评估规格：%2</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>不是有效的 JSON（偏移 %1）：%2</translation>
    </message>
    <message>
        <source>the spec must be a JSON object</source>
        <translation>评估规格必须是 JSON 对象</translation>
    </message>
    <message>
        <source>is required (this program reads version 1)</source>
        <translation>为必填项（本程序读取版本 1）</translation>
    </message>
    <message>
        <source>unsupported version %1 (this program reads version 1)</source>
        <translation>不支持的版本 %1（本程序读取版本 1）</translation>
    </message>
    <message>
        <source>must be an ISO 4217 code such as "CNY"</source>
        <translation>必须是 ISO 4217 代码，如 "CNY"</translation>
    </message>
    <message>
        <source>must be an ISO 4217 code such as "USD"</source>
        <translation>必须是 ISO 4217 代码，如 "USD"</translation>
    </message>
    <message>
        <source>must list at least one tier</source>
        <translation>必须至少列出一个等级</translation>
    </message>
    <message>
        <source>duplicate tier name "%1"</source>
        <translation>等级名称“%1”重复</translation>
    </message>
    <message>
        <source>must list at least one vendor</source>
        <translation>必须至少列出一个供应商</translation>
    </message>
    <message>
        <source>duplicate vendor name "%1"</source>
        <translation>供应商名称“%1”重复</translation>
    </message>
    <message>
        <source>unknown kind "%1" (oem, tpm or reseller)</source>
        <translation>未知类型 "%1"（oem、tpm 或 reseller）</translation>
    </message>
    <message>
        <source>only prices have a currency</source>
        <translation>只有价格才有币种</translation>
    </message>
    <message>
        <source>no exchange rate for "%1" in exchange_rates</source>
        <translation>exchange_rates 中没有 "%1" 的汇率</translation>
    </message>
    <message>
        <source>no vendor bids for tier "%1"</source>
        <translation>没有供应商投标等级“%1”</translation>
    </message>
</context>
<context>
    <name>tw::io::TableFileReader</name>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation>%1：无法打开文件（%2）</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) workbook, which Tierwise does not read. Open it in Excel, WPS or LibreOffice and save it as .xlsx or .csv, then import that file.</source>
        <translation>%1 是旧版 Excel 97-2003（.xls）工作簿，Tierwise 无法读取。请在 Excel、WPS 或 LibreOffice 中打开并另存为 .xlsx 或 .csv，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML) named .xls, not a workbook. Open it in Excel, WPS or LibreOffice and save it as .xlsx or .csv, then import that file.</source>
        <translation>%1 是以 .xls 命名的网页（HTML），而不是工作簿。请在 Excel、WPS 或 LibreOffice 中打开并另存为 .xlsx 或 .csv，然后导入该文件。</translation>
    </message>
</context>
<context>
    <name>tw::io::TextFileReader</name>
    <message>
        <source>%1: the text is in an unknown encoding (not UTF-8, UTF-16 or GB18030)</source>
        <translation>%1：文本编码未知（不是 UTF-8、UTF-16 或 GB18030）</translation>
    </message>
    <message>
        <source>%1: is binary data, not text</source>
        <translation>%1：是二进制数据，不是文本</translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>按 %1 读取</translation>
    </message>
</context>
<context>
    <name>tw::io::XlsxReader</name>
    <message>
        <source>%1: not an .xlsx workbook (no xl/workbook.xml)</source>
        <translation>%1：不是 .xlsx 工作簿（没有 xl/workbook.xml）</translation>
    </message>
    <message>
        <source>%1: xl/workbook.xml is malformed (%2)</source>
        <translation>%1：xl/workbook.xml 格式错误（%2）</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1：工作簿中没有工作表</translation>
    </message>
    <message>
        <source>%1: xl/sharedStrings.xml is malformed (%2)</source>
        <translation>%1：xl/sharedStrings.xml 格式错误（%2）</translation>
    </message>
    <message>
        <source>%1: no sheet "%2" (sheets: %3)</source>
        <translation>%1：没有工作表“%2”（现有工作表：%3）</translation>
    </message>
    <message>
        <source>%1: sheet "%2" cannot be read: %3</source>
        <translation>%1：无法读取工作表“%2”：%3</translation>
    </message>
    <message>
        <source>%1: sheet "%2" has a cell beyond column 100000</source>
        <translation>%1：工作表“%2”中有超出第 100000 列的单元格</translation>
    </message>
    <message>
        <source>%1: sheet "%2" is malformed XML (%3)</source>
        <translation>%1：工作表“%2”的 XML 格式错误（%3）</translation>
    </message>
    <message>
        <source>%1: no sheet has any rows</source>
        <translation>%1：所有工作表都没有数据行</translation>
    </message>
</context>
<context>
    <name>tw::report::DocumentSummaryReport</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tierwise proposal summary</source>
        <translation>Tierwise 方案摘要</translation>
    </message>
    <message>
        <source>Proposal summary</source>
        <translation>方案摘要</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), prepared %1</source>
        <translation>
            <numerusform>%n 份文档，编制于 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::report::SafeFileWriter</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: writing failed (%2); the previous file is unchanged</source>
        <translation>%1：写入失败（%2）；原文件未更改</translation>
    </message>
    <message>
        <source>%1: could not be saved (%2); the previous file is unchanged</source>
        <translation>%1：无法保存（%2）；原文件未更改</translation>
    </message>
</context>
<context>
    <name>tw::storage::Workspace</name>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>%1: cannot open the workspace (%2)</source>
        <translation>%1：无法打开工作区（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>PostgreSQL %1:%2: cannot connect (%3)</source>
        <translation>PostgreSQL %1:%2：无法连接（%3）</translation>
    </message>
    <message>
        <source>not a Tierwise workspace or not a database (%1)</source>
        <translation>不是 Tierwise 工作区或不是数据库（%1）</translation>
    </message>
    <message>
        <source>not a Tierwise workspace or not a database</source>
        <translation>不是 Tierwise 工作区或不是数据库</translation>
    </message>
    <message>
        <source>the workspace was written by a newer Tierwise (schema %1, this version knows %2)</source>
        <translation>该工作区由更新版本的 Tierwise 写入（架构版本 %1，本版本支持 %2）</translation>
    </message>
    <message>
        <source>cannot commit the schema migration to version %1</source>
        <translation>无法提交到版本 %1 的架构迁移</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>cannot commit the new document: %1</source>
        <translation>无法提交新文档：%1</translation>
    </message>
    <message>
        <source>no document with id %1</source>
        <translation>没有 id 为 %1 的文档</translation>
    </message>
    <message>
        <source>document %1 is damaged in the workspace</source>
        <translation>工作区中的文档 %1 已损坏</translation>
    </message>
</context>
</TS>