//! Serving a credential service: its own listener, which can be switched "down" (connections
//! are closed without an answer), and a handle that stops it.

use std::future::IntoFuture;
use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::response::Response;
use axum::Router;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::error::Error;

/// How long `stop` waits for open requests before cutting them off.
const STOP_GRACE: Duration = Duration::from_secs(5);

/// A TCP listener that, while `down` is set, accepts connections only to close them at once:
/// to a client the service is down (the connection ends before any answer).
struct SwitchableListener {
    inner: TcpListener,
    down: Arc<AtomicBool>,
}

impl axum::serve::Listener for SwitchableListener {
    type Io = TcpStream;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            let (io, addr) = axum::serve::Listener::accept(&mut self.inner).await;
            if self.down.load(Ordering::SeqCst) {
                drop(io);
                continue;
            }
            return (io, addr);
        }
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.inner.local_addr()
    }
}

/// An answer whose body fails at once, so the connection is aborted: the client sees a
/// transport error, not an HTTP status. For requests on connections opened before the service
/// went down.
pub(crate) fn aborted_connection() -> Response {
    let failing = futures::stream::once(async {
        Err::<Bytes, io::Error>(io::Error::new(
            io::ErrorKind::ConnectionAborted,
            "service down (fault injection)",
        ))
    });
    Response::new(Body::from_stream(failing))
}

/// A service serving in the background.
#[derive(Debug)]
pub(crate) struct Served {
    pub(crate) addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<io::Result<()>>>,
}

/// Binds `bind` and serves `router` until stopped; while `down` is set, connections are closed
/// unanswered.
pub(crate) async fn serve(
    bind: SocketAddr,
    router: Router,
    down: Arc<AtomicBool>,
) -> Result<Served, Error> {
    let inner = TcpListener::bind(bind)
        .await
        .map_err(|source| Error::Bind { addr: bind, source })?;
    let addr = inner
        .local_addr()
        .map_err(|source| Error::Bind { addr: bind, source })?;
    let listener = SwitchableListener { inner, down };
    let (shutdown, signal) = oneshot::channel::<()>();
    let server = axum::serve(listener, router)
        .with_graceful_shutdown(async {
            let _ = signal.await;
        })
        .into_future();
    Ok(Served {
        addr,
        shutdown: Some(shutdown),
        task: Some(tokio::spawn(server)),
    })
}

impl Served {
    /// Stops accepting, lets requests in flight finish (up to 5 s), and returns once down.
    pub(crate) async fn stop(&mut self) -> Result<(), Error> {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        let Some(mut task) = self.task.take() else {
            return Ok(());
        };
        match tokio::time::timeout(STOP_GRACE, &mut task).await {
            Ok(Ok(result)) => result.map_err(Error::Serve),
            Ok(Err(_)) => Ok(()),
            Err(_) => {
                task.abort();
                Ok(())
            }
        }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}
