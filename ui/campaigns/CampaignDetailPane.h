#pragma once

#include "app/data/Campaign.h"
#include "ui/campaigns/PendingChanges.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace cc::ui {

// The selected campaign at a glance, beside the table: every field, its sync state (saved, waiting to be
// sent, in conflict, refused: with the reason) and when it last changed. Offers "Resolve conflict…" or
// "Discard change" when the outbox needs the user.
class CampaignDetailPane : public QWidget {
    Q_OBJECT

public:
    explicit CampaignDetailPane(QWidget* parent = nullptr);

    void showCampaign(const data::Campaign& campaign, PendingChanges::State state,
                      const std::optional<data::OutboxOperation>& unresolved);
    void clear();
    const QString& campaignId() const { return m_id; }
    QString fieldText(const QString& field) const;
    QString syncText() const;

signals:
    void resolveRequested(const QString& id);
    void discardRequested(qint64 seq);

private:
    QString m_id;
    qint64 m_seq = 0;
    QLabel* m_title;
    QLabel* m_empty;
    QWidget* m_body;
    QHash<QString, QLabel*> m_values;
    QLabel* m_sync;
    QPushButton* m_resolve;
    QPushButton* m_discard;
};

} // namespace cc::ui
