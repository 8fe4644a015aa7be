#pragma once

#include "app/cli/CtlContext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace cc {
struct Profile;
}

namespace cc::cli {

// campaignctl profiles list | add | remove
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

    CtlContext& m_context;
};

} // namespace cc::cli
