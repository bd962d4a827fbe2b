#include "wall/walltile.h"

#include "wall/wallwindow.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace ioc::app {

namespace {
// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
const QColor kGood(0x00, 0x9e, 0x73);
const QColor kBad(0xd5, 0x5e, 0x00);
} // namespace

WallTile::WallTile(const QString &title, const QIcon &icon, const QColor &accent, QWidget *parent)
    : QWidget(parent)
    , m_iconSource(icon)
{
    setObjectName(QStringLiteral("wallTile"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#wallTile{background:#1b2229;border-left:0.3em solid %1;"
                                 "border-radius:0.3em} QLabel{color:#f0f0f0}")
                      .arg(accent.name()));
    m_icon = new QLabel;
    m_title = new QLabel(title);
    m_title->setWordWrap(true);
    m_alerts = new QLabel;
    auto *header = new QHBoxLayout;
    header->addWidget(m_icon);
    header->addWidget(m_title, 1);
    m_figures = new QGridLayout;
    m_figures->setHorizontalSpacing(12);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_figures);
    layout->addStretch();
    layout->addWidget(m_alerts);
    setAccessibleName(title);
    applySizes();
}

void WallTile::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applySizes();
}

void WallTile::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    applySizes(); // the screen, and so the type size, is known now
}

int WallTile::basePixelSize() const
{
    // Sized from the screen, not inherited: font propagation does not cross the style
    // sheets the wall uses, and the wall must read the same from 5 m on 1080p and 4K.
    const QScreen *where = screen();
    const int base
        = where ? WallWindow::bodyPixelSize(where->geometry().height()) : fontInfo().pixelSize();
    return qRound(base * m_scale);
}

void WallTile::applySizes()
{
    const int base = basePixelSize();
    QFont title = font();
    title.setPixelSize(qRound(base * 1.1));
    title.setBold(true);
    m_title->setFont(title);
    m_icon->setPixmap(m_iconSource.pixmap(QSize(base * 2, base * 2), devicePixelRatioF()));
    setData(m_data);
}

void WallTile::setData(const WallTileData &data)
{
    m_data = data;
    qDeleteAll(m_figureLabels);
    m_figureLabels.clear();
    const int base = basePixelSize();
    QFont big = font();
    big.setPixelSize(qRound(base * 1.35));
    big.setBold(true);
    QFont small = font();
    small.setPixelSize(qRound(base * 0.85));
    int row = 0;
    for (const WallFigure &figure : data.figures) {
        auto *value = new QLabel;
        value->setFont(big);
        QString arrow;
        if (figure.trend != 0)
            arrow = QStringLiteral(" <span style='color:%1'>%2</span>")
                        .arg((figure.trendIsGood ? kGood : kBad).name(),
                            figure.trend > 0 ? QStringLiteral("▲") : QStringLiteral("▼"));
        value->setText(figure.value.toHtmlEscaped() + arrow);
        auto *label = new QLabel(figure.label);
        label->setFont(small);
        label->setWordWrap(true);
        m_figures->addWidget(value, row, 0, Qt::AlignRight | Qt::AlignVCenter);
        m_figures->addWidget(label, row, 1);
        m_figureLabels << value << label;
        ++row;
    }
    m_alerts->setFont(small);
    m_alerts->setText(alertText());
    m_alerts->setStyleSheet(data.critical > 0
            ? QStringLiteral("background:#b3001b;color:white;padding:0.2em;font-weight:bold")
            : QString());
}

QString WallTile::alertText() const
{
    if (m_data.critical == 0 && m_data.warnings == 0)
        return tr("✓ No active alerts");
    // The desktop's marks (ui/severityicon.h): ◆ critical, ▲ warning.
    return tr("◆ %1 critical · ▲ %2 warnings").arg(m_data.critical).arg(m_data.warnings);
}

QStringList WallTile::figureTexts() const
{
    QStringList texts;
    for (const WallFigure &figure : m_data.figures)
        texts.append(figure.label + QStringLiteral(": ") + figure.value);
    return texts;
}

} // namespace ioc::app
