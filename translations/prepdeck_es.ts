<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>Uso: prepdeck [--database FILE] [--startup-time [--json]] [COMMAND [OPTIONS]]

Estudiar bancos de preguntas de entrevistas técnicas.

Órdenes:
  import [--dry-run] [--json] [--bank NAME] FILE...   importar bancos de preguntas
  import --starter                                  cargar el banco inicial incorporado
  list [--category TEXT] [--search TEXT] [--json]   listar las preguntas
  stats [--json]                                    recuentos y confianza por categoría
  rate QUESTION_ID CONFIDENCE                       registrar una valoración de confianza (1-5)
  export --format markdown|csv --output FILE        exportar la biblioteca
  mock [--category TEXT]... [--count N] [--seconds N] [--order weakest|due|frequent|random]
       [--seed N]                                   hacer una entrevista de práctica cronometrada
  mocks [--json]                                    entrevistas de práctica anteriores
  backups [--json]                                  las copias de seguridad de la biblioteca
  restore FILE                                      poner una copia de seguridad en lugar de la biblioteca
  export-pdf --sheet study|interviewer|candidate [--category TEXT]... [--max-confidence N]
       [--due] [--count N] [--seed N] [--page-size a4|letter] [--no-answers] --output FILE
                                                    imprimir en PDF una hoja de estudio o de entrevista de práctica

Sin una orden, prepdeck abre la ventana de estudio con la biblioteca.
  --startup-time    abrirla, mostrar los milisegundos desde el inicio del
                    proceso hasta su primer pintado con la biblioteca visible, y salir
  --json            con --startup-time: mostrar {&quot;startup_ms&quot;: N}

Opciones para todas las órdenes:
  --database FILE   el archivo de la biblioteca (predeterminado: %1)
  -h, --help        ayuda de la orden
  -v, --version     la versión

