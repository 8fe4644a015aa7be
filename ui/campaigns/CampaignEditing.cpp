#include "ui/campaigns/CampaignEditing.h"

#include "app/data/CampaignRules.h"
#include "ui/campaigns/CampaignEditorDialog.h"
#include "ui/campaigns/CampaignTableModel.h"
#include "ui/campaigns/ConflictDialog.h"
#include "ui/campaigns/MessageBar.h"

#include <QInputDialog>
#include <QLocale>

namespace cc::ui {

using data::Campaign;

CampaignEditing::CampaignEditing(CampaignChanges& changes, CampaignTableModel& model, MessageBar& messages,
                                 QWidget& page)
    : QObject(&page)
    , m_changes(changes)
    , m_model(model)
    , m_messages(messages)
    , m_page(page) {
    // What the outbox hears back from the server about this user's edits.
    connect(&m_changes, &CampaignChanges::conflicted, this, [this](const data::OutboxOperation& op) {
        const int row = m_model.rowOf(op.campaignId);
        const QString name = row >= 0 ? m_model.campaign(row).name : op.campaignId;
        const QString id = op.campaignId;
        m_messages.showMessage(
            tr("“%1” was changed by someone else.").arg(name), MessageBar::Tone::Warning, tr("&Resolve…"),
            [this, id] { openConflict(id); }, 0);
    });
    connect(&m_changes, &CampaignChanges::refused, this,
            [this](const data::OutboxOperation&, const Error& e) {
                showError(tr("The server refused a change: %1").arg(e.message));
            });
    connect(&m_changes, &CampaignChanges::undoFailed, this, [this](const Error& e) {
        showError(tr("Could not bring the deleted campaigns back: %1").arg(e.message));
    });
}

void CampaignEditing::showError(const QString& text) {
    m_messages.showMessage(text, MessageBar::Tone::Error);
}

void CampaignEditing::submit(const Campaign& before, const Campaign& after) {
    // Shown as pending (and sent) only once the outbox has it on disk, committed off this thread.
    const bool isNew = before.id.isEmpty();
    m_changes.save(before, after, [this, isNew](Result<Campaign> saved) {
        if (!saved.ok()) {
            showError(saved.error().message);
            return;
        }
        m_model.upsertLocal(saved.value());
        Q_EMIT rowsChanged();
        if (isNew) {
            m_messages.showMessage(tr("Created “%1”.").arg(saved.value().name), MessageBar::Tone::Info);
            Q_EMIT created(saved.value().id);
        }
    });
}

CampaignEditorDialog* CampaignEditing::openEditor(const Campaign& before) {
    auto* dialog = new CampaignEditorDialog(before, &m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] { submit(before, dialog->campaign()); });
    dialog->open();
    return dialog;
}

CampaignEditorDialog* CampaignEditing::duplicate(const Campaign& original) {
    Campaign copy = original;
    copy.id.clear();
    copy.userId.clear();
    copy.createdAt.clear();
    copy.updatedAt.clear();
    copy.status = QStringLiteral("draft");
    copy.sentCount = copy.openCount = copy.clickCount = 0;
    copy.name = tr("Copy of %1").arg(copy.name).left(data::CampaignRules::kMaxNameLength);
    auto* dialog = new CampaignEditorDialog(copy, &m_page);
    dialog->setWindowTitle(tr("Duplicate campaign"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { submit(Campaign(), dialog->campaign()); });
    dialog->open();
    return dialog;
}

void CampaignEditing::remove(const QList<Campaign>& selected) {
    if (selected.isEmpty()) {
        return;
    }
    // The rows go (and Undo is offered) once the deletion is durable in the outbox.
    m_changes.remove(selected, [this](Result<CampaignChanges::Deletion> deleted) {
        if (!deleted.ok()) {
            showError(deleted.error().message);
            return;
        }
        const QList<Campaign>& rows = deleted.value().rows;
        QSet<QString> ids;
        for (const Campaign& c : rows) {
            ids.insert(c.id);
        }
        m_model.removeIds(ids);
        m_lastDeletion = deleted.value();
        const QString text = rows.size() == 1
                                 ? tr("Deleted “%1”.").arg(rows.first().name)
                                 : tr("Deleted %n campaigns.", nullptr, static_cast<int>(rows.size()));
        m_messages.showMessage(text, MessageBar::Tone::Info, tr("&Undo"), [this] { undoDelete(); });
        Q_EMIT undoAvailable(true);
        Q_EMIT rowsChanged();
    });
}

void CampaignEditing::undoDelete() {
    if (!m_lastDeletion) {
        return;
    }
    const CampaignChanges::Deletion deletion = *m_lastDeletion;
    m_lastDeletion.reset();
    Q_EMIT undoAvailable(false);
    m_messages.dismiss();
    m_changes.undo(deletion, [this, rows = deletion.rows](Result<bool> undone) {
        if (!undone.ok()) {
            showError(undone.error().message);
            return;
        }
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            m_model.upsertLocal(*it);
        }
        Q_EMIT rowsChanged();
    });
}

