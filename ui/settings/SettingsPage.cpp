#include "ui/settings/SettingsPage.h"

#include "app/core/ProfileStore.h"
#include "app/core/ProfileValidator.h"
#include "ui/settings/ConnectionTester.h"
#include "ui/settings/EmailKeySettings.h"
#include "ui/settings/LanguageSettings.h"
#include "ui/settings/ProfileForm.h"
#include "ui/shell/PageHeader.h"
#include "ui/shell/ProfileChip.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QVBoxLayout>

#include <functional>

namespace cc::ui {

namespace {

QIcon dot(const QColor& color) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(2, 2, 10, 10));
    return QIcon(pixmap);
}

// Asks before dropping unsaved edits: Save, Discard or Cancel, without a nested event loop.
void askAboutUnsaved(QWidget* parent, const QString& name,
                     const std::function<void(QMessageBox::StandardButton)>& then) {
    auto* box = new QMessageBox(QMessageBox::Question, SettingsPage::tr("Unsaved changes"),
                                name.isEmpty()
                                    ? SettingsPage::tr("The new profile has not been saved.")
                                    : SettingsPage::tr("The changes to “%1” have not been saved.").arg(name),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("unsavedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent,
                     [box, then](int) { then(box->standardButton(box->clickedButton())); });
    box->open();
}

} // namespace

