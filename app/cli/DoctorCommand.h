#pragma once

#include "app/cli/CtlContext.h"

#include <QCoreApplication>

namespace cc::cli {

// `campaignctl doctor [--profile NAME] [--timeout SECONDS]`: checks each part of a profile's backend and says
// what is wrong and how to fix it. Exit code 0 when every part is fine, 1 otherwise.
class DoctorCommand {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::DoctorCommand)
public:
    explicit DoctorCommand(CtlContext& context);
    int run(const QStringList& arguments);

private:
    CtlContext& m_context;
};

} // namespace cc::cli
