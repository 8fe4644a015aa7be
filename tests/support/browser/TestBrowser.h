#pragma once

#include "tests/support/browser/HtmlForms.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace cc::test {

// A scripted stand-in for the user's browser in sign-in tests (the CAMPAIGN_CONSOLE_BROWSER contract): opens
// a URL, follows redirects with its own cookie jar, fills sign-in forms (fields named like email, login or
// username get `email`, password fields get `password`), answers consent forms (the button that allows, or
// the one that denies when `deny` is set), and stops at the first page without a form, normally the app's
// loopback redirect. finished() reports whether that last page was a success (status below 400).
class TestBrowser : public QObject {
    Q_OBJECT

public:
    struct Script {
        QString email;
        QString password;
        bool deny = false;
        int maxSteps = 30;
        int timeoutMs = 60000;
    };

    TestBrowser(Script script, QObject* parent = nullptr);

    void open(const QUrl& url);
    QUrl lastUrl() const { return m_lastUrl; }

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    void send(const QByteArray& method, const QUrl& url, const QByteArray& body = {});
    void onFinished(QNetworkReply* reply);
    bool submit(const QList<HtmlForms::Form>& forms, const QString& html, const QUrl& page);
    void finish(bool ok, const QString& message);
    static QString describe(const QUrl& url);

    Script m_script;
    QNetworkAccessManager m_network;
    QTimer m_timeout;
    QUrl m_lastUrl;
    int m_steps = 0;
    bool m_submittedPassword = false;
    bool m_done = false;
};

} // namespace cc::test
