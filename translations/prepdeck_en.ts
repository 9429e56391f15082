<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../app/cli/command.cpp" line="+38"/>
        <source>%Ln rated</source>
        <translation>
            <numerusform>%Ln rated</numerusform>
            <numerusform>%Ln rated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/editcommands.cpp" line="+301"/>
        <source>Suspended %n question(s).</source>
        <translation>
            <numerusform>Suspended %n question.</numerusform>
            <numerusform>Suspended %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n question(s) back in study.</source>
        <translation>
            <numerusform>%n question back in study.</numerusform>
            <numerusform>%n questions back in study.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Deleted %n question(s); their ratings are kept. &apos;prepdeck undelete ID...&apos; brings them back.</source>
        <translation>
            <numerusform>Deleted %n question; its ratings are kept. &apos;prepdeck undelete ID...&apos; brings it back.</numerusform>
            <numerusform>Deleted %n questions; their ratings are kept. &apos;prepdeck undelete ID...&apos; brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Brought back %n question(s).</source>
        <translation>
            <numerusform>Brought back %n question.</numerusform>
            <numerusform>Brought back %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/arrangecommands.cpp" line="+194"/>
        <source>Moved %n question(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>Moved %n question to &quot;%1&quot;.</numerusform>
            <numerusform>Moved %n questions to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>the bank &quot;%1&quot;: %n question(s)</source>
        <translation>
            <numerusform>the bank &quot;%1&quot;: %n question</numerusform>
            <numerusform>the bank &quot;%1&quot;: %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n rating(s)</source>
        <translation>
            <numerusform>, %n rating</numerusform>
            <numerusform>, %n ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../app/text/translation.cpp" line="+21"/>
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln rating</numerusform>
            <numerusform>%Ln ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln category(s)</source>
        <translation>
            <numerusform>%Ln category</numerusform>
            <numerusform>%Ln categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln bank(s)</source>
        <translation>
            <numerusform>%Ln bank</numerusform>
            <numerusform>%Ln banks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <location filename="../app/import/bankfilereader.cpp" line="+97"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>line %1 is %Ln character(s) long, over the limit of %L2 for one line. This does not look like a question bank; check that it is the file you meant.</source>
        <translation>
            <numerusform>line %1 is %Ln character long, over the limit of %L2 for one line. This does not look like a question bank; check that it is the file you meant.</numerusform>
            <numerusform>line %1 is %Ln characters long, over the limit of %L2 for one line. This does not look like a question bank; check that it is the file you meant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>the file holds %Ln question(s), over the limit of %L1 for one file. Split it into smaller banks.</source>
        <translation>
            <numerusform>the file holds %Ln question, over the limit of %L1 for one file. Split it into smaller banks.</numerusform>
            <numerusform>the file holds %Ln questions, over the limit of %L1 for one file. Split it into smaller banks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/import/delimitedlayout.cpp" line="+372"/>
        <source>this row has %Ln field(s) but the header has %L1; check for a missing quote or delimiter.</source>
        <translation>
            <numerusform>this row has %Ln field but the header has %L1; check for a missing quote or delimiter.</numerusform>
            <numerusform>this row has %Ln fields but the header has %L1; check for a missing quote or delimiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-84"/>
        <source>%Ln question(s) have an empty answer (lines %1).</source>
        <translation>
            <numerusform>%Ln question has an empty answer (line %1).</numerusform>
            <numerusform>%Ln questions have an empty answer (lines %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln question(s) repeat one before them, word for word; they were kept (lines %1).</source>
        <translation>
            <numerusform>%Ln question repeats one before it, word for word; it was kept (line %1).</numerusform>
            <numerusform>%Ln questions repeat one before them, word for word; they were kept (lines %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+179"/>
        <source>%Ln line(s) of tab-separated notes with no header: front is the question, back the answer.</source>
        <translation>
            <numerusform>%Ln line of tab-separated notes with no header: front is the question, back the answer.</numerusform>
            <numerusform>%Ln lines of tab-separated notes with no header: front is the question, back the answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln record(s) of comma-separated notes with no header: front is the question, back the answer.</source>
        <translation>
            <numerusform>%Ln record of comma-separated notes with no header: front is the question, back the answer.</numerusform>
            <numerusform>%Ln records of comma-separated notes with no header: front is the question, back the answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) under a header that names the question column.</source>
        <translation>
            <numerusform>%Ln row under a header that names the question column.</numerusform>
            <numerusform>%Ln rows under a header that names the question column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/importreport.cpp" line="+159"/>
        <source>%1: %Ln question(s) in %2 (%3, %4)%5</source>
        <translation>
            <numerusform>%1: %Ln question in %2 (%3, %4)%5</numerusform>
            <numerusform>%1: %Ln questions in %2 (%3, %4)%5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>  %Ln question(s) you edited: kept as you wrote them</source>
        <translation>
            <numerusform>  %Ln question you edited: kept as you wrote it</numerusform>
            <numerusform>  %Ln questions you edited: kept as you wrote them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>  %Ln question(s) you edited changed in the file: kept yours (ids %1; &apos;prepdeck edit ID --take-file&apos; takes the file&apos;s version)</source>
        <translation>
            <numerusform>  %Ln question you edited changed in the file: kept yours (ids %1; &apos;prepdeck edit ID --take-file&apos; takes the file&apos;s version)</numerusform>
            <numerusform>  %Ln questions you edited changed in the file: kept yours (ids %1; &apos;prepdeck edit ID --take-file&apos; takes the file&apos;s version)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>  %Ln question(s) you deleted: left deleted</source>
        <translation>
            <numerusform>  %Ln question you deleted: left deleted</numerusform>
            <numerusform>  %Ln questions you deleted: left deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/import/nativereader.cpp" line="+397"/>
        <source>the bank name you gave was not used: this file holds %n bank(s), each named by its own &apos;# &apos; heading.</source>
        <translation>
            <numerusform>the bank name you gave was not used: this file holds %n bank, each named by its own &apos;# &apos; heading.</numerusform>
            <numerusform>the bank name you gave was not used: this file holds %n banks, each named by its own &apos;# &apos; heading.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/textdecoder.cpp" line="+193"/>
        <source>Removed %Ln control character(s) that are not text (left by a broken conversion or a binary file pasted in).</source>
        <translation>
            <numerusform>Removed %Ln control character that are not text (left by a broken conversion or a binary file pasted in).</numerusform>
            <numerusform>Removed %Ln control characters that are not text (left by a broken conversion or a binary file pasted in).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>Repaired broken encoding: the file is UTF-8 that was once read as %1 and saved again; %Ln garbled character(s) were turned back into the originals.</source>
        <translation>
            <numerusform>Repaired broken encoding: the file is UTF-8 that was once read as %1 and saved again; %Ln garbled character was turned back into the original.</numerusform>
            <numerusform>Repaired broken encoding: the file is UTF-8 that was once read as %1 and saved again; %Ln garbled characters were turned back into the originals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/import/structuredanswers.cpp" line="+187"/>
        <source>%Ln question(s) read from %1, in %2; they read like questions %3% of the way.</source>
        <translation>
            <numerusform>%Ln question read from %1, in %2; it reads like a question %3% of the way.</numerusform>
            <numerusform>%Ln questions read from %1, in %2; they read like questions %3% of the way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln question(s) have no answer; the first is &quot;%1&quot;.</source>
        <translation>
            <numerusform>%Ln question has no answer: &quot;%1&quot;.</numerusform>
            <numerusform>%Ln questions have no answer; the first is &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/import/plaintextlayouts.cpp" line="+304"/>
        <source>%Ln question(s) in plain text, each a short head (question and label lines) above an answer line (%1).</source>
        <translation>
            <numerusform>%Ln question in plain text, a short head (question and label lines) above an answer line (%1).</numerusform>
            <numerusform>%Ln questions in plain text, each a short head (question and label lines) above an answer line (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../app/library/library.cpp" line="+226"/>
        <source>Interview in %Ln day(s).</source>
        <translation>
            <numerusform>Interview in %Ln day.</numerusform>
            <numerusform>Interview in %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Streak: %Ln day(s).</source>
        <translation>
            <numerusform>Streak: %Ln day.</numerusform>
            <numerusform>Streak: %Ln days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::ActivityCalendar</name>
    <message numerus="yes">
        <location filename="../app/ui/activitycalendar.cpp" line="+150"/>
        <source>%1: %Ln rating(s)</source>
        <translation>
            <numerusform>%1: %Ln rating</numerusform>
            <numerusform>%1: %Ln ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::CategoryTreeModel</name>
    <message numerus="yes">
        <location filename="../app/models/categorytreemodel.cpp" line="+146"/>
        <source>%1 of %Ln question(s) ready (%2%)</source>
        <translation>
            <numerusform>%1 of %Ln question ready (%2%)</numerusform>
            <numerusform>%1 of %Ln questions ready (%2%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln rated</source>
        <translation>
            <numerusform>%Ln rated</numerusform>
            <numerusform>%Ln rated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::ImportFlow</name>
    <message numerus="yes">
        <location filename="../app/ui/importflow.cpp" line="+123"/>
        <source>Starter bank loaded: %Ln question(s).</source>
        <translation>
            <numerusform>Starter bank loaded: %Ln question.</numerusform>
            <numerusform>Starter bank loaded: %Ln questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Imported %Ln question(s).</source>
        <translation>
            <numerusform>Imported %Ln question.</numerusform>
            <numerusform>Imported %Ln questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/importpreviewdialog.cpp" line="+143"/>
        <source>The file reads in %n way(s); choose another to see it so.</source>
        <translation>
            <numerusform>The file reads in %n way; choose another to see it so.</numerusform>
            <numerusform>The file reads in %n ways; choose another to see it so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>(%n bank(s), named in the file)</source>
        <translation>
            <numerusform>(%n bank, named in the file)</numerusform>
            <numerusform>(%n banks, named in the file)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/importreportdialog.cpp" line="+23"/>
        <source>%Ln question(s) you edited: kept as you wrote them.</source>
        <translation>
            <numerusform>%Ln question you edited: kept as you wrote it.</numerusform>
            <numerusform>%Ln questions you edited: kept as you wrote them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln question(s) you edited changed in the file too: kept yours.</source>
        <translation>
            <numerusform>%Ln question you edited changed in the file too: kept yours.</numerusform>
            <numerusform>%Ln questions you edited changed in the file too: kept yours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%Ln question(s) you deleted: left deleted (the list&apos;s filter lists them under Deleted, to restore).</source>
        <translation>
            <numerusform>%Ln question you deleted: left deleted (the list&apos;s filter lists it under Deleted, to restore).</numerusform>
            <numerusform>%Ln questions you deleted: left deleted (the list&apos;s filter lists them under Deleted, to restore).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%Ln question(s), layout: %1, encoding: %2</source>
        <translation>
            <numerusform>%Ln question, layout: %1, encoding: %2</numerusform>
            <numerusform>%Ln questions, layout: %1, encoding: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::LibraryArranging</name>
    <message numerus="yes">
        <location filename="../app/ui/libraryarranging.cpp" line="+232"/>
        <source>Move the %Ln question(s) of &quot;%1&quot; into &quot;%2&quot; and remove &quot;%1&quot;? Their ratings stay with them, and an import of the bank&apos;s file keeps them in &quot;%2&quot;. This cannot be undone with Ctrl+Z.</source>
        <translation>
            <numerusform>Move the %Ln question of &quot;%1&quot; into &quot;%2&quot; and remove &quot;%1&quot;? Its ratings stay with it, and an import of the bank&apos;s file keeps it in &quot;%2&quot;. This cannot be undone with Ctrl+Z.</numerusform>
            <numerusform>Move the %Ln questions of &quot;%1&quot; into &quot;%2&quot; and remove &quot;%1&quot;? Their ratings stay with them, and an import of the bank&apos;s file keeps them in &quot;%2&quot;. This cannot be undone with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Move question(s)</source>
        <translation>
            <numerusform>Move question</numerusform>
            <numerusform>Move questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Moved %Ln question(s) to &quot;%1&quot;. An import of the file leaves them there; Ctrl+Z moves them back.</source>
        <translation>
            <numerusform>Moved %Ln question to &quot;%1&quot;. An import of the file leaves it there; Ctrl+Z moves it back.</numerusform>
            <numerusform>Moved %Ln questions to &quot;%1&quot;. An import of the file leaves them there; Ctrl+Z moves them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Delete the bank &quot;%1&quot; with its %Ln question(s)</source>
        <translation>
            <numerusform>Delete the bank &quot;%1&quot; with its %Ln question</numerusform>
            <numerusform>Delete the bank &quot;%1&quot; with its %Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and %Ln rating(s)</source>
        <translation>
            <numerusform> and %Ln rating</numerusform>
            <numerusform> and %Ln ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln past mock interview(s) lose their questions from it. </source>
        <translation>
            <numerusform>%Ln past mock interview loses its questions from it. </numerusform>
            <numerusform>%Ln past mock interviews lose their questions from it. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="+416"/>
        <source>interview in %Ln day(s)</source>
        <translation>
            <numerusform>interview in %Ln day</numerusform>
            <numerusform>interview in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln question(s) shown</source>
        <translation>
            <numerusform>%Ln question shown</numerusform>
            <numerusform>%Ln questions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln due today</numerusform>
            <numerusform>%Ln due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rated today</source>
        <translation>
            <numerusform>%Ln rated today</numerusform>
            <numerusform>%Ln rated today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::MockHistoryDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/mockhistorydialog.cpp" line="+28"/>
        <source>%1 — %Ln question(s)%2</source>
        <translation>
            <numerusform>%1 — %Ln question%2</numerusform>
            <numerusform>%1 — %Ln questions%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::MockSummary</name>
    <message numerus="yes">
        <location filename="../app/ui/mocksummary.cpp" line="+139"/>
        <source>Practise the %n weak one(s) again</source>
        <translation>
            <numerusform>Practise the weak one again</numerusform>
            <numerusform>Practise the %n weak ones again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::ProgressView</name>
    <message numerus="yes">
        <location filename="../app/ui/progressview.cpp" line="+331"/>
        <source>%L1 of %Ln question(s) ready (%2) · streak: %3</source>
        <translation>
            <numerusform>%L1 of %Ln question ready (%2) · streak: %3</numerusform>
            <numerusform>%L1 of %Ln questions ready (%2) · streak: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Interview in %Ln day(s) (%1).</source>
        <translation>
            <numerusform>Interview in %Ln day (%1).</numerusform>
            <numerusform>Interview in %Ln days (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::StudyPage</name>
    <message numerus="yes">
        <location filename="../app/ui/studypage.cpp" line="+520"/>
        <source>Study queue of %1: %Ln question(s) — overdue first, then the weakest, then never rated.</source>
        <translation>
            <numerusform>Study queue of %1: %Ln question — overdue first, then the weakest, then never rated.</numerusform>
            <numerusform>Study queue of %1: %Ln questions — overdue first, then the weakest, then never rated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Study queue of %1: %Ln question(s) — the weakest first, then never rated.</source>
        <translation>
            <numerusform>Study queue of %1: %Ln question — the weakest first, then never rated.</numerusform>
            <numerusform>Study queue of %1: %Ln questions — the weakest first, then never rated.</numerusform>
        </translation>
    </message>
</context>
</TS>
