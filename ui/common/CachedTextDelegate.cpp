#include "ui/common/CachedTextDelegate.h"

#include <QApplication>
#include <QPainter>

namespace cc::ui {

CachedTextDelegate::CachedTextDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

size_t qHash(const CachedTextDelegate::Key& key, size_t seed) {
    return qHashMulti(seed, key.text, key.width, key.elideMode, key.font);
}

int CachedTextDelegate::fontIndex(const QFont& font) const {
    const qsizetype known = m_fonts.indexOf(font);
    if (known >= 0) {
        return static_cast<int>(known);
    }
    if (m_fonts.size() >= kFonts) {
        // The view's fonts changed (a new default, a zoom): the old layouts are of no more use.
        m_texts.clear();
        m_fonts.clear();
    }
    m_fonts.append(font);
    return static_cast<int>(m_fonts.size() - 1);
}

const QStaticText& CachedTextDelegate::laidOut(const QStyleOptionViewItem& option, int width) const {
    Key key{option.text, width, static_cast<int>(option.textElideMode), fontIndex(option.font)};
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
    m_texts.insert(std::move(key), text);
    return *text;
}

QColor CachedTextDelegate::overRow(const QStyleOptionViewItem& option) {
    // The view painted the row's colour under the cell (base, or alternate base every other row); the cell's
    // translucent colour over it is one opaque colour, and filling with an opaque colour is several times
    // cheaper than blending (a storm flashes every visible row at every repaint).
    const QColor top = option.backgroundBrush.color();
    if (top.alpha() == 255) {
        return top;
    }
    const QColor row = option.palette.color(
        option.features & QStyleOptionViewItem::Alternate ? QPalette::AlternateBase : QPalette::Base);
    const float a = top.alphaF();
    return QColor::fromRgbF(top.redF() * a + row.redF() * (1 - a), top.greenF() * a + row.greenF() * (1 - a),
                            top.blueF() * a + row.blueF() * (1 - a));
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
    // What QCommonStyle's CE_ItemViewItem does, in its order: background and selection, text, focus. Most
    // cells have no background of their own, are not selected and not under the mouse: the style has
    // nothing to draw for them, and asking it costs more than the cell's text (Fusion works out its colours
    // each time). A cell's own plain colour (a flashing row) is filled here, opaque over its row (overRow).
    const bool marked = opt.state & (QStyle::State_Selected | QStyle::State_MouseOver);
    if (!marked && opt.backgroundBrush.style() == Qt::SolidPattern) {
        painter->fillRect(opt.rect, overRow(opt));
    } else if (marked || opt.backgroundBrush.style() != Qt::NoBrush) {
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    }
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
        // The text is elided to the room's width; only a row lower than the font needs clipping.
        const bool fits = size.width() <= room.width() && size.height() <= room.height();
        if (!fits) {
            painter->setClipRect(room, Qt::IntersectClip);
        }
        painter->drawStaticText(QPointF(x, y), text);
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
