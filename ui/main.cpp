#include "ui/shell/ConsoleApplication.h"

int main(int argc, char* argv[]) {
    cc::ui::ConsoleApplication console(argc, argv);
    return console.run();
}
