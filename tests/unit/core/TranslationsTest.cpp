#include "app/core/Translations.h"
#include "app/core/Error.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QCoreApplication>

namespace cc {
namespace {

class TranslationsTest : public ::testing::Test {
protected:
    void TearDown() override { Translations::install(QStringLiteral("en")); }
};

TEST_F(TranslationsTest, ShipsEnglishGermanAndFrench) {
    EXPECT_EQ(Translations::available(),
              (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
}

TEST_F(TranslationsTest, RequestedLanguageWins) {
    EXPECT_EQ(Translations::choose(QStringLiteral("fr"), QStringLiteral("de")), QStringLiteral("fr"));
    EXPECT_EQ(Translations::choose(QString(), QStringLiteral("de")), QStringLiteral("de"));
    EXPECT_EQ(Translations::choose(QStringLiteral("de_AT"), QString()), QStringLiteral("de"));
}

TEST_F(TranslationsTest, UnshippedLanguageFallsBackWithoutFailing) {
    const QString chosen = Translations::choose(QStringLiteral("ja"), QString());
    EXPECT_TRUE(Translations::available().contains(chosen));
    EXPECT_FALSE(Translations::install(QStringLiteral("ja")));
}

TEST_F(TranslationsTest, GermanIsLoadedFromTheResources) {
    ASSERT_TRUE(Translations::install(QStringLiteral("de")));
    EXPECT_EQ(Error::defaultMessage(ErrorKind::Network), QStringLiteral("Der Server war nicht erreichbar."));
}

TEST_F(TranslationsTest, FrenchIsLoadedFromTheResources) {
    ASSERT_TRUE(Translations::install(QStringLiteral("fr")));
    EXPECT_EQ(Error::defaultMessage(ErrorKind::Network), QStringLiteral("Le serveur est injoignable."));
}

TEST_F(TranslationsTest, EnglishIsTheSource) {
    ASSERT_TRUE(Translations::install(QStringLiteral("de")));
    ASSERT_TRUE(Translations::install(QStringLiteral("en")));
    EXPECT_EQ(Error::defaultMessage(ErrorKind::Network), QStringLiteral("The server could not be reached."));
}

TEST_F(TranslationsTest, NativeNamesAreInTheirOwnLanguage) {
    EXPECT_EQ(Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    EXPECT_EQ(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    EXPECT_EQ(Translations::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
}

} // namespace
} // namespace cc
