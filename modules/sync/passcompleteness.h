#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ioc::sync {

struct SyncSettings;

// Out of CollectionSyncer: whether a full pass provably saw everything, the proof a
// reconciliation needs before it deletes, and the words the report uses when it did not
// (SyncReport::completeness).

// After a full pass, does the server, asked afresh, count more than we received? A count
// cached at the server's start, or paging that stops at it, would otherwise end a pass
// early without a word (and a reconciliation would delete what it did not reach). The
// query of that fresh count, one feature long.
QList<QPair<QString, QString>> freshCountQuery(
    const SyncSettings &settings, const QString &collection);
// A count's numberMatched; -1 when it has none.
qint64 numberMatchedIn(const QByteArray &body);
// The pass received `received` features; the first page counted `firstMatched`, the fresh
// count `fresh` (-1: unknown; a failed count only cannot confirm the pass). The
// shortfall, or empty when the server counted no more than it sent.
QString countShortfall(qint64 firstMatched, qint64 fresh, qint64 received);
// Records gone past are missing from the pass: it proves nothing about deletions.
QString skippedRecordsShortfall(int skipped);
// A reconciliation found `held` cached features gone, more than `maxDeletionShare` of the
// collection: none was deleted, an operator is to confirm.
QString heldDeletionsShortfall(int held, double maxDeletionShare);

} // namespace ioc::sync
