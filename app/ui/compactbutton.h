#pragma once

#include <QPushButton>

namespace prepdeck {

// A push button that can be narrower than its text, for windows on small screens. Given
// room it shows its whole text; squeezed below that, it shows the compact text (for a
// rating button, just its key: "4") or, without one, its text cut short with "…". The
// button's text() stays the whole text, for its tooltip, accessibility and tests.
class CompactButton final : public QPushButton
{
public:
    explicit CompactButton(const QString &text, QWidget *parent = nullptr,
                           const QString &compactText = {});

    QSize minimumSizeHint() const override;
    void setCompactText(const QString &compactText);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_compact;
};

} // namespace prepdeck
