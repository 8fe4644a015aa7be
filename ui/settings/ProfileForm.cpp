#include "ui/settings/ProfileForm.h"

#include "ui/shell/ProfileChip.h"

#include <QColorDialog>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QToolButton>

namespace cc::ui {

namespace {

const QColor kErrorText(0xb3, 0x26, 0x1e);
const QColor kErrorBase(0xfd, 0xec, 0xea);

QIcon swatch(const QColor& color) {
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(140), 1));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

} // namespace

ProfileForm::ProfileForm(QWidget* parent)
    : QWidget(parent) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    int row = 0;

    addSection(grid, row, tr("Backend"));
    m_name = addLineEdit(grid, row, QStringLiteral("name"), tr("&Name:"), tr("e.g. Staging"));
    m_projectUrl = addLineEdit(grid, row, QStringLiteral("projectUrl"), tr("Project &URL:"),
                               QStringLiteral("https://<project-ref>.supabase.co"));
    m_anonKey = addLineEdit(grid, row, QStringLiteral("anonKey"), tr("Anon &key:"),
                            tr("The publishable (anon) key from the project's API settings"));

    m_environment = new QComboBox(this);
    for (const QString& environment : Profile::environments()) {
        m_environment->addItem(ProfileChip::environmentLabel(environment), environment);
    }
    addRow(grid, row, QStringLiteral("environment"), tr("&Environment:"), m_environment);

    auto* colorRow = new QWidget(this);
    colorRow->setObjectName(QStringLiteral("colorRow"));
    auto* colorLayout = new QHBoxLayout(colorRow);
    colorLayout->setContentsMargins(0, 0, 0, 0);
    colorLayout->setSpacing(4);
    m_color = new QLineEdit(colorRow);
    m_color->setObjectName(QStringLiteral("color"));
    m_color->setMaxLength(7);
    m_color->setMaximumWidth(120);
    m_colorButton = new QToolButton(colorRow);
    m_colorButton->setObjectName(QStringLiteral("colorButton"));
    m_colorButton->setToolTip(tr("Choose a colour"));
    m_colorButton->setAccessibleName(tr("Choose a colour"));
    colorLayout->addWidget(m_color);
    colorLayout->addWidget(m_colorButton);
    colorLayout->addStretch(1);
    addRow(grid, row, QStringLiteral("color"), tr("&Colour:"), colorRow);
    m_fields.insert(QStringLiteral("color"), m_color);
    connect(m_color, &QLineEdit::textEdited, this, [this] {
        updateDependentFields();
        emit edited();
    });
    connect(m_colorButton, &QToolButton::clicked, this, &ProfileForm::pickColor);

    addSection(grid, row, tr("Sign-in"));
    m_authFlavor = new QComboBox(this);
    m_authFlavor->addItem(tr("Supabase Auth (browser, PKCE)"), QStringLiteral("supabase"));
    m_authFlavor->addItem(tr("OpenID Connect provider"), QStringLiteral("oidc"));
    addRow(grid, row, QStringLiteral("authFlavor"), tr("Sign-in &type:"), m_authFlavor);
    // A choice among the providers the server has enabled once "Test connection" has asked it; typing
    // stays possible for a server that cannot be asked.
    m_authProvider = new QComboBox(this);
    m_authProvider->setEditable(true);
    m_authProvider->setInsertPolicy(QComboBox::NoInsert);
    m_authProvider->lineEdit()->setPlaceholderText(tr("Test the connection to list the enabled providers"));
    m_authProvider->lineEdit()->setClearButtonEnabled(true);
    m_authProvider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_authProvider, &QComboBox::currentTextChanged, this, [this] {
        if (!m_loading) {
            emit edited();
        }
    });
    addRow(grid, row, QStringLiteral("authProvider"), tr("&Provider:"), m_authProvider);
    m_oidcIssuer = addLineEdit(grid, row, QStringLiteral("oidcIssuer"), tr("&Issuer URL:"),
                               QStringLiteral("https://accounts.example.com"));
    m_clientId = addLineEdit(grid, row, QStringLiteral("clientId"), tr("Client &ID:"), QString());

    addSection(grid, row, tr("E-mail"));
    m_emailApiUrl = addLineEdit(grid, row, QStringLiteral("emailApiUrl"), tr("E-mail &API URL:"), QString());
    grid->setRowStretch(row, 1);

    for (QComboBox* combo : {m_environment, m_authFlavor}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateDependentFields();
            if (!m_loading) {
                emit edited();
            }
        });
    }
    setProfile(Profile{});
}

void ProfileForm::addSection(QGridLayout* grid, int& row, const QString& title) {
    auto* label = new QLabel(title, this);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    if (row > 0) {
        grid->setRowMinimumHeight(row++, 8);
    }
    grid->addWidget(label, row++, 0, 1, 2);
}

