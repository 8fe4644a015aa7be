#pragma once

#include "app/cli/CtlContext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class QCommandLineParser;

namespace cc {
struct Profile;
}

namespace cc::cli {

// campaignctl profiles list | show | add | edit | remove
class ProfilesCommand {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::ProfilesCommand)

public:
    explicit ProfilesCommand(CtlContext& context);
    int run(const QStringList& arguments);

    static QJsonObject toJson(const Profile& profile);

private:
    int list(const QStringList& arguments);
    int add(const QStringList& arguments);
    int remove(const QStringList& arguments);
    int edit(const QStringList& arguments);
    int show(const QStringList& arguments);
    // The options that set a profile's fields (add and edit share them); applyFields sets the given ones
    // and says how many.
    static void addFieldOptions(QCommandLineParser& parser);
    static int applyFields(const QCommandLineParser& parser, Profile& profile);

    CtlContext& m_context;
};

} // namespace cc::cli
