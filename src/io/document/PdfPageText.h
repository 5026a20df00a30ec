#pragma once

#include "core/model/Document.h"

#include <memory>
#include <vector>

namespace Poppler {
class TextBox;
}

namespace tw::io {

/** Groups Poppler's words (already in reading order) into lines, using Poppler's own line links. */
QList<TextLine> linesFromWords(const std::vector<std::unique_ptr<Poppler::TextBox>> &words);

} // namespace tw::io
