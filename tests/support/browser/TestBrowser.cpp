#include "tests/support/browser/TestBrowser.h"

#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>

namespace cc::test {

namespace {

const QRegularExpression& allowPattern() {
    static const QRegularExpression pattern(
        QStringLiteral("allow|approve|accept|continue|yes|authori[sz]e|consent"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression& denyPattern() {
    static const QRegularExpression pattern(
        QStringLiteral("deny|reject|refuse|decline|cancel|abort|\\bno\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

bool matches(const QRegularExpression& pattern, const HtmlForms::Button& button) {
    return pattern.match(button.value).hasMatch() || pattern.match(button.name).hasMatch() ||
           pattern.match(button.text).hasMatch();
}

} // namespace

TestBrowser::TestBrowser(Script script, QObject* parent)
    : QObject(parent)
    , m_script(std::move(script)) {
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network.setCookieJar(new QNetworkCookieJar(&m_network));
    connect(&m_network, &QNetworkAccessManager::finished, this, &TestBrowser::onFinished);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(false, QStringLiteral("timed out")); });
}

QString TestBrowser::describe(const QUrl& url) {
    // Never the query: it carries codes, states and tickets.
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

void TestBrowser::open(const QUrl& url) {
    m_timeout.start(m_script.timeoutMs);
    send("GET", url);
}

void TestBrowser::send(const QByteArray& method, const QUrl& url, const QByteArray& body) {
    if (++m_steps > m_script.maxSteps) {
        finish(false, QStringLiteral("too many steps (a redirect or form loop?)"));
        return;
    }
    if (!url.isValid() ||
        (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https"))) {
        finish(false, QStringLiteral("cannot load %1").arg(url.toString(QUrl::RemoveQuery)));
        return;
    }
    m_lastUrl = url;
    qInfo("test-browser: %s %s", method.constData(), qPrintable(describe(url)));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("campaign-console-test-browser/1"));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    if (method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        m_network.post(request, body);
    } else {
        m_network.get(request);
    }
}

void TestBrowser::onFinished(QNetworkReply* reply) {
    reply->deleteLater();
    if (m_done) {
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl url = reply->url();
    if (status == 0) {
        finish(false, QStringLiteral("%1: %2").arg(describe(url), reply->errorString()));
        return;
    }
    const QByteArray location = reply->rawHeader("Location");
    if (status >= 300 && status < 400 && !location.isEmpty()) {
        const QUrl target = url.resolved(QUrl::fromEncoded(location, QUrl::TolerantMode));
        send("GET", target);
        return;
    }
    const QByteArray body = reply->readAll();
    const QString html =
        reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(QStringLiteral("html"))
            ? QString::fromUtf8(body)
            : QString();
    const QList<HtmlForms::Form> forms = HtmlForms::forms(html, url);
    bool hasPasswordForm = false;
    for (const HtmlForms::Form& form : forms) {
        hasPasswordForm = hasPasswordForm || form.hasPassword();
    }
    if (hasPasswordForm && m_submittedPassword) {
        finish(false,
               QStringLiteral("the sign-in was refused (HTTP %1 at %2)").arg(status).arg(describe(url)));
        return;
    }
    if (!forms.isEmpty() && submit(forms, html, url)) {
        return;
    }
    if (m_done) {
        return;
    }
    if (status >= 400) {
        finish(false, QStringLiteral("HTTP %1 at %2: %3")
                          .arg(status)
                          .arg(describe(url), QString::fromUtf8(body.left(300))));
        return;
    }
    finish(true, QStringLiteral("done at %1 (HTTP %2)").arg(describe(url)).arg(status));
}

bool TestBrowser::submit(const QList<HtmlForms::Form>& forms, const QString& html, const QUrl& page) {
    static const QRegularExpression identity(QStringLiteral("e-?mail|login|user(name)?"),
                                             QRegularExpression::CaseInsensitiveOption);
    // The sign-in form if there is one, else the first form with something to press.
    const HtmlForms::Form* chosen = nullptr;
    for (const HtmlForms::Form& form : forms) {
        if (form.hasPassword()) {
            chosen = &form;
            break;
        }
    }
    for (const HtmlForms::Form& form : forms) {
        if (chosen == nullptr && !form.buttons.isEmpty()) {
            chosen = &form;
        }
    }
    if (chosen == nullptr) {
        return false;
    }
    QList<QPair<QString, QString>> values;
    for (const HtmlForms::Field& field : chosen->fields) {
        if (field.name.isEmpty() ||
            ((field.type == QStringLiteral("checkbox") || field.type == QStringLiteral("radio")) &&
             !field.checked)) {
            continue;
        }
        QString value = field.value;
        if (field.type == QStringLiteral("password")) {
            value = m_script.password;
        } else if (field.type != QStringLiteral("hidden") && identity.match(field.name).hasMatch()) {
            value = m_script.email;
        }
        values.append({field.name, value});
    }
    if (chosen->hasPassword()) {
        m_submittedPassword = true;
    } else {
        m_submittedPassword = false;
        const HtmlForms::Button* pressed = nullptr;
        for (const HtmlForms::Button& button : chosen->buttons) {
            const bool wanted = m_script.deny
                                    ? matches(denyPattern(), button)
                                    : matches(allowPattern(), button) && !matches(denyPattern(), button);
            if (wanted && pressed == nullptr) {
                pressed = &button;
            }
        }
        if (pressed == nullptr && m_script.deny) {
            // Some servers (oidc-provider) cancel through a link rather than a button.
            for (const HtmlForms::Link& link : HtmlForms::links(html, page)) {
                if (denyPattern().match(link.text).hasMatch() ||
                    denyPattern().match(link.href.path()).hasMatch()) {
                    send("GET", link.href);
                    return true;
                }
            }
            finish(false, QStringLiteral("no way to deny on %1").arg(describe(page)));
            return false;
        }
        if (pressed == nullptr) {
            if (chosen->buttons.size() != 1) {
                finish(false, QStringLiteral("no button that allows on %1").arg(describe(page)));
                return false;
            }
            pressed = &chosen->buttons.first();
        }
        if (!pressed->name.isEmpty()) {
            values.append({pressed->name, pressed->value});
        }
    }
    QByteArray encoded;
    for (const auto& [name, value] : values) {
        encoded += (encoded.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' +
                   QUrl::toPercentEncoding(value);
    }
    if (chosen->method == QStringLiteral("post")) {
        send("POST", chosen->action, encoded);
    } else {
        QUrl target = chosen->action;
        target.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
        send("GET", target);
    }
    return true;
}

void TestBrowser::finish(bool ok, const QString& message) {
    if (m_done) {
        return;
    }
    m_done = true;
    m_timeout.stop();
    emit finished(ok, message);
}

} // namespace cc::test
