#pragma once

#include <QString>

namespace cc::ui {

// Where file dialogs open: the folder the user last chose a file in (remembered across runs in the UI
// settings), else their Documents folder; never the process's working directory, which for a desktop
// launch is meaningless (often / or the install folder).
class FileDialogFolder {
public:
    static inline const QString kSettingsKey = QStringLiteral("files/lastFolder");

    // The folder to open a dialog in.
    static QString start();
    // A path in that folder for a suggested file name ("campaigns.csv").
    static QString suggest(const QString& fileName);
    // Called with the file the user chose: its folder is where the next dialog opens.
    static void remember(const QString& chosenFile);
};

} // namespace cc::ui
