#pragma once

#include "app/data/Campaign.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cc::ui {

// CSV export of campaigns: RFC 4180 (comma-separated, CRLF line ends, fields with a comma, quote or line
// break in double quotes, quotes doubled), UTF-8, a header row of column names. Safe to open in a
// spreadsheet: a cell starting with = + - @ (or a tab or carriage return) is prefixed with ' so it is read as
// text, never as a formula (CSV injection).
class CampaignCsv {
public:
    static QString escapeCell(const QString& value);
    // `columns`: Campaign column names (id first is customary); values in their JSON text form.
    static QByteArray write(const QList<data::Campaign>& rows, const QStringList& columns);
};

} // namespace cc::ui