void CampaignEditing::applyLocally(const QStringList& ids, const QJsonObject& values) {
    for (const QString& id : ids) {
        const int row = m_model.rowOf(id);
        if (row < 0) {
            continue;
        }
        Campaign c = m_model.campaign(row);
        for (auto it = values.begin(); it != values.end(); ++it) {
            c.setValue(it.key(), it.value());
        }
        m_model.upsertLocal(c);
    }
}

void CampaignEditing::setStatus(const QStringList& ids, const QString& status) {
    const QJsonObject values{{QStringLiteral("status"), status}};
    // One transaction; shown once it is durable in the outbox.
    m_changes.bulkUpdate(ids, values, [this, ids, values, status](Result<bool> queued) {
        if (!queued.ok()) {
            showError(queued.error().message);
            return;
        }
        applyLocally(ids, values);
        m_messages.showMessage(
            tr("%n campaign(s) set to %1.", nullptr, static_cast<int>(ids.size())).arg(status),
            MessageBar::Tone::Info);
        Q_EMIT rowsChanged();
    });
}

void CampaignEditing::setBudget(const QStringList& ids, double budget) {
    const QJsonObject values{{QStringLiteral("budget"), budget}};
    if (const auto problems = data::CampaignRules::validateValue(QStringLiteral("budget"), budget);
        !problems.isEmpty()) {
        showError(problems.first().message);
        return;
    }
    m_changes.bulkUpdate(ids, values, [this, ids, values, budget](Result<bool> queued) {
        if (!queued.ok()) {
            showError(queued.error().message);
            return;
        }
        applyLocally(ids, values);
        m_messages.showMessage(
            tr("Budget of %n campaign(s) set to %1.", nullptr, static_cast<int>(ids.size()))
                .arg(QLocale().toString(budget, 'f', 2)),
            MessageBar::Tone::Info);
        Q_EMIT rowsChanged();
    });
}

void CampaignEditing::askBudget(const QList<Campaign>& selected) {
    if (selected.isEmpty()) {
        return;
    }
    QStringList ids;
    for (const Campaign& c : selected) {
        ids.append(c.id);
    }
    auto* dialog = new QInputDialog(&m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change budget"));
    dialog->setLabelText(
        tr("New budget for %n selected campaign(s):", nullptr, static_cast<int>(ids.size())));
    dialog->setInputMode(QInputDialog::DoubleInput);
    dialog->setDoubleRange(0, 1e12);
    dialog->setDoubleDecimals(2);
    dialog->setDoubleValue(selected.first().budget);
    connect(dialog, &QInputDialog::doubleValueSelected, this,
            [this, ids](double budget) { setBudget(ids, budget); });
    dialog->open();
}

void CampaignEditing::discard(qint64 seq) {
    m_changes.discard(seq, [this](Result<bool> done) {
        if (!done.ok()) {
            showError(done.error().message);
        }
        Q_EMIT discarded();
    });
}

ConflictDialog* CampaignEditing::openConflict(const QString& id) {
    const std::optional<data::OutboxOperation> op = m_changes.pending().unresolved(id);
    if (!op || op->kind != data::OutboxOperation::Kind::Update || !op->server) {
        showError(tr("There is no conflict to resolve for this campaign."));
        return nullptr;
    }
    auto* dialog = new ConflictDialog(*op, &m_page);
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
        m_messages.dismiss();
    });
    dialog->open();
    return dialog;
}

} // namespace cc::ui
