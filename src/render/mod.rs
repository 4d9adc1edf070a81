//! Renderers: one module per output format, each a plain function over
//! reports and a writer.

pub mod extract;
