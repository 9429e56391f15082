#pragma once

#include "questionquery.h"

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLineEdit;

namespace prepdeck {

// The row above the question list: search words, a confidence ceiling, "due now", "never
// rated", and whether suspended or deleted questions are shown. Typing waits a moment before the
// list follows, so a word is searched once.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    enum class Shown
    {
        Active,
        WithSuspended,
        Suspended,
        Deleted
    };
    Shown shown() const;
    void setShown(Shown shown);
    // No search, no confidence ceiling, not only due or never rated; `shown` listed.
    void clearAll(Shown shown);

    // The filter's search and rating parts as chosen (due times counted from `now`); the
    // bank and category are the tree's.
    void fill(QuestionFilter &filter, const QDateTime &now) const;
    QString searchText() const;
    // Puts this in the search field and searches at once.
    void setSearchText(const QString &text);
    void focusSearch();
    QLineEdit *searchField() const { return m_search; }
    // Whether the filters sit on rows of their own below the search field.
    bool filtersWrapped() const { return m_wrapped; }

signals:
    void changed();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Room the search field keeps before the filters move to a row of their own.
    static constexpr int kSearchChars = 28;
    int oneRowWidth() const;
    int widthOf(QWidget *filter) const;

    QHBoxLayout *m_firstRow = nullptr;
    QHBoxLayout *m_secondRow = nullptr;
    QHBoxLayout *m_thirdRow = nullptr;
    static constexpr int kMaxRows = 3;
    QList<int> m_rowOf; // each filter's row, as placed
    QList<QWidget *> m_filterWidgets;
    bool m_wrapped = false;
    QLineEdit *m_search = nullptr;
    QComboBox *m_confidence = nullptr;
    QCheckBox *m_dueNow = nullptr;
    QCheckBox *m_neverRated = nullptr;
    QComboBox *m_shown = nullptr;
};

} // namespace prepdeck
