#pragma once

#include "app/core/Profile.h"
#include "ui/shell/Page.h"

#include <QHash>
#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace cc::ui {

class ProfileChip;

// The frame around the pages: navigation on the left, the page area, the status bar with the profile and the
// connection state, menus and shortcuts. It knows nothing about what the pages do; the composition root
// (ConsoleApplication) builds them and hands them over.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class ConnectionState { NotConnected, Connecting, Connected, Offline };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    static QSize defaultSize() { return {1180, 760}; }

    // Adds a page to the navigation; the n-th page gets Ctrl+n. The window takes ownership of `widget`.
    void addPage(Page page, const QString& title, QWidget* widget);
    QWidget* pageWidget(Page page) const;
    QList<Page> pages() const { return m_order; }
    void setCurrentPage(Page page);
    // Gives the keyboard to the page in front (at start-up, so its shortcuts work without a click first).
    void focusCurrentPage();
    Page currentPage() const;
    QAction* pageAction(Page page) const { return m_actions.value(page); }

    void setProfile(const std::optional<Profile>& profile);
    void setConnectionState(ConnectionState state, const QString& detail = {});
    ConnectionState connectionState() const { return m_connection; }
    QString connectionText() const;
    ProfileChip* profileChip() const { return m_profileChip; }

    // Geometry, dock/toolbar state and the last page, from the settings file; a sensible size otherwise.
    void restoreWindowState();
    void saveWindowState() const;

    void showAbout();

    // The File and Help menus, for the shell to add its entries to (ShellMenus): File ends with Quit, Help
    // with About; what is added goes before them.
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }
    void addToFileMenu(QAction* action);
    void addToHelpMenu(QAction* action);

signals:
    void currentPageChanged(cc::ui::Page page);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void onRowChanged(int row);

    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    ProfileChip* m_profileChip;
    QLabel* m_connectionLabel;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitSeparator = nullptr;
    QAction* m_aboutSeparator = nullptr;
    QList<Page> m_order;
    QHash<Page, QWidget*> m_widgets;
    QHash<Page, QAction*> m_actions;
    ConnectionState m_connection = ConnectionState::NotConnected;
};

} // namespace cc::ui
