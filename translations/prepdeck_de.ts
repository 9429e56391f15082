<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Answer</name>
    <message>
        <location filename="../app/render/markdownrenderer.cpp" line="+80"/>
        <source>Image: </source>
        <extracomment>Put before an image&apos;s description, where the answer would have shown the image.</extracomment>
        <translation>Bild: </translation>
    </message>
    <message>
        <location line="+139"/>
        <source>This answer is nested more than %1 levels deep; the deeper levels are shown flat.</source>
        <translation>Diese Antwort ist mehr als %1 Ebenen tief verschachtelt; die tieferen Ebenen werden flach gezeigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The rest of this answer is not shown: it is %L1 characters long, more than Prepdeck shows at once (%L2).</source>
        <translation>Der Rest dieser Antwort wird nicht gezeigt: Sie ist %L1 Zeichen lang, mehr als Prepdeck auf einmal zeigt (%L2).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../app/cli/command.cpp" line="+38"/>
        <source>%Ln rated</source>
        <translation>
            <numerusform>%Ln bewertet</numerusform>
            <numerusform>%Ln bewertet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mean confidence %1</source>
        <translation>mittlere Sicherheit %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1. Run &apos;prepdeck %2 --help&apos; for usage.</source>
        <translation>%1. Hinweise zum Aufruf mit „prepdeck %2 --help“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: prepdeck %1</source>
        <translation>Aufruf: prepdeck %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore the newest backup (%1, %2, %3) with:
  prepdeck%4 restore %5</source>
        <translation>Die neueste Sicherung (%1, %2, %3) lässt sich so wiederherstellen:
  prepdeck%4 restore %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no backup to restore; run the command again to start with an empty library.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen; den Befehl erneut ausführen, um mit einer leeren Bibliothek zu beginnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 Run &apos;prepdeck %2 --help&apos; for usage.</source>
        <translation>%1 Hinweise zum Aufruf mit „prepdeck %2 --help“.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>The library file (default: %1).</source>
        <translation>Die Bibliotheksdatei (Standard: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+66"/>
        <source>Import question banks and print what was found. Each file is one transaction: all of it is saved, or none.</source>
        <translation>Fragensammlungen importieren und anzeigen, was gefunden wurde. Jede Datei ist eine Transaktion: Sie wird ganz oder gar nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read and report, save nothing.</source>
        <translation>Lesen und berichten, nichts speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show how the file reads, the other readings to choose from and its first questions; save nothing.</source>
        <translation>Zeigen, wie die Datei gelesen wird, welche anderen Lesarten zur Wahl stehen und ihre ersten Fragen; nichts speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the bank (one file only).</source>
        <translation>Name der Fragensammlung (nur bei einer einzelnen Datei).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the built-in starter bank.</source>
        <translation>Die eingebaute Startsammlung laden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse files larger than this many megabytes (default 64).</source>
        <translation>Dateien ablehnen, die größer als diese Anzahl Megabyte sind (Standard: 64).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the file in this layout instead of the one Prepdeck finds best (a layout_id: %1; &apos;help&apos; lists them with what each expects).</source>
        <translation>Die Datei in diesem Aufbau lesen statt in dem, den Prepdeck am besten findet (eine layout_id: %1; „help“ listet sie mit dem, was jeder erwartet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question bank files.</source>
        <translation>Dateien mit Fragensammlungen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give at least one file to import, or --starter.</source>
        <translation>bitte mindestens eine Datei zum Importieren oder --starter angeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--bank names one bank; give it one file at a time.</source>
        <translation>--bank benennt eine einzelne Fragensammlung; bitte jeweils nur eine Datei angeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--max-size needs a number of megabytes from 1 to %L1.</source>
        <translation>--max-size erwartet eine Anzahl Megabyte von 1 bis %L1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--layout takes one of: %1.</source>
        <translation>--layout nimmt eines von: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--preview needs a file.</source>
        <translation>--preview braucht eine Datei.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>starter bank</source>
        <translation>Startsammlung</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="+75"/>
        <source>List the questions of the library in order.</source>
        <translation>Die Fragen der Bibliothek der Reihe nach auflisten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only categories whose name contains TEXT.</source>
        <translation>Nur Kategorien, deren Name TEXT enthält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only questions whose prompt, answer, hint or note has these words, best match first (&quot;a phrase&quot;, word*, a OR b, -word).</source>
        <translation>Nur Fragen, deren Frage, Antwort, Hinweis oder Notiz diese Wörter enthält, beste Treffer zuerst (&quot;eine Wortfolge&quot;, wort*, a OR b, -wort).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the first N questions.</source>
        <translation>Nur die ersten N Fragen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave out suspended questions (listed, and marked, by default).</source>
        <translation>Zurückgestellte Fragen weglassen (standardmäßig werden sie aufgelistet und markiert).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--limit wants a number from 1 on, not &apos;%1&apos;.</source>
        <translation>--limit erwartet eine Zahl ab 1, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(suspended)</source>
        <translation>(zurückgestellt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No questions match &quot;%1&quot;. Did you mean &quot;%2&quot;?</source>
        <translation>Keine Frage passt zu &quot;%1&quot;. Meinten Sie &quot;%2&quot;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No questions match &quot;%1&quot;. Try fewer or shorter words.</source>
        <translation>Keine Frage passt zu &quot;%1&quot;. Versuchen Sie weniger oder kürzere Wörter.</translation>
    </message>
    <message>
        <location filename="../app/cli/backupscommand.cpp" line="+21"/>
        <location filename="../app/cli/listcommand.cpp" line="-73"/>
        <location filename="../app/cli/mockscommand.cpp" line="+20"/>
        <location filename="../app/cli/statscommand.cpp" line="+43"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommands.cpp" line="+43"/>
        <source>The question.</source>
        <translation>Die Frage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer (Markdown; - reads it from stdin).</source>
        <translation>Die Antwort (Markdown; - liest sie von der Standardeingabe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hint or key concept.</source>
        <translation>Der Hinweis oder das Schlüsselkonzept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A follow-up question (repeatable; replaces them).</source>
        <translation>Eine Nachfrage (wiederholbar; ersetzt die bisherigen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A coaching tip (repeatable; replaces them).</source>
        <translation>Ein Tipp (wiederholbar; ersetzt die bisherigen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tag (repeatable; replaces them).</source>
        <translation>Ein Schlagwort (wiederholbar; ersetzt die bisherigen).</translation>
    </message>
    <message>
        <location filename="../app/cli/arrangecommands.cpp" line="+83"/>
        <source>%1 banks are named &quot;%2&quot;; rename one of them in the window first.</source>
        <translation>%1 Fragensammlungen heißen „%2“; benennen Sie zuerst eine davon im Fenster um.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>the bank has %1 categories named &quot;%2&quot; (under different headings); rename one in the window first.</source>
        <translation>die Fragensammlung hat %1 Kategorien namens „%2“ (unter verschiedenen Überschriften); benennen Sie zuerst eine im Fenster um.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the bank has no category &quot;%1&quot;. Its categories are: %2.</source>
        <translation>die Fragensammlung hat keine Kategorie „%1“. Ihre Kategorien sind: %2.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Rename a category. An import of its file keeps the new name.</source>
        <translation>Eine Kategorie umbenennen. Ein Import ihrer Datei behält den neuen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <location line="+75"/>
        <location line="+32"/>
        <source>The bank.</source>
        <translation>Die Fragensammlung.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>The category&apos;s name now.</source>
        <translation>Der jetzige Name der Kategorie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the bank, the category&apos;s name and its new name.</source>
        <translation>geben Sie die Fragensammlung, den Namen der Kategorie und ihren neuen Namen an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Renamed the category &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Die Kategorie „%1“ heißt jetzt „%2“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move every question of a category into another of the same bank and remove the first. An import of the bank&apos;s file keeps them merged.</source>
        <translation>Alle Fragen einer Kategorie in eine andere derselben Fragensammlung verschieben und die erste entfernen. Ein Import der Datei lässt sie zusammengeführt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The category that goes.</source>
        <translation>Die Kategorie, die wegfällt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The category that takes its questions.</source>
        <translation>Die Kategorie, die ihre Fragen aufnimmt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give the bank and the two categories.</source>
        <translation>geben Sie die Fragensammlung und die beiden Kategorien an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merged &quot;%1&quot; into &quot;%2&quot;.</source>
        <translation>„%1“ wurde mit „%2“ zusammengeführt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move questions to another category of their bank. An import of their file leaves them there.</source>
        <translation>Fragen in eine andere Kategorie ihrer Fragensammlung verschieben. Ein Import ihrer Datei lässt sie dort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/editcommands.cpp" line="+3"/>
        <source>The category, by name.</source>
        <translation>Die Kategorie, angegeben mit ihrem Namen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give --category and one or more question ids.</source>
        <translation>geben Sie --category und eine oder mehrere Fragen-IDs an.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Moved %n question(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Frage nach „%1“ verschoben.</numerusform>
            <numerusform>%n Fragen nach „%1“ verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put a bank at another place in the library&apos;s order (1 first).</source>
        <translation>Eine Fragensammlung an eine andere Stelle der Bibliothek setzen (1 zuerst).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its place, 1 for the first.</source>
        <translation>Ihre Stelle, 1 für die erste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the bank and its place, a number from 1.</source>
        <translation>geben Sie die Fragensammlung und ihre Stelle an, eine Zahl ab 1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moved the bank &quot;%1&quot; to place %2.</source>
        <translation>Die Fragensammlung „%1“ steht jetzt an Stelle %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete a bank with its questions and their ratings, after a backup of the library. Without --yes it only says what would go.</source>
        <translation>Eine Fragensammlung mit ihren Fragen und deren Bewertungen löschen, nach einer Sicherung der Bibliothek. Ohne --yes wird nur gesagt, was wegfiele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete it (without: only say what would go).</source>
        <translation>Löschen (ohne: nur sagen, was wegfiele).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the bank&apos;s name.</source>
        <translation>geben Sie den Namen der Fragensammlung an.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>the bank &quot;%1&quot;: %n question(s)</source>
        <translation>
            <numerusform>die Fragensammlung „%1“: %n Frage</numerusform>
            <numerusform>die Fragensammlung „%1“: %n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n rating(s)</source>
        <translation>
            <numerusform>, %n Bewertung</numerusform>
            <numerusform>, %n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this would delete %1. Run it again with --yes to delete them; a backup is taken first.</source>
        <translation>das würde %1 löschen. Führen Sie den Befehl mit --yes erneut aus, um sie zu löschen; zuvor wird eine Sicherung angelegt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted %1. The backup taken before: %2</source>
        <translation>%1 gelöscht. Die zuvor angelegte Sicherung: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommands.cpp" line="+62"/>
        <source>Change a question&apos;s text or category. A later import of its file keeps your version.</source>
        <translation>Text oder Kategorie einer Frage ändern. Ein späterer Import ihrer Datei behält Ihre Fassung bei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop your edit and take the file&apos;s version of the question.</source>
        <translation>Ihre Änderung verwerfen und die Fassung der Frage aus der Datei übernehmen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give one question id.</source>
        <translation>bitte genau eine Fragen-ID angeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/arrangecommands.cpp" line="-95"/>
        <location filename="../app/cli/editcommands.cpp" line="+1"/>
        <location line="+135"/>
        <source>&apos;%1&apos; is not a question id.</source>
        <translation>„%1“ ist keine Fragen-ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommands.cpp" line="-132"/>
        <source>--take-file takes no other change.</source>
        <translation>--take-file lässt sich mit keiner anderen Änderung kombinieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say what to change: --prompt, --answer, --hint, --followup, --tip, --tag or --category.</source>
        <translation>bitte angeben, was geändert werden soll: --prompt, --answer, --hint, --followup, --tip, --tag oder --category.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question %1 is the file&apos;s version again.</source>
        <translation>Frage %1 entspricht wieder der Fassung aus der Datei.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the bank &quot;%1&quot; has no category named &quot;%2&quot;.</source>
        <translation>die Fragensammlung „%1“ hat keine Kategorie namens „%2“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; names %2 categories: %3. Give more of the name.</source>
        <translation>„%1“ passt auf %2 Kategorien: %3. Bitte mehr vom Namen angeben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved question %1. An import of its file keeps your version.</source>
        <translation>Frage %1 gespeichert. Ein Import ihrer Datei behält Ihre Fassung bei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a question of your own into a category. A category no bank has is made in the bank &quot;My questions&quot;.</source>
        <translation>Eine eigene Frage in eine Kategorie schreiben. Eine Kategorie, die es in keiner Fragensammlung gibt, wird in der Fragensammlung „Meine Fragen“ angelegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bank of the category, by name.</source>
        <translation>Die Fragensammlung der Kategorie, angegeben mit ihrem Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/listcommand.cpp" line="+9"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --category and --prompt.</source>
        <translation>bitte --category und --prompt angeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is a category of several banks: %2. Choose one with --bank.</source>
        <translation>„%1“ ist eine Kategorie mehrerer Fragensammlungen: %2. Bitte mit --bank eine davon wählen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My questions</source>
        <translation>Meine Fragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the bank &quot;%1&quot; has no category &quot;%2&quot;; its categories can only come from its file.</source>
        <translation>die Fragensammlung „%1“ hat keine Kategorie „%2“; ihre Kategorien können nur aus ihrer Datei stammen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Added question %1.</source>
        <translation>Frage %1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/cli/arrangecommands.cpp" line="-8"/>
        <location filename="../app/cli/editcommands.cpp" line="+13"/>
        <source>Ids shown by &apos;prepdeck list&apos;.</source>
        <translation>Die von „prepdeck list“ angezeigten IDs.</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommands.cpp" line="+6"/>
        <source>give one or more question ids.</source>
        <translation>bitte eine oder mehrere Fragen-IDs angeben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Put questions away: out of study, mock interviews and sheets, kept with their ratings.</source>
        <translation>Fragen zurückstellen: vom Lernen, von Probeinterviews und Blättern ausgenommen, mit ihren Bewertungen aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring suspended questions back into study.</source>
        <translation>Zurückgestellte Fragen wieder ins Lernen aufnehmen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Suspended %n question(s).</source>
        <translation>
            <numerusform>%n Frage zurückgestellt.</numerusform>
            <numerusform>%n Fragen zurückgestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n question(s) back in study.</source>
        <translation>
            <numerusform>%n Frage wieder ins Lernen aufgenommen.</numerusform>
            <numerusform>%n Fragen wieder ins Lernen aufgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete questions. Their ratings are kept, an import of their file does not bring them back, and &apos;prepdeck undelete&apos; does.</source>
        <translation>Fragen löschen. Ihre Bewertungen bleiben erhalten, ein Import ihrer Datei holt sie nicht zurück, „prepdeck undelete“ dagegen schon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring deleted questions back, with their ratings.</source>
        <translation>Gelöschte Fragen mit ihren Bewertungen zurückholen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Deleted %n question(s); their ratings are kept. &apos;prepdeck undelete ID...&apos; brings them back.</source>
        <translation>
            <numerusform>%n Frage gelöscht; ihre Bewertungen bleiben erhalten. „prepdeck undelete ID...“ holt sie zurück.</numerusform>
            <numerusform>%n Fragen gelöscht; ihre Bewertungen bleiben erhalten. „prepdeck undelete ID...“ holt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Brought back %n question(s).</source>
        <translation>
            <numerusform>%n Frage zurückgeholt.</numerusform>
            <numerusform>%n Fragen zurückgeholt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename a bank. An import of its file keeps the new name.</source>
        <translation>Eine Fragensammlung umbenennen. Ein Import ihrer Datei behält den neuen Namen bei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bank&apos;s name now.</source>
        <translation>Der jetzige Name der Fragensammlung.</translation>
    </message>
    <message>
        <location filename="../app/cli/arrangecommands.cpp" line="-58"/>
        <location filename="../app/cli/editcommands.cpp" line="+1"/>
        <source>Its new name.</source>
        <translation>Ihr neuer Name.</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommands.cpp" line="+5"/>
        <source>give the bank&apos;s name and its new name.</source>
        <translation>bitte den Namen der Fragensammlung und ihren neuen Namen angeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/arrangecommands.cpp" line="-13"/>
        <source>there is no bank named &quot;%1&quot;. The banks are: %2.</source>
        <translation>es gibt keine Fragensammlung namens „%1“. Die Fragensammlungen sind: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommands.cpp" line="+9"/>
        <source>Renamed the bank &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Fragensammlung „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="+68"/>
        <source>No questions match. Import a bank with &apos;prepdeck import FILE&apos;.</source>
        <translation>Keine passenden Fragen. Eine Fragensammlung lässt sich mit „prepdeck import FILE“ importieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/statscommand.cpp" line="-25"/>
        <source>%1 in %2 across %3; %4 (%5).</source>
        <translation>%1 in %2 aus %3; %4 (%5).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>  %1: %2, %3, %4</source>
        <translation>  %1: %2, %3, %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1: %2, %3</source>
        <translation>  %1: %2, %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Count banks, categories, questions and ratings.</source>
        <translation>Fragensammlungen, Kategorien, Fragen und Bewertungen zählen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ratecommand.cpp" line="+17"/>
        <source>Record how confident you are with a question (1-5).</source>
        <translation>Erfassen, wie sicher Sie sich bei einer Frage sind (1-5).</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommands.cpp" line="-210"/>
        <location filename="../app/cli/ratecommand.cpp" line="+3"/>
        <source>The id shown by &apos;prepdeck list&apos;.</source>
        <translation>Die von „prepdeck list“ angezeigte ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/ratecommand.cpp" line="+2"/>
        <source>1 (blank) to 5 (nailed it).</source>
        <translation>1 (keine Ahnung) bis 5 (sitzt perfekt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give a question id and a confidence from 1 to 5.</source>
        <translation>bitte eine Fragen-ID und eine Sicherheit von 1 bis 5 angeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a question id (a positive whole number).</source>
        <translation>„%1“ ist keine Fragen-ID (eine positive ganze Zahl).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confidence must be 1, 2, 3, 4 or 5, not &apos;%1&apos;.</source>
        <translation>die Sicherheit muss 1, 2, 3, 4 oder 5 sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rated question %1: confidence %2/5 at %3.</source>
        <translation>Frage %1 bewertet: Sicherheit %2/5 am %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/backupscommand.cpp" line="-3"/>
        <source>List the library&apos;s backups, newest first: taken every day the library is opened, before an upgrade and before a restore.</source>
        <translation>Die Sicherungen der Bibliothek auflisten, neueste zuerst: angelegt an jedem Tag, an dem die Bibliothek geöffnet wird, vor einer Aktualisierung und vor einer Wiederherstellung.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No backups of %1 yet. One is taken the first time the library is opened each day, in %2.</source>
        <translation>Noch keine Sicherungen von %1. Beim ersten Öffnen der Bibliothek an jedem Tag wird eine in %2 angelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups of %1, newest first:</source>
        <translation>Sicherungen von %1, neueste zuerst:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(cannot be read)</source>
        <translation>(unlesbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore one with: prepdeck restore FILE</source>
        <translation>Wiederherstellen mit: prepdeck restore FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/restorecommand.cpp" line="+18"/>
        <source>Put a backup in the library&apos;s place. The current library is kept as a backup first.</source>
        <translation>Eine Sicherung anstelle der Bibliothek einsetzen. Die aktuelle Bibliothek wird zuvor als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup, as &apos;prepdeck backups&apos; lists.</source>
        <translation>Eine Sicherung, wie von „prepdeck backups“ aufgelistet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give the backup file to restore.</source>
        <translation>bitte die wiederherzustellende Sicherungsdatei angeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored %1 as the library %2.</source>
        <translation>%1 als Bibliothek %2 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1 as the library %2. The library it replaced was kept at %3.</source>
        <translation>%1 als Bibliothek %2 wiederhergestellt. Die ersetzte Bibliothek wurde unter %3 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+19"/>
        <source>Export the library: markdown is Prepdeck&apos;s bank format (import reads it back unchanged), csv is one row per question.</source>
        <translation>Die Bibliothek exportieren: markdown ist das Sammlungsformat von Prepdeck (import liest es unverändert wieder ein), csv enthält eine Zeile pro Frage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>markdown or csv.</source>
        <translation>markdown oder csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to write; - for standard output.</source>
        <translation>Die zu schreibende Datei; - für die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format must be markdown or csv.</source>
        <translation>--format muss markdown oder csv sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/exportpdfcommand.cpp" line="+88"/>
        <source>--output FILE is required.</source>
        <translation>--output FILE ist erforderlich.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported %1 from %2 to %3.</source>
        <translation>%1 aus %2 nach %3 exportiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/mockscommand.cpp" line="-2"/>
        <source>List past mock interviews with their questions.</source>
        <translation>Vergangene Probeinterviews mit ihren Fragen auflisten.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>nothing rated</source>
        <translation>nichts bewertet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mock interviews yet. Start one with &apos;prepdeck mock&apos;.</source>
        <translation>Noch keine Probeinterviews. Mit „prepdeck mock“ lässt sich eines starten.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportpdfcommand.cpp" line="+78"/>
        <source>Print a study sheet or a mock-interview sheet to a PDF. With the same --seed, --count and categories the interviewer and candidate sheets hold the questions &apos;prepdeck mock&apos; would ask, in the same order.</source>
        <translation>Ein Lernblatt oder ein Probeinterview-Blatt als PDF ausgeben. Bei gleichem --seed, --count und gleichen Kategorien enthalten Interviewer-Blatt und Bewerber-Blatt die Fragen, die „prepdeck mock“ stellen würde, in derselben Reihenfolge.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>study, interviewer or candidate.</source>
        <translation>study, interviewer oder candidate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Categories whose name contains TEXT (repeatable).</source>
        <translation>Kategorien, deren Name TEXT enthält (wiederholbar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Study sheet: only questions rated at most N.</source>
        <translation>Lernblatt: nur Fragen mit einer Bewertung von höchstens N.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study sheet: only questions due now.</source>
        <translation>Lernblatt: nur jetzt fällige Fragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many questions (mock sheets: default 8).</source>
        <translation>Anzahl der Fragen (Probeinterview-Blätter: Standard 8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mock sheets: the seed (default 1).</source>
        <translation>Probeinterview-Blätter: der Startwert (Standard: 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a4 or letter (default from the locale).</source>
        <translation>a4 oder letter (Standard: nach Region).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Study sheet: questions only.</source>
        <translation>Lernblatt: nur die Fragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study sheet: a page of progress first.</source>
        <translation>Lernblatt: zuerst eine Seite zum Fortschritt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--sheet must be study, interviewer or candidate.</source>
        <translation>--sheet muss study, interviewer oder candidate sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--page-size must be a4 or letter.</source>
        <translation>--page-size muss a4 oder letter sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--count needs a positive number.</source>
        <translation>--count erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--max-confidence must be 1 to 5.</source>
        <translation>--max-confidence muss zwischen 1 und 5 liegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+236"/>
        <location filename="../app/cli/exportpdfcommand.cpp" line="+4"/>
        <source>--seed needs a whole number.</source>
        <translation>--seed erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportpdfcommand.cpp" line="+79"/>
        <source>no questions match, so there is nothing to print.</source>
        <translation>keine Fragen passen, daher gibt es nichts zu drucken.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote %1 to %2 in %3 s.</source>
        <translation>%1 in %3 s nach %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="-210"/>
        <source>Usage: prepdeck [--database FILE] [--startup-time [--json]] [COMMAND [OPTIONS]]

Study technical interview question banks.

Commands:
  import [--dry-run] [--json] [--bank NAME] FILE...   import question banks
  import --starter                                  load the built-in starter bank
  list [--category TEXT] [--search TEXT] [--no-suspended] [--json]
                                                    list questions
  stats [--json]                                    counts and confidence per category
  rate QUESTION_ID CONFIDENCE                       record a confidence rating (1-5)
  export --format markdown|csv --output FILE        export the library
  mock [--category TEXT]... [--count N] [--seconds N] [--order weakest|due|frequent|random]
       [--seed N]                                   run a timed mock interview
  mocks [--json]                                    past mock interviews
  backups [--json]                                  the library&apos;s backups
  restore FILE                                      put a backup in the library&apos;s place
  edit QUESTION_ID [--prompt TEXT] [--answer TEXT|-] [--hint TEXT] [--category TEXT] ...
       | --take-file                                change a question
  add --category TEXT --prompt TEXT [--answer TEXT|-] [--bank NAME] ...
                                                    write a question of your own
  suspend|unsuspend QUESTION_ID...                  put questions away, or back
  delete|undelete QUESTION_ID...                    delete questions (ratings kept), or bring back
  rename-bank OLD NEW                               rename a bank
  rename-category BANK OLD NEW                      rename a category
  merge-category BANK FROM INTO                     merge a category into another
  move --category TEXT QUESTION_ID...               move questions to another category
  move-bank BANK POSITION                           put a bank at another place
  delete-bank BANK --yes                            delete a bank, its questions and ratings
  export-pdf --sheet study|interviewer|candidate [--category TEXT]... [--max-confidence N]
       [--due] [--count N] [--seed N] [--page-size a4|letter] [--no-answers] --output FILE
                                                    print a study or mock-interview sheet to PDF

Without a command, prepdeck opens the study window on the library.
  --startup-time    open it, print the milliseconds from the start of the
                    process to its first paint with the library shown, quit
  --json            with --startup-time: print {&quot;startup_ms&quot;: N}

Options for every command:
  --database FILE   the library file (default: %1)
  -h, --help        help for the command
  -v, --version     the version

Exit codes: 0 success, 1 bad input, 2 usage error.
</source>
        <translation>Aufruf: prepdeck [--database FILE] [--startup-time [--json]] [COMMAND [OPTIONS]]

Fragensammlungen für technische Vorstellungsgespräche lernen.

Befehle:
  import [--dry-run] [--json] [--bank NAME] FILE...   Fragensammlungen importieren
  import --starter                                  die eingebaute Startsammlung laden
  list [--category TEXT] [--search TEXT] [--no-suspended] [--json]
                                                    Fragen auflisten
  stats [--json]                                    Anzahlen und Sicherheit je Kategorie
  rate QUESTION_ID CONFIDENCE                       eine Bewertung der Sicherheit erfassen (1-5)
  export --format markdown|csv --output FILE        die Bibliothek exportieren
  mock [--category TEXT]... [--count N] [--seconds N] [--order weakest|due|frequent|random]
       [--seed N]                                   ein Probeinterview mit Zeitlimit durchführen
  mocks [--json]                                    vergangene Probeinterviews
  backups [--json]                                  die Sicherungen der Bibliothek
  restore FILE                                      eine Sicherung anstelle der Bibliothek einsetzen
  edit QUESTION_ID [--prompt TEXT] [--answer TEXT|-] [--hint TEXT] [--category TEXT] ...
       | --take-file                                eine Frage ändern
  add --category TEXT --prompt TEXT [--answer TEXT|-] [--bank NAME] ...
                                                    eine eigene Frage schreiben
  suspend|unsuspend QUESTION_ID...                  Fragen zurückstellen oder wieder aufnehmen
  delete|undelete QUESTION_ID...                    Fragen löschen (Bewertungen bleiben erhalten) oder zurückholen
  rename-bank OLD NEW                               eine Fragensammlung umbenennen
  rename-category BANK OLD NEW                      eine Kategorie umbenennen
  merge-category BANK FROM INTO                     eine Kategorie mit einer anderen zusammenführen
  move --category TEXT QUESTION_ID...               Fragen in eine andere Kategorie verschieben
  move-bank BANK POSITION                           eine Fragensammlung an eine andere Stelle setzen
  delete-bank BANK --yes                            eine Fragensammlung mit Fragen und Bewertungen löschen
  export-pdf --sheet study|interviewer|candidate [--category TEXT]... [--max-confidence N]
       [--due] [--count N] [--seed N] [--page-size a4|letter] [--no-answers] --output FILE
                                                    ein Lernblatt oder Probeinterview-Blatt als PDF ausgeben

Ohne Befehl öffnet prepdeck das Lernfenster mit der Bibliothek.
  --startup-time    öffnen, die Millisekunden vom Prozessstart bis zum ersten
                    Zeichnen mit angezeigter Bibliothek ausgeben, beenden
  --json            mit --startup-time: {&quot;startup_ms&quot;: N} ausgeben

Optionen für jeden Befehl:
  --database FILE   die Bibliotheksdatei (Standard: %1)
  -h, --help        Hilfe zum Befehl
  -v, --version     die Version

Rückgabewerte: 0 Erfolg, 1 ungültige Eingabe, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>unknown command &apos;%1&apos;. The commands are: %2. Run &apos;prepdeck --help&apos; for usage.</source>
        <translation>unbekannter Befehl „%1“. Die Befehle sind: %2. Hinweise zum Aufruf mit „prepdeck --help“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The library file.</source>
        <translation>Die Bibliotheksdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the milliseconds from process start to the first paint, and quit.</source>
        <translation>Die Millisekunden vom Prozessstart bis zum ersten Zeichnen ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --startup-time: print JSON.</source>
        <translation>Mit --startup-time: JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Run a timed mock interview in its own window.</source>
        <translation>Ein Probeinterview mit Zeitlimit in einem eigenen Fenster durchführen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask from categories whose name contains TEXT (repeatable).</source>
        <translation>Aus Kategorien fragen, deren Name TEXT enthält (wiederholbar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many questions (default 8).</source>
        <translation>Anzahl der Fragen (Standard: 8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds per question (default 180).</source>
        <translation>Sekunden pro Frage (Standard: 180).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weakest, due, frequent or random.</source>
        <translation>weakest, due, frequent oder random.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed for a repeatable order (default 1).</source>
        <translation>Startwert für eine wiederholbare Reihenfolge (Standard: 1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--count needs a number from 1 to 1000.</source>
        <translation>--count erwartet eine Zahl von 1 bis 1000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seconds needs a number of seconds from 1 to 86400.</source>
        <translation>--seconds erwartet eine Anzahl Sekunden von 1 bis 86400.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--order must be weakest, due, frequent or random.</source>
        <translation>--order muss weakest, due, frequent oder random sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/importpreview.cpp" line="+42"/>
        <source>The layouts &apos;prepdeck import --layout ID&apos; takes:</source>
        <translation>Die Aufbauten, die „prepdeck import --layout ID“ annimmt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;prepdeck import --preview FILE&apos; shows which of them a file reads in, and how.</source>
        <translation>„prepdeck import --preview DATEI“ zeigt, in welchen davon eine Datei gelesen wird, und wie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>  read so because: %1</source>
        <translation>  so gelesen, weil: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  it also reads as: %1 (choose one with &apos;prepdeck import --layout ID %2&apos;)</source>
        <translation>  lässt sich auch lesen als: %1 (wählen Sie eine mit „prepdeck import --layout ID %2“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  the first questions:</source>
        <translation>  die ersten Fragen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../app/text/translation.cpp" line="+21"/>
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln Frage</numerusform>
            <numerusform>%Ln Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln Bewertung</numerusform>
            <numerusform>%Ln Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln category(s)</source>
        <translation>
            <numerusform>%Ln Kategorie</numerusform>
            <numerusform>%Ln Kategorien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln bank(s)</source>
        <translation>
            <numerusform>%Ln Fragensammlung</numerusform>
            <numerusform>%Ln Fragensammlungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../app/import/exporter.cpp" line="+54"/>
        <source>cannot write here (%1). Choose another place with --output.</source>
        <translation>hier kann nicht geschrieben werden (%1). Bitte mit --output einen anderen Speicherort wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>writing failed (%1); the file was left as it was. Check the free disk space.</source>
        <translation>das Schreiben ist fehlgeschlagen (%1); die Datei blieb unverändert. Bitte den freien Speicherplatz prüfen.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../app/import/bankfilereader.cpp" line="+24"/>
        <source>no such file. Check the path and try again.</source>
        <translation>Datei nicht gefunden. Bitte den Pfad prüfen und es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a folder, not a file. Give the question bank files inside it instead (for example %1/*.md).</source>
        <translation>dies ist ein Ordner, keine Datei. Bitte stattdessen die darin liegenden Dateien mit Fragensammlungen angeben (zum Beispiel %1/*.md).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a regular file. Import a saved text file.</source>
        <translation>dies ist keine reguläre Datei. Bitte eine gespeicherte Textdatei importieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is %L1 MB, over the %L2 MB limit for one bank. Split it into smaller files, or raise the limit with --max-size.</source>
        <translation>die Datei ist %L1 MB groß und überschreitet damit die Grenze von %L2 MB für eine Fragensammlung. Bitte sie in kleinere Dateien aufteilen oder die Grenze mit --max-size erhöhen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot be read (%1). Check its permissions.</source>
        <translation>kann nicht gelesen werden (%1). Bitte die Zugriffsrechte prüfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reading failed (%1).</source>
        <translation>das Lesen ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is over the %L1 MB limit for one bank. Split it into smaller files, or raise the limit with --max-size.</source>
        <translation>die Datei überschreitet die Grenze von %L1 MB für eine Fragensammlung. Bitte sie in kleinere Dateien aufteilen oder die Grenze mit --max-size erhöhen.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weitere</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>read as %1, as --layout asked.</source>
        <translation>als %1 gelesen, wie mit --layout verlangt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is empty, so nothing was imported. Check that this is the file you meant and that it was saved.</source>
        <translation>die Datei ist leer, daher wurde nichts importiert. Bitte prüfen, ob es die gemeinte Datei ist und ob sie gespeichert wurde.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>line %1 is %Ln character(s) long, over the limit of %L2 for one line. This does not look like a question bank; check that it is the file you meant.</source>
        <translation>
            <numerusform>Zeile %1 ist %Ln Zeichen lang und überschreitet damit die Grenze von %L2 für eine Zeile. Das sieht nicht nach einer Fragensammlung aus; bitte prüfen, ob es die gemeinte Datei ist.</numerusform>
            <numerusform>Zeile %1 ist %Ln Zeichen lang und überschreitet damit die Grenze von %L2 für eine Zeile. Das sieht nicht nach einer Fragensammlung aus; bitte prüfen, ob es die gemeinte Datei ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this file does not read as &quot;%1&quot;; %2. Leave out --layout to let Prepdeck choose.</source>
        <translation>diese Datei lässt sich nicht als „%1“ lesen; %2. Lassen Sie --layout weg, damit Prepdeck wählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no reading finds questions in it</source>
        <translation>keine Lesart findet Fragen darin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it reads as %1</source>
        <translation>sie liest sich als %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no questions found. A CSV or TSV bank needs a header row that names its columns, at least question and answer (for example: question,answer,category,tags).</source>
        <translation>keine Fragen gefunden. Eine CSV- oder TSV-Sammlung braucht eine Kopfzeile mit den Spaltennamen, mindestens question und answer (zum Beispiel: question,answer,category,tags).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no questions found in this file. Prepdeck reads Markdown headings with answers, Q:/A: pairs, &lt;details&gt; blocks, question tables and numbered lists, CSV/TSV with a header row, and its own bank format; see the README for examples.</source>
        <translation>keine Fragen in dieser Datei gefunden. Prepdeck liest Markdown-Überschriften mit Antworten, Q:/A:-Paare, &lt;details&gt;-Blöcke, Fragentabellen und nummerierte Listen, CSV/TSV mit Kopfzeile sowie das eigene Sammlungsformat; Beispiele stehen in der README.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>the file holds %Ln question(s), over the limit of %L1 for one file. Split it into smaller banks.</source>
        <translation>
            <numerusform>die Datei enthält %Ln Frage und überschreitet damit die Grenze von %L1 für eine Datei. Bitte sie in kleinere Fragensammlungen aufteilen.</numerusform>
            <numerusform>die Datei enthält %Ln Fragen und überschreitet damit die Grenze von %L1 für eine Datei. Bitte sie in kleinere Fragensammlungen aufteilen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/import/delimitedlayout.cpp" line="+454"/>
        <source>no column of the header is an answer (answer, back, definition, response, solution…), so the questions have none. Rename the answer column and import again if it has another name.</source>
        <translation>keine Spalte der Kopfzeile ist eine Antwort (answer, back, definition, response, solution…), daher haben die Fragen keine. Benennen Sie die Antwortspalte um und importieren Sie erneut, wenn sie anders heißt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a quoted field that starts in this row is never closed, so the rest of the file would be one field. Add the missing &quot; and import again.</source>
        <translation>ein Feld in Anführungszeichen, das in dieser Zeile beginnt, wird nie geschlossen, sodass der Rest der Datei ein einziges Feld wäre. Bitte das fehlende &quot; ergänzen und erneut importieren.</translation>
    </message>
    <message numerus="yes">
        <location line="-87"/>
        <source>this row has %Ln field(s) but the header has %L1; check for a missing quote or delimiter.</source>
        <translation>
            <numerusform>diese Zeile hat %Ln Feld, die Kopfzeile aber %L1; bitte auf ein fehlendes Anführungszeichen oder Trennzeichen prüfen.</numerusform>
            <numerusform>diese Zeile hat %Ln Felder, die Kopfzeile aber %L1; bitte auf ein fehlendes Anführungszeichen oder Trennzeichen prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this row has no question; it was skipped.</source>
        <translation>diese Zeile enthält keine Frage; sie wurde übersprungen.</translation>
    </message>
    <message numerus="yes">
        <location line="-101"/>
        <source>%Ln question(s) have an empty answer (lines %1).</source>
        <translation>
            <numerusform>%Ln Frage hat eine leere Antwort (Zeile %1).</numerusform>
            <numerusform>%Ln Fragen haben eine leere Antwort (Zeilen %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln question(s) repeat one before them, word for word; they were kept (lines %1).</source>
        <translation>
            <numerusform>%Ln Frage wiederholt eine frühere Wort für Wort; sie wurde behalten (Zeile %1).</numerusform>
            <numerusform>%Ln Fragen wiederholen frühere Wort für Wort; sie wurden behalten (Zeilen %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+179"/>
        <source>%Ln line(s) of tab-separated notes with no header: front is the question, back the answer.</source>
        <translation>
            <numerusform>%Ln Zeile mit tabulatorgetrennten Notizen ohne Kopfzeile: vorne die Frage, hinten die Antwort.</numerusform>
            <numerusform>%Ln Zeilen mit tabulatorgetrennten Notizen ohne Kopfzeile: vorne die Frage, hinten die Antwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln record(s) of comma-separated notes with no header: front is the question, back the answer.</source>
        <translation>
            <numerusform>%Ln Datensatz mit kommagetrennten Notizen ohne Kopfzeile: Vorderseite ist die Frage, Rückseite die Antwort.</numerusform>
            <numerusform>%Ln Datensätze mit kommagetrennten Notizen ohne Kopfzeile: Vorderseite ist die Frage, Rückseite die Antwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) under a header that names the question column.</source>
        <translation>
            <numerusform>%Ln Zeile unter einer Kopfzeile, die die Fragenspalte benennt.</numerusform>
            <numerusform>%Ln Zeilen unter einer Kopfzeile, die die Fragenspalte benennt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/library/importreport.cpp" line="+86"/>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headings</source>
        <translation>Überschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q/A pairs</source>
        <translation>Q/A-Paare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>details blocks</source>
        <translation>&lt;details&gt;-Blöcke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbered lists</source>
        <translation>nummerierte Listen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quoted questions</source>
        <translation>Fragen in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbered cards</source>
        <translation>nummerierte Karten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>questions with answer lines</source>
        <translation>Fragen mit Antwortzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bold questions</source>
        <translation>fett gesetzte Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cards</source>
        <translation>Karteikarten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prepdeck bank format</source>
        <translation>Prepdeck-Sammlungsformat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Prepdeck&apos;s own bank format (what &apos;prepdeck export --format markdown&apos; writes)</source>
        <translation>Prepdecks eigenes Format für Fragensammlungen (was „prepdeck export --format markdown“ schreibt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown, questions as headings (also Q/A pairs, tables, lists under them), the answer below</source>
        <translation>Markdown, Fragen als Überschriften (auch F/A-Paare, Tabellen, Listen darunter), die Antwort darunter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown without question headings: bold questions, numbered or plain lists, details blocks, Q/A pairs</source>
        <translation>Markdown ohne Fragen-Überschriften: fette Fragen, nummerierte oder einfache Listen, Details-Blöcke, F/A-Paare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plain text read the same way: questions in lines or paragraphs, the answer after them</source>
        <translation>reiner Text, ebenso gelesen: Fragen in Zeilen oder Absätzen, die Antwort danach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plain text, each question in quotes above an answer line</source>
        <translation>reiner Text, jede Frage in Anführungszeichen über einer Antwortzeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plain text, numbered cards: a short head above an answer line</source>
        <translation>reiner Text, nummerierte Karten: ein kurzer Kopf über einer Antwortzeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plain text, each question a short head above a marked answer line</source>
        <translation>reiner Text, jede Frage ein kurzer Kopf über einer markierten Antwortzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated values with a header row</source>
        <translation>durch Kommas getrennte Werte mit Kopfzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab-separated values with a header row</source>
        <translation>durch Tabulatoren getrennte Werte mit Kopfzeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an Anki notes export (tab-separated, #separator header)</source>
        <translation>ein Anki-Notizen-Export (durch Tabulatoren getrennt, Kopf #separator)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1: %Ln question(s) in %2 (%3, %4)%5</source>
        <translation>
            <numerusform>%1: %Ln Frage in %2 (%3, %4)%5</numerusform>
            <numerusform>%1: %Ln Fragen in %2 (%3, %4)%5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> [dry run: nothing saved]</source>
        <translation> [Probelauf: nichts gespeichert]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  bank &quot;%1&quot;</source>
        <translation>  Fragensammlung „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  %L1 added, %L2 updated, %L3 unchanged, %L4 retired</source>
        <translation>  %L1 hinzugefügt, %L2 aktualisiert, %L3 unverändert, %L4 ausgemustert</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>  %Ln question(s) you edited: kept as you wrote them</source>
        <translation>
            <numerusform>  %Ln von Ihnen bearbeitete Frage: so behalten, wie Sie sie geschrieben haben</numerusform>
            <numerusform>  %Ln von Ihnen bearbeitete Fragen: so behalten, wie Sie sie geschrieben haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>  %Ln question(s) you edited changed in the file: kept yours (ids %1; &apos;prepdeck edit ID --take-file&apos; takes the file&apos;s version)</source>
        <translation>
            <numerusform>  %Ln von Ihnen bearbeitete Frage wurde in der Datei geändert: Ihre Fassung behalten (ID %1; „prepdeck edit ID --take-file“ übernimmt die Fassung aus der Datei)</numerusform>
            <numerusform>  %Ln von Ihnen bearbeitete Fragen wurden in der Datei geändert: Ihre Fassungen behalten (IDs %1; „prepdeck edit ID --take-file“ übernimmt die Fassung aus der Datei)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>  %Ln question(s) you deleted: left deleted</source>
        <translation>
            <numerusform>  %Ln von Ihnen gelöschte Frage: bleibt gelöscht</numerusform>
            <numerusform>  %Ln von Ihnen gelöschte Fragen: bleiben gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  repaired: %1</source>
        <translation>  repariert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  warning: %1:%2: %3</source>
        <translation>  Warnung: %1:%2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  warning: %1: %2</source>
        <translation>  Warnung: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/library/importer.cpp" line="+96"/>
        <location line="+243"/>
        <source>the import was cancelled; nothing was saved.</source>
        <translation>der Import wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/import/nativereader.cpp" line="+385"/>
        <location filename="../app/library/importer.cpp" line="-89"/>
        <source>the first line says Prepdeck&apos;s own bank format.</source>
        <translation>die erste Zeile nennt das eigene Format der Fragensammlungen von Prepdeck.</translation>
    </message>
    <message>
        <location filename="../app/library/importer.cpp" line="+36"/>
        <source>read part by part as the file streamed in, in the reading its first %L1 MB show: %2</source>
        <translation>Teil für Teil gelesen, während die Datei einströmte, so wie ihre ersten %L1 MB sie lesen lassen: %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the built-in starter bank is missing from this build. Reinstall Prepdeck.</source>
        <translation>die eingebaute Startsammlung fehlt in dieser Version von Prepdeck. Bitte Prepdeck neu installieren.</translation>
    </message>
    <message>
        <location filename="../app/import/nativereader.cpp" line="-250"/>
        <source>this bank was written by a newer Prepdeck (format %1); fields this version does not know were skipped. Update Prepdeck to import everything.</source>
        <translation>diese Fragensammlung wurde von einer neueren Prepdeck-Version geschrieben (Format %1); Felder, die diese Version nicht kennt, wurden übersprungen. Bitte Prepdeck aktualisieren, um alles zu importieren.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>%1=%2 is not a whole number from %L3 to %L4; it was left out.</source>
        <translation>%1=%2 ist keine ganze Zahl von %L3 bis %L4; der Wert wurde weggelassen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the %1 that starts here is never closed with &quot;%2&quot;; it runs to the end of the file.</source>
        <translation>der Block „%1“, der hier beginnt, wird nie mit „%2“ geschlossen; er reicht bis zum Dateiende.</translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>the bank name you gave was not used: this file holds %n bank(s), each named by its own &apos;# &apos; heading.</source>
        <translation>
            <numerusform>der angegebene Name der Fragensammlung wurde nicht verwendet: Diese Datei enthält %n Fragensammlung, benannt durch ihre eigene Überschrift „# “.</numerusform>
            <numerusform>der angegebene Name der Fragensammlung wurde nicht verwendet: Diese Datei enthält %n Fragensammlungen, jede benannt durch ihre eigene Überschrift „# “.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/textdecoder.cpp" line="+193"/>
        <source>Removed %Ln control character(s) that are not text (left by a broken conversion or a binary file pasted in).</source>
        <translation>
            <numerusform>%Ln Steuerzeichen entfernt, das kein Text ist (Überbleibsel einer fehlerhaften Konvertierung oder einer eingefügten Binärdatei).</numerusform>
            <numerusform>%Ln Steuerzeichen entfernt, die kein Text sind (Überbleibsel einer fehlerhaften Konvertierung oder einer eingefügten Binärdatei).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the file says it is %1 but holds invalid %1 data. Save it again as UTF-8 and retry.</source>
        <translation>die Datei gibt %1 als Kodierung an, enthält aber ungültige %1-Daten. Bitte sie erneut als UTF-8 speichern und es noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>this is not a text file (it holds binary data). Import a question bank saved as text: Markdown, plain text, CSV or TSV.</source>
        <translation>dies ist keine Textdatei (sie enthält Binärdaten). Bitte eine als Text gespeicherte Fragensammlung importieren: Markdown, reiner Text, CSV oder TSV.</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>Repaired broken encoding: the file is UTF-8 that was once read as %1 and saved again; %Ln garbled character(s) were turned back into the originals.</source>
        <translation>
            <numerusform>Fehlerhafte Zeichenkodierung repariert: Die Datei ist UTF-8, das einmal als %1 gelesen und wieder gespeichert wurde; %Ln verstümmeltes Zeichen wurde in das ursprüngliche zurückverwandelt.</numerusform>
            <numerusform>Fehlerhafte Zeichenkodierung repariert: Die Datei ist UTF-8, das einmal als %1 gelesen und wieder gespeichert wurde; %Ln verstümmelte Zeichen wurden in die ursprünglichen zurückverwandelt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file is not valid UTF-8; it was read as %1.</source>
        <translation>Die Datei ist kein gültiges UTF-8; sie wurde als %1 gelesen.</translation>
    </message>
    <message>
        <location filename="../app/import/structuredreader.cpp" line="+136"/>
        <source>a code block that starts here is never closed (no second %1 line); it was closed at the next heading.</source>
        <translation>ein Codeblock, der hier beginnt, wird nie geschlossen (keine zweite %1-Zeile); er wurde vor der nächsten Überschrift geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/import/structuredanswers.cpp" line="+146"/>
        <source>the question &quot;%1&quot; has no answer (no &quot;A:&quot; line follows it).</source>
        <translation>die Frage „%1“ hat keine Antwort (es folgt keine „A:“-Zeile).</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%Ln question(s) read from %1, in %2; they read like questions %3% of the way.</source>
        <translation>
            <numerusform>%Ln Frage aus %1 gelesen, in %2; sie liest sich zu %3% wie eine Frage.</numerusform>
            <numerusform>%Ln Fragen aus %1 gelesen, in %2; sie lesen sich zu %3% wie Fragen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the question &quot;%1&quot; has no answer under its heading.</source>
        <translation>die Frage „%1“ hat keine Antwort unter ihrer Überschrift.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln question(s) have no answer; the first is &quot;%1&quot;.</source>
        <translation>
            <numerusform>%Ln Frage hat keine Antwort: „%1“.</numerusform>
            <numerusform>%Ln Fragen haben keine Antwort; die erste ist „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/import/plaintextlayouts.cpp" line="+348"/>
        <source>the question &quot;%1&quot; has no answer after its &quot;%2&quot; line.</source>
        <translation>die Frage „%1“ hat nach ihrer Zeile „%2“ keine Antwort.</translation>
    </message>
    <message numerus="yes">
        <location line="-44"/>
        <source>%Ln question(s) in plain text, each a short head (question and label lines) above an answer line (%1).</source>
        <translation>
            <numerusform>%Ln Frage in reinem Text, mit kurzem Kopf (Frage- und Beschriftungszeilen) über einer Antwortzeile (%1).</numerusform>
            <numerusform>%Ln Fragen in reinem Text, jede mit kurzem Kopf (Frage- und Beschriftungszeilen) über einer Antwortzeile (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../app/library/librarycarefiles.cpp" line="+205"/>
        <source>the backup failed (%1). Check the free space; the library itself is untouched.</source>
        <translation>die Sicherung ist fehlgeschlagen (%1). Bitte den freien Speicherplatz prüfen; die Bibliothek selbst ist unverändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot put the backup in place. Check the folder&apos;s permissions.</source>
        <translation>die Sicherung kann nicht an ihrem Zielort abgelegt werden. Bitte die Zugriffsrechte des Ordners prüfen.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Reading the library for a copy</source>
        <translation>Lesen der Bibliothek für eine Kopie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write a backup here (%1). Check the folder&apos;s permissions and free space.</source>
        <translation>hier kann keine Sicherung geschrieben werden (%1). Bitte die Zugriffsrechte des Ordners und den freien Speicherplatz prüfen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/library/librarycare.cpp" line="+44"/>
        <location filename="../app/library/librarycarefiles.cpp" line="+69"/>
        <location filename="../app/library/libraryfile.cpp" line="+223"/>
        <source>Opening the library</source>
        <translation>Öffnen der Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/library/librarycarefiles.cpp" line="+6"/>
        <source>Folding the log into the library</source>
        <translation>Übernehmen des Protokolls in die Bibliothek</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>another Prepdeck window or command has it open, so it was left where it is. Close them and open it again: it is then moved aside and the newest backup offered.</source>
        <translation>ein anderes Prepdeck-Fenster oder ein Befehl hat sie geöffnet, daher blieb sie, wo sie ist. Bitte diese schließen und die Bibliothek erneut öffnen: Dann wird sie beiseitegelegt und die neueste Sicherung angeboten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the library is damaged and could not be moved aside. Move it yourself (it is not deleted) and start Prepdeck again.</source>
        <translation>die Bibliothek ist beschädigt und konnte nicht beiseitegelegt werden. Bitte sie selbst verschieben (sie wird nicht gelöscht) und Prepdeck erneut starten.</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="+110"/>
        <location filename="../app/library/librarycare.cpp" line="+13"/>
        <source>Checking the library</source>
        <translation>Prüfen der Bibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/library/librarycare.cpp" line="+2"/>
        <source>the library is damaged: the check of its pages failed (%1).</source>
        <translation>die Bibliothek ist beschädigt: Die Prüfung ihrer Seiten ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/library/librarycare.cpp" line="+6"/>
        <source>the library is damaged: the check of its pages found damage (%1).</source>
        <translation>die Bibliothek ist beschädigt: Die Prüfung ihrer Seiten hat Schäden gefunden (%1).</translation>
    </message>
    <message>
        <location filename="../app/library/librarycare.cpp" line="+50"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an upgrade</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 No backup was taken; restore the newest one (prepdeck backups, prepdeck restore FILE).</source>
        <translation>%1 Es wurde keine Sicherung angelegt; bitte die neueste wiederherstellen (prepdeck backups, prepdeck restore DATEI).</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+21"/>
        <source>this backup cannot be used: %1 Choose another one (&apos;prepdeck backups&apos;).</source>
        <translation>diese Sicherung ist nicht verwendbar: %1 Bitte eine andere wählen („prepdeck backups“).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this backup was made by a newer version of Prepdeck (schema %1; this version knows up to %2), so it cannot be restored here. Update Prepdeck, or choose another backup.</source>
        <translation>diese Sicherung stammt von einer neueren Prepdeck-Version (Schema %1; diese Version kennt Schemas bis %2) und kann hier nicht wiederhergestellt werden. Bitte Prepdeck aktualisieren oder eine andere Sicherung wählen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this backup cannot be used: it is damaged (%1). Choose another one (&apos;prepdeck backups&apos;).</source>
        <translation>diese Sicherung ist nicht verwendbar: Sie ist beschädigt (%1). Bitte eine andere wählen („prepdeck backups“).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this backup cannot be used: the check of its pages found damage (%1). Choose another one (&apos;prepdeck backups&apos;).</source>
        <translation>diese Sicherung ist nicht verwendbar: Die Prüfung ihrer Seiten hat Schäden gefunden (%1). Bitte eine andere wählen („prepdeck backups“).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the library is open in another Prepdeck window or command. Close it, or restore from the window (File → Restore from Backup…).</source>
        <translation>die Bibliothek ist in einem anderen Prepdeck-Fenster oder Befehl geöffnet. Bitte dort schließen oder im Fenster wiederherstellen (Datei → Aus Sicherung wiederherstellen…).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your library is still in its place; it was also kept at %1.</source>
        <translation>Ihre Bibliothek ist noch an ihrem Platz; sie wurde außerdem unter %1 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the restored copy could not be put in place (%1); the library is as it was.</source>
        <translation>die wiederhergestellte Kopie konnte nicht an ihren Platz gelegt werden (%1); die Bibliothek ist unverändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the restored library cannot be opened: %1</source>
        <translation>die wiederhergestellte Bibliothek lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the library could not be opened again after the restore: %1</source>
        <translation>die Bibliothek konnte nach der Wiederherstellung nicht erneut geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the copy cannot be used (%1)</source>
        <translation>die Kopie ist nicht verwendbar (%1)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>It was moved to %1 (nothing was deleted).</source>
        <translation>Sie wurde nach %1 verschoben (nichts wurde gelöscht).</translation>
    </message>
    <message>
        <location filename="../app/library/librarycarefiles.cpp" line="-50"/>
        <source>cannot create the backup folder. Check the permissions of the library&apos;s folder.</source>
        <translation>der Sicherungsordner kann nicht angelegt werden. Bitte die Zugriffsrechte des Bibliotheksordners prüfen.</translation>
    </message>
    <message>
        <location filename="../app/library/librarycare.cpp" line="-291"/>
        <source>no such backup. Run &apos;prepdeck backups&apos; to see them.</source>
        <translation>diese Sicherung gibt es nicht. „prepdeck backups“ zeigt die vorhandenen Sicherungen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>this is not a Prepdeck library. Choose one of the files &apos;prepdeck backups&apos; lists.</source>
        <translation>dies ist keine Prepdeck-Bibliothek. Bitte eine der Dateien wählen, die „prepdeck backups“ auflistet.</translation>
    </message>
    <message>
        <location filename="../app/library/bulkimport.cpp" line="+102"/>
        <source>the library is not an SQLite database.</source>
        <translation>die Bibliothek ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/library/librarycare.cpp" line="+152"/>
        <source>the library is already there.</source>
        <translation>die Bibliothek befindet sich bereits dort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file of that name is already there; choose another name (nothing was overwritten).</source>
        <translation>dort gibt es bereits eine Datei mit diesem Namen; bitte einen anderen Namen wählen (es wurde nichts überschrieben).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the folder. Check its permissions.</source>
        <translation>der Ordner kann nicht angelegt werden. Bitte seine Zugriffsrechte prüfen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the library and its copy</source>
        <translation>Bibliothek und Kopie können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the copy does not hold the same questions and ratings</source>
        <translation>die Kopie enthält nicht dieselben Fragen und Bewertungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; the library stays where it was.</source>
        <translation>%1; die Bibliothek bleibt, wo sie war.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot save the new place in the settings; the library stays where it was.</source>
        <translation>der neue Speicherort kann nicht in den Einstellungen gespeichert werden; die Bibliothek bleibt, wo sie war.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the library needs an upgrade, and the backup before it failed: %1</source>
        <translation>die Bibliothek muss aktualisiert werden, aber die vorherige Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/library/migrations.cpp" line="+16"/>
        <source>banks, categories, questions, rating events and full-text search</source>
        <translation>Fragensammlungen, Kategorien, Fragen, Bewertungen und Volltextsuche</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the user&apos;s notes, searchable, and each question&apos;s latest rating at hand</source>
        <translation>durchsuchbare eigene Notizen und die letzte Bewertung jeder Frage griffbereit</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>mock interviews, and the time used with each rating given in one</source>
        <translation>Probeinterviews sowie die benötigte Zeit zu jeder darin abgegebenen Bewertung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>settings that belong with the library, such as the interview date</source>
        <translation>Einstellungen, die zur Bibliothek gehören, etwa der Interviewtermin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a word index built for speed, and each category&apos;s counts kept at hand</source>
        <translation>ein auf Geschwindigkeit ausgelegter Wortindex und die Anzahlen jeder Kategorie griffbereit</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>categories under their banks&apos; headings, and each question&apos;s context and source link</source>
        <translation>Kategorien unter den Überschriften ihrer Fragensammlung sowie Kontext und Quelllink jeder Frage</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>questions you edit, add, suspend or delete, and banks you rename</source>
        <translation>Fragen, die Sie bearbeiten, hinzufügen, zurückstellen oder löschen, und Fragensammlungen, die Sie umbenennen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>categories you rename or merge keep your arrangement when their file is imported again</source>
        <translation>umbenannte oder zusammengeführte Kategorien behalten Ihre Ordnung, wenn ihre Datei erneut importiert wird</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>categories you rename and questions you move stay so when their file is imported again</source>
        <translation>umbenannte Kategorien und verschobene Fragen bleiben so, wenn ihre Datei erneut importiert wird</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>full-text search that ranks what it finds and knows phrases</source>
        <translation>Volltextsuche, die Treffer nach Relevanz ordnet und Wortfolgen kennt</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Upgrading the library to schema %1 (%2)</source>
        <translation>Aktualisieren der Bibliothek auf Schema %1 (%2)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>rows of %1 point to nothing after the rebuild</source>
        <translation>Zeilen von %1 verweisen nach dem Neuaufbau ins Leere</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="-29"/>
        <location filename="../app/library/migrations.cpp" line="+79"/>
        <source>this library was written by a newer version of Prepdeck (schema %1; this version knows up to %2). Update Prepdeck, or open another file with --database.</source>
        <translation>diese Bibliothek wurde von einer neueren Prepdeck-Version geschrieben (Schema %1; diese Version kennt Schemas bis %2). Bitte Prepdeck aktualisieren oder mit --database eine andere Datei öffnen.</translation>
    </message>
    <message>
        <location filename="../app/library/migrations.cpp" line="-40"/>
        <source>upgrading the library to schema %1 (%2) failed: %3. Nothing was changed.</source>
        <translation>die Aktualisierung der Bibliothek auf Schema %1 (%2) ist fehlgeschlagen: %3. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/library/sqlitestatus.cpp" line="+117"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>%1 failed: the disk is full. Nothing of it was saved; the library is as it was. Free some space and try again.</source>
        <translation>%1 fehlgeschlagen: Der Datenträger ist voll. Davon wurde nichts gespeichert; die Bibliothek ist unverändert. Bitte Speicherplatz freigeben und es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 failed: the library is read-only, so nothing can be saved. Make the file writable (chmod u+w) and open it again.</source>
        <translation>%1 fehlgeschlagen: Die Bibliothek ist schreibgeschützt, daher kann nichts gespeichert werden. Bitte die Datei beschreibbar machen (chmod u+w) und erneut öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: the library&apos;s folder cannot be written, so nothing can be saved (SQLite keeps its log beside the file). Make the folder writable and open the library again.</source>
        <translation>%1 fehlgeschlagen: Der Ordner der Bibliothek ist schreibgeschützt, daher kann nichts gespeichert werden (SQLite legt sein Protokoll neben die Datei). Bitte den Ordner beschreibbar machen und die Bibliothek erneut öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the library is on a read-only file system, so nothing can be saved. Mount the disk writable, or copy the library to a disk that is, and open it there.</source>
        <translation>%1 fehlgeschlagen: Die Bibliothek liegt auf einem schreibgeschützten Dateisystem, daher kann nichts gespeichert werden. Bitte den Datenträger beschreibbar einhängen oder die Bibliothek auf einen beschreibbaren Datenträger kopieren und dort öffnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 failed: another Prepdeck window or command kept the library busy for more than %2 seconds. Nothing of it was saved; try again once it has finished.</source>
        <translation>%1 fehlgeschlagen: Ein anderes Prepdeck-Fenster oder ein Befehl hat die Bibliothek länger als %2 Sekunden belegt. Davon wurde nichts gespeichert; bitte erneut versuchen, sobald er fertig ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the disk reported an error (%2). Nothing of it was saved; the library is as it was. Check the disk (is it full, failing or unplugged?) and try again.</source>
        <translation>%1 fehlgeschlagen: Der Datenträger hat einen Fehler gemeldet (%2). Davon wurde nichts gespeichert; die Bibliothek ist unverändert. Bitte den Datenträger prüfen (voll, defekt oder getrennt?) und es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: SQLite cannot open the library&apos;s files (%2). Check that the folder exists and can be written, and that the disk has space.</source>
        <translation>%1 fehlgeschlagen: SQLite kann die Dateien der Bibliothek nicht öffnen (%2). Bitte prüfen, ob der Ordner existiert und beschreibbar ist und ob der Datenträger Platz hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: SQLite found the library damaged (%2). Close Prepdeck: when it opens the library again it checks it and offers the newest backup.</source>
        <translation>%1 fehlgeschlagen: SQLite hat die Bibliothek beschädigt vorgefunden (%2). Bitte Prepdeck schließen: Beim nächsten Öffnen prüft es die Bibliothek und bietet die neueste Sicherung an.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the library is damaged: it is not an SQLite database (SQLite says: %1).</source>
        <translation>die Bibliothek ist beschädigt: Sie ist keine SQLite-Datenbank (SQLite meldet: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the library is damaged: SQLite cannot read it (%1).</source>
        <translation>die Bibliothek ist beschädigt: SQLite kann sie nicht lesen (%1).</translation>
    </message>
    <message>
        <location filename="../app/library/libraryfile.cpp" line="-110"/>
        <source>this path is a symbolic link loop: following its links leads back to where they started. Point the link at a library file, or choose another with --database.</source>
        <translation>dieser Pfad ist eine Schleife symbolischer Links: Seinen Links zu folgen führt zurück zum Anfang. Bitte den Link auf eine Bibliotheksdatei zeigen lassen oder mit --database eine andere wählen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is a symbolic link to %1, which does not exist. Point it at a library file, or choose another with --database.</source>
        <translation>dies ist ein symbolischer Link auf %1, das es nicht gibt. Bitte ihn auf eine Bibliotheksdatei zeigen lassen oder mit --database eine andere wählen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot reach the library (%1). Check the permissions of its folders, or choose another place with --database.</source>
        <translation>die Bibliothek ist nicht erreichbar (%1). Bitte die Zugriffsrechte ihrer Ordner prüfen oder mit --database einen anderen Speicherort wählen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a folder. Give a library file name, for example %1/prepdeck.sqlite.</source>
        <translation>dies ist ein Ordner. Bitte einen Dateinamen für die Bibliothek angeben, zum Beispiel %1/prepdeck.sqlite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a regular file (a device or a pipe?). Choose a library file with --database.</source>
        <translation>dies ist keine gewöhnliche Datei (ein Gerät oder eine Pipe?). Bitte mit --database eine Bibliotheksdatei wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the library (%1). Check its permissions (chmod u+r) or choose another file with --database.</source>
        <translation>die Bibliothek kann nicht gelesen werden (%1). Bitte ihre Zugriffsrechte prüfen (chmod u+r) oder mit --database eine andere Datei wählen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the library is damaged: the file is empty (0 bytes), so whatever it held is gone from it.</source>
        <translation>die Bibliothek ist beschädigt: Die Datei ist leer (0 Byte), ihr Inhalt ist also nicht mehr darin.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot create the folder %1 for the library (%2). Check its permissions or choose another place with --database.</source>
        <translation>der Ordner %1 für die Bibliothek kann nicht angelegt werden (%2). Bitte seine Zugriffsrechte prüfen oder mit --database einen anderen Speicherort wählen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+4"/>
        <source>Creating the library</source>
        <translation>Anlegen der Bibliothek</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot put the new library in place (%1). Check the folder&apos;s permissions.</source>
        <translation>die neue Bibliothek kann nicht an ihren Platz gelegt werden (%1). Bitte die Zugriffsrechte des Ordners prüfen.</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>table `%1` is missing</source>
        <translation>die Tabelle `%1` fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trigger `%1` is missing</source>
        <translation>der Trigger `%1` fehlt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>this is not a Prepdeck library but another program&apos;s SQLite database (%1). It was left untouched. Open a Prepdeck library with --database, or give a new file name to start one.</source>
        <translation>dies ist keine Prepdeck-Bibliothek, sondern die SQLite-Datenbank eines anderen Programms (%1). Sie blieb unverändert. Bitte mit --database eine Prepdeck-Bibliothek öffnen oder einen neuen Dateinamen angeben, um eine anzulegen.</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>cannot create the library (%1). Check the folder&apos;s permissions or choose another place with --database.</source>
        <translation>die Bibliothek kann nicht angelegt werden (%1). Bitte die Zugriffsrechte des Ordners prüfen oder mit --database einen anderen Speicherort wählen.</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="+103"/>
        <source>Setting up the library</source>
        <translation>Einrichten der Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/library/librarycare.cpp" line="-459"/>
        <location filename="../app/library/librarycarefiles.cpp" line="+27"/>
        <location filename="../app/library/libraryfile.cpp" line="+32"/>
        <source>Reading the library</source>
        <translation>Lesen der Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="-127"/>
        <source>the library is no longer there.</source>
        <translation>die Bibliothek ist nicht mehr da.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>the disk is full, so SQLite cannot set up the files it keeps beside the library while it is open (-wal, -shm). The library is as it was: free some space and open it again.</source>
        <translation>der Datenträger ist voll, daher kann SQLite die Dateien nicht anlegen, die es neben der geöffneten Bibliothek führt (-wal, -shm). Die Bibliothek ist unverändert: Bitte Speicherplatz freigeben und sie erneut öffnen.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>application id %1</source>
        <translation>Anwendungskennung %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its tables: %1</source>
        <translation>ihre Tabellen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the library is damaged: %1.</source>
        <translation>die Bibliothek ist beschädigt: %1.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the library is read-only and was written by another version of Prepdeck, so it cannot be upgraded. Make it writable (chmod u+w) and open it again.</source>
        <translation>die Bibliothek ist schreibgeschützt und wurde von einer anderen Prepdeck-Version geschrieben, daher kann sie nicht aktualisiert werden. Bitte sie beschreibbar machen (chmod u+w) und erneut öffnen.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Marking the library as Prepdeck&apos;s</source>
        <translation>Kennzeichnen der Bibliothek als Prepdeck-Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/library/bulkimport.cpp" line="+8"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+8"/>
        <location filename="../app/library/importwriter.cpp" line="+383"/>
        <source>Starting the import</source>
        <translation>Starten des Imports</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/library/importwriter.cpp" line="-290"/>
        <location line="+16"/>
        <location line="+335"/>
        <source>Looking up the bank</source>
        <translation>Suchen der Fragensammlung</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Naming the bank</source>
        <translation>Benennen der Fragensammlung</translation>
    </message>
    <message>
        <location filename="../app/library/importwriter.cpp" line="-317"/>
        <location line="+4"/>
        <source>Updating the bank</source>
        <translation>Aktualisieren der Fragensammlung</translation>
    </message>
    <message>
        <location filename="../app/library/bulkimport.cpp" line="+32"/>
        <location filename="../app/library/importwriter.cpp" line="+15"/>
        <source>Adding the bank</source>
        <translation>Hinzufügen der Fragensammlung</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/library/importwriter.cpp" line="+26"/>
        <location line="+13"/>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Saving the categories</source>
        <translation>Speichern der Kategorien</translation>
    </message>
    <message>
        <location filename="../app/library/importwriter.cpp" line="+19"/>
        <source>Reading the bank&apos;s questions</source>
        <translation>Lesen der Fragen der Sammlung</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+46"/>
        <location line="+11"/>
        <location line="+27"/>
        <source>Updating a question</source>
        <translation>Aktualisieren einer Frage</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>the import was cancelled; nothing was saved.</source>
        <translation>der Import wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/library/bulkimport.cpp" line="+66"/>
        <location filename="../app/library/importwriter.cpp" line="+94"/>
        <source>Adding a question</source>
        <translation>Hinzufügen einer Frage</translation>
    </message>
    <message>
        <location filename="../app/library/importwriter.cpp" line="-75"/>
        <source>Retiring a question</source>
        <translation>Ausmustern einer Frage</translation>
    </message>
    <message>
        <location filename="../app/library/bulkimport.cpp" line="+33"/>
        <location filename="../app/library/importwriter.cpp" line="+127"/>
        <source>Saving the import</source>
        <translation>Speichern des Imports</translation>
    </message>
    <message>
        <location filename="../app/library/questionrepository.cpp" line="+232"/>
        <location line="+66"/>
        <location line="+13"/>
        <source>Listing questions</source>
        <translation>Auflisten der Fragen</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+3"/>
        <source>Reading a question</source>
        <translation>Lesen einer Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no question with id %1.</source>
        <translation>es gibt keine Frage mit der ID %1.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Reading questions</source>
        <translation>Lesen von Fragen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Searching</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+12"/>
        <source>Counting questions</source>
        <translation>Zählen der Fragen</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../app/library/ratings.cpp" line="+197"/>
        <source>Counting ratings</source>
        <translation>Zählen der Bewertungen</translation>
    </message>
    <message>
        <location filename="../app/library/ratings.cpp" line="-107"/>
        <location line="+54"/>
        <location line="+3"/>
        <location line="+32"/>
        <source>Reading the rating history</source>
        <translation>Lesen des Bewertungsverlaufs</translation>
    </message>
    <message>
        <location filename="../app/library/questionrepository.cpp" line="+28"/>
        <location line="+5"/>
        <source>Saving your note</source>
        <translation>Speichern der Notiz</translation>
    </message>
    <message>
        <location filename="../app/library/ratings.cpp" line="-110"/>
        <source>confidence must be a whole number from 1 to 5, not %1.</source>
        <translation>die Sicherheit muss eine ganze Zahl von 1 bis 5 sein, nicht %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking up the question</source>
        <translation>Suchen der Frage</translation>
    </message>
    <message>
        <location filename="../app/library/bankedits.cpp" line="+80"/>
        <source>a category needs a name; it was left empty.</source>
        <translation>eine Kategorie braucht einen Namen; er wurde leer gelassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renaming the category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is a category named &quot;%1&quot; in this bank already; merge into it instead.</source>
        <translation>in dieser Fragensammlung gibt es schon eine Kategorie „%1“; führen Sie stattdessen mit ihr zusammen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a category cannot be merged into itself.</source>
        <translation>eine Kategorie kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging categories</source>
        <translation>Kategorien zusammenführen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>categories merge within their bank; &quot;%1&quot; and &quot;%2&quot; are in different banks.</source>
        <translation>Kategorien werden innerhalb ihrer Fragensammlung zusammengeführt; „%1“ und „%2“ gehören zu verschiedenen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Moving questions</source>
        <translation>Fragen verschieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/library/questionedits.cpp" line="+31"/>
        <location filename="../app/library/ratings.cpp" line="+2"/>
        <source>there is no question with id %1 in the library. Run &apos;prepdeck list&apos; to see the ids.</source>
        <translation>in der Bibliothek gibt es keine Frage mit der ID %1. „prepdeck list“ zeigt die IDs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>question %1 is not in the bank of &quot;%2&quot;: a question moves between the categories of its own bank.</source>
        <translation>Frage %1 gehört nicht zur Fragensammlung von „%2“: eine Frage wechselt nur zwischen den Kategorien ihrer eigenen Fragensammlung.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Moving questions back</source>
        <translation>Fragen zurückverschieben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>question %1 cannot go back: the category it came from is gone.</source>
        <translation>Frage %1 kann nicht zurück: die Kategorie, aus der sie kam, gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the banks</source>
        <translation>Fragensammlungen lesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Putting the banks in order</source>
        <translation>Fragensammlungen ordnen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the bank</source>
        <translation>Fragensammlung lesen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deleting the bank</source>
        <translation>Fragensammlung löschen</translation>
    </message>
    <message>
        <location filename="../app/library/questionedits.cpp" line="+28"/>
        <location line="+74"/>
        <source>a question needs its prompt; it was left empty.</source>
        <translation>eine Frage braucht einen Fragetext; er wurde leer gelassen.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Saving your edit</source>
        <translation>Speichern Ihrer Änderung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>category %1 is not a category of this question&apos;s bank.</source>
        <translation>die Kategorie %1 gehört nicht zur Fragensammlung dieser Frage.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Adding your question</source>
        <translation>Hinzufügen Ihrer Frage</translation>
    </message>
    <message>
        <location filename="../app/library/bankedits.cpp" line="-245"/>
        <location filename="../app/library/questionedits.cpp" line="+8"/>
        <source>there is no category with id %1.</source>
        <translation>es gibt keine Kategorie mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../app/library/questionedits.cpp" line="+42"/>
        <source>a bank and its category need names.</source>
        <translation>eine Fragensammlung und ihre Kategorie brauchen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding your bank</source>
        <translation>Hinzufügen Ihrer Fragensammlung</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+103"/>
        <source>there is a bank named &quot;%1&quot; already; choose another name.</source>
        <translation>es gibt bereits eine Fragensammlung namens „%1“; bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Suspending questions</source>
        <translation>Zurückstellen von Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking questions out of suspension</source>
        <translation>Wiederaufnehmen zurückgestellter Fragen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Deleting questions</source>
        <translation>Löschen von Fragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bringing questions back</source>
        <translation>Zurückholen von Fragen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a bank needs a name; it was left empty.</source>
        <translation>eine Fragensammlung braucht einen Namen; er wurde leer gelassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renaming the bank</source>
        <translation>Umbenennen der Fragensammlung</translation>
    </message>
    <message>
        <location filename="../app/library/bankedits.cpp" line="+6"/>
        <location filename="../app/library/questionedits.cpp" line="+21"/>
        <source>there is no bank with id %1.</source>
        <translation>es gibt keine Fragensammlung mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../app/library/questionedits.cpp" line="+24"/>
        <source>Taking the file&apos;s version</source>
        <translation>Übernehmen der Fassung aus der Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>question %1 has no file version to go back to: it was not edited, or it was written in Prepdeck.</source>
        <translation>die Frage %1 hat keine Fassung aus einer Datei, zu der sie zurückkehren könnte: Sie wurde nicht bearbeitet oder in Prepdeck geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/library/ratings.cpp" line="+8"/>
        <location line="+16"/>
        <source>Saving the rating</source>
        <translation>Speichern der Bewertung</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Scheduling the question</source>
        <translation>Einplanen der Frage</translation>
    </message>
    <message>
        <location filename="../app/library/librarysettings.cpp" line="+18"/>
        <source>Reading the interview date</source>
        <translation>Lesen des Interviewtermins</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>Saving the interview date</source>
        <translation>Speichern des Interviewtermins</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Clearing the interview date</source>
        <translation>Löschen des Interviewtermins</translation>
    </message>
    <message>
        <location filename="../app/library/progressfigures.cpp" line="+25"/>
        <location filename="../app/library/questionedits.cpp" line="-21"/>
        <source>Reading the categories</source>
        <translation>Lesen der Kategorien</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the ratings</source>
        <translation>Lesen der Bewertungen</translation>
    </message>
    <message>
        <location filename="../app/library/mockinterviews.cpp" line="+19"/>
        <location line="+7"/>
        <source>Starting the mock interview</source>
        <translation>Starten des Probeinterviews</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+23"/>
        <source>Saving the interview question</source>
        <translation>Speichern der Interviewfrage</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Finishing the mock interview</source>
        <translation>Abschließen des Probeinterviews</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Reading mock interviews</source>
        <translation>Lesen der Probeinterviews</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>there is no mock interview with id %1.</source>
        <translation>es gibt kein Probeinterview mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../app/library/ratings.cpp" line="+18"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>Taking the rating back</source>
        <translation>Zurücknehmen der Bewertung</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Saving the rating again</source>
        <translation>Erneutes Speichern der Bewertung</translation>
    </message>
    <message>
        <location filename="../app/library/bulkimport.cpp" line="-6"/>
        <location filename="../app/library/importwriter.cpp" line="+17"/>
        <source>Counting the categories</source>
        <translation>Zählen der Kategorien</translation>
    </message>
    <message>
        <location filename="../app/library/backgroundread.h" line="+32"/>
        <source>the library was changed by a newer Prepdeck while it was open here; open it again.</source>
        <translation>die Bibliothek wurde von einem neueren Prepdeck geändert, während sie hier offen war; öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/library/fulltextbatch.cpp" line="+41"/>
        <location line="+10"/>
        <location line="+16"/>
        <location line="+16"/>
        <location line="+4"/>
        <source>Updating the search index</source>
        <translation>Suchindex wird aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/library/searchsuggestions.cpp" line="+55"/>
        <source>Looking for words like these</source>
        <translation>Ähnliche Wörter werden gesucht</translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <location filename="../app/ui/libraryfilecommands.cpp" line="+103"/>
        <source>the library could not be opened again after the restore: %1</source>
        <translation>die Bibliothek konnte nach der Wiederherstellung nicht erneut geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="+82"/>
        <source>Prepdeck is already open on %1; its window was brought to the front.</source>
        <translation>Prepdeck ist bereits mit %1 geöffnet; das Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the window was not drawn within %1 seconds; check the display (DISPLAY, or QT_QPA_PLATFORM=offscreen).</source>
        <translation>das Fenster wurde nicht innerhalb von %1 Sekunden gezeichnet; bitte die Anzeige prüfen (DISPLAY oder QT_QPA_PLATFORM=offscreen).</translation>
    </message>
</context>
<context>
    <name>Mock</name>
    <message>
        <location filename="../app/library/mockquestions.cpp" line="+21"/>
        <source>no category&apos;s name contains &quot;%1&quot;. Run &apos;prepdeck stats&apos; to see the categories.</source>
        <translation>kein Kategoriename enthält „%1“. „prepdeck stats“ zeigt die Kategorien.</translation>
    </message>
    <message>
        <location filename="../app/study/mockplanner.cpp" line="+66"/>
        <source>there are no questions to ask in what you chose. Pick other categories, or import a bank first.</source>
        <translation>in der Auswahl gibt es keine Fragen, die gestellt werden können. Bitte andere Kategorien wählen oder zuerst eine Fragensammlung importieren.</translation>
    </message>
</context>
<context>
    <name>MockInterviewSession</name>
    <message>
        <location filename="../app/study/mockinterviewsession.cpp" line="+19"/>
        <source>A mock interview needs at least one question.</source>
        <translation>Ein Probeinterview braucht mindestens eine Frage.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/sheets/sheetdocument.cpp" line="+111"/>
        <location filename="../app/ui/sheetexport.cpp" line="+139"/>
        <source>Study sheet</source>
        <translation>Lernblatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mock interview — interviewer&apos;s copy</source>
        <translation>Probeinterview — Interviewer-Exemplar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mock interview — candidate&apos;s copy</source>
        <translation>Probeinterview — Bewerber-Exemplar</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Progress report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1, %L2 of %L3 questions are ready (latest rating 4 or 5).</source>
        <translation>In %1 sind %L2 von %L3 Fragen bereit (letzte Bewertung 4 oder 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the %1 on this sheet, %L2 of %L3 questions are ready (latest rating 4 or 5).</source>
        <translation>In den %1 dieses Blatts sind %L2 von %L3 Fragen bereit (letzte Bewertung 4 oder 5).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean confidence</source>
        <translation>Mittlere Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never rated</source>
        <translation>Nie bewertet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candidate:</source>
        <translation>Bewerber/in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer:</source>
        <translation>Interviewer/in:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked in %1% of interviews</source>
        <translation>in %1 % der Interviews gefragt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no suggested answer)</source>
        <translation>(keine Musterantwort)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups to ask</source>
        <translation>Mögliche Nachfragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time used:</source>
        <translation>Benötigte Zeit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score:</source>
        <translation>Punkte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>could not start drawing the sheet.</source>
        <translation>das Zeichnen des Blattes konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>printing was cancelled.</source>
        <translation>das Drucken wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the folder %1 does not exist. Create it, or choose another place for the PDF.</source>
        <translation>der Ordner %1 existiert nicht. Bitte den Ordner anlegen oder einen anderen Speicherort für das PDF wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is a folder; give a file name for the PDF.</source>
        <translation>dies ist ein Ordner; bitte einen Dateinamen für das PDF angeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write here (%1). Choose another place for the PDF.</source>
        <translation>hier kann nicht geschrieben werden (%1). Bitte einen anderen Speicherort für das PDF wählen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>writing the PDF failed (%1); nothing was left behind. Check the free disk space.</source>
        <translation>das Schreiben des PDFs ist fehlgeschlagen (%1); es wurden keine Reste hinterlassen. Bitte den freien Speicherplatz prüfen.</translation>
    </message>
    <message>
        <location filename="../app/ui/libraryopening.cpp" line="+36"/>
        <location line="+29"/>
        <location filename="../app/ui/sheetexport.cpp" line="-18"/>
        <source>Prepdeck</source>
        <translation>Prepdeck</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The library is damaged</source>
        <translation>Die Bibliothek ist beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library %1 is damaged and cannot be opened.</source>
        <translation>Die Bibliothek %1 ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was moved to %1; nothing was deleted.</source>
        <translation>Sie wurde nach %1 verschoben; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newest backup is from %1, with %2 and %3.</source>
        <translation>Die neueste Sicherung wurde am %1 erstellt und enthält %2 und %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no backup of it.</source>
        <translation>Es gibt keine Sicherung davon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with an Empty Library</source>
        <translation>Mit leerer Bibliothek beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../app/ui/ratingcommand.cpp" line="+9"/>
        <source>rating %1</source>
        <translation>(Bewertung %1)</translation>
    </message>
    <message>
        <location filename="../app/ui/sheetexport.cpp" line="-80"/>
        <source>Writing the PDF…</source>
        <translation>PDF wird geschrieben…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Writing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the interviewer&apos;s copy</source>
        <translation>Interviewer-Exemplar speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mock interview</source>
        <translation>Probeinterview</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Sheets saved</source>
        <translation>Blätter gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interviewer&apos;s copy is in %1 and the candidate&apos;s copy in %2.</source>
        <translation>Das Interviewer-Exemplar liegt in %1, das Bewerber-Exemplar in %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the %1 listed now (%2)</source>
        <translation>die %1 aktuell aufgeführten (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No questions match, so there is nothing to print.</source>
        <translation>Keine Fragen passen, daher gibt es nichts zu drucken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Study sheet — %1</source>
        <translation>Lernblatt — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/library.cpp" line="+97"/>
        <source>Interview in %Ln day(s).</source>
        <translation>
            <numerusform>Interview in %Ln Tag.</numerusform>
            <numerusform>Interview in %Ln Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Streak: %Ln day(s).</source>
        <translation>
            <numerusform>Serie: %Ln Tag.</numerusform>
            <numerusform>Serie: %Ln Tage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudySession</name>
    <message>
        <location filename="../app/study/studysession.cpp" line="+19"/>
        <location line="+9"/>
        <source>No question is shown to rate.</source>
        <translation>Es wird keine Frage zum Bewerten angezeigt.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A rating is from 1 to 5.</source>
        <translation>Eine Bewertung reicht von 1 bis 5.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No question is shown for the note.</source>
        <translation>Es wird keine Frage für die Notiz angezeigt.</translation>
    </message>
</context>
<context>
    <name>prepdeck::ActivityCalendar</name>
    <message>
        <location filename="../app/ui/activitycalendar.cpp" line="+132"/>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: %Ln rating(s)</source>
        <translation>
            <numerusform>%1: %Ln Bewertung</numerusform>
            <numerusform>%1: %Ln Bewertungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::CategoryTreeModel</name>
    <message>
        <location filename="../app/models/categorytreemodel.cpp" line="+16"/>
        <source>All banks</source>
        <translation>Alle Sammlungen</translation>
    </message>
    <message numerus="yes">
        <location line="+130"/>
        <source>%1 of %Ln question(s) ready (%2%)</source>
        <translation>
            <numerusform>%1 von %Ln Frage bereit (%2 %)</numerusform>
            <numerusform>%1 von %Ln Fragen bereit (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
%2; none rated yet</source>
        <translation>%1
%2; noch keine bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2; %3, mean confidence %4</source>
        <translation>%1
%2; %3, mittlere Sicherheit %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rated</source>
        <translation>
            <numerusform>%Ln bewertet</numerusform>
            <numerusform>%Ln bewertet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::FilterBar</name>
    <message>
        <location filename="../app/ui/filterbar.cpp" line="+29"/>
        <source>Search questions, answers, hints and notes (Ctrl+F)</source>
        <translation>Fragen, Antworten, Hinweise und Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any confidence</source>
        <translation>Beliebige Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence ≤ %1</source>
        <translation>Sicherheit ≤ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never rated</source>
        <translation>Nie bewertet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active questions</source>
        <translation>Aktive Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and suspended</source>
        <translation>Aktive und zurückgestellte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended only</source>
        <translation>Nur zurückgestellte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Gelöschte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which questions the list shows: suspended questions are out of study, mock interviews and sheets; deleted ones can be restored.</source>
        <translation>Welche Fragen die Liste zeigt: zurückgestellte sind aus Lernen, Probeinterviews und Blättern heraus; gelöschte lassen sich wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>prepdeck::ImportFlow</name>
    <message>
        <location filename="../app/ui/importflow.cpp" line="+29"/>
        <source>Import question banks</source>
        <translation>Fragensammlungen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question banks (*.md *.markdown *.txt *.csv *.tsv);;All files (*)</source>
        <translation>Fragensammlungen (*.md *.markdown *.txt *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>%1 wird importiert (%2 von %3)…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Starter bank loaded: %Ln question(s).</source>
        <translation>
            <numerusform>Startsammlung geladen: %Ln Frage.</numerusform>
            <numerusform>Startsammlung geladen: %Ln Fragen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import cancelled; the file being imported was not saved.</source>
        <translation>Import abgebrochen; die gerade importierte Datei wurde nicht gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %Ln question(s).</source>
        <translation>
            <numerusform>%Ln Frage importiert.</numerusform>
            <numerusform>%Ln Fragen importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::ImportPreviewDialog</name>
    <message>
        <location filename="../app/ui/importpreviewdialog.cpp" line="+29"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Read as:</source>
        <translation>&amp;Lesen als:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bank name:</source>
        <translation>Name der &amp;Fragensammlung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import %1 (%2 of %3)</source>
        <translation>%1 importieren (%2 von %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip This File</source>
        <translation>Diese Datei über&amp;springen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel All</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 cannot be imported</source>
        <translation>%1 lässt sich nicht importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 in %3, read as %4</source>
        <translation>%1: %2 in %3, gelesen als %4</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The file reads in %n way(s); choose another to see it so.</source>
        <translation>
            <numerusform>Die Datei lässt sich auf %n Weise lesen; wählen Sie eine andere, um sie so zu sehen.</numerusform>
            <numerusform>Die Datei lässt sich auf %n Weisen lesen; wählen Sie eine andere, um sie so zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file reads in this way only.</source>
        <translation>Die Datei lässt sich nur so lesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>(%n bank(s), named in the file)</source>
        <translation>
            <numerusform>(%n Fragensammlung, in der Datei benannt)</numerusform>
            <numerusform>(%n Fragensammlungen, in der Datei benannt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 · line %2</source>
        <translation>%1 · Zeile %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repaired: %1</source>
        <translation>Repariert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needed repairing, and nothing looked wrong.</source>
        <translation>Nichts musste repariert werden, und nichts sah falsch aus.</translation>
    </message>
</context>
<context>
    <name>prepdeck::ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/importreportdialog.cpp" line="+23"/>
        <source>%Ln question(s) you edited: kept as you wrote them.</source>
        <translation>
            <numerusform>%Ln von Ihnen bearbeitete Frage: so behalten, wie Sie sie geschrieben haben.</numerusform>
            <numerusform>%Ln von Ihnen bearbeitete Fragen: so behalten, wie Sie sie geschrieben haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln question(s) you edited changed in the file too: kept yours.</source>
        <translation>
            <numerusform>%Ln von Ihnen bearbeitete Frage hat sich auch in der Datei geändert: Ihre Fassung bleibt.</numerusform>
            <numerusform>%Ln von Ihnen bearbeitete Fragen haben sich auch in der Datei geändert: Ihre Fassung bleibt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>took the file&apos;s version</source>
        <translation>Fassung der Datei übernommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the file&apos;s version</source>
        <translation>Fassung der Datei übernehmen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln question(s) you deleted: left deleted (the list&apos;s filter lists them under Deleted, to restore).</source>
        <translation>
            <numerusform>%Ln von Ihnen gelöschte Frage: bleibt gelöscht (der Filter der Liste zeigt sie unter „Gelöschte“, zum Wiederherstellen).</numerusform>
            <numerusform>%Ln von Ihnen gelöschte Fragen: bleiben gelöscht (der Filter der Liste zeigt sie unter „Gelöschte“, zum Wiederherstellen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import finished with problems</source>
        <translation>Import mit Problemen abgeschlossen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>%Ln question(s), layout: %1, encoding: %2</source>
        <translation>
            <numerusform>%Ln Frage, Layout: %1, Zeichenkodierung: %2</numerusform>
            <numerusform>%Ln Fragen, Layout: %1, Zeichenkodierung: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%L1 added, %L2 updated, %L3 unchanged, %L4 retired</source>
        <translation>%L1 hinzugefügt, %L2 aktualisiert, %L3 unverändert, %L4 ausgemustert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Repairs:</source>
        <translation>Reparaturen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
</context>
<context>
    <name>prepdeck::InterviewDateDialog</name>
    <message>
        <location filename="../app/ui/interviewdatedialog.cpp" line="+19"/>
        <source>My interview</source>
        <translation>Mein Interview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a date, Prepdeck schedules every covered question to be reviewed before the day, puts the least ready categories first in Study due, and shows the days left and a forecast.</source>
        <translation>Mit einem Datum plant Prepdeck jede abgedeckte Frage so ein, dass sie vor dem Termin wiederholt wird, stellt bei „Fällige Fragen lernen“ die am wenigsten vorbereiteten Kategorien an den Anfang und zeigt die verbleibenden Tage sowie eine Prognose.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My interview is on:</source>
        <translation>Mein Interview ist am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interview date</source>
        <translation>Kein Interviewtermin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It covers (none ticked: everything):</source>
        <translation>Es umfasst (nichts angehakt: alles):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>prepdeck::LibraryArranging</name>
    <message>
        <location filename="../app/ui/libraryarranging.cpp" line="+43"/>
        <source>&amp;Move to category</source>
        <translation>In &amp;Kategorie verschieben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Re&amp;name bank or category…</source>
        <translation>Fragensammlung oder Kategorie u&amp;mbenennen…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Rename category…</source>
        <translation>Kategorie &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge into</source>
        <translation>&amp;Zusammenführen mit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;name bank…</source>
        <translation>Fragensammlung u&amp;mbenennen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move bank &amp;up</source>
        <translation>Fragensammlung nach &amp;oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move bank &amp;down</source>
        <translation>Fragensammlung nach &amp;unten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete bank…</source>
        <translation>Fragensammlung &amp;löschen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No question on show</source>
        <translation>Keine Frage angezeigt</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+6"/>
        <source>Rename bank</source>
        <translation>Fragensammlung umbenennen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New name for the bank &quot;%1&quot; (an import of its file keeps it):</source>
        <translation>Neuer Name für die Fragensammlung „%1“ (ein Import ihrer Datei behält ihn):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Renamed the bank to &quot;%1&quot;.</source>
        <translation>Die Fragensammlung heißt jetzt „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Rename category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>New name for the category &quot;%1&quot; (an import of its file keeps it):</source>
        <translation>Neuer Name für die Kategorie „%1“ (ein Import ihrer Datei behält ihn):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Renamed the category to &quot;%1&quot;.</source>
        <translation>Die Kategorie heißt jetzt „%1“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge categories?</source>
        <translation>Kategorien zusammenführen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move the %Ln question(s) of &quot;%1&quot; into &quot;%2&quot; and remove &quot;%1&quot;? Their ratings stay with them, and an import of the bank&apos;s file keeps them in &quot;%2&quot;. This cannot be undone with Ctrl+Z.</source>
        <translation>
            <numerusform>Die %Ln Frage von „%1“ nach „%2“ verschieben und „%1“ entfernen? Ihre Bewertungen bleiben bei ihr, und ein Import der Datei lässt sie in „%2“. Strg+Z macht das nicht rückgängig.</numerusform>
            <numerusform>Die %Ln Fragen von „%1“ nach „%2“ verschieben und „%1“ entfernen? Ihre Bewertungen bleiben bei ihnen, und ein Import der Datei lässt sie in „%2“. Strg+Z macht das nicht rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merged &quot;%1&quot; into &quot;%2&quot;.</source>
        <translation>„%1“ wurde mit „%2“ zusammengeführt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Already in &quot;%1&quot;.</source>
        <translation>Schon in „%1“.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Move question(s)</source>
        <translation>
            <numerusform>Frage verschieben</numerusform>
            <numerusform>Fragen verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Moved %Ln question(s) to &quot;%1&quot;. An import of the file leaves them there; Ctrl+Z moves them back.</source>
        <translation>
            <numerusform>%Ln Frage nach „%1“ verschoben. Ein Import der Datei lässt sie dort; Strg+Z verschiebt sie zurück.</numerusform>
            <numerusform>%Ln Fragen nach „%1“ verschoben. Ein Import der Datei lässt sie dort; Strg+Z verschiebt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move bank</source>
        <translation>Fragensammlung verschieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved the bank up.</source>
        <translation>Fragensammlung nach oben verschoben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved the bank down.</source>
        <translation>Fragensammlung nach unten verschoben.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Delete the bank &quot;%1&quot; with its %Ln question(s)</source>
        <translation>
            <numerusform>Die Fragensammlung „%1“ mit ihrer %Ln Frage löschen</numerusform>
            <numerusform>Die Fragensammlung „%1“ mit ihren %Ln Fragen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and %Ln rating(s)</source>
        <translation>
            <numerusform> und %Ln Bewertung</numerusform>
            <numerusform> und %Ln Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete bank?</source>
        <translation>Fragensammlung löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln past mock interview(s) lose their questions from it. </source>
        <translation>
            <numerusform>%Ln vergangenes Probeinterview verliert seine Fragen daraus. </numerusform>
            <numerusform>%Ln vergangene Probeinterviews verlieren ihre Fragen daraus. </numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Z cannot bring it back, but a backup of the library is taken first (File ▸ Restore from Backup…).</source>
        <translation>Strg+Z kann sie nicht zurückholen, aber zuvor wird eine Sicherung der Bibliothek angelegt (Datei ▸ Aus Sicherung wiederherstellen…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Bank</source>
        <translation>Fragensammlung löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was deleted: a backup could not be taken first. %1</source>
        <translation>Nichts wurde gelöscht: zuvor konnte keine Sicherung angelegt werden. %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleted the bank &quot;%1&quot;.</source>
        <translation>Die Fragensammlung „%1“ wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>prepdeck::LibraryFileCommands</name>
    <message>
        <location filename="../app/ui/libraryfilecommands.cpp" line="-84"/>
        <source>Read-only: this library&apos;s file cannot be written, so ratings, notes and imports are not saved.</source>
        <translation>Schreibgeschützt: Die Datei dieser Bibliothek kann nicht geschrieben werden, daher werden Bewertungen, Notizen und Importe nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used from the next start. Start Prepdeck again now?</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start. Prepdeck jetzt neu starten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Library moved</source>
        <translation>Bibliothek verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library was copied to %1 and checked. Prepdeck starts again now to open it there; the old file is removed once it has.</source>
        <translation>Die Bibliothek wurde nach %1 kopiert und geprüft. Prepdeck startet jetzt neu, um sie dort zu öffnen; danach wird die alte Datei entfernt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the backup %1 in the library&apos;s place? The library as it is now is kept as a backup first.</source>
        <translation>Die Bibliothek durch die Sicherung %1 ersetzen? Der aktuelle Stand der Bibliothek wird vorher als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the restored library needs an upgrade it did not get; open Prepdeck again.</source>
        <translation>die wiederhergestellte Bibliothek braucht eine Aktualisierung, die sie nicht bekommen hat; öffnen Sie Prepdeck erneut.</translation>
    </message>
</context>
<context>
    <name>prepdeck::MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+50"/>
        <location line="+484"/>
        <source>Prepdeck</source>
        <translation>Prepdeck</translation>
    </message>
    <message>
        <location line="-449"/>
        <source>Prepdeck (read-only)</source>
        <translation>Prepdeck (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+19"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored %1. The library it replaced was kept as %2.</source>
        <translation>%1 wiederhergestellt. Die ersetzte Bibliothek wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the &amp;starter bank</source>
        <translation>&amp;Startsammlung laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+103"/>
        <source>&amp;Study</source>
        <translation>&amp;Lernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reveal answer</source>
        <translation>&amp;Antwort zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the &amp;hint</source>
        <translation>&amp;Hinweis ein-/ausblenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate %1</source>
        <translation>Bewerten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous question</source>
        <translation>&amp;Vorherige Frage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Study &amp;due questions</source>
        <translation>&amp;Fällige Fragen lernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save my &amp;note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Finish the import or the mock interview first; then restore the backup.</source>
        <translation>Schließen Sie zuerst den Import oder das Probeinterview ab; stellen Sie dann die Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Interview</source>
        <translation>&amp;Interview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New mock interview…</source>
        <translation>&amp;Neues Probeinterview…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;sheets…</source>
        <translation>&amp;Blätter drucken…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My &amp;interview is on…</source>
        <translation>&amp;Mein Interview ist am…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Prepdeck</source>
        <translation>Ü&amp;ber Prepdeck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Prepdeck</source>
        <translation>Über Prepdeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Prepdeck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Study technical interview question banks.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prepdeck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Fragensammlungen für technische Vorstellungsgespräche lernen.&lt;/p&gt;&lt;p&gt;Bibliothek: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>interview in %Ln day(s)</source>
        <translation>
            <numerusform>Interview in %Ln Tag</numerusform>
            <numerusform>Interview in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln question(s) shown</source>
        <translation>
            <numerusform>%Ln Frage angezeigt</numerusform>
            <numerusform>%Ln Fragen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln heute fällig</numerusform>
            <numerusform>%Ln heute fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rated today</source>
        <translation>
            <numerusform>%Ln heute bewertet</numerusform>
            <numerusform>%Ln heute bewertet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::MockHistoryDialog</name>
    <message>
        <location filename="../app/ui/mockhistorydialog.cpp" line="+14"/>
        <source>Mock interview history</source>
        <translation>Verlauf der Probeinterviews</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 — %Ln question(s)%2</source>
        <translation>
            <numerusform>%1 — %Ln Frage%2</numerusform>
            <numerusform>%1 — %Ln Fragen%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, ended early</source>
        <translation>, vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No mock interviews yet. Interview → New mock interview… (Ctrl+M)</source>
        <translation>Noch keine Probeinterviews. Interview → Neues Probeinterview… (Strg+M)</translation>
    </message>
</context>
<context>
    <name>prepdeck::MockInterviewWindow</name>
    <message>
        <location filename="../app/ui/mockinterviewwindow.cpp" line="+46"/>
        <source>Mock interview — Prepdeck</source>
        <translation>Probeinterview — Prepdeck</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Time&apos;s up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reveal the answer (Space)</source>
        <translation>Antwort zeigen (Leertaste)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answer out loud. Space shows the suggested answer.</source>
        <translation>Laut antworten. Die Leertaste zeigt die Musterantwort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes: what the candidate said (click here to type)</source>
        <translation>Notizen: Antwort der Bewerberin/des Bewerbers (zum Schreiben hier klicken)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Skip (S)</source>
        <translation>Überspringen (S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+142"/>
        <source>Pause (P)</source>
        <translation>Pause (P)</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>End (Esc)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Coaching tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up to ask</source>
        <translation>Mögliche Nachfrage</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Resume (P)</source>
        <translation>Fortsetzen (P)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+63"/>
        <source>End the interview?</source>
        <translation>Interview beenden?</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>End the mock interview now? The questions answered so far are kept.</source>
        <translation>Das Probeinterview jetzt beenden? Die bisher beantworteten Fragen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>End the Interview</source>
        <translation>Interview beenden</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Question %1 of %2  ·  %3 in all%4</source>
        <translation>Frage %1 von %2  ·  %3 insgesamt%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  ·  paused — press P to go on</source>
        <translation>  ·  pausiert — zum Fortsetzen P drücken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close the mock interview? The questions answered so far are kept.</source>
        <translation>Das Probeinterview schließen? Die bisher beantworteten Fragen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prepdeck</source>
        <translation>Prepdeck</translation>
    </message>
</context>
<context>
    <name>prepdeck::MockSetupDialog</name>
    <message>
        <location filename="../app/ui/mocksetupdialog.cpp" line="+26"/>
        <source>New mock interview</source>
        <translation>Neues Probeinterview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print mock-interview sheets</source>
        <translation>Blätter für ein Probeinterview drucken</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose Where to Save…</source>
        <translation>Speicherort wählen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ask from</source>
        <translation>Fragen aus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Questions:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per question:</source>
        <translation>Pro Frage:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="-8"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In all:</source>
        <translation>Insgesamt:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weakest first</source>
        <translation>Schwächste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due first</source>
        <translation>Fällige zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most asked first</source>
        <translation>Häufigste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same seed gives the same questions in the same order.</source>
        <translation>Derselbe Startwert ergibt dieselben Fragen in derselben Reihenfolge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Include follow-up questions</source>
        <translation>Nachfragen einbeziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interviewer mode (answers visible from the start)</source>
        <translation>Interviewer-Modus (Antworten von Anfang an sichtbar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beep when time is up</source>
        <translation>Signalton, wenn die Zeit um ist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>prepdeck::MockSummary</name>
    <message>
        <location filename="../app/ui/mocksummary.cpp" line="+35"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+87"/>
        <source>Practise the weak ones again</source>
        <translation>Schwache Fragen wiederholen</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Save the sheets as PDF…</source>
        <translation>Blätter als PDF speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interviewer&apos;s and the candidate&apos;s copies of these questions.</source>
        <translation>Interviewer- und Bewerber-Exemplar dieser Fragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (%2 over)</source>
        <translation>%1 (%2 überzogen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 under)</source>
        <translation>%1 (%2 übrig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mock interview of %1: %2 of %3 answered, mean confidence %4</source>
        <translation>Probeinterview vom %1: %2 von %3 beantwortet, mittlere Sicherheit %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mock interview of %1: nothing rated</source>
        <translation>Probeinterview vom %1: nichts bewertet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No weak category: each one averaged 4 Good or better.</source>
        <translation>Keine schwache Kategorie: Jede lag im Mittel bei 4 Gut oder besser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakest categories: %1</source>
        <translation>Schwächste Kategorien: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ended early)</source>
        <translation>(vorzeitig beendet)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Practise the %n weak one(s) again</source>
        <translation>
            <numerusform>Die schwache Frage wiederholen</numerusform>
            <numerusform>Die %n schwachen Fragen wiederholen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/preferencesdialog.cpp" line="+42"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+22"/>
        <location line="+20"/>
        <source>As the system</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the system (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A new language is used from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As the locale (%1)</source>
        <translation>Regionsstandard (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paper for sheets:</source>
        <translation>&amp;Papier für Blätter:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Study &amp;text size:</source>
        <translation>Schrift&amp;größe beim Lernen:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This window has a library given with --database open; only the usual library can be moved here.</source>
        <translation>In diesem Fenster ist eine mit --database angegebene Bibliothek geöffnet; hier lässt sich nur die übliche Bibliothek verschieben.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Library &amp;file:</source>
        <translation>Bibliotheks&amp;datei:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Move the library to</source>
        <translation>Bibliothek verschieben nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepdeck library (*.sqlite)</source>
        <translation>Prepdeck-Bibliothek (*.sqlite)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Moving the library to %1…</source>
        <translation>Die Bibliothek wird nach %1 verschoben…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Library not moved</source>
        <translation>Bibliothek nicht verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library could not be moved: %1</source>
        <translation>Die Bibliothek konnte nicht verschoben werden: %1</translation>
    </message>
</context>
<context>
    <name>prepdeck::ProgressView</name>
    <message>
        <location filename="../app/ui/progressview.cpp" line="+152"/>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the charts</source>
        <translation>Diagramme speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ready per category (latest rating 4 or 5) — click a bar to study it</source>
        <translation>Bereit je Kategorie (letzte Bewertung 4 oder 5) — zum Lernen auf einen Balken klicken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mean confidence per day, last 90 days</source>
        <translation>Mittlere Sicherheit pro Tag, letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Activity, last 26 weeks</source>
        <translation>Aktivität, letzte 26 Wochen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mock interviews</source>
        <translation>Probeinterviews</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Study against mock interviews</source>
        <translation>Lernen im Vergleich zu Probeinterviews</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%L1 of %Ln question(s) ready (%2) · streak: %3</source>
        <translation>
            <numerusform>%L1 von %Ln Frage bereit (%2) · Serie: %3</numerusform>
            <numerusform>%L1 von %Ln Fragen bereit (%2) · Serie: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Interview in %Ln day(s) (%1).</source>
        <translation>
            <numerusform>Interview in %Ln Tag (%1).</numerusform>
            <numerusform>Interview in %Ln Tagen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No questions yet. Import a bank (File ▸ Import…, Ctrl+O) and each of its categories gets a bar here.</source>
        <translation>Noch keine Fragen. Importieren Sie eine Fragensammlung (Datei ▸ Importieren…, Strg+O), dann erhält hier jede ihrer Kategorien einen Balken.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>, mean confidence %L1</source>
        <translation>, mittlere Sicherheit %L1</translation>
    </message>
    <message>
        <location filename="../app/ui/progresscharts.cpp" line="+127"/>
        <source>Nothing to compare yet. Rate a question in study and again in a mock interview, and this shows whether you feel surer than you perform.</source>
        <translation>Noch nichts zu vergleichen. Bewerten Sie eine Frage beim Lernen und noch einmal in einem Probeinterview; dann zeigt dies, ob Sie sich sicherer fühlen, als Sie antworten.</translation>
    </message>
    <message>
        <location filename="../app/ui/progressview.cpp" line="-98"/>
        <source>• At this pace: %1% of %2 ready by %3 (%4% now).</source>
        <translation>• Bei diesem Tempo: %1 % von %2 bereit bis %3 (jetzt %4 %).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whole library</source>
        <translation>Gesamte Bibliothek</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 — %2
%3 of %4 ready, %5 never rated%6</source>
        <translation>%1 — %2
%3 von %4 bereit, %5 nie bewertet%6</translation>
    </message>
    <message>
        <location filename="../app/ui/progresscharts.cpp" line="-88"/>
        <source>No ratings in the last 90 days for %1. Rate answers in the study view (Ctrl+1) and each day&apos;s mean confidence appears here.</source>
        <translation>Keine Bewertungen in den letzten 90 Tagen für %1. Bewerten Sie Antworten in der Lernansicht (Strg+1), dann erscheint hier die mittlere Sicherheit jedes Tages.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No mock interviews yet. Start one with Interview ▸ New mock interview… (Ctrl+M): each one you finish adds a point here.</source>
        <translation>Noch keine Probeinterviews. Beginnen Sie eines mit Interview ▸ Neues Probeinterview… (Strg+M): Jedes abgeschlossene fügt hier einen Punkt hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean confidence</source>
        <translation>Mittlere Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered in time (%)</source>
        <translation>Rechtzeitig beantwortet (%)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>In study</source>
        <translation>Beim Lernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In mock interviews</source>
        <translation>In Probeinterviews</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You feel surer than you perform in %1.</source>
        <translation>In %1 ist die Selbsteinschätzung höher als die Leistung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You do better than you think in %1.</source>
        <translation>In %1 ist die Leistung besser als die Selbsteinschätzung.</translation>
    </message>
</context>
<context>
    <name>prepdeck::QuestionEditing</name>
    <message>
        <location filename="../app/ui/questionediting.cpp" line="+58"/>
        <source>Un&amp;suspend question</source>
        <translation>Frage wieder &amp;aufnehmen</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>&amp;Suspend question</source>
        <translation>Frage &amp;zurückstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore question</source>
        <translation>Frage &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>&amp;Delete question…</source>
        <translation>Frage &amp;löschen…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Edit question…</source>
        <translation>Frage &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New question…</source>
        <translation>&amp;Neue Frage…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Unsuspend question</source>
        <translation>Frage wieder aufnehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back in study, mock interviews and sheets.</source>
        <translation>Wieder beim Lernen, in Probeinterviews und auf Blättern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suspend question</source>
        <translation>Frage zurückstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended: out of study, mock interviews and sheets, ratings kept. Ctrl+Z brings it back.</source>
        <translation>Zurückgestellt: nicht mehr beim Lernen, in Probeinterviews und auf Blättern, Bewertungen bleiben erhalten. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore question</source>
        <translation>Frage wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored with its ratings.</source>
        <translation>Mit ihren Bewertungen wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the question?</source>
        <translation>Die Frage löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &quot;%1&quot;? Its ratings are kept with it, and an import of its file does not bring it back. Ctrl+Z right after brings it back.</source>
        <translation>„%1“ löschen? Ihre Bewertungen bleiben mit ihr erhalten, und ein Import ihrer Datei holt sie nicht zurück. Strg+Z gleich danach holt sie zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete question</source>
        <translation>Frage löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Gelöscht. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved. An import of its file keeps your version.</source>
        <translation>Gespeichert. Ein Import ihrer Datei behält Ihre Fassung.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>My questions</source>
        <translation>Meine Fragen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added to the end of its category.</source>
        <translation>Am Ende ihrer Kategorie hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>prepdeck::QuestionEditor</name>
    <message>
        <location filename="../app/ui/questioneditor.cpp" line="+82"/>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The question, as an interviewer would ask it</source>
        <translation>Die Frage, wie ein Interviewer sie stellen würde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated, e.g. http, caching</source>
        <translation>Durch Kommas getrennt, z. B. http, caching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The suggested answer, in Markdown: **bold**, `code`, lists, tables, ``` code blocks ```</source>
        <translation>Die vorgeschlagene Antwort in Markdown: **fett**, `Code`, Listen, Tabellen, ``` Codeblöcke ```</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Answer (Markdown):</source>
        <translation>&amp;Antwort (Markdown):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A hint, or the key concept to mention</source>
        <translation>Ein Hinweis oder das zu nennende Schlüsselkonzept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hint:</source>
        <translation>&amp;Hinweis:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up questions, one a line (or between lines of ---)</source>
        <translation>Nachfragen, eine pro Zeile (oder zwischen Zeilen aus ---)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coaching tips, one a line (or between lines of ---)</source>
        <translation>Coaching-Tipps, einer pro Zeile (oder zwischen Zeilen aus ---)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Follow-ups:</source>
        <translation>&amp;Nachfragen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coaching t&amp;ips:</source>
        <translation>Coaching-T&amp;ipps:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview, as the study window shows it:</source>
        <translation>Vorschau, wie das Lernfenster sie zeigt:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>prepdeck::QuestionTableModel</name>
    <message>
        <location filename="../app/models/questiontablemodel.cpp" line="+77"/>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>1 Blank</source>
        <translation>1 Keine Ahnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 Shaky</source>
        <translation>2 Unsicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 Okay</source>
        <translation>3 Geht so</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4 Good</source>
        <translation>4 Gut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5 Nailed it</source>
        <translation>5 Sitzt</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Deleted: %1</source>
        <translation>Gelöscht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended: %1</source>
        <translation>Zurückgestellt: %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+250"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>In the question</source>
        <translation>In der Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the hint</source>
        <translation>Im Hinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In your notes</source>
        <translation>In Ihren Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the answer</source>
        <translation>In der Antwort</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last rated</source>
        <translation>Zuletzt bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
</context>
<context>
    <name>prepdeck::RestoreDialog</name>
    <message>
        <location filename="../app/ui/restoredialog.cpp" line="+18"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups yet. One is taken the first time the library is opened each day, in %1.</source>
        <translation>Es gibt noch keine Sicherungen. Beim ersten Öffnen der Bibliothek an jedem Tag wird eine in %1 angelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the backup to put in the library&apos;s place. The library as it is now is kept as a backup first, so this can be undone the same way.</source>
        <translation>Die Sicherung wählen, die an die Stelle der Bibliothek treten soll. Der aktuelle Stand der Bibliothek wird vorher als Sicherung aufbewahrt, sodass sich dieser Schritt auf dieselbe Weise rückgängig machen lässt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>prepdeck::SheetOptionsDialog</name>
    <message>
        <location filename="../app/ui/sheetoptionsdialog.cpp" line="+17"/>
        <source>Study sheet</source>
        <translation>Lernblatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions: %1</source>
        <translation>Fragen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All of them</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only those rated ≤ %1</source>
        <translation>Nur mit Bewertung ≤ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only questions due now</source>
        <translation>Nur jetzt fällige Fragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up questions</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A page of progress first</source>
        <translation>Vorab eine Seite zum Fortschritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include:</source>
        <translation>Aufnehmen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type size:</source>
        <translation>Schriftgröße:</translation>
    </message>
</context>
<context>
    <name>prepdeck::ShortcutsDialog</name>
    <message>
        <location filename="../app/ui/shortcutsdialog.cpp" line="+14"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>prepdeck::StudyPage</name>
    <message>
        <location filename="../app/ui/studypage.cpp" line="+233"/>
        <source>Question %1 is no longer in the library&apos;s lists.</source>
        <translation>Frage %1 steht in keiner Liste der Bibliothek mehr.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Nothing is due. Well done.</source>
        <translation>Nichts ist fällig. Gut gemacht!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in %1 matches “%2”.</source>
        <translation>In %1 passt nichts zu „%2“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search All Banks</source>
        <translation>In allen Sammlungen suchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in the library matches “%1”. Did you mean %2?</source>
        <translation>Nichts in der Bibliothek passt zu „%1“. Meinten Sie %2?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for “%1”</source>
        <translation>Nach „%1“ suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing in the library matches “%1”. Try fewer or shorter words.</source>
        <translation>In der Bibliothek passt nichts zu „%1“. Versuchen Sie weniger oder kürzere Wörter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No questions match these filters.</source>
        <translation>Keine Fragen passen zu diesen Filtern.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reveal the answer first: press Space, then rate it 1–5.</source>
        <translation>Erst die Antwort aufdecken: Leertaste drücken, dann mit 1–5 bewerten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rated %1. Due again %2.</source>
        <translation>Bewertet mit %1. Wieder fällig am %2.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Study the Weakest</source>
        <translation>Die schwächsten lernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+49"/>
        <source>Show All Questions</source>
        <translation>Alle Fragen zeigen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Nothing is due in %1 — study the weakest instead?</source>
        <translation>In %1 ist nichts fällig – stattdessen die schwächsten lernen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Study queue of %1: %Ln question(s) — overdue first, then the weakest, then never rated.</source>
        <translation>
            <numerusform>Lernliste von %1: %Ln Frage – überfällige zuerst, dann die schwächsten, dann nie bewertete.</numerusform>
            <numerusform>Lernliste von %1: %Ln Fragen – überfällige zuerst, dann die schwächsten, dann nie bewertete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Study queue of %1: %Ln question(s) — the weakest first, then never rated.</source>
        <translation>
            <numerusform>Lernliste von %1: %Ln Frage – die schwächsten zuerst, dann nie bewertete.</numerusform>
            <numerusform>Lernliste von %1: %Ln Fragen – die schwächsten zuerst, dann nie bewertete.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All the questions of %1.</source>
        <translation>Alle Fragen von %1.</translation>
    </message>
</context>
<context>
    <name>prepdeck::StudyPane</name>
    <message>
        <location filename="../app/ui/studypane.cpp" line="+66"/>
        <location line="+289"/>
        <source>Show hint (H)</source>
        <translation>Hinweis zeigen (H)</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Reveal answer (Space)</source>
        <translation>Antwort zeigen (Leertaste)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Answer it in your head, or out loud, then press Space.</source>
        <translation>Im Kopf oder laut antworten, dann die Leertaste drücken.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Rate your answer %1 of 5 (key %1)</source>
        <translation>Antwort mit %1 von 5 bewerten (Taste %1)</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Your own answer, in Markdown. It is saved with the question and shown under the suggested answer.</source>
        <translation>Eigene Antwort in Markdown. Sie wird mit der Frage gespeichert und unter der Musterantwort angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/answerhtml.cpp" line="+40"/>
        <location filename="../app/ui/studypane.cpp" line="+10"/>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <location filename="../app/ui/studypane.cpp" line="+3"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Choose a question.</source>
        <translation>Eine Frage auswählen.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Show my notes and the history</source>
        <translation>Meine Notizen und den Verlauf zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fold my notes and the history away</source>
        <translation>Meine Notizen und den Verlauf einklappen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted (Delete restores it)</source>
        <translation>Gelöscht (Entf stellt sie wieder her)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended (Ctrl+J brings it back)</source>
        <translation>Zurückgestellt (Strg+J nimmt sie wieder auf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked in %1% of interviews</source>
        <translation>in %1 % der Interviews gefragt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1   %2   (%3)</source>
        <translation>%1   %2   (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mock interview</source>
        <translation>Probeinterview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>study</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not rated yet.</source>
        <translation>Noch nicht bewertet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Reveal the answer first (Space), then rate it</source>
        <translation>Erst die Antwort aufdecken (Leertaste), dann bewerten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rate your answer %1 of 5 (key %1): the question comes back in %2</source>
        <translation>Antwort mit %1 von 5 bewerten (Taste %1): die Frage kommt wieder in %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Hide hint (H)</source>
        <translation>Hinweis ausblenden (H)</translation>
    </message>
    <message>
        <location filename="../app/ui/answerhtml.cpp" line="-19"/>
        <source>Key concept to mention</source>
        <translation>Zu nennendes Schlüsselkonzept</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bank has no suggested answer for this question.</source>
        <translation>Diese Sammlung enthält keine Musterantwort für diese Frage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coaching tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up question</source>
        <translation>Nachfrage</translation>
    </message>
</context>
<context>
    <name>prepdeck::WelcomePage</name>
    <message>
        <location filename="../app/ui/welcomepage.cpp" line="+26"/>
        <source>Welcome to Prepdeck</source>
        <translation>Willkommen bei Prepdeck</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load your interview question banks — Markdown notes, cheat sheets, CSV decks — then study them a question at a time, rate how confident you are, and let Prepdeck bring back what you are weak at.</source>
        <translation>Fragensammlungen für Vorstellungsgespräche laden – Markdown-Notizen, Spickzettel, CSV-Decks –, dann Frage für Frage lernen, die eigene Sicherheit bewerten und Prepdeck die Schwachstellen wiederholen lassen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load the starter bank</source>
        <translation>Startsammlung laden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import your own files…</source>
        <translation>Eigene Dateien importieren…</translation>
    </message>
</context>
<context>
    <name>prepdeck::scheduling</name>
    <message>
        <location filename="../app/study/intervaltext.cpp" line="+34"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mo</source>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 y</source>
        <translation>%1 J.</translation>
    </message>
</context>
</TS>
