#include "map/saveareadialog.h"

#include "map/mapwidget.h"
#include "map/offlinedownload.h"
#include "map/rastertiles.h"
#include "map/tilecache.h"
#include "map/xyztilesource.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <cmath>

namespace ioc::map {

SaveAreaDialog::SaveAreaDialog(MapWidget *map, QWidget *parent)
    : QDialog(parent)
    , m_map(map)
{
    setWindowTitle(tr("Save this area for offline use"));
    auto *form = new QFormLayout(this);

    m_areaChoice = new QComboBox(this);
    m_areaChoice->addItem(tr("Current view"));
    if (map->selectedArea().isValid())
        m_areaChoice->addItem(tr("Selected area (Shift-drag)"));
    form->addRow(tr("Area:"), m_areaChoice);

    const auto source = map->tileSource();
    const int lo = source ? source->minZoom() : 0;
    const int hi = source ? source->maxZoom() : mercator::kMaxZoom;
    const int current = std::clamp(int(std::floor(map->zoom())), lo, hi);
    m_minZoom = new QSpinBox(this);
    m_minZoom->setRange(lo, hi);
    m_minZoom->setValue(current);
    m_maxZoom = new QSpinBox(this);
    m_maxZoom->setRange(lo, hi);
    m_maxZoom->setValue(std::min(hi, current + 3)); // about commune detail from a district view
    form->addRow(tr("From zoom level:"), m_minZoom);
    form->addRow(tr("To zoom level:"), m_maxZoom);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    form->addRow(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Download"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_areaChoice, &QComboBox::currentIndexChanged, this, &SaveAreaDialog::updateEstimate);
    connect(m_minZoom, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_maxZoom->value() < v)
            m_maxZoom->setValue(v);
        updateEstimate();
    });
    connect(m_maxZoom, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_minZoom->value() > v)
            m_minZoom->setValue(v);
        updateEstimate();
    });
    updateEstimate();
}

QGeoRectangle SaveAreaDialog::area() const
{
    if (m_areaChoice->currentIndex() == 1)
        return m_map->selectedArea();
    return m_map->viewport().geoBounds();
}

int SaveAreaDialog::minZoom() const
{
    return m_minZoom->value();
}

int SaveAreaDialog::maxZoom() const
{
    return m_maxZoom->value();
}

qint64 SaveAreaDialog::tileCount() const
{
    return tileCountInArea(area(), minZoom(), maxZoom());
}

qint64 SaveAreaDialog::estimatedBytes() const
{
    const auto source = m_map->tileSource();
    return tileCount() * (source ? source->averageTileBytes() : 0);
}

QString SaveAreaDialog::summaryText() const
{
    return m_summary->text();
}

void SaveAreaDialog::updateEstimate()
{
    const qint64 n = tileCount();
    const QLocale locale;
    QString text = tr("%1 tiles, about %2. Tiles already saved are skipped.")
                       .arg(locale.toString(n), locale.formattedDataSize(estimatedBytes()));
    const bool tooMany = n > OfflineDownload::kMaxTiles;
    if (tooMany)
        text += QLatin1Char('\n')
            + tr("That is more than %1 tiles: choose a smaller area or fewer zoom levels.")
                  .arg(locale.toString(OfflineDownload::kMaxTiles));
    m_summary->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(n > 0 && !tooMany && m_map->tileSource());
}

void saveAreaForOffline(MapWidget *map, QWidget *parent)
{
    if (!map)
        return;
    if (!parent)
        parent = map->window();
    const auto source = map->tileSource();
    if (!source) {
        QMessageBox::information(parent, SaveAreaDialog::tr("Save this area for offline use"),
            SaveAreaDialog::tr("No tile server is configured for this map; the built-in map"
                               " already works offline."));
        return;
    }
    SaveAreaDialog ask(map, parent);
    if (ask.exec() != QDialog::Accepted)
        return;

    OfflineDownload download(source);
    QString error;
    if (!download.start(ask.area(), ask.minZoom(), ask.maxZoom(), &error)) {
        QMessageBox::warning(parent, SaveAreaDialog::tr("Save this area for offline use"), error);
        return;
    }
    const QLocale locale;
    QProgressDialog progress(parent);
    progress.setWindowTitle(SaveAreaDialog::tr("Save this area for offline use"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumDuration(0);
    progress.setRange(0, download.total());
    progress.setValue(0);
    const auto label = [&](int done) {
        return SaveAreaDialog::tr("Saving map tiles: %1 of %2")
            .arg(locale.toString(done), locale.toString(download.total()));
    };
    progress.setLabelText(label(0));
    QObject::connect(&download, &OfflineDownload::progress, &progress, [&](int done, int) {
        progress.setValue(done);
        progress.setLabelText(label(done));
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &download, [&] {
        progress.setLabelText(SaveAreaDialog::tr("Cancelling; the tiles saved so far are kept…"));
        download.cancel();
    });
    int saved = 0, already = 0, failed = 0;
    bool cancelled = false;
    QEventLoop loop;
    QObject::connect(
        &download, &OfflineDownload::finished, &loop, [&](int s, int a, int f, bool c) {
            saved = s;
            already = a;
            failed = f;
            cancelled = c;
            loop.quit();
        });
    loop.exec();
    progress.close();

    QString summary
        = SaveAreaDialog::tr("%1 tiles saved, %2 were already saved, %3 failed.")
              .arg(locale.toString(saved), locale.toString(already), locale.toString(failed));
    if (cancelled)
        summary.prepend(SaveAreaDialog::tr("Cancelled. "));
    if (failed > 0)
        summary += QLatin1Char('\n')
            + SaveAreaDialog::tr("Where tiles are missing the map shows the built-in basemap.");
    QMessageBox::information(parent, SaveAreaDialog::tr("Save this area for offline use"), summary);
}

QAction *createSaveAreaAction(MapWidget *map, QObject *parent)
{
    auto *action = new QAction(SaveAreaDialog::tr("Save this area for offline use…"), parent);
    action->setToolTip(
        SaveAreaDialog::tr("Download the map tiles of this area so the map works without network"));
    const auto refresh = [action, map] { action->setEnabled(map && map->tileSource()); };
    refresh();
    QObject::connect(action, &QAction::triggered, map, [map] { saveAreaForOffline(map); });
    QObject::connect(map, &MapWidget::tileSourceChanged, action, refresh);
    return action;
}

} // namespace ioc::map
