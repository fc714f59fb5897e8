//! The server side of `callback listen`: each request checked and answered within the budget,
//! then handed to the main thread as a [`Note`]; the server's tasks never print.

use super::*;

/// What the server's tasks hand to the main thread.
pub(super) enum Note {
    Accepted {
        event: CallbackEvent,
        shown: Value,
        /// Said on stderr before the line (a forward that fell back).
        warning: Option<String>,
    },
    Refused {
        event: CallbackEvent,
        line: String,
    },
}

pub(super) struct Receiver {
    pub(super) token: Option<Token>,
    pub(super) sdkappid: Option<u64>,
    pub(super) now: Option<i64>,
    pub(super) respond: Respond,
    pub(super) forward: Option<Forward>,
    pub(super) tx: mpsc::Sender<Note>,
    /// Requests being handled (answered but not yet handed over included).
    pub(super) busy: AtomicUsize,
    /// Server-side refusals that found the queue full.
    pub(super) lost: AtomicU64,
}

/// Counts a request as busy until dropped.
pub(super) struct Busy<'a>(&'a AtomicUsize);

impl<'a> Busy<'a> {
    pub(super) fn new(n: &'a AtomicUsize) -> Self {
        n.fetch_add(1, Ordering::SeqCst);
        Busy(n)
    }
}

impl Drop for Busy<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Handler for Receiver {
    fn handle(self: Arc<Self>, req: Request<Bytes>, peer: SocketAddr) -> HandlerFuture {
        Box::pin(async move {
            let busy = Busy::new(&self.busy);
            let answer = self.answer(req, peer).await;
            drop(busy);
            answer
        })
    }

    fn refused(&self, head: &Parts, refusal: Refusal, elapsed: Duration) {
        let query = CallbackQuery::parse(&target(head));
        let declared = head
            .headers
            .get(hyper::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0);
        let (code, why) = match refusal {
            Refusal::TooLarge => ("too_large", "the body is larger than --max-body"),
            Refusal::Busy => ("busy", "too many request bytes in flight"),
            Refusal::SlowBody => ("slow_body", "the body did not arrive in time"),
            Refusal::BrokenBody => ("broken_body", "the body broke off"),
        };
        let reason = format!("{code}: {why}");
        let mut event = CallbackEvent::refused(now_unix(), &query, None, declared, &reason);
        event.duration = elapsed;
        let line = refused_line(
            head.method.as_str(),
            head.uri.path(),
            None,
            &event.command,
            refusal.status().as_u16(),
            &reason,
        );
        if self.tx.try_send(Note::Refused { event, line }).is_err() {
            self.lost.fetch_add(1, Ordering::SeqCst);
        }
    }
}

pub(super) fn target(head: &Parts) -> String {
    head.uri
        .path_and_query()
        .map_or_else(|| head.uri.path().to_string(), |pq| pq.as_str().to_string())
}

impl Receiver {
    pub(super) async fn answer(&self, req: Request<Bytes>, peer: SocketAddr) -> Answer {
        let started = Instant::now();
        let time = now_unix();
        let (head, body) = req.into_parts();
        let exp = Expectation {
            token: self.token.as_ref(),
            sdkappid: self.sdkappid,
            now: self.now.unwrap_or(time),
        };
        match receive(head.method.as_str(), &target(&head), &body, &exp) {
            Reception::Refused(r) => {
                let status = r.http_status();
                let response = json_response(status, &r.answer(), status == 405);
                let mut event = CallbackEvent::refused(
                    time,
                    &r.query,
                    r.body.as_ref(),
                    body.len() as u64,
                    &format!("{}: {}", r.kind.code(), r.message),
                );
                event.duration = started.elapsed();
                let line = refused_line(
                    head.method.as_str(),
                    head.uri.path(),
                    Some(peer),
                    &event.command,
                    status,
                    &refusal_text(&r),
                );
                let _ = self.tx.send(Note::Refused { event, line }).await;
                Ok(response)
            }
            Reception::Accepted(a) => {
                let mut warning = None;
                let mut forwarded = false;
                let (status, bytes) = match &self.forward {
                    Some(f) => match f.send(head.uri.query(), body.clone()).await {
                        Ok(reply) => {
                            forwarded = true;
                            reply
                        }
                        Err(why) => {
                            warning = Some(format!(
                                "forward of {} to {} failed ({why}); answered --respond {} instead",
                                printable(&a.command),
                                f.shown,
                                self.respond.as_str()
                            ));
                            self.own_answer(&a)
                        }
                    },
                    None => self.own_answer(&a),
                };
                let decision = decision_for(a.event, status, &bytes);
                let mut event =
                    CallbackEvent::answered(time, &a.query, &a.body, body.len() as u64, &decision);
                event.duration = started.elapsed();
                let answer_json = serde_json::from_slice::<Value>(&bytes).ok();
                let shown = shown_json(
                    &a,
                    &event,
                    &decision,
                    head.uri.path(),
                    status,
                    answer_json,
                    forwarded,
                );
                let mut response = Response::new(Full::new(bytes));
                *response.status_mut() =
                    StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                let _ = self
                    .tx
                    .send(Note::Accepted {
                        event,
                        shown,
                        warning,
                    })
                    .await;
                Ok(response)
            }
        }
    }

    pub(super) fn own_answer(&self, a: &Accepted) -> (u16, Bytes) {
        let answer = respond_answer(a.event, self.respond);
        (200, Bytes::from(answer.to_string()))
    }
}

pub(super) fn json_response(status: u16, body: &Value, allow_post: bool) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body.to_string())));
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if allow_post {
        headers.insert(ALLOW, HeaderValue::from_static("POST"));
    }
    response
}

pub(super) fn refusal_text(r: &Refused) -> String {
    format!("{}: {}", r.kind.code(), r.message)
}
