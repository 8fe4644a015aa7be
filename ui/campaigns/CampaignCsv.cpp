#include "ui/campaigns/CampaignCsv.h"

#include <QJsonValue>

namespace cc::ui {

namespace {

QString cellText(const QJsonValue& value) {
    if (value.isNull() || value.isUndefined()) {
        return {};
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Whole numbers without a fraction, others without an exponent: what a spreadsheet reads back.
        return d == static_cast<double>(static_cast<qint64>(d)) ? QString::number(static_cast<qint64>(d))
                                                                : QString::number(d, 'f', 2);
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return value.toString();
}

} // namespace

QString CampaignCsv::escapeCell(const QString& value) {
    QString cell = value;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')) {
            cell.prepend(QLatin1Char('\''));
        }
    }
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QByteArray CampaignCsv::write(const QList<data::Campaign>& rows, const QStringList& columns) {
    QString out;
    out.reserve((rows.size() + 1) * columns.size() * 12);
    const auto line = [&out](const QStringList& cells) {
        out += cells.join(QLatin1Char(','));
        out += QStringLiteral("\r\n");
    };
    QStringList header;
    for (const QString& column : columns) {
        header.append(escapeCell(column));
    }
    line(header);
    for (const data::Campaign& row : rows) {
        QStringList cells;
        cells.reserve(columns.size());
        for (const QString& column : columns) {
            cells.append(escapeCell(cellText(row.value(column))));
        }
        line(cells);
    }
    return out.toUtf8();
}

} // namespace cc::ui