Códigos de salida: 0 éxito, 1 entrada no válida, 2 error de uso.
</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1. Run &apos;prepdeck %2 --help&apos; for usage.</source>
        <translation>%1. Ejecute «prepdeck %2 --help» para ver el uso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: prepdeck %1</source>
        <translation>Uso: prepdeck %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The library file (default: %1).</source>
        <translation>El archivo de la biblioteca (predeterminado: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import question banks and print what was found. Each file is one transaction: all of it is saved, or none.</source>
        <translation>Importar bancos de preguntas y mostrar lo que se encontró. Cada archivo es una transacción: se guarda entero o no se guarda nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read and report, save nothing.</source>
        <translation>Leer e informar, sin guardar nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the report as JSON.</source>
        <translation>Mostrar el informe en JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the bank (one file only).</source>
        <translation>Nombre del banco (solo con un archivo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the built-in starter bank.</source>
        <translation>Cargar el banco inicial incorporado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse files larger than this many megabytes (default 64).</source>
        <translation>Rechazar archivos de más de estos megabytes (predeterminado: 64).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question bank files.</source>
        <translation>Archivos de bancos de preguntas.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>List the questions of the library in order.</source>
        <translation>Listar en orden las preguntas de la biblioteca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only categories whose name contains TEXT.</source>
        <translation>Solo las categorías cuyo nombre contiene TEXT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only questions whose prompt, answer or hint has these words.</source>
        <translation>Solo las preguntas cuyo enunciado, respuesta o pista contiene estas palabras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <location line="+63"/>
        <location line="+115"/>
        <source>Print JSON.</source>
        <translation>Mostrar en JSON.</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Count banks, categories, questions and ratings.</source>
        <translation>Contar bancos, categorías, preguntas y valoraciones.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record how confident you are with a question (1-5).</source>
        <translation>Registrar la confianza que se tiene con una pregunta (1-5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The id shown by &apos;prepdeck list&apos;.</source>
        <translation>El identificador que muestra «prepdeck list».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 (blank) to 5 (nailed it).</source>
        <translation>De 1 (en blanco) a 5 (dominada).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>List the library&apos;s backups, newest first: taken every day the library is opened, before an upgrade and before a restore.</source>
        <translation>Listar las copias de seguridad de la biblioteca, de la más reciente a la más antigua: se hacen cada día que se abre la biblioteca, antes de una actualización y antes de una restauración.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Put a backup in the library&apos;s place. The current library is kept as a backup first.</source>
        <translation>Poner una copia de seguridad en lugar de la biblioteca. Antes se guarda la biblioteca actual como copia de seguridad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup, as &apos;prepdeck backups&apos; lists.</source>
        <translation>Una copia de seguridad, tal como la lista «prepdeck backups».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export the library: markdown is Prepdeck&apos;s bank format (import reads it back unchanged), csv is one row per question.</source>
        <translation>Exportar la biblioteca: markdown es el formato de banco de Prepdeck (import lo vuelve a leer sin cambios), csv es una fila por pregunta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>markdown or csv.</source>
        <translation>markdown o csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to write; - for standard output.</source>
        <translation>El archivo que se escribirá; - para la salida estándar.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>List past mock interviews with their questions.</source>
        <translation>Listar las entrevistas de práctica anteriores con sus preguntas.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Print a study sheet or a mock-interview sheet to a PDF. With the same --seed, --count and categories the interviewer and candidate sheets hold the questions &apos;prepdeck mock&apos; would ask, in the same order.</source>
        <translation>Imprimir en un PDF una hoja de estudio o una hoja de entrevista de práctica. Con los mismos --seed, --count y categorías, la hoja del entrevistador y la hoja del candidato contienen las preguntas que haría «prepdeck mock», en el mismo orden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>study, interviewer or candidate.</source>
        <translation>study, interviewer o candidate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Categories whose name contains TEXT (repeatable).</source>
        <translation>Categorías cuyo nombre contiene TEXT (se puede repetir).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Study sheet: only questions rated at most N.</source>
        <translation>Hoja de estudio: solo las preguntas con una valoración de N como máximo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study sheet: only questions due now.</source>
        <translation>Hoja de estudio: solo las preguntas pendientes ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many questions (mock sheets: default 8).</source>
        <translation>Cuántas preguntas (en las hojas de entrevista de práctica, predeterminado: 8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mock sheets: the seed (default 1).</source>
        <translation>Hojas de entrevista de práctica: la semilla (predeterminado: 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a4 or letter (default from the locale).</source>
        <translation>a4 o letter (predeterminado según la configuración regional).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Study sheet: questions only.</source>
        <translation>Hoja de estudio: solo las preguntas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study sheet: a page of progress first.</source>
        <translation>Hoja de estudio: primero una página de progreso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF to write.</source>
        <translation>El PDF que se escribirá.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>The library file.</source>
        <translation>El archivo de la biblioteca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the milliseconds from process start to the first paint, and quit.</source>
        <translation>Mostrar los milisegundos desde el inicio del proceso hasta el primer pintado, y salir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --startup-time: print JSON.</source>
        <translation>Con --startup-time: mostrar en JSON.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Run a timed mock interview in its own window.</source>
        <translation>Hacer una entrevista de práctica cronometrada en su propia ventana.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask from categories whose name contains TEXT (repeatable).</source>
        <translation>Preguntar de las categorías cuyo nombre contiene TEXT (se puede repetir).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many questions (default 8).</source>
        <translation>Cuántas preguntas (predeterminado: 8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds per question (default 180).</source>
        <translation>Segundos por pregunta (predeterminado: 180).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weakest, due, frequent or random.</source>
        <translation>weakest, due, frequent o random.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed for a repeatable order (default 1).</source>
        <translation>Semilla para un orden repetible (predeterminado: 1).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/core/sheetdocument.cpp" line="+97"/>
        <source>Study sheet</source>
        <translation>Hoja de estudio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mock interview — interviewer&apos;s copy</source>
        <translation>Entrevista de práctica — copia del entrevistador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mock interview — candidate&apos;s copy</source>
        <translation>Entrevista de práctica — copia del candidato</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 questions</source>
        <translation>%1 preguntas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 questions ready (latest rating 4 or 5).</source>
        <translation>%1 de %2 preguntas listas (última valoración 4 o 5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean confidence</source>
        <translation>Confianza media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candidate:</source>
        <translation>Candidato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer:</source>
        <translation>Entrevistador:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No. %1</source>
        <translation>N.º %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked in %1% of interviews</source>
        <translation>preguntada en el %1% de las entrevistas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no suggested answer)</source>
        <translation>(sin respuesta sugerida)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-ups to ask</source>
        <translation>Preguntas de seguimiento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time used:</source>
        <translation>Tiempo empleado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score:</source>
        <translation>Puntuación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>could not start drawing the sheet.</source>
        <translation>no se pudo empezar a dibujar la hoja.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>printing was cancelled.</source>
        <translation>se canceló la impresión.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the folder %1 does not exist. Create it, or choose another place for the PDF.</source>
        <translation>la carpeta %1 no existe. Cree la carpeta o elija otro lugar para el PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is a folder; give a file name for the PDF.</source>
        <translation>esto es una carpeta; indique un nombre de archivo para el PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write here (%1). Choose another place for the PDF.</source>
        <translation>no se puede escribir aquí (%1). Elija otro lugar para el PDF.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>writing the PDF failed (%1); nothing was left behind. Check the free disk space.</source>
        <translation>no se pudo escribir el PDF (%1); no quedó ningún archivo a medias. Compruebe el espacio libre en el disco.</translation>
    </message>
    <message>
        <location filename="../app/core/store.cpp" line="+1463"/>
        <source>Interview in %1 days.</source>
        <translation>Entrevista en %1 días.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streak: %1 days.</source>
        <translation>Racha: %1 días.</translation>
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
        <translation>La biblioteca está dañada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library %1 is damaged and cannot be opened.</source>
        <translation>La biblioteca %1 está dañada y no se puede abrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was moved to %1; nothing was deleted.</source>
        <translation>Se ha movido a %1; no se ha eliminado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newest backup is from %1, with %2 questions and %3 ratings.</source>
        <translation>La copia de seguridad más reciente es del %1, con %2 preguntas y %3 valoraciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no backup of it.</source>
        <translation>No hay ninguna copia de seguridad de ella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the Backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with an Empty Library</source>
        <translation>Empezar con una biblioteca vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+978"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <location filename="../app/ui/ratingcommand.cpp" line="+9"/>
        <source>rating %1</source>
        <translation>valoración %1</translation>
    </message>
    <message>
        <location filename="../app/ui/sheetexport.cpp" line="-79"/>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Writing page %1 of %2…</source>
        <translation>Escribiendo la página %1 de %2…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save the interviewer&apos;s copy</source>
        <translation>Guardar la copia del entrevistador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sheets saved</source>
        <translation>Hojas guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interviewer&apos;s copy is in %1 and the candidate&apos;s copy in %2.</source>
        <translation>La copia del entrevistador está en %1 y la del candidato, en %2.</translation>
    </message>
</context>
<context>
    <name>prepdeck::ActivityCalendar</name>
    <message>
        <location filename="../app/ui/progressview.cpp" line="+69"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 ratings</source>
        <translation>%1: %2 valoraciones</translation>
    </message>
</context>
<context>
    <name>prepdeck::CategoryTreeModel</name>
    <message>
        <location filename="../app/ui/categorytreemodel.cpp" line="+13"/>
        <source>All banks</source>
        <translation>Todos los bancos</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>%1: %2 questions, %3 rated, mean confidence %4</source>
        <translation>%1: %2 preguntas, %3 valoradas, confianza media %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 questions, none rated yet</source>
        <translation>%1: %2 preguntas, ninguna valorada aún</translation>
    </message>
</context>
<context>
    <name>prepdeck::ImportReportDialog</name>
    <message>
        <location filename="../app/ui/importreportdialog.cpp" line="+14"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import finished with problems</source>
        <translation>Importación terminada con problemas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not imported:</source>
        <translation>No importado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>line %1: </source>
        <translation>línea %1: </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 questions, layout: %2, encoding: %3</source>
        <translation>%1 preguntas, formato: %2, codificación: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 retired</source>
        <translation>%1 añadidas, %2 actualizadas, %3 sin cambios, %4 retiradas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Repaired:</source>
        <translation>Reparado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
</context>
<context>
    <name>prepdeck::InterviewDateDialog</name>
    <message>
        <location filename="../app/ui/interviewdatedialog.cpp" line="+18"/>
        <source>My interview</source>
        <translation>Mi entrevista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a date, Prepdeck schedules every covered question to be reviewed before the day, puts the least ready categories first in Study due, and shows the days left and a forecast.</source>
        <translation>Con una fecha, Prepdeck programa el repaso de todas las preguntas incluidas antes de ese día, pone primero las categorías menos preparadas en «Estudiar preguntas pendientes» y muestra los días que faltan y una previsión.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My interview is on:</source>
        <translation>Mi entrevista es el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interview date</source>
        <translation>Sin fecha de entrevista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It covers (none ticked: everything):</source>
        <translation>Abarca (si no se marca ninguna: todo):</translation>
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
        <translation>Prepdeck (solo lectura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only: this library&apos;s file cannot be written, so ratings, notes and imports are not saved.</source>
        <translation>Solo lectura: no se puede escribir en el archivo de esta biblioteca, así que las valoraciones, las notas y las importaciones no se guardan.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Library moved</source>
        <translation>Biblioteca movida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library was copied to %1 and checked. Prepdeck starts again now to open it there; the old file is removed once it has.</source>
        <translation>La biblioteca se ha copiado en %1 y se ha verificado. Prepdeck se reinicia ahora para abrirla allí; el archivo antiguo se eliminará en cuanto lo haya hecho.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+14"/>
        <source>Restore from Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Put the backup %1 in the library&apos;s place? The library as it is now is kept as a backup first.</source>
        <translation>¿Poner la copia de seguridad %1 en lugar de la biblioteca? Antes se guarda la biblioteca actual como copia de seguridad.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored %1. The library it replaced was kept as %2.</source>
        <translation>Se ha restaurado %1. La biblioteca reemplazada se ha guardado como %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Welcome to Prepdeck</source>
        <translation>Te damos la bienvenida a Prepdeck</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load your interview question banks — Markdown notes, cheat sheets, CSV decks — then study them a question at a time, rate how confident you are, and let Prepdeck bring back what you are weak at.</source>
        <translation>Prepdeck carga bancos de preguntas de entrevista (notas en Markdown, hojas de referencia, mazos en CSV), permite estudiarlos pregunta a pregunta y valorar la seguridad de cada respuesta, y vuelve a mostrar lo que menos se domina.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load the starter bank</source>
        <translation>Cargar el banco inicial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import your own files…</source>
        <translation>Importar archivos propios…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+151"/>
        <source>Import question banks</source>
        <translation>Importar bancos de preguntas</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+151"/>
        <source>Question banks (*.md *.markdown *.txt *.csv *.tsv);;All files (*)</source>
        <translation>Bancos de preguntas (*.md *.markdown *.txt *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Search questions, answers, hints and notes (Ctrl+F)</source>
        <translation>Buscar en preguntas, respuestas, pistas y notas (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any confidence</source>
        <translation>Cualquier confianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence ≤ %1</source>
        <translation>Confianza ≤ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due now</source>
        <translation>Pendientes ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load the &amp;starter bank</source>
        <translation>Cargar el banco ini&amp;cial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>&amp;Study</source>
        <translation>E&amp;studiar</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Reveal answer</source>
        <translation>Mostrar &amp;respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the &amp;hint</source>
        <translation>Mostrar u ocultar la &amp;pista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate %1</source>
        <translation>Valorar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next question</source>
        <translation>&amp;Siguiente pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous question</source>
        <translation>Pregunta &amp;anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study &amp;due questions</source>
        <translation>Estudiar preguntas pen&amp;dientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save my &amp;note</source>
        <translation>&amp;Guardar mi nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Interview</source>
        <translation>E&amp;ntrevista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New mock interview…</source>
        <translation>&amp;Nueva entrevista de práctica…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;sheets…</source>
        <translation>&amp;Imprimir hojas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;interview is on…</source>
        <translation>Fecha de mi &amp;entrevista…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Prepdeck</source>
        <translation>Acerca &amp;de Prepdeck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Prepdeck</source>
        <translation>Acerca de Prepdeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Prepdeck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Study technical interview question banks.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prepdeck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Estudio de bancos de preguntas para entrevistas técnicas.&lt;/p&gt;&lt;p&gt;Biblioteca: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>interview in %1 days</source>
        <translation>entrevista en %1 días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 question shown</source>
        <translation>1 pregunta mostrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 questions shown</source>
        <translation>%1 preguntas mostradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 due today</source>
        <translation>%1 pendientes hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rated today</source>
        <translation>%1 valoradas hoy</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing is due. Well done.</source>
        <translation>No hay nada pendiente. ¡Buen trabajo!</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>No questions match.</source>
        <translation>Ninguna pregunta coincide.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rated %1. Due again %2.</source>
        <translation>Valoración: %1. Próximo repaso: %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Study queue: %1 questions — overdue first, then the weakest, then never rated.</source>
        <translation>Cola de estudio: %1 preguntas — primero las atrasadas, después las más flojas y por último las nunca valoradas.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Mock interview history</source>
        <translation>Historial de entrevistas de práctica</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — %2 questions%3</source>
        <translation>%1 — %2 preguntas%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, ended early</source>
        <translation>, terminada antes de tiempo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No mock interviews yet. Interview → New mock interview… (Ctrl+M)</source>
        <translation>Aún no hay entrevistas de práctica. Entrevista → Nueva entrevista de práctica… (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print mock-interview sheets</source>
        <translation>Imprimir hojas de entrevista de práctica</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the %1 listed now (%2)</source>
        <translation>las %1 mostradas ahora (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No questions match, so there is nothing to print.</source>
        <translation>Ninguna pregunta coincide, así que no hay nada que imprimir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Study sheet — %1</source>
        <translation>Hoja de estudio — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Starter bank loaded: %1 questions.</source>
        <translation>Banco inicial cargado: %1 preguntas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Import cancelled; the file being imported was not saved.</source>
        <translation>Importación cancelada; el archivo que se estaba importando no se ha guardado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported %1 questions.</source>
        <translation>Se han importado %1 preguntas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>prepdeck::MockInterviewWindow</name>
    <message>
        <location filename="../app/ui/mockinterviewwindow.cpp" line="+44"/>
        <source>Mock interview — Prepdeck</source>
        <translation>Entrevista de práctica — Prepdeck</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time&apos;s up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reveal the answer (Space)</source>
        <translation>Mostrar la respuesta (Espacio)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answer out loud. Space shows the suggested answer.</source>
        <translation>Responder en voz alta. Espacio muestra la respuesta sugerida.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes: what the candidate said (click here to type)</source>
        <translation>Notas: lo que ha dicho el candidato (clic aquí para escribir)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skip (S)</source>
        <translation>Omitir (S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+143"/>
        <source>Pause (P)</source>
        <translation>Pausa (P)</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>End (Esc)</source>
        <translation>Terminar (Esc)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Coaching tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up to ask</source>
        <translation>Pregunta de seguimiento</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Resume (P)</source>
        <translation>Reanudar (P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+60"/>
        <source>End the interview?</source>
        <translation>¿Terminar la entrevista?</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>End the mock interview now? The questions answered so far are kept.</source>
        <translation>¿Terminar ya la entrevista de práctica? Las preguntas respondidas hasta ahora se conservan.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Question %1 of %2  ·  %3 in all%4</source>
        <translation>Pregunta %1 de %2  ·  %3 en total%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  ·  paused — press P to go on</source>
        <translation>  ·  en pausa — pulse P para continuar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close the mock interview? The questions answered so far are kept.</source>
        <translation>¿Cerrar la entrevista de práctica? Las preguntas respondidas hasta ahora se conservan.</translation>
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
        <translation>Nueva entrevista de práctica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask from</source>
        <translation>Preguntar sobre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Questions:</source>
        <translation>Preguntas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per question:</source>
        <translation>Por pregunta:</translation>
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
        <translation>En total:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weakest first</source>
        <translation>Más flojas primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due first</source>
        <translation>Pendientes primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most asked first</source>
        <translation>Más preguntadas primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random</source>
        <translation>Aleatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order:</source>
        <translation>Orden:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same seed gives the same questions in the same order.</source>
        <translation>La misma semilla da las mismas preguntas en el mismo orden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include follow-up questions</source>
        <translation>Incluir preguntas de seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interviewer mode (answers visible from the start)</source>
        <translation>Modo entrevistador (respuestas visibles desde el principio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beep when time is up</source>
        <translation>Avisar con un pitido al acabarse el tiempo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>prepdeck::MockSummary</name>
    <message>
        <location filename="../app/ui/mocksummary.cpp" line="+33"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+82"/>
        <source>Practise the weak ones again</source>
        <translation>Volver a practicar las más flojas</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Save the sheets as PDF…</source>
        <translation>Guardar las hojas como PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interviewer&apos;s and the candidate&apos;s copies of these questions.</source>
        <translation>La copia del entrevistador y la del candidato con estas preguntas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (%2 over)</source>
        <translation>%1 (%2 de más)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 under)</source>
        <translation>%1 (%2 de margen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mock interview of %1: %2 of %3 answered, mean confidence %4</source>
        <translation>Entrevista de práctica del %1: %2 de %3 respondidas, confianza media %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mock interview of %1: nothing rated</source>
        <translation>Entrevista de práctica del %1: nada valorado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weakest categories: %1</source>
        <translation>Categorías más flojas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ended early)</source>
        <translation>(terminada antes de tiempo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practise the weak one again</source>
        <translation>Volver a practicar la más floja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practise the %1 weak ones again</source>
        <translation>Volver a practicar las %1 más flojas</translation>
    </message>
</context>
<context>
    <name>prepdeck::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/preferencesdialog.cpp" line="+40"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <location line="+22"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A new language is used from the next start.</source>
        <translation>El nuevo idioma se aplica a partir del próximo inicio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As the locale (%1)</source>
        <translation>Según la configuración regional (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
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
        <translation>&amp;Papel de las hojas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Study &amp;text size:</source>
        <translation>Tamaño del te&amp;xto de estudio:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This window has a library given with --database open; only the usual library can be moved here.</source>
        <translation>Esta ventana tiene abierta una biblioteca indicada con --database; desde aquí solo se puede mover la biblioteca habitual.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library &amp;file:</source>
        <translation>Archivo de la &amp;biblioteca:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move the library to</source>
        <translation>Mover la biblioteca a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepdeck library (*.sqlite)</source>
        <translation>Biblioteca de Prepdeck (*.sqlite)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Library not moved</source>
        <translation>Biblioteca no movida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library could not be moved: %1</source>
        <translation>No se ha podido mover la biblioteca: %1</translation>
    </message>
</context>
<context>
    <name>prepdeck::ProgressView</name>
    <message>
        <location filename="../app/ui/progressview.cpp" line="+71"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the charts</source>
        <translation>Guardar los gráficos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ready per category (latest rating 4 or 5) — click a bar to study it</source>
        <translation>Listas por categoría (última valoración 4 o 5) — clic en una barra para estudiarla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mean confidence per day, last 90 days</source>
        <translation>Confianza media por día, últimos 90 días</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Activity, last 26 weeks</source>
        <translation>Actividad, últimas 26 semanas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mock interviews</source>
        <translation>Entrevistas de práctica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Study against mock interviews</source>
        <translation>Estudio frente a entrevistas de práctica</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 of %2 questions ready (%3%) · streak: %4</source>
        <translation>%1 de %2 preguntas listas (%3%) · racha: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interview in %1 days (%2).</source>
        <translation>Entrevista en %1 días (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• At this pace: %1% of %2 ready by %3 (%4% now).</source>
        <translation>• A este ritmo: %1% de %2 listo para el %3 (%4% ahora).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Whole library</source>
        <translation>Toda la biblioteca</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ready</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 — %2
%3 of %4 ready, %5 never rated%6</source>
        <translation>%1 — %2
%3 de %4 listas, %5 nunca valoradas%6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, mean confidence %1</source>
        <translation>, confianza media %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Mean confidence</source>
        <translation>Confianza media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered in time (%)</source>
        <translation>Respondidas a tiempo (%)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No mock interviews yet (Ctrl+M)</source>
        <translation>Aún no hay entrevistas de práctica (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In study</source>
        <translation>Al estudiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In mock interviews</source>
        <translation>En entrevistas de práctica</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You feel surer than you perform in %1.</source>
        <translation>En %1, la confianza supera al rendimiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You do better than you think in %1.</source>
        <translation>En %1, el rendimiento supera a la confianza.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rate questions both in study and in a mock interview to compare.</source>
        <translation>Para comparar, valore preguntas tanto al estudiar como en una entrevista de práctica.</translation>
    </message>
</context>
<context>
    <name>prepdeck::QuestionTableModel</name>
    <message>
        <location filename="../app/ui/questiontablemodel.cpp" line="+37"/>
        <source>today %1</source>
        <translation>hoy %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 Blank</source>
        <translation>1 En blanco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 Shaky</source>
        <translation>2 Inseguro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 Okay</source>
        <translation>3 Regular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4 Good</source>
        <translation>4 Bien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5 Nailed it</source>
        <translation>5 Dominado</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last rated</source>
        <translation>Última valoración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>prepdeck::RestoreDialog</name>
    <message>
        <location filename="../app/ui/restoredialog.cpp" line="+17"/>
        <source>Restore from Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups yet. One is taken the first time the library is opened each day, in %1.</source>
        <translation>Aún no hay copias de seguridad. Se crea una la primera vez que se abre la biblioteca cada día, en %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the backup to put in the library&apos;s place. The library as it is now is kept as a backup first, so this can be undone the same way.</source>
        <translation>Elija la copia de seguridad que ocupará el lugar de la biblioteca. Antes se guarda la biblioteca actual como copia de seguridad, así que esto se puede deshacer del mismo modo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Taken</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>prepdeck::SheetOptionsDialog</name>
    <message>
        <location filename="../app/ui/sheetoptionsdialog.cpp" line="+15"/>
        <source>Study sheet</source>
        <translation>Hoja de estudio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions: %1</source>
        <translation>Preguntas: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All of them</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only those rated ≤ %1</source>
        <translation>Solo las valoradas ≤ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence:</source>
        <translation>Confianza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only questions due now</source>
        <translation>Solo las preguntas pendientes ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hints</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up questions</source>
        <translation>Preguntas de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A page of progress first</source>
        <translation>Una página de progreso al principio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include:</source>
        <translation>Incluir:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type size:</source>
        <translation>Tamaño de letra:</translation>
    </message>
</context>
<context>
    <name>prepdeck::StudyPane</name>
    <message>
        <location filename="../app/ui/studypane.cpp" line="+37"/>
        <location line="+185"/>
        <source>Show hint (H)</source>
        <translation>Mostrar pista (H)</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Reveal answer (Space)</source>
        <translation>Mostrar respuesta (Espacio)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answer it in your head, or out loud, then press Space.</source>
        <translation>Responder mentalmente o en voz alta y, después, pulsar Espacio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rate your answer %1 of 5 (key %1)</source>
        <translation>Valorar la respuesta con %1 de 5 (tecla %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your own answer, in Markdown. It is saved with the question and shown under the suggested answer.</source>
        <translation>Respuesta propia, en Markdown. Se guarda con la pregunta y se muestra debajo de la respuesta sugerida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+162"/>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a question.</source>
        <translation>Ninguna pregunta seleccionada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No. %1</source>
        <translation>N.º %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked in %1% of interviews</source>
        <translation>preguntada en el %1% de las entrevistas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1   %2   (%3)</source>
        <translation>%1   %2   (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mock interview</source>
        <translation>entrevista de práctica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>study</source>
        <translation>estudio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not rated yet.</source>
        <translation>Aún sin valorar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Hide hint (H)</source>
        <translation>Ocultar pista (H)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Key concept to mention</source>
        <translation>Concepto clave que mencionar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bank has no suggested answer for this question.</source>
        <translation>Este banco no tiene respuesta sugerida para esta pregunta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coaching tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up question</source>
        <translation>Pregunta de seguimiento</translation>
    </message>
</context>
</TS>
