#pragma once

#include "app/sandbox/HttpResponse.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace cc::sandbox {

// The HTML the sandbox's authorization servers show in the browser: sign-in, consent and error pages.
// Everything echoed (e-mail addresses, hidden request parameters, messages) is HTML-escaped, and every page
// forbids framing and caching, as a real authorization server's must (RFC 9700 §4.16).
class LoginPages {
    Q_DECLARE_TR_FUNCTIONS(cc::sandbox::LoginPages)

public:
    using Fields = QList<QPair<QString, QString>>;

    // A `<form method="post">` with `email` and `password`, the hidden fields, and the demo accounts listed.
    static HttpResponse signIn(const QString& heading, const QStringList& demoEmails, const Fields& hidden,
                               const QString& problem = {});
    // A `<form method="post">` with two submit buttons, decision=allow and decision=deny.
    static HttpResponse consent(const QString& question, const QStringList& details, const Fields& hidden);
    // An error the browser shows without redirecting anywhere (the redirect URI is not trusted).
    static HttpResponse error(int status, const QString& message);

    static QString escape(const QString& text);

private:
    static HttpResponse page(int status, const QString& title, const QString& body);
    static QString hiddenInputs(const Fields& hidden);
};

} // namespace cc::sandbox
