//! Writing results to standard output.

use std::io::Write;

/// Writes `text` to standard output; `false` when the reader has gone (`mms … | head`), which
/// is not an error worth a message: the reader has what it wanted, and a list stops reading.
pub fn write(text: &str) -> bool {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .is_ok()
}

/// Writes `text` to standard output, ignoring a closed pipe.
pub fn emit(text: &str) {
    let _ = write(text);
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

/// Whether standard output is a terminal (lists default to a table there, JSON elsewhere).
pub fn is_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal()
}
