#include "app/core/AppInfo.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    cc::AppInfo::apply();
    cc::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