SettingsPage::SettingsPage(ProfileStore& store, QNetworkAccessManager* network, const QString& activeLanguage,
                           QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_emptyHint(new QLabel(this))
    , m_listStack(new QStackedLayout)
    , m_form(new ProfileForm(this))
    , m_tester(new ConnectionTester(network, this))
    , m_language(new LanguageSettings(activeLanguage, this))
    , m_emailKey(new EmailKeySettings(this))
    , m_formTitle(new QLabel(this))
    , m_status(new QLabel(this))
    , m_new(new QPushButton(tr("&New profile"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_use(new QPushButton(tr("U&se this profile"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_save(new QPushButton(tr("&Save"), this)) {
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Saved profiles"));
    m_list->setIconSize(QSize(14, 14));
    m_emptyHint->setFixedWidth(240);
    m_list->setFixedWidth(240);
    m_new->setObjectName(QStringLiteral("newProfile"));
    m_delete->setObjectName(QStringLiteral("deleteProfile"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_use->setObjectName(QStringLiteral("useProfile"));
    m_revert->setObjectName(QStringLiteral("revertProfile"));
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_save->setDefault(true);
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    QFont titleFont = m_formTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    m_formTitle->setFont(titleFont);

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    listButtons->addStretch(1);
    // With no profile saved, the list's place says what to do instead of showing an empty box.
    m_emptyHint->setObjectName(QStringLiteral("noProfilesHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setMargin(16);
    m_emptyHint->setFrameShape(QFrame::StyledPanel);
    m_emptyHint->setText(
        tr("No profiles saved yet.\n\nFill in the form with your project's URL and anon key, "
           "then press Save."));
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_emptyHint);
    auto* left = new QVBoxLayout;
    left->addLayout(m_listStack, 1);
    left->addLayout(listButtons);

    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_test);
    formButtons->addStretch(1);
    formButtons->addWidget(m_use);
    formButtons->addWidget(m_revert);
    formButtons->addWidget(m_save);
    auto* right = new QVBoxLayout;
    right->setSpacing(10);
    right->addWidget(m_formTitle);
    right->addWidget(m_form);
    right->addWidget(m_status);
    right->addLayout(formButtons);
    right->addStretch(1);

    auto* profiles = new QGroupBox(tr("Profiles"), this);
    auto* profilesLayout = new QHBoxLayout(profiles);
    profilesLayout->setContentsMargins(12, 12, 12, 12);
    profilesLayout->setSpacing(16);
    profilesLayout->addLayout(left);
    profilesLayout->addLayout(right, 1);

    auto* general = new QGroupBox(tr("General"), this);
    auto* generalLayout = new QVBoxLayout(general);
    generalLayout->setContentsMargins(12, 12, 12, 12);
    generalLayout->addWidget(m_language);
    generalLayout->addWidget(m_emailKey);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(16);
    contentLayout->addWidget(profiles);
    contentLayout->addWidget(general);
    contentLayout->addStretch(1);

    // The form is tall: on a small screen the page scrolls instead of squeezing the fields.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(
        new PageHeader(tr("Settings"), tr("Backend profiles and the console's language."), this));
    layout->addWidget(scroll, 1);

    connect(m_list, &QListWidget::currentItemChanged, this, &SettingsPage::onListSelection);
    connect(m_form, &ProfileForm::edited, this, &SettingsPage::onEdited);
    connect(m_tester, &ConnectionTester::finished, this, &SettingsPage::onTestFinished);
    connect(m_new, &QPushButton::clicked, this, &SettingsPage::newProfile);
    connect(m_delete, &QPushButton::clicked, this, &SettingsPage::requestDelete);
    connect(m_test, &QPushButton::clicked, this, &SettingsPage::testConnection);
    connect(m_use, &QPushButton::clicked, this, &SettingsPage::useSelectedProfile);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);

    const QString current = m_store.find(m_store.currentName()) ? m_store.currentName() : QString();
    reloadList(current);
    if (m_list->count() == 0) {
        load(QString());
    }
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::reloadList(const QString& select) {
    m_switching = true;
    m_list->clear();
    QListWidgetItem* selected = nullptr;
    for (const Profile& profile : m_store.profiles()) {
        auto* item = new QListWidgetItem(dot(QColor(profile.effectiveColor())), profile.name, m_list);
        item->setData(Qt::UserRole, profile.name);
        item->setToolTip(tr("%1 · %2").arg(ProfileChip::environmentLabel(profile.environment),
                                           profile.projectUrl.toString()));
        if (profile.name.compare(m_activeName, Qt::CaseInsensitive) == 0) {
            QFont font = item->font();
            font.setWeight(QFont::DemiBold);
            item->setFont(font);
            item->setText(tr("%1 (in use)").arg(profile.name));
        }
        if (!selected && (select.isEmpty() || profile.name.compare(select, Qt::CaseInsensitive) == 0)) {
            selected = item;
        }
    }
    if (!selected && m_list->count() > 0) {
        selected = m_list->item(0);
    }
    m_list->setCurrentItem(selected);
    m_listStack->setCurrentWidget(m_list->count() > 0 ? static_cast<QWidget*>(m_list) : m_emptyHint);
    m_switching = false;
    if (selected) {
        load(selected->data(Qt::UserRole).toString());
    }
}

void SettingsPage::onListSelection() {
    if (m_switching) {
        return;
    }
    QListWidgetItem* item = m_list->currentItem();
    const QString target = item ? item->data(Qt::UserRole).toString() : QString();
    if (target.compare(m_editingName, Qt::CaseInsensitive) == 0 && !m_editingName.isEmpty()) {
        return;
    }
    if (!m_dirty) {
        load(target);
        return;
    }
    // Keep the old selection until the user decides what happens to the edits.
    m_switching = true;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == m_editingName) {
            m_list->setCurrentRow(i);
        }
    }
    if (m_editingName.isEmpty()) {
        m_list->setCurrentItem(nullptr);
    }
    m_switching = false;
    askAboutUnsaved(this, m_editingName, [this, target](QMessageBox::StandardButton button) {
        if (button == QMessageBox::Save && !save()) {
            return;
        }
        if (button == QMessageBox::Cancel) {
            return;
        }
        m_dirty = false;
        selectProfile(target);
    });
}

void SettingsPage::selectProfile(const QString& name) {
    if (name.isEmpty()) {
        m_switching = true;
        m_list->setCurrentItem(nullptr);
        m_switching = false;
        load(QString());
        return;
    }
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString().compare(name, Qt::CaseInsensitive) == 0) {
            m_list->setCurrentRow(i); // -> onListSelection -> load
            if (m_editingName.compare(name, Qt::CaseInsensitive) != 0 && !m_dirty) {
                load(name);
            }
            return;
        }
    }
}

void SettingsPage::newProfile() {
    if (m_dirty) {
        askAboutUnsaved(this, m_editingName, [this](QMessageBox::StandardButton button) {
            if (button == QMessageBox::Cancel || (button == QMessageBox::Save && !save())) {
                return;
            }
            m_dirty = false;
            selectProfile(QString());
            m_form->field(QStringLiteral("name"))->setFocus();
        });
        return;
    }
    selectProfile(QString());
    m_form->field(QStringLiteral("name"))->setFocus();
}

void SettingsPage::load(const QString& name) {
    const auto profile = name.isEmpty() ? std::nullopt : m_store.find(name);
    m_editingName = profile ? profile->name : QString();
    m_form->setProfile(profile ? *profile : Profile{});
    m_dirty = false;
    m_validatedOnce = false;
    m_tester->cancel();
    setStatus(QString(), 0);
    updateButtons();
}

void SettingsPage::onEdited() {
    m_dirty = true;
    if (m_validatedOnce) {
        m_form->showIssues(ProfileValidator::validate(m_form->profile(), otherNames()));
    }
    updateButtons();
}

QStringList SettingsPage::otherNames() const {
    QStringList names = m_store.names();
    names.removeIf([&](const QString& n) { return n.compare(m_editingName, Qt::CaseInsensitive) == 0; });
    return names;
}

bool SettingsPage::save() {
    const Profile profile = m_form->profile();
    const QList<ProfileIssue> issues = ProfileValidator::validate(profile, otherNames());
    m_validatedOnce = true;
    m_form->showIssues(issues);
    if (!issues.isEmpty()) {
        setStatus(tr("Not saved: correct the marked fields."), -1);
        if (QWidget* field = m_form->field(issues.first().field)) {
            field->setFocus();
        }
        return false;
    }
    const QString previous = m_editingName;
    const Result<Profile> result =
        previous.isEmpty() ? m_store.add(profile) : m_store.update(previous, profile);
    if (!result) {
        setStatus(result.error().message, -1);
        return false;
    }
    const Profile saved = result.value();
    m_dirty = false;
    m_editingName = saved.name;
    if (m_activeName.compare(previous, Qt::CaseInsensitive) == 0 && !previous.isEmpty()) {
        m_activeName = saved.name;
    }
    reloadList(saved.name);
    emit profileSaved(previous, saved);
    // The first profile becomes the one in use: there is nothing else the console could connect to.
    if (m_activeName.isEmpty()) {
        useSelectedProfile();
    }
    setStatus(tr("Saved “%1”.").arg(saved.name), 1);
    return true;
}

void SettingsPage::revert() {
    load(m_editingName);
}

void SettingsPage::requestDelete() {
    if (m_editingName.isEmpty()) {
        return;
    }
    const QString name = m_editingName;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete profile"),
                                tr("Delete the profile “%1”?").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(tr("Its settings are removed from this computer. This cannot be undone."));
    QPushButton* confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, name](int) {
        if (box->clickedButton() != confirm) {
            return;
        }
        const Result<bool> removed = m_store.remove(name);
        if (!removed) {
            setStatus(removed.error().message, -1);
            return;
        }
        m_dirty = false;
        reloadList(QString());
        if (m_list->count() == 0) {
            load(QString());
        }
        setStatus(tr("Deleted “%1”.").arg(name), 0);
        emit profileRemoved(name);
    });
    box->open();
}

void SettingsPage::testConnection() {
    const Profile profile = m_form->profile();
    QList<ProfileIssue> issues = ProfileValidator::validate(profile, otherNames());
    issues.removeIf([](const ProfileIssue& issue) {
        return issue.field != QLatin1String("projectUrl") && issue.field != QLatin1String("anonKey");
    });
    if (!issues.isEmpty()) {
        m_form->showIssues(issues);
        setStatus(tr("Cannot test: correct the project URL and key first."), -1);
        return;
    }
    m_test->setEnabled(false);
    setStatus(tr("Testing the connection to %1…").arg(ConnectionTester::healthUrl(profile).host()), 0);
    m_tester->test(profile);
}

void SettingsPage::onTestFinished(const ConnectionTestResult& result) {
    m_test->setEnabled(true);
    const QString before = m_form->profile().authProvider;
    if (!result.providers.isEmpty()) {
        m_form->setOfferedProviders(result.providers);
    }
    if (!result.ok && !result.suggestedProvider.isEmpty() && before.isEmpty()) {
        // The only thing missing was the provider, and the project has just one: it is chosen now.
        setStatus(tr("Connected. Sign-in will use %1, the project's only provider; save the profile to keep it.")
                      .arg(result.suggestedProvider),
                  1);
        return;
    }
    setStatus(result.message, result.ok ? 1 : -1);
}

void SettingsPage::useSelectedProfile() {
    const auto profile = m_store.find(m_editingName);
    if (!profile || m_dirty) {
        return;
    }
    m_store.setCurrentName(profile->name);
    if (auto error = m_store.sync()) {
        setStatus(error->message, -1);
        return;
    }
    setActiveProfileName(profile->name);
    emit profileActivated(*profile);
}

void SettingsPage::setSecretStore(auth::SecretStore* secrets) {
    m_emailKey->setSecretStore(secrets);
}

void SettingsPage::setActiveProfileName(const QString& name) {
    if (m_activeName == name) {
        return;
    }
    m_activeName = name;
    m_emailKey->setProfile(name);
    if (!m_dirty) {
        reloadList(m_editingName);
    }
    updateButtons();
}

QString SettingsPage::statusText() const {
    return m_status->property("plainText").toString();
}

void SettingsPage::setStatus(const QString& text, int tone) {
    m_status->setProperty("plainText", text);
    if (text.isEmpty()) {
        m_status->clear();
        m_status->hide();
        return;
    }
    const QString mark = tone > 0   ? QStringLiteral("<span style=\"color:#009e73\">&#10004;</span>&nbsp;")
                         : tone < 0 ? QStringLiteral("<span style=\"color:#b3261e\">&#10006;</span>&nbsp;")
                                    : QString();
    m_status->setText(mark + text.toHtmlEscaped());
    m_status->show();
}

void SettingsPage::updateButtons() {
    const bool saved = !m_editingName.isEmpty();
    m_delete->setEnabled(saved);
    m_revert->setEnabled(m_dirty);
    m_use->setEnabled(saved && !m_dirty && m_editingName.compare(m_activeName, Qt::CaseInsensitive) != 0);
    m_save->setEnabled(m_dirty || !saved);
    if (!saved) {
        m_formTitle->setText(tr("New profile"));
    } else if (m_editingName.compare(m_activeName, Qt::CaseInsensitive) == 0) {
        m_formTitle->setText(tr("%1 (in use)").arg(m_editingName));
    } else {
        m_formTitle->setText(m_editingName);
    }
}

} // namespace cc::ui
