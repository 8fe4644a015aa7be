#include "app/sandbox/LoginPages.h"

namespace cc::sandbox {

QString LoginPages::escape(const QString& text) {
    // toHtmlEscaped covers <, >, & and "; attributes here are always double-quoted, but ' is escaped too.
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    return escaped;
}

QString LoginPages::hiddenInputs(const Fields& hidden) {
    QString html;
    for (const auto& [name, value] : hidden) {
        html += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                    .arg(escape(name), escape(value));
    }
    return html;
}

HttpResponse LoginPages::page(int status, const QString& title, const QString& body) {
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                                                  "form-action 'self'; frame-ancestors 'none'");
    response.setHeader("Referrer-Policy", "no-referrer");
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<title>%1</title>"
                       "<style>body{font-family:sans-serif;max-width:32em;margin:3em auto}"
                       "label{display:block;margin:.5em 0}</style></head>\n<body>\n%2</body></html>\n")
            .arg(escape(title), body);
    response.body = html.toUtf8();
    return response;
}

HttpResponse LoginPages::signIn(const QString& heading, const QStringList& demoEmails, const Fields& hidden,
                                const QString& problem) {
    QString body = QStringLiteral("<h1>%1</h1>\n").arg(escape(heading));
    if (!problem.isEmpty()) {
        body += QStringLiteral("<p role=\"alert\" class=\"error\">%1</p>\n").arg(escape(problem));
    }
    body += QStringLiteral("<form method=\"post\">\n") + hiddenInputs(hidden) +
            QStringLiteral(
                "<label>%1 <input type=\"email\" name=\"email\" autocomplete=\"username\" required></label>\n"
                "<label>%2 <input type=\"password\" name=\"password\" "
                "autocomplete=\"current-password\" required></label>\n"
                "<button type=\"submit\">%3</button>\n</form>\n")
                .arg(escape(tr("E-mail")), escape(tr("Password")), escape(tr("Sign in")));
    body +=
        QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<ul class=\"demo-users\">\n")
            .arg(escape(tr("Demo users")), escape(tr("The sandbox prints their passwords when it starts.")));
    for (const QString& email : demoEmails) {
        body += QStringLiteral("<li>%1</li>\n").arg(escape(email));
    }
    body += QStringLiteral("</ul>\n");
    return page(200, heading, body);
}

HttpResponse LoginPages::consent(const QString& question, const QStringList& details, const Fields& hidden) {
    QString body = QStringLiteral("<h1>%1</h1>\n").arg(escape(question));
    if (!details.isEmpty()) {
        body += QStringLiteral("<ul class=\"scopes\">\n");
        for (const QString& detail : details) {
            body += QStringLiteral("<li>%1</li>\n").arg(escape(detail));
        }
        body += QStringLiteral("</ul>\n");
    }
    body += QStringLiteral("<form method=\"post\">\n") + hiddenInputs(hidden) +
            QStringLiteral("<button type=\"submit\" name=\"decision\" value=\"allow\">%1</button>\n"
                           "<button type=\"submit\" name=\"decision\" value=\"deny\">%2</button>\n</form>\n")
                .arg(escape(tr("Allow")), escape(tr("Deny")));
    return page(200, question, body);
}

HttpResponse LoginPages::error(int status, const QString& message) {
    const QString title = tr("Sign-in failed");
    return page(status, title,
                QStringLiteral("<h1>%1</h1>\n<p role=\"alert\" class=\"error\">%2</p>\n")
                    .arg(escape(title), escape(message)));
}

} // namespace cc::sandbox
