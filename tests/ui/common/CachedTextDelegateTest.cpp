// The cached-text delegate: each cell's text is laid out once and drawn from the cache at every repaint
// after that; a changed text is laid out again; cells it does not handle go to QStyledItemDelegate.
#include "ui/common/CachedTextDelegate.h"

#include <gtest/gtest.h>

#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QTableView>

namespace cc::ui {
namespace {

class CachedTextDelegateTest : public ::testing::Test {
protected:
    void SetUp() override {
        for (int row = 0; row < 3; ++row) {
            for (int column = 0; column < 2; ++column) {
                m_model.setItem(row, column,
                                new QStandardItem(QStringLiteral("cell %1.%2").arg(row).arg(column)));
            }
        }
        m_view.setModel(&m_model);
        m_delegate = new CachedTextDelegate(&m_view);
        m_view.setItemDelegate(m_delegate);
        m_view.setWordWrap(false);
        m_view.resize(400, 200);
    }

    QStandardItemModel m_model{3, 2};
    QTableView m_view;
    CachedTextDelegate* m_delegate = nullptr;
};

TEST_F(CachedTextDelegateTest, EachTextIsLaidOutOnceAndDrawnFromTheCacheAfterwards) {
    m_view.grab();
    EXPECT_EQ(m_delegate->layouts(), 6);
    m_view.grab();
    m_view.grab();
    EXPECT_EQ(m_delegate->layouts(), 6);
}

TEST_F(CachedTextDelegateTest, AChangedTextIsLaidOutAgain) {
    m_view.grab();
    m_model.item(1, 1)->setText(QStringLiteral("paused"));
    m_view.grab();
    EXPECT_EQ(m_delegate->layouts(), 7);
}

TEST_F(CachedTextDelegateTest, ANarrowerColumnIsLaidOutForItsNewWidth) {
    m_view.grab();
    m_view.setColumnWidth(0, 30); // the texts no longer fit: elided for the new room
    m_view.grab();
    EXPECT_EQ(m_delegate->layouts(), 9);
}

TEST_F(CachedTextDelegateTest, AnotherFontIsLaidOutForIt) {
    m_view.grab();
    QFont bold = m_view.font();
    bold.setBold(true);
    m_model.item(2, 0)->setFont(bold);
    m_view.grab();
    EXPECT_EQ(m_delegate->layouts(), 7) << "the bold cell, once";
    m_view.grab();
    EXPECT_EQ(m_delegate->layouts(), 7);
}

// Counts the item panels (background, selection) the style is asked to draw.
class PanelCountingStyle : public QProxyStyle {
public:
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override {
        panels += element == PE_PanelItemViewItem ? 1 : 0;
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
    mutable int panels = 0;
};

TEST_F(CachedTextDelegateTest, OnlySelectedCellsAndPatternedBackgroundsAskTheStyleForTheirPanel) {
    auto* style = new PanelCountingStyle; // owned by the view from here
    m_view.setStyle(style);
    m_view.grab();
    EXPECT_EQ(style->panels, 0) << "plain cells";
    m_view.selectRow(0);
    m_model.item(2, 0)->setBackground(QBrush(Qt::yellow, Qt::Dense4Pattern));
    m_model.item(2, 1)->setBackground(Qt::yellow);
    style->panels = 0;
    m_view.grab();
    EXPECT_EQ(style->panels, 3) << "the two selected cells and the patterned one";
}

TEST_F(CachedTextDelegateTest, ACellsOwnPlainColourIsFilledBehindItsText) {
    m_model.item(1, 1)->setBackground(QColor(0xff, 0xc1, 0x07));
    const QImage shot = m_view.viewport()->grab().toImage();
    const QRect cell = m_view.visualRect(m_model.index(1, 1));
    EXPECT_EQ(shot.pixelColor(cell.right() - 2, cell.top() + 2), QColor(0xff, 0xc1, 0x07));
    EXPECT_NE(shot.pixelColor(m_view.visualRect(m_model.index(1, 0)).topLeft() + QPoint(2, 2)),
              QColor(0xff, 0xc1, 0x07));
}

TEST_F(CachedTextDelegateTest, ATranslucentColourShowsAsItWouldOverItsRow) {
    m_view.setAlternatingRowColors(true);
    const QColor translucent(255, 0, 0, 128);
    m_model.item(0, 1)->setBackground(translucent);
    m_model.item(1, 1)->setBackground(translucent); // an alternate row
    const QImage shot = m_view.viewport()->grab().toImage();
    const auto at = [&](int row) {
        const QRect cell = m_view.visualRect(m_model.index(row, 1));
        return shot.pixelColor(cell.right() - 2, cell.top() + 2);
    };
    const auto blended = [&](QPalette::ColorRole role) {
        QImage reference(1, 1, QImage::Format_ARGB32_Premultiplied);
        reference.fill(m_view.palette().color(role));
        QPainter p(&reference);
        p.fillRect(0, 0, 1, 1, translucent);
        p.end();
        return reference.pixelColor(0, 0);
    };
    const auto near = [](const QColor& a, const QColor& b) {
        return qAbs(a.red() - b.red()) <= 1 && qAbs(a.green() - b.green()) <= 1 &&
               qAbs(a.blue() - b.blue()) <= 1;
    };
    EXPECT_TRUE(near(at(0), blended(QPalette::Base))) << at(0).name().toStdString();
    EXPECT_TRUE(near(at(1), blended(QPalette::AlternateBase))) << at(1).name().toStdString();
}

TEST_F(CachedTextDelegateTest, ACellWithAnIconIsLeftToTheStyledDelegate) {
    QPixmap square(8, 8);
    square.fill(Qt::red);
    m_model.item(0, 0)->setIcon(QIcon(square));
    m_view.grab();
    EXPECT_EQ(m_delegate->layouts(), 5);
}

} // namespace
} // namespace cc::ui
