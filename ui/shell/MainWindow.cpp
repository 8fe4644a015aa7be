#include "ui/shell/MainWindow.h"

#include "app/core/AppInfo.h"
#include "ui/shell/Icons.h"
#include "ui/shell/ProfileChip.h"
#include "ui/shell/UiSettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace cc::ui {

namespace {
constexpr int kNavigationWidth = 200;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_profileChip(new ProfileChip(this))
    , m_connectionLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(AppInfo::displayName());
    setWindowIcon(Icons::application());

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFixedWidth(kNavigationWidth);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setContentsMargins(4, 8, 4, 0);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A sidebar a shade darker than the page area, as desktop tools draw their navigation.
    QPalette sidebar = m_navigation->palette();
    sidebar.setColor(QPalette::Base, sidebar.color(QPalette::Window).darker(106));
    m_navigation->setPalette(sidebar);
    m_navigation->setAutoFillBackground(true);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onRowChanged);

    m_stack->setObjectName(QStringLiteral("pages"));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto* separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    m_connectionLabel->setTextFormat(Qt::RichText);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    // Both permanent: a status message (which hides the ordinary widgets while it shows) never hides which
    // environment the user is working on.
    statusBar()->addPermanentWidget(m_profileChip);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->setContentsMargins(6, 0, 6, 2);
    setConnectionState(ConnectionState::NotConnected);

    buildMenus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_quitSeparator = m_fileMenu->addSeparator();
    QAction* quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_aboutSeparator = m_helpMenu->addSeparator();
    QAction* about = m_helpMenu->addAction(tr("&About Campaign Console"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::addToFileMenu(QAction* action) {
    m_fileMenu->insertAction(m_quitSeparator, action);
}

void MainWindow::addToHelpMenu(QAction* action) {
    m_helpMenu->insertAction(m_aboutSeparator, action);
}

void MainWindow::addPage(Page page, const QString& title, QWidget* widget) {
    const QIcon icon = Icons::page(page);
    auto* item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, static_cast<int>(page));
    item->setSizeHint(QSize(kNavigationWidth - 16, 34));
    widget->setObjectName(widget->objectName().isEmpty() ? Pages::key(page) + QStringLiteral("Page")
                                                         : widget->objectName());
    m_stack->addWidget(widget);
    m_order.append(page);
    m_widgets.insert(page, widget);

    const int number = static_cast<int>(m_order.size());
    auto* action = new QAction(icon, title, this);
    if (number <= 9) {
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)));
    }
    action->setCheckable(true);
    connect(action, &QAction::triggered, this, [this, page] { setCurrentPage(page); });
    // Added to the window as well as the menu: the shortcut works even where there is no menu bar.
    addAction(action);
    m_viewMenu->addAction(action);
    m_actions.insert(page, action);

    if (m_order.size() == 1) {
        m_navigation->setCurrentRow(0);
    }
}

QWidget* MainWindow::pageWidget(Page page) const {
    return m_widgets.value(page);
}

void MainWindow::setCurrentPage(Page page) {
    const auto row = m_order.indexOf(page);
    if (row >= 0) {
        m_navigation->setCurrentRow(static_cast<int>(row));
    }
}

void MainWindow::focusCurrentPage() {
    if (QWidget* page = m_widgets.value(currentPage())) {
        page->setFocus(Qt::OtherFocusReason);
    }
}

Page MainWindow::currentPage() const {
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_order.size() ? m_order.at(row) : Page::Campaigns;
}

void MainWindow::onRowChanged(int row) {
    if (row < 0 || row >= m_order.size()) {
        return;
    }
    const Page page = m_order.at(row);
    m_stack->setCurrentWidget(m_widgets.value(page));
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        it.value()->setChecked(it.key() == page);
    }
    emit currentPageChanged(page);
}

void MainWindow::setProfile(const std::optional<Profile>& profile) {
    m_profileChip->setProfile(profile);
    setWindowTitle(profile ? tr("%1 — %2").arg(profile->name, AppInfo::displayName())
                           : AppInfo::displayName());
}

void MainWindow::setConnectionState(ConnectionState state, const QString& detail) {
    m_connection = state;
    QString text;
    QColor color;
    switch (state) {
    case ConnectionState::NotConnected:
        text = tr("Not connected");
        color = palette().color(QPalette::Disabled, QPalette::WindowText);
        break;
    case ConnectionState::Connecting:
        text = tr("Connecting…");
        color = QColor(0xe6, 0x9f, 0x00);
        break;
    case ConnectionState::Connected:
        text = tr("Connected");
        color = QColor(0x00, 0x9e, 0x73);
        break;
    case ConnectionState::Offline:
        text = tr("Offline");
        color = QColor(0xd5, 0x5e, 0x00);
        break;
    }
    if (!detail.isEmpty()) {
        text = tr("%1: %2").arg(text, detail);
    }
    m_connectionLabel->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2")
                                   .arg(color.name(), text.toHtmlEscaped()));
    m_connectionLabel->setAccessibleName(text);
}

QString MainWindow::connectionText() const {
    return m_connectionLabel->accessibleName();
}

void MainWindow::restoreWindowState() {
    const auto settings = UiSettings::open();
    if (!restoreGeometry(settings->value(UiSettings::kGeometry).toByteArray())) {
        resize(defaultSize());
    }
    restoreState(settings->value(UiSettings::kWindowState).toByteArray());
    if (auto page = Pages::fromKey(settings->value(UiSettings::kPage).toString())) {
        setCurrentPage(*page);
    }
}

void MainWindow::saveWindowState() const {
    const auto settings = UiSettings::open();
    settings->setValue(UiSettings::kGeometry, saveGeometry());
    settings->setValue(UiSettings::kWindowState, saveState());
    settings->setValue(UiSettings::kPage, Pages::key(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout() {
    // open(), not exec(): the event loop keeps running while the box is up.
    auto* box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(tr("About %1").arg(AppInfo::displayName()));
    box->setIconPixmap(Icons::application().pixmap(64));
    box->setTextFormat(Qt::RichText);
    box->setText(QStringLiteral("<h3>%1</h3><p>%2</p>")
                     .arg(AppInfo::displayName().toHtmlEscaped(),
                          tr("Version %1").arg(AppInfo::versionText()).toHtmlEscaped()));
    box->setInformativeText(tr("A desktop administration console for Supabase backends.\nBuilt with Qt %1.")
                                .arg(QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace cc::ui
