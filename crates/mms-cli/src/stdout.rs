//! Writing results to standard output.

use std::io::Write;

/// Writes `text` to standard output. A closed pipe (`mms … | head`) is not an error worth a
/// message: the reader has what it wanted.
pub fn emit(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// Writes `line` and a newline.
pub fn emit_line(line: &str) {
    emit(&format!("{line}\n"));
}

/// Writes a line to standard error (messages for people), ignoring a closed stream.
pub fn report(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{line}");
}

/// `eprintln!` that never panics.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::stdout::report(&format!($($arg)*))
    };
}
pub(crate) use say;

/// An error as one line: a service message may hold line breaks (the string-to-sign of a
/// signature mismatch does), shown as `\n` so the error stays one line for logs and CI.
pub fn one_line(error: &dyn std::fmt::Display) -> String {
    error.to_string().replace('\r', "").replace('\n', "\\n")
}
