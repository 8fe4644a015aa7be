#include "tests/support/browser/HtmlForms.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace cc::test {
namespace {

const QUrl kPage(QStringLiteral("http://127.0.0.1:8000/interaction/abc?x=1"));

TEST(HtmlFormsTest, FormWithoutActionPostsBackToThePageWithItsQuery) {
    const auto forms =
        HtmlForms::forms(QStringLiteral("<form method=\"post\"><input name=\"email\"></form>"), kPage);
    ASSERT_EQ(forms.size(), 1);
    EXPECT_EQ(forms.first().action, kPage);
    EXPECT_EQ(forms.first().method, QStringLiteral("post"));
}

TEST(HtmlFormsTest, RelativeActionIsResolvedAgainstThePage) {
    const auto forms =
        HtmlForms::forms(QStringLiteral("<FORM ACTION='/interaction/abc/login' METHOD=POST></FORM>"), kPage);
    ASSERT_EQ(forms.size(), 1);
    EXPECT_EQ(forms.first().action, QUrl(QStringLiteral("http://127.0.0.1:8000/interaction/abc/login")));
    EXPECT_EQ(forms.first().method, QStringLiteral("post"));
}

TEST(HtmlFormsTest, MethodDefaultsToGet) {
    EXPECT_EQ(HtmlForms::forms(QStringLiteral("<form></form>"), kPage).first().method, QStringLiteral("get"));
}

TEST(HtmlFormsTest, FieldsKeepTypeAndEntityDecodedValues) {
    const auto forms = HtmlForms::forms(
        QStringLiteral("<form><input type=\"hidden\" name=\"ticket\" value=\"a&amp;b&quot;c&#39;d&#x3C;\">"
                       "<input type=password name=password><input name=login autofocus=\"on\"></form>"),
        kPage);
    const auto& fields = forms.first().fields;
    ASSERT_EQ(fields.size(), 3);
    EXPECT_EQ(fields.at(0).type, QStringLiteral("hidden"));
    EXPECT_EQ(fields.at(0).value, QStringLiteral("a&b\"c'd<"));
    EXPECT_EQ(fields.at(1).type, QStringLiteral("password"));
    EXPECT_TRUE(forms.first().hasPassword());
    EXPECT_EQ(fields.at(2).name, QStringLiteral("login"));
    EXPECT_EQ(fields.at(2).type, QStringLiteral("text"));
}

TEST(HtmlFormsTest, SubmitButtonsAndSubmitInputsAreButtonsButPlainButtonsAreNot) {
    const auto forms = HtmlForms::forms(
        QStringLiteral(
            "<form><button type=\"submit\" name=\"decision\" value=\"allow\"><b>Allow</b> it</button>"
            "<button>Continue</button><button type=\"button\">Help</button>"
            "<input type=\"submit\" name=\"go\" value=\"Deny\"></form>"),
        kPage);
    const auto& buttons = forms.first().buttons;
    ASSERT_EQ(buttons.size(), 3);
    EXPECT_EQ(buttons.at(0).name, QStringLiteral("go"));
    EXPECT_EQ(buttons.at(0).text, QStringLiteral("Deny"));
    EXPECT_EQ(buttons.at(1).value, QStringLiteral("allow"));
    EXPECT_EQ(buttons.at(1).text, QStringLiteral("Allow it"));
    EXPECT_EQ(buttons.at(2).text, QStringLiteral("Continue"));
}

TEST(HtmlFormsTest, SeveralFormsAreSeparate) {
    const auto forms = HtmlForms::forms(
        QStringLiteral(
            "<form action=\"/a\"><input name=\"x\"></form><p>between</p><form action=\"/b\"></form>"),
        kPage);
    ASSERT_EQ(forms.size(), 2);
    EXPECT_EQ(forms.at(0).fields.size(), 1);
    EXPECT_TRUE(forms.at(1).fields.isEmpty());
    EXPECT_EQ(forms.at(1).action.path(), QStringLiteral("/b"));
}

TEST(HtmlFormsTest, LinksAreResolvedWithTheirText) {
    const auto links = HtmlForms::links(
        QStringLiteral("<a href=\"/interaction/abc/abort\">[ Cancel ]</a><a name=\"x\">no</a>"), kPage);
    ASSERT_EQ(links.size(), 1);
    EXPECT_EQ(links.first().href, QUrl(QStringLiteral("http://127.0.0.1:8000/interaction/abc/abort")));
    EXPECT_EQ(links.first().text, QStringLiteral("[ Cancel ]"));
}

} // namespace
} // namespace cc::test
