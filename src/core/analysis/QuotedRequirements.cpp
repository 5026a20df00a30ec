#include "QuotedRequirements.h"

#include <QRegularExpression>

namespace tw::analysis {

void markQuotedRequirements(QList<PreparedSegment> *segments)
{
    // "附：招标文件第三章 采购需求（原文摘录）", "第三章 用户需求书": a short title that ends with the requirements.
    static const QRegularExpression requirementsTitle(QStringLiteral(
        R"((?:采购需求|招标需求|用户需求书?|技术需求书?|需求书)\s*(?:[（(][^）)]{0,10}[）)])?\s*[:：]?\s*$)"));
    // The bidder's own part: its promises, plan or response.
    static const QRegularExpression bidderTitle(QStringLiteral(
        R"(服务承诺|承诺书|承诺函|售后服务方案|服务方案|技术方案|实施方案|投标人?响应|应答|偏离表|投标报价|报价表)"));
    static const QRegularExpression responseColumn(QStringLiteral(R"(投标响应|响应|应答|偏离|承诺|投标人)"));
    // A form's field holding the buyer's words: "需求描述：…要求5×8小时…", "询价说明：…".
    static const QRegularExpression buyersField(
        QStringLiteral(
            R"(^\s*(?:需求描述|需求说明|询价说明|采购说明|采购要求|技术要求|招标要求|用户需求|(?:澄清)?问题\s*\d{1,2}|(?:RFP |RFQ |RFI )?Question\s+\d{1,2}(?:\.\d{1,3}){0,3})\s*[:：])"),
        QRegularExpression::CaseInsensitiveOption);
    // A field label alone on its line ("问题1：") holds the paragraphs under it, up to the answer ("答复：").
    static const QRegularExpression answerLabel(
        QStringLiteral(R"(^\s*(?:答复|回复|答|澄清|应答|澄清答复|答疑)\s*[:：])"));
    // A section of points not agreed ("四、待定事项（尚未达成一致，不构成续签合同条款）", "Open items – not yet
    // agreed"): what either side proposed there binds no one, up to the next heading.
    static const QRegularExpression pendingTitle(
        QStringLiteral(
            R"(待定事项|未决事项|遗留问题|尚未达成一致|不构成[^，。]{0,8}(?:条款|承诺|约定)|\bopen (?:items|issues|points)\b|\bnot (?:yet )?agreed\b|\bunder (?:negotiation|discussion)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    // A reviewer's comments on the vendor's plan ("方案原文：…" then "审核意见：需修改。…", a 监理's review, and its
    // "审核结论" section): the reviewer's words, from the comment to the next quote of the plan or heading.
    static const QRegularExpression reviewLabel(
        QStringLiteral(R"(^\s*(?:审核意见|监理意见|评审意见|审查意见|复核意见|专家意见)\s*[:：])"));
    static const QRegularExpression planQuote(
        QStringLiteral(R"(^\s*(?:方案原文|原文|投标文件原文|承诺原文)\s*[:：(（])"));
    static const QRegularExpression reviewTitle(QStringLiteral(R"((?:审核|审查|评审|监理)(?:结论|总体意见|综合意见))"));
    // Minutes of a negotiation ("乙方原方案：…" / "甲方意见：…" / "经协商双方同意：…"): the vendor's first offer and
    // the buyer's position are superseded by what both agreed, from the label to the agreement, the next labelled
    // paragraph ("乙方说明：…", "问题 5：…") or the next heading.
    static const QRegularExpression supersededLabel(
        QStringLiteral(
            R"(^\s*(?:(?:乙方|供应商|卖方|投标人)?原方案|原报价方案|(?:甲方|采购人|买方|用户)(?:意见|要求|立场)|(?:vendor['’]s |supplier['’]s )?original (?:proposal|offer)|(?:customer|buyer)['’]s (?:position|comments?|request))\s*[:：])"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression agreedLabel(
        QStringLiteral(
            R"(^\s*(?:经协商|协商结果|议定|双方(?:同意|确认|商定|约定)|(?:agreed|outcome|resolution|both parties agree)\b))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anyLabel(
        QStringLiteral(R"(^\s*(?:[\x{4e00}-\x{9fff}]{2,8}\s*\d{0,2}|[A-Z][\w'’ ]{1,30})\s*[:：])"));
    bool superseded = false;
    constexpr int kQuestionParagraphs = 4;
    int questionLeft = 0;
    bool quoted = false;
    bool pending = false;
    bool review = false;
    for (int s = 0; s < segments->size(); ++s) {
        PreparedSegment &segment = (*segments)[s];
        const QString text = segment.norm.text.trimmed();
        const bool paragraph = segment.source.kind == TextSegment::Kind::Paragraph;
        if (paragraph && segment.heading) {
            pending = text.size() <= 60 && pendingTitle.match(text).hasMatch();
            review = text.size() <= 40 && reviewTitle.match(text).hasMatch();
            if (pending || review)
                continue;
        }
        if (paragraph && supersededLabel.match(text).hasMatch())
            superseded = true;
        else if (superseded && (!paragraph || segment.heading || anyLabel.match(text).hasMatch() ||
                                agreedLabel.match(text).hasMatch()))
            superseded = false;
        if (superseded) {
            segment.source.othersWords = true;
            continue;
        }
        if (paragraph && !review && reviewLabel.match(text).hasMatch())
            review = true;
        else if (review && (!paragraph || planQuote.match(text).hasMatch()))
            review = false;
        if (pending || review) {
            segment.source.othersWords = true;
            continue;
        }
        if (const auto field = paragraph ? buyersField.match(text) : QRegularExpressionMatch(); field.hasMatch()) {
            segment.source.othersWords = true;
            // (The answer may follow in the same paragraph: "问题 9：…如何界定？答复：B类设备服务时间为…".)
            static const QRegularExpression answerInParagraph(
                QStringLiteral(R"([?？。]\s*((?:答复|回复|答|澄清答复|答疑)\s*[:：]))"));
            if (const auto answer = answerInParagraph.match(segment.norm.text); answer.hasMatch())
                segment.answerStart = int(answer.capturedStart(1));
            questionLeft = field.capturedEnd() >= text.size() ? kQuestionParagraphs : 0;
            continue;
        }
        if (questionLeft > 0) {
            if (!paragraph || answerLabel.match(text).hasMatch()) {
                questionLeft = 0;
            } else {
                segment.source.othersWords = true;
                --questionLeft;
                continue;
            }
        }
        if (paragraph && text.size() <= 50 && requirementsTitle.match(text).hasMatch()) {
            quoted = true;
            continue;
        }
        if (!quoted)
            continue;
        if (paragraph && (segment.heading || text.size() <= 40) && bidderTitle.match(text).hasMatch()) {
            quoted = false;
            continue;
        }
        if (!paragraph) {
            const int header = segment.source.headerSegment;
            if (header >= 0 && header < segments->size() &&
                responseColumn.match(segments->at(header).norm.text).hasMatch())
                continue;
        }
        segment.source.othersWords = true;
    }
}

} // namespace tw::analysis
