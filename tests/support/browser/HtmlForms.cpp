#include "tests/support/browser/HtmlForms.h"

#include <QHash>
#include <QRegularExpression>

namespace cc::test {

namespace {

constexpr auto kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption;

QHash<QString, QString> attributes(const QString& tag) {
    static const QRegularExpression attribute(
        QStringLiteral("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?"));
    QHash<QString, QString> out;
    auto it = attribute.globalMatch(tag);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString value = match.captured(2);
        if (value.isNull()) {
            value = match.captured(3);
        }
        if (value.isNull()) {
            value = match.captured(4);
        }
        const QString name = match.captured(1).toLower();
        if (!out.contains(name)) {
            out.insert(name, HtmlForms::decodeEntities(value));
        }
    }
    return out;
}

QString stripTags(const QString& html) {
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return HtmlForms::decodeEntities(QString(html).remove(tags)).simplified();
}

QUrl resolve(const QUrl& page, const QString& reference) {
    if (reference.isEmpty()) {
        return page;
    }
    return page.resolved(QUrl(reference, QUrl::TolerantMode));
}

} // namespace

bool HtmlForms::Form::hasPassword() const {
    for (const Field& field : fields) {
        if (field.type == QStringLiteral("password")) {
            return true;
        }
    }
    return false;
}

QString HtmlForms::decodeEntities(const QString& text) {
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},  {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},   {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")}, {QStringLiteral("nbsp"), QStringLiteral(" ")}};
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += text.mid(last, match.capturedStart() - last);
        const QString body = match.captured(1);
        if (body.startsWith(QLatin1Char('#'))) {
            const bool hex =
                body.size() > 1 && (body.at(1) == QLatin1Char('x') || body.at(1) == QLatin1Char('X'));
            bool ok = false;
            const uint code = hex ? body.mid(2).toUInt(&ok, 16) : body.mid(1).toUInt(&ok, 10);
            out += ok ? QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1) : match.captured(0);
        } else {
            out += named.value(body.toLower(), match.captured(0));
        }
        last = match.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QList<HtmlForms::Form> HtmlForms::forms(const QString& html, const QUrl& page) {
    static const QRegularExpression formPattern(QStringLiteral("<form\\b([^>]*)>(.*?)</form\\s*>"), kOptions);
    static const QRegularExpression inputPattern(QStringLiteral("<input\\b([^>]*)>"), kOptions);
    static const QRegularExpression buttonPattern(QStringLiteral("<button\\b([^>]*)>(.*?)</button\\s*>"),
                                                  kOptions);
    QList<Form> out;
    auto forms = formPattern.globalMatch(html);
    while (forms.hasNext()) {
        const QRegularExpressionMatch match = forms.next();
        const QHash<QString, QString> formAttributes = attributes(match.captured(1));
        Form form;
        form.action = resolve(page, formAttributes.value(QStringLiteral("action")));
        form.method = formAttributes.value(QStringLiteral("method"), QStringLiteral("get")).toLower();
        const QString body = match.captured(2);
        auto inputs = inputPattern.globalMatch(body);
        while (inputs.hasNext()) {
            const QHash<QString, QString> input = attributes(inputs.next().captured(1));
            const QString type = input.value(QStringLiteral("type"), QStringLiteral("text")).toLower();
            if (type == QStringLiteral("submit") || type == QStringLiteral("image")) {
                form.buttons.append(Button{input.value(QStringLiteral("name")),
                                           input.value(QStringLiteral("value")),
                                           input.value(QStringLiteral("value"))});
                continue;
            }
            form.fields.append(Field{input.value(QStringLiteral("name")),
                                     input.value(QStringLiteral("value")), type,
                                     input.contains(QStringLiteral("checked"))});
        }
        auto buttons = buttonPattern.globalMatch(body);
        while (buttons.hasNext()) {
            const QRegularExpressionMatch button = buttons.next();
            const QHash<QString, QString> attrs = attributes(button.captured(1));
            const QString type = attrs.value(QStringLiteral("type"), QStringLiteral("submit")).toLower();
            if (type == QStringLiteral("submit")) {
                form.buttons.append(Button{attrs.value(QStringLiteral("name")),
                                           attrs.value(QStringLiteral("value")),
                                           stripTags(button.captured(2))});
            }
        }
        out.append(form);
    }
    return out;
}

QList<HtmlForms::Link> HtmlForms::links(const QString& html, const QUrl& page) {
    static const QRegularExpression linkPattern(QStringLiteral("<a\\b([^>]*)>(.*?)</a\\s*>"), kOptions);
    QList<Link> out;
    auto it = linkPattern.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QHash<QString, QString> attrs = attributes(match.captured(1));
        if (attrs.contains(QStringLiteral("href"))) {
            out.append(
                Link{resolve(page, attrs.value(QStringLiteral("href"))), stripTags(match.captured(2))});
        }
    }
    return out;
}

} // namespace cc::test
