# Benchmarks of the net component (app/net). Uses the loopback server of the net integration tests.
add_executable(net_benchmarks
    net/BenchMain.cpp
    net/ClientOverheadBench.cpp
    net/ConcurrentGetsBench.cpp
    net/FakeNetwork.cpp net/FakeNetwork.h
)
target_link_libraries(net_benchmarks PRIVATE console_core net_test_server benchmark::benchmark console_compile_options)
