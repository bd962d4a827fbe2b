#pragma once

#include "core/cacheerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace ioc::core {

class SqliteFile;

// A named arrangement of docks ("perspective") as QMainWindow saves it.
struct SavedLayout
{
    QString name;
    QByteArray state; // QMainWindow::saveState()
    QByteArray geometry; // QMainWindow::saveGeometry()
    QDateTime savedAt;
    // load(): the stored bytes failed their seal (core/layoutseal.h): state and geometry
    // are empty and must not be restored.
    bool damaged = false;
};

// Named layouts in the operator store (table `layouts`). The operator store lives in the
// user's own data directory, so layouts are per user, are backed up and moved with the
// operator's other work, and are never discarded with the mirror. State and geometry are
// stored sealed (core/layoutseal.h) and come back only when the seal matches.
class LayoutStore
{
public:
    explicit LayoutStore(const SqliteFile &operatorStore);

    QStringList names() const; // sorted, locale-aware order is the caller's business
    std::optional<SavedLayout> load(const QString &name) const;
    // Creates or replaces. An empty (after trimming) name is refused.
    CacheError save(const SavedLayout &layout);
    CacheError remove(const QString &name);
    // Refuses an empty new name or one that already exists (nothing is overwritten).
    CacheError rename(const QString &from, const QString &to);

private:
    const SqliteFile &m_store;
};

} // namespace ioc::core
