#pragma once

#include "app/realtime/CampaignEvent.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace cc::ui {

class LiveFeedModel;

// The feed as filtered by the user: one kind (or all) and a case-insensitive text found in the campaign's
// name, who made the change or the changed fields.
class LiveFeedFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit LiveFeedFilterModel(LiveFeedModel& source, QObject* parent = nullptr);

    void setKind(std::optional<realtime::CampaignEvent::Kind> kind);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    LiveFeedModel& m_source;
    std::optional<realtime::CampaignEvent::Kind> m_kind;
    QString m_text;
};

} // namespace cc::ui
