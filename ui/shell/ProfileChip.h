#pragma once

#include "app/core/Profile.h"

#include <QLabel>

#include <optional>

namespace cc::ui {

// The status bar's "● Staging (staging)": the profile in use, tinted with its environment colour so that
// production is never mistaken for staging. Colour is never the only signal: the environment is spelled out.
class ProfileChip : public QLabel {
    Q_OBJECT

public:
    explicit ProfileChip(QWidget* parent = nullptr);

    void setProfile(const std::optional<Profile>& profile);
    QColor color() const { return m_color; }

    // "production", "staging", "local" in the user's language.
    static QString environmentLabel(const QString& environment);

private:
    QColor m_color;
};

} // namespace cc::ui
