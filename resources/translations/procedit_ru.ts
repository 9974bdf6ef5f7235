<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="88" />
            <source>&amp;New</source>
            <translation>&amp;Создать</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="92" />
            <source>Start a new project</source>
            <translation>Начать новый проект</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="96" />
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="100" />
            <source>Open a project file</source>
            <translation>Открыть файл проекта</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="104" />
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="108" />
            <source>Save the project</source>
            <translation>Сохранить проект</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="110" />
            <source>Save &amp;As…</source>
            <translation>Сохранить &amp;как…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="113" />
            <source>&amp;Export Image (PNG, SVG)…</source>
            <translation>Экспорт &amp;изображения (PNG, SVG)…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="119" />
            <source>&amp;Maps and Processes (BPMN, Excel, CSV)…</source>
            <translation>&amp;Карты и процессы (BPMN, Excel, CSV)…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="182" />
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="187" />
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="191" />
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="199" />
            <source>Cu&amp;t</source>
            <translation>&amp;Вырезать</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="206" />
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="213" />
            <source>&amp;Paste</source>
            <translation>В&amp;ставить</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="220" />
            <source>D&amp;uplicate</source>
            <translation>&amp;Дублировать</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="227" />
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="234" />
            <source>Select &amp;All</source>
            <translation>Выделить &amp;всё</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="239" />
            <source>&amp;Find…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="240" />
            <source>Find &amp;Next</source>
            <translation>Найти &amp;далее</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="245" />
            <source>Zoom &amp;In</source>
            <translation>&amp;Увеличить</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="252" />
            <source>Zoom &amp;Out</source>
            <translation>У&amp;меньшить</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="259" />
            <source>&amp;Actual Size</source>
            <translation>&amp;Реальный размер</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="265" />
            <source>&amp;Fit Map</source>
            <translation>&amp;Вся карта</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="272" />
            <source>&amp;Grid</source>
            <translation>&amp;Сетка</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="279" />
            <source>F&amp;ull Screen</source>
            <translation>&amp;Полный экран</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="306" />
            <source>Add &amp;Process</source>
            <translation>Добавить &amp;процесс</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="310" />
            <source>Add a process in the middle of the view</source>
            <translation>Добавить процесс в центр видимой области</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="315" />
            <source>Add External Pa&amp;rty</source>
            <translation>Добавить внешнюю &amp;сторону</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="319" />
            <source>Add a customer, supplier or other external party</source>
            <translation>Добавить клиента, поставщика или другую внешнюю сторону</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="334" />
            <source>Add &amp;Lane</source>
            <translation>Добавить &amp;дорожку</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="336" />
            <source>Add a department lane below the others</source>
            <translation>Добавить дорожку подразделения под остальными</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="340" />
            <source>Auto-&amp;Layout</source>
            <translation>&amp;Автораскладка</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="344" />
            <source>Arrange the processes of the map automatically</source>
            <translation>Расставить процессы карты автоматически</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="348" />
            <source>New &amp;TO BE Map from This Map</source>
            <translation>Новая карта &amp;TO BE из этой карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="357" />
            <source>Re&amp;name Map…</source>
            <translation>Пере&amp;именовать карту…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="360" />
            <source>&amp;Validation Rules…</source>
            <translation>&amp;Правила проверки…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="362" />
            <source>Turn checks off or change their severity for this project</source>
            <translation>Отключить проверки или изменить их важность для этого проекта</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="368" />
            <source>Problem &amp;Badges</source>
            <translation>&amp;Значки проблем</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="371" />
            <source>Mark processes that have problems on the map</source>
            <translation>Отмечать на карте процессы с проблемами</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="394" />
            <source>Left Edges</source>
            <translation>По левому краю</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="395" />
            <source>Centres on a Vertical Line</source>
            <translation>Центры по вертикали</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="396" />
            <source>Right Edges</source>
            <translation>По правому краю</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="397" />
            <source>Top Edges</source>
            <translation>По верхнему краю</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="398" />
            <source>Centres on a Horizontal Line</source>
            <translation>Центры по горизонтали</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="399" />
            <source>Bottom Edges</source>
            <translation>По нижнему краю</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="407" />
            <source>Horizontally</source>
            <translation>По горизонтали</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="408" />
            <source>Vertically</source>
            <translation>По вертикали</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="420" />
            <source>System Language</source>
            <translation>Язык системы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="446" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="449" />
            <source>Open &amp;Recent</source>
            <translation>&amp;Последние файлы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="454" />
            <source>&amp;Import</source>
            <translation>&amp;Импорт</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="469" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="479" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="487" />
            <source>&amp;Panels</source>
            <translation>П&amp;анели</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="489" />
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="493" />
            <source>&amp;Map</source>
            <translation>&amp;Карта</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="498" />
            <source>Ali&amp;gn</source>
            <translation>&amp;Выровнять</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="503" />
            <source>&amp;Distribute</source>
            <translation>&amp;Распределить</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="507" />
            <source>&amp;Switch Map</source>
            <translation>&amp;Перейти к карте</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="522" />
            <source>Main Toolbar</source>
            <translation>Основная панель инструментов</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="540" />
            <source>Map shown on the canvas</source>
            <translation>Карта, показанная на холсте</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="129" />
            <source>Export &amp;Data (BPMN, Excel)…</source>
            <translation>Экспорт &amp;данных (BPMN, Excel)…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="131" />
            <source>Write the maps as BPMN 2.0, or the register, criteria, RACI and findings as Excel</source>
            <translation>Записать карты в BPMN 2.0 или реестр, критерии, RACI и замечания в Excel</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="145" />
            <source>Export &amp;Regulation (PDF, Word)…</source>
            <translation>Экспорт &amp;регламента (PDF, Word)…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="148" />
            <source>Write the process regulation of this map as a PDF or a Word document</source>
            <translation>Записать регламент процессов этой карты в PDF или документ Word</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="154" />
            <source>Export Regulation of the Selected &amp;Process (PDF, Word)…</source>
            <translation>Экспорт регламента выбранного &amp;процесса (PDF, Word)…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="378" />
            <source>&amp;User Guide</source>
            <translation>&amp;Руководство пользователя</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="381" />
            <source>A short guide to procedit (works offline)</source>
            <translation>Краткое руководство по procedit (без сети)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="385" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="388" />
            <source>Every key of procedit, as it is on this computer</source>
            <translation>Все клавиши procedit — такие, как на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="390" />
            <source>&amp;About procedit</source>
            <translation>&amp;О программе procedit</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="513" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="177" />
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="180" />
            <source>Print the map, on one page or tiled over several</source>
            <translation>Напечатать карту на одном листе или на нескольких</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="287" />
            <source>&amp;Presentation Mode</source>
            <translation>Режим &amp;презентации</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="291" />
            <source>The map alone on the full screen, readable on a projector (Esc leaves)</source>
            <translation>Только карта на весь экран, читаемая на проекторе (Esc — выход)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="297" />
            <source>&amp;Legend</source>
            <translation>&amp;Легенда</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="300" />
            <source>Show what the box colours and line styles mean</source>
            <translation>Показать, что означают цвета блоков и виды линий</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="353" />
            <source>Fit Boxes to &amp;Names</source>
            <translation>Размер блоков по &amp;названиям</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="355" />
            <source>Make every box of the map big enough for its name</source>
            <translation>Увеличить блоки карты так, чтобы названия помещались целиком</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="324" />
            <source>Add &amp;Note</source>
            <translation>Добавить &amp;заметку</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="327" />
            <source>Drop a note on the map: free text for the workshop, left out of the regulation</source>
            <translation>Положить на карту заметку: свободный текст для рабочей сессии, в регламент не попадает</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="121" />
            <source>Add the maps of a BPMN 2.0 model to this project or open it as a new one, or add processes from a register in Excel or CSV to this map</source>
            <translation>Добавить карты модели BPMN 2.0 в этот проект или открыть её как новый проект, либо добавить процессы из реестра Excel или CSV на эту карту</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="137" />
            <source>P&amp;ublish Portal…</source>
            <translation>Опубликовать пор&amp;тал…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="139" />
            <source>Publish the project as a static site staff open in a browser from a file share</source>
            <translation>Опубликовать проект как статический сайт, который сотрудники открывают в браузере с файлового ресурса</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="159" />
            <source>Export Job Instruction or Department Regulation (PDF, Word)…</source>
            <translation>Экспорт должностной инструкции или положения о подразделении (PDF, Word)…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="163" />
            <source>Write the job instruction of a position or the regulation of a department</source>
            <translation>Записать должностную инструкцию должности или положение о подразделении</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="169" />
            <source>Export All &amp;Job Instructions to a Folder…</source>
            <translation>Экспорт всех &amp;должностных инструкций в папку…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/actions.py" line="171" />
            <source>Write the job instruction of every position into a folder</source>
            <translation>Записать должностные инструкции всех должностей в папку</translation>
        </message>
    </context>
    <context>
        <name>ActualsEditor</name>
        <message>
            <location filename="../../procedit/ui/panels/actuals_table.py" line="87" />
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/actuals_table.py" line="87" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/actuals_table.py" line="87" />
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/actuals_table.py" line="92" />
            <source>Actual values</source>
            <translation>Фактические значения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/actuals_table.py" line="95" />
            <source>Periods: month 2026-10, quarter 2026-Q3, week 2026-W41, year 2026. Paste a column from a spreadsheet with Ctrl+V.</source>
            <translation>Периоды: месяц 2026-10, квартал 2026-Q3, неделя 2026-W41, год 2026. Столбец из таблицы вставляется Ctrl+V.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/actuals_table.py" line="134" />
            <source>Actual values of “%s”</source>
            <translation>Фактические значения «%s»</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/actuals_table.py" line="161" />
            <source>Enter actual value</source>
            <translation>Ввести фактическое значение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/actuals_table.py" line="202" />
            <source>Delete actual value</source>
            <translation>Удалить фактическое значение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/actuals_table.py" line="238" />
            <source>Enter the first period before pasting values below it</source>
            <translation>Сначала введите первый период, затем вставляйте значения под ним</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/actuals_table.py" line="241" />
            <source>Paste actual values</source>
            <translation>Вставить фактические значения</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <location filename="../../procedit/ui/dialogs/background.py" line="78" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/background.py" line="91" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>BreadcrumbBar</name>
        <message>
            <location filename="../../procedit/ui/window/breadcrumbs.py" line="91" />
            <source>Owner: %1</source>
            <translation>Владелец: %1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/breadcrumbs.py" line="91" />
            <source>Owner: not assigned</source>
            <translation>Владелец: не назначен</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/breadcrumbs.py" line="93" />
            <source>The owner of the process this map details owns the map</source>
            <translation>Картой в целом владеет владелец процесса, который она детализирует</translation>
        </message>
    </context>
    <context>
        <name>ChangesPanel</name>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="39" />
            <source>confirmed</source>
            <translation>подтверждено</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="40" />
            <source>same element</source>
            <translation>тот же элемент</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="41" />
            <source>copied from it</source>
            <translation>скопирован из него</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="42" />
            <source>same code</source>
            <translation>тот же код</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="43" />
            <source>same name</source>
            <translation>то же название</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="44" />
            <source>similar name</source>
            <translation>похожее название</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="103" />
            <source>Element</source>
            <translation>Элемент</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="70" />
            <source>Draft Change-Log Entry</source>
            <translation>Запись в журнал изменений</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="73" />
            <source>Add an entry summarising these changes to the change log (one undo step)</source>
            <translation>Добавить в журнал изменений запись с итогом этих изменений (один шаг отмены)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="75" />
            <source>Stop Comparing</source>
            <translation>Закончить сравнение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="86" />
            <source>All changes</source>
            <translation>Все изменения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="89" />
            <source>Findings fixed and introduced</source>
            <translation>Исправленные и новые замечания</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="92" />
            <source>Filter by text…</source>
            <translation>Поиск по тексту…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="103" />
            <source>What changed</source>
            <translation>Что изменилось</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="103" />
            <source>Before</source>
            <translation>Было</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="103" />
            <source>After</source>
            <translation>Стало</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="116" />
            <source>This map</source>
            <translation>Эта карта</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="116" />
            <source>Other map</source>
            <translation>Другая карта</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="116" />
            <source>Paired by</source>
            <translation>Как сопоставлены</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="119" />
            <source>Confirm Pair</source>
            <translation>Подтвердить пару</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="120" />
            <source>Change Pair…</source>
            <translation>Изменить пару…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="121" />
            <source>Break Pair</source>
            <translation>Разорвать пару</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="141" />
            <source>Copy Report</source>
            <translation>Копировать отчёт</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="143" />
            <source>Add to Project as Reference Map</source>
            <translation>Добавить в проект как эталонную карту</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="146" />
            <source>Keep the reference model in the project: the survey report then compares the map with it</source>
            <translation>Сохранить эталонную модель в проекте: тогда отчёт об обследовании сравнит карту с ней</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="160" />
            <source>Changes</source>
            <translation>Изменения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="161" />
            <source>Pairs</source>
            <translation>Пары</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="182" />
            <source>Map ▸ Compare With… shows here what differs between two maps.</source>
            <translation>Карта ▸ Сравнить с… покажет здесь, чем различаются две карты.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="187" />
            <source>“%1” compared with %2</source>
            <translation>«%1» в сравнении с %2</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="202" />
            <source>finding fixed</source>
            <translation>замечание исправлено</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="202" />
            <source>finding introduced</source>
            <translation>новое замечание</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="252" />
            <source>Reference</source>
            <translation>Эталон</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/changes.py" line="266" />
            <source>%1 of %2</source>
            <translation>%1 из %2</translation>
        </message>
    </context>
    <context>
        <name>ControlUi</name>
        <message>
            <location filename="../../procedit/ui/window/control.py" line="19" />
            <source>Criteria</source>
            <translation>Критерии</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/control.py" line="27" />
            <source>Criteria &amp;Marks</source>
            <translation>&amp;Метки критериев</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/control.py" line="32" />
            <source>Mark processes whose criteria miss their targets</source>
            <translation>Отмечать процессы, критерии которых не достигают цели</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/control.py" line="45" />
            <source>Criteria &amp;Actuals (CSV, Excel)…</source>
            <translation>&amp;Фактические значения критериев (CSV, Excel)…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/control.py" line="49" />
            <source>Import actual values of criteria from a CSV or XLSX table</source>
            <translation>Импортировать фактические значения критериев из таблицы CSV или XLSX</translation>
        </message>
    </context>
    <context>
        <name>CriteriaPanel</name>
        <message>
            <location filename="../../procedit/ui/docks/criteria.py" line="57" />
            <source>Status filter</source>
            <translation>Фильтр по статусу</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria.py" line="59" />
            <source>All statuses</source>
            <translation>Все статусы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria.py" line="60" />
            <source>Not met (missed or warning)</source>
            <translation>Не выполнены (провал или на грани)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria.py" line="61" />
            <source>Missed</source>
            <translation>Не выполнены</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria.py" line="62" />
            <source>Warning</source>
            <translation>На грани</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria.py" line="63" />
            <source>Stale</source>
            <translation>Устаревшие данные</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria.py" line="64" />
            <source>No data</source>
            <translation>Нет данных</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria.py" line="65" />
            <source>Met</source>
            <translation>Выполнены</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria.py" line="69" />
            <source>Owner filter</source>
            <translation>Фильтр по владельцу</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria.py" line="71" />
            <source>Filter by process or criterion</source>
            <translation>Фильтр по процессу или критерию</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria.py" line="99" />
            <location filename="../../procedit/ui/docks/criteria.py" line="295" />
            <source>Select a criterion to see its values against the target.</source>
            <translation>Выберите критерий, чтобы увидеть его значения относительно цели.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria.py" line="101" />
            <location filename="../../procedit/ui/docks/criteria.py" line="283" />
            <source>Plan a corrective action</source>
            <translation>Запланировать корректирующее действие</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria.py" line="245" />
            <source>All owners</source>
            <translation>Все владельцы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria.py" line="261" />
            <source>%1 of %2 shown, %3 missed</source>
            <translation>показано %1 из %2, не выполнено %3</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria_model.py" line="27" />
            <source>Process</source>
            <translation>Процесс</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria_model.py" line="28" />
            <source>Criterion</source>
            <translation>Критерий</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria_model.py" line="29" />
            <source>Target</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria_model.py" line="30" />
            <source>Last actual</source>
            <translation>Последний факт</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria_model.py" line="31" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria_model.py" line="32" />
            <source>Trend</source>
            <translation>Тренд</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/criteria_model.py" line="33" />
            <source>Owner</source>
            <translation>Владелец</translation>
        </message>
    </context>
    <context>
        <name>CriteriaSection</name>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="58" />
            <source>Criteria (KPI)</source>
            <translation>Критерии (KPI)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="64" />
            <location filename="../../procedit/ui/panels/criteria_section.py" line="174" />
            <source>Criterion</source>
            <translation>Критерий</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="65" />
            <source>e.g. Orders shipped on time</source>
            <translation>напр. Заказы отгружены в срок</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="70" />
            <source>Target</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="71" />
            <source>≥ 95</source>
            <translation>≥ 95</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="77" />
            <source>A comparison: ≥ 120, ≤ 5, = 100, 5–10, yes or no</source>
            <translation>Сравнение: ≥ 120, ≤ 5, = 100, 5–10, да или нет</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="79" />
            <source>Unit</source>
            <translation>Ед. изм.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="82" />
            <source>Warning at</source>
            <translation>Порог предупреждения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="84" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="89" />
            <source>The warning threshold between the target and failure (for ≥ and ≤ targets)</source>
            <translation>Порог предупреждения между целью и провалом (для целей ≥ и ≤)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="92" />
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="92" />
            <source>month</source>
            <translation>месяц</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="95" />
            <location filename="../../procedit/ui/panels/criteria_section.py" line="182" />
            <source>Responsible</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="102" />
            <source>Method</source>
            <translation>Метод</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="105" />
            <source>How it is measured, e.g. CRM report “Orders by date”</source>
            <translation>Как измеряется, напр. отчёт CRM «Заказы по датам»</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="109" />
            <source>Formula</source>
            <translation>Формула</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="112" />
            <source>e.g. deals / leads × 100 %</source>
            <translation>напр. сделки / лиды × 100 %</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="116" />
            <source>Data source</source>
            <translation>Источник данных</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="119" />
            <source>CRM report, survey, ledger…</source>
            <translation>отчёт CRM, опрос, учётная система…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="123" />
            <source>Actuals…</source>
            <translation>Факт…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="127" />
            <source>Enter the actual values of this criterion</source>
            <translation>Ввести фактические значения этого критерия</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="131" />
            <location filename="../../procedit/ui/panels/criteria_section.py" line="269" />
            <source>Plan a corrective action</source>
            <translation>Запланировать корректирующее действие</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="136" />
            <source>Add a corrective action prefilled from this criterion's miss</source>
            <translation>Добавить корректирующее действие, заполненное по невыполнению критерия</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="139" />
            <location filename="../../procedit/ui/panels/criteria_section.py" line="148" />
            <source>Add criterion</source>
            <translation>Добавить критерий</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="140" />
            <source>No criteria yet: how do you know the process works?</source>
            <translation>Критериев пока нет: как понять, что процесс работает?</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="149" />
            <source>Change criterion</source>
            <translation>Изменить критерий</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="150" />
            <source>Remove criterion</source>
            <translation>Удалить критерий</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="157" />
            <source>Corrective actions</source>
            <translation>Корректирующие действия</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="160" />
            <source>planned</source>
            <translation>запланировано</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="161" />
            <source>in progress</source>
            <translation>выполняется</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="162" />
            <source>done</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="163" />
            <source>cancelled</source>
            <translation>отменено</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="168" />
            <source>What</source>
            <translation>Что сделать</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="168" />
            <source>e.g. Launch a second ad account</source>
            <translation>напр. Запустить второй рекламный кабинет</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="170" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="171" />
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="171" />
            <source>the cause it removes</source>
            <translation>какую причину устраняет</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="188" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="190" />
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="190" />
            <source>what came of it</source>
            <translation>что получилось</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="193" />
            <location filename="../../procedit/ui/panels/criteria_section.py" line="202" />
            <source>Add corrective action</source>
            <translation>Добавить корректирующее действие</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="194" />
            <source>No corrective actions.</source>
            <translation>Корректирующих действий нет.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="203" />
            <source>Change corrective action</source>
            <translation>Изменить корректирующее действие</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="204" />
            <source>Remove corrective action</source>
            <translation>Удалить корректирующее действие</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="241" />
            <source>Overdue since %s</source>
            <translation>Просрочено с %s</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="252" />
            <source>This target cannot be checked: write a comparison such as ≥ 120, ≤ 5, 5–10 or yes</source>
            <translation>Эту цель нельзя проверить: запишите сравнение, напр. ≥ 120, ≤ 5, 5–10 или да</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/criteria_section.py" line="257" />
            <source>Write a number</source>
            <translation>Введите число</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../procedit/ui/panels/checked_fields.py" line="193" />
            <source>Pick a date</source>
            <translation>Выбрать дату</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/checked_fields.py" line="209" />
            <source>a date such as %1</source>
            <translation>дата вида %1</translation>
        </message>
    </context>
    <context>
        <name>Docks</name>
        <message>
            <location filename="../../procedit/ui/docks/document_panels.py" line="76" />
            <source>Select a process to see its properties.</source>
            <translation>Выделите процесс, чтобы увидеть его свойства.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/document_panels.py" line="87" />
            <source>Problems of the map will be listed here.</source>
            <translation>Здесь будут перечислены проблемы карты.</translation>
        </message>
    </context>
    <context>
        <name>DocumentColumns</name>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="20" />
            <source>Person</source>
            <translation>Человек</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="27" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="30" />
            <source>Approves</source>
            <translation>Утверждает</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="31" />
            <source>Agrees</source>
            <translation>Согласует</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="36" />
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="37" />
            <source>e.g. Agreed</source>
            <translation>например, Согласовано</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="41" />
            <location filename="../../procedit/ui/panels/document_columns.py" line="61" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="48" />
            <source>Add approver</source>
            <translation>Добавить согласующего</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="49" />
            <source>No approvers yet.</source>
            <translation>Согласующих пока нет.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="50" />
            <source>Change approver</source>
            <translation>Изменение согласующего</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="51" />
            <source>Remove approver</source>
            <translation>Удаление согласующего</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="57" />
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="59" />
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="64" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="65" />
            <source>e.g. Ivanova A.</source>
            <translation>например, Иванова А.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="70" />
            <source>What changed</source>
            <translation>Что изменилось</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="71" />
            <source>e.g. Added stage 3</source>
            <translation>например, Добавлен этап 3</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="80" />
            <source>Add change</source>
            <translation>Добавить изменение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="81" />
            <source>No changes recorded yet.</source>
            <translation>Изменений пока не записано.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="82" />
            <source>Change log entry</source>
            <translation>Изменение записи листа изменений</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/document_columns.py" line="83" />
            <source>Remove log entry</source>
            <translation>Удаление записи листа изменений</translation>
        </message>
    </context>
    <context>
        <name>ExportImage</name>
        <message>
            <location filename="../../procedit/ui/dialogs/export_dialog.py" line="27" />
            <source>PNG image (*.png)</source>
            <translation>Изображение PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/export_dialog.py" line="28" />
            <source>SVG drawing (*.svg)</source>
            <translation>Рисунок SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/export_dialog.py" line="31" />
            <location filename="../../procedit/ui/dialogs/export_dialog.py" line="40" />
            <location filename="../../procedit/ui/dialogs/export_dialog.py" line="46" />
            <source>Export Map Image</source>
            <translation>Экспорт изображения карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/export_dialog.py" line="47" />
            <source>Scale:</source>
            <translation>Масштаб:</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/export_dialog.py" line="61" />
            <source>The map is large: the image was scaled down.</source>
            <translation>Карта большая: изображение уменьшено.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/export_dialog.py" line="66" />
            <source>Cannot Export Image</source>
            <translation>Не удалось экспортировать изображение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/export_dialog.py" line="69" />
            <source>Exported %1</source>
            <translation>Экспортировано: %1</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../procedit/ui/window/find.py" line="90" />
            <source>Find:</source>
            <translation>Найти:</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/find.py" line="94" />
            <source>Name, code, owner or any text of a process</source>
            <translation>Название, код, владелец или любой текст процесса</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/find.py" line="101" />
            <source>Previous (Shift+Enter)</source>
            <translation>Предыдущее (Shift+Enter)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/find.py" line="105" />
            <source>Next (Enter)</source>
            <translation>Следующее (Enter)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/find.py" line="115" />
            <source>Close (Esc)</source>
            <translation>Закрыть (Esc)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/find.py" line="190" />
            <source>Not found</source>
            <translation>Не найдено</translation>
        </message>
        <message numerus="yes">
            <location filename="../../procedit/ui/window/find.py" line="192" />
            <source>%n hit(s)</source>
            <translation>
                <numerusform>найден %n</numerusform>
                <numerusform>найдено %n</numerusform>
                <numerusform>найдено %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/find.py" line="195" />
            <source>%1 of %2</source>
            <translation>%1 из %2</translation>
        </message>
    </context>
    <context>
        <name>FindingsBox</name>
        <message numerus="yes">
            <location filename="../../procedit/ui/panels/findings_box.py" line="103" />
            <source>…and %n more in the Problems panel</source>
            <translation>
                <numerusform>…и ещё %n в панели «Проблемы»</numerusform>
                <numerusform>…и ещё %n в панели «Проблемы»</numerusform>
                <numerusform>…и ещё %n в панели «Проблемы»</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/findings_box.py" line="124" />
            <source>Show or hide the problems of this element</source>
            <translation>Показать или скрыть проблемы этого элемента</translation>
        </message>
    </context>
    <context>
        <name>FormBase</name>
        <message>
            <location filename="../../procedit/ui/panels/form_base.py" line="89" />
            <source>Edit not applied</source>
            <translation>Изменение не применено</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/form_base.py" line="89" />
            <source>The change was refused: %s</source>
            <translation>Изменение отклонено: %s</translation>
        </message>
    </context>
    <context>
        <name>ImportActualsDialog</name>
        <message>
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="39" />
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="120" />
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="131" />
            <source>Import Criteria Actuals</source>
            <translation>Импорт фактических значений критериев</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="43" />
            <source>Into the map “%1”</source>
            <translation>В карту «%1»</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="50" />
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="75" />
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="51" />
            <source>Process</source>
            <translation>Процесс</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="52" />
            <source>Criterion</source>
            <translation>Критерий</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="53" />
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="54" />
            <source>Was</source>
            <translation>Было</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="55" />
            <source>Becomes</source>
            <translation>Станет</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="72" />
            <source>What will change:</source>
            <translation>Что изменится:</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="75" />
            <source>Why it is refused</source>
            <translation>Почему отклонена</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="82" />
            <source>Apply the valid rows and leave the refused ones out</source>
            <translation>Применить верные строки, а отклонённые пропустить</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="85" />
            <source>Refused rows (fix them in the file, or apply only the valid rows):</source>
            <translation>Отклонённые строки (исправьте их в файле или примените только верные):</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="122" />
            <source>Tables (*.xlsx *.csv);;All files (*)</source>
            <translation>Таблицы (*.xlsx *.csv);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/import_actuals.py" line="142" />
            <source>Import criteria actuals</source>
            <translation>Импорт фактических значений критериев</translation>
        </message>
    </context>
    <context>
        <name>Interchange</name>
        <message>
            <location filename="../../procedit/ui/dialogs/replace.py" line="22" />
            <source>“%1” already exists. Do you want to replace it?</source>
            <translation>Файл «%1» уже существует. Заменить его?</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="49" />
            <source>BPMN model or process register (*.bpmn *.xml *.xlsx *.xlsm *.csv *.tsv *.txt)</source>
            <translation>Модель BPMN или реестр процессов (*.bpmn *.xml *.xlsx *.xlsm *.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="50" />
            <source>BPMN 2.0 model (*.bpmn *.xml)</source>
            <translation>Модель BPMN 2.0 (*.bpmn *.xml)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="51" />
            <source>Process register (*.xlsx *.xlsm *.csv *.tsv *.txt)</source>
            <translation>Реестр процессов (*.xlsx *.xlsm *.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="54" />
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="64" />
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="141" />
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="172" />
            <source>Cannot Import</source>
            <translation>Не удалось импортировать</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="82" />
            <source>Imported %1</source>
            <translation>Импортировано: %1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="84" />
            <source>BPMN Imported</source>
            <translation>BPMN импортирован</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="102" />
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="136" />
            <source>Import BPMN</source>
            <translation>Импорт BPMN</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="103" />
            <source>Add the maps of “%1” to this project, or open the model as a new project?</source>
            <translation>Добавить карты из «%1» в этот проект или открыть модель как новый проект?</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="106" />
            <source>Added maps are one step in Edit ▸ Undo; people and departments are matched by name or added, and a map named like one of this project's gets a number.</source>
            <translation>Добавление карт отменяется одним шагом (Правка ▸ Отменить); люди и подразделения сопоставляются по имени или добавляются, а карта с уже занятым в проекте именем получает номер.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="110" />
            <source>&amp;Add to This Project</source>
            <translation>&amp;Добавить в этот проект</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="111" />
            <source>&amp;Open as New Project</source>
            <translation>&amp;Открыть как новый проект</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="141" />
            <source>The maps were not added: %1</source>
            <translation>Карты не добавлены: %1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="172" />
            <source>The processes were not added: %1</source>
            <translation>Процессы не добавлены: %1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="177" />
            <source>Imported %1 processes from %2</source>
            <translation>Импортировано процессов: %1 из %2</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="190" />
            <source>BPMN 2.0 model (*.bpmn)</source>
            <translation>Модель BPMN 2.0 (*.bpmn)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="191" />
            <source>Excel workbook: register, criteria, RACI, findings (*.xlsx)</source>
            <translation>Книга Excel: реестр, критерии, RACI, замечания (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="195" />
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="202" />
            <source>Export Data</source>
            <translation>Экспорт данных</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="210" />
            <source>Cannot Export</source>
            <translation>Не удалось экспортировать</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/interchange_dialog.py" line="212" />
            <source>Exported %1</source>
            <translation>Экспортировано: %1</translation>
        </message>
    </context>
    <context>
        <name>ItemTable</name>
        <message>
            <location filename="../../procedit/ui/panels/tables.py" line="276" />
            <source>Move up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/tables.py" line="276" />
            <source>Move down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/tables.py" line="277" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
    </context>
    <context>
        <name>LaneForm</name>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="61" />
            <source>Lane</source>
            <translation>Дорожка</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="64" />
            <source>e.g. Sales department</source>
            <translation>например, Отдел продаж</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="64" />
            <source>Rename lane</source>
            <translation>Переименование дорожки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="66" />
            <source>Change lane department</source>
            <translation>Изменение подразделения дорожки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="69" />
            <source>Move lane</source>
            <translation>Переместить дорожку</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="73" />
            <source>Resize lane</source>
            <translation>Изменить высоту дорожки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="75" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="76" />
            <source>Department</source>
            <translation>Подразделение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="77" />
            <source>Top</source>
            <translation>Верх</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="78" />
            <source>Height</source>
            <translation>Высота</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="87" />
            <source>— none —</source>
            <translation>— нет —</translation>
        </message>
    </context>
    <context>
        <name>LinkForm</name>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="18" />
            <source>Arrow</source>
            <translation>Стрелка</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="23" />
            <source>What passes, e.g. Paid order</source>
            <translation>Что передаётся, например, Оплаченный заказ</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="23" />
            <source>Change arrow label</source>
            <translation>Изменение подписи стрелки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="25" />
            <source>Change carried output</source>
            <translation>Изменение передаваемого выхода</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="26" />
            <source>Change carried input</source>
            <translation>Изменение принимаемого входа</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="27" />
            <source>Change arrow kind</source>
            <translation>Изменение вида стрелки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="30" />
            <source>Work product or material</source>
            <translation>Продукт работы или материал</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="31" />
            <source>Information</source>
            <translation>Информация</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="32" />
            <source>Control</source>
            <translation>Управление</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="35" />
            <source>Change arrow routing</source>
            <translation>Изменение прокладки стрелки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="37" />
            <source>Straight</source>
            <translation>Прямая</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="37" />
            <source>Right angles</source>
            <translation>Под прямыми углами</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="39" />
            <source>From → to</source>
            <translation>Откуда → куда</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="40" />
            <source>What passes</source>
            <translation>Что передаётся</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="41" />
            <source>Output of the source</source>
            <translation>Выход источника</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="42" />
            <source>Input of the target</source>
            <translation>Вход получателя</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="43" />
            <source>Record as output/input</source>
            <translation>Записать как выход/вход</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="46" />
            <source>Adds the label as an output of the source and an input of the target and links them to the arrow</source>
            <translation>Добавляет подпись как выход источника и вход получателя и связывает их со стрелкой</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="53" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="54" />
            <source>Routing</source>
            <translation>Прокладка</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="66" />
            <location filename="../../procedit/ui/panels/link_form.py" line="67" />
            <source>— not recorded —</source>
            <translation>— не записано —</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="75" />
            <source>— an external party has none —</source>
            <translation>— у внешней стороны нет —</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="86" />
            <source>Type what passes, then record it as an output of the source and an input of the target.</source>
            <translation>Введите, что передаётся, и запишите это как выход источника и вход получателя.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="88" />
            <source>The processes do not list what this arrow carries yet.</source>
            <translation>Процессы пока не указывают, что передаёт эта стрелка.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/link_form.py" line="94" />
            <source>Record what the arrow carries</source>
            <translation>Запись того, что передаёт стрелка</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../procedit/ui/window/files.py" line="115" />
            <source>Unsaved Changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/files.py" line="116" />
            <source>The project “%1” has unsaved changes. Save them?</source>
            <translation>В проекте «%1» есть несохранённые изменения. Сохранить их?</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/files.py" line="137" />
            <source>Open Project</source>
            <translation>Открыть проект</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/files.py" line="148" />
            <source>Open Recent</source>
            <translation>Последние файлы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/files.py" line="149" />
            <source>The file no longer exists:
%1</source>
            <translation>Файла больше нет:
%1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/files.py" line="173" />
            <location filename="../../procedit/ui/window/files.py" line="177" />
            <location filename="../../procedit/ui/window/files.py" line="181" />
            <source>Cannot Open Project</source>
            <translation>Не удалось открыть проект</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/files.py" line="188" />
            <source>Opened %1</source>
            <translation>Открыт %1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/files.py" line="213" />
            <location filename="../../procedit/ui/window/files.py" line="218" />
            <source>Save Project As</source>
            <translation>Сохранить проект как</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/files.py" line="239" />
            <source>Saved %1</source>
            <translation>Сохранено: %1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/files.py" line="260" />
            <source>No recent files</source>
            <translation>Нет последних файлов</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/files.py" line="263" />
            <source>Clear List</source>
            <translation>Очистить список</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="93" />
            <source>Properties</source>
            <translation>Свойства</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="96" />
            <source>Problems</source>
            <translation>Проблемы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="123" />
            <source>This map is empty.
Double-click the canvas or press Insert to add a process.</source>
            <translation>Карта пуста.
Дважды щёлкните по холсту или нажмите Insert, чтобы добавить процесс.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="324" />
            <source>New TO BE map</source>
            <translation>Новая карта TO BE</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="346" />
            <source>Rename Map</source>
            <translation>Переименование карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="346" />
            <source>Map name:</source>
            <translation>Название карты:</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="349" />
            <source>Rename map</source>
            <translation>Переименование карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="386" />
            <source>Rename</source>
            <translation>Переименовать</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="393" />
            <source>Paste Here</source>
            <translation>Вставить сюда</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="398" />
            <source>Add Process Here</source>
            <translation>Добавить процесс сюда</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="403" />
            <source>Add External Party Here</source>
            <translation>Добавить внешнюю сторону сюда</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="445" />
            <source>Lane %1</source>
            <translation>Дорожка %1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="447" />
            <source>Add lane</source>
            <translation>Добавить дорожку</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="496" />
            <source>The language changes when procedit is started again.</source>
            <translation>Язык сменится при следующем запуске procedit.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="535" />
            <source>Export Process Regulation</source>
            <translation>Экспорт регламента процесса</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="536" />
            <source>Select one process that has a code (for example P1) to export its regulation.</source>
            <translation>Выделите один процесс с кодом (например, П1), чтобы экспортировать его регламент.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/files.py" line="210" />
            <location filename="../../procedit/ui/window/main_window.py" line="566" />
            <source>Untitled</source>
            <translation>Без имени</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="578" />
            <source>Processes: %1   Links: %2</source>
            <translation>Процессов: %1   Связей: %2</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="581" />
            <source>Modified</source>
            <translation>Изменён</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="583" />
            <source>New file</source>
            <translation>Новый файл</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="585" />
            <source>Saved</source>
            <translation>Сохранён</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="608" />
            <source>Errors: %1   Warnings: %2</source>
            <translation>Ошибок: %1   Предупреждений: %2</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="91" />
            <source>Maps</source>
            <translation>Карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="490" />
            <source>Fit boxes to names</source>
            <translation>Размер блоков по названиям</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="492" />
            <source>Every name already fits its box.</source>
            <translation>Все названия уже помещаются в блоки.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="272" />
            <source>Not changed: %1</source>
            <translation>Не изменено: %1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/files.py" line="192" />
            <source>An unfinished save was found and kept as %1 (open it to compare).</source>
            <translation>Найдено незавершённое сохранение, оно сохранено как %1 (откройте, чтобы сравнить).</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/files.py" line="196" />
            <source> (removed temporary files a crash left there: %1)</source>
            <translation> (удалены временные файлы, оставшиеся после сбоя: %1)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/main_window.py" line="407" />
            <source>Add Note Here</source>
            <translation>Добавить заметку здесь</translation>
        </message>
    </context>
    <context>
        <name>MapDocumentSection</name>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="43" />
            <source>Document of this map</source>
            <translation>Документ этой карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="48" />
            <source>e.g. RG-01</source>
            <translation>например, РГ-01</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="48" />
            <source>Change document code</source>
            <translation>Изменение кода документа</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="51" />
            <source>e.g. Regulation of the sales process</source>
            <translation>например, Регламент процесса продаж</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="53" />
            <source>Change document title</source>
            <translation>Изменение названия документа</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="55" />
            <source>Change version</source>
            <translation>Изменение версии</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="59" />
            <source>Draft</source>
            <translation>Черновик</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="60" />
            <source>Under approval</source>
            <translation>На согласовании</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="61" />
            <source>Approved</source>
            <translation>Утверждён</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="64" />
            <source>Change status</source>
            <translation>Изменение статуса</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="67" />
            <source>Change effective date</source>
            <translation>Изменение даты введения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="70" />
            <source>Change author</source>
            <translation>Изменение автора</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="71" />
            <location filename="../../procedit/ui/panels/map_document.py" line="146" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="72" />
            <location filename="../../procedit/ui/panels/map_document.py" line="149" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="73" />
            <source>The title of the normative document: not the map's name, no “TO BE”.</source>
            <translation>Название нормативного документа: не название карты и без «TO BE».</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="74" />
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="75" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="76" />
            <source>Effective date</source>
            <translation>Дата введения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="77" />
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="80" />
            <source>Sections of the regulation</source>
            <translation>Разделы регламента</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="83" />
            <source>What the regulation sets and whom it binds</source>
            <translation>Что устанавливает регламент и для кого он обязателен</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="85" />
            <source>Change general provisions</source>
            <translation>Изменить общие положения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="88" />
            <source>What owners and performers answer for and may decide</source>
            <translation>За что отвечают владельцы и исполнители и что вправе решать</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="90" />
            <source>Change responsibility and authority</source>
            <translation>Изменить ответственность и полномочия</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="94" />
            <source>Change who analyses</source>
            <translation>Изменить, кто проводит анализ</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="97" />
            <source>e.g. monthly, by the 10th</source>
            <translation>например, ежемесячно, до 10-го числа</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="99" />
            <source>Change analysis period</source>
            <translation>Изменить периодичность анализа</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="102" />
            <source>e.g. minutes of the marketing meeting</source>
            <translation>например, протокол совещания по маркетингу</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="104" />
            <source>Change where the analysis is recorded</source>
            <translation>Изменить, где фиксируется анализ</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="107" />
            <source>e.g. at least once a year</source>
            <translation>например, не реже раза в год</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="109" />
            <source>Change review period</source>
            <translation>Изменить периодичность пересмотра</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="112" />
            <source>Who may propose a change and how</source>
            <translation>Кто и как может предложить изменение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="114" />
            <source>Change who may initiate a change</source>
            <translation>Изменить, кто может инициировать изменение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="116" />
            <source>General provisions</source>
            <translation>Общие положения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="117" />
            <source>Responsibility and authority</source>
            <translation>Ответственность и полномочия</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="118" />
            <source>Monitoring and analysis</source>
            <translation>Мониторинг и анализ</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="119" />
            <source>Analysed by</source>
            <translation>Анализ проводит</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="120" />
            <source>How often</source>
            <translation>Как часто</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="121" />
            <source>Recorded in</source>
            <translation>Где фиксируется</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="122" />
            <source>Change procedure</source>
            <translation>Порядок внесения изменений</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="123" />
            <source>Review period</source>
            <translation>Периодичность пересмотра</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="124" />
            <source>Who may initiate</source>
            <translation>Кто инициирует изменения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="128" />
            <source>Approval of this map's document</source>
            <translation>Согласование документа этой карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="135" />
            <source>Change log of this map's document</source>
            <translation>Лист изменений документа этой карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="142" />
            <source>Normative references (all maps)</source>
            <translation>Нормативные ссылки (для всех карт)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="146" />
            <source>e.g. ISO 9001:2015</source>
            <translation>например, ГОСТ Р ИСО 9001-2015</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="150" />
            <source>e.g. Quality management systems</source>
            <translation>например, Системы менеджмента качества</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="154" />
            <location filename="../../procedit/ui/panels/map_document.py" line="162" />
            <source>Add reference</source>
            <translation>Добавить ссылку</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="155" />
            <source>No normative references yet.</source>
            <translation>Нормативных ссылок пока нет.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="163" />
            <source>Change reference</source>
            <translation>Изменить ссылку</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="164" />
            <source>Remove reference</source>
            <translation>Удалить ссылку</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="248" />
            <source>Approval</source>
            <translation>Согласование</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="248" />
            <source>Add people to the register first.</source>
            <translation>Сначала добавьте людей в реестр.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="263" />
            <source>This map has a document of its own.</source>
            <translation>У этой карты свой документ.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="266" />
            <source>This map prints with the project's passport; the first change here gives it its own.</source>
            <translation>Карта печатается с паспортом проекта; первое изменение здесь даст ей собственный документ.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/map_document.py" line="275" />
            <source>— not set —</source>
            <translation>— не задано —</translation>
        </message>
    </context>
    <context>
        <name>MapSwitcher</name>
        <message>
            <location filename="../../procedit/ui/window/maps.py" line="20" />
            <source>AS IS</source>
            <translation>AS IS</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/maps.py" line="22" />
            <source>TO BE</source>
            <translation>TO BE</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/maps.py" line="23" />
            <source>Reference</source>
            <translation>Эталон</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/maps.py" line="28" />
            <source>(unnamed map)</source>
            <translation>(карта без названия)</translation>
        </message>
    </context>
    <context>
        <name>MapsPanel</name>
        <message>
            <location filename="../../procedit/ui/docks/maps_dock.py" line="95" />
            <source>Map</source>
            <translation>Карта</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/maps_dock.py" line="95" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/maps_dock.py" line="95" />
            <source>Problems</source>
            <translation>Проблемы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/maps_dock.py" line="138" />
            <location filename="../../procedit/ui/docks/maps_dock.py" line="264" />
            <source>(unnamed map)</source>
            <translation>(карта без названия)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/maps_dock.py" line="140" />
            <source>Process decomposed into the maps below</source>
            <translation>Процесс, детализированный картами ниже</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/maps_dock.py" line="139" />
            <source>Not checked yet</source>
            <translation>Ещё не проверена</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/maps_dock.py" line="193" />
            <source>Errors: %1   Warnings: %2</source>
            <translation>Ошибок: %1   Предупреждений: %2</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/maps_dock.py" line="266" />
            <source>Rename map</source>
            <translation>Переименование карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/maps_dock.py" line="287" />
            <source>Reorder maps</source>
            <translation>Изменение порядка карт</translation>
        </message>
    </context>
    <context>
        <name>MultiForm</name>
        <message>
            <location filename="../../procedit/ui/panels/multi_form.py" line="23" />
            <source>All selected processes</source>
            <translation>Все выделенные процессы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/multi_form.py" line="28" />
            <source>Management</source>
            <translation>Управляющий</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/multi_form.py" line="29" />
            <source>Core (creates value for the customer)</source>
            <translation>Основной (создаёт ценность для клиента)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/multi_form.py" line="30" />
            <source>Support</source>
            <translation>Обеспечивающий</translation>
        </message>
        <message numerus="yes">
            <location filename="../../procedit/ui/panels/multi_form.py" line="35" />
            <source>Change kind of %n process(es)</source>
            <translation>
                <numerusform>Изменение вида %n процесса</numerusform>
                <numerusform>Изменение вида %n процессов</numerusform>
                <numerusform>Изменение вида %n процессов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../procedit/ui/panels/multi_form.py" line="41" />
            <source>Change department of %n process(es)</source>
            <translation>
                <numerusform>Изменение подразделения %n процесса</numerusform>
                <numerusform>Изменение подразделения %n процессов</numerusform>
                <numerusform>Изменение подразделения %n процессов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../procedit/ui/panels/multi_form.py" line="47" />
            <source>Change owner of %n process(es)</source>
            <translation>
                <numerusform>Изменение владельца %n процесса</numerusform>
                <numerusform>Изменение владельца %n процессов</numerusform>
                <numerusform>Изменение владельца %n процессов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/multi_form.py" line="51" />
            <source>A choice here applies to every selected process; empty means they differ.</source>
            <translation>Выбор здесь применяется ко всем выделенным процессам; пусто — значения различаются.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/multi_form.py" line="53" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/multi_form.py" line="54" />
            <source>Department</source>
            <translation>Подразделение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/multi_form.py" line="55" />
            <source>Owner</source>
            <translation>Владелец</translation>
        </message>
        <message numerus="yes">
            <location filename="../../procedit/ui/panels/multi_form.py" line="70" />
            <source>%n elements selected.</source>
            <translation>
                <numerusform>Выделен %n элемент.</numerusform>
                <numerusform>Выделено %n элемента.</numerusform>
                <numerusform>Выделено %n элементов.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/multi_form.py" line="73" />
            <source>Select one to see all its properties.</source>
            <translation>Выделите один, чтобы увидеть все его свойства.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/multi_form.py" line="75" />
            <source>Select one to see and edit its properties.</source>
            <translation>Выделите один, чтобы увидеть и изменить его свойства.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../procedit/ui/panels/multi_form.py" line="81" />
            <source>All %n selected process(es)</source>
            <translation>
                <numerusform>Весь %n выделенный процесс</numerusform>
                <numerusform>Все %n выделенных процесса</numerusform>
                <numerusform>Все %n выделенных процессов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/multi_form.py" line="82" />
            <source>— none —</source>
            <translation>— нет —</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/multi_form.py" line="83" />
            <source>— no owner yet —</source>
            <translation>— владельца пока нет —</translation>
        </message>
    </context>
    <context>
        <name>MultiPick</name>
        <message>
            <location filename="../../procedit/ui/panels/pickers.py" line="72" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/pickers.py" line="122" />
            <source>Nothing to choose from yet</source>
            <translation>Пока не из чего выбирать</translation>
        </message>
    </context>
    <context>
        <name>NewProject</name>
        <message>
            <location filename="../../procedit/ui/window/files.py" line="35" />
            <source>New project</source>
            <translation>Новый проект</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/files.py" line="37" />
            <source>Process map</source>
            <translation>Карта процессов</translation>
        </message>
    </context>
    <context>
        <name>NoteForm</name>
        <message>
            <location filename="../../procedit/ui/panels/note_form.py" line="19" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/note_form.py" line="22" />
            <source>What the workshop said: a remark, a question, an idea</source>
            <translation>Что прозвучало на сессии: замечание, вопрос, идея</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/note_form.py" line="24" />
            <source>Edit note</source>
            <translation>Изменить заметку</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/note_form.py" line="26" />
            <source>Change note colour</source>
            <translation>Изменить цвет заметки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/note_form.py" line="28" />
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/note_form.py" line="29" />
            <source>Colour</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/note_form.py" line="32" />
            <source>A note is for the workshop: it is saved with the map, shown on the canvas, in presentation mode and in print, and left out of the regulation and the checks.</source>
            <translation>Заметка — для рабочей сессии: она сохраняется вместе с картой, видна на холсте, в режиме презентации и при печати, но не попадает в регламент и не проверяется.</translation>
        </message>
    </context>
    <context>
        <name>NumberField</name>
        <message>
            <location filename="../../procedit/ui/panels/checked_fields.py" line="120" />
            <source>a number from %1 to %2</source>
            <translation>число от %1 до %2</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/checked_fields.py" line="122" />
            <source>a number of at least %1</source>
            <translation>число не меньше %1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/checked_fields.py" line="124" />
            <source>a number of at most %1</source>
            <translation>число не больше %1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/checked_fields.py" line="125" />
            <source>a number</source>
            <translation>число</translation>
        </message>
    </context>
    <context>
        <name>OwnerChip</name>
        <message>
            <location filename="../../procedit/ui/canvas/owner_chip.py" line="31" />
            <source>Leave the owner's view</source>
            <translation>Выйти из взгляда владельца</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/owner_chip.py" line="44" />
            <source>Owner's view: %1</source>
            <translation>Взгляд владельца: %1</translation>
        </message>
    </context>
    <context>
        <name>OwnerView</name>
        <message>
            <location filename="../../procedit/ui/panels/owner_view.py" line="195" />
            <source>✓ nothing missing</source>
            <translation>✓ всё заполнено</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/owner_view.py" line="45" />
            <source>Choose a process owner to see their processes and what is still missing in each.</source>
            <translation>Выберите владельца процессов, чтобы увидеть его процессы и то, чего в каждом ещё не хватает.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/owner_view.py" line="147" />
            <source>no goal</source>
            <translation>нет цели</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/owner_view.py" line="148" />
            <source>no results</source>
            <translation>нет результатов</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/owner_view.py" line="149" />
            <source>no criteria</source>
            <translation>нет критериев</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/owner_view.py" line="150" />
            <source>no documents</source>
            <translation>нет документов</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/owner_view.py" line="157" />
            <source>— nobody (show all processes) —</source>
            <translation>— никто (показать все процессы) —</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/owner_view.py" line="166" />
            <source>No owner chosen: the map shows every process.</source>
            <translation>Владелец не выбран: на карте видны все процессы.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/owner_view.py" line="168" />
            <source>This person owns no process yet.</source>
            <translation>Этот человек пока не владеет ни одним процессом.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../procedit/ui/panels/owner_view.py" line="174" />
            <source>%n process(es)</source>
            <translation>
                <numerusform>%n процесс</numerusform>
                <numerusform>%n процесса</numerusform>
                <numerusform>%n процессов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../procedit/ui/panels/owner_view.py" line="176" />
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n требует внимания</numerusform>
                <numerusform>%n требуют внимания</numerusform>
                <numerusform>%n требуют внимания</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../procedit/ui/panels/owner_view.py" line="178" />
            <source>%n criterion(s) not met</source>
            <translation>
                <numerusform>%n критерий не выполнен</numerusform>
                <numerusform>%n критерия не выполнены</numerusform>
                <numerusform>%n критериев не выполнены</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../procedit/ui/panels/owner_view.py" line="180" />
            <source>%n open action(s)</source>
            <translation>
                <numerusform>%n открытое действие</numerusform>
                <numerusform>%n открытых действия</numerusform>
                <numerusform>%n открытых действий</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/owner_control.py" line="46" />
            <source>overdue</source>
            <translation>просрочено</translation>
        </message>
    </context>
    <context>
        <name>PartyForm</name>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="23" />
            <source>External party</source>
            <translation>Внешняя сторона</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="26" />
            <source>e.g. Retail customer</source>
            <translation>например, Розничный покупатель</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="26" />
            <source>Rename party</source>
            <translation>Переименование стороны</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="28" />
            <source>Change party kind</source>
            <translation>Изменение вида стороны</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="31" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="32" />
            <source>Supplier</source>
            <translation>Поставщик</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="33" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="37" />
            <source>Who they are and what they expect</source>
            <translation>Кто это и чего они ждут</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="39" />
            <source>Change description</source>
            <translation>Изменение описания</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="41" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="42" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/party_form.py" line="43" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <location filename="../../procedit/ui/panels/pickers.py" line="208" />
            <source>Full name, e.g. Ivanova Anna</source>
            <translation>ФИО, например, Иванова Анна</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/pickers.py" line="211" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/pickers.py" line="214" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/pickers.py" line="224" />
            <source>Add person…</source>
            <translation>Добавить человека…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/pickers.py" line="247" />
            <source>Type a name first</source>
            <translation>Сначала введите имя</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../procedit/ui/window/printing.py" line="84" />
            <source>row {0}, column {1} of {2} × {3}</source>
            <translation>ряд {0}, столбец {1} из {2} × {3}</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/printing.py" line="118" />
            <source>Print Map</source>
            <translation>Печать карты</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../../procedit/ui/docks/problems.py" line="57" />
            <source>Severity</source>
            <translation>Важность</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/problems.py" line="58" />
            <source>Element</source>
            <translation>Элемент</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/problems.py" line="59" />
            <source>Problem</source>
            <translation>Проблема</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/problems.py" line="60" />
            <source>Principle</source>
            <translation>Принцип</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/problems.py" line="61" />
            <source>Details</source>
            <translation>Подробности и как исправить</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/problems.py" line="178" />
            <source>All severities</source>
            <translation>Любая важность</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/problems.py" line="180" />
            <source>Errors</source>
            <translation>Ошибки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/problems.py" line="181" />
            <source>Warnings</source>
            <translation>Предупреждения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/problems.py" line="182" />
            <source>Notes</source>
            <translation>Замечания</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/problems.py" line="186" />
            <source>All principles</source>
            <translation>Все принципы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/problems.py" line="191" />
            <source>Filter by text…</source>
            <translation>Поиск по тексту…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/problems.py" line="326" />
            <source>No problems found</source>
            <translation>Проблем не найдено</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/problems.py" line="328" />
            <source>{errors} errors, {warnings} warnings, {infos} notes</source>
            <translation>ошибок: {errors}, предупреждений: {warnings}, замечаний: {infos}</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/problems.py" line="333" />
            <source>Shown: {shown} of {total}</source>
            <translation>Показано: {shown} из {total}</translation>
        </message>
    </context>
    <context>
        <name>ProcessForm</name>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="28" />
            <source>Process</source>
            <translation>Процесс</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="30" />
            <source>e.g. P-03</source>
            <translation>например, П-03</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="30" />
            <source>Change process code</source>
            <translation>Изменение кода процесса</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="32" />
            <source>e.g. Order fulfilment</source>
            <translation>например, Выполнение заказа</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="32" />
            <source>Rename process</source>
            <translation>Переименование процесса</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="34" />
            <source>Change process kind</source>
            <translation>Изменение вида процесса</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="37" />
            <source>Management</source>
            <translation>Управляющий</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="38" />
            <source>Core (creates value for the customer)</source>
            <translation>Основной (создаёт ценность для клиента)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="39" />
            <source>Support</source>
            <translation>Обеспечивающий</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="42" />
            <source>Change department</source>
            <translation>Изменение подразделения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="43" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="44" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="45" />
            <location filename="../../procedit/ui/panels/process_form.py" line="215" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="46" />
            <source>Department</source>
            <translation>Подразделение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="50" />
            <source>Owner, customers, participants</source>
            <translation>Владелец, клиенты, участники</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="52" />
            <source>— no owner yet —</source>
            <translation>— владельца пока нет —</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="53" />
            <source>Change owner</source>
            <translation>Изменение владельца</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="56" />
            <location filename="../../procedit/ui/panels/process_form.py" line="59" />
            <source>nobody yet</source>
            <translation>пока никого</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="56" />
            <source>Change customers</source>
            <translation>Изменение клиентов</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="59" />
            <source>Change participants</source>
            <translation>Изменение участников</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="61" />
            <source>Owner</source>
            <translation>Владелец</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="62" />
            <source>One person answers for the process and its results.</source>
            <translation>Один человек отвечает за процесс и его результаты.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="63" />
            <source>Customers</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="64" />
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="68" />
            <source>Goal and results</source>
            <translation>Цель и результаты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="70" />
            <source>Change goals served</source>
            <translation>Изменение целей, которым служит процесс</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="71" />
            <source>No strategy goals yet: add them in the project properties.</source>
            <translation>Стратегических целей пока нет: добавьте их в свойствах проекта.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="73" />
            <source>Why the process exists, e.g. ship every paid order within 2 days</source>
            <translation>Зачем нужен процесс, например, отгрузить каждый оплаченный заказ за 2 дня</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="75" />
            <source>Change goal</source>
            <translation>Изменение цели</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="78" />
            <source>What it produces, e.g. order shipped, invoice closed</source>
            <translation>Что он даёт, например, заказ отгружен, счёт закрыт</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="80" />
            <source>Change results</source>
            <translation>Изменение результатов</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="83" />
            <source>Short description: where it starts and ends</source>
            <translation>Краткое описание: где начинается и где заканчивается</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="85" />
            <source>Change description</source>
            <translation>Изменение описания</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="87" />
            <source>Strategy goals served</source>
            <translation>Стратегические цели процесса</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="89" />
            <source>Goal</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="90" />
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="91" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="95" />
            <source>Inputs and outputs</source>
            <translation>Входы и выходы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="99" />
            <location filename="../../procedit/ui/panels/process_form.py" line="168" />
            <source>Input</source>
            <translation>Вход</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="99" />
            <source>e.g. Customer order</source>
            <translation>например, Заказ клиента</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="102" />
            <source>Supplier</source>
            <translation>Поставщик</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="104" />
            <location filename="../../procedit/ui/panels/process_form.py" line="120" />
            <source>— not set —</source>
            <translation>— не задано —</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="108" />
            <location filename="../../procedit/ui/panels/process_form.py" line="133" />
            <source>Add input</source>
            <translation>Добавить вход</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="109" />
            <source>No inputs yet.</source>
            <translation>Входов пока нет.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="115" />
            <source>Output</source>
            <translation>Выход</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="115" />
            <source>e.g. Shipped order</source>
            <translation>например, Отгруженный заказ</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="118" />
            <source>Consumer</source>
            <translation>Потребитель</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="124" />
            <location filename="../../procedit/ui/panels/process_form.py" line="141" />
            <source>Add output</source>
            <translation>Добавить выход</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="125" />
            <source>No outputs yet.</source>
            <translation>Выходов пока нет.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="134" />
            <source>Change input</source>
            <translation>Изменение входа</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="135" />
            <source>Remove input</source>
            <translation>Удаление входа</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="142" />
            <source>Change output</source>
            <translation>Изменение выхода</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="143" />
            <source>Remove output</source>
            <translation>Удаление выхода</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="146" />
            <source>Record links as inputs/outputs</source>
            <translation>Записать связи как входы/выходы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="149" />
            <source>Adds what each arrow of this process carries to its inputs or outputs and to the other end</source>
            <translation>Добавляет то, что передаёт каждая стрелка процесса, в его входы или выходы и на другой конец</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="160" />
            <source>Stages</source>
            <translation>Этапы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="164" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="164" />
            <source>e.g. Check the order</source>
            <translation>например, Проверить заказ</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="166" />
            <source>Performer</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="169" />
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="169" />
            <source>e.g. Order confirmed</source>
            <translation>например, Заказ подтверждён</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="179" />
            <location filename="../../procedit/ui/panels/process_form.py" line="188" />
            <source>Add stage</source>
            <translation>Добавить этап</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="180" />
            <source>No stages yet: list the steps in order.</source>
            <translation>Этапов пока нет: перечислите шаги по порядку.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="189" />
            <source>Change stage</source>
            <translation>Изменение этапа</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="190" />
            <source>Remove stage</source>
            <translation>Удаление этапа</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="191" />
            <source>Reorder stages</source>
            <translation>Изменение порядка этапов</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="174" />
            <location filename="../../procedit/ui/panels/process_form.py" line="205" />
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="208" />
            <source>Regulation</source>
            <translation>Регламент</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="209" />
            <source>Job instruction</source>
            <translation>Должностная инструкция</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="210" />
            <source>Template</source>
            <translation>Шаблон</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="211" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="216" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="216" />
            <source>e.g. Sales regulation</source>
            <translation>например, Регламент продаж</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="219" />
            <source>File or link</source>
            <translation>Файл или ссылка</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="220" />
            <source>path or https://…</source>
            <translation>путь или https://…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="226" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="231" />
            <source>Open the file or link</source>
            <translation>Открыть файл или ссылку</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="235" />
            <source>Template text</source>
            <translation>Текст шаблона</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="238" />
            <source>The template's text, e.g. a brief for the designer</source>
            <translation>Текст шаблона, например, бриф для дизайнера</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="242" />
            <location filename="../../procedit/ui/panels/process_form.py" line="250" />
            <source>Add document</source>
            <translation>Добавить документ</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="243" />
            <source>No documents yet: regulations, instructions, templates.</source>
            <translation>Документов пока нет: регламенты, инструкции, шаблоны.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="251" />
            <source>Change document</source>
            <translation>Изменение документа</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="252" />
            <source>Remove document</source>
            <translation>Удаление документа</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="258" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="261" />
            <source>Anything else worth knowing</source>
            <translation>Всё, что ещё стоит знать</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="261" />
            <source>Change notes</source>
            <translation>Изменение заметок</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="275" />
            <source>— none —</source>
            <translation>— нет —</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="281" />
            <location filename="../../procedit/ui/panels/process_form.py" line="309" />
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="307" />
            <source>External parties</source>
            <translation>Внешние стороны</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="308" />
            <source>Processes</source>
            <translation>Процессы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="310" />
            <source>Departments</source>
            <translation>Подразделения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="326" />
            <source>Arrives by the arrow from: %s</source>
            <translation>Поступает по стрелке от: %s</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="327" />
            <source>Leaves by the arrow to: %s</source>
            <translation>Уходит по стрелке к: %s</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="341" />
            <source>Arrows not yet described as an input or output: %s</source>
            <translation>Стрелки, ещё не описанные как вход или выход: %s</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="359" />
            <source>Add person and make them owner</source>
            <translation>Добавление человека и назначение владельцем</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="373" />
            <source>Cannot open the document</source>
            <translation>Не удалось открыть документ</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="374" />
            <source>Could not open “%s”. Check that the file exists or that the link is right.</source>
            <translation>Не удалось открыть «%s». Проверьте, что файл существует или ссылка верна.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="383" />
            <source>Record what arrows carry</source>
            <translation>Запись того, что передают стрелки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="168" />
            <source>e.g. Paid order</source>
            <translation>например, Оплаченный заказ</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="170" />
            <source>Deadline</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="170" />
            <source>e.g. 2 working days</source>
            <translation>например, 2 рабочих дня</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="171" />
            <source>IT system</source>
            <translation>ИС</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="171" />
            <source>e.g. CRM</source>
            <translation>например, CRM</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_form.py" line="175" />
            <source>documents and records of the stage</source>
            <translation>документы и записи этапа</translation>
        </message>
    </context>
    <context>
        <name>ProcessRegulationSection</name>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="24" />
            <source>For the regulation</source>
            <translation>Для регламента</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="27" />
            <source>What starts the process (else: receiving its inputs)</source>
            <translation>С чего начинается процесс (иначе — получение входов)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="29" />
            <source>Change what starts the process</source>
            <translation>Изменить начало процесса</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="32" />
            <source>What ends the process (else: delivering its outputs)</source>
            <translation>Чем заканчивается процесс (иначе — передача выходов)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="34" />
            <source>Change what ends the process</source>
            <translation>Изменить окончание процесса</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="37" />
            <source>People, equipment, IT systems, budget</source>
            <translation>Люди, оборудование, ИС, бюджет</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="39" />
            <source>Change resources</source>
            <translation>Изменить ресурсы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="43" />
            <source>Low</source>
            <translation>Низкая</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="44" />
            <source>Medium</source>
            <translation>Средняя</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="45" />
            <source>High</source>
            <translation>Высокая</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="51" />
            <source>Risk</source>
            <translation>Риск</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="52" />
            <source>e.g. A lead is not called back in time</source>
            <translation>например, лиду не перезвонили вовремя</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="55" />
            <source>Likelihood</source>
            <translation>Вероятность</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="56" />
            <source>Impact</source>
            <translation>Влияние</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="59" />
            <source>Owner</source>
            <translation>Владелец</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="64" />
            <source>Response</source>
            <translation>Меры</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="64" />
            <source>what is done about it</source>
            <translation>что с этим делается</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="66" />
            <location filename="../../procedit/ui/panels/process_regulation.py" line="74" />
            <source>Add risk</source>
            <translation>Добавить риск</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="67" />
            <source>No risks yet.</source>
            <translation>Рисков пока нет.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="75" />
            <source>Change risk</source>
            <translation>Изменить риск</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="76" />
            <source>Remove risk</source>
            <translation>Удалить риск</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="80" />
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="80" />
            <source>e.g. Lead card</source>
            <translation>например, Карточка лида</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="81" />
            <source>Kept for</source>
            <translation>Срок хранения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="81" />
            <source>e.g. 3 years</source>
            <translation>например, 3 года</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="82" />
            <source>Where kept</source>
            <translation>Где хранится</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="82" />
            <source>e.g. CRM</source>
            <translation>например, CRM</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="85" />
            <source>Kept by</source>
            <translation>Кто хранит</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="97" />
            <location filename="../../procedit/ui/panels/process_regulation.py" line="105" />
            <source>Add record</source>
            <translation>Добавить запись</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="98" />
            <source>No records yet: what the process keeps as evidence.</source>
            <translation>Записей пока нет: что процесс сохраняет как свидетельство.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="106" />
            <source>Change record</source>
            <translation>Изменить запись</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="107" />
            <source>Remove record</source>
            <translation>Удалить запись</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="109" />
            <source>Starts with</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="110" />
            <source>Ends with</source>
            <translation>Окончание</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="111" />
            <source>Resources</source>
            <translation>Ресурсы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="112" />
            <source>Risks</source>
            <translation>Риски</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/process_regulation.py" line="114" />
            <source>Records</source>
            <translation>Записи</translation>
        </message>
    </context>
    <context>
        <name>ProjectForm</name>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="44" />
            <source>This map</source>
            <translation>Эта карта</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="46" />
            <source>e.g. Sales AS IS</source>
            <translation>например, Продажи AS IS</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="48" />
            <source>Rename map</source>
            <translation>Переименование карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="53" />
            <source>AS IS (how it works now)</source>
            <translation>AS IS (как работает сейчас)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="54" />
            <source>TO BE (how it should work)</source>
            <translation>TO BE (как должно работать)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="55" />
            <source>Reference model</source>
            <translation>Эталонная модель</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="58" />
            <source>Change map kind</source>
            <translation>Изменение вида карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="59" />
            <source>What this map covers</source>
            <translation>Что охватывает эта карта</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="62" />
            <source>Change map description</source>
            <translation>Изменение описания карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="66" />
            <source>Nothing is selected: these are the map's and the project's properties.</source>
            <translation>Ничего не выделено: это свойства карты и проекта.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="68" />
            <source>Map name</source>
            <translation>Название карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="69" />
            <source>Map kind</source>
            <translation>Вид карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="70" />
            <source>Map description</source>
            <translation>Описание карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="75" />
            <source>Project</source>
            <translation>Проект</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="78" />
            <source>e.g. Sales processes 2026</source>
            <translation>например, Процессы продаж 2026</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="78" />
            <source>Rename project</source>
            <translation>Переименование проекта</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="81" />
            <source>e.g. LLC “Romashka”</source>
            <translation>например, ООО «Ромашка»</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="81" />
            <source>Change organization</source>
            <translation>Изменение организации</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="85" />
            <source>Change document language</source>
            <translation>Изменение языка документов</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="87" />
            <source>Why the regulation is written</source>
            <translation>Зачем написан регламент</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="87" />
            <source>Change purpose</source>
            <translation>Изменение назначения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="90" />
            <source>Whom and what it applies to</source>
            <translation>На кого и на что распространяется</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="90" />
            <source>Change scope</source>
            <translation>Изменение области применения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="92" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="93" />
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="94" />
            <source>Language of documents</source>
            <translation>Язык документов</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="95" />
            <source>Purpose</source>
            <translation>Назначение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="96" />
            <source>Scope</source>
            <translation>Область применения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="104" />
            <source>e.g. RG-01</source>
            <translation>например, РГ-01</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="104" />
            <source>Change document code</source>
            <translation>Изменение кода документа</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="107" />
            <source>e.g. Regulation of the sales process</source>
            <translation>например, Регламент процесса продаж</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="109" />
            <source>Change document title</source>
            <translation>Изменение названия документа</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="111" />
            <source>Change version</source>
            <translation>Изменение версии</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="115" />
            <source>Draft</source>
            <translation>Черновик</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="116" />
            <source>Under approval</source>
            <translation>На согласовании</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="117" />
            <source>Approved</source>
            <translation>Утверждён</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="120" />
            <source>Change status</source>
            <translation>Изменение статуса</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="123" />
            <source>Change effective date</source>
            <translation>Изменение даты введения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="125" />
            <source>— not set —</source>
            <translation>— не задано —</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="126" />
            <source>Change author</source>
            <translation>Изменение автора</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="128" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="129" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="130" />
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="131" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="132" />
            <source>Effective date</source>
            <translation>Дата введения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="133" />
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="137" />
            <source>Strategy</source>
            <translation>Стратегия</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="140" />
            <source>Why the company exists</source>
            <translation>Зачем существует компания</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="140" />
            <source>Change mission</source>
            <translation>Изменение миссии</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="143" />
            <source>Where it is going</source>
            <translation>Куда она движется</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="143" />
            <source>Change vision</source>
            <translation>Изменение видения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="146" />
            <source>For whom and how it differs</source>
            <translation>Для кого и чем отличается</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="148" />
            <source>Change positioning</source>
            <translation>Изменение позиционирования</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="152" />
            <source>Goal</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="152" />
            <source>e.g. Grow repeat sales by 20%</source>
            <translation>например, Увеличить повторные продажи на 20%</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="154" />
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="154" />
            <source>how it is understood</source>
            <translation>как это понимается</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="157" />
            <location filename="../../procedit/ui/panels/project_form.py" line="161" />
            <source>Add goal</source>
            <translation>Добавить цель</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="158" />
            <source>No goals yet.</source>
            <translation>Целей пока нет.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="164" />
            <source>Remove goal</source>
            <translation>Удаление цели</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="166" />
            <source>Mission</source>
            <translation>Миссия</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="167" />
            <source>Vision</source>
            <translation>Видение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="168" />
            <source>Positioning</source>
            <translation>Позиционирование</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="169" />
            <source>Strategic goals</source>
            <translation>Стратегические цели</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="289" />
            <source>Approval</source>
            <translation>Согласование</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="192" />
            <source>Terms</source>
            <translation>Термины</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="196" />
            <source>Term</source>
            <translation>Термин</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="196" />
            <source>e.g. Lead</source>
            <translation>например, Лид</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="198" />
            <source>Definition</source>
            <translation>Определение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="198" />
            <source>what it means here</source>
            <translation>что это значит здесь</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="201" />
            <source>Add term</source>
            <translation>Добавить термин</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="202" />
            <source>No terms yet.</source>
            <translation>Терминов пока нет.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="203" />
            <source>Change term</source>
            <translation>Изменение термина</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="204" />
            <source>Remove term</source>
            <translation>Удаление термина</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="282" />
            <source>Change goal</source>
            <translation>Изменение цели</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="289" />
            <source>Add people to the register first.</source>
            <translation>Сначала добавьте людей в реестр.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="303" />
            <source>Add person as author</source>
            <translation>Добавление человека как автора</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="178" />
            <source>Default approvers</source>
            <translation>Согласующие по умолчанию</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="185" />
            <source>Default change log</source>
            <translation>Лист изменений по умолчанию</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="100" />
            <source>Default document passport</source>
            <translation>Паспорт документа по умолчанию</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/project_form.py" line="102" />
            <source>Maps without a document of their own print with this passport.</source>
            <translation>Карты без собственного документа печатаются с этим паспортом.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="39" />
            <location filename="../../procedit/ui/panels/people_registers.py" line="91" />
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="55" />
            <location filename="../../procedit/ui/panels/people_registers.py" line="94" />
            <location filename="../../procedit/ui/panels/people_registers.py" line="149" />
            <source>Department</source>
            <translation>Подразделение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="32" />
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="36" />
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="36" />
            <source>e.g. Ivanova Anna</source>
            <translation>например, Иванова Анна</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="46" />
            <source>Position (text)</source>
            <translation>Должность (текстом)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="47" />
            <location filename="../../procedit/ui/panels/people_registers.py" line="91" />
            <source>e.g. Head of sales</source>
            <translation>например, Руководитель отдела продаж</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="51" />
            <source>A position written as text; choose one from the position register instead</source>
            <translation>Должность, записанная текстом; лучше выберите её из реестра должностей</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="61" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="63" />
            <source>Add person</source>
            <translation>Добавить человека</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="64" />
            <source>No people yet.</source>
            <translation>Людей пока нет.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="65" />
            <source>Change person</source>
            <translation>Изменение данных человека</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="66" />
            <source>Remove person</source>
            <translation>Удаление человека</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="83" />
            <source>Nobody holds this position.</source>
            <translation>Должность никто не занимает.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="84" />
            <source>Held by: %1</source>
            <translation>Занимает: %1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="87" />
            <source>Positions</source>
            <translation>Должности</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="101" />
            <source>Reports to</source>
            <translation>Подчиняется</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="108" />
            <source>Substitute</source>
            <translation>Кто замещает</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="115" />
            <source>Rights</source>
            <translation>Права</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="117" />
            <source>what the holder may decide and demand</source>
            <translation>что работник вправе решать и требовать</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="122" />
            <source>Responsibility</source>
            <translation>Ответственность</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="124" />
            <source>what the holder answers for</source>
            <translation>за что работник отвечает</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="129" />
            <source>Qualification</source>
            <translation>Квалификационные требования</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="131" />
            <source>education, experience, skills</source>
            <translation>образование, опыт, навыки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="135" />
            <source>Add position</source>
            <translation>Добавить должность</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="136" />
            <source>No positions yet: a job instruction is written for a position.</source>
            <translation>Должностей пока нет: должностная инструкция пишется для должности.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="137" />
            <source>Change position</source>
            <translation>Изменение должности</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="138" />
            <source>Remove position</source>
            <translation>Удаление должности</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="145" />
            <source>Departments</source>
            <translation>Подразделения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="149" />
            <source>e.g. Sales department</source>
            <translation>например, Отдел продаж</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="150" />
            <source>Head</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="152" />
            <source>Add department</source>
            <translation>Добавить подразделение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="153" />
            <source>No departments yet.</source>
            <translation>Подразделений пока нет.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="154" />
            <source>Change department</source>
            <translation>Изменение подразделения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/people_registers.py" line="155" />
            <source>Remove department</source>
            <translation>Удаление подразделения</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <location filename="../../procedit/ui/panels/properties.py" line="108" />
            <source>Properties</source>
            <translation>Свойства</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/properties.py" line="114" />
            <source>Owner's view</source>
            <translation>Взгляд владельца</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/properties.py" line="141" />
            <source>This element has no properties to edit here.</source>
            <translation>У этого элемента нет свойств для правки здесь.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/properties.py" line="241" />
            <source>Process: %s</source>
            <translation>Процесс: %s</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/properties.py" line="243" />
            <source>Arrow: %s → %s</source>
            <translation>Стрелка: %s → %s</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/properties.py" line="248" />
            <source>External party: %s</source>
            <translation>Внешняя сторона: %s</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/properties.py" line="250" />
            <source>Lane: %s</source>
            <translation>Дорожка: %s</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/properties.py" line="254" />
            <source>Project: %s</source>
            <translation>Проект: %s</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/properties.py" line="254" />
            <source>untitled</source>
            <translation>без названия</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/properties.py" line="252" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
    </context>
    <context>
        <name>RuleSettingsDialog</name>
        <message>
            <location filename="../../procedit/ui/dialogs/rule_settings.py" line="57" />
            <source>Validation Rules</source>
            <translation>Правила проверки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/rule_settings.py" line="63" />
            <source>On</source>
            <translation>Вкл.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/rule_settings.py" line="63" />
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/rule_settings.py" line="63" />
            <source>Principle</source>
            <translation>Принцип</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/rule_settings.py" line="63" />
            <source>Severity</source>
            <translation>Важность</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/rule_settings.py" line="86" />
            <source>Default ({0})</source>
            <translation>По умолчанию ({0})</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/rule_settings.py" line="97" />
            <source>A note when one person owns more than this share of a map with 4 or more processes.</source>
            <translation>Замечание, если один человек владеет большей долей процессов карты (от 4 процессов).</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/rule_settings.py" line="100" />
            <source>Owner share threshold:</source>
            <translation>Порог доли владельца:</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/rule_settings.py" line="128" />
            <source>Restore Defaults</source>
            <translation>По умолчанию</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/rule_settings.py" line="203" />
            <source>Change validation rules</source>
            <translation>Изменение правил проверки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/rule_settings.py" line="106" />
            <source>Missed periods running for an error:</source>
            <translation>Периодов невыполнения подряд для ошибки:</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/rule_settings.py" line="107" />
            <source>A criterion missed this many periods in a row is an error (missed once: a warning).</source>
            <translation>Критерий, не выполненный столько периодов подряд, — ошибка (один раз — предупреждение).</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/rule_settings.py" line="113" />
            <source>Days until a period's value is due:</source>
            <translation>Дней до срока внесения значения за период:</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/rule_settings.py" line="114" />
            <source>A criterion's data is stale when the value of a period that ended this many days ago is missing.</source>
            <translation>Данные критерия устарели, если нет значения за период, закончившийся столько дней назад.</translation>
        </message>
    </context>
    <context>
        <name>_CheckedField</name>
        <message>
            <location filename="../../procedit/ui/panels/checked_fields.py" line="69" />
            <source>“%1” was refused: %2. The field keeps %3.</source>
            <translation>«%1» не принято: нужно %2. В поле оставлено %3.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/panels/checked_fields.py" line="72" />
            <source>nothing</source>
            <translation>пустое значение</translation>
        </message>
    </context>
    <context>
        <name>canvas</name>
        <message>
            <location filename="../../procedit/ui/canvas/items/party.py" line="20" />
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/items/party.py" line="21" />
            <source>Supplier</source>
            <translation>Поставщик</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/items/party.py" line="22" />
            <source>External party</source>
            <translation>Внешняя сторона</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/items/process.py" line="41" />
            <location filename="../../procedit/ui/canvas/legend.py" line="20" />
            <source>Management process</source>
            <translation>Процесс управления</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/items/process.py" line="42" />
            <location filename="../../procedit/ui/canvas/legend.py" line="21" />
            <source>Core process</source>
            <translation>Основной процесс</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/items/process.py" line="43" />
            <location filename="../../procedit/ui/canvas/legend.py" line="22" />
            <source>Support process</source>
            <translation>Обеспечивающий процесс</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/legend.py" line="25" />
            <source>Work product or material</source>
            <translation>Продукт работы или материал</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/legend.py" line="26" />
            <source>Information</source>
            <translation>Информация</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/legend.py" line="27" />
            <source>Control</source>
            <translation>Управление</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/notes.py" line="29" />
            <source>Yellow</source>
            <translation>Жёлтый</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/notes.py" line="30" />
            <source>Green</source>
            <translation>Зелёный</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/notes.py" line="31" />
            <source>Blue</source>
            <translation>Синий</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/notes.py" line="32" />
            <source>Pink</source>
            <translation>Розовый</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/actions.py" line="119" />
            <source>Add process and link</source>
            <translation>Добавление процесса и связи</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/actions.py" line="119" />
            <source>Add process</source>
            <translation>Добавление процесса</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/actions.py" line="121" />
            <source>Add external party</source>
            <translation>Добавление внешней стороны</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/actions.py" line="134" />
            <source>Change link label</source>
            <translation>Изменение подписи связи</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/actions.py" line="141" />
            <source>Rename</source>
            <translation>Переименование</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/actions.py" line="150" />
            <source>Delete</source>
            <translation>Удаление</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/actions.py" line="150" />
            <source>Delete %n items</source>
            <translation>Удаление элементов: %n</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/actions.py" line="167" />
            <source>Move with keys</source>
            <translation>Сдвиг клавишами</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/actions.py" line="174" />
            <source>Select at least two boxes to align.</source>
            <translation>Для выравнивания выделите хотя бы два элемента.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/actions.py" line="200" />
            <source>Align</source>
            <translation>Выравнивание</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/actions.py" line="207" />
            <source>Select at least three boxes to distribute.</source>
            <translation>Для распределения выделите хотя бы три элемента.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/actions.py" line="225" />
            <source>Distribute</source>
            <translation>Распределение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/actions.py" line="250" />
            <source>Auto-layout</source>
            <translation>Автоматическая раскладка</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/clipboard.py" line="129" />
            <source>Select boxes or notes to copy.</source>
            <translation>Выделите блоки или заметки, чтобы скопировать.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/clipboard.py" line="167" />
            <source>The clipboard holds nothing to paste on a map.</source>
            <translation>В буфере обмена нет элементов карты для вставки.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/clipboard.py" line="170" />
            <source>Paste</source>
            <translation>Вставка</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/clipboard.py" line="177" />
            <source>Duplicate</source>
            <translation>Дублирование</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/items/process.py" line="74" />
            <source>(no name)</source>
            <translation>(без названия)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/items/process.py" line="76" />
            <source>Owner: {0}</source>
            <translation>Владелец: {0}</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/items/process.py" line="78" />
            <source>Decomposed: click the mark or press Ctrl+Enter to open its map</source>
            <translation>Декомпозирован: щёлкните по значку или нажмите Ctrl+Enter, чтобы открыть его карту</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/legend.py" line="52" />
            <location filename="../../procedit/ui/canvas/legend.py" line="88" />
            <source>Legend</source>
            <translation>Легенда</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/notes.py" line="71" />
            <source>Add note</source>
            <translation>Добавить заметку</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/notes.py" line="87" />
            <source>Edit note</source>
            <translation>Изменить заметку</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/notes.py" line="96" />
            <source>Change note colour</source>
            <translation>Изменить цвет заметки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/notes.py" line="104" />
            <source>Note Colour</source>
            <translation>Цвет заметки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/scene.py" line="651" />
            <source>Cut</source>
            <translation>Вырезание</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/tools.py" line="140" />
            <source>Resize lane</source>
            <translation>Изменить высоту дорожки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/tools.py" line="142" />
            <source>Move lane</source>
            <translation>Переместить дорожку</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/tools.py" line="185" />
            <source>Resize</source>
            <translation>Изменить размер</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/tools.py" line="195" />
            <source>Move process</source>
            <translation>Перемещение процесса</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/tools.py" line="195" />
            <source>Move %n processes</source>
            <translation>Перемещение процессов: %n</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/tools.py" line="197" />
            <source>Move note</source>
            <translation>Переместить заметку</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/tools.py" line="198" />
            <source>Move %n items</source>
            <translation>Перемещение элементов: %n</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/tools.py" line="269" />
            <source>Add link</source>
            <translation>Добавление связи</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/tools.py" line="282" />
            <source>A process cannot be linked to itself.</source>
            <translation>Процесс нельзя связать с самим собой.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/canvas/tools.py" line="285" />
            <source>These two are already linked in this direction.</source>
            <translation>Эти элементы уже связаны в этом направлении.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../procedit/ui/dialogs/conflicts_dialog.py" line="44" />
            <source>Merge Conflicts</source>
            <translation>Конфликты слияния</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/conflicts_dialog.py" line="50" />
            <source>A merge of this project left conflicts: both sides changed the same thing. The project keeps the value shown as kept; the other value is listed so that nothing is lost. Fix what needs fixing, then mark the conflicts resolved.</source>
            <translation>После слияния версий проекта остались конфликты: обе стороны изменили одно и то же. В проекте сохранено значение, отмеченное как оставленное; другое значение приведено здесь, чтобы ничего не потерялось. Исправьте что нужно и отметьте конфликты решёнными.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/conflicts_dialog.py" line="58" />
            <source>Element</source>
            <translation>Элемент</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/conflicts_dialog.py" line="58" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/conflicts_dialog.py" line="58" />
            <source>Ours</source>
            <translation>Наше</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/conflicts_dialog.py" line="58" />
            <source>Theirs</source>
            <translation>Их</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/conflicts_dialog.py" line="58" />
            <source>Kept</source>
            <translation>Оставлено</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/conflicts_dialog.py" line="70" />
            <source>Mark Resolved</source>
            <translation>Отметить решёнными</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/conflicts_dialog.py" line="72" />
            <source>Keep the List</source>
            <translation>Оставить список</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/conflicts_dialog.py" line="84" />
            <source>Resolve merge conflicts</source>
            <translation>Решить конфликты слияния</translation>
        </message>
    </context>
    <context>
        <name>DocumentsExport</name>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="59" />
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="167" />
            <source>Export Documents</source>
            <translation>Экспорт документов</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="63" />
            <source>Process regulation of this map</source>
            <translation>Регламент процессов этой карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="64" />
            <source>Job instruction</source>
            <translation>Должностная инструкция</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="65" />
            <source>Department regulation</source>
            <translation>Положение о подразделении</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="71" />
            <source>All positions: one file each, into a folder</source>
            <translation>Все должности: по файлу на каждую, в папку</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="79" />
            <source>All departments: one file each, into a folder</source>
            <translation>Все подразделения: по файлу на каждое, в папку</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="83" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="84" />
            <source>Word (DOCX)</source>
            <translation>Word (DOCX)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="88" />
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="89" />
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="90" />
            <source>Department</source>
            <translation>Подразделение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="91" />
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="96" />
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="111" />
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="231" />
            <source>The project has no positions yet: add them under Positions in the project's properties.</source>
            <translation>В проекте пока нет должностей: добавьте их в разделе «Должности» свойств проекта.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="114" />
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="233" />
            <source>The project has no departments yet: add them in the project's properties.</source>
            <translation>В проекте пока нет подразделений: добавьте их в свойствах проекта.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="117" />
            <source>Duties and interactions are derived from the TO BE maps (the AS IS maps when there are none).</source>
            <translation>Обязанности и взаимодействие выводятся из карт TO BE (если их нет — из карт AS IS).</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="199" />
            <source>Writing the document…</source>
            <translation>Запись документа…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="201" />
            <source>The document was not written:
{0}</source>
            <translation>Документ не записан:
{0}</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="206" />
            <source>The document is saved:
{0}

Open it now?</source>
            <translation>Документ сохранён:
{0}

Открыть его?</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="225" />
            <source>Export All Job Instructions</source>
            <translation>Экспорт всех должностных инструкций</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="225" />
            <source>Export All Department Regulations</source>
            <translation>Экспорт всех положений о подразделениях</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="251" />
            <source>Writing the job instructions…</source>
            <translation>Запись должностных инструкций…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="251" />
            <source>Writing the department regulations…</source>
            <translation>Запись положений о подразделениях…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="255" />
            <source>The documents were not written:
{0}</source>
            <translation>Документы не записаны:
{0}</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/documents_dialog.py" line="260" />
            <source>{0} documents are saved in the folder:
{1}

Open the folder now?</source>
            <translation>Документов сохранено: {0}, в папке:
{1}

Открыть папку?</translation>
        </message>
    </context>
    <context>
        <name>DocumentSafety</name>
        <message>
            <location filename="../../procedit/ui/dialogs/recovery_dialog.py" line="68" />
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/recovery_dialog.py" line="57" />
            <source>Recover Unsaved Work</source>
            <translation>Восстановление несохранённой работы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/recovery_dialog.py" line="62" />
            <source>procedit was not closed properly. These documents have changes that were not saved:</source>
            <translation>procedit был закрыт аварийно. В этих документах есть несохранённые изменения:</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/recovery_dialog.py" line="68" />
            <source>Last change</source>
            <translation>Последнее изменение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/recovery_dialog.py" line="68" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/recovery_dialog.py" line="72" />
            <source>never saved</source>
            <translation>ещё не сохранён</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/recovery_dialog.py" line="74" />
            <source>the file on disk changed since</source>
            <translation>файл на диске с тех пор изменён</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/recovery_dialog.py" line="84" />
            <source>Recover</source>
            <translation>Восстановить</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/recovery_dialog.py" line="86" />
            <location filename="../../procedit/ui/dialogs/recovery_dialog.py" line="114" />
            <source>Discard</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/recovery_dialog.py" line="88" />
            <source>Later</source>
            <translation>Позже</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/recovery_dialog.py" line="114" />
            <source>Delete the selected unsaved changes for good?</source>
            <translation>Удалить выбранные несохранённые изменения безвозвратно?</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/recovery_dialog.py" line="158" />
            <source>Cannot Recover</source>
            <translation>Не удалось восстановить</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety.py" line="206" />
            <source>“%1” is open without a lock file (%2): others who open it will not be warned.</source>
            <translation>«%1» открыт без файла блокировки (%2): другие, открыв его, не получат предупреждения.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety.py" line="218" />
            <location filename="../../procedit/ui/window/safety.py" line="253" />
            <location filename="../../procedit/ui/window/safety.py" line="296" />
            <source>Untitled</source>
            <translation>Без имени</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety.py" line="267" />
            <source>Autosave failed: %1</source>
            <translation>Автосохранение не удалось: %1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety.py" line="270" />
            <source>Autosave failed (%1): your changes are only in this window. Save them (Ctrl+S).</source>
            <translation>Автосохранение не удалось (%1): изменения есть только в этом окне. Сохраните их (Ctrl+S).</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety.py" line="302" />
            <source>the recovery copy is not on disk</source>
            <translation>копии для восстановления нет на диске</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety.py" line="337" />
            <source>“%1” was deleted or moved on disk. Save to write it again.</source>
            <translation>Файл «%1» удалён или перемещён. Сохраните, чтобы записать его снова.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety.py" line="366" />
            <source>Cannot reload “%1”: %2</source>
            <translation>Не удалось загрузить заново «%1»: %2</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety.py" line="373" />
            <source>Reloaded “%1”: it was changed on disk.</source>
            <translation>Файл «%1» изменён на диске и загружен заново.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety.py" line="414" />
            <source>Not saved: %1</source>
            <translation>Не сохранено: %1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety.py" line="444" />
            <location filename="../../procedit/ui/window/safety.py" line="469" />
            <source>Revert to Saved</source>
            <translation>Вернуться к сохранённому</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety.py" line="447" />
            <location filename="../../procedit/ui/window/safety.py" line="482" />
            <source>Open Backup</source>
            <translation>Открыть резервную копию</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety.py" line="469" />
            <source>Discard all changes since the last save?</source>
            <translation>Отменить все изменения после последнего сохранения?</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety.py" line="483" />
            <source>There is no backup of this file yet (it appears after the second save).</source>
            <translation>Резервной копии этого файла пока нет (она появляется после второго сохранения).</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety.py" line="489" />
            <source>Cannot Open Backup</source>
            <translation>Не удалось открыть резервную копию</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety.py" line="493" />
            <source>Opened the backup of “%1” (the previous save). Save to make it the current version.</source>
            <translation>Открыта резервная копия «%1» (предыдущее сохранение). Сохраните, чтобы сделать её текущей версией.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety_prompts.py" line="17" />
            <location filename="../../procedit/ui/window/safety_prompts.py" line="31" />
            <source>File Changed on Disk</source>
            <translation>Файл изменён на диске</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety_prompts.py" line="20" />
            <source>“%1” was changed on disk by another program or person.

Reload it (your unsaved changes here are lost) or keep your version?</source>
            <translation>Файл «%1» изменён на диске другой программой или другим человеком.

Загрузить его заново (несохранённые изменения здесь пропадут) или оставить вашу версию?</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety_prompts.py" line="24" />
            <source>Reload</source>
            <translation>Загрузить заново</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety_prompts.py" line="25" />
            <source>Keep Mine</source>
            <translation>Оставить мою версию</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety_prompts.py" line="33" />
            <source>“%1” was changed on disk after you opened it.

Overwrite it with your version?</source>
            <translation>Файл «%1» изменён на диске после того, как вы его открыли.

Перезаписать его вашей версией?</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety_prompts.py" line="37" />
            <source>Overwrite</source>
            <translation>Перезаписать</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety_prompts.py" line="48" />
            <source>Cannot Save Project</source>
            <translation>Не удалось сохранить проект</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety_prompts.py" line="50" />
            <source>The document is unchanged since it was last saved.</source>
            <translation>Документ не менялся с последнего сохранения.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety_prompts.py" line="52" />
            <source>Your changes are still open here and kept in the recovery copy:
%1</source>
            <translation>Ваши изменения по-прежнему открыты здесь и сохранены в копии для восстановления:
%1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety_prompts.py" line="57" />
            <source>Your changes are only open in this window: the recovery copy could not be written either (%1).</source>
            <translation>Ваши изменения есть только в этом окне: копию для восстановления тоже не удалось записать (%1).</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety_prompts.py" line="60" />
            <source>Save them under another name or in another folder?</source>
            <translation>Сохранить их под другим именем или в другой папке?</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety_prompts.py" line="61" />
            <source>Save As…</source>
            <translation>Сохранить как…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety_prompts.py" line="69" />
            <source>File Is Open Elsewhere</source>
            <translation>Файл уже открыт</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety_prompts.py" line="72" />
            <source>“%1” is already open: %2.

If you both edit it, one of you will overwrite the other's changes.</source>
            <translation>Файл «%1» уже открыт: %2.

Если вы оба будете его править, один из вас затрёт изменения другого.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/safety_prompts.py" line="78" />
            <source>Open Anyway</source>
            <translation>Всё равно открыть</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="38" />
            <source>Department</source>
            <translation>Подразделение</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="82" />
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="35" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="36" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="37" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="39" />
            <source>Owner</source>
            <translation>Владелец</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="40" />
            <source>Goal</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="41" />
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="42" />
            <source>Inputs</source>
            <translation>Входы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="43" />
            <source>Outputs</source>
            <translation>Выходы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="44" />
            <source>Customers</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="45" />
            <source>Criteria</source>
            <translation>Критерии</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="57" />
            <source>Import Process Register — %1</source>
            <translation>Импорт реестра процессов — %1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="74" />
            <source>Problems (the rows named are left out or taken with a default):</source>
            <translation>Замечания (названные строки пропущены или приняты со значением по умолчанию):</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="103" />
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="107" />
            <source>— not imported —</source>
            <translation>— не импортировать —</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="136" />
            <source>procedit did not recognise the column of process names. Choose below what each column holds.</source>
            <translation>procedit не узнал столбец с названиями процессов. Укажите ниже, что содержит каждый столбец.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="139" />
            <source>Nothing will be imported until a column holds the names.</source>
            <translation>Ничего не будет импортировано, пока не указан столбец с названиями.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="143" />
            <source>Check what each column holds; change it in the first row if needed.</source>
            <translation>Проверьте, что содержит каждый столбец; при необходимости измените в первой строке.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="147" />
            <source>Will add %1 processes, %2 links and %3 external parties.</source>
            <translation>Будет добавлено процессов: %1, связей: %2, внешних сторон: %3.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="153" />
            <source>New people: %1</source>
            <translation>Новые сотрудники: %1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="155" />
            <source>New departments: %1</source>
            <translation>Новые подразделения: %1</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/register_dialog.py" line="160" />
            <source>Every person named is in the register already.</source>
            <translation>Все названные сотрудники уже есть в реестре.</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="92" />
            <source>Map</source>
            <translation>Карта</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="94" />
            <source>Move the selection (Shift: bigger steps)</source>
            <translation>Сдвинуть выделенное (с Shift — крупнее)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="94" />
            <source>Arrow keys</source>
            <translation>Стрелки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="95" />
            <source>Rename the selected box</source>
            <translation>Переименовать выделенный блок</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="96" />
            <source>Pan the map</source>
            <translation>Прокрутить карту</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="96" />
            <source>Space + drag, middle button</source>
            <translation>Пробел + перетаскивание, средняя кнопка</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="97" />
            <source>Zoom</source>
            <translation>Масштаб</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="97" />
            <source>Ctrl + wheel</source>
            <translation>Ctrl + колесо</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="98" />
            <source>Cancel a gesture or the naming of a new box</source>
            <translation>Отменить жест или ввод имени нового блока</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="108" />
            <source>Keyboard Shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="110" />
            <source>Find a command or a key…</source>
            <translation>Найти команду или клавишу…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="114" />
            <source>Menu</source>
            <translation>Меню</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="114" />
            <source>Command</source>
            <translation>Команда</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="114" />
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="154" />
            <source>The user guide is missing from this installation.</source>
            <translation>В этой установке нет руководства пользователя.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="177" />
            <source>procedit User Guide</source>
            <translation>Руководство пользователя procedit</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="211" />
            <source>An offline editor of business process maps: AS IS and TO BE maps, owners, customers, criteria and process regulations.</source>
            <translation>Редактор карт бизнес-процессов без сети: карты AS IS и TO BE, владельцы, клиенты, критерии и регламенты процессов.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="215" />
            <source>procedit is free software under the MIT licence. It works without a network and sends nothing anywhere.</source>
            <translation>procedit — свободная программа под лицензией MIT. Она работает без сети и ничего никуда не отправляет.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="217" />
            <source>Bundled libraries and fonts</source>
            <translation>Входящие в поставку библиотеки и шрифты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="219" />
            <source>The PDF regulations embed the fonts Source Sans Pro and PT Sans, both under the SIL Open Font License 1.1; characters they lack are drawn with DejaVu Sans (Bitstream Vera and DejaVu licence) or STIX General (SIL Open Font License 1.1), read from the matplotlib package.</source>
            <translation>В регламенты PDF встраиваются шрифты Source Sans Pro и PT Sans, оба под лицензией SIL Open Font License 1.1; символы, которых в них нет, рисуются шрифтами DejaVu Sans (лицензия Bitstream Vera и DejaVu) или STIX General (SIL Open Font License 1.1) из пакета matplotlib.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="223" />
            <source>Package</source>
            <translation>Пакет</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="223" />
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="223" />
            <source>Licence</source>
            <translation>Лицензия</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/help.py" line="238" />
            <source>About procedit</source>
            <translation>О программе procedit</translation>
        </message>
    </context>
    <context>
        <name>PortalPublish</name>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="54" />
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="125" />
            <source>{0} — portal</source>
            <translation>{0} — портал</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="63" />
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="121" />
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="128" />
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="156" />
            <source>Publish Portal</source>
            <translation>Публикация портала</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="67" />
            <source>The portal is a static site of this project for staff: the maps, a page per process and per person, search. It opens from a file share in any browser, with no server.</source>
            <translation>Портал — статический сайт проекта для сотрудников: карты, страница каждого процесса и сотрудника, поиск. Он открывается с файлового ресурса в любом браузере, без сервера.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="74" />
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="82" />
            <source>Include each map's regulation and each position's job instruction as PDFs (maps of up to {0} processes)</source>
            <translation>Включить в PDF регламент каждой карты и должностную инструкцию каждой должности (карты до {0} процессов)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="90" />
            <source>Publishing again replaces the earlier portal in one step. A folder that holds other files is never replaced.</source>
            <translation>Повторная публикация заменяет прежний портал за один шаг. Папка с другими файлами никогда не заменяется.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="98" />
            <source>Publish</source>
            <translation>Опубликовать</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="103" />
            <source>Folder:</source>
            <translation>Папка:</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="114" />
            <source>Portal Folder</source>
            <translation>Папка портала</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="121" />
            <source>Choose the folder to publish the portal to.</source>
            <translation>Выберите папку, в которую публикуется портал.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="130" />
            <source>“{0}” holds other files and is not a procedit portal, so it is not replaced.

Publish into a new folder inside it, or choose an empty folder or an earlier portal.</source>
            <translation>В папке «{0}» есть другие файлы, и это не портал procedit, поэтому она не будет заменена.

Опубликуйте портал в новую папку внутри неё или выберите пустую папку либо прежний портал.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="135" />
            <source>Publish into “{0}”</source>
            <translation>Опубликовать в «{0}»</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="136" />
            <source>Choose Another Folder</source>
            <translation>Выбрать другую папку</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="165" />
            <source>Publishing the portal…</source>
            <translation>Публикация портала…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="168" />
            <source>Publishing was cancelled; the folder is as it was.</source>
            <translation>Публикация отменена; папка осталась прежней.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="171" />
            <source>The portal was not published:
{0}</source>
            <translation>Портал не опубликован:
{0}</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="175" />
            <source>The portal is published: {0} pages and {1} PDF documents in
{2}</source>
            <translation>Портал опубликован: страниц — {0}, PDF-документов — {1}, в папке
{2}</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="181" />
            <source>The regulation of “{0}” is not included: the map has {1} processes.</source>
            <translation>Регламент карты «{0}» не включён: на карте процессов — {1}.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="187" />
            <source>Job instructions not included: {0} (the position works on a map of more than {1} processes).</source>
            <translation>Не включены должностные инструкции: {0} (должность работает на карте больше {1} процессов).</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="189" />
            <source>Open the start page in the browser?</source>
            <translation>Открыть начальную страницу в браузере?</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/portal_dialog.py" line="201" />
            <source>No browser could open the start page:
{0}</source>
            <translation>Не удалось открыть начальную страницу в браузере:
{0}</translation>
        </message>
    </context>
    <context>
        <name>RegulationExport</name>
        <message>
            <location filename="../../procedit/ui/dialogs/regulation_dialog.py" line="83" />
            <source>PDF document (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/regulation_dialog.py" line="83" />
            <source>Word document (*.docx)</source>
            <translation>Документ Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/regulation_dialog.py" line="109" />
            <source>Export Regulation</source>
            <translation>Экспорт регламента</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/regulation_dialog.py" line="109" />
            <source>Export Process Regulation</source>
            <translation>Экспорт регламента процесса</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/regulation_dialog.py" line="128" />
            <source>Writing the regulation…</source>
            <translation>Запись регламента…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/regulation_dialog.py" line="134" />
            <source>The regulation was not written:
{0}</source>
            <translation>Регламент не записан:
{0}</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/regulation_dialog.py" line="141" />
            <source>The regulation is saved as a Word document:
{0}

Open it now?</source>
            <translation>Регламент сохранён как документ Word:
{0}

Открыть его сейчас?</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/dialogs/regulation_dialog.py" line="143" />
            <source>The regulation is saved ({0} pages):
{1}

Open it now?</source>
            <translation>Регламент сохранён (страниц: {0}):
{1}

Открыть его?</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="63" />
            <source>Changes</source>
            <translation>Изменения</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="92" />
            <source>New From &amp;Reference Model…</source>
            <translation>Создать по &amp;эталонной модели…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="94" />
            <source>Start a project from a reference model of processes</source>
            <translation>Начать проект с эталонной модели процессов</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="102" />
            <source>&amp;Compare With…</source>
            <translation>&amp;Сравнить с…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="104" />
            <source>Show what differs from another map of the project or of another file</source>
            <translation>Показать отличия от другой карты проекта или карты из другого файла</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="110" />
            <source>Compare With &amp;Reference…</source>
            <translation>Сравнить с &amp;эталоном…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="112" />
            <source>Which processes, criteria and hand-offs of a reference model the map lacks</source>
            <translation>Каких процессов, критериев и передач эталонной модели нет на карте</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="116" />
            <source>Save Map to Reference &amp;Library…</source>
            <translation>Сохранить карту в &amp;библиотеку эталонов…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="118" />
            <source>Merge &amp;Conflicts…</source>
            <translation>&amp;Конфликты слияния…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="161" />
            <source>A map in another file…</source>
            <translation>Карта из другого файла…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="164" />
            <location filename="../../procedit/ui/window/compare.py" line="185" />
            <location filename="../../procedit/ui/window/compare.py" line="196" />
            <source>Compare With</source>
            <translation>Сравнить с</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="165" />
            <source>Compare the shown map with:</source>
            <translation>Сравнить показанную карту с:</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="176" />
            <source>Compare With a Map in Another File</source>
            <translation>Сравнить с картой из другого файла</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="176" />
            <source>procedit projects (*.procmap)</source>
            <translation>Проекты procedit (*.procmap)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="196" />
            <source>Which map?</source>
            <translation>Какая карта?</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="293" />
            <source>Draft change-log entry</source>
            <translation>Запись в журнал изменений</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="298" />
            <source>Change-log entry %1 drafted: edit it in the project's properties.</source>
            <translation>Запись %1 добавлена в журнал изменений: отредактируйте её в свойствах проекта.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="314" />
            <source>Confirm pair</source>
            <translation>Подтвердить пару</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="314" />
            <source>Break pair</source>
            <translation>Разорвать пару</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="324" />
            <source>Change Pair</source>
            <translation>Изменить пару</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="324" />
            <source>Pair with:</source>
            <translation>Сопоставить с:</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="333" />
            <source>(my library)</source>
            <translation>(моя библиотека)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="335" />
            <source>Reference model:</source>
            <translation>Эталонная модель:</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="348" />
            <source>New From Reference Model</source>
            <translation>Создать по эталонной модели</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="353" />
            <source>Compare With Reference</source>
            <translation>Сравнить с эталоном</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="377" />
            <source>Add reference map</source>
            <translation>Добавить эталонную карту</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="385" />
            <location filename="../../procedit/ui/window/compare.py" line="392" />
            <source>Save Map to Reference Library</source>
            <translation>Сохранить карту в библиотеку эталонов</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="385" />
            <source>Name of the reference model:</source>
            <translation>Название эталонной модели:</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/compare.py" line="394" />
            <source>Saved to the reference library: %1</source>
            <translation>Сохранено в библиотеку эталонов: %1</translation>
        </message>
    </context>
    <context>
        <name>LevelBar</name>
        <message>
            <location filename="../../procedit/ui/docks/level_bar.py" line="63" />
            <source>Checking level: %1.</source>
            <translation>Уровень проверки: %1.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/level_bar.py" line="66" />
            <source>Every rule applies.</source>
            <translation>Действуют все правила.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/level_bar.py" line="76" />
            <source>The next level, %1, would add %2 errors, %3 warnings and %4 notes (%5).</source>
            <translation>Следующий уровень, «%1», добавит ошибок: %2, предупреждений: %3, замечаний: %4 (%5).</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/level_bar.py" line="84" />
            <source>The next level, %1, would add nothing (%2).</source>
            <translation>Следующий уровень, «%1», ничего не добавит (%2).</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/level_bar.py" line="87" />
            <source>Raise to %1</source>
            <translation>Повысить до уровня «%1»</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/docks/level_bar.py" line="94" />
            <source>Raise checking level</source>
            <translation>Повысить уровень проверки</translation>
        </message>
    </context>
    <context>
        <name>Levels</name>
        <message>
            <location filename="../../procedit/ui/window/levels.py" line="31" />
            <source>Sketch</source>
            <translation>Эскиз</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/levels.py" line="32" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/levels.py" line="33" />
            <source>Regulation</source>
            <translation>Регламент</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/levels.py" line="40" />
            <source>links and a path to a customer</source>
            <translation>связи и путь к клиенту</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/levels.py" line="41" />
            <source>owners, customers and demand, goals, results, inputs and outputs</source>
            <translation>владельцы, клиенты и востребованность, цели, результаты, входы и выходы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/levels.py" line="43" />
            <source>descriptions, regulation documents, criteria and the link to the strategy</source>
            <translation>описания, регламенты, критерии и связь со стратегией</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/levels.py" line="50" />
            <source>Structure only: every box linked, a path to a customer</source>
            <translation>Только структура: каждый блок связан, есть путь к клиенту</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/levels.py" line="51" />
            <source>Adds owners, customers and demand, goals, results, inputs and outputs</source>
            <translation>Добавляет владельцев, клиентов и востребованность, цели, результаты, входы и выходы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/levels.py" line="52" />
            <source>Every rule: descriptions, regulation documents, criteria, strategy</source>
            <translation>Все правила: описания, регламенты, критерии, стратегия</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/levels.py" line="62" />
            <source>The map's document is under approval or approved: every rule applies.</source>
            <translation>Документ карты на согласовании или утверждён: проверяются все правила.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/levels.py" line="65" />
            <source>A TO BE map is checked at least as a description.</source>
            <translation>Карта TO BE проверяется не ниже уровня «Описание».</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/levels.py" line="78" />
            <source>Checking &amp;Level</source>
            <translation>&amp;Уровень проверки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/levels.py" line="109" />
            <source>Set checking level</source>
            <translation>Изменить уровень проверки</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/levels.py" line="123" />
            <source>Level: %1</source>
            <translation>Уровень: %1</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="70" />
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="70" />
            <source>The map shown before</source>
            <translation>Карта, показанная перед этой</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="73" />
            <source>&amp;Forward</source>
            <translation>&amp;Вперёд</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="77" />
            <source>The next map</source>
            <translation>Следующая карта</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="81" />
            <source>&amp;Up to Parent Map</source>
            <translation>На&amp;верх, к родительской карте</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="85" />
            <source>The map of the process this map details</source>
            <translation>Карта процесса, который детализирует эта карта</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="89" />
            <source>&amp;Open Sub-map</source>
            <translation>&amp;Открыть подкарту</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="93" />
            <source>Open the map the selected process is decomposed into</source>
            <translation>Открыть карту декомпозиции выбранного процесса</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="97" />
            <source>&amp;Decompose Process</source>
            <translation>&amp;Декомпозировать процесс</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="100" />
            <source>Make a map of the selected process's sub-processes, starting with its suppliers and consumers</source>
            <translation>Создать карту подпроцессов выбранного процесса: на ней сразу будут его поставщики и потребители</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="105" />
            <source>Decompose as Cross-Functional &amp;Procedure</source>
            <translation>Декомпозировать как кросс-функциональную &amp;процедуру</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="107" />
            <source>Make a sub-map with a lane per department and the process's stages as boxes</source>
            <translation>Создать подкарту с дорожкой для каждого подразделения и этапами процесса в виде блоков</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="109" />
            <source>S&amp;tages to Sub-processes</source>
            <translation>&amp;Этапы в подпроцессы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="110" />
            <source>Sub-processes to Sta&amp;ges</source>
            <translation>Подпроцессы в э&amp;тапы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="111" />
            <source>New &amp;Blank Map</source>
            <translation>Новая &amp;пустая карта</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="112" />
            <source>D&amp;uplicate Map</source>
            <translation>Д&amp;ублировать карту</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="113" />
            <source>Delete &amp;Map…</source>
            <translation>&amp;Удалить карту…</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="122" />
            <source>&amp;Go</source>
            <translation>П&amp;ереход</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="131" />
            <source>Dec&amp;omposition</source>
            <translation>Дек&amp;омпозиция</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="230" />
            <source>Select one process first.</source>
            <translation>Сначала выберите один процесс.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="243" />
            <source>“%1” is not decomposed: Map ▸ Decomposition ▸ Decompose Process makes its map.</source>
            <translation>Процесс «%1» не декомпозирован: его карту создаёт команда Карта ▸ Декомпозиция ▸ Декомпозировать процесс.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="257" />
            <source>Decompose as procedure</source>
            <translation>Декомпозиция как процедуры</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="257" />
            <source>Decompose process</source>
            <translation>Декомпозиция процесса</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="268" />
            <source>The process has no stages.</source>
            <translation>У процесса нет этапов.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="271" />
            <location filename="../../procedit/ui/window/navigation.py" line="273" />
            <source>Stages to sub-processes</source>
            <translation>Этапы в подпроцессы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="283" />
            <source>The process has no sub-map with processes.</source>
            <translation>У процесса нет подкарты с процессами.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="285" />
            <source>Sub-processes to stages</source>
            <translation>Подпроцессы в этапы</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="286" />
            <source>The stages of the process follow its sub-map now.</source>
            <translation>Этапы процесса теперь повторяют его подкарту.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="292" />
            <source>New map</source>
            <translation>Новая карта</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="301" />
            <source>%1 (copy)</source>
            <translation>%1 (копия)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="302" />
            <source>Duplicate map</source>
            <translation>Дублирование карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="313" />
            <location filename="../../procedit/ui/window/navigation.py" line="322" />
            <source>Delete Map</source>
            <translation>Удаление карты</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="313" />
            <source>A project keeps at least one map: add another map first.</source>
            <translation>В проекте должна остаться хотя бы одна карта: сначала добавьте другую.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="317" />
            <source>(unnamed map)</source>
            <translation>(карта без названия)</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="318" />
            <source>Delete the map “%1”?</source>
            <translation>Удалить карту «%1»?</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="320" />
            <source>Its %n sub-map(s) will be deleted with it.</source>
            <translation>Вместе с ней будут удалены её подкарты: %n.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="321" />
            <source>Edit ▸ Undo brings it back.</source>
            <translation>Вернуть её можно командой Правка ▸ Отменить.</translation>
        </message>
        <message>
            <location filename="../../procedit/ui/window/navigation.py" line="326" />
            <source>Delete map</source>
            <translation>Удаление карты</translation>
        </message>
    </context>
</TS>
