#include "app/auth/LoopbackRedirectListener.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <QHostAddress>
#include <QNetworkInterface>
#include <QTcpSocket>

#include <memory>

namespace cc::auth {
namespace {

const QString kState = QStringLiteral("expected-state-0123456789abcdefghijklmnopqrstu");

// A raw HTTP client: sends bytes, collects whatever comes back until the server closes.
class RawClient {
public:
    explicit RawClient(const QUrl& uri) {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { m_response += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] { m_closed = true; });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError) {
                m_failed = true;
            }
            m_closed = true;
        });
        m_socket.connectToHost(QHostAddress(uri.host()), static_cast<quint16>(uri.port()));
    }
    void send(const QByteArray& bytes) { m_socket.write(bytes); }
    bool waitClosed(int ms = 5000) {
        return test::waitUntil([this] { return m_closed; }, ms);
    }
    QByteArray response() const { return m_response; }
    int status() const { return m_response.mid(9, 3).toInt(); }
    bool connectionFailed() const { return m_failed && m_response.isEmpty(); }

private:
    QTcpSocket m_socket;
    QByteArray m_response;
    bool m_closed = false;
    bool m_failed = false;
};

QByteArray get(const QString& target) {
    return "GET " + target.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

class LoopbackRedirectListenerTest : public ::testing::Test {
protected:
    void start(LoopbackRedirectListener::Options options = {}) {
        m_listener = std::make_unique<LoopbackRedirectListener>(kState, options);
        QObject::connect(m_listener.get(), &LoopbackRedirectListener::codeReceived,
                         [this](const QString& code) { m_code = code; });
        QObject::connect(m_listener.get(), &LoopbackRedirectListener::failed, [this](const Error& e) {
            m_error = e;
            ++m_failures;
        });
        ASSERT_FALSE(m_listener->listen().has_value());
    }

    int request(const QByteArray& bytes, QByteArray* body = nullptr) {
        RawClient client(m_listener->redirectUri());
        client.send(bytes);
        EXPECT_TRUE(client.waitClosed());
        if (body) {
            *body = client.response();
        }
        return client.status();
    }

    QString callback(const QString& query) const { return QStringLiteral("/callback?") + query; }

    std::unique_ptr<LoopbackRedirectListener> m_listener;
    QString m_code;
    Error m_error;
    int m_failures = 0;
};

TEST_F(LoopbackRedirectListenerTest, RedirectUriIsTheLoopbackIpLiteralWithTheCallbackPath) {
    start();
    const QUrl uri = m_listener->redirectUri();
    EXPECT_EQ(uri.scheme(), QStringLiteral("http"));
    EXPECT_TRUE(QHostAddress(uri.host()).isLoopback());
    EXPECT_NE(uri.host(), QStringLiteral("localhost"));
    EXPECT_GT(uri.port(), 0);
    EXPECT_EQ(uri.path(), QStringLiteral("/callback"));
}

TEST_F(LoopbackRedirectListenerTest, IsNotReachableFromOtherInterfaces) {
    start();
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol) {
            continue;
        }
        QTcpSocket socket;
        bool connected = false;
        bool refused = false;
        QObject::connect(&socket, &QTcpSocket::connected, [&] { connected = true; });
        QObject::connect(&socket, &QTcpSocket::errorOccurred, [&] { refused = true; });
        socket.connectToHost(address, static_cast<quint16>(m_listener->redirectUri().port()));
        ASSERT_TRUE(test::waitUntil([&] { return connected || refused; }));
        EXPECT_FALSE(connected) << address.toString().toStdString();
    }
}

TEST_F(LoopbackRedirectListenerTest, MatchingStateAndCodeCompleteTheFlow) {
    start();
    QByteArray body;
    EXPECT_EQ(request(get(callback(QStringLiteral("code=the-code&state=") + kState)), &body), 200);
    EXPECT_EQ(m_code, QStringLiteral("the-code"));
    EXPECT_TRUE(body.contains("Signed in"));
    EXPECT_TRUE(body.contains("Cache-Control: no-store"));
    EXPECT_FALSE(m_listener->isListening());
}

