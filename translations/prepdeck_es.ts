<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Answer</name>
    <message>
        <location filename="../app/render/markdownrenderer.cpp" line="+80"/>
        <source>Image: </source>
        <extracomment>Put before an image&apos;s description, where the answer would have shown the image.</extracomment>
        <translation>Imagen: </translation>
    </message>
    <message>
        <location line="+139"/>
        <source>This answer is nested more than %1 levels deep; the deeper levels are shown flat.</source>
        <translation>Esta respuesta está anidada a más de %1 niveles de profundidad; los niveles más profundos se muestran aplanados.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The rest of this answer is not shown: it is %L1 characters long, more than Prepdeck shows at once (%L2).</source>
        <translation>El resto de esta respuesta no se muestra: tiene %L1 caracteres, más de los que Prepdeck muestra de una vez (%L2).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../app/cli/command.cpp" line="+38"/>
        <source>%Ln rated</source>
        <translation>
            <numerusform>%Ln valorada</numerusform>
            <numerusform>%Ln valoradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mean confidence %1</source>
        <translation>confianza media %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1. Run &apos;prepdeck %2 --help&apos; for usage.</source>
        <translation>%1. Ejecute «prepdeck %2 --help» para ver el uso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: prepdeck %1</source>
        <translation>Uso: prepdeck %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore the newest backup (%1, %2, %3) with:
  prepdeck%4 restore %5</source>
        <translation>Restaure la copia de seguridad más reciente (%1, %2, %3) con:
  prepdeck%4 restore %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no backup to restore; run the command again to start with an empty library.</source>
        <translation>No hay ninguna copia de seguridad que restaurar; vuelva a ejecutar la orden para empezar con una biblioteca vacía.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 Run &apos;prepdeck %2 --help&apos; for usage.</source>
        <translation>%1 Ejecute «prepdeck %2 --help» para ver el uso.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>The library file (default: %1).</source>
        <translation>El archivo de la biblioteca (predeterminado: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+66"/>
        <source>Import question banks and print what was found. Each file is one transaction: all of it is saved, or none.</source>
        <translation>Importar bancos de preguntas y mostrar lo que se encontró. Cada archivo es una transacción: se guarda entero o no se guarda nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read and report, save nothing.</source>
        <translation>Leer e informar, sin guardar nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show how the file reads, the other readings to choose from and its first questions; save nothing.</source>
        <translation>Mostrar cómo se lee el archivo, las otras lecturas entre las que elegir y sus primeras preguntas; no guardar nada.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <translation>Rechazar archivos que superen este número de megabytes (predeterminado: 64).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the file in this layout instead of the one Prepdeck finds best (a layout_id: %1; &apos;help&apos; lists them with what each expects).</source>
        <translation>Leer el archivo con esta estructura en lugar de la que Prepdeck considera mejor (un layout_id: %1; «help» las enumera con lo que espera cada una).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question bank files.</source>
        <translation>Archivos de bancos de preguntas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give at least one file to import, or --starter.</source>
        <translation>indique al menos un archivo que importar, o --starter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--bank names one bank; give it one file at a time.</source>
        <translation>--bank da nombre a un solo banco; úselo con un archivo cada vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--max-size needs a number of megabytes from 1 to %L1.</source>
        <translation>--max-size necesita un número de megabytes entre 1 y %L1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--layout takes one of: %1.</source>
        <translation>--layout admite uno de: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--preview needs a file.</source>
        <translation>--preview necesita un archivo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>starter bank</source>
        <translation>banco inicial</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="+75"/>
        <source>List the questions of the library in order.</source>
        <translation>Listar en orden las preguntas de la biblioteca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only categories whose name contains TEXT.</source>
        <translation>Solo las categorías cuyo nombre contiene TEXT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only questions whose prompt, answer, hint or note has these words, best match first (&quot;a phrase&quot;, word*, a OR b, -word).</source>
        <translation>Solo las preguntas cuyo enunciado, respuesta, pista o nota contienen estas palabras, la mejor coincidencia primero (&quot;una frase&quot;, palabra*, a OR b, -palabra).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the first N questions.</source>
        <translation>Solo las primeras N preguntas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave out suspended questions (listed, and marked, by default).</source>
        <translation>Omitir las preguntas suspendidas (de forma predeterminada se listan y se marcan).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--limit wants a number from 1 on, not &apos;%1&apos;.</source>
        <translation>--limit necesita un número a partir de 1, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(suspended)</source>
        <translation>(suspendida)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(edited)</source>
        <translation>(editada)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No questions match &quot;%1&quot;. Did you mean &quot;%2&quot;?</source>
        <translation>Ninguna pregunta coincide con &quot;%1&quot;. ¿Quiso decir &quot;%2&quot;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No questions match &quot;%1&quot;. Try fewer or shorter words.</source>
        <translation>Ninguna pregunta coincide con &quot;%1&quot;. Pruebe con menos palabras o más cortas.</translation>
    </message>
    <message>
        <location filename="../app/cli/backupscommand.cpp" line="+21"/>
        <location filename="../app/cli/listcommand.cpp" line="-73"/>
        <location filename="../app/cli/mockscommand.cpp" line="+20"/>
        <location filename="../app/cli/statscommand.cpp" line="+43"/>
        <source>Print JSON.</source>
        <translation>Mostrar en JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommands.cpp" line="+43"/>
        <source>The question.</source>
        <translation>La pregunta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer (Markdown; - reads it from stdin).</source>
        <translation>La respuesta (Markdown; - la lee de la entrada estándar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hint or key concept.</source>
        <translation>La pista o el concepto clave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A follow-up question (repeatable; replaces them).</source>
        <translation>Una pregunta de seguimiento (se puede repetir; sustituye a las existentes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A coaching tip (repeatable; replaces them).</source>
        <translation>Un consejo (se puede repetir; sustituye a los existentes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tag (repeatable; replaces them).</source>
        <translation>Una etiqueta (se puede repetir; sustituye a las existentes).</translation>
    </message>
    <message>
        <location filename="../app/cli/arrangecommands.cpp" line="+83"/>
        <source>%1 banks are named &quot;%2&quot;; rename one of them in the window first.</source>
        <translation>%1 bancos se llaman «%2»; cambie antes el nombre de uno de ellos en la ventana.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>the bank has %1 categories named &quot;%2&quot; (under different headings); rename one in the window first.</source>
        <translation>el banco tiene %1 categorías llamadas «%2» (bajo encabezados distintos); cambie antes el nombre de una en la ventana.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the bank has no category &quot;%1&quot;. Its categories are: %2.</source>
        <translation>el banco no tiene la categoría «%1». Sus categorías son: %2.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Rename a category. An import of its file keeps the new name.</source>
        <translation>Cambiar el nombre de una categoría. Una importación de su archivo conserva el nombre nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <location line="+75"/>
        <location line="+32"/>
        <source>The bank.</source>
        <translation>El banco.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>The category&apos;s name now.</source>
        <translation>El nombre actual de la categoría.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the bank, the category&apos;s name and its new name.</source>
        <translation>indique el banco, el nombre de la categoría y su nombre nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Renamed the category &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>La categoría «%1» se llama ahora «%2».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move every question of a category into another of the same bank and remove the first. An import of the bank&apos;s file keeps them merged.</source>
        <translation>Mover todas las preguntas de una categoría a otra del mismo banco y quitar la primera. Una importación del archivo del banco las mantiene unidas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The category that goes.</source>
        <translation>La categoría que desaparece.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The category that takes its questions.</source>
        <translation>La categoría que recibe sus preguntas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give the bank and the two categories.</source>
        <translation>indique el banco y las dos categorías.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merged &quot;%1&quot; into &quot;%2&quot;.</source>
        <translation>«%1» se ha unido a «%2».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move questions to another category of their bank. An import of their file leaves them there.</source>
        <translation>Mover preguntas a otra categoría de su banco. Una importación de su archivo las deja allí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/editcommands.cpp" line="+3"/>
        <source>The category, by name.</source>
        <translation>La categoría, por su nombre.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give --category and one or more question ids.</source>
        <translation>indique --category y uno o más identificadores de pregunta.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Moved %n question(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n pregunta movida a «%1».</numerusform>
            <numerusform>%n preguntas movidas a «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put a bank at another place in the library&apos;s order (1 first).</source>
        <translation>Poner un banco en otro lugar del orden de la biblioteca (1 el primero).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its place, 1 for the first.</source>
        <translation>Su lugar, 1 para el primero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the bank and its place, a number from 1.</source>
        <translation>indique el banco y su lugar, un número desde 1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moved the bank &quot;%1&quot; to place %2.</source>
        <translation>El banco «%1» está ahora en el lugar %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete a bank with its questions and their ratings, after a backup of the library. Without --yes it only says what would go.</source>
        <translation>Eliminar un banco con sus preguntas y sus valoraciones, tras una copia de seguridad de la biblioteca. Sin --yes solo dice qué se eliminaría.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete it (without: only say what would go).</source>
        <translation>Eliminarlo (sin esto: solo decir qué se eliminaría).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the bank&apos;s name.</source>
        <translation>indique el nombre del banco.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>the bank &quot;%1&quot;: %n question(s)</source>
        <translation>
            <numerusform>el banco «%1»: %n pregunta</numerusform>
            <numerusform>el banco «%1»: %n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n rating(s)</source>
        <translation>
            <numerusform>, %n valoración</numerusform>
            <numerusform>, %n valoraciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this would delete %1. Run it again with --yes to delete them; a backup is taken first.</source>
        <translation>esto eliminaría %1. Ejecútelo de nuevo con --yes para eliminarlos; antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted %1. The backup taken before: %2</source>
        <translation>Eliminado %1. La copia de seguridad hecha antes: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommands.cpp" line="+62"/>
        <source>Change a question&apos;s text or category. A later import of its file keeps your version.</source>
        <translation>Cambiar el texto o la categoría de una pregunta. Una importación posterior de su archivo conserva la versión editada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop your edit and take the file&apos;s version of the question.</source>
        <translation>Descartar su edición y tomar la versión de la pregunta que hay en el archivo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give one question id.</source>
        <translation>indique un solo identificador de pregunta.</translation>
    </message>
    <message>
        <location filename="../app/cli/arrangecommands.cpp" line="-95"/>
        <location filename="../app/cli/editcommands.cpp" line="+1"/>
        <location line="+135"/>
        <source>&apos;%1&apos; is not a question id.</source>
        <translation>«%1» no es un identificador de pregunta.</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommands.cpp" line="-132"/>
        <source>--take-file takes no other change.</source>
        <translation>--take-file no admite ningún otro cambio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say what to change: --prompt, --answer, --hint, --followup, --tip, --tag or --category.</source>
        <translation>indique qué cambiar: --prompt, --answer, --hint, --followup, --tip, --tag o --category.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question %1 is the file&apos;s version again.</source>
        <translation>La pregunta %1 vuelve a tener la versión del archivo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the bank &quot;%1&quot; has no category named &quot;%2&quot;.</source>
        <translation>el banco «%1» no tiene ninguna categoría llamada «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; names %2 categories: %3. Give more of the name.</source>
        <translation>«%1» corresponde a %2 categorías: %3. Indique una parte mayor del nombre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved question %1. An import of its file keeps your version.</source>
        <translation>Pregunta %1 guardada. Una importación de su archivo conservará esta versión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a question of your own into a category. A category no bank has is made in the bank &quot;My questions&quot;.</source>
        <translation>Escribir una pregunta propia en una categoría. Una categoría que no existe en ningún banco se crea en el banco «Mis preguntas».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bank of the category, by name.</source>
        <translation>El banco de la categoría, por su nombre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/listcommand.cpp" line="+9"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --category and --prompt.</source>
        <translation>indique --category y --prompt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is a category of several banks: %2. Choose one with --bank.</source>
        <translation>«%1» es una categoría de varios bancos: %2. Elija uno con --bank.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the bank &quot;%1&quot; has no category &quot;%2&quot;; its categories can only come from its file.</source>
        <translation>el banco «%1» no tiene la categoría «%2»; sus categorías solo pueden venir de su archivo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Added question %1.</source>
        <translation>Pregunta %1 añadida.</translation>
    </message>
    <message>
        <location filename="../app/cli/arrangecommands.cpp" line="-8"/>
        <location filename="../app/cli/editcommands.cpp" line="+13"/>
        <source>Ids shown by &apos;prepdeck list&apos;.</source>
        <translation>Los identificadores que muestra «prepdeck list».</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommands.cpp" line="+6"/>
        <source>give one or more question ids.</source>
        <translation>indique uno o más identificadores de pregunta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Put questions away: out of study, mock interviews and sheets, kept with their ratings.</source>
        <translation>Suspender preguntas: quedan fuera del estudio, las entrevistas de práctica y las hojas, y conservan sus valoraciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring suspended questions back into study.</source>
        <translation>Devolver al estudio las preguntas suspendidas.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Suspended %n question(s).</source>
        <translation>
            <numerusform>%n pregunta suspendida.</numerusform>
            <numerusform>%n preguntas suspendidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n question(s) back in study.</source>
        <translation>
            <numerusform>%n pregunta de vuelta en el estudio.</numerusform>
            <numerusform>%n preguntas de vuelta en el estudio.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete questions. Their ratings are kept, an import of their file does not bring them back, and &apos;prepdeck undelete&apos; does.</source>
        <translation>Eliminar preguntas. Sus valoraciones se conservan; una importación de su archivo no las recupera, pero «prepdeck undelete» sí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring deleted questions back, with their ratings.</source>
        <translation>Recuperar las preguntas eliminadas, con sus valoraciones.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Deleted %n question(s); their ratings are kept. &apos;prepdeck undelete ID...&apos; brings them back.</source>
        <translation>
            <numerusform>%n pregunta eliminada; se conservan sus valoraciones. «prepdeck undelete ID...» la recupera.</numerusform>
            <numerusform>%n preguntas eliminadas; se conservan sus valoraciones. «prepdeck undelete ID...» las recupera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Brought back %n question(s).</source>
        <translation>
            <numerusform>%n pregunta recuperada.</numerusform>
            <numerusform>%n preguntas recuperadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename a bank. An import of its file keeps the new name.</source>
        <translation>Cambiar el nombre de un banco. Una importación de su archivo conserva el nombre nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bank&apos;s name now.</source>
        <translation>El nombre actual del banco.</translation>
    </message>
    <message>
        <location filename="../app/cli/arrangecommands.cpp" line="-58"/>
        <location filename="../app/cli/editcommands.cpp" line="+1"/>
        <source>Its new name.</source>
        <translation>Su nombre nuevo.</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommands.cpp" line="+5"/>
        <source>give the bank&apos;s name and its new name.</source>
        <translation>indique el nombre del banco y su nombre nuevo.</translation>
    </message>
    <message>
        <location filename="../app/cli/arrangecommands.cpp" line="-13"/>
        <source>there is no bank named &quot;%1&quot;. The banks are: %2.</source>
        <translation>no hay ningún banco llamado «%1». Los bancos son: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommands.cpp" line="+9"/>
        <source>Renamed the bank &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Se ha cambiado el nombre del banco «%1» a «%2».</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="+68"/>
        <source>No questions match. Import a bank with &apos;prepdeck import FILE&apos;.</source>
        <translation>Ninguna pregunta coincide. Importe un banco con «prepdeck import FILE».</translation>
    </message>
    <message>
        <location filename="../app/cli/statscommand.cpp" line="-25"/>
        <source>%1 in %2 across %3; %4 (%5).</source>
        <translation>%1 en %2 de %3; %4 (%5).</translation>
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
        <translation>Contar bancos, categorías, preguntas y valoraciones.</translation>
    </message>
    <message>
        <location filename="../app/cli/ratecommand.cpp" line="+17"/>
        <source>Record how confident you are with a question (1-5).</source>
        <translation>Registrar la confianza que se tiene con una pregunta (1-5).</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommands.cpp" line="-210"/>
        <location filename="../app/cli/ratecommand.cpp" line="+3"/>
        <source>The id shown by &apos;prepdeck list&apos;.</source>
        <translation>El identificador que muestra «prepdeck list».</translation>
    </message>
    <message>
        <location filename="../app/cli/ratecommand.cpp" line="+2"/>
        <source>1 (blank) to 5 (nailed it).</source>
        <translation>De 1 (en blanco) a 5 (dominada).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give a question id and a confidence from 1 to 5.</source>
        <translation>indique un identificador de pregunta y una confianza del 1 al 5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a question id (a positive whole number).</source>
        <translation>«%1» no es un identificador de pregunta (un número entero positivo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confidence must be 1, 2, 3, 4 or 5, not &apos;%1&apos;.</source>
        <translation>la confianza debe ser 1, 2, 3, 4 o 5, no «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rated question %1: confidence %2/5 at %3.</source>
        <translation>Pregunta %1 valorada: confianza %2/5 el %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/backupscommand.cpp" line="-3"/>
        <source>List the library&apos;s backups, newest first: taken every day the library is opened, before an upgrade and before a restore.</source>
        <translation>Listar las copias de seguridad de la biblioteca, de la más reciente a la más antigua: se hacen cada día que se abre la biblioteca, antes de una actualización y antes de una restauración.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No backups of %1 yet. One is taken the first time the library is opened each day, in %2.</source>
        <translation>Aún no hay copias de seguridad de %1. Se crea una la primera vez que se abre la biblioteca cada día, en %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups of %1, newest first:</source>
        <translation>Copias de seguridad de %1, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(cannot be read)</source>
        <translation>(no se puede leer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore one with: prepdeck restore FILE</source>
        <translation>Para restaurar una: prepdeck restore FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/restorecommand.cpp" line="+18"/>
        <source>Put a backup in the library&apos;s place. The current library is kept as a backup first.</source>
        <translation>Poner una copia de seguridad en lugar de la biblioteca. Antes se guarda la biblioteca actual como copia de seguridad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup, as &apos;prepdeck backups&apos; lists.</source>
        <translation>Una copia de seguridad, tal como aparece en «prepdeck backups».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give the backup file to restore.</source>
        <translation>indique el archivo de copia de seguridad que restaurar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored %1 as the library %2.</source>
        <translation>Se ha restaurado %1 como la biblioteca %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1 as the library %2. The library it replaced was kept at %3.</source>
        <translation>Se ha restaurado %1 como la biblioteca %2. La biblioteca reemplazada se ha guardado en %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+19"/>
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
        <location line="+7"/>
        <source>--format must be markdown or csv.</source>
        <translation>--format debe ser markdown o csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/exportpdfcommand.cpp" line="+88"/>
        <source>--output FILE is required.</source>
        <translation>--output FILE es obligatorio.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported %1 from %2 to %3.</source>
        <translation>Exportado a %3: %1 de %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/mockscommand.cpp" line="-2"/>
        <source>List past mock interviews with their questions.</source>
        <translation>Listar las entrevistas de práctica anteriores con sus preguntas.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>nothing rated</source>
        <translation>nada valorado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mock interviews yet. Start one with &apos;prepdeck mock&apos;.</source>
        <translation>Aún no hay entrevistas de práctica. Empiece una con «prepdeck mock».</translation>
    </message>
    <message>
        <location filename="../app/cli/exportpdfcommand.cpp" line="+78"/>
        <source>Print a study sheet or a mock-interview sheet to a PDF. With the same --seed, --count and categories the interviewer and candidate sheets hold the questions &apos;prepdeck mock&apos; would ask, in the same order.</source>
        <translation>Imprimir en un PDF una hoja de estudio o una hoja de entrevista de práctica. Con los mismos --seed, --count y categorías, la hoja del entrevistador y la hoja del candidato contienen las preguntas que haría «prepdeck mock», en el mismo orden.</translation>
    </message>
    <message>
        <location line="-141"/>
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
        <location line="+36"/>
        <source>--sheet must be study, interviewer or candidate.</source>
        <translation>--sheet debe ser study, interviewer o candidate.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--page-size must be a4 or letter.</source>
        <translation>--page-size debe ser a4 o letter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--count needs a positive number.</source>
        <translation>--count necesita un número positivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--max-confidence must be 1 to 5.</source>
        <translation>--max-confidence debe estar entre 1 y 5.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+236"/>
        <location filename="../app/cli/exportpdfcommand.cpp" line="+4"/>
        <source>--seed needs a whole number.</source>
        <translation>--seed necesita un número entero.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportpdfcommand.cpp" line="+79"/>
        <source>no questions match, so there is nothing to print.</source>
        <translation>ninguna pregunta coincide, así que no hay nada que imprimir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote %1 to %2 in %3 s.</source>
        <translation>Se ha escrito %2 (%1) en %3 s.</translation>
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
        <translation>Uso: prepdeck [--database FILE] [--startup-time [--json]] [COMMAND [OPTIONS]]

Estudiar bancos de preguntas de entrevistas técnicas.

Órdenes:
  import [--dry-run] [--json] [--bank NAME] FILE...   importar bancos de preguntas
  import --starter                                  cargar el banco inicial incorporado
  list [--category TEXT] [--search TEXT] [--no-suspended] [--json]
                                                    listar las preguntas
  stats [--json]                                    recuentos y confianza por categoría
  rate QUESTION_ID CONFIDENCE                       registrar una valoración de confianza (1-5)
  export --format markdown|csv --output FILE        exportar la biblioteca
  mock [--category TEXT]... [--count N] [--seconds N] [--order weakest|due|frequent|random]
       [--seed N]                                   hacer una entrevista de práctica cronometrada
  mocks [--json]                                    entrevistas de práctica anteriores
  backups [--json]                                  las copias de seguridad de la biblioteca
  restore FILE                                      poner una copia de seguridad en lugar de la biblioteca
  edit QUESTION_ID [--prompt TEXT] [--answer TEXT|-] [--hint TEXT] [--category TEXT] ...
       | --take-file                                cambiar una pregunta
  add --category TEXT --prompt TEXT [--answer TEXT|-] [--bank NAME] ...
                                                    escribir una pregunta propia
  suspend|unsuspend QUESTION_ID...                  suspender preguntas o reactivarlas
  delete|undelete QUESTION_ID...                    eliminar preguntas (se conservan las valoraciones) o recuperarlas
  rename-bank OLD NEW                               cambiar el nombre de un banco
  rename-category BANK OLD NEW                      cambiar el nombre de una categoría
  merge-category BANK FROM INTO                     unir una categoría con otra
  move --category TEXT QUESTION_ID...               mover preguntas a otra categoría
  move-bank BANK POSITION                           poner un banco en otro lugar
  delete-bank BANK --yes                            eliminar un banco con sus preguntas y valoraciones
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
        <location line="+125"/>
        <source>unknown command &apos;%1&apos;. The commands are: %2. Run &apos;prepdeck --help&apos; for usage.</source>
        <translation>orden desconocida «%1». Las órdenes son: %2. Ejecute «prepdeck --help» para ver el uso.</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <message>
        <location line="+9"/>
        <source>--count needs a number from 1 to 1000.</source>
        <translation>--count necesita un número entre 1 y 1000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seconds needs a number of seconds from 1 to 86400.</source>
        <translation>--seconds necesita un número de segundos entre 1 y 86400.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--order must be weakest, due, frequent or random.</source>
        <translation>--order debe ser weakest, due, frequent o random.</translation>
    </message>
    <message>
        <location filename="../app/cli/importpreview.cpp" line="+42"/>
        <source>The layouts &apos;prepdeck import --layout ID&apos; takes:</source>
        <translation>Las estructuras que admite «prepdeck import --layout ID»:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;prepdeck import --preview FILE&apos; shows which of them a file reads in, and how.</source>
        <translation>«prepdeck import --preview ARCHIVO» muestra en cuáles de ellas se lee un archivo, y cómo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>  read so because: %1</source>
        <translation>  leído así porque: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  it also reads as: %1 (choose one with &apos;prepdeck import --layout ID %2&apos;)</source>
        <translation>  también se lee como: %1 (elija una con «prepdeck import --layout ID %2»)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  the first questions:</source>
        <translation>  las primeras preguntas:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../app/text/translation.cpp" line="+21"/>
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln pregunta</numerusform>
            <numerusform>%Ln preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln valoración</numerusform>
            <numerusform>%Ln valoraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln category(s)</source>
        <translation>
            <numerusform>%Ln categoría</numerusform>
            <numerusform>%Ln categorías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln bank(s)</source>
        <translation>
            <numerusform>%Ln banco</numerusform>
            <numerusform>%Ln bancos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../app/import/exporter.cpp" line="+54"/>
        <source>cannot write here (%1). Choose another place with --output.</source>
        <translation>no se puede escribir aquí (%1). Elija otro lugar con --output.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>writing failed (%1); the file was left as it was. Check the free disk space.</source>
        <translation>no se pudo escribir (%1); el archivo se ha quedado como estaba. Compruebe el espacio libre en el disco.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../app/import/bankfilereader.cpp" line="+24"/>
        <source>no such file. Check the path and try again.</source>
        <translation>el archivo no existe. Compruebe la ruta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a folder, not a file. Give the question bank files inside it instead (for example %1/*.md).</source>
        <translation>esto es una carpeta, no un archivo. Indique en su lugar los archivos de bancos de preguntas que contiene (por ejemplo, %1/*.md).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a regular file. Import a saved text file.</source>
        <translation>esto no es un archivo normal. Importe un archivo de texto guardado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is %L1 MB, over the %L2 MB limit for one bank. Split it into smaller files, or raise the limit with --max-size.</source>
        <translation>el archivo ocupa %L1 MB y supera el límite de %L2 MB por banco. Divídalo en archivos más pequeños o aumente el límite con --max-size.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot be read (%1). Check its permissions.</source>
        <translation>no se puede leer (%1). Compruebe sus permisos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reading failed (%1).</source>
        <translation>no se pudo leer (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is over the %L1 MB limit for one bank. Split it into smaller files, or raise the limit with --max-size.</source>
        <translation>el archivo supera el límite de %L1 MB por banco. Divídalo en archivos más pequeños o aumente el límite con --max-size.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 y %Ln más</numerusform>
            <numerusform>%1 y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>read as %1, as --layout asked.</source>
        <translation>leído como %1, como pidió --layout.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is empty, so nothing was imported. Check that this is the file you meant and that it was saved.</source>
        <translation>el archivo está vacío, así que no se ha importado nada. Compruebe que es el archivo correcto y que se guardó.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>line %1 is %Ln character(s) long, over the limit of %L2 for one line. This does not look like a question bank; check that it is the file you meant.</source>
        <translation>
            <numerusform>la línea %1 tiene %Ln carácter, más del límite de %L2 por línea. No parece un banco de preguntas; compruebe que es el archivo correcto.</numerusform>
            <numerusform>la línea %1 tiene %Ln caracteres, más del límite de %L2 por línea. No parece un banco de preguntas; compruebe que es el archivo correcto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this file does not read as &quot;%1&quot;; %2. Leave out --layout to let Prepdeck choose.</source>
        <translation>este archivo no se puede leer como «%1»; %2. Quite --layout para que Prepdeck elija.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no reading finds questions in it</source>
        <translation>ninguna lectura encuentra preguntas en él</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it reads as %1</source>
        <translation>se lee como %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no questions found. A CSV or TSV bank needs a header row that names its columns, at least question and answer (for example: question,answer,category,tags).</source>
        <translation>no se han encontrado preguntas. Un banco CSV o TSV necesita una fila de encabezado con los nombres de sus columnas, al menos question y answer (por ejemplo: question,answer,category,tags).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no questions found in this file. Prepdeck reads Markdown headings with answers, Q:/A: pairs, &lt;details&gt; blocks, question tables and numbered lists, CSV/TSV with a header row, and its own bank format; see the README for examples.</source>
        <translation>no se han encontrado preguntas en este archivo. Prepdeck lee encabezados Markdown con respuestas, pares Q:/A:, bloques &lt;details&gt;, tablas de preguntas y listas numeradas, CSV/TSV con fila de encabezado y su propio formato de banco; consulte el README para ver ejemplos.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>the file holds %Ln question(s), over the limit of %L1 for one file. Split it into smaller banks.</source>
        <translation>
            <numerusform>el archivo contiene %Ln pregunta, más del límite de %L1 por archivo. Divídalo en bancos más pequeños.</numerusform>
            <numerusform>el archivo contiene %Ln preguntas, más del límite de %L1 por archivo. Divídalo en bancos más pequeños.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/import/delimitedlayout.cpp" line="+454"/>
        <source>no column of the header is an answer (answer, back, definition, response, solution…), so the questions have none. Rename the answer column and import again if it has another name.</source>
        <translation>ninguna columna del encabezado es una respuesta (answer, back, definition, response, solution…), así que las preguntas no tienen ninguna. Cambie el nombre de la columna de respuestas e importe de nuevo si se llama de otro modo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a quoted field that starts in this row is never closed, so the rest of the file would be one field. Add the missing &quot; and import again.</source>
        <translation>un campo entre comillas que empieza en esta fila nunca se cierra, así que el resto del archivo sería un solo campo. Añada el carácter &quot; que falta y vuelva a importar.</translation>
    </message>
    <message numerus="yes">
        <location line="-87"/>
        <source>this row has %Ln field(s) but the header has %L1; check for a missing quote or delimiter.</source>
        <translation>
            <numerusform>esta fila tiene %Ln campo, pero el encabezado tiene %L1; compruebe si falta una comilla o un delimitador.</numerusform>
            <numerusform>esta fila tiene %Ln campos, pero el encabezado tiene %L1; compruebe si falta una comilla o un delimitador.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this row has no question; it was skipped.</source>
        <translation>esta fila no tiene pregunta; se ha omitido.</translation>
    </message>
    <message numerus="yes">
        <location line="-101"/>
        <source>%Ln question(s) have an empty answer (lines %1).</source>
        <translation>
            <numerusform>%Ln pregunta tiene la respuesta vacía (línea %1).</numerusform>
            <numerusform>%Ln preguntas tienen la respuesta vacía (líneas %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln question(s) repeat one before them, word for word; they were kept (lines %1).</source>
        <translation>
            <numerusform>%Ln pregunta repite palabra por palabra una anterior; se ha conservado (línea %1).</numerusform>
            <numerusform>%Ln preguntas repiten palabra por palabra otras anteriores; se han conservado (líneas %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+179"/>
        <source>%Ln line(s) of tab-separated notes with no header: front is the question, back the answer.</source>
        <translation>
            <numerusform>%Ln línea de notas separadas por tabuladores sin cabecera: el anverso es la pregunta y el reverso la respuesta.</numerusform>
            <numerusform>%Ln líneas de notas separadas por tabuladores sin cabecera: el anverso es la pregunta y el reverso la respuesta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln record(s) of comma-separated notes with no header: front is the question, back the answer.</source>
        <translation>
            <numerusform>%Ln registro de notas separadas por comas sin cabecera: el anverso es la pregunta, el reverso la respuesta.</numerusform>
            <numerusform>%Ln registros de notas separadas por comas sin cabecera: el anverso es la pregunta, el reverso la respuesta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) under a header that names the question column.</source>
        <translation>
            <numerusform>%Ln fila bajo una cabecera que nombra la columna de preguntas.</numerusform>
            <numerusform>%Ln filas bajo una cabecera que nombra la columna de preguntas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/library/importreport.cpp" line="+86"/>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headings</source>
        <translation>encabezados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q/A pairs</source>
        <translation>pares Q/A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>details blocks</source>
        <translation>bloques &lt;details&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tables</source>
        <translation>tablas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbered lists</source>
        <translation>listas numeradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quoted questions</source>
        <translation>preguntas entre comillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbered cards</source>
        <translation>tarjetas numeradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>questions with answer lines</source>
        <translation>preguntas con líneas de respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bold questions</source>
        <translation>preguntas en negrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lists</source>
        <translation>listas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cards</source>
        <translation>tarjetas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prepdeck bank format</source>
        <translation>formato de banco de Prepdeck</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Prepdeck&apos;s own bank format (what &apos;prepdeck export --format markdown&apos; writes)</source>
        <translation>el formato de banco propio de Prepdeck (lo que escribe «prepdeck export --format markdown»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown, questions as headings (also Q/A pairs, tables, lists under them), the answer below</source>
        <translation>Markdown, preguntas como encabezados (también pares P/R, tablas, listas debajo), la respuesta debajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown without question headings: bold questions, numbered or plain lists, details blocks, Q/A pairs</source>
        <translation>Markdown sin encabezados de pregunta: preguntas en negrita, listas numeradas o simples, bloques details, pares P/R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plain text read the same way: questions in lines or paragraphs, the answer after them</source>
        <translation>texto plano leído igual: preguntas en líneas o párrafos, la respuesta después</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plain text, each question in quotes above an answer line</source>
        <translation>texto plano, cada pregunta entre comillas sobre una línea de respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plain text, numbered cards: a short head above an answer line</source>
        <translation>texto plano, tarjetas numeradas: una cabecera corta sobre una línea de respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plain text, each question a short head above a marked answer line</source>
        <translation>texto plano, cada pregunta una cabecera corta sobre una línea de respuesta marcada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated values with a header row</source>
        <translation>valores separados por comas con fila de cabecera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab-separated values with a header row</source>
        <translation>valores separados por tabuladores con fila de cabecera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an Anki notes export (tab-separated, #separator header)</source>
        <translation>una exportación de notas de Anki (separada por tabuladores, cabecera #separator)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1: %Ln question(s) in %2 (%3, %4)%5</source>
        <translation>
            <numerusform>%1: %Ln pregunta en %2 (%3, %4)%5</numerusform>
            <numerusform>%1: %Ln preguntas en %2 (%3, %4)%5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> [dry run: nothing saved]</source>
        <translation> [simulación: no se ha guardado nada]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  bank &quot;%1&quot;</source>
        <translation>  banco «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  %L1 added, %L2 updated, %L3 unchanged, %L4 retired</source>
        <translation>  añadidas: %L1, actualizadas: %L2, sin cambios: %L3, retiradas: %L4</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>  %Ln question(s) you edited: kept as you wrote them</source>
        <translation>
            <numerusform>  %Ln pregunta editada por usted: se conserva tal como la escribió</numerusform>
            <numerusform>  %Ln preguntas editadas por usted: se conservan tal como las escribió</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>  %Ln question(s) you edited changed in the file: kept yours (ids %1; &apos;prepdeck edit ID --take-file&apos; takes the file&apos;s version)</source>
        <translation>
            <numerusform>  %Ln pregunta editada por usted ha cambiado en el archivo: se conserva la suya (identificador %1; «prepdeck edit ID --take-file» toma la versión del archivo)</numerusform>
            <numerusform>  %Ln preguntas editadas por usted han cambiado en el archivo: se conservan las suyas (identificadores %1; «prepdeck edit ID --take-file» toma la versión del archivo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>  %Ln question(s) you deleted: left deleted</source>
        <translation>
            <numerusform>  %Ln pregunta eliminada por usted: sigue eliminada</numerusform>
            <numerusform>  %Ln preguntas eliminadas por usted: siguen eliminadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  repaired: %1</source>
        <translation>  reparado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  warning: %1:%2: %3</source>
        <translation>  advertencia: %1:%2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  warning: %1: %2</source>
        <translation>  advertencia: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/library/importer.cpp" line="+96"/>
        <location line="+243"/>
        <source>the import was cancelled; nothing was saved.</source>
        <translation>se ha cancelado la importación; no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../app/import/nativereader.cpp" line="+385"/>
        <location filename="../app/library/importer.cpp" line="-89"/>
        <source>the first line says Prepdeck&apos;s own bank format.</source>
        <translation>la primera línea indica el formato propio de bancos de Prepdeck.</translation>
    </message>
    <message>
        <location filename="../app/library/importer.cpp" line="+36"/>
        <source>read part by part as the file streamed in, in the reading its first %L1 MB show: %2</source>
        <translation>leído por partes a medida que llegaba el archivo, según lo que muestran sus primeros %L1 MB: %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the built-in starter bank is missing from this build. Reinstall Prepdeck.</source>
        <translation>falta el banco inicial incorporado en esta compilación. Vuelva a instalar Prepdeck.</translation>
    </message>
    <message>
        <location filename="../app/import/nativereader.cpp" line="-250"/>
        <source>this bank was written by a newer Prepdeck (format %1); fields this version does not know were skipped. Update Prepdeck to import everything.</source>
        <translation>este banco lo escribió una versión más reciente de Prepdeck (formato %1); se han omitido los campos que esta versión no conoce. Actualice Prepdeck para importarlo todo.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>%1=%2 is not a whole number from %L3 to %L4; it was left out.</source>
        <translation>%1=%2 no es un número entero entre %L3 y %L4; se ha descartado.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the %1 that starts here is never closed with &quot;%2&quot;; it runs to the end of the file.</source>
        <translation>el bloque «%1» que empieza aquí nunca se cierra con «%2»; llega hasta el final del archivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>the bank name you gave was not used: this file holds %n bank(s), each named by its own &apos;# &apos; heading.</source>
        <translation>
            <numerusform>no se ha usado el nombre de banco indicado: este archivo contiene %n banco, con el nombre de su propio encabezado «# ».</numerusform>
            <numerusform>no se ha usado el nombre de banco indicado: este archivo contiene %n bancos, cada uno con el nombre de su propio encabezado «# ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/textdecoder.cpp" line="+193"/>
        <source>Removed %Ln control character(s) that are not text (left by a broken conversion or a binary file pasted in).</source>
        <translation>
            <numerusform>Se ha eliminado %Ln carácter de control que no es texto (restos de una conversión defectuosa o de un archivo binario pegado).</numerusform>
            <numerusform>Se han eliminado %Ln caracteres de control que no son texto (restos de una conversión defectuosa o de un archivo binario pegado).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the file says it is %1 but holds invalid %1 data. Save it again as UTF-8 and retry.</source>
        <translation>el archivo indica que es %1, pero contiene datos %1 no válidos. Vuelva a guardarlo como UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>this is not a text file (it holds binary data). Import a question bank saved as text: Markdown, plain text, CSV or TSV.</source>
        <translation>esto no es un archivo de texto (contiene datos binarios). Importe un banco de preguntas guardado como texto: Markdown, texto sin formato, CSV o TSV.</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>Repaired broken encoding: the file is UTF-8 that was once read as %1 and saved again; %Ln garbled character(s) were turned back into the originals.</source>
        <translation>
            <numerusform>Se ha reparado una codificación dañada: el archivo es UTF-8 que en algún momento se leyó como %1 y se volvió a guardar; se ha devuelto %Ln carácter corrupto a su forma original.</numerusform>
            <numerusform>Se ha reparado una codificación dañada: el archivo es UTF-8 que en algún momento se leyó como %1 y se volvió a guardar; se han devuelto %Ln caracteres corruptos a su forma original.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file is not valid UTF-8; it was read as %1.</source>
        <translation>El archivo no es UTF-8 válido; se ha leído como %1.</translation>
    </message>
    <message>
        <location filename="../app/import/structuredreader.cpp" line="+136"/>
        <source>a code block that starts here is never closed (no second %1 line); it was closed at the next heading.</source>
        <translation>un bloque de código que empieza aquí no se cierra nunca (falta una segunda línea %1); se ha cerrado antes del siguiente encabezado.</translation>
    </message>
    <message>
        <location filename="../app/import/structuredanswers.cpp" line="+146"/>
        <source>the question &quot;%1&quot; has no answer (no &quot;A:&quot; line follows it).</source>
        <translation>la pregunta «%1» no tiene respuesta (no le sigue ninguna línea «A:»).</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%Ln question(s) read from %1, in %2; they read like questions %3% of the way.</source>
        <translation>
            <numerusform>%Ln pregunta leída de %1, en %2; se lee como una pregunta en un %3%.</numerusform>
            <numerusform>%Ln preguntas leídas de %1, en %2; se leen como preguntas en un %3%.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the question &quot;%1&quot; has no answer under its heading.</source>
        <translation>la pregunta «%1» no tiene respuesta bajo su encabezado.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln question(s) have no answer; the first is &quot;%1&quot;.</source>
        <translation>
            <numerusform>%Ln pregunta no tiene respuesta: «%1».</numerusform>
            <numerusform>%Ln preguntas no tienen respuesta; la primera es «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/import/plaintextlayouts.cpp" line="+348"/>
        <source>the question &quot;%1&quot; has no answer after its &quot;%2&quot; line.</source>
        <translation>la pregunta «%1» no tiene respuesta después de su línea «%2».</translation>
    </message>
    <message numerus="yes">
        <location line="-44"/>
        <source>%Ln question(s) in plain text, each a short head (question and label lines) above an answer line (%1).</source>
        <translation>
            <numerusform>%Ln pregunta en texto plano, con una cabecera corta (líneas de pregunta y etiquetas) sobre una línea de respuesta (%1).</numerusform>
            <numerusform>%Ln preguntas en texto plano, cada una con una cabecera corta (líneas de pregunta y etiquetas) sobre una línea de respuesta (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../app/library/librarycarefiles.cpp" line="+205"/>
        <source>the backup failed (%1). Check the free space; the library itself is untouched.</source>
        <translation>no se pudo hacer la copia de seguridad (%1). Compruebe el espacio libre; la biblioteca en sí no se ha modificado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot put the backup in place. Check the folder&apos;s permissions.</source>
        <translation>no se puede colocar la copia de seguridad en su sitio. Compruebe los permisos de la carpeta.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Reading the library for a copy</source>
        <translation>leer la biblioteca para una copia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write a backup here (%1). Check the folder&apos;s permissions and free space.</source>
        <translation>no se puede escribir aquí una copia de seguridad (%1). Compruebe los permisos de la carpeta y el espacio libre.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The copy</source>
        <translation>hacer la copia</translation>
    </message>
    <message>
        <location filename="../app/library/librarycare.cpp" line="+44"/>
        <location filename="../app/library/librarycarefiles.cpp" line="+69"/>
        <location filename="../app/library/libraryfile.cpp" line="+223"/>
        <source>Opening the library</source>
        <translation>abrir la biblioteca</translation>
    </message>
    <message>
        <location filename="../app/library/librarycarefiles.cpp" line="+6"/>
        <source>Folding the log into the library</source>
        <translation>incorporar el registro a la biblioteca</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>another Prepdeck window or command has it open, so it was left where it is. Close them and open it again: it is then moved aside and the newest backup offered.</source>
        <translation>otra ventana o un comando de Prepdeck la tiene abierta, así que se ha dejado donde está. Ciérrelos y vuelva a abrirla: entonces se apartará y se le ofrecerá la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the library is damaged and could not be moved aside. Move it yourself (it is not deleted) and start Prepdeck again.</source>
        <translation>la biblioteca está dañada y no se ha podido apartar. Muévala manualmente (no se ha eliminado) y vuelva a iniciar Prepdeck.</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="+110"/>
        <location filename="../app/library/librarycare.cpp" line="+13"/>
        <source>Checking the library</source>
        <translation>comprobar la biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/library/librarycare.cpp" line="+2"/>
        <source>the library is damaged: the check of its pages failed (%1).</source>
        <translation>la biblioteca está dañada: la comprobación de sus páginas ha fallado (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/library/librarycare.cpp" line="+6"/>
        <source>the library is damaged: the check of its pages found damage (%1).</source>
        <translation>la biblioteca está dañada: la comprobación de sus páginas ha encontrado daños (%1).</translation>
    </message>
    <message>
        <location filename="../app/library/librarycare.cpp" line="+50"/>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 No backup was taken; restore the newest one (prepdeck backups, prepdeck restore FILE).</source>
        <translation>%1 No se ha hecho ninguna copia de seguridad; restaure la más reciente (prepdeck backups, prepdeck restore ARCHIVO).</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+21"/>
        <source>this backup cannot be used: %1 Choose another one (&apos;prepdeck backups&apos;).</source>
        <translation>esta copia de seguridad no se puede usar: %1 Elija otra («prepdeck backups»).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this backup was made by a newer version of Prepdeck (schema %1; this version knows up to %2), so it cannot be restored here. Update Prepdeck, or choose another backup.</source>
        <translation>esta copia de seguridad la hizo una versión más reciente de Prepdeck (esquema %1; esta versión admite hasta el %2), así que no se puede restaurar aquí. Actualice Prepdeck o elija otra copia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this backup cannot be used: it is damaged (%1). Choose another one (&apos;prepdeck backups&apos;).</source>
        <translation>esta copia de seguridad no se puede usar: está dañada (%1). Elija otra («prepdeck backups»).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this backup cannot be used: the check of its pages found damage (%1). Choose another one (&apos;prepdeck backups&apos;).</source>
        <translation>esta copia de seguridad no se puede usar: la comprobación de sus páginas ha encontrado daños (%1). Elija otra («prepdeck backups»).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the library is open in another Prepdeck window or command. Close it, or restore from the window (File → Restore from Backup…).</source>
        <translation>la biblioteca está abierta en otra ventana o comando de Prepdeck. Ciérrela o restaure desde la ventana (Archivo → Restaurar desde copia de seguridad…).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your library is still in its place; it was also kept at %1.</source>
        <translation>Su biblioteca sigue en su sitio; además se ha guardado en %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the restored copy could not be put in place (%1); the library is as it was.</source>
        <translation>no se ha podido poner en su sitio la copia restaurada (%1); la biblioteca sigue como estaba.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the restored library cannot be opened: %1</source>
        <translation>no se puede abrir la biblioteca restaurada: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the library could not be opened again after the restore: %1</source>
        <translation>no se ha podido volver a abrir la biblioteca después de restaurarla: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the copy cannot be used (%1)</source>
        <translation>la copia no se puede usar (%1)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>It was moved to %1 (nothing was deleted).</source>
        <translation>Se ha movido a %1 (no se ha eliminado nada).</translation>
    </message>
    <message>
        <location filename="../app/library/librarycarefiles.cpp" line="-50"/>
        <source>cannot create the backup folder. Check the permissions of the library&apos;s folder.</source>
        <translation>no se puede crear la carpeta de copias de seguridad. Compruebe los permisos de la carpeta de la biblioteca.</translation>
    </message>
    <message>
        <location filename="../app/library/librarycare.cpp" line="-291"/>
        <source>no such backup. Run &apos;prepdeck backups&apos; to see them.</source>
        <translation>la copia de seguridad no existe. Ejecute «prepdeck backups» para verlas.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>this is not a Prepdeck library. Choose one of the files &apos;prepdeck backups&apos; lists.</source>
        <translation>esto no es una biblioteca de Prepdeck. Elija uno de los archivos que lista «prepdeck backups».</translation>
    </message>
    <message>
        <location filename="../app/library/bulkimport.cpp" line="+102"/>
        <source>the library is not an SQLite database.</source>
        <translation>la biblioteca no es una base de datos SQLite.</translation>
    </message>
    <message>
        <location filename="../app/library/librarycare.cpp" line="+152"/>
        <source>the library is already there.</source>
        <translation>la biblioteca ya está ahí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file of that name is already there; choose another name (nothing was overwritten).</source>
        <translation>ya hay un archivo con ese nombre; elija otro nombre (no se ha sobrescrito nada).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the folder. Check its permissions.</source>
        <translation>no se puede crear la carpeta. Compruebe sus permisos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the library and its copy</source>
        <translation>no se pueden leer la biblioteca y su copia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the copy does not hold the same questions and ratings</source>
        <translation>la copia no contiene las mismas preguntas y valoraciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; the library stays where it was.</source>
        <translation>%1; la biblioteca sigue donde estaba.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot save the new place in the settings; the library stays where it was.</source>
        <translation>no se puede guardar la nueva ubicación en la configuración; la biblioteca sigue donde estaba.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the library needs an upgrade, and the backup before it failed: %1</source>
        <translation>la biblioteca necesita una actualización y la copia de seguridad previa ha fallado: %1</translation>
    </message>
    <message>
        <location filename="../app/library/migrations.cpp" line="+16"/>
        <source>banks, categories, questions, rating events and full-text search</source>
        <translation>bancos, categorías, preguntas, eventos de valoración y búsqueda de texto completo</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the user&apos;s notes, searchable, and each question&apos;s latest rating at hand</source>
        <translation>notas del usuario con búsqueda y la última valoración de cada pregunta a mano</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>mock interviews, and the time used with each rating given in one</source>
        <translation>entrevistas de práctica y el tiempo empleado en cada valoración dada en ellas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>settings that belong with the library, such as the interview date</source>
        <translation>configuración propia de la biblioteca, como la fecha de la entrevista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a word index built for speed, and each category&apos;s counts kept at hand</source>
        <translation>un índice de palabras pensado para la velocidad y los recuentos de cada categoría a mano</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>categories under their banks&apos; headings, and each question&apos;s context and source link</source>
        <translation>categorías bajo los encabezados de su banco, y el contexto y el enlace de origen de cada pregunta</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>questions you edit, add, suspend or delete, and banks you rename</source>
        <translation>preguntas que usted edita, añade, suspende o elimina, y bancos a los que cambia el nombre</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>categories you rename or merge keep your arrangement when their file is imported again</source>
        <translation>las categorías que renombra o une conservan su organización cuando su archivo se importa de nuevo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>categories you rename and questions you move stay so when their file is imported again</source>
        <translation>las categorías que renombra y las preguntas que mueve siguen así cuando su archivo se importa de nuevo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>full-text search that ranks what it finds and knows phrases</source>
        <translation>búsqueda de texto completo que ordena lo que encuentra por relevancia y reconoce frases</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Reading the schema version</source>
        <translation>leer la versión del esquema</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Upgrading the library to schema %1 (%2)</source>
        <translation>actualizar la biblioteca al esquema %1 (%2)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>rows of %1 point to nothing after the rebuild</source>
        <translation>filas de %1 no apuntan a nada tras la reconstrucción</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="-29"/>
        <location filename="../app/library/migrations.cpp" line="+79"/>
        <source>this library was written by a newer version of Prepdeck (schema %1; this version knows up to %2). Update Prepdeck, or open another file with --database.</source>
        <translation>esta biblioteca la escribió una versión más reciente de Prepdeck (esquema %1; esta versión admite hasta el %2). Actualice Prepdeck o abra otro archivo con --database.</translation>
    </message>
    <message>
        <location filename="../app/library/migrations.cpp" line="-40"/>
        <source>upgrading the library to schema %1 (%2) failed: %3. Nothing was changed.</source>
        <translation>la actualización de la biblioteca al esquema %1 (%2) ha fallado: %3. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/library/sqlitestatus.cpp" line="+117"/>
        <source>%1 failed: %2</source>
        <translation>Error al %1: %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>%1 failed: the disk is full. Nothing of it was saved; the library is as it was. Free some space and try again.</source>
        <translation>Error al %1: el disco está lleno. No se ha guardado nada; la biblioteca sigue como estaba. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 failed: the library is read-only, so nothing can be saved. Make the file writable (chmod u+w) and open it again.</source>
        <translation>Error al %1: la biblioteca es de solo lectura, así que no se puede guardar nada. Permita la escritura en el archivo (chmod u+w) y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: the library&apos;s folder cannot be written, so nothing can be saved (SQLite keeps its log beside the file). Make the folder writable and open the library again.</source>
        <translation>Error al %1: no se puede escribir en la carpeta de la biblioteca, así que no se puede guardar nada (SQLite guarda su registro junto al archivo). Permita la escritura en la carpeta y vuelva a abrir la biblioteca.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the library is on a read-only file system, so nothing can be saved. Mount the disk writable, or copy the library to a disk that is, and open it there.</source>
        <translation>Error al %1: la biblioteca está en un sistema de archivos de solo lectura, así que no se puede guardar nada. Monte el disco con escritura o copie la biblioteca a un disco que la permita y ábrala allí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 failed: another Prepdeck window or command kept the library busy for more than %2 seconds. Nothing of it was saved; try again once it has finished.</source>
        <translation>Error al %1: otra ventana o comando de Prepdeck ha tenido ocupada la biblioteca más de %2 segundos. No se ha guardado nada; inténtelo de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the disk reported an error (%2). Nothing of it was saved; the library is as it was. Check the disk (is it full, failing or unplugged?) and try again.</source>
        <translation>Error al %1: el disco ha informado de un error (%2). No se ha guardado nada; la biblioteca sigue como estaba. Revise el disco (¿está lleno, fallando o desconectado?) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: SQLite cannot open the library&apos;s files (%2). Check that the folder exists and can be written, and that the disk has space.</source>
        <translation>Error al %1: SQLite no puede abrir los archivos de la biblioteca (%2). Compruebe que la carpeta existe y admite escritura, y que el disco tiene espacio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: SQLite found the library damaged (%2). Close Prepdeck: when it opens the library again it checks it and offers the newest backup.</source>
        <translation>Error al %1: SQLite ha encontrado la biblioteca dañada (%2). Cierre Prepdeck: la próxima vez que abra la biblioteca la comprobará y le ofrecerá la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the library is damaged: it is not an SQLite database (SQLite says: %1).</source>
        <translation>la biblioteca está dañada: no es una base de datos SQLite (SQLite dice: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the library is damaged: SQLite cannot read it (%1).</source>
        <translation>la biblioteca está dañada: SQLite no puede leerla (%1).</translation>
    </message>
    <message>
        <location filename="../app/library/libraryfile.cpp" line="-110"/>
        <source>this path is a symbolic link loop: following its links leads back to where they started. Point the link at a library file, or choose another with --database.</source>
        <translation>esta ruta es un bucle de enlaces simbólicos: al seguir sus enlaces se vuelve al punto de partida. Haga que el enlace apunte a un archivo de biblioteca o elija otro con --database.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is a symbolic link to %1, which does not exist. Point it at a library file, or choose another with --database.</source>
        <translation>esto es un enlace simbólico a %1, que no existe. Haga que apunte a un archivo de biblioteca o elija otro con --database.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot reach the library (%1). Check the permissions of its folders, or choose another place with --database.</source>
        <translation>no se puede llegar a la biblioteca (%1). Compruebe los permisos de sus carpetas o elija otro lugar con --database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a folder. Give a library file name, for example %1/prepdeck.sqlite.</source>
        <translation>esto es una carpeta. Indique un nombre de archivo para la biblioteca, por ejemplo %1/prepdeck.sqlite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a regular file (a device or a pipe?). Choose a library file with --database.</source>
        <translation>esto no es un archivo normal (¿un dispositivo o una tubería?). Elija un archivo de biblioteca con --database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the library (%1). Check its permissions (chmod u+r) or choose another file with --database.</source>
        <translation>no se puede leer la biblioteca (%1). Compruebe sus permisos (chmod u+r) o elija otro archivo con --database.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the library is damaged: the file is empty (0 bytes), so whatever it held is gone from it.</source>
        <translation>la biblioteca está dañada: el archivo está vacío (0 bytes), así que lo que contenía ya no está en él.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot create the folder %1 for the library (%2). Check its permissions or choose another place with --database.</source>
        <translation>no se puede crear la carpeta %1 para la biblioteca (%2). Compruebe sus permisos o elija otro lugar con --database.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+4"/>
        <source>Creating the library</source>
        <translation>crear la biblioteca</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot put the new library in place (%1). Check the folder&apos;s permissions.</source>
        <translation>no se puede poner en su sitio la nueva biblioteca (%1). Compruebe los permisos de la carpeta.</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>table `%1` is missing</source>
        <translation>falta la tabla `%1`</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trigger `%1` is missing</source>
        <translation>falta el disparador `%1`</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>this is not a Prepdeck library but another program&apos;s SQLite database (%1). It was left untouched. Open a Prepdeck library with --database, or give a new file name to start one.</source>
        <translation>esto no es una biblioteca de Prepdeck, sino la base de datos SQLite de otro programa (%1). No se ha tocado. Abra una biblioteca de Prepdeck con --database, o indique un nombre de archivo nuevo para empezar una.</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>cannot create the library (%1). Check the folder&apos;s permissions or choose another place with --database.</source>
        <translation>no se puede crear la biblioteca (%1). Compruebe los permisos de la carpeta o elija otro lugar con --database.</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="+103"/>
        <source>Setting up the library</source>
        <translation>preparar la biblioteca</translation>
    </message>
    <message>
        <location filename="../app/library/librarycare.cpp" line="-459"/>
        <location filename="../app/library/librarycarefiles.cpp" line="+27"/>
        <location filename="../app/library/libraryfile.cpp" line="+32"/>
        <source>Reading the library</source>
        <translation>leer la biblioteca</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="-127"/>
        <source>the library is no longer there.</source>
        <translation>la biblioteca ya no está ahí.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>the disk is full, so SQLite cannot set up the files it keeps beside the library while it is open (-wal, -shm). The library is as it was: free some space and open it again.</source>
        <translation>el disco está lleno, así que SQLite no puede preparar los archivos que mantiene junto a la biblioteca mientras está abierta (-wal, -shm). La biblioteca sigue como estaba: libere espacio y vuelva a abrirla.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>application id %1</source>
        <translation>identificador de aplicación %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its tables: %1</source>
        <translation>sus tablas: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the library is damaged: %1.</source>
        <translation>la biblioteca está dañada: %1.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the library is read-only and was written by another version of Prepdeck, so it cannot be upgraded. Make it writable (chmod u+w) and open it again.</source>
        <translation>la biblioteca es de solo lectura y la escribió otra versión de Prepdeck, así que no se puede actualizar. Permita la escritura en ella (chmod u+w) y vuelva a abrirla.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Marking the library as Prepdeck&apos;s</source>
        <translation>marcar la biblioteca como de Prepdeck</translation>
    </message>
    <message>
        <location filename="../app/library/bulkimport.cpp" line="+8"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+8"/>
        <location filename="../app/library/importwriter.cpp" line="+383"/>
        <source>Starting the import</source>
        <translation>iniciar la importación</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/library/importwriter.cpp" line="-290"/>
        <location line="+16"/>
        <location line="+335"/>
        <source>Looking up the bank</source>
        <translation>buscar el banco</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Naming the bank</source>
        <translation>nombrar el banco</translation>
    </message>
    <message>
        <location filename="../app/library/importwriter.cpp" line="-317"/>
        <location line="+4"/>
        <source>Updating the bank</source>
        <translation>actualizar el banco</translation>
    </message>
    <message>
        <location filename="../app/library/bulkimport.cpp" line="+32"/>
        <location filename="../app/library/importwriter.cpp" line="+15"/>
        <source>Adding the bank</source>
        <translation>añadir el banco</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/library/importwriter.cpp" line="+26"/>
        <location line="+13"/>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Saving the categories</source>
        <translation>guardar las categorías</translation>
    </message>
    <message>
        <location filename="../app/library/importwriter.cpp" line="+19"/>
        <source>Reading the bank&apos;s questions</source>
        <translation>leer las preguntas del banco</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+46"/>
        <location line="+11"/>
        <location line="+27"/>
        <source>Updating a question</source>
        <translation>actualizar una pregunta</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>the import was cancelled; nothing was saved.</source>
        <translation>se ha cancelado la importación; no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../app/library/bulkimport.cpp" line="+66"/>
        <location filename="../app/library/importwriter.cpp" line="+94"/>
        <source>Adding a question</source>
        <translation>añadir una pregunta</translation>
    </message>
    <message>
        <location filename="../app/library/importwriter.cpp" line="-75"/>
        <source>Retiring a question</source>
        <translation>retirar una pregunta</translation>
    </message>
    <message>
        <location filename="../app/library/bulkimport.cpp" line="+33"/>
        <location filename="../app/library/importwriter.cpp" line="+127"/>
        <source>Saving the import</source>
        <translation>guardar la importación</translation>
    </message>
    <message>
        <location filename="../app/library/questionrepository.cpp" line="+232"/>
        <location line="+66"/>
        <location line="+13"/>
        <source>Listing questions</source>
        <translation>listar las preguntas</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+3"/>
        <source>Reading a question</source>
        <translation>leer una pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no question with id %1.</source>
        <translation>no hay ninguna pregunta con el identificador %1.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Reading questions</source>
        <translation>leer preguntas</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+12"/>
        <source>Counting questions</source>
        <translation>contar las preguntas</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../app/library/ratings.cpp" line="+197"/>
        <source>Counting ratings</source>
        <translation>contar las valoraciones</translation>
    </message>
    <message>
        <location filename="../app/library/ratings.cpp" line="-107"/>
        <location line="+54"/>
        <location line="+3"/>
        <location line="+32"/>
        <source>Reading the rating history</source>
        <translation>leer el historial de valoraciones</translation>
    </message>
    <message>
        <location filename="../app/library/questionrepository.cpp" line="+28"/>
        <location line="+5"/>
        <source>Saving your note</source>
        <translation>guardar la nota</translation>
    </message>
    <message>
        <location filename="../app/library/ratings.cpp" line="-110"/>
        <source>confidence must be a whole number from 1 to 5, not %1.</source>
        <translation>la confianza debe ser un número entero del 1 al 5, no %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking up the question</source>
        <translation>buscar la pregunta</translation>
    </message>
    <message>
        <location filename="../app/library/bankedits.cpp" line="+80"/>
        <source>a category needs a name; it was left empty.</source>
        <translation>una categoría necesita un nombre; se dejó vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renaming the category</source>
        <translation>Cambiando el nombre de la categoría</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is a category named &quot;%1&quot; in this bank already; merge into it instead.</source>
        <translation>ya hay una categoría llamada «%1» en este banco; únala a ella en su lugar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a category cannot be merged into itself.</source>
        <translation>una categoría no puede unirse consigo misma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging categories</source>
        <translation>Uniendo categorías</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>categories merge within their bank; &quot;%1&quot; and &quot;%2&quot; are in different banks.</source>
        <translation>las categorías se unen dentro de su banco; «%1» y «%2» están en bancos distintos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Moving questions</source>
        <translation>Moviendo preguntas</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/library/questionedits.cpp" line="+31"/>
        <location filename="../app/library/ratings.cpp" line="+2"/>
        <source>there is no question with id %1 in the library. Run &apos;prepdeck list&apos; to see the ids.</source>
        <translation>no hay ninguna pregunta con el identificador %1 en la biblioteca. Ejecute «prepdeck list» para ver los identificadores.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>question %1 is not in the bank of &quot;%2&quot;: a question moves between the categories of its own bank.</source>
        <translation>la pregunta %1 no está en el banco de «%2»: una pregunta se mueve entre las categorías de su propio banco.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Moving questions back</source>
        <translation>Devolviendo preguntas a su lugar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>question %1 cannot go back: the category it came from is gone.</source>
        <translation>la pregunta %1 no puede volver: la categoría de la que vino ya no existe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the banks</source>
        <translation>Leyendo los bancos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Putting the banks in order</source>
        <translation>Ordenando los bancos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the bank</source>
        <translation>Leyendo el banco</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deleting the bank</source>
        <translation>Eliminando el banco</translation>
    </message>
    <message>
        <location filename="../app/library/questionedits.cpp" line="+28"/>
        <location line="+74"/>
        <source>a question needs its prompt; it was left empty.</source>
        <translation>una pregunta necesita su enunciado; se ha dejado vacío.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Saving your edit</source>
        <translation>guardar su edición</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>category %1 is not a category of this question&apos;s bank.</source>
        <translation>la categoría %1 no es una categoría del banco de esta pregunta.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Adding your question</source>
        <translation>añadir su pregunta</translation>
    </message>
    <message>
        <location filename="../app/library/bankedits.cpp" line="-245"/>
        <location filename="../app/library/questionedits.cpp" line="+8"/>
        <source>there is no category with id %1.</source>
        <translation>no hay ninguna categoría con el identificador %1.</translation>
    </message>
    <message>
        <location filename="../app/library/questionedits.cpp" line="+42"/>
        <source>a bank and its category need names.</source>
        <translation>un banco y su categoría necesitan nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding your bank</source>
        <translation>añadir su banco</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+103"/>
        <source>there is a bank named &quot;%1&quot; already; choose another name.</source>
        <translation>ya hay un banco llamado «%1»; elija otro nombre.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Suspending questions</source>
        <translation>suspender preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking questions out of suspension</source>
        <translation>quitar la suspensión de preguntas</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Deleting questions</source>
        <translation>eliminar preguntas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bringing questions back</source>
        <translation>recuperar preguntas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a bank needs a name; it was left empty.</source>
        <translation>un banco necesita un nombre; se ha dejado vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renaming the bank</source>
        <translation>cambiar el nombre del banco</translation>
    </message>
    <message>
        <location filename="../app/library/bankedits.cpp" line="+6"/>
        <location filename="../app/library/questionedits.cpp" line="+21"/>
        <source>there is no bank with id %1.</source>
        <translation>no hay ningún banco con el identificador %1.</translation>
    </message>
    <message>
        <location filename="../app/library/questionedits.cpp" line="+24"/>
        <source>Taking the file&apos;s version</source>
        <translation>tomar la versión del archivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>question %1 has no file version to go back to: it was not edited, or it was written in Prepdeck.</source>
        <translation>la pregunta %1 no tiene una versión de archivo a la que volver: no se ha editado, o se escribió en Prepdeck.</translation>
    </message>
    <message>
        <location filename="../app/library/ratings.cpp" line="+8"/>
        <location line="+16"/>
        <source>Saving the rating</source>
        <translation>guardar la valoración</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Scheduling the question</source>
        <translation>programar el repaso de la pregunta</translation>
    </message>
    <message>
        <location filename="../app/library/librarysettings.cpp" line="+18"/>
        <source>Reading the interview date</source>
        <translation>leer la fecha de la entrevista</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>Saving the interview date</source>
        <translation>guardar la fecha de la entrevista</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Clearing the interview date</source>
        <translation>borrar la fecha de la entrevista</translation>
    </message>
    <message>
        <location filename="../app/library/progressfigures.cpp" line="+25"/>
        <location filename="../app/library/questionedits.cpp" line="-21"/>
        <source>Reading the categories</source>
        <translation>leer las categorías</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the ratings</source>
        <translation>leer las valoraciones</translation>
    </message>
    <message>
        <location filename="../app/library/mockinterviews.cpp" line="+19"/>
        <location line="+7"/>
        <source>Starting the mock interview</source>
        <translation>iniciar la entrevista de práctica</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+23"/>
        <source>Saving the interview question</source>
        <translation>guardar la pregunta de la entrevista</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Finishing the mock interview</source>
        <translation>terminar la entrevista de práctica</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Reading mock interviews</source>
        <translation>leer las entrevistas de práctica</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>there is no mock interview with id %1.</source>
        <translation>no hay ninguna entrevista de práctica con el identificador %1.</translation>
    </message>
    <message>
        <location filename="../app/library/ratings.cpp" line="+18"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>Taking the rating back</source>
        <translation>deshacer la valoración</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Saving the rating again</source>
        <translation>volver a guardar la valoración</translation>
    </message>
    <message>
        <location filename="../app/library/bulkimport.cpp" line="-6"/>
        <location filename="../app/library/importwriter.cpp" line="+17"/>
        <source>Counting the categories</source>
        <translation>contar las categorías</translation>
    </message>
    <message>
        <location filename="../app/library/backgroundread.h" line="+32"/>
        <source>the library was changed by a newer Prepdeck while it was open here; open it again.</source>
        <translation>una versión más nueva de Prepdeck cambió la biblioteca mientras estaba abierta aquí; vuelva a abrirla.</translation>
    </message>
    <message>
        <location filename="../app/library/fulltextbatch.cpp" line="+41"/>
        <location line="+10"/>
        <location line="+16"/>
        <location line="+16"/>
        <location line="+4"/>
        <source>Updating the search index</source>
        <translation>Actualizando el índice de búsqueda</translation>
    </message>
    <message>
        <location filename="../app/library/searchsuggestions.cpp" line="+55"/>
        <source>Looking for words like these</source>
        <translation>Buscando palabras parecidas</translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <location filename="../app/ui/libraryfilecommands.cpp" line="+103"/>
        <source>the library could not be opened again after the restore: %1</source>
        <translation>no se ha podido volver a abrir la biblioteca después de restaurarla: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="+82"/>
        <source>Prepdeck is already open on %1; its window was brought to the front.</source>
        <translation>Prepdeck ya está abierto con %1; se ha traído su ventana al frente.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the window was not drawn within %1 seconds; check the display (DISPLAY, or QT_QPA_PLATFORM=offscreen).</source>
        <translation>la ventana no se ha dibujado en %1 segundos; compruebe la pantalla (DISPLAY o QT_QPA_PLATFORM=offscreen).</translation>
    </message>
</context>
<context>
    <name>Mock</name>
    <message>
        <location filename="../app/library/mockquestions.cpp" line="+21"/>
        <source>no category&apos;s name contains &quot;%1&quot;. Run &apos;prepdeck stats&apos; to see the categories.</source>
        <translation>ninguna categoría contiene «%1» en su nombre. Ejecute «prepdeck stats» para ver las categorías.</translation>
    </message>
    <message>
        <location filename="../app/study/mockplanner.cpp" line="+66"/>
        <source>there are no questions to ask in what you chose. Pick other categories, or import a bank first.</source>
        <translation>no hay preguntas que hacer en lo que ha elegido. Elija otras categorías o importe antes un banco.</translation>
    </message>
</context>
<context>
    <name>MockInterviewSession</name>
    <message>
        <location filename="../app/study/mockinterviewsession.cpp" line="+19"/>
        <source>A mock interview needs at least one question.</source>
        <translation>Una entrevista de práctica necesita al menos una pregunta.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/sheets/sheetdocument.cpp" line="+111"/>
        <location filename="../app/ui/sheetexport.cpp" line="+139"/>
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
        <location line="+54"/>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1, %L2 of %L3 questions are ready (latest rating 4 or 5).</source>
        <translation>En %1, %L2 de %L3 preguntas están listas (última valoración 4 o 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the %1 on this sheet, %L2 of %L3 questions are ready (latest rating 4 or 5).</source>
        <translation>En las %1 de esta hoja, %L2 de %L3 preguntas están listas (última valoración 4 o 5).</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+24"/>
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
        <location line="+7"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No. %1</source>
        <translation>N.º %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked in %1% of interviews</source>
        <translation>preguntada en el %1% de las entrevistas</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up</source>
        <translation>Pregunta de seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no suggested answer)</source>
        <translation>(sin respuesta sugerida)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups to ask</source>
        <translation>Preguntas de seguimiento</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+76"/>
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
        <location filename="../app/ui/libraryopening.cpp" line="+36"/>
        <location line="+29"/>
        <location filename="../app/ui/sheetexport.cpp" line="-18"/>
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
        <source>The newest backup is from %1, with %2 and %3.</source>
        <translation>La copia de seguridad más reciente es del %1, con %2 y %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no backup of it.</source>
        <translation>No hay ninguna copia de seguridad de esta biblioteca.</translation>
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
        <location filename="../app/ui/ratingcommand.cpp" line="+9"/>
        <source>rating %1</source>
        <translation>valoración %1</translation>
    </message>
    <message>
        <location filename="../app/ui/sheetexport.cpp" line="-80"/>
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
        <location line="+30"/>
        <source>Save the interviewer&apos;s copy</source>
        <translation>Guardar la copia del entrevistador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mock interview</source>
        <translation>Entrevista de práctica</translation>
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
        <translation>Hojas guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interviewer&apos;s copy is in %1 and the candidate&apos;s copy in %2.</source>
        <translation>La copia del entrevistador está en %1 y la del candidato, en %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the %1 listed now (%2)</source>
        <translation>las %1 mostradas ahora (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No questions match, so there is nothing to print.</source>
        <translation>Ninguna pregunta coincide, así que no hay nada que imprimir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Study sheet — %1</source>
        <translation>Hoja de estudio — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/library.cpp" line="+97"/>
        <source>Interview in %Ln day(s).</source>
        <translation>
            <numerusform>Entrevista en %Ln día.</numerusform>
            <numerusform>Entrevista en %Ln días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Streak: %Ln day(s).</source>
        <translation>
            <numerusform>Racha: %Ln día.</numerusform>
            <numerusform>Racha: %Ln días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudySession</name>
    <message>
        <location filename="../app/study/studysession.cpp" line="+19"/>
        <location line="+9"/>
        <source>No question is shown to rate.</source>
        <translation>No se muestra ninguna pregunta que valorar.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A rating is from 1 to 5.</source>
        <translation>Una valoración va de 1 a 5.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No question is shown for the note.</source>
        <translation>No se muestra ninguna pregunta para la nota.</translation>
    </message>
</context>
<context>
    <name>prepdeck::ActivityCalendar</name>
    <message>
        <location filename="../app/ui/activitycalendar.cpp" line="+132"/>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: %Ln rating(s)</source>
        <translation>
            <numerusform>%1: %Ln valoración</numerusform>
            <numerusform>%1: %Ln valoraciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::CategoryTreeModel</name>
    <message>
        <location filename="../app/models/categorytreemodel.cpp" line="+16"/>
        <source>All banks</source>
        <translation>Todos los bancos</translation>
    </message>
    <message numerus="yes">
        <location line="+130"/>
        <source>%1 of %Ln question(s) ready (%2%)</source>
        <translation>
            <numerusform>%1 de %Ln pregunta lista (%2 %)</numerusform>
            <numerusform>%1 de %Ln preguntas listas (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
%2; none rated yet</source>
        <translation>%1
%2; ninguna valorada aún</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2; %3, mean confidence %4</source>
        <translation>%1
%2; %3, confianza media %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rated</source>
        <translation>
            <numerusform>%Ln valorada</numerusform>
            <numerusform>%Ln valoradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::FilterBar</name>
    <message>
        <location filename="../app/ui/filterbar.cpp" line="+29"/>
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
        <location line="+4"/>
        <source>Due now</source>
        <translation>Pendientes ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active questions</source>
        <translation>Preguntas activas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and suspended</source>
        <translation>Activas y suspendidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended only</source>
        <translation>Solo suspendidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Eliminadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which questions the list shows: suspended questions are out of study, mock interviews and sheets; deleted ones can be restored.</source>
        <translation>Qué preguntas muestra la lista: las suspendidas quedan fuera del estudio, las entrevistas de práctica y las hojas; las eliminadas se pueden recuperar.</translation>
    </message>
</context>
<context>
    <name>prepdeck::ImportFlow</name>
    <message>
        <location filename="../app/ui/importflow.cpp" line="+29"/>
        <source>Import question banks</source>
        <translation>Importar bancos de preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question banks (*.md *.markdown *.txt *.csv *.tsv);;All files (*)</source>
        <translation>Bancos de preguntas (*.md *.markdown *.txt *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importando %1 (%2 de %3)…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Starter bank loaded: %Ln question(s).</source>
        <translation>
            <numerusform>Banco inicial cargado: %Ln pregunta.</numerusform>
            <numerusform>Banco inicial cargado: %Ln preguntas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import cancelled; the file being imported was not saved.</source>
        <translation>Importación cancelada; el archivo que se estaba importando no se ha guardado.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %Ln question(s).</source>
        <translation>
            <numerusform>Se ha importado %Ln pregunta.</numerusform>
            <numerusform>Se han importado %Ln preguntas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::ImportPreviewDialog</name>
    <message>
        <location filename="../app/ui/importpreviewdialog.cpp" line="+29"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Read as:</source>
        <translation>&amp;Leer como:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bank name:</source>
        <translation>Nombre del &amp;banco:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import %1 (%2 of %3)</source>
        <translation>Importar %1 (%2 de %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip This File</source>
        <translation>&amp;Omitir este archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel All</source>
        <translation>Cancelar todo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 cannot be imported</source>
        <translation>%1 no se puede importar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 in %3, read as %4</source>
        <translation>%1: %2 en %3, leído como %4</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The file reads in %n way(s); choose another to see it so.</source>
        <translation>
            <numerusform>El archivo se lee de %n manera; elija otra para verlo así.</numerusform>
            <numerusform>El archivo se lee de %n maneras; elija otra para verlo así.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file reads in this way only.</source>
        <translation>El archivo solo se lee de esta manera.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>(%n bank(s), named in the file)</source>
        <translation>
            <numerusform>(%n banco, con nombre en el archivo)</numerusform>
            <numerusform>(%n bancos, con nombre en el archivo)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 · line %2</source>
        <translation>%1 · línea %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repaired: %1</source>
        <translation>Reparado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needed repairing, and nothing looked wrong.</source>
        <translation>No hubo que reparar nada, y nada parecía incorrecto.</translation>
    </message>
</context>
<context>
    <name>prepdeck::ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/importreportdialog.cpp" line="+23"/>
        <source>%Ln question(s) you edited: kept as you wrote them.</source>
        <translation>
            <numerusform>%Ln pregunta que usted editó: conservada tal como la escribió.</numerusform>
            <numerusform>%Ln preguntas que usted editó: conservadas tal como las escribió.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln question(s) you edited changed in the file too: kept yours.</source>
        <translation>
            <numerusform>%Ln pregunta que usted editó también cambió en el archivo: se conserva la suya.</numerusform>
            <numerusform>%Ln preguntas que usted editó también cambiaron en el archivo: se conservan las suyas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question %1</source>
        <translation>Pregunta %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>took the file&apos;s version</source>
        <translation>se tomó la versión del archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the file&apos;s version</source>
        <translation>Tomar la versión del archivo</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln question(s) you deleted: left deleted (the list&apos;s filter lists them under Deleted, to restore).</source>
        <translation>
            <numerusform>%Ln pregunta que usted eliminó: sigue eliminada (el filtro de la lista la muestra en «Eliminadas», para recuperarla).</numerusform>
            <numerusform>%Ln preguntas que usted eliminó: siguen eliminadas (el filtro de la lista las muestra en «Eliminadas», para recuperarlas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import finished with problems</source>
        <translation>Importación terminada con problemas</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not imported:</source>
        <translation>No importado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>line %1: </source>
        <translation>línea %1: </translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>%Ln question(s), layout: %1, encoding: %2</source>
        <translation>
            <numerusform>%Ln pregunta, formato: %1, codificación: %2</numerusform>
            <numerusform>%Ln preguntas, formato: %1, codificación: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%L1 added, %L2 updated, %L3 unchanged, %L4 retired</source>
        <translation>añadidas: %L1, actualizadas: %L2, sin cambios: %L3, retiradas: %L4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Repairs:</source>
        <translation>Reparaciones:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
</context>
<context>
    <name>prepdeck::InterviewDateDialog</name>
    <message>
        <location filename="../app/ui/interviewdatedialog.cpp" line="+19"/>
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
    <name>prepdeck::LibraryArranging</name>
    <message>
        <location filename="../app/ui/libraryarranging.cpp" line="+43"/>
        <source>&amp;Move to category</source>
        <translation>&amp;Mover a la categoría</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Re&amp;name bank or category…</source>
        <translation>Cambiar el &amp;nombre del banco o la categoría…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Rename category…</source>
        <translation>Cambiar el nombre de la &amp;categoría…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge into</source>
        <translation>&amp;Unir con</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;name bank…</source>
        <translation>Cambiar el nombre del &amp;banco…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move bank &amp;up</source>
        <translation>Subir el banc&amp;o</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move bank &amp;down</source>
        <translation>Bajar el banco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete bank…</source>
        <translation>&amp;Eliminar banco…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No question on show</source>
        <translation>No se muestra ninguna pregunta</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+6"/>
        <source>Rename bank</source>
        <translation>Cambiar el nombre del banco</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New name for the bank &quot;%1&quot; (an import of its file keeps it):</source>
        <translation>Nombre nuevo para el banco «%1» (una importación de su archivo lo conserva):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Renamed the bank to &quot;%1&quot;.</source>
        <translation>El banco se llama ahora «%1».</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Rename category</source>
        <translation>Cambiar el nombre de la categoría</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>New name for the category &quot;%1&quot; (an import of its file keeps it):</source>
        <translation>Nombre nuevo para la categoría «%1» (una importación de su archivo lo conserva):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Renamed the category to &quot;%1&quot;.</source>
        <translation>La categoría se llama ahora «%1».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge categories?</source>
        <translation>¿Unir las categorías?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move the %Ln question(s) of &quot;%1&quot; into &quot;%2&quot; and remove &quot;%1&quot;? Their ratings stay with them, and an import of the bank&apos;s file keeps them in &quot;%2&quot;. This cannot be undone with Ctrl+Z.</source>
        <translation>
            <numerusform>¿Mover la %Ln pregunta de «%1» a «%2» y quitar «%1»? Sus valoraciones la acompañan, y una importación del archivo del banco la deja en «%2». Ctrl+Z no puede deshacerlo.</numerusform>
            <numerusform>¿Mover las %Ln preguntas de «%1» a «%2» y quitar «%1»? Sus valoraciones las acompañan, y una importación del archivo del banco las deja en «%2». Ctrl+Z no puede deshacerlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge</source>
        <translation>Unir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merged &quot;%1&quot; into &quot;%2&quot;.</source>
        <translation>«%1» se ha unido a «%2».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Already in &quot;%1&quot;.</source>
        <translation>Ya está en «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Move question(s)</source>
        <translation>
            <numerusform>Mover pregunta</numerusform>
            <numerusform>Mover preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Moved %Ln question(s) to &quot;%1&quot;. An import of the file leaves them there; Ctrl+Z moves them back.</source>
        <translation>
            <numerusform>%Ln pregunta movida a «%1». Una importación del archivo la deja allí; Ctrl+Z la devuelve.</numerusform>
            <numerusform>%Ln preguntas movidas a «%1». Una importación del archivo las deja allí; Ctrl+Z las devuelve.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move bank</source>
        <translation>Mover banco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved the bank up.</source>
        <translation>Banco subido.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved the bank down.</source>
        <translation>Banco bajado.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Delete the bank &quot;%1&quot; with its %Ln question(s)</source>
        <translation>
            <numerusform>¿Eliminar el banco «%1» con su %Ln pregunta</numerusform>
            <numerusform>¿Eliminar el banco «%1» con sus %Ln preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and %Ln rating(s)</source>
        <translation>
            <numerusform> y %Ln valoración</numerusform>
            <numerusform> y %Ln valoraciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete bank?</source>
        <translation>¿Eliminar el banco?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln past mock interview(s) lose their questions from it. </source>
        <translation>
            <numerusform>%Ln entrevista de práctica pasada pierde sus preguntas de él. </numerusform>
            <numerusform>%Ln entrevistas de práctica pasadas pierden sus preguntas de él. </numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Z cannot bring it back, but a backup of the library is taken first (File ▸ Restore from Backup…).</source>
        <translation>Ctrl+Z no puede recuperarlo, pero antes se hace una copia de seguridad de la biblioteca (Archivo ▸ Restaurar copia de seguridad…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Bank</source>
        <translation>Eliminar banco</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was deleted: a backup could not be taken first. %1</source>
        <translation>No se eliminó nada: no se pudo hacer antes una copia de seguridad. %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleted the bank &quot;%1&quot;.</source>
        <translation>Se eliminó el banco «%1».</translation>
    </message>
</context>
<context>
    <name>prepdeck::LibraryFileCommands</name>
    <message>
        <location filename="../app/ui/libraryfilecommands.cpp" line="-84"/>
        <source>Read-only: this library&apos;s file cannot be written, so ratings, notes and imports are not saved.</source>
        <translation>Solo lectura: no se puede escribir en el archivo de esta biblioteca, así que las valoraciones, las notas y las importaciones no se guardan.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used from the next start. Start Prepdeck again now?</source>
        <translation>El nuevo idioma se usa desde el próximo inicio. ¿Reiniciar Prepdeck ahora?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart Now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Library moved</source>
        <translation>Biblioteca movida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library was copied to %1 and checked. Prepdeck starts again now to open it there; the old file is removed once it has.</source>
        <translation>La biblioteca se ha copiado en %1 y se ha verificado. Prepdeck se reinicia ahora para abrirla allí; el archivo antiguo se eliminará en cuanto lo haya hecho.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore from Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the backup %1 in the library&apos;s place? The library as it is now is kept as a backup first.</source>
        <translation>¿Poner la copia de seguridad %1 en lugar de la biblioteca? Antes se guarda la biblioteca actual como copia de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the restored library needs an upgrade it did not get; open Prepdeck again.</source>
        <translation>la biblioteca restaurada necesita una actualización que no ha recibido; vuelva a abrir Prepdeck.</translation>
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
        <translation>Prepdeck (solo lectura)</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+19"/>
        <source>Restore from Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored %1. The library it replaced was kept as %2.</source>
        <translation>Se ha restaurado %1. La biblioteca reemplazada se ha guardado como %2.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+14"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+103"/>
        <source>&amp;Study</source>
        <translation>E&amp;studiar</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>&amp;Previous question</source>
        <translation>Pregunta &amp;anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Study &amp;due questions</source>
        <translation>Estudiar preguntas pen&amp;dientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save my &amp;note</source>
        <translation>&amp;Guardar mi nota</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Finish the import or the mock interview first; then restore the backup.</source>
        <translation>Termine primero la importación o la entrevista de práctica; después restaure la copia de seguridad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring %1…</source>
        <translation>Restaurando %1…</translation>
    </message>
    <message>
        <location line="+133"/>
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
        <location line="+6"/>
        <source>My &amp;interview is on…</source>
        <translation>Fecha de mi &amp;entrevista…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <message numerus="yes">
        <location line="+120"/>
        <source>interview in %Ln day(s)</source>
        <translation>
            <numerusform>entrevista en %Ln día</numerusform>
            <numerusform>entrevista en %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln question(s) shown</source>
        <translation>
            <numerusform>%Ln pregunta mostrada</numerusform>
            <numerusform>%Ln preguntas mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln pendiente hoy</numerusform>
            <numerusform>%Ln pendientes hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rated today</source>
        <translation>
            <numerusform>%Ln valorada hoy</numerusform>
            <numerusform>%Ln valoradas hoy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::MockHistoryDialog</name>
    <message>
        <location filename="../app/ui/mockhistorydialog.cpp" line="+14"/>
        <source>Mock interview history</source>
        <translation>Historial de entrevistas de práctica</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 — %Ln question(s)%2</source>
        <translation>
            <numerusform>%1 — %Ln pregunta%2</numerusform>
            <numerusform>%1 — %Ln preguntas%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, ended early</source>
        <translation>, terminada antes de tiempo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No mock interviews yet. Interview → New mock interview… (Ctrl+M)</source>
        <translation>Aún no hay entrevistas de práctica. Entrevista → Nueva entrevista de práctica… (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>prepdeck::MockInterviewWindow</name>
    <message>
        <location filename="../app/ui/mockinterviewwindow.cpp" line="+46"/>
        <source>Mock interview — Prepdeck</source>
        <translation>Entrevista de práctica — Prepdeck</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Time&apos;s up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reveal the answer (Space)</source>
        <translation>Mostrar la respuesta (Espacio)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answer out loud. Space shows the suggested answer.</source>
        <translation>Responda en voz alta. Pulse Espacio para ver la respuesta sugerida.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes: what the candidate said (click here to type)</source>
        <translation>Notas: lo que ha dicho el candidato (haga clic aquí para escribir)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Skip (S)</source>
        <translation>Omitir (S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+142"/>
        <source>Pause (P)</source>
        <translation>Pausa (P)</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>End (Esc)</source>
        <translation>Terminar (Esc)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Coaching tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up to ask</source>
        <translation>Pregunta de seguimiento</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Resume (P)</source>
        <translation>Reanudar (P)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+63"/>
        <source>End the interview?</source>
        <translation>¿Terminar la entrevista?</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>End the mock interview now? The questions answered so far are kept.</source>
        <translation>¿Terminar ya la entrevista de práctica? Las preguntas respondidas hasta ahora se conservan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>End the Interview</source>
        <translation>Terminar la entrevista</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <translation>Nueva entrevista de práctica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print mock-interview sheets</source>
        <translation>Imprimir hojas de entrevista de práctica</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose Where to Save…</source>
        <translation>Elegir dónde guardar…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ask from</source>
        <translation>Preguntar sobre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="-98"/>
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
        <location line="+13"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>prepdeck::MockSummary</name>
    <message>
        <location filename="../app/ui/mocksummary.cpp" line="+35"/>
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
        <location line="+16"/>
        <location line="+87"/>
        <source>Practise the weak ones again</source>
        <translation>Volver a practicar las más flojas</translation>
    </message>
    <message>
        <location line="-84"/>
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
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No weak category: each one averaged 4 Good or better.</source>
        <translation>Ninguna categoría débil: todas promediaron 4 Bien o más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakest categories: %1</source>
        <translation>Categorías más flojas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ended early)</source>
        <translation>(terminada antes de tiempo)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Practise the %n weak one(s) again</source>
        <translation>
            <numerusform>Volver a practicar la más floja</numerusform>
            <numerusform>Volver a practicar las %n más flojas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepdeck::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/preferencesdialog.cpp" line="+42"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+22"/>
        <location line="+20"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A new language is used from the next start.</source>
        <translation>El nuevo idioma se aplica a partir del próximo inicio.</translation>
    </message>
    <message>
        <location line="-59"/>
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
        <location line="+46"/>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This window has a library given with --database open; only the usual library can be moved here.</source>
        <translation>Esta ventana tiene abierta una biblioteca indicada con --database; desde aquí solo se puede mover la biblioteca habitual.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Library &amp;file:</source>
        <translation>Archivo de la &amp;biblioteca:</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <source>Moving the library to %1…</source>
        <translation>Moviendo la biblioteca a %1…</translation>
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
        <location filename="../app/ui/progressview.cpp" line="+152"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the charts</source>
        <translation>Guardar los gráficos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ready per category (latest rating 4 or 5) — click a bar to study it</source>
        <translation>Listas por categoría (última valoración 4 o 5) — haga clic en una barra para estudiar esa categoría</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mean confidence per day, last 90 days</source>
        <translation>Confianza media por día, últimos 90 días</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Activity, last 26 weeks</source>
        <translation>Actividad, últimas 26 semanas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mock interviews</source>
        <translation>Entrevistas de práctica</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Study against mock interviews</source>
        <translation>Estudio frente a entrevistas de práctica</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%L1 of %Ln question(s) ready (%2) · streak: %3</source>
        <translation>
            <numerusform>%L1 de %Ln pregunta lista (%2) · racha: %3</numerusform>
            <numerusform>%L1 de %Ln preguntas listas (%2) · racha: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Interview in %Ln day(s) (%1).</source>
        <translation>
            <numerusform>Entrevista en %Ln día (%1).</numerusform>
            <numerusform>Entrevista en %Ln días (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No questions yet. Import a bank (File ▸ Import…, Ctrl+O) and each of its categories gets a bar here.</source>
        <translation>Aún no hay preguntas. Importe un banco (Archivo ▸ Importar…, Ctrl+O) y cada una de sus categorías tendrá aquí una barra.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>, mean confidence %L1</source>
        <translation>, confianza media %L1</translation>
    </message>
    <message>
        <location filename="../app/ui/progresscharts.cpp" line="+127"/>
        <source>Nothing to compare yet. Rate a question in study and again in a mock interview, and this shows whether you feel surer than you perform.</source>
        <translation>Aún no hay nada que comparar. Valore una pregunta al estudiar y otra vez en una entrevista de práctica, y esto mostrará si se siente más seguro de lo que rinde.</translation>
    </message>
    <message>
        <location filename="../app/ui/progressview.cpp" line="-98"/>
        <source>• At this pace: %1% of %2 ready by %3 (%4% now).</source>
        <translation>• A este ritmo: %1% de %2 listo para el %3 (%4% ahora).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whole library</source>
        <translation>Toda la biblioteca</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ready</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 — %2
%3 of %4 ready, %5 never rated%6</source>
        <translation>%1 — %2
listas: %3 de %4, sin valorar: %5%6</translation>
    </message>
    <message>
        <location filename="../app/ui/progresscharts.cpp" line="-88"/>
        <source>No ratings in the last 90 days for %1. Rate answers in the study view (Ctrl+1) and each day&apos;s mean confidence appears here.</source>
        <translation>No hay valoraciones en los últimos 90 días para %1. Valore respuestas en la vista de estudio (Ctrl+1) y aquí aparecerá la confianza media de cada día.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No mock interviews yet. Start one with Interview ▸ New mock interview… (Ctrl+M): each one you finish adds a point here.</source>
        <translation>Aún no hay entrevistas de práctica. Empiece una con Entrevista ▸ Nueva entrevista de práctica… (Ctrl+M): cada una que termine añade aquí un punto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean confidence</source>
        <translation>Confianza media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered in time (%)</source>
        <translation>Respondidas a tiempo (%)</translation>
    </message>
    <message>
        <location line="+47"/>
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
</context>
<context>
    <name>prepdeck::QuestionEditing</name>
    <message>
        <location filename="../app/ui/questionediting.cpp" line="+58"/>
        <source>Un&amp;suspend question</source>
        <translation>Reanudar la pregunta</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>&amp;Suspend question</source>
        <translation>&amp;Suspender pregunta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore question</source>
        <translation>&amp;Recuperar pregunta</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>&amp;Delete question…</source>
        <translation>E&amp;liminar pregunta…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Edit question…</source>
        <translation>&amp;Editar pregunta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New question…</source>
        <translation>&amp;Nueva pregunta…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Unsuspend question</source>
        <translation>Reanudar la pregunta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back in study, mock interviews and sheets.</source>
        <translation>De nuevo en el estudio, las entrevistas de práctica y las hojas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suspend question</source>
        <translation>Suspender pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended: out of study, mock interviews and sheets, ratings kept. Ctrl+Z brings it back.</source>
        <translation>Suspendida: fuera del estudio, las entrevistas de práctica y las hojas; se conservan sus valoraciones. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore question</source>
        <translation>Recuperar pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored with its ratings.</source>
        <translation>Recuperada con sus valoraciones.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the question?</source>
        <translation>¿Eliminar la pregunta?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &quot;%1&quot;? Its ratings are kept with it, and an import of its file does not bring it back. Ctrl+Z right after brings it back.</source>
        <translation>¿Eliminar «%1»? Sus valoraciones se conservan con ella, y una importación de su archivo no la recupera. Ctrl+Z justo después la recupera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete question</source>
        <translation>Eliminar pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Eliminada. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved. An import of its file keeps your version.</source>
        <translation>Guardada. Una importación de su archivo conserva la versión editada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added to the end of its category.</source>
        <translation>Añadida al final de su categoría.</translation>
    </message>
</context>
<context>
    <name>prepdeck::QuestionEditor</name>
    <message>
        <location filename="../app/ui/questioneditor.cpp" line="+82"/>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit question</source>
        <translation>Editar pregunta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The question, as an interviewer would ask it</source>
        <translation>La pregunta, tal como la haría un entrevistador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated, e.g. http, caching</source>
        <translation>Separadas por comas, p. ej. http, caché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The suggested answer, in Markdown: **bold**, `code`, lists, tables, ``` code blocks ```</source>
        <translation>La respuesta sugerida, en Markdown: **negrita**, `código`, listas, tablas, ``` bloques de código ```</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Answer (Markdown):</source>
        <translation>&amp;Respuesta (Markdown):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A hint, or the key concept to mention</source>
        <translation>Una pista, o el concepto clave que mencionar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hint:</source>
        <translation>P&amp;ista:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up questions, one a line (or between lines of ---)</source>
        <translation>Preguntas de seguimiento, una por línea (o entre líneas de ---)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coaching tips, one a line (or between lines of ---)</source>
        <translation>Consejos, uno por línea (o entre líneas de ---)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Follow-ups:</source>
        <translation>Pregu&amp;ntas de seguimiento:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coaching t&amp;ips:</source>
        <translation>C&amp;onsejos:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview, as the study window shows it:</source>
        <translation>Vista previa, como la muestra la ventana de estudio:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>prepdeck::QuestionTableModel</name>
    <message>
        <location filename="../app/models/questiontablemodel.cpp" line="+77"/>
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
        <location line="+25"/>
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
        <location line="+110"/>
        <source>Deleted: %1</source>
        <translation>Eliminada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended: %1</source>
        <translation>Suspendida: %1</translation>
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
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>In the question</source>
        <translation>En la pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the hint</source>
        <translation>En la pista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In your notes</source>
        <translation>En sus notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the answer</source>
        <translation>En la respuesta</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+247"/>
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
    <message>
        <location line="+2"/>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
</context>
<context>
    <name>prepdeck::RestoreDialog</name>
    <message>
        <location filename="../app/ui/restoredialog.cpp" line="+18"/>
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
        <location line="+5"/>
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
        <location filename="../app/ui/sheetoptionsdialog.cpp" line="+17"/>
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
    <name>prepdeck::ShortcutsDialog</name>
    <message>
        <location filename="../app/ui/shortcutsdialog.cpp" line="+14"/>
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
    <name>prepdeck::StudyPage</name>
    <message>
        <location filename="../app/ui/studypage.cpp" line="+233"/>
        <source>Question %1 is no longer in the library&apos;s lists.</source>
        <translation>La pregunta %1 ya no está en las listas de la biblioteca.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Nothing is due. Well done.</source>
        <translation>No hay nada pendiente. ¡Buen trabajo!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in %1 matches “%2”.</source>
        <translation>Nada en %1 coincide con «%2».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search All Banks</source>
        <translation>Buscar en todos los bancos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in the library matches “%1”. Did you mean %2?</source>
        <translation>Nada en la biblioteca coincide con «%1». ¿Quiso decir %2?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for “%1”</source>
        <translation>Buscar «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing in the library matches “%1”. Try fewer or shorter words.</source>
        <translation>Nada en la biblioteca coincide con «%1». Pruebe con menos palabras o más cortas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No questions match these filters.</source>
        <translation>Ninguna pregunta coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reveal the answer first: press Space, then rate it 1–5.</source>
        <translation>Primero muestre la respuesta: pulse Espacio y luego valórela del 1 al 5.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rated %1. Due again %2.</source>
        <translation>Valoración: %1. Próximo repaso: %2.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Study the Weakest</source>
        <translation>Estudiar las más débiles</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+49"/>
        <source>Show All Questions</source>
        <translation>Mostrar todas las preguntas</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Nothing is due in %1 — study the weakest instead?</source>
        <translation>No hay nada pendiente en %1. ¿Estudiar las más débiles?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Study queue of %1: %Ln question(s) — overdue first, then the weakest, then never rated.</source>
        <translation>
            <numerusform>Cola de estudio de %1: %Ln pregunta; primero las vencidas, luego las más débiles, luego las nunca valoradas.</numerusform>
            <numerusform>Cola de estudio de %1: %Ln preguntas; primero las vencidas, luego las más débiles, luego las nunca valoradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Study queue of %1: %Ln question(s) — the weakest first, then never rated.</source>
        <translation>
            <numerusform>Cola de estudio de %1: %Ln pregunta; primero las más débiles, luego las nunca valoradas.</numerusform>
            <numerusform>Cola de estudio de %1: %Ln preguntas; primero las más débiles, luego las nunca valoradas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All the questions of %1.</source>
        <translation>Todas las preguntas de %1.</translation>
    </message>
</context>
<context>
    <name>prepdeck::StudyPane</name>
    <message>
        <location filename="../app/ui/studypane.cpp" line="+66"/>
        <location line="+289"/>
        <source>Show hint (H)</source>
        <translation>Mostrar pista (H)</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Reveal answer (Space)</source>
        <translation>Mostrar respuesta (Espacio)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Answer it in your head, or out loud, then press Space.</source>
        <translation>Responder mentalmente o en voz alta y, después, pulsar Espacio.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Rate your answer %1 of 5 (key %1)</source>
        <translation>Valorar la respuesta con %1 de 5 (tecla %1)</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Your own answer, in Markdown. It is saved with the question and shown under the suggested answer.</source>
        <translation>Respuesta propia, en Markdown. Se guarda con la pregunta y se muestra debajo de la respuesta sugerida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <location filename="../app/ui/answerhtml.cpp" line="+40"/>
        <location filename="../app/ui/studypane.cpp" line="+10"/>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <location filename="../app/ui/studypane.cpp" line="+3"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Choose a question.</source>
        <translation>Ninguna pregunta seleccionada.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Show my notes and the history</source>
        <translation>Mostrar mis notas y el historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fold my notes and the history away</source>
        <translation>Plegar mis notas y el historial</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted (Delete restores it)</source>
        <translation>Eliminada (Supr la recupera)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended (Ctrl+J brings it back)</source>
        <translation>Suspendida (Ctrl+J la reanuda)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No. %1</source>
        <translation>N.º %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked in %1% of interviews</source>
        <translation>preguntada en el %1% de las entrevistas</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+65"/>
        <source>Reveal the answer first (Space), then rate it</source>
        <translation>Primero muestre la respuesta (Espacio) y luego valórela</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rate your answer %1 of 5 (key %1): the question comes back in %2</source>
        <translation>Valorar la respuesta con %1 de 5 (tecla %1): la pregunta vuelve en %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Hide hint (H)</source>
        <translation>Ocultar pista (H)</translation>
    </message>
    <message>
        <location filename="../app/ui/answerhtml.cpp" line="-19"/>
        <source>Key concept to mention</source>
        <translation>Concepto clave que mencionar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bank has no suggested answer for this question.</source>
        <translation>Este banco no tiene respuesta sugerida para esta pregunta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coaching tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up question</source>
        <translation>Pregunta de seguimiento</translation>
    </message>
</context>
<context>
    <name>prepdeck::WelcomePage</name>
    <message>
        <location filename="../app/ui/welcomepage.cpp" line="+26"/>
        <source>Welcome to Prepdeck</source>
        <translation>Le damos la bienvenida a Prepdeck</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load your interview question banks — Markdown notes, cheat sheets, CSV decks — then study them a question at a time, rate how confident you are, and let Prepdeck bring back what you are weak at.</source>
        <translation>Prepdeck carga bancos de preguntas de entrevista (notas en Markdown, hojas de referencia, mazos en CSV), permite estudiarlos pregunta a pregunta y valorar la confianza en cada respuesta, y vuelve a mostrar lo que menos se domina.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load the starter bank</source>
        <translation>Cargar el banco inicial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import your own files…</source>
        <translation>Importar archivos propios…</translation>
    </message>
</context>
<context>
    <name>prepdeck::scheduling</name>
    <message>
        <location filename="../app/study/intervaltext.cpp" line="+34"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mo</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 y</source>
        <translation>%1 a</translation>
    </message>
</context>
</TS>