void ProfileForm::addRow(QGridLayout* grid, int& row, const QString& name, const QString& label,
                         QWidget* field) {
    auto* caption = new QLabel(label, this);
    caption->setBuddy(field->focusProxy() ? field->focusProxy() : field);
    caption->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (field->objectName().isEmpty()) {
        field->setObjectName(name);
    }
    grid->addWidget(caption, row, 0);
    grid->addWidget(field, row++, 1);

    auto* error = new QLabel(this);
    error->setObjectName(name + QStringLiteral("Error"));
    error->setWordWrap(true);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, kErrorText);
    error->setPalette(palette);
    error->hide();
    grid->addWidget(error, row++, 1);

    m_fields.insert(name, field);
    m_errors.insert(name, error);
}

QLineEdit* ProfileForm::addLineEdit(QGridLayout* grid, int& row, const QString& name, const QString& label,
                                    const QString& placeholder) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textEdited, this, [this] {
        updateDependentFields();
        emit edited();
    });
    addRow(grid, row, name, label, edit);
    return edit;
}

void ProfileForm::setOfferedProviders(const QStringList& providers) {
    const QString current = m_authProvider->currentText().trimmed();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_authProvider->clear();
    m_authProvider->addItems(providers);
    m_authProvider->setEditText(current);
    m_loading = wasLoading;
    if (providers.size() == 1 && (current.isEmpty() || !providers.contains(current))) {
        // The server's only provider: nothing to type, nothing to choose.
        m_authProvider->setEditText(providers.first());
    }
}

QStringList ProfileForm::offeredProviders() const {
    QStringList list;
    for (int i = 0; i < m_authProvider->count(); ++i) {
        list << m_authProvider->itemText(i);
    }
    return list;
}

void ProfileForm::setProfile(const Profile& profile) {
    m_loading = true;
    m_base = profile;
    m_name->setText(profile.name);
    m_projectUrl->setText(profile.projectUrl.toString());
    m_anonKey->setText(profile.anonKey);
    m_environment->setCurrentIndex(qMax(0, m_environment->findData(profile.environment)));
    m_color->setText(profile.color);
    m_authFlavor->setCurrentIndex(qMax(0, m_authFlavor->findData(profile.authFlavor)));
    m_authProvider->setEditText(profile.authProvider);
    m_oidcIssuer->setText(profile.oidcIssuer.toString());
    m_clientId->setText(profile.clientId);
    m_emailApiUrl->setText(profile.emailApiUrl.toString());
    clearIssues();
    updateDependentFields();
    m_loading = false;
}

Profile ProfileForm::profile() const {
    Profile p = m_base;
    p.name = m_name->text().trimmed();
    p.projectUrl = QUrl(m_projectUrl->text().trimmed());
    p.anonKey = m_anonKey->text().trimmed();
    p.environment = m_environment->currentData().toString();
    p.color = m_color->text().trimmed();
    p.authFlavor = m_authFlavor->currentData().toString();
    p.authProvider = m_authProvider->currentText().trimmed();
    p.oidcIssuer = QUrl(m_oidcIssuer->text().trimmed());
    p.clientId = m_clientId->text().trimmed();
    p.emailApiUrl = QUrl(m_emailApiUrl->text().trimmed());
    return p;
}

void ProfileForm::updateDependentFields() {
    const bool oidc = m_authFlavor->currentData().toString() == QLatin1String("oidc");
    m_oidcIssuer->setEnabled(oidc);
    m_authProvider->setEnabled(!oidc);

    const QString environment = m_environment->currentData().toString();
    m_color->setPlaceholderText(tr("%1 (default)").arg(Profile::defaultColor(environment)));
    const QColor chosen(m_color->text().trimmed());
    m_colorButton->setIcon(swatch(chosen.isValid() ? chosen : QColor(Profile::defaultColor(environment))));

    Profile preview = profile();
    if (preview.projectUrl.isValid() && !preview.projectUrl.isEmpty()) {
        m_emailApiUrl->setPlaceholderText(tr("Default: %1").arg(preview.effectiveEmailApiUrl().toString()));
    } else {
        m_emailApiUrl->setPlaceholderText(tr("Default: <project URL>/api/email"));
    }
}

void ProfileForm::pickColor() {
    const QColor current(m_color->text().trimmed());
    auto* dialog = new QColorDialog(
        current.isValid() ? current : QColor(Profile::defaultColor(m_environment->currentData().toString())),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Profile colour"));
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor& color) {
        m_color->setText(color.name());
        updateDependentFields();
        emit edited();
    });
    dialog->open();
}

void ProfileForm::markField(const QString& name, bool invalid) {
    QWidget* widget = m_fields.value(name);
    if (!widget) {
        return;
    }
    // A tinted background instead of a style sheet: the field keeps the platform style's look.
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Base, invalid ? kErrorBase : this->palette().color(QPalette::Base));
    widget->setPalette(palette);
}

void ProfileForm::showIssues(const QList<ProfileIssue>& issues) {
    QHash<QString, QStringList> byField;
    for (const ProfileIssue& issue : issues) {
        byField[issue.field] << issue.message;
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
        markField(it.key(), !messages.isEmpty());
        if (QWidget* widget = m_fields.value(it.key())) {
            widget->setAccessibleDescription(messages.join(QLatin1Char(' ')));
        }
    }
}

void ProfileForm::clearIssues() {
    showIssues({});
}

QString ProfileForm::issueText(const QString& field) const {
    const QLabel* label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace cc::ui
