// The Campaigns page from the keyboard: the table takes the focus given to the page, Tab leaves it, and the
// page's shortcuts work while typing in the search box.
#include "tests/ui/campaigns/CampaignsPageFixture.h"
#include "ui/campaigns/CampaignEditorDialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTest>

namespace cc::ui {
namespace {

class CampaignsPageKeyboardTest : public test::CampaignsPageFixture {
protected:
    void SetUp() override {
        CampaignsPageFixture::SetUp();
        settle([&] { m_page->refresh(); });
        QApplication::setActiveWindow(m_page.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
    }
};

TEST_F(CampaignsPageKeyboardTest, FocusGivenToThePageGoesToTheTable) {
    m_page->searchBox()->setFocus();
    m_page->setFocus();
    EXPECT_EQ(QApplication::focusWidget(), m_page->table());
}

TEST_F(CampaignsPageKeyboardTest, TabLeavesTheTable) {
    m_page->table()->setFocus();
    ASSERT_EQ(QApplication::focusWidget(), m_page->table());
    QTest::keyClick(m_page->table(), Qt::Key_Tab);
    EXPECT_NE(QApplication::focusWidget(), m_page->table());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), m_page->table());
}

TEST_F(CampaignsPageKeyboardTest, CtrlNFromTheSearchBoxOpensTheEditor) {
    m_page->searchBox()->setFocus();
    QTest::keyClick(m_page->searchBox(), Qt::Key_N, Qt::ControlModifier);
    auto* editor = m_page->findChild<CampaignEditorDialog*>();
    ASSERT_NE(editor, nullptr);
    editor->reject();
}

TEST_F(CampaignsPageKeyboardTest, CtrlEFromTheSearchBoxExports) {
    int exports = 0;
    QObject::connect(m_page->action(CampaignAction::Export), &QAction::triggered, m_page.get(),
                     [&] { ++exports; });
    m_page->searchBox()->setFocus();
    ASSERT_TRUE(m_page->action(CampaignAction::Export)->isEnabled())
        << qPrintable(m_page->action(CampaignAction::Export)->toolTip());
    QTest::keyClick(m_page->searchBox(), Qt::Key_E, Qt::ControlModifier);
    EXPECT_EQ(exports, 1);
    for (QWidget* dialog : QApplication::topLevelWidgets()) {
        if (dialog != m_page.get() && dialog->isVisible()) {
            dialog->close();
        }
    }
}

TEST_F(CampaignsPageKeyboardTest, UndoInTheSearchBoxStaysTheTextsUndo) {
    m_page->searchBox()->setFocus();
    QTest::keyClicks(m_page->searchBox(), QStringLiteral("web"));
    QTest::keyClick(m_page->searchBox(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_NE(m_page->searchBox()->text(), QStringLiteral("web"));
}

} // namespace
} // namespace cc::ui
