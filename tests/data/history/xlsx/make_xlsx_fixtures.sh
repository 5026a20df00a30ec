#!/bin/bash
# Regenerates the XLSX fixtures of this folder. Run once by hand on a machine with
#   apt-get install -y libreoffice-calc-nogui libxlsxwriter-dev
# and commit the results: CI only reads the generated files and needs neither package.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 1. libxlsxwriter: shared strings (default) and inline strings (constant_memory mode), two sheets,
#    date cells as serials with a date format, numbers, a sparse row, a formula-like text cell.
cat > "$work/writer.c" <<'C'
#include <xlsxwriter.h>
#include <string.h>

static void fill(lxw_workbook *book)
{
    lxw_worksheet *notes = workbook_add_worksheet(book, "Notes");
    worksheet_write_string(notes, 0, 0, "Exported from the service desk", NULL);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Tickets");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd hh:mm");
    const char *header[] = {"Ticket ID", "Vendor", "Priority", "Opened", "Responded", "On-site", "Resolved", "Cost"};
    for (int c = 0; c < 8; ++c)
        worksheet_write_string(sheet, 0, c, header[c], NULL);
    /* ticket, vendor, priority, opened, responded, on-site (0 = none), resolved, cost */
    struct { const char *id, *vendor, *priority; lxw_datetime times[4]; int hasOnsite; double cost; } rows[] = {
        {"T-1", "Acme", "P1", {{2024, 3, 5, 14, 5, 0}, {2024, 3, 5, 14, 20, 0}, {2024, 3, 5, 16, 0, 0}, {2024, 3, 5, 18, 5, 0}}, 1, 1200.5},
        {"T-2", "Acme", "P2", {{2024, 3, 6, 9, 0, 0}, {2024, 3, 6, 9, 45, 0}, {0}, {2024, 3, 7, 9, 0, 0}}, 0, 300},
        {"T-3", "=cmd|' /C calc'!A0", "P1", {{2024, 3, 8, 23, 30, 0}, {2024, 3, 8, 23, 40, 0}, {0}, {2024, 3, 9, 1, 30, 0}}, 0, 0},
    };
    for (int r = 0; r < 3; ++r) {
        worksheet_write_string(sheet, r + 1, 0, rows[r].id, NULL);
        worksheet_write_string(sheet, r + 1, 1, rows[r].vendor, NULL);
        worksheet_write_string(sheet, r + 1, 2, rows[r].priority, NULL);
        for (int t = 0; t < 4; ++t) {
            if (t == 2 && !rows[r].hasOnsite)
                continue; /* sparse: the cell is simply absent */
            worksheet_write_datetime(sheet, r + 1, 3 + t, &rows[r].times[t], date);
        }
        if (rows[r].cost != 0)
            worksheet_write_number(sheet, r + 1, 7, rows[r].cost, NULL);
    }
}

int main(int argc, char **argv)
{
    lxw_workbook_options options = {0};
    options.constant_memory = argc > 2 && strcmp(argv[2], "inline") == 0 ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *book = workbook_new_opt(argv[1], &options);
    fill(book);
    return workbook_close(book) == LXW_NO_ERROR ? 0 : 1;
}
C
gcc -O2 -o "$work/writer" "$work/writer.c" -lxlsxwriter
"$work/writer" "$here/xlsxwriter_shared.xlsx" shared
"$work/writer" "$here/xlsxwriter_inline.xlsx" inline

# 2. LibreOffice Calc: a flat ODS with two sheets (Chinese headers, date cells, an empty cell, a
#    formula, a formula-like string), converted to XLSX; once with the 1904 date system.
make_fods() {
    local nulldate="$1"
    cat <<FODS
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="N1">
   <number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/>
   <number:text>-</number:text><number:day number:style="long"/><number:text> </number:text>
   <number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/>
  </number:date-style>
  <style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
   <table:calculation-settings><table:null-date table:date-value="$nulldate"/></table:calculation-settings>
   <table:table table:name="说明">
    <table:table-row><table:table-cell office:value-type="string"><text:p>维保工单导出</text:p></table:table-cell></table:table-row>
   </table:table>
   <table:table table:name="工单">
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p>工单号</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>厂商</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>故障级别</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>报修时间</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>响应时间</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>到场时间</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>修复时间</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>小时</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p>GD-001</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>华为</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>一级</text:p></table:table-cell>
     <table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2024-10-11T17:00:00"/>
     <table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2024-10-11T17:10:00"/>
     <table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2024-10-12T10:00:00"/>
     <table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2024-10-14T10:00:00"/>
     <table:table-cell table:formula="of:=([.G2]-[.D2])*24" office:value-type="float" office:value="65"/>
    </table:table-row>
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p>GD-002</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>浪潮</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>二级</text:p></table:table-cell>
     <table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2024-09-30T17:00:00"/>
     <table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2024-09-30T17:30:00"/>
     <table:table-cell/>
     <table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2024-10-08T10:00:00"/>
     <table:table-cell office:value-type="string"><text:p>=cmd|' /C calc'!A0</text:p></table:table-cell>
    </table:table-row>
   </table:table>
  </office:spreadsheet>
 </office:body>
</office:document>
FODS
}
make_fods 1899-12-30 > "$work/libreoffice.fods"
make_fods 1904-01-01 > "$work/libreoffice_1904.fods"
soffice --headless --norestore -env:UserInstallation="file://$work/profile" \
    --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work" "$work/libreoffice.fods" "$work/libreoffice_1904.fods" >/dev/null
cp "$work/libreoffice.xlsx" "$here/libreoffice.xlsx"
cp "$work/libreoffice_1904.xlsx" "$here/libreoffice_1904.xlsx"

# 3. An old binary .xls (Excel 97-2003) to check the "save as .xlsx or .csv" message.
soffice --headless --norestore -env:UserInstallation="file://$work/profile" \
    --convert-to xls:"MS Excel 97" --outdir "$work" "$work/libreoffice.fods" >/dev/null
cp "$work/libreoffice.xls" "$here/old_format.xls"
ls -l "$here"
