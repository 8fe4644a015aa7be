#include "ui/shell/MainWindow.h"

namespace cc::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("Campaign Console"));
}

} // namespace cc::ui
