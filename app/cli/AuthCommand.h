#pragma once

#include "app/cli/CtlContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace cc {
struct Profile;
}

namespace cc::cli {

// campaignctl login [--no-browser] [--profile P] | whoami [--json] | logout
//
// The commands run the same SignInFlow and Session as the GUI. campaignctl has no event loop of its own, so
// each command runs one local QEventLoop until its asynchronous work is done: this is the process's only
// loop (not nested in another), which the "never block the GUI thread" rule is about.
class AuthCommand {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::AuthCommand)

public:
    explicit AuthCommand(CtlContext& context);
    int login(const QStringList& arguments);
    int whoami(const QStringList& arguments);
    int logout(const QStringList& arguments);

private:
    std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, Profile& profile);

    CtlContext& m_context;
};

} // namespace cc::cli
