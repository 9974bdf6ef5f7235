"""Texts of the document-safety UI: Qt translation first, a built-in Russian fallback second.

The English source strings go through ``QCoreApplication.translate("DocumentSafety", ...)``
like every other string of the UI. Until the Russian ``.qm`` carries them, a Russian UI
still shows Russian: the fallback below answers when the translator returns the source.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

CONTEXT = "DocumentSafety"

_RU = {
    "Untitled": "Без имени",
    "File Changed on Disk": "Файл изменён на диске",
    "“%1” was changed on disk by another program or person.\n\n"
    "Reload it (your unsaved changes here are lost) or keep your version?": "Файл «%1» изменён на диске другой программой или другим человеком.\n\n"
    "Загрузить его заново (несохранённые изменения здесь пропадут) или оставить вашу версию?",
    "Reload": "Загрузить заново",
    "Keep Mine": "Оставить мою версию",
    "“%1” was changed on disk after you opened it.\n\nOverwrite it with your version?": "Файл «%1» изменён на диске после того, как вы его открыли.\n\n"
    "Перезаписать его вашей версией?",
    "Overwrite": "Перезаписать",
    "Cannot Save Project": "Не удалось сохранить проект",
    "Your changes are still open here and kept in the recovery copy.\n"
    "Save them under another name or in another folder?": "Ваши изменения по-прежнему открыты и сохранены в копии для восстановления.\n"
    "Сохранить их под другим именем или в другую папку?",
    "Save As…": "Сохранить как…",
    "File Is Open Elsewhere": "Файл уже открыт",
    "“%1” is already open: %2.\n\n"
    "If you both edit it, one of you will overwrite the other's changes.": "Файл «%1» уже открыт: %2.\n\n"
    "Если вы оба будете его править, один из вас затрёт изменения другого.",
    "Open Anyway": "Всё равно открыть",
    "Reloaded “%1”: it was changed on disk.": "Файл «%1» изменён на диске и загружен заново.",
    "“%1” was deleted or moved on disk. Save to write it again.": "Файл «%1» удалён или перемещён. Сохраните, чтобы записать его снова.",
    "Cannot reload “%1”: %2": "Не удалось загрузить заново «%1»: %2",
    "Autosave failed: %1": "Автосохранение не удалось: %1",
    "Revert to Saved": "Вернуться к сохранённому",
    "Discard all changes since the last save?": "Отменить все изменения после последнего сохранения?",
    "Open Backup": "Открыть резервную копию",
    "There is no backup of this file yet (it appears after the second save).": "Резервной копии этого файла пока нет (она появляется после второго сохранения).",
    "Cannot Open Backup": "Не удалось открыть резервную копию",
    "Opened the backup of “%1” (the previous save). Save to make it the current version.": "Открыта резервная копия «%1» (предыдущее сохранение). Сохраните, чтобы сделать её текущей версией.",
    "Recover Unsaved Work": "Восстановление несохранённой работы",
    "procedit was not closed properly. These documents have changes that were not saved:": "procedit был закрыт аварийно. В этих документах есть несохранённые изменения:",
    "Document": "Документ",
    "Last change": "Последнее изменение",
    "File": "Файл",
    "never saved": "ещё не сохранён",
    "the file on disk changed since": "файл на диске с тех пор изменён",
    "Recover": "Восстановить",
    "Discard": "Удалить",
    "Later": "Позже",
    "Delete the selected unsaved changes for good?": "Удалить выбранные несохранённые изменения безвозвратно?",
    "Cannot Recover": "Не удалось восстановить",
    "Recovered “%1” from %2. Save it to keep it.": "Восстановлен «%1» (изменён %2). Сохраните его, чтобы не потерять.",
}


def tr(text: str) -> str:
    translated = QCoreApplication.translate(CONTEXT, text)
    if translated == text and QLocale().language() == QLocale.Language.Russian:
        return _RU.get(text, text)
    return translated


def lang() -> str:
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"
