#pragma once

#include <QByteArrayView>

namespace cc {

// Comparison of secrets (OAuth state, PKCE challenges, token signatures) in time that depends on the length
// only, never on how many leading bytes match, so a caller timing the answers learns nothing of the secret.
// The one implementation for the client and the sandbox alike.
class ConstantTime {
public:
    // The length is not secret (a state, a challenge or a signature of a kind always has the same length);
    // the content is.
    static bool equals(QByteArrayView a, QByteArrayView b);
};

} // namespace cc
