<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that Qt's qtbase_ru.qm does not translate (Qt 6 changed their source text).
     Kept by hand; update.py compiles it to qt_gaps_ru.qm, which the app loads after qtbase_ru. -->
<TS version="2.1" language="ru">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Папка:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Тип файлов:</translation>
        </message>
    </context>
</TS>
