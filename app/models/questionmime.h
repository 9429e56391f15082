#pragma once

#include <QByteArray>
#include <QList>
#include <QMimeData>

#include <optional>

namespace prepdeck {

// Questions dragged from the list onto a category: "bankId:id,id…" under one MIME type.
inline constexpr const char *kQuestionsMimeType = "application/x-prepdeck-questions";

struct DraggedQuestions
{
    qint64 bankId = 0;
    QList<qint64> ids;
};

inline QMimeData *questionsMime(qint64 bankId, const QList<qint64> &ids)
{
    QByteArray data = QByteArray::number(bankId) + ':';
    for (qsizetype i = 0; i < ids.size(); ++i)
        data += (i ? "," : "") + QByteArray::number(ids[i]);
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kQuestionsMimeType), data);
    return mime;
}

inline std::optional<DraggedQuestions> questionsFromMime(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(kQuestionsMimeType)))
        return std::nullopt;
    const QByteArray data = mime->data(QString::fromLatin1(kQuestionsMimeType));
    const qsizetype colon = data.indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    DraggedQuestions d;
    bool ok = false;
    d.bankId = data.left(colon).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    for (const QByteArray &part : data.mid(colon + 1).split(',')) {
        const qint64 id = part.toLongLong(&ok);
        if (!ok || id <= 0)
            return std::nullopt;
        d.ids << id;
    }
    return d;
}

} // namespace prepdeck
