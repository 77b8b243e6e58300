//! StableHLO text from a graph (being written).
