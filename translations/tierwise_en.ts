<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Tierwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported proposals. Select one to read its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a proposal (PDF, DOCX, TXT or Markdown) with File › Import or Ctrl+O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Summary PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workspace file to open (created if missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import these documents at start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::analysis::ContractAnalyzer</name>
    <message>
        <source>No rules for %1 text: its risky clauses were not checked, so an empty list of findings does not mean the document is clean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) have no text layer and were not analysed (try --ocr).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::analysis::RulePackLoader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid regular expression: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of regular expressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unknown value &quot;%2&quot; (allowed: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;en&quot; and &quot;zh&quot; texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs both an English (&quot;en&quot;) and a Chinese (&quot;zh&quot;) text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule has no &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity &quot;%1&quot; must be low, medium or high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule has either &quot;patterns&quot; or &quot;document&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;document&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;document.%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;exception_scope&quot; must be &quot;clause&quot; or &quot;sentence&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;once_per_sentence&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;absent_nearby&quot; must be an array of {&quot;pattern&quot;, &quot;within&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;absent_nearby.within&quot; must be a number of characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;not_negated&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;critical_tier&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;reference_not_attached&quot; needs a pattern with a named group (?&lt;ref&gt;...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule pack must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack has no &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack has neither &quot;rules&quot; nor &quot;disable&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry of &quot;rules&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is used twice in this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;languages&quot; for the rule or the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the rule pack: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;quote&quot; must be &quot;match&quot;, &quot;phrase&quot;, &quot;clause&quot; or &quot;sentence&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::charts::DocumentOverviewChart</name>
    <message>
        <source>Proposal length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines (÷10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::cli::AnalyzeCommand</name>
    <message numerus="yes">
        <source>%1: %2, %n page(s), language %3
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>rule packs: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
terms (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
findings (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none found, but the check was incomplete (see warning)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::cli::SummaryCommand</name>
    <message>
        <source>%1
  format %2, %3 pages, %4 lines, language %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::evaluation::Ahp</name>
    <message>
        <source>The comparison matrix is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison matrix has %1 rows; at most 15 criteria can be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison matrix is not square: row %1 has %2 values, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison (%1, %2) is %3; every comparison must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison (%1, %1) is %2; an element compared with itself must be 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparisons (%1, %2) = %3 and (%2, %1) = %4 are not reciprocal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency ratio %1 is above %2: the pairwise judgements contradict each other; revise the comparisons that disagree most</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::evaluation::EvaluationReport</name>
    <message>
        <source>Evaluation: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon %1 years, discount rate %2 %, %3 Monte Carlo trials (seed %4); money in %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No recommendation: every offer is knocked out.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: %1 (weighted score %2; TOPSIS winner %3); TCO mean %4, P90 %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights from AHP: consistency ratio %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (above 0.10: revise the judgements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Ranking
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPSIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCO mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCO P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Knocked out
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
Risk-adjusted TCO over %n year(s) (mean = contract + downtime + T&amp;M - credits)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>
Most sensitive weight: %1 (%2 %): %3 stays the winner for weights %4-%5 %; a change of %6 points flips it to %7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
No single weight change flips the winner.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low_price: %1 quotes %2 per server-year, %3 % of the others&apos; median %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
== Findings to negotiate (high severity first, up to 5 per vendor) ==
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::evaluation::EvaluationRun</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-site time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No binding %1 is promised; the tier requires at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, history %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: every offer is knocked out; no recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: the weighted sum prefers %2, TOPSIS prefers %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::evaluation::KnockOutCheck</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 exceeds the tier&apos;s maximum of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage %1 is below the tier&apos;s minimum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts quality &quot;%1&quot; is below the required &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical attainment of %1 % is below the tier&apos;s minimum of %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::evaluation::LowPriceCheck</name>
    <message>
        <source>%1 quotes %2 for tier %3; the median of the other %4 proposals is %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is %1 % of the median of the other proposals for this tier. A price this low often means reduced scope, refurbished or compatible parts, subcontracted engineers, or charges moved into exclusions and T&amp;M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the vendor to confirm in writing that the quoted price includes every service level, part quality and coverage in its proposal, with no extra charges for on-site visits or parts during the term.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::evaluation::OfferBuilder</name>
    <message>
        <source>unknown field &quot;%1&quot; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number &gt; 0%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a coverage such as &quot;7x24&quot; or &quot;5x9&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parts quality &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parts locality &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown certification &quot;%1&quot; (none, industry, oem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown presence &quot;%1&quot; (remote, regional, local_city, resident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object {&quot;kind&quot;: &quot;fixed&quot;|&quot;capped&quot;|&quot;unbounded&quot;, &quot;percent&quot;: N}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a capped price adjustment needs &quot;percent&quot; &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of credit terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown credit term &quot;%1&quot; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not promised: scored as the worst acceptable %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coverage found: 5x9 assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parts commitment found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parts stock location found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certification found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engineer presence is not read from documents: remote assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, tier %2: price in %3 but the spec has no exchange rate for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price adjustment clause: fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service credits found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tier&apos;s assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tier&apos;s repair estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution minus on-site promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, tier %2: no per-server-year price found in the documents; add an override &quot;price_per_server_year&quot; with its reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::evaluation::WeightVector</name>
    <message>
        <source>Weight %1 is %2; weights must be finite and not negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All weights are zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::gui::MainWindow</name>
    <message>
        <source>Import Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n proposal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled; %n file(s) not read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n page(s) · %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>— page %1 —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Summary PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::history::CalendarSpec</name>
    <message>
        <source>calendar &quot;%1&quot; is not understood; use 7x24, 5x9, 5x9@09:00-18:00 or 5x9+cn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot;: unknown holiday set &quot;%2&quot; (known: cn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot;: %2 working days a week is not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot;: %2 hours a day is not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot;: the window must be HH:MM-HH:MM within one day, start before end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot;: the window %2 lasts %3 minutes, not the %4 hours the pattern says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::history::ChinaHolidayLoader</name>
    <message>
        <source>%1: cannot read the holiday calendar (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the holiday calendar is not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the holiday calendar lists no years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a year entry has no valid &quot;year&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 has no valid &quot;off&quot; range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 has an invalid working day &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::history::ColumnMapping</name>
    <message>
        <source>mapping &quot;%1&quot; is not COLUMN=FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping &quot;%1&quot;: the file has no column &quot;%2&quot; (columns: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping &quot;%1&quot;: unknown field &quot;%2&quot; (known: %3, ignore)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::history::HistoryJson</name>
    <message>
        <source>(no vendor)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::history::IcsHolidayImport</name>
    <message>
        <source>%1: cannot read the calendar file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the calendar file is not UTF-8 text as iCalendar requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event ending on line %2 has no valid DTSTART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event ending on line %2 has an invalid DTEND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event ending on line %2 spans more than a year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::history::ImportChunk</name>
    <message>
        <source>%1 &quot;%2&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row has %1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor cell is %1 bytes long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority cell is %1 bytes long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing ticket id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket id cell is %1 bytes long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date; event ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::history::SlaTargets</name>
    <message>
        <source>target &quot;%1&quot; is not PRIORITY:metric=duration,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target &quot;%1&quot;: &quot;%2&quot; is not metric=duration (e.g. onsite=4h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target &quot;%1&quot;: unknown metric &quot;%2&quot; (response, onsite, resolution)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::history::TicketImporter</name>
    <message>
        <source>no priority column found (columns: %1); name one with --map COLUMN=priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no opened-time column found (columns: %1); name one with --map COLUMN=opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response, on-site or resolution time column found (columns: %1); name one with --map COLUMN=responded|onsite|resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event log has no ticket id column (columns: %1); name one with --map COLUMN=id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no such date: %2/%3/%4 read %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day-first like the rest of the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month-first like the rest of the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no such date: %2-%3-%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is before opened %3; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing opened time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; event ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown vendor &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::io::CsvParser</name>
    <message>
        <source>a quoted field is never closed (the rest of the file was read into it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row has more than %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::io::CsvReader</name>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is %2 MB, more than the 4096 MB a table may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text is in none of the supported encodings (UTF-8, UTF-16, GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header row is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::io::DocumentImporter</name>
    <message>
        <source>%1: old Word .doc files are not supported; save it as .docx or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unsupported document type (use PDF, DOCX, TXT or Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::io::DocxNumbering</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::io::DocxPartParser</name>
    <message>
        <source>the part declares a DTD, which Word documents never do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part has no content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element &lt;%1&gt; is not WordprocessingML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::io::DocxReader</name>
    <message>
        <source>%1: file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a Word document (it is a PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a .docx Word document (it is a Word 97-2003 .doc or a password-protected file); save it as an unprotected .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a Word document (it is an RTF file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a Word document (it is not a ZIP archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a PowerPoint presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an OpenDocument file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a Word document (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the styles (%1) are damaged; numbering and page breaks set by styles are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list numbering (%1) is damaged at %2; list labels are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Word document is damaged: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: extraction was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) skipped; text inside images is not read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n embedded object(s), such as spreadsheets, skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported chunk(s) of HTML or RTF (altChunk) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 (%2) are damaged at %3 and were skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing from the package; its text was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged at %2; its text was skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::io::FileCheck</name>
    <message>
        <source>a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive or Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not %2 (it is %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::io::PdfReader</name>
    <message>
        <source>%1: not a readable PDF (the file is damaged or truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: document is password-protected; give its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: document is password-protected and the password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: extraction was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 has no text layer (scanned?); enable OCR to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 was read by OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR is not available (Tesseract or its English/Chinese language data is not installed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::io::SafeZipReader</name>
    <message>
        <source>%1: not a readable ZIP archive (error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive has %2 entries, more than the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive contains an unsafe entry name &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive has no entry &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot decompress entry &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; decompresses to more than %3 MB; refusing it as a possible ZIP bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive decompresses to more than %2 MB; refusing it as a possible ZIP bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; has a compression ratio above %3:1; refusing it as a possible ZIP bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; is corrupt (error %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::io::SandboxedExtractor</name>
    <message>
        <source>%1: the document reader could not be started (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: extraction was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading took longer than %2 s and was stopped (the file may be malformed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading needed more than %2 MB of memory and was stopped (the file may be a decompression bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the document reader crashed on this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the document reader failed (exit status %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the document reader returned malformed output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::io::SpecLoader</name>
    <message>
        <source>no column &quot;%1&quot; in the header (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n row(s) not used (see tierwise-cli history)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::io::SpecParser</name>
    <message>
        <source>unknown field (expected one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &gt;= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &lt;= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be [ideal, worst acceptable]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideal and worst must differ and be &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a coverage such as &quot;7x24&quot; or &quot;5x9&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parts quality &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either &quot;weights&quot; or &quot;ahp&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs &quot;weights&quot; or &quot;ahp&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown criterion (expected one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown criterion &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have one row per criterion (%1), has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ticket field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Asia/Shanghai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;dmy&quot; or &quot;mdy&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a priority label P1..P9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required when &quot;segments&quot; is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required when &quot;segment_column&quot; is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vendor does not bid for tier &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the spec: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spec must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (this program reads version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1 (this program reads version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 4217 code such as &quot;CNY&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 4217 code such as &quot;USD&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate tier name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate vendor name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (oem, tpm or reseller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only prices have a currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exchange rate for &quot;%1&quot; in exchange_rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vendor bids for tier &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::io::TableFileReader</name>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) workbook, which Tierwise does not read. Open it in Excel, WPS or LibreOffice and save it as .xlsx or .csv, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a web page (HTML) named .xls, not a workbook. Open it in Excel, WPS or LibreOffice and save it as .xlsx or .csv, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::io::TextFileReader</name>
    <message>
        <source>%1: the text is in an unknown encoding (not UTF-8, UTF-16 or GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is binary data, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::io::XlsxReader</name>
    <message>
        <source>%1: not an .xlsx workbook (no xl/workbook.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: xl/workbook.xml is malformed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: xl/sharedStrings.xml is malformed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no sheet &quot;%2&quot; (sheets: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; has a cell beyond column 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; is malformed XML (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no sheet has any rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::report::DocumentSummaryReport</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tierwise proposal summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), prepared %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::report::SafeFileWriter</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: writing failed (%2); the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be saved (%2); the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::storage::Workspace</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the workspace (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1:%2: cannot connect (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Tierwise workspace or not a database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Tierwise workspace or not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace was written by a newer Tierwise (schema %1, this version knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the schema migration to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the new document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 is damaged in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
