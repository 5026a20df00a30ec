#!/bin/bash
# Writes the same five Chinese tickets in the encodings and delimiters spreadsheet tools export:
# UTF-8 (comma), UTF-8 with BOM (semicolon, as European Excel writes), UTF-16LE with BOM and tabs
# (Excel "Unicode text"), GB18030 (comma, as Chinese Excel/WPS "CSV" writes). Needs iconv only.
set -euo pipefail
cd "$(dirname "$0")"
cat > tickets_utf8.csv <<'CSV'
工单号,厂商,故障级别,报修时间,响应时间,到场时间,修复时间,备注
GD-001,华为,一级,2024/10/11 17:00,2024/10/11 17:10,2024/10/12 10:00,2024/10/14 10:00,"主板更换,含""备件"""
GD-002,浪潮,二级,2024/9/30 17:00,2024/9/30 17:30,,2024/10/8 10:00,"跨国庆
节假日"
GD-003,华为,一级,2024/12/31 16:00,2024/12/31 16:05,2024/12/31 17:00,2025/1/2 10:00,年末
GD-004,浪潮,三级,2024/3/9 10:00,2024/3/11 09:30,,2024/3/11 15:00,=SUM(A1:A3)
GD-005,华为,,2024/3/5 10:00,,,,缺少级别
CSV
# The same rows with ';' and a UTF-8 BOM.
printf '\xEF\xBB\xBF' > tickets_utf8bom_semicolon.csv
sed -e 's/,/;/g' -e 's/主板更换;含/主板更换,含/' tickets_utf8.csv >> tickets_utf8bom_semicolon.csv
# Tabs, UTF-16LE with BOM, CRLF line ends.
sed -e 's/,/\t/g' -e 's/主板更换\t含/主板更换,含/' -e 's/$/\r/' tickets_utf8.csv | iconv -f UTF-8 -t UTF-16LE > body.tmp
printf '\xFF\xFE' | cat - body.tmp > tickets_utf16le_tab.txt
rm body.tmp
iconv -f UTF-8 -t GB18030 tickets_utf8.csv > tickets_gb18030.csv
