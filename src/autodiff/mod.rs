//! Reverse-mode autodiff as a graph transform (being written).
