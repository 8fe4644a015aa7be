// EmailMessage::validate: each rule with its field, before anything is sent.
#include "app/email/EmailMessage.h"

#include <gtest/gtest.h>

namespace cc::email {
namespace {

EmailMessage valid() {
    EmailMessage m;
    m.to = {QStringLiteral("ana@example.org")};
    m.subject = QStringLiteral("Hello");
    m.text = QStringLiteral("Body");
    return m;
}

TEST(EmailMessageTest, AValidMessagePasses) {
    EXPECT_TRUE(valid().validate().isEmpty());
}

TEST(EmailMessageTest, EachInvalidFieldIsReportedWithItsField) {
    EmailMessage noRecipient = valid();
    noRecipient.to.clear();
    EXPECT_TRUE(noRecipient.validate().contains(QStringLiteral("to")));
    EmailMessage badAddress = valid();
    badAddress.to = {QStringLiteral("ana@example.org"), QStringLiteral("not an address")};
    EXPECT_TRUE(badAddress.validate().value(QStringLiteral("to")).contains(QStringLiteral("not an address")));
    EmailMessage tooMany = valid();
    for (int i = 0; i <= EmailMessage::kMaxRecipients; ++i) {
        tooMany.to.append(QStringLiteral("u%1@example.org").arg(i));
    }
    EXPECT_TRUE(tooMany.validate().contains(QStringLiteral("to")));
    EmailMessage noSubject = valid();
    noSubject.subject = QStringLiteral("   ");
    EXPECT_TRUE(noSubject.validate().contains(QStringLiteral("subject")));
    EmailMessage longSubject = valid();
    longSubject.subject = QString(EmailMessage::kMaxSubject + 1, QLatin1Char('s'));
    EXPECT_TRUE(longSubject.validate().contains(QStringLiteral("subject")));
    EmailMessage twoLines = valid();
    twoLines.subject = QStringLiteral("a\r\nBcc: x@y.z");
    EXPECT_TRUE(twoLines.validate().contains(QStringLiteral("subject"))) << "no header injection";
    EmailMessage noBody = valid();
    noBody.text.clear();
    EXPECT_TRUE(noBody.validate().contains(QStringLiteral("body")));
    EmailMessage huge = valid();
    huge.text = QString(EmailMessage::kMaxBodyBytes + 1, QLatin1Char('x'));
    EXPECT_TRUE(huge.validate().contains(QStringLiteral("body")));
    EmailMessage badCampaign = valid();
    badCampaign.campaignId = QStringLiteral("42");
    EXPECT_TRUE(badCampaign.validate().contains(QStringLiteral("campaign_id")));
}

TEST(EmailMessageTest, SplitAddressesAcceptsCommasSemicolonsAndSpaces) {
    EXPECT_EQ(EmailMessage::splitAddresses(QStringLiteral(" a@x.org, b@y.org;c@z.org  ")),
              (QStringList{QStringLiteral("a@x.org"), QStringLiteral("b@y.org"), QStringLiteral("c@z.org")}));
}

} // namespace
} // namespace cc::email
