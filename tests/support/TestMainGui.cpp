#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/TestMain.h"

#include <QApplication>

int main(int argc, char** argv) {
    cc::test::IsolatedEnvironment::setUpProcess();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    return cc::test::runAllTests(argc, argv);
}
