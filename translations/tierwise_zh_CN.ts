<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>tw::cli</name>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n page(s) · %3</source>
        <translation type="unfinished">
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
    <name>tw::io</name>
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
        <source>%1: the file is larger than %2 MB</source>
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
    <name>tw::io::DocxImport</name>
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
    <message>
        <source>the %1 (%2) are damaged at %3 and were skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing from the package; its text was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged at %2; its text was skipped</source>
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
    <name>tw::report</name>
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
        </translation>
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
