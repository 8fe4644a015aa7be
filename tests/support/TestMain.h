#pragma once

namespace cc::test {

// Shared by both main() variants: initialises GoogleTest, registers the isolated environment and runs.
int runAllTests(int argc, char** argv);

} // namespace cc::test
