#include "core/layoutstore.h"

#include "core/layoutseal.h"
#include "core/sqlitefile.h"

#include <QSqlQuery>
#include <QVariant>

namespace ioc::core {

LayoutStore::LayoutStore(const SqliteFile &operatorStore)
    : m_store(operatorStore)
{ }

QStringList LayoutStore::names() const
{
    QStringList names;
    QSqlQuery query(m_store.connection());
    if (!query.exec(QStringLiteral("SELECT name FROM layouts ORDER BY name")))
        return names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

std::optional<SavedLayout> LayoutStore::load(const QString &name) const
{
    QSqlQuery query(m_store.connection());
    query.prepare(
        QStringLiteral("SELECT name, state, geometry, saved_at FROM layouts WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    SavedLayout layout;
    layout.name = query.value(0).toString();
    const std::optional<QByteArray> state = unsealLayoutBytes(query.value(1).toByteArray());
    const std::optional<QByteArray> geometry = unsealLayoutBytes(query.value(2).toByteArray());
    layout.damaged = !state || !geometry;
    if (!layout.damaged) {
        layout.state = *state;
        layout.geometry = *geometry;
    }
    layout.savedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    return layout;
}

CacheError LayoutStore::save(const SavedLayout &layout)
{
    const QString name = layout.name.trimmed();
    if (name.isEmpty())
        return CacheError::make(
            CacheError::Kind::Sql, m_store.path(), QStringLiteral("A layout needs a name"));
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("INSERT INTO layouts (name, state, geometry, saved_at) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                                 "state = excluded.state, geometry = excluded.geometry, "
                                 "saved_at = excluded.saved_at"));
    query.addBindValue(name);
    query.addBindValue(sealLayoutBytes(layout.state));
    query.addBindValue(sealLayoutBytes(layout.geometry));
    const QDateTime when
        = layout.savedAt.isValid() ? layout.savedAt : QDateTime::currentDateTimeUtc();
    query.addBindValue(when.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return sqlError(query, m_store.path(), QStringLiteral("Cannot save the layout"));
    return CacheError::none();
}

CacheError LayoutStore::remove(const QString &name)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("DELETE FROM layouts WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(query, m_store.path(), QStringLiteral("Cannot delete the layout"));
    return CacheError::none();
}

CacheError LayoutStore::rename(const QString &from, const QString &to)
{
    const QString target = to.trimmed();
    if (target.isEmpty())
        return CacheError::make(
            CacheError::Kind::Sql, m_store.path(), QStringLiteral("A layout needs a name"));
    if (target == from)
        return CacheError::none();
    if (load(target))
        return CacheError::make(CacheError::Kind::Sql, m_store.path(),
            QStringLiteral("A layout named \"%1\" already exists").arg(target));
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("UPDATE layouts SET name = ? WHERE name = ?"));
    query.addBindValue(target);
    query.addBindValue(from);
    if (!query.exec())
        return sqlError(query, m_store.path(), QStringLiteral("Cannot rename the layout"));
    if (query.numRowsAffected() != 1)
        return CacheError::make(CacheError::Kind::Sql, m_store.path(),
            QStringLiteral("No layout named \"%1\"").arg(from));
    return CacheError::none();
}

} // namespace ioc::core
