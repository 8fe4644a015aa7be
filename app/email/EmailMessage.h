#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cc::email {

// One message for the e-mail API (POST /api/email/send). validate() checks everything the service checks
// (and the limits the client sets itself) before anything is sent, field by field, so the dialog can put each
// message next to its field.
struct EmailMessage {
    Q_DECLARE_TR_FUNCTIONS(cc::email::EmailMessage)

public:
    static constexpr int kMaxRecipients = 50;
    static constexpr int kMaxAddressLength = 254; // RFC 5321 path limit
    static constexpr int kMaxSubject = 998;       // RFC 5322 line length
    static constexpr int kMaxBodyBytes = 256 * 1024;

    QStringList to;
    QString subject;
    QString text;
    QString html;
    QString campaignId; // optional: the campaign the message is about (a uuid)

    // Field ("to", "subject", "body", "campaign_id") -> translated message; empty when valid.
    QHash<QString, QString> validate() const;
    static bool isAddress(const QString& address);
    // "a@x.org, b@y.org; c@z.org" -> the trimmed, non-empty addresses.
    static QStringList splitAddresses(const QString& text);
    QJsonObject toJson() const;
};

} // namespace cc::email
