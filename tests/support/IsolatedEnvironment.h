#pragma once

#include <gtest/gtest.h>

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace cc::test {

// Gives tests a private HOME and XDG_* directories so nothing they do touches the user's files: settings,
// logs, caches and keychain collections all land in a temporary directory that is removed afterwards.
class IsolatedEnvironment {
public:
    // Once per test process, before the QCoreApplication exists: a process-wide private HOME.
    static void setUpProcess();
    // The directory holding the current HOME.
    static QString home();

    // Points HOME and XDG_* at fresh subdirectories of `root`.
    static void pointAt(const QString& root);
};

// A fixture for tests that write settings, logs or caches: each test gets its own empty HOME.
class IsolatedTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    QString homePath() const;
    QString configPath() const; // XDG_CONFIG_HOME
    QString dataPath() const;   // XDG_DATA_HOME

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_previousHome;
};

} // namespace cc::test
