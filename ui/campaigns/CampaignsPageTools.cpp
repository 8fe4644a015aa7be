// CampaignsPage, continued: the view settings (sort, columns), export, conflicts and the test e-mail. Split
// from CampaignsPage.cpp to keep each file readable.
#include "ui/campaigns/CampaignCsv.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/campaigns/ConflictDialog.h"
#include "ui/campaigns/MessageBar.h"
#include "ui/campaigns/SendTestEmailDialog.h"
#include "ui/common/FileDialogFolder.h"
#include "ui/shell/UiSettings.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSaveFile>
#include <QSettings>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

namespace cc::ui {

using data::Campaign;

void CampaignsPage::restoreViewSettings() {
    const std::unique_ptr<QSettings> settings = UiSettings::open();
    const QStringList defaultHidden = {CampaignTableModel::columnKey(CampaignTableModel::AudienceColumn),
                                       CampaignTableModel::columnKey(CampaignTableModel::SentColumn),
                                       CampaignTableModel::columnKey(CampaignTableModel::UpdatedColumn)};
    const QStringList hidden = settings->value(kHiddenColumnsKey, defaultHidden).toStringList();
    for (QAction* toggle : m_columnMenu->actions()) {
        const int column = toggle->data().toInt();
        const bool visible = !hidden.contains(CampaignTableModel::columnKey(column));
        const QSignalBlocker block(toggle);
        toggle->setChecked(visible);
        m_table->setColumnHidden(column, !visible);
    }
    // "name" or "-name" (descending).
    const QString sort = settings->value(kSortKey).toString();
    const bool descending = sort.startsWith(QLatin1Char('-'));
    const int column = CampaignTableModel::columnForKey(descending ? sort.mid(1) : sort);
    if (column > 0) {
        m_sortSection = column;
        m_sortOrder = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        m_filter.orderColumn = CampaignTableModel::columnKey(column);
        m_filter.descending = descending;
        const QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(column, m_sortOrder);
    }
}

void CampaignsPage::setColumnVisible(int column, bool visible) {
    if (column <= CampaignTableModel::NameColumn || column >= CampaignTableModel::ColumnCount) {
        return; // the name always shows: a row needs something to be recognised by
    }
    m_table->setColumnHidden(column, !visible);
    QStringList hidden;
    for (QAction* toggle : m_columnMenu->actions()) {
        const int c = toggle->data().toInt();
        if (c == column) {
            const QSignalBlocker block(toggle);
            toggle->setChecked(visible);
        }
        if (m_table->isColumnHidden(c)) {
            hidden.append(CampaignTableModel::columnKey(c));
        }
    }
    UiSettings::open()->setValue(kHiddenColumnsKey, hidden);
}

void CampaignsPage::showColumnMenu(const QPoint& pos) {
    m_columnMenu->popup(m_table->horizontalHeader()->viewport()->mapToGlobal(pos));
}

void CampaignsPage::sortBy(int column, Qt::SortOrder order) {
    m_table->horizontalHeader()->setSortIndicator(column, order);
}

void CampaignsPage::onSortIndicator(int section, Qt::SortOrder order) {
    const QString key = CampaignTableModel::columnKey(section);
    if (key.isEmpty()) {
        // The sync marker is not a table column: keep the sort that was.
        const QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(m_sortSection, m_sortOrder);
        return;
    }
    m_sortSection = section;
    m_sortOrder = order;
    m_filter.orderColumn = key;
    m_filter.descending = order == Qt::DescendingOrder;
    UiSettings::open()->setValue(kSortKey, (m_filter.descending ? QStringLiteral("-") : QString()) + key);
    refresh(false);
}

void CampaignsPage::askBudget() {
    if (selectedCampaigns().isEmpty()) {
        return;
    }
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change budget"));
    dialog->setLabelText(
        tr("New budget for %n selected campaign(s):", nullptr, static_cast<int>(selectedCampaigns().size())));
    dialog->setInputMode(QInputDialog::DoubleInput);
    dialog->setDoubleRange(0, 1e12);
    dialog->setDoubleDecimals(2);
    dialog->setDoubleValue(selectedCampaigns().first().budget);
    connect(dialog, &QInputDialog::doubleValueSelected, this, &CampaignsPage::bulkSetBudget);
    dialog->open();
}

void CampaignsPage::askExportPath() {
    auto* dialog =
        new QFileDialog(this, tr("Export campaigns"), FileDialogFolder::start(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(FileDialogFolder::suggest(QStringLiteral("campaigns.csv")));
    connect(dialog, &QFileDialog::fileSelected, this, &FileDialogFolder::remember);
    connect(dialog, &QFileDialog::fileSelected, this, &CampaignsPage::exportCsv);
    dialog->open();
}

void CampaignsPage::exportCsv(const QString& path) {
    data::CampaignFilter all = m_filter;
    all.offset = 0;
    all.limit = -1;
    QStringList columns = {QStringLiteral("id")};
    for (int column = CampaignTableModel::NameColumn; column < CampaignTableModel::ColumnCount; ++column) {
        if (!m_table->isColumnHidden(column)) {
            columns.append(CampaignTableModel::columnKey(column));
            if (column == CampaignTableModel::BudgetColumn) {
                columns.append(QStringLiteral("currency"));
            }
        }
    }
    m_messages->showMessage(tr("Exporting…"), MessageBar::Tone::Info, {}, {}, 0);
    QPointer<CampaignsPage> self(this);
    m_store.queryCached(all, [self, path, columns](const data::CampaignStore::Answer& answer) {
        if (!self) {
            return;
        }
        if (answer.error.isError()) {
            self->showError(tr("Could not export: %1").arg(answer.error.message));
            emit self->exported(path, 0, answer.error.message);
            return;
        }
        QList<Campaign> rows = answer.rows;
        self->m_changes.pending().overlay(rows);
        // Formatting and writing 100,000 rows takes a moment: off the GUI thread.
        auto* watcher = new QFutureWatcher<QString>(self);
        const int count = static_cast<int>(rows.size());
        connect(watcher, &QFutureWatcher<QString>::finished, self, [self, watcher, path, count] {
            const QString error = watcher->result();
            watcher->deleteLater();
            if (error.isEmpty()) {
                self->m_messages->showMessage(tr("Exported %n campaign(s) to %1.", nullptr, count).arg(path),
                                              MessageBar::Tone::Info);
            } else {
                self->showError(tr("Could not export: %1").arg(error));
            }
            emit self->exported(path, error.isEmpty() ? count : 0, error);
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

ConflictDialog* CampaignsPage::openConflict(const QString& id) {
    const std::optional<data::OutboxOperation> op = m_changes.pending().unresolved(id);
    if (!op || op->kind != data::OutboxOperation::Kind::Update || !op->server) {
        showError(tr("There is no conflict to resolve for this campaign."));
        return nullptr;
    }
    auto* dialog = new ConflictDialog(*op, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 seq = op->seq;
    const data::OutboxOperation operation = *op;
    connect(dialog, &QDialog::accepted, this, [this, dialog, seq, operation] {
        // The dialog closes (and is deleted) now; what the callbacks need is copied out of it.
        const auto report = [this](Result<bool> done) {
            if (!done.ok()) {
                showError(done.error().message);
            }
        };
        switch (dialog->choice()) {
        case ConflictDialog::Choice::KeepMine:
            m_changes.keepMine(seq, [this, report, mine = dialog->mine()](Result<bool> done) {
                if (done.ok()) {
                    m_model.upsertLocal(mine);
                }
                report(std::move(done));
            });
            break;
        case ConflictDialog::Choice::TakeTheirs:
            m_changes.takeTheirs(operation, report);
            break;
        case ConflictDialog::Choice::Merge: {
            const QJsonObject payload = dialog->mergedPayload();
            Campaign shown = dialog->theirs();
            for (auto it = payload.begin(); it != payload.end(); ++it) {
                shown.setValue(it.key(), it.value());
            }
            m_changes.merge(seq, payload, [this, report, shown](Result<bool> done) {
                if (done.ok()) {
                    m_model.upsertLocal(shown);
                }
                report(std::move(done));
            });
            break;
        }
        case ConflictDialog::Choice::None:
            break;
        }
        m_messages->dismiss();
    });
    dialog->open();
    return dialog;
}

SendTestEmailDialog* CampaignsPage::openSendTestEmail() {
    const QList<Campaign> selected = selectedCampaigns();
    if (!m_email || selected.size() != 1) {
        return nullptr;
    }
    auto* dialog = new SendTestEmailDialog(*m_email, selected.first(), m_userEmail, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CampaignsPage::showCampaign(const QString& id) {
    const int row = m_model.rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model.index(row, CampaignTableModel::NameColumn));
        m_table->setFocus();
        return;
    }
    QPointer<CampaignsPage> self(this);
    m_store.get(id, [self, id](Result<std::optional<data::Campaign>> found) {
        if (!self) {
            return;
        }
        if (!found.ok() || !found.value()) {
            self->m_messages->showMessage(tr("That campaign no longer exists."), MessageBar::Tone::Warning);
            return;
        }
        // Searching for its name brings it into the first window; select it once the answer is shown.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(self, &CampaignsPage::answered, self, [self, id, connection](bool, bool final) {
            const int row = self->m_model.rowOf(id);
            if (row >= 0) {
                self->m_table->selectRow(row);
            }
            if (final || row >= 0) {
                disconnect(*connection);
            }
        });
        self->m_status->setCurrentIndex(0);
        self->m_channel->setCurrentIndex(0);
        self->m_search->setText(found.value()->name);
        self->refresh(false);
    });
}

} // namespace cc::ui
