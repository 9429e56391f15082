<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+61"/>
        <source>Usage: prepdeck [--database FILE] [--startup-time [--json]] [COMMAND [OPTIONS]]

Study technical interview question banks.

Commands:
  import [--dry-run] [--json] [--bank NAME] FILE...   import question banks
  import --starter                                  load the built-in starter bank
  list [--category TEXT] [--search TEXT] [--json]   list questions
  stats [--json]                                    counts and confidence per category
  rate QUESTION_ID CONFIDENCE                       record a confidence rating (1-5)
  export --format markdown|csv --output FILE        export the library
  mock [--category TEXT]... [--count N] [--seconds N] [--order weakest|due|frequent|random]
       [--seed N]                                   run a timed mock interview
  mocks [--json]                                    past mock interviews
  backups [--json]                                  the library&apos;s backups
  restore FILE                                      put a backup in the library&apos;s place
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
  list [--category TEXT] [--search TEXT] [--json]   Fragen auflisten
  stats [--json]                                    Anzahlen und Sicherheit je Kategorie
  rate QUESTION_ID CONFIDENCE                       eine Bewertung der Sicherheit erfassen (1-5)
  export --format markdown|csv --output FILE        die Bibliothek exportieren
  mock [--category TEXT]... [--count N] [--seconds N] [--order weakest|due|frequent|random]
       [--seed N]                                   ein Probeinterview mit Zeitlimit durchführen
  mocks [--json]                                    vergangene Probeinterviews
  backups [--json]                                  die Sicherungen der Bibliothek
  restore FILE                                      eine Sicherung anstelle der Bibliothek einsetzen
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
        <location line="+87"/>
        <source>%1. Run &apos;prepdeck %2 --help&apos; for usage.</source>
        <translation>%1. Hinweise zum Aufruf mit „prepdeck %2 --help“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: prepdeck %1</source>
        <translation>Aufruf: prepdeck %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The library file (default: %1).</source>
        <translation>Die Bibliotheksdatei (Standard: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import question banks and print what was found. Each file is one transaction: all of it is saved, or none.</source>
        <translation>Fragensammlungen importieren und anzeigen, was gefunden wurde. Jede Datei ist eine Transaktion: Sie wird ganz oder gar nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read and report, save nothing.</source>
        <translation>Lesen und berichten, nichts speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+3"/>
        <source>Question bank files.</source>
        <translation>Dateien mit Fragensammlungen.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>List the questions of the library in order.</source>
        <translation>Die Fragen der Bibliothek der Reihe nach auflisten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only categories whose name contains TEXT.</source>
        <translation>Nur Kategorien, deren Name TEXT enthält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only questions whose prompt, answer or hint has these words.</source>
        <translation>Nur Fragen, deren Fragetext, Antwort oder Hinweis diese Wörter enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <location line="+63"/>
        <location line="+115"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Count banks, categories, questions and ratings.</source>
        <translation>Fragensammlungen, Kategorien, Fragen und Bewertungen zählen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record how confident you are with a question (1-5).</source>
        <translation>Erfassen, wie sicher Sie sich bei einer Frage sind (1-5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The id shown by &apos;prepdeck list&apos;.</source>
        <translation>Die von „prepdeck list“ angezeigte ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 (blank) to 5 (nailed it).</source>
        <translation>1 (keine Ahnung) bis 5 (sitzt perfekt).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>List the library&apos;s backups, newest first: taken every day the library is opened, before an upgrade and before a restore.</source>
        <translation>Die Sicherungen der Bibliothek auflisten, neueste zuerst: angelegt an jedem Tag, an dem die Bibliothek geöffnet wird, vor einer Aktualisierung und vor einer Wiederherstellung.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Put a backup in the library&apos;s place. The current library is kept as a backup first.</source>
        <translation>Eine Sicherung anstelle der Bibliothek einsetzen. Die aktuelle Bibliothek wird zuvor als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup, as &apos;prepdeck backups&apos; lists.</source>
        <translation>Eine Sicherung, wie von „prepdeck backups“ aufgelistet.</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+38"/>
        <source>List past mock interviews with their questions.</source>
        <translation>Vergangene Probeinterviews mit ihren Fragen auflisten.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Print a study sheet or a mock-interview sheet to a PDF. With the same --seed, --count and categories the interviewer and candidate sheets hold the questions &apos;prepdeck mock&apos; would ask, in the same order.</source>
        <translation>Ein Lernblatt oder ein Probeinterview-Blatt als PDF ausgeben. Bei gleichem --seed, --count und gleichen Kategorien enthalten Interviewer-Blatt und Bewerber-Blatt die Fragen, die „prepdeck mock“ stellen würde, in derselben Reihenfolge.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+179"/>
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
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/core/sheetdocument.cpp" line="+97"/>
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
        <location line="+22"/>
        <source>%1 questions</source>
        <translation>%1 Fragen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 questions ready (latest rating 4 or 5).</source>
        <translation>%1 von %2 Fragen bereit (letzte Bewertung 4 oder 5).</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+17"/>
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
        <location line="+4"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked in %1% of interviews</source>
        <translation>in %1 % der Interviews gefragt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no suggested answer)</source>
        <translation>(keine Musterantwort)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-ups to ask</source>
        <translation>Mögliche Nachfragen</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+183"/>
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
        <location filename="../app/core/store.cpp" line="+1463"/>
        <source>Interview in %1 days.</source>
        <translation>Interview in %1 Tagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streak: %1 days.</source>
        <translation>Serie: %1 Tage.</translation>
    </message>
    <message>
        <location filename="../app/ui/libraryopening.cpp" line="+31"/>
        <location line="+29"/>
        <location filename="../app/ui/sheetexport.cpp" line="+110"/>
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
        <source>The newest backup is from %1, with %2 questions and %3 ratings.</source>
        <translation>Die neueste Sicherung wurde am %1 erstellt und enthält %2 Fragen und %3 Bewertungen.</translation>
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
        <location filename="../app/ui/mainwindow.cpp" line="+978"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>%1 wird importiert (%2 von %3)…</translation>
    </message>
    <message>
        <location filename="../app/ui/ratingcommand.cpp" line="+9"/>
        <source>rating %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <location filename="../app/ui/sheetexport.cpp" line="-79"/>
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
        <location line="+29"/>
        <source>Save the interviewer&apos;s copy</source>
        <translation>Interviewer-Exemplar speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sheets saved</source>
        <translation>Blätter gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interviewer&apos;s copy is in %1 and the candidate&apos;s copy in %2.</source>
        <translation>Das Interviewer-Exemplar liegt in %1, das Bewerber-Exemplar in %2.</translation>
    </message>
</context>
<context>
    <name>prepdeck::ActivityCalendar</name>
    <message>
        <location filename="../app/ui/progressview.cpp" line="+69"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 ratings</source>
        <translation>%1: %2 Bewertungen</translation>
    </message>
</context>
<context>
    <name>prepdeck::CategoryTreeModel</name>
    <message>
        <location filename="../app/ui/categorytreemodel.cpp" line="+13"/>
        <source>All banks</source>
        <translation>Alle Sammlungen</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>%1: %2 questions, %3 rated, mean confidence %4</source>
        <translation>%1: %2 Fragen, %3 bewertet, mittlere Sicherheit %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 questions, none rated yet</source>
        <translation>%1: %2 Fragen, noch keine bewertet</translation>
    </message>
</context>
<context>
    <name>prepdeck::ImportReportDialog</name>
    <message>
        <location filename="../app/ui/importreportdialog.cpp" line="+14"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import finished with problems</source>
        <translation>Import mit Problemen abgeschlossen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 questions, layout: %2, encoding: %3</source>
        <translation>%1 Fragen, Layout: %2, Zeichenkodierung: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 retired</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 ausgemustert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Repaired:</source>
        <translation>Repariert:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
</context>
<context>
    <name>prepdeck::InterviewDateDialog</name>
    <message>
        <location filename="../app/ui/interviewdatedialog.cpp" line="+18"/>
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
    <name>prepdeck::MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="-884"/>
        <location line="+969"/>
        <source>Prepdeck</source>
        <translation>Prepdeck</translation>
    </message>
    <message>
        <location line="-955"/>
        <source>Prepdeck (read-only)</source>
        <translation>Prepdeck (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only: this library&apos;s file cannot be written, so ratings, notes and imports are not saved.</source>
        <translation>Schreibgeschützt: Die Datei dieser Bibliothek kann nicht geschrieben werden, daher werden Bewertungen, Notizen und Importe nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Library moved</source>
        <translation>Bibliothek verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library was copied to %1 and checked. Prepdeck starts again now to open it there; the old file is removed once it has.</source>
        <translation>Die Bibliothek wurde nach %1 kopiert und geprüft. Prepdeck startet jetzt neu, um sie dort zu öffnen; danach wird die alte Datei entfernt.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+14"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Put the backup %1 in the library&apos;s place? The library as it is now is kept as a backup first.</source>
        <translation>Die Bibliothek durch die Sicherung %1 ersetzen? Der aktuelle Stand der Bibliothek wird vorher als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored %1. The library it replaced was kept as %2.</source>
        <translation>%1 wiederhergestellt. Die ersetzte Bibliothek wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Welcome to Prepdeck</source>
        <translation>Willkommen bei Prepdeck</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load your interview question banks — Markdown notes, cheat sheets, CSV decks — then study them a question at a time, rate how confident you are, and let Prepdeck bring back what you are weak at.</source>
        <translation>Fragensammlungen für Vorstellungsgespräche laden – Markdown-Notizen, Spickzettel, CSV-Decks –, dann Frage für Frage lernen, die eigene Sicherheit bewerten und Prepdeck die Schwachstellen wiederholen lassen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load the starter bank</source>
        <translation>Startsammlung laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import your own files…</source>
        <translation>Eigene Dateien importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+151"/>
        <source>Import question banks</source>
        <translation>Fragensammlungen importieren</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+151"/>
        <source>Question banks (*.md *.markdown *.txt *.csv *.tsv);;All files (*)</source>
        <translation>Fragensammlungen (*.md *.markdown *.txt *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-116"/>
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
        <location line="+2"/>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never rated</source>
        <translation>Nie bewertet</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+1"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+8"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>&amp;Study</source>
        <translation>&amp;Lernen</translation>
    </message>
    <message>
        <location line="-17"/>
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
        <location line="+1"/>
        <source>&amp;Previous question</source>
        <translation>&amp;Vorherige Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study &amp;due questions</source>
        <translation>&amp;Fällige Fragen lernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save my &amp;note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+2"/>
        <source>Se&amp;ttings</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;interview is on…</source>
        <translation>&amp;Mein Interview ist am…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <message>
        <location line="+50"/>
        <source>interview in %1 days</source>
        <translation>Interview in %1 Tagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 question shown</source>
        <translation>1 Frage angezeigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 questions shown</source>
        <translation>%1 Fragen angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 due today</source>
        <translation>%1 heute fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rated today</source>
        <translation>%1 heute bewertet</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing is due. Well done.</source>
        <translation>Nichts ist fällig. Gut gemacht!</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>No questions match.</source>
        <translation>Keine passenden Fragen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rated %1. Due again %2.</source>
        <translation>Bewertet mit %1. Wieder fällig am %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Study queue: %1 questions — overdue first, then the weakest, then never rated.</source>
        <translation>Lernwarteschlange: %1 Fragen — zuerst überfällige, dann die schwächsten, dann nie bewertete.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Mock interview history</source>
        <translation>Verlauf der Probeinterviews</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — %2 questions%3</source>
        <translation>%1 — %2 Fragen%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, ended early</source>
        <translation>, vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No mock interviews yet. Interview → New mock interview… (Ctrl+M)</source>
        <translation>Noch keine Probeinterviews. Interview → Neues Probeinterview… (Strg+M)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print mock-interview sheets</source>
        <translation>Blätter für ein Probeinterview drucken</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the %1 listed now (%2)</source>
        <translation>die %1 aktuell aufgeführten (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No questions match, so there is nothing to print.</source>
        <translation>Keine Fragen passen, daher gibt es nichts zu drucken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Study sheet — %1</source>
        <translation>Lernblatt — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Starter bank loaded: %1 questions.</source>
        <translation>Startsammlung geladen: %1 Fragen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Import cancelled; the file being imported was not saved.</source>
        <translation>Import abgebrochen; die gerade importierte Datei wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported %1 questions.</source>
        <translation>%1 Fragen importiert.</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>prepdeck::MockInterviewWindow</name>
    <message>
        <location filename="../app/ui/mockinterviewwindow.cpp" line="+44"/>
        <source>Mock interview — Prepdeck</source>
        <translation>Probeinterview — Prepdeck</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time&apos;s up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+14"/>
        <source>Skip (S)</source>
        <translation>Überspringen (S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+143"/>
        <source>Pause (P)</source>
        <translation>Pause (P)</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>End (Esc)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Coaching tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up to ask</source>
        <translation>Mögliche Nachfrage</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Resume (P)</source>
        <translation>Fortsetzen (P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+60"/>
        <source>End the interview?</source>
        <translation>Interview beenden?</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>End the mock interview now? The questions answered so far are kept.</source>
        <translation>Das Probeinterview jetzt beenden? Die bisher beantworteten Fragen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+13"/>
        <source>Prepdeck</source>
        <translation>Prepdeck</translation>
    </message>
</context>
<context>
    <name>prepdeck::MockSetupDialog</name>
    <message>
        <location filename="../app/ui/mocksetupdialog.cpp" line="+25"/>
        <source>New mock interview</source>
        <translation>Neues Probeinterview</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask from</source>
        <translation>Fragen aus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+3"/>
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
        <location line="+7"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>prepdeck::MockSummary</name>
    <message>
        <location filename="../app/ui/mocksummary.cpp" line="+33"/>
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
        <location line="+11"/>
        <location line="+82"/>
        <source>Practise the weak ones again</source>
        <translation>Schwache Fragen wiederholen</translation>
    </message>
    <message>
        <location line="-79"/>
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
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weakest categories: %1</source>
        <translation>Schwächste Kategorien: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ended early)</source>
        <translation>(vorzeitig beendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practise the weak one again</source>
        <translation>Die schwache Frage wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practise the %1 weak ones again</source>
        <translation>Die %1 schwachen Fragen wiederholen</translation>
    </message>
</context>
<context>
    <name>prepdeck::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/preferencesdialog.cpp" line="+40"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <location line="+22"/>
        <source>As the system</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>As the system (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A new language is used from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+8"/>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This window has a library given with --database open; only the usual library can be moved here.</source>
        <translation>In diesem Fenster ist eine mit --database angegebene Bibliothek geöffnet; hier lässt sich nur die übliche Bibliothek verschieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library &amp;file:</source>
        <translation>Bibliotheks&amp;datei:</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location filename="../app/ui/progressview.cpp" line="+71"/>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the charts</source>
        <translation>Diagramme speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ready per category (latest rating 4 or 5) — click a bar to study it</source>
        <translation>Bereit je Kategorie (letzte Bewertung 4 oder 5) — zum Lernen auf einen Balken klicken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mean confidence per day, last 90 days</source>
        <translation>Mittlere Sicherheit pro Tag, letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Activity, last 26 weeks</source>
        <translation>Aktivität, letzte 26 Wochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mock interviews</source>
        <translation>Probeinterviews</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Study against mock interviews</source>
        <translation>Lernen im Vergleich zu Probeinterviews</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 of %2 questions ready (%3%) · streak: %4</source>
        <translation>%1 von %2 Fragen bereit (%3 %) · Serie: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interview in %1 days (%2).</source>
        <translation>Interview in %1 Tagen (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• At this pace: %1% of %2 ready by %3 (%4% now).</source>
        <translation>• Bei diesem Tempo: %1 % von %2 bereit bis %3 (jetzt %4 %).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Whole library</source>
        <translation>Gesamte Bibliothek</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 — %2
%3 of %4 ready, %5 never rated%6</source>
        <translation>%1 — %2
%3 von %4 bereit, %5 nie bewertet%6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, mean confidence %1</source>
        <translation>, mittlere Sicherheit %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Mean confidence</source>
        <translation>Mittlere Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered in time (%)</source>
        <translation>Rechtzeitig beantwortet (%)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No mock interviews yet (Ctrl+M)</source>
        <translation>Noch keine Probeinterviews (Strg+M)</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <message>
        <location line="+20"/>
        <source>Rate questions both in study and in a mock interview to compare.</source>
        <translation>Für einen Vergleich Fragen sowohl beim Lernen als auch in einem Probeinterview bewerten.</translation>
    </message>
</context>
<context>
    <name>prepdeck::QuestionTableModel</name>
    <message>
        <location filename="../app/ui/questiontablemodel.cpp" line="+37"/>
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
        <location line="+14"/>
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
        <location line="+112"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+2"/>
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
</context>
<context>
    <name>prepdeck::RestoreDialog</name>
    <message>
        <location filename="../app/ui/restoredialog.cpp" line="+17"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups yet. One is taken the first time the library is opened each day, in %1.</source>
        <translation>Es gibt noch keine Sicherungen. Eine wird täglich beim ersten Öffnen der Bibliothek angelegt, in %1.</translation>
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
        <location line="+3"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../app/ui/sheetoptionsdialog.cpp" line="+15"/>
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
    <name>prepdeck::StudyPane</name>
    <message>
        <location filename="../app/ui/studypane.cpp" line="+37"/>
        <location line="+185"/>
        <source>Show hint (H)</source>
        <translation>Hinweis zeigen (H)</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Reveal answer (Space)</source>
        <translation>Antwort zeigen (Leertaste)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answer it in your head, or out loud, then press Space.</source>
        <translation>Im Kopf oder laut antworten, dann die Leertaste drücken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rate your answer %1 of 5 (key %1)</source>
        <translation>Antwort mit %1 von 5 bewerten (Taste %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your own answer, in Markdown. It is saved with the question and shown under the suggested answer.</source>
        <translation>Eigene Antwort in Markdown. Sie wird mit der Frage gespeichert und unter der Musterantwort angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+162"/>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a question.</source>
        <translation>Eine Frage auswählen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked in %1% of interviews</source>
        <translation>in %1 % der Interviews gefragt</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+69"/>
        <source>Hide hint (H)</source>
        <translation>Hinweis ausblenden (H)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Key concept to mention</source>
        <translation>Zu nennendes Schlüsselkonzept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bank has no suggested answer for this question.</source>
        <translation>Diese Sammlung enthält keine Musterantwort für diese Frage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coaching tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up question</source>
        <translation>Nachfrage</translation>
    </message>
</context>
</TS>
