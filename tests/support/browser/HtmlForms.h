#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace cc::test {

// Just enough HTML reading for the test browser: the forms of a page with their fields and submit buttons,
// and its links. Tolerant of the markup authorization servers write (unquoted and single-quoted attributes,
// upper-case tags, entities); not a general HTML parser.
class HtmlForms {
public:
    struct Field {
        QString name;
        QString value;
        QString type; // lower-case; "text" when absent
        bool checked = false;
    };
    struct Button {
        QString name;
        QString value;
        QString text;
    };
    struct Form {
        QUrl action;    // resolved against the page; the page itself when absent
        QString method; // "get" or "post"
        QList<Field> fields;
        QList<Button> buttons;
        bool hasPassword() const;
    };
    struct Link {
        QUrl href;
        QString text;
    };

    static QList<Form> forms(const QString& html, const QUrl& page);
    static QList<Link> links(const QString& html, const QUrl& page);
    static QString decodeEntities(const QString& text);
};

} // namespace cc::test
