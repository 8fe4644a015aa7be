#pragma once

#include "app/data/CampaignFilter.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace cc::data {
class CampaignStore;
}

namespace cc::ui {

class CampaignChanges;
class MessageBar;

// CSV export of the Campaigns page's filtered view: every row of the filter from the cache (not only the rows
// loaded so far), with the edits still in the outbox shown over them, in the columns the table shows.
// Formatting and writing 100,000 rows takes a moment, so the file is written off the GUI thread, atomically
// (QSaveFile): a failed export never leaves half a file behind.
class CampaignExporter : public QObject {
    Q_OBJECT

public:
    // Progress and outcome are shown on `messages`.
    CampaignExporter(data::CampaignStore& store, CampaignChanges& changes, MessageBar& messages,
                     QWidget& page);

    // Asks where to save, then exports.
    void askPath(const data::CampaignFilter& filter, const QStringList& columns);
    void exportTo(const QString& path, data::CampaignFilter filter, const QStringList& columns);

Q_SIGNALS:
    // `error` empty on success.
    void finished(const QString& path, int rows, const QString& error);

private:
    data::CampaignStore& m_store;
    CampaignChanges& m_changes;
    MessageBar& m_messages;
    QWidget& m_page;
};

} // namespace cc::ui
