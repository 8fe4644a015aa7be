#include "app/email/EmailMessage.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace cc::email {

bool EmailMessage::isAddress(const QString& address) {
    // The service's own first check (local@domain.tld, no spaces or specials), so what passes here is not
    // refused there.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$)"));
    return address.size() <= kMaxAddressLength && pattern.match(address).hasMatch();
}

QStringList EmailMessage::splitAddresses(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QHash<QString, QString> EmailMessage::validate() const {
    QHash<QString, QString> errors;
    if (to.isEmpty()) {
        errors.insert(QStringLiteral("to"), tr("Enter at least one recipient."));
    } else if (to.size() > kMaxRecipients) {
        errors.insert(QStringLiteral("to"), tr("At most %1 recipients are allowed.").arg(kMaxRecipients));
    } else {
        for (const QString& address : to) {
            if (!isAddress(address.trimmed())) {
                errors.insert(QStringLiteral("to"), tr("“%1” is not an e-mail address.").arg(address));
                break;
            }
        }
    }
    if (subject.trimmed().isEmpty()) {
        errors.insert(QStringLiteral("subject"), tr("Enter a subject."));
    } else if (subject.size() > kMaxSubject) {
        errors.insert(QStringLiteral("subject"),
                      tr("The subject is too long (at most %1 characters).").arg(kMaxSubject));
    } else if (subject.contains(QLatin1Char('\n')) || subject.contains(QLatin1Char('\r'))) {
        errors.insert(QStringLiteral("subject"), tr("The subject must be a single line."));
    }
    if (text.trimmed().isEmpty() && html.trimmed().isEmpty()) {
        errors.insert(QStringLiteral("body"), tr("Enter the message text."));
    } else if (text.toUtf8().size() + html.toUtf8().size() > kMaxBodyBytes) {
        errors.insert(QStringLiteral("body"),
                      tr("The message is too large (at most %1 KiB).").arg(kMaxBodyBytes / 1024));
    }
    if (!campaignId.isEmpty() && QUuid::fromString(campaignId).isNull()) {
        errors.insert(QStringLiteral("campaign_id"), tr("The campaign id is not a valid id."));
    }
    return errors;
}

QJsonObject EmailMessage::toJson() const {
    QStringList trimmed;
    for (const QString& address : to) {
        trimmed.append(address.trimmed());
    }
    QJsonObject body{{QStringLiteral("to"), QJsonArray::fromStringList(trimmed)},
                     {QStringLiteral("subject"), subject}};
    if (!text.isEmpty()) {
        body.insert(QStringLiteral("text"), text);
    }
    if (!html.isEmpty()) {
        body.insert(QStringLiteral("html"), html);
    }
    if (!campaignId.isEmpty()) {
        body.insert(QStringLiteral("campaign_id"), campaignId);
    }
    return body;
}

} // namespace cc::email
