#include "ui/campaigns/ConflictDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cc::ui {

using data::Campaign;

ConflictDialog::ConflictDialog(const data::OutboxOperation& op, QWidget* parent)
    : QDialog(parent)
    , m_op(op)
    , m_theirs(op.server.value_or(Campaign())) {
    setWindowTitle(tr("Resolve conflict"));
    setObjectName(QStringLiteral("conflictDialog"));
    // Mine: the server's current row with my changes on top (the fields I did not touch are not in
    // dispute).
    m_mine = m_theirs;
    for (auto it = op.payload.begin(); it != op.payload.end(); ++it) {
        m_mine.setValue(it.key(), it.value());
    }

    auto* intro = new QLabel(
        tr("“%1” was changed by someone else after you edited it. Compare the versions and choose what to "
           "keep. Highlighted fields differ.")
            .arg(m_theirs.name));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    auto* headField = new QLabel(tr("Field"));
    auto* headMine = new QLabel(tr("Yours"));
    auto* headTheirs = new QLabel(tr("Server's"));
    for (QLabel* head : {headField, headMine, headTheirs}) {
        QFont font = head->font();
        font.setWeight(QFont::DemiBold);
        head->setFont(font);
    }
    grid->addWidget(headField, 0, 0);
    grid->addWidget(headMine, 0, 1, 1, 2);
    grid->addWidget(headTheirs, 0, 3, 1, 2);
    const QStringList differing = differingFields();
    int row = 1;
    for (const QString& field : fields()) {
        const bool differs = differing.contains(field);
        auto* label = new QLabel(fieldLabel(field));
        auto* mine = new QLabel(display(m_mine, field));
        auto* theirs = new QLabel(display(m_theirs, field));
        mine->setObjectName(QStringLiteral("mine_") + field);
        theirs->setObjectName(QStringLiteral("theirs_") + field);
        for (QLabel* value : {mine, theirs}) {
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setMinimumWidth(140);
        }
        grid->addWidget(label, row, 0);
        if (differs) {
            // Highlighted with colour and weight, and named for screen readers: not by colour alone.
            const QString style = QStringLiteral("background: #fff1c2; color: #3d2f00; padding: 2px 4px;");
            mine->setStyleSheet(style);
            theirs->setStyleSheet(style);
            QFont font = label->font();
            font.setWeight(QFont::DemiBold);
            label->setFont(font);
            label->setAccessibleDescription(tr("differs"));
            auto* pickMine = new QRadioButton;
            auto* pickTheirs = new QRadioButton;
            pickMine->setObjectName(QStringLiteral("pickMine_") + field);
            pickTheirs->setObjectName(QStringLiteral("pickTheirs_") + field);
            pickMine->setAccessibleName(tr("Keep yours: %1").arg(fieldLabel(field)));
            pickTheirs->setAccessibleName(tr("Keep the server's: %1").arg(fieldLabel(field)));
            auto* group = new QButtonGroup(this);
            group->addButton(pickMine);
            group->addButton(pickTheirs);
            (op.payload.contains(field) ? pickMine : pickTheirs)->setChecked(true);
            m_pickMine.insert(field, pickMine);
            grid->addWidget(pickMine, row, 1);
            grid->addWidget(mine, row, 2);
            grid->addWidget(pickTheirs, row, 3);
            grid->addWidget(theirs, row, 4);
        } else {
            grid->addWidget(mine, row, 2);
            grid->addWidget(theirs, row, 4);
        }
        ++row;
    }
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(4, 1);

    auto* buttons = new QDialogButtonBox;
    auto* keep = buttons->addButton(tr("&Keep mine"), QDialogButtonBox::AcceptRole);
    auto* take = buttons->addButton(tr("&Take theirs"), QDialogButtonBox::AcceptRole);
    auto* merged = buttons->addButton(tr("&Merge selected"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    keep->setObjectName(QStringLiteral("keepMine"));
    take->setObjectName(QStringLiteral("takeTheirs"));
    merged->setObjectName(QStringLiteral("mergeFields"));
    keep->setToolTip(tr("Send your changes again, on top of the server's version."));
    take->setToolTip(tr("Drop your changes and use the server's version."));
    merged->setToolTip(tr("For each highlighted field, keep the version whose button is selected."));
    connect(keep, &QPushButton::clicked, this, &ConflictDialog::keepMine);
    connect(take, &QPushButton::clicked, this, &ConflictDialog::takeTheirs);
    connect(merged, &QPushButton::clicked, this, &ConflictDialog::merge);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

const QStringList& ConflictDialog::fields() {
    static const QStringList list = {QStringLiteral("name"),     QStringLiteral("status"),
                                     QStringLiteral("channel"),  QStringLiteral("budget"),
                                     QStringLiteral("currency"), QStringLiteral("start_date"),
                                     QStringLiteral("end_date"), QStringLiteral("audience_size")};
    return list;
}

QString ConflictDialog::fieldLabel(const QString& field) {
    if (field == QLatin1String("name")) {
        return tr("Name");
    }
    if (field == QLatin1String("status")) {
        return tr("Status");
    }
    if (field == QLatin1String("channel")) {
        return tr("Channel");
    }
    if (field == QLatin1String("budget")) {
        return tr("Budget");
    }
    if (field == QLatin1String("currency")) {
        return tr("Currency");
    }
    if (field == QLatin1String("start_date")) {
        return tr("Start date");
    }
    if (field == QLatin1String("end_date")) {
        return tr("End date");
    }
    return tr("Audience size");
}

QString ConflictDialog::display(const Campaign& c, const QString& field) {
    const QJsonValue value = c.value(field);
    if (value.isNull() || value.isUndefined()) {
        return tr("(none)");
    }
    if (field == QLatin1String("budget")) {
        return QLocale().toString(c.budget, 'f', 2);
    }
    if (field == QLatin1String("audience_size")) {
        return QLocale().toString(c.audienceSize);
    }
    return value.isString() ? value.toString() : QString::number(value.toDouble());
}

QStringList ConflictDialog::differingFields() const {
    QStringList out;
    for (const QString& field : fields()) {
        if (m_mine.value(field) != m_theirs.value(field)) {
            out.append(field);
        }
    }
    return out;
}

void ConflictDialog::setKeepMine(const QString& field, bool mine) {
    if (QRadioButton* pick = m_pickMine.value(field)) {
        pick->setChecked(mine);
        if (!mine) {
            findChild<QRadioButton*>(QStringLiteral("pickTheirs_") + field)->setChecked(true);
        }
    }
}

QJsonObject ConflictDialog::mergedPayload() const {
    QJsonObject payload;
    for (auto it = m_pickMine.begin(); it != m_pickMine.end(); ++it) {
        if (it.value()->isChecked()) {
            payload.insert(it.key(), m_mine.value(it.key()));
        }
    }
    return payload;
}

void ConflictDialog::keepMine() {
    m_choice = Choice::KeepMine;
    accept();
}

void ConflictDialog::takeTheirs() {
    m_choice = Choice::TakeTheirs;
    accept();
}

void ConflictDialog::merge() {
    m_choice = Choice::Merge;
    accept();
}

} // namespace cc::ui
