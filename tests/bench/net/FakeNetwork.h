#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace cc::bench {

// A reply that answers 200 with a small JSON body on the next event-loop turn, without any socket: it lets
// the benchmark measure everything the client does around the network.
class FakeReply : public QNetworkReply {
    Q_OBJECT

public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest& request, QObject* parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    void respond();

    QByteArray m_body;
    qint64 m_offset = 0;
};

class FakeNetworkAccessManager : public QNetworkAccessManager {
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override;
};

} // namespace cc::bench