TEST_F(LoopbackRedirectListenerTest, WrongStateIsRejectedAndTheFlowKeepsWaiting) {
    start();
    EXPECT_EQ(request(get(callback(QStringLiteral("code=forged&state=wrong")))), 400);
    EXPECT_TRUE(m_code.isEmpty());
    EXPECT_TRUE(m_listener->isListening());
    EXPECT_EQ(request(get(callback(QStringLiteral("code=real&state=") + kState))), 200);
    EXPECT_EQ(m_code, QStringLiteral("real"));
}

TEST_F(LoopbackRedirectListenerTest, MissingStateIsRejected) {
    start();
    EXPECT_EQ(request(get(callback(QStringLiteral("code=abc")))), 400);
    EXPECT_TRUE(m_listener->isListening());
}

TEST_F(LoopbackRedirectListenerTest, MissingCodeIsRejected) {
    start();
    EXPECT_EQ(request(get(callback(QStringLiteral("state=") + kState))), 400);
    EXPECT_TRUE(m_code.isEmpty());
    EXPECT_TRUE(m_listener->isListening());
}

TEST_F(LoopbackRedirectListenerTest, AccessDeniedEndsTheFlowWithAnError) {
    start();
    QByteArray body;
    EXPECT_EQ(request(get(callback(QStringLiteral("error=access_denied&state=") + kState)), &body), 200);
    EXPECT_EQ(m_failures, 1);
    EXPECT_EQ(m_error.kind, ErrorKind::Auth);
    EXPECT_EQ(m_error.code, QStringLiteral("access_denied"));
    EXPECT_TRUE(body.contains("Sign-in failed"));
    EXPECT_FALSE(m_listener->isListening());
}

TEST_F(LoopbackRedirectListenerTest, ErrorDescriptionIsHtmlEscaped) {
    start();
    QByteArray body;
    request(get(callback(
                QStringLiteral("error=server_error&error_description=%3Cscript%3Ex%3C%2Fscript%3E&state=") +
                kState)),
            &body);
    EXPECT_FALSE(body.contains("<script>"));
    EXPECT_TRUE(body.contains("&lt;script&gt;"));
}

TEST_F(LoopbackRedirectListenerTest, ASecondRequestAfterCompletionIsNotAccepted) {
    start();
    const QUrl uri = m_listener->redirectUri();
    ASSERT_EQ(request(get(callback(QStringLiteral("code=first&state=") + kState))), 200);
    RawClient late(uri);
    late.send(get(callback(QStringLiteral("code=second&state=") + kState)));
    EXPECT_TRUE(late.waitClosed());
    EXPECT_TRUE(late.response().isEmpty());
    EXPECT_EQ(m_code, QStringLiteral("first"));
}

TEST_F(LoopbackRedirectListenerTest, GarbageBytesAreRejected) {
    start();
    static const char garbage[] = "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 garbage\r\n\r\n";
    EXPECT_EQ(request(QByteArray(garbage, sizeof garbage - 1)), 400);
    EXPECT_TRUE(m_listener->isListening());
}

TEST_F(LoopbackRedirectListenerTest, AnotherPathGets404) {
    start();
    EXPECT_EQ(request(get(QStringLiteral("/favicon.ico"))), 404);
    EXPECT_EQ(request(get(QStringLiteral("/other?code=x&state=") + kState)), 404);
    EXPECT_TRUE(m_code.isEmpty());
    EXPECT_EQ(m_listener->rejectedRequests(), 2);
}

TEST_F(LoopbackRedirectListenerTest, AnotherMethodIsRejected) {
    start();
    const QByteArray post =
        "POST /callback?code=x&state=" + kState.toUtf8() + " HTTP/1.1\r\nContent-Length: 0\r\n\r\n";
    EXPECT_EQ(request(post), 405);
    EXPECT_TRUE(m_code.isEmpty());
}

TEST_F(LoopbackRedirectListenerTest, OversizedRequestIsRejected) {
    LoopbackRedirectListener::Options options;
    options.maxRequestBytes = 1024;
    start(options);
    EXPECT_EQ(request("GET /callback HTTP/1.1\r\nX-Pad: " + QByteArray(4096, 'a')), 431);
}

