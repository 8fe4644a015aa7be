#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QPushButton;

namespace cc::ui {

class PageHeader;

// A page whose feature is not connected yet: it says what will appear here and what the user can do now.
// It has two texts, one for when no profile is in use and one for when one is, because "add a profile" is
// wrong advice once there is one.
class EmptyStatePage : public QWidget {
    Q_OBJECT

public:
    struct State {
        QString heading;
        QString body;            // may contain %1: the profile's name
        QString action;          // button text; empty: no button
        QString secondaryAction; // a second, less prominent choice; empty: none
    };

    EmptyStatePage(const QString& title, const QString& subtitle, const QIcon& icon,
                   QWidget* parent = nullptr);

    void setStates(const State& withoutProfile, const State& withProfile);
    // Picks the state: an empty name means no profile is in use.
    void setProfileName(const QString& name);

    QString heading() const;
    QString body() const;
    QPushButton* actionButton() const { return m_action; }
    QPushButton* secondaryButton() const { return m_secondary; }

signals:
    void actionRequested();
    void secondaryActionRequested();

private:
    void refresh();

    PageHeader* m_header;
    QLabel* m_icon;
    QLabel* m_heading;
    QLabel* m_body;
    QPushButton* m_action;
    QPushButton* m_secondary;
    State m_withoutProfile;
    State m_withProfile;
    QString m_profileName;
};

} // namespace cc::ui
