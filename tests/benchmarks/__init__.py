"""Speed and memory benchmarks that print figures."""
