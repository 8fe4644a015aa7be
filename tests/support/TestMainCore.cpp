#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/TestMain.h"

#include <QCoreApplication>

int main(int argc, char** argv) {
    // The private HOME must exist before Qt reads any standard path.
    cc::test::IsolatedEnvironment::setUpProcess();
    QCoreApplication app(argc, argv);
    return cc::test::runAllTests(argc, argv);
}
