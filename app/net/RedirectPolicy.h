#pragma once

#include <QByteArray>
#include <QUrl>

namespace cc::net {

// What the API client does with a 3xx answer, as a pure decision (the call that follows it owns the reply and
// the timers). It never follows a redirect from https to anything else, nor to a URL UrlPolicy refuses (plain
// http beyond loopback), and at most kMaxRedirects times per attempt. The method follows what browsers and Qt
// do (RFC 9110 §15.4): 303 always, and 301/302 after a POST, continue as a GET without the body; 307 and 308
// repeat the request as it was.
class RedirectPolicy {
public:
    static constexpr int kMaxRedirects = 5;

    enum class Verdict { Follow, RefuseInsecure, RefuseTooMany };
    struct Decision {
        Verdict verdict = Verdict::Follow;
        bool becomesGet = false; // continue with GET and drop the body
    };

    // `followed`: redirects already followed in this attempt.
    static Decision decide(const QByteArray& method, int status, const QUrl& from, const QUrl& to,
                           int followed);
};

} // namespace cc::net
