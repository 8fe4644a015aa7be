#include "tests/support/TestMain.h"

#include "app/core/AppInfo.h"

#include <gtest/gtest.h>

namespace cc::test {

int runAllTests(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    AppInfo::apply();
    return RUN_ALL_TESTS();
}

} // namespace cc::test
