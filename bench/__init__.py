"""Benchmark for issue 6: a generator of synthetic raw articles and a runner that times the build."""
