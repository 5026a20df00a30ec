#pragma once

#include "AnalysisText.h"

#include <QList>

namespace tw::analysis {

/**
 * A bid that first reproduces the buyer's requirements ("附：招标文件第三章 采购需求（原文摘录）") and then
 * gives its own promises ("第5部分 售后服务方案及服务承诺"): the reproduced part is the buyer's words, as a
 * quoted e-mail is. Its paragraphs and tables are marked the other party's (TextSegment::othersWords) from
 * such a title up to the next heading of the bidder's own part; a table with a response column
 * ("投标响应", "偏离") stays, since its response cells are the bidder's. So is a form's field that holds the
 * buyer's words ("需求描述：…", "询价说明：…", an RFP response's "Question 4.2.1: …"), wherever it stands; a label
 * alone on its line ("问题1：") holds the paragraphs under it up to the answer ("答复：").
 */
void markQuotedRequirements(QList<PreparedSegment> *segments);

} // namespace tw::analysis
