#include "ui/shell/ProfileChip.h"

namespace cc::ui {

ProfileChip::ProfileChip(QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("profileChip"));
    setTextFormat(Qt::RichText);
    setProfile(std::nullopt);
}

QString ProfileChip::environmentLabel(const QString& environment) {
    if (environment == QLatin1String("production")) {
        return tr("production");
    }
    if (environment == QLatin1String("staging")) {
        return tr("staging");
    }
    if (environment == QLatin1String("local")) {
        return tr("local");
    }
    return environment;
}

void ProfileChip::setProfile(const std::optional<Profile>& profile) {
    QString plain;
    if (profile) {
        m_color = QColor(profile->effectiveColor());
        plain = tr("%1 (%2)").arg(profile->name, environmentLabel(profile->environment));
        setToolTip(tr("Profile %1 at %2").arg(profile->name, profile->projectUrl.toString()));
    } else {
        m_color = palette().color(QPalette::Disabled, QPalette::WindowText);
        plain = tr("No profile");
        setToolTip(tr("No backend profile is in use. Add one in Settings."));
    }
    setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2")
                .arg(m_color.name(), plain.toHtmlEscaped()));
    setAccessibleName(plain);
    QColor tint = m_color;
    tint.setAlphaF(0.14f);
    setStyleSheet(QStringLiteral("QLabel#profileChip { border: 1px solid %1; border-radius: 9px;"
                                 " padding: 1px 8px; background: rgba(%2, %3, %4, %5); }")
                      .arg(m_color.name())
                      .arg(tint.red())
                      .arg(tint.green())
                      .arg(tint.blue())
                      .arg(tint.alpha()));
}

} // namespace cc::ui
