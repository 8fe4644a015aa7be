#pragma once

#include "app/data/Campaign.h"
#include "app/data/OutboxOperation.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QRadioButton;

namespace cc::ui {

// Someone else changed a campaign while the user's change waited: their version and the server's side by
// side, field by field, the fields that differ highlighted, and three ways out. "Keep mine" re-sends the
// user's changes on top of the server's version; "Take theirs" drops them; "Merge" sends only the fields
// whose "mine" button is checked (by default the ones the user changed).
class ConflictDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { None, KeepMine, TakeTheirs, Merge };

    // `op`: the update in conflict (its payload is the user's change, op.server the server's row).
    explicit ConflictDialog(const data::OutboxOperation& op, QWidget* parent = nullptr);

    static const QStringList& fields();
    Choice choice() const { return m_choice; }
    // Merge: the user's values of the fields kept as theirs.
    QJsonObject mergedPayload() const;
    const data::Campaign& mine() const { return m_mine; }
    const data::Campaign& theirs() const { return m_theirs; }
    QStringList differingFields() const;
    // For tests and keyboard users: choose a side for one field.
    void setKeepMine(const QString& field, bool mine);

public slots:
    void keepMine();
    void takeTheirs();
    void merge();

private:
    static QString fieldLabel(const QString& field);
    static QString display(const data::Campaign& c, const QString& field);

    data::OutboxOperation m_op;
    data::Campaign m_mine;
    data::Campaign m_theirs;
    QHash<QString, QRadioButton*> m_pickMine;
    Choice m_choice = Choice::None;
};

} // namespace cc::ui
