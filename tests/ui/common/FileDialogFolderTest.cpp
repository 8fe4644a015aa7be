// File dialogs open in the user's Documents folder, then where the user last chose a file.
#include "ui/common/FileDialogFolder.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QStandardPaths>

namespace cc::ui {
namespace {

class FileDialogFolderTest : public test::IsolatedTest {};

TEST_F(FileDialogFolderTest, TheFirstDialogOpensInDocumentsNotTheWorkingDirectory) {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    ASSERT_FALSE(documents.isEmpty());
    EXPECT_EQ(FileDialogFolder::start(), documents);
    EXPECT_EQ(FileDialogFolder::suggest(QStringLiteral("campaigns.csv")),
              QDir(documents).filePath(QStringLiteral("campaigns.csv")));
}

TEST_F(FileDialogFolderTest, TheNextDialogOpensWhereTheLastFileWasChosen) {
    const QString folder = QDir(QDir::homePath()).filePath(QStringLiteral("exports"));
    ASSERT_TRUE(QDir().mkpath(folder));
    FileDialogFolder::remember(QDir(folder).filePath(QStringLiteral("march.csv")));
    EXPECT_EQ(FileDialogFolder::start(), folder);
}

TEST_F(FileDialogFolderTest, AFolderThatIsGoneIsForgotten) {
    const QString folder = QDir(QDir::homePath()).filePath(QStringLiteral("stick"));
    ASSERT_TRUE(QDir().mkpath(folder));
    FileDialogFolder::remember(QDir(folder).filePath(QStringLiteral("a.csv")));
    ASSERT_TRUE(QDir(folder).removeRecursively());
    EXPECT_EQ(FileDialogFolder::start(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

} // namespace
} // namespace cc::ui
