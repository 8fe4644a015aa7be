// Which errors mean "the backend cannot be reached" (work from the cache) and which are answers to show.
#include "app/core/Error.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace cc {
namespace {

Error http(int status) {
    Error error(ErrorKind::Http, QStringLiteral("HTTP %1").arg(status));
    error.httpStatus = status;
    return error;
}

TEST(Error, NoAnswerIsUnreachable) {
    EXPECT_TRUE(Error(ErrorKind::Network, QStringLiteral("refused")).isUnreachable());
    EXPECT_TRUE(Error(ErrorKind::Timeout, QStringLiteral("slow")).isUnreachable());
    EXPECT_TRUE(Error(ErrorKind::CircuitOpen, QStringLiteral("open")).isUnreachable());
}

TEST(Error, AServerErrorIsUnreachable) {
    EXPECT_TRUE(http(500).isUnreachable());
    EXPECT_TRUE(http(503).isUnreachable());
}

TEST(Error, ARefusalIsAnAnswer) {
    EXPECT_FALSE(http(400).isUnreachable());
    EXPECT_FALSE(http(404).isUnreachable());
    Error unauthorized(ErrorKind::Auth, QStringLiteral("Invalid API key"));
    unauthorized.httpStatus = 401;
    EXPECT_FALSE(unauthorized.isUnreachable());
    EXPECT_FALSE(Error(ErrorKind::Tls, QStringLiteral("bad certificate")).isUnreachable());
    EXPECT_FALSE(Error(ErrorKind::RateLimited, QStringLiteral("slow down")).isUnreachable());
}

} // namespace
} // namespace cc
