#include "ui/common/CachedTextDelegate.h"

#include <QApplication>
#include <QPainter>

namespace cc::ui {

CachedTextDelegate::CachedTextDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

const QStaticText& CachedTextDelegate::laidOut(const QStyleOptionViewItem& option, int width) const {
    // Everything the layout depends on: the text, the room for it, the font and how it is elided. (A font's
    // key is slow to build; the cells of a view share one font.)
    if (m_fontKey.isEmpty() || option.font != m_font) {
        m_font = option.font;
        m_fontKey = option.font.key();
    }
    const QString key = m_fontKey + QLatin1Char('\x1f') + QString::number(width) + QLatin1Char('\x1f') +
                        QString::number(static_cast<int>(option.textElideMode)) + QLatin1Char('\x1f') +
                        option.text;
    if (const QStaticText* cached = m_texts.object(key)) {
        return *cached;
    }
    ++m_layouts;
    QString line = option.text;
    // One line per row, as the views ask (word wrap off): a line break shows as a space.
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    auto* text = new QStaticText(line);
    text->setTextFormat(Qt::PlainText);
    text->prepare(QTransform(), option.font);
    // Laid out once; elided (and laid out again) only when it does not fit, which most cells do.
    if (text->size().width() > width) {
        text->setText(option.fontMetrics.elidedText(line, option.textElideMode, width));
        text->prepare(QTransform(), option.font);
    }
    m_texts.insert(key, text);
    return *text;
}

void CachedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!opt.icon.isNull() || (opt.features & QStyleOptionViewItem::HasCheckIndicator)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    painter->save();
    // What QCommonStyle's CE_ItemViewItem does, in its order: background and selection, text, focus.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (!opt.text.isEmpty()) {
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect room = opt.rect.adjusted(margin, 0, -margin, 0);
        const QStaticText& text = laidOut(opt, room.width());
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled)  ? QPalette::Disabled
                                           : !(opt.state & QStyle::State_Active) ? QPalette::Inactive
                                                                                 : QPalette::Normal;
        painter->setPen(opt.palette.color(
            group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        const Qt::Alignment align = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
        const QSizeF size = text.size();
        qreal x = room.left();
        if (align & Qt::AlignRight) {
            x = room.right() + 1 - size.width();
        } else if (align & Qt::AlignHCenter) {
            x = room.left() + (room.width() - size.width()) / 2;
        }
        qreal y = room.top() + (room.height() - size.height()) / 2;
        if (align & Qt::AlignTop) {
            y = room.top();
        } else if (align & Qt::AlignBottom) {
            y = room.bottom() + 1 - size.height();
        }
        painter->setClipRect(room, Qt::IntersectClip);
        painter->drawStaticText(QPointF(x, y), text);
        painter->setClipping(false);
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.state |= QStyle::State_KeyboardFocusChange;
        focus.backgroundColor =
            opt.palette.color((opt.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace cc::ui
