// A third-party maintainer's tender response (投标文件) as hospitals receive them: equipment zones as tiers,
// one sentence giving two zones their hours, totals rows with their labels in several cells.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/ContractAnalyzer.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::fieldsOf;
using tw::test::findingCount;
using tw::test::findingsOf;
using tw::test::minutesByTierAndPriority;
using tw::test::termsOf;
using tw::test::textDocument;
using tw::test::tiersOf;

class TestTenderResponse : public QObject
{
    Q_OBJECT

private slots:
    void complianceMatrixWithYesPartialAndNo()
    {
        // "Requirement (buyer's text) | Compliance (Y / N / Partial) | Vendor comment": a "Y" with nothing beside it
        // (or "Confirmed.") commits the vendor to the requirement as written; under "Partial" or "N" only the
        // comment promises.
        const auto result = analyze(textDocument({{
            QStringLiteral("Req ID\tRequirement (buyer's text)\tCompliance (Y / N / Partial)\tVendor comment"),
            QStringLiteral("SR-01\tTier 1 servers shall be covered 24x7x365, including public holidays.\tY\t"),
            QStringLiteral(
                "SR-02\tTier 2 servers shall be covered 7:00 a.m. to 7:00 p.m., Monday through Friday.\tPartial"
                "\tBusiness Hours are 8:00 a.m. to 5:00 p.m., Monday through Friday."),
            QStringLiteral("SR-07\tSeverity 3: engineer on site within 8 hours.\tY\tConfirmed."),
            QStringLiteral(
                "SP-02\tTier 2: new parts or OEM-certified refurbished parts are acceptable.\tPartial\tTier 2 "
                "parts may be new or refurbished at Brightmoor's discretion."),
        }}));
        const auto coverage = termsOf(result, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 2);
        QCOMPARE(coverage.at(0).values.value(QStringLiteral("hours_per_day")).toInt(), 24);
        QCOMPARE(coverage.at(1).values.value(QStringLiteral("start")).toString(), QStringLiteral("08:00"));
        QCOMPARE(termsOf(result, QStringLiteral("onsite_time")).size(), 1);
        const auto parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("vendor_discretion"));
    }

    void regionClassesUnderARegionGradeColumn()
    {
        // "区域等级 | 范围 | 考核系数" lists the tiers (一类区域 …); the times table names them under its measures.
        const auto result = analyze(textDocument({{
            QStringLiteral("表1 区域等级划分"),
            QStringLiteral("区域等级\t范围\t考核系数"),
            QStringLiteral("一类区域\t省公司本部数据中心\t1.2"),
            QStringLiteral("二类区域\t其余地市分公司市区机房\t1.0"),
            QStringLiteral("表3 故障处理时限"),
            QStringLiteral("故障等级\t到场时限 一类区域\t到场时限 二类区域"),
            QStringLiteral("一级故障\t≤2小时\t≤4小时"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("一类区域"), QStringLiteral("二类区域")}));
        const auto minutes = minutesByTierAndPriority(result, QStringLiteral("onsite_time"));
        QCOMPARE(minutes.value(QStringLiteral("二类区域 P1")), 240);
    }

    void negotiationMemoKeepsTheBidWhereAChangeIsPending()
    {
        // "原投标承诺 | 谈判后承诺 | 状态": "维持原投标承诺" keeps the bid; a row still "待定" keeps the bid too, and
        // its after column (the buyer's demand) promises nothing.
        const auto result = analyze(textDocument({{
            QStringLiteral("5．设备分类：核心类指生产调度等核心业务系统服务器；重要类指客服及财务等系统服务器。"),
            QStringLiteral("序号\t项目\t设备类别\t原投标承诺\t谈判后承诺\t状态"),
            QStringLiteral("4\t响应时间\t核心类\t30分钟内响应\t15分钟内电话响应\t已确认"),
            QStringLiteral("5\t响应时间\t重要类\t1小时内响应\t维持原投标承诺\t已确认"),
            QStringLiteral("8\t到场时间\t重要类\t8小时内到场\t4小时内到场\t已确认"),
            QStringLiteral("11\t修复时间\t重要类\t到场后8小时内修复\t招标人要求报修后12小时内修复；我司需核算成本后书面"
                           "答复\t待定"),
        }}));
        const auto minutes = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(minutes.value(QStringLiteral("核心类 ")), 15);
        QCOMPARE(minutes.value(QStringLiteral("重要类 ")), 60);
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("onsite_time")).value(QStringLiteral("重要类 ")), 240);
        const auto repair = termsOf(result, QStringLiteral("resolution_time"));
        QCOMPARE(repair.size(), 1);
        QCOMPARE(repair.first().values.value(QStringLiteral("minutes")).toInt(), 480);
    }

    void businessDayDefinedWithoutHours()
    {
        // "工作日指周一至周五，国家法定节假日除外" says which days but not which hours: "5×8小时（工作日）" and
        // "下一个工作日" stay undefined business time, unless the document gives the hours somewhere
        // ("上午9时至下午6时").
        const QStringList lines{QStringLiteral("一般业务服务器：5×8小时（工作日），下一个工作日到场。"),
                                QStringLiteral("注：工作日指周一至周五，国家法定节假日除外。")};
        QVERIFY(findingCount(analyze(textDocument({lines})), QStringLiteral("day_basis")) >= 2);
        const QStringList withHours = lines + QStringList{QStringLiteral("工作时间为工作日上午9时至下午6时。")};
        QCOMPARE(findingCount(analyze(textDocument({withHours})), QStringLiteral("day_basis")), 0);
    }

    void endOfLifePartsAndRevisionWording()
    {
        // Parts after end of service, said under one class's heading but naming none, are every model's; "按届时…价格
        // 执行" leaves the renewal price open; "revised by not more than 5% per year" caps it.
        const auto zh = analyze(textDocument({{
            QStringLiteral("一、一类设备"),
            QStringLiteral("一类设备 7×24 小时服务，4 小时内到场。"),
            QStringLiteral("对原厂已停止服务（EOS）的设备，乙方保证自原厂停止服务之日起不少于5年的备件供应。"),
            QStringLiteral("二、二类设备"),
            QStringLiteral("二类设备 5×8 小时服务。"),
            QStringLiteral("三、续保"),
            QStringLiteral("续保期满后续签的，价格按届时曜森官方服务价格执行。"),
        }}));
        const auto eol = termsOf(zh, QStringLiteral("eol_parts_years"));
        QCOMPARE(eol.size(), 1);
        QCOMPARE(eol.first().tier, QString());
        const auto open = termsOf(zh, QStringLiteral("price_adjustment"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("unbounded"));
        QCOMPARE(findingCount(zh, QStringLiteral("price_adjustment")), 1);
        const auto en =
            analyze(textDocument({{QStringLiteral("The annual fee is fixed for the first year and may thereafter be "
                                                  "revised by not more than 5% per year.")}}));
        const auto capped = termsOf(en, QStringLiteral("price_adjustment"));
        QVERIFY(!capped.isEmpty());
        QCOMPARE(capped.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("capped"));
        QCOMPARE(capped.first().values.value(QStringLiteral("percent")).toDouble(), 5.0);
    }

    void eMallOrderServiceTerms()
    {
        // An e-mall order's 售后条款: "由我司授权的本地合作服务商提供" subcontracts; "到货时限见附件《备件服务说明》"
        // defers a time to an attachment the order lacks; "有权根据原厂政策及市场情况对服务内容进行调整" changes the
        // service, not the price; firmware "仍在本项目服务范围内" is no exclusion.
        const auto result = analyze(textDocument({{
            QStringLiteral("三、县区设备的现场服务由我司授权的本地合作服务商提供。"),
            QStringLiteral("四、备件服务：非常用备件的到货时限见附件《备件服务说明》。"),
            QStringLiteral("五、商家有权根据原厂政策及市场情况对服务内容进行调整，调整前通知买方。"),
            QStringLiteral("六、不在服务范围：操作系统、数据库及应用软件的故障（服务器 BIOS、BMC、RAID "
                           "卡固件升级仍在本项目服务范围内）。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 0);
    }

    void sitesAcrossAGridWithAMeasureColumn()
    {
        // "故障等级 | 服务指标 | 总部 | 分支机构": a column naming each row's measure stands between the priorities and
        // the plans, which are the sites across the header.
        const auto result = analyze(textDocument({{
            QStringLiteral("故障等级\t服务指标\t总部\t分支机构"),
            QStringLiteral("一级故障\t到场时间\t2 小时\t4 个工作小时"),
            QStringLiteral("二级故障\t到场时间\t4 小时\t下一个工作日"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("总部"), QStringLiteral("分支机构")}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("onsite_time")).value(QStringLiteral("总部 P2")), 240);
    }

    void macauAgreementWording()
    {
        // A Macau agreement in Traditional Chinese: "全澳最專業、經驗最豐富" is a claim; "乙級設備於辦公時間內提供服務"
        // is business time with no holiday rule; "一般可於48小時內運抵" hedges; "委託合資格之服務夥伴執行"
        // subcontracts; "因應原廠零件價格及匯率變動作出調整" leaves the price open.
        const auto result = analyze(textDocument({{
            QStringLiteral("本公司擁有全澳最專業、經驗最豐富的技術團隊。"),
            QStringLiteral("乙級設備於辦公時間內提供服務，辦公時間為星期一至五上午9時至下午6時。"),
            QStringLiteral("非常用零件一般可於48小時內運抵澳門。"),
            QStringLiteral("離島區域之現場服務，乙方可委託合資格之服務夥伴執行。"),
            QStringLiteral("第二年起服務費乙方可因應原廠零件價格及匯率變動作出調整。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("marketing_claim")), 1);
        QVERIFY(findingCount(result, QStringLiteral("day_basis")) >= 1);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
    }

    void commercialDeviationTableHeadedByTheTenderDocument()
    {
        // "招标文件商务要求" is the buyer's column; only "投标响应" commits.
        const auto result = analyze(textDocument({{
            QStringLiteral("序号\t招标文件条款号\t招标文件商务要求\t投标响应\t偏离情况"),
            QStringLiteral("5\t4.5 到场时间\t核心业务服务器2小时内到达现场\t核心业务服务器1小时内到场\t正偏离"),
            QStringLiteral(
                "15\t4.15 违约责任\t投标人未按约定时间到场的，每次扣除违约金2000元。\t每超时1次扣除违约金1000元，"
                "全年累计不超过当年服务费的5%。\t负偏离"),
        }}));
        const QList<SlaTerm> onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 1);
        QCOMPARE(onsite.first().values.value(QStringLiteral("minutes")).toInt(), 60);
        const QList<SlaTerm> penalty = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalty.size(), 1);
        QCOMPARE(penalty.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("incident"));
        QCOMPARE(penalty.first().values.value(QStringLiteral("cap_percent")).toDouble(), 5.0);
        // A repair time deferred to the vendor's handbook, and "及时协调" instead of a time.
        const auto deferred = analyze(textDocument({{
            QStringLiteral("核心类设备4小时内到场。"),
            QStringLiteral("注3：一般类设备修复时间按乙方《标准服务手册》（2023版）执行。"),
            QStringLiteral("乙方答复：对于疑难故障，乙方将及时协调原厂技术资源提供支持。"),
        }}));
        QCOMPARE(findingCount(deferred, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(deferred, QStringLiteral("vague_wording")), 1);
    }

    void deviationTableAnsweredInTheResponseFileColumn()
    {
        // A 竞争性磋商 response file: "磋商文件要求" is the buyer's column and "响应文件内容" the vendor's answer (its
        // "响应" names no response time); the parts of the bid ("二、商务条款偏离表" / "三、技术参数响应及偏离表")
        // are no tiers; a repair clock that starts when the parts arrive is the vendor's.
        const auto result = analyze(textDocument({{
            QStringLiteral("二、商务条款偏离表"),
            QStringLiteral("序号\t磋商文件要求\t响应文件内容\t偏离情况\t说明"),
            QStringLiteral("1\t服务地点：采购人指定地点。\t采购人指定地点。\t无偏离\t"),
            QStringLiteral("三、技术参数响应及偏离表"),
            QStringLiteral("序号\t磋商文件要求\t响应文件内容\t偏离情况\t说明"),
            QStringLiteral("2\t★响应时间：接到报修后 30 分钟内响应。\t接到采购人报修后 15 分钟内电话响应。\t正偏离\t"),
            QStringLiteral("3\t★到场时间：接到报修后 2 小时内到达现场。\t接到报修后 2 小时内到达现场。\t无偏离\t"),
            QStringLiteral("4\t故障修复时间：接到报修后 6 小时内排除故障。\t自接到报修起 8 小时内排除故障。\t负偏离\t"
                           "如需更换备件，修复时间自备件到场时起计算。"),
        }}));
        QVERIFY2(result.tiers.isEmpty(), qPrintable(result.tiers.join(QLatin1Char(','))));
        const auto minutesOf = [&result](const char *key) {
            QList<int> minutes;
            for (const SlaTerm &term : termsOf(result, QLatin1String(key)))
                minutes << term.values.value(QStringLiteral("minutes")).toInt();
            return minutes;
        };
        QCOMPARE(minutesOf("response_time"), QList<int>{15});
        QCOMPARE(minutesOf("onsite_time"), QList<int>{120});
        QCOMPARE(minutesOf("resolution_time"), QList<int>{480});
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
    }

    void governmentCloudResponseFile()
    {
        // A 竞争性磋商响应文件: an equipment list (device types, no service levels), a service table whose tiers
        // are levels of system importance, and a summary price table in 万元 under its caption's unit line.
        const auto result = analyze(textDocument({{
            QStringLiteral("设备类型\t品牌\t型号\t数量\t所在位置"),
            QStringLiteral("机架式服务器\t华为\t2288H V5\t96\t主机房"),
            QStringLiteral("集中式存储\t华为\tOceanStor 5500\t2\t主机房"),
            QStringLiteral("表 2-1 服务内容及响应时限"),
            QStringLiteral("系统重要性等级\t服务时间\t响应时间\t到场时间"),
            QStringLiteral("一级系统\t7×24小时（含法定节假日）\t15分钟\t2小时"),
            QStringLiteral("二级系统\t7×24小时\t30分钟\t4小时"),
            QStringLiteral("表 6-1 报价汇总表 单位：万元"),
            QStringLiteral("序号\t服务项目\t年度费用\t服务期费用"),
            QStringLiteral("1\t服务器硬件维保\t62.40\t187.20"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("一级系统"), QStringLiteral("二级系统")}));
        const QMap<QString, int> onsite = minutesByTierAndPriority(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.value(QStringLiteral("一级系统 ")), 120);
        QMap<QString, double> amounts;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            amounts.insert(price.values.value(QStringLiteral("per")).toString(),
                           price.values.value(QStringLiteral("amount")).toDouble());
        QCOMPARE(amounts.value(QStringLiteral("year")), 624000.0);
        QCOMPARE(amounts.value(QStringLiteral("total")), 1872000.0);
    }

    void indianBidCommercialAndTechnicalParts()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("SIS is one of the leading IT infrastructure service providers in Maharashtra, backed by a "
                           "team of highly skilled and dedicated engineers."),
            QStringLiteral("Category A servers are covered under CMC; Category B servers under AMC."),
            QStringLiteral("3.4 All SLA timelines shall be computed from the time the call is acknowledged by our "
                           "Central Helpdesk with a docket number."),
            QStringLiteral("The following are outside the scope of CMC/AMC and shall be charged separately on "
                           "actuals: (a) installation /re-installation of Operating System, application software and "
                           "firmware upgrades; (b) damage due to fire, water, lightning or power fluctuation."),
            QStringLiteral("Sr.\tDescription\tQty\tUnit Rate per annum (Rs.)\tAmount per annum (Rs.)"),
            QStringLiteral("1\tCMC – Category A servers (Dell R740/R750, HPE DL380 Gen10)\t12\t38,500\t4,62,000"),
            QStringLiteral("3\tAMC (non-comprehensive) – Category B servers\t8\t12,500\t1,00,000"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("marketing_claim")), 2);
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 1);
        QMap<QString, double> unitRate;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            if (price.values.value(QStringLiteral("per")).toString() == QLatin1String("server_year"))
                unitRate.insert(price.tier, price.values.value(QStringLiteral("amount")).toDouble());
        QCOMPARE(unitRate.value(QStringLiteral("Category A")), 38500.0);
        QCOMPARE(unitRate.value(QStringLiteral("Category B")), 12500.0);
    }

    void assessmentTableUnderRunningNumbers()
    {
        // A hospital's 服务质量考核细则: a running number, then what each row assesses; a penalty for using
        // refurbished parts forbids them; a register checked jointly is no clock.
        const auto result = analyze(textDocument({{
            QStringLiteral("序号\t考核项目\t考核标准\t扣款"),
            QStringLiteral("2\t1级故障处理\t2小时内到达现场，8小时内修复\t每超时1小时扣款1000元"),
            QStringLiteral("3\t2级故障处理\t4小时内到达现场，24小时内修复\t每超时1小时扣款500元"),
            QStringLiteral("7\t备件质量\t使用原厂全新备件\t发现使用拆机件、翻新件的，每件扣款5000元"),
            QStringLiteral("注：1. 设备序列号以乙方进场后与甲方共同核对确认的《设备台账》为准。"),
        }}));
        const QMap<QString, int> onsite = minutesByTierAndPriority(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.value(QStringLiteral(" P1")), 120);
        QCOMPARE(onsite.value(QStringLiteral(" P2")), 240);
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 0);
    }

    void clarificationMinutesCommitOnlyInTheVendorsAnswers()
    {
        // Minutes of a clarification meeting (a Word document): the buyer's questions quote the bid's old
        // wording, the vendor's answers commit, and a hedge the vendor agrees to strike is no hedge.
        const QStringList minutes = {
            QStringLiteral("问题2：投标文件第5.3条载明“乙方保留对服务内容进行调整的权利”，甲方询问其含义。"),
            QStringLiteral(
                "乙方答复：该表述系公司标准文本，乙方同意删除。合同期内服务内容如需调整，须经双方书面确认。"),
            QStringLiteral(
                "问题3：投标文件第4.2条表述为“核心类设备原则上4小时内到场”，甲方不接受“原则上”等不确定表述。"),
            QStringLiteral("乙方答复：同意删除“原则上”，核心类设备一级故障的到场时间为2小时。"),
            QStringLiteral("甲方意见：刘峥提出，远程诊断耗时由乙方掌握，到场时间应自报修时起算。"),
            QStringLiteral("乙方答复：到场时间自报修之时起计算。"),
        };
        const auto result = analyze(textDocument({minutes}));
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 0);
        const QList<SlaTerm> onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 1);
        QCOMPARE(onsite.first().values.value(QStringLiteral("minutes")).toInt(), 120);
    }

    void generalClassIsATierNotAPriority()
    {
        // "一般类" names a class of equipment here, not severity 3.
        const auto result = analyze(textDocument({{
            QStringLiteral("设备类别\t服务时间\t响应时间\t到场时间"),
            QStringLiteral("核心类（32台）\t7×24小时\t15分钟\t2小时"),
            QStringLiteral("一般类（86台）\t5×8小时\t1小时\t下一个工作日"),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("一般类 ")), 60);
    }

    void letteredZonesAreTiers()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("1. 服务对象。机房 A 区为核心业务服务器；机房 B 区为办公服务器。"),
            QStringLiteral("（一）响应时间表——机房 A 区"),
            QStringLiteral("故障等级\t远程响应\t到达现场"),
            QStringLiteral("一级故障\t十五分钟内响应\t两小时内到场"),
            QStringLiteral("（二）响应时间表——机房 B 区"),
            QStringLiteral("故障等级\t远程响应\t到达现场"),
            QStringLiteral("一级故障\t半小时内响应\t6 小时内到场"),
        }}));
        QStringList tiers;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time")))
            tiers << term.tier + QLatin1Char('=') + term.values.value(QStringLiteral("minutes")).toString();
        tiers.sort();
        QCOMPARE(tiers, (QStringList{QStringLiteral("机房A区=120"), QStringLiteral("机房B区=360")}));
    }

    void anotherZonesHolidaysDoNotDefineTheBusinessDay()
    {
        // The holidays named for zone A's 7×24 say nothing of zone B's 工作日.
        const auto result =
            analyze(textDocument({{QStringLiteral("2. 服务时间。机房 A 区设备提供 7×24 小时服务（含法定节假日）；机房 "
                                                  "B 区设备提供 5×8 小时服务（工作日 9:00-17:00）。")}}));
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 1);
        // Said in the same part of the sentence, the holiday rule does define it.
        const auto defined = analyze(textDocument(
            {{QStringLiteral("服务时间。机房 B 区设备提供 5×8 小时服务（工作日 9:00-17:00，法定节假日除外）。")}}));
        QCOMPARE(findingCount(defined, QStringLiteral("day_basis")), 0);
    }

    void oneClauseIsOnePartsFinding()
    {
        const auto result = analyze(textDocument({{QStringLiteral(
            "4. 备件质量。机房 B 区设备所需备件，由我司自行决定采用原厂新件或经检测合格的翻新件。")}}));
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 1);
    }

    void totalsRowLabelInASecondCell()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("序号\t服务内容\t数量（台）\t单价（元/台·年）"),
            QStringLiteral("1\tA 类服务器维保服务\t40\t4,800.00"),
            QStringLiteral("报价说明：\t报价合计（三年）\t人民币玖拾柒万贰仟元整（¥972,000.00）"),
            QStringLiteral("年服务费合计（大写）：人民币壹拾贰万元整\t（小写）：¥120,000.00"),
        }}));
        QMap<int, QString> perByAmount;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price")))
            perByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(),
                               term.values.value(QStringLiteral("per")).toString());
        QCOMPARE(perByAmount.value(4800), QStringLiteral("server_year"));
        QCOMPARE(perByAmount.value(972000), QStringLiteral("total"));
        QCOMPARE(perByAmount.value(120000), QStringLiteral("year"));
    }

    void subLabelBesideTheRowLabelNamesTheMeasure()
    {
        // A DOCX matrix whose row label spans two measures: "服务时效 | 工程师到场" and, merged down, "| 一级故障修复".
        const auto result = analyze(textDocument({{
            QStringLiteral("表2 各设备组服务等级"),
            QStringLiteral("服务项目\t\t核心数据库服务器\t一般应用服务器"),
            QStringLiteral("服务时间\t\t7×24小时\t5×8小时"),
            QStringLiteral("服务时效\t工程师到场\t4小时\t下一个工作日"),
            QStringLiteral("\t一级故障修复\t8小时\t3个工作日"),
            QStringLiteral("备件类型\t\t原厂全新件\t原厂全新件"),
        }}));
        QStringList found;
        for (const SlaTerm &term : result.terms) {
            if (term.key.endsWith(QLatin1String("_time")))
                found << term.key + QLatin1Char('/') + term.tier + QLatin1Char('/') + term.priority;
        }
        found.sort();
        QCOMPARE(found, (QStringList{QStringLiteral("onsite_time/一般应用服务器/"),
                                     QStringLiteral("onsite_time/核心数据库服务器/"),
                                     QStringLiteral("resolution_time/一般应用服务器/P1"),
                                     QStringLiteral("resolution_time/核心数据库服务器/P1")}));
    }

    void tickedPartsRowsOfAPlanMatrix()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("服务内容\t金牌服务\t银牌服务\t标准服务"),
            QStringLiteral("电话/远程响应\t15 分钟\t30 分钟\t2 小时"),
            QStringLiteral("本地备件库（杭州）\t✓\t—\t—"),
            QStringLiteral("区域备件中心（上海）\t✓\t✓\t✓"),
            QStringLiteral("② 金牌、银牌服务更换的备件均为原厂全新件。"),
        }}));
        QStringList stock;
        QStringList quality;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_stock")))
            stock << term.tier + QLatin1Char('=') + term.values.value(QStringLiteral("value")).toString();
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_quality")))
            quality << term.tier;
        stock.sort();
        quality.sort();
        QCOMPARE(stock, (QStringList{QStringLiteral("标准服务=regional"), QStringLiteral("金牌服务=local"),
                                     QStringLiteral("金牌服务=regional"), QStringLiteral("银牌服务=regional")}));
        QCOMPARE(quality, (QStringList{QStringLiteral("金牌服务"), QStringLiteral("银牌服务")}));
    }

    void renewalAtThenMarketPricesAndOpenEndedExclusions()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("本报价为固定总价，服务期内不作调整。合同期满续签时，续保价格根据届时市场情况调整。"),
            QStringLiteral("下列原因造成的故障不属于服务范围：（一）擅自拆卸；（二）其他非我司产品本身原因。"),
            QStringLiteral("一级故障 2 小时内到场。各级故障的修复时限目标详见《LQ Care 服务级别协议》。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        // The agreement attached, under its own title, is not missing.
        const auto attached = analyze(textDocument({{
            QStringLiteral("一级故障 2 小时内到场。各级故障的修复时限目标详见《LQ Care 服务级别协议》。"),
            QStringLiteral("LQ Care 服务级别协议"),
            QStringLiteral("一级故障 4 小时内修复。"),
        }}));
        QCOMPARE(findingCount(attached, QStringLiteral("missing_sla")), 0);
    }

    void bilingualHeadersNameThePlans()
    {
        // A Hong Kong proposal gives every label in both languages.
        const auto result = analyze(textDocument({{
            QStringLiteral("項目 Item\t白金級 Platinum\t標準級 Standard"),
            QStringLiteral("服務時間 Service hours\t24 hours a day, 7 days a week\t星期一至五 09:00–18:00"),
            QStringLiteral("電話響應 Telephone response\t15分鐘 fifteen (15) minutes\t服務時間內1小時 1 hour within "
                           "service hours"),
            QStringLiteral("工程師到場 Engineer on-site\t4小時 4 hours\t下一個工作天 Next Business Day"),
        }}));
        const QStringList onsite = tiersOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite, (QStringList{QStringLiteral("標準級 Standard"), QStringLiteral("白金級 Platinum")}));
    }

    void noteRowsOfAQuotation()
    {
        // "注 1" set apart from its note like a table cell, the note wrapping under itself.
        Document document;
        document.fileName = QStringLiteral("quote.pdf");
        document.format = DocumentFormat::Pdf;
        Page page;
        page.number = 1;
        page.width = 595;
        page.height = 842;
        page.lines << tw::test::boxLine(QStringLiteral("注 2"), 60, 100, 20);
        page.lines << tw::test::boxLine(
            QStringLiteral("修复时限：核心交易区硬件故障一般情况下在工程师到场后 4 小时内修复。"), 100, 100, 400);
        page.lines << tw::test::boxLine(QStringLiteral("注 3"), 60, 130, 20);
        page.lines << tw::test::boxLine(
            QStringLiteral("备件：核心交易区更换备件均为原厂全新件，不使用翻新件或兼容件。"), 100, 130, 400);
        document.pages << page;
        const auto result = ContractAnalyzer().analyze(document);
        QVERIFY(!termsOf(result, QStringLiteral("resolution_time")).isEmpty());
        QVERIFY(!termsOf(result, QStringLiteral("parts_quality")).isEmpty());
        for (const SlaTerm &term : result.terms)
            QVERIFY2(term.evidence.quote != QStringLiteral("注 2"), qPrintable(term.key));
    }

    void sitesAsTiers()
    {
        // A group's framework agreement: each site has its own service level.
        const auto result = analyze(textDocument({{
            QStringLiteral("站点\t服务时间\t响应\t到场"),
            QStringLiteral("苏州工厂\t7×24（含法定节假日）\t15 分钟\t4 小时"),
            QStringLiteral("成都研发中心\t5×8（周一至周五）\t2 个工作小时\t下一个工作日"),
        }}));
        const QStringList onsite = tiersOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite, (QStringList{QStringLiteral("成都研发中心"), QStringLiteral("苏州工厂")}));
    }

    void hardwareStatusMonitoring()
    {
        const auto result = analyze(textDocument({{QStringLiteral(
            "（二）远程监控：依托智能运维平台，对全部设备的带外管理接口（iDRAC/iLO）进行实时硬件状态监控。")}}));
        bool monitoring = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added")))
            monitoring =
                monitoring || term.values.value(QStringLiteral("value")) == QStringLiteral("remote_monitoring");
        QVERIFY(monitoring);
    }

    void wordingOfAServiceContract()
    {
        // In a signed contract 乙方 is the vendor: "乙方应及时予以解答" hedges its own duty. A product line named
        // 快速响应 and firmware taken back out of an exclusion are no risks.
        const auto result = analyze(textDocument({{
            QStringLiteral("二、服务级别说明（ProService 快速响应服务系列）"),
            QStringLiteral("核心交易系统：30分钟内响应，4小时内到场。"),
            QStringLiteral("甲方提出的技术咨询，乙方应及时予以解答。"),
            QStringLiteral("乙方具有丰富的金融行业IT运维经验。"),
            QStringLiteral(
                "下列故障不属于本合同服务范围：（三）操作系统、数据库及应用软件的故障（本条所列固件不在此限）。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("marketing_claim")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 0);
    }

    void clausesOfAnOutsourcingContract()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("5.1 业务支撑系统：每天8:00至22:00（含周末及法定节假日）提供服务，30分钟内响应。"),
            QStringLiteral("3.8 故障级别由乙方服务台判定。双方对故障级别有异议的，以乙方服务台判定的级别为准。"),
            QStringLiteral("（三）服务请求的响应时限详见附件二《服务请求目录》。"),
            QStringLiteral("1.1 服务对象设备详见附件一《设备清单》。"),
        }}));
        const QList<SlaTerm> coverage = termsOf(result, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 1);
        QCOMPARE(coverage.first().values.value(QStringLiteral("days_per_week")).toInt(), 7);
        QCOMPARE(coverage.first().values.value(QStringLiteral("holidays")), QVariant(true));
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1); // the catalogue of requests, not the list
    }

    void tableCaptionNamesTheTier()
    {
        // Two small tables, one per device class, priorities across and measures down; the caption says
        // whose table it is.
        const auto result = analyze(textDocument({{
            QStringLiteral("二、服务对象：核心业务服务器 36 台，一般业务服务器 88 台。"),
            QStringLiteral("核心业务服务器：7×24 小时（含法定节假日）现场服务。"),
            QStringLiteral("一般业务服务器：5×8 小时（周一至周五 9:00—17:00）现场服务。"),
            QStringLiteral("表 1 核心业务服务器服务响应指标"),
            QStringLiteral("服务指标\t一级故障\t二级故障"),
            QStringLiteral("响应时间\t15 分钟内\t半小时内"),
            QStringLiteral("表 2 一般业务服务器服务响应指标"),
            QStringLiteral("服务指标\t一级故障\t二级故障"),
            QStringLiteral("响应时间\t1 小时内\t2 小时内"),
        }}));
        const QMap<QString, int> minutes = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(minutes.value(QStringLiteral("核心业务服务器 P1")), 15);
        QCOMPARE(minutes.value(QStringLiteral("核心业务服务器 P2")), 30);
        QCOMPARE(minutes.value(QStringLiteral("一般业务服务器 P1")), 60);
        QCOMPARE(minutes.value(QStringLiteral("一般业务服务器 P2")), 120);
    }

    void scoringTableResponse()
    {
        // A bank tender's 评分响应表: the scoring criteria are the buyer's words, the bidder's answer is the
        // commitment, and the scoring item's name is no hedge.
        const auto result = analyze(textDocument({{
            QStringLiteral("序号\t评分项\t分值\t评分标准\t投标人响应"),
            QStringLiteral("2\t快速响应能力\t5\t接到报修后 15 分钟内响应的得 5 分；30 分钟内响应的得 3 分。\t"
                           "接到报修电话后三十分钟内响应。"),
            QStringLiteral("6\t备件\t3\t全部使用原厂全新件的得 3 分；部分使用原厂认证翻新件的得 2 分；使用第三方兼容件"
                           "或拆机件的不得分。\t全部使用原厂全新件。"),
        }}));
        const QList<SlaTerm> response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 1);
        QCOMPARE(response.first().values.value(QStringLiteral("minutes")).toInt(), 30);
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
    }

    void gradedClassesAsTiers()
    {
        // An SOW's SLA appendix: the classes 核心类 / 重要类 / 一般类 across, each cell holding its times.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务对象分为核心类、重要类和一般类三类设备。"),
            QStringLiteral("优先级\t核心类\t重要类\t一般类"),
            QStringLiteral("P1\t响应：15分钟\t响应：30分钟\t响应：1小时"),
            QStringLiteral("P2\t响应：30分钟\t响应：1小时\t响应：2小时"),
            QStringLiteral("核心类、重要类设备更换原厂全新备件；一般类设备可使用经原厂认证的翻新件。"),
        }}));
        const QMap<QString, int> minutes = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(minutes.value(QStringLiteral("重要类 P1")), 30);
        QCOMPARE(minutes.value(QStringLiteral("一般类 P2")), 120);
    }

    void amendmentAndDefinitions()
    {
        // A 补充协议 deletes a catch-all (no risk left); a definition starts the on-site clock at the vendor's
        // diagnosis; firmware listed first among excluded software is excluded.
        const auto result = analyze(textDocument({{
            QStringLiteral("原合同第二条第3款（除外责任）中“以及其他非硬件原因导致的故障”的表述予以删除。"),
            QStringLiteral(
                "到场时间：指自乙方二线工程师完成远程诊断并确认需要现场处理之时起，至工程师到达现场的时长。"),
            QStringLiteral("A类设备：4小时内到场。"),
            QStringLiteral("以下情况不在服务范围内：固件、操作系统及数据库等软件问题。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 1); // the firmware, not the deleted clause
    }

    void nineHourWeekdaysWithoutAHolidayRule()
    {
        // "5×9小时服务，即工作日8:00至17:00" is business time like 5×8, and no holiday rule is given.
        const auto result = analyze(textDocument({{
            QStringLiteral("A类设备：7×24小时服务，含法定节假日；B类设备：5×9小时服务，即工作日8:00至17:00。"),
            QStringLiteral("B类设备故障：2小时内响应。"),
        }}));
        QVERIFY(findingCount(result, QStringLiteral("day_basis")) >= 1);
    }

    void catalogueWording()
    {
        // A bare "快速响应" bullet is a label; prices that follow the market after "对目录价" are unbounded.
        const auto result = analyze(textDocument({{
            QStringLiteral("• 快速响应"),
            QStringLiteral("工程师4小时内到场。"),
            QStringLiteral("曜辰可根据市场情况对目录价进行调整。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
        // A label followed by its numbers is no hedge either; the same words as the promise itself are.
        const auto labelled =
            analyze(textDocument({{QStringLiteral("• 快速响应：1级故障由高级工程师在 15 分钟内远程响应；")}}));
        QCOMPARE(findingCount(labelled, QStringLiteral("vague_wording")), 0);
        const auto promised = analyze(textDocument({{
            QStringLiteral("响应时间\t接到报修后快速响应\t快速响应，两小时内回复"),
        }}));
        QCOMPARE(findingCount(promised, QStringLiteral("vague_wording")), 2);
        const QList<SlaTerm> adjustment = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustment.size(), 1);
        QCOMPARE(adjustment.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("unbounded"));
    }

    void serviceLevelsByServerBrand()
    {
        // A reply to an RFQ gives each brand of server its own service level; an equipment list by brand
        // names no tiers.
        const auto result = analyze(textDocument({{
            QStringLiteral("设备品牌\t主要型号\t数量（台）"),
            QStringLiteral("华为服务器\tFusionServer 2288H V5\t30"),
            QStringLiteral("戴尔服务器\tPowerEdge R740\t18"),
            QStringLiteral("二、我司按设备品牌分别提供以下服务级别："),
            QStringLiteral("设备品牌\t服务时间\t电话响应\t工程师到场"),
            QStringLiteral("华为服务器\t7×24 小时（含法定节假日）\t三十分钟内响应\t四小时内到场"),
            QStringLiteral("戴尔服务器\t每日 8:00-20:00\t1 小时内响应\t8 小时内到场"),
        }}));
        QCOMPARE(tiersOf(result, QStringLiteral("response_time")),
                 (QStringList{QStringLiteral("华为服务器"), QStringLiteral("戴尔服务器")}));
    }

    void firmwareKeptInScope()
    {
        // Firmware in the list of services, and firmware named as "not in this list" of exclusions, is covered.
        const auto result = analyze(textDocument({{
            QStringLiteral("四、服务范围与除外责任"),
            QStringLiteral("服务内容：服务器硬件故障诊断与排除、故障部件更换（含备件及人工）、服务器固件问题处理。"),
            QStringLiteral("不在服务范围内：操作系统、应用软件及数据库问题（服务器BIOS、BMC等固件问题不在此列）。"),
            QStringLiteral("一号产线：4小时内到场。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 0);
    }
    void pointByPointAnswersQualifiedInTheirNotes()
    {
        // A bank tender's 点对点应答: "满足" in one column, the qualification in the 说明 beside it.
        const auto result = analyze(textDocument({{
            QStringLiteral(
                "A类设备故障4小时内无法修复的，投标人须提供不低于原配置的备用设备。备机视我司备机库库存情况提供。"),
            QStringLiteral("对可明确判断的部件故障，投标人应先行提供备件更换，无需等待故障件返回。"),
            QStringLiteral(
                "A类设备4小时内修复；需更换备件的，修复时间自备件送达现场起计算。B类设备修复时限详见本章附件 3"
                "《B类设备服务级别承诺书》。"),
            QStringLiteral("对已停产型号，原厂无法供货时，使用经我司检测合格的同型号备件。"),
            QStringLiteral("如原厂服务政策发生变化，我司将对相应服务内容作同步调整并书面告知行方。"),
            QStringLiteral("到场或修复超时的，每超时1小时扣减当季度服务费的1%；累计扣减以当季度服务费的20%为限。"),
            QStringLiteral("设备清单见附件 1。"),
        }}));
        QCOMPARE(termsOf(result, QStringLiteral("parts_dispatch_first")).size(), 1);
        QStringList services;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added")))
            services << term.values.value(QStringLiteral("value")).toString();
        QVERIFY2(services.contains(QStringLiteral("loaner")), qPrintable(services.join(QLatin1Char(','))));
        const QList<SlaTerm> penalties = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalties.size(), 1); // "以…20%为限" caps the credit, it is none of its own
        QCOMPARE(penalties.first().values.value(QStringLiteral("cap_percent")).toDouble(), 20.0);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1);     // 视…库存情况提供
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);       // 自备件送达现场起计算
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);       // 本章附件 3, not the 设备清单
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 1);     // 检测合格的同型号备件
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1); // 同步调整
    }

    void aServiceTermsPageInMarkdown()
    {
        // A third-party maintainer's web page: a plan matrix with a reference-price row, a glossary of part
        // grades, and credits capped "以…为限".
        const auto result = analyze(textDocument(
            {{
                QStringLiteral("| 项目 | 铂金服务 | 黄金服务 | 白银服务 |"),
                QStringLiteral("|---|---|---|---|"),
                QStringLiteral("| 到场时间 | 4小时 | 8小时 | 下一个工作日 |"),
                QStringLiteral("| 参考价格（元/台/年）* | 6,800 | 3,600 | 1,800 |"),
                QStringLiteral(""),
                QStringLiteral("- **原厂拆机件**：从原厂整机上拆下、经检测合格的原厂部件。"),
                QStringLiteral("- **兼容件**：第三方品牌生产、规格参数与原厂部件相同的部件。"),
                QStringLiteral(""),
                QStringLiteral("铂金服务客户：工程师到场时间每超出承诺时间1小时，抵扣当月服务费的3%"
                               "；当月累计抵扣以当月服务费的15%为限。"),
                QStringLiteral("不属于服务范围：操作系统、数据库及应用软件的故障（固件升级按第三节执行）。"),
            }},
            DocumentFormat::Text));
        QMap<QString, int> priceByTier;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price"))) {
            priceByTier.insert(term.tier, term.values.value(QStringLiteral("amount")).toInt());
            QCOMPARE(term.values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
        }
        QCOMPARE(priceByTier.value(QStringLiteral("铂金服务")), 6800);
        QCOMPARE(priceByTier.value(QStringLiteral("白银服务")), 1800);
        // "每超出承诺时间1小时" is the credit's step, not an on-site time of one hour.
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("onsite_time")).value(QStringLiteral("铂金服务 ")),
                 240);
        const QList<SlaTerm> penalties = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalties.size(), 1);
        QCOMPARE(penalties.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("hour"));
        QCOMPARE(penalties.first().values.value(QStringLiteral("cap_percent")).toDouble(), 15.0);
        // The glossary defines the grades; it offers none. Firmware is handled in its own section.
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 0);
    }

    void questionnaireAnsweredClassByClass()
    {
        // A buyer's questionnaire ("评估问题 | 供应商回答"): the question is the buyer's, and one answer cell speaks
        // for each class its label opens ("A类：… B类：…", the cell's paragraphs run together). "含法定节假日" of
        // A类 does not define B类's working day; "N/A（如需备机可另行报价）" offers no loaner.
        const auto result = analyze(textDocument({{
            QStringLiteral("类别\t范围\t数量"),
            QStringLiteral("A类\t核心生产系统\t18台"),
            QStringLiteral("B类\t一般业务及开发测试环境\t46台"),
            QStringLiteral("二、服务时间与服务时效"),
            QStringLiteral("No.\t评估问题\t供应商回答\t证明材料"),
            QStringLiteral(
                "2.1\t服务时间（按A类、B类分别填写）\tA类：7×24小时，含法定节假日 B类：5×8小时（工作日9:00-17:00）"
                "\t服务承诺函"),
            QStringLiteral("2.4\t各级故障修复时限\t二级故障：A类24小时内修复，B类视具体情况 "
                           "三级故障：按我司《标准服务等级说明》执行"
                           "\t-"),
            QStringLiteral("4.3\t故障设备短期无法修复时是否提供备机\tN/A（如需备机可另行报价）\t-"),
            QStringLiteral("4.4\t是否提供7×24远程监控\tN/A\t-"),
            QStringLiteral("5."
                           "3\t服务期内价格是否固定？\t第一年价格固定；第二、三年服务费将根据原厂备件价格及人工成本变化"
                           "情况适当调整。\t-"),
        }}));
        const QList<SlaTerm> coverage = termsOf(result, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 2);
        QCOMPARE(coverage.at(0).tier, QStringLiteral("A类"));
        QCOMPARE(coverage.at(0).values.value(QStringLiteral("holidays")).toBool(), true);
        QCOMPARE(coverage.at(1).tier, QStringLiteral("B类"));
        QCOMPARE(coverage.at(1).values.value(QStringLiteral("start")).toString(), QStringLiteral("09:00"));
        QVERIFY(coverage.at(1).values.value(QStringLiteral("holidays")).isNull());
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 1);
        QVERIFY(termsOf(result, QStringLiteral("value_added")).isEmpty());
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
    }

    void negotiationResponseWithThreeClassesSideBySide()
    {
        // A 竞争性磋商 response: one class's "含节假日" beside another's hours defines no working day, so the third
        // class's business-day times are flagged; "本项目不转包。" in a cell does not excuse the partner of the
        // next sentence; a device list "以附表 1 为准" in the buyer's own 磋商文件 is no missing schedule.
        const auto result = analyze(textDocument({{
            QStringLiteral("序号\t磋商文件要求\t响应内容\t偏离情况"),
            QStringLiteral("1\t设备清单见磋商文件第三章附表 1。\t满足。以附表 1 为准。\t无偏离"),
            QStringLiteral(
                "9\t成交供应商不得将本项目转包。\t满足。本项目不转包。对于戴尔设备，由我司合作伙伴提供技术支持。"
                "\t无偏离"),
            QStringLiteral("服务项目\t核心设备\t重要设备\t一般设备"),
            QStringLiteral(
                "服务时间\t7×24 小时（含法定节假日）\t7×12 小时（每日 8:00-20:00，含节假日）\t5×8 小时（周一至周五 "
                "9:00-17:00）"),
            QStringLiteral("响应时间\t接报修后 15 分钟内响应\t接报修后 30 分钟内响应\t工作日 4 小时内响应"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 2);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 0);
    }

    void standingOfferBasisOfPayment()
    {
        // A Canadian Standing Offer: "$" is the Canadian dollar the annex says its prices are in, a "Unit of Issue"
        // cell ("Per unit, per month") says what each period's price is per, option-year hourly rates at the
        // vendor's "published rates in effect at the time" are open, a "temporary replacement unit" is a loaner,
        // and a category's time "As specified in the Call-up" (a cell of its own) is not given.
        const auto result = analyze(textDocument({{
            QStringLiteral("The Offeror will be paid the firm unit prices below, in Canadian dollars, Applicable Taxes "
                           "extra."),
            QStringLiteral("Item\tDescription\tUnit of Issue\tInitial Period\tOption Period 1"),
            QStringLiteral("1\tMaintenance of Category 1 Equipment\tPer unit, per month\t$142.00\t$146.25"),
            QStringLiteral("Hourly rates for Option Periods 1 and 2 will be the Offeror's published rates in effect at "
                           "the time the option is exercised."),
            QStringLiteral("If a Category 1 unit cannot be restored within the Restoration Time, the Offeror must "
                           "install a temporary replacement unit within twenty-four (24) hours."),
            QStringLiteral("Service Level\tCategory 1\tCategory 3"),
            QStringLiteral("Restoration Time\tWithin eight (8) hours\tAs specified in the Call-up"),
        }}));
        const QList<SlaTerm> prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        for (const SlaTerm &price : prices) {
            QCOMPARE(price.values.value(QStringLiteral("currency")).toString(), QStringLiteral("CAD"));
            QCOMPARE(price.values.value(QStringLiteral("per")).toString(), QStringLiteral("server_month"));
        }
        const QList<SlaTerm> adjustment = termsOf(result, QStringLiteral("price_adjustment"));
        QVERIFY(std::any_of(adjustment.cbegin(), adjustment.cend(), [](const SlaTerm &term) {
            return term.values.value(QStringLiteral("value")).toString() == QLatin1String("unbounded");
        }));
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
        const QList<SlaTerm> added = termsOf(result, QStringLiteral("value_added"));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("loaner"));
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
    }

    void tenderAnnexAndItsQualifications()
    {
        // A Singapore tender's Annex B with the bidder's qualifications letter: a class served "during Business
        // Hours only" is covered in the hours the annex defines; the servers "listed in Appendix 1" are an
        // inventory, not a missing service level; the Board's own "as soon as practicable" is no hedge of the
        // vendor's; service requests handled "in accordance with our standard Service Catalogue" are not given.
        const auto result = analyze(textDocument({{
            QStringLiteral("ANNEX B - SERVICE LEVEL REQUIREMENTS"),
            QStringLiteral("B0.1 The servers are listed in Appendix 1 to the Requirement Specifications and are "
                           "grouped into two classes: Class A (mission-critical) and Class C (development and test)."),
            QStringLiteral("\"Business Day\" means Monday to Friday, excluding Singapore gazetted public holidays. "
                           "\"Business Hours\" means 09:00 to 18:00 on a Business Day."),
            QStringLiteral("B2.1 Class A servers: 24 hours a day, 7 days a week, including Public Holidays."),
            QStringLiteral("B2.2 Class C servers: during Business Hours only."),
            QStringLiteral("B2.5 The Board will report incidents as soon as practicable after detection."),
            QStringLiteral("10. Service Requests. Service requests (P4), such as configuration changes, will be "
                           "handled in accordance with our standard Service Catalogue."),
        }}));
        const QList<SlaTerm> coverage = termsOf(result, QStringLiteral("coverage"));
        const auto classC = std::find_if(coverage.cbegin(), coverage.cend(),
                                         [](const SlaTerm &term) { return term.tier == QLatin1String("Class C"); });
        QVERIFY(classC != coverage.cend());
        QCOMPARE(classC->values.value(QStringLiteral("days_per_week")).toInt(), 5);
        QCOMPARE(classC->values.value(QStringLiteral("start")).toString(), QStringLiteral("09:00"));
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
        const QList<Finding> missing = findingsOf(result, QStringLiteral("missing_sla"));
        QCOMPARE(missing.size(), 1);
        QVERIFY(missing.first().evidence.quote.contains(QStringLiteral("Service Catalogue")));
    }

    void outsourcingContractScoredByPoints()
    {
        // A 运维服务外包合同 whose 考核办法 deducts points worth a sum each (no share of the fee), capped per quarter;
        // its term given only by dates; each business-time commitment of a clause is a day-basis finding of its own.
        const auto result = analyze(textDocument({{
            QStringLiteral("本合同服务期限自2025年7月1日起至2027年6月30日止。"),
            QStringLiteral("B类设备：5×8小时，即周一至周五9:00—17:00。"),
            QStringLiteral("（1）一级、二级故障：1个工作小时内响应，4个工作小时内到场，下一个工作日内修复；"),
            QStringLiteral("序号\t考核项目\t考核标准\t扣分标准"),
            QStringLiteral("1\t响应时间\t15分钟内响应\t每超时一次扣1分"),
            QStringLiteral("2\t到场时间\t2小时内到场\t每超时1小时扣2分，不足1小时按1小时计"),
            QStringLiteral("5\t预防性巡检\t每季度巡检一次\t未按期巡检的，每次扣3分"),
            QStringLiteral("三、扣款计算：每扣1分扣减服务费500元，从当季度服务费中扣除。每季度考核扣款累计不超过当季度"
                           "服务费的10%。"),
        }}));
        const QList<SlaTerm> term = termsOf(result, QStringLiteral("term_months"));
        QCOMPARE(term.size(), 1);
        QCOMPARE(term.first().values.value(QStringLiteral("value")).toInt(), 24);
        const QList<SlaTerm> penalties = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalties.size(), 2);
        QStringList pers;
        for (const SlaTerm &penalty : penalties) {
            pers << penalty.values.value(QStringLiteral("per")).toString();
            QVERIFY(penalty.values.value(QStringLiteral("percent")).isNull());
            QCOMPARE(penalty.values.value(QStringLiteral("cap_percent")).toDouble(), 10.0);
        }
        pers.sort();
        QCOMPARE(pers, (QStringList{QStringLiteral("hour"), QStringLiteral("incident")}));
        QCOMPARE(findingCount(result, QStringLiteral("no_penalty")), 0);
        // The hours without a holiday rule, and the three times of clause (1).
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 4);
    }

    void fallbackLoanerAndTestedCompatibleParts()
    {
        // "必要时采用备机临时替换" offers a loaner as a fallback, no hedge of a time; "兼容备件均经我公司检测"
        // describes the compatible parts the sentence before already offered: one parts finding.
        const auto result = analyze(textDocument({{
            QStringLiteral("一级故障以恢复业务为准，必要时采用备机临时替换。"),
            QStringLiteral(
                "非核心服务器使用原厂备件或同等性能的兼容备件。兼容备件均经我公司检测，质保期与原厂备件相同。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 1);
    }

    void euTenderAnsweredByLots()
    {
        // An EU open procedure answered lot by lot: the lots are the tiers; the "Requirement (Tender Specifications,
        // Annex II)" column is the buyer's and the "Tenderer's response" the vendor's; a Business Hour defined in the
        // singular defines the business time; a price revision led by its lot is that lot's.
        const auto result = analyze(textDocument({{
            QStringLiteral("3. Lot 1 - Rack servers: compliance matrix"),
            QStringLiteral("Ref.\tRequirement (Tender Specifications, Annex II)\tCompliance\tTenderer's response"),
            QStringLiteral("L1.02\tPriority 1: response within max. 15 minutes.\tCompliant\tCall-back within 30 "
                           "minutes of the call being logged for Lot 1."),
            QStringLiteral("L1.06\tParts stocked in Belgium.\tCompliant\tForward stock location in Liège for the Lot 1 "
                           "models."),
            QStringLiteral("4. Lot 2 - Blade systems: compliance matrix"),
            QStringLiteral("Ref.\tRequirement (Tender Specifications, Annex II)\tCompliance\tTenderer's response"),
            QStringLiteral(
                "L2.02\tResponse within max. 1 hour.\tCompliant\tResponse within 1 Business Hour for Lot 2."),
            QStringLiteral("L2.04\tRestore within 16 hours.\tPartially compliant\tTarget restore time of 16 Business "
                           "Hours for Lot 2. This target is not contractually guaranteed."),
            QStringLiteral("The contract duration is 36 months from 1 January 2026."),
            QStringLiteral("Price revision. Lot 1: prices are firm for the first contract year; thereafter they are "
                           "revised on each anniversary, with a maximum increase of 3% per year. Lot 2: prices are "
                           "subject to annual adjustment in line with the manufacturers' list prices."),
            QStringLiteral(
                "Business Day: Monday to Friday, excluding public holidays in Belgium. Business Hour: any hour "
                "between 08:00 and 18:00 (Brussels time) on a Business Day."),
        }}));
        QVERIFY2(result.tiers.contains(QStringLiteral("Lot 1")), qPrintable(result.tiers.join(u',')));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("Lot 1 P1")), 30);
        QVERIFY(!response.values().contains(15)); // the buyer's requirement
        const QList<SlaTerm> stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.first().values.value(QStringLiteral("location")).toString(), QStringLiteral("Liège"));
        const QList<SlaTerm> term = termsOf(result, QStringLiteral("term_months"));
        QCOMPARE(term.size(), 1);
        QCOMPARE(term.first().values.value(QStringLiteral("value")).toInt(), 36);
        QMap<QString, QString> revision;
        for (const SlaTerm &adjustment : termsOf(result, QStringLiteral("price_adjustment")))
            revision.insert(adjustment.tier, adjustment.values.value(QStringLiteral("value")).toString());
        QCOMPARE(revision, (QMap<QString, QString>{{QStringLiteral("Lot 1"), QStringLiteral("capped")},
                                                   {QStringLiteral("Lot 2"), QStringLiteral("unbounded")}}));
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1);
    }

    void serviceWindowsAreNoPlans()
    {
        // An MSP's 运维服务手册: its 服务窗口 table lists channels (服务台, 远程监控), not plans, so the SLA table's
        // times are tier-less; "乙方可根据服务实际情况对本手册内容进行修订" lets the vendor rewrite the manual.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务项\t服务窗口\t说明"),
            QStringLiteral("服务台（电话/邮件/工单）\t7×24 小时，全年无休\t热线 400-826-5170"),
            QStringLiteral("远程监控\t7×24 小时\t基于监控平台，自动告警并生成工单"),
            QStringLiteral("服务台受理甲方报障或监控告警后，按下表确定事件级别。"),
            QStringLiteral("级别\t定义\t响应时间\t到场时间"),
            QStringLiteral("P1\t核心业务系统中断\t15 分钟内\t2 小时内"),
            QStringLiteral("乙方可根据服务实际情况对本手册内容进行修订，修订后的手册自发布之日起生效。"),
        }}));
        QVERIFY2(result.tiers.isEmpty(), qPrintable(result.tiers.join(u',')));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("response_time")).value(QStringLiteral(" P1")), 15);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
    }

    void servicePlanOfAGovernmentBid()
    {
        // A 政府采购 服务方案 and a 续保报价单: "工作日 5×8 小时" under a heading names weekdays without holidays;
        // "必要时协调原厂技术支持" is a fallback, no hedge; "其他不可归责于我公司的原因" is a catch-all; "固定总价" is
        // a fixed price and "C组第三年服务费…根据备件市场行情另行报价" an open one for C组; the integrator's own
        // engineers giving third-party maintenance (第三方维保) subcontract nothing.
        const auto result = analyze(textDocument({{
            QStringLiteral("1.2.2.1 服务时间"),
            QStringLiteral("工作日 5×8 小时。"),
            QStringLiteral("对疑难故障，必要时协调原厂技术支持。"),
            QStringLiteral("因不可抗力、采购人操作不当或其他不可归责于我公司的原因造成的故障，不在服务范围内。"),
            QStringLiteral("本报价为服务期内固定总价。"),
            QStringLiteral("C组设备已过原厂服务期，由我司自有工程师提供第三方维保服务。"),
            QStringLiteral("C组第三年服务费将于第二年服务期届满前，根据备件市场行情另行报价。"),
            QStringLiteral("C组：Dell R730 ×8；A组：Dell R750 ×4，A组提供 7×24 小时服务。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 0);
        QMap<QString, QString> revision;
        for (const SlaTerm &adjustment : termsOf(result, QStringLiteral("price_adjustment")))
            revision.insert(adjustment.tier, adjustment.values.value(QStringLiteral("value")).toString());
        QCOMPARE(revision.value(QString()), QStringLiteral("fixed"));
        QCOMPARE(revision.value(QStringLiteral("C组")), QStringLiteral("unbounded"));
    }

    void rightToSubstituteAnOffering()
    {
        const auto result = analyze(textDocument({{QStringLiteral(
            "4.3 Discontinued offerings. Harborview reserves the right to substitute an equivalent service offering if "
            "a manufacturer discontinues or modifies a support SKU listed in Section 2.")}}));
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
    }

    void translatedAgreementAndRegionalCommitments()
    {
        // A Japanese agreement in English: "Party B. In such case, …" ends a sentence (the entrustment is
        // subcontracting, the liability in the next sentence no excuse); "shall make efforts to", "to the extent such
        // parts can be procured" and "as far as possible" hedge; "reasons not attributable to Party B" is a catch-all;
        // "Party B may revise the Service Fee" is open; a fee "shall be reduced by five percent (5%) per occurrence" is
        // a penalty; amounts in yen make "¥" the yen.
        const auto en = analyze(textDocument({{
            QStringLiteral("Party B may entrust all or part of the Services to a third party selected by Party B. In "
                           "such case, Party B shall be liable to Party A for the acts of such third party."),
            QStringLiteral("Party B shall make efforts to have its engineer arrive within four (4) hours."),
            QStringLiteral("Parts for discontinued models are supplied to the extent such parts can be procured."),
            QStringLiteral(
                "Party B shall not be liable for failures arising from reasons not attributable to Party B."),
            QStringLiteral("Party B may revise the Service Fee by notice given three months in advance."),
            QStringLiteral("The Service Fee shall be reduced by five percent (5%) per occurrence."),
            QStringLiteral("Extra work is charged at 18,000 yen per engineer per hour; the Service Fee is ¥38,000 per "
                           "server per month."),
        }}));
        QCOMPARE(findingCount(en, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(en, QStringLiteral("vague_wording")), 2);
        QCOMPARE(findingCount(en, QStringLiteral("scope_exclusion")), 1);
        QCOMPARE(findingCount(en, QStringLiteral("price_adjustment")), 1);
        QCOMPARE(findingCount(en, QStringLiteral("no_penalty")), 0);
        for (const SlaTerm &price : termsOf(en, QStringLiteral("price")))
            QCOMPARE(price.values.value(QStringLiteral("currency")).toString(), QStringLiteral("JPY"));
        // A framework bid's regional commitments: the hosting fee the vendor may adjust, a price that follows local
        // partners' quotes, a repair time "以实际修复时间为准"; the customer's "应尽快通过乙方服务热线…报障" is no
        // hedge.
        const auto zh = analyze(textDocument({{
            QStringLiteral("如电价上涨，乙方有权相应调整托管费。"),
            QStringLiteral("西部区服务费自第二年起按当地服务商报价情况调整。"),
            QStringLiteral("二级故障修复时间以实际修复时间为准。"),
            QStringLiteral("甲方发现故障后，应尽快通过乙方服务热线或客户服务门户报障。"),
        }}));
        QCOMPARE(findingCount(zh, QStringLiteral("price_adjustment")), 2);
        QCOMPARE(findingCount(zh, QStringLiteral("vague_wording")), 1);
    }

    void ratesBelowAreNoPlansAfterAnException()
    {
        // "… is charged at the rates below. Gold P1 and P2 incidents are never charged after-hours rates.": the plan
        // named after the sentence that points to the table is an exception, not the table's plan.
        const auto result = analyze(textDocument({{
            QStringLiteral("SLA\tGold\tSilver\tBronze"),
            QStringLiteral("P1 response\t15 minutes\t30 minutes\t2 hours"),
            QStringLiteral("P2 response\t30 minutes\t1 hour\t4 hours"),
            QStringLiteral("Gold times run around the clock. Silver and Bronze times run only in Support Hours."),
            QStringLiteral("Service credits (Gold only)"),
            QStringLiteral("If we miss a Gold P1 response time, we will credit 5% of that month's Gold plan fees."),
            QStringLiteral("Work outside your plan's Support Hours is charged at the rates below. Gold P1 and P2 "
                           "incidents are never charged after-hours rates."),
            QStringLiteral("Period\tRemote\tOn-site\tMinimum"),
            QStringLiteral("Weekday evenings, 5:30pm-10pm\t$195/hr\t$240/hr\t1hr"),
        }}));
        const QList<SlaTerm> prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        for (const SlaTerm &price : prices)
            QVERIFY2(price.tier.isEmpty(), qPrintable(price.tier));
    }

    void regionalPriceTableUnderItsCaption()
    {
        // A framework bid's price table: the caption "入围单价（人民币元/台/年…）" gives the bare amounts their unit, a
        // "价格调整" column says each region's revision, and "框架协议期：三年" is the term.
        const auto result = analyze(textDocument({{
            QStringLiteral("区域\t服务时间\t到场时限"),
            QStringLiteral("华东区\t7×24小时\t4小时"),
            QStringLiteral("西部区\t工作日8:30—17:30\t8小时"),
            QStringLiteral("华东区与西部区分别设立备件库。"),
            QStringLiteral("表2　入围单价（人民币元/台/年，含6%增值税）"),
            QStringLiteral("区域\t通用机架式服务器（2路）\t价格调整"),
            QStringLiteral("华东区\t2,860\t框架协议期内固定不变"),
            QStringLiteral("西部区\t3,150\t自第二年起按当地服务商报价情况调整"),
            QStringLiteral("框架协议期：三年，自2025年7月1日起至2028年6月30日止。"),
        }}));
        QMap<QString, double> prices;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price"))) {
            QCOMPARE(price.values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
            prices.insert(price.tier, price.values.value(QStringLiteral("amount")).toDouble());
        }
        QCOMPARE(prices.value(QStringLiteral("华东区")), 2860.0);
        QCOMPARE(prices.value(QStringLiteral("西部区")), 3150.0);
        QMap<QString, QString> revision;
        for (const SlaTerm &adjustment : termsOf(result, QStringLiteral("price_adjustment")))
            revision.insert(adjustment.tier, adjustment.values.value(QStringLiteral("value")).toString());
        QCOMPARE(revision.value(QStringLiteral("华东区")), QStringLiteral("fixed"));
        QCOMPARE(revision.value(QStringLiteral("西部区")), QStringLiteral("unbounded"));
        const QList<SlaTerm> term = termsOf(result, QStringLiteral("term_months"));
        QVERIFY(!term.isEmpty());
        QCOMPARE(term.first().values.value(QStringLiteral("value")).toInt(), 36);
    }

    void indianRateContractInRupees()
    {
        // "Rates per unit per annum, in Indian Rupees": the bare rates are rupees; "Rs. 500 per day of downtime" in
        // an uptime slab is a penalty, not a price.
        const auto result = analyze(textDocument({{
            QStringLiteral("Rates per unit per annum, in Indian Rupees, exclusive of GST:"),
            QStringLiteral("Sl.\tEquipment\tIndicative Qty\tCAMC rate\tNCAMC rate"),
            QStringLiteral("1\tRack Server, 2-socket\t120\t18,400\t7,200"),
            QStringLiteral("Uptime in the quarter\tCAMC\tNCAMC"),
            QStringLiteral("Below 98% and up to 95%\tRs. 500 per day of downtime\tNil"),
        }}));
        const QList<SlaTerm> prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        for (const SlaTerm &price : prices)
            QCOMPARE(price.values.value(QStringLiteral("currency")).toString(), QStringLiteral("INR"));
        QCOMPARE(termsOf(result, QStringLiteral("penalty")).size(), 1);
    }

    void conditionsPartnersAndARightToReprice()
    {
        // A time "subject to flight availability" is hedged (once in a sentence that already hedges with "efforts";
        // not "travel-zone response times"); an unnamed accredited partner subcontracts, a named one does not; a right
        // to adjust "the unit prices" is an unbounded revision.
        const auto result = analyze(textDocument({{
            QStringLiteral("Silver on-site: Next Business Day, subject to flight availability."),
            QStringLiteral("Kestrel will use commercially reasonable efforts to meet them, subject to traffic and site "
                           "access conditions."),
            QStringLiteral("Sites more than 100 miles away are subject to travel-zone response times."),
            QStringLiteral("On-site services in Davao are delivered through our accredited local service partner."),
            QStringLiteral("On-site services in Abuja are delivered by our partner, Zuma Rock Systems Limited (RC "
                           "889214)."),
            QStringLiteral("Aramide reserves the right to adjust the unit prices proportionately."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 2);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(fieldsOf(result, QStringLiteral("price_adjustment"), QStringLiteral("value")),
                 QStringList{QStringLiteral("unbounded")});
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
    }

    void levelsReferredToDocumentsNotAttached()
    {
        // A level left to a named document that is not attached is missing ("详见《曜辰服务级别说明》", "按附件 2
        // 执行", "listed in the Kestrel Service Level Schedule"); one attached under a numbered heading ("四、技术商务
        // 偏离表"), a list of servers and a list of contacts are not.
        const auto chinese = analyze(textDocument({{
            QStringLiteral("银牌服务包的修复时限详见《曜辰服务级别说明》。"),
            QStringLiteral("三级故障的响应时限按附件 2 执行。"),
            QStringLiteral("各级故障的响应、到场及修复时限详见《技术商务偏离表》。"),
            QStringLiteral("四、技术商务偏离表"),
            QStringLiteral("序号\t条款\t响应\t偏离"),
            QStringLiteral("1\t到场时间\t4 小时\t无偏离"),
        }}));
        // (Clause findings only: a document of a few lines has no levels at all, which is a finding of its own.)
        auto clauseFindings = [](const AnalysisResult &result) {
            int count = 0;
            for (const Finding &finding : result.findings)
                count += finding.category == QLatin1String("missing_sla") && finding.evidence.page > 0 ? 1 : 0;
            return count;
        };
        QCOMPARE(clauseFindings(chinese), 2);
        const auto english = analyze(textDocument({{
            QStringLiteral("Fix times for Severity 2 are listed in the Kestrel Service Level Schedule."),
            QStringLiteral("Request fulfilment timeframes in the Kestrel Service Catalogue apply."),
            QStringLiteral(
                "We maintain the 60 servers listed in the Equipment Schedule, with on-site response as below."),
            QStringLiteral("The escalation contacts are listed in the Tamarack Support Handbook."),
        }}));
        QCOMPARE(clauseFindings(english), 2);
    }

    void partsSentAheadWrittenManyWays()
    {
        // Each sentence sends the part before the fault is diagnosed on site.
        const QStringList sentences = {
            QStringLiteral("Sev1 parts ship with the engineer, with no remote troubleshooting before dispatch."),
            QStringLiteral("Parts leave our hub as soon as a hardware fault is suspected."),
            QStringLiteral("For Premier, Velox ships the replacement part ahead of the on-site visit."),
            QStringLiteral("Parts are despatched from the Leeds forward stock when the call is logged."),
            QStringLiteral("For Tier A the part is released from the Dayton stock immediately, in parallel with "
                           "diagnostics."),
            QStringLiteral("For Severity 1 the engineer dispatches the suspected failed part."),
            QStringLiteral("The replacement part is sent without waiting for the on-site diagnosis."),
        };
        for (const QString &sentence : sentences) {
            const auto result = analyze(textDocument({{sentence}}));
            QVERIFY2(termsOf(result, QStringLiteral("parts_dispatch_first")).size() == 1, qPrintable(sentence));
        }
        // (Not a part sent once the engineer has diagnosed the fault.)
        const auto after = analyze(textDocument({{QStringLiteral("The part ships after the engineer's diagnosis.")}}));
        QVERIFY(termsOf(after, QStringLiteral("parts_dispatch_first")).isEmpty());
    }

    void localCurrenciesOfSixMoreCountries()
    {
        // The lari (₾), the Tanzanian shilling (TSh), the birr (Br), the tögrög (₮), the Uzbek so'm (with "mln")
        // and the Nepalese rupee (Rs where NPR is stated, lakh grouping), each in a proposal of its own.
        const QList<QPair<QString, QMap<double, QString>>> cases = {
            {QStringLiteral("Annual fee: ₾1,250.00 per server; GEL 120 per engineer hour."),
             {{1250, QStringLiteral("GEL")}, {120, QStringLiteral("GEL")}}},
            {QStringLiteral("Gold fee: TSh 2,500,000 per server per year; total TZS 57.8 million per year."),
             {{2500000, QStringLiteral("TZS")}, {57800000, QStringLiteral("TZS")}}},
            {QStringLiteral("Platinum: Br 125,000 per server per year; T&M ETB 4,500.00 per engineer-hour."),
             {{125000, QStringLiteral("ETB")}, {4500, QStringLiteral("ETB")}}},
            {QStringLiteral("Premium: ₮2,400,000 per server per year."), {{2400000, QStringLiteral("MNT")}}},
            {QStringLiteral("The total for the two-year term is 628.4 mln so'm."),
             {{628400000, QStringLiteral("UZS")}}},
            {QStringLiteral("All charges are in NPR: Rs 48,500 per server per year, NPR 11,47,000 per year."),
             {{48500, QStringLiteral("NPR")}, {1147000, QStringLiteral("NPR")}}},
        };
        for (const auto &[line, expected] : cases)
            QCOMPARE(tw::test::currencyByAmount(analyze(textDocument({{line}}))), expected);
    }

    void sixCurrenciesMoreAndCreditsInThem()
    {
        // The Zambian kwacha ("K 12,500.00"), the Ugandan shilling (USh), the manat (₼, "AZN 180 900,00"), the
        // guaraní
        // ("₲ 12.500.000"), the Dominican peso (RD$) and the Icelandic krona ("kr. 145.000", whose "kr." ends no
        // sentence); a service credit in one of them is a penalty per incident ("per late incident" too).
        const QList<QPair<QString, QMap<double, QString>>> cases = {
            {QStringLiteral("Prices are in Zambian kwacha. Gold: K 12,500.00 per server per year."),
             {{12500, QStringLiteral("ZMW")}}},
            {QStringLiteral("Kampala fee: USh 2,850,000 per server per year."), {{2850000, QStringLiteral("UGX")}}},
            {QStringLiteral("Premium: ₼1,250.00 per server per year; the total is AZN 180 900,00."),
             {{1250, QStringLiteral("AZN")}, {180900, QStringLiteral("AZN")}}},
            {QStringLiteral("Critical Care: ₲ 12.500.000 per server per year."), {{12500000, QStringLiteral("PYG")}}},
            {QStringLiteral("Platinum: RD$38,500.00 per server per year."), {{38500, QStringLiteral("DOP")}}},
            {QStringLiteral("All prices are in ISK. Gull: kr. 145.000 per server per year. Travel is charged at "
                            "kr. 95.000 per trip."),
             {{145000, QStringLiteral("ISK")}, {95000, QStringLiteral("ISK")}}},
        };
        for (const auto &[line, expected] : cases)
            QCOMPARE(tw::test::currencyByAmount(analyze(textDocument({{line}}))), expected);
        for (const QString &line :
             {QStringLiteral(
                  "Şirvan will grant a service credit of ₼250.00 per incident, up to 10% of the monthly fee."),
              QStringLiteral("The Customer is entitled to a service credit of GEL 150 per late incident.")}) {
            const auto result = analyze(textDocument({{line}}));
            QCOMPARE(fieldsOf(result, QStringLiteral("penalty"), QStringLiteral("per")),
                     QStringList{QStringLiteral("incident")});
        }
    }

    void latePaymentInterestNamedPartnersAndHedges()
    {
        // Interest on the customer's late payments is no service credit; a partner named with its legal form (no
        // comma) is no unnamed subcontractor; "the best response times in the country" boasts; parts "as long as
        // parts remain available" hedge.
        const auto result = analyze(textDocument({{
            QStringLiteral("Critical Care: an engineer is on site within 4 hours of the call, 24 hours a day."),
            QStringLiteral("Invoices are payable within 30 days; late payments accrue a penalty interest of 1.5% per "
                           "month."),
            QStringLiteral("In Encarnación, on-site work is carried out by our partner Itapúa Redes S.R.L. under the "
                           "supervision of our Asunción office."),
            QStringLiteral("Our customers enjoy the best response times in the country."),
            QStringLiteral("We will continue to supply parts for up to 2 years, as long as parts remain available in "
                           "the market."),
        }}));
        QVERIFY(termsOf(result, QStringLiteral("penalty")).isEmpty());
        QCOMPARE(findingCount(result, QStringLiteral("no_penalty")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("marketing_claim")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1);
    }

    void shortlistTermOfAFramework()
    {
        // A group purchase's shortlist runs for the framework's term: "入围期限：3年".
        const auto result = analyze(textDocument({{QStringLiteral("二、入围期限：3年，自框架协议生效之日起计算。")}}));
        QCOMPARE(fieldsOf(result, QStringLiteral("term_months"), QStringLiteral("value")),
                 QStringList{QStringLiteral("36")});
    }

    void currenciesOfBotswanaJamaicaBoliviaMauritiusBruneiAndPng()
    {
        // The pula ("P 14,850.00", not a post box's "BR 318"), the Jamaican dollar (J$), the boliviano
        // ("Bs 12.500,00"), the Mauritian rupee ("Rs" where Mauritian rupees are stated), the Brunei dollar (B$) and
        // the kina ("K" where PGK is stated, the kwacha's otherwise); a credit in kina is a penalty.
        const QList<QPair<QString, QMap<double, QString>>> cases = {
            {QStringLiteral(
                 "Private Bag BR 318, Gaborone. Gold: P 14,850.00 per server per year; travel P 6.50 per km."),
             {{14850, QStringLiteral("BWP")}, {6.5, QStringLiteral("BWP")}}},
            {QStringLiteral("Premier: J$185,000.00 per server per year."), {{185000, QStringLiteral("JMD")}}},
            {QStringLiteral("Platinum: Bs 12.500,00 per server per year."), {{12500, QStringLiteral("BOB")}}},
            {QStringLiteral("All amounts are in Mauritian Rupees (MUR). Zone A: Rs 68,500 per server per year."),
             {{68500, QStringLiteral("MUR")}}},
            {QStringLiteral("Platinum: B$1,250.00 per server per year."), {{1250, QStringLiteral("BND")}}},
            {QStringLiteral("All prices are in PGK. Platinum Care: K 4,850.00 per server per year."),
             {{4850, QStringLiteral("PGK")}}},
        };
        for (const auto &[line, expected] : cases)
            QCOMPARE(tw::test::currencyByAmount(analyze(textDocument({{line}}))), expected);
        const auto credit = analyze(textDocument({{QStringLiteral(
            "All prices are in PGK. A missed Severity 1 on-site time earns a service credit of K 500.00 "
            "per incident, capped at 10% of the monthly fee.")}}));
        QCOMPARE(fieldsOf(credit, QStringLiteral("penalty"), QStringLiteral("per")),
                 QStringList{QStringLiteral("incident")});
    }

    void gradedClassesWithAndWithoutAQualifier()
    {
        // "核心系统服务器" beside "一般服务器": a class named with a qualifier, the other without, each named again.
        const auto result = analyze(textDocument({{
            QStringLiteral("1. 备件：核心系统服务器一律使用原厂全新备件；一般服务器在原厂备件缺货时，可使用兼容备件。"),
            QStringLiteral("2. 服务费：核心系统服务器每台每年 5200 元，一般服务器每台每年 3100 元。"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("核心系统服务器"), QStringLiteral("一般服务器")}));
    }

    void gradedClassesOfBusinessServers()
    {
        // "核心业务服务器" / "一般业务服务器", each named again below, are the tiers as "核心设备" / "一般设备" are.
        const auto result = analyze(textDocument({{
            QStringLiteral("二、服务时间及故障响应"),
            QStringLiteral("1.核心业务服务器（18台）：提供7x24小时服务，含法定节假日。一级故障15分钟内响应。"),
            QStringLiteral("2.一般业务服务器（42台）：提供5x8小时（工作日）服务。工作时间内接到报修后1小时内响应。"),
            QStringLiteral("三、备件保障"),
            QStringLiteral("1.核心业务服务器所更换的备件均为原厂全新件。"),
            QStringLiteral("2.一般业务服务器可使用原厂备件或兼容备件。"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("核心业务服务器"), QStringLiteral("一般业务服务器")}));
        QStringList responseTiers = tiersOf(result, QStringLiteral("response_time"));
        responseTiers.sort();
        QCOMPARE(responseTiers, (QStringList{QStringLiteral("一般业务服务器"), QStringLiteral("核心业务服务器")}));
    }

    void priorityRowSpanningThePlansTable()
    {
        // "Priority 1 (Critical)" spanning a plans-by-measure table opens the rows below it.
        // (A PDF's table: cells at x 60 / 260 / 420, the priority rows alone in the first column.)
        QList<tw::TextLine> lines;
        double y = 100;
        auto row = [&](const QString &a, const QString &b, const QString &c) {
            lines << tw::test::boxLine(a, 60, y, 6.0 * a.size()) << tw::test::boxLine(b, 260, y, 6.0 * b.size())
                  << tw::test::boxLine(c, 420, y, 6.0 * c.size());
            y += 20;
        };
        auto spanning = [&](const QString &text) {
            lines << tw::test::boxLine(text, 60, y, 6.0 * text.size());
            y += 20;
        };
        row(QStringLiteral("Service element"), QStringLiteral("Platinum"), QStringLiteral("Standard"));
        row(QStringLiteral("Service window"), QStringLiteral("24 x 7 x 365"), QStringLiteral("Business Hours"));
        spanning(QStringLiteral("Priority 1 (Critical)"));
        row(QStringLiteral("Response"), QStringLiteral("15 minutes"), QStringLiteral("1 Business Hour"));
        row(QStringLiteral("On-site attendance"), QStringLiteral("4 hours"), QStringLiteral("Next Business Day"));
        spanning(QStringLiteral("Priority 2 (Non-critical)"));
        row(QStringLiteral("Response"), QStringLiteral("30 minutes"), QStringLiteral("4 Business Hours"));
        row(QStringLiteral("On-site attendance"), QStringLiteral("8 hours"), QStringLiteral("Within 2 Business Days"));
        const auto result = analyze(tw::test::pdfPage(QStringLiteral("proposal.pdf"), lines));
        const QMap<QString, int> onsite = minutesByTierAndPriority(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.value(QStringLiteral("Platinum P1")), 240);
        QCOMPARE(onsite.value(QStringLiteral("Platinum P2")), 480);
    }

    void annexListedIsNotAttached()
    {
        // A contract's list of annexes names 附件三; only 附件一 follows: levels "按附件三执行" are missing. (An annex
        // whose title a running header repeats stays attached: real-cuad10's "Attachment A - Services".)
        const auto listed = analyze(textDocument({{
            QStringLiteral("（5）到场时间：一级故障 2 小时内到场。"),
            QStringLiteral("（6）修复时间：按附件三《维保服务级别说明》执行。"),
            QStringLiteral("8.3 本合同附件为本合同不可分割的组成部分。附件如下："),
            QStringLiteral("附件一：设备配置清单"),
            QStringLiteral("附件二：售后服务承诺书"),
            QStringLiteral("附件三：维保服务级别说明"),
            QStringLiteral("附件一：设备配置清单"),
            QStringLiteral("序号\t设备名称\t数量"),
            QStringLiteral("1\t服务器\t12"),
        }}));
        QCOMPARE(findingCount(listed, QStringLiteral("missing_sla")), 1);
    }

    void tableNumberInTheCornerCell()
    {
        // "Table 1 | Kampala | Entebbe | Gulu" over rows of measures: the sites across are the plans.
        const auto result = analyze(textDocument({{
            QStringLiteral("Table 1\tKampala\tEntebbe\tGulu"),
            QStringLiteral("Support hours\t24x7x365\t24x7x365\tBusiness Hours only"),
            QStringLiteral("Severity 1 - response\t30 minutes\t30 minutes\t2 Business Hours"),
            QStringLiteral("Severity 1 - engineer on site\t4 hours\t6 hours\tNext Business Day"),
        }}));
        QCOMPARE(result.tiers,
                 (QStringList{QStringLiteral("Kampala"), QStringLiteral("Entebbe"), QStringLiteral("Gulu")}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("onsite_time")).value(QStringLiteral("Entebbe P1")),
                 360);
    }

    void siteTablesAndPricedLineItems()
    {
        // A site column listing two sites a later table heads and one more names that one a plan too (not its total
        // row); a line item's description names its plan beside an "Rs" amount, and a total "for FY 2082/83" is a
        // year's.
        const auto sites = analyze(textDocument({{
            QStringLiteral("Site\tLocation\tServers"),
            QStringLiteral("Tbilisi Data Centre\tDigomi, Tbilisi\t26"),
            QStringLiteral("Batumi Port Office\tBatumi, Adjara\t7"),
            QStringLiteral("Kutaisi Warehouse\tKutaisi, Imereti\t5"),
            QStringLiteral("Total\t\t38"),
            QStringLiteral("3.2 Tbilisi Data Centre"),
            QStringLiteral("Severity\tResponse\tOn-site"),
            QStringLiteral("Severity 1\t30 minutes\t4 hours"),
            QStringLiteral("3.3 Batumi Port Office and Kutaisi Warehouse"),
            QStringLiteral("\tBatumi Port Office\tKutaisi Warehouse"),
            QStringLiteral("Service window\tBusiness Days, 09:00-18:00\tBusiness Days, 09:00-18:00"),
            QStringLiteral("Response\t2 Business Hours\t4 Business Hours"),
            QStringLiteral("On-site\tNext Business Day\tNext Business Day"),
            QStringLiteral("Restoration\t2 Business Days\t3 Business Days"),
        }}));
        QCOMPARE(sites.tiers, (QStringList{QStringLiteral("Batumi Port Office"), QStringLiteral("Kutaisi Warehouse"),
                                           QStringLiteral("Tbilisi Data Centre")}));
        QCOMPARE(minutesByTierAndPriority(sites, QStringLiteral("onsite_time"))
                     .value(QStringLiteral("Tbilisi Data Centre P1")),
                 240);
        // One learnt plan named in two rows is not two: the list beside it names no more plans.
        const auto repeated = analyze(textDocument({{
            QStringLiteral("Site\tModel\tServers"),
            QStringLiteral("Batumi Port Office\tDell PowerEdge R740\t5"),
            QStringLiteral("Batumi Port Office\tDell PowerEdge R640\t2"),
            QStringLiteral("Tbilisi Data Centre\tHPE ProLiant DL380\t26"),
            QStringLiteral("3.3 Batumi Port Office and Kutaisi Warehouse"),
            QStringLiteral("\tBatumi Port Office\tKutaisi Warehouse"),
            QStringLiteral("Service window\tBusiness Days, 09:00-18:00\tBusiness Days, 09:00-18:00"),
            QStringLiteral("Response\t2 Business Hours\t4 Business Hours"),
            QStringLiteral("On-site\tNext Business Day\tNext Business Day"),
        }}));
        QVERIFY(!repeated.tiers.contains(QStringLiteral("Tbilisi Data Centre")));
        const auto fees = analyze(textDocument({{
            QStringLiteral("Category A servers are covered 24 x 7; Category B servers during working hours."),
            QStringLiteral("S.N.\tDescription\tQty\tRate per server per year\tAmount"),
            QStringLiteral("1\tAMC - Category A (Critical)\t14\tRs 48,500\tRs 6,79,000"),
            QStringLiteral("2\tAMC - Category B (Standard)\t26\tRs 18,000\tRs 4,68,000"),
            QStringLiteral("\tTotal AMC charge for FY 2082/83 (excluding VAT)\t\t\tNPR 11,47,000"),
        }}));
        QStringList priced;
        for (const SlaTerm &price : termsOf(fees, QStringLiteral("price"))) {
            priced << QStringLiteral("%1 %2 %3")
                          .arg(price.tier, price.values.value(QStringLiteral("amount")).toString(),
                               price.values.value(QStringLiteral("per")).toString());
        }
        QVERIFY2(priced.contains(QStringLiteral("Category A 48500 server_year")), qPrintable(priced.join(u'|')));
        QVERIFY2(priced.contains(QStringLiteral("Category B 18000 server_year")), qPrintable(priced.join(u'|')));
        QVERIFY2(priced.contains(QStringLiteral(" 1147000 year")), qPrintable(priced.join(u'|')));
    }

    void pricesFollowingAnExchangeRateOrAnIndex()
    {
        // Prices revised with an exchange rate or indexed to the CPI have no bound (the 5% only starts the
        // revision); a date's year ends its sentence, so the revision is read in its own.
        const QStringList lines = {
            QStringLiteral(
                "The rates are based on USD 1 = NPR 137.50. If the exchange rate changes by more than 5%, the "
                "rates will be revised accordingly."),
            QStringLiteral("Fees for the second year will be indexed to the annual CPI published by Geostat."),
            QStringLiteral("For the second and third years, prices will be adjusted in line with the MNT/USD exchange "
                           "rate published by the Bank of Mongolia."),
            QStringLiteral(
                "Prices are calculated at the exchange rate of 12850 UZS per 1 USD as of 12.05.2025. If the "
                "exchange rate changes by more than 5%, Kumush shall recalculate the prices in proportion to "
                "the change."),
            QStringLiteral(
                "Fees for the second year will be reviewed on the contract anniversary in line with movements "
                "in the UGX/USD exchange rate."),
            QStringLiteral("Prices are linked to the Icelandic consumer price index and are adjusted on 1 January each "
                           "year."),
            QStringLiteral("上表为第1年服务费，第2年服务费将根据市场情况及设备老化程度进行调整。"),
            QStringLiteral(
                "From Year 2, prices will be adjusted annually in line with the Botswana Consumer Price Index."),
            QStringLiteral(
                "Thereafter fees will be adjusted on each anniversary in line with the movement in the Bank of "
                "Jamaica weighted average selling rate for the US dollar."),
            QStringLiteral("第六年续保单价为每台6,800元，第七年起按我司届时续保价格执行。"),
        };
        for (const QString &line : lines) {
            const auto result = analyze(textDocument({{line}}));
            QCOMPARE(fieldsOf(result, QStringLiteral("price_adjustment"), QStringLiteral("value")),
                     QStringList{QStringLiteral("unbounded")});
            QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
        }
    }

    void modelsAcrossAFeaturesMatrix()
    {
        // Each server model with levels of its own: the models across a matrix of service rows are the plans.
        const auto result = analyze(textDocument({{
            QStringLiteral("3.2 服务级别"),
            QStringLiteral("服务项目\tNF5280M7\tSR650 V3\tNF5180M7"),
            QStringLiteral("服务时间\t7x24 小时\t7x24 小时\t5x8 小时"),
            QStringLiteral("电话响应\t15 分钟内响应\t30 分钟内响应\t2 小时内响应"),
            QStringLiteral("工程师到场\t4 小时内到场\t6 小时内到场\t下一个工作日到场"),
        }}));
        QCOMPARE(result.tiers,
                 (QStringList{QStringLiteral("NF5280M7"), QStringLiteral("SR650 V3"), QStringLiteral("NF5180M7")}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("onsite_time")).value(QStringLiteral("SR650 V3 ")),
                 360);
    }

    void cellSentencesOpeningWithTheirOwnPriority()
    {
        // A scoring table's row is marked 1级 by the buyer's criterion; the bidder's answer lists each fault level's
        // time in a sentence that opens with the level: each is that level's.
        const auto result = analyze(textDocument({{
            QStringLiteral("评分项\t评分标准\t投标响应\t偏离说明"),
            QStringLiteral("响应时间（8分）\t1级故障响应时间≤15分钟得8分\t一级故障15分钟内响应；二级故障30分钟内响应；"
                           "三级故障2小时内响应。\t无偏离"),
        }}));
        QMap<QString, int> minutes;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            minutes.insert(term.priority, term.values.value(QStringLiteral("minutes")).toInt());
        QCOMPARE(minutes, (QMap<QString, int>{
                              {QStringLiteral("P1"), 15}, {QStringLiteral("P2"), 30}, {QStringLiteral("P3"), 120}}));
    }

    void storesNamedByDistrictAndCity()
    {
        // A store named by its district and placed in a city: the city is the location ("our Ikeja warehouse in Lagos",
        // "Local depot in Pipera, Bucharest").
        const auto result = analyze(textDocument({{
            QStringLiteral("Parts for Platinum servers are held at our Ikeja warehouse in Lagos."),
            QStringLiteral("Gold parts stock: Local depot in Pipera, Bucharest."),
        }}));
        QCOMPARE(fieldsOf(result, QStringLiteral("parts_stock"), QStringLiteral("location")),
                 (QStringList{QStringLiteral("Lagos"), QStringLiteral("Bucharest")}));
    }

    void kenyanProposalWithGradeHeadings()
    {
        // Sibling headings "3.1 Gold" / "3.2 Silver" and "4.1 Gold service levels" / "4.2 Silver service levels" name
        // the plans; the "Total" column of a table of servers counts servers, it prices nothing.
        const auto result = analyze(textDocument({{
            QStringLiteral("Table 1 – Servers in scope"),
            QStringLiteral("Site\tGold\tSilver\tTotal"),
            QStringLiteral("Nairobi – Upper Hill Data Centre\t14\t6\t20"),
            QStringLiteral("Nairobi – branches (CBD, Westlands)\t–\t6\t6"),
            QStringLiteral("Mombasa – Disaster Recovery site\t8\t2\t10"),
            QStringLiteral("Kisumu – Regional Office\t–\t6\t6"),
            QStringLiteral("Total\t22\t20\t42"),
            QStringLiteral("3. Service Hours"),
            QStringLiteral("3.1 Gold"),
            QStringLiteral("Service is available 24 hours a day, 7 days a week, 365 days a year."),
            QStringLiteral("3.2 Silver"),
            QStringLiteral("Service is provided from 8:00 a.m. to 5:00 p.m., Monday to Friday."),
            QStringLiteral("4. Service Levels"),
            QStringLiteral("4.1 Gold service levels"),
            QStringLiteral("Priority\tResponse\tOn-site: Nairobi\tOn-site: Mombasa"),
            QStringLiteral("P1 – Critical\t30 minutes\t4 hours\t6 hours"),
            QStringLiteral("P2 – High\t1 hour\t8 hours\t12 hours"),
            QStringLiteral("4.2 Silver service levels"),
            QStringLiteral("Response: within four (4) Business Hours."),
            QStringLiteral("9. Financial Proposal"),
            QStringLiteral("All charges are in Kenya Shillings (KES): KES 3,720,000.00 per year, exclusive of VAT."),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response, (QMap<QString, int>{{QStringLiteral("Gold P1"), 30},
                                               {QStringLiteral("Gold P2"), 60},
                                               {QStringLiteral("Silver "), 240}}));
        QCOMPARE(tiersOf(result, QStringLiteral("coverage")),
                 (QStringList{QStringLiteral("Gold"), QStringLiteral("Silver")}));
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            QVERIFY2(price.values.value(QStringLiteral("amount")).toDouble() > 1000, qPrintable(price.evidence.quote));
    }
};

QTEST_GUILESS_MAIN(TestTenderResponse)
#include "TestTenderResponse.moc"