TEST_F(LoopbackRedirectListenerTest, SlowLorisIsCutOffWithoutBlockingTheFlow) {
    LoopbackRedirectListener::Options options;
    options.connectionTimeoutMs = 300;
    start(options);
    RawClient slow(m_listener->redirectUri());
    slow.send("GET /callback?state=");
    // The real redirect completes while the slow client still holds its connection.
    RawClient real(m_listener->redirectUri());
    real.send(get(callback(QStringLiteral("code=ok&state=") + kState)));
    EXPECT_TRUE(real.waitClosed());
    EXPECT_EQ(m_code, QStringLiteral("ok"));
    EXPECT_TRUE(slow.waitClosed(3000));
}

TEST_F(LoopbackRedirectListenerTest, SlowLorisAloneIsClosedAfterItsDeadline) {
    LoopbackRedirectListener::Options options;
    options.connectionTimeoutMs = 200;
    start(options);
    RawClient slow(m_listener->redirectUri());
    slow.send("GET /call");
    EXPECT_TRUE(slow.waitClosed(3000));
    EXPECT_EQ(slow.status(), 400);
    EXPECT_TRUE(m_listener->isListening());
}

TEST_F(LoopbackRedirectListenerTest, TimesOutWhenTheBrowserNeverComesBack) {
    LoopbackRedirectListener::Options options;
    options.timeoutMs = 150;
    start(options);
    EXPECT_TRUE(test::waitUntil([this] { return m_failures > 0; }, 3000));
    EXPECT_EQ(m_error.kind, ErrorKind::Timeout);
    EXPECT_FALSE(m_listener->isListening());
}

TEST_F(LoopbackRedirectListenerTest, CancelEndsTheFlowOnce) {
    start();
    m_listener->cancel();
    m_listener->cancel();
    EXPECT_EQ(m_failures, 1);
    EXPECT_EQ(m_error.kind, ErrorKind::Cancelled);
    EXPECT_FALSE(m_listener->isListening());
}

LoopbackRedirectListener::Options expectingIssuer(bool required) {
    LoopbackRedirectListener::Options options;
    options.expectedIssuer = QStringLiteral("https://auth.example.com/");
    options.issuerRequired = required;
    return options;
}

TEST_F(LoopbackRedirectListenerTest, MatchingIssuerCompletesTheFlow) {
    start(expectingIssuer(true));
    const QString iss =
        QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("https://auth.example.com")));
    EXPECT_EQ(request(get(callback(QStringLiteral("code=c1&iss=%1&state=").arg(iss) + kState))), 200);
    EXPECT_EQ(m_code, QStringLiteral("c1"));
}

TEST_F(LoopbackRedirectListenerTest, ResponseFromAnotherIssuerEndsTheFlowWithoutACode) {
    start(expectingIssuer(false));
    const QString iss =
        QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("https://evil.example.net")));
    QByteArray body;
    EXPECT_EQ(request(get(callback(QStringLiteral("code=stolen&iss=%1&state=").arg(iss) + kState)), &body),
              400);
    EXPECT_TRUE(m_code.isEmpty());
    EXPECT_EQ(m_failures, 1);
    EXPECT_EQ(m_error.kind, ErrorKind::Auth);
    EXPECT_TRUE(body.contains("different server"));
    EXPECT_FALSE(m_listener->isListening());
}

TEST_F(LoopbackRedirectListenerTest, MissingIssuerIsRefusedWhenTheServerAdvertisesIt) {
    start(expectingIssuer(true));
    EXPECT_EQ(request(get(callback(QStringLiteral("code=c2&state=") + kState))), 400);
    EXPECT_TRUE(m_code.isEmpty());
    EXPECT_EQ(m_failures, 1);
}

TEST_F(LoopbackRedirectListenerTest, MissingIssuerIsAcceptedWhenTheServerDoesNotAdvertiseIt) {
    start(expectingIssuer(false));
    EXPECT_EQ(request(get(callback(QStringLiteral("code=c3&state=") + kState))), 200);
    EXPECT_EQ(m_code, QStringLiteral("c3"));
}

TEST_F(LoopbackRedirectListenerTest, ErrorResponseFromAnotherIssuerIsNotReportedAsTheServersError) {
    start(expectingIssuer(true));
    const QString iss =
        QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("https://evil.example.net")));
    request(get(callback(QStringLiteral("error=access_denied&iss=%1&state=").arg(iss) + kState)));
    EXPECT_EQ(m_failures, 1);
    EXPECT_NE(m_error.code, QStringLiteral("access_denied"));
}

} // namespace
} // namespace cc::auth
