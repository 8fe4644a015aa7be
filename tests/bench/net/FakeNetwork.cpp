#include "tests/bench/net/FakeNetwork.h"

#include <QTimer>

#include <cstring>

namespace cc::bench {

FakeReply::FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest& request, QObject* parent)
    : QNetworkReply(parent)
    , m_body(R"({"ok":true})") {
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QMetaObject::invokeMethod(this, &FakeReply::respond, Qt::QueuedConnection);
}

void FakeReply::abort() {
    if (isFinished()) {
        return;
    }
    setError(OperationCanceledError, QStringLiteral("aborted"));
    setFinished(true);
    emit finished();
}

qint64 FakeReply::bytesAvailable() const {
    return m_body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char* data, qint64 maxSize) {
    const qint64 n = std::min(maxSize, m_body.size() - m_offset);
    std::memcpy(data, m_body.constData() + m_offset, static_cast<size_t>(n));
    m_offset += n;
    return n;
}

void FakeReply::respond() {
    if (isFinished()) {
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
    setRawHeader("Content-Type", "application/json");
    setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
    setFinished(true);
    emit metaDataChanged();
    emit readyRead();
    emit finished();
}

QNetworkReply* FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest& request,
                                                       QIODevice*) {
    return new FakeReply(op, request, this);
}

} // namespace cc::bench
