#include "ui/campaigns/CampaignExporter.h"

#include "app/data/CampaignStore.h"
#include "ui/campaigns/CampaignChanges.h"
#include "ui/campaigns/CampaignCsv.h"
#include "ui/campaigns/MessageBar.h"
#include "ui/common/FileDialogFolder.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QPointer>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace cc::ui {

CampaignExporter::CampaignExporter(data::CampaignStore& store, CampaignChanges& changes, MessageBar& messages,
                                   QWidget& page)
    : QObject(&page)
    , m_store(store)
    , m_changes(changes)
    , m_messages(messages)
    , m_page(page) {
    connect(this, &CampaignExporter::finished, this,
            [this](const QString& path, int rows, const QString& error) {
                if (error.isEmpty()) {
                    m_messages.showMessage(tr("Exported %n campaign(s) to %1.", nullptr, rows).arg(path),
                                           MessageBar::Tone::Info);
                } else {
                    m_messages.showMessage(tr("Could not export: %1").arg(error), MessageBar::Tone::Error);
                }
            });
}

void CampaignExporter::askPath(const data::CampaignFilter& filter, const QStringList& columns) {
    auto* dialog =
        new QFileDialog(&m_page, tr("Export campaigns"), FileDialogFolder::start(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(FileDialogFolder::suggest(QStringLiteral("campaigns.csv")));
    connect(dialog, &QFileDialog::fileSelected, this, &FileDialogFolder::remember);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, filter, columns](const QString& path) { exportTo(path, filter, columns); });
    dialog->open();
}

void CampaignExporter::exportTo(const QString& path, data::CampaignFilter filter,
                                const QStringList& columns) {
    filter.offset = 0;
    filter.limit = -1;
    m_messages.showMessage(tr("Exporting…"), MessageBar::Tone::Info, {}, {}, 0);
    QPointer<CampaignExporter> self(this);
    m_store.queryCached(filter, [self, path, columns](const data::CampaignStore::Answer& answer) {
        if (!self) {
            return;
        }
        if (answer.error.isError()) {
            Q_EMIT self->finished(path, 0, answer.error.message);
            return;
        }
        QList<data::Campaign> rows = answer.rows;
        self->m_changes.pending().overlay(rows);
        auto* watcher = new QFutureWatcher<QString>(self);
        const int count = static_cast<int>(rows.size());
        connect(watcher, &QFutureWatcher<QString>::finished, self, [self, watcher, path, count] {
            const QString error = watcher->result();
            watcher->deleteLater();
            Q_EMIT self->finished(path, error.isEmpty() ? count : 0, error);
        });
        watcher->setFuture(QtConcurrent::run([rows = std::move(rows), columns, path]() -> QString {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                return file.errorString();
            }
            file.write(CampaignCsv::write(rows, columns));
            return file.commit() ? QString() : file.errorString();
        }));
    });
}

} // namespace cc::ui
