//! A loopback TCP server that answers with exactly the bytes (and timing) a test scripts,
//! including what no well-behaved HTTP server would send.

use std::{
    net::SocketAddr,
    sync::{
        atomic::{AtomicU64, AtomicUsize, Ordering},
        Arc,
    },
    time::Duration,
};

use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
};

/// What the server does once it has read a request.
#[derive(Debug, Clone)]
pub enum Behaviour {
    /// Writes these bytes, then closes.
    Raw(Vec<u8>),
    /// Writes `head`, then `body` one byte every `every`, then closes.
    Trickle {
        /// Status line and headers, ending with the blank line.
        head: Vec<u8>,
        /// Body bytes.
        body: Vec<u8>,
        /// Pause between bytes.
        every: Duration,
    },
    /// Writes `head` and the first bytes of a body, then resets the connection.
    ResetAfter {
        /// Status line and headers, ending with the blank line.
        head: Vec<u8>,
        /// Bytes of body written before the reset.
        partial: Vec<u8>,
    },
    /// Writes `head`, then up to `total` body bytes in 64 KiB chunks until the client goes away.
    Flood {
        /// Status line and headers, ending with the blank line.
        head: Vec<u8>,
        /// Body bytes at the most.
        total: u64,
    },
    /// Reads the request and never answers.
    Silent,
}

/// A raw response: status line, headers (plus `content-length` when `body` is given), body.
pub fn http_response(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\n").into_bytes();
    for (name, value) in headers {
        out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "content-length: {}\r\nconnection: close\r\n\r\n",
            body.len()
        )
        .as_bytes(),
    );
    out.extend_from_slice(body);
    out
}

/// A JSON `200 OK` with `body`.
pub fn json_200(body: &[u8]) -> Vec<u8> {
    http_response(
        "200 OK",
        &[
            ("content-type", "application/json"),
            ("x-acs-request-id", "hdr-req"),
        ],
        body,
    )
}

/// A server on an ephemeral loopback port; it stops when dropped.
#[derive(Debug)]
pub struct RawServer {
    addr: SocketAddr,
    requests: Arc<AtomicUsize>,
    body_bytes_written: Arc<AtomicU64>,
    task: tokio::task::JoinHandle<()>,
}

impl RawServer {
    /// Starts a server that answers every connection with `behaviour`.
    pub async fn start(behaviour: Behaviour) -> RawServer {
        RawServer::start_on(SocketAddr::from(([127, 0, 0, 1], 0)), behaviour).await
    }

    /// Like [`RawServer::start`], on a given loopback address.
    pub async fn start_on(addr: SocketAddr, behaviour: Behaviour) -> RawServer {
        let listener = TcpListener::bind(addr)
            .await
            .unwrap_or_else(|e| panic!("cannot bind {addr}: {e}"));
        let addr = listener
            .local_addr()
            .unwrap_or_else(|e| panic!("no local address: {e}"));
        let requests = Arc::new(AtomicUsize::new(0));
        let written = Arc::new(AtomicU64::new(0));
        let (count, bytes) = (requests.clone(), written.clone());
        let task = tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let behaviour = behaviour.clone();
                let (count, bytes) = (count.clone(), bytes.clone());
                tokio::spawn(async move {
                    let _ = serve(socket, behaviour, count, bytes).await;
                });
            }
        });
        RawServer {
            addr,
            requests,
            body_bytes_written: written,
            task,
        }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Requests read so far.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    /// Body bytes a [`Behaviour::Flood`] managed to write.
    pub fn body_bytes_written(&self) -> u64 {
        self.body_bytes_written.load(Ordering::SeqCst)
    }
}

impl Drop for RawServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn read_request(socket: &mut TcpStream) -> std::io::Result<()> {
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !seen.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = socket.read(&mut buf).await?;
        if n == 0 || seen.len() > 1 << 20 {
            break;
        }
        seen.extend_from_slice(&buf[..n]);
    }
    Ok(())
}

async fn serve(
    mut socket: TcpStream,
    behaviour: Behaviour,
    requests: Arc<AtomicUsize>,
    written: Arc<AtomicU64>,
) -> std::io::Result<()> {
    read_request(&mut socket).await?;
    requests.fetch_add(1, Ordering::SeqCst);
    match behaviour {
        Behaviour::Raw(bytes) => {
            socket.write_all(&bytes).await?;
            socket.shutdown().await?;
        }
        Behaviour::Trickle { head, body, every } => {
            socket.write_all(&head).await?;
            for byte in body {
                tokio::time::sleep(every).await;
                socket.write_all(&[byte]).await?;
            }
        }
        Behaviour::ResetAfter { head, partial } => {
            socket.write_all(&head).await?;
            socket.write_all(&partial).await?;
            socket.flush().await?;
            // Linger 0: closing sends a reset instead of an orderly end.
            let std_socket = socket.into_std()?;
            let socket2 = socket2::Socket::from(std_socket);
            socket2.set_linger(Some(Duration::ZERO))?;
            drop(socket2);
        }
        Behaviour::Flood { head, total } => {
            socket.write_all(&head).await?;
            let chunk = vec![b' '; 64 * 1024];
            let mut sent = 0u64;
            while sent < total {
                if socket.write_all(&chunk).await.is_err() {
                    break;
                }
                sent += chunk.len() as u64;
                written.store(sent, Ordering::SeqCst);
            }
        }
        Behaviour::Silent => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
        }
    }
    Ok(())
}
