#pragma once

#include <QColor>
#include <QIcon>
#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace ioc::app {

// One figure as the wall shows it: already formatted, so the tile only lays it out.
struct WallFigure
{
    QString label;
    QString value; // formatted with the UI locale, unit included
    int trend = 0; // -1 down, 0 flat/unknown, +1 up
    bool trendIsGood = true; // colours the arrow; the arrow itself carries the direction
};

struct WallTileData
{
    QString moduleId;
    QList<WallFigure> figures;
    int critical = 0;
    int warnings = 0;
};

// A module's summary on the wall: its name, its three to five figures and its alert
// counts, sized in multiples of the window font so it reads the same at 1080p and 4K.
class WallTile : public QWidget
{
    Q_OBJECT

public:
    WallTile(
        const QString &title, const QIcon &icon, const QColor &accent, QWidget *parent = nullptr);

    void setData(const WallTileData &data);
    // Type size relative to the wall's body size (a module board shows its tile larger).
    void setScale(double scale)
    {
        m_scale = scale;
        applySizes();
    }
    QString alertText() const;
    QStringList figureTexts() const; // "label: value", for tests and accessibility

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applySizes();
    int basePixelSize() const;

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_alerts = nullptr;
    QGridLayout *m_figures = nullptr;
    QList<QLabel *> m_figureLabels;
    QIcon m_iconSource;
    WallTileData m_data;
    double m_scale = 1.0;
};

} // namespace ioc::app
